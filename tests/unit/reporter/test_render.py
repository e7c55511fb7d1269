"""The nota dinas as PDF and DOCX: every required part, numbers that match, F4 pages."""

from __future__ import annotations

import dataclasses
import io
import re
from functools import cache

import pytest
from docx import Document
from pypdf import PdfReader
from reporter_samples import KADIS, inputs

from pantau_contracts.definition import load_definition
from pantau_reporter.core.model import NotaDinas, build_nota
from pantau_reporter.render.docx import nota_docx
from pantau_reporter.render.typeset import nota_pdf

BSRE = "Dokumen ini telah ditandatangani secara elektronik menggunakan sertifikat elektronik"
HEAD = (
    "PEMERINTAH KOTA BEKASI",
    "DINAS KOMUNIKASI, INFORMATIKA, STATISTIK DAN PERSANDIAN",
    "NOTA DINAS",
    "Nomor: 800.1.11.1/0007/Diskominfostandi/XI/2026",
    "Kepada",
    "Yth. Wali Kota Bekasi",
    "Dari",
    "Tembusan",
    "Sekretaris Daerah Kota Bekasi",
    "Tanggal",
    "23 November 2026",
    "Sifat",
    "Lampiran",
    "1 (satu) berkas",
    "Hal",
    "Laporan Hasil Monitoring dan Evaluasi Aplikasi Perangkat Daerah",
)
SIGNATURE = (KADIS.nama, KADIS.pangkat, f"NIP. {KADIS.nip}", "KEPALA DINAS KOMUNIKASI")


@cache
def _nota(paraf: bool = True) -> NotaDinas:
    return build_nota(inputs(12, paraf=paraf))


@cache
def _pdf(paraf: bool = True) -> bytes:
    return nota_pdf(_nota(paraf))


def _flat(text: str) -> str:
    """Return the words of ``text`` on one line (a line broken after a hyphen joins again)."""
    return re.sub(r"(?<=\w-) (?=\w)", "", " ".join(text.split()))


def _pdf_text(pdf: bytes) -> str:
    return _flat(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages))


def _docx_text(data: bytes) -> str:
    doc = Document(io.BytesIO(data))
    parts = [p.text for p in doc.paragraphs]
    parts += [c.text for t in doc.tables for r in t.rows for c in r.cells]
    return _flat(" ".join(parts))


def _required(nota: NotaDinas) -> list[str]:
    s = nota.summary
    basis = [_flat(b) for b in load_definition().legal_basis]
    figures = [
        f"Aplikasi diperiksa {s.checked}",
        f"Aplikasi aktif {s.aktif}",
        f"Aplikasi tidak aktif {s.tidak_aktif}",
        f"Konten update {s.update}",
        f"Konten tidak update {s.tidak_update}",
        f"Login gagal {s.login_gagal}",
        f"Temuan keamanan (tinggi/kritis) {s.temuan} ({s.temuan_berat})",
    ]
    return [*HEAD, *basis, *figures, *SIGNATURE, "Demikian disampaikan", "LAMPIRAN NOTA DINAS"]


def test_pdf_has_every_required_part_and_matching_numbers() -> None:
    text = _pdf_text(_pdf())
    for part in _required(_nota()):
        assert part in text, part


def test_pdf_lampiran_lists_every_application_with_its_pd_and_status() -> None:
    text = _pdf_text(_pdf())
    for row in _nota().rows:
        assert row.app_nama in text and row.pd_nama in text and row.url in text


def test_pdf_findings_and_tindak_lanjut_are_addressed_per_pd() -> None:
    text = _pdf_text(_pdf())
    for pd in _nota().per_pd:
        assert f"Kepada: {pd.pd_nama}" in text
    for item in _nota().tindak_lanjut:
        assert _flat(item.masalah) in text


def test_pdf_paraf_are_on_the_signature_page_with_date_and_time() -> None:
    reader = PdfReader(io.BytesIO(_pdf()))
    signature_page = next(_flat(p.extract_text()) for p in reader.pages if KADIS.nama in p.extract_text())
    assert "Paraf hierarki" in signature_page
    assert "Andi Wijaya, S.T." in signature_page and "Siti Rahma, S.Kom., M.T." in signature_page
    assert "23 November 2026, 14.05 WIB" in signature_page


def test_pdf_is_f4_with_page_numbers() -> None:
    reader = PdfReader(io.BytesIO(_pdf()))
    first = reader.pages[0].mediabox
    assert round(float(first.width) / 72 * 25.4) == 215 and round(float(first.height) / 72 * 25.4) == 330
    total = len(reader.pages)
    assert f"Halaman 1 dari {total}" in _flat(reader.pages[0].extract_text())


def test_the_bsre_footer_appears_only_for_a_certified_signer() -> None:
    demo = dataclasses.replace(_nota(), verify_url="https://pantau/verifikasi/1")
    certified = dataclasses.replace(demo, certified_footer=True)
    assert BSRE not in _pdf_text(nota_pdf(demo))
    assert BSRE in _pdf_text(nota_pdf(certified))


def test_docx_has_the_same_content() -> None:
    text = _docx_text(nota_docx(_nota()))
    for part in _required(_nota()):
        if (
            part.startswith("Aplikasi diperiksa")
            or "Temuan keamanan" in part
            or part.startswith(("Aplikasi ", "Konten ", "Login"))
        ):
            continue  # figures sit in table cells; checked below
        assert part in text, part
    for row in _nota().rows:
        assert row.app_nama in text and row.pd_nama in text and row.status in text
    doc = Document(io.BytesIO(nota_docx(_nota())))
    figures = {r.cells[0].text: r.cells[1].text for r in doc.tables[1].rows}
    assert figures["Aplikasi aktif"] == str(_nota().summary.aktif)
    assert figures["Konten tidak update"] == str(_nota().summary.tidak_update)


def test_docx_is_f4_with_official_margins() -> None:
    section = Document(io.BytesIO(nota_docx(_nota()))).sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (215, 330)
    assert round(section.left_margin.mm) >= 30 and round(section.right_margin.mm) >= 20
    assert round(section.bottom_margin.mm) >= 25


@pytest.mark.parametrize(
    "hostile", ["<script>alert(1)</script>", "A & B <b>", '#panic("x") *tebal* _miring_ $x$ <label> @ref \\ `kode`']
)
def test_names_are_printed_as_written_never_read_as_markup(hostile: str) -> None:
    nota = build_nota(dataclasses.replace(inputs(1), catatan=hostile))
    assert f"Catatan Pelaksana: {hostile}" in _pdf_text(nota_pdf(nota))


def test_a_page_text_xml_cannot_hold_is_dropped_and_markup_stays_text() -> None:
    # A finding quotes the page; a hostile page can carry control characters and markup.
    nota = _nota()
    hostile = "Teks <b>judi</b> & \x0bslot\x01 gacor\ufffe"
    rows = (dataclasses.replace(nota.rows[0], temuan=hostile), *nota.rows[1:])
    tricked = dataclasses.replace(nota, rows=rows)
    doc = Document(io.BytesIO(nota_docx(tricked)))
    cells = [c.text for r in doc.tables[-1].rows for c in r.cells]
    assert "Teks <b>judi</b> & slot gacor" in cells
    assert "judi" in _pdf_text(nota_pdf(tricked))
