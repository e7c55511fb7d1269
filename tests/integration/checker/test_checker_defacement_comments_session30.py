"""A defacer's words after a story's comment section or posted as a comment stay a defacement; visitors' greetings in
their own comments stay clean, and so does a guestbook entry by "anonymous" (``comment_defacement_pages_s30``),
through a whole check against a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import pytest
from checker_servers import FakeSite, served_yesterday
from comment_defacement_pages_s30 import DEFACED_COMMENT_SECTIONS, GUESTBOOK, GUESTBOOK_DEFACED, VISITORS_GREETINGS
from test_checker_gambling_session23 import security


@pytest.mark.parametrize("html", DEFACED_COMMENT_SECTIONS.values(), ids=DEFACED_COMMENT_SECTIONS.keys())
def test_a_defacers_words_after_the_comments_or_posted_as_one_are_a_defacement(
    shared_site: FakeSite, html: str
) -> None:
    assert security(served_yesterday(shared_site, html)) == {("defacement", "visible"): "kritis"}


@pytest.mark.parametrize("html", VISITORS_GREETINGS.values(), ids=VISITORS_GREETINGS.keys())
def test_a_visitors_greetz_in_their_own_comment_is_clean(shared_site: FakeSite, html: str) -> None:
    assert security(served_yesterday(shared_site, html)) == {}


def test_a_guestbook_entry_by_anonymous_fearing_hackers_is_clean(shared_site: FakeSite) -> None:
    assert security(served_yesterday(shared_site, GUESTBOOK)) == {}


def test_anonymous_signing_a_defacers_line_after_a_guestbook_is_a_defacement(shared_site: FakeSite) -> None:
    assert security(served_yesterday(shared_site, GUESTBOOK_DEFACED)) == {("defacement", "visible"): "kritis"}
