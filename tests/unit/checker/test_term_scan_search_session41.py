"""The term scan's search of the listed words walked in the compiled module, as ahocorasick_rs's search found them.

``_Automaton.found`` returns every occurrence of the listed words, overlapping ones too, by end, longest first:
ahocorasick_rs's overlapping search of the same words (kept as ``_Automaton.search``, the reference here) returned
that list. The compiled walk (``Moves.found``) walks a long text in four quarters at once, each begun as many bytes
early as the longest word: pinned on a department's home page (a menu, dated news items, a footer; bullets, curly
quotes, "©", Indonesian), on texts dense with the listed words, their beginnings and their overlaps, and at every
length around where a text is walked in quarters, with words across the quarters' edges.
"""

from __future__ import annotations

import random

import ahocorasick_rs
import pytest

from pantau_checker.core._selectors import Moves
from pantau_checker.core.term_scan import _automaton
from pantau_checker.core.text import moves_of

HEADLINES = (
    "Wali Kota Resmikan Puskesmas Rawat Inap di Bantargebang",
    "“Jum’at Bersih” di 12 Kelurahan • Kerja Bakti Bersama Warga",
    "Sosialisasi Bahaya Judi Online dan Pinjol Ilegal kepada Kader Posyandu",
    "Waspada Penipuan Mengatasnamakan Dinas Kesehatan (Hoaks)",
    "Satgas Berantas Situs Slot Gacor: 88 Situs Diblokir",
)
MENU = "Beranda · Profil · Visi dan Misi · Struktur Organisasi · Layanan · Berita · PPID · Kontak"
FOOTER = "© 2026 Dinas Kesehatan Kota Bekasi — Jl. Jend. Ahmad Yani No. 1, Bekasi 17141 · Telp. (021) 8841 2345"


def _reference(searched: bytes) -> list[tuple[int, int, int]]:
    return _automaton().search.find_matches_as_indexes(searched, overlapping=True)


def _page(items: int) -> str:
    news = [
        f"{day:02d} Desember 2026 • {HEADLINES[day % len(HEADLINES)]} — dibaca {day * 37} kali"
        for day in range(1, items + 1)
    ]
    clock = "Minggu, 6 Desember 2026 14:48:54 WIB · Call Center 112 · pengaduan@bekasikota.go.id"
    return "\n".join([clock, MENU, *news, FOOTER]).lower()


def _pieces() -> list[bytes]:
    words = [word.encode("ascii") for word in _automaton().words]
    beginnings = [word[:end] for word in words for end in range(1, len(word))]
    return [*words, *beginnings, b" ", b".", b"-", b"\xb7", b"?", b"\xa9", b"0", b"8", b"a", b"s"]


@pytest.mark.parametrize("items", [0, 1, 3, 12, 60])
def test_a_department_page_is_searched_as_before(items: int) -> None:
    text = _page(items)
    searched = text.encode("latin-1", "replace")
    assert _automaton().found(text) == _reference(searched)
    assert _automaton().found(text, searched) == _reference(searched)
    assert _reference(searched)  # the page holds listed words (sosialisasi, waspada, 88...)


def test_texts_dense_with_the_words_and_their_overlaps() -> None:
    pieces = _pieces()
    rng = random.Random(41)
    for _ in range(1500):
        text = b"".join(rng.choice(pieces) for _ in range(rng.choice((rng.randrange(0, 40), rng.randrange(40, 900)))))
        assert _automaton().moves.found(text) == _reference(text), text


def test_every_length_around_the_quarters() -> None:
    """A word at each place around where the text is cut in quarters (4 times the longest word a quarter)."""
    longest = max(map(len, _automaton().words))
    words = [b"slot gacor", b"oleh pihak yang tidak bertanggung jawab", b"a88", b"s l o t", b"sosialisasi"]
    for size in range(16 * longest - 8, 16 * longest + 12):
        for word in words:
            for at in (0, size // 4 - len(word) // 2, size // 2 - 1, 3 * size // 4 - len(word), size - len(word)):
                text = (b"x" * at + word + b"x" * size)[:size]
                assert _automaton().moves.found(text) == _reference(text), (size, word, at)


def test_the_walk_of_a_few_words() -> None:
    words = [b"he", b"she", b"his", b"hers", b"e", b"s l"]
    moves = moves_of(words)
    text = b"ushers his shells s l" * 30
    assert isinstance(moves, Moves)
    assert moves.found(b"") == []
    assert moves.found(b"ushers")[:4] == [(1, 1, 4), (0, 2, 4), (4, 3, 4), (3, 2, 6)]
    reference = ahocorasick_rs.BytesAhoCorasick(words).find_matches_as_indexes(text, overlapping=True)
    assert moves.found(text) == reference
