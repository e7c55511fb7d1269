"""Stamps that Indonesian CMS themes print and the checker must read: relative words in capitals
("KEMARIN", "HARI INI, 08:15", "2 DAYS AGO", "Hari Ini"), "pkl." for "pukul", Carbon's and Moment's
last week's day ("Senin lalu pukul 10.00"), a month's name between dots ("28.Nov.2026"), and a byline
after "Kemarin". Read both ways: a visitor counter, opening hours, a clock or a sentence that tells of
"Senin lalu" still dates nothing.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from pantau_checker.core import dates, freshness
from pantau_checker.core.page import parse_page

# Wednesday 2 December 2026, 10:00 in Bekasi (WIB, UTC+7).
NOW = datetime(2026, 12, 2, 3, 0, tzinfo=UTC)
URL = "https://disdukcapil.bekasikota.go.id/"


def day(month: int, number: int, year: int = 2026) -> datetime:
    return datetime(year, month, number, tzinfo=UTC)


def news_line(stamp: str) -> str:
    """Return the text of a news list around one item's stamp, one text node a line, as the page gives it."""
    return (
        "Berita Terbaru\nPelayanan Perekaman KTP-el Keliling di Kecamatan Bekasi Utara\n"
        f"{stamp}\nDinas Kependudukan dan Pencatatan Sipil Kota Bekasi membuka layanan jemput bola bagi warga."
    )


def department_page(news: str, top_bar: str = "Rabu, 2 Desember 2026", sidebar: str = "") -> str:
    """Return a department's home page: a top bar, a menu, ``news``, a sidebar and a footer."""
    menu = "".join(
        f'<li class="menu-item"><a href="/{slug}/">{name}</a></li>'
        for slug, name in (("", "Beranda"), ("profil", "Profil"), ("layanan", "Layanan"), ("ppid", "PPID"))
    )
    return (
        '<!DOCTYPE html><html lang="id"><head><meta charset="UTF-8"><title>Disdukcapil Kota Bekasi</title>'
        '<meta name="generator" content="WordPress 6.4.3"></head><body>'
        f'<div class="header-top"><div class="container"><span class="tgl">{top_bar}</span>'
        '<span class="kontak">Layanan Pengaduan 0812-0000-1234</span></div></div>'
        f'<header class="site-header"><nav class="main-nav"><ul class="menu">{menu}</ul></nav></header>'
        f'<div class="container content-wrap"><div class="col-md-8"><h2 class="section-title">BERITA TERBARU</h2>'
        f'{news}</div><aside class="sidebar">{sidebar}<section class="widget"><h3>JAM PELAYANAN</h3>'
        "<p>BUKA HARI INI, 08.00 - 15.00 WIB</p></section></aside></div>"
        '<footer class="site-footer"><p>Jl. Jend. Ahmad Yani No. 1, Bekasi</p>'
        "<p>&copy; 2026 Disdukcapil Kota Bekasi. Hak Cipta Dilindungi.</p></footer></body></html>"
    )


def news_items(stamps: list[str], tag: str = "div") -> str:
    """Return a theme's news items, each with its whole meta line (``stamps``) in one element."""
    titles = (
        "Perekaman KTP-el Keliling",
        "Layanan Akta Kelahiran Daring",
        "Sosialisasi Identitas Kependudukan Digital",
    )
    return "".join(
        f'<{tag} class="post-item"><h3 class="post-title"><a href="/berita-{i}/">{title}</a></h3>'
        f'<div class="post-meta">{stamp}</div><p>Disdukcapil Kota Bekasi melayani warga di kecamatan '
        f"dan kelurahan se-Kota Bekasi.</p></{tag}>"
        for i, (stamp, title) in enumerate(zip(stamps, titles, strict=False))
    )


def visitor_counter(rows: list[str]) -> str:
    return (
        '<section class="widget"><h3>STATISTIK PENGUNJUNG</h3><ul>'
        + "".join(f"<li>{r}</li>" for r in rows)
        + "</ul></section>"
    )


def page_date(html: str, now: datetime = NOW) -> datetime | None:
    """Return the date the page's own dates give it (the ``page_date`` evidence), if any."""
    found = [e.when for e in freshness.page_evidence(parse_page(html, URL), now) if e.signal == "page_date"]
    return found[0] if found else None


# --- relative words in capitals ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("stamp", "ago"),
    [
        ("KEMARIN", timedelta(days=1)),
        ("HARI INI, 08:15", timedelta(0)),
        ("HARI INI PUKUL 08.15 WIB", timedelta(0)),
        ("BARU SAJA", timedelta(0)),
        ("2 DAYS AGO", timedelta(days=2)),
        ("3 HOURS AGO", timedelta(hours=3)),
        ("Hari Ini, 08:15", timedelta(0)),
        ("Hari Ini pukul 08.15", timedelta(0)),
        ("Baru Saja", timedelta(0)),
        ("YESTERDAY", timedelta(days=1)),
    ],
)
def test_a_relative_word_in_capitals_is_read(stamp: str, ago: timedelta) -> None:
    assert dates.content_dates(news_line(stamp), NOW) == [NOW - ago]


@pytest.mark.parametrize(
    "before",
    [
        "“Layanan Prima” — Disdukcapil Kota Bekasi",  # characters beyond Latin-1
        "Kunjungan kerja ke İstanbul dan İzmir",  # a capital whose lowercase is two characters
    ],
)
def test_a_relative_word_in_capitals_is_read_after_any_character(before: str) -> None:
    text = f"{before}\n{news_line('KEMARIN — HUMAS')}\n{news_line('2 JAM YANG LALU')}"
    assert dates.content_dates(text, NOW) == [NOW - timedelta(hours=2), NOW - timedelta(days=1)]


@pytest.mark.parametrize(
    "text",
    [
        "STATISTIK PENGUNJUNG\nHARI INI\n318\nKEMARIN\n452",
        "HARI INI: 120, KEMARIN: 98",
        "Hari Ini: 120, Kemarin: 98",
        "PENGUNJUNG HARI INI 1.204",
        "AGENDA HARI INI",
        "Agenda Hari Ini",
        "BUKA HARI INI, 08.00 - 16.00 WIB",
        "Buka Hari Ini, 08.00 - 16.00 WIB",
        "Kami melayani BARU SAJA warga datang ke kantor kelurahan untuk mengurus dokumen kependudukan.",
    ],
)
def test_a_counter_opening_hours_or_a_sentence_in_capitals_is_not_read(text: str) -> None:
    assert dates.content_dates(text, NOW) == []


def test_today_in_capitals_with_a_time_outside_an_article_is_a_clock() -> None:
    assert dates.content_dates("BERANDA\nHARI INI, 10:00 WIB\nLAYANAN", NOW, clocks=True) == []
    assert dates.content_dates("Hari Ini pukul 10.00\nKEMARIN PUKUL 14.20", NOW, clocks=True) == [NOW - timedelta(1)]


# --- "pkl." for "pukul" ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("stamp", "ago"),
    [
        ("Kemarin pkl. 14.20", timedelta(days=1)),
        ("Kemarin pkl 14.20 WIB", timedelta(days=1)),
        ("Hari ini pkl. 08.15", timedelta(0)),
        ("HARI INI PKL. 08.15 WITA", timedelta(0)),
        ("3 hari yang lalu pkl. 09.00", timedelta(days=3)),
    ],
)
def test_a_relative_stamp_with_pkl_is_read(stamp: str, ago: timedelta) -> None:
    assert dates.content_dates(news_line(stamp), NOW) == [NOW - ago]


@pytest.mark.parametrize(
    "text",
    [
        "30 November 2026 pkl 08.00 WIB",
        "Senin, 30 November 2026 pkl. 08.00",
        "Diposting 30 Nov 2026, pkl 08.00 oleh Admin",
    ],
)
def test_a_date_with_pkl_is_read(text: str) -> None:
    assert dates.content_dates(news_line(text), NOW) == [day(11, 30)]


@pytest.mark.parametrize(
    "text", ["Rabu, 2 Desember 2026 pkl. 10.00 WIB", "2 Desember 2026 pkl 10.00", "Hari ini pkl. 10.00"]
)
def test_today_with_pkl_outside_an_article_is_a_clock(text: str) -> None:
    assert dates.content_dates(f"Beranda\n{text}\nLayanan Pengaduan", NOW, clocks=True) == []


# --- last week's day: "Senin lalu pukul 10.00" ----------------------------------------------------------


@pytest.mark.parametrize(
    ("stamp", "ago"),
    [
        ("Senin lalu pukul 10.00", timedelta(days=2)),
        ("Senin lalu", timedelta(days=2)),
        ("SENIN LALU PUKUL 10.00", timedelta(days=2)),
        ("Minggu lalu pukul 19.30", timedelta(days=3)),
        ("Jum'at lalu pkl. 13.00", timedelta(days=5)),
        ("Kamis lalu, 09:45", timedelta(days=6)),
        ("Rabu lalu pukul 08.00", timedelta(days=7)),
        ("Senin lalu pukul 10.00 · Admin", timedelta(days=2)),
    ],
)
def test_last_weeks_day_as_a_stamp_is_read(stamp: str, ago: timedelta) -> None:
    assert dates.content_dates(news_line(stamp), NOW) == [NOW - ago]


@pytest.mark.parametrize(
    ("now", "ago"),
    [
        (NOW + timedelta(days=1), timedelta(days=3)),  # Thursday
        (NOW + timedelta(days=5), timedelta(days=7)),  # Monday: a week ago
        (datetime(2026, 12, 1, 20, 0, tzinfo=UTC), timedelta(days=2)),  # Tuesday in UTC, Wednesday in Bekasi
    ],
)
def test_last_weeks_day_is_resolved_against_the_time_of_the_check(now: datetime, ago: timedelta) -> None:
    assert dates.content_dates(news_line("Senin lalu pukul 10.00"), now) == [now - ago]


@pytest.mark.parametrize(
    "text",
    [
        "Rapat koordinasi yang digelar Senin lalu membahas pelayanan adminduk di tingkat kelurahan se-Kota Bekasi.",
        "Sejak Senin lalu, warga dapat mencetak KTP-el di kantor kecamatan tanpa antre di kantor dinas.",
        "Senin lalu kami mengundang seluruh lurah dan camat untuk membahas percepatan layanan akta kelahiran.",
        "Seninlalu",
    ],
)
def test_last_weeks_day_in_running_text_is_not_read(text: str) -> None:
    assert dates.content_dates(text, NOW) == []


# --- a month's name between dots, and after a comma ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["28.Nov.2026", "28.Nov.2026 10:15 WIB", "Sabtu, 28.Nov.2026", "28. Nov. 2026", "28 Nov, 2026", "Nov 28th, 2026"],
)
def test_a_month_name_between_dots_or_before_a_comma_is_read(text: str) -> None:
    assert dates.content_dates(text, NOW) == [day(11, 28)]


def test_todays_date_between_dots_in_a_top_bar_is_a_clock() -> None:
    assert dates.content_dates("Beranda\nRab, 02.Des.2026 | 10:00 WIB\nKontak", NOW, clocks=True) == []


# --- "Kemarin" with a byline, a counter's row without ----------------------------------------------------


@pytest.mark.parametrize(
    "stamp",
    [
        "Kemarin · Admin",
        "KEMARIN • HUMAS DISDUKCAPIL",
        "Kemarin pukul 14.20 | Humas",
        "Kemarin oleh Admin",
        "oleh Admin · Kemarin",
    ],
)
def test_yesterday_with_a_byline_is_read(stamp: str) -> None:
    assert dates.content_dates(news_line(stamp), NOW) == [NOW - timedelta(days=1)]


@pytest.mark.parametrize(
    "text",
    [
        "Kemarin · 45",
        "KEMARIN • 452",
        "Kemarin | 1.204 pengunjung",
        "Hari ini · 120\nKemarin · 45\nBulan ini · 3.208",
        "Hari ini | 08.00 - 16.00 WIB",
    ],
)
def test_a_counters_row_with_a_byline_mark_is_not_read(text: str) -> None:
    assert dates.content_dates(text, NOW) == []


# --- whole pages ---------------------------------------------------------------------------------------


def test_a_news_list_stamped_in_capitals_dates_the_page_but_not_its_counter_or_hours() -> None:
    stamps = ["KEMARIN · ADMIN", "SENIN LALU PUKUL 10.00", "28.Nov.2026"]
    sidebar = visitor_counter(["HARI INI · 318", "KEMARIN · 452", "BULAN INI · 9.871"])
    html = department_page(news_items(stamps), top_bar="HARI INI, 10:00 WIB", sidebar=sidebar)
    assert page_date(html) == NOW - timedelta(days=1)


def test_a_stale_page_with_capital_counters_clock_and_opening_hours_is_dated_by_its_news() -> None:
    sidebar = visitor_counter(["HARI INI · 318", "KEMARIN · 452", "Hari Ini: 120, Kemarin: 98"])
    html = department_page(
        news_items(["12.Mei.2026 · 1.204 kali dibaca", "Sen, 04 Mei 2026 pkl. 09.00"]),
        top_bar="HARI INI PKL. 10.00 WIB | Rab, 02.Des.2026",
        sidebar=sidebar,
    )
    assert page_date(html) == day(5, 12)
