"""Fixtures of the web's integration tests: the app, a signed-in client, stored instances."""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Iterator

import psycopg
import pytest
from flask import Flask
from flask.testing import FlaskClient
from pantau_testing import query
from werkzeug.test import TestResponse

from pantau_common.settings import Settings
from pantau_contracts import Envelope, decode
from pantau_web import create_app


@pytest.fixture
def app(settings: Settings, people: dict[str, int]) -> Iterator[Flask]:
    app = create_app(settings)
    yield app
    app.extensions["pantau_pool"].close()


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()


class AuthActions:
    """Sign in as a seeded official, with the CSRF token a real form carries."""

    def __init__(self, client: FlaskClient) -> None:
        self.client = client

    def csrf(self, path: str = "/masuk") -> str:
        page = self.client.get(path).get_data(as_text=True)
        found = re.search(r'name="csrf_token" value="([^"]+)"', page)
        assert found, f"no CSRF token on {path}"
        return found.group(1)

    def login(self, username: str, password: str | None = None) -> TestResponse:
        token = self.csrf()
        return self.client.post(
            "/masuk",
            data={"username": username, "password": password or f"sandi-{username}-123", "csrf_token": token},
        )


@pytest.fixture
def auth(client: FlaskClient) -> AuthActions:
    return AuthActions(client)


@pytest.fixture
def try_action(client: FlaskClient, auth: AuthActions) -> Callable[[str, str, str, int], tuple[bool, int]]:
    """Return a function: as an official, open a cycle and post an action; say if its form was shown, and the answer."""

    def attempt(username: str, iid: str, action: str, step: int) -> tuple[bool, int]:
        auth.login(username)
        page = client.get(f"/siklus/{iid}").get_data(as_text=True)
        answer = client.post(
            f"/siklus/{iid}/{action}",
            data={"command_id": str(uuid.uuid4()), "expected_step": str(step), "csrf_token": auth.csrf("/")},
        )
        return f'data-testid="{action}"' in page, answer.status_code

    return attempt


@pytest.fixture
def put_instance(settings: Settings, people: dict[str, int]) -> Callable[[int, str], str]:
    """Return a function that stores an instance at a given step and phase, as the workflow would have."""

    def put(step: int, phase: str) -> str:
        iid = str(uuid.uuid4())
        with psycopg.connect(settings.database_url) as conn:
            conn.execute(
                "INSERT INTO sop_instances (id, cycle_no, step, phase, status, started_by, pelaksana_id)"
                " VALUES (%s, %s, %s, %s, 'berjalan', %s, %s)",
                (iid, f"MONEV-{iid[:6]}", step, phase, people["kabid"], people["pelaksana"]),
            )
        return iid

    return put


@pytest.fixture
def outbox_commands(settings: Settings) -> Callable[[], list[Envelope]]:
    """Return a function that lists the commands the web wrote to the outbox, oldest first."""

    def sent() -> list[Envelope]:
        rows = query(settings.database_url, "SELECT payload FROM outbox ORDER BY id")
        return [decode(bytes(r["payload"])) for r in rows]

    return sent
