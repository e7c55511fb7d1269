"""Content freshness of department pages as the common CMS themes serve them, through a whole check against
one real HTTP server on 127.0.0.1: a stale page's widgets (BMKG's earthquake and forecast, in full or as
badges without the year; prayer times of tomorrow, or of today inside a page builder's ``<article>``;
today's date behind an icon) and its page cache's ``Last-Modified`` leave it stale; the same theme with
fresh news stays updated.

The checker's clock is fixed (``stamped_pages``: Wednesday 2 December 2026, 10:00 in Bekasi).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import pytest
from checker_servers import FakeSite, html_page
from cms_theme_pages import (
    FORECAST,
    FORECAST_BADGES,
    FRESH_STAMPS,
    PRAYER_TOMORROW,
    QUAKE,
    STALE_STAMPS,
    astra_elementor_page,
    checked_at_now,
    joomla_page,
    newspaper_page,
    opensid_page,
)

STALE = datetime(2026, 5, 12, tzinfo=UTC)
FRESH = datetime(2026, 11, 30, tzinfo=UTC)
TODAY = datetime(2026, 12, 2, tzinfo=UTC)
# A page cache's copy, written anew an hour before the check.
CACHED = {"Last-Modified": "Wed, 02 Dec 2026 02:00:00 GMT"}


@pytest.mark.parametrize(
    ("build", "widget"),
    [
        pytest.param(joomla_page, QUAKE, id="joomla-earthquake-module"),
        pytest.param(joomla_page, FORECAST, id="joomla-forecast-module"),
        pytest.param(newspaper_page, FORECAST, id="newspaper-forecast-widget"),
        pytest.param(newspaper_page, QUAKE, id="newspaper-earthquake-widget"),
        pytest.param(newspaper_page, FORECAST_BADGES, id="newspaper-forecast-badges"),
        pytest.param(joomla_page, PRAYER_TOMORROW, id="joomla-prayer-times-of-tomorrow"),
    ],
)
def test_a_widgets_day_dates_neither_a_stale_nor_a_fresh_page(
    shared_site: FakeSite, build: Callable[[tuple[str, ...], str], str], widget: str
) -> None:
    assert checked_at_now(shared_site, build(STALE_STAMPS, widget))[:2] == ("tidak_update", STALE)
    assert checked_at_now(shared_site, build(FRESH_STAMPS, widget))[:2] == ("update", FRESH)


@pytest.mark.parametrize(
    "day_bar",
    [
        pytest.param("📅 Rabu, 02 Desember 2026", id="emoji"),
        pytest.param("\uf073 Rabu, 02/12/2026", id="icon-font-glyph"),
        pytest.param("🗓️ Bekasi, 2 Desember 2026", id="emoji-and-place"),
    ],
)
def test_todays_date_behind_an_icon_in_an_opensid_top_strip_is_a_clock(shared_site: FakeSite, day_bar: str) -> None:
    assert checked_at_now(shared_site, opensid_page(STALE_STAMPS, day_bar))[:2] == ("tidak_update", STALE)
    assert checked_at_now(shared_site, opensid_page(FRESH_STAMPS, day_bar))[:2] == ("update", FRESH)


@pytest.mark.parametrize(
    "widget",
    [
        pytest.param(None, id="prayer-times"),
        pytest.param("<h4>Kalender</h4><p>Hari ini: Rabu, 2 Desember 2026</p>", id="today-labelled"),
        # A bare date of the page builder's own widget: the page's (a theme's top bar), not a post's.
        pytest.param(
            '<div class="elementor-text-editor"><p><strong>Rabu, 2 Desember 2026</strong></p></div>',
            id="bare-date-widget",
        ),
    ],
)
def test_a_page_builders_widget_of_today_inside_its_article_does_not_date_it(
    shared_site: FakeSite, widget: str | None
) -> None:
    def page(stamps: tuple[str, ...]) -> str:
        return astra_elementor_page(stamps) if widget is None else astra_elementor_page(stamps, widget)

    assert checked_at_now(shared_site, page(STALE_STAMPS))[:2] == ("tidak_update", STALE)
    # A post of today in the same page's posts widget still dates it.
    assert checked_at_now(shared_site, page(("Rabu, 2 Desember 2026", *STALE_STAMPS)))[:2] == ("update", TODAY)


def test_a_page_caches_last_modified_does_not_date_a_list_of_stale_news(shared_site: FakeSite) -> None:
    stale = newspaper_page(STALE_STAMPS, "")
    assert checked_at_now(shared_site, stale, CACHED) == ("tidak_update", STALE, "page_date")
    fresh = newspaper_page(FRESH_STAMPS, "")
    assert checked_at_now(shared_site, fresh, CACHED) == ("update", FRESH, "page_date")
    # A page of no dated items (an application's landing page) is still dated by the header.
    landing = html_page("Layanan Perizinan", "<h1>Selamat datang</h1><p>Masuk untuk mengajukan izin.</p>")
    assert checked_at_now(shared_site, landing, CACHED) == (
        "update",
        datetime(2026, 12, 2, 2, 0, tzinfo=UTC),
        "last_modified",
    )
