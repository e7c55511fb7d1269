"""The windows' reads kept by their characters (session 45), against the ``lru_cache`` of ``_window_read`` before.

``years_read`` asked ``dates._window_read`` (an ``lru_cache``) what the window before each year of four digits reads:
the window made a str, the year's slice, the two hashed and compared as a tuple, for a read kept. It now asks
``dates._WINDOW_READS`` (``_selectors.WindowReads``), which keeps the same reads by the window's and the year's
characters, copied and hashed in C; the str is made only for a read not kept.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import datetime
from typing import Any

import pytest

from pantau_checker.core import dates
from pantau_checker.core._selectors import WindowReads, windows_before, years_read

# A department's news list as its vendor writes it: a top bar with today's date and a clock, a menu, dated items with
# bullets, curly quotes and "Jum’at", view counts, a footer's "©"; Indonesian and English months, short and long.
_ITEMS = "".join(
    f"Kegiatan “Posyandu” ke-{n} di Kelurahan Margahayu\n {day}, {n % 28 + 1} {month} 2026\n • \nAdmin\n • \n"
    f"{100 + n} kali dilihat\nPemerintah Kota Bekasi melalui Dinas Kesehatan terus berupaya.\n"
    for n, (day, month) in enumerate(
        [("Kamis", "November"), ("Sabtu", "Desember"), ("Jum’at", "Nov"), ("Senin", "Des."), ("Friday", "Dec")] * 4
    )
)
_PAGE = (
    "Beranda\nProfil\nBerita\nSelasa, 8 Desember 2026 | 10:15:05 WIB\n"
    + _ITEMS
    + "Agenda\nBerlaku s.d. 15 Desember 2026\nPameran 28 November – 12 Desember 2026\n"
    + "© 2026 Dinas Kesehatan Kota Bekasi · Hak cipta dilindungi\n"
)
# Every kind of year the reading meets: limits, ranges, numeric dates, years first, heads across a line, a year after a
# digit, characters of two and four bytes in the window, the same window before another year.
_PARTS = [
    "Batas akhir pendaftaran: 20 Desember 2026\n",
    "Pendaftaran Ditutup\n12 Desember 2026\n",
    "Hitung mundur: 3 hari 4 jam 5 menit menuju 17 Agustus 2027\n",
    "Diperbarui 04/12/2026 08:15\n",
    "Tue, 12/01/2026\n",
    "Rilis 2026-12-04 dan 2026/11/30\n",
    "Online: 3\nDesember 2026\nSen\nSel\n",
    "Kode 12026 dan 3 Desember 20261\n",
    "⏰ 10:00 📅 Sabtu, 5 Desember 2026\n",
    "Ωμέγα — 5 Desember 2026\n",
    "Sabtu, 5 Desember 2025\nSabtu, 5 Desember 2026\nSabtu, 5 Desember 2027\n",
    "31 Februari 2026\n",
    "x" * 80 + " 1 Mei 2026\n",
]
_TEXTS = [_PAGE, "".join(_PARTS), _PAGE + "".join(_PARTS), "".join(reversed(_PARTS)) + _PAGE, "2026", "", "5 Mei 2026"]


def _found(text: str, read: Callable[[str, str], Any]) -> tuple[list[Any], list[int]]:
    """Return the dates ``years_read`` reads with ``read`` at the years of ``text``, and the years it gave Python."""
    calls: list[int] = []

    class Counting(dates._YearsRead):
        def read(self, start: int, window: str) -> None:
            calls.append(start)
            assert window == dates._before(text, start)
            super().read(start, window)

    reader = Counting(text, dates._words_in(dates._lowered(text))[0])
    years = dates._years_and_twenties(text)[0]
    years_read(text, years, dates._WINDOW, read, reader, dates._LIMIT_REACH)
    return reader.found, calls


def _plain(read: Any) -> Any:
    """A read's parts with its match as its span and groups (a match equals only itself)."""
    return None if read is None else ((read[0].span(), read[0].groups()), *read[1:])


@pytest.fixture(autouse=True)
def _cold() -> None:
    dates._window_read.cache_clear()
    dates._WINDOW_READS.clear()


@pytest.mark.parametrize("text", _TEXTS)
def test_years_read_as_with_the_lru_cache(text: str) -> None:
    old = _found(text, dates._window_read)
    assert _found(text, dates._WINDOW_READS) == old  # cold
    assert _found(text, dates._WINDOW_READS) == old  # each read kept
    dates._window_read.cache_clear()
    assert _found(text, dates._WINDOW_READS) == old  # kept here, not by the lru_cache


@pytest.mark.parametrize("part", _PARTS)
def test_each_part_alone_and_in_a_page(part: str) -> None:
    for text in (part, _PAGE + part, part + _PAGE):
        assert _found(text, dates._WINDOW_READS) == _found(text, dates._window_read), text


@pytest.mark.parametrize("clocks", [False, True])
def test_date_marks_as_before(monkeypatch: pytest.MonkeyPatch, clocks: bool) -> None:
    for text in _TEXTS:
        fast = dates.date_marks(text, clocks)
        assert dates.date_marks(text, clocks) == fast
        with monkeypatch.context() as patched:
            patched.setattr(dates, "_WINDOW_READS", dates._window_read)
            assert dates.date_marks(text, clocks) == fast
    assert len(dates.date_marks(_PAGE).written) == 23  # the top bar's date, 20 items, a range's two days; no bound


def test_the_page_read_exactly() -> None:
    found, python = _found(_PAGE, dates._WINDOW_READS)
    assert python == []  # every year a named date read in C
    assert [(d.date().isoformat(), _PAGE[s:e]) for d, s, e, _last, _limit in found][:4] == [
        ("2026-12-08", "8 Desember 2026"),
        ("2026-11-01", "1 November 2026"),
        ("2026-12-02", "2 Desember 2026"),
        ("2026-11-03", "3 Nov 2026"),
    ]
    assert found[-1][4] is None and found[-3][4] == "bound"  # the "©" year none; "Berlaku s.d." bounds


def test_a_read_is_asked_once_per_window_and_year() -> None:
    asked: list[tuple[str, str]] = []

    def reading(window: str, year: str) -> Any:
        asked.append((window, year))
        return dates._window_read(window, year)

    reads = WindowReads(reading)
    first = _found(_PAGE, reads)
    assert first == _found(_PAGE, dates._window_read)
    distinct = {(dates._before(_PAGE, s), _PAGE[s : s + 4]) for s in dates._years_and_twenties(_PAGE)[0]}
    assert sorted(asked) == sorted(distinct)
    assert _found(_PAGE + "\n", reads) == first  # the same windows: nothing asked again
    assert len(asked) == len(distinct)
    reads.clear()
    assert _found(_PAGE, reads) == first
    assert len(asked) == 2 * len(distinct)


def test_the_same_window_before_other_years() -> None:
    text = "Sabtu, 5 Desember 2025\nSabtu, 5 Desember 2026\n"
    found, _ = _found(text, dates._WINDOW_READS)
    assert [d.year for d, *_ in found] == [2025, 2026]
    found, _ = _found(text.replace("2025", "2027"), dates._WINDOW_READS)
    assert [d.year for d, *_ in found] == [2027, 2026]


def test_keys_are_the_characters_and_where_the_window_ends() -> None:
    reads = WindowReads(lambda window, year: (window, year))
    assert reads("ab", "2026") == ("ab", "2026")
    assert reads("a", "b2026") == ("a", "b2026")  # the same characters, split elsewhere
    assert reads("ab", "2026x") == ("ab", "2026x")
    assert reads("ab", "2027") == ("ab", "2027")
    # Each width of character, and characters whose low bytes are the same (a key is not read as bytes of one width).
    for window in ("’ ,x", "' ,x", "\u2027 ,x", "\U0001f642 ,x", "\x19 ,x", "é ,x", "\u0119 ,x", "\U00010019 ,x"):
        assert reads(window, "2026") == (window, "2026")
        assert type(reads(window, "2026")[0]) is str
    assert reads("", "") == ("", "")
    long = "y" * 70
    assert reads(long, "2026") == (long, "2026")  # beyond a key's room: read, not kept


def test_kept_reads_are_the_same_objects_and_none_is_kept() -> None:
    calls: list[str] = []

    def reading(window: str, year: str) -> Any:
        calls.append(window)
        return None if window == "none" else object()

    reads = WindowReads(reading)
    assert reads("one", "2026") is reads("one", "2026")
    assert reads("none", "2026") is None
    assert reads("none", "2026") is None
    assert calls == ["one", "none"]


def test_a_read_that_raises_keeps_nothing() -> None:
    calls: list[str] = []

    def reading(window: str, year: str) -> Any:
        calls.append(window)
        raise ValueError(window)

    reads = WindowReads(reading)
    for _ in range(2):
        with pytest.raises(ValueError):
            reads("x", "2026")
    assert calls == ["x", "x"]


def test_more_windows_than_slots() -> None:
    # A read not kept replaces the one in its slot: each read is still the reading's.
    reads = WindowReads(lambda window, year: window + year)
    rng = random.Random(45)
    keys = [(f"{n} {rng.choice('ab’🙂')}", str(2000 + n % 40)) for n in range(10_000)]
    for _ in range(2):
        for window, year in keys:
            assert reads(window, year) == window + year


def test_the_same_window_before_more_years_than_slots() -> None:
    # One window before 5,000 years, over 4,096 slots: some of them meet in a slot, and each read is still its own
    # year's (the year's characters are the key's too).
    reads = WindowReads(lambda window, year: window + year)
    keys = [(" ,5 Desember", str(year)) for year in range(1000, 6000)]
    for _ in range(2):
        for window, year in keys:
            assert reads(window, year) == window + year


def test_random_texts() -> None:
    rng = random.Random(4545)
    pieces = ["5 ", "Desember ", "Des ", "Nov. ", "2026", "2025", "\n", " • ", "’", "/", "-", "12", "s.d. ", "x", "🙂"]
    for _ in range(400):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 40)))
        assert _found(text, dates._WINDOW_READS) == _found(text, dates._window_read), text


def test_windows_read_as_the_lru_cache_reads_them() -> None:
    # The same parts as ``_window_read``'s for every year's window of the texts, kept or not.
    for text in _TEXTS:
        years = dates._years_and_twenties(text)[0]
        for start, window in zip(years, windows_before(text, years, dates._WINDOW), strict=True):
            if window is not None:
                year = text[start : start + 4]
                assert _plain(dates._WINDOW_READS(window, year)) == _plain(dates._window_read(window, year))
                assert _plain(dates._WINDOW_READS(window, year)) == _plain(dates._window_read(window, year))


def test_a_plain_read_still_taken() -> None:
    # Any callable of (window, year) is asked as before (``years_read``'s other path).
    text = "Sabtu, 5 Desember 2026\n"
    asked: list[tuple[str, str]] = []

    def reading(window: str, year: str) -> Any:
        asked.append((window, year))
        return dates._window_read(window, year)

    assert _found(text, reading) == _found(text, dates._WINDOW_READS)
    assert asked == [(dates._before(text, 18), "2026")]
    assert isinstance(_found(text, reading)[0][0][0], datetime)
