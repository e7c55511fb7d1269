"""Relative and abbreviated dates as department sites' themes really print them: in capitals
("2 JAM YANG LALU"), with a byline on their line ("Diposting 3 hari yang lalu oleh Admin"),
Laravel Carbon's calendar stamps ("Hari ini pukul 08.15", "Kemarin, 14:20"), a month's name
between slashes ("28/Nov/2026"), and day names and time zones around them. Read both ways: each
is resolved against the time of the check, and a clock, a copyright line, a form's placeholder or a
calendar widget still dates nothing.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from pantau_checker.core import dates, freshness
from pantau_checker.core.page import parse_page

# Wednesday 2 December 2026, 10:00 in Bekasi (WIB, UTC+7).
NOW = datetime(2026, 12, 2, 3, 0, tzinfo=UTC)
URL = "https://dinkes.bekasikota.go.id/"


def day(month: int, number: int, year: int = 2026) -> datetime:
    return datetime(year, month, number, tzinfo=UTC)


def news_line(stamp: str) -> str:
    """Return the text of a news list around one item's stamp, one text node a line, as the page gives it."""
    return (
        "Berita Terkini\nRapat Koordinasi Penanganan Stunting Tingkat Kota\n"
        f"{stamp}\nPemerintah Kota Bekasi melalui Dinas Kesehatan terus berupaya meningkatkan mutu pelayanan."
    )


def department_page(news: str, top_bar: str = "Rabu, 2 Desember 2026", sidebar: str = "") -> str:
    """Return a department's home page: a top bar, a menu, ``news``, a sidebar and a footer."""
    menu = "".join(
        f'<li class="menu-item"><a href="/{slug}/">{name}</a></li>'
        for slug, name in (("", "Beranda"), ("profil", "Profil"), ("layanan", "Layanan"), ("ppid", "PPID"))
    )
    return (
        '<!DOCTYPE html><html lang="id"><head><meta charset="UTF-8"><title>Dinas Kesehatan Kota Bekasi</title>'
        '<meta name="generator" content="WordPress 6.4.3"></head><body>'
        f'<div class="header-top"><div class="container"><span class="tgl">{top_bar}</span>'
        '<span class="kontak">Call Center 112</span></div></div>'
        f'<header class="site-header"><nav class="main-nav"><ul class="menu">{menu}</ul></nav></header>'
        f'<div class="container content-wrap"><div class="col-md-8"><h2 class="section-title">Berita Terkini</h2>'
        f'{news}</div><aside class="sidebar">{sidebar}<section class="widget"><h3>Tautan</h3><ul>'
        '<li><a href="https://www.bekasikota.go.id/">Pemerintah Kota Bekasi</a></li></ul></section></aside></div>'
        '<footer class="site-footer"><p>Jl. Jend. Ahmad Yani No. 1, Bekasi</p>'
        "<p>&copy; 2026 Dinas Kesehatan Kota Bekasi. Hak Cipta Dilindungi.</p></footer></body></html>"
    )


def news_items(stamps: list[str], tag: str = "article") -> str:
    """Return a theme's news items, each with its whole meta line (``stamps``) in one element."""
    return "".join(
        f'<{tag} class="post-item"><h3 class="post-title"><a href="/berita-{i}/">{title}</a></h3>'
        f'<div class="post-meta">{stamp}</div><p>Dinas Kesehatan Kota Bekasi menggelar kegiatan bersama '
        f"puskesmas se-Kota Bekasi.</p></{tag}>"
        for i, (stamp, title) in enumerate(
            zip(stamps, ("Rapat Koordinasi Stunting", "Posyandu Balita", "Vaksinasi Gratis"), strict=False)
        )
    )


def page_date(html: str, now: datetime = NOW) -> datetime | None:
    """Return the date the page's own dates give it (the ``page_date`` evidence), if any."""
    found = [e.when for e in freshness.page_evidence(parse_page(html, URL), now) if e.signal == "page_date"]
    return found[0] if found else None


# --- relative dates in capitals ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("stamp", "ago"),
    [
        ("3 Hari yang lalu", timedelta(days=3)),
        ("3 Hari Yang Lalu", timedelta(days=3)),
        ("2 JAM YANG LALU", timedelta(hours=2)),
        ("5 MENIT LALU", timedelta(minutes=5)),
        ("Kemarin", timedelta(days=1)),
        ("2 Days Ago", timedelta(days=2)),
    ],
)
def test_a_relative_date_in_capitals_is_read(stamp: str, ago: timedelta) -> None:
    assert dates.relative_dates(news_line(stamp), NOW) == [NOW - ago]


# --- relative dates with a byline on their line -------------------------------------------------------


@pytest.mark.parametrize(
    ("stamp", "ago"),
    [
        ("Diposting 3 hari yang lalu oleh Admin", timedelta(days=3)),
        ("3 hari yang lalu · 120 kali dibaca", timedelta(days=3)),
        ("oleh Humas | 2 jam yang lalu | Berita", timedelta(hours=2)),
        ("2 JAM YANG LALU • Humas Dinkes", timedelta(hours=2)),
        ("Posted 2 days ago by Admin", timedelta(days=2)),
        ("5 menit yang lalu - Admin", timedelta(minutes=5)),
    ],
)
def test_a_relative_date_with_a_byline_on_its_line_is_read(stamp: str, ago: timedelta) -> None:
    assert dates.relative_dates(news_line(stamp), NOW) == [NOW - ago]


@pytest.mark.parametrize(
    "text",
    [
        # An event told in an excerpt: the words after the phrase go on as a sentence.
        "Seperti diberitakan 3 hari yang lalu oleh media lokal, Dinas Kesehatan menggelar vaksinasi massal.",
        "Bantuan diserahkan 3 hari yang lalu oleh Wali Kota Bekasi kepada warga terdampak banjir di Bekasi Timur.",
        "Bantuan diserahkan 3 hari yang lalu oleh Wali Kota.",
        "Banjir 2 hari yang lalu | warga Kecamatan Bekasi Timur mengungsi ke balai warga dan masjid terdekat",
        "Kemarin · 45",  # a visitor counter's row
    ],
)
def test_a_relative_date_in_running_text_or_a_counters_row_is_not_read(text: str) -> None:
    assert dates.relative_dates(text, NOW) == []


@pytest.mark.parametrize(
    "counter",
    [
        # A visitor counter's table as the themes print it: label, colon, count, a cell each.
        "Statistik Pengunjung\nHari Ini\n:\n57\nKemarin\n:\n211\nOnline\n:\n3",
        "Hari ini\n: 57\nKemarin\n: 1.211",
        "Kemarin\n211 pengunjung",
        "Kemarin\n= 1,204 visits",
    ],
)
def test_yesterday_as_a_counters_label_before_its_count_is_not_read(counter: str) -> None:
    assert dates.content_dates(counter, NOW, clocks=True) == []
    # An announcement dated so in a sidebar list is: a date, not a label.
    assert dates.content_dates(f"Jadwal Posyandu Desember\nKemarin\n{counter}", NOW, clocks=True) == [
        NOW - timedelta(days=1)
    ]


# --- today and yesterday with a time: Carbon's calendar() --------------------------------------------


@pytest.mark.parametrize(
    ("stamp", "ago"),
    [
        ("Hari ini, 08:15", timedelta(0)),
        ("hari ini pukul 08.15 WIB", timedelta(0)),
        ("Kemarin, 14:20", timedelta(days=1)),
        ("Kemarin pukul 14.20", timedelta(days=1)),
        ("Kemarin, 14.20 WITA", timedelta(days=1)),
        ("hari ini pukul 08.15 WIT", timedelta(0)),
        # Moment's and Carbon's calendar in English.
        ("Today at 9:15 AM", timedelta(0)),
        ("Today, 09:15", timedelta(0)),
        ("Yesterday at 4:10 pm", timedelta(days=1)),
    ],
)
def test_today_and_yesterday_with_a_time_are_read_in_an_article(stamp: str, ago: timedelta) -> None:
    assert dates.content_dates(news_line(stamp), NOW) == [NOW - ago]


@pytest.mark.parametrize(
    "text",
    [
        "Hari ini",  # a tab's or a counter's label
        "Statistik Pengunjung\nHari ini\n318\nKemarin\n452",
        "Hari ini: 318",
        "HARI INI\n318",
        "Agenda Hari Ini",
        "Buka hari ini, 08.00 - 16.00 WIB",  # opening hours
        "Pengunjung hari ini 1.204",
        "Today",
        "Today's visitors: 120",
        "Open today 08:00 - 16:00",
    ],
)
def test_today_without_a_time_of_a_post_is_not_read(text: str) -> None:
    assert dates.content_dates(text, NOW) == []


def test_today_with_a_time_outside_an_article_is_a_clock() -> None:
    # A top bar as plain themes print it; a post of today dated so counts from tomorrow on ("Kemarin, …").
    assert dates.content_dates("Beranda\nHari ini, 10:00 WIB\nCall Center 112", NOW, clocks=True) == []
    assert dates.content_dates("Home\nToday, 10:00 AM\nCall Center 112", NOW, clocks=True) == []
    assert dates.content_dates("Hari ini pukul 08.15\nKemarin pukul 14.20", NOW, clocks=True) == [NOW - timedelta(1)]


# --- relative dates resolved against the time of the check -------------------------------------------


@pytest.mark.parametrize("now", [NOW, NOW + timedelta(days=9, hours=5), datetime(2027, 1, 1, 0, 30, tzinfo=UTC)])
def test_each_relative_stamp_is_resolved_against_the_time_of_the_check(now: datetime) -> None:
    stamps = ["Hari ini pukul 08.15", "Kemarin, 14:20", "Diposting 3 Hari yang lalu oleh Admin", "2 Days Ago"]
    found = dates.content_dates("\n".join(news_line(s) for s in stamps), now)
    assert sorted(found) == [now - timedelta(days=3), now - timedelta(days=2), now - timedelta(days=1), now]


# --- absolute dates: a month's name between slashes, dots, day names, time zones ---------------------


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("28/Nov/2026", day(11, 28)),
        ("28/Nov/2026 10:15 WIB", day(11, 28)),
        ("Diposting: 28/Nov/2026 oleh Admin", day(11, 28)),
        ("28-Nov-2026", day(11, 28)),
        ("28.11.2026", day(11, 28)),
        ("2026/11/28", day(11, 28)),
        ("Senin, 30 November 2026", day(11, 30)),
        ("Sen, 30 Nov 2026", day(11, 30)),
        ("Jum'at, 27 Nov 2026 14:20 WIT", day(11, 27)),
        ("Kam, 26/11/2026 | 09.00 WITA", day(11, 26)),
        ("Senin, 30 November 2026 pukul 10.15 WIB", day(11, 30)),
    ],
)
def test_a_date_as_themes_abbreviate_it_is_read(text: str, when: datetime) -> None:
    assert dates.content_dates(text, NOW) == [when]


@pytest.mark.parametrize(
    "text",
    [
        "Rab, 2 Des 2026",  # a top bar's stamp of the day, the day's name short
        "Rab, 02/12/2026 | 10:00:12 WIB",
        "02/Des/2026 10:00 WITA",
        "Hari ini: Rab, 2 Des 2026",
    ],
)
def test_todays_date_in_a_top_bar_is_a_clock(text: str) -> None:
    assert dates.content_dates(text, NOW, clocks=True) == []


# --- whole pages ---------------------------------------------------------------------------------------


def test_a_news_list_dated_in_capitals_and_bylines_dates_the_page() -> None:
    stamps = ["DIPOSTING 2 JAM YANG LALU OLEH ADMIN", "3 Hari yang lalu · 120 kali dibaca", "28/Nov/2026"]
    assert page_date(department_page(news_items(stamps))) == NOW - timedelta(hours=2)


def test_carbons_calendar_stamps_in_a_plain_list_date_the_page_from_todays() -> None:
    # Three meta lines of one class are a list's: today's is its newest post's, not a top bar's clock.
    stamps = ["Hari ini pukul 08.15", "Kemarin pukul 14.20", "Senin, 30 November 2026"]
    assert page_date(department_page(news_items(stamps, tag="div"))) == NOW


def test_carbons_calendar_stamps_in_unnamed_lines_date_the_page_from_yesterdays() -> None:
    # Lines a theme names for nothing: today's "Hari ini pukul 08.15" cannot be told from a top bar's.
    items = news_items(["Hari ini pukul 08.15", "Kemarin pukul 14.20", "Senin, 30 November 2026"], tag="div")
    assert page_date(department_page(items.replace("post-meta", "small"))) == NOW - timedelta(days=1)


def test_a_stale_page_with_todays_clock_copyright_placeholder_and_calendar_is_dated_by_its_news() -> None:
    calendar_days = "".join(f"<td>{d}</td>" for d in range(1, 32))
    sidebar = (
        '<section class="widget"><h3>Kalender</h3><table class="calendar"><caption>Desember 2026</caption>'
        f"<tr><th>Sen</th><th>Sel</th><th>Rab</th></tr><tr>{calendar_days}</tr></table></section>"
        '<section class="widget"><h3>Cek Jadwal Vaksinasi</h3><form action="/jadwal/">'
        '<label>Tanggal lahir (dd/mm/yyyy)</label><input type="text" name="tgl" placeholder="dd/mm/yyyy">'
        '<button type="submit">Cari</button></form></section>'
    )
    html = department_page(
        news_items(["12 Mei 2026 · 1.204 kali dibaca", "Sen, 04 Mei 2026"], tag="div"),
        top_bar="Hari ini, 10:00 WIB | Rab, 02/12/2026",
        sidebar=sidebar,
    )
    assert page_date(html) == day(5, 12)


# --- a widget's relative time outside the news ---------------------------------------------------------

STALE_NEWS = news_items(["12 Mei 2026 · 1.204 kali dibaca", "Sen, 04 Mei 2026"], tag="div")


@pytest.mark.parametrize(
    "widget",
    [
        # A weather box, server-rendered from BMKG's data, with the time it last fetched it.
        '<section class="widget widget_cuaca"><h3>Cuaca Kota Bekasi</h3><div class="suhu">31°C</div>'
        "<p>Cerah Berawan</p><small>Diperbarui 15 menit yang lalu</small></section>",
        '<div class="cuaca"><span>29 °C</span> <span>Hujan Ringan</span> <span>· 20 menit lalu</span></div>',
        # A visitor counter's last visit and an online list's last activity.
        '<section class="widget"><h3>Statistik</h3><ul><li>Pengunjung hari ini: 57</li>'
        "<li>Kunjungan terakhir: 2 menit yang lalu</li></ul></section>",
        '<section class="widget"><h3>Admin</h3><p>Terakhir online: 5 menit yang lalu</p></section>',
        '<section class="widget"><p>Last visit: 3 minutes ago</p></section>',
        # The server's "last updated" stamp, written on every page it renders.
        '<section class="widget"><p>Terakhir diperbarui: baru saja</p></section>',
        '<section class="widget"><p>Update terakhir: 1 jam yang lalu</p></section>',
        # Social feeds rendered by a plugin, each post with its time, under the feed's heading.
        '<section class="widget"><h3>Tweets oleh @dinkeskotabekasi</h3><ul>'
        "<li><p>Ayo lengkapi imunisasi anak di posyandu terdekat! #BekasiSehat</p><span>2 jam yang lalu</span></li>"
        "<li><p>Layanan puskesmas tetap buka saat libur nasional.</p><span>1 hari yang lalu</span></li></ul></section>",
        '<div id="sb_instagram"><div class="sb_instagram_header"><h3>Instagram @dinkes.kotabekasi</h3></div>'
        '<div class="sbi_item"><p class="sbi_caption">Gerakan cuci tangan bersama siswa SDN Bekasi Jaya.</p>'
        '<span class="sbi_date">3 hari yang lalu</span></div></div>',
        '<section class="widget"><h3>Ikuti Kami di Facebook</h3><div class="cff-item"><p>Pelayanan KTP keliling.</p>'
        '<span class="cff-date">Kemarin</span></div></section>',
    ],
)
def test_a_widgets_relative_time_outside_the_news_dates_no_content(widget: str) -> None:
    assert page_date(department_page(STALE_NEWS, sidebar=widget)) == day(5, 12)


@pytest.mark.parametrize(
    ("news", "sidebar"),
    [
        # A news list of plain <div>s below the social icons of the top of the column.
        (
            '<div class="sosmed"><a href="https://facebook.com/dinkes">Facebook</a> '
            '<a href="https://twitter.com/dinkes">Twitter</a> <a href="https://instagram.com/dinkes">Instagram</a>'
            "</div>" + news_items(["2 jam yang lalu", "3 hari yang lalu"], tag="div"),
            "",
        ),
        # News about the weather and about the department's account, without a temperature or a feed.
        (news_items(["2 jam yang lalu · BMKG: waspada hujan lebat sore ini"], tag="div"), ""),
        (
            '<div class="post-item"><h3><a href="/berita-9/">Dinkes Luncurkan Akun Instagram Resmi</a></h3>'
            '<div class="post-meta">Diposting 2 jam yang lalu oleh Admin</div></div>',
            "",
        ),
        # A weather box in the sidebar, the news a column apart.
        (
            news_items(["2 jam yang lalu"], tag="div"),
            '<section class="widget widget_cuaca"><h3>Cuaca</h3><p>31°C</p><small>15 menit yang lalu</small></section>',
        ),
    ],
)
def test_news_dated_relative_to_the_check_beside_such_widgets_still_dates_the_page(news: str, sidebar: str) -> None:
    assert page_date(department_page(news, sidebar=sidebar)) == NOW - timedelta(hours=2)


# --- another site's feed in the sidebar --------------------------------------------------------------


def feed(heading: str, site: str, stamps: list[str]) -> str:
    """Return a sidebar widget listing ``site``'s news, each item a link there and its date."""
    items = "".join(
        f'<li><a class="rsswidget" href="{site}/berita/{i}/kabar-{i}">Kabar nomor {i} dari seberang</a> '
        f'<span class="rss-date">{stamp}</span></li>'
        for i, stamp in enumerate(stamps)
    )
    return f'<section class="widget widget_rss"><h3>{heading}</h3><ul>{items}</ul></section>'


def boxes(heading: str, site: str, stamps: list[str], kind: str = "widget") -> str:
    """Return a widget of ``kind`` (its class) showing ``site``'s news in <div>s, as a theme's own widget or a
    feed reader plugin writes it."""
    items = "".join(
        f'<div class="item"><a href="{site}/berita/{i}/kabar-{i}">Kabar nomor {i} dari seberang</a>'
        f'<div class="meta"><i class="fa fa-clock"></i> {stamp}</div></div>'
        for i, stamp in enumerate(stamps)
    )
    return f'<div class="{kind}"><h3 class="widget-title">{heading}</h3><div class="items">{items}</div></div>'


@pytest.mark.parametrize(
    "sidebar",
    [
        # WordPress's RSS widget of a news agency, and the city portal's news.
        feed("Berita Nasional", "https://www.antaranews.com", ["1 Desember 2026", "30 November 2026"]),
        feed("Berita Pemkot Bekasi", "https://www.bekasikota.go.id", ["2 jam yang lalu", "1 Desember 2026"]),
        # The same in <div>s: a theme's widget, a feed reader's box (Feedzy).
        boxes("Berita Pemkot Bekasi", "https://www.bekasikota.go.id", ["1 Desember 2026", "30 November 2026"]),
        boxes("Berita Nasional", "https://www.antaranews.com", ["2 jam yang lalu", "1 Desember 2026"], "feedzy-rss"),
    ],
)
def test_another_sites_feed_in_the_sidebar_dates_no_content_of_the_application(sidebar: str) -> None:
    assert page_date(department_page(STALE_NEWS, sidebar=sidebar)) == day(5, 12)


@pytest.mark.parametrize(
    "sidebar",
    [
        # The department's own news, linked by its whole address, with or without "www.".
        feed("Berita Terbaru", "https://dinkes.bekasikota.go.id", ["1 Desember 2026", "30 November 2026"]),
        feed("Berita Terbaru", "https://www.dinkes.bekasikota.go.id", ["1 Desember 2026", "30 November 2026"]),
        # Its documents on Google Drive, each with the day it was published.
        feed("Unduhan", "https://drive.google.com", ["1 Desember 2026", "30 November 2026"]),
        # The same in <div>s: its own news by its whole address, by paths, and its documents on Google Drive.
        boxes("Berita Terbaru", "https://dinkes.bekasikota.go.id", ["1 Desember 2026", "30 November 2026"]),
        boxes("Berita Terbaru", "", ["1 Desember 2026", "30 November 2026"]),
        boxes("Unduhan", "https://drive.google.com", ["1 Desember 2026", "30 November 2026"]),
        # A list of its own pages and one on another site.
        '<section class="widget"><h3>Pengumuman</h3><ul><li><a href="/pengumuman/1">Jadwal imunisasi</a> '
        '1 Desember 2026</li><li><a href="https://lapor.go.id/">Lapor!</a> 30 November 2026</li></ul></section>',
    ],
)
def test_the_applications_own_items_in_a_sidebar_list_still_date_it(sidebar: str) -> None:
    assert page_date(department_page(STALE_NEWS, sidebar=sidebar)) == day(12, 1)
