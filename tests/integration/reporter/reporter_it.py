"""Seed data and a worker runner for the reporter's integration tests."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Callable
from datetime import UTC, datetime

from psycopg.types.json import Jsonb
from reporter_world import (
    APPS,
    FALSE_POSITIVES,
    PDS,
    USERS,
    PastCycle,
    Seeded,
    cycle_no,
    fingerprint,
    past_cycles,
    register_records,
    result_event,
)

from pantau_common import outbox
from pantau_common.db import connect
from pantau_common.kafka import make_producer, start_client
from pantau_common.settings import Settings
from pantau_contracts import Envelope, encode, envelope
from pantau_contracts.codec import to_jsonable
from pantau_reporter.bootstrap import build_reporter
from pantau_reporter.core.followups import FollowUpRecord
from pantau_reporter.worker import ReporterWorker

__all__ = [
    "Seeded",
    "insert_follow_up",
    "publish",
    "record_state",
    "rows",
    "run_worker_until",
    "seed",
    "seed_register",
]
Visit = tuple[int, str, int, bool]  # step, role, actor id, completed


def seed(url: str) -> Seeded:
    """Insert a registry, officials, one cycle and its check results (one app without a result)."""
    instance_id = str(uuid.uuid4())
    users: dict[str, int] = {}
    now = datetime.now(UTC)
    with connect(url) as conn:
        for pd_id, nama, singkatan in PDS:
            conn.execute(
                "INSERT INTO perangkat_daerah (id, nama, singkatan) VALUES (%s,%s,%s)",
                (pd_id, nama, singkatan),
            )
        for role, nama, jabatan, nip, pangkat in USERS:
            row = conn.execute(
                "INSERT INTO users (username, password_hash, nama, role, jabatan, nip, pangkat)"
                " VALUES (%s,'x',%s,%s,%s,%s,%s) RETURNING id",
                (role, nama, role, jabatan, nip, pangkat),
            ).fetchone()
            users[role] = row["id"]
        conn.execute(
            "INSERT INTO sop_instances (id, cycle_no, step, phase, status, started_by, pelaksana_id, note, created_at)"
            " VALUES (%s, %s, 3, 'draft', 'berjalan', %s, %s, 'bulanan', %s)",
            (instance_id, cycle_no(instance_id), users["kabid"], users["pelaksana"], now),
        )
        for app in APPS:
            app_id, pd_id, nama = app[:3]
            conn.execute(
                "INSERT INTO applications (id, pd_id, nama, url) VALUES (%s,%s,%s,%s)",
                (app_id, pd_id, nama, f"https://{app_id}.bekasikota.go.id/"),
            )
            conn.execute("INSERT INTO sop_cycle_scope (instance_id, app_id) VALUES (%s,%s)", (instance_id, app_id))
            if app[3]:
                _result(conn, instance_id, app, now)
    return Seeded(instance_id, users, tuple(a[2] for a in APPS), tuple(p[1] for p in PDS))


def seed_register(url: str, seeded: Seeded) -> dict[str, PastCycle]:
    """Insert the earlier cycles, the follow-ups the workflow opened for them and the false positives."""
    with connect(url) as conn:
        created = conn.execute("SELECT created_at FROM sop_instances WHERE id = %s", (seeded.instance_id,)).fetchone()
        cycles = past_cycles(created["created_at"])
        for c in cycles.values():
            conn.execute(
                "INSERT INTO sop_instances (id, cycle_no, step, phase, status, started_by, note, created_at)"
                " VALUES (%s, %s, 7, 'selesai', 'selesai', %s, 'bulanan', %s)",
                (c.instance_id, c.cycle_no, seeded.users["kabid"], c.created_at),
            )
        for record in register_records(cycles):
            insert_follow_up(conn, record)
        for app_id, code, evidence in FALSE_POSITIVES:
            conn.execute(
                "INSERT INTO false_positives (app_id, code, evidence_sha256, reason, instance_id, actor_id,"
                " message_id, at) VALUES (%s, %s, %s, 'bukan injeksi', %s, %s, %s, now())",
                (app_id, code, fingerprint(evidence), seeded.instance_id, seeded.users["pelaksana"], str(uuid.uuid4())),
            )
    return cycles


def insert_follow_up(conn, record: FollowUpRecord) -> None:  # type: ignore[no-untyped-def]
    """Insert one follow-up as the workflow writes it."""
    r = record
    conn.execute(
        "INSERT INTO follow_ups (id, instance_id, app_id, pd_id, code, category, severity, evidence, nota_nomor,"
        " state, terlambat, dibuka_kembali, opened_at, due_at, closed_at)"
        " VALUES (%s, %s, %s, %s, %s, %s, %s, '', %s, %s, %s, %s, %s, %s, %s)",
        (
            r.id,
            r.instance_id,
            r.app_id,
            r.pd_id,
            r.code,
            r.category,
            r.severity,
            r.nota_nomor,
            r.state,
            r.terlambat,
            r.dibuka_kembali,
            r.opened_at,
            r.due_at,
            r.closed_at,
        ),
    )


def _result(conn, instance_id: str, app: tuple[str, ...], now: datetime) -> None:  # type: ignore[no-untyped-def]
    event = result_event(instance_id, app, now)
    conn.execute(
        "INSERT INTO check_results (event_id, app_id, pd_id, cycle_id, checked_at, availability, reason,"
        " http_status, total_ms, login, freshness, payload) VALUES (%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s)",
        (
            str(uuid.uuid4()),
            event.app_id,
            event.pd_id,
            instance_id,
            now,
            event.availability,
            event.reason,
            event.http_status,
            120.0,
            event.login.result,
            event.content.result,
            Jsonb(to_jsonable(event)),
        ),
    )


def record_state(url: str, instance_id: str, step: int, phase: str, version: int, *visits: Visit) -> None:
    """Store the cycle's step, phase, draft version and visits as the workflow does before it asks."""
    with connect(url) as conn:
        conn.execute(
            "UPDATE sop_instances SET step = %s, phase = %s, nota_version = %s, requested_version = %s WHERE id = %s",
            (step, phase, version, version, instance_id),
        )
        conn.execute("DELETE FROM sop_step_history WHERE instance_id = %s", (instance_id,))
        for seq, (visit_step, role, actor_id, completed) in enumerate(visits):
            conn.execute(
                "INSERT INTO sop_step_history (instance_id, seq, step, role, started_at, completed_at, actor_id,"
                " outcome) VALUES (%s, %s, %s, %s, now(), CASE WHEN %s THEN now() END, %s,"
                " CASE WHEN %s THEN 'selesai' END)",
                (instance_id, seq, visit_step, role, completed, actor_id, completed),
            )


async def publish(settings: Settings, payloads: list[object], key: str) -> list[str]:
    """Publish SOP events (or raw bytes) as the workflow does: queued in the outbox, then sent; return the ids."""
    producer = make_producer(settings.kafka)
    await start_client(producer)
    ids = []
    try:
        for payload in payloads:
            if isinstance(payload, bytes):
                value = payload
            elif isinstance(payload, Envelope):  # the same message again, as a redelivery sends it
                ids.append(payload.id)
                value = encode(payload)
                _queued(settings, payload)
            else:
                env = envelope(payload, source="test-workflow", subject=key)
                ids.append(env.id)
                value = encode(env)
                _queued(settings, env)
            await producer.send_and_wait(settings.topics.sop_events, value=value, key=key.encode())
    finally:
        await producer.stop()
    return ids


def _queued(settings: Settings, env: Envelope) -> None:
    """Record the event in the outbox as sent, as the workflow's relay leaves it."""
    with connect(settings.database_url) as conn:
        outbox.add(conn, env, settings.topics.sop_events, env.subject)
        conn.execute("UPDATE outbox SET sent_at = now() WHERE message_id = %s", (env.id,))


async def run_worker_until(settings: Settings, done: Callable[[], bool], timeout: float = 60) -> ReporterWorker:
    """Run a reporter worker until ``done()`` holds."""
    worker = ReporterWorker(settings, build_reporter(settings), group=f"test-{uuid.uuid4().hex[:6]}")
    stop = asyncio.Event()
    task = asyncio.create_task(worker.run(stop))
    try:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while not done():
            if task.done():
                task.result()
            assert loop.time() < deadline, "timed out waiting for the reporter"
            await asyncio.sleep(0.2)
    finally:
        stop.set()
        await task
    return worker


def rows(url: str, query: str, params: tuple[object, ...] = ()) -> list[dict]:
    with connect(url) as conn:
        return conn.execute(query, params).fetchall()
