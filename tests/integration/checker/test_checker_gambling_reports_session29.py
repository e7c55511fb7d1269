"""A department's reports of judi online in the words of their findings (``gambling_reports_pages_s29``), through a
whole check against a real HTTP server on 127.0.0.1: no security finding; spam written in the same words is still
found."""

from __future__ import annotations

import pytest
from checker_servers import Reply, check, make_checker
from gambling_reports_pages_s29 import REPORTS, SPAM_IN_THOSE_WORDS
from test_checker_gambling_session23 import app, security


@pytest.mark.parametrize("html", REPORTS.values(), ids=REPORTS.keys())
def test_a_departments_report_in_the_words_of_its_findings_has_no_security_finding(shared_site, html: str) -> None:  # type: ignore[no-untyped-def]
    shared_site.route("*", "/", Reply(200, html))
    event = check(make_checker(shared_site.port), app(shared_site.port))
    assert security(event) == {}
    assert event.availability == "aktif"
    assert event.content.result == "update"


@pytest.mark.parametrize(("html", "found"), SPAM_IN_THOSE_WORDS.values(), ids=SPAM_IN_THOSE_WORDS.keys())
def test_spam_written_in_those_words_is_found(shared_site, html: str, found: dict) -> None:  # type: ignore[no-untyped-def,type-arg]
    shared_site.route("*", "/", Reply(200, html))
    assert security(check(make_checker(shared_site.port), app(shared_site.port))) == found
