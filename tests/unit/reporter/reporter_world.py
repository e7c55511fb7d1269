"""One small world (a registry, officials, one cycle and its results) for the reporter's tests.

``seed_memory`` puts it into the in-memory repositories; ``reporter_it.seed`` writes the same
world into PostgreSQL, so the shared repository suite sees the same data through both adapters.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from pantau_contracts.status import ApplicationChecked, ContentFreshness, Finding, LoginResult, Timings
from pantau_reporter.core.records import CycleInfo, Official
from pantau_reporter.memory import InMemorySources

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


def cycle_no(instance_id: str) -> str:
    """Return the seeded cycle's number (unique per instance, as sop_instances requires)."""
    return f"2026-11-{instance_id[:4]}"


def result_event(instance_id: str, app: tuple[str, ...], now: datetime) -> ApplicationChecked:
    """Return the check result of one seeded application (``APPS`` row)."""
    app_id, pd_id, _, avail, fresh, login = app
    findings = (
        (Finding("judi_online", "kritis", "kata 'slot gacor' di elemen tersembunyi", "/berita"),)
        if app_id == "sipd-bpbd"
        else ()
    )
    return ApplicationChecked(
        app_id=app_id,
        pd_id=pd_id,
        url=f"https://{app_id}.bekasikota.go.id/",
        checked_at=now,
        availability=avail,  # type: ignore[arg-type]
        timings=Timings(120.0),
        cycle_id=instance_id,
        reason="http_5xx" if avail == "tidak_aktif" else None,
        http_status=503 if avail == "tidak_aktif" else 200,
        login=LoginResult(login),  # type: ignore[arg-type]
        content=ContentFreshness(fresh, "page_date", now - timedelta(days=90)),  # type: ignore[arg-type]
        findings=findings,
    )


def seed_memory(sources: InMemorySources) -> Seeded:
    """Put the world into in-memory sources; return its ids."""
    instance_id = str(uuid.uuid4())
    now = datetime.now(UTC)
    sources.pd_names.update({pd_id: nama for pd_id, nama, _ in PDS})
    users = {
        role: sources.add_official(Official(role, nama, jabatan, nip, pangkat))
        for role, nama, jabatan, nip, pangkat in USERS
    }
    for app_id, pd_id, nama, *_ in APPS:
        sources.add_app(app_id, pd_id, nama, f"https://{app_id}.bekasikota.go.id/")
    scope = tuple(a[0] for a in APPS)
    sources.add_cycle(CycleInfo(instance_id, cycle_no(instance_id), "bulanan", now, users["kabid"]), scope)
    sources.results.extend(result_event(instance_id, app, now) for app in APPS if app[3])
    return Seeded(instance_id, users, tuple(a[2] for a in APPS), tuple(p[1] for p in PDS))
