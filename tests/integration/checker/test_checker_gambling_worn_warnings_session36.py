"""A kit's copy that wears a warning's or a lesson's words ("literasi", "waspada", "hanyalah mitos") beside its sign-up
or its brand is found; a department's news naming a brand blocked, arrested or tried, and its lessons, stay clean;
through a whole check against a real HTTP server on 127.0.0.1 (session 36)."""

from __future__ import annotations

import pytest
from gambling_worn_warnings_pages_s36 import CLEAN, SPAM
from test_checker_gambling_session23 import assert_clean, assert_gambling_found


@pytest.mark.parametrize("html", SPAM.values(), ids=SPAM.keys())
def test_a_kit_wearing_a_warning_beside_its_sign_up_or_brand_is_found(shared_site, html: str) -> None:  # type: ignore[no-untyped-def]
    assert_gambling_found(shared_site, html)


@pytest.mark.parametrize("html", CLEAN.values(), ids=CLEAN.keys())
def test_news_naming_a_brand_blocked_or_arrested_is_clean(shared_site, html: str) -> None:  # type: ignore[no-untyped-def]
    assert_clean(shared_site, html)
