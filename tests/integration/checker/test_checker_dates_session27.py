"""Content freshness of department sites that stamp the moment of the request, or date their content where the
checker did not look, through a whole check against a real HTTP server on 127.0.0.1 (session 27).

A PHP theme's ``date('Y-m-d H:i:s')`` in WIB (or WITA, WIT) written without its zone in a ``<meta name="date">``,
an ``og:updated_time`` or a JSON-LD ``dateModified``, and an RSS script's ``date(DATE_RSS)`` on every item, are
the request's time: a stale page stays stale, an undated one undated. A WordPress REST API whose posts a bulk
edit all modified at one second dates them by their publication. A WordPress site whose API only its ``Link``
header names, and a Laravel portal whose cards a script dates from ``data-datetime``, ``data-created-at``,
``data-timeago`` and the like, are dated by them.

The checker runs on the real clock: every stamp is rendered at the request, every other date is counted back
from today, so that nothing ages.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta, timezone
from email.utils import format_datetime

import pytest
from checker_servers import FakeSite, Reply, Request, checked
from dated_pages_s27 import (
    WIB,
    WP_POSTS_PATH,
    json_ld,
    laravel_page,
    php_portal_page,
    rss_feed,
    wordpress_page,
    wp_posts,
)

from pantau_contracts.status import ApplicationChecked

WP_HOST = "dinkes.bekasikota.go.id"
LARAVEL_HOST = "disdik.bekasikota.go.id"
PHP_HOST = "dlh.bekasikota.go.id"
STALE_DAYS = (163, 171, 184, 192)
FRESH_DAYS = (2, 5, 9, 15)  # not yesterday: outside an article, a time of today's date (in UTC) reads as a clock
ZONES = {"WIB": 7, "WITA": 8, "WIT": 9}
AUTHOR_LINES = ['<i class="bi bi-person"></i> Admin'] * 3  # cards that print no date
JSON = {"Content-Type": "application/json; charset=UTF-8"}

Head = Callable[[datetime], str]  # the <head> markup of a stamp


def local_now(hours: int = 7) -> datetime:
    """Return the wall clock of an Indonesian zone ``hours`` ahead of UTC, without its zone: what PHP's
    ``date()`` prints there."""
    stamp = datetime.now(timezone(timedelta(hours=hours))).replace(tzinfo=None, microsecond=0)
    # A stamp of exactly midnight reads as a bare date (today's, which dates a page): a second later is still the
    # request's moment, and keeps the test independent of when it runs.
    return stamp + timedelta(seconds=1) if not (stamp.hour or stamp.minute or stamp.second) else stamp


def wib_days_ago(days: int, hour: int = 9, minute: int = 15) -> datetime:
    """Return the WIB time ``hour``:``minute`` of ``days`` days ago."""
    return (datetime.now(WIB) - timedelta(days=days)).replace(hour=hour, minute=minute, second=0, microsecond=0)


def posted(days: tuple[int, ...]) -> list[datetime | None]:
    return [wib_days_ago(n) for n in days]


def serve(site: FakeSite, routes: dict[str, Reply | Callable[[Request], Reply]]) -> None:
    """Make ``routes`` the site's only ones: nothing of an earlier test's feed or API stays."""
    site.routes.clear()
    for path, reply in routes.items():
        site.route("*", path, reply)


def freshness(event: ApplicationChecked) -> tuple[str, str | None, date | None]:
    """Return the result, the deciding signal and the day of the last change of a healthy site's check."""
    assert (event.availability, event.findings) == ("aktif", ())
    last = event.content.last_changed
    return event.content.result, event.content.evidence, last.date() if last else None


# --- a time stamped at the request in local time, without its zone -------------------------------------------


def meta_date(stamp: datetime) -> str:
    return f'<meta name="date" content="{stamp:%Y-%m-%d %H:%M:%S}">'


def og_updated(stamp: datetime) -> str:
    return (
        '<meta property="og:type" content="website" />'
        f'<meta property="og:updated_time" content="{stamp:%Y-%m-%dT%H:%M:%S}" />'
    )


def ld_web_page(stamp: datetime) -> str:
    return json_ld("WebPage", f"{stamp:%Y-%m-%d %H:%M:%S}")


STAMPS = [
    pytest.param(meta_date, 7, id="meta-date-wib"),
    pytest.param(meta_date, 8, id="meta-date-wita"),
    pytest.param(meta_date, 9, id="meta-date-wit"),
    pytest.param(og_updated, 7, id="og-updated-time-wib"),
    pytest.param(ld_web_page, 7, id="json-ld-date-modified-wib"),
]


def stamped_wordpress(days: tuple[int, ...], head: Head, hours: int) -> Callable[[Request], Reply]:
    """Return the route of a WordPress home page whose theme writes the time of each request into ``head``."""
    return lambda _request: Reply(200, wordpress_page(posted(days), head=head(local_now(hours))))


@pytest.mark.parametrize(("head", "hours"), STAMPS)
def test_a_local_request_stamp_leaves_a_stale_wordpress_page_stale(
    shared_site: FakeSite, head: Head, hours: int
) -> None:
    serve(shared_site, {"/": stamped_wordpress(STALE_DAYS, head, hours)})
    newest = wib_days_ago(STALE_DAYS[0]).date()
    assert freshness(checked(shared_site, WP_HOST)) == ("tidak_update", "page_date", newest)


@pytest.mark.parametrize(("head", "hours"), STAMPS)
def test_a_fresh_wordpress_page_with_a_local_request_stamp_is_dated_by_its_posts(
    shared_site: FakeSite, head: Head, hours: int
) -> None:
    serve(shared_site, {"/": stamped_wordpress(FRESH_DAYS, head, hours)})
    newest = wib_days_ago(FRESH_DAYS[0]).date()
    assert freshness(checked(shared_site, WP_HOST)) == ("update", "page_date", newest)


def test_an_undated_wordpress_page_with_a_local_meta_stamp_is_undated(shared_site: FakeSite) -> None:
    serve(shared_site, {"/": lambda _r: Reply(200, wordpress_page([None] * 3, head=meta_date(local_now())))})
    event = checked(shared_site, WP_HOST)
    assert freshness(event) == ("tidak_diketahui", None, None)
    assert event.content.detail == "tidak ada bukti tanggal"


def test_an_undated_wordpress_pages_meta_date_of_yesterday_dates_it(shared_site: FakeSite) -> None:
    # The same meta written when the page last changed, not at the request: the content's date.
    written = wib_days_ago(1, hour=10, minute=20).replace(tzinfo=None)
    serve(shared_site, {"/": Reply(200, wordpress_page([None] * 3, head=meta_date(written)))})
    assert freshness(checked(shared_site, WP_HOST)) == ("update", "metadata", written.date())


def test_an_undated_laravel_portal_with_a_local_json_ld_stamp_is_undated(shared_site: FakeSite) -> None:
    def home(_request: Request) -> Reply:
        stamp = json_ld("WebSite", f"{local_now():%Y-%m-%d %H:%M:%S}")
        return Reply(200, laravel_page(AUTHOR_LINES, head=stamp))

    serve(shared_site, {"/": home})
    event = checked(shared_site, LARAVEL_HOST)
    assert freshness(event) == ("tidak_diketahui", None, None)
    assert event.content.detail == "tidak ada bukti tanggal"


def test_an_undated_laravel_portals_json_ld_of_yesterday_dates_it(shared_site: FakeSite) -> None:
    written = wib_days_ago(1, hour=10, minute=20).replace(tzinfo=None)
    html = laravel_page(AUTHOR_LINES, head=json_ld("WebSite", f"{written:%Y-%m-%d %H:%M:%S}"))
    serve(shared_site, {"/": Reply(200, html)})
    assert freshness(checked(shared_site, LARAVEL_HOST)) == ("update", "json_ld", written.date())


# --- a feed whose every item carries the request's time ----------------------------------------------------


def rss_now(_request: Request) -> Reply:
    """Return a PHP script's feed of three items, each dated ``date(DATE_RSS)`` at the request, in WIB."""
    stamp = format_datetime(datetime.now(WIB).replace(microsecond=0))
    return Reply(200, rss_feed([stamp] * 3), {"Content-Type": "application/rss+xml"})


def test_a_feed_stamped_at_the_request_leaves_a_stale_portal_stale(shared_site: FakeSite) -> None:
    days = [wib_days_ago(n) for n in STALE_DAYS[:3]]
    lines = [f"Tanggal: {d.day:02d}-{d.month:02d}-{d.year}" for d in days]
    serve(shared_site, {"/": Reply(200, php_portal_page(lines)), "/rss.php": rss_now})
    assert freshness(checked(shared_site, PHP_HOST)) == ("tidak_update", "page_date", days[0].date())


def test_a_feed_stamped_at_the_request_leaves_an_undated_portal_undated(shared_site: FakeSite) -> None:
    serve(shared_site, {"/": Reply(200, php_portal_page(["Oleh: Admin DLH"] * 3)), "/rss.php": rss_now})
    assert freshness(checked(shared_site, PHP_HOST)) == ("tidak_diketahui", None, None)


def test_a_feed_of_dated_items_dates_an_undated_portal(shared_site: FakeSite) -> None:
    items = [wib_days_ago(n) for n in FRESH_DAYS[:3]]
    feed = rss_feed([format_datetime(d) for d in items])
    serve(
        shared_site,
        {
            "/": Reply(200, php_portal_page(["Oleh: Admin DLH"] * 3)),
            "/rss.php": Reply(200, feed, {"Content-Type": "application/rss+xml"}),
        },
    )
    assert freshness(checked(shared_site, PHP_HOST)) == ("update", "feed", items[0].astimezone(UTC).date())


# --- the WordPress REST API ------------------------------------------------------------------------------------


def gmt(when: datetime) -> str:
    """Return ``when`` as WordPress writes ``date_gmt`` and ``modified_gmt``."""
    return f"{when.astimezone(UTC):%Y-%m-%dT%H:%M:%S}"


def wordpress_with_api(request: Request) -> Reply:
    """Return an undated WordPress home page whose ``<link rel="https://api.w.org/">`` names its API."""
    root = f"http://{request.headers.get('Host', '')}/wp-json/"
    return Reply(200, wordpress_page([None] * 3, api_link=root))


def test_posts_all_modified_in_one_bulk_edit_are_dated_by_their_publication(shared_site: FakeSite) -> None:
    # A category renamed this morning touched every post: months apart, all modified at one second.
    edit = gmt(datetime.now(UTC).replace(microsecond=0) - timedelta(hours=5))
    published = [wib_days_ago(n, hour=10) for n in (40, 70, 100, 130, 160)]
    api = wp_posts([(gmt(p), edit) for p in published])
    serve(shared_site, {"/": wordpress_with_api, WP_POSTS_PATH: Reply(200, api, JSON)})
    event = checked(shared_site, WP_HOST)
    assert freshness(event) == ("tidak_update", "wp_json", published[0].astimezone(UTC).date())
    assert (event.content.detail or "").startswith("API WordPress ")


def test_posts_each_modified_on_its_own_are_dated_by_their_edits(shared_site: FakeSite) -> None:
    published = [wib_days_ago(n, hour=10) for n in (40, 70, 100, 130, 160)]
    edited = [wib_days_ago(n, hour=14) for n in (2, 9, 25, 31, 44)]
    api = wp_posts([(gmt(p), gmt(e)) for p, e in zip(published, edited, strict=True)])
    serve(shared_site, {"/": wordpress_with_api, WP_POSTS_PATH: Reply(200, api, JSON)})
    assert freshness(checked(shared_site, WP_HOST)) == ("update", "wp_json", edited[0].astimezone(UTC).date())


def wordpress_linked_in_header(request: Request) -> Reply:
    """Return an undated WordPress home page without the API's tag, its root named in the ``Link`` header
    only (as WordPress sends it on every page)."""
    root = f"http://{request.headers.get('Host', '')}/wp-json/"
    return Reply(200, wordpress_page([None] * 3), {"Link": f'<{root}>; rel="https://api.w.org/"'})


@pytest.mark.parametrize(
    ("days", "result"),
    [pytest.param((2, 6, 13), "update", id="fresh"), pytest.param(STALE_DAYS[:3], "tidak_update", id="stale")],
)
def test_the_api_named_in_the_link_header_dates_the_site(
    shared_site: FakeSite, days: tuple[int, ...], result: str
) -> None:
    published = [wib_days_ago(n, hour=10) for n in days]
    api = wp_posts([(gmt(p), gmt(p)) for p in published])
    serve(shared_site, {"/": wordpress_linked_in_header, WP_POSTS_PATH: Reply(200, api, JSON)})
    assert freshness(checked(shared_site, WP_HOST)) == (result, "wp_json", published[0].astimezone(UTC).date())


# --- dates a script renders from a card's data attribute ----------------------------------------------------


def laravel_value(when: datetime, written: str) -> str:
    """Return ``when`` (WIB) as a Blade template writes it into the attribute: ``$post->created_at`` ("sql"),
    its ``toIso8601String()`` ("iso") or its JSON ("json", UTC with microseconds)."""
    if written == "sql":
        return f"{when:%Y-%m-%d %H:%M:%S}"
    if written == "iso":
        return when.isoformat()
    return f"{when.astimezone(UTC):%Y-%m-%dT%H:%M:%S}.000000Z"


ATTRIBUTES = [
    pytest.param("data-datetime", "sql", id="data-datetime"),
    pytest.param("data-timeago", "iso", id="data-timeago"),
    pytest.param("data-created", "sql", id="data-created"),
    pytest.param("data-created-at", "json", id="data-created-at"),
    pytest.param("data-published-at", "sql", id="data-published-at"),
    pytest.param("data-updated-at", "json", id="data-updated-at"),
    pytest.param("data-modified", "iso", id="data-modified"),
]


def script_dated_cards(attribute: str, written: str, days: tuple[int, ...]) -> tuple[str, date]:
    """Return a Laravel portal whose cards' dates a script fills from ``attribute``, and its newest card's day."""
    cards = [wib_days_ago(n, hour=8, minute=0) for n in days]
    lines = [
        f'<i class="bi bi-clock"></i> <span class="js-moment" {attribute}="{laravel_value(c, written)}"></span>'
        for c in cards
    ]
    return laravel_page(lines), cards[0].date()


@pytest.mark.parametrize(("attribute", "written"), ATTRIBUTES)
def test_cards_dated_by_a_data_attribute_date_a_fresh_portal(
    shared_site: FakeSite, attribute: str, written: str
) -> None:
    html, newest = script_dated_cards(attribute, written, FRESH_DAYS[:3])
    serve(shared_site, {"/": Reply(200, html)})
    assert freshness(checked(shared_site, LARAVEL_HOST)) == ("update", "page_date", newest)


@pytest.mark.parametrize(("attribute", "written"), ATTRIBUTES)
def test_cards_dated_by_a_data_attribute_leave_a_stale_portal_stale(
    shared_site: FakeSite, attribute: str, written: str
) -> None:
    html, newest = script_dated_cards(attribute, written, STALE_DAYS[:3])
    serve(shared_site, {"/": Reply(200, html)})
    assert freshness(checked(shared_site, LARAVEL_HOST)) == ("tidak_update", "page_date", newest)
