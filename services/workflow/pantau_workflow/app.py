"""The faust-streaming app: agents that decode, hand over to ``Workflow`` and go on.

Agents hold no business logic. A message that cannot be decoded goes to the dead-letter
topic with its reason. A database outage makes the agent wait and retry the same message
(at-least-once, in order); ``processed_messages`` makes the retry harmless.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import Any

import faust
import psycopg

from pantau_common.kafka import dead_letter_headers, make_producer, start_client
from pantau_common.outbox import OutboxRelay
from pantau_common.settings import Settings
from pantau_contracts import Envelope, MalformedMessageError, decode

from .service import Workflow

log = logging.getLogger(__name__)
RETRY_SECONDS = 2.0


def create_app(
    settings: Settings, workflow: Workflow, *, tick_seconds: float = 5.0, run_relay: bool = True
) -> faust.App:
    """Build the faust app with its agents, SLA timer and outbox relay."""
    topics = settings.topics
    app = faust.App(
        f"{topics.prefix}pantau-workflow",
        broker=f"kafka://{settings.kafka_bootstrap}",
        store="memory://",
        web_enabled=False,
        topic_partitions=6,
        producer_acks=-1,
        consumer_auto_offset_reset="earliest",
        broker_commit_every=1,
        broker_commit_interval=0.5,
        topic_allow_declare=False,
    )

    def raw_topic(name: str) -> Any:
        return app.topic(name, key_type=bytes, value_type=bytes, key_serializer="raw", value_serializer="raw")

    dead_letter = raw_topic(topics.dead_letter)

    async def consume(consumer: str, stream: Any, handle: Callable[[Envelope], bool]) -> None:
        async for event in stream.events():
            await _process(consumer, event, handle, dead_letter, workflow)

    def agent(name: str, topic: str, handle: Callable[[Envelope], bool]) -> None:
        async def run(stream: Any) -> None:
            await consume(name, stream, handle)

        run.__name__ = name.replace(".", "_")
        app.agent(raw_topic(topic), name=name)(run)

    agent("workflow.commands", topics.sop_commands, workflow.handle_command)
    agent("workflow.status", topics.app_status, workflow.handle_status)
    agent("workflow.documents", topics.documents, workflow.handle_document)

    @app.timer(interval=tick_seconds)
    async def sla_tick() -> None:
        try:
            await asyncio.to_thread(workflow.tick)
        except psycopg.OperationalError as exc:
            log.warning("SLA tick skipped, database unavailable: %s", exc)

    if run_relay:

        @app.task
        async def relay() -> None:
            producer = make_producer(settings.kafka_bootstrap)
            await start_client(producer)
            try:
                await OutboxRelay(settings.database_url, producer).run()
            finally:
                await producer.stop()

    return app


async def _process(
    consumer: str, event: Any, handle: Callable[[Envelope], bool], dead_letter: Any, workflow: Workflow
) -> None:
    message = event.message
    try:
        env = decode(event.value)
    except MalformedMessageError as exc:
        await _dead_letter(consumer, exc.reason, event, dead_letter, workflow)
        return
    while True:
        try:
            await asyncio.to_thread(handle, env)
            return
        except psycopg.OperationalError as exc:
            log.warning(
                "%s: database unavailable (%s); retrying %s@%s",
                consumer,
                type(exc).__name__,
                message.topic,
                message.offset,
            )
            await asyncio.sleep(RETRY_SECONDS)
        except Exception as exc:  # a bug must not stall the partition forever
            log.exception("%s: handler failed on %s", consumer, env.id)
            await _dead_letter(consumer, f"handler error: {type(exc).__name__}: {exc}", event, dead_letter, workflow)
            return


async def _dead_letter(consumer: str, reason: str, event: Any, dead_letter: Any, workflow: Workflow) -> None:
    message = event.message
    log.warning("%s: dead letter %s[%s]@%s: %s", consumer, message.topic, message.partition, message.offset, reason)
    headers = dead_letter_headers(consumer, reason, message.topic, message.partition, message.offset)
    await dead_letter.send(key=event.key, value=event.value or b"", headers=headers)
    await asyncio.to_thread(_record_dead_letter, workflow, consumer, reason, message, event.value)


def _record_dead_letter(workflow: Workflow, consumer: str, reason: str, message: Any, raw: bytes | None) -> None:
    try:
        with workflow.pool.connection() as conn:
            conn.execute(
                'INSERT INTO dead_letters (consumer, topic, partition, "offset", reason, raw)'
                " VALUES (%s, %s, %s, %s, %s, %s)",
                (consumer, message.topic, message.partition, message.offset, reason, raw),
            )
    except psycopg.Error as exc:  # the Kafka dead-letter copy is the record of truth
        log.warning("could not record dead letter in PostgreSQL: %s", exc)
