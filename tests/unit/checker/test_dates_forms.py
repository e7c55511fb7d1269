"""Date forms Indonesian government sites print that the reader got wrong: a day and a month glued
to the year ("Selasa,1Desember2026"), odd commas ("30 Nov , 2026"), a formal date's words ("tanggal
30 bulan November tahun 2026"), "Mrt"; "kemarin" after a week, a month or an amount ("minggu
kemarin" is last week, "bulan kemarin" no yesterday), "pekan lalu", Moment's "Last Monday at 2:30
PM"; and, outside the articles, what only looks like content: a visitor counter's "Minggu Lalu"
row, a calendar widget's caption after a counter's number, today's date with its era ("M"), a
Hijri day without its "H", a greeting, or a time after a slash.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from pantau_testing import HOSTILE_BUDGET_S

from pantau_checker.core import dates, freshness
from pantau_checker.core.page import parse_page

# Wednesday 2 December 2026, 10:00 in Bekasi (WIB, UTC+7).
NOW = datetime(2026, 12, 2, 3, 0, tzinfo=UTC)
STALE = "<div class=berita><h3><a href=/b/1>Rapat koordinasi stunting</a></h3><p>12 Mei 2026</p></div>"


def day(month: int, number: int, year: int = 2026) -> datetime:
    return datetime(year, month, number, tzinfo=UTC)


def news_line(stamp: str) -> str:
    """Return the text of a news list around one item's stamp, one text node a line, as the page gives it."""
    return (
        "Berita Terbaru\nPosyandu Balita Serentak di Kecamatan Bekasi Timur\n"
        f"{stamp}\nDinas Kesehatan Kota Bekasi menggelar posyandu serentak di seluruh kelurahan."
    )


def best(inner: str) -> freshness.Evidence:
    """Return the newest evidence of a page whose body is ``inner``."""
    html = f"<!doctype html><html><head><title>Dinas Kesehatan</title></head><body>{inner}</body></html>"
    return max(freshness.page_evidence(parse_page(html, "https://dinkes.bekasikota.go.id/"), NOW), key=lambda e: e.when)


# --- written dates: glued, odd commas, a formal date's words ------------------------------------------


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("30Nov2026", day(11, 30)),  # a <time> whose spaces the theme's CSS puts in
        ("Selasa,1Desember2026", day(12, 1)),
        ("Diposting: 27Nov 2026", day(11, 27)),
        ("30 Nov , 2026", day(11, 30)),
        ("Nov 30 , 2026", day(11, 30)),
        ("Nov 30,2026", day(11, 30)),
        ("30th of November 2026", day(11, 30)),
        ("tanggal 30 bulan November tahun 2026", day(11, 30)),
        ("Pada hari Senin tanggal 30 bulan November tahun 2026 bertempat di Aula Dinas", day(11, 30)),
        ("30 November Tahun 2026", day(11, 30)),
        ("Bekasi, 30 Mrt 2026", day(3, 30)),
    ],
)
def test_a_date_written_oddly_is_read(text: str, when: datetime) -> None:
    assert dates.dates_in_text(text) == [when]


@pytest.mark.parametrize(
    "text",
    [
        "SK12Des2026",  # a code's number glued to the month: the day does not start its word
        "No. Reg ABC30Nov2026",
        "Perda No. 12 Tahun 2026",
        "Peraturan Wali Kota Bekasi Nomor 30 Tahun 2026",
        "NIP. 197305121998031002",
        "NIP 200105122026031002",
        "Telp. (021) 8839-2026",
        "Rp 30.112.026",
        "Pengunjung: 2.026.113",
        "Tanggal lahir: dd/mm/yyyy",
        "Jam Layanan: Senin - Kamis 08.00 - 15.00 WIB, Jumat 08.00 - 15.30 WIB",
    ],
)
def test_a_number_that_only_looks_like_a_date_is_not_read(text: str) -> None:
    assert dates.content_dates(text, NOW) == []


def test_a_calendar_badge_split_over_elements_is_still_read() -> None:
    assert dates.content_dates("Agenda\n30\nNov\n2026\nRapat Koordinasi Stunting", NOW, clocks=True) == [day(11, 30)]


# --- relative: "kemarin" after a week, a month, an amount; last week; Moment's "Last Monday" -----------


@pytest.mark.parametrize(
    ("stamp", "ago"),
    [
        ("minggu kemarin", timedelta(days=7)),
        ("Diposting minggu kemarin oleh Admin", timedelta(days=7)),
        ("pekan kemarin", timedelta(days=7)),
        ("pekan lalu", timedelta(days=7)),
        ("Diposting pekan lalu oleh Admin", timedelta(days=7)),
        ("3 hari kemarin", timedelta(days=3)),
        ("Senin kemarin", timedelta(days=2)),  # last Monday, not yesterday
        ("last week", timedelta(days=7)),
        ("Last Monday at 2:30 PM", timedelta(days=2)),  # Moment's calendar in English
        ("Last Sunday at 9:00 AM · Admin", timedelta(days=3)),
        ("last wednesday", timedelta(days=7)),
        ("Senin lalu · 120 kali dibaca", timedelta(days=2)),
    ],
)
def test_a_stamp_of_last_week_is_read_no_fresher_than_it_is(stamp: str, ago: timedelta) -> None:
    assert dates.content_dates(news_line(stamp), NOW) == [NOW - ago]


@pytest.mark.parametrize(
    "stamp",
    [
        # "Bulan kemarin" and "tahun kemarin" are no yesterday; a month or a year is too vague to read.
        "Diposting bulan kemarin",
        "tahun kemarin",
        "bulan lalu",
        "Diposting tahun lalu",
        "last month",
        "Last updated on Monday",
        "Last week the mayor opened a health centre in Bantargebang.",
    ],
)
def test_a_vague_or_running_last_month_dates_nothing(stamp: str) -> None:
    assert dates.content_dates(news_line(stamp), NOW) == []


@pytest.mark.parametrize(
    "counter",
    [
        # A visitor counter's rows, one cell a line, as lexbor gives a table's or a list's text.
        "Statistik Pengunjung\nMinggu Lalu\n \n2.304\nBulan Lalu\n \n10.221",
        "Statistik\nMinggu Lalu\n: 2.304",
        "Statistik Pengunjung\nMinggu lalu · 2.304",
        "Statistik Pengunjung\nHari ini\n3\nMinggu Lalu\n2.304",  # no "3 minggu lalu"
        "Statistik Pengunjung\nKemarin\n2\nBulan Lalu\n\n1.204",
        "Statistik\nPekan Lalu\n300",
        "Visitors\nLast Week\n300",
        "Visitors\nLast Week | 300",
    ],
)
def test_a_visitor_counters_last_week_row_dates_nothing(counter: str) -> None:
    assert dates.content_dates(counter, NOW, clocks=True) == []


@pytest.mark.parametrize(
    "stamp", ["3 hari yang lalu\n \n120", "3\nhari yang lalu", "Diposting 3 hari yang lalu\n120 kali dilihat"]
)
def test_a_time_ago_beside_its_views_or_its_number_apart_is_still_read(stamp: str) -> None:
    assert dates.content_dates(news_line(stamp), NOW) == [NOW - timedelta(days=3)]


def test_a_kemarin_after_a_weekday_on_the_line_before_is_yesterday() -> None:
    text = "Jadwal Posyandu Hari Senin\nKemarin pukul 14.20"
    assert dates.content_dates(text, NOW) == [NOW - timedelta(days=1)]


# --- outside the articles: a calendar's caption, today's date as a widget prints it --------------------


@pytest.mark.parametrize(
    "widgets",
    [
        "Statistik\nHari ini: 12\nOnline: 1\nDesember 2026\nS\nS\nR\nK\nJ\nS\nM\n1\n2\n3",
        "Pengunjung Online\n1\nDesember\n2026\nSen\nSel\nRab\nKam\nJum\nSab\nMin",
        "Visitors online\n1\nDecember 2026\nM\nT\nW\nT\nF\nS\nS",
    ],
)
def test_a_calendar_caption_after_a_counters_number_is_no_date(widgets: str) -> None:
    assert dates.content_dates(widgets, NOW, clocks=True) == []


@pytest.mark.parametrize(
    "top_bar",
    [
        "Rabu, 2 Desember 2026 M",
        "Rabu, 2 Desember 2026 Masehi",
        "Rabu, 2 Desember 2026 / 10:15 WIB",
        "Rabu, 2 Desember 2026 — 10:15 WITA",
        "Rabu, 2 Desember 2026 [10:15:32]",
        "10:15:32 / Rabu, 2 Desember 2026",
        "Rabu, 2 Desember 2026 - 17 Jumadil Akhir 1448",
        "Rabu, 17 Jumadil Akhir 1448 / 2 Desember 2026",
        "Rabu, 2 Desember 2026 | Selamat Datang",
        "Bekasi, Rabu 2 Desember 2026",  # a dateline's place
        "Kota Bekasi, 02 Desember 2026",
        "Rabu, 02 Desember 2026 - Selamat Datang di Website Resmi Dinas Kesehatan Kota Bekasi",
    ],
)
def test_todays_date_as_a_top_bar_prints_it_is_a_clock(top_bar: str) -> None:
    text = f"Beranda\n{top_bar}\nLayanan Pengaduan"
    assert dates.content_dates(text, NOW, clocks=True) == []
    assert dates.content_dates(text, NOW) == [day(12, 2)]  # in an article, a post of today


@pytest.mark.parametrize(
    "line",
    ["Senin, 30 November 2026 M", "Senin, 30 November 2026 / 10:15 WIB", "Senin, 30 November 2026 | Selamat Datang"],
)
def test_another_days_date_beside_a_clocks_marks_is_content(line: str) -> None:
    assert dates.content_dates(f"Beranda\n{line}\nLayanan Pengaduan", NOW, clocks=True) == [day(11, 30)]


def test_todays_dateline_before_its_news_is_content() -> None:
    text = "Beranda\nBekasi, 2 Desember 2026 – Wali Kota Bekasi meresmikan Puskesmas Rawat Inap.\nLayanan"
    assert dates.content_dates(text, NOW, clocks=True) == [day(12, 2)]


# --- whole pages -------------------------------------------------------------------------------------------


CALENDAR = (
    '<section class="widget widget_calendar"><table id="wp-calendar"><caption>Desember 2026</caption><thead><tr>'
    + "".join(f'<th scope="col">{d}</th>' for d in "SSRKJSM")
    + "</tr></thead><tbody><tr><td>1</td><td>2</td><td>3</td></tr></tbody></table></section>"
)


@pytest.mark.parametrize(
    "sidebar",
    [
        pytest.param(
            '<section class="widget"><h3>Statistik Pengunjung</h3><ul><li><span>Minggu Lalu</span> <span>2.304</span>'
            "</li><li><span>Bulan Lalu</span> <span>10.221</span></li></ul></section>",
            id="counter-last-week-row",
        ),
        pytest.param(
            '<section class="widget"><h3>Statistik</h3><ul><li>Hari ini: 12</li><li>Online: 1</li></ul></section>'
            + CALENDAR,
            id="calendar-after-online-count",
        ),
        pytest.param(
            '<div class="info"><span>Beranda</span><span>Rabu, 2 Desember 2026 M</span></div>', id="today-with-era"
        ),
    ],
)
def test_a_stale_pages_widgets_do_not_date_it(sidebar: str) -> None:
    found = best(f'<div class="konten">{STALE}</div><aside class="sidebar">{sidebar}</aside>')
    assert found.when == day(5, 12)


def test_a_blog_of_glued_dates_is_dated_by_its_newest() -> None:
    posts = "".join(
        f'<div class="post"><time class="entry-date">{when}</time><h4>Posyandu {i}</h4></div>'
        for i, when in enumerate(("1Des2026", "30Nov2026", "12Mei2026"))
    )
    assert best(posts).when == day(12, 1)


# --- cost ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "unit",
    [
        "Selasa,1Desember2026 ",
        "30 bulan November tahun 2026\n",
        "minggu kemarin x ",
        "last week" + " " * 200 + "| x\n",
        "Online\n1\nDesember 2026\nS\nS\n",
        "Rabu, 2 Desember 2026 M / 17 Jumadil Akhir\n",
        "Bekasi, Rabu 2 Desember 2026\n",
    ],
)
@pytest.mark.timeout(HOSTILE_BUDGET_S)
def test_a_megabyte_of_near_dates_is_read_quickly(unit: str) -> None:
    dates.content_dates(unit * (1_000_000 // len(unit)), NOW, clocks=True)
