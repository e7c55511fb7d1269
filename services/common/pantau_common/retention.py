"""Retention of check results, the pure part: daily summaries, percentiles, uptime.

Raw ``check_results`` older than ``PANTAU_RETENTION_DAYS`` become one summary per application and
WIB day. Uptime is counted (aktif results over the results that saw the application: a firewall
or bot challenge that answered the checker instead, ``pantau_contracts.status.unseen``, says nothing either way),
never averaged over days, so a window's figure is the same whether its days are raw rows or
summaries.

The same job forgets the messages Kafka can no longer redeliver: sent outbox rows and the
inbox's marks older than ``PANTAU_MESSAGE_KEEP_DAYS``, which must be longer than the longest
retention of a topic read through an inbox (``pantau_contracts.topics.redelivery_days``), or a
redelivered record would be applied twice or refused as a forgery.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone

from pantau_contracts.status import unseen
from pantau_contracts.topics import redelivery_days

from .config import ConfigError, whole_number
from .settings import Settings

WIB = timezone(timedelta(hours=7), "WIB")  # no daylight saving: every WIB day is 24 hours
AKTIF = "aktif"
QUANTILES = (0.5, 0.95, 0.99)


@dataclass(frozen=True)
class RetentionConfig:
    """How long raw results and relayed or consumed messages are kept, and how often the job runs."""

    days: int = 90  # PANTAU_RETENTION_DAYS
    every: timedelta = timedelta(days=1)
    message_keep_days: int = 45  # PANTAU_MESSAGE_KEEP_DAYS
    message_batch: int = 5000  # rows deleted per transaction
    dead_letter_keep_days: int = 180  # PANTAU_DEAD_LETTER_KEEP_DAYS

    @classmethod
    def from_settings(cls, settings: Settings) -> RetentionConfig:
        """Read PANTAU_RETENTION_DAYS, PANTAU_MESSAGE_KEEP_DAYS and PANTAU_DEAD_LETTER_KEEP_DAYS; raise
        ConfigError naming one that is unusable."""
        days = whole_number(settings, "RETENTION_DAYS", cls.days)
        if days < 1:
            raise ConfigError("PANTAU_RETENTION_DAYS harus paling sedikit 1")
        dead_letters = whole_number(settings, "DEAD_LETTER_KEEP_DAYS", cls.dead_letter_keep_days)
        if dead_letters < 1:
            raise ConfigError("PANTAU_DEAD_LETTER_KEEP_DAYS harus paling sedikit 1")
        return cls(
            days=days,
            message_keep_days=message_keep_days(settings, cls.message_keep_days),
            dead_letter_keep_days=dead_letters,
        )


def message_keep_days(settings: Settings, default: int) -> int:
    """Read PANTAU_MESSAGE_KEEP_DAYS; refuse a value Kafka's retention outlasts."""
    days = whole_number(settings, "MESSAGE_KEEP_DAYS", default)
    kafka = redelivery_days()
    if days <= kafka:
        raise ConfigError(
            f"PANTAU_MESSAGE_KEEP_DAYS ({days}) harus lebih lama dari retensi topik Kafka ({kafka} hari):"
            " pesan yang masih dapat dikirim ulang Kafka tidak boleh dilupakan"
        )
    return days


def message_cutoff(now: datetime, keep_days: int) -> datetime:
    """Return the moment before which sent and consumed messages are forgotten."""
    return now - timedelta(days=keep_days)


@dataclass(frozen=True)
class RawResult:
    """The fields of one check result that a daily summary keeps."""

    app_id: str
    pd_id: str
    checked_at: datetime
    availability: str
    total_ms: float | None
    freshness: str | None
    reason: str | None = None  # why it was not aktif

    @property
    def unseen(self) -> bool:
        """Whether the check could not see the application (``UNSEEN_REASONS``)."""
        return unseen(self.availability, self.reason)


@dataclass(frozen=True)
class DailySummary:
    """One application's check results of one WIB day."""

    app_id: str
    pd_id: str
    day: date
    checks: int
    aktif: int
    timed: int  # how many results the percentiles are of
    p50_ms: float | None
    p95_ms: float | None
    p99_ms: float | None
    freshness: str | None
    last_checked_at: datetime
    unseen: int = 0  # checks that could not see the application (``UNSEEN_REASONS``)


@dataclass(frozen=True)
class Uptime:
    """Counts of results in a window; ``ratio`` is None when none of them saw the application."""

    checks: int = 0
    aktif: int = 0
    unseen: int = 0  # checks a firewall or bot challenge answered instead (``UNSEEN_REASONS``)

    @property
    def seen(self) -> int:
        """The checks that saw the application: those uptime is the share of."""
        return self.checks - self.unseen

    @property
    def ratio(self) -> float | None:
        return self.aktif / self.seen if self.seen else None

    def __add__(self, other: Uptime) -> Uptime:
        return Uptime(self.checks + other.checks, self.aktif + other.aktif, self.unseen + other.unseen)


def wib_day(moment: datetime) -> date:
    """Return the WIB calendar day of an aware moment."""
    return moment.astimezone(WIB).date()


def day_bounds(day: date) -> tuple[datetime, datetime]:
    """Return the start (inclusive) and end (exclusive) of a WIB day."""
    start = datetime.combine(day, time(), WIB)
    return start, start + timedelta(days=1)


def keep_from(now: datetime, days: int) -> date:
    """Return the first WIB day whose raw results are kept: today and the ``days`` before it."""
    return wib_day(now) - timedelta(days=days)


def window(today: date, days: int) -> tuple[date, date]:
    """Return the first and last WIB day of the ``days``-day window that ends today."""
    return today - timedelta(days=days - 1), today


def percentile(ordered: Sequence[float], q: float) -> float | None:
    """Return the q-quantile of sorted values, interpolated as PostgreSQL's percentile_cont."""
    if not ordered:
        return None
    position = q * (len(ordered) - 1)
    low, high = math.floor(position), math.ceil(position)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def response_times(results: Iterable[RawResult]) -> list[float]:
    """Return the sorted response times of the aktif results (a failed check has none)."""
    return sorted(r.total_ms for r in results if r.availability == AKTIF and r.total_ms is not None)


def summarise(day: date, results: Sequence[RawResult]) -> DailySummary:
    """Summarise one application's results of one day (at least one)."""
    ordered = sorted(results, key=lambda r: r.checked_at)
    last = ordered[-1]
    times = response_times(ordered)
    p50, p95, p99 = (percentile(times, q) for q in QUANTILES)
    known = [r.freshness for r in ordered if r.freshness]
    return DailySummary(
        app_id=last.app_id,
        pd_id=last.pd_id,
        day=day,
        checks=len(ordered),
        aktif=sum(1 for r in ordered if r.availability == AKTIF),
        timed=len(times),
        p50_ms=p50,
        p95_ms=p95,
        p99_ms=p99,
        freshness=known[-1] if known else None,
        last_checked_at=last.checked_at,
        unseen=sum(1 for r in ordered if r.unseen),
    )


def summarise_day(day: date, results: Iterable[RawResult]) -> list[DailySummary]:
    """Summarise a day's results, one summary per application."""
    by_app: dict[str, list[RawResult]] = {}
    for result in results:
        by_app.setdefault(result.app_id, []).append(result)
    return [summarise(day, rows) for _app, rows in sorted(by_app.items())]


def merge(old: DailySummary, late: DailySummary) -> DailySummary:
    """Fold results that arrived after their day was summarised into the summary.

    The counts stay exact; the percentiles become a weighted mean of both, an approximation
    only for a day that received late results.
    """
    newer, older = (late, old) if late.last_checked_at >= old.last_checked_at else (old, late)
    return DailySummary(
        app_id=old.app_id,
        pd_id=newer.pd_id,
        day=old.day,
        checks=old.checks + late.checks,
        aktif=old.aktif + late.aktif,
        unseen=old.unseen + late.unseen,
        timed=old.timed + late.timed,
        p50_ms=_weighted(old.p50_ms, old.timed, late.p50_ms, late.timed),
        p95_ms=_weighted(old.p95_ms, old.timed, late.p95_ms, late.timed),
        p99_ms=_weighted(old.p99_ms, old.timed, late.p99_ms, late.timed),
        freshness=newer.freshness or older.freshness,
        last_checked_at=newer.last_checked_at,
    )


def _weighted(a: float | None, a_n: int, b: float | None, b_n: int) -> float | None:
    if a is None or not a_n:
        return b
    if b is None or not b_n:
        return a
    return (a * a_n + b * b_n) / (a_n + b_n)
