"""The scheduler: publishes a check request per application when its interval (plus jitter) is due.

Only one scheduler is active at a time: the leader holds a PostgreSQL advisory lock on its own
session; the others wait and take over when the leader's session ends.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import UTC, datetime

from aiokafka import AIOKafkaProducer

from pantau_common import metrics
from pantau_common.kafka import make_producer, start_client
from pantau_common.kafka_security import KafkaConnection
from pantau_contracts import Topics
from pantau_contracts.codec import encode, envelope
from pantau_contracts.status import CheckRequested

from .config import SchedulerConfig
from .core.schedule import due_now
from .schedule_pg import PostgresLeaderLock, PostgresSchedule

SOURCE = "/pantau/checker/scheduler"


class Scheduler:
    """Publishes check requests for due applications while it is the leader."""

    def __init__(
        self,
        kafka: KafkaConnection | str,
        topics: Topics,
        database_url: str,
        config: SchedulerConfig | None = None,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        self._kafka, self._topics = kafka, topics
        self._config = config or SchedulerConfig()
        self._clock = clock or (lambda: datetime.now(UTC))
        self._lock = PostgresLeaderLock(database_url)
        self._schedule = PostgresSchedule(database_url)
        self._stop = asyncio.Event()
        self.published: list[str] = []  # app ids requested by this scheduler (for operators and tests)
        self.ticks = 0  # ticks run as the leader

    @property
    def is_leader(self) -> bool:
        return self._lock.held

    def stop(self) -> None:
        self._stop.set()

    async def run(self) -> None:
        """Lead or wait, tick by tick, until stopped."""
        producer = make_producer(self._kafka)
        await start_client(producer)
        try:
            while not self._stop.is_set():
                if await asyncio.to_thread(self._lock.hold):
                    await self.tick(producer)
                await self._sleep()
        finally:
            await producer.stop()
            await asyncio.to_thread(self._lock.release)

    async def tick(self, producer: AIOKafkaProducer) -> list[str]:
        """Publish requests for every due application; return their ids."""
        self.ticks += 1
        intervals, last = await asyncio.to_thread(self._schedule.load)
        metrics.registered_applications(len(intervals))
        now = self._clock()
        due = due_now(intervals, last, now, self._config.jitter)
        # Sent together and acknowledged together: one by one, a tick could not publish the
        # requests of tens of thousands of applications in time.
        acks = [
            await producer.send(self._topics.check_requests, value=_request(app_id, now), key=app_id.encode())
            for app_id in due
        ]
        await asyncio.gather(*acks)
        if due:
            await asyncio.to_thread(self._schedule.mark, due, now)
            self.published.extend(due)
        return due

    async def _sleep(self) -> None:
        try:
            await asyncio.wait_for(self._stop.wait(), self._config.tick_s)
        except TimeoutError:
            pass


def _request(app_id: str, now: datetime) -> bytes:
    return encode(envelope(CheckRequested(app_id=app_id, requested_at=now), source=SOURCE, subject=app_id))
