"""A department's own lesson that lists the trade's slang under the campaign's heading (a post, Joomla's article, an
FAQ, a campaign's landing page) stays clean; a kit's page under the same heading that sells, links a gambling site
or holds the slang anywhere else is found; through a whole check against a real HTTP server on 127.0.0.1
(session 35)."""

from __future__ import annotations

import pytest
from gambling_lesson_pages_s35 import CLEAN, SPAM
from test_checker_gambling_session23 import assert_clean, assert_gambling_found


@pytest.mark.parametrize("html", CLEAN.values(), ids=CLEAN.keys())
def test_a_departments_lesson_listing_the_slang_is_clean(shared_site, html: str) -> None:  # type: ignore[no-untyped-def]
    assert_clean(shared_site, html)


@pytest.mark.parametrize("html", SPAM.values(), ids=SPAM.keys())
def test_a_kit_under_a_lessons_heading_is_found(shared_site, html: str) -> None:  # type: ignore[no-untyped-def]
    assert_gambling_found(shared_site, html)
