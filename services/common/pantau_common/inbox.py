"""The consumer inbox every Pantau consumer uses.

One message goes through three things, always the same way:
- it is decoded with the contracts' codec; one that cannot be decoded is dead-lettered with
  the reason, to the dead-letter topic *and* the ``dead_letters`` table, and the consumer goes on;
- its handler runs inside one PostgreSQL transaction that also marks the message processed
  (``processed_messages``), so a redelivered message changes nothing;
- a lost database is waited for and the same message retried (at-least-once, in order); a
  handler that keeps failing is dead-lettered after a few attempts, so one bad message never
  stalls a partition.

A consumer may also say what it trusts (``accepts``, ``recorded_only``): a message of a type its
topic does not carry, or one that no Pantau service queued in the outbox for the topic the record
came from (a forgery written straight to Kafka), is refused: dead-lettered, never applied.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from enum import Enum
from typing import Any, Generic, TypeVar

import psycopg
from psycopg.rows import tuple_row
from psycopg_pool import ConnectionPool

from pantau_contracts import Envelope, MalformedMessageError, decode

from .kafka import dead_letter_headers

log = logging.getLogger(__name__)
Conn = psycopg.Connection[Any]
R = TypeVar("R")


@dataclass(frozen=True)
class Received:
    """A consumed record, whatever client consumed it (aiokafka, faust)."""

    topic: str
    partition: int
    offset: int
    key: bytes | None
    value: bytes | None


# Publishes a dead letter (the record's key and value, with these headers) to the dead-letter topic.
SendDeadLetter = Callable[[Received, list[tuple[str, bytes]]], Awaitable[None]]
Handler = Callable[[Conn, Envelope], R]
BatchHandler = Callable[[Conn, list[Envelope]], R]  # the messages of a batch not processed before, in order


class Outcome(Enum):
    APPLIED = "applied"
    DUPLICATE = "duplicate"  # processed before: nothing done
    IGNORED = "ignored"  # a message type this consumer does not read
    DEAD_LETTERED = "dead_lettered"
    STOPPED = "stopped"  # asked to stop while the database was away: not applied, not committed
    REFUSED = "refused"  # not a message this consumer trusts: dead-lettered, not applied, not marked


@dataclass(frozen=True)
class Result(Generic[R]):
    outcome: Outcome
    value: R | None = None
    envelope: Envelope | None = None
    reason: str | None = None


def claim(conn: Conn, consumer: str, message_id: str) -> bool:
    """Mark a message processed by ``consumer`` in the caller's transaction; False if it was before."""
    cur = conn.execute(
        "INSERT INTO processed_messages (consumer, message_id) VALUES (%s, %s) ON CONFLICT DO NOTHING",
        (consumer, message_id),
    )
    return cur.rowcount == 1


def claim_many(conn: Conn, consumer: str, message_ids: list[str]) -> set[str]:
    """Mark messages processed by ``consumer`` in the caller's transaction; return those not marked before."""
    with conn.cursor(row_factory=tuple_row) as cur:
        cur.execute(
            "INSERT INTO processed_messages (consumer, message_id) SELECT %s, unnest(%s::text[])"
            " ON CONFLICT DO NOTHING RETURNING message_id",
            (consumer, message_ids),
        )
        return {row[0] for row in cur.fetchall()}


def record_dead_letter(conn: Conn, consumer: str, record: Received, reason: str) -> None:
    """Keep a dead letter in the ``dead_letters`` table, where operators and the UI see it."""
    conn.execute(
        'INSERT INTO dead_letters (consumer, topic, partition, "offset", reason, raw) VALUES (%s, %s, %s, %s, %s, %s)',
        (consumer, record.topic, record.partition, record.offset, reason[:2000], record.value),
    )


class Inbox:
    """Decode, dead-letter, and apply each message once, for the consumer named ``consumer``."""

    def __init__(
        self,
        consumer: str,
        pool: ConnectionPool[Any],
        send_dead_letter: SendDeadLetter,
        *,
        attempts: int = 3,
        retry_seconds: float = 2.0,
        ignore_unknown_types: bool = False,
        accepts: tuple[type, ...] = (),
        recorded_only: bool = False,
    ) -> None:
        self.consumer = consumer
        self._pool = pool
        self._send = send_dead_letter
        self._attempts = attempts
        self._retry_seconds = retry_seconds
        self._database_away = False  # the last try found the database away (until one succeeds)
        self._ignore_unknown = ignore_unknown_types
        self._accepts = accepts
        self._recorded_only = recorded_only

    def decode(self, record: Received) -> Envelope | str:
        """Return the record's envelope, or the reason it cannot be decoded."""
        try:
            return decode(record.value)
        except MalformedMessageError as exc:
            return exc.reason

    async def receive(self, record: Received, handle: Handler[R], stop: asyncio.Event | None = None) -> Result[R]:
        """Decode ``record`` and apply ``handle`` to it once; dead-letter what cannot be applied."""
        env = self.decode(record)
        if isinstance(env, str):
            if self._ignore_unknown and env.startswith("unknown message type"):
                log.info(
                    "%s: ignoring %s at %s[%s]@%s", self.consumer, env, record.topic, record.partition, record.offset
                )
                return Result(Outcome.IGNORED, reason=env)
            await self.dead_letter(record, env)
            return Result(Outcome.DEAD_LETTERED, reason=env)
        if self._accepts and not isinstance(env.data, self._accepts):
            return await self._refuse(record, env, f"{env.type} is not read from {record.topic}")
        result = await self._apply_with_retries(record, env, handle, stop)
        if result.outcome == Outcome.REFUSED:
            await self._refuse(record, env, result.reason or "")
        return result

    async def _refuse(self, record: Received, env: Envelope, reason: str) -> Result[Any]:
        log.warning("%s: refused %s %s (subject %s): %s", self.consumer, env.type, env.id, env.subject, reason)
        await self.dead_letter(record, f"refused: {reason}")
        return Result(Outcome.REFUSED, envelope=env, reason=reason)

    async def _apply_with_retries(
        self, record: Received, env: Envelope, handle: Handler[R], stop: asyncio.Event | None
    ) -> Result[R]:
        failures = 0
        while True:
            if self._giving_up(stop):
                return Result(Outcome.STOPPED, envelope=env)
            try:
                result = await asyncio.to_thread(self.apply, env, handle, record)
            except psycopg.OperationalError as exc:
                self._database_away = True
                log.warning("%s: database unavailable (%s); retrying %s", self.consumer, type(exc).__name__, env.id)
                if stop is not None and stop.is_set():
                    return Result(Outcome.STOPPED, envelope=env)
                await asyncio.sleep(self._retry_seconds)
                continue
            except Exception as exc:  # a bug must not stall the partition forever
                failures += 1
                log.exception("%s: handling %s %s failed (attempt %s)", self.consumer, env.type, env.id, failures)
                if failures >= self._attempts:
                    reason = f"handler error: {type(exc).__name__}: {exc}"
                    await self.dead_letter(record, reason)
                    return Result(Outcome.DEAD_LETTERED, envelope=env, reason=reason)
                await asyncio.sleep(0.5 * failures)
                continue
            self._database_away = False
            return result

    def _giving_up(self, stop: asyncio.Event | None) -> bool:
        """Whether to leave a message untried: the worker is stopping and the database was away at the
        last try (each try would wait out the pool's timeout; the next worker reads the message again)."""
        return self._database_away and stop is not None and stop.is_set()

    def apply(self, env: Envelope, handle: Handler[R], record: Received | None = None) -> Result[R]:
        """Run ``handle`` in one transaction that marks ``env`` processed; skip it if it was before.

        With ``recorded_only``, ``record`` must be the very message a Pantau service queued for its
        topic; a forgery is refused before it is marked, so it cannot shadow the real message's id.
        """
        with self._pool.connection() as conn, conn.transaction():
            if self._recorded_only and record is not None and not _recorded(conn, record, env):
                return Result(Outcome.REFUSED, envelope=env, reason=f"not queued by Pantau for {record.topic}")
            if not claim(conn, self.consumer, env.id):
                return Result(Outcome.DUPLICATE, envelope=env)
            return Result(Outcome.APPLIED, handle(conn, env), env)

    async def receive_batch(
        self, records: list[Received], handle: BatchHandler[R], stop: asyncio.Event | None = None
    ) -> list[Result[R]]:
        """Apply the messages of ``records`` once each, all in one transaction that marks them processed.

        What cannot be decoded or is not read here goes where ``receive`` sends it. A lost database
        is waited for and the whole batch retried; a batch the handler fails on is applied again
        one message at a time, so that only the bad message is dead-lettered.
        """
        one: Handler[R] = lambda conn, env: handle(conn, [env])  # noqa: E731
        if self._recorded_only:  # each record is checked against the outbox: one at a time
            return [await self.receive(record, one, stop) for record in records]
        good: list[tuple[Received, Envelope]] = []
        results: list[Result[R]] = []
        for record in records:
            env = self.decode(record)
            if isinstance(env, str) or (self._accepts and not isinstance(env.data, self._accepts)):
                results.append(await self.receive(record, one, stop))
            else:
                good.append((record, env))
        return results + (await self._apply_batch_with_retries(good, handle, one, stop) if good else [])

    async def _apply_batch_with_retries(
        self,
        good: list[tuple[Received, Envelope]],
        handle: BatchHandler[R],
        one: Handler[R],
        stop: asyncio.Event | None,
    ) -> list[Result[R]]:
        envs = [env for _, env in good]
        while True:
            if self._giving_up(stop):
                return [Result(Outcome.STOPPED, envelope=env) for env in envs]
            try:
                results = await asyncio.to_thread(self.apply_batch, envs, handle)
                self._database_away = False
                return results
            except psycopg.OperationalError as exc:
                self._database_away = True
                log.warning("%s: database unavailable (%s); retrying a batch", self.consumer, type(exc).__name__)
                if stop is not None and stop.is_set():
                    return [Result(Outcome.STOPPED, envelope=env) for env in envs]
                await asyncio.sleep(self._retry_seconds)
            except Exception:  # find the bad message: the others are applied, it is dead-lettered
                log.exception("%s: a batch of %d failed; applying it one message at a time", self.consumer, len(envs))
                return [await self._apply_with_retries(record, env, one, stop) for record, env in good]

    def apply_batch(self, envs: list[Envelope], handle: BatchHandler[R]) -> list[Result[R]]:
        """Run ``handle`` on the messages not processed before, in one transaction that marks them all processed."""
        with self._pool.connection() as conn, conn.transaction():
            new = _first_claims(envs, claim_many(conn, self.consumer, [env.id for env in envs]))
            value = handle(conn, [envs[n] for n in new]) if new else None
        return [
            Result(Outcome.APPLIED, value, env) if n in new else Result(Outcome.DUPLICATE, envelope=env)
            for n, env in enumerate(envs)
        ]

    async def dead_letter(self, record: Received, reason: str) -> None:
        """Send ``record`` to the dead-letter topic and the table, with ``reason``."""
        log.warning(
            "%s: dead letter %s[%s]@%s: %s", self.consumer, record.topic, record.partition, record.offset, reason
        )
        headers = dead_letter_headers(self.consumer, reason, record.topic, record.partition, record.offset)
        await self._send(record, headers)
        try:
            await asyncio.to_thread(self._record, record, reason)
        except psycopg.Error as exc:  # the topic keeps the message; the table is the operators' view
            log.warning("%s: dead letter not recorded in PostgreSQL: %s", self.consumer, exc)

    def _record(self, record: Received, reason: str) -> None:
        with self._pool.connection() as conn:
            record_dead_letter(conn, self.consumer, record, reason)


def _first_claims(envs: list[Envelope], claimed: set[str]) -> dict[int, None]:
    """Return the positions of the messages just claimed, in order; a repeated id only at its first."""
    first: dict[int, None] = {}
    left = set(claimed)
    for n, env in enumerate(envs):
        if env.id in left:
            left.remove(env.id)
            first[n] = None
    return first


def _recorded(conn: Conn, record: Received, env: Envelope) -> bool:
    """Return whether this very record was queued in the outbox for the topic it came from."""
    row = conn.execute(
        "SELECT 1 FROM outbox WHERE message_id = %s AND topic = %s AND payload = %s",
        (env.id, record.topic, record.value or b""),
    ).fetchone()
    return row is not None
