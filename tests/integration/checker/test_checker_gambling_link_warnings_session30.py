"""A department's warning against a fraud's links to gambling sites (``gambling_link_warnings_pages_s30``), through a
whole check against a real HTTP server on 127.0.0.1: shown, in a modal or on wide screens only, it has no security
finding; a seller's warning in the same words is found."""

from __future__ import annotations

import pytest
from checker_servers import Reply, check, make_checker
from gambling_link_warnings_pages_s30 import SPAM, WARNINGS
from test_checker_gambling_session23 import app, security


@pytest.mark.parametrize("html", WARNINGS.values(), ids=WARNINGS.keys())
def test_a_departments_warning_against_gambling_links_has_no_security_finding(shared_site, html: str) -> None:  # type: ignore[no-untyped-def]
    shared_site.route("*", "/", Reply(200, html))
    event = check(make_checker(shared_site.port), app(shared_site.port))
    assert security(event) == {}
    assert event.availability == "aktif"


@pytest.mark.parametrize(("html", "found"), SPAM.values(), ids=SPAM.keys())
def test_a_sellers_warning_in_those_words_is_found(shared_site, html: str, found: dict) -> None:  # type: ignore[no-untyped-def,type-arg]
    shared_site.route("*", "/", Reply(200, html))
    assert security(check(make_checker(shared_site.port), app(shared_site.port))) == found
