"""Benchmark: render the nota dinas (PDF and DOCX) for 300 and 3,000 applications.

    .venv/bin/python tests/bench/reporter/bench_reporter.py [--runs 3] [--sizes 300,3000]

Prints the median wall time per format and size. A script, not a test: no timed assertions.
"""

from __future__ import annotations

import argparse
import statistics
import time
from datetime import UTC, date, datetime, timedelta
from io import BytesIO

from pypdf import PdfReader

from pantau_contracts.definition import load_definition
from pantau_contracts.status import ApplicationChecked, ContentFreshness, Finding, LoginResult, Timings
from pantau_reporter.core.model import NotaInputs, build_nota
from pantau_reporter.core.records import CycleInfo, MonitoredApp, Official
from pantau_reporter.render.docx import nota_docx
from pantau_reporter.render.html import nota_html
from pantau_reporter.render.pdf import html_to_pdf

PDS = [f"Perangkat Daerah Kota Bekasi Nomor {i:02d}" for i in range(1, 61)]
SIGNER = Official(
    "kadis",
    "Dr. Ir. Budi Santoso, M.Kom.",
    "Kepala Dinas Komunikasi, Informatika, Statistik dan Persandian",
    "197001011995031001",
    "Pembina Utama Muda (IV/c)",
)


def fleet(n: int) -> tuple[MonitoredApp, ...]:
    """Return ``n`` applications, one in five with a problem."""
    return tuple(
        MonitoredApp(
            f"app-{i}",
            f"Sistem Informasi Layanan {i:05d}",
            f"https://app{i}.bekasikota.go.id/",
            f"pd-{i % len(PDS)}",
            PDS[i % len(PDS)],
            None if i % 10 == 9 else _result(i),
        )
        for i in range(n)
    )


def _result(i: int) -> ApplicationChecked:
    now = datetime(2026, 11, 23, tzinfo=UTC)
    kind = i % 10
    return ApplicationChecked(
        app_id=f"app-{i}",
        pd_id=f"pd-{i % len(PDS)}",
        url=f"https://app{i}.bekasikota.go.id/",
        checked_at=now,
        availability="tidak_aktif" if kind == 3 else "aktif",
        timings=Timings(100.0),
        reason="waktu_habis" if kind == 3 else None,
        http_status=200,
        login=LoginResult("gagal" if kind == 5 else "berhasil"),
        content=ContentFreshness("tidak_update" if kind == 7 else "update", "page_date", now - timedelta(days=i % 90)),
        findings=(Finding("judi_online", "kritis", "slot gacor", "/x"),) if i % 97 == 0 else (),
    )


def inputs(n: int) -> NotaInputs:
    return NotaInputs(
        CycleInfo("00000000-0000-4000-8000-000000000000", "2026-11"),
        1,
        "800.1.11.1/0001/Diskominfostandi/XI/2026",
        date(2026, 11, 23),
        fleet(n),
        SIGNER,
        load_definition().legal_basis,
    )


def timed(fn) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--sizes", default="300,3000")
    args = parser.parse_args()
    html_to_pdf(nota_html(build_nota(inputs(5))))  # warm fonts and caches
    print(f"{'aplikasi':>9} {'format':>6} {'median_s':>9} {'runs':>5} {'pages/bytes':>14}")
    for size in (int(s) for s in args.sizes.split(",")):
        nota = build_nota(inputs(size))
        pdf_times = [timed(lambda n=nota: html_to_pdf(nota_html(n))) for _ in range(args.runs)]
        docx_times = [timed(lambda n=nota: nota_docx(n)) for _ in range(args.runs)]
        pages = len(PdfReader(BytesIO(html_to_pdf(nota_html(nota)))).pages)
        print(f"{size:>9} {'pdf':>6} {statistics.median(pdf_times):>9.2f} {args.runs:>5} {pages:>8} pages")
        print(
            f"{size:>9} {'docx':>6} {statistics.median(docx_times):>9.2f} {args.runs:>5} "
            f"{len(nota_docx(nota)):>8} bytes"
        )


if __name__ == "__main__":
    main()
