"""/api/aplikasi page by page with ``batas``: every application once, in the order of their codes,
the next page's address in the body and the Link header, and the whole list as before without it."""

from __future__ import annotations

import psycopg
import pytest
from flask.testing import FlaskClient

from pantau_common.settings import Settings

pytestmark = pytest.mark.integration


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def register(settings: Settings, *ids: str, pd: str = "dinkes") -> None:
    with psycopg.connect(settings.database_url) as conn:
        for app_id in ids:
            conn.execute(
                "INSERT INTO applications (id, pd_id, nama, url) VALUES (%s, %s, 'Layanan', 'https://x.go.id/')",
                (app_id, pd),
            )


def walk(client: FlaskClient, start: str, headers: dict[str, str]) -> list[list[str]]:
    pages, address = [], start
    while address:
        answer = client.get(address, headers=headers)
        assert answer.status_code == 200
        body = answer.get_json()
        assert answer.headers.get("Link") == (f'<{body["berikutnya"]}>; rel="next"' if body["berikutnya"] else None)
        pages.append([a["id"] for a in body["aplikasi"]])
        address = body["berikutnya"]
    return pages


@pytest.fixture
def city(settings: Settings, people: dict[str, int]) -> list[str]:
    ids = [f"kota-{n:03d}" for n in range(23)]
    register(settings, *ids[::2], pd="dinkes")
    register(settings, *ids[1::2], pd="bapenda")
    return sorted([*ids, "app-0", "app-1", "app-2"])


def test_pages_hold_every_application_once_in_the_order_of_their_codes(
    client: FlaskClient, make_token, city: list[str]
) -> None:
    token = bearer(make_token("kabid"))
    pages = walk(client, "/api/aplikasi?batas=5", token)
    assert [app_id for page in pages for app_id in page] == city
    assert [len(p) for p in pages] == [5, 5, 5, 5, 5, 1]
    whole = client.get("/api/aplikasi", headers=token)
    assert "berikutnya" not in whole.get_json() and "Link" not in whole.headers
    assert sorted(a["id"] for a in whole.get_json()["aplikasi"]) == city


def test_an_application_registered_meanwhile_is_neither_doubled_nor_a_cause_to_skip(
    client: FlaskClient, make_token, settings: Settings, city: list[str]
) -> None:
    token = bearer(make_token("kabid"))
    first = client.get("/api/aplikasi?batas=10", headers=token).get_json()
    register(settings, "aaa-baru", "zzz-baru")  # one before the page read, one after it
    rest = walk(client, first["berikutnya"], token)
    seen = [a["id"] for a in first["aplikasi"]] + [app_id for page in rest for app_id in page]
    assert seen == [*city, "zzz-baru"]


def test_a_department_account_pages_through_its_own_applications_only(
    client: FlaskClient, auth, department_users, city: list[str]
) -> None:
    auth.login("operator_dinkes")
    pages = walk(client, "/api/aplikasi?batas=4", {})
    own = [app_id for page in pages for app_id in page]
    assert own == sorted(a["id"] for a in client.get("/api/aplikasi").get_json()["aplikasi"])
    assert [i for i in own if i.startswith("kota-")] == [f"kota-{n:03d}" for n in range(0, 23, 2)]


@pytest.mark.parametrize("limit", ["0", "1001", "x", "-3", ""])
def test_a_page_size_out_of_range_is_refused_plainly(client: FlaskClient, make_token, limit: str) -> None:
    answer = client.get(f"/api/aplikasi?batas={limit}", headers=bearer(make_token("kabid")))
    assert answer.status_code == 400 and answer.mimetype == "application/problem+json"
    assert "batas" in answer.get_json()["detail"]
