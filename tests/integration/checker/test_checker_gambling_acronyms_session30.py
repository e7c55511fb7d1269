"""A department's abbreviations and applications' names that read as gambling's (``gambling_acronym_pages_s30``),
through a whole check against a real HTTP server on 127.0.0.1: none has a security finding; spam in the same words
beside them is found."""

from __future__ import annotations

import pytest
from checker_servers import Reply, check, make_checker
from gambling_acronym_pages_s30 import PAGES_OF_ACRONYMS, SPAM_BESIDE_THEM
from test_checker_gambling_session23 import app, security


@pytest.mark.parametrize("html", PAGES_OF_ACRONYMS.values(), ids=PAGES_OF_ACRONYMS.keys())
def test_a_departments_abbreviations_have_no_security_finding(shared_site, html: str) -> None:  # type: ignore[no-untyped-def]
    shared_site.route("*", "/", Reply(200, html))
    event = check(make_checker(shared_site.port), app(shared_site.port))
    assert security(event) == {}
    assert event.availability == "aktif"


@pytest.mark.parametrize(("html", "found"), SPAM_BESIDE_THEM.values(), ids=SPAM_BESIDE_THEM.keys())
def test_spam_in_the_same_words_is_found(shared_site, html: str, found: dict) -> None:  # type: ignore[no-untyped-def,type-arg]
    shared_site.route("*", "/", Reply(200, html))
    assert security(check(make_checker(shared_site.port), app(shared_site.port))) == found
