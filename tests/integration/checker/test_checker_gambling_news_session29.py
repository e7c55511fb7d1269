"""A department's news of judi online in more words (``gambling_news_pages_s29``), through a whole check against a
real HTTP server on 127.0.0.1: no security finding; the same trade's names injected as spam are still found. So for
gambling's words in their other trades."""

from __future__ import annotations

import pytest
from checker_servers import Reply, check, make_checker
from gambling_news_pages_s29 import MENTIONS, OTHER_USES, SPAM_BESIDE, SPAM_IN_OTHER_USES
from test_checker_gambling_session23 import app, security


@pytest.mark.parametrize("html", MENTIONS.values(), ids=MENTIONS.keys())
def test_a_departments_news_naming_the_gambling_trade_has_no_security_finding(shared_site, html: str) -> None:  # type: ignore[no-untyped-def]
    shared_site.route("*", "/", Reply(200, html))
    event = check(make_checker(shared_site.port), app(shared_site.port))
    assert security(event) == {}
    assert event.availability == "aktif"


@pytest.mark.parametrize(("html", "found"), SPAM_BESIDE.values(), ids=SPAM_BESIDE.keys())
def test_the_trades_names_injected_as_spam_beside_that_news_are_found(shared_site, html: str, found: dict) -> None:  # type: ignore[no-untyped-def,type-arg]
    shared_site.route("*", "/", Reply(200, html))
    assert security(check(make_checker(shared_site.port), app(shared_site.port))) == found


@pytest.mark.parametrize("html", OTHER_USES.values(), ids=OTHER_USES.keys())
def test_gamblings_words_in_their_other_trades_have_no_security_finding(shared_site, html: str) -> None:  # type: ignore[no-untyped-def]
    shared_site.route("*", "/", Reply(200, html))
    assert security(check(make_checker(shared_site.port), app(shared_site.port))) == {}


@pytest.mark.parametrize(("html", "found"), SPAM_IN_OTHER_USES.values(), ids=SPAM_IN_OTHER_USES.keys())
def test_slot_spam_written_into_those_pages_is_found(shared_site, html: str, found: dict) -> None:  # type: ignore[no-untyped-def,type-arg]
    shared_site.route("*", "/", Reply(200, html))
    assert security(check(make_checker(shared_site.port), app(shared_site.port))) == found
