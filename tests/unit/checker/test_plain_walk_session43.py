"""The term scan's texts walked as they are, and the page's links in capitals picked in the compiled module.

- ``_selectors.plain_found`` walks a text whose characters beyond ASCII are none of ``term_scan._notable``'s (a
  character whose lower case is another, a letter of a script without spaces or of Cyrillic, one that passes for a
  Latin letter or is wide) through the classes of its bytes read as their lower case, without the lowered copy and
  its Latin-1 that ``_Parts.of`` makes: its words must be those ``_Automaton.found`` finds in ``_Parts.of``'s
  lowered text, and ``flagged_each`` must answer as it did through ``_Parts.of`` alone (``plain_found`` patched to
  None: the old path).
- ``_selectors.capital_links`` (``upper_links`` then) must pick the links whose text ``str.isupper``, among the first
  ``limit``, in order (those it leaves out beside: ``test_capital_links_session47.py``).
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from unittest.mock import patch

import pytest

from pantau_checker.core import term_scan
from pantau_checker.core._selectors import capital_links, plain_found
from pantau_checker.core.page import Link
from pantau_checker.core.term_scan import _automaton, _Parts, flagged_each

CLOCK = "Minggu, 06 Desember 2026 · 08:15:42 WIB"
MENU = "Beranda • Profil • Visi dan Misi • Struktur Organisasi • PPID • Layanan • Berita • Galeri • Kontak"
NEWS = [
    "06 Desember 2026 · admin · 188 kali • “Jum’at Bersih” di Lingkungan Dinas Kesehatan — Baca Selengkapnya »",
    "05 Desember 2026 · admin · 1.204.877 kali • Sosialisasi Waspada Penipuan Berkedok Pinjaman",
    "04 Desember 2026 · humas · 77 kali • Posyandu Lansia Kelurahan Bekasi Jaya",
    "03 Desember 2026 · humas · 2 kali • Pelayanan Vaksinasi Gratis di Puskesmas Pekayon",
]
FOOTER = "© 2026 Dinas Kesehatan Kota Bekasi — Jl. Jend. Ahmad Yani No. 1 · Telp. (021) 8839796 · Hak Cipta"
TRADE = [
    "Sosialisasi Bahaya Judi Online bagi Pelajar",
    "SLOT GACOR MAXWIN Hari Ini, Daftar Sekarang",
    "rajaslot88 link alternatif terpercaya",
    "KAISAR 88 · GARUDA 4D · PANEN4D",
    "depo 25 ribu bonus new member 100%",
    "Hacked by ./N0b0dy — Security Breached",
    "s l o t g a c o r",
    "sl ot88 gacor",
]
# Characters beyond ASCII of each kind: kept as they are (a page's punctuation, Latin-1's signs), read otherwise
# (a capital beyond ASCII, a lookalike, a wide letter, a script without spaces, Cyrillic, those lowered longer).
PLAIN = ["·", "•", "“", "”", "’", "—", "–", "…", "©", "»", "°", "\u00a0", "€", "ß", "½"]
NOTABLE = ["É", "Ü", "İ", "Σ", "\u212a", "é", "ü", "\u200b", "а", "ѕ", "Ｓ", "①", "百", "ก", "д", "Д"]


def _page(upper: bool = False) -> list[str]:
    texts = [CLOCK, MENU, *NEWS, FOOTER]
    return [text.upper() for text in texts] if upper else texts


def _old(texts: list[str], **flags: bool) -> list[tuple[int, str, str, str]]:
    """``flagged_each`` through ``_Parts.of`` alone, as before ``plain_found``."""
    with patch.object(term_scan, "plain_found", lambda moves, text, notable: None):
        return list(flagged_each(texts, **flags))


MODES = ({}, {"titles": True}, {"prose": True}, {"defacer_page": True})


def _both(texts: list[str]) -> Iterator[tuple[list[tuple[int, str, str, str]], list[tuple[int, str, str, str]]]]:
    for flags in MODES:
        yield list(flagged_each(texts, **flags)), _old(texts, **flags)


def _lowered_words(text: str) -> list[tuple[int, int, int]]:
    parts = _Parts.of([text])
    return _automaton().found(parts.lowered, parts.searched)


def _random_texts(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    words = list(_automaton().words)
    pieces = [*rng.sample(words, 400), *["88", "4d", "2026", "JAYA", "Kaisar"] * 4, *[" ", " ", "-", "\n"] * 20]
    pieces += PLAIN * 3
    texts = []
    for _ in range(count):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 40)))
        texts.append(text.upper() if rng.random() < 0.3 else text)
    return texts


@pytest.mark.parametrize("upper", [False, True])
def test_a_department_page_is_walked_as_lowered(upper: bool) -> None:
    automaton = _automaton()
    for texts in (_page(upper), ["\n".join(_page(upper)) * 20], [*_page(upper), *TRADE]):
        text = "\n".join(texts)
        words = automaton.plain_found(text)
        assert words is not None
        assert words == _lowered_words(text)
        assert words == automaton.found(text.lower())
    assert automaton.plain_found("\n".join(_page(upper)) * 20)  # words of news and numbers found: not left unread


@pytest.mark.parametrize("char", PLAIN)
@pytest.mark.parametrize("length", [1, 40, 255, 256, 2000])
def test_characters_a_page_shows_are_walked_as_they_are(char: str, length: int) -> None:
    text = (f"JUDI{char}ONLINE slot{char}88 {char}Berita{char} SLOT88 ") * (length // 30 + 1)
    text = text[:length]
    words = _automaton().plain_found(text)
    assert words is not None
    assert words == _lowered_words(text) == _automaton().found(text.lower())


@pytest.mark.parametrize("char", NOTABLE)
def test_characters_read_otherwise_are_left_to_the_lowering(char: str) -> None:
    for text in (f"SLOT GACOR {char}", f"{char}" + "Berita Daerah " * 40, char):
        assert _automaton().plain_found(text) is None
        for new, old in _both([text, *_page()]):
            assert new == old


def test_a_text_of_four_bytes_a_character_is_left_to_the_lowering() -> None:
    assert _automaton().plain_found("SLOT GACOR 🎰 " * 30) is None
    for new, old in _both(["SLOT GACOR 🎰 maxwin daftar", *_page()]):
        assert new == old


def test_every_character_left_plain_is_its_own_lower_case_and_read_as_it_is() -> None:
    notable = _automaton().notable
    plain = [chr(code) for code in range(0x80, 0x10000) if not notable[code >> 3] >> (code & 7) & 1]
    assert len(plain) > 60000
    for char in plain:
        assert char.lower() == char, char
    others = frozenset(plain)
    assert others.isdisjoint(term_scan._UNSPACED_LETTERS)
    assert not term_scan._disguised(others)
    for char in plain[::97]:  # the texts ``_Parts.of`` reads as they are, long and short
        for text in (f"Slot{char}88 JUDI", f"Slot{char}88 JUDI " * 30):
            assert _Parts.of([text]).lowered == text.lower()
            assert _automaton().plain_found(text) == _lowered_words(text)


def test_short_and_empty_texts() -> None:
    for text in ("", "\n", "a", "SLOT", "slot", "88", "4D", "\n\n"):
        assert _automaton().plain_found(text) == _lowered_words(text)
    assert list(flagged_each([])) == _old([]) == []
    assert list(flagged_each([""])) == _old([""]) == []


@pytest.mark.parametrize("size", range(150, 420, 7))
def test_texts_about_the_length_walked_in_quarters(size: int) -> None:
    base = "Judi Online · SLOT88 “gacor” — Berita • 188 kali "
    text = (base * (size // len(base) + 1))[:size]
    assert _automaton().plain_found(text) == _lowered_words(text)


def test_a_department_page_is_judged_as_before() -> None:
    for texts in (_page(), _page(upper=True), ["\n".join(_page())]):
        for new, old in _both(texts):
            assert new == old == []


@pytest.mark.parametrize("text", TRADE)
def test_the_trades_texts_are_judged_as_before(text: str) -> None:
    for texts in ([text], [text.upper()], [*_page(), text, FOOTER], [f"• {text} —"]):
        for new, old in _both(texts):
            assert new == old


def test_the_trades_texts_are_flagged() -> None:
    assert sum(any(new for new, _ in _both([text])) for text in TRADE) >= len(TRADE) - 2
    assert any(new for new, _ in _both([TRADE[1].upper()]))


def test_random_texts_are_judged_as_before() -> None:
    flagged = plain = 0
    for text in _random_texts(800, 43):
        plain += _automaton().plain_found(text) is not None
        assert _automaton().plain_found(text) in (None, _lowered_words(text))
        for new, old in _both([text]):
            assert new == old, text
            flagged += bool(new)
    assert flagged > 100 and plain > 700


def test_random_groups_of_texts_are_judged_as_before() -> None:
    texts = _random_texts(300, 44)
    for at in range(0, len(texts), 5):
        group = [*texts[at : at + 5], *_page()]
        for new, old in _both(group):
            assert new == old


def test_plain_found_asks_a_bit_for_each_character_of_two_bytes() -> None:
    with pytest.raises(ValueError, match="a bit for each"):
        plain_found(_automaton().moves, "slot", b"\0" * 10)


UPPER_TEXTS = [
    "PPID",
    "SOP",
    "SP4N LAPOR!",
    "NAGASLOT",
    "HOKIJAYA88",
    "Beranda",
    "beranda",
    "Profil PPID",
    "2026",
    "",
    " ",
    "A",
    "a",
    "4D",
    "4d",
    "É",
    "ÉCOLE",
    "École",
    "İSTANBUL",
    "ß",
    "SS",
    "ǅ",
    "ǄEMAL",
    "ＳＬＯＴ",
    "ｓｌｏｔ",
    "СЛОТ88",
    "слот",
    "“SLOT GACOR”",
    "SLOT • GACOR",
    "百家乐",
    "百家乐 SLOT",
    "SLOT 🎰",
    "slot 🎰",
    "Ⅻ",
    "ⓐ",
    "Ⓐ",
]


def test_upper_links_are_those_whose_text_is_upper() -> None:
    # An address with a bracket is asked of Python whatever its text (``capital_links``): only the capitals pick.
    links = tuple(Link(text, f"https://[{i}]/") for i, text in enumerate(UPPER_TEXTS))
    assert capital_links(links, 1000) == [link for link in links if link.text.isupper()]
    assert capital_links(list(links), 1000) == [link for link in links if link.text.isupper()]
    assert capital_links(iter(links), 1000) == [link for link in links if link.text.isupper()]
    for limit in (0, 1, 3, 7, len(links) - 1, len(links)):
        assert capital_links(links, limit) == [link for link in links[:limit] if link.text.isupper()]
    assert capital_links((), 10) == []
    assert capital_links(links, -1) == []


def test_upper_links_of_random_texts() -> None:
    rng = random.Random(5)
    alphabet = "aZ09 -!.·“ÉéßİΣσ百Ｓｓ🎰ǅⓐⒶ"
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 6))) for _ in range(3000)]
    links = [Link(text, "https://[::1]/") for text in texts]
    assert capital_links(links, len(links)) == [link for link in links if link.text.isupper()]
