"""The scheduler: publishes a check request per application when its interval (plus jitter) is due.

Only one scheduler is active at a time: the leader holds a PostgreSQL advisory lock on its own
session; the others wait and take over when the leader's session ends.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import psycopg
from aiokafka import AIOKafkaProducer

from pantau_common.db import connect
from pantau_common.kafka import make_producer, start_client
from pantau_common.settings import Settings
from pantau_contracts import Topics
from pantau_contracts.codec import encode, envelope
from pantau_contracts.status import CheckRequested

from .core.schedule import due_now
from .registry_pg import PostgresRegistry

log = logging.getLogger(__name__)
LEADER_LOCK = 0x50414E43  # "PANC": the checker scheduler's advisory lock
SOURCE = "/pantau/checker/scheduler"


class Scheduler:
    """Publishes check requests for due applications while it is the leader."""

    def __init__(
        self,
        bootstrap: str,
        topics: Topics,
        database_url: str,
        tick_s: float = 5.0,
        jitter: float = 0.1,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        self._bootstrap, self._topics, self._url = bootstrap, topics, database_url
        self._tick, self._jitter = tick_s, jitter
        self._clock = clock or (lambda: datetime.now(UTC))
        self._registry = PostgresRegistry(database_url)
        self._lock_conn: psycopg.Connection[Any] | None = None
        self._stop = asyncio.Event()
        self.published: list[str] = []

    @classmethod
    def from_settings(cls, settings: Settings) -> Scheduler:
        tick = float(settings.get("CHECKER_SCHEDULER_TICK_S", "5") or 5)
        return cls(settings.kafka_bootstrap, settings.topics, settings.database_url, tick)

    @property
    def is_leader(self) -> bool:
        return self._lock_conn is not None

    def stop(self) -> None:
        self._stop.set()

    async def run(self) -> None:
        """Lead or wait, tick by tick, until stopped."""
        producer = make_producer(self._bootstrap)
        await start_client(producer)
        try:
            while not self._stop.is_set():
                if await asyncio.to_thread(self._lead):
                    await self.tick(producer)
                await self._sleep()
        finally:
            await producer.stop()
            await asyncio.to_thread(self._resign)

    async def tick(self, producer: AIOKafkaProducer) -> list[str]:
        """Publish requests for every due application; return their ids."""
        intervals, last = await asyncio.to_thread(self._load)
        now = self._clock()
        due = due_now(intervals, last, now, self._jitter)
        for app_id in due:
            request = CheckRequested(app_id=app_id, requested_at=now)
            value = encode(envelope(request, source=SOURCE, subject=app_id))
            await producer.send_and_wait(self._topics.check_requests, value=value, key=app_id.encode())
        if due:
            await asyncio.to_thread(self._mark, due, now)
            self.published.extend(due)
        return due

    async def _sleep(self) -> None:
        try:
            await asyncio.wait_for(self._stop.wait(), self._tick)
        except TimeoutError:
            pass

    def _lead(self) -> bool:
        if self._lock_conn is not None:
            try:
                self._lock_conn.execute("SELECT 1")
                return True
            except psycopg.Error:
                log.warning("lost the scheduler lock's session; trying to lead again")
                self._resign()
        conn = connect(self._url, autocommit=True)
        row = conn.execute("SELECT pg_try_advisory_lock(%s) AS won", (LEADER_LOCK,)).fetchone()
        if row and row["won"]:
            log.info("this scheduler is now the leader")
            self._lock_conn = conn
            return True
        conn.close()
        return False

    def _resign(self) -> None:
        if self._lock_conn is not None:
            try:
                self._lock_conn.close()  # closing the session releases the advisory lock
            finally:
                self._lock_conn = None

    def _load(self) -> tuple[dict[str, int], dict[str, datetime]]:
        apps = self._registry.active()
        with connect(self._url) as conn:
            rows = conn.execute("SELECT app_id, last_requested FROM checker_schedule").fetchall()
        return {a.id: a.interval_s for a in apps}, {r["app_id"]: r["last_requested"] for r in rows}

    def _mark(self, app_ids: list[str], when: datetime) -> None:
        with connect(self._url) as conn, conn.cursor() as cur:
            cur.executemany(
                "INSERT INTO checker_schedule (app_id, last_requested) VALUES (%s, %s) "
                "ON CONFLICT (app_id) DO UPDATE SET last_requested = EXCLUDED.last_requested",
                [(a, when) for a in app_ids],
            )
