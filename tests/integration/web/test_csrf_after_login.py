"""The login starts the session with a CSRF secret of its own: the first page sends no new cookie, a
client that keeps the login's cookie posts its forms, and no other token is taken."""

from __future__ import annotations

import re
import uuid

import pytest
from flask.testing import FlaskClient

pytestmark = pytest.mark.integration


def keeping_the_logins_cookie(client: FlaskClient) -> tuple[FlaskClient, dict[str, str]]:
    """Return a client that sends the login's session cookie on every request and takes no Set-Cookie
    (a load tool such as wrk, or a script), with the header that carries it."""
    cookie = client.get_cookie("session")
    assert cookie is not None
    return client.application.test_client(use_cookies=False), {"Cookie": f"session={cookie.value}"}


def form_token(page: str) -> str:
    found = re.search(r'name="csrf_token" value="([^"]+)"', page)
    assert found, "no CSRF token on the page"
    return found.group(1)


def start_cycle(client: FlaskClient, headers: dict[str, str], **form: str) -> int:
    data = {"instance_id": str(uuid.uuid4()), "command_id": str(uuid.uuid4()), **form}
    return client.post("/siklus/baru", data=data, headers=headers).status_code


def test_the_first_page_after_the_login_sends_no_new_cookie(client, auth):
    auth.login("kasie")
    answer = client.get("/")
    assert answer.status_code == 200 and "Set-Cookie" not in answer.headers


def test_a_client_keeping_the_logins_cookie_posts_with_the_first_pages_token(outbox_commands, client, auth):
    auth.login("kabid")
    replay, headers = keeping_the_logins_cookie(client)
    first = replay.get("/", headers=headers)
    assert first.status_code == 200 and "Set-Cookie" not in first.headers
    assert start_cycle(replay, headers, csrf_token=form_token(first.text)) == 302
    assert len(outbox_commands()) == 1


def test_with_the_logins_cookie_a_missing_or_forged_token_is_refused(outbox_commands, client, auth):
    auth.login("kabid")
    replay, headers = keeping_the_logins_cookie(client)
    assert start_cycle(replay, headers) == 400
    assert start_cycle(replay, headers, csrf_token="forged") == 400
    assert outbox_commands() == []


def test_the_login_pages_token_is_not_taken_after_the_login(outbox_commands, client, auth):
    before = auth.csrf("/masuk")
    assert auth.login("kabid").status_code == 302
    assert start_cycle(client, {}, csrf_token=before) == 400
    assert start_cycle(client, {}, csrf_token=auth.csrf("/")) == 302
    assert len(outbox_commands()) == 1


def test_another_sessions_token_is_refused(outbox_commands, app, client, auth):
    other = app.test_client()
    type(auth)(other).login("kabid")
    theirs = form_token(other.get("/").text)
    auth.login("kabid")
    assert start_cycle(client, {}, csrf_token=theirs) == 400
    assert outbox_commands() == []
