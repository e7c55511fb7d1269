"""Bekasi's pages in English and the rarer dates of its Indonesian pages (``english_pages_s37``: the investment
portal, the smart-city portal's ``/en/``, a tourism site on WordPress, a hospital's English page, a department's
portal), each checked whole against a real HTTP server on 127.0.0.1 at a fixed time: a fresh page is up to date by
its newest post, a stale one out of date by its newest post, however its theme writes the day; a banner of the
site's above its news is no notice in its place; an English stand-in dates nothing (session 37)."""

from __future__ import annotations

import pytest
from checker_servers import FakeSite, dated, served_at
from english_pages_s37 import FRESH, NOW, STALE, STAND_INS

from pantau_contracts.status import ApplicationChecked


def checked_at_now(site: FakeSite, html: str) -> ApplicationChecked:
    """Serve ``html`` at the site's root and return one whole check of it at ``NOW``."""
    return served_at(site, html, NOW, "invest.bekasikota.go.id")


@pytest.mark.parametrize(("html", "newest"), FRESH.values(), ids=FRESH.keys())
def test_a_fresh_page_is_up_to_date_by_its_newest_post_however_it_writes_the_day(
    shared_site: FakeSite, html: str, newest: str
) -> None:
    assert dated(checked_at_now(shared_site, html)) == ("aktif", None, "update", newest, ())


@pytest.mark.parametrize(("html", "newest"), STALE.values(), ids=STALE.keys())
def test_a_stale_page_is_out_of_date_by_its_newest_post_however_it_writes_the_day(
    shared_site: FakeSite, html: str, newest: str
) -> None:
    assert dated(checked_at_now(shared_site, html)) == ("aktif", None, "tidak_update", newest, ())


@pytest.mark.parametrize(("html", "reason", "quoted"), STAND_INS.values(), ids=STAND_INS.keys())
def test_an_english_stand_in_is_the_application_down_and_dates_nothing(
    shared_site: FakeSite, html: str, reason: str, quoted: str
) -> None:
    event = checked_at_now(shared_site, html)
    assert (event.availability, event.reason, event.content.result, event.content.last_changed) == (
        "tidak_aktif",
        reason,
        "tidak_diketahui",
        None,
    )
    assert quoted.lower() in (event.reason_detail or "").lower()
