"""A text's date words split, its limits' heads made and its two-digit years' places found in the compiled module, and
a text without a year or marks without a date read at once (session 44), against the Python before.

``_words_in`` split the automaton's matches in a list comprehension and a loop of ``setdefault``; ``_Limits`` made
its heads, starts and countdown in a comprehension, ``sorted`` and ``any``; ``_short_dated`` asked each of its marks
apart (five ``in``, two ``separated_twice``, a ``finditer`` of "/", one ``after_one_of``). ``_selectors.date_words``,
``limit_heads`` and ``short_places`` now do each in one call; ``_short_found`` returns at once where no place and no
twenty is found, ``_scanned`` reads only the two-digit years of a text without a year of four, and ``marked_dates``
returns at once for marks without a date.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

from pantau_checker.core import dates
from pantau_checker.core._selectors import after_one_of, date_words, limit_heads, separated_twice, short_places


def _old_words_in(low: str | bytes) -> tuple[list[tuple[int, int, int]] | None, dict[str, list[int]] | None]:
    """``_words_in`` before: the matches split in Python."""
    if len(low) > dates._ONE_PASS_CHARS:
        return None, None
    hinted = len(dates._LIMIT_STEMS) + len(dates._COUNTDOWN_WORDS)
    matches = dates._date_words_moves().found(low if isinstance(low, bytes) else dates.narrowed(low))
    hints = [match for match in matches if match[0] < hinted]
    present: dict[str, list[int]] = {}
    for index, start, _ in matches:
        if index >= hinted:
            present.setdefault(dates._RELATIVE_SEARCHED[index - hinted], []).append(start)
    return hints, present


def _old_heads(
    matches: list[tuple[int, int, int]],
) -> tuple[dict[int, re.Pattern[str]], list[int], bool]:
    """``_Limits``' heads, starts and countdown before: made in Python."""
    stems = len(dates._LIMIT_STEMS)
    heads = {start: dates._LIMIT_HEADS[index] for index, start, _ in matches if index < stems}
    return heads, sorted(heads), any(index >= stems for index, _, _ in matches)


def _old_short_dated(
    text: str, twenties: list[re.Match[str]] | None = None
) -> Iterator[tuple[datetime, int, int, bool]]:
    """``_short_dated`` before: each mark asked apart."""
    for mark, pattern in dates._SHORT_YEARS:
        if mark not in text:
            continue
        years = dates._found_at(pattern, text, separated_twice(text, mark)) if mark in "-." else pattern.finditer(text)
        for count, year in enumerate(years):
            if count >= dates.MAX_CANDIDATES:
                break
            at = year.start() if mark in dates._APOSTROPHES else year.end() - 2
            found = dates._short_date(text, at, year.end(), 2000 + int(year.group()[-2:]), mark)
            if found is not None:
                yield found[0], found[1], year.end(), found[2]
    firsts = twenties if twenties is not None else dates._NAMED_SHORT_YEARS[0].finditer(text)
    thirties = list(dates._found_at(dates._NAMED_SHORT_YEARS[1], text, after_one_of(text, "3", " ./-")))
    after_months = dates.heapq.merge(firsts, thirties, key=re.Match.start) if thirties else firsts
    for count, year in enumerate(after_months):
        if count >= dates.MAX_CANDIDATES:
            break
        named = dates._named_short_date(text, year)
        if named is not None:
            yield named[0], named[1], year.end(), False


def _old_short_found(
    text: str,
    limits: dates._Limits | None,
    recent: set[tuple[int, int]] | None,
    twenties: list[re.Match[str]] | None = None,
) -> list[tuple[datetime, int, int, datetime | None, str | None]]:
    """``_short_found`` before: every text read, its limits made without the words found."""
    found: list[tuple[datetime, int, int, datetime | None, str | None]] = []
    loose: list[tuple[datetime, int, int]] = []
    for short, start, end, unconfirmed in _old_short_dated(text, twenties):
        if unconfirmed:
            loose.append((short, start, end))
            continue
        limits = limits or dates._Limits(text)
        found.append((short, start, end, None, limits.of(start, end)))
    dotted = [stamp for stamp in loose if text[stamp[2] - 3] == "."]
    if dotted:
        posts = dates._dotted_posts(text, dotted)
        loose = [stamp for stamp in loose if text[stamp[2] - 3] != "."]
        if len(posts) >= dates._MIN_STAMPS:
            loose += posts
    if len(loose) < dates._MIN_STAMPS or recent is None:
        return found
    for short, start, end in loose:
        limits = limits or dates._Limits(text)
        found.append((short, start, end, None, limits.of(start, end)))
        recent.add((start, end))
    return found


def _old_scanned(
    text: str,
    recent: set[tuple[int, int]] | None = None,
    month_first_stamps: bool = False,
    hints: list[tuple[int, int, int]] | None = None,
) -> list[tuple[datetime, int, int, datetime | None, str | None]]:
    """``_scanned`` before: every text's years read, its limits made where the words were found."""
    years, twenties = dates._years_and_twenties(text)
    reader = dates._YearsRead(text, hints)
    dates.years_read(text, years[: dates.MAX_CANDIDATES], dates._WINDOW, dates._window_read, reader, dates._LIMIT_REACH)
    found = dates._stamps_read(reader.found, reader.numeric.stamps_read(), month_first_stamps)
    limits = reader.limits or (dates._Limits(text, hints) if hints is not None else None)
    found += _old_short_found(text, limits, recent, twenties)
    return found


def _old_marked_dates(marks: dates.Marks, now: datetime) -> list[datetime]:
    """``marked_dates`` before: marks without a date resolved as any."""
    text, clocks, today = marks.text, marks.clocks, dates._local_day(now)
    shown = dates._shown_days(now, clocks)
    first = shown[0]
    since = datetime(first.year, first.month, first.day, tzinfo=UTC) - dates._DAY

    def shows(d: datetime, start: int, end: int) -> bool:
        return d.date() in shown and (
            dates._is_clock(text, d, start, end, now, marks.stamps)
            if clocks
            else dates._widget_day(text, d, start, end, now)
        )

    found = dates.dates_kept(
        marks.written, now, today, since, dates._PLAN_PERIODS, dates._planned, marks.recent, today.year, shows
    )
    relative = [
        now - (mark if isinstance(mark, timedelta) else dates._since_weekday(mark, now)) for mark in marks.relative
    ]
    return found + relative


# A department's news list as its vendor writes it: a clock, dated items with relative times, a footer's ©, bullets
# and curly quotes.
_ITEMS = "".join(
    f"Kegiatan “Posyandu” ke-{n} di Kelurahan Margahayu\n {day}, {n % 9 + 1} {month} 2026\n • \nAdmin · {n + 1} hari "
    f"yang lalu\n • \n{100 + n} kali dilihat\nPemerintah Kota Bekasi melalui Dinas Kesehatan terus berupaya.\n"
    for n, (day, month) in enumerate(
        [("Kamis", "Desember"), ("Sabtu", "Desember"), ("Jum’at", "Nov"), ("Senin", "Des."), ("Rabu", "Oktober")] * 3
    )
)
_PAGE = "Beranda\nProfil\nBerita\nSelasa, 8 Desember 2026 | 10:15:05 WIB\n" + _ITEMS + "© 2026 Dinas Kesehatan\n"
# The chrome outside a page's articles: menus, a footer, no year of four digits.
_CHROME = (
    "\n\n  \nBerita Terkini\n\n  \nBerita lainnya »\n\n  \nAgenda\n    \nRapat Evaluasi Kinerja Triwulan\n"
    "Bimbingan Teknis SPBE\n  \nPengumuman\n    \nJadwal Layanan Selama Libur Nasional\n  \nTautan\n    \n"
    "Pemerintah Kota Bekasi\n    \nSP4N LAPOR!\n\n"
)
# Each kind of two-digit year, a limit's and the countdown's words, relative phrases, and what looks like them.
_PARTS = [
    "Jum’at, 27 Nov ’26\n",
    "Posted 27 Nov '26 by admin\n",
    "Dikirim 04/12/26 08:15\nDikirim 03/12/26 09:00\n",
    "Kamis, 26-11-26 | Admin\nRabu, 25-11-26 | Admin\n",
    "Senin, 30/11/26\n",
    "Thu, 11/26/26\n",
    "Judul berita pertama yang cukup panjang sekali\n04.12.26\nJudul berita kedua yang cukup panjang pula\n03.12.26\n",
    "28 Nov 26 | Admin\n",
    "5 Feb 32\n",
    "12 Mar-31, 09:00 WIB\n",
    "Nov 30\n",
    "3 Desember 2026\n137 kali dibaca\n",
    "Berlaku s.d. 15 Desember 2026\n",
    "Diskon hingga 9 Januari 2027\n",
    "Batas akhir pendaftaran: 20 Desember 2026\n",
    "Hitung mundur: 3 hari 4 jam 5 menit menuju 17 Agustus 2027\n",
    "Promo 5 minute deal sampai 04/12/26\n",
    "Pemeliharaan sistem 7 Desember 2026 pukul 22.00\n",
    "Nomor: B/5/13/26\n",
    "Telp. 021-88-12-26\n",
    "Versi 2.11.26\n",
    "oleh Admin · 3 hari yang lalu\n",
    "kemarin\n",
    "Diperbarui baru saja\n",
    "tadi pagi · 2 jam lalu\n",
    "Dilihat 12.345 kali - 3 komentar\n",
    "\x19 a control character ’ then\n",
    "Agenda 😀 1 - 3 Desember 2026\n",
    "33/33/33 3-3-3 3.3.3\n",
]
_TEXTS = [
    _PAGE,
    _CHROME,
    "".join(_PARTS),
    _PAGE + "".join(_PARTS),
    "".join(reversed(_PARTS)) + _CHROME,
    *_PARTS,
    *(part + _CHROME for part in _PARTS),
    "",
    "3",
    "33",
    " 3",
    "-",
    "'26",
    "’26",
    "Tidak ada tanggal di sini.",
]


def _lows(text: str) -> list[str | bytes]:
    low = dates._lowered(text)
    return [low, low.decode("latin-1")] if isinstance(low, bytes) else [low]


@pytest.mark.parametrize("text", _TEXTS)
def test_words_in_as_before(text: str) -> None:
    for low in _lows(text):
        assert dates._words_in(low) == _old_words_in(low)


@pytest.mark.parametrize("text", _TEXTS)
def test_limits_as_before(text: str) -> None:
    hints, _present = dates._words_in(dates._lowered(text))
    assert hints is not None
    heads, _starts, countdown = _old_heads(hints)
    for limits in (dates._Limits(text, hints), dates._Limits(text)):
        # Since session 47 a start where no head can match is left out (``test_limits_session47.py``).
        assert limits.countdown == countdown and limits.starts == sorted(limits.heads)
        assert limits.heads == {at: head for at, head in heads.items() if at in limits.heads}
        assert all(head.match(text, at) is None for at, head in heads.items() if at not in limits.heads)


@pytest.mark.parametrize("text", _TEXTS)
def test_short_places_are_the_marks_places(text: str) -> None:
    places = short_places(text)
    expected = (
        [at for at, char in enumerate(text) if char == "'"],
        [at for at, char in enumerate(text) if char == "’"],
        separated_twice(text, "/"),
        separated_twice(text, "-"),
        separated_twice(text, "."),
        # Since session 46 only the "3"s where the thirties' expression may match (``_named_threes``).
        [at for at in after_one_of(text, "3", " ./-") if _may_be_thirty(text, at)],
    )
    assert places == (expected if any(expected) else None)


def _may_be_thirty(text: str, at: int) -> bool:
    """Whether the "3" at ``at`` (after one of " ./-") has a digit after it and a letter or "." before its mark."""
    return at + 1 < len(text) and text[at + 1].isdecimal() and re.match(r"[^\W\d_]|\.", text[at - 2]) is not None


@pytest.mark.parametrize("text", _TEXTS)
def test_short_dated_and_found_as_before(text: str) -> None:
    twenties = dates._years_and_twenties(text)[1]
    for given in (twenties, None):
        assert list(dates._short_dated(text, given)) == list(_old_short_dated(text, given))
        old_recent: set[tuple[int, int]] = set()
        new_recent: set[tuple[int, int]] = set()
        assert dates._short_found(text, None, new_recent, given) == _old_short_found(text, None, old_recent, given)
        assert new_recent == old_recent


@pytest.mark.parametrize("text", _TEXTS)
@pytest.mark.parametrize("month_first", [False, True])
def test_scanned_as_before(text: str, month_first: bool) -> None:
    hints, _present = dates._words_in(dates._lowered(text))
    for given in (hints, None):
        old_recent: set[tuple[int, int]] = set()
        new_recent: set[tuple[int, int]] = set()
        old = _old_scanned(text, old_recent, month_first, given)
        assert dates._scanned(text, new_recent, month_first, given) == old
        assert new_recent == old_recent


_NOWS = [
    datetime(2026, 12, 5, 9, 30, tzinfo=UTC),
    datetime(2026, 12, 8, 3, 15, tzinfo=UTC),
    datetime(2027, 1, 10, 8, 0, tzinfo=UTC),
    datetime(2028, 2, 1, 0, 0, tzinfo=UTC),
]


@pytest.mark.parametrize("text", _TEXTS)
@pytest.mark.parametrize("clocks", [False, True])
def test_marks_and_dates_as_before(text: str, clocks: bool) -> None:
    marks = dates.date_marks(text, clocks)
    for now in _NOWS:
        assert dates.marked_dates(marks, now) == _old_marked_dates(marks, now)
    assert dates.content_dates(text, _NOWS[0], clocks) == _old_marked_dates(marks, _NOWS[0])


def test_the_chrome_and_the_page_read_as_expected() -> None:
    """The bench's two texts: the chrome has no date, the list one of each item and its relative time."""
    assert dates.date_marks(_CHROME, True) == dates.Marks(_CHROME, True, (), ())
    assert dates.marked_dates(dates.date_marks(_CHROME, True), _NOWS[0]) == []
    marks = dates.date_marks(_PAGE)
    assert len(marks.written) == 16 and len(marks.relative) == 15
    assert short_places(_CHROME) is None


def test_marks_without_a_date_resolve_no_time() -> None:
    marks = dates.Marks("3 hari yang lalu", False, (), ())
    assert dates.marked_dates(marks, _NOWS[0]) == []
    marks = dates.Marks("3 hari yang lalu", False, (), (timedelta(days=3), "Senin"))
    assert dates.marked_dates(marks, _NOWS[0]) == [_NOWS[0] - timedelta(days=3), _NOWS[0] - timedelta(days=5)]


def test_a_text_without_a_year_reads_its_two_digit_years() -> None:
    text = "Dikirim 04/12/26 08:15\nDikirim 03/12/26 09:00\nPosted 27 Nov '26\n"
    recent: set[tuple[int, int]] = set()
    found = dates._scanned(text, recent)
    assert [(d.date().isoformat(), limit) for d, _start, _end, _last, limit in found] == [
        ("2026-11-27", None),
        ("2026-12-04", None),
        ("2026-12-03", None),
    ]
    assert len(recent) == 2


def test_the_helpers_directly() -> None:
    matches = [(0, 5, 10), (len(dates._LIMIT_STEMS), 1, 6), (2, 3, 8), (1, 5, 9)]
    # The text after a stem is read since session 47: "befor" at 3 is followed by its "e" ("batas" has no tail).
    heads, starts, countdown = limit_heads("xxxbefore", matches, dates._LIMIT_HEADS, dates._LIMIT_TAILS)
    assert heads == {5: dates._LIMIT_HEADS[1], 3: dates._LIMIT_HEADS[2]} and starts == [3, 5] and countdown
    assert limit_heads("", [], dates._LIMIT_HEADS, dates._LIMIT_TAILS) == ({}, [], False)
    hinted = len(dates._LIMIT_STEMS) + len(dates._COUNTDOWN_WORDS)
    hints, present = date_words(
        dates._date_words_moves(), b"3 hari yang lalu, lalu kemarin s.d.", hinted, dates._RELATIVE_SEARCHED
    )
    assert present == {"lalu": [12, 18], "kemarin": [23]}
    assert [dates._LIMIT_STEMS[index] for index, _start, _end in hints] == ["s.d", "s.d."]
    with pytest.raises(TypeError):
        limit_heads([[0, 1, 2]], dates._LIMIT_HEADS)
    assert short_places("\x19") is None and short_places("\x19’") == ([], [1], [], [], [], [])
    # Since session 46 a "3" is a place only with a digit after it and a letter or "." before its mark.
    assert short_places("3 3") is None and short_places("a 30") == ([], [], [], [], [], [2])
    assert short_places(" 3") is None  # the first two characters start no year


def _random_text(rng: random.Random) -> str:
    pieces = [
        "Kamis, ",
        "26",
        "/",
        "-",
        ".",
        "'",
        "’",
        " ",
        "\n",
        "Nov ",
        "Desember ",
        "2026",
        "3",
        "30",
        "04",
        "12",
        "hingga ",
        "s.d. ",
        "menit ",
        "yang lalu",
        "kemarin",
        " • ",
        "©",
        "😀",
        "Admin",
        "08:15",
    ]
    return "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 40)))


def test_random_texts_as_before() -> None:
    rng = random.Random(44)
    for _ in range(1500):
        text = _random_text(rng)
        for low in _lows(text):
            assert dates._words_in(low) == _old_words_in(low), text
        hints, _present = dates._words_in(dates._lowered(text))
        old_recent: set[tuple[int, int]] = set()
        new_recent: set[tuple[int, int]] = set()
        assert dates._scanned(text, new_recent, False, hints) == _old_scanned(text, old_recent, False, hints), text
        assert new_recent == old_recent, text
        marks = dates.date_marks(text, rng.random() < 0.5)
        assert dates.marked_dates(marks, _NOWS[0]) == _old_marked_dates(marks, _NOWS[0]), text
