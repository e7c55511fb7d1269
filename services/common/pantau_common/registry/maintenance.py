"""Maintenance windows: one-off (start/end) or weekly (days, from, to, in WIB)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, time, timedelta, timezone
from typing import Any

WIB = timezone(timedelta(hours=7), "WIB")
DAYS = ("senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu")


@dataclass(frozen=True)
class OneOffWindow:
    start: datetime
    end: datetime

    def covers(self, moment: datetime) -> bool:
        return self.start <= moment < self.end


@dataclass(frozen=True)
class WeeklyWindow:
    days: frozenset[int]
    start: time
    end: time

    def covers(self, moment: datetime) -> bool:
        local = moment.astimezone(WIB)
        return local.weekday() in self.days and self.start <= local.time() < self.end


Window = OneOffWindow | WeeklyWindow


def parse_windows(raw: Any) -> tuple[Window, ...]:
    """Parse the ``maintenance`` setting; raise ValueError naming what is wrong."""
    if not isinstance(raw, list):
        raise ValueError("harus daftar jendela pemeliharaan")
    return tuple(_parse_one(item) for item in raw)


def in_maintenance(windows: Sequence[Window], moment: datetime) -> bool:
    """Return whether ``moment`` falls in any window."""
    return any(w.covers(moment) for w in windows)


def _parse_one(item: Any) -> Window:
    if not isinstance(item, dict):
        raise ValueError("jendela pemeliharaan harus objek")
    if "start" in item:
        start, end = _moment(item.get("start")), _moment(item.get("end"))
        if end <= start:
            raise ValueError("end harus setelah start")
        return OneOffWindow(start, end)
    days = item.get("days")
    if not isinstance(days, list) or not days or any(str(d).lower() not in DAYS for d in days):
        raise ValueError(f"days harus daftar dari {', '.join(DAYS)}")
    return WeeklyWindow(
        frozenset(DAYS.index(str(d).lower()) for d in days), _clock(item.get("from")), _clock(item.get("to"))
    )


def _moment(value: Any) -> datetime:
    try:
        parsed = datetime.fromisoformat(str(value))
    except ValueError:
        raise ValueError(f"{value!r} bukan waktu ISO 8601") from None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=WIB)


def _clock(value: Any) -> time:
    try:
        return time.fromisoformat(str(value))
    except ValueError:
        raise ValueError(f"{value!r} bukan jam HH:MM") from None
