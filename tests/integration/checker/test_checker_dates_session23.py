"""Content freshness of department pages that print their dates the ways session 23 found misread, through a
whole check against a real HTTP server on 127.0.0.1: relative stamps with counts spelled out, "silam" and
"kemarin lusa"; a PPID list of letters whose numbers end like a date; two-digit years beside four-digit ones;
a top bar's clock with a labelled or an icon's time. Each beside a look-alike that keeps its reading.

The checker's clock is fixed at Wednesday 2 December 2026, 10:00 in Bekasi (``stamped_pages.NOW``).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from checker_servers import FakeSite
from cms_theme_pages import STALE_STAMPS, checked_at_now
from dated_pages_s23 import jnews_page, ppid_page
from stamped_pages import NOW
from vendor_pages import HEADLINES, News, Site, department_page

STALE = datetime(2026, 5, 12, tzinfo=UTC)


def day(month: int, number: int, year: int = 2026) -> datetime:
    return datetime(year, month, number, tzinfo=UTC)


@pytest.mark.parametrize(
    ("stamps", "last_changed"),
    [
        pytest.param(("dua puluh menit lalu", "sebelas hari lalu", "Selasa, 12 Mei 2026"), NOW - timedelta(minutes=20)),
        pytest.param(("dua belas jam yang lalu", "Kamis, 23 April 2026"), NOW - timedelta(hours=12), id="teens"),
        pytest.param(("setengah jam lalu", "Senin, 04 Mei 2026"), NOW - timedelta(minutes=30), id="half-an-hour"),
        pytest.param(("2 hari silam", "sepekan silam", "Selasa, 12 Mei 2026"), NOW - timedelta(days=2), id="silam"),
        pytest.param(("Kemarin lusa, 14:20", "Selasa, 12 Mei 2026"), NOW - timedelta(days=2), id="kemarin-lusa"),
        # JNews prints the comment count after the stamp: "Kemarin, 14:20" over "0" is no counter's row.
        pytest.param(("Kemarin, 14:20", "Selasa, 12 Mei 2026"), NOW - timedelta(days=1), id="beside-comment-count"),
        pytest.param(
            ("Jum’at lalu pukul 09.30", "Selasa, 12 Mei 2026"), NOW - timedelta(days=5), id="jumat-texturized"
        ),
    ],
)
def test_a_news_themes_spelled_and_older_relative_stamps_date_it(
    shared_site: FakeSite, stamps: tuple[str, ...], last_changed: datetime
) -> None:
    assert checked_at_now(shared_site, jnews_page(stamps)) == ("update", last_changed, "page_date")


def test_a_spelled_count_in_an_excerpt_leaves_a_stale_news_theme_stale(shared_site: FakeSite) -> None:
    html = jnews_page(STALE_STAMPS).replace(
        "Pemerintah Kota Bekasi melalui",
        "Dua puluh hari lalu, dalam rapat yang sama, Pemerintah Kota Bekasi melalui",
        1,
    )
    assert checked_at_now(shared_site, html) == ("tidak_update", STALE, "page_date")


# A PPID's circulars: their numbers end in what reads as a day, a month and a year, the last of them recent.
LETTERS = (
    ("443.1/30/11/2026", "Surat Edaran Pencegahan Demam Berdarah di Sekolah", "12 Mei 2026"),
    ("B/1/12/2026", "Pengumuman Jadwal Ujian Sekolah", "04 Mei 2026"),
    ("800/28/Nov/2026", "Undangan Rapat Kepala Sekolah", "23 April 2026"),
    ("KEP-27-11-2026", "Penetapan Sekolah Penggerak", "23 April 2026"),
    ("800/1234/Disdik.Sekr/XI/2026", "Edaran Libur Semester", "23 April 2026"),
)


def test_a_ppid_list_of_letters_numbered_like_dates_stays_stale(shared_site: FakeSite) -> None:
    assert checked_at_now(shared_site, ppid_page(LETTERS)) == ("tidak_update", STALE, "page_date")


def test_a_ppid_list_dates_its_letters_by_their_dates_column(shared_site: FakeSite) -> None:
    # Numbers as most offices write them, beside dates written "Tgl.30.11.2026" by the form that fills the column.
    letters = (
        ("800/1234/Disdik.Sekr/XI/2026", "Surat Edaran Pencegahan Demam Berdarah di Sekolah", "Tgl.30.11.2026"),
        ("421.2/567/Disdik.SD/V/2026", "Pengumuman Jadwal Ujian Sekolah", "Tgl.12.05.2026"),
    )
    assert checked_at_now(shared_site, ppid_page(letters)) == ("update", day(11, 30), "page_date")


def plain_page(stamps: tuple[str, ...]) -> str:
    news = [News(stamp, HEADLINES[i], f"berita-{i + 1}") for i, stamp in enumerate(stamps)]
    return department_page(Site(news=news, clock=NOW + timedelta(hours=7), plain_markup=True))


def test_a_two_digit_years_date_beside_four_digit_ones_dates_the_page(shared_site: FakeSite) -> None:
    # The theme's list prints "d-m-y" after the day's name; the older item was typed in by hand.
    stamps = ("Kamis, 26-11-26 | 10:15", "Senin, 23-11-26 | 08:00", "Selasa, 12 Mei 2026")
    assert checked_at_now(shared_site, plain_page(stamps)) == ("update", day(11, 26), "page_date")


def test_a_two_digit_year_that_no_days_name_confirms_leaves_the_page_stale(shared_site: FakeSite) -> None:
    # A day's name that does not agree (26 November 2026 is a Thursday) and a telephone stay unread.
    stale = ("Rabu, 26-11-26 | 10:15", "Hubungi 0821-2611-26", "Selasa, 12 Mei 2026")
    assert checked_at_now(shared_site, plain_page(stale)) == ("tidak_update", STALE, "page_date")


@pytest.mark.parametrize(
    "top_bar",
    [
        pytest.param("Rabu, 02 Desember 2026 | Jam: 10:00:05 WIB", id="labelled-time"),
        pytest.param("Rabu, 2 Desember 2026 | Waktu : 10:00:05", id="waktu"),
        pytest.param("📅 Rabu, 2 Desember 2026 ⏰ 10:00 WIB", id="icons"),
    ],
)
def test_a_top_bars_clock_leaves_a_stale_page_stale(shared_site: FakeSite, top_bar: str) -> None:
    assert checked_at_now(shared_site, jnews_page(STALE_STAMPS, top_bar)) == ("tidak_update", STALE, "page_date")


def test_a_post_of_today_with_a_labelled_time_dates_the_page(shared_site: FakeSite) -> None:
    # In an article the same stamp is the post's: it was written today, whatever the top bar shows.
    html = jnews_page(
        ("Rabu, 2 Desember 2026 | Jam: 08:15 WIB", *STALE_STAMPS), "Rabu, 2 Desember 2026 | Jam: 10:00:05"
    )
    assert checked_at_now(shared_site, html) == ("update", day(12, 2), "page_date")
