"""Sets of pages that read alike: in each, a department's own pages that must stay clean beside the kits dressed as
them that must be found, each page through a whole check against a real HTTP server on 127.0.0.1. A set's module
holds its pages (``CLEAN`` and ``SPAM``) and says where they come from."""

from __future__ import annotations

from types import ModuleType

import gambling_blocked_lists_pages_s36
import gambling_headlines_pages_s33
import gambling_lesson_evasions_pages_s35
import gambling_lesson_lists_pages_s36
import gambling_lesson_pages_s35
import gambling_places_pages_s37
import gambling_verdict_pages_s35
import gambling_worn_warnings_pages_s36
import pytest
from _pytest.mark import ParameterSet
from test_checker_gambling_session23 import assert_clean, assert_gambling_found

SETS: dict[str, ModuleType] = {
    # News headlined in the trade's newer slang and its brands, a man named Toto in a tag cloud, a campaign's folded
    # menu; a kit's pages that read alike.
    "headlines_s33": gambling_headlines_pages_s33,
    # Literacy news calling the slang a myth, a deception, an illusion or a bait, time slots booked online; a kit's
    # copy that denies the verdict.
    "verdicts_s35": gambling_verdict_pages_s35,
    # A department's lesson listing the slang under the campaign's heading; a kit under the same heading that sells,
    # links a gambling site or holds the slang elsewhere.
    "lessons_s35": gambling_lesson_pages_s35,
    # A lesson naming the sellers' offers, or asking its verdict and answering it; a kit's copy under a lesson's
    # heading naming its admin, its Telegram, its brand spelled apart, and a seller's tease asking the verdict.
    "lesson_evasions_s35": gambling_lesson_evasions_pages_s35,
    # A home page listing the department's own literacy piece in its news, sidebar, slider or ticker; a kit's item
    # dressed so (linked elsewhere, selling, hidden, after the footer).
    "lesson_lists_s36": gambling_lesson_lists_pages_s36,
    # News naming a brand blocked, arrested or tried, and lessons; a kit wearing a warning's words beside its sign-up
    # or its brand.
    "worn_warnings_s36": gambling_worn_warnings_pages_s36,
    # A blocking's list of brands, a hoax debunked, a lesson quoting a promise; a kit wearing a fact-check's, a hoax's
    # or a blocking's words.
    "blocked_lists_s36": gambling_blocked_lists_pages_s36,
    # Spam where the head alone, visitors' comments, a guestbook, a Q&A, a tag cloud, a document repository, a gallery's
    # alt, a drop-down or a ticker carries it; the same places in a department's own words.
    "places_s37": gambling_places_pages_s37,
}


def _pages(kind: str) -> list[ParameterSet]:
    return [
        pytest.param(html, id=f"{name}-{page}")
        for name, module in SETS.items()
        for page, html in getattr(module, kind).items()
    ]


@pytest.mark.parametrize("html", _pages("CLEAN"))
def test_a_departments_own_page_is_clean(shared_site, html: str) -> None:  # type: ignore[no-untyped-def]
    assert_clean(shared_site, html)


@pytest.mark.parametrize("html", _pages("SPAM"))
def test_a_kit_dressed_as_it_is_found(shared_site, html: str) -> None:  # type: ignore[no-untyped-def]
    assert_gambling_found(shared_site, html)
