"""A department's news naming the brands it reports (a blocking's list, a hoax debunked, a lesson quoting a promise)
stays clean; a kit that wears a fact-check's, a hoax's or a blocking's words is found; through a whole check against a
real HTTP server on 127.0.0.1 (session 36)."""

from __future__ import annotations

import pytest
from gambling_blocked_lists_pages_s36 import CLEAN, SPAM
from test_checker_gambling_session23 import assert_clean, assert_gambling_found


@pytest.mark.parametrize("html", CLEAN.values(), ids=CLEAN.keys())
def test_news_naming_the_brands_it_blocks_or_debunks_is_clean(shared_site, html: str) -> None:  # type: ignore[no-untyped-def]
    assert_clean(shared_site, html)


@pytest.mark.parametrize("html", SPAM.values(), ids=SPAM.keys())
def test_a_kit_wearing_a_fact_check_or_a_blocking_is_found(shared_site, html: str) -> None:  # type: ignore[no-untyped-def]
    assert_gambling_found(shared_site, html)
