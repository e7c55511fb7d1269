"""A text's dates marked and kept at a check's time in the compiled module (session 43), against the Python before.

``date_marks`` rebuilt each date ``_scanned`` found as a tuple of its limit's flag, and ``marked_dates`` read each
again against the check's time in a comprehension. ``_selectors.written_marks`` and ``_selectors.dates_kept`` now walk
both; the dates a clock or a widget may show are still asked of Python (``_is_clock``, ``_widget_day``).
"""

from __future__ import annotations

import dataclasses
import random
from datetime import UTC, datetime, timedelta

import pytest

from pantau_checker.core import dates
from pantau_checker.core._selectors import dates_kept, written_marks


def _old_date_marks(text: str, clocks: bool = False, month_first: bool = False, stamps: bool = False) -> dates.Marks:
    """``date_marks`` before: the written dates rebuilt in a generator."""
    low = dates._lowered(text)
    hints, present = dates._words_in(low)
    recent: set[tuple[int, int]] = set()
    written = tuple(
        (found, start, end, last, limit == "until" or (limit == "maintenance" and clocks))
        for found, start, end, last, limit in dates._scanned(text, recent, month_first, hints)
        if limit != "bound"
    )
    fed = dates._FedData(text, low) if clocks and written else None
    if fed is not None and fed.any:
        written = tuple(w for w in written if not fed.owns(w[1], w[2]))
    relative = tuple(dates._relative_marks(text, clocks, low, present))
    return dates.Marks(text, clocks, written, relative, frozenset(recent), stamps)


def _old_marked_dates(marks: dates.Marks, now: datetime) -> list[datetime]:
    """``marked_dates`` before: each date read in a comprehension."""
    text, clocks, today, recent = marks.text, marks.clocks, dates._local_day(now), marks.recent
    planned = dates._planned(marks.written, now)
    shown = dates._shown_days(now, clocks)
    first = shown[0]
    since = datetime(first.year, first.month, first.day, tzinfo=UTC) - dates._DAY
    found = [
        d
        for d, start, end, last, until in marks.written
        if (last is None or last > now)
        and not (planned and (start, end) in planned)
        and not (recent and (start, end) in recent and not today.year - 1 <= d.year <= today.year)
        and not (until and d > today)
        and not (
            d > since
            and d.date() in shown
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


# A department's news list as its vendor writes it: a clock, dated items, a footer's ©, bullets and curly quotes.
_ITEMS = "".join(
    f"Kegiatan “Posyandu” ke-{n} di Kelurahan Margahayu\n {day}, {n % 9 + 1} {month} 2026\n • \nAdmin\n • \n"
    f"{100 + n} kali dilihat\nPemerintah Kota Bekasi melalui Dinas Kesehatan terus berupaya.\n"
    for n, (day, month) in enumerate(
        [("Kamis", "Desember"), ("Sabtu", "Desember"), ("Jum’at", "Nov"), ("Senin", "Des."), ("Rabu", "Oktober")] * 3
    )
)
_PAGE = "Beranda\nProfil\nBerita\nSelasa, 8 Desember 2026 | 10:15:05 WIB\n" + _ITEMS + "© 2026 Dinas Kesehatan\n"
# A plan of exactly three periods, one ended and one far ahead (``_PLAN_PERIODS``).
_PLAN = (
    "Jadwal Pelatihan\nAngkatan X: 1 - 30 November 2026\nAngkatan XI: 1 - 12 Desember 2026\n"
    "Angkatan XII: 4 - 15 Januari 2027\n"
)
# Every condition of the reading at a check's time: ranges, a plan's periods, limits ("until", "bound"), the site's
# maintenance, two-digit years, clocks and widgets of today, relative phrases.
_PARTS = [
    "Berlaku s.d. 15 Desember 2026\n",
    "Diskon hingga 9 Januari 2027\n",
    "Batas akhir pendaftaran: 20 Desember 2026\n",
    "Pilkada serentak 27 November 2024\n",
    "Hitung mundur: 3 hari 4 jam 5 menit menuju 17 Agustus 2027\n",
    "Pemeliharaan sistem 7 Desember 2026 pukul 22.00\n",
    "Pameran 28 November – 12 Desember 2026\n",
    "Pelatihan 1–3 Desember 2026 di Aula\n",
    "Rabu, 9 Desember s.d. Kamis, 10 Desember 2026\n",
    _PLAN,
    "Dikirim 04/12/26 08:15\nDikirim 03/12/26 09:00\n",
    "Jum’at, 27 Nov ’26\n",
    "Hari ini: Sabtu, 5 Desember 2026\n",
    "Jadwal Sholat\n5 Desember 2026\nSubuh 04:05\n",
    "Sabtu, 5 Desember 2026 09:41 WIB\n",
    "Diperbarui 5 Desember 2026\n",
    "oleh Admin · 3 hari yang lalu\n",
    "kemarin\n",
    "Cuaca hari ini 5 Desember 2026 Cerah 31°C\n",
    "Gempa Mag:4.2, 5 Desember 2026 08:12:45 WIB\n",
    "Selasa, 8 Desember 2026 | 10:15:05 WIB\n",
]
_TEXTS = [
    _PAGE,
    "".join(_PARTS),
    _PAGE + "".join(_PARTS),
    "".join(reversed(_PARTS)) + _PAGE,
    _PLAN,
    "5 Desember 2026",
    "",
    "Tidak ada tanggal di sini.",
]
# Checks before, at and after the dates: the clock's day in UTC and in WIB, a range's last day, a plan's periods,
# two-digit years' year and the one after it and beyond.
_NOWS = [
    datetime(2026, 12, 5, 9, 30, tzinfo=UTC),
    datetime(2026, 12, 4, 20, 0, tzinfo=UTC),
    datetime(2026, 12, 8, 3, 15, tzinfo=UTC),
    datetime(2026, 12, 7, 22, 0, tzinfo=UTC),
    datetime(2026, 12, 12, 12, 0, tzinfo=UTC),
    datetime(2026, 12, 13, 0, 0, tzinfo=UTC),
    datetime(2026, 11, 20, 1, 0, tzinfo=UTC),
    datetime(2027, 1, 10, 8, 0, tzinfo=UTC),
    datetime(2027, 12, 31, 23, 0, tzinfo=UTC),
    datetime(2028, 2, 1, 0, 0, tzinfo=UTC),
]


def _as_flags(marks: dates.Marks) -> dates.Marks:
    """``marks`` with each written date's flag a bool: since session 47 ``written_marks`` keeps ``_scanned``'s tuple,
    its limit (None, "until", "maintenance") the flag by its truth (``test_limits_session47.py``)."""
    return dataclasses.replace(marks, written=tuple((*w[:4], bool(w[4])) for w in marks.written))


def _marks_both(text: str, clocks: bool, month_first: bool, stamps: bool) -> tuple[dates.Marks, dates.Marks]:
    return _old_date_marks(text, clocks, month_first, stamps), dates.date_marks(text, clocks, month_first, stamps)


@pytest.mark.parametrize("text", _TEXTS)
@pytest.mark.parametrize("clocks", [False, True])
@pytest.mark.parametrize("month_first", [False, True])
def test_marks_and_dates_as_before(text: str, clocks: bool, month_first: bool) -> None:
    for stamps in (False, True):
        old, new = _marks_both(text, clocks, month_first, stamps)
        assert _as_flags(new) == old
        for now in _NOWS:
            assert dates.marked_dates(new, now) == _old_marked_dates(old, now), now


@pytest.mark.parametrize("part", _PARTS)
def test_each_part_as_before(part: str) -> None:
    # Alone, after a vendor's list and before it.
    for text in (part, _PAGE + part, part + _PAGE):
        for clocks in (False, True):
            old, new = _marks_both(text, clocks, False, True)
            assert _as_flags(new) == old, text
            for now in _NOWS:
                assert dates.marked_dates(new, now) == _old_marked_dates(old, now), (text, now)


def test_page_kept_exactly() -> None:
    marks = dates.date_marks(_PAGE + "Diskon hingga 15 Desember 2026\nPameran 28 November – 12 Desember 2026\n")
    assert [(d.day, last and last.day, bool(until)) for d, _start, _end, last, until in marks.written[-3:]] == [
        (15, None, True),
        (12, None, False),
        (28, 12, False),
    ]
    # While the range runs its first day counts; the limit's end not until it is past.
    kept = dates.marked_dates(marks, datetime(2026, 12, 10, 9, 30, tzinfo=UTC))
    assert [d.day for d in kept][-3:] == [6, 12, 28]  # the list's last item, 6 October
    # Once past, the limit's end counts, the range's first day no longer; its last day does.
    kept = dates.marked_dates(marks, datetime(2026, 12, 16, 9, 30, tzinfo=UTC))
    assert [d.day for d in kept][-3:] == [6, 15, 12]


def test_limits_bound_and_maintenance() -> None:
    text = "Pilkada serentak 27 November 2024\nPemeliharaan sistem 7 Desember 2026 pukul 22.00\n"
    # An election's day is a bound: not written; the maintenance counts only while not ahead, outside an article.
    assert [(d.day, bool(until)) for d, *_, until in dates.date_marks(text).written] == [(7, False)]
    assert [(d.day, bool(until)) for d, *_, until in dates.date_marks(text, True).written] == [(7, True)]


def test_plan_of_three_periods() -> None:
    marks = dates.date_marks(_PLAN)
    assert sum(last is not None for *_, last, _until in marks.written) == dates._PLAN_PERIODS
    now = datetime(2026, 12, 5, 9, 30, tzinfo=UTC)
    assert dates._planned(marks.written, now)
    # A plan's periods date nothing: only the days outside them count.
    assert dates.marked_dates(marks, now) == _old_marked_dates(marks, now)
    assert all(d.month != 1 for d in dates.marked_dates(marks, now))
    # Two periods are no plan.
    two = dates.date_marks(_PLAN.split("Angkatan XII", maxsplit=1)[0])
    assert dates.marked_dates(two, now) == _old_marked_dates(two, now) != []


def test_two_digit_years_in_their_year_or_the_next() -> None:
    marks = dates.date_marks("Dikirim 04/12/26 08:15\nDikirim 03/12/26 09:00\n")
    assert marks.recent
    for now in (datetime(2026, 12, 5, tzinfo=UTC), datetime(2027, 6, 1, tzinfo=UTC), datetime(2028, 1, 2, tzinfo=UTC)):
        assert dates.marked_dates(marks, now) == _old_marked_dates(marks, now)
    assert len(dates.marked_dates(marks, datetime(2027, 6, 1, tzinfo=UTC))) == 2
    assert dates.marked_dates(marks, datetime(2028, 1, 2, tzinfo=UTC)) == []


def test_clock_and_widget_of_today() -> None:
    now = datetime(2026, 12, 5, 3, 0, tzinfo=UTC)
    clock = dates.date_marks("Sabtu, 5 Desember 2026 09:41 WIB\n", clocks=True)
    assert dates.marked_dates(clock, now) == [] == _old_marked_dates(clock, now)
    widget = dates.date_marks("Hari ini: Sabtu, 5 Desember 2026\n")
    assert dates.marked_dates(widget, now) == [] == _old_marked_dates(widget, now)
    # The same date as a post's counts.
    post = dates.date_marks("Kegiatan Posyandu\nSabtu, 5 Desember 2026\nAdmin\n")
    assert dates.marked_dates(post, now) == [datetime(2026, 12, 5, tzinfo=UTC)]


def test_helpers_directly() -> None:
    day = datetime(2026, 12, 5, tzinfo=UTC)
    last = datetime(2026, 12, 9, tzinfo=UTC)
    scanned = [
        (day, 0, 5, None, None),
        (day, 6, 9, None, "bound"),
        (day, 10, 15, None, "until"),
        (day, 16, 20, last, "maintenance"),
    ]
    # The found tuples, their limits the flags by their truth (session 47); a maintenance's without clocks, False.
    assert written_marks(scanned, False) == (
        (day, 0, 5, None, None),
        (day, 10, 15, None, "until"),
        (day, 16, 20, last, False),
    )
    assert written_marks(scanned, True)[-1] == (day, 16, 20, last, "maintenance")
    assert written_marks([], False) == ()
    with pytest.raises(TypeError):
        written_marks([[day, 0, 5, None, None]], False)
    now, today = datetime(2026, 12, 10, tzinfo=UTC), datetime(2026, 12, 10, tzinfo=UTC)
    asked: list[tuple[datetime, int, int]] = []

    def shown(d: datetime, start: int, end: int) -> bool:
        asked.append((d, start, end))
        return start == 30

    written = [
        (day, 0, 5, None, False),
        (day, 6, 9, last, False),  # a range ended
        (last, 20, 25, None, True),  # a limit's end, not ahead
        (now + timedelta(days=1), 26, 29, None, True),  # a limit's end ahead
        (now, 30, 35, None, False),  # a clock's
        (now, 36, 40, None, False),
    ]
    since = now - timedelta(days=1)
    kept = dates_kept(written, now, today, since, 3, dates._planned, frozenset(), 2026, shown)
    assert kept == [day, last, now]
    # Asked only of the dates after ``since`` that nothing else leaves out.
    assert asked == [(now, 30, 35), (now, 36, 40)]
    # A two-digit year's date counts in its year and the next only.
    assert dates_kept(written[:1], now, today, since, 3, dates._planned, {(0, 5)}, 2028, shown) == []
    assert dates_kept(written[:1], now, today, since, 3, dates._planned, {(0, 5)}, 2027, shown) == [day]


def test_random_texts() -> None:
    rng = random.Random(43)
    for _ in range(400):
        text = "".join(rng.choice([*_PARTS, _ITEMS[:400], "• ", "© ", "\n"]) for _ in range(rng.randint(1, 8)))
        clocks, stamps = rng.random() < 0.5, rng.random() < 0.5
        old, new = _marks_both(text, clocks, rng.random() < 0.2, stamps)
        assert _as_flags(new) == old, text
        now = rng.choice(_NOWS) + timedelta(hours=rng.randint(-30, 30))
        assert dates.marked_dates(new, now) == _old_marked_dates(old, now), (text, now)
