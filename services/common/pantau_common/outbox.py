"""Transactional outbox: write a message in the same transaction as the change it
announces; a relay ships the rows to Kafka in order, at least once.

Only one relay runs at a time (a PostgreSQL advisory lock); a second one waits. Consumers
deduplicate by the CloudEvents id, so a row relayed twice after a crash changes nothing.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import psycopg
from aiokafka import AIOKafkaProducer
from aiokafka.errors import KafkaError

from pantau_contracts import Envelope, encode

log = logging.getLogger(__name__)
_RELAY_LOCK = 0x52454C59  # "RELY"
INSERT_SQL = (
    "INSERT INTO outbox (message_id, topic, key, payload) VALUES (%s, %s, %s, %s) ON CONFLICT (message_id) DO NOTHING"
)


def outbox_params(env: Envelope, topic: str, key: str) -> tuple[Any, ...]:
    """Return the parameters of INSERT_SQL for one message."""
    return (env.id, topic, key, encode(env))


def add(conn: psycopg.Connection[Any], env: Envelope, topic: str, key: str) -> bool:
    """Queue one message in the caller's transaction; False if that id was queued already."""
    cur = conn.execute(INSERT_SQL, outbox_params(env, topic, key))
    return cur.rowcount == 1


class OutboxRelay:
    """Relay unsent outbox rows to Kafka, oldest first."""

    def __init__(
        self, database_url: str, producer: AIOKafkaProducer, *, batch: int = 200, idle_sleep: float = 0.2
    ) -> None:
        self._url = database_url
        self._producer = producer
        self._batch = batch
        self._idle = idle_sleep
        self.relayed = 0

    async def run(self, stop: asyncio.Event | None = None) -> None:
        """Relay until ``stop`` is set; reconnect after database errors."""
        stop = stop or asyncio.Event()
        while not stop.is_set():
            try:
                await self._run_locked(stop)
            except (psycopg.OperationalError, OSError) as exc:
                log.warning("outbox relay lost the database (%s); retrying", type(exc).__name__)
                await _sleep_or_stop(stop, 2.0)
            except (KafkaError, TimeoutError) as exc:
                # Unsent rows stay unsent and go out again; consumers deduplicate by id.
                log.warning("outbox relay cannot reach Kafka (%s); retrying", type(exc).__name__)
                await _sleep_or_stop(stop, 2.0)

    async def _run_locked(self, stop: asyncio.Event) -> None:
        async with await psycopg.AsyncConnection.connect(self._url, autocommit=True) as conn:
            while not stop.is_set():
                cur = await conn.execute("SELECT pg_try_advisory_lock(%s)", (_RELAY_LOCK,))
                row = await cur.fetchone()
                if row and row[0]:
                    break
                await _sleep_or_stop(stop, 1.0)
            while not stop.is_set():
                sent = await self.relay_once(conn)
                if not sent:
                    await _sleep_or_stop(stop, self._idle)

    async def relay_once(self, conn: psycopg.AsyncConnection[Any]) -> int:
        """Send one batch of unsent rows; return how many were sent."""
        cur = await conn.execute(
            "SELECT id, topic, key, payload FROM outbox WHERE sent_at IS NULL ORDER BY id LIMIT %s",
            (self._batch,),
        )
        rows = await cur.fetchall()
        if not rows:
            return 0
        futures = [
            await self._producer.send(topic, value=bytes(payload), key=key.encode())
            for _id, topic, key, payload in rows
        ]
        await asyncio.gather(*futures)
        await conn.execute("UPDATE outbox SET sent_at = now() WHERE id = ANY(%s)", ([r[0] for r in rows],))
        self.relayed += len(rows)
        return len(rows)


async def _sleep_or_stop(stop: asyncio.Event, seconds: float) -> None:
    try:
        await asyncio.wait_for(stop.wait(), timeout=seconds)
    except TimeoutError:
        pass
