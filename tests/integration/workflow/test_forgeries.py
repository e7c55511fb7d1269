"""No message is trusted for its content alone: forgeries written straight to Kafka change nothing.

An attacker on the network writes SOP events, commands and document answers with a raw producer,
naming real cycles, real versions and the Kepala Dinas's id. The workflow (a real process) and the
reporter (its worker and relay, as ``pantau-reporter worker`` runs them) refuse each one: nothing
is signed or delivered, the cycle's step and history stay as they were, and the refusal is
dead-lettered with its reason. The legitimate flow goes on afterwards.
"""

from __future__ import annotations

import asyncio
import threading
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
from pantau_testing import (
    answer,
    eventually,
    instance_row,
    produce,
    produce_recorded,
    query,
    send_command,
    start_and_dispose,
    status_event,
)

from pantau_common.outbox import relay_outbox
from pantau_common.settings import Settings
from pantau_contracts import Envelope, encode, envelope
from pantau_contracts import sop as c
from pantau_contracts.topics import REPORTER
from pantau_reporter.bootstrap import build_reporter
from pantau_reporter.worker import ReporterWorker

pytestmark = pytest.mark.integration
APPS = ("app-0", "app-1", "app-2")


@pytest.fixture
def reporter(settings: Settings) -> Iterator[None]:
    """Run the reporter's worker and its outbox relay on a thread of their own."""
    loop = asyncio.new_event_loop()
    stop = asyncio.Event()

    async def serve() -> None:
        worker = ReporterWorker(settings, build_reporter(settings), group=f"test-{uuid.uuid4().hex[:6]}")
        await asyncio.gather(worker.run(stop), relay_outbox(settings, REPORTER, stop))

    thread = threading.Thread(target=loop.run_until_complete, args=(serve(),), daemon=True)
    thread.start()
    yield
    loop.call_soon_threadsafe(stop.set)
    thread.join(60)
    loop.close()


# --- helpers --------------------------------------------------------------------------------


def _forge(settings: Settings, topic: str, payload: Any, subject: str) -> Envelope:
    """Write a message straight to Kafka, as an attacker's raw producer does."""
    env = envelope(payload, source="/pantau/workflow", subject=subject)
    produce(settings.kafka, topic, (subject.encode(), encode(env)))
    return env


def _command(settings: Settings, command: Any) -> None:
    sent = send_command(settings, command)
    reply = eventually(lambda: answer(settings, sent), what=type(command).__name__)
    assert reply["accepted"], reply["reason"]


def _phase(settings: Settings, iid: str, step: int, phase: str) -> None:
    eventually(lambda: (r := instance_row(settings, iid)) and (r["step"], r["phase"]) == (step, phase), what=phase)


def _results_in(settings: Settings, iid: str) -> None:
    """Let the checker's results in, so the workflow asks the reporter for the first draft."""
    for app in APPS:
        produce(settings.kafka, settings.topics.app_status, (app.encode(), encode(status_event(app, iid))))


def _to_draft(settings: Settings, iid: str) -> None:
    """Let the results in and wait for the workflow to await the draft (no reporter answers it here)."""
    _results_in(settings, iid)
    _phase(settings, iid, 3, "menyusun_draf")


def _refused(settings: Settings, consumer: str, env: Envelope) -> str:
    """Return the reason the consumer gave for refusing ``env`` (waiting for it)."""
    rows = eventually(
        lambda: query(
            settings.database_url,
            "SELECT reason FROM dead_letters WHERE consumer = %s AND convert_from(raw, 'UTF8') LIKE %s",
            (consumer, f'%"{env.id}"%'),
        ),
        what=f"{consumer} refusing {env.type}",
    )
    return str(rows[0]["reason"])


def _cycle(settings: Settings, iid: str) -> tuple[Any, ...]:
    """Return what a forgery must not change: the cycle's state and every visit of its history."""
    row = instance_row(settings, iid)
    visits = query(
        settings.database_url,
        "SELECT seq, step, completed_at, actor_id, outcome FROM sop_step_history WHERE instance_id = %s ORDER BY seq",
        (iid,),
    )
    state = (row["step"], row["phase"], row["status"], row["nota_version"], row["requested_version"])
    return (*state, row["revision"], tuple(tuple(v.values()) for v in visits))


def _signed(settings: Settings) -> list[dict[str, Any]]:
    """Return what ``/verifikasi`` could call genuine: the signed documents in the store."""
    return query(settings.database_url, "SELECT id, version, sha256 FROM documents WHERE signed")


def _announced(settings: Settings, type_name: str) -> int:
    rows = query(
        settings.database_url,
        "SELECT count(*) AS n FROM outbox WHERE topic = %s AND convert_from(payload, 'UTF8') LIKE %s",
        (settings.topics.documents, f"%{type_name}%"),
    )
    return int(rows[0]["n"])


# --- the reporter ---------------------------------------------------------------------------


def test_forged_signature_and_delivery_requests_sign_and_send_nothing(settings, people, workflow, reporter):
    iid = start_and_dispose(settings, people)
    # The reporter answers at once: the phase that awaits its draft can be over before a look sees it.
    _results_in(settings, iid)
    _phase(settings, iid, 3, "draf_siap")  # the reporter drafted v1
    _command(settings, c.SubmitNota(iid, people["pelaksana"], 3))
    before = _cycle(settings, iid)
    kadis, now = people["kadis"], datetime.now(UTC)
    events = settings.topics.sop_events

    # straight to Kafka: the cycle is at step 4, and no draft v9 was ever made
    not_awaited = _forge(settings, events, c.SignatureRequested(iid, 1, kadis, now), iid)
    wrong_version = _forge(settings, events, c.SignatureRequested(iid, 9, kadis, now), iid)
    delivery = _forge(settings, events, c.DeliveryRequested(iid, 1, kadis, now), iid)
    paraf = _forge(settings, events, c.NotaInitialled(iid, 4, 1, people["kasie"], now), iid)
    for env in (not_awaited, wrong_version, delivery, paraf):
        assert "not queued by Pantau" in _refused(settings, "reporter", env)
    # even a request that is in the outbox is signed only if the cycle's stored state awaits it
    recorded = envelope(c.SignatureRequested(iid, 1, kadis, now), source="/pantau/workflow", subject=iid)
    produce_recorded(settings, events, recorded)
    assert "not awaiting step 6" in _refused(settings, "reporter", recorded)

    assert _signed(settings) == []
    assert query(settings.database_url, "SELECT 1 FROM reporter_deliveries") == []
    assert query(settings.database_url, "SELECT 1 FROM reporter_paraf") == []
    assert _announced(settings, "nota_signed") == 0
    assert _cycle(settings, iid) == before

    # the real flow still signs and delivers
    _command(settings, c.InitialNota(iid, people["kasie"], 4))
    _command(settings, c.InitialNota(iid, people["kabid"], 5))
    _command(settings, c.SignNota(iid, kadis, 6))
    _phase(settings, iid, 7, "menunggu_penyampaian")
    assert [d["version"] for d in _signed(settings)] == [1]
    _command(settings, c.DeliverNota(iid, kadis, 7))
    eventually(lambda: instance_row(settings, iid)["status"] == "selesai", what="delivered")
    assert len(query(settings.database_url, "SELECT 1 FROM reporter_paraf")) == 2


# --- the workflow: commands -----------------------------------------------------------------


def test_a_forged_command_in_the_kepala_dinas_name_changes_nothing(settings, people, workflow):
    iid = start_and_dispose(settings, people)
    _to_draft(settings, iid)
    produce_recorded(settings, settings.topics.documents, _drafted(iid, 1))  # as the reporter answers
    _phase(settings, iid, 3, "draf_siap")
    _command(settings, c.SubmitNota(iid, people["pelaksana"], 3))
    before = _cycle(settings, iid)
    commands = settings.topics.sop_commands

    # the Kepala Dinas's id on a step that does not await it, and the Kasie's on the one that does
    sign = _forge(settings, commands, c.SignNota(iid, people["kadis"], 6), iid)
    paraf = _forge(settings, commands, c.InitialNota(iid, people["kasie"], 4), iid)
    for env in (sign, paraf):
        assert "not queued by Pantau" in _refused(settings, "workflow.commands", env)
        assert answer(settings, env.id) is None  # not even a refusal is told to the forger
    assert _cycle(settings, iid) == before
    rejected = query(
        settings.database_url,
        "SELECT 1 FROM outbox WHERE topic = %s AND convert_from(payload, 'UTF8') LIKE '%%command_rejected%%'",
        (settings.topics.sop_events,),
    )
    assert rejected == []

    _command(settings, c.InitialNota(iid, people["kasie"], 4))  # the real paraf still counts
    assert instance_row(settings, iid)["step"] == 5


# --- the workflow: document answers ---------------------------------------------------------


def _drafted(iid: str, version: int) -> Envelope:
    payload = c.NotaDrafted(iid, version, 1, "a" * 64, datetime.now(UTC))
    return envelope(payload, source="pantau-reporter", subject=iid)


def _answer(payload: Any, iid: str) -> Envelope:
    return envelope(payload, source="pantau-reporter", subject=iid)


def test_forged_document_answers_change_nothing(settings, people, workflow):
    iid = start_and_dispose(settings, people)
    _to_draft(settings, iid)
    documents, now = settings.topics.documents, datetime.now(UTC)

    # a draft nobody asked the reporter for, written straight to its topic
    forged_draft = _forge(settings, documents, c.NotaDrafted(iid, 1, 1, "f" * 64, now), iid)
    assert "not queued by Pantau" in _refused(settings, "workflow.documents", forged_draft)
    assert instance_row(settings, iid)["phase"] == "menyusun_draf"

    produce_recorded(settings, documents, _drafted(iid, 1))
    _phase(settings, iid, 3, "draf_siap")
    _command(settings, c.SubmitNota(iid, people["pelaksana"], 3))
    _command(settings, c.InitialNota(iid, people["kasie"], 4))
    _command(settings, c.InitialNota(iid, people["kabid"], 5))
    _command(settings, c.SignNota(iid, people["kadis"], 6))
    _phase(settings, iid, 6, "menandatangani")
    before = _cycle(settings, iid)

    signed = c.NotaSigned(iid, 1, 2, "b" * 64, "Kepala Dinas", now, nomor="800/1")
    on_documents = _forge(settings, documents, signed, iid)
    on_commands = _forge(settings, settings.topics.sop_commands, signed, iid)
    on_status = _forge(settings, settings.topics.app_status, c.NotaDelivered(iid, 1, "email", "TT", now), iid)
    never_asked = _answer(c.NotaSigned(iid, 9, 2, "b" * 64, "Kepala Dinas", now), iid)
    produce_recorded(settings, documents, never_asked)
    assert "not queued by Pantau" in _refused(settings, "workflow.documents", on_documents)
    assert f"is not read from {settings.topics.sop_commands}" in _refused(settings, "workflow.commands", on_commands)
    assert f"is not read from {settings.topics.app_status}" in _refused(settings, "workflow.status", on_status)
    marker = _answer(c.DocumentFailed(iid, "draft", 9, "penanda", now), iid)  # after the v9 answer, same key
    produce_recorded(settings, documents, marker)
    eventually(lambda: query(settings.database_url, "SELECT 1 FROM processed_messages WHERE message_id = %s",
                             (marker.id,)), what="the answers after the forgeries")  # fmt: skip
    assert _cycle(settings, iid) == before
    assert query(settings.database_url, "SELECT 1 FROM follow_ups WHERE instance_id = %s", (iid,)) == []

    produce_recorded(settings, documents, _answer(signed, iid))  # the reporter's own answer
    _phase(settings, iid, 7, "menunggu_penyampaian")
    _command(settings, c.DeliverNota(iid, people["kadis"], 7))
    _phase(settings, iid, 7, "menyampaikan")
    before = _cycle(settings, iid)

    forged_receipt = _forge(settings, documents, c.NotaDelivered(iid, 1, "email", "TT-PALSU", now), iid)
    assert "not queued by Pantau" in _refused(settings, "workflow.documents", forged_receipt)
    other_version = _answer(c.NotaDelivered(iid, 9, "email", "TT-9", now), iid)
    produce_recorded(settings, documents, other_version)
    marker = _answer(c.DocumentFailed(iid, "draft", 9, "penanda", now), iid)
    produce_recorded(settings, documents, marker)
    eventually(lambda: query(settings.database_url, "SELECT 1 FROM processed_messages WHERE message_id = %s",
                             (marker.id,)), what="the answers after the forgeries")  # fmt: skip
    assert _cycle(settings, iid) == before

    produce_recorded(settings, documents, _answer(c.NotaDelivered(iid, 1, "email", "TT-1", now), iid))
    eventually(lambda: instance_row(settings, iid)["status"] == "selesai", what="delivered")
