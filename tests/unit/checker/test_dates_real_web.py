"""Dates as Bekasi department sites print them (WordPress, Joomla, CodeIgniter/Laravel CMSs,
Blogspot), read both ways: a content date is read, and what only looks like one (a clock, a
"Terakhir diperbarui" line the site prints with the day it is shown, a visitor counter, a Hijri
date, an agenda far ahead) is not evidence of content kept up to date.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from pantau_checker.core import dates, freshness
from pantau_checker.core.page import parse_page

# Wednesday 2 December 2026, 10:00 in Bekasi (WIB, UTC+7).
NOW = datetime(2026, 12, 2, 3, 0, tzinfo=UTC)
TODAY = datetime(2026, 12, 2, tzinfo=UTC)
STALE = "<div class=berita><p><a href=/b/1>Rapat koordinasi stunting</a> 3 Mei 2026</p></div>"


def day(month: int, number: int, year: int = 2026) -> datetime:
    return datetime(year, month, number, tzinfo=UTC)


def evidence(inner: str) -> dict[str, datetime]:
    """Return the evidence a page with ``inner`` as its body gives, as {signal: date}."""
    return {e.signal: e.when for e in page_evidence(inner)}


def page_evidence(inner: str) -> list[freshness.Evidence]:
    html = f"<!doctype html><html><head><title>Dinas Kesehatan</title></head><body>{inner}</body></html>"
    return freshness.page_evidence(parse_page(html, "https://dinkes.bekasikota.go.id/"), NOW)


# --- dates as they are printed ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("Rabu, 2 Desember 2026", TODAY),
        ("02 Des 2026", TODAY),
        ("2 Des. 2026", TODAY),
        ("02 DES 2026", TODAY),
        ("Desember 2, 2026", TODAY),
        ("Desember 02, 2026", TODAY),
        ("02/12/2026", TODAY),  # day first in Indonesia
        ("2-12-2026", TODAY),
        ("2/12/2026 08:15", TODAY),
        ("2026-12-02 08:15:00", TODAY),
        ("2026/12/02", TODAY),
        ("02.12.2026", TODAY),
        ("Dec 2nd, 2026", TODAY),
        ("Wednesday, December 2nd, 2026", TODAY),
        ("2nd December 2026", TODAY),
        ("Rabu, 2 Desember 2026 | 08:15 WIB", TODAY),
        ("02 Desember 2026, 08.15 WIB", TODAY),
        ("Diposting pada 1 Desember 2026 oleh Admin", day(12, 1)),
        ("Diperbarui: 30/11/2026", day(11, 30)),
        ("Selasa, 01 Desember 2026", day(12, 1)),  # Blogspot's date header
        ("Ditulis oleh Administrator Dipublikasikan: 01 Desember 2026", day(12, 1)),  # Joomla
        ("Jum'at, 27 November 2026", day(11, 27)),
        ("03/04/2026", day(4, 3)),  # ambiguous: day first
        ("1 Agt 2026", day(8, 1)),
        ("1 Agus 2026", day(8, 1)),
        ("1 Sept 2026", day(9, 1)),
        ("1 Sept. 2026", day(9, 1)),
        ("1 Nop 2026", day(11, 1)),
        ("1 Nopember 2026", day(11, 1)),
        ("1 Pebruari 2026", day(2, 1)),
        ("1 Febuari 2026", day(2, 1)),  # a misspelling department sites print
        ("17 Jumadil Akhir 1448 H / 2 Desember 2026", TODAY),
        ("2 Desember 2026 M / 17 Jumadil Akhir 1448 H", TODAY),
    ],
)
def test_a_date_as_a_department_site_prints_it_is_read(text: str, when: datetime) -> None:
    assert dates.dates_in_text(text) == [when]


@pytest.mark.parametrize(
    "text",
    [
        "Rabu, 17 Jumadil Akhir 1448 H",  # Hijri: no Gregorian date in it
        "1 Muharram 1448 H",
        "02/12/26",  # two-digit years are not read: mostly numbers that are no dates
        "Nomor: 800/12/26/Dinkes",
        "RT 01/02/03",
        "Desember 2026",  # an archive's month: no day
        "Tahun Anggaran 2026",
        "NIP. 19780512 200312 1 002",
        "Telp. (021) 8841-2026",
    ],
)
def test_what_is_no_gregorian_date_with_a_day_is_not_read(text: str) -> None:
    assert dates.dates_in_text(text) == []


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("1–3 Desember 2026", day(12, 1), day(12, 3)),
        ("1-3 Desember 2026", day(12, 1), day(12, 3)),
        ("1 - 3 Desember 2026", day(12, 1), day(12, 3)),
        ("1 s.d. 3 Desember 2026", day(12, 1), day(12, 3)),
        ("1 s/d 3 Desember 2026", day(12, 1), day(12, 3)),
        ("1 sampai 3 Desember 2026", day(12, 1), day(12, 3)),
        ("28 November – 5 Desember 2026", day(11, 28), day(12, 5)),
        ("28 Nov. - 5 Des. 2026", day(11, 28), day(12, 5)),
        ("28 Desember – 3 Januari 2027", day(12, 28), day(1, 3, 2027)),
        ("Pameran UMKM, Senin–Rabu, 30 November–2 Desember 2026", day(11, 30), day(12, 2)),
    ],
)
def test_an_event_range_gives_its_first_day_and_its_last(text: str, first: datetime, last: datetime) -> None:
    assert sorted(dates.dates_in_text(text)) == [first, last]


@pytest.mark.parametrize(
    "text",
    [
        "Kelas 5 - 3 Desember 2026",  # a "first" day after the last is no range
        "Dilihat 30 -\n3 Desember 2026",  # a dash that ends the line before
        "Pukul 09.00 - 3 Desember 2026",
    ],
)
def test_a_number_and_a_dash_before_a_date_that_make_no_range_leave_the_date_alone(text: str) -> None:
    assert dates.dates_in_text(text) == [day(12, 3)]


# --- relative dates ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "ago"),
    [
        ("1 minggu yang lalu", timedelta(days=7)),
        ("sebulan lalu", timedelta(days=45)),  # the middle of Carbon's 30 to 59 days
        ("5 menit lalu", timedelta(minutes=5)),
        ("an hour ago", timedelta(hours=1)),
        ("10 menit yg lalu", timedelta(minutes=10)),
        ("2 hari yg. lalu", timedelta(days=2)),
        ("baru saja", timedelta(0)),
        ("Diposting baru saja", timedelta(0)),
        ("Just now", timedelta(0)),
        ("Posted just now by Admin", timedelta(0)),
        ("beberapa saat yang lalu", timedelta(minutes=1)),
        ("sesaat lalu", timedelta(minutes=1)),
        ("moments ago", timedelta(minutes=1)),
        ("a few moments ago", timedelta(minutes=1)),
        ("Kemarin\n08.15", timedelta(days=1)),  # the time in a cell of its own
        ("Kemarin\n120 kali dilihat", timedelta(days=1)),
        # With the part of the day, before or after its time.
        ("Diposting kemarin sore", timedelta(days=1)),
        ("kemarin pagi pukul 08.15", timedelta(days=1)),
        ("Kemarin, 16.10 WIB sore", timedelta(days=1)),
        ("yesterday morning", timedelta(days=1)),
        ("Diposting tadi pagi oleh Admin", timedelta(0)),
        ("tadi siang", timedelta(0)),
        ("tadi malam", timedelta(hours=12)),
        ("semalam", timedelta(hours=12)),
        ("Diposting semalam oleh Admin", timedelta(hours=12)),
    ],
)
def test_a_relative_date_is_read(text: str, ago: timedelta) -> None:
    assert dates.relative_dates(text, NOW) == [NOW - ago]


@pytest.mark.parametrize(
    "text",
    [
        "Wali Kota baru saja meresmikan puskesmas di Bantargebang.",
        "The mayor has just now opened the new health centre in Bantargebang.",
        "Pada saat lalu lintas padat, petugas berjaga.",
        # A visitor counter's rows, one cell a line, as lexbor gives a table's text.
        "Statistik Pengunjung\nHari ini\n12\nKemarin\n45\nMinggu ini\n300",
        "Kemarin\n \n1.204",
        "Kemarin : 45",
        "hari ini",  # a counter's label as often as an item's date
        "Kemarin sore, Wali Kota meresmikan jembatan di Jatiasih.",  # news of an event, not an item's date
        "Tadi pagi Wali Kota meninjau banjir di Jatiasih dan berjanji memperbaiki tanggul.",
        "kemarin malam hujan deras",
        "Hujan deras semalam membuat sejumlah ruas jalan di Bekasi Timur tergenang.",  # news of the night before
        "Petugas berjaga semalaman di posko banjir.",
    ],
)
def test_a_relative_word_that_dates_no_item_is_not_read(text: str) -> None:
    assert dates.relative_dates(text, NOW) == []


# --- today's date that the site prints on every page ----------------------------------------------


@pytest.mark.parametrize(
    "widget",
    [
        # A static site's footer in a <div>, which the page's zoning does not know for a footer.
        "<div class=footer><p>Terakhir diperbarui: Rabu, 2 Desember 2026</p></div>",
        "<div id=kaki>Update terakhir: 02/12/2026</div>",
        "<div class=header-top><span>Hari ini: Rabu, 02 Desember 2026</span></div>",
        "<div class=header-top><span>Selamat Datang | Rabu, 02 Desember 2026</span></div>",
        "<div class=tgl>Rabu, 02 Desember 2026</div>",  # a top bar's date, alone
        "<div class=widget><h3>Info</h3><ul><li>Pengunjung: 123</li><li>Tanggal: 02-12-2026</li></ul></div>",
        "<div class=widget><h3>Jadwal Sholat</h3><p>Rabu, 2 Desember 2026 / 17 Jumadil Akhir 1448 H</p></div>",
        "<div class=widget><p>Rabu, 2 Desember 2026 M | 17 Jumadil Akhir 1448 H</p><p>Subuh 04:07</p></div>",
        # A prayer times widget under the city's name, its times in a table or a list below.
        "<div class=widget><h3>Jadwal Sholat</h3><p>Bekasi, 2 Desember 2026</p><ul><li>Subuh 04:05</li></ul></div>",
        "<div class=sholat><p>Kota Bekasi, 02/12/2026</p><table><tr><td>Imsak</td><td>03:55</td></tr></table></div>",
        "<marquee>Selamat datang di website Dinas Kesehatan Kota Bekasi. Hari ini Rabu, 2 Desember 2026</marquee>",
        # A running text of the server's date without a word for today, below the header; as a class names one.
        "<div class=content-top><marquee scrollamount=4>Selamat datang di website resmi Dinas Kesehatan Kota Bekasi"
        " | Rabu, 2 Desember 2026</marquee></div>",
    ],
)
def test_todays_date_the_site_prints_on_every_page_is_not_evidence(widget: str) -> None:
    assert evidence(widget + STALE) == {"page_date": day(5, 3)}


@pytest.mark.parametrize(
    "widget",
    [
        "<div class=footer><p>Terakhir diperbarui: Senin, 30 November 2026</p></div>",  # written by hand
        "<div class=tgl>Senin, 30 November 2026</div>",
        "<div class=widget><h3>Berita Terbaru</h3><ul><li><a href=/b/2>Rapat</a> <span>30 Nov 2026</span></li></ul>",
    ],
)
def test_a_date_before_today_in_the_same_places_is_evidence(widget: str) -> None:
    assert evidence(widget + STALE) == {"page_date": day(11, 30)}


@pytest.mark.parametrize(
    "rows",
    [
        "<tr><td>Hari ini</td><td>12</td></tr><tr><td>Kemarin</td><td>45</td></tr>"
        "<tr><td>Bulan ini</td><td>1.204</td></tr>",
        # A middle cell of a colon, as many themes print the table.
        "<tr><td>Hari Ini</td><td>:</td><td>57</td></tr><tr><td>Kemarin</td><td>:</td><td>211</td></tr>"
        "<tr><td>Online</td><td>:</td><td>3</td></tr>",
    ],
)
def test_a_visitor_counters_kemarin_row_is_not_evidence(rows: str) -> None:
    counter = f"<div class=widget><h3>Statistik Pengunjung</h3><table>{rows}</table></div>"
    assert evidence(counter + STALE) == {"page_date": day(5, 3)}


def test_a_post_of_today_in_an_article_is_evidence() -> None:
    post = (
        "<main><article><h2>Rapat</h2><div class=entry-meta>Rabu, 2 Desember 2026</div><p>Isi.</p></article>"
        "</main><div class=footer>Terakhir diperbarui: Rabu, 2 Desember 2026</div>"
    )
    assert evidence(post) == {"page_date": TODAY}


@pytest.mark.parametrize(
    "news",
    [
        "<div class=berita><p>Rapat koordinasi stunting digelar 2 Desember 2026 di Aula Dinkes.</p></div>",
        "<div class=berita><p>Berita 02/12/2026</p></div>",
        "<div class=berita><p><a href=/b/2>Rapat koordinasi</a> (Rabu, 2 Desember 2026)</p></div>",
    ],
)
def test_a_date_of_today_among_words_outside_an_article_is_evidence(news: str) -> None:
    assert evidence(news + STALE) == {"page_date": TODAY}


# --- markup of the common CMSs ----------------------------------------------------------------------


def test_a_wordpress_entry_date_outside_an_article_is_read_from_its_text_and_its_datetime() -> None:
    post = (
        '<div class=post><h2 class=entry-title>Rapat</h2><span class=posted-on><time class="entry-date published" '
        'datetime="2026-11-30T08:15:00+07:00">30 November 2026</time><time class=updated '
        'datetime="2026-12-01T09:00:00+07:00">1 Desember 2026</time></span></div>'
    )
    assert evidence(post) == {"page_date": day(12, 1)}


def test_a_joomla_article_info_is_read() -> None:
    item = (
        '<div class="com-content-article item-page"><dl class=article-info><dd class=createdby>Ditulis oleh '
        'Administrator</dd><dd class=published><time datetime="2026-11-30T09:00:00+07:00">Dipublikasikan: '
        "30 November 2026</time></dd><dd class=hits>Dilihat: 120</dd></dl><p>Isi.</p></div>"
    )
    assert evidence(item) == {"page_date": day(11, 30)}


def test_a_blogspot_date_header_is_read_and_its_archive_years_are_not() -> None:
    blog = (
        "<div class=date-outer><h2 class=date-header><span>Selasa, 01 Desember 2026</span></h2>"
        "<div class=post-outer><h3>Posyandu</h3><div class=post-footer>Diposting oleh Admin di 08.00</div></div></div>"
        "<div class=widget><h2>Arsip Blog</h2><ul><li>► 2026 (12)</li><li>▼ Desember (3)</li></ul></div>"
    )
    assert evidence(blog) == {"page_date": day(12, 1)}


# --- dates ahead: an agenda ----------------------------------------------------------------------------


def test_an_agenda_of_next_week_dates_the_page_to_the_earliest_day_it_was_written() -> None:
    agenda = (
        "<div class=agenda><h3>Agenda Kegiatan</h3><ul><li>Rabu, 9 Desember 2026 – Rapat evaluasi</li>"
        "<li>Selasa, 15 Desember 2026 – Sosialisasi SPBE</li></ul></div>"
    )
    (found,) = page_evidence(agenda + STALE)
    assert (found.signal, found.when) == ("page_date", day(12, 1))
    assert found.detail == "tanggal mendatang di halaman 2026-12-15, ditulis paling cepat 2026-12-01"
    decided = freshness.decide([found], NOW, 30)
    assert decided.result == "update"
    assert decided.detail.endswith("; umur 1 hari, batas 30 hari")


@pytest.mark.parametrize(
    "ahead",
    [
        "<div class=pengumuman>Pendaftaran dibuka 10 Januari 2028</div>",
        "<div class=pengumuman>Sertifikat ISO 9001 berlaku sampai 31 Desember 2029</div>",
        "<div class=agenda><ul><li>HUT Kota Bekasi, 10 Maret 2027</li></ul></div>",
    ],
)
def test_a_date_far_ahead_does_not_make_a_stale_page_fresh(ahead: str) -> None:
    found = page_evidence(ahead + STALE)
    assert [(e.signal, e.when) for e in found] == [("page_date", day(5, 3))]
    assert freshness.decide(found, NOW, 30).result == "tidak_update"


def test_a_page_whose_only_date_is_far_ahead_has_no_evidence() -> None:
    assert evidence("<div class=pengumuman>Pendaftaran dibuka 10 Januari 2028</div>") == {}


def test_a_recent_past_date_beats_the_earliest_day_an_agenda_was_written() -> None:
    page = (
        "<div class=agenda>Rabu, 9 Desember 2026 – Rapat evaluasi</div><div class=berita>Rapat, 30 November 2026</div>"
    )
    assert evidence(page) == {"page_date": day(11, 30)}


def test_an_event_under_way_dates_the_page_by_its_first_day() -> None:
    agenda = "<div class=agenda><ul><li>Pameran Kesehatan, 28 November – 12 Desember 2026</li></ul></div>"
    assert evidence(agenda) == {"page_date": day(11, 28)}


def test_the_next_utc_day_is_a_clocks_in_the_evening_only() -> None:
    # At 20:00 UTC it is already 3 December in Bekasi: a top bar shows that day.
    evening = datetime(2026, 12, 2, 20, 0, tzinfo=UTC)
    bar = "<div class=tgl>Kamis, 3 Desember 2026</div>"
    assert freshness.page_evidence(parse_page(f"<body>{bar}{STALE}</body>", "/"), evening)[0].when == day(5, 3)
    # At 10:00 in Bekasi it is tomorrow's: an item of tomorrow's agenda, written at the earliest two weeks before.
    assert evidence(bar + STALE) == {"page_date": day(11, 19)}
