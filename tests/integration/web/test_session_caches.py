"""A session cookie whose signature was checked once is not checked again in full, and a CSRF token is
signed once a second per session (pantau_web.auth): each still ends, and is refused, exactly as before."""

from __future__ import annotations

import re
import time
import uuid

import psycopg
import pytest
from flask import Flask
from flask.testing import FlaskClient
from itsdangerous import URLSafeTimedSerializer

from pantau_common.settings import Settings
from pantau_web import auth as web_auth

pytestmark = pytest.mark.integration

# A page Flask builds every time: a kept page's answer may be given again by pantau_web.replay, whose
# own clock (not the one these tests move) decides when the session's limits are read again.
NOT_KEPT = "/kata-sandi"


def session_cookie(client: FlaskClient) -> str:
    cookie = client.get_cookie("session")
    assert cookie is not None
    return cookie.value


def is_kept(app: Flask, cookie: str) -> bool:
    """Say whether the app holds the session ``cookie`` as verified (sent alone, as the test client sends it)."""
    sessions = app.session_interface
    assert isinstance(sessions, web_auth.SignedCookieSessions)
    keys = ("session", *sessions.keys_of(app))
    return sessions.verified.get(keys, f"session={cookie}") is not None


def sent_to_login(answer) -> bool:  # type: ignore[no-untyped-def]
    return answer.status_code == 302 and "/masuk" in answer.headers["Location"]


def holding(app: Flask, cookie: str) -> FlaskClient:
    """Return another browser holding ``cookie`` as its session."""
    other = app.test_client()
    other.set_cookie("session", cookie)
    return other


def test_a_tampered_cookie_is_refused_after_the_genuine_one_was_kept(app, client, auth, admin):
    auth.login("kasie")
    genuine = session_cookie(client)
    assert client.get("/").status_code == 200 and is_kept(app, genuine)
    serializer = app.session_interface.get_signing_serializer(app)  # type: ignore[attr-defined]
    assert isinstance(serializer, URLSafeTimedSerializer)
    data = serializer.loads(genuine)
    _, stamp, signature = genuine.rsplit(".", 2)
    as_admin = serializer.dump_payload({**data, "user_id": admin}).decode()
    changed = "B" if genuine[-3] == "A" else "A"  # a signature's character that carries 6 bits (the last, fewer)
    for forged in (f"{as_admin}.{stamp}.{signature}", f"{genuine[:-3]}{changed}{genuine[-2:]}"):
        assert sent_to_login(holding(app, forged).get("/"))
        assert not is_kept(app, forged)
    assert holding(app, genuine).get("/").status_code == 200


def test_a_kept_cookie_past_its_idle_limit_is_refused(app, client, auth, monkeypatch):
    auth.login("kasie")
    cookie = session_cookie(client)
    assert client.get("/").status_code == 200 and is_kept(app, cookie)
    idle_limit = int(app.permanent_session_lifetime.total_seconds())
    signed_at = time.time()
    monkeypatch.setattr(time, "time", lambda: signed_at + idle_limit + 2)
    assert sent_to_login(holding(app, cookie).get(NOT_KEPT))


def test_a_kept_cookie_signed_in_the_future_is_refused(app, client, auth, monkeypatch):
    auth.login("kasie")
    cookie = session_cookie(client)
    assert client.get("/").status_code == 200 and is_kept(app, cookie)
    now = time.time()
    monkeypatch.setattr(time, "time", lambda: now - 5)  # itsdangerous refuses a negative age too
    assert sent_to_login(holding(app, cookie).get(NOT_KEPT))


def test_a_kept_cookie_stops_working_after_logout_elsewhere(app, client, auth):
    auth.login("kasie")
    cookie = session_cookie(client)
    thief = holding(app, cookie)
    assert thief.get("/").status_code == 200 and is_kept(app, cookie)
    client.post("/keluar", data={"csrf_token": auth.csrf("/")})
    assert sent_to_login(thief.get("/"))


def test_a_kept_cookie_stops_working_when_its_session_version_moves(app, client, auth, settings: Settings, people):
    auth.login("kasie")
    assert client.get("/").status_code == 200 and is_kept(app, session_cookie(client))
    with psycopg.connect(settings.database_url) as conn:  # as a new password or a reset does
        conn.execute("UPDATE users SET session_version = session_version + 1 WHERE id = %s", (people["kasie"],))
    assert sent_to_login(client.get("/"))


def form_token(page: str) -> str:
    found = re.search(r'name="csrf_token" value="([^"]+)"', page)
    assert found, "no CSRF token on the page"
    return found.group(1)


def start_cycle(client: FlaskClient, token: str) -> int:
    data = {"instance_id": str(uuid.uuid4()), "command_id": str(uuid.uuid4()), "csrf_token": token}
    return client.post("/siklus/baru", data=data).status_code


def test_a_token_signed_once_in_its_second_is_taken_and_another_sessions_is_not(app, outbox_commands, auth):
    auth.login("kabid")
    kabid = auth.client
    tokens = []
    while len(tokens) < 2 or tokens[-1] != tokens[-2]:  # two pages in one second: the second's token was kept
        tokens.append(form_token(kabid.get("/").text))
        assert len(tokens) < 50
    assert len(web_auth._CSRF_TOKENS) > 0
    assert start_cycle(kabid, tokens[-1]) == 302
    assert start_cycle(holding(app, session_cookie(kabid)), tokens[-1]) == 302  # the same session elsewhere
    elsewhere = app.test_client()  # the same account signed in again: a session (and a CSRF secret) of its own
    type(auth)(elsewhere).login("kabid")
    assert start_cycle(elsewhere, tokens[-1]) == 400
    assert start_cycle(elsewhere, form_token(elsewhere.get("/").text)) == 302
    assert len(outbox_commands()) == 3


def test_a_static_file_with_a_kept_cookie_does_not_vary_on_it_and_a_page_varies_once(app, client, auth):
    auth.login("kasie")
    page = client.get("/")
    assert page.headers.getlist("Vary") == ["Cookie"] and page.headers["Cache-Control"] == "no-store"
    assert is_kept(app, session_cookie(client))
    with client.get("/static/pantau.css") as answer:  # the session is never read: Flask adds no Vary
        assert answer.status_code == 200 and "Vary" not in answer.headers
