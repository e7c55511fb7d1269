"""The follow-up register in PostgreSQL, read into the nota, the Wali Kota report and the dashboards."""

from __future__ import annotations

import io
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from docx import Document
from pypdf import PdfReader
from reporter_it import Seeded, insert_follow_up, record_state, rows, seed_register

from pantau_common.db import connect
from pantau_contracts import decode, envelope
from pantau_contracts.sop import DraftRequested, NotaSigned, SignatureRequested
from pantau_reporter.bootstrap import build_reporter
from pantau_reporter.core.dates import WIB
from pantau_reporter.core.followups import FollowUpRecord
from pantau_reporter.store_pg import postgres_repositories
from pantau_reporter.web import create_app

pytestmark = pytest.mark.integration
JAN = datetime(2026, 1, 5, 2, 0, tzinfo=UTC)


def _text(content: bytes) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(content)).pages).split())


def _apply(settings: Any, *events: Any) -> None:
    reporter = build_reporter(settings)
    for event in events:
        if isinstance(event, SignatureRequested):  # as the workflow stores it when the Kepala Dinas signs
            visit = (6, "kadis", event.by, False)
            record_state(settings.database_url, event.instance_id, 6, "menandatangani", event.version, visit)
        with connect(settings.database_url) as conn:
            reporter.handle(postgres_repositories(conn), envelope(event, source="t", subject=event.instance_id))


def _document(settings: Any, fmt: str, *, signed: bool) -> dict[str, Any]:
    (doc,) = rows(
        settings.database_url,
        "SELECT * FROM documents WHERE kind = 'nota_dinas' AND format = %s AND signed = %s",
        (fmt, signed),
    )
    return doc


def test_the_nota_reports_the_previous_cycle_and_leaves_out_false_positives(settings, seeded: Seeded) -> None:
    seed_register(settings.database_url, seeded)
    now, iid = datetime.now(UTC), seeded.instance_id
    _apply(settings, DraftRequested(iid, 1, "", now), SignatureRequested(iid, 1, seeded.users["kadis"], now))
    for text in (
        _text(bytes(_document(settings, "pdf", signed=False)["content"])),
        _text(bytes(_document(settings, "pdf", signed=True)["content"])),
    ):
        assert "Tindak Lanjut Siklus Sebelumnya" in text
        assert (
            "Dari 5 tindak lanjut, 2 telah selesai diperbaiki, 1 ditutup oleh Kepala Seksi, dan 2 masih terbuka; "
            "2 melewati batas waktu dan 1 dibuka kembali" in text
        )
        assert "Portal Kebencanaan konten judi online tersisip Ditanggapi Terlambat, Dibuka kembali" in text
        assert "Sebanyak 1 temuan dinyatakan positif palsu oleh Pelaksana" in text
        assert "slot gacor" not in text  # the portal's finding, set aside, is not listed
        assert "judi_online" not in text and "dibuka_kembali" not in text
    docx = Document(io.BytesIO(bytes(_document(settings, "docx", signed=False)["content"])))
    cells = " ".join(c.text for t in docx.tables for r in t.rows for c in r.cells)
    assert "Ditanggapi" in cells and "Terlambat, Dibuka kembali" in cells


def test_nota_signed_carries_the_nomor_of_the_nota(settings, seeded: Seeded) -> None:
    now, iid = datetime.now(UTC), seeded.instance_id
    _apply(settings, DraftRequested(iid, 1, "", now), SignatureRequested(iid, 1, seeded.users["kadis"], now))
    payloads = [decode(bytes(r["payload"])).data for r in rows(settings.database_url, "SELECT payload FROM outbox")]
    (announced,) = [p for p in payloads if isinstance(p, NotaSigned)]
    assert announced.nomor == _document(settings, "pdf", signed=True)["nomor"]
    assert announced.nomor.startswith("800.1.11.1/0001/Diskominfostandi/")


def _follow_up(seeded: Seeded, app_id: str, pd_id: str, code: str, category: str, **kw: Any) -> FollowUpRecord:
    values: dict[str, Any] = {
        "state": "terbuka",
        "opened_at": JAN,
        "due_at": JAN + timedelta(days=7),
        **kw,
    }
    return FollowUpRecord(
        str(uuid.uuid4()), seeded.instance_id, "", "", app_id, "", pd_id, "", code, category, "tinggi", **values
    )


def _january_register(url: str, seeded: Seeded) -> None:
    fixed = {"state": "selesai"}
    with connect(url) as conn:
        for record in (
            _follow_up(seeded, "antrian-capil", "disdukcapil", "tidak_aktif", "ketersediaan", **fixed,
                       closed_at=JAN + timedelta(days=2)),
            _follow_up(seeded, "ebphtb", "bapenda", "tidak_aktif", "ketersediaan", **fixed,
                       closed_at=JAN + timedelta(days=4)),
            _follow_up(seeded, "ebphtb", "bapenda", "login_gagal", "ketersediaan"),
            _follow_up(seeded, "ebphtb", "bapenda", "tidak_update", "konten", due_at=JAN + timedelta(days=60)),
            _follow_up(seeded, "sipd-bpbd", "bpbd", "judi_online", "keamanan", state="ditanggapi"),
        ):  # fmt: skip
            insert_follow_up(conn, record)


def test_the_wali_kota_report_reads_open_late_and_fix_times_from_the_register(settings, seeded: Seeded) -> None:
    _january_register(settings.database_url, seeded)
    reply = create_app(settings).test_client().get("/laporan/walikota?bulan=2026-01")
    assert reply.status_code == 200
    text = _text(reply.data)
    assert "3 tindak lanjut terbuka, 2 melewati batas waktu" in text
    assert "terdapat 3 tindak lanjut yang belum selesai, 2 di antaranya melewati batas waktu" in text
    assert "1 Badan Pendapatan Daerah 2 1" in text and "Badan Penanggulangan Bencana Daerah 1 1" in text
    assert "E-BPHTB login ke aplikasi gagal Terbuka 5 Januari 2026 12 Januari 2026 Terlambat" in text
    assert "Waktu perbaikan per jenis masalah" in text
    assert "Ketersediaan 2 3 hari" in text and "aplikasi tidak aktif 2 3 hari" in text
    assert "tidak_aktif" not in text and "ditanggapi" not in text


def test_the_wali_kota_report_lists_no_follow_up_the_register_does_not_hold(settings, seeded: Seeded) -> None:
    month = datetime.now(WIB).strftime("%Y-%m")  # this month as in Bekasi, which the page reads
    text = _text(create_app(settings).test_client().get(f"/laporan/walikota?bulan={month}").data)
    assert "Tidak ada tindak lanjut yang terbuka." in text  # the latest check's problems are not follow-ups
    assert "0 tindak lanjut terbuka" in text
    assert "Belum ada tindak lanjut yang selesai diperbaiki pada bulan ini." in text


def test_the_dashboards_read_the_register(settings, seeded: Seeded) -> None:
    _january_register(settings.database_url, seeded)
    client = create_app(settings).test_client()
    city = client.get("/dasbor").get_data(as_text=True)
    assert "tindak lanjut terbuka" in city and "tindak lanjut melewati batas waktu" in city
    assert '<td class="n">2</td><td class="n bad">2</td>' in city  # Bapenda: 2 open, both late by now
    assert "Waktu perbaikan (median) per jenis masalah" in city and "3 hari" in city
    pd = client.get("/dasbor/pd/bapenda").get_data(as_text=True)
    assert "login ke aplikasi gagal" in pd and "konten aplikasi tidak diperbarui" in pd and "Terlambat" in pd
    assert "Portal Kebencanaan" not in pd.split("Tindak lanjut terbuka")[1]  # another department's follow-up
    assert "login_gagal" not in pd and "ditanggapi" not in city
