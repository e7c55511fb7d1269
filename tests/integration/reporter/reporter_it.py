"""Seed data and a worker runner for the reporter's integration tests."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from psycopg.types.json import Jsonb

from pantau_common.db import connect
from pantau_common.kafka import make_producer, start_client
from pantau_common.settings import Settings
from pantau_contracts import encode, envelope
from pantau_contracts.codec import to_jsonable
from pantau_contracts.status import (
    ApplicationChecked,
    ContentFreshness,
    Finding,
    LoginResult,
    Timings,
)
from pantau_reporter.bootstrap import build_reporter
from pantau_reporter.worker import ReporterWorker

PDS = [
    ("disdukcapil", "Dinas Kependudukan dan Pencatatan Sipil", "Disdukcapil"),
    ("bapenda", "Badan Pendapatan Daerah", "Bapenda"),
    ("bpbd", "Badan Penanggulangan Bencana Daerah", "BPBD"),
]
APPS = [
    ("sipenduduk", "disdukcapil", "Sistem Informasi Kependudukan", "aktif", "update", "berhasil"),
    (
        "antrian-capil",
        "disdukcapil",
        "Antrian Online Capil",
        "tidak_aktif",
        "tidak_diketahui",
        "tidak_dikonfigurasi",
    ),
    ("ebphtb", "bapenda", "E-BPHTB", "aktif", "tidak_update", "gagal"),
    ("sipd-bpbd", "bpbd", "Portal Kebencanaan", "aktif", "update", "tidak_dikonfigurasi"),
    ("pajak-online", "bapenda", "Pajak Daerah Online", None, None, None),
]
USERS = [
    (
        "kadis",
        "Dr. Ir. Budi Santoso, M.Kom.",
        "Kepala Dinas Komunikasi, Informatika, Statistik dan Persandian",
        "197001011995031001",
        "Pembina Utama Muda (IV/c)",
    ),
    (
        "kabid",
        "Siti Rahma, S.Kom., M.T.",
        "Kepala Bidang E-Government",
        "198001012005012002",
        "Pembina (IV/a)",
    ),
    (
        "kasie",
        "Andi Wijaya, S.T.",
        "Kepala Seksi Tata Kelola E-Government",
        "198505052010011003",
        "Penata Tingkat I (III/d)",
    ),
    ("pelaksana", "Rina Oktaviani, A.Md.", "Pelaksana", "199501012020122001", "Pengatur (II/c)"),
]


@dataclass(frozen=True)
class Seeded:
    instance_id: str
    users: dict[str, int]
    app_names: tuple[str, ...]
    pd_names: tuple[str, ...]


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
            "INSERT INTO sop_instances (id, cycle_no, step, phase, status, started_by, pelaksana_id, note)"
            " VALUES (%s, %s, 3, 'draft', 'berjalan', %s, %s, 'bulanan')",
            (instance_id, f"2026-11-{instance_id[:4]}", users["kabid"], users["pelaksana"]),
        )
        for app_id, pd_id, nama, avail, fresh, login in APPS:
            conn.execute(
                "INSERT INTO applications (id, pd_id, nama, url) VALUES (%s,%s,%s,%s)",
                (app_id, pd_id, nama, f"https://{app_id}.bekasikota.go.id/"),
            )
            conn.execute("INSERT INTO sop_cycle_scope (instance_id, app_id) VALUES (%s,%s)", (instance_id, app_id))
            if avail:
                _result(conn, instance_id, app_id, pd_id, avail, fresh, login, now)
    return Seeded(instance_id, users, tuple(a[2] for a in APPS), tuple(p[1] for p in PDS))


def _result(conn, instance_id, app_id, pd_id, avail, fresh, login, now) -> None:  # type: ignore[no-untyped-def]
    findings = (
        (Finding("judi_online", "kritis", "kata 'slot gacor' di elemen tersembunyi", "/berita"),)
        if app_id == "sipd-bpbd"
        else ()
    )
    event = ApplicationChecked(
        app_id=app_id,
        pd_id=pd_id,
        url=f"https://{app_id}.bekasikota.go.id/",
        checked_at=now,
        availability=avail,
        timings=Timings(120.0),
        cycle_id=instance_id,
        reason="http_5xx" if avail == "tidak_aktif" else None,
        http_status=503 if avail == "tidak_aktif" else 200,
        login=LoginResult(login),
        content=ContentFreshness(fresh, "page_date", now - timedelta(days=90)),
        findings=findings,
    )
    conn.execute(
        "INSERT INTO check_results (event_id, app_id, pd_id, cycle_id, checked_at, availability, reason,"
        " http_status, total_ms, login, freshness, payload) VALUES (%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s)",
        (
            str(uuid.uuid4()),
            app_id,
            pd_id,
            instance_id,
            now,
            avail,
            event.reason,
            event.http_status,
            120.0,
            login,
            fresh,
            Jsonb(to_jsonable(event)),
        ),
    )


async def publish(settings: Settings, payloads: list[object | bytes], key: str) -> list[str]:
    """Publish SOP events (or raw bytes) to the SOP events topic; return the envelope ids."""
    producer = make_producer(settings.kafka_bootstrap)
    await start_client(producer)
    ids = []
    try:
        for payload in payloads:
            if isinstance(payload, bytes):
                value = payload
            else:
                env = envelope(payload, source="test-workflow", subject=key)
                ids.append(env.id)
                value = encode(env)
            await producer.send_and_wait(settings.topics.sop_events, value=value, key=key.encode())
    finally:
        await producer.stop()
    return ids


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
