"""Dates a department page gives in attributes that a script renders (jQuery timeago's abbreviation title,
Livestamp's and moment's data, a card's ``data-date``, GitHub's ``<relative-time>``), read as the
``<time datetime>`` values are; and the clocks of top bars and running texts that go by names the zoning did not
know ("header-top", "top-header", "topnav", ``#info-bar``, "running-text"), left out with the site's chrome.
Each test holds a look-alike that keeps its reading: a calendar's days, a search form's date, a countdown, an
abbreviation's expansion, a news list ("berita-terkini") that stays content.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from pantau_checker.core import freshness
from pantau_checker.core.page import parse_page

# Wednesday 2 December 2026, 10:00 in Bekasi (WIB, UTC+7).
NOW = datetime(2026, 12, 2, 3, 0, tzinfo=UTC)
# Unix seconds of moments in Bekasi, as Livestamp and the themes' data write them.
NOV_28_10_00 = 1795834800
NOV_30_14_20 = 1796023200
DEC_1_08_05 = 1796087100
MAY_12_09_00 = 1778551200
DEC_2_10_00 = 1796180400  # the time of the check: a clock's

HEADLINES = (
    "Rapat Koordinasi Percepatan Penurunan Stunting Tingkat Kota",
    "Diskominfo Gelar Pelatihan Literasi Digital bagi Kader PKK",
    "Pemutakhiran Data Aset TIK Perangkat Daerah Tahun 2026",
    "Sosialisasi Keterbukaan Informasi Publik di Kecamatan Bekasi Timur",
)


def day(month: int, number: int, year: int = 2026) -> datetime:
    return datetime(year, month, number, tzinfo=UTC)


def department_page(news: str, top_bar: str = "", sidebar: str = "") -> str:
    """Return a department's home page on a theme of bare ``<div>``s: ``top_bar`` above the header, the menu,
    ``news`` in the content column, ``sidebar`` beside it, and the footer."""
    return (
        '<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">'
        "<title>Dinas Komunikasi dan Informatika Kota Bekasi</title>"
        '<link rel="stylesheet" href="/assets/css/style.css"><script src="/assets/js/jquery.min.js"></script>'
        '<script src="/assets/js/jquery.timeago.js"></script><script src="/assets/js/livestamp.min.js"></script>'
        f"</head><body>{top_bar}"
        '<div class="logo-area"><div class="container"><a href="/"><img src="/assets/img/logo.png" '
        'alt="Logo Kota Bekasi"></a><h1 class="site-title">Dinas Komunikasi dan Informatika</h1>'
        "<p>Pemerintah Kota Bekasi</p></div></div>"
        '<div class="main-menu"><ul><li><a href="/">Beranda</a></li><li><a href="/profil">Profil</a></li>'
        '<li><a href="/berita">Berita</a></li><li><a href="/layanan">Layanan</a></li><li><a href="/ppid">PPID</a>'
        '</li><li><a href="/kontak">Kontak</a></li></ul></div>'
        f'<div class="container"><div class="row"><div class="col-md-8">{news}</div>'
        f'<div class="col-md-4 sidebar">{sidebar}<div class="box"><h4>Layanan Publik</h4><ul>'
        '<li><a href="/layanan/pengaduan">Pengaduan</a></li><li><a href="/layanan/permohonan-informasi">'
        "Permohonan Informasi</a></li></ul></div></div></div></div>"
        '<div class="bottom"><div class="container"><p>Jl. Ir. H. Juanda No. 100, Bekasi Timur, Kota Bekasi</p>'
        "<p>Telp. (021) 88397963 · diskominfo@bekasikota.go.id</p>"
        "<p>Copyright © 2026 Diskominfo Kota Bekasi</p></div></div></body></html>"
    )


def news_list(stamps: tuple[str, ...], heading: str = "Berita Terbaru", holder: str = 'class="berita"') -> str:
    """Return a news list whose items each carry ``stamps``' markup (a date a script renders) under their title."""
    items = "".join(
        f'<div class="item"><h3><a href="/berita/{i + 1}">{HEADLINES[i]}</a></h3>'
        f'<div class="meta"><i class="fa fa-clock-o"></i> {stamp} · oleh Admin</div>'
        "<p>Pemerintah Kota Bekasi melalui Diskominfo terus meningkatkan layanan informasi kepada warga.</p></div>"
        for i, stamp in enumerate(stamps)
    )
    return f"<div {heading and holder}><h2>{heading}</h2>{items}</div>"


def evidence(html: str) -> dict[str, datetime]:
    """Return the evidence of freshness ``html`` gives, as {signal: date}."""
    page = parse_page(html, "https://diskominfo.bekasikota.go.id/")
    return {e.signal: e.when for e in freshness.page_evidence(page, NOW)}


# --- dates a script renders from an attribute -------------------------------------------------------------------


@pytest.mark.parametrize(
    "stamps",
    [
        pytest.param(
            (
                '<abbr class="timeago" title="2026-11-30T14:20:00+07:00"></abbr>',
                '<abbr class="timeago" title="2026-11-28T10:00:00+07:00"></abbr>',
            ),
            id="jquery-timeago",
        ),
        pytest.param(
            (
                '<abbr class="published" title="2026-11-30T14:20:00+07:00">14.20</abbr>',
                '<abbr class="published" title="2026-11-28T10:00:00+07:00">10.00</abbr>',
            ),
            id="hatom-abbr-of-a-blog",
        ),
        pytest.param(
            (f'<span data-livestamp="{NOV_30_14_20}"></span>', f'<span data-livestamp="{NOV_28_10_00}"></span>'),
            id="livestamp-seconds",
        ),
        pytest.param(
            (
                '<span class="moment" data-time="2026-11-30 14:20:00">memuat…</span>',
                '<span class="moment" data-time="2026-11-28 10:00:00">memuat…</span>',
            ),
            id="moment",
        ),
        pytest.param(
            (
                f'<span class="tgl-posting" data-timestamp="{NOV_30_14_20}"></span>',
                f'<span class="tgl-posting" data-timestamp="{NOV_28_10_00}"></span>',
            ),
            id="data-timestamp-seconds",
        ),
        pytest.param(
            (
                f'<small class="relative" data-timestamp="{NOV_30_14_20}000">…</small>',
                f'<small class="relative" data-timestamp="{NOV_28_10_00}000">…</small>',
            ),
            id="data-timestamp-milliseconds",
        ),
        pytest.param(
            (
                '<relative-time datetime="2026-11-30T07:20:00Z" tense="past"></relative-time>',
                '<relative-time datetime="2026-11-28T03:00:00Z" tense="past"></relative-time>',
            ),
            id="relative-time",
        ),
        pytest.param(
            (
                '<local-time datetime="2026-11-30T07:20:00Z" month="short" day="numeric"></local-time>',
                '<local-time datetime="2026-11-28T03:00:00Z" month="short" day="numeric"></local-time>',
            ),
            id="local-time",
        ),
    ],
)
def test_a_news_lists_dates_a_script_renders_from_attributes_date_the_page(stamps: tuple[str, ...]) -> None:
    html = department_page(news_list(stamps))
    assert evidence(html) == {"page_date": day(11, 30)}


def test_news_cards_data_dates_in_articles_are_read_with_the_articles() -> None:
    cards = "".join(
        f'<article class="card-berita" data-date="{iso}"><a href="/berita/{i + 1}"><img src="/img/{i + 1}.jpg" '
        f'alt=""></a><h3><a href="/berita/{i + 1}">{HEADLINES[i]}</a></h3>'
        '<span class="tanggal" data-published="' + iso + 'T09:00:00+07:00"></span></article>'
        for i, iso in enumerate(("2026-12-01", "2026-11-24", "2026-11-17"))
    )
    page = parse_page(department_page(f'<div class="grid-berita"><h2>Kabar Kominfo</h2>{cards}</div>'), "https://x/")
    assert "2026-12-01" in page.dates.in_articles
    assert {e.signal: e.when for e in freshness.page_evidence(page, NOW)} == {"page_date": day(12, 1)}


def test_livestamps_of_a_stale_list_date_it_though_a_calendar_shows_the_month() -> None:
    # An agenda widget's month, each day a cell with its date: none of them an item's.
    days = [f"2026-{month}-{number:02}" for month, last in (("11", 30), ("12", 31)) for number in range(1, last + 1)]
    calendar = (
        '<div class="box kalender"><h4>Kalender Kegiatan</h4><div class="cal-grid">'
        + "".join(f'<div class="cal-day" data-date="{iso}">{int(iso[-2:])}</div>' for iso in days[29:64])
        + "</div></div>"
    )
    stamps = (f'<span data-livestamp="{MAY_12_09_00}"></span>',)
    assert evidence(department_page(news_list(stamps), sidebar=calendar)) == {"page_date": day(5, 12)}


def test_a_search_forms_date_and_a_countdown_are_no_content_dates() -> None:
    search = (
        '<div class="box"><h4>Cari Agenda</h4><form action="/agenda" method="get">'
        '<div class="input-group date" data-date="2026-12-02" data-date-format="yyyy-mm-dd">'
        '<input type="text" name="tanggal" data-date="2026-12-02"></div><button>Cari</button></form></div>'
        '<div class="box"><h4>Menuju HUT Kota Bekasi</h4><div class="countdown" data-date="2026-12-10">'
        "</div></div>"
    )
    stamps = ('<abbr class="timeago" title="2026-05-12T09:00:00+07:00"></abbr>',)
    assert evidence(department_page(news_list(stamps), sidebar=search)) == {"page_date": day(5, 12)}


def test_an_abbreviations_expansion_is_no_date_beside_a_timeago_title() -> None:
    stamps = (
        '<abbr class="timeago" title="2026-11-28T10:00:00+07:00"></abbr> di <abbr title="Organisasi Perangkat '
        'Daerah">OPD</abbr>',
        '<abbr title="2026">TA</abbr> <abbr title="20 Desember">HUT</abbr>',
    )
    assert evidence(department_page(news_list(stamps))) == {"page_date": day(11, 28)}


def test_a_livestamp_clock_in_the_top_bar_stays_out_with_it() -> None:
    top_bar = (
        '<div class="header-top"><div class="container"><i class="fa fa-clock-o"></i> '
        f'<span data-livestamp="{DEC_2_10_00}"></span> <abbr class="timeago" title="2026-12-02T10:00:00+07:00">'
        '</abbr><span class="kanan"><a href="/login">Login</a> <a href="/kontak">Kontak</a></span></div></div>'
    )
    stamps = (f'<span data-livestamp="{MAY_12_09_00}"></span>',)
    assert evidence(department_page(news_list(stamps), top_bar=top_bar)) == {"page_date": day(5, 12)}


# --- clocks of top bars and running texts by other names ------------------------------------------------------


@pytest.mark.parametrize(
    "top_bar",
    [
        # A page cache's copy (LiteSpeed, WP Super Cache) rendered two days ago: its clock shows that day.
        pytest.param(
            '<div class="header-top"><div class="container"><span>Senin, 30 November 2026</span> | '
            '<a href="/login">Login</a> | <a href="/kontak">Kontak</a></div></div>',
            id="header-top",
        ),
        pytest.param(
            '<div class="top-header"><div class="container"><i class="fa fa-calendar"></i> Senin, 30 November 2026 '
            '<i class="fa fa-phone"></i> (021) 88397963 <a href="/login">Masuk</a></div></div>',
            id="top-header",
        ),
        pytest.param(
            '<div class="topnav">Senin, 30/11/2026 | 07:12 WIB <a href="/login">Login</a> '
            '<a href="/kontak">Kontak</a></div>',
            id="topnav",
        ),
        pytest.param(
            '<div id="info-bar">Senin, 30 November 2026 · Call Center 112 · <a href="/login">Masuk</a></div>',
            id="info-bar",
        ),
        # A running text a script moves: today's date and the notices on one line.
        pytest.param(
            '<div class="running-text"><span>Rabu, 2 Desember 2026 :: Layanan uji KIR buka pukul 08.00 WIB :: '
            "Pembayaran retribusi kini non tunai</span></div>",
            id="running-text",
        ),
    ],
)
def test_a_page_whose_only_date_is_its_top_bars_clock_has_no_evidence(top_bar: str) -> None:
    content = (
        '<div class="profil"><h2>Selamat Datang</h2><p>Diskominfo Kota Bekasi menyelenggarakan urusan komunikasi, '
        "informatika, statistik dan persandian.</p></div>"
    )
    html = "<!-- Page cached by LiteSpeed Cache 6.5 on 2026-11-30 07:12:03 -->"
    assert evidence(department_page(content, top_bar=top_bar) + html) == {}


def test_a_berita_terkini_block_below_a_named_top_bar_stays_content() -> None:
    top_bar = (
        '<div class="top-header"><div class="container"><span>Selasa, 1 Desember 2026</span> '
        '<a href="/login">Login</a></div></div>'
    )
    stamps = ("Senin, 30 November 2026", "Sabtu, 28 November 2026")
    news = news_list(stamps, heading="Berita Terkini", holder='class="berita-terkini"')
    assert evidence(department_page(news, top_bar=top_bar)) == {"page_date": day(11, 30)}
