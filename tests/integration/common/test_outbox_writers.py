"""One relay per writer: each service ships only its own outbox rows, with its own Kafka principal."""

from __future__ import annotations

import asyncio
import os
import signal
import uuid
from datetime import UTC, datetime
from pathlib import Path

import psycopg
import pytest
from aiokafka import TopicPartition
from pantau_testing import (
    BIN,
    answer,
    consume,
    eventually,
    free_port,
    produce,
    query,
    running,
    send_command,
    service_env,
    workflow_env,
)

from pantau_common import outbox
from pantau_common.kafka import DEFAULT_PARTITIONS, make_consumer
from pantau_common.kafka_security import KafkaConnection
from pantau_common.outbox import relay_lock
from pantau_common.settings import Settings
from pantau_contracts import decode, envelope
from pantau_contracts.sop import CycleStarted, NotaDrafted, StartCycle
from pantau_contracts.topics import WEB

pytestmark = pytest.mark.integration


def _web() -> list[str]:
    return [str(BIN / "pantau-web"), "--port", str(free_port())]


def _sent(settings: Settings, message_id: str) -> bool:
    rows = query(settings.database_url, "SELECT sent_at FROM outbox WHERE message_id = %s", (message_id,))
    return rows[0]["sent_at"] is not None


def _records_on(kafka: KafkaConnection, topic: str) -> int:
    """Return how many records a topic holds (its partitions' end offsets), without waiting."""

    async def count() -> int:
        consumer = make_consumer(kafka)
        await consumer.start()
        try:
            partitions = [TopicPartition(topic, p) for p in range(DEFAULT_PARTITIONS)]  # as the fixture made it
            return sum((await consumer.end_offsets(partitions)).values())
        finally:
            await consumer.stop()

    return asyncio.run(count())


def _queue(settings: Settings, env: object, topic: str, key: str) -> None:
    with psycopg.connect(settings.database_url) as conn:
        outbox.add(conn, env, topic, key)  # type: ignore[arg-type]


def _holds_lock(settings: Settings, writer: str) -> bool:
    key1, key2 = relay_lock(writer)
    rows = query(
        settings.database_url,
        # Advisory locks are per database: another test's relay on the same server holds the same keys.
        "SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND classid = %s AND objid = %s AND objsubid = 2"
        " AND granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())",
        (key1, key2),
    )
    return bool(rows)


def test_every_outbox_row_names_the_one_service_that_may_write_its_topic(settings):
    iid = str(uuid.uuid4())
    send_command(settings, StartCycle(iid, 1, "perintah dari web"))
    _queue(settings, _drafted(iid), settings.topics.documents, iid)
    _queue(settings, _started(iid), settings.topics.sop_events, iid)
    rows = query(settings.database_url, "SELECT topic, writer FROM outbox ORDER BY id")
    assert [(r["topic"], r["writer"]) for r in rows] == [
        (settings.topics.sop_commands, "web"),
        (settings.topics.documents, "reporter"),
        (settings.topics.sop_events, "workflow"),
    ]


def test_a_row_the_previous_release_writes_without_a_writer_is_tagged_from_its_topic(settings):
    iid = str(uuid.uuid4())
    with psycopg.connect(settings.database_url) as conn:  # the INSERT of the release before the writer column
        for topic in (settings.topics.sop_commands, settings.topics.documents, settings.topics.check_requests):
            conn.execute(
                "INSERT INTO outbox (message_id, topic, key, payload) VALUES (%s, %s, %s, '{}')",
                (str(uuid.uuid4()), topic, iid),
            )
    rows = query(settings.database_url, "SELECT writer FROM outbox ORDER BY id")
    assert [r["writer"] for r in rows] == ["web", "reporter", "workflow"]


def test_the_webs_command_reaches_kafka_with_no_workflow_running(settings, people, tmp_path: Path):
    command_id = send_command(settings, StartCycle(str(uuid.uuid4()), people["kabid"], "tanpa workflow"))
    with running(_web(), service_env(settings), tmp_path / "web.log") as web:
        (record,) = consume(settings.kafka, settings.topics.sop_commands, want=1, timeout=120)
        eventually(lambda: _sent(settings, command_id), what="the command marked sent")
    assert decode(record.value).id == command_id
    assert web.returncode == 0  # SIGTERM stopped granian's workers, then the relay after its batch


def test_the_reporter_worker_relays_its_document_answers(settings, tmp_path: Path):
    iid = str(uuid.uuid4())
    drafted = _drafted(iid)
    _queue(settings, drafted, settings.topics.documents, iid)
    with running([str(BIN / "pantau-reporter"), "worker"], service_env(settings), tmp_path / "reporter.log"):
        (record,) = consume(settings.kafka, settings.topics.documents, want=1, timeout=120)
        eventually(lambda: _sent(settings, drafted.id), what="the answer marked sent")
    assert decode(record.value).id == drafted.id


def test_the_workflows_relay_never_sends_a_web_or_reporter_row(settings, tmp_path: Path):
    iid = str(uuid.uuid4())
    command_id = send_command(settings, StartCycle(iid, 1, "bukan urusan relai workflow"))
    drafted, started = _drafted(iid), _started(iid)
    _queue(settings, drafted, settings.topics.documents, iid)
    _queue(settings, started, settings.topics.sop_events, iid)  # queued last: sent after the others would be
    with running([str(BIN / "pantau-workflow")], workflow_env(settings), tmp_path / "workflow.log"):
        eventually(lambda: _sent(settings, started.id), what="the workflow's own event relayed")
    assert not _sent(settings, command_id) and not _sent(settings, drafted.id)
    assert _records_on(settings.kafka, settings.topics.sop_commands) == 0
    assert _records_on(settings.kafka, settings.topics.documents) == 0


def test_a_killed_relay_loses_nothing_and_the_workflow_applies_each_command_once(settings, people, tmp_path: Path):
    env = service_env(settings)
    with running(_web(), env, tmp_path / "web-1.log") as first:
        eventually(lambda: _holds_lock(settings, WEB), what="the first web's relay holding its lock")
        os.killpg(first.pid, signal.SIGKILL)  # no clean stop: the lock goes with its connection
        first.wait(10)
    commands = [StartCycle(str(uuid.uuid4()), people["kabid"], f"siklus {n}") for n in range(3)]
    ids = [send_command(settings, command) for command in commands]
    # A relay killed after sending its batch but before marking it leaves the rows unsent:
    # the next relay sends them again.
    rows = query(settings.database_url, "SELECT key, payload FROM outbox ORDER BY id LIMIT 2")
    produce(settings.kafka, settings.topics.sop_commands, *[(r["key"].encode(), r["payload"]) for r in rows])

    with running(_web(), env, tmp_path / "web-2.log"):
        eventually(lambda: all(_sent(settings, i) for i in ids), what="every command relayed by the next web")
    assert _records_on(settings.kafka, settings.topics.sop_commands) == 5  # two of them twice

    with running([str(BIN / "pantau-workflow")], workflow_env(settings), tmp_path / "workflow.log"):
        eventually(lambda: all(answer(settings, i) for i in ids), what="every command answered")
    results = query(settings.database_url, "SELECT command_id FROM command_results")
    assert sorted(r["command_id"] for r in results) == sorted(ids)
    instances = query(settings.database_url, "SELECT id FROM sop_instances")
    assert sorted(str(r["id"]) for r in instances) == sorted(c.instance_id for c in commands)
    # Each cycle announced its start once: a command applied twice would have queued its events twice.
    events = query(
        settings.database_url, "SELECT key, payload FROM outbox WHERE topic = %s", (settings.topics.sop_events,)
    )
    announced = sorted((r["key"], type(decode(bytes(r["payload"])).data).__name__) for r in events)
    assert announced == sorted((c.instance_id, "CycleStarted") for c in commands)


def _drafted(iid: str):  # type: ignore[no-untyped-def]
    return envelope(NotaDrafted(iid, 1, 1, "a" * 64, datetime.now(UTC)), source="/test/reporter", subject=iid)


def _started(iid: str):  # type: ignore[no-untyped-def]
    return envelope(CycleStarted(iid, "1/2026", 1, "uji", (), datetime.now(UTC)), source="/test/workflow", subject=iid)
