"""Plain inputs for the reporter's document tests."""

from __future__ import annotations

from datetime import UTC, date, datetime

from pantau_contracts.definition import load_definition
from pantau_reporter.core.model import (
    AppResult,
    CycleInfo,
    FindingItem,
    NotaInputs,
    Official,
    Paraf,
)

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


def apps(n: int = 5) -> tuple[AppResult, ...]:
    """Return ``n`` applications: a mix of healthy, down, stale, no result and defaced."""
    pds = [
        ("disdukcapil", "Dinas Kependudukan dan Pencatatan Sipil"),
        ("bapenda", "Badan Pendapatan Daerah"),
        ("dpmptsp", "Dinas Penanaman Modal dan PTSP"),
        ("bpbd", "Badan Penanggulangan Bencana Daerah"),
    ]
    out = []
    for i in range(n):
        pd_id, pd_nama = pds[i % len(pds)]
        kind = i % 5
        base = dict(
            app_id=f"app-{i}",
            nama=f"Aplikasi {i:04d}",
            url=f"https://app{i}.bekasikota.go.id/",
            pd_id=pd_id,
            pd_nama=pd_nama,
        )
        when = datetime(2026, 11, 20, 3, 0, tzinfo=UTC)
        if kind == 0:
            out.append(
                AppResult(
                    **base,
                    availability="aktif",
                    http_status=200,
                    login="berhasil",
                    freshness="update",
                    last_changed=when,
                    checked_at=when,
                )
            )
        elif kind == 1:
            out.append(
                AppResult(
                    **base,
                    availability="tidak_aktif",
                    reason="http_5xx",
                    http_status=503,
                    login="tidak_dikonfigurasi",
                    freshness="tidak_diketahui",
                    checked_at=when,
                )
            )
        elif kind == 2:
            out.append(
                AppResult(
                    **base,
                    availability="aktif",
                    http_status=200,
                    login="gagal",
                    freshness="tidak_update",
                    last_changed=datetime(2026, 3, 1, tzinfo=UTC),
                    checked_at=when,
                )
            )
        elif kind == 3:
            out.append(AppResult(**base))
        else:
            out.append(
                AppResult(
                    **base,
                    availability="aktif",
                    http_status=200,
                    login="tidak_dikonfigurasi",
                    freshness="update",
                    last_changed=when,
                    checked_at=when,
                    findings=(FindingItem("judi_online", "kritis", "kata 'slot gacor' tersembunyi", "/berita?p=slot"),),
                )
            )
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
