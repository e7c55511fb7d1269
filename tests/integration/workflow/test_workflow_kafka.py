"""The workflow service against the real Kafka and PostgreSQL, as a real faust worker."""

from __future__ import annotations

import asyncio
import uuid
from datetime import UTC, datetime

import pytest
from pantau_testing import (
    BIN,
    answer,
    consume,
    eventually,
    instance_row,
    produce,
    produce_recorded,
    query,
    running,
    send_command,
    service_env,
    start_and_dispose,
    status_event,
)

from pantau_common.kafka import make_admin, make_producer, start_client
from pantau_common.outbox import OutboxRelay
from pantau_contracts import encode, envelope
from pantau_contracts.sop import DocumentFailed, NotaDrafted, ReviseNota, StartCycle, SubmitNota, WriteDisposition
from pantau_contracts.topics import WEB

pytestmark = pytest.mark.integration


def test_status_events_complete_the_round_and_the_pelaksana_completes_step_3(settings, people, workflow):
    iid = start_and_dispose(settings, people)
    requests = consume(settings.kafka, settings.topics.check_requests, want=3)
    assert sorted(r.key.decode() for r in requests) == ["app-0", "app-1", "app-2"]

    for app in ("app-0", "app-1", "app-2"):
        env = status_event(app, iid, "aktif" if app != "app-1" else "tidak_aktif")
        produce(settings.kafka, settings.topics.app_status, (app.encode(), encode(env)))
    row = eventually(
        lambda: (r := instance_row(settings, iid)) and r["phase"] == "menyusun_draf" and r,
        what="round completion",
    )
    assert (row["step"], row["requested_version"]) == (3, 1)
    events = consume(settings.kafka, settings.topics.sop_events, want=4)
    types = [e.value.decode() for e in events]
    assert any("checks_completed" in t for t in types) and any("draft_requested" in t for t in types)

    # the first render fails: the Pelaksana sees why and asks for it again
    failed = envelope(DocumentFailed(iid, "draft", 1, "render gagal", datetime.now(UTC)), source="/t", subject=iid)
    produce_recorded(settings, settings.topics.documents, failed)
    eventually(lambda: instance_row(settings, iid)["phase"] == "draf_gagal", what="failed draft")
    assert instance_row(settings, iid)["last_error"] == "render gagal"
    retried = send_command(settings, ReviseNota(iid, people["pelaksana"], 3, ""))
    assert eventually(lambda: answer(settings, retried), what="retry answer")["accepted"]
    assert instance_row(settings, iid)["requested_version"] == 2

    drafted = envelope(NotaDrafted(iid, 2, 1, "a" * 64, datetime.now(UTC)), source="/test/reporter", subject=iid)
    produce_recorded(settings, settings.topics.documents, drafted)
    eventually(lambda: instance_row(settings, iid)["phase"] == "draf_siap", what="draft ready")
    submitted = send_command(settings, SubmitNota(iid, people["pelaksana"], 3))
    assert eventually(lambda: answer(settings, submitted), what="submit answer")["accepted"]
    row = instance_row(settings, iid)
    assert (row["step"], row["phase"]) == (4, "menunggu_paraf")
    visits = query(
        settings.database_url,
        "SELECT step, completed_at, actor_id FROM sop_step_history WHERE instance_id = %s ORDER BY seq",
        (iid,),
    )
    assert [(v["step"], v["completed_at"] is not None) for v in visits] == [
        (1, True),
        (2, True),
        (3, True),
        (4, False),
    ]
    assert visits[2]["actor_id"] == people["pelaksana"]


def test_the_same_message_delivered_twice_changes_nothing(settings, people, workflow):
    iid = start_and_dispose(settings, people)
    env = status_event("app-0", iid)
    raw = encode(env)
    produce(settings.kafka, settings.topics.app_status, (b"app-0", raw), (b"app-0", raw))
    # a command replayed with the same id (a resubmitted form) is applied once
    cmd = WriteDisposition(iid, people["kasie"], 2, people["pelaksana"], "proses_lebih_lanjut", "segera")
    replay = envelope(cmd, source="/test/web", subject=iid)
    produce_recorded(settings, settings.topics.sop_commands, replay, times=2)
    eventually(lambda: answer(settings, replay.id), what="replayed command answer")
    marker = status_event("app-1", iid)  # processed after the duplicates on the same partition order
    produce(settings.kafka, settings.topics.app_status, (b"app-0", encode(marker)))
    eventually(
        lambda: query(settings.database_url, "SELECT 1 FROM check_results WHERE event_id = %s", (marker.id,)),
        what="marker result",
    )

    results = query(settings.database_url, "SELECT event_id FROM check_results WHERE app_id = 'app-0'")
    assert [r["event_id"] for r in results] == [env.id]
    seen = query(settings.database_url, "SELECT count(*) AS n FROM processed_messages WHERE message_id = %s", (env.id,))
    assert seen[0]["n"] == 1
    replies = query(
        settings.database_url,
        "SELECT accepted, reason FROM command_results WHERE command_id = %s",
        (replay.id,),
    )
    assert len(replies) == 1 and not replies[0]["accepted"]  # the step had moved on: refused, once
    row = instance_row(settings, iid)
    assert (row["step"], row["phase"]) == (3, "memeriksa")


def test_a_malformed_message_goes_to_the_dead_letter_topic_and_the_consumer_goes_on(settings, people, workflow):
    produce(settings.kafka, settings.topics.sop_commands, (b"bad", b"{not json"))
    iid = str(uuid.uuid4())
    good = envelope(StartCycle(iid, people["kabid"], "setelah pesan rusak"), source="/test/web", subject=iid)
    produce_recorded(settings, settings.topics.sop_commands, good, key=b"bad")

    assert eventually(lambda: answer(settings, good.id), what="good command after a bad one")["accepted"]
    (dead,) = consume(settings.kafka, settings.topics.dead_letter, want=1)
    headers = dict(dead.headers)
    assert dead.value == b"{not json"
    assert b"not valid UTF-8 JSON" in headers["pantau-reason"]
    assert headers["pantau-source-topic"] == settings.topics.sop_commands.encode()
    recorded = query(settings.database_url, "SELECT consumer, reason FROM dead_letters")
    assert recorded[0]["consumer"] == "workflow.commands"


def test_a_command_in_the_outbox_reaches_the_workflow_after_the_relay_restarts(settings, people, tmp_path):
    env = service_env(settings, PANTAU_WORKFLOW_RELAY="off")

    async def relay_for(seconds: float, until_relayed: int | None = None) -> int:
        """Run a relay for ``seconds``, or only until it has relayed ``until_relayed`` rows."""
        producer = make_producer(settings.kafka)
        await start_client(producer)
        relay = OutboxRelay(settings.database_url, producer, WEB)
        stop = asyncio.Event()
        task = asyncio.create_task(relay.run(stop))
        deadline = asyncio.get_running_loop().time() + seconds
        while asyncio.get_running_loop().time() < deadline and not task.done():
            if until_relayed is not None and relay.relayed >= until_relayed:
                break
            await asyncio.sleep(0.05)
        stop.set()
        await task
        await producer.stop()
        return relay.relayed

    assert asyncio.run(relay_for(1.0)) == 0  # the relay ran a while, found nothing, and stopped
    iid = str(uuid.uuid4())
    command_id = send_command(settings, StartCycle(iid, people["kabid"], "lewat outbox"))
    unsent = query(settings.database_url, "SELECT sent_at FROM outbox WHERE message_id = %s", (command_id,))
    assert unsent[0]["sent_at"] is None

    with running([str(BIN / "pantau-workflow")], env, tmp_path / "workflow.log"):
        # The restarted relay ships the waiting command (it stops as soon as it has; 120 s is a bound only).
        assert asyncio.run(relay_for(120.0, until_relayed=1)) >= 1
        assert eventually(lambda: answer(settings, command_id), what="command relayed after restart")["accepted"]
    assert instance_row(settings, iid)["step"] == 2
    sent = query(settings.database_url, "SELECT sent_at FROM outbox WHERE message_id = %s", (command_id,))
    assert sent[0]["sent_at"] is not None


def test_a_department_stream_carries_only_confirmed_changes_of_its_own_apps(settings, people, workflow):
    from dataclasses import replace

    def result(availability, **changes):
        env = status_event("app-0", None, availability)
        return replace(env, data=replace(env.data, **changes))

    events = [
        result("aktif"),  # first result: announced
        result("aktif"),  # unchanged: not announced
        result("tidak_aktif", confirmed_availability="aktif"),  # one failure, not confirmed: not announced
        result("tidak_aktif", confirmed_availability="tidak_aktif", status_changed=True),  # confirmed: announced
        result("aktif", in_maintenance=True),  # inside a maintenance window: not announced
    ]
    for env in events:
        produce(settings.kafka, settings.topics.app_status, (b"app-0", encode(env)))
    eventually(
        lambda: query(settings.database_url, "SELECT 1 FROM check_results WHERE event_id = %s", (events[-1].id,)),
        what="all results recorded",
    )
    topic = settings.topics.department_status("dinkes")
    announced = consume(settings.kafka, topic, want=2)
    assert [r.key for r in announced] == [b"app-0", b"app-0"]
    queued = query(settings.database_url, "SELECT count(*) AS n FROM outbox WHERE topic = %s", (topic,))
    assert queued[0]["n"] == 2
    other = query(
        settings.database_url,
        "SELECT count(*) AS n FROM outbox WHERE topic LIKE %s",
        (f"{settings.topics.prefix}pantau.pd.bapenda%",),
    )
    assert other[0]["n"] == 0


def test_the_monthly_cycle_starts_by_itself_once_even_across_restarts(settings, people, tmp_path):
    env = service_env(settings, PANTAU_WORKFLOW_MONTHLY_DAY="1", PANTAU_WORKFLOW_TICK_SECONDS="1")
    for run in range(2):  # a restart (or a second replica) must not start a second one
        with running([str(BIN / "pantau-workflow")], env, tmp_path / f"workflow-{run}.log"):
            rows = eventually(
                lambda: query(settings.database_url, "SELECT * FROM sop_instances"), what="the scheduled cycle"
            )
    assert len(rows) == 1
    (cycle,) = rows
    assert (cycle["step"], cycle["phase"], cycle["started_by"]) == (2, "menunggu_disposisi", people["kabid"])
    assert "otomatis" in cycle["note"]
    step1 = query(settings.database_url, "SELECT actor_id, note FROM sop_step_history WHERE seq = 0")
    assert step1[0]["actor_id"] == people["kabid"]
    scope = query(settings.database_url, "SELECT count(*) AS n FROM sop_cycle_scope")
    assert scope[0]["n"] == 3  # every active application


def test_no_scheduled_cycle_when_the_kabid_started_one_this_month(settings, people):
    from pantau_common.db import make_pool
    from pantau_contracts.definition import load_definition
    from pantau_workflow.domain.model import Policy
    from pantau_workflow.postgres import PostgresTransaction
    from pantau_workflow.service import Workflow

    with make_pool(settings.database_url, "test-workflow") as pool:
        transaction = PostgresTransaction(pool)
        workflow = Workflow(load_definition(), settings.topics, Policy(monthly_day=1))
        manual = envelope(StartCycle(str(uuid.uuid4()), people["kabid"], "dimulai manual"), source="/t", subject="x")
        with transaction() as repos:
            assert workflow.handle_command(repos, manual)
        assert workflow.start_monthly_cycle(transaction) == 0
    assert len(query(settings.database_url, "SELECT id FROM sop_instances")) == 1


def test_the_workflow_makes_the_streams_of_the_departments_in_use_before_their_first_event(settings, people, workflow):
    wanted = {settings.topics.department_status(pd) for pd in ("dinkes", "bapenda")}

    async def present() -> set[str]:
        admin = make_admin(settings.kafka)
        await admin.start()
        try:
            return wanted & set(await admin.list_topics())
        finally:
            await admin.close()

    eventually(lambda: asyncio.run(present()) == wanted, what="the departments' streams")
