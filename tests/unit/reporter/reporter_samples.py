"""Plain inputs for the reporter's document tests."""

from __future__ import annotations

from datetime import UTC, date, datetime

from pantau_contracts.definition import load_definition
from pantau_contracts.status import (
    ApplicationChecked,
    Availability,
    ContentFreshness,
    Finding,
    Freshness,
    LoginOutcome,
    LoginResult,
    Timings,
)
from pantau_reporter.core.model import NotaInputs
from pantau_reporter.core.records import CycleInfo, MonitoredApp, Official, Paraf

WHEN = datetime(2026, 11, 20, 3, 0, tzinfo=UTC)
PDS = [
    ("disdukcapil", "Dinas Kependudukan dan Pencatatan Sipil"),
    ("bapenda", "Badan Pendapatan Daerah"),
    ("dpmptsp", "Dinas Penanaman Modal dan PTSP"),
    ("bpbd", "Badan Penanggulangan Bencana Daerah"),
]
KADIS = Official(
    "kadis",
    "Dr. Ir. Budi Santoso, M.Kom.",
    "Kepala Dinas Komunikasi, Informatika, Statistik dan Persandian",
    "197001011995031001",
    "Pembina Utama Muda (IV/c)",
)
KABID = Official(
    "kabid", "Siti Rahma, S.Kom., M.T.", "Kepala Bidang E-Government", "198001012005012002", "Pembina (IV/a)"
)
KASIE = Official(
    "kasie",
    "Andi Wijaya, S.T.",
    "Kepala Seksi Tata Kelola E-Government",
    "198505052010011003",
    "Penata Tingkat I (III/d)",
)


def checked(
    app_id: str,
    availability: Availability,
    *,
    freshness: Freshness = "tidak_diketahui",
    login: LoginOutcome = "tidak_dikonfigurasi",
    reason: str | None = None,
    http_status: int | None = 200,
    last_changed: datetime | None = None,
    findings: tuple[Finding, ...] = (),
    checked_at: datetime = WHEN,
) -> ApplicationChecked:
    """Return one check result as the checker publishes it."""
    return ApplicationChecked(
        app_id=app_id,
        pd_id="pd",
        url=f"https://{app_id}.bekasikota.go.id/",
        checked_at=checked_at,
        availability=availability,
        timings=Timings(120.0),
        reason=reason,
        http_status=http_status,
        login=LoginResult(login),
        content=ContentFreshness(freshness, "page_date", last_changed),
        findings=findings,
    )


def _result(app_id: str, kind: int) -> ApplicationChecked | None:
    """Return a healthy, down, stale, missing or defaced result (by ``kind``)."""
    if kind == 0:
        return checked(app_id, "aktif", login="berhasil", freshness="update", last_changed=WHEN)
    if kind == 1:
        return checked(app_id, "tidak_aktif", reason="http_5xx", http_status=503)
    if kind == 2:
        return checked(
            app_id, "aktif", login="gagal", freshness="tidak_update", last_changed=datetime(2026, 3, 1, tzinfo=UTC)
        )
    if kind == 3:
        return None
    defaced = Finding("judi_online", "kritis", "kata 'slot gacor' tersembunyi", "/berita?p=slot")
    return checked(app_id, "aktif", freshness="update", last_changed=WHEN, findings=(defaced,))


def apps(n: int = 5) -> tuple[MonitoredApp, ...]:
    """Return ``n`` applications: a mix of healthy, down, stale, no result and defaced."""
    out = []
    for i in range(n):
        pd_id, pd_nama = PDS[i % len(PDS)]
        url = f"https://app{i}.bekasikota.go.id/"
        out.append(MonitoredApp(f"app-{i}", f"Aplikasi {i:04d}", url, pd_id, pd_nama, _result(f"app-{i}", i % 5)))
    return tuple(out)


def inputs(n: int = 5, *, paraf: bool = False, version: int = 1) -> NotaInputs:
    """Return the inputs of a nota with ``n`` applications."""
    at = datetime(2026, 11, 23, 7, 5, tzinfo=UTC)
    return NotaInputs(
        cycle=CycleInfo("3f1c0000-0000-4000-8000-000000000001", "2026-11-01", "bulanan"),
        version=version,
        nomor="800.1.11.1/0007/Diskominfostandi/XI/2026",
        on=date(2026, 11, 23),
        apps=apps(n),
        signer=KADIS,
        dasar=load_definition().legal_basis,
        paraf=(Paraf(4, KASIE, at, "a" * 64), Paraf(5, KABID, at, "a" * 64)) if paraf else (),
    )
