"""Content freshness of department pages as vendors write them, through a whole check.

The pages come from ``vendor_pages`` (a top bar with a live clock, a menu, a news list, a sidebar,
a footer with a copyright year) and are served by a real HTTP server on 127.0.0.1.
"""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime, timedelta

import pytest
from checker_servers import Reply, make_checker
from vendor_pages import HEADLINES, News, Site, days_ago, department_page, news_since

from pantau_common.registry.model import AppSpec
from pantau_contracts.status import ApplicationChecked

HOST = "dinkes.bekasikota.go.id"
WP_POSTS = "/wp-json/wp/v2/posts?per_page=5&_fields=date_gmt,modified_gmt"


def serve(site, page: Site) -> AppSpec:  # type: ignore[no-untyped-def]
    """Serve ``page`` as the home page and return the application that points at it."""
    site.route("*", "/", Reply(200, department_page(page)))
    return AppSpec(id="dinkes-web", pd_id="dinkes", nama="Website Dinkes", url=f"http://{HOST}:{site.port}/")


def check(site, spec: AppSpec, cycle_id: str | None = None) -> ApplicationChecked:  # type: ignore[no-untyped-def]
    return asyncio.run(make_checker(site.port, off=("cloaking",)).check(spec, cycle_id=cycle_id))


def asked(site, path: str) -> bool:  # type: ignore[no-untyped-def]
    return any(r.path == path for r in site.requests)


def wp_api_link(site) -> str:  # type: ignore[no-untyped-def]
    return f'<link rel="https://api.w.org/" href="http://{HOST}:{site.port}/wp-json/">'


def test_an_english_wordpress_theme_is_update_from_its_page_dates(site):  # type: ignore[no-untyped-def]
    spec = serve(site, Site(news=news_since([2, 9, 30, 45], printed="en"), lang="en"))
    event = check(site, spec)
    assert (event.content.result, event.content.evidence) == ("update", "page_date")
    assert event.content.last_changed is not None
    assert event.content.last_changed.date() == days_ago(2).date()


def test_relative_dates_in_the_news_list_are_update(site):  # type: ignore[no-untyped-def]
    news = [News(when, HEADLINES[i]) for i, when in enumerate(("2 jam yang lalu", "3 hari yang lalu", "2 minggu lalu"))]
    event = check(site, serve(site, Site(news=news)))
    assert (event.content.result, event.content.evidence) == ("update", "page_date")
    assert event.content.last_changed is not None
    assert abs(event.content.last_changed - (datetime.now(UTC) - timedelta(hours=2))) < timedelta(minutes=5)


def test_a_yoast_page_without_visible_dates_is_update_from_its_json_ld(site):  # type: ignore[no-untyped-def]
    modified = (datetime.now(UTC) - timedelta(days=4)).isoformat(timespec="seconds")
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebSite", "@id": f"http://{HOST}/#website", "name": "Dinas Kesehatan Kota Bekasi"},
            {
                "@type": "WebPage",
                "@id": f"http://{HOST}/",
                "datePublished": "2021-03-01T02:00:00+00:00",
                "dateModified": modified,
            },
        ],
    }
    head = f'<script type="application/ld+json" class="yoast-schema-graph">{json.dumps(graph)}</script>'
    event = check(site, serve(site, Site(news=[], head=head)))
    assert (event.content.result, event.content.evidence) == ("update", "json_ld")


def test_the_wordpress_api_dates_a_home_page_that_shows_no_dates(site):  # type: ignore[no-untyped-def]
    posts = [{"date_gmt": f"{days_ago(d):%Y-%m-%dT%H:%M:%S}", "modified_gmt": None} for d in (3, 11, 20)]
    site.route("*", WP_POSTS, Reply(200, json.dumps(posts), {"Content-Type": "application/json"}))
    event = check(site, serve(site, Site(news=[], head=wp_api_link(site))))
    assert (event.content.result, event.content.evidence) == ("update", "wp_json")
    assert event.content.last_changed is not None
    assert event.content.last_changed.date() == days_ago(3).date()


def test_the_wordpress_api_is_asked_only_when_the_page_leaves_freshness_open(site):  # type: ignore[no-untyped-def]
    site.route("*", WP_POSTS, Reply(200, "[]", {"Content-Type": "application/json"}))
    spec = serve(site, Site(head=wp_api_link(site)))  # fresh news on the page

    assert check(site, spec).content.evidence == "page_date"
    assert not asked(site, WP_POSTS)

    check(site, spec, cycle_id="c-1")  # the SOP's round is thorough
    assert asked(site, WP_POSTS)


@pytest.mark.parametrize("plain_markup", [False, True], ids=["themed", "plain-divs"])
def test_a_clock_and_a_copyright_year_do_not_make_stale_news_fresh(site, plain_markup):  # type: ignore[no-untyped-def]
    spec = serve(site, Site(news=news_since([200, 215, 240]), plain_markup=plain_markup))
    event = check(site, spec)
    assert (event.content.result, event.content.evidence) == ("tidak_update", "page_date")
    assert event.content.last_changed is not None
    assert event.content.last_changed.date() == days_ago(200).date()


def test_a_page_whose_only_dates_are_a_clock_and_a_copyright_year_is_not_update(site):  # type: ignore[no-untyped-def]
    event = check(site, serve(site, Site(news=[], plain_markup=True)))
    assert event.content.result == "tidak_diketahui"
    assert event.content.detail == "tidak ada bukti tanggal"
