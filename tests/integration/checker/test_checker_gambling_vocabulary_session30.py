"""Gambling spam in words the checker did not know (``gambling_vocabulary_pages_s30``), through a whole check against
a real HTTP server on 127.0.0.1: each injection is found; a department's pages in the same words (a stage's live music,
a literacy article, an education box shown or folded away) have no security finding."""

from __future__ import annotations

import pytest
from checker_servers import Reply, check, make_checker
from gambling_vocabulary_pages_s30 import PAGES_OF_THOSE_WORDS, SPAM
from test_checker_gambling_session23 import app, security


@pytest.mark.parametrize(("html", "found"), SPAM.values(), ids=SPAM.keys())
def test_spam_in_the_newer_words_is_found(shared_site, html: str, found: dict) -> None:  # type: ignore[no-untyped-def,type-arg]
    shared_site.route("*", "/", Reply(200, html))
    assert security(check(make_checker(shared_site.port), app(shared_site.port))) == found


@pytest.mark.parametrize("html", PAGES_OF_THOSE_WORDS.values(), ids=PAGES_OF_THOSE_WORDS.keys())
def test_a_departments_page_in_those_words_has_no_security_finding(shared_site, html: str) -> None:  # type: ignore[no-untyped-def]
    shared_site.route("*", "/", Reply(200, html))
    event = check(make_checker(shared_site.port), app(shared_site.port))
    assert security(event) == {}
    assert event.availability == "aktif"
