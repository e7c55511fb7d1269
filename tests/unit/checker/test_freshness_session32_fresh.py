"""A post of today beside a schedule by day from today (session 32), in the pure core with the time of the check
given: today's row of the schedule dates nothing, an article's date of today does where the schedule's days are
none of the articles'."""

from __future__ import annotations

from datetime import UTC, datetime

from pantau_checker.core import freshness

NOW = datetime(2026, 12, 5, 1, 15, tzinfo=UTC)  # Saturday, 08.15 WIB


def day(month: int, number: int) -> datetime:
    return datetime(2026, month, number, tzinfo=UTC)


ROTA = [day(12, 5), day(12, 6), day(12, 7), day(12, 8), day(12, 9), day(12, 10)]


def test_an_articles_date_of_today_beside_a_widgets_rota_is_a_post_of_today() -> None:
    articles = [day(12, 5), day(8, 7)]
    found = freshness.page_date_evidence([*articles, *ROTA], NOW, articles)
    assert found is not None and found.when == day(12, 5)


def test_todays_row_of_a_rota_dates_nothing_where_the_rota_is_in_the_articles_or_no_article_is_of_today() -> None:
    assert freshness.page_date_evidence([*ROTA, day(8, 7)], NOW, [*ROTA, day(8, 7)]).when == day(8, 7)  # type: ignore[union-attr]
    assert freshness.page_date_evidence([day(8, 7), *ROTA], NOW, [day(8, 7)]).when == day(8, 7)  # type: ignore[union-attr]
    assert freshness.page_date_evidence([*ROTA, day(8, 7)], NOW).when == day(8, 7)  # type: ignore[union-attr]
