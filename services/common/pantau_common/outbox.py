"""Transactional outbox: write a message in the same transaction as the change it
announces; each writer's relay ships its own rows to Kafka in order, at least once.

Every row names its writer, the one service that may write its topic
(``pantau_contracts.topics.writer_of``); each service relays only its own rows, so each topic is
written with its writer's Kafka principal. One relay per writer runs at a time (a PostgreSQL
advisory lock per writer); another one waits. Consumers deduplicate by the CloudEvents id, so a
row relayed twice after a crash changes nothing.

The relay does not poll: a trigger on the outbox notifies channel ``pantau_outbox`` at commit,
naming the writer, and the relay holding the lock listens on its connection. Notifications are
lost while that connection is down, so the relay reads the outbox after every (re)connect and,
should one still go missing, every ``fallback_poll`` seconds.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import zlib
from collections.abc import Awaitable
from contextlib import aclosing
from typing import Any

import psycopg
from aiokafka import AIOKafkaProducer
from aiokafka.errors import KafkaError

from pantau_contracts import Envelope, encode
from pantau_contracts.topics import writer_of

from .kafka import make_producer, start_client
from .settings import Settings

log = logging.getLogger(__name__)
_RELAY_LOCK = 0x52454C59  # "RELY"; the second key of the lock is the writer's
NOTIFY_CHANNEL = "pantau_outbox"  # notified by migration 133's trigger, the payload naming the writer
FALLBACK_POLL_S = 5.0
INSERT_SQL = (
    "INSERT INTO outbox (message_id, topic, key, payload, writer) VALUES (%s, %s, %s, %s, %s)"
    " ON CONFLICT (message_id) DO NOTHING"
)
_UNSENT_SQL = "SELECT id, topic, key, payload FROM outbox WHERE writer = %s AND sent_at IS NULL ORDER BY id LIMIT %s"


def outbox_params(env: Envelope, topic: str, key: str) -> tuple[Any, ...]:
    """Return the parameters of INSERT_SQL for one message."""
    return (env.id, topic, key, encode(env), writer_of(topic))


def add(conn: psycopg.Connection[Any], env: Envelope, topic: str, key: str) -> bool:
    """Queue one message in the caller's transaction; False if that id was queued already."""
    cur = conn.execute(INSERT_SQL, outbox_params(env, topic, key))
    return cur.rowcount == 1


def relay_lock(writer: str) -> tuple[int, int]:
    """Return the advisory lock (two int4 keys) that one relay of ``writer`` holds."""
    return _RELAY_LOCK, zlib.crc32(writer.encode()) & 0x7FFFFFFF


class OutboxRelay:
    """Relay one writer's unsent outbox rows to Kafka, oldest first."""

    def __init__(
        self,
        database_url: str,
        producer: AIOKafkaProducer,
        writer: str,
        *,
        batch: int = 200,
        fallback_poll: float = FALLBACK_POLL_S,
    ) -> None:
        self._url = database_url
        self._producer = producer
        self._writer = writer
        self._batch = batch
        self._fallback = fallback_poll
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
                cur = await conn.execute("SELECT pg_try_advisory_lock(%s, %s)", relay_lock(self._writer))
                row = await cur.fetchone()
                if row and row[0]:
                    break
                await _sleep_or_stop(stop, 1.0)
            # Listen before the first read: a row committed after that read is announced to us.
            await conn.execute(f"LISTEN {NOTIFY_CHANNEL}")
            while not stop.is_set():
                if await self.relay_once(conn) < self._batch:  # the rest is announced when committed
                    await _unless_stopped(self._notified(conn), stop)

    async def _notified(self, conn: psycopg.AsyncConnection[Any]) -> None:
        """Return when a notification names this writer, or after ``fallback_poll`` seconds."""
        # aclosing: an unfinished notifies() holds the connection's lock until it is closed.
        async with aclosing(conn.notifies(timeout=self._fallback)) as notes:
            async for note in notes:
                if note.payload == self._writer:
                    return

    async def relay_once(self, conn: psycopg.AsyncConnection[Any]) -> int:
        """Send one batch of this writer's unsent rows; return how many were sent."""
        cur = await conn.execute(_UNSENT_SQL, (self._writer, self._batch))
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


async def relay_outbox(
    settings: Settings, writer: str, stop: asyncio.Event | None = None, *, fallback_poll: float = FALLBACK_POLL_S
) -> None:
    """Relay ``writer``'s rows with a producer of its own until ``stop`` is set."""
    stop = stop or asyncio.Event()
    while not stop.is_set():
        producer = make_producer(settings.kafka)
        try:
            if not await _unless_stopped(start_client(producer), stop):
                return  # asked to stop while the broker was still out of reach
            await OutboxRelay(settings.database_url, producer, writer, fallback_poll=fallback_poll).run(stop)
        except KafkaError as exc:  # the broker did not come up: the rows wait, the relay tries again
            log.warning("outbox relay of %s cannot start (%s); retrying", writer, type(exc).__name__)
            await _sleep_or_stop(stop, 2.0)
        finally:
            await producer.stop()


class RelayThread:
    """Run a writer's relay on a thread with its own event loop, for a process without one (the web)."""

    def __init__(self, settings: Settings, writer: str, *, fallback_poll: float = FALLBACK_POLL_S) -> None:
        self._settings = settings
        self._writer = writer
        self._fallback = fallback_poll
        self._loop = asyncio.new_event_loop()
        self._stop = asyncio.Event()
        self._thread = threading.Thread(target=self._run, name=f"outbox-relay-{writer}", daemon=True)

    def start(self) -> RelayThread:
        """Start relaying; return self."""
        self._thread.start()
        return self

    @property
    def running(self) -> bool:
        """Return whether the relay's thread is still running."""
        return self._thread.is_alive()

    def stop(self, timeout: float = 30.0) -> None:
        """Ask the relay to stop after its current batch and wait for it."""
        try:
            self._loop.call_soon_threadsafe(self._stop.set)
        except RuntimeError:  # the relay had ended already (its loop is closed)
            return
        self._thread.join(timeout)

    def _run(self) -> None:
        try:
            relay = relay_outbox(self._settings, self._writer, self._stop, fallback_poll=self._fallback)
            self._loop.run_until_complete(relay)
        except Exception:  # the process goes on serving; its rows wait for the next relay
            log.exception("outbox relay of %s stopped", self._writer)
        finally:
            self._loop.close()


async def _unless_stopped(work: Awaitable[None], stop: asyncio.Event) -> bool:
    """Run ``work`` until it ends or ``stop`` is set; return whether it ended (its error raised)."""
    done = asyncio.ensure_future(work)
    stopped = asyncio.ensure_future(stop.wait())
    try:
        await asyncio.wait((done, stopped), return_when=asyncio.FIRST_COMPLETED)
    finally:
        stopped.cancel()
        if not done.done():
            done.cancel()
            await asyncio.gather(done, return_exceptions=True)
    if done.cancelled():
        return False
    done.result()
    return True


async def _sleep_or_stop(stop: asyncio.Event, seconds: float) -> None:
    try:
        await asyncio.wait_for(stop.wait(), timeout=seconds)
    except TimeoutError:
        pass
