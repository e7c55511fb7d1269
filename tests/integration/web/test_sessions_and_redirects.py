"""Sessions a user can end, and a login that never sends the browser to another site."""

from __future__ import annotations

import time

import pytest
from flask.testing import FlaskClient

pytestmark = pytest.mark.integration

# Each is a way a browser (or a lenient URL parser) reads the target as another host.
OFFSITE_TARGETS = [
    "/\t/evil.example/phish",
    "/\n/evil.example/phish",
    "//evil.example/phish",
    "/\\evil.example/phish",
    "\\\\evil.example/phish",
    "/\\/evil.example/phish",
    "https://evil.example/phish",
    "javascript:alert(1)",
    "/%09/evil.example/phish",
    "/%2F/evil.example/phish",
    "/%5Cevil.example",
    " //evil.example/phish",
    "/ /evil.example",
    "/tidak-ada-halaman-ini",
]


def login_with_next(client: FlaskClient, auth, target: str, username: str = "kasie"):  # type: ignore[no-untyped-def]
    token = auth.csrf()
    return client.post(
        "/masuk",
        query_string={"next": target},
        data={"username": username, "password": f"sandi-{username}-123", "csrf_token": token},
    )


@pytest.mark.parametrize("target", OFFSITE_TARGETS)
def test_a_login_never_redirects_off_the_site(client, auth, target):
    answer = login_with_next(client, auth, target)
    assert answer.status_code == 302 and answer.headers["Location"] == "/"


def test_the_raw_probe_of_a_tab_before_the_slashes_lands_on_the_home_page(client, auth):
    token = auth.csrf()
    answer = client.post(
        "/masuk?next=/%09/evil.example/phish",
        data={"username": "kasie", "password": "sandi-kasie-123", "csrf_token": token},
    )
    assert answer.headers["Location"] == "/"


def test_a_login_returns_to_a_page_of_the_app_with_its_query(client, auth):
    answer = login_with_next(client, auth, "/aplikasi?pd=dinkes")
    assert answer.headers["Location"] == "/aplikasi?pd=dinkes"


def copied(client: FlaskClient) -> FlaskClient:
    """Return another browser holding a copy of ``client``'s session cookie."""
    other = client.application.test_client()
    cookie = client.get_cookie("session")
    assert cookie is not None
    other.set_cookie("session", cookie.value)
    return other


def test_a_copied_cookie_stops_working_after_logout(client, auth):
    auth.login("kasie")
    thief = copied(client)
    assert thief.get("/").status_code == 200
    client.post("/keluar", data={"csrf_token": auth.csrf("/")})
    answer = thief.get("/")
    assert answer.status_code == 302 and "/masuk" in answer.headers["Location"]


def change_password(client: FlaskClient, auth, old: str, new: str) -> int:  # type: ignore[no-untyped-def]
    form = {"current": old, "new": new, "repeated": new, "csrf_token": auth.csrf("/kata-sandi")}
    return client.post("/kata-sandi", data=form).status_code


def test_a_new_password_ends_every_other_session_but_keeps_the_one_that_set_it(client, auth):
    second_device = client.application.test_client()
    second_device_auth = type(auth)(second_device)
    second_device_auth.login("kasie")
    auth.login("kasie")
    thief = copied(client)
    assert second_device.get("/").status_code == 200 and thief.get("/").status_code == 200

    assert change_password(client, auth, "sandi-kasie-123", "sandi-baru-yang-panjang") == 302
    assert client.get("/").status_code == 200
    assert second_device.get("/").status_code == 302
    assert thief.get("/").status_code == 302


def test_a_password_reset_by_the_admin_ends_the_accounts_sessions(client, auth, admin, people):
    kasie = client.application.test_client()
    type(auth)(kasie).login("kasie")
    assert kasie.get("/").status_code == 200
    auth.login("admin")
    answer = client.post(f"/pengguna/{people['kasie']}/setel-ulang-sandi", data={"csrf_token": auth.csrf("/")})
    assert answer.status_code == 200
    assert kasie.get("/").status_code == 302


def test_a_session_ends_after_its_absolute_lifetime(client, auth):
    auth.login("kasie")
    with client.session_transaction() as session:
        session["issued"] = int(time.time()) - 13 * 3600
    assert client.get("/").status_code == 302
