"""The analysis's shortcuts through bytes give what the plain Python they replace gives.

Case folding, the words of a page's sketch and the term scan read long text through bytes or a
compiled automaton; text with letters that have a case beyond ASCII, final sigmas, dotted capitals
and lone surrogates must come out as ``str.lower`` and the regular expressions make them.
"""

from __future__ import annotations

import heapq
import re
import zlib

import pytest

from pantau_checker.core.page import parse_page
from pantau_checker.core.structure import sketch
from pantau_checker.core.term_scan import flagged
from pantau_checker.core.text import compiled_when_used, lower

FILLER = "Dinas Kesehatan Kota Bekasi melayani masyarakat SETIAP HARI kerja. " * 8
TEXTS = (
    FILLER,
    FILLER + "Berita • Agenda · Pengumuman » Galeri \u00a0 2026",  # no case beyond ASCII
    FILLER + "ÉCOLE Ünïcode",  # capitals beyond ASCII
    FILLER + "ΟΔΟΣ ΣΑΣ",  # final sigma
    FILLER + "İstanbul",  # a capital whose lower case is two characters
    FILLER + "lone \ud800 surrogate",
    FILLER + "中文 العربية ١٢٣ ²³",
)


@pytest.mark.parametrize("text", TEXTS)
def test_lower_is_str_lower(text: str) -> None:
    assert lower(text) == text.lower()


@pytest.mark.parametrize("text", [t for t in TEXTS if "\ud800" not in t])
def test_the_sketch_has_the_words_the_expression_finds(text: str) -> None:
    page = parse_page(f"<html><body><main><p>{text}</p></main></body></html>", "https://dinkes.bekasikota.go.id/")
    words = set(re.findall(r"[^\W\d_]{3,}", page.main_text.lower()))

    assert sketch(page) == tuple(heapq.nsmallest(64, {zlib.crc32(w.encode()) for w in words}))


def test_terms_are_found_in_text_with_a_lone_surrogate() -> None:
    text = "Teks rusak \ud800 daftar slot gacor hari ini, bonus new member"

    found = list(flagged(text))

    assert [term for _, term, _ in found] == ["daftar slot", "slot gacor", "gacor hari ini", "bonus new member"]
    assert "\ud800" in found[0][2]  # quoted as it stands


def test_an_expression_compiled_when_used_finds_what_the_compiled_one_finds() -> None:
    source = r"\b(?:situs|website)\s+(?:sedang\s+)?(?P<what>dalam\s+perbaikan|maintenance)\b"
    compiled = re.compile(source, re.IGNORECASE)
    text = "Mohon maaf, WEBSITE sedang Dalam Perbaikan. Situs maintenance selesai pukul 10.00"

    later = compiled_when_used(source, re.IGNORECASE)

    assert [m.span("what") for m in later.finditer(text)] == [m.span("what") for m in compiled.finditer(text)]
    assert later.search(text, 20).span() == compiled.search(text, 20).span() == (44, 61)  # type: ignore[union-attr]
    assert later.sub("-", text) == compiled.sub("-", text)
    assert (later.pattern, later.flags, later.groupindex) == (compiled.pattern, compiled.flags, compiled.groupindex)
