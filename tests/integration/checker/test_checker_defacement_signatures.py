"""Defacers' signatures in Indonesian and English (``defaced_pages_s26``), through a whole check against a real HTTP
server on 127.0.0.1: a defaced page seen for the first time, with no page of the site's remembered to compare it
with, is a critical defacement by its words; the department's news and tips in their words have no finding."""

from __future__ import annotations

import pytest
from checker_servers import Reply, check, make_checker
from defaced_pages_s26 import LOOK_ALIKES, SIGNED
from test_checker_gambling_session23 import app, security


@pytest.mark.parametrize(("html", "term"), SIGNED)
def test_a_defacers_signature_is_a_critical_defacement_at_first_sight(shared_site, html: str, term: str) -> None:  # type: ignore[no-untyped-def]
    shared_site.route("*", "/", Reply(200, html))
    event = check(make_checker(shared_site.port), app(shared_site.port))
    found = [f for f in event.findings if f.code == "defacement"]
    assert found and {f.severity for f in found} == {"kritis"}
    assert any(term in f.evidence for f in found)


@pytest.mark.parametrize("html", LOOK_ALIKES)
def test_a_departments_page_in_a_defacers_words_has_no_finding(shared_site, html: str) -> None:  # type: ignore[no-untyped-def]
    shared_site.route("*", "/", Reply(200, html))
    assert security(check(make_checker(shared_site.port), app(shared_site.port))) == {}
