"""A schedule by day from Bekasi's today, read between 22:00 and midnight WIB, when it is already the next day in
WIT (the easternmost of Indonesia's times, whose day the page's rules take as today): its first row, Bekasi's today,
dates nothing, as at any other hour; an article's date of Bekasi's today is a post of today."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from pantau_checker.core import freshness


def day(month: int, number: int) -> datetime:
    return datetime(2026, month, number, tzinfo=UTC)


ROTA = [day(12, 5), day(12, 6), day(12, 7), day(12, 8), day(12, 9)]  # a pharmacies' rota printed on 5 December
STALE = [day(9, 1), day(8, 7)]


@pytest.mark.parametrize(
    "now",
    [
        datetime(2026, 12, 5, 1, 15, tzinfo=UTC),  # 08.15 WIB
        datetime(2026, 12, 5, 15, 30, tzinfo=UTC),  # 22.30 WIB, 00.30 WIT on the 6th
        datetime(2026, 12, 5, 16, 59, tzinfo=UTC),  # 23.59 WIB
    ],
    ids=["morning", "22.30 WIB", "23.59 WIB"],
)
def test_a_rota_from_bekasis_today_dates_nothing_at_any_hour_of_its_day(now: datetime) -> None:
    found = freshness.page_date_evidence([*ROTA, *STALE], now, [*STALE])
    assert found is not None and found.when == day(9, 1)


def test_an_articles_date_of_bekasis_today_beside_the_rota_late_in_the_evening_is_a_post_of_today() -> None:
    now = datetime(2026, 12, 5, 15, 30, tzinfo=UTC)  # 22.30 WIB
    found = freshness.page_date_evidence([day(12, 5), *STALE, *ROTA], now, [day(12, 5), *STALE])
    # The page is dated today; by WIT's day, the rota's next row may date it (the 6th is WIT's today).
    assert found is not None and found.when >= day(12, 5)


def test_bekasis_today_alone_late_in_the_evening_is_still_a_date_of_today() -> None:
    # No schedule: nothing is taken out, whatever the hour.
    now = datetime(2026, 12, 5, 15, 30, tzinfo=UTC)
    found = freshness.page_date_evidence([day(12, 5), *STALE], now)
    assert found is not None and found.when == day(12, 5)
