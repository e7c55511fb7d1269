"""Helpers shared by the integration and end-to-end tests."""

from __future__ import annotations

import asyncio
import functools
import os
import random
import re
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

import psycopg
from psycopg.rows import dict_row, tuple_row
from werkzeug.security import generate_password_hash

from pantau_common import outbox
from pantau_common.admin import Account
from pantau_common.kafka import make_admin, make_consumer, make_producer
from pantau_common.kafka_security import KafkaConnection, KafkaSecurity
from pantau_common.passwords import MIN_LENGTH
from pantau_common.settings import Settings
from pantau_contracts import Envelope, encode, envelope
from pantau_contracts.sop import StartCycle, WriteDisposition
from pantau_contracts.status import ApplicationChecked, Timings

# The time a hostile input (a megabyte of near matches, ten thousand forms) may take to read, in seconds, as a
# per-test time limit (pytest-timeout): they read in tens of milliseconds, and what they guard against, a
# reading by the square of the input, took from seconds to minutes. No tighter bound: the speed of the
# ordinary reading is measured by `make bench`, not asserted on a machine that may be busy.
HOSTILE_BUDGET_S = 20

T = TypeVar("T")
BIN = Path(sys.executable).parent


def kafka_connection(kafka: KafkaConnection | str) -> KafkaConnection:
    """Return ``kafka``; a bare address authenticates as the environment's KAFKA_* variables say.

    ``make test`` runs its broker with SASL/SCRAM and gives the tests the stack admin's account
    (deploy/local/test.sh); without those variables the connection is PLAINTEXT.
    """
    if isinstance(kafka, KafkaConnection):
        return kafka
    return KafkaConnection(kafka, KafkaSecurity.from_env(os.environ))


def kafka_env() -> dict[str, str]:
    """Return the environment's KAFKA_* variables: how a process the test starts reaches Kafka."""
    return {k: v for k, v in os.environ.items() if k.startswith("KAFKA_")}


def service_env(settings: Settings, **extra: str) -> dict[str, str]:
    """Return the environment that points a service at the test's Kafka, database and topics."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PANTAU_")}
    env.update(
        KAFKA_BOOTSTRAP_SERVERS=settings.kafka_bootstrap,
        DATABASE_URL=settings.database_url,
        PANTAU_TOPIC_PREFIX=settings.topics.prefix,
        PANTAU_SECRET_KEY=settings.secret_key,
        PANTAU_DATA_DIR=settings.data_dir,
        PANTAU_WORKFLOW_MONTHLY_DAY="0",  # tests start their cycles by hand unless they test the schedule
    )
    env.update(extra)
    return env


def workflow_env(settings: Settings) -> dict[str, str]:
    """Return the environment of a workflow process under test (a 1 s SLA tick)."""
    return service_env(settings, PANTAU_WORKFLOW_TICK_SECONDS="1")


@contextmanager
def running(argv: list[str], env: dict[str, str], log: Path) -> Iterator[subprocess.Popen[bytes]]:
    """Run a service process for the duration of the block; stop it after.

    It runs in the folder of its log (the test's), so whatever it writes to its working
    directory (faust's ``<app id>-data``) stays out of the repository.
    """
    log.parent.mkdir(parents=True, exist_ok=True)
    with log.open("ab") as out:
        proc = subprocess.Popen(
            argv, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True, cwd=log.parent
        )
        try:
            yield proc
        finally:
            stop_process(proc)


def stop_process(proc: subprocess.Popen[bytes], timeout: float = 20) -> None:
    """Stop a process with SIGTERM, then SIGKILL."""
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(5)


# The ports of the servers a test starts lie below the kernel's ephemeral range (32768-60999 on
# Linux), so that no client connection takes one between its choice and the server's start; each
# pytest-xdist worker chooses in a part of its own, so that two workers never choose the same.
_TEST_PORTS = range(20_000, 32_000)
_port_choice = random.Random()  # not the tests' own: a test that seeds ``random`` changes no port


def free_port(count: int = 1) -> int:
    """Return a TCP port on 127.0.0.1 that nothing listens on, nor on its ``count - 1`` successors
    (for a server the test starts; a port nothing listens on for a refused connection)."""
    worker = int(os.environ.get("PYTEST_XDIST_WORKER", "gw0").removeprefix("gw"))
    span = len(_TEST_PORTS) // int(os.environ.get("PYTEST_XDIST_WORKER_COUNT", "1"))
    low = _TEST_PORTS.start + worker * span
    while True:
        port = _port_choice.randrange(low, low + span - count)
        if all(_unused(port + n) for n in range(count)):
            return port


def _unused(port: int) -> bool:
    with socket.socket() as sock:
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def eventually(check: Callable[[], T | None], timeout: float = 120, what: str = "condition") -> T:
    """Poll ``check`` until it returns a truthy value; fail after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")
        time.sleep(0.25)


def query(url: str, sql: str, params: tuple[Any, ...] = ()) -> list[dict[str, Any]]:
    with psycopg.connect(url, row_factory=dict_row) as conn:  # type: ignore[arg-type]
        return conn.execute(sql, params).fetchall()


@functools.cache
def password_hash(password: str) -> str:
    """Return a scrypt hash of a test account's password, made once per session, at a test's cost.

    A hash carries its own cost parameters and the login verifies it with them (Werkzeug's
    ``check_password_hash``), through the same code as in production. The accounts' hashes cost
    N=2**10 instead of hash_password's N=2**15: a sign-in verifies in ~3 ms instead of ~0.1 s,
    and the suites sign in hundreds of times. Accounts made by the code under test (the admin
    CLI, the people pages) get hash_password's full cost (tests/unit/common/test_passwords.py).
    """
    if len(password) < MIN_LENGTH:
        raise ValueError(f"password must have at least {MIN_LENGTH} characters")
    return generate_password_hash(password, method="scrypt:1024:8:1")


def add_user(conn: psycopg.Connection[Any], account: Account, password: str) -> int:
    """Insert an account as ``pantau_common.admin.create_user`` does (with the session's hash of
    its password); return its id."""
    values = (account.username, password_hash(password), account.nama, account.role, account.jabatan)
    values += (account.nip, account.pangkat, account.pd_id, account.email)
    with conn.cursor(row_factory=tuple_row) as cur:
        cur.execute(
            "INSERT INTO users (username, password_hash, nama, role, jabatan, nip, pangkat, pd_id, email)"
            " VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s) RETURNING id",
            values,
        )
        row = cur.fetchone()
    assert row is not None
    return int(row[0])


def seed_people_and_apps(url: str, apps: int = 3) -> dict[str, int]:
    """Create one user per role and ``apps`` applications of two departments; return user ids."""
    ids = {}
    with psycopg.connect(url, row_factory=dict_row) as conn:  # type: ignore[arg-type]
        for role in ("kadis", "kabid", "kasie", "pelaksana"):
            ids[role] = add_user(
                conn, Account(role, role, f"Pejabat {role}", role, "1990", "III/a"), f"sandi-{role}-123"
            )
        conn.execute(
            "INSERT INTO perangkat_daerah (id, nama, singkatan) VALUES"
            " ('dinkes', 'Dinas Kesehatan', 'Dinkes'), ('bapenda', 'Badan Pendapatan Daerah', 'Bapenda')"
        )
        for n in range(apps):
            pd = "dinkes" if n % 2 == 0 else "bapenda"
            conn.execute(
                "INSERT INTO applications (id, pd_id, nama, url) VALUES (%s, %s, %s, %s)",
                (f"app-{n}", pd, f"Aplikasi {n}", f"https://app{n}.bekasikota.go.id/"),
            )
    return ids


async def _produce(kafka: KafkaConnection | str, topic: str, items: list[tuple[bytes | None, bytes]]) -> None:
    producer = make_producer(kafka_connection(kafka), linger_ms=0)
    await producer.start()
    try:
        for key, value in items:
            await producer.send_and_wait(topic, value=value, key=key)
    finally:
        await producer.stop()


def produce(kafka: KafkaConnection | str, topic: str, *items: tuple[bytes | None, bytes]) -> None:
    """Publish raw messages to a topic."""
    asyncio.run(_produce(kafka, topic, list(items)))


def produce_recorded(
    settings: Settings, topic: str, env: Envelope, *, key: bytes | None = None, times: int = 1
) -> None:
    """Send ``env`` as a Pantau service does: queued in the outbox (left as relayed), then on ``topic``."""
    with psycopg.connect(settings.database_url) as conn:
        outbox.add(conn, env, topic, env.subject)
        conn.execute("UPDATE outbox SET sent_at = now() WHERE message_id = %s", (env.id,))
    record = (key or env.subject.encode(), encode(env))
    produce(settings.kafka, topic, *[record] * times)


async def _consume(kafka: KafkaConnection | str, topic: str, want: int, timeout: float) -> list[Any]:
    consumer = make_consumer(
        kafka_connection(kafka),
        topic,
        auto_offset_reset="earliest",
        group_id=f"test-{uuid.uuid4().hex[:8]}",
        enable_auto_commit=False,
    )
    await consumer.start()
    found: list[Any] = []
    try:
        deadline = time.monotonic() + timeout
        while len(found) < want and time.monotonic() < deadline:
            batch = await consumer.getmany(timeout_ms=500)
            for records in batch.values():
                found.extend(records)
    finally:
        await consumer.stop()
    return found


def consume(kafka: KafkaConnection | str, topic: str, want: int = 1, timeout: float = 30) -> list[Any]:
    """Read up to ``want`` records from the start of a topic, waiting at most ``timeout``."""
    return asyncio.run(_consume(kafka, topic, want, timeout))


# --- workflow helpers ---------------------------------------------------------------


def send_command(settings: Settings, command: Any, command_id: str | None = None) -> str:
    """Queue a command in the outbox, as the web does."""
    env = envelope(command, source="/test/web", subject=command.instance_id, id=command_id)
    with psycopg.connect(settings.database_url) as conn:
        outbox.add(conn, env, settings.topics.sop_commands, command.instance_id)
    return env.id


def answer(settings, command_id):
    rows = query(settings.database_url, "SELECT * FROM command_results WHERE command_id = %s", (command_id,))
    return rows[0] if rows else None


def instance_row(settings, iid):
    rows = query(settings.database_url, "SELECT * FROM sop_instances WHERE id = %s", (iid,))
    return rows[0] if rows else None


def status_event(app_id, cycle_id, availability="aktif"):
    event = ApplicationChecked(
        app_id=app_id,
        pd_id="dinkes",
        url=f"https://{app_id}.bekasikota.go.id/",
        checked_at=datetime.now(UTC),
        availability=availability,
        timings=Timings(total_ms=42.0),
        cycle_id=cycle_id,
        http_status=200,
    )
    return envelope(event, source="/test/checker", subject=app_id)


def start_and_dispose(settings, people):
    iid = str(uuid.uuid4())
    started = send_command(settings, StartCycle(iid, people["kabid"], "Monev uji"))
    assert eventually(lambda: answer(settings, started), what="StartCycle answer")["accepted"]
    disposed = send_command(
        settings,
        WriteDisposition(iid, people["kasie"], 2, people["pelaksana"], "proses_lebih_lanjut", "segera"),
    )
    assert eventually(lambda: answer(settings, disposed), what="disposition answer")["accepted"]
    return iid


async def delete_topics(kafka: KafkaConnection | str, prefix: str) -> None:
    """Delete every topic whose name starts with ``prefix`` (the services' own ones included)."""
    admin = make_admin(kafka_connection(kafka))
    await admin.start()
    try:
        names = [t for t in await admin.list_topics() if t.startswith(prefix)]
        if names:
            await admin.delete_topics(names)
    finally:
        await admin.close()


# What Chromium answers a reload that the page's own navigation overtook, depending on the moment.
_OVERTAKEN = (
    "ERR_ABORTED",
    "Not attached to an active page",
    "frame was detached",
    "interrupted by another navigation",
)


def reload_fresh(page: Any, attempts: int = 6) -> None:
    """Reload a browser page. Its own refresh (refresh.js reloads it once what it waited for is done)
    may be reloading it at the same moment and overtake ours: then wait for that navigation to end
    and reload again, for the page as it is now (the page's own reload has nothing left to wait for)."""
    from playwright.sync_api import Error as PlaywrightError

    for attempt in range(1, attempts + 1):
        try:
            page.reload()
            return
        except PlaywrightError as exc:
            if attempt == attempts or not any(words in str(exc) for words in _OVERTAKEN):
                raise
            # Chromium swaps the page's renderer as the overtaking navigation commits: until the new
            # one is attached, a reload is refused; give it a moment, longer each time, on a slow machine.
            page.wait_for_timeout(250 * attempt)
            page.wait_for_load_state("load")


class AuthActions:
    """Sign in as a seeded official on the web, with the CSRF token a real form carries."""

    def __init__(self, client: Any) -> None:
        self.client = client

    def csrf(self, path: str = "/masuk") -> str:
        page = self.client.get(path).get_data(as_text=True)
        found = re.search(r'name="csrf_token" value="([^"]+)"', page)
        assert found, f"no CSRF token on {path}"
        return found.group(1)

    def login(self, username: str, password: str | None = None) -> Any:
        token = self.csrf()
        return self.client.post(
            "/masuk",
            data={"username": username, "password": password or f"sandi-{username}-123", "csrf_token": token},
        )


async def inbox_outcomes(
    settings: Settings, records: list[Any], handle: Any, *, recorded_only: bool = False
) -> list[Any]:
    """Receive ``records`` in order through a real inbox (its marks in PostgreSQL, its dead letters
    to Kafka) with the handler ``handle``; return each one's outcome."""
    from pantau_common.db import make_pool
    from pantau_common.inbox import Inbox
    from pantau_common.kafka import dead_letter_sender, start_client

    producer = make_producer(settings.kafka)
    await start_client(producer)
    pool = make_pool(settings.database_url, "test-inbox")
    try:
        send = dead_letter_sender(producer, settings.topics)
        inbox = Inbox("test.consumer", pool, send, retry_seconds=0.1, recorded_only=recorded_only)
        return [(await inbox.receive(r, handle)).outcome for r in records]
    finally:
        pool.close()
        await producer.stop()


def insert_note(conn: Any, env: Any) -> str:
    """An inbox handler that leaves a trace of the message it applied: a ``note`` dead-letter row."""
    conn.execute("INSERT INTO dead_letters (consumer, topic, reason) VALUES ('note', 'x', %s)", (env.id,))
    return str(env.id)


def secret_mount(directory: Path, keys: dict[str, str]) -> Path:
    """Lay out ``directory`` as Kubernetes mounts a Secret: each key a link through ``..data`` to a version of it."""
    version = directory / "..2026_12_05_22_00_00.1"
    version.mkdir(parents=True)
    for key, value in keys.items():
        (version / key).write_text(value + "\n")
    (directory / "..data").symlink_to(version.name)
    for key in keys:
        (directory / key).symlink_to(f"..data/{key}")
    return directory
