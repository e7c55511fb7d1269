"""Togel's results as their sites' menus name them ("Pengeluaran HK 6D", "Result SDY", "Data HK 2026"),
injected into a department page; and the department's own "pengeluaran" (expenditure), "data HKI"
and a match's result, which stay clean."""

from __future__ import annotations

import sys
from pathlib import Path

from pantau_checker.core.checks import defacement
from pantau_checker.core.page import parse_page
from pantau_checker.core.term_scan import flagged

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "integration" / "checker"))
from vendor_pages import Site, department_page

URL = "https://bpkad.bekasikota.go.id/"
RESULTS_MENU = (
    '<div class="togel-menu" style="position:absolute;left:-9999px">'
    '<a href="https://hk6d-pools.example/pengeluaran-hk/">Pengeluaran HK 6D Hari Ini</a> '
    '<a href="https://hk6d-pools.example/data-hk/">Data HK 2026 Lengkap</a> '
    '<a href="https://hk6d-pools.example/result-sdy/">Result SDY Tercepat</a> '
    '<a href="https://hk6d-pools.example/result-sgp/">Result SGP Live</a></div>'
)


def test_a_hidden_menu_of_togel_results_is_found() -> None:
    page = parse_page(department_page(Site(name="BPKAD Kota Bekasi", body_end=RESULTS_MENU)), URL)
    terms = {term for f in defacement.scan(page) for term in ("pengeluaran hk", "result sdy") if term in f.evidence}
    assert terms == {"pengeluaran hk", "result sdy"}


def test_a_result_is_a_term_alone_and_an_output_with_another() -> None:
    assert [t for _, t, _ in flagged("Result SGP live tercepat")] == ["result sgp"]
    assert [t for _, t, _ in flagged("Pengeluaran HK 6D hari ini")] == []  # a budget's honoraria, maybe
    assert [t for _, t, _ in flagged("Pengeluaran HK 6D hari ini, data SGP lengkap")] == ["pengeluaran hk", "data sgp"]


def test_a_departments_expenditure_hki_data_and_a_matchs_result_stay_clean() -> None:
    main = (
        "<article><h2>Realisasi Pengeluaran Daerah Triwulan III</h2><p>Pengeluaran HK (honorarium kegiatan)"
        " tercatat Rp 1,2 miliar. Unduh data HKI dan data hak kekayaan daerah di laman PPID.</p>"
        "<p>Turnamen futsal antar-OPD: result semifinal 3-1 untuk Dinas Kesehatan.</p></article>"
    )
    page = parse_page(department_page(Site(name="BPKAD Kota Bekasi", main_extra=main)), URL)
    assert defacement.scan(page) == ()
