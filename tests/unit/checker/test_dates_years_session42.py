"""The date reading's two-digit years merged only where both kinds are found, and the check's shown days asked only of
dates after the day before them (session 42), against the code before.

``_short_dated`` merged the two-digit years of the 2020s and of the 2030s after a month's name (``heapq.merge``) even
where the text holds none of the latter: the firsts alone are in order. ``marked_dates`` asked every date for its day
(``d.date() in shown``); a date of one of the shown days is after the day before the first of them in UTC, whatever
its zone (an offset is under a day), and the others are not asked.
"""

from __future__ import annotations

import heapq
import random
import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone

import pytest

from pantau_checker.core import dates
from pantau_checker.core._selectors import after_one_of, separated_twice
from pantau_checker.core.dates import Marks, date_marks, marked_dates

# A department's news list as its vendor writes it: a clock, dated items, two-digit years after a month's name of the
# 2020s and the 2030s, numeric stamps, a footer's ©, bullets and curly quotes.
_ITEMS = "".join(
    f"Kegiatan “Posyandu” ke-{n} di Kelurahan Margahayu\n Kamis, {n % 28 + 1} November 2026\n • \nAdmin\n • \n"
    f"{100 + n} kali dilihat\nPemerintah Kota Bekasi melalui Dinas Kesehatan terus berupaya.\n"
    for n in range(12)
)
_PAGE = (
    "Beranda\nProfil\nBerita\nSelasa, 8 Desember 2026 | 10:15:05 WIB\n"
    + _ITEMS
    + "© 2026 Dinas Kesehatan Kota Bekasi\n"
)
_SHORT = (
    "28 Nov 26 | Admin\n3 Des 25, 14:05 WIB\n04/12/26 08:15\n03/12/26 09:00\n01-12-26\nJum’at, 27 Nov ’26\n"
    "Laporan 30 Nov 26.000 warga\n"
)
_THIRTIES = "Rencana 12 Jan 31 | Admin\n5 Feb 32\n1/Mar/33 –\n20-Apr-34\n"
_TEXTS = [
    _PAGE,
    _PAGE + _SHORT,
    _SHORT + _THIRTIES,
    _THIRTIES,
    _PAGE + _THIRTIES + _SHORT,
    _SHORT + _PAGE + _THIRTIES,
    "",
    "Tidak ada tanggal di sini.",
]


def _old_short_dated(
    text: str, twenties: list[re.Match[str]] | None = None
) -> Iterator[tuple[datetime, int, int, bool]]:
    """``_short_dated`` before: the two expressions' matches always merged."""
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
    thirties = dates._found_at(dates._NAMED_SHORT_YEARS[1], text, after_one_of(text, "3", " ./-"))
    years = heapq.merge(firsts, thirties, key=re.Match.start)
    for count, year in enumerate(years):
        if count >= dates.MAX_CANDIDATES:
            break
        named = dates._named_short_date(text, year)
        if named is not None:
            yield named[0], named[1], year.end(), False


def _old_marked_dates(marks: Marks, now: datetime) -> list[datetime]:
    """``marked_dates`` before: every date asked for its day."""
    text, clocks, today, recent = marks.text, marks.clocks, dates._local_day(now), marks.recent
    planned = dates._planned(marks.written, now)
    shown = dates._shown_days(now, clocks)
    found = [
        d
        for d, start, end, last, until in marks.written
        if (last is None or last > now)
        and not (planned and (start, end) in planned)
        and not (recent and (start, end) in recent and not today.year - 1 <= d.year <= today.year)
        and not (until and d > today)
        and not (
            d.date() in shown
            and (
                dates._is_clock(text, d, start, end, now, marks.stamps)
                if clocks
                else dates._widget_day(text, d, start, end, now)
            )
        )
    ]
    relative = [
        now - (mark if isinstance(mark, timedelta) else dates._since_weekday(mark, now)) for mark in marks.relative
    ]
    return found + relative


@pytest.mark.parametrize("text", _TEXTS)
@pytest.mark.parametrize("given", [True, False])
def test_short_dated_as_before(text: str, given: bool) -> None:
    twenties = dates._years_and_twenties(text)[1] if given else None
    assert list(dates._short_dated(text, twenties)) == list(_old_short_dated(text, twenties))


def test_short_dated_reads_both_kinds_in_order() -> None:
    text = "5 Feb 32\n28 Nov 26 | Admin\n12 Jan 31\n3 Des 25, 14:05 WIB\n"
    found = [(d.date().isoformat(), start) for d, start, _end, _loose in dates._short_dated(text)]
    assert found == [("2032-02-05", 0), ("2026-11-28", 9), ("2031-01-12", 27), ("2025-12-03", 37)]


def test_short_dated_merges_nothing_without_thirties(monkeypatch: pytest.MonkeyPatch) -> None:
    def merge(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("merged")

    monkeypatch.setattr(dates.heapq, "merge", merge)
    assert [d.day for d, *_ in dates._short_dated("28 Nov 26 | Admin\n3 Des 25\n")] == [28, 3]
    with pytest.raises(AssertionError):
        list(dates._short_dated("28 Nov 26 | Admin\n5 Feb 32\n"))


def test_short_dated_stops_at_the_candidates(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dates, "MAX_CANDIDATES", 3)
    text = "".join(f"{day} Nov 26\n" for day in range(1, 9))
    assert list(dates._short_dated(text)) == list(_old_short_dated(text))
    assert len(list(dates._short_dated(text))) == 3


# Widgets and clocks of the day a check may see: today in UTC, in WIB, in WIT, tomorrow in WIB, yesterday.
_CLOCKY = (
    "Jadwal Sholat Kota Bekasi {d}\nSubuh 04:05\nDzuhur 11:40\n"
    "Hari ini: {d}\n{d} 10:15:05 WIB\nDiperbarui {d} pukul 09.00\n"
)
_ZONES = [UTC, timezone(timedelta(hours=7)), timezone(timedelta(hours=9)), timezone(timedelta(hours=-5))]


def _marks_cases() -> Iterator[tuple[Marks, datetime]]:
    rng = random.Random(42)
    names = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
             "November", "Desember"]  # fmt: skip
    for _ in range(60):
        now = datetime(2026, 12, 1, tzinfo=UTC) + timedelta(minutes=rng.randrange(0, 60 * 24 * 40))
        days = [now + timedelta(hours=rng.randrange(-72, 48)) for _ in range(6)]
        lines = [_CLOCKY.format(d=f"{day.day} {names[day.month - 1]} {day.year}") for day in days[:3]]
        lines += [f"• Berita “{n}” — {day.day} {names[day.month - 1]} {day.year}\n" for n, day in enumerate(days)]
        text = _PAGE + "".join(rng.sample(lines, len(lines)))
        for clocks in (True, False):
            yield date_marks(text, clocks, stamps=rng.random() < 0.5), now


@pytest.mark.parametrize(("marks", "now"), list(_marks_cases()))
def test_marked_dates_as_before(marks: Marks, now: datetime) -> None:
    assert marked_dates(marks, now) == _old_marked_dates(marks, now)


@pytest.mark.parametrize("zone", _ZONES)
@pytest.mark.parametrize("hour", range(0, 24, 1))
@pytest.mark.parametrize("clocks", [True, False])
def test_marked_dates_at_the_bound(zone: timezone, hour: int, clocks: bool) -> None:
    """Dates at each hour around the day before the first shown day, in four zones, in hand-made marks."""
    now = datetime(2026, 12, 8, hour, 30, tzinfo=UTC)
    text = _PAGE + _CLOCKY.format(d="8 Desember 2026")
    written = []
    for offset in range(-60, 60, 3):
        when = (datetime(2026, 12, 7, tzinfo=UTC) + timedelta(hours=offset)).astimezone(zone)
        written.append((when, 100, 120, None, False))
        written.append((when.replace(hour=0, minute=0), 80, 100, None, False))
    marks = Marks(text, clocks, tuple(written), (), frozenset(), stamps=clocks)
    assert marked_dates(marks, now) == _old_marked_dates(marks, now)


def test_marked_dates_still_drop_todays_clock() -> None:
    now = datetime(2026, 12, 8, 3, 30, tzinfo=UTC)
    text = "Selasa, 8 Desember 2026 | 10:15:05 WIB\n" + _ITEMS
    found = marked_dates(date_marks(text, clocks=True), now)
    assert datetime(2026, 12, 8, tzinfo=UTC) not in found
    assert datetime(2026, 11, 1, tzinfo=UTC) in found
