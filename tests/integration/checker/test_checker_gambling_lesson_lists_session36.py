"""A department's home page that lists its own literacy piece on online gambling among its latest news, in a sidebar,
a slider or a ticker (a headline linked to the post's own slug, an excerpt quoting the slang) stays clean; a kit's
item dressed so (linked to another site, or selling, hidden, after the footer) is found; through a whole check
against a real HTTP server on 127.0.0.1 (session 36)."""

from __future__ import annotations

import pytest
from gambling_lesson_lists_pages_s36 import CLEAN, SPAM
from test_checker_gambling_session23 import assert_clean, assert_gambling_found


@pytest.mark.parametrize("html", CLEAN.values(), ids=CLEAN.keys())
def test_a_departments_lesson_in_its_lists_is_clean(shared_site, html: str) -> None:  # type: ignore[no-untyped-def]
    assert_clean(shared_site, html)


@pytest.mark.parametrize("html", SPAM.values(), ids=SPAM.keys())
def test_a_kits_item_dressed_as_a_lesson_is_found(shared_site, html: str) -> None:  # type: ignore[no-untyped-def]
    assert_gambling_found(shared_site, html)
