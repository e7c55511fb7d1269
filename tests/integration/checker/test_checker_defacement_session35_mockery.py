"""Defacers' pages that mock the site in Indonesian slang or sign in colloquial Arabic (``defaced_pages_s35``), through
a whole check against a real HTTP server on 127.0.0.1; the department's notices, splash pages, comments and news in
the same words stay clean."""

from __future__ import annotations

import pytest
from checker_servers import FakeSite, served_yesterday
from defaced_pages_s35 import LOOK_ALIKES, MOCKING, SELLERS_WARNING
from test_checker_gambling_session23 import security

DEFACED = ("tidak_diketahui", "isi halaman diganti orang lain (defacement): bukan isi aplikasi")


@pytest.mark.parametrize("html", MOCKING)
def test_a_defacers_whole_page_that_mocks_the_site_is_a_critical_defacement(shared_site: FakeSite, html: str) -> None:
    event = served_yesterday(shared_site, html)
    assert {code for code, _ in security(event)} == {"defacement"}
    assert set(security(event).values()) == {"kritis"}
    assert (event.content.result, event.content.detail) == DEFACED


@pytest.mark.parametrize("html", LOOK_ALIKES)
def test_the_departments_pages_in_those_words_are_clean(shared_site: FakeSite, html: str) -> None:
    event = served_yesterday(shared_site, html)
    assert security(event) == {}
    assert (event.availability, event.content.result) == ("aktif", "update")


def test_a_sellers_warning_of_irresponsible_parties_is_still_gambling(shared_site: FakeSite) -> None:
    assert security(served_yesterday(shared_site, SELLERS_WARNING)) == {("judi_online", "hidden"): "kritis"}
