"""A department's news headlined in the trade's newer slang and its brands, a man named Toto in a tag cloud and a
campaign's folded menu stay clean; a kit's pages that read alike are found; through a whole check against a real
HTTP server on 127.0.0.1 (session 33)."""

from __future__ import annotations

import pytest
from gambling_headlines_pages_s33 import CLEAN, SPAM
from test_checker_gambling_session23 import assert_clean, assert_gambling_found


@pytest.mark.parametrize("html", CLEAN.values(), ids=CLEAN.keys())
def test_a_departments_slang_headlines_tags_and_folded_campaigns_are_clean(shared_site, html: str) -> None:  # type: ignore[no-untyped-def]
    assert_clean(shared_site, html)


@pytest.mark.parametrize("html", SPAM.values(), ids=SPAM.keys())
def test_a_kits_pages_that_read_alike_are_found(shared_site, html: str) -> None:  # type: ignore[no-untyped-def]
    assert_gambling_found(shared_site, html)
