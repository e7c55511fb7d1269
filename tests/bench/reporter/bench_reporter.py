"""Benchmark: render the nota dinas, PDF for 300 and 3,000 applications and DOCX for 3,000.

    .venv/bin/python tests/bench/reporter/bench_reporter.py [--runs 3]

Prints, per row, the median wall time and CPU time (this process and its children: Typst runs in
a child process) of ``--runs`` runs, with the goal beside it. A script, not a test: no timed
assertions.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from io import BytesIO

from pypdf import PdfReader

from pantau_contracts.definition import load_definition
from pantau_contracts.status import ApplicationChecked, ContentFreshness, Finding, LoginResult, Timings
from pantau_reporter.core.model import NotaDinas, NotaInputs, build_nota
from pantau_reporter.core.records import CycleInfo, MonitoredApp, Official
from pantau_reporter.render.docx import nota_docx
from pantau_reporter.render.typeset import nota_pdf

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


@dataclass(frozen=True)
class Row:
    """One row of the table: what is rendered, how, and the goal it must meet (seconds, or None)."""

    what: str
    size: int
    render: Callable[[NotaDinas], bytes]
    goal: float | None
    goal_text: str


ROWS = (
    Row("nota dinas PDF", 300, nota_pdf, 1.0, "< 1 s"),
    Row("nota dinas PDF", 3000, nota_pdf, 5.0, "< 5 s"),
    Row("nota dinas DOCX", 3000, nota_docx, None, "as before (0.76 s)"),
)


def cpu_seconds() -> float:
    """Return the CPU time of this process and of its finished children."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def timed(render: Callable[[NotaDinas], bytes], nota: NotaDinas) -> tuple[float, float, bytes]:
    """Return the wall and CPU seconds of one rendering, and what it made."""
    wall, cpu = time.perf_counter(), cpu_seconds()
    out = render(nota)
    return time.perf_counter() - wall, cpu_seconds() - cpu, out


def measure(row: Row, runs: int) -> str:
    nota = build_nota(inputs(row.size))
    results = [timed(row.render, nota) for _ in range(runs)]
    wall = statistics.median(r[0] for r in results)
    cpu = statistics.median(r[1] for r in results)
    out = results[-1][2]
    size = f"{len(PdfReader(BytesIO(out)).pages)} pages" if out.startswith(b"%PDF") else f"{len(out)} bytes"
    verdict = "" if row.goal is None else ("ok" if wall < row.goal else "MISSED")
    return f"{row.what:<16} {row.size:>6,} {runs:>4} {wall:>9.2f} {cpu:>8.2f}  {row.goal_text:<19} {verdict:<6} {size}"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    nota_pdf(build_nota(inputs(5)))  # warm the imports and the system's file cache
    load, cores = os.getloadavg()[0], os.cpu_count()
    print(f"load average {load:.1f} on {cores} cores: wall time waits for a core when busy, CPU time does not")
    print(f"{'what':<16} {'apps':>6} {'runs':>4} {'wall_s':>9} {'cpu_s':>8}  {'goal':<19} {'':<6} output")
    for row in ROWS:
        print(measure(row, args.runs), flush=True)


if __name__ == "__main__":
    main()
