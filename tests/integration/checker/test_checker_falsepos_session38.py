"""Honest pages a false-alarm red team found misread (``falsepos_pages_s38``), each checked whole against a real HTTP
server on 127.0.0.1 at a fixed time: a warning's verbs and a pharmacist's words are no pornography nor spam, a lesson's
terminal transcript below the site's menu is no web shell, a Facebook Page Plugin is no foreign site (session 38)."""

from __future__ import annotations

import pytest
from checker_servers import FakeSite
from falsepos_pages_s38 import FACEBOOK_ONLY, IDIOMS, LINUX_LESSON, PLAIN_WORDS, WARNINGS
from test_checker_negative_content_session38 import checked_at_now


@pytest.mark.parametrize("html", WARNINGS.values(), ids=WARNINGS.keys())
def test_a_departments_warning_in_its_own_verbs_is_no_negative_content(shared_site: FakeSite, html: str) -> None:
    event = checked_at_now(shared_site, html)
    assert (event.availability, event.content.result, [f.evidence for f in event.findings]) == ("aktif", "update", [])


@pytest.mark.parametrize("html", [*PLAIN_WORDS.values(), *IDIOMS.values()], ids=[*PLAIN_WORDS, *IDIOMS])
def test_a_departments_own_words_that_a_seller_writes_too_are_no_negative_content(
    shared_site: FakeSite, html: str
) -> None:
    event = checked_at_now(shared_site, html)
    assert (event.availability, event.content.result, [f.evidence for f in event.findings]) == ("aktif", "update", [])


def test_a_lessons_terminal_transcript_below_the_sites_menu_is_no_web_shell(shared_site: FakeSite) -> None:
    event = checked_at_now(shared_site, LINUX_LESSON)
    assert (event.availability, [f.evidence for f in event.findings]) == ("aktif", [])


def test_a_page_of_only_the_departments_facebook_page_plugin_is_no_foreign_sites_frame(shared_site: FakeSite) -> None:
    event = checked_at_now(shared_site, FACEBOOK_ONLY)
    assert (event.availability, [f.evidence for f in event.findings]) == ("aktif", [])
