"""Seed a migrated database with a city-sized registry for the web benchmark, with COPY.

The shape: ``apps`` applications over 40 Perangkat Daerah; ``results`` check results spread evenly
over them and over the last 30 days (one in twenty applications down at its latest check, one in
fifty with a finding); ``cycles`` monthly cycles, each over the whole registry; ``audit`` audit
rows over the last year (mostly logins); one registry history row per application.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import psycopg

from pantau_common.admin import DEMO_ACCOUNTS, create_user
from pantau_contracts.codec import to_jsonable
from pantau_contracts.status import ApplicationChecked, ContentFreshness, Finding, LoginResult, Timings

DEPARTMENTS = 40
AUDIT_DETAILS = {
    "masuk": "Masuk ke Pantau.",
    "masuk_gagal": "Nama pengguna atau kata sandi salah.",
    "pengguna": "Akun diubah: Jabatan.",
    "token_api": "Token API dibuat dengan cakupan baca.",
    "unduh_dokumen": "Nota dinas (PDF) diunduh.",
}
AUDIT_KINDS = ("masuk",) * 14 + ("masuk_gagal", "masuk_gagal", "pengguna", "token_api", "unduh_dokumen")


@dataclass(frozen=True)
class Size:
    """How much the benchmark's city holds."""

    apps: int = 1000
    results: int = 100_000
    cycles: int = 120
    audit: int = 50_000


def seed(url: str, size: Size, password: str) -> None:
    """Fill the database; every official of the demo accounts signs in with ``password``."""
    now = datetime.now(UTC)
    with psycopg.connect(url) as conn:
        users = _officials(conn, password)
        _copy(conn, "perangkat_daerah", ("id", "nama", "singkatan", "jenis"), _departments())
        _copy(conn, "applications", APP_COLUMNS, _applications(size.apps))
        _copy(conn, "check_results", RESULT_COLUMNS, _results(size, now))
        cycles = list(_cycles(size.cycles, users["kabid"], users["pelaksana"], now))
        _copy(conn, "sop_instances", CYCLE_COLUMNS, cycles)
        _copy(conn, "sop_cycle_scope", ("instance_id", "app_id"), _scope(cycles, size.apps))
        _copy(conn, "registry_history", HISTORY_COLUMNS, _history(size.apps, now))
        _copy(conn, "audit_log", AUDIT_COLUMNS, _audit(size.audit, list(users.values()), now))
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("VACUUM ANALYZE")


def _copy(conn: psycopg.Connection[Any], table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    with conn.cursor().copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row(row)


def _officials(conn: psycopg.Connection[Any], password: str) -> dict[str, int]:
    """Create the demo officials (not the department accounts: their departments are not seeded)."""
    for account in DEMO_ACCOUNTS:
        if account.pd_id is None:
            create_user(conn, account, password)
    rows = conn.execute("SELECT username, id FROM users").fetchall()
    return {username: user_id for username, user_id in rows}


def _departments() -> Iterable[tuple[str, ...]]:
    for n in range(1, DEPARTMENTS + 1):
        yield f"pd-{n:02d}", f"Perangkat Daerah Kota Bekasi {n:02d}", f"PD {n:02d}", "dinas"


APP_COLUMNS = (
    "id",
    "pd_id",
    "nama",
    "url",
    "klasifikasi",
    "unit_pengembang",
    "tahun_operasi",
    "penanggung_jawab",
)


def _applications(apps: int) -> Iterable[tuple[Any, ...]]:
    for i in range(apps):
        klasifikasi = "layanan_publik" if i % 3 else "administrasi_pemerintahan"
        yield (
            app_id(i),
            pd_of(i),
            f"Sistem Informasi Layanan {i:04d}",
            f"https://layanan{i}.bekasikota.go.id/",
            klasifikasi,
            f"Bidang TI {pd_of(i)}",
            2010 + i % 15,
            f"Penanggung Jawab {i:04d}",
        )


def app_id(i: int) -> str:
    return f"app-{i:04d}"


def pd_of(i: int) -> str:
    return f"pd-{i % DEPARTMENTS + 1:02d}"


RESULT_COLUMNS = (
    "event_id",
    "app_id",
    "pd_id",
    "checked_at",
    "availability",
    "reason",
    "http_status",
    "total_ms",
    "login",
    "freshness",
    "payload",
)


def _results(size: Size, now: datetime) -> Iterable[tuple[Any, ...]]:
    """Yield ``size.results`` results, round-robin over the applications, newest first."""
    step = timedelta(days=30) / max(1, size.results // size.apps)
    payloads = {kind: _payload(kind, now) for kind in ("aktif", "tidak_aktif", "temuan")}
    for n in range(size.results):
        i, age = n % size.apps, n // size.apps
        kind = _kind(i, age)
        down = kind == "tidak_aktif"
        yield (
            str(uuid.uuid4()),
            app_id(i),
            pd_of(i),
            now - step * age - timedelta(seconds=i),
            "tidak_aktif" if down else "aktif",
            "http_5xx" if down else None,
            503 if down else 200,
            80.0 + (n * 37) % 900,
            "tidak_dikonfigurasi",
            None if down else "update",
            payloads[kind],
        )


def _kind(i: int, age: int) -> str:
    if (i % 20 == 19 and age == 0) or (i * 7 + age) % 97 == 0:
        return "tidak_aktif"
    return "temuan" if i % 50 == 7 else "aktif"


def _payload(kind: str, now: datetime) -> str:
    """Return a result's payload as the workflow stores it (the event as JSON)."""
    down = kind == "tidak_aktif"
    event = ApplicationChecked(
        app_id="app-0000",
        pd_id="pd-01",
        url="https://layanan0.bekasikota.go.id/",
        checked_at=now,
        availability="tidak_aktif" if down else "aktif",
        timings=Timings(total_ms=240.0, dns_ms=2.0, connect_ms=3.0, first_byte_ms=200.0),
        reason="http_5xx" if down else None,
        http_status=503 if down else 200,
        login=LoginResult(),
        content=ContentFreshness("tidak_diketahui" if down else "update", None if down else "page_date", now),
        findings=(Finding("judi_online", "kritis", "slot gacor", "/berita/1"),) if kind == "temuan" else (),
    )
    return json.dumps(to_jsonable(event))


CYCLE_COLUMNS = ("id", "cycle_no", "step", "phase", "status", "started_by", "pelaksana_id", "note", "created_at")


def _cycles(count: int, kabid: int, pelaksana: int, now: datetime) -> Iterable[tuple[Any, ...]]:
    """Yield monthly cycles, newest first; the newest is still at step 3."""
    for n in range(count):
        running = n == 0
        yield (
            str(uuid.uuid4()),
            f"MONEV-{n:04d}",
            3 if running else 7,
            "memeriksa" if running else "selesai",
            "berjalan" if running else "selesai",
            kabid,
            pelaksana,
            f"Monev aplikasi Perangkat Daerah bulan ke-{n}",
            now - timedelta(days=30 * n),
        )


def _scope(cycles: Sequence[tuple[Any, ...]], apps: int) -> Iterable[tuple[str, str]]:
    for cycle in cycles:
        for i in range(apps):
            yield cycle[0], app_id(i)


HISTORY_COLUMNS = ("entity", "entity_id", "pd_id", "change", "source", "after", "at")


def _history(apps: int, now: datetime) -> Iterable[tuple[Any, ...]]:
    for i in range(apps):
        after = json.dumps({"id": app_id(i), "pd": pd_of(i), "nama": f"Sistem Informasi Layanan {i:04d}"})
        yield "aplikasi", app_id(i), pd_of(i), "baru", "impor", after, now - timedelta(days=400, minutes=i)


AUDIT_COLUMNS = ("at", "kind", "actor_id", "actor_name", "target", "detail", "remote")


def _audit(count: int, users: Sequence[int], now: datetime) -> Iterable[tuple[Any, ...]]:
    """Yield audit rows over the last year, newest first; a failed login has no actor."""
    step = timedelta(days=365) / max(1, count)
    for n in range(count):
        kind = AUDIT_KINDS[n % len(AUDIT_KINDS)]
        actor = None if kind == "masuk_gagal" else users[n % len(users)]
        yield (
            now - step * n,
            kind,
            actor,
            "tamu" if actor is None else "",
            f"sasaran-{n}",
            "Masuk ke Pantau.",
            "10.0.0.1",
        )
