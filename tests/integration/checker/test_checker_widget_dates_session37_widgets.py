"""Widgets that print a date every day by themselves, through a whole check against a real HTTP server on 127.0.0.1
(session 37).

A department's page, its newest post four months old, stays ``tidak_update`` with any one of the widgets of
``widget_dates_pages_s37`` (prayer times, the Hijri and Javanese day, weather, exchange rates, the gold price, food
prices, air quality, COVID-19, dengue, free beds and blood stock, counters, a calendar, archives, an agenda of
national days, a countdown, embedded social posts, other sites' news, a clock, a render time, a survey's last month,
a maintenance notice); the same page with a post six days old stays ``update``, that post's day the evidence. On a
WordPress theme (its widgets in an ``<aside>``) and on a CodeIgniter portal (cards in a column, no widget classes),
at a clock past noon, one before dawn and days before a national day.

An embedded social feed or post (X, Instagram, Elfsight, YouTube) is the department's account elsewhere, not its
site: it dates no page, as the feed plugins did not; a post of the site quoting its tweet is the post's.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest
from checker_servers import FakeSite, Reply, checked
from vendor_pages import tanggal
from widget_dates_pages_s37 import (
    FRESH_DAYS,
    STALE_DAYS,
    WIB,
    WIDGETS,
    Widget,
    clock_at,
    portal_page,
    widget_page,
)

from pantau_contracts.status import ContentFreshness

Theme = Callable[[datetime, tuple[int, ...], Widget | None], str]


def freshness(html: str, now: datetime) -> ContentFreshness:
    """Return the content's freshness of one check of ``html`` (dynamic PHP: no ``Last-Modified``) at ``now``."""
    with FakeSite() as site:
        site.route("*", "/", Reply(200, html, {"Content-Type": "text/html; charset=UTF-8"}))
        event = checked(site, clock=lambda: now.astimezone(UTC))
    assert event.availability == "aktif"
    return event.content


def assert_dated_by_posts(theme: Theme, widget: Widget, now: datetime) -> None:
    """Assert that the posts date ``theme``'s page with ``widget`` at ``now``: stale, then fresh by its newest."""
    assert freshness(theme(now, STALE_DAYS, widget), now).result == "tidak_update"
    fresh = freshness(theme(now, FRESH_DAYS, widget), now)
    newest = (now - timedelta(days=FRESH_DAYS[0])).date()
    assert fresh.last_changed is not None
    assert (fresh.result, fresh.evidence, fresh.last_changed.astimezone(WIB).date()) == ("update", "page_date", newest)


@pytest.mark.parametrize("widget", WIDGETS.values(), ids=WIDGETS.keys())
@pytest.mark.parametrize("theme", [widget_page, portal_page], ids=["wordpress", "portal"])
def test_a_widgets_dates_of_the_day_leave_the_posts_to_date_the_page(theme: Theme, widget: Widget) -> None:
    assert_dated_by_posts(theme, widget, clock_at(14))


@pytest.mark.parametrize("widget", WIDGETS.values(), ids=WIDGETS.keys())
def test_before_dawn_a_widgets_dates_of_yesterday_leave_the_posts_to_date_the_page(widget: Widget) -> None:
    # Between midnight and 07:00 WIB yesterday's date alone may be a post's: the widgets' are not.
    assert_dated_by_posts(portal_page, widget, clock_at(1))


@pytest.mark.parametrize("widget", WIDGETS.values(), ids=WIDGETS.keys())
def test_a_widget_in_the_content_column_leaves_the_posts_to_date_the_page(widget: Widget) -> None:
    assert_dated_by_posts(portal_page, Widget("content", widget.markup), clock_at(10))


# Days a week before a national or city day: the agenda of fixed days and the countdown show one close ahead.
WEEK_BEFORE = {"Hari Ibu": (12, 15), "Tahun Baru": (12, 25), "HUT Kota Bekasi": (3, 3), "HUT RI": (8, 10)}


@pytest.mark.parametrize(("month", "day"), WEEK_BEFORE.values(), ids=WEEK_BEFORE.keys())
@pytest.mark.parametrize(
    "name", ["an agenda of the year's fixed days", "a countdown to the city's anniversary", "an agenda weeks ahead"]
)
def test_a_fixed_day_a_week_ahead_dates_no_page(name: str, month: int, day: int) -> None:
    for theme in (widget_page, portal_page):
        assert_dated_by_posts(theme, WIDGETS[name], clock_at(10, month, day))


def commemorations(now: datetime) -> str:
    """Return the department's own posts on the days it commemorates, under a title of national days."""
    posts = (
        (3, "Peringatan Hari Kesehatan Nasional di Alun-Alun Kota Bekasi"),
        (9, "Upacara Hari Pahlawan di Lingkungan Dinas Kesehatan"),
    )
    items = "".join(
        f'<li><a href="/berita/{i}">{headline}</a><br><small>{tanggal(now - timedelta(days=d))}</small></li>'
        for i, (d, headline) in enumerate(posts)
    )
    return f'<div class="widget"><h3 class="widget-title">Hari Besar Nasional</h3><ul>{items}</ul></div>'


def embedding_post(now: datetime) -> str:
    """Return the department's post, three days old, quoting its own tweet."""
    posted = now - timedelta(days=3)
    return (
        f'<article class="post"><h2><a href="/berita/samsat">Samsat Keliling Hadir di Summarecon</a></h2>'
        f'<span class="date">{tanggal(posted)}</span><p>Pelayanan Samsat Keliling kembali dibuka.</p>'
        '<blockquote class="twitter-tweet"><p lang="in">Samsat Keliling hari ini.</p>&mdash; Humas (@humas) '
        f'<a href="https://twitter.com/humas/status/1">{posted:%B} {posted.day}, {posted.year}</a></blockquote>'
        "</article>"
    )


OWN: dict[str, tuple[Widget, int]] = {
    "the department's posts under a title of national days": (Widget("sidebar", commemorations), 3),
    "the department's post embedding its tweet": (Widget("content", embedding_post), 3),
}


@pytest.mark.parametrize(("widget", "age"), OWN.values(), ids=OWN.keys())
def test_the_departments_content_beside_such_widgets_still_dates_the_page(widget: Widget, age: int) -> None:
    now = clock_at(14)
    for theme in (widget_page, portal_page):
        found = freshness(theme(now, STALE_DAYS, widget), now)
        assert found.last_changed is not None
        assert (found.result, found.last_changed.astimezone(WIB).date()) == (
            "update",
            (now - timedelta(days=age)).date(),
        )
