"""A spam kit's lone hidden links and glued brands, and a department's pages that read alike
(``gambling_lone_links_pages_s31``), through a whole check against a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import pytest
from checker_servers import Reply, check, make_checker
from gambling_lone_links_pages_s31 import CLEAN, SPAM
from test_checker_gambling_session23 import app, security


@pytest.mark.parametrize(("html", "found"), SPAM.values(), ids=SPAM.keys())
def test_a_kits_lone_link_or_glued_brand_is_found(shared_site, html: str, found: dict) -> None:  # type: ignore[no-untyped-def,type-arg]
    shared_site.route("*", "/", Reply(200, html))
    assert security(check(make_checker(shared_site.port), app(shared_site.port))) == found


@pytest.mark.parametrize("html", CLEAN.values(), ids=CLEAN.keys())
def test_a_departments_page_of_the_same_words_has_no_security_finding(shared_site, html: str) -> None:  # type: ignore[no-untyped-def]
    shared_site.route("*", "/", Reply(200, html))
    event = check(make_checker(shared_site.port), app(shared_site.port))
    assert security(event) == {}
    assert event.availability == "aktif"
