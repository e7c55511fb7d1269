"""A post's time given in another zone than Bekasi's (WordPress's ``<time datetime>`` in UTC, which a script renders
as "2 jam yang lalu"), through a whole check against a real HTTP server on 127.0.0.1: it dates the day it is in
Bekasi, the day the site writes.

The checker's clock is fixed at Wednesday 2 December 2026, 10:00 in Bekasi (``stamped_pages.NOW``).
"""

from __future__ import annotations

from datetime import UTC, datetime

from checker_servers import FakeSite
from cms_theme_pages import checked_at_now
from test_checker_dates_session24 import custom_theme
from vendor_pages import EXCERPT, HEADLINES


def news_list(*times: str) -> str:
    """Return a theme's list of posts, each dated by a ``<time>`` whose text a script fills in (jQuery timeago)."""
    posts = "".join(
        f'<article class="post type-post status-publish"><h3 class="entry-title"><a href="/berita-{i + 1}/">'
        f'{HEADLINES[i]}</a></h3><div class="entry-meta"><i class="fa fa-clock-o"></i> <time class="entry-date '
        f'published timeago" datetime="{stamp}"></time> · Humas</div><p>{EXCERPT}</p></article>'
        for i, stamp in enumerate(times)
    )
    return custom_theme(f"<h2>Berita Terkini</h2>{posts}", "Rabu, 2 Desember 2026")


def test_a_post_of_the_small_hours_given_in_utc_dates_the_day_it_is_in_bekasi(shared_site: FakeSite) -> None:
    # 1 December 18:30 UTC is 2 December 01:30 in Bekasi.
    html = news_list("2026-12-01T18:30:00+00:00", "2026-11-27T02:00:00+00:00", "2026-11-20T03:15:00Z")
    assert checked_at_now(shared_site, html) == ("update", datetime(2026, 12, 2, tzinfo=UTC), "page_date")


def test_a_time_given_in_bekasis_own_zone_keeps_its_day(shared_site: FakeSite) -> None:
    html = news_list("2026-12-01T23:30:00+07:00", "2026-11-27T09:00:00+07:00")
    assert checked_at_now(shared_site, html) == ("update", datetime(2026, 12, 1, tzinfo=UTC), "page_date")
