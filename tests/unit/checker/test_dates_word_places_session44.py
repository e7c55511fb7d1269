"""The relative words' places that start a word, checked in the compiled module (``_selectors.word_places``).

``dates._word_starts`` checked each place the automaton found a relative phrase's word in a Python generator (kept
here: ``_old_word_starts``); now the places it is given go to ``word_places``. Both are compared on a department's
news list, on the characters around a word (of each width, letters, digits, marks), in a text of a byte a character
(its lowered text in bytes) and beyond, past ``MAX_CANDIDATES`` places, and on random texts; the relative phrases read
with the old reading in place are compared too.
"""

from __future__ import annotations

import random
from collections.abc import Container, Iterator
from datetime import datetime, timedelta

import pytest

from pantau_checker.core import dates
from pantau_checker.core._selectors import word_places


def _old_word_starts(low: str | bytes, text: str, word: str, present: Container[str] = ()) -> Iterator[int]:
    """``_word_starts`` before: each place checked in Python."""
    places = present.get(word) if isinstance(present, dict) else None
    if places is not None and len(places) <= dates.MAX_CANDIDATES:
        end = len(word)
        for start in places:
            if (start == 0 or not text[start - 1].isalnum()) and not low[start + end : start + end + 1].isalnum():
                yield start
        return
    for seen, start in enumerate(dates._found(low, word)):
        if seen >= dates.MAX_CANDIDATES:
            return
        if start == 0 or not text[start - 1].isalnum():
            yield start


# A department's news list as its vendor writes it: a clock, dated items with relative times ("melalui" in each),
# bullets, curly quotes, a footer's ©.
_ITEMS = "".join(
    f"Kegiatan “Posyandu” ke-{n} di Kelurahan Margahayu\n {day}, {n % 9 + 1} Desember 2026\n • \nAdmin · {n + 1} "
    f"hari yang lalu\n • \n{100 + n} kali dilihat\nPemerintah Kota Bekasi melalui Dinas Kesehatan terus berupaya.\n"
    for n, day in enumerate(["Kamis", "Sabtu", "Jum’at", "Senin", "Rabu"] * 4)
)
_PAGE = "Beranda\nProfil\nBerita\nSelasa, 8 Desember 2026 | 10:15:05 WIB\n" + _ITEMS + "© 2026 Dinas Kesehatan\n"
_PARTS = [
    "Senin lalu\n",
    "3 jam lalu",
    "lalu",
    "melalui laluan lalu1 lalu_ _lalu 1lalu",
    "kemarin sore · kemarinnya",
    "posted yesterday, 2 days ago, last Monday, lastly, agoing",
    "2 hari yang lalu•Admin",
    "élalu ÿlalu ßlalu Ωlalu ٣lalu ²lalu ½lalu ·lalu ’lalu ©lalu",
    "lalué laluÿ laluΩ lalu٣ lalu² lalu’ lalu© lalu😀",
    "😀lalu 😀 2 hari lalu",
    "\x00lalu lalu\x00",
    "Diperbarui 5 menit lalu\nYESTERDAY Lalu LALU",
]
_TEXTS = [
    _PAGE,
    "".join(_PARTS),
    _PAGE + "".join(_PARTS),
    *_PARTS,
    *(part + "é" for part in _PARTS),  # a text beyond a byte a character: its lowered text a str
    *(part + "Ω" for part in _PARTS),
    "",
    "melalui " * 600,  # past MAX_CANDIDATES places: the search as before
    "lalu " * 501,
    "lalu " * 500,
    "lalu melalui " * 300,
]


def _starts_both(text: str) -> Iterator[tuple[str, list[int], list[int]]]:
    low = dates._lowered(text)
    _hints, present = dates._words_in(low)
    assert present is not None
    for word in dates._RELATIVE_SEARCHED:
        for known in (present, ()):
            new = list(dates._word_starts(low, text, word, known))
            old = list(_old_word_starts(low, text, word, known))
            yield word, new, old


@pytest.mark.parametrize("text", _TEXTS)
def test_word_starts_as_before(text: str) -> None:
    for word, new, old in _starts_both(text):
        assert new == old, (word, text[:80])


def test_the_page_keeps_only_its_own_lalu() -> None:
    low = dates._lowered(_PAGE)
    _hints, present = dates._words_in(low)
    assert present is not None
    assert len(present["lalu"]) == 40  # 20 "yang lalu", 20 inside "melalui"
    assert list(dates._word_starts(low, _PAGE, "lalu", present)) == [
        start for start in present["lalu"] if _PAGE[start - 2 : start] == "g "
    ]


@pytest.mark.parametrize("text", _TEXTS)
@pytest.mark.parametrize("clocks", [False, True])
def test_relative_marks_as_before(text: str, clocks: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    low = dates._lowered(text)
    _hints, present = dates._words_in(low)
    new = dates._relative_marks(text, clocks, low, present)
    days = list(dates._relative_days(text, low, present or ()))
    monkeypatch.setattr(dates, "_word_starts", _old_word_starts)
    assert new == dates._relative_marks(text, clocks, low, present)
    assert days == list(dates._relative_days(text, low, present or ()))


def test_the_page_reads_its_relative_times() -> None:
    marks = dates.date_marks(_PAGE, False)
    assert sorted(mark for mark in marks.relative if isinstance(mark, timedelta)) == [
        timedelta(days=n) for n in range(1, 21)
    ]
    now = datetime(2026, 12, 8, 3, 15, tzinfo=dates.UTC)
    assert now - timedelta(days=1) in dates.marked_dates(marks, now)


def test_word_places_directly() -> None:
    text = "lalu melalui Lalu élalu lalu"
    for low in (dates._lowered(text), text.lower()):
        assert word_places([0, 8, 13, 19, 24], text, low, 4) == [0, 13, 24]
    # The character after is read as the lowered text reads it: "é" is a letter in a str, not in Latin-1 bytes.
    assert word_places([0], "laluéΩ", "laluéΩ", 4) == []
    assert word_places([0], "lalué", b"lalu\xe9", 4) == [0]
    assert word_places([0], "lalu", "lalu", 4) == [0]  # nothing after
    assert word_places([], "lalu", "lalu", 4) == []
    assert word_places([4], "ab3 lalu", "ab3 lalu", 4) == [4]
    assert word_places([3], "ab3lalu", "ab3lalu", 4) == []
    assert word_places([3], "ab²lalu", "ab²lalu", 4) == []
    with pytest.raises(IndexError):
        word_places([6], "lalu", "lalu", 4)
    with pytest.raises(TypeError):
        word_places([0], "lalu", None, 4)
    with pytest.raises(TypeError):
        word_places((0,), "lalu", "lalu", 4)  # type: ignore[arg-type]


def _random_text(rng: random.Random) -> str:
    pieces = ["lalu", "melalui", " ", "\n", "yang ", "3 ", "hari ", "kemarin", "yesterday", "ago", "last ", "é", "Ω"]
    pieces += ["😀", "²", "٣", "’", "•", "©", "_", "1", "LALU", "Senin ", "jam ", "\x00"]
    return "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 30)))


def test_random_texts_as_before() -> None:
    rng = random.Random(44)
    for _ in range(1500):
        text = _random_text(rng)
        for word, new, old in _starts_both(text):
            assert new == old, (word, text)
