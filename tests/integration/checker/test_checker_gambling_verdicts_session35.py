"""A department's literacy news that calls the trade's slang a myth, a deception, an illusion or a bait, and an
English page of time slots booked online, stay clean; a kit's copy that denies the verdict is found; through a whole
check against a real HTTP server on 127.0.0.1 (session 35)."""

from __future__ import annotations

import pytest
from gambling_verdict_pages_s35 import CLEAN, SPAM
from test_checker_gambling_session23 import assert_clean, assert_gambling_found


@pytest.mark.parametrize("html", CLEAN.values(), ids=CLEAN.keys())
def test_a_lessons_verdict_on_the_slang_and_time_slots_are_clean(shared_site, html: str) -> None:  # type: ignore[no-untyped-def]
    assert_clean(shared_site, html)


@pytest.mark.parametrize("html", SPAM.values(), ids=SPAM.keys())
def test_a_kits_copy_that_denies_the_verdict_is_found(shared_site, html: str) -> None:  # type: ignore[no-untyped-def]
    assert_gambling_found(shared_site, html)
