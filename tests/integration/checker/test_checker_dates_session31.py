"""Dates only in markup and data, through a whole check against a real HTTP server on 127.0.0.1 (session 31).

An old Blogger or WordPress theme gives its posts' dates in the hAtom microformat's titles only
(``<span class="updated" title="2026-12-04T08:15:00+07:00">``), a ``<time>`` without ``datetime`` in its title; a
single-page app's shell holds its news in its embedded data (Next.js's ``__NEXT_DATA__``, Nuxt's ``__NUXT__``,
Inertia's ``data-page``, a script's ``var berita = [...]``) and shows only a mount point and a ``<noscript>``; a
news list prints two-digit years ("04/12/26", "04-12-26 08:15"). Each is read, a stale site `tidak_update` and a
fresh one `update`; an app's configuration, its user and an agenda of events ahead in the same data date nothing,
and a phone, a version, a letter's number or a score beside a stale list leave it stale.

The pages are served without ``Last-Modified`` (dynamic PHP or Node), so that the page's own dates decide.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from html import escape

import pytest
from checker_servers import FakeSite, Reply, checked
from test_checker_dates_session28 import EXCERPT, HEADLINES, WIB, site_page

from pantau_checker.probe import now_utc

FRESH_DAYS = (1, 4, 9)
STALE_DAYS = (120, 150, 185)


# The time the two-digit years' lists are checked at, pinned: between midnight and 07.00 WIB a stamp of yesterday
# with its time is of the day in UTC, as a server's clock in UTC prints it, and dates nothing (``dates._is_clock``).
SHORT_YEARS_NOW = datetime(2026, 12, 5, 3, 0, tzinfo=UTC)


def ago(days: int, now: datetime | None = None) -> datetime:
    return (now or datetime.now(UTC)).astimezone(WIB) - timedelta(days=days)


def result(html: str, clock: Callable[[], datetime] = now_utc) -> str:
    with FakeSite() as site:
        site.route("*", "/", Reply(200, html, {"Content-Type": "text/html; charset=UTF-8"}))
        event = checked(site, clock=clock)
    assert event.availability == "aktif"
    return event.content.result


def hatom_posts(days: tuple[int, ...], stamp: Callable[[datetime], str]) -> str:
    """Return an old Blogger theme's posts ("post hentry"), each dated by ``stamp`` in its header."""
    return (
        '<div class="blog-posts hfeed">'
        + "".join(
            '<div class="date-outer"><div class="post hentry"><h3 class="post-title entry-title">'
            f'<a href="/2026/{i}.html">{title}</a></h3><div class="post-header"><span class="post-author vcard">'
            f'Diposting oleh <span class="fn">Admin Dinas</span></span> {stamp(ago(d))}</div>'
            f'<div class="post-body entry-content"><p>{EXCERPT}</p></div>'
            '<div class="post-footer"><span class="post-labels">Label: <a href="/search/label/Berita">Berita</a></span>'
            "</div></div></div>"
            for i, (d, title) in enumerate(zip(days, HEADLINES, strict=False))
        )
        + "</div>"
    )


HATOM: dict[str, Callable[[datetime], str]] = {
    "an hAtom span.updated": lambda d: (
        f'<span class="updated" title="{d:%Y-%m-%dT08:15:00+07:00}">Baca selengkapnya</span>'
    ),
    "an hAtom span.published": lambda d: f'<span class="published" title="{d:%Y-%m-%dT08:15:00+07:00}"></span>',
    "a <time> with its date in its title": lambda d: (
        f'<time class="timeago" title="{d:%Y-%m-%dT08:15:00+07:00}">beberapa waktu lalu</time>'
    ),
}


@pytest.mark.parametrize("stamp", HATOM.values(), ids=HATOM.keys())
@pytest.mark.parametrize(("days", "expected"), [(FRESH_DAYS, "update"), (STALE_DAYS, "tidak_update")])
def test_posts_dated_only_in_their_titles_date_the_page(
    stamp: Callable[[datetime], str], days: tuple[int, ...], expected: str
) -> None:
    assert result(site_page(hatom_posts(days, stamp))) == expected


NOSCRIPT = "<noscript>Aplikasi ini membutuhkan JavaScript. Silakan aktifkan JavaScript pada peramban Anda.</noscript>"


def posts(days: tuple[int, ...], key: str, printed: Callable[[datetime], str]) -> list[dict[str, object]]:
    return [
        {"id": 40 - i, "judul": title, "slug": f"berita-{40 - i}", key: printed(ago(d)), "views": 120 + i}
        for i, (d, title) in enumerate(zip(days, HEADLINES, strict=False))
    ]


def next_shell(news: list[dict[str, object]], extra: dict[str, object] | None = None) -> str:
    props = {"pageProps": {"berita": news, "menu": [{"label": "Beranda", "href": "/"}], **(extra or {})}}
    data = {"props": props, "page": "/", "query": {}, "buildId": "k3Jd9aQx", "isFallback": False, "gssp": True}
    return (
        '<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>Dinas Perdagangan Kota Bekasi</title>'
        '<script src="/_next/static/chunks/main-3f2a.js" defer></script></head><body><div id="__next"></div>'
        f'{NOSCRIPT}<script id="__NEXT_DATA__" type="application/json">{json.dumps(data)}</script></body></html>'
    )


def nuxt_shell(news: list[dict[str, object]]) -> str:
    state = {"layout": "default", "data": [{"berita": news}], "state": {}, "serverRendered": True}
    return (
        '<!DOCTYPE html><html lang="id"><head><title>Dinas Perdagangan Kota Bekasi</title></head><body>'
        f'<div id="__nuxt"></div>{NOSCRIPT}<script>window.__NUXT__={json.dumps(state)};</script>'
        '<script src="/_nuxt/app.js" defer></script></body></html>'
    )


def inertia_shell(news: list[dict[str, object]]) -> str:
    page = {"component": "Beranda", "props": {"berita": news, "auth": {"user": None}}, "url": "/", "version": "9f1c"}
    return (
        '<!DOCTYPE html><html lang="id"><head><title>Dinas Perdagangan Kota Bekasi</title>'
        '<script type="module" src="/build/assets/app-5c1e.js"></script></head><body>'
        f'<div id="app" data-page="{escape(json.dumps(page))}"></div></body></html>'
    )


def vue_shell(news: list[dict[str, object]]) -> str:
    return (
        '<!DOCTYPE html><html lang="id"><head><title>Dinas Perdagangan Kota Bekasi</title></head><body>'
        f'<div id="app"><berita-list></berita-list></div>{NOSCRIPT}<script>var berita = {json.dumps(news)};'
        '</script><script src="/js/app.js"></script></body></html>'
    )


SHELLS: dict[str, Callable[[tuple[int, ...]], str]] = {
    "Next.js, published_at in ISO": lambda days: next_shell(
        posts(days, "published_at", lambda d: f"{d:%Y-%m-%dT08:15:00+07:00}")
    ),
    "Nuxt, tanggal as MySQL writes it": lambda days: nuxt_shell(
        posts(days, "tanggal", lambda d: f"{d:%Y-%m-%d} 08:15:00")
    ),
    "Inertia, Laravel's created_at in UTC": lambda days: inertia_shell(
        posts(days, "created_at", lambda d: f"{d:%Y-%m-%d}T01:15:00.000000Z")
    ),
    "a Vue app's own variable": lambda days: vue_shell(posts(days, "tanggal", lambda d: f"{d:%Y-%m-%d}")),
}


@pytest.mark.parametrize("shell", SHELLS.values(), ids=SHELLS.keys())
@pytest.mark.parametrize(("days", "expected"), [(FRESH_DAYS, "update"), (STALE_DAYS, "tidak_update")])
def test_an_apps_shell_is_dated_by_the_posts_in_its_data(
    shell: Callable[[tuple[int, ...]], str], days: tuple[int, ...], expected: str
) -> None:
    assert result(shell(days)) == expected


def test_an_apps_configuration_and_user_in_its_data_date_nothing() -> None:
    today = f"{ago(0):%Y-%m-%dT%H:%M:%S+07:00}"
    extra = {"config": {"created_at": today, "version": "2.4.26"}, "user": {"name": "Tamu", "created_at": today}}
    assert result(next_shell([], extra)) == "tidak_diketahui"


def test_an_agenda_of_events_ahead_in_an_apps_data_dates_nothing() -> None:
    events = [
        {
            "id": i,
            "judul": f"Rapat Koordinasi Pasar Tahap {i}",
            "tanggal": f"{ago(-10 - 3 * i):%Y-%m-%d}",
            "lokasi": "Aula",
        }
        for i in range(1, 4)
    ]
    html = (
        '<!DOCTYPE html><html lang="id"><head><title>Dinas Perdagangan Kota Bekasi</title></head><body>'
        f'<div id="app"></div>{NOSCRIPT}<script>var agenda = {json.dumps(events)};</script></body></html>'
    )
    assert result(html) == "tidak_diketahui"


def short_years(days: tuple[int, ...], printed: Callable[[datetime], str], now: datetime | None = None) -> str:
    """Return a news list whose dates a theme prints with two-digit years, ``days`` before ``now`` (default: now)."""
    return (
        '<h3 class="section-title">Berita Terbaru</h3><ul class="list-berita">'
        + "".join(
            f'<li><a href="/berita/{40 - i}">{title}</a><br><small class="text-muted">{printed(day)}</small></li>'
            for i, (day, title) in enumerate(zip((ago(d, now) for d in days), HEADLINES, strict=False))
        )
        + "</ul>"
    )


def short_years_result(days: tuple[int, ...], printed: Callable[[datetime], str]) -> str:
    """Return the freshness of a page of a news list of two-digit years, ``days`` before ``SHORT_YEARS_NOW``, checked
    then."""
    return result(site_page(short_years(days, printed, SHORT_YEARS_NOW)), clock=lambda: SHORT_YEARS_NOW)


SHORT_YEARS: dict[str, Callable[[datetime], str]] = {
    "slashes": lambda d: f"{d:%d/%m/%y}",
    "hyphens and a time": lambda d: f"{d:%d-%m-%y %H:%M}",
    "a byline after it": lambda d: f"{d:%d/%m/%y} | Admin",
}


@pytest.mark.parametrize("printed", SHORT_YEARS.values(), ids=SHORT_YEARS.keys())
@pytest.mark.parametrize(("days", "expected"), [(FRESH_DAYS, "update"), (STALE_DAYS, "tidak_update")])
def test_a_news_list_of_two_digit_years_dates_the_page(
    printed: Callable[[datetime], str], days: tuple[int, ...], expected: str
) -> None:
    assert short_years_result(days, printed) == expected


LOOK_ALIKES = {
    "a phone": "<p>Telp. (021) 88-12-26 / 021-88-12-26</p>",
    "a version": f"<p>Sistem Informasi Pasar v2.4.{ago(0):%y} | versi {ago(0):%d.%m.%y}</p>",
    "a letter's number": f"<p>Nomor: 800/{ago(0):%d/%m/%y} tentang Penataan Pasar</p>",
    "a number's label": f"<p>Nomor: {ago(0):%d/%m/%y}</p>",
    "a score": f"<p>Hasil turnamen: Persikasi menang {ago(0):%d-%m-%y} poin</p>",
}


@pytest.mark.parametrize("look_alike", LOOK_ALIKES.values(), ids=LOOK_ALIKES.keys())
def test_numbers_like_two_digit_dates_beside_a_stale_list_leave_it_stale(look_alike: str) -> None:
    stale = short_years(STALE_DAYS, lambda d: f"{d:%d/%m/%Y}")
    assert result(site_page(stale + look_alike * 2)) == "tidak_update"  # twice: as a list's stamps would be
