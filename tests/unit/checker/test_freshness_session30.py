"""Tomorrow's date on a page (session 30), in the pure core with the time of the check given.

A duty roster from tomorrow, a maintenance's night, "Jadwal Posyandu Besok": a day ahead once it is tomorrow in WIT
too (a page's days are read at midnight UTC, and Indonesia's today is up to 9 hours ahead of UTC). It dates the
page as an agenda's day does, at the earliest two weeks before, not as a post of today.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from pantau_checker.core import freshness

NOW = datetime(2026, 12, 5, 1, 15, tzinfo=UTC)  # Saturday, 08.15 WIB
STALE = datetime(2026, 7, 28, tzinfo=UTC)


def day(month: int, number: int) -> datetime:
    return datetime(2026, month, number, tzinfo=UTC)


def test_tomorrow_is_a_day_ahead_once_it_is_tomorrow_in_wit_too() -> None:
    found = freshness.page_date_evidence([day(12, 6), STALE], NOW)
    assert found is not None
    assert found.when == day(11, 22)
    assert found.detail == "tanggal mendatang di halaman 2026-12-06, ditulis paling cepat 2026-11-22"
    # A department that allows a week: a stale page's notice of tomorrow's maintenance does not date it today.
    assert freshness.decide([found], NOW, 7).result == "tidak_update"


@pytest.mark.parametrize(
    ("now", "today", "tomorrow"),
    [
        # 23.00 WIB: it is already 6 December in WIT, 9 hours ahead of UTC.
        (datetime(2026, 12, 5, 16, 0, tzinfo=UTC), day(12, 6), day(12, 7)),
        # 00.30 WIB: 6 December in Bekasi, 5 December still in UTC.
        (datetime(2026, 12, 5, 17, 30, tzinfo=UTC), day(12, 6), day(12, 7)),
        # 06.59 WIB.
        (datetime(2026, 12, 5, 23, 59, tzinfo=UTC), day(12, 6), day(12, 7)),
    ],
)
def test_todays_date_in_indonesia_is_no_day_ahead(now: datetime, today: datetime, tomorrow: datetime) -> None:
    assert freshness.page_date_evidence([today, STALE], now) == freshness.Evidence(
        "page_date", today, "tanggal di halaman 2026-12-06"
    )
    found = freshness.page_date_evidence([tomorrow, STALE], now)
    assert found is not None
    assert found.when == day(11, 23)
