"""Disposition, draft, paraf, signature and delivery through the worker; verification through the API."""

from __future__ import annotations

import asyncio
import io
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko_certvalidator import ValidationContext
from pypdf import PdfReader
from reporter_it import Seeded, publish, record_state, rows, run_worker_until

from pantau_contracts import decode
from pantau_contracts.sop import (
    DeliveryRequested,
    DispositionWritten,
    DraftRequested,
    NotaDelivered,
    NotaInitialled,
    NotaSigned,
    SignatureRequested,
)
from pantau_reporter.bootstrap import build_signer
from pantau_reporter.config import reporter_config
from pantau_reporter.web import create_app

pytestmark = pytest.mark.integration


def _text(content: bytes) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(content)).pages).split())


def _run_cycle(settings, seeded: Seeded) -> None:  # type: ignore[no-untyped-def]
    now = datetime.now(UTC)
    u = seeded.users
    i = seeded.instance_id
    events = [
        DispositionWritten(i, u["kasie"], u["pelaksana"], "proses_lebih_lanjut", "segera", "Segera periksa.", now),
        DraftRequested(i, 1, "", now),
        DraftRequested(i, 2, "Perbaikan setelah dikembalikan Kasie.", now + timedelta(minutes=5)),
        NotaInitialled(i, 4, 2, u["kasie"], now + timedelta(minutes=10)),
        NotaInitialled(i, 5, 2, u["kabid"], now + timedelta(minutes=20)),
        SignatureRequested(i, 2, u["kadis"], now + timedelta(minutes=30)),
    ]
    # The workflow's state as it asks for the signature, then for the delivery.
    paraf = ((4, "kasie", u["kasie"], True), (5, "kabid", u["kabid"], True))
    url = settings.database_url

    async def scenario() -> None:
        record_state(url, i, 6, "menandatangani", 2, *paraf, (6, "kadis", u["kadis"], False))
        await publish(settings, events, i)
        await run_worker_until(settings, lambda: bool(rows(url, "SELECT 1 FROM documents WHERE signed")), timeout=90)
        record_state(
            url, i, 7, "menyampaikan", 2, *paraf, (6, "kadis", u["kadis"], True), (7, "kadis", u["kadis"], False)
        )
        await publish(settings, [DeliveryRequested(i, 2, u["kadis"], now + timedelta(minutes=40))], i)
        await run_worker_until(settings, lambda: bool(rows(url, "SELECT 1 FROM reporter_deliveries")), timeout=90)

    asyncio.run(scenario())


@pytest.fixture
def cycle_done(settings, seeded: Seeded) -> Seeded:  # type: ignore[no-untyped-def]
    _run_cycle(settings, seeded)
    return seeded


def _doc(settings, kind: str, version: int, fmt: str = "pdf", signed: bool = False) -> dict:  # type: ignore[no-untyped-def]
    found = rows(
        settings.database_url,
        "SELECT * FROM documents WHERE kind=%s AND version=%s AND format=%s AND signed=%s",
        (kind, version, fmt, signed),
    )
    assert len(found) == 1
    return found[0]


def test_a_whole_cycle_produces_every_document_and_event(settings, cycle_done: Seeded) -> None:
    kinds = rows(settings.database_url, "SELECT kind, version, format, signed FROM documents ORDER BY id")
    assert [(k["kind"], k["version"], k["format"], k["signed"]) for k in kinds] == [
        ("lembar_disposisi", 1, "pdf", False),
        ("nota_dinas", 1, "pdf", False),
        ("nota_dinas", 1, "docx", False),
        ("nota_dinas", 2, "pdf", False),
        ("nota_dinas", 2, "docx", False),
        ("nota_dinas", 2, "pdf", True),
    ]
    v1, v2 = _doc(settings, "nota_dinas", 1), _doc(settings, "nota_dinas", 2)
    assert v1["nomor"] == v2["nomor"] and v1["sha256"] != v2["sha256"]
    payloads = [
        decode(bytes(r["payload"])).data
        for r in rows(
            settings.database_url,
            "SELECT payload FROM outbox WHERE topic = %s ORDER BY id",
            (settings.topics.documents,),
        )
    ]
    assert [type(p).__name__ for p in payloads] == [
        "NotaDrafted",
        "NotaDrafted",
        "NotaSigned",
        "NotaDelivered",
    ]
    signed_event = payloads[2]
    assert isinstance(signed_event, NotaSigned) and signed_event.signer == "Dr. Ir. Budi Santoso, M.Kom."
    delivered = payloads[3]
    assert isinstance(delivered, NotaDelivered) and delivered.channel == "kotak_masuk"
    inbox = Path(settings.data_dir) / "kotak-masuk-walikota"
    assert (inbox / f"{delivered.receipt}.pdf").read_bytes() == bytes(
        _doc(settings, "nota_dinas", 2, signed=True)["content"]
    )
    assert json.loads((inbox / f"{delivered.receipt}.json").read_text())["versi"] == 2


def test_the_lembar_disposisi_has_its_standard_fields(settings, cycle_done: Seeded) -> None:
    text = _text(bytes(_doc(settings, "lembar_disposisi", 1)["content"]))
    for field in (
        "LEMBAR DISPOSISI",
        "Surat dari",
        "Nomor surat",
        "Tanggal surat",
        "Diterima tanggal",
        "Nomor agenda",
        "Sifat",
        "Sangat Segera",
        "Rahasia",
        "Hal",
        "Diteruskan kepada",
        "Rina Oktaviani, A.Md.",
        "Tanggapan dan saran",
        "Proses lebih lanjut",
        "Koordinasi/konfirmasikan",
        "Catatan: Segera periksa.",
        "Paraf",
        "Andi Wijaya, S.T.",
    ):
        assert field in text, field


def test_the_paraf_are_signed_entries_over_the_initialled_draft(settings, cycle_done: Seeded) -> None:
    entries = rows(settings.database_url, "SELECT * FROM reporter_paraf ORDER BY step")
    draft = _doc(settings, "nota_dinas", 2)
    signer = build_signer(reporter_config(settings))
    assert [e["step"] for e in entries] == [4, 5]
    for e in entries:
        assert e["doc_sha256"] == draft["sha256"]
        assert signer.verify_statement(e["statement"].encode(), e["signature"])
        assert (
            not signer.verify_statement(e["statement"].replace('"step":4', '"step":5').encode(), e["signature"])
            or e["step"] == 5
        )


def test_the_signed_nota_validates_and_shows_the_paraf(settings, cycle_done: Seeded) -> None:
    signed = bytes(_doc(settings, "nota_dinas", 2, signed=True)["content"])
    sig = PdfFileReader(io.BytesIO(signed)).embedded_signatures[0]
    status = validate_pdf_signature(
        sig, ValidationContext(trust_roots=build_signer(reporter_config(settings)).trust_roots(), allow_fetching=False)
    )
    assert status.intact and status.valid and status.trusted and status.bottom_line
    text = _text(signed)
    assert "Paraf hierarki" in text and "Andi Wijaya, S.T." in text and "Siti Rahma, S.Kom., M.T." in text
    assert "Perbaikan setelah dikembalikan Kasie." in text
    assert "/verifikasi/" in text
    assert "Balai Sertifikasi Elektronik" not in text  # demo signer: no certified footer


def test_verification_api_accepts_the_signed_pdf_and_rejects_a_tampered_one(settings, cycle_done: Seeded) -> None:
    signed_row = _doc(settings, "nota_dinas", 2, signed=True)
    signed = bytes(signed_row["content"])
    client = create_app(settings).test_client()
    ok = client.post("/api/verifikasi", data={"file": (io.BytesIO(signed), "nota.pdf")}).get_json()
    assert ok["asli"] is True and ok["dokumen"]["versi"] == 2 and ok["dokumen"]["nomor"] == signed_row["nomor"]
    assert ok["penanda_tangan"] == "Dr. Ir. Budi Santoso, M.Kom." and ok["waktu_tanda_tangan"]

    flipped = bytearray(signed)
    flipped[len(flipped) // 3] ^= 0x01
    bad = client.post("/api/verifikasi", data={"file": (io.BytesIO(bytes(flipped)), "nota.pdf")}).get_json()
    assert bad["asli"] is False and "diubah" in bad["pesan"]

    writer = IncrementalPdfFileWriter(io.BytesIO(signed))
    writer.root["/Lang"] = writer.root.get("/Lang", "id")  # any later revision counts as a change
    writer.update_root()
    appended = io.BytesIO()
    writer.write(appended)
    later = client.post("/api/verifikasi", data=appended.getvalue(), content_type="application/pdf").get_json()
    assert later["asli"] is False

    draft = bytes(_doc(settings, "nota_dinas", 2)["content"])
    unsigned = client.post("/api/verifikasi", data={"file": (io.BytesIO(draft), "d.pdf")}).get_json()
    assert unsigned["asli"] is False and "belum ditandatangani" in unsigned["pesan"]


def test_the_qr_link_page_and_the_download_work(settings, cycle_done: Seeded) -> None:
    signed_row = _doc(settings, "nota_dinas", 2, signed=True)
    client = create_app(settings).test_client()
    page = client.get(f"/verifikasi/{signed_row['id']}")
    assert page.status_code == 200 and "DOKUMEN ASLI" in page.get_data(as_text=True)
    by_sha = client.get(f"/verifikasi/{signed_row['sha256']}")
    assert by_sha.status_code == 200
    download = client.get(f"/dokumen/{signed_row['id']}")
    assert download.data == bytes(signed_row["content"]) and download.mimetype == "application/pdf"
    draft = _doc(settings, "nota_dinas", 2)
    assert client.get(f"/dokumen/{draft['id']}").status_code == 404  # drafts are not public
    assert client.get(f"/verifikasi/{draft['id']}").status_code == 404
    assert client.get(f"/verifikasi/{draft['sha256']}").status_code == 200
    assert client.get("/verifikasi/999999").status_code == 404
