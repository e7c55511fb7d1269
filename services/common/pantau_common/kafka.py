"""Kafka adapters shared by the services: producers, topic creation, the dead-letter path."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import KafkaConnectionError, TopicAlreadyExistsError

from pantau_contracts import Topics

from .kafka_security import KafkaConnection, connection

log = logging.getLogger(__name__)
DEFAULT_PARTITIONS = 6


def make_producer(kafka: KafkaConnection | str, **overrides: Any) -> AIOKafkaProducer:
    """Return an idempotent producer that waits for every in-sync replica."""
    options: dict[str, Any] = {
        **connection(kafka).client_options(),
        "enable_idempotence": True,
        "acks": "all",
        "linger_ms": 5,
        "request_timeout_ms": 30000,
    }
    options.update(overrides)
    return AIOKafkaProducer(**options)


def make_consumer(kafka: KafkaConnection | str, *topics: str, **options: Any) -> AIOKafkaConsumer:
    """Return a consumer of ``topics`` that connects and authenticates as ``kafka`` says."""
    return AIOKafkaConsumer(*topics, **connection(kafka).client_options(), **options)


def make_admin(kafka: KafkaConnection | str) -> AIOKafkaAdminClient:
    """Return an admin client that connects and authenticates as ``kafka`` says."""
    return AIOKafkaAdminClient(**connection(kafka).client_options())


async def ensure_topics(
    kafka: KafkaConnection | str,
    names: list[str] | tuple[str, ...],
    partitions: int = DEFAULT_PARTITIONS,
    replication: int = 1,
) -> None:
    """Create the topics that do not exist yet (existing ones are left as their owner made them)."""
    admin = make_admin(kafka)
    await _retry_start(admin.start)
    try:
        existing = set(await admin.list_topics())
        missing = [n for n in names if n not in existing]
        if missing:
            try:
                await admin.create_topics(
                    [NewTopic(name=n, num_partitions=partitions, replication_factor=replication) for n in missing]
                )
            except TopicAlreadyExistsError:
                pass
    finally:
        await admin.close()


async def ensure_fixed_topics(kafka: KafkaConnection | str, topics: Topics, replication: int = 1) -> None:
    """Create every fixed Pantau topic that is missing."""
    await ensure_topics(kafka, topics.all_fixed(), replication=replication)


async def _retry_start(start: Any, attempts: int = 30) -> None:
    for attempt in range(attempts):
        try:
            await start()
            return
        except KafkaConnectionError:
            if attempt == attempts - 1:
                raise
            await asyncio.sleep(1)


async def start_client(client: Any) -> None:
    """Start a Kafka producer, consumer or admin client, waiting for the broker to come up."""
    await _retry_start(client.start)


def dead_letter_headers(consumer: str, reason: str, topic: str, partition: int, offset: int) -> list[tuple[str, bytes]]:
    """Return the headers that say where a dead letter came from and why."""
    return [
        ("pantau-consumer", consumer.encode()),
        ("pantau-reason", reason.encode()[:1000]),
        ("pantau-source-topic", topic.encode()),
        ("pantau-source-partition", str(partition).encode()),
        ("pantau-source-offset", str(offset).encode()),
    ]


def dead_letter_sender(producer: AIOKafkaProducer, topics: Topics) -> Any:
    """Return the inbox's ``SendDeadLetter`` for an aiokafka producer."""

    async def send(record: Any, headers: list[tuple[str, bytes]]) -> None:
        await producer.send_and_wait(topics.dead_letter, value=record.value or b"", key=record.key, headers=headers)

    return send


async def send_dead_letter(
    producer: AIOKafkaProducer,
    topics: Topics,
    *,
    consumer: str,
    reason: str,
    topic: str,
    partition: int,
    offset: int,
    key: bytes | None,
    value: bytes | None,
) -> None:
    """Publish an undecodable message to the dead-letter topic with its reason."""
    log.warning("dead letter from %s[%s]@%s for %s: %s", topic, partition, offset, consumer, reason)
    await producer.send_and_wait(
        topics.dead_letter,
        value=value or b"",
        key=key,
        headers=dead_letter_headers(consumer, reason, topic, partition, offset),
    )
