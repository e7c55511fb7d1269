"""Status events applied in batches, one transaction each, keep every event's effect exactly once.

The batch is the inbox's (``Inbox.apply_batch``/``receive_batch``) with the workflow's own handler
(``handle_statuses`` on ``status_batch``), against a real PostgreSQL; the last test goes through
Kafka and a real ``pantau-workflow`` process.
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import psycopg
import pytest
from pantau_testing import (
    eventually,
    instance_row,
    produce,
    query,
    start_and_dispose,
    status_event,
)

from pantau_common.db import make_pool
from pantau_common.inbox import Inbox, Outcome, Received
from pantau_common.settings import Settings
from pantau_contracts import Envelope, encode, envelope
from pantau_contracts.sop import StartCycle, WriteDisposition
from pantau_contracts.status import Finding
from pantau_workflow.app import _in_batch
from pantau_workflow.postgres import PostgresTransaction
from pantau_workflow.service import Workflow

pytestmark = pytest.mark.integration
APPS = ("app-0", "app-1", "app-2")


@pytest.fixture
def statuses(settings: Settings) -> Iterator[tuple[Inbox, Any, Workflow, Any]]:
    """Return the workflow's status inbox on the test's database, its batch handler, the use cases and the pool."""
    workflow = Workflow(settings.sop(), settings.topics)
    with make_pool(settings.database_url, "test-batches", max_size=2) as pool:
        yield Inbox("workflow.status", pool, _no_dead_letters), _in_batch(workflow.handle_statuses), workflow, pool


async def _no_dead_letters(record: Received, headers: list[tuple[str, bytes]]) -> None:
    raise AssertionError(f"nothing should be dead-lettered here: {record}")


def cycle_at_step_3(workflow: Workflow, pool: Any, people: dict[str, int]) -> str:
    """Start a cycle and write its disposition, as the officials' commands do; return its id."""
    iid = str(uuid.uuid4())
    for command in (
        StartCycle(iid, people["kabid"], "Monev uji"),
        WriteDisposition(iid, people["kasie"], 2, people["pelaksana"], "proses_lebih_lanjut", "segera"),
    ):
        with PostgresTransaction(pool)() as repos:
            assert workflow.handle_command(repos, envelope(command, source="/test/web", subject=iid))
    return iid


def stored(settings: Settings, iid: str) -> dict[str, Any]:
    """Return what the batches left: results per event, marked messages, the round's announcements."""
    url = settings.database_url
    results = query(url, "SELECT event_id FROM check_results WHERE cycle_id = %s ORDER BY event_id", (iid,))
    marked = query(url, "SELECT count(*) AS n FROM processed_messages WHERE consumer = 'workflow.status'")
    completed = query(
        url,
        "SELECT count(*) AS n FROM outbox WHERE key = %s AND convert_from(payload, 'UTF8') LIKE %s",
        (iid, "%sop.checks_completed.v1%"),
    )
    row = instance_row(settings, iid)
    return {
        "results": [r["event_id"] for r in results],
        "marked": marked[0]["n"],
        "completed": completed[0]["n"],
        "phase": row["phase"],
        "revision": row["revision"],
    }


def test_a_batch_applies_each_event_once_however_often_it_repeats_in_it(settings, people, statuses):
    inbox, handle, workflow, pool = statuses
    iid = cycle_at_step_3(workflow, pool, people)
    events = [status_event(app, iid) for app in APPS]

    results = inbox.apply_batch([events[0], events[1], events[0], events[2], events[1]], handle)

    assert [r.outcome for r in results] == [Outcome.APPLIED] * 2 + [
        Outcome.DUPLICATE,
        Outcome.APPLIED,
        Outcome.DUPLICATE,
    ]
    after = stored(settings, iid)
    assert after["results"] == sorted(e.id for e in events)
    assert (after["marked"], after["completed"], after["phase"]) == (3, 1, "menyusun_draf")


def test_a_redelivered_batch_changes_nothing(settings, people, statuses):
    inbox, handle, workflow, pool = statuses
    iid = cycle_at_step_3(workflow, pool, people)
    batch = [status_event(app, iid) for app in APPS]
    inbox.apply_batch(batch, handle)
    before = stored(settings, iid)

    again = inbox.apply_batch(batch, handle)

    assert {r.outcome for r in again} == {Outcome.DUPLICATE}
    assert stored(settings, iid) == before


def test_a_batch_that_fails_midway_leaves_nothing_and_is_redone_whole(settings, people, statuses):
    inbox, handle, workflow, pool = statuses
    iid = cycle_at_step_3(workflow, pool, people)
    batch = [status_event(app, iid) for app in APPS]

    def crashes_after_two(conn, envs: list[Envelope]) -> None:
        handle(conn, envs[:2])
        raise RuntimeError("the process died in the middle of the batch")

    with pytest.raises(RuntimeError):
        inbox.apply_batch(batch, crashes_after_two)
    nothing = stored(settings, iid)
    assert (nothing["results"], nothing["marked"], nothing["completed"], nothing["phase"]) == ([], 0, 0, "memeriksa")

    inbox.apply_batch(batch, handle)  # the redelivery
    after = stored(settings, iid)
    assert (after["results"], after["marked"], after["completed"]) == (sorted(e.id for e in batch), 3, 1)


def test_a_bad_event_in_a_batch_is_dead_lettered_and_the_others_are_applied(settings, people, statuses):
    _, handle, workflow, pool = statuses
    dead: list[Received] = []

    async def send(record: Received, headers: list[tuple[str, bytes]]) -> None:
        dead.append(record)

    inbox = Inbox("workflow.status", pool, send)
    iid = cycle_at_step_3(workflow, pool, people)
    good = [status_event(app, iid) for app in APPS]
    bad = status_event("app-1", iid)
    bad = replace(bad, data=replace(bad.data, http_status=10**12))  # no column holds it: the batch's insert fails
    batch = [good[0], bad, good[1], good[2]]
    records = [Received("status", 0, n, e.subject.encode(), encode(e)) for n, e in enumerate(batch)]

    results = asyncio.run(inbox.receive_batch(records, handle))

    assert [r.outcome for r in results] == [Outcome.APPLIED, Outcome.DEAD_LETTERED, Outcome.APPLIED, Outcome.APPLIED]
    assert [r.offset for r in dead] == [1]
    assert query(settings.database_url, 'SELECT "offset" FROM dead_letters') == [{"offset": 1}]
    assert stored(settings, iid)["results"] == sorted(e.id for e in good)


def test_results_published_together_with_repeats_complete_the_round_once(settings, people, workflow):
    iid = start_and_dispose(settings, people)
    events = [status_event(app, iid) for app in APPS]
    records = [(e.subject.encode(), encode(e)) for e in (events[0], events[1], events[0], events[2], events[1])]

    produce(settings.kafka, settings.topics.app_status, *records)
    eventually(lambda: instance_row(settings, iid)["phase"] == "menyusun_draf", what="round completion")
    produce(settings.kafka, settings.topics.app_status, *records[:2])  # redelivered later
    later = status_event("app-0", None)  # a sentinel behind the redelivery on app-0's partition
    produce(settings.kafka, settings.topics.app_status, (b"app-0", encode(later)))
    eventually(lambda: query(settings.database_url, "SELECT 1 FROM check_results WHERE event_id = %s", (later.id,)))

    after = stored(settings, iid)
    assert after["results"] == sorted(e.id for e in events)
    assert after["completed"] == 1


def test_a_security_finding_is_told_once_when_later_batches_compare_with_the_stored_result(settings, people, statuses):
    inbox, handle, _, _ = statuses
    with psycopg.connect(settings.database_url) as conn:
        conn.execute(
            "INSERT INTO contacts (pd_id, channel, address, aktif) VALUES ('dinkes', 'email', 'tik@dinkes.test', true)"
        )
    gambling = Finding("judi_online", "kritis", "<a href=/x>slot gacor maxwin</a>", "/berita")
    defaced = Finding("defacement", "kritis", "Hacked by someone", "/")

    def with_findings(*findings: Finding) -> Envelope:
        event = status_event("app-0", None)
        return replace(event, data=replace(event.data, findings=findings))

    told = []
    for batch in ([with_findings(gambling)], [with_findings(gambling)], [with_findings(gambling, defaced)]):
        inbox.apply_batch(batch, handle)  # one transaction each: the next reads what this one stored
        rows = query(
            settings.database_url, "SELECT count(*) AS n FROM notifications WHERE dedup_key LIKE %s", ("%keamanan%",)
        )
        told.append(rows[0]["n"])

    assert told == [1, 1, 2]
