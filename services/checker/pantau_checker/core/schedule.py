"""Scheduling math: when each application is next due, with a stable per-app jitter."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from datetime import datetime, timedelta

DEFAULT_JITTER = 0.1


def jitter_s(app_id: str, interval_s: int, fraction: float = DEFAULT_JITTER) -> float:
    """Return a stable offset in [0, fraction*interval) that spreads apps over the interval."""
    digest = hashlib.sha256(app_id.encode()).digest()
    unit = int.from_bytes(digest[:8], "big") / 2**64
    return unit * fraction * interval_s


def next_due(
    app_id: str, interval_s: int, last: datetime | None, now: datetime, fraction: float = DEFAULT_JITTER
) -> datetime:
    """Return when the app is next due: first check soon (spread by jitter), then every interval."""
    offset = timedelta(seconds=jitter_s(app_id, interval_s, fraction))
    if last is None:
        return now + offset
    return last + timedelta(seconds=interval_s) + offset


def due_now(
    intervals: Mapping[str, int],
    last_requested: Mapping[str, datetime],
    now: datetime,
    fraction: float = DEFAULT_JITTER,
) -> list[str]:
    """Return the ids of the apps whose next check is due at ``now``, most overdue first."""
    due = [
        (next_due(a, i, last_requested.get(a), now, fraction) if a in last_requested else now, a)
        for a, i in intervals.items()
    ]
    return [a for when, a in sorted(due) if when <= now]


def round_missing(scope: Iterable[str], answered: Iterable[str]) -> list[str]:
    """Return the apps of a cycle round without a result (reported once the deadline passed)."""
    done = set(answered)
    return sorted(a for a in scope if a not in done)
