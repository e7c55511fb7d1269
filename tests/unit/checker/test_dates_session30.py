"""Dates a prober found read wrong (session 30), in the pure core with the time of the check given.

The time the server took to render a page after today's date is its clock ("Halaman ini dibuat pada … dalam
0.0123 detik"); a news list's day, month and day's name without the year ("Kamis, 3 Desember") is read as its
badge, the year the one its day's name agrees with.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from pantau_checker.core import dates

NOW = datetime(2026, 12, 5, 1, 15, tzinfo=UTC)  # Saturday, 08.15 WIB
STALE = datetime(2026, 7, 28, tzinfo=UTC)


def day(month: int, number: int, year: int = 2026) -> datetime:
    return datetime(year, month, number, tzinfo=UTC)


@pytest.mark.parametrize(
    "stamp",
    [
        "Halaman ini dibuat pada 5 Desember 2026 dalam 0.0123 detik",
        "Halaman ini dibuat pada Sabtu, 5 Desember 2026 08:15:02 dalam 0,0123 detik.",
        "Page generated on December 5, 2026 in 0.0213 seconds.",
        "Page rendered 05/12/2026 in 12 ms",
    ],
)
def test_the_time_a_page_took_to_render_after_todays_date_is_a_clock(stamp: str) -> None:
    text = f"Rapat koordinasi stunting\n28 Juli 2026\n{stamp}"
    assert dates.content_dates(text, NOW, clocks=True) == [STALE]


@pytest.mark.parametrize(
    "post",
    [
        "Ditulis oleh Admin pada 5 Desember 2026",
        "Dibuat pada 5 Desember 2026 pukul 08.00 WIB",
        "Rapat berlangsung pada 5 Desember 2026 dalam 2 sesi di aula kantor dinas.",
    ],
)
def test_a_post_of_today_beside_no_render_time_is_a_post(post: str) -> None:
    assert dates.content_dates(post, NOW, clocks=True) == [day(12, 5)]


LIST = "Berita Terbaru\nRapat Koordinasi Penanganan Stunting\n{}\nKegiatan ini dihadiri jajaran dinas.\n"


@pytest.mark.parametrize(
    ("printed", "found"),
    [
        ("Kamis, 3 Desember", day(12, 3)),
        ("Kamis 3 Desember", day(12, 3)),
        ("Jum'at, 27 November", day(11, 27)),
        ("Kam, 3 Des", day(12, 3)),
        # A day's name of an earlier year: the list is that year's.
        ("Selasa, 3 Desember", day(12, 3, 2024)),
        ("Rabu, 3 Desember", day(12, 3, 2025)),
    ],
)
def test_a_day_and_month_after_a_days_name_is_a_badge_of_the_year_it_names(printed: str, found: datetime) -> None:
    latest = day(12, 20)
    assert dates.yearless_dates(LIST.format(printed), NOW, latest) == [found]


@pytest.mark.parametrize("line", ["Tahap 2 Januari", "Senin, 12", "Gelombang 3 Desember"])
def test_a_word_before_a_day_and_month_is_no_days_name(line: str) -> None:
    assert dates.yearless_dates(LIST.format(line), NOW, day(12, 20)) == []


def test_todays_day_and_month_after_its_name_in_a_top_bar_is_a_clock() -> None:
    text = "Sabtu, 5 Desember\n(021) 8841 5263\n" + LIST.format("Kamis, 3 Desember")
    assert dates.yearless_dates(text, NOW, day(12, 20), clocks=True) == [day(12, 3)]
