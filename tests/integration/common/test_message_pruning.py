"""Old messages are forgotten against the real PostgreSQL: sent outbox rows and the inbox's marks
older than PANTAU_MESSAGE_KEEP_DAYS go, in batches; recent and unsent ones stay, and a replay
within the window is still refused."""

from __future__ import annotations

import asyncio
import subprocess
import uuid
from datetime import UTC, datetime, timedelta

import psycopg
import pytest
from pantau_testing import BIN, eventually, inbox_outcomes, insert_note, query, service_env

from pantau_common import outbox
from pantau_common.inbox import Outcome, Received
from pantau_common.retention import RetentionConfig
from pantau_common.retention_pg import MESSAGES_LOCK, Pruned, prune_messages, retention_loop
from pantau_common.settings import Settings
from pantau_contracts import encode, envelope
from pantau_contracts.sop import CycleCompleted, StartCycle

pytestmark = pytest.mark.integration
NOW = datetime.now(UTC)
KEEP = timedelta(days=45)
OLD, RECENT = NOW - KEEP - timedelta(days=1), NOW - timedelta(days=1)


def _queue(url: str, topic: str, sent_at: datetime | None) -> str:
    """Queue a command in the outbox as the web does, sent at ``sent_at`` (None: not yet); return its id."""
    env = envelope(StartCycle(str(uuid.uuid4()), 1, ""), source="/pantau/web", subject="k")
    with psycopg.connect(url) as conn:
        outbox.add(conn, env, topic, "k")
        conn.execute("UPDATE outbox SET created_at = %s, sent_at = %s WHERE message_id = %s", (OLD, sent_at, env.id))
    return env.id


def _mark(url: str, consumer: str, at: datetime) -> str:
    message_id = str(uuid.uuid4())
    with psycopg.connect(url) as conn:
        conn.execute(
            "INSERT INTO processed_messages (consumer, message_id, processed_at) VALUES (%s, %s, %s)",
            (consumer, message_id, at),
        )
    return message_id


def _outbox_ids(url: str) -> set[str]:
    return {r["message_id"] for r in query(url, "SELECT message_id FROM outbox")}


def _marks(url: str) -> set[str]:
    return {r["message_id"] for r in query(url, "SELECT message_id FROM processed_messages")}


def test_sent_rows_and_marks_past_the_window_go_in_batches_and_the_rest_stays(settings: Settings) -> None:
    url, topic = settings.database_url, settings.topics.sop_commands
    old_sent = {_queue(url, topic, OLD) for _ in range(5)}
    recent_sent = _queue(url, topic, RECENT)
    never_sent = _queue(url, topic, None)  # its writer's relay is away: it must still go out
    refused = _queue(url, topic, OLD)  # the audit page reads who sent a refused command from its row
    with psycopg.connect(url) as conn:
        conn.execute("INSERT INTO command_results (command_id, accepted, reason) VALUES (%s, false, 'x')", (refused,))
    old_marks = {_mark(url, "workflow.commands", OLD) for _ in range(3)}
    recent_mark = _mark(url, "workflow.commands", RECENT)

    pruned = prune_messages(url, NOW - KEEP, batch=2)

    assert pruned == Pruned(outbox=5, inbox=3)
    assert _outbox_ids(url) == {recent_sent, never_sent, refused} and not old_sent & _outbox_ids(url)
    assert _marks(url) == {recent_mark} and not old_marks & _marks(url)
    assert prune_messages(url, NOW - KEEP, batch=2) == Pruned(outbox=0, inbox=0)


def test_a_second_pruning_finds_the_first_running_and_deletes_nothing(settings: Settings) -> None:
    url = settings.database_url
    old = _queue(url, settings.topics.sop_commands, OLD)
    with psycopg.connect(url, autocommit=True) as holder:
        holder.execute("SELECT pg_advisory_lock(%s)", (MESSAGES_LOCK,))
        assert prune_messages(url, NOW - KEEP) is None
        assert _outbox_ids(url) == {old}
        # Released here, not by closing: a closed connection's backend may still hold the lock
        # for a moment after the client has gone.
        holder.execute("SELECT pg_advisory_unlock(%s)", (MESSAGES_LOCK,))
    assert prune_messages(url, NOW - KEEP) == Pruned(outbox=1, inbox=0)


def test_a_replay_within_the_window_is_still_refused_after_pruning(settings: Settings) -> None:
    url, topic = settings.database_url, settings.topics.sop_events
    iid = str(uuid.uuid4())
    env = envelope(CycleCompleted(iid, RECENT), source="/pantau/workflow", subject=iid)
    with psycopg.connect(url) as conn:
        outbox.add(conn, env, topic, iid)
        conn.execute("UPDATE outbox SET sent_at = %s WHERE message_id = %s", (RECENT, env.id))
    record = Received(topic=topic, partition=0, offset=3, key=iid.encode(), value=encode(env))

    assert _receive(settings, record) == Outcome.APPLIED
    prune_messages(url, NOW - KEEP)
    assert _receive(settings, record) == Outcome.DUPLICATE  # redelivered by Kafka: applied once
    assert len(query(url, "SELECT * FROM dead_letters WHERE consumer = 'note'")) == 1


def _dead_letter(url: str, at: datetime) -> int:
    (row,) = query(
        url,
        'INSERT INTO dead_letters (consumer, topic, partition, "offset", reason, raw, at)'
        " VALUES ('workflow.status', 't', 0, 1, 'tidak dapat dibaca', '\\x00', %s) RETURNING id",
        (at,),
    )
    return int(row["id"])


def _dead_letter_ids(url: str) -> set[int]:
    return {r["id"] for r in query(url, "SELECT id FROM dead_letters")}


def test_dead_letters_past_their_own_window_go_and_younger_ones_stay(settings: Settings) -> None:
    url = settings.database_url
    ancient = {_dead_letter(url, NOW - timedelta(days=200)) for _ in range(3)}
    past_messages = _dead_letter(url, OLD)  # older than the messages' window, within the dead letters'
    recent = _dead_letter(url, RECENT)

    pruned = prune_messages(url, NOW - KEEP, batch=2, dead_letters_before=NOW - timedelta(days=180))

    assert pruned == Pruned(outbox=0, inbox=0, dead_letters=3)
    assert _dead_letter_ids(url) == {past_messages, recent} and not ancient & _dead_letter_ids(url)
    assert prune_messages(url, NOW - KEEP) == Pruned(outbox=0, inbox=0)  # without a cutoff: none go
    assert _dead_letter_ids(url) == {past_messages, recent}


def test_the_retention_job_prunes_old_messages_beside_the_roll_up(settings: Settings) -> None:
    url = settings.database_url
    old, recent = _queue(url, settings.topics.sop_commands, OLD), _mark(url, "reporter", RECENT)
    _mark(url, "reporter", OLD)
    ancient, kept = _dead_letter(url, NOW - timedelta(days=181)), _dead_letter(url, OLD)

    async def one_run() -> None:
        stop = asyncio.Event()
        task = asyncio.create_task(retention_loop(url, RetentionConfig(message_keep_days=45), stop))
        await asyncio.to_thread(eventually, lambda: old not in _outbox_ids(url), timeout=30)
        await asyncio.to_thread(eventually, lambda: ancient not in _dead_letter_ids(url), timeout=30)
        stop.set()
        await asyncio.wait_for(task, timeout=30)

    asyncio.run(asyncio.wait_for(one_run(), timeout=60))
    assert _marks(url) == {recent}
    assert _dead_letter_ids(url) == {kept}


def _receive(settings: Settings, record: Received) -> Outcome:
    """Receive ``record`` once with an inbox that trusts only what the outbox recorded."""
    (outcome,) = asyncio.run(inbox_outcomes(settings, [record], insert_note, recorded_only=True))
    return outcome


def test_the_scheduler_refuses_to_start_when_kafka_outlasts_the_window(settings: Settings) -> None:
    env = service_env(settings, PANTAU_MESSAGE_KEEP_DAYS="14")
    command = [str(BIN / "pantau-checker"), "scheduler"]
    done = subprocess.run(command, env=env, capture_output=True, timeout=60, check=False)
    assert done.returncode == 2
    assert "PANTAU_MESSAGE_KEEP_DAYS (14) harus lebih lama dari retensi topik Kafka (30 hari)" in done.stderr.decode()
