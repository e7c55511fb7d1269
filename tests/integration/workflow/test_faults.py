"""Nothing is lost when the workflow, PostgreSQL or Kafka goes down in the middle of a cycle.

The tests marked ``stack_faults`` stop and start parts of the local stack that
``deploy/local/test.sh`` runs, so they need STACK_DIR (``make test`` sets it), and they run alone,
after the others: a test beside them would see its Kafka or PostgreSQL gone.
"""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import uuid
from pathlib import Path

import pytest
from pantau_testing import (
    BIN,
    answer,
    eventually,
    instance_row,
    produce,
    query,
    running,
    send_command,
    start_and_dispose,
    status_event,
    workflow_env,
)

from pantau_common.kafka import make_admin
from pantau_contracts import encode
from pantau_contracts.sop import StartCycle

pytestmark = pytest.mark.integration
ROOT = Path(__file__).resolve().parents[3]
APPS = ("app-0", "app-1", "app-2")


@pytest.fixture
def stack():
    """Return a function that runs ``deploy/local/stack.sh ACTION`` on the test stack."""
    if not os.environ.get("STACK_DIR"):
        raise RuntimeError("fault tests stop and start the local stack: run them with deploy/local/test.sh")

    def control(action: str) -> None:
        subprocess.run(
            [str(ROOT / "deploy/local/stack.sh"), action],
            check=True,
            env=os.environ,
            capture_output=True,
            timeout=120,
        )

    yield control
    control("start")


def send_results(settings, iid):
    for app in APPS:
        produce(
            settings.kafka,
            settings.topics.app_status,
            (app.encode(), encode(status_event(app, iid))),
        )


def round_completed(settings, iid):
    row = instance_row(settings, iid)
    return row if row and row["phase"] == "menyusun_draf" else None


def test_a_killed_workflow_picks_up_where_it_stopped(settings, people, tmp_path, web_relay):
    log = tmp_path / "workflow.log"
    with running([str(BIN / "pantau-workflow")], workflow_env(settings), log) as proc:
        iid = start_and_dispose(settings, people)
        os.killpg(proc.pid, signal.SIGKILL)  # no clean shutdown, offsets possibly uncommitted
        proc.wait(10)
    send_results(settings, iid)
    later = send_command(settings, StartCycle(str(uuid.uuid4()), people["kabid"], "saat workflow mati"))
    with running([str(BIN / "pantau-workflow")], workflow_env(settings), log):
        # Upper bounds only: each wait ends as soon as its condition holds (a loaded machine is slow).
        eventually(lambda: round_completed(settings, iid), timeout=180, what="round completed after restart")
        assert eventually(lambda: answer(settings, later), timeout=180, what="command sent while down")["accepted"]
    results = query(
        settings.database_url, "SELECT app_id FROM check_results WHERE cycle_id = %s ORDER BY app_id", (iid,)
    )
    assert [r["app_id"] for r in results] == list(APPS)  # each once, none lost


@pytest.mark.stack_faults
def test_results_sent_while_postgresql_is_down_are_applied_when_it_returns(
    settings, people, stack, tmp_path, web_relay
):
    with running([str(BIN / "pantau-workflow")], workflow_env(settings), tmp_path / "workflow.log"):
        iid = start_and_dispose(settings, people)
        stack("pg-stop")
        send_results(settings, iid)  # Kafka keeps them; the workflow retries the database
        stack("pg-start")
        row = eventually(lambda: round_completed(settings, iid), timeout=90, what="round after PostgreSQL restart")
        assert row["requested_version"] == 1
    results = query(settings.database_url, "SELECT count(*) AS n FROM check_results WHERE cycle_id = %s", (iid,))
    assert results[0]["n"] == len(APPS)


@pytest.mark.stack_faults
def test_a_clean_stop_while_postgresql_is_down_leaves_the_batch_in_flight_uncommitted(
    settings, people, stack, tmp_path, web_relay
):
    log = tmp_path / "workflow.log"
    with running([str(BIN / "pantau-workflow")], workflow_env(settings), log) as proc:
        iid = start_and_dispose(settings, people)
        stack("pg-stop")
        send_results(settings, iid)
        eventually(lambda: "retrying a batch" in log.read_text(), timeout=120, what="the batch waiting for PostgreSQL")
        proc.terminate()  # a clean stop (SIGTERM) while the batch is in flight
        proc.wait(120)
    assert committed_status_offsets(settings) == 0  # none was stored, so none is acknowledged
    stack("pg-start")
    with running([str(BIN / "pantau-workflow")], workflow_env(settings), log):
        eventually(lambda: round_completed(settings, iid), timeout=120, what="round applied by the next workflow")
    results = query(
        settings.database_url, "SELECT app_id FROM check_results WHERE cycle_id = %s ORDER BY app_id", (iid,)
    )
    assert [r["app_id"] for r in results] == list(APPS)


def test_applied_results_are_committed_and_a_clean_stop_ends_at_once(settings, people, tmp_path, web_relay):
    with running([str(BIN / "pantau-workflow")], workflow_env(settings), tmp_path / "workflow.log") as proc:
        iid = start_and_dispose(settings, people)
        send_results(settings, iid)
        eventually(lambda: round_completed(settings, iid), timeout=90, what="the round applied")
        # Batches are gathered while the one before is applied: the final ack is the workflow's.
        eventually(lambda: committed_status_offsets(settings) == len(APPS), timeout=60, what="the results committed")
        proc.terminate()
        assert proc.wait(20) == 0  # faust's stop waits on no message still held


def committed_status_offsets(settings):
    """Return the offsets the workflow's consumer group committed on the status topic, summed."""

    async def read():
        admin = make_admin(settings.kafka)
        await admin.start()
        try:
            committed = await admin.list_consumer_group_offsets(f"{settings.topics.prefix}pantau-workflow")
            return sum(max(0, meta.offset) for tp, meta in committed.items() if tp.topic == settings.topics.app_status)
        finally:
            await admin.close()

    return asyncio.run(read())


@pytest.mark.stack_faults
def test_a_command_written_while_kafka_is_down_arrives_when_it_returns(settings, people, stack, tmp_path, web_relay):
    with running([str(BIN / "pantau-workflow")], workflow_env(settings), tmp_path / "workflow.log"):
        iid = start_and_dispose(settings, people)
        stack("kafka-stop")
        later = send_command(settings, StartCycle(str(uuid.uuid4()), people["kabid"], "saat Kafka mati"))
        stack("kafka-start")
        assert eventually(lambda: answer(settings, later), timeout=120, what="command after Kafka restart")["accepted"]
        send_results(settings, iid)
        eventually(lambda: round_completed(settings, iid), timeout=90, what="round after Kafka restart")
