"""A department's pages in gambling's game names (``gambling_lookalike_pages_s35``), through a whole check against a
real HTTP server on 127.0.0.1: an English lesson of Zeus on Mount Olympus and a toilet's TOTO beside a server's slot
memory have no finding; the same pages with spam in those words hidden in them are found."""

from __future__ import annotations

import pytest
from checker_servers import Reply, assert_application, check, make_checker
from gambling_lookalike_pages_s35 import PAGES_OF_THOSE_WORDS, SPAM
from test_checker_gambling_session23 import app, security


@pytest.mark.parametrize("html", PAGES_OF_THOSE_WORDS.values(), ids=PAGES_OF_THOSE_WORDS.keys())
def test_a_departments_page_in_those_words_has_no_security_finding(shared_site, html: str) -> None:  # type: ignore[no-untyped-def]
    shared_site.route("*", "/", Reply(200, html))
    assert_application(check(make_checker(shared_site.port), app(shared_site.port)))


@pytest.mark.parametrize(("html", "found"), SPAM.values(), ids=SPAM.keys())
def test_spam_in_those_words_is_still_found(shared_site, html: str, found: dict) -> None:  # type: ignore[no-untyped-def,type-arg]
    shared_site.route("*", "/", Reply(200, html))
    assert security(check(make_checker(shared_site.port), app(shared_site.port))) == found
