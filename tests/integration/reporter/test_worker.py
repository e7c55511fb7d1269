"""The reporter worker against the real Kafka and PostgreSQL."""

from __future__ import annotations

import asyncio
import io
import json
import uuid
from datetime import UTC, datetime

import pytest
from docx import Document
from pypdf import PdfReader
from reporter_it import Seeded, publish, record_state, rows, run_worker_until

from pantau_common.kafka import make_consumer, make_producer, start_client
from pantau_common.outbox import OutboxRelay
from pantau_contracts import decode
from pantau_contracts.sop import CycleStarted, DocumentFailed, DraftRequested, NotaDrafted
from pantau_contracts.topics import REPORTER
from pantau_reporter.core.dates import WIB

pytestmark = pytest.mark.integration


def _draft(seeded: Seeded, version: int = 1) -> DraftRequested:
    return DraftRequested(seeded.instance_id, version, "Mohon diperiksa.", datetime.now(UTC))


def _pdf_text(content: bytes) -> str:
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)
    return " ".join(text.split())


def _documents(url: str) -> list[dict]:
    return rows(url, "SELECT id, kind, version, format, nomor, sha256, content FROM documents ORDER BY id")


async def _relay_and_read(settings, topic: str, count: int) -> list:  # type: ignore[no-untyped-def]
    producer = make_producer(settings.kafka)
    await start_client(producer)
    relay = OutboxRelay(settings.database_url, producer, REPORTER)
    stop = asyncio.Event()
    task = asyncio.create_task(relay.run(stop))
    consumer = make_consumer(
        settings.kafka,
        topic,
        group_id=f"t-{uuid.uuid4().hex[:6]}",
        auto_offset_reset="earliest",
    )
    await consumer.start()
    got = []
    try:
        async with asyncio.timeout(30):
            while len(got) < count:
                for records in (await consumer.getmany(timeout_ms=500)).values():
                    got.extend(decode(r.value) for r in records)
    finally:
        stop.set()
        await task
        await consumer.stop()
        await producer.stop()
    return got


def test_draft_requested_stores_pdf_and_docx_and_announces_nota_drafted(settings, seeded: Seeded) -> None:
    draft = _draft(seeded)

    async def scenario() -> list:  # type: ignore[type-arg]
        await publish(settings, [draft], seeded.instance_id)
        await run_worker_until(settings, lambda: len(_documents(settings.database_url)) == 2)
        return await _relay_and_read(settings, settings.topics.documents, 1)

    events = asyncio.run(scenario())
    docs = _documents(settings.database_url)
    assert {(d["kind"], d["version"], d["format"]) for d in docs} == {
        ("nota_dinas", 1, "pdf"),
        ("nota_dinas", 1, "docx"),
    }
    pdf = next(d for d in docs if d["format"] == "pdf")
    drafted = events[0].data
    assert isinstance(drafted, NotaDrafted)
    assert (drafted.document_id, drafted.sha256, drafted.version) == (pdf["id"], pdf["sha256"], 1)
    text = _pdf_text(bytes(pdf["content"]))
    for name in (*seeded.app_names, *seeded.pd_names):
        assert name in text
    for word in ("Aktif", "Tidak aktif", "Update", "Tidak update", "Tidak ada hasil"):
        assert word in text
    # The nomor's year is Bekasi's: from 17:00 UTC on 31 December it is already the next one.
    assert pdf["nomor"].endswith(f"/{draft.at.astimezone(WIB).year}") and "/0001/" in pdf["nomor"]
    docx = Document(io.BytesIO(bytes(next(d for d in docs if d["format"] == "docx")["content"])))
    cells = " ".join(c.text for t in docx.tables for r in t.rows for c in r.cells)
    for name in seeded.app_names:
        assert name in cells


def test_the_same_message_twice_stores_one_set_of_documents(settings, seeded: Seeded) -> None:
    async def scenario() -> None:
        from pantau_contracts import envelope

        once = envelope(_draft(seeded), source="test", subject=seeded.instance_id)
        marker = CycleStarted(seeded.instance_id, "x", 1, "", (), datetime.now(UTC))
        ids = await publish(settings, [once, once, marker], seeded.instance_id)
        marker_id = ids[2]
        await run_worker_until(
            settings,
            lambda: bool(
                rows(
                    settings.database_url,
                    "SELECT 1 FROM processed_messages WHERE message_id = %s",
                    (marker_id,),
                )
            ),
        )

    asyncio.run(scenario())
    assert len(_documents(settings.database_url)) == 2
    assert len(rows(settings.database_url, "SELECT * FROM outbox WHERE topic = %s", (settings.topics.documents,))) == 1
    assert len(rows(settings.database_url, "SELECT * FROM reporter_nomor")) == 1


def test_a_malformed_message_is_dead_lettered_an_unknown_type_skipped_and_the_next_processed(
    settings, seeded: Seeded
) -> None:
    async def scenario() -> list:  # type: ignore[type-arg]
        future = json.dumps(
            {
                "specversion": "1.0",
                "id": "f-1",
                "source": "workflow",
                "time": "2026-11-23T00:00:00Z",
                "type": "id.go.bekasikota.pantau.sop.something_new.v9",
                "data": {},
            }
        ).encode()
        await publish(settings, [future, b"{not json", _draft(seeded)], seeded.instance_id)
        await run_worker_until(settings, lambda: len(_documents(settings.database_url)) == 2)
        consumer = make_consumer(
            settings.kafka,
            settings.topics.dead_letter,
            group_id=f"t-{uuid.uuid4().hex[:6]}",
            auto_offset_reset="earliest",
        )
        await consumer.start()
        try:
            async with asyncio.timeout(20):
                while True:
                    batch = await consumer.getmany(timeout_ms=500)
                    found = [r for records in batch.values() for r in records]
                    if found:
                        return found
        finally:
            await consumer.stop()

    dead = asyncio.run(scenario())
    assert dead[0].value == b"{not json"  # the valid event of an unknown type before it was skipped
    headers = dict(dead[0].headers)
    assert headers["pantau-consumer"] == b"reporter"
    assert b"JSON" in headers["pantau-reason"]


def test_an_event_that_keeps_failing_is_dead_lettered_with_the_reason(settings, seeded: Seeded) -> None:
    from pantau_contracts.sop import SignatureRequested

    async def scenario() -> list:  # type: ignore[type-arg]
        kadis = seeded.users["kadis"]
        orphan = SignatureRequested(seeded.instance_id, 7, kadis, datetime.now(UTC))
        # the workflow awaits the signature of a version the reporter never drafted
        record_state(settings.database_url, seeded.instance_id, 6, "menandatangani", 7, (6, "kadis", kadis, False))
        await publish(settings, [orphan, _draft(seeded)], seeded.instance_id)
        await run_worker_until(settings, lambda: len(_documents(settings.database_url)) == 2)
        consumer = make_consumer(
            settings.kafka,
            settings.topics.dead_letter,
            group_id=f"t-{uuid.uuid4().hex[:6]}",
            auto_offset_reset="earliest",
        )
        await consumer.start()
        try:
            async with asyncio.timeout(20):
                while True:
                    found = [r for rs in (await consumer.getmany(timeout_ms=500)).values() for r in rs]
                    if found:
                        return found
        finally:
            await consumer.stop()

    dead = asyncio.run(scenario())
    reason = dict(dead[0].headers)["pantau-reason"].decode()
    assert "MissingDataError" in reason and "v7" in reason
    recorded = rows(settings.database_url, "SELECT consumer, reason FROM dead_letters")
    assert recorded and recorded[0]["consumer"] == "reporter"
    assert not rows(settings.database_url, "SELECT 1 FROM documents WHERE signed")
    # the workflow hears of it, so the Kepala Dinas can sign again instead of waiting forever
    queued = [decode(bytes(r["payload"])) for r in rows(settings.database_url, "SELECT payload FROM outbox")]
    (failed,) = [e.data for e in queued if isinstance(e.data, DocumentFailed)]
    assert (failed.request, failed.version) == ("signature", 7) and "MissingDataError" in failed.reason
