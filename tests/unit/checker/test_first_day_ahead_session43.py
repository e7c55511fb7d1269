"""``freshness._first_day_ahead``: the day after WIT's day, at midnight UTC, made once a day (``_day_after``) and
pinned against the code before, which made a datetime and a timedelta at each of its three calls a check."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta, timezone

import pytest

from pantau_checker.core import freshness
from pantau_checker.core.freshness import _first_day_ahead, page_date_evidence

_WIB = timezone(timedelta(hours=7))
_WIT = timezone(timedelta(hours=9))
_NEW_YORK = timezone(timedelta(hours=-5))


def _old_first_day_ahead(now: datetime) -> datetime:
    east = now + timedelta(hours=9)
    return datetime(east.year, east.month, east.day, tzinfo=UTC) + timedelta(days=1)


def _nows() -> list[datetime]:
    rng = random.Random(43)
    found = []
    # Around WIT's midnight (15:00 UTC), the month's and the year's ends, a leap day.
    for day in (datetime(2026, 12, 5), datetime(2026, 12, 31), datetime(2028, 2, 28), datetime(2027, 1, 31)):
        for minutes in range(0, 24 * 60, 7):
            found.append(day.replace(tzinfo=UTC) + timedelta(minutes=minutes, seconds=minutes % 60))
    found += [
        datetime(2026, 12, 5, 14, 59, 59, 999999, tzinfo=UTC),
        datetime(2026, 12, 5, 15, 0, tzinfo=UTC),
        datetime(2026, 12, 5, 15, 0, 0, 1, tzinfo=UTC),
    ]
    # Any moment of some years, in UTC and in other zones (a caller's ``now`` is UTC, but the day is read as before).
    start = datetime(2024, 1, 1, tzinfo=UTC)
    for _ in range(2000):
        moment = start + timedelta(seconds=rng.randrange(5 * 365 * 86400), microseconds=rng.randrange(10**6))
        found.append(moment.astimezone(rng.choice((UTC, _WIB, _WIT, _NEW_YORK))))
    return found


@pytest.mark.parametrize("chunk", range(4))
def test_same_day_as_before(chunk: int) -> None:
    nows = _nows()
    for now in nows[chunk::4]:
        got, want = _first_day_ahead(now), _old_first_day_ahead(now)
        assert got == want, now
        assert got.tzinfo is UTC and (got.hour, got.minute, got.second, got.microsecond) == (0, 0, 0, 0)


def test_made_once_a_day() -> None:
    freshness._day_after.cache_clear()
    now = datetime(2026, 12, 5, 9, 30, tzinfo=UTC)
    first = _first_day_ahead(now)
    assert _first_day_ahead(now + timedelta(hours=5)) is first  # 14:30 UTC: still 5 December in WIT
    assert _first_day_ahead(now + timedelta(hours=6)) == datetime(2026, 12, 7, tzinfo=UTC)  # WIT's 6 December
    assert freshness._day_after.cache_info().misses == 2


@pytest.mark.parametrize("minute", range(14 * 60, 16 * 60, 10))
def test_page_date_evidence_as_before(minute: int, monkeypatch: pytest.MonkeyPatch) -> None:
    # Dates of the days around WIT's midnight (15:00 UTC), a rota among them: upcoming or not, as before.
    now = datetime(2026, 12, 5, tzinfo=UTC) + timedelta(minutes=minute)
    days = [datetime(2026, 12, 5, tzinfo=UTC) + timedelta(days=k) for k in range(-2, 6)]
    cases = [days[:3], days[2:4], days[2:], [days[0], days[4]], [now - timedelta(hours=1), days[3]]]
    got = [page_date_evidence(dates, now, dates[:1]) for dates in cases]
    monkeypatch.setattr(freshness, "_first_day_ahead", _old_first_day_ahead)
    assert got == [page_date_evidence(dates, now, dates[:1]) for dates in cases]
