"""The Kafka shell around ``Reporter``: consume SOP events, apply each in one transaction, commit.

The offset is committed only after the database transaction, so a crash redelivers the message
and the processed-message mark makes the redelivery a no-op. A message that cannot be decoded,
or whose handler keeps failing, goes to the dead-letter topic with the reason; the worker goes on.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import psycopg
from aiokafka import AIOKafkaConsumer, ConsumerRecord, TopicPartition
from aiokafka.errors import CommitFailedError, IllegalStateError

from pantau_common.db import connect
from pantau_common.kafka import make_producer, send_dead_letter, start_client
from pantau_common.settings import Settings
from pantau_contracts import Envelope, MalformedMessageError, decode

from .service import Reporter

log = logging.getLogger(__name__)
GROUP = "pantau-reporter"
CONSUMER = "reporter"
ATTEMPTS = 3


class _StoppedError(Exception):
    """The worker was asked to stop while waiting for the database."""


class ReporterWorker:
    """Consume ``topics.sop_events`` as the consumer group ``pantau-reporter``."""

    def __init__(self, settings: Settings, reporter: Reporter, *, group: str = GROUP) -> None:
        self._settings = settings
        self._reporter = reporter
        self._group = group
        self._conn: psycopg.Connection[Any] | None = None
        self.applied = 0

    async def run(self, stop: asyncio.Event) -> None:
        """Consume until ``stop`` is set."""
        topics = self._settings.topics
        consumer = AIOKafkaConsumer(
            topics.sop_events,
            bootstrap_servers=self._settings.kafka_bootstrap,
            group_id=self._group,
            enable_auto_commit=False,
            auto_offset_reset="earliest",
            max_poll_interval_ms=600_000,
        )
        producer = make_producer(self._settings.kafka_bootstrap)
        await start_client(producer)
        await start_client(consumer)
        try:
            while not stop.is_set():
                batches = await consumer.getmany(timeout_ms=300, max_records=20)
                for tp, records in batches.items():
                    for record in records:
                        if not await self._process(producer, record, stop):
                            return  # stopping while the database is away: leave the offset uncommitted
                        await self._commit(consumer, tp, record.offset + 1)
        finally:
            await consumer.stop()
            await producer.stop()
            if self._conn is not None:
                self._conn.close()

    async def _commit(self, consumer: AIOKafkaConsumer, tp: TopicPartition, offset: int) -> None:
        try:
            await consumer.commit({tp: offset})
        except (CommitFailedError, IllegalStateError) as exc:
            # A rebalance moved the partition: its new owner gets the message again and the
            # processed-message mark makes that a no-op.
            log.warning("offset %s of %s not committed: %s", offset, tp, exc)

    async def _process(self, producer: Any, record: ConsumerRecord[bytes, bytes], stop: asyncio.Event) -> bool:
        """Handle one record; False when stopped before it could be applied."""
        try:
            env = decode(record.value)
        except MalformedMessageError as exc:
            if exc.reason.startswith("unknown message type"):
                log.info("ignoring %s at %s@%s", exc.reason, record.partition, record.offset)
            else:
                await self._dead_letter(producer, record, exc.reason)
            return True
        try:
            reason = await self._apply_with_retries(env, stop)
        except _StoppedError:
            return False
        if reason is not None:
            await self._dead_letter(producer, record, reason)
            await self._give_up(env, reason)
        return True

    async def _give_up(self, env: Envelope, reason: str) -> None:
        def apply() -> None:
            conn = self._connection()
            with conn.transaction():
                self._reporter.give_up(conn, env, _plain_reason(reason))

        try:
            await asyncio.to_thread(apply)
        except psycopg.Error as exc:  # the dead letter keeps the message; an operator can replay it
            log.warning("could not announce the failure of %s: %s", env.id, exc)

    async def _apply_with_retries(self, env: Envelope, stop: asyncio.Event) -> str | None:
        """Apply a message; retry a lost database until stopped, a failing handler a few times."""
        failures = 0
        while True:
            try:
                await asyncio.to_thread(self._apply, env)
                return None
            except psycopg.OperationalError as exc:
                log.warning("database unavailable (%s); retrying", exc)
                self._reset()
                if stop.is_set():
                    raise _StoppedError from exc
                await asyncio.sleep(2)
            except Exception as exc:  # a failing handler must not stop the worker
                failures += 1
                log.exception("handling %s %s failed (attempt %s)", env.type, env.id, failures)
                if failures >= ATTEMPTS:
                    return f"handler failed: {type(exc).__name__}: {exc}"
                await asyncio.sleep(0.5 * failures)

    def _apply(self, env: Envelope) -> None:
        conn = self._connection()
        with conn.transaction():
            if self._reporter.handle(conn, env):
                self.applied += 1

    def _connection(self) -> psycopg.Connection[Any]:
        if self._conn is None or self._conn.closed:
            self._conn = connect(self._settings.database_url, autocommit=True)
        return self._conn

    def _reset(self) -> None:
        if self._conn is not None:
            self._conn.close()
        self._conn = None

    async def _dead_letter(self, producer: Any, record: ConsumerRecord[bytes, bytes], reason: str) -> None:
        await send_dead_letter(
            producer,
            self._settings.topics,
            consumer=CONSUMER,
            reason=reason,
            topic=record.topic,
            partition=record.partition,
            offset=record.offset,
            key=record.key,
            value=record.value,
        )
        try:
            await asyncio.to_thread(self._record_dead_letter, record, reason)
        except psycopg.Error as exc:  # the topic has it; the table is a convenience for the UI
            log.warning("dead letter not recorded in the database: %s", exc)
            self._reset()

    def _record_dead_letter(self, record: ConsumerRecord[bytes, bytes], reason: str) -> None:
        self._connection().execute(
            'INSERT INTO dead_letters (consumer, topic, partition, "offset", reason, raw)'
            " VALUES (%s, %s, %s, %s, %s, %s)",
            (CONSUMER, record.topic, record.partition, record.offset, reason[:2000], record.value),
        )


def _plain_reason(reason: str) -> str:
    """Return the reason an official sees: the cause, not the stack."""
    return f"Dokumen tidak dapat diproses oleh reporter ({reason[:300]})."
