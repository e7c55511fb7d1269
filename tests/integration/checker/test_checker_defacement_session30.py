"""Defacers' pages signed only in their weak words, a whole page of a defacer's served as fresh, and the main content
of the home page replaced by one (``defaced_pages_s30``), through a whole check against a real HTTP server on
127.0.0.1; the department's pages in the same words stay clean."""

from __future__ import annotations

import pytest
from checker_servers import FakeSite, Reply, check, make_checker, served_yesterday
from defaced_pages_s30 import (
    CONTACT_ONLY,
    DEFACERS_IN_THOSE_WORDS,
    HOME,
    LOOK_ALIKES,
    MAIN_DEFACED,
    MAIN_NOTICE,
    SPLASHES,
    STORIES,
    STRONGLY_SIGNED,
    TEAMS_IN_THE_FOOTER,
    TITLE,
    WEAKLY_SIGNED,
    department_page,
)
from test_checker_gambling_session23 import app, security
from vendor_pages import Site

DEFACED = ("tidak_diketahui", "isi halaman diganti orang lain (defacement): bukan isi aplikasi")


@pytest.mark.parametrize("html", WEAKLY_SIGNED)
def test_a_defacers_whole_page_signed_in_weak_words_is_a_critical_defacement_at_first_sight(
    shared_site: FakeSite, html: str
) -> None:
    event = served_yesterday(shared_site, html)
    assert security(event) == {("defacement", "body"): "kritis"}
    assert (event.content.result, event.content.detail) == DEFACED


@pytest.mark.parametrize("html", LOOK_ALIKES)
def test_a_splash_or_maintenance_page_in_those_words_is_clean(shared_site: FakeSite, html: str) -> None:
    assert security(served_yesterday(shared_site, html)) == {}


def test_a_defacers_whole_page_served_as_modified_yesterday_dates_nothing(shared_site: FakeSite) -> None:
    event = served_yesterday(shared_site, STRONGLY_SIGNED)
    assert security(event) == {("defacement", "visible"): "kritis"}
    assert (event.content.result, event.content.detail) == DEFACED


def test_a_signature_security_breached_by_on_top_of_the_home_page_is_a_defacement(shared_site: FakeSite) -> None:
    top = '<div class="alert"><h1>Security Breached by ./N0b0dy</h1></div>'
    event = served_yesterday(shared_site, department_page(Site(name=TITLE, body_top=top)))
    assert security(event) == {("defacement", "visible"): "kritis"}


@pytest.mark.parametrize("main", MAIN_DEFACED)
def test_the_main_content_replaced_by_a_defacers_under_the_kept_menu_is_a_defacement(
    shared_site: FakeSite, main: str
) -> None:
    checker, spec = make_checker(shared_site.port), app(shared_site.port)
    shared_site.route("*", "/", Reply(200, HOME))
    assert security(check(checker, spec)) == {}
    shared_site.route("*", "/", Reply(200, department_page(Site(name=TITLE, title=TITLE, main=main))))
    event = check(checker, spec)
    assert security(event) == {("defacement", "body"): "kritis"}
    assert (event.content.result, event.content.detail) == DEFACED


def test_the_main_content_replaced_by_a_short_notice_is_no_defacement(shared_site: FakeSite) -> None:
    checker, spec = make_checker(shared_site.port), app(shared_site.port)
    shared_site.route("*", "/", Reply(200, HOME))
    check(checker, spec)
    shared_site.route("*", "/", Reply(200, department_page(Site(name=TITLE, title=TITLE, main=MAIN_NOTICE))))
    event = check(checker, spec)
    assert security(event) == {}
    assert event.content.result == "update"


@pytest.mark.parametrize("html", STORIES.values(), ids=STORIES.keys())
def test_a_departments_page_in_a_defacers_words_has_no_security_finding(shared_site: FakeSite, html: str) -> None:
    assert security(served_yesterday(shared_site, html)) == {}


@pytest.mark.parametrize("html", DEFACERS_IN_THOSE_WORDS.values(), ids=DEFACERS_IN_THOSE_WORDS.keys())
def test_a_defacers_page_in_those_words_stays_a_defacement(shared_site: FakeSite, html: str) -> None:
    assert ("defacement", "visible") in security(served_yesterday(shared_site, html))


@pytest.mark.parametrize("html", SPLASHES)
def test_a_splash_page_whose_way_in_is_an_image_or_a_city_site_is_no_replaced_body(
    shared_site: FakeSite, html: str
) -> None:
    checker, spec = make_checker(shared_site.port), app(shared_site.port)
    shared_site.route("*", "/", Reply(200, HOME))
    check(checker, spec)
    shared_site.route("*", "/", Reply(200, html))
    assert security(check(checker, spec)) == {}


def test_a_body_whose_only_link_is_a_defacers_contact_stays_a_replaced_body(shared_site: FakeSite) -> None:
    checker, spec = make_checker(shared_site.port), app(shared_site.port)
    shared_site.route("*", "/", Reply(200, HOME))
    check(checker, spec)
    shared_site.route("*", "/", Reply(200, CONTACT_ONLY))
    assert security(check(checker, spec)) == {("defacement", "body"): "kritis"}


@pytest.mark.parametrize("html", TEAMS_IN_THE_FOOTER)
def test_two_teams_names_injected_after_the_footer_stay_a_defacement(shared_site: FakeSite, html: str) -> None:
    assert security(served_yesterday(shared_site, html)) == {("defacement", "visible"): "kritis"}
