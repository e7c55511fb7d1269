"""The two-digit years' searches of the checker's date reading (session 40) against the searches before.

The "-" and "." numeric dates ("Kamis, 26-11-26", "04.12.26") and the two-digit years of the 2030s after a month's
name ("28 Nov 30") are looked for only where the compiled module finds their first character with the characters a
match needs around it (``separated_twice``, ``after_one_of``); ``_found_at`` matches the expression there as its
``finditer`` found. The dates read must be those of the expressions' own passes.
"""

from __future__ import annotations

import random
import re

import pytest

from pantau_checker.core import dates
from pantau_checker.core._selectors import after_one_of, separated_twice
from pantau_checker.core.dates import date_marks

# A department's news list: a top bar's clock, stamps of two-digit years with "-" and "." and after a month's name
# (of the 2020s and 2030s), with hyphens, dots and threes in the prose around them (a phone's number, "ke-3", an
# ellipsis, an amount, a time), a footer.
_NEWS = (
    "Beranda\nProfil\nBerita\nAgenda\nPPID\nKontak\n"
    "Selasa, 8 Desember 2026 | 10:15:05 WIB\n"
    "Berita Terkini\n"
    + "".join(
        f"Rapat koordinasi kader posyandu ke-{n} di Kel. Bintara... hadir 3.{n}00 warga, Telp 021-88-{n % 9 + 10}-26\n"
        f"Kamis, 26-11-26 | Admin · {n + 30} kali dilihat\n"
        f"Kamis, 26.11.26 oleh Humas\n"
        f"{n % 28 + 1:02d}-11-26 08:{n % 60:02d}\n"
        f"{n % 28 + 1:02d}.11.26\n"
        f"{n % 28 + 1} Nov 30 | Admin\n"
        f"{n % 28 + 1}-Nov-30 | Admin\n"
        f"{n % 28 + 1} Nop. 31\n"
        f"Jadwal 3 Des 31, 14:05 WIB, {n % 28 + 1} Nop. 33, Nov-32 dan Des/34\n"
        f"Anggaran Mei 33.000 dan 4-5-6-7 serta v1.3.26-3-33\n"
        for n in range(25)
    )
    + "Pengumuman 1.2.3.4.26 dan 04-12-26-11-26\n"
    "© 2026 Dinas Kesehatan Kota Bekasi | Jl. Jend. Ahmad Yani No. 1, Bekasi 17141\n"
)


def _written(text: str, clocks: bool = False, month_first: bool = False, stamps: bool = False) -> list[tuple]:
    return [
        (found.isoformat(), start, end, last and last.isoformat(), until)
        for found, start, end, last, until in date_marks(text, clocks, month_first, stamps).written
    ]


def _before(monkeypatch: pytest.MonkeyPatch, text: str, *flags: bool) -> list[tuple]:
    """Return what the reading gives where each expression searches the whole text, as before."""
    with monkeypatch.context() as patched:
        patched.setattr(dates, "_found_at", lambda pattern, text, starts: pattern.finditer(text))
        return _written(text, *flags)


@pytest.fixture(autouse=True)
def _cold() -> None:
    dates._window_read.cache_clear()
    dates._WINDOW_READS.clear()


@pytest.mark.parametrize("flags", [(), (True,), (False, True), (True, False, True)])
# Two bytes a character ("–"), and four ("😀"): the compiled module reads each form.
@pytest.mark.parametrize("tail", ["", "Rapat 28 November – 5 Desember 2026\n", "Selamat datang 😀\n"])
def test_a_news_list_reads_as_with_the_searches_before(
    monkeypatch: pytest.MonkeyPatch, flags: tuple[bool, ...], tail: str
) -> None:
    text = tail + _NEWS + tail
    written = _written(text, *flags)
    assert written == _before(monkeypatch, text, *flags)
    # Each search finds dates here: "-" and "." stamps, and a two-digit year of the 2030s after a month's name.
    for stamp in ("26-11-26", "26.11.26", "1 Nov 30", "1-Nov-30", "1 Nop. 31"):
        at = text.index(stamp)
        assert any(start <= at < end for _, start, end, _, _ in written), stamp


def test_a_match_covers_the_places_after_its_start() -> None:
    # Where a match holds another place, the next is looked for after it, as ``finditer`` does.
    pattern = re.compile("aa")
    assert _spans(dates._found_at(pattern, "aaaaa", [0, 1, 2, 3])) == _spans(pattern.finditer("aaaaa"))


def _spans(matches: object) -> list[tuple[int, int]]:
    return [match.span() for match in matches]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "text",
    [
        "04-12-26-11-26",  # the second "-" of a match, where no match starts
        "1.2.3.4.26 dan 1.2.26.3.26",
        "--12--26 -1-26 -12-2 -12-26- ..12.26",
        "Nov 33 Nov 3 Nov-33 Nov.33 Nov/33 Nov. 33 a 33 N 333 Nov 3a",
        "3 Nov 33",
        "–04-12-26 😀 04.12.26 Nov 33",
    ],
)
def test_each_search_finds_what_its_expressions_pass_finds(text: str) -> None:
    for mark in "-.":
        pattern = dict(dates._SHORT_YEARS)[mark]
        assert _spans(dates._found_at(pattern, text, separated_twice(text, mark))) == _spans(pattern.finditer(text))
    pattern = dates._NAMED_SHORT_YEARS[1]
    assert _spans(dates._found_at(pattern, text, after_one_of(text, "3", " ./-"))) == _spans(pattern.finditer(text))


def test_short_random_texts_find_what_the_passes_find() -> None:
    draw = random.Random(40)
    characters = "0123456789--..//  3333aNov:,\n²٣–😀"
    for _ in range(3000):
        text = "".join(draw.choice(characters) for _ in range(draw.randint(0, 24)))
        test_each_search_finds_what_its_expressions_pass_finds(text)


def test_the_places_are_those_of_the_mark_with_its_neighbours() -> None:
    text = "a-1-2 -12-3 -123-4 .1.2 3 x 3 .3 /3 -3"
    assert separated_twice(text, "-") == [m.start() for m in re.finditer(r"-(?=..?-)", text)]
    assert separated_twice(text, ".") == [m.start() for m in re.finditer(r"\.(?=..?\.)", text)]
    assert after_one_of(text, "3", " ./-") == [m.start() for m in re.finditer(r"(?<=.[ ./-])3", text)]
    assert after_one_of(" 3", "3", " ") == []  # not at the text's first two
