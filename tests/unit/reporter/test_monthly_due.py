"""When the monthly Wali Kota report is due, and when a failed delivery is tried again."""

from __future__ import annotations

from datetime import UTC, date, datetime

from pantau_reporter.monthly import FIRST_RETRY, RETRY_LIMIT, due_month, retry_at


def test_last_months_report_is_due_from_the_configured_day_at_seven_wib() -> None:
    assert due_month(datetime(2026, 12, 1, 0, 0, tzinfo=UTC), 1) == date(2026, 11, 1)  # 07.00 WIB
    assert due_month(datetime(2026, 11, 30, 23, 59, tzinfo=UTC), 1) is None  # 06.59 WIB on the 1st
    assert due_month(datetime(2027, 1, 1, 0, 0, tzinfo=UTC), 1) == date(2026, 12, 1)  # across the year


def test_a_later_day_waits_for_it_and_a_worker_that_was_down_catches_up() -> None:
    assert due_month(datetime(2026, 12, 2, 12, 0, tzinfo=UTC), 3) is None
    assert due_month(datetime(2026, 12, 3, 0, 0, tzinfo=UTC), 3) == date(2026, 11, 1)
    assert due_month(datetime(2026, 12, 17, 12, 0, tzinfo=UTC), 3) == date(2026, 11, 1)


def test_a_failed_delivery_waits_longer_each_time_then_is_given_up() -> None:
    now = datetime(2026, 12, 1, 1, 0, tzinfo=UTC)
    delays = [retry_at(now, n) for n in range(1, RETRY_LIMIT)]
    assert [d - now for d in delays if d] == [FIRST_RETRY, FIRST_RETRY * 2, FIRST_RETRY * 4]
    assert retry_at(now, RETRY_LIMIT) is None
