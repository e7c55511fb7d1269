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
from pantau_reporter.core.model import AppResult, CycleInfo, FindingItem, NotaInputs, Official, build_nota
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


def fleet(n: int) -> tuple[AppResult, ...]:
    """Return ``n`` applications, one in five with a problem."""
    now = datetime(2026, 11, 23, tzinfo=UTC)
    apps = []
    for i in range(n):
        pd = PDS[i % len(PDS)]
        kind = i % 10
        apps.append(
            AppResult(
                app_id=f"app-{i}",
                nama=f"Sistem Informasi Layanan {i:05d}",
                url=f"https://app{i}.bekasikota.go.id/",
                pd_id=f"pd-{i % len(PDS)}",
                pd_nama=pd,
                availability=None if kind == 9 else ("tidak_aktif" if kind == 3 else "aktif"),
                reason="waktu_habis" if kind == 3 else None,
                http_status=200,
                login="gagal" if kind == 5 else "berhasil",
                freshness="tidak_update" if kind == 7 else "update",
                last_changed=now - timedelta(days=i % 90),
                findings=(FindingItem("judi_online", "kritis", "slot gacor", "/x"),) if i % 97 == 0 else (),
                checked_at=now,
            )
        )
    return tuple(apps)


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
