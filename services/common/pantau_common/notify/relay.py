"""The notification relay: claim due rows, send each on its channel, record the outcome.

Hosted as an asyncio task (``await relay.run(stop)``) beside the workflow's outbox relay. Several
relays may run at once: a claim skips the rows another one holds, so in the normal path no row is
sent twice. Delivery is at least once: a relay that dies between a send and its record sends that
row again after the claim's lease; receivers deduplicate by ``X-Pantau-Delivery`` or Message-ID.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from typing import Any, Protocol

import psycopg

from ..secrets import AppSecrets
from .config import NotifyConfig
from .core import EMAIL, WEBHOOK, DeliveryError, Notification
from .smtp import SmtpMailer
from .store_pg import PostgresNotifications
from .webhook import WebhookSender

log = logging.getLogger(__name__)
APPLICATION_NAME = "pantau-notifier"
_DATABASE_ERRORS = (psycopg.OperationalError, psycopg.InterfaceError, OSError)


class Channel(Protocol):
    async def send(self, notification: Notification) -> str:
        """Deliver one notification; return the receipt or raise DeliveryError."""


Outcome = str | DeliveryError  # a receipt, or why the try failed


class NotificationRelay:
    """Send the due notifications of the channels it has, with retries and dead letters."""

    def __init__(
        self,
        database_url: str,
        channels: Mapping[str, Channel],
        config: NotifyConfig,
        *,
        reconnect_s: float = 2.0,
    ) -> None:
        self._url = database_url
        self._channels = dict(channels)
        self._config = config
        self._reconnect_s = reconnect_s
        self.sent = 0
        self.failed = 0

    async def run(self, stop: asyncio.Event | None = None) -> None:
        """Send until ``stop`` is set; wait out a database that went away."""
        stop = stop or asyncio.Event()
        while not stop.is_set():
            try:
                async with await self._connect() as conn:
                    await self._drain(conn, stop)
            except _DATABASE_ERRORS as exc:
                log.warning("notifier kehilangan basis data (%s); mencoba lagi", type(exc).__name__)
                await _sleep_or_stop(stop, self._reconnect_s)

    async def run_once(self) -> int:
        """Try one batch of due notifications; return how many were tried."""
        async with await self._connect() as conn:
            return await self._send_batch(conn)

    async def _connect(self) -> psycopg.AsyncConnection[Any]:
        return await psycopg.AsyncConnection.connect(
            self._url, autocommit=True, application_name=APPLICATION_NAME, connect_timeout=10
        )

    async def _drain(self, conn: psycopg.AsyncConnection[Any], stop: asyncio.Event) -> None:
        while not stop.is_set():
            if not await self._send_batch(conn):
                await _sleep_or_stop(stop, self._config.poll_s)

    async def _send_batch(self, conn: psycopg.AsyncConnection[Any]) -> int:
        store = PostgresNotifications(conn)
        due = await store.claim_due(sorted(self._channels), self._config.batch, self._config.lease_s)
        outcomes = await asyncio.gather(*(self._try(n) for n in due))
        for notification, outcome in zip(due, outcomes, strict=True):
            await self._record(store, notification, outcome)
        return len(due)

    async def _try(self, notification: Notification) -> Outcome:
        try:
            return await self._channels[notification.channel].send(notification)
        except DeliveryError as exc:
            return exc
        except Exception as exc:
            # A bug in a channel fails this try, not the relay and the rows after it.
            log.exception("notifikasi %s: kesalahan tak terduga", notification.id)
            return DeliveryError(f"kesalahan tak terduga ({type(exc).__name__})")

    async def _record(self, store: PostgresNotifications, notification: Notification, outcome: Outcome) -> None:
        if isinstance(outcome, str):
            await store.mark_sent(notification.id, outcome)
            self.sent += 1
            log.info("notifikasi %s terkirim lewat %s", notification.id, notification.channel)
            return
        self.failed += 1
        wait = self._config.retry.next_try_in(notification.attempts, permanent=outcome.permanent)
        if wait is None:
            await store.mark_dead(notification, outcome.reason)
            log.warning("notifikasi %s gagal, tidak dicoba lagi: %s", notification.id, outcome.reason)
        else:
            await store.mark_failed(notification, outcome.reason, wait)
            log.info("notifikasi %s gagal (percobaan %s): %s", notification.id, notification.attempts, outcome.reason)


@asynccontextmanager
async def notification_relay(
    database_url: str, config: NotifyConfig, secret_env: Mapping[str, str]
) -> AsyncIterator[NotificationRelay]:
    """Build a relay with the channels the configuration has; close them afterwards."""
    webhook = WebhookSender(
        config.webhook_timeout_s,
        AppSecrets.from_env(secret_env),
        ca_bundle=config.webhook_ca_bundle,
        allow=config.webhook_allow,
    )
    channels: dict[str, Channel] = {WEBHOOK: webhook}
    if config.smtp is not None:
        channels[EMAIL] = SmtpMailer(config.smtp, secret_env)
    else:
        log.warning("PANTAU_NOTIFY_SMTP_HOST belum diset: notifikasi surel menunggu")
    try:
        yield NotificationRelay(database_url, channels, config)
    finally:
        await webhook.aclose()


async def _sleep_or_stop(stop: asyncio.Event, seconds: float) -> None:
    try:
        await asyncio.wait_for(stop.wait(), timeout=seconds)
    except TimeoutError:
        pass
