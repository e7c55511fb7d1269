"""The follow-up register in a real workflow process: real Kafka, PostgreSQL and an SMTP server.

A redelivered status event must close nothing twice and send nothing twice; an answer from the
department must be checked again at once; the workflow's own notifier delivers the mail.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email import message_from_bytes, policy
from pathlib import Path

import psycopg
import pytest
from aiosmtpd.controller import Controller
from pantau_testing import (
    BIN,
    answer,
    consume,
    eventually,
    free_port,
    produce,
    query,
    running,
    start_and_dispose,
    status_event,
    workflow_env,
)

from pantau_common import outbox
from pantau_common.settings import Settings
from pantau_contracts import decode, encode, envelope
from pantau_contracts.followup import AnswerFollowUp
from pantau_contracts.status import CheckRequested

pytestmark = pytest.mark.integration
CONTACT = "it@dinkes.bekasikota.go.id"


class MailBox:
    """An aiosmtpd handler keeping every message it is given."""

    def __init__(self) -> None:
        self.mails: list[tuple[list[str], bytes]] = []

    async def handle_DATA(self, server, session, envelope) -> str:
        self.mails.append((list(envelope.rcpt_tos), envelope.content))
        return "250 2.0.0 Ok: queued"

    def subjects(self) -> list[str]:
        return [str(message_from_bytes(content, policy=policy.default)["Subject"]) for _, content in self.mails]


@pytest.fixture
def mailbox() -> Iterator[tuple[MailBox, int]]:
    box = MailBox()
    port = free_port()
    controller = Controller(box, hostname="127.0.0.1", port=port)
    controller.start()
    yield box, port
    controller.stop()


@pytest.fixture
def notifying_workflow(settings: Settings, mailbox, tmp_path: Path, web_relay):
    _, port = mailbox
    env = workflow_env(settings) | {
        "PANTAU_NOTIFY_SMTP_HOST": "127.0.0.1",
        "PANTAU_NOTIFY_SMTP_PORT": str(port),
        "PANTAU_NOTIFY_SMTP_FROM": "Pantau Diskominfostandi <pantau@bekasikota.go.id>",
        "PANTAU_NOTIFY_SMTP_STARTTLS": "off",
        "PANTAU_NOTIFY_POLL_S": "0.2",
    }
    with running([str(BIN / "pantau-workflow")], env, tmp_path / "workflow.log") as proc:
        yield proc


def open_follow_up(settings: Settings, instance_id: str) -> str:
    """Put an open follow-up of app-0 (down) in the register, as a signed nota would, and a contact."""
    fid = str(uuid.uuid4())
    now = datetime.now(UTC)
    query(
        settings.database_url,
        "INSERT INTO follow_ups (id, instance_id, app_id, pd_id, code, category, severity, evidence, nota_nomor,"
        " state, opened_at, due_at) VALUES (%s, %s, 'app-0', 'dinkes', 'tidak_aktif', 'ketersediaan', 'tinggi',"
        " 'http_5xx', '500/1/Diskominfostandi', 'terbuka', %s, %s) RETURNING id",
        (fid, instance_id, now, now + timedelta(hours=24)),
    )
    query(
        settings.database_url,
        "INSERT INTO contacts (pd_id, channel, address, nama) VALUES ('dinkes', 'email', %s, 'Tim TI') RETURNING id",
        (CONTACT,),
    )
    return fid


def processed(settings: Settings, event_id: str) -> bool:
    return bool(query(settings.database_url, "SELECT 1 FROM check_results WHERE event_id = %s", (event_id,)))


def test_a_redelivered_status_event_closes_nothing_twice_and_sends_nothing_twice(
    settings, people, mailbox, notifying_workflow
):
    box, _ = mailbox
    fid = open_follow_up(settings, start_and_dispose(settings, people))
    first, second = status_event("app-0", None), status_event("app-0", None)
    topic = settings.topics.app_status
    produce(settings.kafka, topic, (b"app-0", encode(first)), (b"app-0", encode(second)))
    produce(settings.kafka, topic, (b"app-0", encode(second)))  # the same event again
    marker = status_event("app-0", None)
    produce(settings.kafka, topic, (b"app-0", encode(marker)))
    eventually(lambda: processed(settings, marker.id), what="the marker event processed")

    (row,) = query(settings.database_url, "SELECT state, closed_by_event FROM follow_ups WHERE id = %s", (fid,))
    assert (row["state"], row["closed_by_event"]) == ("selesai", second.id)
    history = query(settings.database_url, "SELECT change FROM follow_up_history WHERE follow_up_id = %s", (fid,))
    assert [h["change"] for h in history] == ["selesai"]
    sent = eventually(
        lambda: query(settings.database_url, "SELECT 1 FROM notifications WHERE sent_at IS NOT NULL") or None,
        what="the notifier sends",
    )
    assert sent
    rows = query(settings.database_url, "SELECT address, subject, sent_at FROM notifications")
    assert len(rows) == 1 and rows[0]["address"] == CONTACT and rows[0]["sent_at"] is not None
    eventually(lambda: box.mails or None, what="the mail at the SMTP server")
    assert box.subjects() == ["[Pantau] Tindak lanjut selesai: Aplikasi 0"]
    recipients, content = box.mails[0]
    text = message_from_bytes(content, policy=policy.default).get_body(("plain",)).get_content()
    assert recipients == [CONTACT] and "Perbaikan telah terbukti" in text and "Dinas Kesehatan" in text
    assert "sandi-" not in text and "tidak_aktif" not in text


def test_an_answer_from_the_department_is_checked_again_at_once(settings, people, notifying_workflow):
    fid = open_follow_up(settings, start_and_dispose(settings, people))
    query(
        settings.database_url,
        "INSERT INTO users (username, nama, role, pd_id, password_hash) VALUES"
        " ('operator.dinkes', 'Operator Dinkes', 'operator_pd', 'dinkes', 'x') RETURNING id",
    )
    (operator,) = query(settings.database_url, "SELECT id FROM users WHERE username = 'operator.dinkes'")
    command = envelope(
        AnswerFollowUp(fid, operator["id"], "Server sudah dinyalakan ulang."), source="/test/web", subject=fid
    )
    with psycopg.connect(settings.database_url) as conn:
        outbox.add(conn, command, settings.topics.sop_commands, fid)
    command_id = command.id
    reply = eventually(lambda: answer(settings, command_id), what="the answer's reply")
    assert reply["accepted"] and reply["instance_id"] is None

    def rechecks() -> list[CheckRequested] | None:
        records = consume(settings.kafka, settings.topics.check_requests, want=100, timeout=2)
        asked = [decode(r.value).data for r in records]
        return [a for a in asked if a.cycle_id is None] or None  # the cycle's own round has its id

    assert [r.app_id for r in eventually(rechecks, what="the re-check request")] == ["app-0"]
    (row,) = query(settings.database_url, "SELECT state FROM follow_ups WHERE id = %s", (fid,))
    assert row["state"] == "ditanggapi"
