"""Fixtures of the web's integration tests: the app, a signed-in client, stored instances."""

from __future__ import annotations

import hashlib
import re
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, datetime

import psycopg
import pytest
from flask import Flask
from flask.testing import FlaskClient
from pantau_testing import AuthActions, password_hash, query
from psycopg.types.json import Jsonb

from pantau_common.settings import Settings
from pantau_contracts import Envelope, Topics, decode
from pantau_contracts.codec import to_jsonable
from pantau_contracts.status import ApplicationChecked, Timings
from pantau_web import create_app


@pytest.fixture
def topics() -> Topics:
    """A private topic namespace, created nowhere: the web only writes its outbox table, never Kafka."""
    return Topics(prefix=f"t{uuid.uuid4().hex[:8]}.")


@pytest.fixture
def app(settings: Settings, people: dict[str, int]) -> Iterator[Flask]:
    app = create_app(settings)
    yield app
    app.extensions["pantau_pool"].close()


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()


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


# --- the departments' door ------------------------------------------------------------

# Department accounts: (role, Perangkat Daerah). The seeded apps: app-0 and app-2 are Dinkes's,
# app-1 is Bapenda's.
DEPARTMENT_ACCOUNTS = {
    "operator_dinkes": ("operator_pd", "dinkes"),
    "kepala_dinkes": ("kepala_pd", "dinkes"),
    "operator_bapenda": ("operator_pd", "bapenda"),
}


@pytest.fixture
def department_users(settings: Settings, people: dict[str, int]) -> dict[str, int]:
    """Create the department accounts (password ``sandi-<username>-123``); return their ids."""
    ids = {}
    with psycopg.connect(settings.database_url) as conn:
        for username, (role, pd_id) in DEPARTMENT_ACCOUNTS.items():
            (ids[username],) = conn.execute(
                "INSERT INTO users (username, password_hash, nama, role, pd_id, jabatan)"
                " VALUES (%s, %s, %s, %s, %s, %s) RETURNING id",
                (username, password_hash(f"sandi-{username}-123"), f"Petugas {username}", role, pd_id, role),
            ).fetchone()
    return ids


@pytest.fixture
def put_follow_up(settings: Settings, put_instance: Callable[[int, str], str]) -> Callable[..., str]:
    """Return a function that stores a follow-up, as the workflow opens one when a nota is signed."""

    def put(app_id: str, pd_id: str, instance_id: str | None = None, **columns: object) -> str:
        fid = str(uuid.uuid4())
        row = {
            "code": "judi_online",
            "category": "keamanan",
            "severity": "kritis",
            "evidence": "slot gacor maxwin",
            "nota_nomor": "800.1.11.1/0001/Diskominfostandi/XII/2026",
            "state": "terbuka",
            **columns,
        }
        with psycopg.connect(settings.database_url) as conn:
            conn.execute(
                "INSERT INTO follow_ups (id, instance_id, app_id, pd_id, code, category, severity, evidence,"
                " nota_nomor, state, terlambat, opened_at, due_at) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s,"
                " %s, now(), now() + interval '2 days')",
                (
                    fid,
                    instance_id or put_instance(7, "menunggu_penyampaian"),
                    app_id,
                    pd_id,
                    row["code"],
                    row["category"],
                    row["severity"],
                    row["evidence"],
                    row["nota_nomor"],
                    row["state"],
                    bool(row.get("terlambat", False)),
                ),
            )
            conn.execute(
                "INSERT INTO follow_up_history (follow_up_id, change, state, message_id, at)"
                " VALUES (%s, 'dibuka', 'terbuka', %s, now())",
                (fid, str(uuid.uuid4())),
            )
        return fid

    return put


@pytest.fixture
def put_answer(settings: Settings) -> Callable[..., int]:
    """Return a function that records a department's answer with an attachment, as the workflow would."""

    def put(fid: str, pd_id: str, user_id: int, content: bytes, media_type: str = "application/pdf") -> int:
        with psycopg.connect(settings.database_url) as conn:
            (attachment_id,) = conn.execute(
                "INSERT INTO follow_up_attachments (pd_id, filename, media_type, size, sha256, content, uploaded_by)"
                " VALUES (%s, 'bukti.pdf', %s, %s, %s, %s, %s) RETURNING id",
                (pd_id, media_type, len(content), hashlib.sha256(content).hexdigest(), content, user_id),
            ).fetchone()
            conn.execute(
                "INSERT INTO follow_up_history (follow_up_id, change, state, actor_id, note, attachment_id,"
                " message_id, at) VALUES (%s, 'ditanggapi', 'ditanggapi', %s, 'Sudah diperbaiki', %s, %s, now())",
                (fid, user_id, attachment_id, str(uuid.uuid4())),
            )
            conn.execute("UPDATE follow_ups SET state = 'ditanggapi' WHERE id = %s", (fid,))
        return int(attachment_id)

    return put


@pytest.fixture
def put_check(settings: Settings) -> Callable[..., None]:
    """Return a function that stores a check result with its full payload, as the workflow records it."""

    def put(app_id: str, pd_id: str, cycle_id: str | None = None, **fields: object) -> None:
        event = ApplicationChecked(
            app_id=app_id,
            pd_id=pd_id,
            url=f"https://{app_id}.bekasikota.go.id/",
            checked_at=datetime.now(UTC),
            timings=Timings(total_ms=40.0),
            cycle_id=cycle_id,
            **{"availability": "aktif", "http_status": 200, **fields},  # type: ignore[arg-type]
        )
        with psycopg.connect(settings.database_url) as conn:
            conn.execute(
                "INSERT INTO check_results (event_id, app_id, pd_id, cycle_id, checked_at, availability, reason,"
                " http_status, total_ms, login, freshness, payload) VALUES (%s, %s, %s, %s, now(), %s, %s, %s, 40,"
                " %s, %s, %s)",
                (
                    str(uuid.uuid4()),
                    app_id,
                    pd_id,
                    cycle_id,
                    event.availability,
                    event.reason,
                    event.http_status,
                    event.login.result,
                    event.content.result,
                    Jsonb(to_jsonable(event)),
                ),
            )

    return put


# --- the admin, and machine clients ---------------------------------------------------------


@pytest.fixture
def admin(settings: Settings, people: dict[str, int]) -> int:
    """Create the admin account ``admin`` (password ``sandi-admin-123``); return its id."""
    with psycopg.connect(settings.database_url) as conn:
        (user_id,) = conn.execute(
            "INSERT INTO users (username, password_hash, nama, role) VALUES ('admin', %s, 'Admin Pantau', 'admin')"
            " RETURNING id",
            (password_hash("sandi-admin-123"),),
        ).fetchone()
    return int(user_id)


@pytest.fixture
def make_token(settings: Settings, client: FlaskClient, auth: AuthActions, admin: int) -> Callable[..., str]:
    """Return a function: as the admin, make an API token for an account on the token page; return it."""

    def make(username: str, *scopes: str) -> str:
        (user,) = query(settings.database_url, "SELECT id FROM users WHERE username = %s", (username,))
        auth.login("admin")
        form = {"name": f"Klien {username}", "user_id": str(user["id"]), "scopes": list(scopes or ("baca",))}
        page = client.post("/token-api", data={**form, "csrf_token": auth.csrf("/token-api")}).get_data(as_text=True)
        client.post("/keluar", data={"csrf_token": auth.csrf("/")})
        found = re.search(r'data-testid="token">(pantau_[^<]+)<', page)
        assert found, "the token page shows no new token"
        return found.group(1)

    return make
