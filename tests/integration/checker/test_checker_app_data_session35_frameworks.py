"""What a single-page app's shell holds in its data, in the shapes vendors' headless fronts write it (session 35),
through a whole check against a real HTTP server on 127.0.0.1.

A headless WordPress read through WPGraphQL gives its posts as Relay edges (``{"node": {…}, "cursor": …}``) and
Contentful as entries (``{"sys": {…}, "fields": {…}}``): each is dated by its post's date now, fresh or stale. The
headlines of the data's lists are what the app draws once its script runs: a hacked CMS serving gambling posts into
an Inertia, Next.js or Nuxt 3 shell is ``judi_online`` as the same posts rendered by the server are, while a
department's own news about gambling (a police raid, a ban of sites) and a vaccination's "slot" stay clean. The pages
are served without ``Last-Modified`` (an app's server renders them), so that the data's dates decide.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from html import escape

import pytest
from checker_servers import FakeSite, Reply, checked
from test_checker_app_data_session32_fresh import nuxt3_shell
from test_checker_dates_session28 import HEADLINES
from test_checker_dates_session31 import FRESH_DAYS, NOSCRIPT, STALE_DAYS, ago, next_shell, result

from pantau_contracts.status import ApplicationChecked

GAMBLING = (
    "Situs Slot Gacor Hari Ini Gampang Maxwin",
    "Link Daftar Slot88 Terpercaya Bonus New Member",
    "Bocoran RTP Live Pragmatic Play Malam Ini",
    "Togel Hongkong Keluaran HK Hari Ini Tercepat",
)
LOOK_ALIKES = (
    "Polres Metro Bekasi Kota Ungkap Kasus Judi Online di Bekasi Timur",
    "Kuota Slot Vaksinasi Booster Dibuka untuk 500 Warga",
    "Diskominfo Blokir 1.200 Situs Judi Online Sepanjang 2026",
    "Sosialisasi Bahaya Judi Online bagi Pelajar SMP Negeri 2",
)


def wpgraphql(days: tuple[int, ...]) -> list[dict[str, object]]:
    return [
        {
            "node": {
                "title": title,
                "slug": f"berita-{i}",
                "date": f"{ago(d):%Y-%m-%dT08:15:00}",
                "featuredImage": {"node": {"sourceUrl": f"/wp-content/uploads/2026/{i}.jpg"}},
            },
            "cursor": f"YXJyYXljb25uZWN0aW9uOj{i}",
        }
        for i, (d, title) in enumerate(zip(days, HEADLINES, strict=False))
    ]


def contentful(days: tuple[int, ...]) -> list[dict[str, object]]:
    return [
        {
            "sys": {"id": f"4Xk{i}", "type": "Entry", "createdAt": "2025-03-01T02:00:00.000Z"},
            "fields": {"title": title, "slug": f"berita-{i}", "publishDate": f"{ago(d):%Y-%m-%d}"},
        }
        for i, (d, title) in enumerate(zip(days, HEADLINES, strict=False))
    ]


FRONTS: dict[str, Callable[[tuple[int, ...]], list[dict[str, object]]]] = {
    "WPGraphQL's edges": wpgraphql,
    "Contentful's entries": contentful,
}


@pytest.mark.parametrize("front", FRONTS.values(), ids=FRONTS.keys())
@pytest.mark.parametrize(("days", "expected"), [(FRESH_DAYS, "update"), (STALE_DAYS, "tidak_update")])
def test_a_headless_fronts_posts_date_its_shell(
    front: Callable[[tuple[int, ...]], list[dict[str, object]]], days: tuple[int, ...], expected: str
) -> None:
    assert result(next_shell(front(days))) == expected


def laravel_posts(titles: tuple[str, ...]) -> list[dict[str, object]]:
    return [
        {
            "id": 90 - i,
            "title": title,
            "slug": f"post-{90 - i}",
            "thumbnail": f"/storage/posts/{90 - i}.jpg",
            "created_at": f"{ago(d):%Y-%m-%dT01:15:00.000000Z}",
        }
        for i, (d, title) in enumerate(zip(FRESH_DAYS, titles, strict=False))
    ]


def inertia_page(titles: tuple[str, ...]) -> str:
    props = {
        "errors": {},
        "auth": {"user": None},
        "posts": {"current_page": 1, "data": laravel_posts(titles), "last_page": 9, "per_page": 6, "links": []},
    }
    page = {"component": "Public/Beranda", "props": props, "url": "/", "version": "5d2c1a"}
    return (
        '<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>Dinas Pendidikan Kota Bekasi</title>'
        '<link rel="stylesheet" href="/build/assets/app-4f9a.css"><script type="module" '
        f'src="/build/assets/app-9c1d.js"></script></head><body><div id="app" data-page="{escape(json.dumps(page))}">'
        f"</div>{NOSCRIPT}</body></html>"
    )


def wordpress_rest(titles: tuple[str, ...]) -> list[dict[str, object]]:
    return [
        {"id": 700 - i, "date": f"{ago(d):%Y-%m-%dT09:00:00}", "slug": f"p-{i}", "title": {"rendered": title}}
        for i, (d, title) in enumerate(zip(FRESH_DAYS, titles, strict=False))
    ]


SHELLS: dict[str, Callable[[tuple[str, ...]], str]] = {
    "Inertia's data-page": inertia_page,
    "Next.js's __NEXT_DATA__ of WordPress's REST": lambda titles: next_shell(wordpress_rest(titles)),
    "Nuxt 3's payload": lambda titles: nuxt3_shell(laravel_posts(titles)),
}


def check(html: str) -> ApplicationChecked:
    with FakeSite() as site:
        site.route("*", "/", Reply(200, html, {"Content-Type": "text/html; charset=UTF-8"}))
        return checked(site)


@pytest.mark.parametrize("shell", SHELLS.values(), ids=SHELLS.keys())
def test_gambling_posts_in_an_apps_data_are_found(shell: Callable[[tuple[str, ...]], str]) -> None:
    event = check(shell(GAMBLING))
    assert event.availability == "aktif"
    assert any(f.code == "judi_online" for f in event.findings), event.findings


@pytest.mark.parametrize("shell", SHELLS.values(), ids=SHELLS.keys())
def test_a_departments_news_about_gambling_in_an_apps_data_stays_clean(
    shell: Callable[[tuple[str, ...]], str],
) -> None:
    event = check(shell(LOOK_ALIKES))
    assert (event.availability, event.content.result, event.findings) == ("aktif", "update", ())


def test_a_queue_apps_time_slots_in_its_data_stay_clean() -> None:
    """A civil registry's queue app lists its services' time slots ("Slot 1 (08:00 - 09:00)") beside its news."""
    slots = [
        {"id": i, "title": f"Slot {i} ({7 + i:02d}:00 - {8 + i:02d}:00)", "kuota": 20, "sisa": 4} for i in range(1, 7)
    ]
    props = {
        "layanan": [{"title": "Perekaman KTP-el", "slots": slots}, {"title": "Akta Kelahiran", "slots": slots}],
        "posts": {"current_page": 1, "data": laravel_posts(HEADLINES), "last_page": 3, "links": []},
    }
    page = {"component": "Antrean/Index", "props": props, "url": "/", "version": "5d2c1a"}
    html = (
        '<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>Antrean Online Disdukcapil Kota Bekasi'
        '</title><script type="module" src="/build/assets/app-9c1d.js"></script></head><body>'
        f'<div id="app" data-page="{escape(json.dumps(page))}"></div>{NOSCRIPT}</body></html>'
    )
    event = check(html)
    assert (event.availability, event.content.result, event.findings) == ("aktif", "update", ())
