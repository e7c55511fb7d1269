"""A department's news of a hack quoting what the hacked page showed (``hack_news_pages_s29``), through a whole check
against a real HTTP server on 127.0.0.1: no security finding; a defacer's page, and its signature written into a
department's in the same words, stay a critical defacement."""

from __future__ import annotations

import pytest
from checker_servers import Reply, check, make_checker
from hack_news_pages_s29 import DEFACERS, REPORTS
from test_checker_gambling_session23 import app, security


@pytest.mark.parametrize("html", REPORTS.values(), ids=REPORTS.keys())
def test_news_quoting_what_a_hacked_page_showed_has_no_security_finding(shared_site, html: str) -> None:  # type: ignore[no-untyped-def]
    shared_site.route("*", "/", Reply(200, html))
    event = check(make_checker(shared_site.port), app(shared_site.port))
    assert security(event) == {}
    assert (event.availability, event.content.result) == ("aktif", "update")


@pytest.mark.parametrize("html", DEFACERS.values(), ids=DEFACERS.keys())
def test_a_defacers_page_and_its_signature_in_those_words_are_a_critical_defacement(shared_site, html: str) -> None:  # type: ignore[no-untyped-def]
    shared_site.route("*", "/", Reply(200, html))
    assert security(check(make_checker(shared_site.port), app(shared_site.port)))[("defacement", "visible")] == "kritis"
