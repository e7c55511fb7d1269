"""A page's main text is encoded and its characters beyond ASCII read once, for its fingerprint and its sketch.

``text.utf8_and_others`` keeps the last text's reading; each reader must get what it read alone before: the
same fingerprint, the same words, for any text after any other (of the same length, equal, freed), and a lone
surrogate raises in the fingerprint as it did.
"""

from __future__ import annotations

import re
import zlib

import pytest
from fingerprint_reference import fingerprint_before

from pantau_checker.core.freshness import fingerprint
from pantau_checker.core.page import parse_page
from pantau_checker.core.text import utf8_and_others, word_sketch

NEWS = (
    ("Wali Kota Resmikan Puskesmas Rawat Inap", "Sabtu, 5 Desember 2026 · Admin · 120 kali dilihat"),
    ("Vaksinasi “Gratis” di 12 Kelurahan", "Jumat, 4 Desember 2026 – Humas"),
    ("ÉDITION SPÉCIALE: Hari Kesehatan Nasional", "Kamis, 3 Desember 2026 » Berita"),
)


def _page_html(news: tuple[tuple[str, str], ...], footer: str = "© 2026 Dinas Kesehatan Kota Bekasi") -> str:
    items = "".join(
        f"<article><h2>{title}</h2><p>{byline}</p><p>Pelayanan kepada masyarakat.</p></article>"
        for title, byline in news
    )
    menu = "".join(f"<li><a href='/{w.lower()}'>{w}</a></li>" for w in ("Beranda", "Profil", "Layanan", "Kontak"))
    return (
        f"<html><head><title>Dinkes</title></head><body><nav><ul>{menu}</ul></nav>"
        f"<main><h1>Berita Terkini</h1>{items}</main><footer>{footer}</footer></body></html>"
    )


MAIN_TEXTS = (
    parse_page(_page_html(NEWS[::2]), "https://dinkes.bekasikota.go.id/").main_text,  # "·", "»", "É": Latin-1
    parse_page(_page_html(NEWS[1:2]), "https://dinkes.bekasikota.go.id/").main_text,  # "“", "–": beyond it
    parse_page(_page_html(NEWS), "https://dinkes.bekasikota.go.id/").main_text,
    "Pengumuman HASIL SELEKSI 2026: lulus 15/12/2026 pukul 08:00 WIB " * 40,  # ASCII alone
    "ΟΔΟΣ ΣΑΣ Berita · İstanbul ² ١٢٣ 中文 " * 20,  # a capital sigma, a dotted capital, digits beyond ASCII
)


def _sketch_found(text: str) -> tuple[int, ...]:
    """The 64 smallest CRC-32s of the words the expression finds in the lowered text."""
    return tuple(sorted({zlib.crc32(word.encode()) for word in re.findall(r"[^\W\d_]{3,}", text.lower())})[:64])


def _copy(text: str) -> str:
    """Return an equal text that is another object."""
    return "".join(list(text))


@pytest.mark.parametrize("text", MAIN_TEXTS)
def test_a_main_text_read_by_both_gives_each_what_it_read_alone(text: str) -> None:
    utf8_and_others("another text, read before")

    assert fingerprint(text) == fingerprint_before(text)
    assert word_sketch(text, 64) == _sketch_found(text)  # from the fingerprint's reading
    assert word_sketch(text, 64) == _sketch_found(text)
    assert fingerprint(text) == fingerprint_before(text)  # from the sketch's


def test_the_reading_is_the_text_in_utf8_and_its_characters_beyond_ascii() -> None:
    for text in MAIN_TEXTS:
        raw, others = utf8_and_others(text)

        assert raw == text.encode()
        assert others == {c for c in text if not c.isascii()}


def test_pages_read_one_after_another_each_get_their_own() -> None:
    # Texts of one length, each read while the other's reading is kept (a page whose sketch is not taken).
    first = "Berita hari ini: Rapat Evaluasi Kinerja · Agenda » Pengumuman " * 10
    second = "BERITA HARI INI: RAPAT EVALUASI KINERJA · AGENDA » PENGUMUMAN " * 10
    third = "Berita hari ini: Rapat Évaluasi Kinerja – Agenda “Pengumuman” " * 10
    assert len(first) == len(second) == len(third)

    for text in (first, second, third, _copy(first), first, first):
        assert fingerprint(text) == fingerprint_before(text)
    for text in (first, second, third, _copy(first), first, first):
        assert word_sketch(text, 64) == _sketch_found(text)


@pytest.mark.parametrize("reader", ["fingerprint", "sketch"])
def test_a_text_made_where_a_freed_one_was_gets_its_own(reader: str) -> None:
    # A reading kept by the text's address alone would be handed to the next text built in its place.
    rest = " · Layanan Kesehatan Kota Bekasi" * 8
    for number in range(26):
        word = chr(ord("a") + number) * 5  # a word of its own: the fingerprint reads no digit, no case
        text = "".join((word, rest))  # no other text of its size made in between
        if reader == "fingerprint":
            assert fingerprint(text) == fingerprint_before(text)
        else:
            assert word_sketch(text, 64) == _sketch_found(text)
        del text


def test_a_lone_surrogate_raises_in_the_fingerprint_and_is_read_by_the_sketch() -> None:
    text = "Teks rusak \ud800 Berita Terkini · Agenda " * 10
    kept = MAIN_TEXTS[0]
    fingerprint(kept)

    with pytest.raises(UnicodeEncodeError):
        fingerprint(text)
    assert word_sketch(text, 64) == _sketch_found(text)
    assert fingerprint(kept) == fingerprint_before(kept)
