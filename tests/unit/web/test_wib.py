"""The WIB time format of every page: the same text as Babel's Indonesian pattern, without its cost."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from babel.dates import format_datetime

from pantau_contracts.times import WIB
from pantau_web.views import wib


def test_wib_writes_what_babel_writes_for_every_month_and_hour() -> None:
    start = datetime(2025, 12, 31, 16, 59, tzinfo=UTC)
    for hours in range(0, 24 * 400, 7):
        moment = start + timedelta(hours=hours, minutes=hours % 60)
        expected = format_datetime(moment.astimezone(WIB), "d MMMM y, HH.mm", locale="id") + " WIB"
        assert wib(moment) == expected


def test_wib_turns_utc_into_western_indonesian_time() -> None:
    assert wib(datetime(2026, 3, 4, 17, 4, tzinfo=UTC)) == "5 Maret 2026, 00.04 WIB"


def test_wib_shows_a_dash_for_no_time() -> None:
    assert wib(None) == "–"
