"""The Kafka shell around ``Reporter``: consume SOP events, apply each through the inbox, commit.

The inbox (``pantau_common.inbox``) decodes each record, runs the handler in one transaction that
marks the message processed, and dead-letters what cannot be applied; the offset is committed
only after that, so a crash redelivers the message and the mark makes the redelivery a no-op.
A request whose handler keeps failing is also announced to the workflow (``DocumentFailed``).
"""

from __future__ import annotations

import asyncio
import logging
import time
from dataclasses import replace
from typing import Any, cast

import psycopg
from aiokafka import AIOKafkaConsumer, ConsumerRecord, TopicPartition
from aiokafka.errors import CommitFailedError, IllegalStateError

from pantau_common import metrics
from pantau_common.db import make_pool
from pantau_common.inbox import Inbox, Outcome, Received
from pantau_common.kafka import dead_letter_sender, make_consumer, make_producer, start_client
from pantau_common.settings import Settings
from pantau_contracts import Envelope

from .repository import Documents, NewDocument, StoredDocument
from .service import Reporter
from .store_pg import postgres_repositories

log = logging.getLogger(__name__)
GROUP = "pantau-reporter"
CONSUMER = "reporter"
ATTEMPTS = 3


class ReporterWorker:
    """Consume ``topics.sop_events`` as the consumer group ``<topic prefix>pantau-reporter``."""

    def __init__(self, settings: Settings, reporter: Reporter, *, group: str | None = None) -> None:
        self._settings = settings
        self._reporter = reporter
        # The deployment's topic prefix too, as the checker's and workflow's groups: two deployments
        # sharing a cluster must not rebalance each other's reporters.
        self._group = group or f"{settings.topics.prefix}{GROUP}"
        self.applied = 0

    async def run(self, stop: asyncio.Event) -> None:
        """Consume until ``stop`` is set."""
        consumer = make_consumer(
            self._settings.kafka,
            self._settings.topics.sop_events,
            group_id=self._group,
            enable_auto_commit=False,
            auto_offset_reset="earliest",
            max_poll_interval_ms=600_000,
        )
        producer = make_producer(self._settings.kafka)
        await start_client(producer)
        await start_client(consumer)
        pool = make_pool(self._settings.database_url, GROUP)
        send = dead_letter_sender(producer, self._settings.topics)
        # The reporter reads a few of the SOP event types; newer ones are not errors. It acts only on
        # the events the workflow queued in its outbox for this topic, never on one written to Kafka.
        inbox = Inbox(CONSUMER, pool, send, attempts=ATTEMPTS, ignore_unknown_types=True, recorded_only=True)
        try:
            await self._consume(consumer, inbox, stop)
        finally:
            await consumer.stop()
            await producer.stop()
            pool.close()

    async def _consume(self, consumer: AIOKafkaConsumer, inbox: Inbox, stop: asyncio.Event) -> None:
        lag = metrics.LagProbe(self._group)
        metrics.document_requests(self._reporter.requests)
        while not stop.is_set():
            await lag.maybe(consumer)
            for tp, records in (await consumer.getmany(timeout_ms=300, max_records=20)).items():
                for record in records:
                    if not await self._process(inbox, record, stop):
                        return  # stopping while the database is away: leave the offset uncommitted
                    await _commit(consumer, tp, record.offset + 1)

    async def _process(self, inbox: Inbox, record: ConsumerRecord[bytes, bytes], stop: asyncio.Event) -> bool:
        """Handle one record; False when stopped before it could be applied."""
        received = Received(record.topic, record.partition, record.offset, record.key, record.value)
        result = await inbox.receive(received, self._handle, stop)
        if result.outcome == Outcome.STOPPED:
            return False
        if result.outcome == Outcome.APPLIED and result.value is not None:  # the stored state awaits no such request
            await inbox.dead_letter(received, f"refused: {result.value}")
        elif result.outcome == Outcome.APPLIED:
            self.applied += 1
        if result.outcome == Outcome.DEAD_LETTERED:
            metrics.document_failed(type(result.envelope.data).__name__ if result.envelope else "undecodable")
        if result.outcome == Outcome.DEAD_LETTERED and result.envelope is not None:
            await self._give_up(inbox, result.envelope, result.reason or "")
        return True

    def _handle(self, conn: psycopg.Connection[Any], env: Envelope) -> str | None:
        repos = postgres_repositories(conn)
        counted = _CountedDocuments(repos.documents)
        started = time.perf_counter()
        refused = self._reporter.handle(replace(repos, documents=cast(Documents, counted)), env)
        metrics.documents_rendered(type(env.data).__name__, counted.added, time.perf_counter() - started)
        return refused

    async def _give_up(self, inbox: Inbox, env: Envelope, reason: str) -> None:
        """Announce a request that keeps failing, marking it processed in the same transaction."""
        if not self._reporter.announces_failure(env):
            return

        def announce(conn: psycopg.Connection[Any], failed: Envelope) -> None:
            self._reporter.give_up(postgres_repositories(conn), failed, _plain_reason(reason))

        try:
            await asyncio.to_thread(inbox.apply, env, announce)
        except psycopg.Error as exc:  # the dead letter keeps the message; an operator can replay it
            log.warning("could not announce the failure of %s: %s", env.id, exc)


class _CountedDocuments:
    """The documents store, noting the kind and format of each document a request stores."""

    def __init__(self, inner: Documents) -> None:
        self._inner = inner
        self.added: list[tuple[str, str]] = []

    def add(self, doc: NewDocument) -> StoredDocument:
        stored = self._inner.add(doc)
        self.added.append((doc.kind, doc.format))
        return stored

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)


async def _commit(consumer: AIOKafkaConsumer, tp: TopicPartition, offset: int) -> None:
    try:
        await consumer.commit({tp: offset})
    except (CommitFailedError, IllegalStateError) as exc:
        # A rebalance moved the partition: its new owner gets the message again and the
        # processed-message mark makes that a no-op.
        log.warning("offset %s of %s not committed: %s", offset, tp, exc)


def _plain_reason(reason: str) -> str:
    """Return the reason an official sees: the cause, not the stack."""
    return f"Dokumen tidak dapat diproses oleh reporter ({reason[:300]})."
