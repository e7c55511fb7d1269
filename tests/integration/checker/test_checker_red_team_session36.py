"""The seventeenth round's red team through a whole check against a real HTTP server on 127.0.0.1: a defacer's
signature in Bengali, Urdu, Turkish, Persian, Hindi, glued Indonesian and a Brazilian taunt, and a toto brand's lone
link whose address glues the trade to it, are found; the department's pages in the same words stay clean
(``red_team_pages_s36``)."""

from __future__ import annotations

import pytest
from checker_servers import FakeSite, served_yesterday
from red_team_pages_s36 import FOREIGN_OVERLAYS, FOREIGN_PAGES, GLUED_TOTO, LOOK_ALIKES
from test_checker_gambling_session23 import security


@pytest.mark.parametrize("html", FOREIGN_OVERLAYS)
def test_a_defacers_block_signed_in_another_language_over_the_kept_page_is_a_critical_defacement(
    shared_site: FakeSite, html: str
) -> None:
    assert security(served_yesterday(shared_site, html)) == {("defacement", "visible"): "kritis"}


@pytest.mark.parametrize("html", FOREIGN_PAGES)
def test_a_defacers_page_signed_in_bengali_urdu_or_a_brazilian_taunt_is_a_critical_defacement(
    shared_site: FakeSite, html: str
) -> None:
    assert security(served_yesterday(shared_site, html)) == {("defacement", "visible"): "kritis"}


@pytest.mark.parametrize(("html", "where"), GLUED_TOTO)
def test_a_lone_toto_link_to_an_address_glued_of_the_trade_is_critical_gambling(
    shared_site: FakeSite, html: str, where: str
) -> None:
    assert security(served_yesterday(shared_site, html)) == {("judi_online", where): "kritis"}


@pytest.mark.parametrize("html", LOOK_ALIKES)
def test_the_departments_pages_in_the_same_words_stay_clean(shared_site: FakeSite, html: str) -> None:
    event = served_yesterday(shared_site, html)
    assert (event.availability, event.reason, event.findings) == ("aktif", None, ())
