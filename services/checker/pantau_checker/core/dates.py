"""Dates written in a page's text: absolute (Indonesian, English, numeric, ISO), relative to the
time of the check ("3 hari yang lalu", "2 days ago"), and the clocks that show today's date.

The scan is one pass for the years (a literal-prefixed regex, the cheapest thing to find), then a
look at the few characters around each year, read backwards so that one anchored match suffices.
A month name is looked up in a table; no general date parser runs per match.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from functools import lru_cache

_MONTH_NAMES = (
    ("januari", "january", "jan"),
    ("februari", "pebruari", "february", "feb", "peb"),
    ("maret", "march", "mar"),
    ("april", "apr"),
    ("mei", "may"),
    ("juni", "june", "jun"),
    ("juli", "july", "jul"),
    ("agustus", "august", "agu", "agt", "ags", "aug"),
    ("september", "sept", "sep"),
    ("oktober", "october", "okt", "oct"),
    ("november", "nopember", "nov", "nop"),
    ("desember", "december", "des", "dec"),
)
_MONTHS = {name: number for number, names in enumerate(_MONTH_NAMES, start=1) for name in names}
_YEAR = re.compile(r"20\d\d(?!\d)")  # no lookbehind: it would cost the literal-prefix search
_WINDOW = 32  # characters before a year that can hold its day and month
# Read backwards from the year: "28 November ", "November 28, ", "28/11/" reversed.
_BEFORE_YEAR = re.compile(
    r"[\s-]+,?\.?(?P<month>[^\W\d_]{3,9})\.?[\s-]+\.?(?:ts|dn|dr|ht)?(?P<day>\d{1,2})(?!\d)"
    r"|\s+,?(?:ts|dn|dr|ht)?(?P<day2>\d{1,2})\s+\.?(?P<month2>[^\W\d_]{3,9})(?![^\W\d_])"
    r"|(?P<sep>[/.-])(?P<nmonth>\d{1,2})(?P=sep)(?P<nday>\d{1,2})(?!\d)"
)
_AFTER_YEAR = re.compile(r"(?P<sep>[-/.])(?P<month>\d{1,2})(?P=sep)(?P<day>\d{1,2})(?!\d)")
_TIME_AFTER = re.compile(r"[\s,|·•@–(-]*(?:(?:pukul|pkl\.?|jam|at|T)\s*)?\d{1,2}[:.]\d{2}(?!\d)", re.IGNORECASE)
# Read backwards from a date: "10:32:05 WIB | Selasa, " reversed.
_TIME_BEFORE = re.compile(
    r"[\s,|·•@–-]*(?:[^\W\d_]{3,9}[\s,|·•@–-]*)?(?:(?:biw|atiw|tiw|m\.?[ap])\.?\s*)?(?:\d{2}[:.])?\d{2}[:.]\d{1,2}(?!\d)",
    re.IGNORECASE,
)
# Found with str.find, far cheaper than a case-blind regex; capitals come from CSS, not the text.
_RELATIVE_WORDS = (("lalu", "Lalu"), ("ago", "Ago"))
_YESTERDAY_WORDS = (("kemarin", "Kemarin"), ("yesterday", "Yesterday"))
_RELATIVE = re.compile(
    r"(?<![^\W_])(?:(?P<count>\d{1,3})\s*|(?P<one>satu|beberapa|a\s+few|few|an?|one)\s+|se)"
    r"(?P<unit>detik|menit|jam|hari|minggu|pekan|bulan|"
    r"tahun|secs?|seconds?|mins?|minutes?|hours?|hrs?|days?|weeks?|months?|years?)\s+(?:yang\s+)?\Z",
    re.IGNORECASE,
)
_UNITS = {
    "detik": timedelta(seconds=1),
    "sec": timedelta(seconds=1),
    "menit": timedelta(minutes=1),
    "min": timedelta(minutes=1),
    "jam": timedelta(hours=1),
    "hour": timedelta(hours=1),
    "hr": timedelta(hours=1),
    "hari": timedelta(days=1),
    "day": timedelta(days=1),
    "minggu": timedelta(days=7),
    "pekan": timedelta(days=7),
    "week": timedelta(days=7),
    "bulan": timedelta(days=30),
    "month": timedelta(days=30),
    "tahun": timedelta(days=365),
    "year": timedelta(days=365),
}
_LABEL_CHARS = 40  # "Diposting", "Posted on", "oleh Admin ·": a label, not a sentence
_AFTER_RELATIVE = re.compile(
    r"[\s,.·•|-]*(?:(?:pukul|jam|at)\s*)?(?:\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:wib|wita|wit|[ap]\.?m\.?)?)?[\s.]*",
    re.IGNORECASE,
)
MAX_CANDIDATES = 500  # a hostile page cannot make the scan long


def dates_in_text(text: str) -> list[datetime]:
    """Return the dates written in ``text`` (Indonesian, English, dd/mm/yyyy and ISO formats)."""
    return [found for found, _start, _end in _scan(text)]


def content_dates(text: str, now: datetime, clocks: bool = False) -> list[datetime]:
    """Return the dates in ``text``, absolute and relative to ``now``.

    With ``clocks``, today's date written next to a time of day is left out: outside an article
    that is a clock in the page's top bar, not the date of any content.
    """
    found = [d for d, start, end in _scan(text) if not (clocks and _is_clock(text, d, start, end, now))]
    return found + relative_dates(text, now)


def relative_dates(text: str, now: datetime) -> list[datetime]:
    """Return the dates written relative to ``now`` ("3 hari yang lalu", "kemarin", "2 days ago").

    Only a phrase that stands (nearly) alone in its element counts: in running text "3 hari yang
    lalu" tells of an event, not of when the page changed.
    """
    found = [now - ago for ago in _relative_ages(text)]
    for word in _written(text, _YESTERDAY_WORDS):
        found += [
            now - timedelta(days=1) for start in _word_starts(text, word) if _alone(text, start, start + len(word))
        ]
    return found[:MAX_CANDIDATES]


def _scan(text: str) -> Iterator[tuple[datetime, int, int]]:
    for count, year in enumerate(_YEAR.finditer(text)):
        if count >= MAX_CANDIDATES:
            return
        start = year.start()
        if start and text[start - 1].isdigit():
            continue
        found = _year_first(text, year) or _year_last(text, year)
        if found is not None:
            yield found


def _year_first(text: str, year: re.Match[str]) -> tuple[datetime, int, int] | None:
    tail = _AFTER_YEAR.match(text, year.end())
    if tail is None:
        return None
    found = _day(int(year.group()), int(tail["month"]), int(tail["day"]))
    return (found, year.start(), tail.end()) if found else None


def _year_last(text: str, year: re.Match[str]) -> tuple[datetime, int, int] | None:
    start = year.start()
    head = _BEFORE_YEAR.match(_before(text, start))
    if head is None:
        return None
    if head["sep"]:
        day, month = int(head["nday"][::-1]), int(head["nmonth"][::-1])
        if month > 12 >= day:  # 11/28/2026: an English site's month first
            day, month = month, day
    else:
        day = int((head["day"] or head["day2"])[::-1])
        month = _MONTHS.get((head["month"] or head["month2"])[::-1].lower(), 0)
    found = _day(int(year.group()), month, day)
    return (found, start - head.end(), year.end()) if found else None


@lru_cache(maxsize=4096)  # a page dates its items with the same few days, check after check
def _day(year: int, month: int, day: int) -> datetime | None:
    try:
        return datetime(year, month, day, tzinfo=UTC)
    except ValueError:
        return None


def _is_clock(text: str, found: datetime, start: int, end: int, now: datetime) -> bool:
    # The clock shows the local date (WIB, WITA, WIT): the UTC date of the check or the next one.
    if found.date() not in (now.date(), now.date() + timedelta(days=1)):
        return False
    return _TIME_AFTER.match(text, end) is not None or _TIME_BEFORE.match(_before(text, start)) is not None


def _before(text: str, start: int) -> str:
    """Return the ``_WINDOW`` characters before ``start`` (fewer at the text's start), reversed."""
    # One slice that steps backwards; its stop must not wrap round to the end of the text.
    if start > _WINDOW:
        return text[start - 1 : start - _WINDOW - 1 : -1]
    return text[start - 1 :: -1] if start else ""


def _relative_ages(text: str) -> Iterator[timedelta]:
    for word in _written(text, _RELATIVE_WORDS):
        for start in _word_starts(text, word):
            phrase = _RELATIVE.search(text, max(0, start - _WINDOW), start)
            if phrase is not None and _alone(text, phrase.start(), start + len(word)):
                yield _count(phrase) * _unit(phrase["unit"])


def _written(text: str, pairs: tuple[tuple[str, str], ...]) -> Iterator[str]:
    """Yield each word of ``pairs`` (written plain, then capitalised) that ``text`` may hold."""
    # One search for the letters after the first rules out both forms of a word the text lacks.
    for word, capitalised in pairs:
        if word[1:] in text:
            yield word
            yield capitalised


def _word_starts(text: str, word: str) -> Iterator[int]:
    start = text.find(word)
    seen = 0
    while start != -1 and seen < MAX_CANDIDATES:
        end = start + len(word)
        if (start == 0 or not text[start - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            yield start
        start = text.find(word, end)
        seen += 1


def _alone(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end == -1 else line_end
    label = text[line_start:start].strip()
    return len(label) <= _LABEL_CHARS and _AFTER_RELATIVE.fullmatch(text, end, line_end) is not None


def _count(phrase: re.Match[str]) -> int:
    return int(phrase["count"]) if phrase["count"] else 1


def _unit(word: str) -> timedelta:
    word = word.lower()
    return _UNITS.get(word) or _UNITS.get(word.rstrip("s")) or _UNITS[word[:3]]
