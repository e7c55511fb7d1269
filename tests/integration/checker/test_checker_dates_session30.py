"""Dates a prober found read wrong, through a whole check against a real HTTP server on 127.0.0.1 (session 30).

A theme of bare ``<div>``s puts its latest post above the list ("Berita Utama"), its date alone under its
headline: a post's, even today's, not a top bar's clock. A header's date under the site's name and a widget's
"Agenda Hari Ini" stay clocks. The time a page took to render after today's date ("dibuat pada … dalam 0.0123
detik") is a clock too. A news list dated by the day's name, day and month ("Kamis, 3 Desember") is read, its year
the one the day's name agrees with.

The checker runs on the real clock: every date is counted back from now in Bekasi (WIB).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

import pytest
from checker_servers import FakeSite, Reply, checked
from test_checker_dates_session28 import EXCERPT, HEADLINES, OLD_DAYS, WIB, cards, site_page, wib_ago
from vendor_pages import tanggal


def check(body: str) -> tuple[str, str]:
    with FakeSite() as site:
        site.route("*", "/", Reply(200, site_page(body)))
        event = checked(site)
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
    assert check(clock(_today()) + cards(OLD_DAYS, tanggal)) == ("aktif", "tidak_update")


def test_the_time_a_stale_page_took_to_render_today_dates_nothing() -> None:
    now = _today()
    stamp = f'<p class="small text-muted">Halaman ini dibuat pada {tanggal(now)} dalam 0.0123 detik</p>'
    assert check(cards(OLD_DAYS, tanggal) + stamp) == ("aktif", "tidak_update")


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
