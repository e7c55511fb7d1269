"""Spam that borrows the words of news (``gambling_spam_in_news_words_s29``), through a whole check against a real
HTTP server on 127.0.0.1: each injection is found, in the text, a hidden block, the title or the meta description;
the news and campaigns that write the same words have no security finding. So for brands spelled apart."""

from __future__ import annotations

import pytest
from checker_servers import Reply, check, make_checker
from gambling_spam_in_news_words_s29 import (
    BRANDS_SPELLED_APART,
    LINKS_TO_A_GAMBLING_DOMAIN,
    LINKS_TO_OTHER_DOMAINS,
    NAMES_WITH_A_NUMBER_APART,
    NEWS_OF_THOSE_CLAIMS,
    SPAM_IN_NEWS_WORDS,
)
from test_checker_gambling_session23 import app, security


@pytest.mark.parametrize(("html", "found"), SPAM_IN_NEWS_WORDS.values(), ids=SPAM_IN_NEWS_WORDS.keys())
def test_spam_in_the_words_of_news_is_found(shared_site, html: str, found: dict) -> None:  # type: ignore[no-untyped-def,type-arg]
    shared_site.route("*", "/", Reply(200, html))
    assert security(check(make_checker(shared_site.port), app(shared_site.port))) == found


@pytest.mark.parametrize("html", NEWS_OF_THOSE_CLAIMS.values(), ids=NEWS_OF_THOSE_CLAIMS.keys())
def test_the_news_that_writes_those_words_has_no_security_finding(shared_site, html: str) -> None:  # type: ignore[no-untyped-def]
    shared_site.route("*", "/", Reply(200, html))
    event = check(make_checker(shared_site.port), app(shared_site.port))
    assert security(event) == {}
    assert event.availability == "aktif"


@pytest.mark.parametrize(("html", "found"), BRANDS_SPELLED_APART.values(), ids=BRANDS_SPELLED_APART.keys())
def test_a_brand_spelled_apart_or_with_digits_is_found(shared_site, html: str, found: dict) -> None:  # type: ignore[no-untyped-def,type-arg]
    shared_site.route("*", "/", Reply(200, html))
    assert security(check(make_checker(shared_site.port), app(shared_site.port))) == found


@pytest.mark.parametrize("html", NAMES_WITH_A_NUMBER_APART.values(), ids=NAMES_WITH_A_NUMBER_APART.keys())
def test_names_with_a_number_apart_of_a_departments_page_have_no_security_finding(shared_site, html: str) -> None:  # type: ignore[no-untyped-def]
    shared_site.route("*", "/", Reply(200, html))
    assert security(check(make_checker(shared_site.port), app(shared_site.port))) == {}


@pytest.mark.parametrize(("html", "found"), LINKS_TO_A_GAMBLING_DOMAIN.values(), ids=LINKS_TO_A_GAMBLING_DOMAIN.keys())
def test_a_link_to_a_brands_host_on_a_gambling_domain_is_found(shared_site, html: str, found: dict) -> None:  # type: ignore[no-untyped-def,type-arg]
    shared_site.route("*", "/", Reply(200, html))
    assert security(check(make_checker(shared_site.port), app(shared_site.port))) == found


@pytest.mark.parametrize("html", LINKS_TO_OTHER_DOMAINS.values(), ids=LINKS_TO_OTHER_DOMAINS.keys())
def test_links_to_a_shop_or_a_club_named_with_a_number_have_no_security_finding(shared_site, html: str) -> None:  # type: ignore[no-untyped-def]
    shared_site.route("*", "/", Reply(200, html))
    assert security(check(make_checker(shared_site.port), app(shared_site.port))) == {}
