"""The rules behind the checker's reading of the departments' own pages (session 37).

A limit's label in bold, or in a table's cell, ends its line before its colon ("Batas lamaran\\n: 10 Desember 2026"):
the date still ends the limit, and dates nothing. BMKG's early warning ("Peringatan Dini Cuaca") and a water level's
widget ("Tinggi Muka Air"), a hospital's beds' ("Ketersediaan Tempat Tidur") outside an article date their readings,
not the page, even below the widget's table of figures; a headline about them is a post's.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from pantau_checker.core.dates import content_dates, date_marks, marked_dates

NOW = datetime(2026, 12, 4, 3, 0, tzinfo=UTC)  # Friday 4 December 2026, 10:00 in Bekasi


def day(month: int, number: int, year: int = 2026) -> datetime:
    return datetime(year, month, number, tzinfo=UTC)


def outside_articles(text: str) -> list[datetime]:
    """Return the dates ``text`` gives outside an article, its update stamps read as a page's are."""
    return marked_dates(date_marks(text, clocks=True, stamps=True), NOW)


# --- a limit's label before its colon's line ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Diposting 14 Agustus 2026 · Batas lamaran\n: 10 Desember 2026", [day(8, 14)]),
        ("Informasi Pajak\nJatuh tempo PBB-P2\n: 31 Agustus 2026. Bayar tepat waktu, hindari denda.", []),
        ("Batas akhir pendaftaran\n:\n10 Agustus 2026", []),
        ("Paling lambat\n: Senin, 7 Desember 2026", []),
    ],
    ids=["bold-deadline-ahead", "bold-due-date-past", "table-cells-past", "bold-with-weekday"],
)
def test_a_limits_label_in_bold_before_its_colon_still_ends_the_limit(text: str, expected: list[datetime]) -> None:
    assert content_dates(text, NOW, clocks=True) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Diposting\n: 10 November 2026", [day(11, 10)]),
        ("Pendaftaran Ditutup\n10 Agustus 2026", [day(8, 10)]),  # a headline's own date, not a label's
    ],
    ids=["posting-label", "headline-then-its-date"],
)
def test_a_label_that_bounds_nothing_before_its_colon_dates_the_page(text: str, expected: list[datetime]) -> None:
    assert content_dates(text, NOW, clocks=True) == expected


# --- BMKG's early warning and the water level's widget ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Info BMKG\nPeringatan Dini Cuaca\nJumat, 04 Desember 2026, berlaku pukul 10:00 - 13:00 WIB\nWaspada hujan",
        "Tinggi Muka Air (TMA)\nUpdate 04/12/2026 pukul 07.00 WIB\nPos\nTMA (cm)\nBendung Bekasi\n290",
        "Pantauan Tinggi Muka Air\nUpdate 04/12/2026 pukul 07.00 WIB\nBendung Bekasi\n290",
    ],
    ids=["bmkg-early-warning", "water-level-widget", "water-level-watch"],
)
def test_a_warnings_or_a_water_levels_day_outside_an_article_dates_nothing(text: str) -> None:
    assert outside_articles(text) == []


def test_a_headline_about_the_water_level_keeps_its_date() -> None:
    text = "Laporan Kejadian\nTinggi Muka Air Kali Bekasi Naik, Warga Diminta Waspada\n 2 Desember 2026\n Admin"
    assert outside_articles(text) == [day(12, 2)]


def test_an_update_stamp_of_this_morning_without_a_widgets_heading_still_dates_the_page() -> None:
    assert outside_articles("Pengumuman\nUpdate 04/12/2026 pukul 07.00 WIB\nLihat") == [day(12, 4)]


BEDS = (
    "Ketersediaan Tempat Tidur\nRuang / Kelas\nKapasitas\nTerisi\nKosong\nVIP Melati\n12\n9\n3\n"
    "Kelas III Dahlia\n48\n48\n0\nICU\n10\n8\n2\n"
)


@pytest.mark.parametrize(
    "stamp",
    ["Update: Jumat, 04 Desember 2026 pukul 06.30 WIB", "Terakhir diperbarui: 04 Desember 2026 06:30"],
    ids=["update", "terakhir-diperbarui"],
)
def test_a_bed_counts_stamp_below_its_table_dates_nothing(stamp: str) -> None:
    assert outside_articles(f"{BEDS}{stamp}\nLihat detail") == []


def test_a_water_levels_stamp_below_its_table_dates_nothing() -> None:
    table = (
        "Tinggi Muka Air (TMA)\nPos\nTMA (cm)\nStatus\nBendung Bekasi\n290\nSiaga 4\nP2C Cikeas\n145\nNormal\n"
        "P2C Cileungsi\n160\nNormal\n"
    )
    assert outside_articles(f"{table}Update 04/12/2026 pukul 07.00 WIB\n") == []


@pytest.mark.parametrize(
    "text",
    [
        "Berita\nKetersediaan Tempat Tidur RSUD Menipis, Dinkes Siapkan Ruang Isolasi\n 2 Desember 2026\n Admin",
        f"{BEDS}Berita Terkini\nRSUD Raih Akreditasi Paripurna dari KARS\n 2 Desember 2026\n Admin",
    ],
    ids=["headline-about-beds", "news-after-the-table"],
)
def test_a_post_about_or_after_the_beds_keeps_its_date(text: str) -> None:
    assert outside_articles(text) == [day(12, 2)]
