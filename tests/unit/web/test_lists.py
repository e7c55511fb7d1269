"""The list helper: the page asked for, read strictly, and what a page says about the whole list."""

from __future__ import annotations

import pytest

from pantau_web.lists import DEFAULT_SIZE, Page, PageRequest, choice, like_pattern, page_of, page_request, search_text


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ({}, PageRequest(1, DEFAULT_SIZE)),
        ({"halaman": "3", "per": "100"}, PageRequest(3, 100)),
        ({"halaman": "-2", "per": "7"}, PageRequest(1, DEFAULT_SIZE)),
        ({"halaman": "x", "per": ""}, PageRequest(1, DEFAULT_SIZE)),
        ({"halaman": "99999999"}, PageRequest(100_000, DEFAULT_SIZE)),
    ],
)
def test_the_page_asked_for_is_read_strictly(args: dict[str, str], expected: PageRequest) -> None:
    assert page_request(args) == expected


def test_a_page_knows_its_rows_and_the_whole_list() -> None:
    page = page_of([{"id": i, "total": 120} for i in range(50)], PageRequest(2, 50))
    assert (page.pages, page.first_row, page.last_row, page.has_prev, page.has_next) == (3, 51, 100, True, True)
    assert PageRequest(3, 50).offset == 100


def test_an_empty_page_says_nothing_is_there() -> None:
    page = Page([], PageRequest(1, 50), 0)
    assert (page.pages, page.first_row, page.has_next) == (1, 0, False)


def test_a_search_is_bounded_and_its_wildcards_taken_literally() -> None:
    assert search_text({"q": "  dinas   kesehatan "}) == "dinas kesehatan"
    assert search_text({"q": "   "}) is None
    assert like_pattern("100%_a\\b") == "%100\\%\\_a\\\\b%"


def test_a_filter_outside_its_choices_filters_nothing() -> None:
    assert choice({"status": "aktif"}, "status", ["aktif", "belum"]) == "aktif"
    assert choice({"status": "'; DROP"}, "status", ["aktif"]) is None
