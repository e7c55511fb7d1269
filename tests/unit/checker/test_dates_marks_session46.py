"""The dates' marks without the work their result does not need (session 46), against the code before.

- ``short_places`` gave every "3" after one of " ./-" as a place of the thirties' expression (a two-digit year of the
  2030s after a month's name, ``dates._NAMED_SHORT_YEARS[1]``): a day's "3 Desember" or a time's "13.30" was one, and
  ``_short_found`` matched the expression there in Python. Now only the "3"s where its lookbehinds can hold
  (``_selectors._named_threes``): a digit after, a letter or a "." before the mark.
- ``date_marks`` read the relative phrases of a text whose date words hold none of their words (``_words_in``'s
  ``present`` empty): it has none.
- ``marked_dates`` and ``_local_day`` made a day's midnight with ``datetime(y, m, d, tzinfo=UTC)``, whose keyword
  is parsed each call; now ``datetime.combine`` with ``dates._MIDNIGHT``.
"""

from __future__ import annotations

import random
import re
from datetime import UTC, datetime, timedelta

import pytest

from pantau_checker.core import dates
from pantau_checker.core._selectors import after_one_of, short_places

_THIRTIES = dates._NAMED_SHORT_YEARS[1]


def _old_local_day(now: datetime) -> datetime:
    """``_local_day`` before."""
    local = now + dates._LOCAL
    return datetime(local.year, local.month, local.day, tzinfo=UTC)


def _old_date_marks(text: str, clocks: bool = False, month_first: bool = False, stamps: bool = False) -> dates.Marks:
    """``date_marks`` before: the relative phrases read whatever ``present`` holds, the thirties at every "3" after
    one of " ./-"."""
    low = dates._lowered(text)
    hints, present = dates._words_in(low)
    recent: set[tuple[int, int]] = set()
    written = dates.written_marks(_old_scanned(text, recent, month_first, hints), clocks)
    fed = dates._FedData(text, low) if clocks and written else None
    if fed is not None and fed.any:
        written = tuple(w for w in written if not fed.owns(w[1], w[2]))
    relative = tuple(dates._relative_marks(text, clocks, low, present))
    return dates.Marks(text, clocks, written, relative, frozenset(recent), stamps)


def _old_places(text: str) -> tuple[list[int], ...] | None:
    """``short_places`` before: every "3" after one of " ./-" (past the text's first two)."""
    new = short_places(text)
    marks = new[:-1] if new is not None else ([],) * 5
    three = after_one_of(text, "3", " ./-")
    return (*marks, three) if any(marks) or three else None


def _old_short_found(
    text: str,
    limits: dates._Limits | None,
    recent: set[tuple[int, int]] | None,
    twenties: list[re.Match[str]] | None = None,
    hints: list[tuple[int, int, int]] | None = None,
) -> list[tuple[datetime, int, int, datetime | None, dates._Limit]]:
    """``_short_found`` before, with the old places (its body as it was)."""
    places = _old_places(text)
    if places is None and twenties is not None and not twenties:
        return []
    found: list[tuple[datetime, int, int, datetime | None, dates._Limit]] = []
    loose: list[tuple[datetime, int, int]] = []
    for short, start, end, unconfirmed in dates._short_dated(text, twenties, places):
        if unconfirmed:
            loose.append((short, start, end))
            continue
        limits = limits or dates._Limits(text, hints)
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
        limits = limits or dates._Limits(text, hints)
        found.append((short, start, end, None, limits.of(start, end)))
        recent.add((start, end))
    return found


def _old_scanned(
    text: str,
    recent: set[tuple[int, int]] | None = None,
    month_first_stamps: bool = False,
    hints: list[tuple[int, int, int]] | None = None,
) -> list[tuple[datetime, int, int, datetime | None, dates._Limit]]:
    """``_scanned`` with ``_old_short_found``."""
    years, twenties = dates._years_and_twenties(text)
    if not years:
        return _old_short_found(text, None, recent, twenties, hints)
    reader = dates._YearsRead(text, hints)
    dates.years_read(
        text, years[: dates.MAX_CANDIDATES], dates._WINDOW, dates._WINDOW_READS, reader, dates._LIMIT_REACH
    )
    found = dates._stamps_read(reader.found, reader.numeric.stamps_read(), month_first_stamps)
    found += _old_short_found(text, reader.limits, recent, twenties, hints)
    return found


def _old_marked_dates(marks: dates.Marks, now: datetime) -> list[datetime]:
    """``marked_dates`` before."""
    if not marks.written and not marks.relative:
        return []
    text, clocks, today = marks.text, marks.clocks, _old_local_day(now)
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


def _vendor_page() -> str:
    """A department's home page as its vendor's theme writes it: a top bar with today's date and a clock, a news list
    of dated items with bullets, view counts and relative dates, an agenda, a footer."""
    items = []
    for day in range(1, 21):
        items.append(
            f"Pelayanan Vaksinasi Gratis di {day + 30} Puskesmas Selama Bulan Ini\n"
            f" Kamis, {day} Desember 2026\n · \nAdmin\n · \n{100 + 17 * day} kali dilihat\n"
            "Pemerintah Kota Bekasi melalui Dinas Kesehatan terus meningkatkan mutu pelayanan “Jum’at Sehat”.\n"
        )
    return (
        "Minggu, 6 Desember 2026 • 13.30 WIB\nBeranda | Profil | Berita\n"
        + "".join(items)
        + "Agenda\n• Rapat 3 - 10 Januari 2027\n• Bimtek 23/12/26 08.30\n• Posting 2 jam yang lalu\n"
        "Diperbarui kemarin · 3 hari lalu\n© 2026 Dinas Kesehatan Kota Bekasi. Hak cipta dilindungi.\n"
    )


_PARTS = (
    "",
    "3",
    "33",
    " 3",
    "a 30",
    "Nov 30",
    "28 Nov 30 ",
    "28-Nov-31\n",
    "28 Nov. 32 ",
    "28 nov.33",
    "12 Des/34 08:00",
    "Ⅻ 35",  # a Roman numeral: a letter of ``[^\W\d_]`` (alphanumeric, no decimal)
    "x² 36",  # a superscript two: alphanumeric, not a decimal (a letter to the lookbehind)
    "_ 37",  # an underscore: no letter
    "1 39",  # a decimal before the mark
    "Nov 3٠ ",  # an Arabic-Indic zero after the three: a decimal
    "Nov 3a",
    "Nov 3",
    "Nov  30",  # two spaces: the mark after a space
    "Nov\n30",
    "Jan 30, 2026 · 13.30 · 3.3.30 · 5-3-33",
    "Kamis, 3 Desember 2026 13:30 WIB",
    "\U0001f4c5 Des 31 \U0001f552",  # a character of four bytes
    "Des 31 — 1 Jan 32",  # a character of two bytes
    "04/12/26\n05/12/26\n",
    "'26 · ’31 · 26 November '26",
    "Berlaku s.d. 31 Desember 2026",
    "3 hari yang lalu",
    "kemarin, 13.30",
    "2 days ago · yesterday · just now · Senin lalu",
)


def _texts() -> list[str]:
    page = _vendor_page()
    return [*_PARTS, page, *(page + part for part in _PARTS[1:]), *(part + "\n" + page for part in _PARTS[1:])]


_TEXTS = _texts()


def _thirties(text: str, places: list[int]) -> list[tuple[int, int]]:
    return [found.span() for found in dates._found_at(_THIRTIES, text, places)]


@pytest.mark.parametrize("text", _TEXTS)
def test_threes_are_those_the_thirties_may_match_at(text: str) -> None:
    places = short_places(text)
    three = places[-1] if places is not None else []
    old = after_one_of(text, "3", " ./-")
    # The expression's own lookbehinds, asked of Python's ``re``: a digit after, a letter or a "." before the mark.
    assert three == [
        at
        for at in old
        if at + 1 < len(text) and text[at + 1].isdecimal() and re.match(r"[^\W\d_]|\.", text[at - 2]) is not None
    ]
    # Every match of the expression starts at one of them, and the places left out hold none.
    assert _thirties(text, three) == _thirties(text, old) == [found.span() for found in _THIRTIES.finditer(text)]
    assert not any(_THIRTIES.match(text, at) for at in set(old) - set(three))


def test_the_thirties_read_where_they_are() -> None:
    assert short_places("28 Nov 30 ") == ([], [], [], [], [], [7])
    assert short_places("28 Nov. 32 ") == ([], [], [], [], [], [8])
    assert short_places("Ⅻ 35") == ([], [], [], [], [], [2])
    assert short_places("Nov 3٠ ") == ([], [], [], [], [], [4])
    assert short_places("x² 36") == ([], [], [], [], [], [3])  # a superscript: alphanumeric, no decimal
    # A day's or a time's "3" is none: a text of no other mark holds no place at all.
    for text in ("Kamis, 3 Desember 2026", "pukul 13.30", "_ 37", "1 39", "Nov 3a", "Nov 3", "33", " 3"):
        assert short_places(text) is None, text


@pytest.mark.parametrize("text", _TEXTS)
def test_short_found_as_before(text: str) -> None:
    twenties = dates._years_and_twenties(text)[1]
    for given in (twenties, None):
        old_recent: set[tuple[int, int]] = set()
        new_recent: set[tuple[int, int]] = set()
        assert dates._short_found(text, None, new_recent, given) == _old_short_found(text, None, old_recent, given)
        assert new_recent == old_recent
        assert list(dates._short_dated(text, given)) == list(dates._short_dated(text, given, _old_places(text)))


@pytest.mark.parametrize("text", _TEXTS)
@pytest.mark.parametrize(
    ("clocks", "month_first", "stamps"), [(False, False, False), (True, False, True), (True, True, False)]
)
def test_date_marks_as_before(text: str, clocks: bool, month_first: bool, stamps: bool) -> None:
    assert dates.date_marks(text, clocks, month_first, stamps) == _old_date_marks(text, clocks, month_first, stamps)


def test_relative_phrases_of_a_long_text_still_read() -> None:
    # A text past ``_ONE_PASS_CHARS`` has no ``present`` (None): its phrases are each looked for as before.
    text = "Berita\n" + "Pemerintah Kota Bekasi melalui Dinas Kesehatan. " * 2100 + "\n3 hari yang lalu\n"
    assert len(text) > dates._ONE_PASS_CHARS
    marks = dates.date_marks(text)
    assert marks.relative == (timedelta(days=3),)
    assert marks == _old_date_marks(text)


def test_a_text_without_a_relative_word_has_no_relative_phrase() -> None:
    low = dates._lowered("Beranda | Profil | Berita | Agenda")
    assert dates._words_in(low)[1] == {}
    assert dates.date_marks("Beranda | Profil | Berita | Agenda").relative == ()
    assert dates.date_marks("Posting 2 jam yang lalu").relative == (timedelta(hours=2),)
    assert dates.date_marks("Diperbarui kemarin", True) == _old_date_marks("Diperbarui kemarin", True)


def _nows() -> list[datetime]:
    rng = random.Random(46)
    nows = [
        datetime(2026, 12, 6, 16, 59, 59, tzinfo=UTC),  # the last second of the day in WIB
        datetime(2026, 12, 6, 17, 0, tzinfo=UTC),  # the first of the next
        datetime(2026, 12, 6, 20, 34, 6, 123456, tzinfo=UTC),
        datetime(2026, 12, 31, 23, 59, tzinfo=UTC),
        datetime(2027, 1, 1, 0, 0, tzinfo=UTC),
        datetime(2028, 2, 28, 18, 0, tzinfo=UTC),  # 29 February in WIB
        datetime(2026, 12, 7, 1, 0, tzinfo=dates.WIB),  # a time in another zone
        datetime(2026, 12, 6, 20, 0),  # a time without a zone
    ]
    start = datetime(2026, 1, 1, tzinfo=UTC)
    nows += [start + timedelta(seconds=rng.randrange(3 * 365 * 86400)) for _ in range(40)]
    return nows


@pytest.mark.parametrize("now", _nows())
def test_local_day_as_before(now: datetime) -> None:
    day = dates._local_day(now)
    old = _old_local_day(now)
    assert day == old
    assert repr(day) == repr(old)
    assert day.tzinfo is old.tzinfo is UTC


@pytest.mark.parametrize("now", [now for now in _nows() if now.tzinfo is not None])
def test_marked_dates_as_before(now: datetime) -> None:
    # The news list dated about ``now`` (today's items, a clock's, yesterday's): the days a clock or a widget shows.
    local = now + dates._LOCAL
    months = dates._MONTH_NAMES
    days = [local - timedelta(days=back) for back in (0, 1, 2, 9)] + [now, now + dates._EAST_OF_UTC, local + dates._DAY]
    top = f"{local.day} {months[local.month - 1][0].capitalize()} {local.year} • 13.30 WIB\n"
    items = "".join(
        f"Berita {index}\n Kamis, {day.day} {months[day.month - 1][0].capitalize()} {day.year}\n · \n"
        f"Admin\n · \n{index * 7} kali dilihat\n3 jam yang lalu\n"
        for index, day in enumerate(days)
    )
    for text in (top + items, items, _vendor_page(), top):
        for clocks in (False, True):
            marks = dates.date_marks(text, clocks, stamps=clocks)
            assert dates.marked_dates(marks, now) == _old_marked_dates(marks, now)
