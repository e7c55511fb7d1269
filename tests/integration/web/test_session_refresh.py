"""A session's cookie is signed again for its idle limit once its signature is a minute old (not on
every request), and a session left idle for longer than the limit has ended."""

from __future__ import annotations

import time
from datetime import UTC, datetime

import pytest
from flask.testing import FlaskClient
from itsdangerous import URLSafeTimedSerializer

pytestmark = pytest.mark.integration


def serializer_of(client: FlaskClient) -> URLSafeTimedSerializer:
    app = client.application
    serializer = app.session_interface.get_signing_serializer(app)  # type: ignore[attr-defined]
    assert isinstance(serializer, URLSafeTimedSerializer)
    return serializer


def sign_as_if_ago(client: FlaskClient, seconds: int) -> None:
    """Give the client its session cookie as the app would have signed it ``seconds`` ago."""
    serializer = serializer_of(client)
    cookie = client.get_cookie("session")
    assert cookie is not None

    class Earlier(serializer.signer):  # type: ignore[name-defined,misc]
        def get_timestamp(self) -> int:
            return int(time.time()) - seconds

    earlier = URLSafeTimedSerializer(
        serializer.secret_key,
        salt=serializer.salt,
        serializer=serializer.serializer,
        signer=Earlier,
        signer_kwargs=serializer.signer_kwargs,
    )
    client.set_cookie("session", earlier.dumps(serializer.loads(cookie.value)))


def test_a_session_cookie_signed_a_moment_ago_is_not_signed_again(client, auth):
    auth.login("kasie")
    client.get("/")
    answer = client.get("/")
    assert answer.status_code == 200
    assert "Set-Cookie" not in answer.headers


def test_a_session_cookie_a_minute_old_is_signed_again_with_an_idle_limit(client, auth):
    auth.login("kasie")
    sign_as_if_ago(client, 61)
    answer = client.get("/")
    assert answer.status_code == 200
    cookie = answer.headers.get("Set-Cookie", "")
    assert cookie.startswith("session=") and "Expires=" in cookie  # signed again, expiring when idle
    _, signed = serializer_of(client).loads(client.get_cookie("session").value, return_timestamp=True)
    assert (datetime.now(UTC) - signed).total_seconds() < 30
    assert client.get("/").status_code == 200


def test_a_session_idle_for_longer_than_its_limit_has_ended(client, auth):
    auth.login("kasie")
    idle_limit = int(client.application.permanent_session_lifetime.total_seconds())
    sign_as_if_ago(client, idle_limit - 120)
    assert client.get("/").status_code == 200
    sign_as_if_ago(client, idle_limit + 1)
    answer = client.get("/")
    assert answer.status_code == 302 and "/masuk" in answer.headers["Location"]
