"""Defacers' pages in Arabic, Russian, Portuguese, Spanish and Vietnamese, and splash pages whose way in is a button
(``defaced_pages_s31``), through a whole check against a real HTTP server on 127.0.0.1; the department's pages in
those languages stay clean."""

from __future__ import annotations

import pytest
from checker_servers import FakeSite, Reply, check, make_checker, served_yesterday
from defaced_pages_s30 import HOME
from defaced_pages_s31 import BUTTON_SPLASHES, BUTTONS_ELSEWHERE, FOREIGN_SIGNED, LOOK_ALIKES, ON_TOP, TITLE
from test_checker_gambling_session23 import app, security
from vendor_pages import Site, department_page

DEFACED = ("tidak_diketahui", "isi halaman diganti orang lain (defacement): bukan isi aplikasi")


@pytest.mark.parametrize("html", FOREIGN_SIGNED)
def test_a_defacers_whole_page_signed_in_another_language_is_a_critical_defacement(
    shared_site: FakeSite, html: str
) -> None:
    event = served_yesterday(shared_site, html)
    assert set(security(event).values()) == {"kritis"}
    assert {code for code, _ in security(event)} == {"defacement"}
    assert (event.content.result, event.content.detail) == DEFACED


@pytest.mark.parametrize("top", ON_TOP)
def test_a_signature_in_arabic_or_russian_on_top_of_the_home_page_is_a_defacement(
    shared_site: FakeSite, top: str
) -> None:
    event = served_yesterday(shared_site, department_page(Site(name=TITLE, body_top=top)))
    assert security(event) == {("defacement", "visible"): "kritis"}


@pytest.mark.parametrize("html", LOOK_ALIKES)
def test_the_departments_pages_in_those_languages_or_quoting_a_signature_are_clean(
    shared_site: FakeSite, html: str
) -> None:
    event = served_yesterday(shared_site, html)
    assert security(event) == {}
    assert event.content.result == "update"


def _after_home(site: FakeSite, html: str) -> dict[tuple[str, str | None], str]:
    checker, spec = make_checker(site.port), app(site.port)
    site.route("*", "/", Reply(200, HOME))
    check(checker, spec)
    site.route("*", "/", Reply(200, html))
    return security(check(checker, spec))


@pytest.mark.parametrize("html", BUTTON_SPLASHES)
def test_a_splash_page_whose_way_in_is_a_button_is_no_replaced_body(shared_site: FakeSite, html: str) -> None:
    assert _after_home(shared_site, html) == {}


@pytest.mark.parametrize("html", BUTTONS_ELSEWHERE)
def test_a_body_whose_button_goes_nowhere_into_the_site_stays_a_replaced_body(shared_site: FakeSite, html: str) -> None:
    assert _after_home(shared_site, html) == {("defacement", "body"): "kritis"}
