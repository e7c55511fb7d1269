"""The date reading's words (the limits' stems, the countdown's, the relative phrases') found by a walk of their
table in the compiled module (``text.moves_of``), against the crate's overlapping search they replaced.

``_words_in`` searched a text lowered with ``ahocorasick_rs``'s overlapping search: in a text of one byte a character
its Latin-1 bytes, otherwise the ``str``, which the crate reads as UTF-8 with a table back to characters. It now walks
the bytes, or the text's Latin-1 with "?" for each character beyond it: the words are ASCII without "?", so they match
there at the same characters.
"""

from __future__ import annotations

import random
from functools import cache

import ahocorasick_rs
import pytest

from pantau_checker.core import dates

# A department's news list as its vendor writes it: a clock, the news with their dates and bylines, a deadline, a
# countdown, relative dates in Indonesian and English, bullets, curly quotes and a footer.
_ITEMS = "".join(
    f"Kegiatan “Posyandu” ke-{n} di Kelurahan Margahayu\n Kamis, {n % 28 + 1} November 2026 • Admin • "
    f"{100 + n} kali dilihat\nPemerintah Kota Bekasi melalui Dinas Kesehatan terus berupaya.\n"
    for n in range(30)
)
_PAGE = (
    "Beranda | Profil | Berita | Layanan\nSelasa, 8 Desember 2026 | 10:15:05 WIB\n"
    + _ITEMS
    + "Pendaftaran dibuka sampai dengan 15 Desember 2026, selambat-lambatnya pukul 16.00 WIB.\n"
    "Batas akhir unggah berkas: 20 Des 2026. Berakhir dalam 3 hari 4 jam 12 menit.\n"
    "Diposting 3 hari yang lalu · kemarin · Senin lalu · lalu lintas · 2 days ago · yesterday · last Monday\n"
    "Deadline: until December 20, 2026 · closes in 5 minutes\n"
    "© 2026 Dinas Kesehatan Kota Bekasi. Hak cipta dilindungi."
)


@cache
def _crate(in_bytes: bool) -> ahocorasick_rs.AhoCorasick | ahocorasick_rs.BytesAhoCorasick:
    words = (*dates._LIMIT_STEMS, *dates._COUNTDOWN_WORDS, *dates._RELATIVE_SEARCHED)
    if in_bytes:
        return ahocorasick_rs.BytesAhoCorasick([word.encode() for word in words])
    return ahocorasick_rs.AhoCorasick(list(words))


def _old_words_in(low: str | bytes) -> tuple[list[tuple[int, int, int]] | None, dict[str, list[int]] | None]:
    """``_words_in`` with the crate's search, as before."""
    if len(low) > dates._ONE_PASS_CHARS:
        return None, None
    hinted = len(dates._LIMIT_STEMS) + len(dates._COUNTDOWN_WORDS)
    matches = _crate(isinstance(low, bytes)).find_matches_as_indexes(low, overlapping=True)  # type: ignore[arg-type]
    present: dict[str, list[int]] = {}
    for index, start, _ in matches:
        if index >= hinted:
            present.setdefault(dates._RELATIVE_SEARCHED[index - hinted], []).append(start)
    return [match for match in matches if match[0] < hinted], present


def _texts() -> list[str]:
    # One byte a character (bytes lowered), two (bullets beyond Latin-1, a Devanagari letter), four (an emoji).
    latin = _PAGE.replace("•", "-").replace("“", '"').replace("”", '"').replace("·", ";")
    return [latin, _PAGE, _PAGE + " \u0915", "🙂 " + _PAGE, _PAGE.upper(), latin[:300]]


@pytest.mark.parametrize("text", _texts())
def test_a_department_page_s_words_are_those_the_crate_found(text: str) -> None:
    low = dates._lowered(text)
    assert dates._words_in(low) == _old_words_in(low)
    hints, present = dates._words_in(low)
    assert hints and present  # the page holds both kinds of words


def test_random_texts_of_the_words_give_the_crate_s_matches() -> None:
    words = [*dates._LIMIT_STEMS, *dates._COUNTDOWN_WORDS, *dates._RELATIVE_SEARCHED]
    pieces = [*words, *(word[: len(word) // 2] for word in words), " ", "-", "?", "é", "•", "🙂", "lal", "ulalu"]
    generator = random.Random(41)
    for _ in range(1500):
        text = "".join(generator.choice(pieces) for _ in range(generator.randrange(1, 400)))
        low = dates._lowered(text)
        assert dates._words_in(low) == _old_words_in(low), text


def test_a_text_too_long_for_one_pass_is_searched_word_by_word() -> None:
    low = dates._lowered("kemarin " * (dates._ONE_PASS_CHARS // 8 + 1))
    assert dates._words_in(low) == (None, None)
