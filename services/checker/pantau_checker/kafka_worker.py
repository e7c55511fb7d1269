"""The check worker: consume check requests, check, publish status events, then commit.

At-least-once: an offset is committed only once the status events of it and of every earlier
request of its partition have been acknowledged by Kafka (idempotent producer, acks=all). Checks
run concurrently and finish in any order, so one slow application never holds up the others.
A message that cannot be decoded goes, through the common inbox, to the dead-letter topic and
the ``dead_letters`` table with its reason, and the worker goes on.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections.abc import Callable
from typing import Protocol

from aiokafka import (
    AIOKafkaConsumer,
    AIOKafkaProducer,
    ConsumerRebalanceListener,
    ConsumerRecord,
    TopicPartition,
)
from aiokafka.errors import CommitFailedError
from aiokafka.structs import OffsetAndMetadata

from pantau_common import metrics
from pantau_common.db import make_pool
from pantau_common.inbox import Inbox, Received
from pantau_common.kafka import dead_letter_sender, make_consumer, make_producer, start_client
from pantau_common.kafka_security import KafkaConnection
from pantau_common.registry.model import AppSpec
from pantau_contracts import Topics
from pantau_contracts.codec import MalformedMessageError, decode, encode, envelope
from pantau_contracts.status import ApplicationChecked, CheckRequested

from .core.offsets import InFlightOffsets
from .probe import SOURCE, Checker

log = logging.getLogger(__name__)
CONSUMER = "pantau-checker"


class AppLoader(Protocol):
    def load(self, app_id: str) -> AppSpec | None: ...


class RegistryReader(AppLoader, Protocol):
    def active(self) -> list[AppSpec]: ...


class CachedLoader:
    """Keeps every active application in memory, read whole every ``ttl_s``.

    One query per ``ttl_s`` instead of one per check: at a national scale (hundreds of checks a
    second, each application due once a minute) a per-application cache would miss every time.
    An application missing from the last read (new, or not in use) is asked for alone, and the
    answer kept as long.
    """

    def __init__(self, inner: RegistryReader, ttl_s: float = 30.0, clock: Callable[[], float] = time.monotonic) -> None:
        self._inner, self._ttl, self._clock = inner, ttl_s, clock
        self._active: dict[str, AppSpec] = {}
        self._read_at = -ttl_s
        self._misses: dict[str, tuple[float, AppSpec | None]] = {}
        self._lock = threading.Lock()  # load runs in worker threads; one of them re-reads

    def load(self, app_id: str) -> AppSpec | None:
        now = self._clock()
        with self._lock:
            if now - self._read_at >= self._ttl:
                self._active = {app.id: app for app in self._inner.active()}
                self._read_at, self._misses = now, {}
        if app_id in self._active:
            return self._active[app_id]
        missed = self._misses.get(app_id)
        if missed is not None and now - missed[0] < self._ttl:
            return missed[1]
        spec = self._inner.load(app_id)
        self._misses[app_id] = (now, spec)
        return spec


def group_id(topics: Topics) -> str:
    """Return the consumer group of the checkers of a deployment (its topic prefix included)."""
    return f"{topics.prefix}{CONSUMER}"


class CheckWorker:
    """One member of the checker consumer group."""

    def __init__(
        self,
        kafka: KafkaConnection | str,
        topics: Topics,
        loader: AppLoader,
        checker: Checker,
        concurrency: int = 20,
        name: str = CONSUMER,
        *,
        database_url: str,
        commit_every_s: float = 1.0,
    ) -> None:
        self._kafka, self._topics, self._loader, self._checker = kafka, topics, loader, checker
        self._database_url = database_url
        self._inbox: Inbox | None = None
        self._concurrency = max(1, concurrency)
        self._commit_every_s = commit_every_s
        self.name = name
        self.processed: list[str] = []  # app ids checked by this worker (for operators and tests)
        self.assignment: set[TopicPartition] = set()
        self._stop = asyncio.Event()
        self._tasks: set[asyncio.Task[None]] = set()
        self._task_partition: dict[asyncio.Task[None], TopicPartition] = {}
        self._offsets = InFlightOffsets()
        self._committed: dict[TopicPartition, int] = {}
        self._consumer: AIOKafkaConsumer | None = None
        self._failed: asyncio.Task[None] | None = None

    def stop(self) -> None:
        """Ask the worker to finish the checks in flight, commit and leave the group."""
        self._stop.set()

    async def run(self) -> None:
        """Consume until stopped."""
        producer = make_producer(self._kafka)
        consumer = make_consumer(
            self._kafka,
            group_id=group_id(self._topics),
            enable_auto_commit=False,
            auto_offset_reset="earliest",
            client_id=self.name,
            max_poll_interval_ms=600_000,
            session_timeout_ms=10_000,
            heartbeat_interval_ms=1_000,
        )
        await start_client(producer)
        pool = make_pool(self._database_url, "checker-dead-letters", max_size=1)
        self._inbox = Inbox(CONSUMER, pool, dead_letter_sender(producer, self._topics))
        consumer.subscribe([self._topics.check_requests], listener=_Handover(self))
        try:
            await start_client(consumer)
            try:
                await self._loop(consumer, producer)
            finally:
                await consumer.stop()
        finally:
            await producer.stop()
            pool.close()
        if self._failed is not None and not self._failed.cancelled():
            raise RuntimeError("a check could not be published; unfinished requests will be redelivered") from (
                self._failed.exception()
            )

    async def _loop(self, consumer: AIOKafkaConsumer, producer: AIOKafkaProducer) -> None:
        self._consumer = consumer
        lag = metrics.LagProbe(group_id(self._topics))
        # At hundreds of checks a second, a fetch per finished check and a commit per loop would
        # cost the worker (and the broker) more than the checks: fetch in batches, commit once a
        # second (a redelivery after a crash repeats at most that second's checks).
        batch = max(1, self._concurrency // 4)
        committed_at = time.monotonic()
        try:
            while not self._stop.is_set():
                await lag.maybe(consumer)
                room = self._concurrency - len(self._tasks)
                if room >= batch or not self._tasks:
                    batches = await consumer.getmany(timeout_ms=200, max_records=room)
                    for record in (r for part in batches.values() for r in part):
                        self._start(record, producer)
                else:
                    await asyncio.wait(self._tasks, timeout=0.5, return_when=asyncio.FIRST_COMPLETED)
                if time.monotonic() - committed_at >= self._commit_every_s:
                    await self._commit(consumer)
                    committed_at = time.monotonic()
        finally:
            if self._tasks:
                await asyncio.wait(self._tasks)
            await self._commit(consumer)

    def _start(self, record: ConsumerRecord[bytes, bytes], producer: AIOKafkaProducer) -> None:
        partition = TopicPartition(record.topic, record.partition)
        self._offsets.started(partition, record.offset)
        task = asyncio.create_task(self._handle(record, producer))
        self._tasks.add(task)
        self._task_partition[task] = partition

        def done(finished: asyncio.Task[None], offset: int = record.offset) -> None:
            self._tasks.discard(finished)
            self._task_partition.pop(finished, None)
            if finished.cancelled() or finished.exception() is not None:
                self._failed = finished  # its offset stays in flight: never committed, redelivered
                self._stop.set()
            else:
                self._offsets.finished(partition, offset)

        task.add_done_callback(done)

    async def _commit(self, consumer: AIOKafkaConsumer, partitions: set[TopicPartition] | None = None) -> None:
        positions = self._offsets.committable(partitions)
        fresh = {p: o for p, o in positions.items() if self._committed.get(p) != o}
        if not fresh:
            return
        try:
            await consumer.commit({p: OffsetAndMetadata(o, "") for p, o in fresh.items()})
            self._committed.update(fresh)
        except CommitFailedError as exc:  # the group moved on: the new owner redelivers unfinished work
            log.warning("commit failed after a rebalance: %s", exc)

    async def hand_over(self, revoked: set[TopicPartition]) -> None:
        """Finish the checks of revoked partitions and commit them before they move on."""
        leaving = [t for t, p in self._task_partition.items() if p in revoked]
        if leaving:
            await asyncio.wait(leaving)
        if self._consumer is not None:
            await self._commit(self._consumer, revoked)
        self._offsets.forget(revoked)
        for partition in revoked:
            self._committed.pop(partition, None)
        self.assignment -= revoked

    async def _handle(self, record: ConsumerRecord[bytes, bytes], producer: AIOKafkaProducer) -> None:
        try:
            request = _request(record.value)
            app = await asyncio.to_thread(self._loader.load, request.app_id)
            if app is None:
                raise MalformedMessageError(f"aplikasi {request.app_id!r} tidak terdaftar")
        except MalformedMessageError as exc:
            assert self._inbox is not None  # set by run() before any record is consumed
            received = Received(record.topic, record.partition, record.offset, record.key, record.value)
            await self._inbox.dead_letter(received, exc.reason)
            return
        started = time.perf_counter()
        event = await self._checker.checked(app, request.cycle_id)  # a checker bug must not stall the round
        metrics.check_finished(event.availability, time.perf_counter() - started)
        await publish(producer, self._topics, event)
        self.processed.append(app.id)


class _Handover(ConsumerRebalanceListener):  # type: ignore[misc]
    """Let the checks of revoked partitions finish and commit before they move to another worker."""

    def __init__(self, worker: CheckWorker) -> None:
        self._worker = worker

    async def on_partitions_revoked(self, revoked: set[TopicPartition]) -> None:
        await self._worker.hand_over(set(revoked))

    async def on_partitions_assigned(self, assigned: set[TopicPartition]) -> None:
        self._worker.assignment |= set(assigned)


def _request(value: bytes | None) -> CheckRequested:
    env = decode(value)
    if not isinstance(env.data, CheckRequested):
        raise MalformedMessageError(f"expected {CheckRequested.TYPE}, got {env.type}")  # type: ignore[attr-defined]
    return env.data


async def publish(producer: AIOKafkaProducer, topics: Topics, event: ApplicationChecked) -> None:
    """Publish one status event keyed by application id and wait for the broker's ack."""
    message = envelope(event, source=SOURCE, subject=event.app_id)
    await producer.send_and_wait(topics.app_status, value=encode(message), key=event.app_id.encode())
