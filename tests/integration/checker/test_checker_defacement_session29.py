"""A department's news of sites defaced elsewhere and its security tips (``defaced_pages_s29``), through a whole
check against a real HTTP server on 127.0.0.1: no security finding; a defacer's signature in the same words stays a
critical defacement."""

from __future__ import annotations

import pytest
from checker_servers import Reply, check, make_checker
from defaced_pages_s29 import DEFACERS_BESIDE, STORIES
from test_checker_gambling_session23 import app, security


@pytest.mark.parametrize("html", STORIES.values(), ids=STORIES.keys())
def test_news_of_a_defacement_elsewhere_and_security_tips_have_no_security_finding(shared_site, html: str) -> None:  # type: ignore[no-untyped-def]
    shared_site.route("*", "/", Reply(200, html))
    assert security(check(make_checker(shared_site.port), app(shared_site.port))) == {}


@pytest.mark.parametrize("html", DEFACERS_BESIDE.values(), ids=DEFACERS_BESIDE.keys())
def test_a_defacers_signature_in_those_words_is_a_critical_defacement(shared_site, html: str) -> None:  # type: ignore[no-untyped-def]
    shared_site.route("*", "/", Reply(200, html))
    assert security(check(make_checker(shared_site.port), app(shared_site.port))) == {
        ("defacement", "visible"): "kritis"
    }
