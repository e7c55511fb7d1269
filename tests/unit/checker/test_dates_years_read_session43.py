"""A text's named dates read at its years in the compiled module (session 43), against the Python loop before.

``_scanned`` read each year of four digits in a Python loop: the year-first marks' ``startswith``, the year's slice,
the window's read, its parts unpacked, the limits' bisection, the date's tuple. ``_selectors.years_read`` now reads
a named date whose head crosses no line itself and gives every other year (a separator after it, a numeric date, a
head across a line) to ``_YearsRead.read``, the loop's body as before.
"""

from __future__ import annotations

import random
from bisect import bisect_left
from datetime import datetime

import pytest

from pantau_checker.core import dates
from pantau_checker.core._selectors import windows_before, years_read

_Found = list[tuple[datetime, int, int, datetime | None, dates._Limit]]


def _old_scanned(
    text: str,
    recent: set[tuple[int, int]] | None = None,
    month_first_stamps: bool = False,
    hints: list[tuple[int, int, int]] | None = None,
) -> _Found:
    """``_scanned`` before: every year read in Python."""
    found: _Found = []
    limits: dates._Limits | None = None
    numeric = dates._NumericOrder()
    years, twenties = dates._years_and_twenties(text)
    years = years[: dates.MAX_CANDIDATES]
    for start, window in zip(years, windows_before(text, years, dates._WINDOW), strict=True):
        if window is None:
            continue
        end = start + dates._YEAR_CHARS
        first_year = dates._year_first(text, start, end) if text.startswith(dates._AFTER_YEAR_MARKS, end) else None
        if first_year is not None:
            limits = limits or dates._Limits(text, hints)
            found.append((*first_year, None, limits.of(first_year[1], first_year[2])))
            continue
        year = text[start:end]
        read = dates._window_read(window, year)
        if read is None:
            continue
        head, last, head_end, back, newline, first = read
        if last is None:
            last = numeric.read(text, window, head, year, end, len(found))
            if last is None:
                continue
        elif newline and dates._caption(text, end):
            continue
        label = start - back
        limits = limits or dates._Limits(text, hints)
        starts = limits.starts
        at = bisect_left(starts, label - dates._LIMIT_REACH)
        limit = limits.of(label, end) if limits.countdown or (at < len(starts) and starts[at] < label) else None
        found.append((last, start - head_end, end, None, limit))
        if first is not None:
            found.append((first, start - head_end, end, last, limit))
    found = dates._stamps_read(found, numeric.stamps_read(), month_first_stamps)
    found += dates._short_found(
        text, limits or (dates._Limits(text, hints) if hints is not None else None), recent, twenties
    )
    return found


# A department's news list as its vendor writes it: a clock, dated items, a footer's ©, bullets and curly quotes.
_ITEMS = "".join(
    f"Kegiatan “Posyandu” ke-{n} di Kelurahan Margahayu\n {day}, {n % 28 + 1} {month} 2026\n • \nAdmin\n • \n"
    f"{100 + n} kali dilihat\nPemerintah Kota Bekasi melalui Dinas Kesehatan terus berupaya.\n"
    for n, (day, month) in enumerate(
        [("Kamis", "November"), ("Sabtu", "Desember"), ("Jum’at", "Nov"), ("Senin", "Des."), ("Rabu", "Oktober")] * 3
    )
)
_PAGE = "Beranda\nProfil\nBerita\nSelasa, 8 Desember 2026 | 10:15:05 WIB\n" + _ITEMS + "© 2026 Dinas Kesehatan\n"
# Every way the Python reading takes: limits' words before a date (on its line, on the line before, a countdown, the
# site's maintenance), ranges, numeric dates both ways round, Drupal's stamps, years first, a calendar's caption, a
# head across a line, a year after a digit, two-digit years.
_PARTS = [
    "Berlaku s.d. 15 Desember 2026\n",
    "Batas akhir pendaftaran: 20 Desember 2026\n",
    "Pendaftaran Ditutup\n12 Desember 2026\n",
    "Masa berlaku\n31 Desember 2026\n",
    "Diskon hingga 9 Januari 2027\n",
    "Pilkada serentak 27 November 2024\n",
    "Hitung mundur: 3 hari 4 jam 5 menit menuju 17 Agustus 2027\n",
    "Menuju HUT Kota Bekasi " + "." * 70 + " 10 Maret 2027: 120 hari 4 jam 5 menit\n",
    "Pemeliharaan sistem 7 Desember 2026 pukul 22.00\n",
    "Pameran 28 November – 12 Desember 2026\n",
    "Berlaku 1 s.d. 15 Desember 2026\n",
    "Pelatihan 1–3 Desember 2026 di Aula\n",
    "Rabu, 9 Desember s.d. Kamis, 10 Desember 2026\n",
    "Diperbarui 04/12/2026 08:15\n",
    "Tue, 12/01/2026\n",
    "11/28/2026\n",
    "25/11/2026\n",
    "Dikirim oleh admin pada Kam, 03/12/2026 - 09:15\n",
    "12/04/2026 - 09:15\n12/03/2026 - 10:00\n",
    "Rilis 2026-12-04 dan 2026/11/30\n",
    "v2.11.2026\n",
    "Nomor: B/5/13/2026\n",
    "Desember 2026\nS\nS\nR\nK\nJ\n1 2 3\n",
    "Online: 3\nDesember 2026\nSen\nSel\n",
    "Tanggal 5\nDesember 2026\n",
    "3rd\nDecember 2026\n",
    "Selasa,1Desember2026\n",
    "30Nov2026 SK12Des2026\n",
    "28th of November 2026 and November 28, 2026\n",
    "Tgl. 04 Bln. Desember Thn. 2026\n",
    "24 - 11 - 2026 dan 24 . 11 . 2026\n",
    "Kode 12026 dan 3 Desember 20261\n",
    "Kode 12026-12-04 dan 5 Desember 12026/11/30\n",
    "28 Nov 26 | Admin\n04/12/26 08:15\n03/12/26 09:00\n",
    "Jum’at, 27 Nov ’26\n",
    "Noveber 24 Noveber 2026\n",
    "© 2026 Pemerintah Kota Bekasi\n",
    "⏰ 10:00 📅 Sabtu, 5 Desember 2026\n",
    "31 Februari 2026\n",
]
_TEXTS = [
    _PAGE,
    "".join(_PARTS),
    _PAGE + "".join(_PARTS),
    "".join(reversed(_PARTS)) + _PAGE,
    "5 Desember 2026",
    "2026",
    "2026-12-05",
    "5 Desember 2026-",
    "",
    "Tidak ada tanggal di sini.",
]


def _hints(text: str) -> list[tuple[int, int, int]] | None:
    return dates._words_in(dates._lowered(text))[0]


def _both(text: str, month_first: bool = False, with_hints: bool = True) -> tuple[_Found, _Found]:
    hints = _hints(text) if with_hints else None
    recent_old: set[tuple[int, int]] = set()
    recent_new: set[tuple[int, int]] = set()
    old = _old_scanned(text, recent_old, month_first, hints)
    new = dates._scanned(text, recent_new, month_first, hints)
    assert recent_new == recent_old
    return old, new


@pytest.mark.parametrize("text", _TEXTS)
@pytest.mark.parametrize("month_first", [False, True])
@pytest.mark.parametrize("with_hints", [False, True])
def test_scanned_as_before(text: str, month_first: bool, with_hints: bool) -> None:
    old, new = _both(text, month_first, with_hints)
    assert new == old


@pytest.mark.parametrize("part", _PARTS)
def test_each_part_as_before(part: str) -> None:
    # Alone, after a vendor's list and among named dates: the limits made at the first date found, or before.
    for text in (part, _PAGE + part, part + _PAGE, "Sabtu, 5 Desember 2026\n" + part):
        for with_hints in (False, True):
            old, new = _both(text, with_hints=with_hints)
            assert new == old, text


def test_page_read_exactly() -> None:
    found = dates._scanned(_PAGE, set(), False, _hints(_PAGE))
    assert [(d.date().isoformat(), _PAGE[start:end], last, limit) for d, start, end, last, limit in found][:4] == [
        ("2026-12-08", "8 Desember 2026", None, None),
        ("2026-11-01", "1 November 2026", None, None),
        ("2026-12-02", "2 Desember 2026", None, None),
        ("2026-11-03", "3 Nov 2026", None, None),
    ]
    assert len(found) == 16  # the clock and 15 items: "© 2026" is no date


def test_countdown_after_the_date() -> None:
    # A countdown after a date bounds it, though no limit's word is before it.
    text = "Menuju HUT Kota Bekasi " + "." * 70 + " 10 Maret 2027: 120 hari 4 jam 5 menit\nSabtu, 5 Desember 2026\n"
    found = dates._scanned(text, set(), False, _hints(text))
    assert [(d.day, limit) for d, _start, _end, _last, limit in found] == [(10, "bound"), (5, None)]


def test_limits_and_ranges_exactly() -> None:
    text = "Berlaku s.d. 15 Desember 2026\nPameran 28 November – 12 Desember 2026\nSabtu, 5 Desember 2026\n"
    found = dates._scanned(text, set(), False, _hints(text))
    assert [(d.day, text[start:end], last and last.day, limit) for d, start, end, last, limit in found] == [
        (15, "15 Desember 2026", None, "bound"),
        (12, "12 Desember 2026", None, None),
        (28, "12 Desember 2026", 12, None),
        (5, "5 Desember 2026", None, None),
    ]


@pytest.mark.parametrize(
    "text", ["5 Desember 2026 " + "x" * 40 + " 9 Desember 2026", "\xe9 " + "a" * 70 + "1 Mei 2026"]
)
def test_one_byte_two_and_four(text: str) -> None:
    for wide in ("", "—", "🙂"):
        varied = wide + text.replace(" x", wide + "x", 3)
        old, new = _both(varied)
        assert new == old


@pytest.mark.parametrize("spaces", range(40, 80))
def test_limits_reach_edge(spaces: int) -> None:
    # A limit's word as far before the label as ``_LIMIT_REACH`` still bounds it; a character further, not.
    text = "Berlaku " + " " * spaces + "15 Desember 2026\n"
    old, new = _both(text)
    assert new == old
    assert new[0][4] == ("bound" if spaces + 8 <= dates._LIMIT_REACH else None)


class _Counting(dates._YearsRead):
    calls: list[int]

    def read(self, start: int, window: str) -> None:
        self.calls.append(start)
        super().read(start, window)


def _python_reads(text: str) -> list[int]:
    reader = _Counting(text, _hints(text))
    reader.calls = []
    years, _ = dates._years_and_twenties(text)
    years_read(text, years, dates._WINDOW, dates._window_read, reader, dates._LIMIT_REACH)
    return reader.calls


def test_named_dates_read_in_c() -> None:
    assert _python_reads(_PAGE) == []
    # Each of the others is given to Python once: a year first, a numeric date, a head across a line.
    text = "Rilis 2026-12-04\n04/12/2026\nTanggal 5\nDesember 2026\nSabtu, 5 Desember 2026\n"
    assert _python_reads(text) == [text.index("2026-"), text.index("2026\nT"), text.index("2026\nS")]


def test_python_reading_of_every_year_is_the_old() -> None:
    # ``_YearsRead.read`` given every year is the loop before: the compiled reading only takes its place.
    for text in _TEXTS:
        hints = _hints(text)
        reader = dates._YearsRead(text, hints)
        years = dates._years_and_twenties(text)[0]
        for start, window in zip(years, windows_before(text, years, dates._WINDOW), strict=True):
            if window is not None:
                reader.read(start, window)
        both = dates._YearsRead(text, hints)
        years_read(text, years, dates._WINDOW, dates._window_read, both, dates._LIMIT_REACH)
        assert both.found == reader.found
        assert (both.limits is None) == (reader.limits is None)


def test_limits_made_only_for_a_date() -> None:
    # A text whose years date nothing makes no limits (a pass of the automaton) where no hints were given.
    reader = dates._YearsRead("Kode 12026, 2026 orang, 20261", None)
    years_read(reader.text, [5, 12], dates._WINDOW, dates._window_read, reader, dates._LIMIT_REACH)
    assert reader.found == [] and reader.limits is None


def test_bad_arguments() -> None:
    reader = dates._YearsRead("2026", None)
    with pytest.raises(IndexError):
        years_read("2026", [1], dates._WINDOW, dates._window_read, reader, dates._LIMIT_REACH)
    with pytest.raises(ValueError):
        years_read("2026", [0], 65, dates._window_read, reader, dates._LIMIT_REACH)


_WORDS = [
    "Berlaku", "s.d.", "hingga", "sampai", "Batas akhir", "Pendaftaran Ditutup", "Pilkada", "menit", "Pemeliharaan",
    "Desember", "Des.", "Nov", "November", "Januari", "Kamis,", "Jum’at,", "Tue,", "pukul", "WIB", "©", "•", "·",
    "–", "-", "/", ".", ",", "1", "5", "12", "28", "31", "04/12", "12/04", "2026", "2027", "2024", "26", "’26",
    "- 09:15", "\n", "\n", " ", " ", "  ", "v", "Nomor:", "🙂", "é",
]  # fmt: skip


def test_random_texts_as_before() -> None:
    rng = random.Random(43)
    for _ in range(1500):
        text = "".join(rng.choice(_WORDS) + rng.choice(("", " ", " ", "\n")) for _ in range(rng.randint(1, 40)))
        old, new = _both(text, rng.random() < 0.2, rng.random() < 0.8)
        assert new == old, text
