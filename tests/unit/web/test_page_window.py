"""A list's page links: the first, the last and the pages near this one; a page past the end knows it."""

from __future__ import annotations

from pantau_web.lists import Page, PageRequest, read_page, status


def page(number: int, total: int) -> Page:
    return Page([{}] if number <= -(-total // 50) else [], PageRequest(number, 50), total)


def test_the_window_links_the_first_the_last_and_two_either_side() -> None:
    assert page(1, 1003).window() == [1, 2, 3, None, 21]
    assert page(10, 1003).window() == [1, None, 8, 9, 10, 11, 12, None, 21]
    assert page(21, 1003).window() == [1, None, 19, 20, 21]
    assert page(4, 1003).window() == [1, 2, 3, 4, 5, 6, None, 21]


def test_a_short_list_links_every_page_without_gaps() -> None:
    assert page(2, 120).window() == [1, 2, 3]
    assert page(1, 10).window() == [1]


def test_a_page_past_the_end_reads_the_total_and_answers_404() -> None:
    rows = [{"total": 1003}] * 50
    asked: list[int] = []

    def fetch(request: PageRequest) -> list[dict[str, int]]:
        asked.append(request.number)
        return rows if request.number <= 21 else []

    past = read_page(fetch, PageRequest(30, 50))
    assert (past.past_end, past.total, past.pages, status(past), asked) == (True, 1003, 21, 404, [30, 1])
    last = read_page(fetch, PageRequest(21, 50))
    assert (last.past_end, status(last)) == (False, 200)
