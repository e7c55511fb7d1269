"""The nota as the demo makes it: no page carries only a footnote; the previous cycle's follow-ups,
the false positives set aside and short evidence, in the PDF and the DOCX alike."""

from __future__ import annotations

import dataclasses
import hashlib
import io
import re
from datetime import UTC, datetime, timedelta
from functools import cache

import pytest
from docx import Document
from pypdf import PdfReader
from reporter_demo import HTML_EVIDENCE, demo_inputs

from pantau_reporter.core.followups import FollowUpRecord
from pantau_reporter.core.model import NotaDinas, build_nota
from pantau_reporter.render.docx import nota_docx
from pantau_reporter.render.typeset import nota_pdf

VERIFY = "https://pantau.test/verifikasi/12"
# What the page margins print on every page: the document, the paraf and the page number.
MARGINS = re.compile(r"Nota Dinas \S+ · versi \d+|Paraf: .*?✓(?= Halaman)|Halaman \d+ dari \d+|✓")
FOOTNOTES = ("Ditandatangani secara elektronik (sertifikat demo", "Dokumen ini telah ditandatangani secara elektronik")
RAW = re.compile(r"\b(judi_online\w*|cloaking_googlebot|domain_bukan_go_id|tidak_aktif|tidak_update|login_gagal|"
                 r"dibuka_kembali|ditanggapi|http_5xx)\b|(?<!\()sitemap\.xml")  # fmt: skip
T0 = datetime(2026, 10, 2, 3, 0, tzinfo=UTC)


def _previous() -> tuple[FollowUpRecord, ...]:
    base = FollowUpRecord(
        "f1", "i", "2026-10-01", "800.1.11.1/0003/Diskominfostandi/X/2026", "dinkes-puskesmas",
        "Sistem Informasi Puskesmas", "dinkes", "Dinas Kesehatan", "tidak_aktif", "ketersediaan", "tinggi",
        "selesai", T0, T0 + timedelta(days=3), closed_at=T0 + timedelta(days=1),
    )  # fmt: skip
    return (
        base,
        dataclasses.replace(base, id="f2", app_nama="Website Dinas Pendidikan", pd_nama="Dinas Pendidikan",
                            code="judi_online", category="keamanan", state="ditanggapi", terlambat=True,
                            dibuka_kembali=True, closed_at=None),
        dataclasses.replace(base, id="f3", app_nama="e-BPHTB", pd_nama="Badan Pendapatan Daerah",
                            code="login_gagal", state="ditutup"),
    )  # fmt: skip


def _flat(text: str) -> str:
    return " ".join(text.split())


def _body(page_text: str) -> str:
    """Return what a page says besides its margins and the signature's footnote."""
    text = MARGINS.sub(" ", _flat(page_text))
    for note in FOOTNOTES:
        text = text.split(note)[0]
    return text.strip()


@cache
def _register_nota() -> NotaDinas:
    cloaking = (
        "hanya untuk Googlebot: slot gacor, togel: \u201cdaftar situs slot gacor dan togel online terpercaya\u201d"
    )
    aside = frozenset({("dinsos-web", "cloaking_googlebot", hashlib.sha256(cloaking.encode()).hexdigest())})
    return build_nota(demo_inputs(sebelumnya=_previous(), set_aside=aside))


@cache
def _register_pdf_text() -> str:
    pdf = nota_pdf(_register_nota())
    return _flat(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages))


def _docx_text(data: bytes) -> str:
    doc = Document(io.BytesIO(data))
    parts = [p.text for p in doc.paragraphs] + [c.text for t in doc.tables for r in t.rows for c in r.cells]
    return _flat(" ".join(parts))


@pytest.mark.parametrize("catatan", [0, 1, 9])
def test_no_page_of_the_demo_nota_holds_only_a_footnote(catatan: int) -> None:
    note = "Mohon arahan atas temuan keamanan. " * catatan
    nota = build_nota(demo_inputs(verify_url=VERIFY, catatan=note))
    pages = PdfReader(io.BytesIO(nota_pdf(nota))).pages
    assert len(pages) >= 6
    for number, page in enumerate(pages, 1):
        assert _body(page.extract_text()), f"page {number} of {len(pages)} has nothing but its footer"


def test_the_signatures_footnote_is_on_the_signature_page() -> None:
    nota = build_nota(demo_inputs(verify_url=VERIFY))
    pages = [_flat(p.extract_text()) for p in PdfReader(io.BytesIO(nota_pdf(nota))).pages]
    (signature_page,) = [p for p in pages if nota.signer.nama in p and "NIP." in p]
    assert FOOTNOTES[0] in signature_page


def test_the_pdf_lists_the_previous_cycles_follow_ups_with_their_state() -> None:
    text = _register_pdf_text()
    assert "Tindak Lanjut Siklus Sebelumnya (siklus 2026-10-01, Nota Dinas Nomor 800.1.11.1/0003/" in text
    assert (
        "Dari 3 tindak lanjut, 1 telah selesai diperbaiki, 1 ditutup oleh Kepala Seksi, dan 1 masih terbuka; "
        "1 melewati batas waktu dan 1 dibuka kembali" in text
    )
    assert "Website Dinas Pendidikan konten judi online tersisip Ditanggapi Terlambat, Dibuka kembali" in text
    assert "Sistem Informasi Puskesmas aplikasi tidak aktif Selesai -" in text
    assert "login ke aplikasi gagal Ditutup" in text


def test_the_pdf_tells_how_many_findings_were_set_aside_and_lists_none_of_them() -> None:
    text = _register_pdf_text()
    assert "Sebanyak 1 temuan dinyatakan positif palsu oleh Pelaksana" in text
    assert "mesin pencari (cloaking)" not in text
    assert _register_nota().summary.temuan == 4


def test_the_pdf_quotes_a_short_excerpt_of_the_evidence_and_no_raw_code() -> None:
    text = _register_pdf_text()
    assert RAW.search(text) is None, RAW.search(text)
    assert "position:absolute" not in text and "<div" not in text and "href=" not in text
    assert HTML_EVIDENCE not in text
    bukti = re.findall(r"Bukti: \u201c(.*?)\u201d", text)
    assert bukti and all(len(b) <= 125 for b in bukti)


def test_the_docx_has_the_previous_cycle_and_the_false_positives_too() -> None:
    text = _docx_text(nota_docx(_register_nota()))
    assert "5. Tindak Lanjut Siklus Sebelumnya (siklus 2026-10-01" in text
    assert "Dari 3 tindak lanjut, 1 telah selesai diperbaiki" in text
    assert "Ditanggapi Terlambat, Dibuka kembali" in text
    assert "Sebanyak 1 temuan dinyatakan positif palsu oleh Pelaksana" in text
    assert RAW.search(text) is None and "position:absolute" not in text


def test_a_nota_without_a_previous_cycle_has_no_such_section() -> None:
    nota = build_nota(demo_inputs())
    assert "Tindak Lanjut Siklus Sebelumnya" not in _docx_text(nota_docx(nota))
    assert "Tindak Lanjut Siklus Sebelumnya" not in _flat(
        " ".join(p.extract_text() for p in PdfReader(io.BytesIO(nota_pdf(nota))).pages)
    )
