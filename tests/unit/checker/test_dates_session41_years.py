"""The date reading's years found in the compiled module, its relative words where the automaton found them (session
41), against the passes before.

``_years_and_twenties`` took the years of four digits and the two-digit years of the 2020s after a month's name from
one expression's search (``_OLD_YEARS_AND_TWENTIES``): a match object a year, some five instructions a character.
``year_places`` now finds the years at the text's "2"s and the places where such a two-digit year can start, whose
expression is asked only there; ``windows_before`` cuts the characters before each year (``_before``'s) in C.
``_word_starts`` searched the text for each relative word the automaton had found in it ("lalu" in each "melalui");
it now checks the places the automaton found.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterable

import pytest

from pantau_checker.core import dates
from pantau_checker.core._selectors import after_one_of, separated_twice, windows_before, year_places
from pantau_checker.core.dates import date_marks

# The one pass before (session 40).
_OLD_YEARS_AND_TWENTIES = re.compile(rf"2(?:0\d\d(?!\d)|{dates._NAMED_SHORT_TAIL})")

# A department's news list as its vendor writes it: a clock, dated items, "melalui" in each, relative dates, numeric
# and named two-digit years, a letter's number, an ISO day, a footer's ©, bullets and curly quotes.
_ITEMS = "".join(
    f"Kegiatan “Posyandu” ke-{n} di Kelurahan Margahayu\n Kamis, {n % 28 + 1} November 2026\n • \nAdmin\n • \n"
    f"{100 + n} kali dilihat\nPemerintah Kota Bekasi melalui Dinas Kesehatan terus berupaya.\n"
    for n in range(30)
)
_PAGE = (
    "Beranda\nProfil\nBerita\nSelasa, 8 Desember 2026 | 10:15:05 WIB\n"
    + _ITEMS
    + "Nomor: B/5/13/2026 tentang Jadwal Layanan\n2026-11-21 Rilis laporan\n28 Nov 26 | Admin\n3 Des 27, 14:05 WIB\n"
    "Laporan 30 Nov 26.000 warga\nRegistrasi 5 Desember 202612\nKode 5 Desember 12026\nv2.11.2026\n"
    "Diposting 3 hari yang lalu\n"
    "Senin lalu\nkemarin\nlalu lintas\nDikirim 2 days ago\nyesterday\nlast Monday\n"
    "© 2026 Dinas Kesehatan Kota Bekasi\nlalu"
)


def _old_spans(text: str) -> list[tuple[int, int]]:
    return [found.span() for found in _OLD_YEARS_AND_TWENTIES.finditer(text)]


def _new_spans(text: str) -> list[tuple[int, int]]:
    years, places = year_places(text)
    twenties = (dates._NAMED_SHORT_YEARS[0].match(text, place) for place in places)
    return sorted([(start, start + 4) for start in years] + [found.span() for found in twenties if found])


def _old_years_and_twenties(text: str) -> tuple[list[int], list[re.Match[str]] | None]:
    """The reading of session 40, in the new shape: the years' starts and the two-digit years' matches."""
    found = _OLD_YEARS_AND_TWENTIES.findall(text)
    if len(found) > dates._ONE_PASS_YEARS:
        return [year.start() for year in dates._YEAR.finditer(text)], None
    matches = list(_OLD_YEARS_AND_TWENTIES.finditer(text))
    return [m.start() for m in matches if len(m.group()) == 4], [m for m in matches if len(m.group()) == 2]


def _old_word_starts(low: str | bytes, text: str, word: str, present: Iterable[str] = ()) -> Iterable[int]:
    """The relative words' search before: the whole text searched for each."""
    for seen, start in enumerate(dates._found(low, word)):
        if seen >= dates.MAX_CANDIDATES:
            return
        if start == 0 or not text[start - 1].isalnum():
            yield start


def _texts() -> list[str]:
    # One byte a character, two (a Devanagari letter), four (an emoji): each the compiled module reads its own way.
    return [_PAGE, _PAGE + "\u0915", "🙂 " + _PAGE, _PAGE.replace("Bekasi", "Bekasi ١٢")]


@pytest.mark.parametrize("text", _texts())
def test_the_years_are_those_of_the_one_pass_before(text: str) -> None:
    assert _new_spans(text) == _old_spans(text)
    assert (text.index("28 Nov 26") + 7, text.index("28 Nov 26") + 9) in _new_spans(text)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "2",
        "20",
        "2026",
        "20266",
        "x2026",
        "12026 2026",
        "20٢٦",  # Arabic-Indic digits are the expression's digits
        "20٢٦٣",
        "2020202",
        "Nov 26",
        "Nov-26",
        "Nop. 26",
        "Nov.26",
        "1 Nov 26:",
        "Nov 2x",
        "_ 26",
        "9 26",
        "é 26",
        "Ⅻ 26",  # a numeral letter: a word's character, no decimal
        " 26",
        "Nov 2026 26",
    ],
)
def test_the_years_at_the_edges_are_those_of_the_one_pass_before(text: str) -> None:
    assert _new_spans(text) == _old_spans(text)


def test_random_texts_give_the_same_years() -> None:
    alphabet = [*"20202 ./-Nov.a1:,9\n_é", "٢", "٠", "ß", "Ⅻ", "²", "𝟚"]
    generator = random.Random(41)
    for _ in range(20000):
        text = "".join(generator.choice(alphabet) for _ in range(generator.randint(0, 14)))
        assert _new_spans(text) == _old_spans(text), text


@pytest.mark.parametrize("text", _texts())
@pytest.mark.parametrize("clocks", [False, True])
def test_a_department_page_reads_as_before(monkeypatch: pytest.MonkeyPatch, text: str, clocks: bool) -> None:
    fast = date_marks(text, clocks)
    with monkeypatch.context() as patched:
        patched.setattr(dates, "_years_and_twenties", _old_years_and_twenties)
        patched.setattr(dates, "_word_starts", _old_word_starts)
        dates._window_read.cache_clear()
        dates._WINDOW_READS.clear()
        assert date_marks(text, clocks) == fast
    assert len(fast.written) >= 30
    assert fast.relative


@pytest.mark.parametrize(
    "text",
    [
        # More than ``_ONE_PASS_YEARS`` of both: the two-digit years are looked for in a pass of their own.
        "".join(f"Rapat {n % 28 + 1} Nov 26 | Admin, {n % 28 + 1} November 2026\n" for n in range(600)),
        # More years than ``MAX_CANDIDATES`` before the stamps.
        "Arsip "
        + " ".join("2026" for _ in range(dates.MAX_CANDIDATES + 20))
        + "\n"
        + "".join(f"Berita ke-{n}\n{n + 1} Des 26 | Admin\n" for n in range(20)),
        # Years alone past ``_ONE_PASS_YEARS``.
        "Arsip " + " ".join("2026" for _ in range(dates._ONE_PASS_YEARS + 5)) + "\n28 Nov 26 | Admin\n",
    ],
)
def test_many_years_read_as_before(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    years, twenties = dates._years_and_twenties(text)
    old_years, old_twenties = _old_years_and_twenties(text)
    assert years == old_years
    assert (twenties is None) == (old_twenties is None)
    if twenties is not None and old_twenties is not None:
        assert [m.span() for m in twenties] == [m.span() for m in old_twenties]
    fast = date_marks(text)
    with monkeypatch.context() as patched:
        patched.setattr(dates, "_years_and_twenties", _old_years_and_twenties)
        assert date_marks(text) == fast
    # No more than ``MAX_CANDIDATES`` years are read.
    four_digits = [w for w in fast.written if text[w[2] - 4 : w[2]] == "2026"]
    assert len(four_digits) == min(dates.MAX_CANDIDATES, text.count(" November 2026"))


def test_no_relative_word_matches_over_its_next_place() -> None:
    # Where a word's end overlaps its start ("yesterdayesterday"), the first place is followed by a letter of the
    # second, so it is no match of the expression: a match never covers the next place the automaton found.
    for word in dates._RELATIVE_SEARCHED:
        for k in range(1, len(word)):
            if word.startswith(word[k:]):
                assert word[len(word) - k].isalnum(), word


_EDGES = ["lalu", "melalui lalu.", "Lalu\nKEMARIN", "lalué lalu_ lalu1 lalu", "yesterdayesterday yesterday"]


@pytest.mark.parametrize("text", [*_texts(), *_EDGES])
def test_the_relative_words_start_where_the_search_found_them(text: str) -> None:
    low = dates._lowered(text)
    _hints, present = dates._words_in(low)
    assert present is not None
    for word in dates._RELATIVE_SEARCHED:
        old = list(_old_word_starts(low, text, word))
        assert list(dates._word_starts(low, text, word, present)) == old, word
        assert list(dates._word_starts(low, text, word)) == old, word


def test_more_places_than_the_candidates_are_searched_as_before(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Pemerintah melalui dinas. " * (dates.MAX_CANDIDATES + 10) + "3 hari yang lalu"
    low = dates._lowered(text)
    _hints, present = dates._words_in(low)
    assert present is not None and len(present["lalu"]) > dates.MAX_CANDIDATES
    assert list(dates._word_starts(low, text, "lalu", present)) == list(_old_word_starts(low, text, "lalu"))
    fast = date_marks(text)
    with monkeypatch.context() as patched:
        patched.setattr(dates, "_word_starts", _old_word_starts)
        assert date_marks(text) == fast


@pytest.mark.parametrize("text", [*_texts(), "", "2026", "١2026", "x²2026", "🙂2026 é•2026 " + "z" * 40 + "2026"])
def test_the_windows_are_those_before_the_years(text: str) -> None:
    starts = list(range(len(text) + 1))
    windows = windows_before(text, starts, dates._WINDOW)
    for start, window in zip(starts, windows, strict=True):
        # None after a digit ("²" too: ``str.isdigit``), as the reading skipped such a year.
        assert window == (None if start and text[start - 1].isdigit() else dates._before(text, start)), start


def test_a_window_is_a_string_like_any_other() -> None:
    # Each is made in the narrowest form, as a slice is: equal to the slice's and hashed alike (``_window_read``'s
    # cache), and a page's window found in that cache.
    text = "Kamis, 3 Desember 2026 • “Berita” 2026 \U0001f642 4 Des 2026"
    starts = [found.start() for found in dates._YEAR.finditer(text)]
    for start, window in zip(starts, windows_before(text, starts, dates._WINDOW), strict=True):
        assert window == dates._before(text, start)
        assert hash(window) == hash(dates._before(text, start))
    dates._window_read.cache_clear()
    dates._WINDOW_READS.clear()
    date_marks(text)
    date_marks(text[:])
    # The second text's windows are kept by their characters (``WindowReads``): each window read once.
    assert dates._window_read.cache_info().misses == len(starts)
    assert dates._window_read.cache_info().hits == 0


def test_windows_refuse_places_outside_the_text() -> None:
    with pytest.raises(IndexError):
        windows_before("2026", [5], dates._WINDOW)
    with pytest.raises(ValueError, match="width"):
        windows_before("2026", [0], 65)


def test_the_marks_places_are_found_in_texts_of_every_width() -> None:
    # The places of one character (``_next_of``: memchr in a text of a byte a character, a read a character in the
    # others), against expressions, on random texts of one, two and four bytes a character.
    draw = random.Random(41)
    for characters in ("0123 -./3x2a", "0123 -./3x2a–", "0123 -./3x2a😀"):
        for _ in range(2000):
            text = "".join(draw.choice(characters) for _ in range(draw.randint(0, 20)))
            assert separated_twice(text, "-") == [m.start() for m in re.finditer(r"-(?=..?-)", text)], text
            assert after_one_of(text, "3", " ./-") == [m.start() for m in re.finditer(r"(?<=.[ ./-])3", text)], text
            assert year_places(text)[0] == [m.start() for m in re.finditer(r"20\d\d(?!\d)", text)], text
