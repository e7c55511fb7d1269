"""Dates a prober found read wrong, through a whole check against a real HTTP server on 127.0.0.1 (session 30).

A theme of bare ``<div>``s puts its latest post above the list ("Berita Utama"), its date alone under its
headline: a post's, even today's, not a top bar's clock. A header's date under the site's name and a widget's
"Agenda Hari Ini" stay clocks. The time a page took to render after today's date ("dibuat pada … dalam 0.0123
detik") is a clock too. A news list dated by the day's name, day and month ("Kamis, 3 Desember") is read, its year
the one the day's name agrees with. A WordPress static page's own date of today (under its title, a welcome, a
render time), outside the posts it lays out, is a clock too, though the page is one ``<article>``. Where it holds
its posts as ``<article>``s, its featured post beside them (a box under a headline linking a post) is a post.

The checker runs on the real clock: every date is counted back from now in Bekasi (WIB).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import pytest
from checker_servers import FakeSite, Reply, checked
from test_checker_dates_session28 import EXCERPT, HEADLINES, OLD_DAYS, WIB, cards, site_page, wib_ago
from vendor_pages import tanggal

from pantau_checker.probe import now_utc


def check(body: str, at: datetime | None = None) -> tuple[str, str]:
    """Return the availability and freshness of a page of ``body``, read at ``at`` (the moment it was built) or now."""
    with FakeSite() as site:
        site.route("*", "/", Reply(200, site_page(body)))
        event = checked(site, clock=reading(at))
    return event.availability, event.content.result


def featured(meta: str, href: str = "/berita/99/wali-kota-resmikan-gedung-pelayanan-terpadu") -> str:
    """Return a featured post above a list of older news cards, its date in ``meta`` under its headline."""
    return (
        f'<div class="headline-utama"><img src="/uploads/berita/utama.jpg" alt=""><h2><a href="{href}">'
        f"Wali Kota Bekasi Resmikan Gedung Pelayanan Terpadu</a></h2>{meta}<p>{EXCERPT}</p></div>"
        + cards(OLD_DAYS, tanggal)
    )


Shown = Callable[[datetime], str]


def _today() -> datetime:
    return datetime.now(WIB)


def reading(at: datetime | None) -> Callable[[], datetime]:
    """Return the checker's clock: ``at``, the moment a page showing today's date was built (read after midnight,
    that date would be a real one of yesterday), or the running clock."""
    return now_utc if at is None else lambda: at.astimezone(UTC)


FEATURED_TODAY: dict[str, Shown] = {
    "a date alone": lambda now: f'<p class="meta">{tanggal(now)}</p>',
    "a calendar's icon and the day's name": lambda now: (
        f'<p class="meta"><i class="fa fa-calendar"></i> {tanggal(now, with_weekday=True)}</p>'
    ),
    "the time in WIB": lambda now: (
        f'<p class="meta"><i class="fa fa-calendar"></i> {tanggal(now, with_weekday=True)} {now:%H:%M} WIB</p>'
    ),
    "a post-date beside its category": lambda now: (
        f'<div class="meta-line"><span class="post-date">{tanggal(now)}</span>'
        ' <span class="post-cat">Berita</span></div>'
    ),
    "a <time datetime>": lambda now: (
        f'<p class="meta"><time datetime="{now:%Y-%m-%dT%H:%M:%S+07:00}">{tanggal(now)}</time></p>'
    ),
}


@pytest.mark.parametrize("meta", FEATURED_TODAY.values(), ids=FEATURED_TODAY.keys())
def test_a_featured_post_of_today_above_older_news_dates_the_page(meta: Shown) -> None:
    assert check(featured(meta(_today()))) == ("aktif", "update")


CLOCKS_UNDER_HEADINGS: dict[str, Shown] = {
    "the site's name linking the home page": lambda now: (
        '<div class="brand-bar"><h1><a href="/">Dinas Perdagangan Kota Bekasi</a></h1>'
        f'<p class="date">{tanggal(now, with_weekday=True)}</p></div>'
    ),
    "the site's name linking its address": lambda now: (
        '<div class="brand-bar"><h2><a href="https://disdag.bekasikota.go.id/">Dinas Perdagangan Kota Bekasi</a></h2>'
        f'<span class="tanggal">{tanggal(now, with_weekday=True)} {now:%H:%M} WIB</span></div>'
    ),
    "a widget of today's agenda": lambda now: (
        '<div class="agenda-box"><h4><a href="/agenda/kegiatan">Agenda Kegiatan Dinas Hari Ini</a></h4>'
        f'<p class="tgl">{tanggal(now, with_weekday=True)}</p><p>Tidak ada agenda.</p></div>'
    ),
    "a section's heading": lambda now: (
        '<div class="section-head"><h3><a href="/berita">Berita Terkini</a></h3>'
        f'<span class="date">{tanggal(now, with_weekday=True)}</span></div>'
    ),
    "a date before the headline": lambda now: (
        f'<div class="headline-utama"><p class="meta">{tanggal(now, with_weekday=True)} {now:%H:%M} WIB</p>'
        '<h2><a href="/berita/99/x">Pemkot Bekasi Gelar Rapat Koordinasi Penanganan Banjir</a></h2>'
        f"<p>{EXCERPT}</p></div>"
    ),
}


@pytest.mark.parametrize("clock", CLOCKS_UNDER_HEADINGS.values(), ids=CLOCKS_UNDER_HEADINGS.keys())
def test_a_clock_beside_a_heading_above_stale_news_dates_nothing(clock: Shown) -> None:
    now = _today()
    assert check(clock(now) + cards(OLD_DAYS, tanggal), at=now) == ("aktif", "tidak_update")


def test_the_time_a_stale_page_took_to_render_today_dates_nothing() -> None:
    now = _today()
    stamp = f'<p class="small text-muted">Halaman ini dibuat pada {tanggal(now)} dalam 0.0123 detik</p>'
    assert check(cards(OLD_DAYS, tanggal) + stamp, at=now) == ("aktif", "tidak_update")


SHORT = ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des")
WEEKDAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
# The department's regulations in the sidebar, dated with their years: older than any news.
REGULATIONS = (
    '<div class="widget produk-hukum"><h4>Produk Hukum</h4><ul>'
    '<li><a href="/dl/perwal-12-2025.pdf">Peraturan Wali Kota Bekasi Nomor 12 Tahun 2025</a>'
    ' <span class="date">3 Maret 2025</span></li>'
    '<li><a href="/dl/perda-4-2024.pdf">Perda Nomor 4 Tahun 2024 tentang Penanggulangan Kebakaran</a>'
    ' <span class="date">18 Juli 2024</span></li></ul></div>'
)


def named_day(day: datetime) -> str:
    """Return a day as a theme prints it without the year: "Kamis, 3 Desember"."""
    return f"{WEEKDAYS[day.weekday()]}, {tanggal(day).rsplit(' ', 1)[0]}"


def news(days: tuple[int, ...]) -> str:
    """Return a theme's news items, each dated in a ``span.tgl`` under its headline by its day's name, day and
    month, without the year."""
    return '<h3 class="section-title">Berita Terbaru</h3>' + "".join(
        f'<div class="news-item"><h4><a href="/berita/{i}/baca">{HEADLINES[i % len(HEADLINES)]}</a></h4>'
        f'<span class="tgl">{named_day(wib_ago(d))}</span><p>{EXCERPT}</p></div>'
        for i, d in enumerate(days)
    )


@pytest.mark.parametrize(("days", "result"), [((2, 6, 11), "update"), ((90, 130, 170), "tidak_update")])
def test_a_news_list_of_days_names_without_the_year_dates_the_page(days: tuple[int, ...], result: str) -> None:
    body = news(days) + REGULATIONS
    assert check(body) == ("aktif", result)


def test_todays_name_and_day_without_the_year_in_the_top_bar_is_a_clock() -> None:
    now = _today()
    with FakeSite() as site:
        site.route("*", "/", Reply(200, site_page(news(OLD_DAYS), top=f"<span>{named_day(now)}</span>")))
        event = checked(site)
    assert (event.availability, event.content.result) == ("aktif", "tidak_update")


def static_front(title: str, content: str) -> str:
    """Return a department's WordPress home page: a static page as Astra prints it, its content (``content``, laid
    out in a page builder's sections) in the one ``<article>`` of the page, under the page's title."""
    return f"""<!DOCTYPE html><html lang="id-ID"><head><meta charset="UTF-8">
<title>{title} &#8211; Dinas Perdagangan Kota Bekasi</title>
<link rel="stylesheet" id="astra-theme-css-css" href="/wp-content/themes/astra/assets/css/minified/main.min.css">
<meta name="generator" content="WordPress 6.4.3"></head><body class="home page-template-default page ast-desktop">
<div id="page" class="hfeed site"><header class="site-header"><div class="site-branding"><p class="site-title">
<a href="/">Dinas Perdagangan Kota Bekasi</a></p></div><nav class="main-navigation"><ul class="menu">
<li><a href="/">Beranda</a></li><li><a href="/profil/">Profil</a></li><li><a href="/berita/">Berita</a></li>
<li><a href="/ppid/">PPID</a></li><li><a href="/kontak/">Kontak</a></li></ul></nav></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area">
<main id="main" class="site-main"><article class="page type-page status-publish" id="post-2">
<header class="entry-header"><h1 class="entry-title">{title}</h1></header><div class="entry-content">
{content}
</div></article></main></div>
<aside id="secondary" class="widget-area"><section class="widget"><h2 class="widget-title">Tautan Terkait</h2><ul>
<li><a href="https://bekasikota.go.id">Portal Pemkot</a></li><li><a href="https://ppid.bekasikota.go.id">PPID</a></li>
</ul></section></aside></div></div>
<footer class="site-footer"><p>Jl. Ir. H. Juanda No. 100, Bekasi Timur, Kota Bekasi 17113</p>
<div class="site-info">Copyright &copy; 2026 Dinas Perdagangan Kota Bekasi. Powered by WordPress</div></footer></div>
</body></html>"""


def check_front(title: str, content: str, at: datetime | None = None) -> tuple[str, str]:
    with FakeSite() as site:
        site.route("*", "/", Reply(200, static_front(title, content)))
        event = checked(site, clock=reading(at))
    return event.availability, event.content.result


def sections(*blocks: str) -> str:
    return "".join(
        f'<section class="elementor-section"><div class="elementor-container">{b}</div></section>' for b in blocks
    )


# Today's date on a static page's own (outside the posts it lays out) is its clock, as it is outside an article.
STATIC_PAGE_CLOCKS: dict[str, tuple[str, Shown]] = {
    "under the page's title": ("Selamat Datang", lambda now: f"<p>{tanggal(now, with_weekday=True)}</p>"),
    "under a welcome heading": (
        "Beranda",
        lambda now: (
            "<h2>Selamat Datang di Website Dinas Perdagangan Kota Bekasi</h2>"
            f'<p class="tgl">{tanggal(now, with_weekday=True)}</p>'
        ),
    ),
    "a top bar first in the page": (
        "Beranda",
        lambda now: f'<div class="topbar">{tanggal(now, with_weekday=True)}</div>',
    ),
    "the time it took to render": (
        "Beranda",
        lambda now: (
            f'<p class="small">Halaman dimuat dalam 0,0213 detik. {tanggal(now, with_weekday=True)}'
            f" {now:%H:%M:%S} WIB</p>"
        ),
    ),
    "the server's time": ("Beranda", lambda now: f'<p class="info-server">Waktu server: {now:%d-%m-%Y %H:%M:%S}</p>'),
}


@pytest.mark.parametrize("clock", STATIC_PAGE_CLOCKS.values(), ids=STATIC_PAGE_CLOCKS.keys())
def test_todays_date_of_a_static_page_above_its_stale_news_dates_nothing(clock: tuple[str, Shown]) -> None:
    title, shown = clock
    now = _today()
    assert check_front(title, shown(now) + sections(cards(OLD_DAYS, tanggal)), at=now) == ("aktif", "tidak_update")


# A post of today that the static page lays out, in a box of its own or loose under its linked headline, is a post.
STATIC_PAGE_POSTS: dict[str, Shown] = {
    "in a box under its heading": lambda now: (
        '<div class="berita-utama"><h3>Vaksinasi Campak bagi Balita di Puskesmas se-Kota Bekasi</h3>'
        f"<span>{tanggal(now, with_weekday=True)}</span><p>{EXCERPT}</p></div>"
    ),
    "loose under its headline": lambda now: (
        '<h2><a href="/2026/12/wali-kota-resmikan-gedung-pelayanan-terpadu/">Wali Kota Bekasi Resmikan Gedung'
        f" Pelayanan Terpadu</a></h2><p>{tanggal(now, with_weekday=True)}</p><p>{EXCERPT}</p>"
    ),
}


@pytest.mark.parametrize("post", STATIC_PAGE_POSTS.values(), ids=STATIC_PAGE_POSTS.keys())
def test_a_post_of_today_on_a_static_page_dates_it(post: Shown) -> None:
    now = _today()
    welcome = f"<h2>Selamat Datang di Website Dinas Perdagangan Kota Bekasi</h2><p>{EXCERPT}</p>"
    assert check_front("Beranda", welcome + sections(post(now), cards(OLD_DAYS, tanggal))) == ("aktif", "update")


def wp_posts(days: tuple[int, ...]) -> str:
    """Return the posts a static page lists as WordPress prints them: each an ``<article>`` ("type-post")."""
    return "".join(
        f'<article class="post-{80 + i} post type-post status-publish"><h3 class="entry-title">'
        f'<a href="/2026/{i + 1:02d}/berita-{i}/">{HEADLINES[i % len(HEADLINES)]}</a></h3><div class="entry-meta">'
        f'<time class="entry-date published">{tanggal(wib_ago(d))}</time></div><p>{EXCERPT}</p></article>'
        for i, d in enumerate(days)
    )


# A static page that lists its posts as <article>s puts its latest beside them in a box of its own: a post of today.
FEATURED_BESIDE_POSTS: dict[str, Shown] = {
    "a featured-post under its headline": lambda now: (
        '<div class="featured-post"><h2 class="entry-title"><a href="/2026/12/pelantikan-forum-kota-sehat/">'
        'Pelantikan Pengurus Forum Kota Sehat</a></h2><div class="entry-meta"><time class="entry-date">'
        f"{tanggal(now)}</time></div><p>{EXCERPT}</p></div>"
    ),
    "Astra's hero post": lambda now: (
        '<div class="ast-hero-post"><img src="/wp-content/uploads/2026/12/banjir.jpg" alt=""><h2>'
        '<a href="/2026/12/bantuan-banjir-jatiasih/">Pemkot Salurkan Bantuan untuk Korban Banjir Jatiasih</a></h2>'
        f'<span class="posted-on">{tanggal(now)}</span></div>'
    ),
    "a sticky section of a short headline": lambda now: (
        '<section class="sticky-news"><h2>Berita Utama</h2><h3><a href="/2026/12/bantuan-banjir/">Bantuan Banjir'
        f' Jatiasih</a></h3><p><i class="fa fa-calendar"></i> {tanggal(now, with_weekday=True)}</p></section>'
    ),
    "a featured post of a short headline and its time": lambda now: (
        '<div class="featured-post"><h2 class="entry-title"><a href="/2026/12/bantuan-banjir/">Bantuan Banjir'
        ' Jatiasih</a></h2><div class="entry-meta"><time class="entry-date published"'
        f' datetime="{now:%Y-%m-%dT%H:%M:%S+07:00}">{tanggal(now)}</time></div></div>'
    ),
}


@pytest.mark.parametrize("post", FEATURED_BESIDE_POSTS.values(), ids=FEATURED_BESIDE_POSTS.keys())
def test_a_featured_post_of_today_beside_a_static_pages_stale_posts_dates_it(post: Shown) -> None:
    assert check_front("Beranda", post(_today()) + wp_posts(OLD_DAYS)) == ("aktif", "update")


# Beside those posts, the page's own date of today (a welcome's, a section's heading linking the news index, a box
# named for news linking the menu's, the site's name linking home) is still its clock.
CLOCKS_BESIDE_POSTS: dict[str, Shown] = {
    "under a welcome heading": lambda now: (
        '<div class="welcome-box"><h2>Selamat Datang di Website Dinas Perdagangan Kota Bekasi</h2>'
        f'<p class="tgl">{tanggal(now, with_weekday=True)}</p></div>'
    ),
    "beside a news section's heading": lambda now: (
        '<div class="news-head"><h2><a href="/berita/">Berita Terkini</a></h2>'
        f'<span class="date">{tanggal(now, with_weekday=True)}</span></div>'
    ),
    "a news ticker's heading linking the menu's news": lambda now: (
        '<div class="news-ticker"><h4><a href="/berita/">Berita dan Pengumuman</a></h4>'
        f"<span>{tanggal(now, with_weekday=True)}</span></div>"
    ),
    "under the site's name linking home": lambda now: (
        '<div class="post-banner"><h2><a href="/">Dinas Perdagangan Kota Bekasi</a></h2>'
        f'<p class="date">{tanggal(now, with_weekday=True)}</p></div>'
    ),
}


@pytest.mark.parametrize("clock", CLOCKS_BESIDE_POSTS.values(), ids=CLOCKS_BESIDE_POSTS.keys())
def test_todays_date_of_a_static_page_beside_its_stale_posts_dates_nothing(clock: Shown) -> None:
    now = _today()
    assert check_front("Beranda", clock(now) + wp_posts(OLD_DAYS), at=now) == ("aktif", "tidak_update")
