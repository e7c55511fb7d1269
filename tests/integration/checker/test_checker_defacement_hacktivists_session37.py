"""Hacktivists' and extortionists' pages without the classic "Hacked by", a host sold by someone else
(``hacktivist_pages_s37``), through a whole check against a real HTTP server on 127.0.0.1; the department's news,
advisories, splash and notices on the same themes stay clean."""

from __future__ import annotations

import pytest
from checker_servers import FakeSite, Reply, check, make_checker, served_yesterday
from hacktivist_pages_s37 import CLEAN, DEFACED, FRAMED, FRAMED_CLEAN, SALE_NEWS, SOLD, TITLE
from test_checker_gambling_session23 import app, security
from vendor_pages import Site, department_page

DEFACED_DETAIL = ("tidak_diketahui", "isi halaman diganti orang lain (defacement): bukan isi aplikasi")


def after_news(site: FakeSite, html: str):  # type: ignore[no-untyped-def]
    """Return the check of ``html`` after one of the department's home page with its news, by the same checker."""
    checker = make_checker(site.port)
    site.route("*", "/", Reply(200, department_page(Site(name=TITLE))))
    check(checker, app(site.port))
    site.route("*", "/", Reply(200, html))
    return check(checker, app(site.port))


@pytest.mark.parametrize("html", DEFACED.values(), ids=DEFACED.keys())
def test_a_hacktivists_or_extortionists_whole_page_is_a_critical_defacement(shared_site: FakeSite, html: str) -> None:
    event = served_yesterday(shared_site, html)
    assert {code for code, _ in security(event)} == {"defacement"}
    assert set(security(event).values()) == {"kritis"}
    assert (event.content.result, event.content.detail) == DEFACED_DETAIL


@pytest.mark.parametrize("html", CLEAN.values(), ids=CLEAN.keys())
def test_the_departments_pages_on_those_themes_are_clean(shared_site: FakeSite, html: str) -> None:
    event = served_yesterday(shared_site, html)
    assert security(event) == {}
    assert (event.availability, event.content.result) == ("aktif", "update")


@pytest.mark.parametrize("html", FRAMED.values(), ids=FRAMED.keys())
def test_a_main_part_written_over_under_the_kept_frame_is_a_defacement(site: FakeSite, html: str) -> None:
    event = after_news(site, html)
    assert security(event) == {("defacement", "body"): "kritis"}


@pytest.mark.parametrize("html", FRAMED_CLEAN.values(), ids=FRAMED_CLEAN.keys())
def test_the_departments_short_notice_in_place_of_its_news_is_clean(site: FakeSite, html: str) -> None:
    event = after_news(site, html)
    assert security(event) == {}
    assert event.content.result == "update"


def test_the_website_sold_by_someone_else_on_its_host_is_not_the_application(shared_site: FakeSite) -> None:
    event = served_yesterday(shared_site, SOLD)
    assert (event.availability, event.reason) == ("tidak_aktif", "domain_parkir")


def test_the_departments_news_that_asks_it_is_the_application(shared_site: FakeSite) -> None:
    event = served_yesterday(shared_site, SALE_NEWS)
    assert (event.availability, event.reason, event.content.result) == ("aktif", None, "update")
