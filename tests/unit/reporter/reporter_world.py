"""One small world (a registry, officials, one cycle and its results) for the reporter's tests.

``seed_memory`` puts it into the in-memory repositories; ``reporter_it.seed`` writes the same
world into PostgreSQL, so the shared repository suite sees the same data through both adapters.
"""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from pantau_contracts.status import ApplicationChecked, ContentFreshness, Finding, LoginResult, Timings
from pantau_reporter.core.followups import FollowUpRecord
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

SLOT_EVIDENCE = "kata 'slot gacor' di elemen tersembunyi"


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
    findings = (Finding("judi_online", "kritis", SLOT_EVIDENCE, "/berita"),) if app_id == "sipd-bpbd" else ()
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


# Earlier cycles, days before the seeded one; the one in between opened no follow-up.
PAST_CYCLES = (("sebelumnya", 30), ("lebih_lama", 60), ("tanpa_tindak_lanjut", 10))
# (cycle, app, code, category, severity, state, due after opening (days), closed after opening
# (hours) or None, terlambat, dibuka_kembali)
REGISTER = (
    ("sebelumnya", "antrian-capil", "tidak_aktif", "ketersediaan", "tinggi", "selesai", 3, 48, False, False),
    ("sebelumnya", "ebphtb", "login_gagal", "ketersediaan", "sedang", "terbuka", 7, None, True, False),
    ("sebelumnya", "ebphtb", "tidak_update", "konten", "sedang", "ditutup", 14, 120, False, False),
    ("sebelumnya", "sipd-bpbd", "judi_online", "keamanan", "kritis", "ditanggapi", 2, None, True, True),
    ("sebelumnya", "sipenduduk", "tidak_update", "konten", "sedang", "selesai", 14, 24, False, False),
    ("lebih_lama", "sipenduduk", "tidak_aktif", "ketersediaan", "tinggi", "selesai", 3, 6, False, False),
)
# What the Pelaksana set aside: the portal's gambling finding (the seeded evidence), and another.
FALSE_POSITIVES = (
    ("sipd-bpbd", "judi_online", SLOT_EVIDENCE),
    ("ebphtb", "defacement", "tulisan lama"),
)


@dataclass(frozen=True)
class PastCycle:
    key: str
    instance_id: str
    cycle_no: str
    created_at: datetime


def fingerprint(evidence: str) -> str:
    return hashlib.sha256(evidence.encode()).hexdigest()


def past_cycles(now: datetime) -> dict[str, PastCycle]:
    """Return the earlier cycles of the register's world, by key."""
    out = {}
    for key, days in PAST_CYCLES:
        instance_id = str(uuid.uuid4())
        out[key] = PastCycle(key, instance_id, f"2026-{key}-{instance_id[:4]}", now - timedelta(days=days))
    return out


def register_records(cycles: dict[str, PastCycle]) -> list[FollowUpRecord]:
    """Return the follow-ups the workflow opened for the earlier cycles."""
    apps = {a[0]: a for a in APPS}
    pds = {p[0]: p[1] for p in PDS}
    out = []
    for key, app_id, code, category, severity, state, due_days, closed_hours, late, reopened in REGISTER:
        cycle, app = cycles[key], apps[app_id]
        opened = cycle.created_at + timedelta(hours=1)
        out.append(
            FollowUpRecord(
                id=str(uuid.uuid4()),
                instance_id=cycle.instance_id,
                cycle_no=cycle.cycle_no,
                nota_nomor=f"800.1.11.1/00{len(out) + 1}/Diskominfostandi/X/2026" if key == "sebelumnya" else "",
                app_id=app_id,
                app_nama=app[2],
                pd_id=app[1],
                pd_nama=pds[app[1]],
                code=code,
                category=category,
                severity=severity,
                state=state,
                opened_at=opened,
                due_at=opened + timedelta(days=due_days),
                terlambat=late,
                dibuka_kembali=reopened,
                closed_at=opened + timedelta(hours=closed_hours) if closed_hours is not None else None,
            )
        )
    return out


def seed_register_memory(sources: InMemorySources, seeded: Seeded) -> dict[str, PastCycle]:
    """Put the earlier cycles, their follow-ups and the false positives into in-memory sources."""
    now = sources.cycle(seeded.instance_id).started_at or datetime.now(UTC)
    cycles = past_cycles(now)
    for c in cycles.values():
        sources.add_cycle(CycleInfo(c.instance_id, c.cycle_no, "bulanan", c.created_at, seeded.users["kabid"]))
    sources.register.extend(register_records(cycles))
    sources.set_aside.update((app, code, fingerprint(ev)) for app, code, ev in FALSE_POSITIVES)
    return cycles


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
