"""The faust-streaming app: agents hand each message to the consumer inbox and go on.

Agents hold no business logic. The inbox (``pantau_common.inbox``) dead-letters what cannot be
decoded, waits out a database outage and retries the same message (at-least-once, in order), and
runs the handler in the transaction that marks the message processed. Status events go to it in
batches (``take_events``): one transaction applies and marks a whole batch, and faust acks the
batch's offsets only after it; commands and document answers go one by one. The app runs on
``faust_consumer``: faust's Kafka consumer, which hands a message to its streams without racing
four tasks when nothing makes the hand-over wait.
"""

from __future__ import annotations

import asyncio
import logging
import os
from collections.abc import Awaitable, Callable
from functools import partial
from pathlib import Path
from typing import Any

import faust
import psycopg
from psycopg_pool import ConnectionPool

from pantau_common import metrics
from pantau_common.heartbeat import HeartbeatConfig, beat
from pantau_common.inbox import BatchHandler, Conn, Handler, Inbox, Outcome, Received, Result, SendDeadLetter
from pantau_common.notify import NotifyConfig, notification_relay
from pantau_common.outbox import relay_outbox
from pantau_common.settings import Settings
from pantau_contracts import Envelope
from pantau_contracts.status import ApplicationChecked
from pantau_contracts.topics import WORKFLOW

from . import faust_consumer
from .config import WorkflowConfig
from .observe_pg import PostgresObservations
from .ports import Repositories
from .postgres import PostgresTransaction, postgres_repositories
from .postgres_batch import status_batch
from .service import COMMANDS, DOCUMENT_ANSWERS, Workflow

log = logging.getLogger(__name__)
UseCase = Callable[[Repositories, Any], Any]  # on one envelope, or on a batch of them


def create_app(settings: Settings, config: WorkflowConfig, workflow: Workflow, pool: ConnectionPool[Any]) -> faust.App:
    """Build the faust app with its agents, SLA timer and outbox relay."""
    app = _faust_app(settings, config)
    send = _dead_letter_sender(_raw_topic(app, settings.topics.dead_letter))
    stopping = _stopping(app)
    # Each topic carries its own message types. The web's commands and the reporter's answers are
    # relayed from the outbox, so only what is recorded there counts; the checker publishes directly.
    for name, topic, use_case, accepts, recorded in (
        ("workflow.commands", settings.topics.sop_commands, workflow.handle_command, COMMANDS, True),
        ("workflow.documents", settings.topics.documents, workflow.handle_document, DOCUMENT_ANSWERS, True),
    ):
        inbox = Inbox(name, pool, send, accepts=accepts, recorded_only=recorded)
        _add_agent(app, name, _raw_topic(app, topic), inbox, _in_transaction(use_case), stopping)
    statuses = Inbox("workflow.status", pool, send, accepts=(ApplicationChecked,))
    status_topic = _raw_topic(app, settings.topics.app_status)
    _add_batch_agent(
        app, "workflow.status", status_topic, statuses, _in_batch(workflow.handle_statuses), config, stopping
    )
    _add_sla_timer(app, workflow, PostgresTransaction(pool), config.tick_seconds)
    if config.run_relay:
        _add_relay(app, settings)
    if config.run_notifier:
        _add_notifier(app, settings)
    _add_observability(app, settings, pool, config.metrics_every_s)
    return app


def _faust_app(settings: Settings, config: WorkflowConfig) -> faust.App:
    datadir = Path(settings.data_dir) / "faust"
    datadir.mkdir(parents=True, exist_ok=True)
    return faust_consumer.App(  # faust's, with a cheaper hand-over of each message to its streams
        f"{settings.topics.prefix}pantau-workflow",
        broker=f"kafka://{settings.kafka_bootstrap}",
        broker_credentials=settings.kafka.faust_credentials(),
        store="memory://",
        # faust's own files under PANTAU_DATA_DIR, not in whatever directory the process started in.
        datadir=str(datadir),
        web_enabled=False,
        topic_partitions=6,
        producer_acks=-1,
        consumer_auto_offset_reset="earliest",
        broker_commit_every=1,
        broker_commit_interval=0.5,
        # A replacement for a killed worker gets its partitions at once when it comes back under
        # the same static membership (group.instance.id); otherwise once the broker gives up on
        # the dead member: after the session timeout (faust's default is 60 s), so a short one.
        consumer_group_instance_id=config.instance_id,
        broker_session_timeout=config.session_timeout_s,
        broker_heartbeat_interval=max(0.5, config.session_timeout_s / 10),
        topic_allow_declare=False,
    )


def _raw_topic(app: faust.App, name: str) -> Any:
    return app.topic(name, key_type=bytes, value_type=bytes, key_serializer="raw", value_serializer="raw")


def _dead_letter_sender(dead_letter: Any) -> SendDeadLetter:
    async def send(record: Received, headers: list[tuple[str, bytes]]) -> None:
        await dead_letter.send(key=record.key, value=record.value or b"", headers=headers)

    return send


def _in_transaction(use_case: UseCase) -> Callable[[Conn, Any], Any]:
    """Run a use case on the repositories of the inbox's transaction."""
    return lambda conn, env: use_case(postgres_repositories(conn), env)


def _in_batch(use_case: UseCase) -> BatchHandler[Any]:
    """Run a use case on the repositories of a batch of status events (``status_batch``)."""

    def handle(conn: Conn, envs: list[Envelope]) -> Any:
        with status_batch(conn, [env.data for env in envs]) as repos:
            return use_case(repos, envs)

    return handle


async def _listed(result: Awaitable[Result[Any]]) -> list[Result[Any]]:
    return [await result]


def _add_agent(
    app: faust.App, name: str, topic: Any, inbox: Inbox, handle: Handler[Any], stopping: asyncio.Event
) -> None:
    async def run(stream: Any) -> None:
        async for event in stream.events():
            await _settle([event], _listed(inbox.receive(_received(event), handle, stopping)))

    run.__name__ = name.replace(".", "_")
    app.agent(topic, name=name)(run)


def _add_batch_agent(
    app: faust.App,
    name: str,
    topic: Any,
    inbox: Inbox,
    handle: BatchHandler[Any],
    config: WorkflowConfig,
    stopping: asyncio.Event,
) -> None:
    """Apply what arrives in batches, one transaction each; faust acks a batch once it was applied.

    While one batch is applied (in a thread, and in PostgreSQL), faust gathers the next: the
    event loop has its work for the next batch to do meanwhile. Batches are still applied one
    after the other, in order: the next one only once the one before was committed.
    """

    async def run(stream: Any) -> None:
        applying: asyncio.Future[None] = _applied()
        held: list[Any] = []  # a batch gathered, not yet handed to the inbox
        try:
            async for events in stream.take_events(config.batch_size, within=config.batch_wait_s):
                _hold(held := events)  # before faust's ack as the agent moves on to gather the next batch
                records = [_received(event) for event in events]
                await applying  # the batch before is applied first (a failure of it is raised here)
                applying = asyncio.ensure_future(_release(events, inbox.receive_batch(records, handle, stopping)))
                held = []
            await applying
        finally:
            applying.cancel()  # a stop cuts the batch short as it would if awaited here
            _let_go(held)

    run.__name__ = name.replace(".", "_")
    app.agent(topic, name=name)(run)


def _applied() -> asyncio.Future[None]:
    done: asyncio.Future[None] = asyncio.get_running_loop().create_future()
    done.set_result(None)
    return done


async def _settle(events: list[Any], applying: Awaitable[list[Result[Any]]]) -> None:
    """Let faust ack the messages once applied; leave those a stop cut short uncommitted."""
    _hold(events)
    await _release(events, applying)


def _hold(events: list[Any]) -> None:
    """Keep faust from acking the messages before they were applied.

    faust acks what a stream handed out as soon as the agent moves on (``take_events`` in a
    ``finally``, even for an agent cancelled mid-batch). One extra reference per message, dropped
    only once it was applied, keeps that ack from being the final one.
    """
    for event in events:
        event.message.incref()


async def _release(events: list[Any], applying: Awaitable[list[Result[Any]]]) -> None:
    """Drop the extra references once applied; leave what a stop cut short uncommitted.

    Messages the inbox gave up on because the worker is stopping while the database is away are
    marked done without an ack: faust's stop does not wait for them, their offsets are not
    committed, the next worker reads them again.
    """
    try:
        stopped = any(result.outcome is Outcome.STOPPED for result in await applying)
    except BaseException:  # cancelled by a stop, or failed: read again by the next worker
        _let_go(events)
        raise
    if stopped:
        _let_go(events)
    else:
        for event in events:
            # The final ack of the two (faust's, as the agent moved on, and this one), whichever
            # comes last, marks the offset for commit; a bare decref would leave it uncommitted.
            event.ack()


def _let_go(events: list[Any]) -> None:
    """Mark messages done without an ack: faust's stop does not wait for them (it would until the
    process is killed), and their offsets are not committed; the next worker reads them again."""
    for event in events:
        event.message.acked = True


def _stopping(app: faust.App) -> asyncio.Event:
    """Return an event set as soon as faust begins to stop: the inboxes stop waiting for the database."""
    stopping = asyncio.Event()

    @app.task
    async def watch_stop() -> None:
        await app.wait_until_stopped()
        stopping.set()

    return stopping


def _received(event: Any) -> Received:
    message = event.message
    return Received(message.topic, message.partition, message.offset, event.key, event.value)


def _add_sla_timer(app: faust.App, workflow: Workflow, transaction: PostgresTransaction, seconds: float) -> None:
    @app.timer(interval=seconds)
    async def sla_tick() -> None:
        try:
            await asyncio.to_thread(workflow.tick, transaction)
        except psycopg.OperationalError as exc:
            log.warning("SLA tick skipped, database unavailable: %s", exc)


def _add_relay(app: faust.App, settings: Settings) -> None:
    @app.task
    async def relay() -> None:
        await relay_outbox(settings, WORKFLOW)  # the workflow's rows only: the web and the reporter relay theirs


def _add_notifier(app: faust.App, settings: Settings) -> None:
    """Send the queued notifications (e-mail, webhooks) from the workflow's process: no fifth service."""
    config = NotifyConfig.from_settings(settings)  # a bad PANTAU_NOTIFY_* stops the start, not the first send

    @app.task
    async def notifier() -> None:
        async with notification_relay(settings.database_url, config, os.environ) as relay:
            with metrics.counting_notifications(relay):
                await relay.run()


def _add_observability(app: faust.App, settings: Settings, pool: ConnectionPool[Any], every_s: float = 15.0) -> None:
    """Beat the heartbeat from faust's event loop; record consumer lag, outbox backlog and steps."""
    heartbeat = HeartbeatConfig.from_settings(settings)
    lag = metrics.LagProbe(app.conf.id)
    observations = PostgresObservations(pool)
    if heartbeat.path:
        app.timer(interval=heartbeat.every_s, name="workflow.heartbeat")(partial(_beat, heartbeat.path))

    @app.timer(interval=every_s)
    async def observe() -> None:
        monitor = app.monitor
        lag.record(monitor.tp_end_offsets, _positions(monitor))
        try:
            await asyncio.to_thread(observations.record)
        except psycopg.Error as exc:
            log.info("workflow metrics not read this time: %s", exc)


async def _beat(path: str) -> None:
    try:
        beat(path)
    except OSError as exc:
        log.warning("detak jantung tidak dapat ditulis ke %s: %s", path, exc)


def _positions(monitor: Any) -> dict[Any, int]:
    """Return where faust's consumer stands per partition: past the last read or the committed offset."""
    read = {tp: offset + 1 for tp, offset in monitor.tp_read_offsets.items()}
    committed = monitor.tp_committed_offsets
    return {tp: max(read.get(tp, 0), committed.get(tp) or 0) for tp in {*read, *committed}}
