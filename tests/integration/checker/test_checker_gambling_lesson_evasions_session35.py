"""A kit's copy under a lesson's heading that names its admin, its Telegram, its brand spelled apart or its promise of
withdrawals is found, and so is a seller's tease that asks a lesson's verdict; a department's lesson that names the
sellers' offers, or asks its verdict and answers it, stays clean; through a whole check against a real HTTP server on
127.0.0.1 (session 35, the red team's)."""

from __future__ import annotations

import pytest
from gambling_lesson_evasions_pages_s35 import CLEAN, SPAM
from test_checker_gambling_session23 import assert_clean, assert_gambling_found


@pytest.mark.parametrize("html", CLEAN.values(), ids=CLEAN.keys())
def test_a_lesson_naming_the_sellers_offers_is_clean(shared_site, html: str) -> None:  # type: ignore[no-untyped-def]
    assert_clean(shared_site, html)


@pytest.mark.parametrize("html", SPAM.values(), ids=SPAM.keys())
def test_a_kit_dressed_as_a_lesson_is_found(shared_site, html: str) -> None:  # type: ignore[no-untyped-def]
    assert_gambling_found(shared_site, html)
