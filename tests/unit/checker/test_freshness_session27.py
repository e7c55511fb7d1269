"""Dates that are no content's, found in session 27: a time stamped at the request in Indonesia's local time
written without its zone (PHP's ``date('Y-m-d H:i:s')`` in WIB, WITA or WIT, read as UTC: hours ahead), and
the one ``modified_gmt`` a bulk edit gives every post of a WordPress REST API.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from pantau_checker.core import freshness

# Wednesday 2 December 2026, 10:00 in Bekasi (WIB), 11:00 in Makassar (WITA), 12:00 in Jayapura (WIT).
NOW = datetime(2026, 12, 2, 3, 0, tzinfo=UTC)
NOV_20 = datetime(2026, 11, 20, 2, 15, tzinfo=UTC)  # a post's time, days before


def read(value: str) -> datetime:
    parsed = freshness.parse_date(value)
    assert parsed is not None
    return parsed


# --- freshness.unstamped ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "stamp",
    [
        pytest.param("2026-12-02T03:00:00+00:00", id="utc"),
        pytest.param("2026-12-02T10:00:00+07:00", id="wib-with-its-zone"),
        pytest.param("2026-12-02 10:00:00", id="wib-naive"),
        pytest.param("2026-12-02T10:00:00", id="wib-naive-t"),
        pytest.param("2026-12-02 09:54:12", id="wib-naive-a-cached-copy-of-minutes-ago"),
        pytest.param("2026-12-02 11:00:07", id="wita-naive"),
        pytest.param("2026-12-02 12:00:00", id="wit-naive"),
    ],
)
def test_a_time_stamped_at_the_request_is_left_out(stamp: str) -> None:
    assert freshness.unstamped([read(stamp), NOV_20], NOW) == [NOV_20]


def test_every_request_stamp_is_left_out_and_the_rest_keep_their_order() -> None:
    dates = [read("2026-12-02 10:00:00"), NOV_20, read("2026-12-02T03:00:00Z"), read("2026-06-10 08:00:00")]
    assert freshness.unstamped(dates, NOW) == [NOV_20, read("2026-06-10 08:00:00")]


def test_a_bare_date_of_today_is_kept() -> None:
    # A page updated today may well say so; midnight is a day's date, not a stamp.
    today = read("2026-12-02")
    assert freshness.unstamped([today], NOW) == [today]


def test_a_stamp_at_local_midnight_is_kept_as_a_bare_date() -> None:
    # At 17:00 UTC the WIB clock reads midnight: a stamp then cannot be told from the day's date.
    midnight = read("2026-12-03 00:00:00")
    assert freshness.unstamped([midnight], datetime(2026, 12, 2, 17, 0, tzinfo=UTC)) == [midnight]


@pytest.mark.parametrize(
    "written",
    [
        pytest.param("2026-12-02T00:00:00+00:00", id="utc-3-hours-ago"),
        pytest.param("2026-12-02 07:00:00", id="wib-naive-3-hours-ago"),
        pytest.param("2026-12-02T07:00:00+07:00", id="wib-with-its-zone-3-hours-ago"),
        pytest.param("2026-12-02 10:11:00", id="wib-naive-11-minutes-ahead"),
        pytest.param("2026-12-02 09:49:00", id="wib-naive-11-minutes-ago"),
        pytest.param("2026-12-01 10:00:00", id="wib-naive-yesterday-at-this-time"),
    ],
)
def test_a_time_away_from_the_request_is_kept(written: str) -> None:
    assert freshness.unstamped([read(written)], NOW) == [read(written)]


# --- freshness.wp_posts_dates ----------------------------------------------------------------------------------


def api(posts: list[tuple[str, str]]) -> bytes:
    """Return the REST API's answer of posts (``date_gmt``, ``modified_gmt``)."""
    return json.dumps([{"date_gmt": p, "modified_gmt": m} for p, m in posts]).encode()


MONTHS_APART = ["2026-06-10T03:00:00", "2026-05-10T03:00:00", "2026-04-10T03:00:00", "2026-03-10T03:00:00"]
BULK_EDIT = "2026-12-02T01:12:44"


@pytest.mark.parametrize("count", [3, 4])
def test_posts_of_months_apart_all_modified_at_one_second_are_dated_by_their_publication(count: int) -> None:
    published = MONTHS_APART[:count]
    dates = freshness.wp_posts_dates(api([(p, BULK_EDIT) for p in published]))
    assert sorted(dates) == sorted(read(p) for p in published)


def test_posts_modified_at_different_times_keep_their_modified_times() -> None:
    edits = ["2026-12-01T09:00:00", "2026-11-28T02:30:00", "2026-11-15T07:45:10"]
    posts = list(zip(MONTHS_APART[:3], edits, strict=True))
    dates = freshness.wp_posts_dates(api(posts))
    assert sorted(dates) == sorted(read(d) for d in MONTHS_APART[:3] + edits)
    assert max(dates) == read("2026-12-01T09:00:00")


def test_two_posts_modified_at_one_second_keep_it() -> None:
    # Two posts edited together (a correction to both) are too few to tell a bulk edit.
    dates = freshness.wp_posts_dates(api([(p, BULK_EDIT) for p in MONTHS_APART[:2]]))
    assert sorted(dates) == sorted(read(d) for d in (*MONTHS_APART[:2], BULK_EDIT, BULK_EDIT))


def test_posts_published_and_modified_at_one_second_keep_their_dates() -> None:
    # Posts imported together: nothing says the modified time is not theirs.
    dates = freshness.wp_posts_dates(api([("2026-11-30T04:00:00", "2026-11-30T04:00:00")] * 3))
    assert dates == [read("2026-11-30T04:00:00")] * 6


NOTICES = {
    "a Deprecated notice": (
        "<br />\n<b>Deprecated</b>:  Creation of dynamic property Simple_Counter::$hits is deprecated in "
        "<b>/home/dinkes/public_html/wp-content/plugins/simple-counter/counter.php</b> on line <b>33</b><br />\n"
    ),
    "a Warning and a Notice": (
        '<br />\n<b>Warning</b>:  Undefined array key "page" in <b>/var/www/html/wp-content/themes/opd/'
        "functions.php</b> on line <b>112</b><br />\n<br />\n<b>Notice</b>:  Function wp_enqueue_script was "
        "called <strong>incorrectly</strong>. in <b>/var/www/html/wp-includes/functions.php</b> on line <b>6085</b>"
        "<br />\n"
    ),
    "without PHP's HTML": "\nDeprecated: Creation of dynamic property in /var/www/html/x.php on line 12\n",
}


@pytest.mark.parametrize("notice", NOTICES.values(), ids=NOTICES.keys())
def test_the_posts_after_phps_messages_are_read(notice: str) -> None:
    posts = [("2026-11-30T04:00:00", "2026-12-01T09:00:00")]
    assert freshness.wp_posts_dates(notice.encode() + api(posts)) == [read(d) for d in posts[0]]


def test_a_fatal_error_in_the_apis_place_dates_nothing() -> None:
    fatal = b"<br />\n<b>Fatal error</b>:  Uncaught Error: Call to undefined function x() in /var/www/x.php:3"
    assert freshness.wp_posts_dates(fatal + b" on line <b>3</b><br />\n") == []


def test_a_bulk_edit_among_posts_also_leaves_the_newest_publication() -> None:
    published = ["2026-11-30T04:00:00", *MONTHS_APART[:3]]
    dates = freshness.wp_posts_dates(api([(p, BULK_EDIT) for p in published]))
    assert max(dates) == read("2026-11-30T04:00:00")
