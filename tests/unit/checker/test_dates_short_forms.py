"""Short date forms that municipal sites print, checked against the reader: a two-digit year after a month's
name without its apostrophe ("28 Nov 26", "28-Nov-26"), a news list's day and month with the item's time but no
year ("27 Nov, 14:05"), Carbon's short units ("2 mgg lalu", "3 bln yang lalu", "5 hr lalu"), "sejam" and
"semenit", English relative stamps ("a week ago", "an hour ago", "last week", "yesterday at 14:02",
"today, 09:15"), a Friday's apostrophe and dotted dates ("Jum'at, 27.11.2026", "27.11.2026 pukul 09.15 WIB").
Each group has look-alikes that stay unread: version numbers, phone numbers, NIP and NIK, a regulation's
number, times, prices, and a count of people after a date with no year.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from pantau_checker.core import dates, freshness
from pantau_checker.core.page import parse_page

# Wednesday 2 December 2026, 10:00 in Bekasi (WIB, UTC+7).
NOW = datetime(2026, 12, 2, 3, 0, tzinfo=UTC)
URL = "https://diskominfo.bekasikota.go.id/"


def day(month: int, number: int, year: int = 2026) -> datetime:
    return datetime(year, month, number, tzinfo=UTC)


def read(text: str, clocks: bool = False) -> list[datetime]:
    return dates.content_dates(text, NOW, clocks=clocks)


def news_line(stamp: str) -> str:
    """Return the text of a news list around one item's stamp, one text node a line, as the page gives it."""
    return (
        "Berita Terkini\nSosialisasi Aplikasi Layanan Kependudukan\n"
        f"{stamp}\nDinas Komunikasi dan Informatika Kota Bekasi menggelar sosialisasi di kantor kecamatan."
    )


# --- a two-digit year after a month's name --------------------------------------------------------------


@pytest.mark.parametrize(
    "stamp",
    [
        "28 Nov 26",
        "28 Nop '26",  # with its apostrophe, read before
        "28-Nov-26",
        "28/Nov/26",
        "28.Nov.26",
        "28 Nov. 26",
        "28 NOV 26",
        "28 Nopember 26",
        "Sabtu, 28 Nov 26",
        "28 Nov 26, 14:05",
        "28 Nov 26 pukul 14.05 WIB",
        "28 Nov 26 | Admin",
        "28 Nov 26 · oleh Admin",
        "Diposting 28 Nov 26 by admin",
        "📅 28 Nov 26",
    ],
)
def test_a_two_digit_year_after_a_day_and_a_months_name_is_read(stamp: str) -> None:
    assert read(stamp) == [day(11, 28)]
    assert read(news_line(stamp)) == [day(11, 28)]


def test_an_apostrophes_year_after_the_month_first_is_still_read() -> None:
    assert read("Nov 28, '26") == [day(11, 28)]


@pytest.mark.parametrize(
    "text",
    [
        "pada 1 Mei 26 warga menerima bantuan sosial",  # a count of people after a day without its year
        "27 Nov, 26 peserta hadir",
        "27 Nov 14:05",  # a time, not the year 2014
        "27 Nov 14.05 WIB",
        "Harga per 12 Mei 26.000 rupiah",
        "Kuota 3 Mei 26%",
        "Nov 28, 26",  # month first without the apostrophe: a list of days as well
        "28 Agus 26",  # "Agus" is a man's name more often than August
        "28 Noveber 26",  # a misspelt month's word beside a bare number tells nothing
        "800/28/Nov/26",  # a letter's number
        "SK28Nov26",
        "Periode Nov-26",  # no day
        "Rekap 28 Nov 19",  # a year of another decade: not read without its apostrophe
    ],
)
def test_a_two_digit_number_after_a_month_that_ends_no_stamp_is_not_read(text: str) -> None:
    assert read(text) == []


def test_a_limit_or_a_clock_in_a_two_digit_year_dates_nothing() -> None:
    assert read("Berlaku s.d. 28 Nov 26") == []
    assert read("Rabu, 2 Des 26 | 10:00 WIB", clocks=True) == []  # a top bar's clock
    assert read("Rabu, 2 Des 26 | 10:00 WIB") == [day(12, 2)]  # in an article: an item of today


def test_a_two_digit_year_beside_four_digit_ones_is_read_once() -> None:
    text = news_line("28 Nov 26, 14:05") + "\n" + news_line("Selasa, 12 Mei 2026")
    assert sorted(read(text)) == [day(5, 12), day(11, 28)]


# --- Carbon's short units, "sejam", "semenit" -----------------------------------------------------------


@pytest.mark.parametrize(
    ("stamp", "ago"),
    [
        ("2 mgg lalu", timedelta(days=14)),
        ("2 Mgg Yg Lalu", timedelta(days=14)),
        ("3 bln yang lalu", timedelta(days=90)),
        ("5 hr lalu", timedelta(days=5)),  # hari: "hrs ago" is hours, "hr lalu" days
        ("1 thn lalu", timedelta(days=365)),
        ("2 mnt lalu", timedelta(minutes=2)),
        ("30 dtk lalu", timedelta(seconds=30)),
        ("2 minggu yg lalu", timedelta(days=14)),
        ("sejam yang lalu", timedelta(hours=1)),
        ("semenit yang lalu", timedelta(minutes=1)),
        ("seminggu yg lalu", timedelta(days=7)),
        ("Diposting 2 mgg lalu oleh Admin", timedelta(days=14)),
    ],
)
def test_short_indonesian_units_are_resolved_against_the_check(stamp: str, ago: timedelta) -> None:
    assert read(news_line(stamp)) == [NOW - ago]


@pytest.mark.parametrize(
    "text",
    [
        "Kegiatan ini digelar 2 mgg lalu di aula kecamatan dan dihadiri warga.",
        "Statistik Pengunjung\nMinggu Lalu\n2.304",
        "Durasi 2 mgg",
    ],
)
def test_short_units_in_running_text_or_a_counter_are_not_read(text: str) -> None:
    assert read(text) == []


# --- English relative stamps ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("stamp", "ago"),
    [
        ("a week ago", timedelta(days=7)),
        ("an hour ago", timedelta(hours=1)),
        ("An Hour Ago", timedelta(hours=1)),
        ("yesterday at 14:02", timedelta(days=1)),
        ("Yesterday, 2:02 PM", timedelta(days=1)),
        ("today, 09:15", timedelta(0)),
        ("Today at 9:15 AM", timedelta(0)),
        # "Last week" is read as a week, as "seminggu lalu" and "pekan lalu" are: a relative formatter prints it
        # for a difference of about one week, and of the calendar's last week (1 to 13 days back) a week is the
        # middle. "Last month" and "last year" stay unread (``test_dates_forms``): thirty days out would call
        # fresh a page as old as the usual limit.
        ("last week", timedelta(days=7)),
        ("Last week · oleh Admin", timedelta(days=7)),
    ],
)
def test_english_relative_stamps_are_resolved_against_the_check(stamp: str, ago: timedelta) -> None:
    assert read(news_line(stamp)) == [NOW - ago]


@pytest.mark.parametrize(
    "text",
    [
        "Last week the mayor opened a health centre in Bantargebang.",
        "Visitors\nLast Week · 300",
        "Statistik\nToday\n12\nYesterday\n45",
        "Open today, 08.00 - 16.00",
    ],
)
def test_english_relative_words_in_running_text_or_a_counter_are_not_read(text: str) -> None:
    assert read(text) == []


def test_todays_stamp_outside_an_article_is_a_clocks() -> None:
    # As "Hari ini pukul 08.15": outside an article, today and a time is what a top bar prints on every page.
    assert read(news_line("today, 09:15"), clocks=True) == []
    assert read(news_line("yesterday at 14:02"), clocks=True) == [NOW - timedelta(days=1)]


# --- a news list's day and month with a time, no year ---------------------------------------------------


@pytest.mark.parametrize(
    "stamp",
    ["27 Nov, 14:05", "27 Nov 14:05", "27 Nov 14.05", "27 November, 14:05 WIB", "27 Nov pukul 14.05 WIB", "27 Nov"],
)
def test_a_day_and_month_with_a_time_is_read_with_its_year_guessed(stamp: str) -> None:
    text = news_line(stamp)
    assert read(text) == []  # no year: not among the written dates
    assert dates.yearless_dates(text, NOW, NOW) == [day(11, 27)]


def test_a_timed_stamp_takes_its_lists_year_or_else_the_latest_not_ahead() -> None:
    assert dates.yearless_dates("Berita 2025\n27 Nov, 14:05\nJudul berita", NOW, NOW) == [day(11, 27, 2025)]
    # On 2 December, "10 Des" is last year's unless the caller allows an agenda's days ahead.
    assert dates.yearless_dates(news_line("10 Des, 14:05"), NOW, NOW) == [day(12, 10, 2025)]
    assert dates.yearless_dates(news_line("10 Des, 14:05"), NOW, NOW + timedelta(days=15)) == [day(12, 10)]


@pytest.mark.parametrize(
    "text",
    [
        "Jadwal\n09 Pukul 10:00",  # no month: "Pukul" is none
        "DES\n09 Pukul 10:00",
        "Rapat 27 Nov, 14:05 di aula",  # in a sentence, not a stamp's line
        "27 Nov 14:05 - 16:00",  # an agenda's hours
        "Layanan 08.00 - 16.00 WIB",
        "14:05",
    ],
)
def test_a_time_without_a_days_stamp_is_no_yearless_date(text: str) -> None:
    assert dates.yearless_dates(text, NOW, NOW) == []


# --- a Friday's apostrophe and dotted dates --------------------------------------------------------------


@pytest.mark.parametrize(
    "stamp",
    [
        "Jum'at, 27.11.2026",
        "Jum’at, 27.11.2026",
        "JUM'AT, 27.11.2026",
        "Jumat,27.11.2026",
        "27.11.2026 pukul 09.15 WIB",
        "Jum'at, 27.11.2026 | 09.15 WIB",
        "Jum'at, 27.11.26",  # a two-digit year the day's name agrees with
    ],
)
def test_a_dotted_date_with_its_day_and_time_is_read(stamp: str) -> None:
    assert read(news_line(stamp)) == [day(11, 27)]


# --- numbers that are no dates ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Aplikasi v2.11.26",
        "Aplikasi SIPD v2.11.2026",
        "Versi 2.11.2026",
        "Versi: 2.11.2026",
        "ver. 2.11.2026",
        "Build v2026.11.28",
        "Versi 2026.11.28",
        "Telp. (021) 8841-2026",
        "Hubungi 0812-2811-2026",
        "WA 0812 2811 2026",
        "NIP. 19701128 199003 1 002",
        "NIP 200105122026031002",
        "NIK 3275012811260001",
        "Perwal No. 28 Tahun 2026",
        "Peraturan Wali Kota Bekasi Nomor 28 Tahun 2026 tentang Pelayanan Publik",
        "Jam layanan 08:00 - 16:00",
        "Rp 2.811.262",
        "Rp 28.112.026,00",
        "Pagu Rp 26.11.26 juta",
    ],
)
def test_a_number_that_only_looks_like_a_date_stays_unread(text: str) -> None:
    assert read(text) == []
    assert dates.yearless_dates(text, NOW, NOW) == []


def test_a_date_beside_a_version_or_a_regulation_is_still_read() -> None:
    assert read("Perwal No. 28 Tahun 2026 tanggal 28 November 2026") == [day(11, 28)]
    assert read("Server 28.11.2026") == [day(11, 28)]  # "ver" inside a word is no version's
    assert read("Revisi 28.11.2026") == [day(11, 28)]  # a document's revision is its content's


# --- a department's news page, parsed --------------------------------------------------------------------


def department_page(items: list[tuple[str, str]], sidebar: str = "", footer: str = "") -> str:
    """Return a department's home page on a theme of bare ``<div>``s: a top bar with its clock, a menu, news items
    (title, stamp), a sidebar and a footer."""
    news = "".join(
        f'<div class="news-item"><div class="news-title"><a href="/berita/{i}/">{title}</a></div>'
        f'<div class="news-meta"><span class="tgl">{stamp}</span> <span class="oleh">oleh Admin</span></div>'
        '<div class="news-excerpt">Dinas Komunikasi dan Informatika Kota Bekasi terus meningkatkan layanan '
        "informasi publik bagi warga.</div></div>"
        for i, (title, stamp) in enumerate(items)
    )
    return (
        '<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">'
        "<title>Diskominfo Kota Bekasi</title></head><body>"
        '<div class="topbar"><span>Rabu, 2 Des 26 | 10:00 WIB</span> <a href="/login">Masuk</a></div>'
        '<nav class="menu"><a href="/">Beranda</a> <a href="/profil">Profil</a> <a href="/berita">Berita</a> '
        '<a href="/ppid">PPID</a></nav>'
        f'<div class="container"><div class="konten"><h2>Berita Terkini</h2>{news}</div>'
        f'<div class="sidebar"><h3>Kontak</h3><p>Telp. (021) 8841-2026</p><p>WA 0812-2811-2026</p>{sidebar}</div></div>'
        '<div class="footer"><p>Jl. Jend. Ahmad Yani No. 1, Bekasi</p>'
        f"<p>&copy; 2026 Diskominfo Kota Bekasi</p>{footer}</div></body></html>"
    )


def evidence(html: str) -> dict[str, freshness.Evidence]:
    return {e.signal: e for e in freshness.page_evidence(parse_page(html, URL), NOW)}


def test_a_news_list_of_short_forms_is_dated_by_its_newest_item() -> None:
    html = department_page(
        [
            ("Sosialisasi Aplikasi Layanan Kependudukan", "28 Nov 26, 14:05"),
            ("Pelatihan Literasi Digital", "2 mgg lalu"),
            ("Rapat Koordinasi Satu Data", "Jum'at, 20.11.2026"),
            ("Peluncuran Kanal Pengaduan", "3 bln yang lalu"),
        ],
        footer="<p>SIPD v1.12.2026</p>",
    )
    found = evidence(html)["page_date"]
    assert found.when == day(11, 28)  # not the clock of today, nor the version's "1 December"
    assert not found.year_guessed


def test_a_news_list_of_stamps_without_a_year_is_dated_with_its_year_guessed() -> None:
    html = department_page(
        [
            ("Sosialisasi Aplikasi Layanan Kependudukan", "27 Nov, 14:05"),
            ("Pelatihan Literasi Digital", "25 Nov, 09:30"),
            ("Rapat Koordinasi Satu Data", "20 Nov, 13:00"),
        ]
    )
    found = evidence(html)["page_date"]
    assert found.when == day(11, 27)
    assert found.year_guessed
    assert freshness.decide([found], NOW, max_age_days=30).result == "update"
    # A main content unchanged since before that day belies this year's: the badge is last year's.
    assert freshness.decide([found], NOW, 30, unchanged_since=day(6, 1)).result == "tidak_update"


def test_a_stale_page_is_not_freshened_by_numbers_that_look_like_dates() -> None:
    html = department_page(
        [
            ("Peraturan Wali Kota Nomor 1 Tahun 2026", "12 Mei 26"),
            ("Pengumuman Seleksi Terbuka", "Selasa, 05.05.2026"),
        ],
        sidebar=(
            "<h3>Regulasi</h3><p>Perwal No. 28 Tahun 2026</p><p>Kepala Dinas</p>"
            "<p>NIP. 19701201 202612 1 002</p><p>Retribusi Rp 1.122.026</p><p>Layanan 08.00 - 16.00 WIB</p>"
        ),
        footer="<p>Aplikasi v1.12.2026</p><p>Versi 2026.12.01</p>",
    )
    found = evidence(html)["page_date"]
    assert found.when == day(5, 12)
    assert freshness.decide([found], NOW, max_age_days=30).result == "tidak_update"
