"""Kept pages answered again without Flask (pantau_web.replay), to a request identical to one Flask
answered: the same answer, and never once anything it rested on has changed."""

from __future__ import annotations

import re
import time
import uuid
from typing import Any

import psycopg
import pytest
from flask import Flask
from flask.testing import FlaskClient
from pantau_testing import AuthActions

from pantau_common.settings import Settings
from pantau_web import replay

PAGES = ("/", "/aplikasi", "/registri")


def replayer(app: Flask) -> replay.Replay:
    found: replay.Replay = app.extensions["pantau_replay"]
    return found


def get(client: FlaskClient, path: str = "/") -> Any:
    return client.get(path)


def write(settings: Settings, sql: str, params: tuple[Any, ...] = ()) -> None:
    with psycopg.connect(settings.database_url) as conn:
        conn.execute(sql, params)


def token(html: str) -> str:
    found = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert found, "no CSRF token"
    return found[1]


def field(html: str, name: str) -> str:
    found = re.search(f'name="{name}" value="([^"]+)"', html)
    assert found, f"no {name}"
    return found[1]


def without_fresh(html: str) -> str:
    """The page without what each answer makes anew: the CSRF token and the form ids."""
    html = re.sub(r'name="csrf_token" value="[^"]+"', "", html)
    return re.sub(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "", html)


@pytest.fixture
def kabid(client: FlaskClient, auth: AuthActions) -> FlaskClient:
    auth.login("kabid")
    return client


@pytest.mark.parametrize("path", PAGES)
def test_an_identical_request_gets_flasks_answer_again_without_flask(app, kabid, path):
    first = get(kabid, path)
    assert replayer(app).replayed == 0
    again = get(kabid, path)
    assert replayer(app).replayed == 1
    assert again.status_code == 200
    assert without_fresh(again.get_data(as_text=True)) == without_fresh(first.get_data(as_text=True))
    # The same headers: the security headers, no caching of an official's page, nothing set.
    assert sorted((k, v) for k, v in again.headers if k != "Content-Length") == sorted(
        (k, v) for k, v in first.headers if k != "Content-Length"
    )
    assert again.headers["Cache-Control"] == "no-store" and "Cookie" in again.headers["Vary"]
    assert "Content-Security-Policy" in again.headers and "Set-Cookie" not in again.headers
    assert int(again.headers["Content-Length"]) == len(again.get_data())


def test_a_replayed_answer_has_fresh_form_ids_and_a_csrf_token_that_works(app, kabid, outbox_commands):
    first, second = get(kabid).get_data(as_text=True), get(kabid).get_data(as_text=True)
    assert replayer(app).replayed == 1
    assert field(first, "command_id") != field(second, "command_id")
    started = kabid.post(
        "/siklus/baru",
        data={
            "csrf_token": token(second),
            "instance_id": field(second, "instance_id"),
            "command_id": field(second, "command_id"),
            "note": "uji",
        },
    )
    assert started.status_code == 302
    assert [env.id for env in outbox_commands()] == [field(second, "command_id")]


def test_a_csrf_token_of_another_session_is_refused_after_a_replay(app, kabid, client, auth):
    get(kabid), get(kabid)
    assert replayer(app).replayed == 1
    other = client.application.test_client()
    AuthActions(other).login("kasie")
    stolen = token(get(kabid).get_data(as_text=True))
    refused = other.post("/siklus/baru", data={"csrf_token": stolen, "note": "uji"})
    assert refused.status_code == 400


# The registry and the board do not read the accounts table: a change to an account is seen by the
# replay's own reading of the account, not through the page's versions.
ACCOUNT_CHANGES = {
    "sessions ended (logout elsewhere, a new password)": "session_version = session_version + 1",
    "deactivated": "aktif = false",
    "password reset by the admin": "must_change_password = true",
    "another role": "role = 'kasie'",
    "another name (shown in the menu)": "nama = 'Pejabat Berganti Nama'",
}


@pytest.mark.parametrize("change", list(ACCOUNT_CHANGES))
@pytest.mark.parametrize("path", ("/registri", "/aplikasi"))
def test_a_change_to_the_account_sends_the_request_to_flask(app, kabid, settings, path, change):
    get(kabid, path), get(kabid, path)
    assert replayer(app).replayed == 1
    with psycopg.connect(settings.database_url) as conn:
        conn.execute("ALTER TABLE users DISABLE TRIGGER USER")  # no version of any table moves
        conn.execute(f"UPDATE users SET {ACCOUNT_CHANGES[change]} WHERE username = 'kabid'")
        conn.execute("ALTER TABLE users ENABLE TRIGGER USER")
    get(kabid, path)
    assert replayer(app).replayed == 1


def test_an_ended_session_is_sent_to_the_login(app, kabid, settings):
    get(kabid, "/registri"), get(kabid, "/registri")
    write(settings, "UPDATE users SET session_version = session_version + 1 WHERE username = 'kabid'")
    ended = get(kabid, "/registri")
    assert ended.status_code == 302 and "/masuk" in ended.headers["Location"]


def test_a_reset_password_sends_the_official_to_choose_one_first(app, kabid, settings):
    get(kabid, "/registri"), get(kabid, "/registri")
    write(settings, "UPDATE users SET must_change_password = true WHERE username = 'kabid'")
    answer = get(kabid, "/registri")
    assert answer.status_code == 302 and "kata-sandi" in answer.headers["Location"]


def test_a_role_change_is_shown_at_once(app, kabid, settings):
    assert 'data-testid="mulai"' in get(kabid).get_data(as_text=True)
    get(kabid)
    write(settings, "UPDATE users SET role = 'kasie' WHERE username = 'kabid'")
    assert 'data-testid="mulai"' not in get(kabid).get_data(as_text=True)
    assert replayer(app).replayed == 1


def test_a_committed_change_to_the_pages_tables_is_shown_at_once(app, kabid, settings):
    get(kabid), get(kabid)
    write(
        settings,
        "INSERT INTO sop_instances (id, cycle_no, step, phase, status, started_by) VALUES"
        " (%s, 'MONEV-REPLAY-1', 1, 'menunggu_disposisi', 'berjalan', (SELECT id FROM users LIMIT 1))",
        (str(uuid.uuid4()),),
    )
    assert "MONEV-REPLAY-1" in get(kabid).get_data(as_text=True)
    assert replayer(app).replayed == 1
    get(kabid)
    assert replayer(app).replayed == 2  # the new page, answered again in turn


def test_a_session_past_its_limits_goes_to_flask(app, kabid, monkeypatch):
    get(kabid), get(kabid)
    assert replayer(app).replayed == 1
    # A minute on: Flask signs the cookie again (the idle limit), so the answer differs (Set-Cookie).
    later = time.time() + 61
    monkeypatch.setattr(replayer(app), "_clock", lambda: later)
    monkeypatch.setattr(time, "time", lambda: later)
    answer = get(kabid)
    assert "Set-Cookie" in answer.headers
    assert replayer(app).replayed == 1


def test_a_session_past_its_absolute_age_is_ended(app, kabid, monkeypatch):
    get(kabid), get(kabid)
    later = time.time() + app.config["PANTAU_SESSION_MAX_AGE"] + 1
    monkeypatch.setattr(replayer(app), "_clock", lambda: later)
    monkeypatch.setattr(time, "time", lambda: later)
    assert get(kabid).status_code == 302
    assert replayer(app).replayed == 1


def test_another_request_is_not_an_identical_one(app, kabid):
    get(kabid, "/registri")
    for different in ("/registri?q=Aplikasi", "/aplikasi"):
        get(kabid, different)
    assert replayer(app).replayed == 0
    kabid.head("/registri")
    kabid.get("/registri", headers={"Authorization": "Bearer tidak-dikenal"})
    assert replayer(app).replayed == 0
    get(kabid, "/registri")
    assert replayer(app).replayed == 1


def test_a_message_in_the_session_is_shown_once(app, kabid):
    get(kabid), get(kabid)
    with kabid.session_transaction() as session:
        session["_flashes"] = [("info", "Pesan uji replay")]
    assert "Pesan uji replay" in get(kabid).get_data(as_text=True)
    assert "Pesan uji replay" not in get(kabid).get_data(as_text=True)


def test_a_database_away_sends_the_request_to_flask(app, kabid, monkeypatch):
    get(kabid), get(kabid)

    def away(*args: object, **kwargs: object) -> None:
        raise psycopg.OperationalError("the server is away")

    monkeypatch.setattr(replay.queries, "active_user", away)
    assert get(kabid).status_code >= 500  # Flask's own read fails, and it answers with its error page
    assert replayer(app).replayed == 1
