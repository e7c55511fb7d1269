"""Retention of check results in PostgreSQL: the daily roll-up and uptime over raw rows plus summaries.

One WIB day is rolled up per transaction: its raw rows are deleted and, from exactly the rows the
DELETE returned, summarised into ``check_results_daily`` (merged with a summary the day already
has), so a result written concurrently is never lost. One roll-up runs at a time (an advisory
lock); a second one finds the lock taken and does nothing.

The same job then forgets old messages (``prune_messages``): sent outbox rows and the inbox's
marks (``processed_messages``) from before the cutoff, and dead letters from before a cutoff of
their own (kept longer: an operator may still look into them), in batches of bounded size, each its
own short transaction; an unsent outbox row is never deleted. It runs under a lock of its own, so
the scheduler's replicas prune once.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

import psycopg
from psycopg.rows import dict_row

from pantau_contracts.status import UNSEEN_REASONS

from .db import connect
from .retention import (
    DailySummary,
    RawResult,
    RetentionConfig,
    Uptime,
    day_bounds,
    keep_from,
    merge,
    message_cutoff,
    summarise_day,
    wib_day,
    window,
)

log = logging.getLogger(__name__)
RETENTION_LOCK = 0x52455445  # "RETE": one roll-up at a time
MESSAGES_LOCK = 0x50524E45  # "PRNE": one pruning of old messages at a time
# Oldest first, so that a batch is the front of the table; unsent rows never match. A command the
# workflow refused keeps its row: the audit page reads who sent it, and about what, from it.
_PRUNE_OUTBOX = (
    "DELETE FROM outbox WHERE id IN (SELECT o.id FROM outbox o WHERE o.sent_at < %s AND NOT EXISTS"
    " (SELECT 1 FROM command_results c WHERE c.command_id = o.message_id AND NOT c.accepted)"
    " ORDER BY o.id LIMIT %s)"
)
_PRUNE_INBOX = (
    "DELETE FROM processed_messages WHERE (consumer, message_id) IN"
    " (SELECT consumer, message_id FROM processed_messages WHERE processed_at < %s LIMIT %s)"
)
_PRUNE_DEAD_LETTERS = (
    "DELETE FROM dead_letters WHERE id IN (SELECT id FROM dead_letters WHERE at < %s ORDER BY id LIMIT %s)"
)
Conn = psycopg.Connection[Any]
_COLUMNS = "app_id, pd_id, day, checks, aktif, timed, p50_ms, p95_ms, p99_ms, freshness, last_checked_at, unseen"
_UPSERT = (
    f"INSERT INTO check_results_daily ({_COLUMNS}, rolled_up_at)"
    " VALUES (%(app_id)s, %(pd_id)s, %(day)s, %(checks)s, %(aktif)s, %(timed)s, %(p50_ms)s, %(p95_ms)s,"
    " %(p99_ms)s, %(freshness)s, %(last_checked_at)s, %(unseen)s, now())"
    " ON CONFLICT (app_id, day) DO UPDATE SET pd_id = EXCLUDED.pd_id, checks = EXCLUDED.checks,"
    " aktif = EXCLUDED.aktif, unseen = EXCLUDED.unseen, timed = EXCLUDED.timed, p50_ms = EXCLUDED.p50_ms,"
    " p95_ms = EXCLUDED.p95_ms,"
    " p99_ms = EXCLUDED.p99_ms, freshness = EXCLUDED.freshness, last_checked_at = EXCLUDED.last_checked_at,"
    " rolled_up_at = now()"
)


def roll_up(database_url: str, keep: date) -> list[date] | None:
    """Roll up every WIB day before ``keep``; return the days done, or None if another roll-up runs."""
    with connect(database_url, autocommit=True) as conn:
        if not _try_lock(conn):
            return None
        try:
            return list(_roll_up_days(conn, keep))
        finally:
            conn.execute("SELECT pg_advisory_unlock(%s)", (RETENTION_LOCK,))


def _try_lock(conn: Conn, key: int = RETENTION_LOCK) -> bool:
    row = conn.execute("SELECT pg_try_advisory_lock(%s) AS won", (key,)).fetchone()
    return bool(row and row["won"])


@dataclass(frozen=True)
class Pruned:
    """How many old messages one pruning forgot."""

    outbox: int
    inbox: int
    dead_letters: int = 0


def prune_messages(
    database_url: str, before: datetime, batch: int = 5000, dead_letters_before: datetime | None = None
) -> Pruned | None:
    """Delete outbox rows sent and inbox marks made before ``before``, and dead letters kept before
    ``dead_letters_before`` (None: none); return None if another pruning runs."""
    with connect(database_url, autocommit=True) as conn:
        if not _try_lock(conn, MESSAGES_LOCK):
            return None
        try:
            pruned = Pruned(
                _in_batches(conn, _PRUNE_OUTBOX, before, batch),
                _in_batches(conn, _PRUNE_INBOX, before, batch),
                _in_batches(conn, _PRUNE_DEAD_LETTERS, dead_letters_before, batch) if dead_letters_before else 0,
            )
        finally:
            conn.execute("SELECT pg_advisory_unlock(%s)", (MESSAGES_LOCK,))
    log.info("retensi: %s baris outbox dan %s tanda inbox sebelum %s dihapus", pruned.outbox, pruned.inbox, before)
    if pruned.dead_letters:
        log.info("retensi: %s dead letter sebelum %s dihapus", pruned.dead_letters, dead_letters_before)
    return pruned


def _in_batches(conn: Conn, delete: str, before: datetime, batch: int) -> int:
    """Run ``delete`` (autocommit: a transaction each) until a batch comes back short; return the rows."""
    total = 0
    while True:
        deleted = conn.execute(delete, (before, batch)).rowcount
        total += deleted
        if deleted < batch:
            return total


def _roll_up_days(conn: Conn, keep: date) -> Iterable[date]:
    day = _oldest_day(conn, keep)
    while day is not None:
        roll_up_day(conn, day)
        yield day
        day = _oldest_day(conn, keep)


def _oldest_day(conn: Conn, keep: date) -> date | None:
    before, _ = day_bounds(keep)
    row = conn.execute(
        "SELECT min(checked_at) AS oldest FROM check_results WHERE checked_at < %s", (before,)
    ).fetchone()
    return wib_day(row["oldest"]) if row and row["oldest"] else None


def roll_up_day(conn: Conn, day: date) -> list[DailySummary]:
    """Move one WIB day's raw results into daily summaries, in one transaction; return them."""
    start, end = day_bounds(day)
    with conn.transaction():
        rows = conn.execute(
            "DELETE FROM check_results WHERE checked_at >= %s AND checked_at < %s"
            " RETURNING app_id, pd_id, checked_at, availability, total_ms, freshness, reason",
            (start, end),
        ).fetchall()
        summaries = [_merged(conn, s) for s in summarise_day(day, (RawResult(**r) for r in rows))]
        conn.cursor().executemany(_UPSERT, [vars(s) for s in summaries])
    log.info("retensi: %s hasil cek tanggal %s diringkas menjadi %s baris", len(rows), day, len(summaries))
    return summaries


def _merged(conn: Conn, summary: DailySummary) -> DailySummary:
    row = conn.execute(
        f"SELECT {_COLUMNS} FROM check_results_daily WHERE app_id = %s AND day = %s FOR UPDATE",
        (summary.app_id, summary.day),
    ).fetchone()
    return merge(DailySummary(**row), summary) if row else summary


def uptime(conn: Conn, app_id: str, first: date, last: date) -> Uptime:
    """Return the counts of an application's results from WIB day ``first`` to ``last``, inclusive."""
    start, _ = day_bounds(first)
    _, end = day_bounds(last)
    with conn.cursor(row_factory=dict_row) as cur:
        raw = cur.execute(
            "SELECT count(*) AS checks, count(*) FILTER (WHERE availability = 'aktif') AS aktif,"
            # pantau_contracts.status.unseen, in SQL
            " count(*) FILTER (WHERE availability = 'tidak_aktif' AND reason = ANY(%s)) AS unseen"
            " FROM check_results WHERE app_id = %s AND checked_at >= %s AND checked_at < %s",
            (sorted(UNSEEN_REASONS), app_id, start, end),
        ).fetchone()
        daily = cur.execute(
            "SELECT coalesce(sum(checks), 0) AS checks, coalesce(sum(aktif), 0) AS aktif,"
            " coalesce(sum(unseen), 0) AS unseen"
            " FROM check_results_daily WHERE app_id = %s AND day BETWEEN %s AND %s",
            (app_id, first, last),
        ).fetchone()
    return _counts(raw) + _counts(daily)


def uptime_windows(conn: Conn, app_id: str, today: date, days: Iterable[int] = (7, 30, 90)) -> dict[int, Uptime]:
    """Return an application's uptime over each window of ``days`` WIB days that ends today."""
    return {n: uptime(conn, app_id, *window(today, n)) for n in days}


def _counts(row: dict[str, Any] | None) -> Uptime:
    return Uptime(int(row["checks"]), int(row["aktif"]), int(row["unseen"])) if row else Uptime()


async def retention_loop(
    database_url: str,
    config: RetentionConfig,
    stop: asyncio.Event,
    clock: Callable[[], datetime] = lambda: datetime.now(UTC),
) -> None:
    """Roll up the days past retention and forget old messages now and then every ``config.every``, until ``stop``."""
    while not stop.is_set():
        try:
            await asyncio.to_thread(roll_up, database_url, keep_from(clock(), config.days))
            cutoff = message_cutoff(clock(), config.message_keep_days)
            dead_letters = message_cutoff(clock(), config.dead_letter_keep_days)
            await asyncio.to_thread(prune_messages, database_url, cutoff, config.message_batch, dead_letters)
        except psycopg.Error as exc:  # the next run takes the days (and messages) this one could not
            log.warning("retensi hasil cek gagal, dicoba lagi nanti: %s", exc)
        try:
            await asyncio.wait_for(stop.wait(), config.every.total_seconds())
        except TimeoutError:
            pass
