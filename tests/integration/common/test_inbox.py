"""The consumer inbox against the real PostgreSQL and Kafka: once per message, dead letters to both places."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from typing import Any

import pytest
from pantau_testing import consume, inbox_outcomes, insert_note, query, status_event

from pantau_common.inbox import Outcome, Received
from pantau_common.settings import Settings
from pantau_contracts import encode

pytestmark = pytest.mark.integration


def _record(value: bytes, offset: int = 7) -> Received:
    return Received(topic="t.source", partition=0, offset=offset, key=b"k", value=value)


def _receive(settings: Settings, records: list[Received], handle: Any) -> list[Outcome]:
    return asyncio.run(inbox_outcomes(settings, records, handle))


def test_a_message_is_applied_once_with_its_mark_in_the_same_transaction(settings: Settings) -> None:
    raw = encode(status_event("app-1", None))
    outcomes = _receive(settings, [_record(raw), _record(raw, offset=8)], insert_note)

    assert outcomes == [Outcome.APPLIED, Outcome.DUPLICATE]
    assert len(query(settings.database_url, "SELECT * FROM dead_letters WHERE consumer = 'note'")) == 1
    marks = query(settings.database_url, "SELECT * FROM processed_messages WHERE consumer = 'test.consumer'")
    assert len(marks) == 1


def test_a_malformed_message_goes_to_the_topic_and_the_table_with_its_reason(settings: Settings) -> None:
    outcomes = _receive(settings, [_record(b"{not json")], insert_note)

    assert outcomes == [Outcome.DEAD_LETTERED]
    rows = query(settings.database_url, "SELECT * FROM dead_letters WHERE consumer = 'test.consumer'")
    assert len(rows) == 1 and rows[0]["offset"] == 7 and "JSON" in rows[0]["reason"]
    [letter] = consume(settings.kafka, settings.topics.dead_letter)
    headers = dict(letter.headers)
    assert letter.value == b"{not json" and headers["pantau-consumer"] == b"test.consumer"
    assert headers["pantau-reason"].decode() == rows[0]["reason"]


def test_a_handler_that_keeps_failing_is_dead_lettered_and_rolls_back(settings: Settings) -> None:
    def failing(conn: Any, env: Any) -> None:
        insert_note(conn, env)
        raise ValueError(f"boom at {datetime.now(UTC):%H}")

    outcomes = _receive(settings, [_record(encode(status_event("app-2", None)))], failing)

    assert outcomes == [Outcome.DEAD_LETTERED]
    assert query(settings.database_url, "SELECT * FROM dead_letters WHERE consumer = 'note'") == []
    assert query(settings.database_url, "SELECT * FROM processed_messages") == []
    [row] = query(settings.database_url, "SELECT reason FROM dead_letters WHERE consumer = 'test.consumer'")
    assert row["reason"].startswith("handler error: ValueError: boom")
