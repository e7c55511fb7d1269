"""The relay against the real PostgreSQL: two at once, a database that goes away, one row per change."""

from __future__ import annotations

import asyncio
import logging
from collections import Counter

import psycopg
import pytest
from notify_parts import LOOPBACK, SECRET_ENV, Receiver, add_notification, until
from pantau_testing import query

from pantau_common.notify import NotificationRelay, NotifyConfig, RetryPolicy, WebhookSender
from pantau_common.notify.relay import APPLICATION_NAME
from pantau_common.secrets import AppSecrets

pytestmark = pytest.mark.integration
HOOK_REF = "env:PANTAU_APP_SECRET_TEST_HOOK"
QUICK = NotifyConfig(retry=RetryPolicy(base_s=0), batch=3, poll_s=0.02)


def _unsent(url: str) -> int:
    return int(query(url, "SELECT count(*) AS n FROM notifications WHERE sent_at IS NULL")[0]["n"])


async def _run_until_sent(url: str, relays: list[NotificationRelay]) -> None:
    stop = asyncio.Event()
    tasks = [asyncio.create_task(relay.run(stop)) for relay in relays]
    try:
        await until(lambda: asyncio.to_thread(lambda: _unsent(url) == 0))
    finally:
        stop.set()
        await asyncio.gather(*tasks)


def test_two_relays_at_once_send_each_of_twenty_rows_exactly_once(database_url: str, receiver: Receiver) -> None:
    ids = [add_notification(database_url, "webhook", receiver.url, secret_ref=HOOK_REF) for _ in range(20)]

    async def scenario() -> list[NotificationRelay]:
        senders = [WebhookSender(5.0, AppSecrets.from_env(SECRET_ENV), allow=LOOPBACK) for _ in range(2)]
        relays = [NotificationRelay(database_url, {"webhook": s}, QUICK) for s in senders]
        await _run_until_sent(database_url, relays)
        for sender in senders:
            await sender.aclose()
        return relays

    relays = asyncio.run(scenario())

    assert Counter(receiver.deliveries()) == Counter({str(i): 1 for i in ids})
    assert sum(relay.sent for relay in relays) == 20
    assert query(database_url, "SELECT DISTINCT attempts FROM notifications") == [{"attempts": 1}]


def test_the_relay_waits_out_a_database_that_went_away_and_goes_on(
    database_url: str, receiver: Receiver, caplog: pytest.LogCaptureFixture
) -> None:
    first = add_notification(database_url, "webhook", receiver.url, secret_ref=HOOK_REF)

    async def scenario() -> None:
        sender = WebhookSender(5.0, AppSecrets.from_env(SECRET_ENV), allow=LOOPBACK)
        relay = NotificationRelay(database_url, {"webhook": sender}, QUICK, reconnect_s=0.05)
        stop = asyncio.Event()
        task = asyncio.create_task(relay.run(stop))
        await until(lambda: asyncio.to_thread(lambda: _unsent(database_url) == 0))
        await asyncio.to_thread(_cut_off_the_relay, database_url)
        await asyncio.to_thread(add_notification, database_url, "webhook", receiver.url, secret_ref=HOOK_REF)
        await until(lambda: asyncio.to_thread(lambda: _unsent(database_url) == 0))
        stop.set()
        await task
        await sender.aclose()

    asyncio.run(scenario())

    assert receiver.deliveries()[0] == str(first) and len(set(receiver.deliveries())) == 2 == len(receiver.hits)
    assert "notifier kehilangan basis data" in caplog.text


def _cut_off_the_relay(url: str) -> None:
    """End the relay's database session, as a restarted server would."""
    with psycopg.connect(url, autocommit=True) as conn:
        ended = conn.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = %s AND datname = %s",
            (APPLICATION_NAME, conn.info.dbname),
        ).fetchall()
    assert ended == [(True,)]


def test_a_redelivered_change_adds_no_second_row_and_sends_once(database_url: str, receiver: Receiver) -> None:
    key = f"msg-1:{receiver.url}"
    first = add_notification(database_url, "webhook", receiver.url, secret_ref=HOOK_REF, dedup_key=key)
    again = add_notification(database_url, "webhook", receiver.url, secret_ref=HOOK_REF, dedup_key=key)

    async def scenario() -> None:
        sender = WebhookSender(5.0, AppSecrets.from_env(SECRET_ENV), allow=LOOPBACK)
        relay = NotificationRelay(database_url, {"webhook": sender}, QUICK)
        await relay.run_once()
        await relay.run_once()
        await sender.aclose()

    asyncio.run(scenario())

    assert again == 0 and receiver.deliveries() == [str(first)]


def test_email_rows_wait_for_a_relay_that_has_the_email_channel(database_url: str, receiver: Receiver) -> None:
    mail_id = add_notification(database_url, "email", "kepala@dinkes.bekasikota.go.id")

    async def scenario() -> int:
        sender = WebhookSender(5.0, AppSecrets.from_env(SECRET_ENV), allow=LOOPBACK)
        try:
            return await NotificationRelay(database_url, {"webhook": sender}, QUICK).run_once()
        finally:
            await sender.aclose()

    assert asyncio.run(scenario()) == 0
    [row] = query(database_url, "SELECT attempts, last_error FROM notifications WHERE id = %s", (mail_id,))
    assert row == {"attempts": 0, "last_error": None}


@pytest.fixture(autouse=True)
def _relay_logs(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="pantau_common.notify")
