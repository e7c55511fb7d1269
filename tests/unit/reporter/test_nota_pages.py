"""The nota's pages as a reader sees them, rendered to PNG (poppler's pdftoppm) and read as text:
the letter on F4 portrait, the Lampiran on F4 landscape with its table header on every page, every
application once, and no page that holds only a signature or only its footnote."""

from __future__ import annotations

import dataclasses
import io
import subprocess
from functools import cache
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader
from reporter_samples import KADIS, inputs

from pantau_reporter.core.model import NotaDinas, build_nota
from pantau_reporter.render.typeset import nota_pdf

DPI = 40
MM = DPI / 25.4
HEADER = "No Aplikasi URL Status Login Konten Perubahan terakhir Temuan"
HEADER_GREY = 0xE8  # table.header fill in templates/nota_dinas.typ
FOOTNOTE = "Ditandatangani secara elektronik (sertifikat demo"


@cache
def _nota() -> NotaDinas:
    """Return a nota long enough for several letter pages and several Lampiran pages."""
    return build_nota(dataclasses.replace(inputs(120, paraf=True), verify_url="https://pantau.test/verifikasi/7"))


@cache
def _pdf() -> bytes:
    return nota_pdf(_nota())


@cache
def _texts() -> tuple[str, ...]:
    return tuple(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(_pdf())).pages)


@cache
def _landscape() -> tuple[bool, ...]:
    return tuple(p.mediabox.width > p.mediabox.height for p in PdfReader(io.BytesIO(_pdf())).pages)


@pytest.fixture(scope="module")
def pngs(tmp_path_factory: pytest.TempPathFactory) -> list[Image.Image]:
    """Return every page as a grey PNG, as poppler draws it."""
    folder = tmp_path_factory.mktemp("pages")
    (folder / "nota.pdf").write_bytes(_pdf())
    subprocess.run(["pdftoppm", "-gray", "-r", str(DPI), "-png", "nota.pdf", "page"], cwd=folder, check=True)
    return [_load(p) for p in sorted(Path(folder).glob("page-*.png"))]


def _load(path: Path) -> Image.Image:
    with Image.open(path) as image:
        return image.convert("L")


def _grey_rows(page: Image.Image, grey: int) -> list[int]:
    """Return the pixel rows that are, over most of the printed width, filled with ``grey``."""
    left, right = round(30 * MM), page.width - round(20 * MM)
    rows = []
    for y in range(page.height):
        counts = page.crop((left, y, right, y + 1)).histogram()
        if sum(counts[grey - 2 : grey + 3]) > 0.6 * (right - left):
            rows.append(y)
    return rows


def test_the_letter_is_f4_portrait_and_the_lampiran_f4_landscape_with_page_numbers() -> None:
    reader = PdfReader(io.BytesIO(_pdf()))
    sizes = [
        (round(float(p.mediabox.width) / 72 * 25.4), round(float(p.mediabox.height) / 72 * 25.4)) for p in reader.pages
    ]
    first_lampiran = _landscape().index(True)
    assert first_lampiran >= 2 and len(sizes) - first_lampiran >= 3
    assert set(sizes[:first_lampiran]) == {(215, 330)} and set(sizes[first_lampiran:]) == {(330, 215)}
    for number, text in enumerate(_texts(), 1):
        assert f"Halaman {number} dari {len(sizes)}" in text


def test_the_lampiran_table_header_repeats_at_the_top_of_every_lampiran_page(pngs: list[Image.Image]) -> None:
    lampiran = [i for i, wide in enumerate(_landscape()) if wide]
    assert "LAMPIRAN NOTA DINAS" in _texts()[lampiran[0]]
    for index in lampiran:
        assert _texts()[index].count(HEADER) == 1, f"page {index + 1}"
        bands = _grey_rows(pngs[index], HEADER_GREY)
        assert bands, f"page {index + 1} has no grey table header"
        if index != lampiran[0]:  # a continuation page starts with the header, under the top margin
            assert bands[0] < 30 * MM, f"page {index + 1}: header at {bands[0] / MM:.0f} mm"


def test_every_application_appears_once_in_the_lampiran_in_its_order() -> None:
    lampiran = " ".join(t for t, wide in zip(_texts(), _landscape(), strict=True) if wide)
    names = [row.app_nama for row in _nota().rows]
    assert len(names) == 120
    for name in names:
        assert lampiran.count(name) == 1, name
    assert [lampiran.index(n) for n in names] == sorted(lampiran.index(n) for n in names)


def test_the_signature_stands_with_the_closing_words_and_its_footnote(pngs: list[Image.Image]) -> None:
    (signature_page,) = [i for i, t in enumerate(_texts()) if f"NIP. {KADIS.nip}" in t]
    text = _texts()[signature_page]
    assert "Demikian disampaikan" in text and KADIS.nama in text and FOOTNOTE in text
    assert FOOTNOTE not in " ".join(t for i, t in enumerate(_texts()) if i != signature_page)
    assert not _landscape()[signature_page]


def test_no_page_is_blank_above_its_footer(pngs: list[Image.Image]) -> None:
    for number, page in enumerate(pngs, 1):
        body = page.crop((0, 0, page.width, page.height - round(25 * MM)))
        dark = sum(body.histogram()[:128])
        assert dark > 0.005 * body.width * body.height, f"page {number} is blank above its footer"


def test_the_closing_never_splits_wherever_the_page_ends() -> None:
    """Longer and longer notes push the closing over a page end: it moves on whole, never in parts."""
    crossed = set()
    for sentences in range(0, 72, 8):  # 72 sentences fill more than a page; the closing is 15 high
        catatan = "Mohon arahan atas temuan keamanan pada aplikasi Perangkat Daerah. " * sentences
        nota = build_nota(dataclasses.replace(inputs(12), catatan=catatan, verify_url="https://pantau.test/v/1"))
        texts = [" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(nota_pdf(nota))).pages]
        (page,) = [i for i, t in enumerate(texts) if f"NIP. {KADIS.nip}" in t]
        assert "Demikian disampaikan" in texts[page] and FOOTNOTE in texts[page], f"{sentences} sentences"
        assert "Paraf" not in texts[page + 1] and KADIS.nama not in texts[page + 1]
        crossed.add(page)
    assert len(crossed) > 1  # the sweep did push the closing onto a later page
