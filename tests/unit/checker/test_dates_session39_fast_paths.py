"""The cheaper paths of the checker's date reading (session 39) against the general ones they stand for.

A limit's words are tried only where a stem's own words match (``_LIMIT_HEADS``): the whole expression tried at every
place a stem was found gives the same limits. ``marked_dates`` asks whether a date is a clock's or a widget's only of
the days those can show (``_shown_days``): asking it of every date gives the same dates, at any time of the check,
near midnight in Bekasi too. A range's opening is looked up by its first characters before it is tried.
"""

from __future__ import annotations

from bisect import bisect_left
from datetime import UTC, datetime, timedelta

import pytest

from pantau_checker.core import dates
from pantau_checker.core.dates import Marks, date_marks, marked_dates

# An article's list, a top bar's clock, a prayer times widget, a news list with its limits and ranges, a footer.
_PAGE = """Selamat datang di Dinas Kesehatan Kota Bekasi
Hari ini: {today}
Jadwal Sholat Kota Bekasi
{tomorrow}
Imsak 04:01 Subuh 04:11 Dzuhur 11:40
Berita Terkini
Wali Kota Resmikan Puskesmas Rawat Inap di Bantargebang
 Sabtu, 5 Desember 2026
 · Admin · 120 kali dilihat
Selama bulan November, 42 puskesmas melayani vaksinasi gratis bagi warga.
Pelayanan Vaksinasi Gratis di 42 Puskesmas
 Kamis, 3 Desember 2026
 · Admin · 137 kali dilihat
Pengumuman Seleksi Terbuka
 Kamis, 3 Desember 2026
Berlaku s.d. 15 Desember 2026
Data kunjungan s/d 30 November 2026
Pendaftaran ditutup No later than 20 December 2026
No  later
than 21 December 2026
Selambatnya 22 Desember 2026 berkas diterima panitia.
Masa aktif\u00a0kartu: 23 Desember 2026
Selamat Hari Jadi Kota Bekasi, 10 Maret 2027
Pameran Pembangunan 1\u00a0-\u00a03 Desember 2026
Bazar UMKM 28 November – 5 Desember 2026
Pelatihan Kader 1 s.d. 3 Desember 2026
Lomba Posyandu 2 sampai 4 Desember 2026
Rapat Evaluasi 30 November 2026 - 2 Desember 2026
Jam pelayanan 08.00 - 16.00 WIB, 1 Desember 2026
Nomor: B/5/13/2026 tentang Penetapan
Beranda/30 November 2026
12
Desember 2026
S
S
R
Senin, 30 November 2026 pukul 09:15 WIB
© 2026 Dinas Kesehatan Kota Bekasi
"""


def _page(now: datetime) -> str:
    return _PAGE.format(today=dates.wib_date(now), tomorrow=dates.wib_date(now + timedelta(days=1)))


def _general_of(limits: dates._Limits, start: int, end: int) -> dates._Limit:
    """``_Limits.of`` as it read before the stems' own words were tried: the whole expression at every stem."""
    text = limits.text
    if limits.countdown and dates._COUNTDOWN.match(text, end) is not None:
        return "bound"
    low = max(0, start - dates._LIMIT_REACH)
    for word in limits.starts[bisect_left(limits.starts, low) :]:
        if word >= start:
            break
        found = dates._LIMIT.match(text, word, start)
        limit = dates._labelled(text, found, low) if found is not None else None
        if limit is not None:
            return limit
    return None


def _general_marked(marks: Marks, now: datetime) -> list[datetime]:
    """``marked_dates`` as it read before: every date asked whether it is a clock's or a widget's."""
    text, today = marks.text, dates._local_day(now)
    planned = dates._planned(marks.written, now)
    found = [
        d
        for d, start, end, last, until in marks.written
        if (last is None or last > now)
        and (start, end) not in planned
        and not ((start, end) in marks.recent and not today.year - 1 <= d.year <= today.year)
        and not (until and d > today)
        and not (
            dates._is_clock(text, d, start, end, now, marks.stamps)
            if marks.clocks
            else dates._widget_day(text, d, start, end, now)
        )
    ]
    relative = [
        now - (mark if isinstance(mark, timedelta) else dates._since_weekday(mark, now)) for mark in marks.relative
    ]
    return found + relative


# Checks through the day in Bekasi, and on both sides of its midnight (17:00 UTC) and of WIT's (15:00 UTC).
_NOWS = [
    datetime(2026, 12, 5, 3, 0, tzinfo=UTC),
    datetime(2026, 12, 5, 14, 59, tzinfo=UTC),
    datetime(2026, 12, 5, 15, 1, tzinfo=UTC),
    datetime(2026, 12, 5, 16, 59, tzinfo=UTC),
    datetime(2026, 12, 5, 17, 1, tzinfo=UTC),
    datetime(2026, 12, 5, 23, 30, tzinfo=UTC),
]


def _limits_read(text: str) -> list[tuple[int, int, dates._Limit, dates._Limit]]:
    """Return each year's spans (its date's start read a few characters apart) and its limit read both ways."""
    limits = dates._Limits(text)
    spans = [(max(0, y.start() - back), y.end()) for y in dates._YEAR.finditer(text) for back in (0, 8, 12, 16, 22)]
    return [(start, end, limits.of(start, end), _general_of(limits, start, end)) for start, end in spans]


@pytest.mark.parametrize("now", _NOWS, ids=lambda now: f"{now:%H%M}")
def test_a_limit_read_from_its_stems_own_words_is_the_whole_expressions(now: datetime) -> None:
    text = _page(now)
    read = _limits_read(text)
    assert [fast for _s, _e, fast, _g in read] == [general for _s, _e, _f, general in read]
    assert {fast for _s, _e, fast, _g in read} >= {"bound", "until", None}


@pytest.mark.parametrize(
    ("text", "limit"),
    [
        ("Pendaftaran No later than 20 December 2026", "bound"),
        ("No  later\nthan 21 December 2026", "bound"),  # its words apart by more than a space
        ("Selambatnya 22 Desember 2026", "bound"),
        ("SELAMBAT-LAMBATNYA 22 Desember 2026", "bound"),
        ("Masa aktif\u00a0kartu: 23 Desember 2026", "bound"),
        ("Data s/d. 30 November 2026", "until"),
        ("Data s/d 30 November 2026", "until"),
        ("Data s. d. 30 November 2026", "until"),
        ("Selamat datang, 23 Desember 2026", None),
        ("November 2026: 23 November 2026", None),
    ],
)
def test_a_limit_word_is_found_however_it_is_spaced_or_written(text: str, limit: dates._Limit) -> None:
    limits = dates._Limits(text)
    year = list(dates._YEAR.finditer(text))[-1]
    start = year.start() - len("22 Desember ")
    assert limits.of(start, year.end()) == _general_of(limits, start, year.end()) == limit


@pytest.mark.parametrize("now", _NOWS, ids=lambda now: f"{now:%H%M}")
@pytest.mark.parametrize("clocks", [False, True], ids=["article", "elsewhere"])
def test_the_days_a_clock_or_a_widget_shows_are_read_as_when_every_date_was_asked(now: datetime, clocks: bool) -> None:
    marks = date_marks(_page(now), clocks, stamps=True)
    assert marked_dates(marks, now) == _general_marked(marks, now)


@pytest.mark.parametrize("now", _NOWS, ids=lambda now: f"{now:%H%M}")
def test_todays_widget_in_an_article_is_left_out_on_either_side_of_midnight(now: datetime) -> None:
    """In WIT it is tomorrow from 15:00 UTC: a widget's today is then the next day in UTC, and still the widget's."""
    for today in {(now + timedelta(hours=h)).date() for h in (0, 9)}:
        shown = datetime(today.year, today.month, today.day, tzinfo=UTC)
        text = f"Hari ini: {dates.wib_date(shown)}\nRapat Evaluasi\n{dates.wib_date(shown)}\n· Admin"
        marks = date_marks(text)
        assert marked_dates(marks, now) == _general_marked(marks, now) == [shown]


def test_a_prayer_widgets_tomorrow_outside_an_article_is_the_widgets() -> None:
    now = datetime(2026, 12, 5, 13, 0, tzinfo=UTC)  # 20:00 in Bekasi: the day's last prayer is past
    text = "Jadwal Sholat Kota Bekasi\nMinggu, 6 Desember 2026\nImsak 04:01 Subuh 04:11"
    marks = date_marks(text, clocks=True)
    assert marked_dates(marks, now) == _general_marked(marks, now) == []


def test_the_same_date_twice_is_read_twice() -> None:
    now = datetime(2026, 12, 5, 3, 0, tzinfo=UTC)
    text = "Rapat Evaluasi\n Kamis, 3 Desember 2026\nRapat Koordinasi\n Kamis, 3 Desember 2026\n"
    for clocks in (False, True):
        marks = date_marks(text, clocks)
        assert marked_dates(marks, now) == _general_marked(marks, now) == [datetime(2026, 12, 3, tzinfo=UTC)] * 2


@pytest.mark.parametrize(
    ("line", "first", "last"),
    [
        ("Pameran 1\u00a0-\u00a03 Desember 2026", 1, 3),
        ("Pameran 1\u00a0–\u00a03 Desember 2026", 1, 3),
        ("Pameran 1 – 3 Desember 2026", 1, 3),
        ("Pameran 1—3 Desember 2026", 1, 3),
        ("Pameran 1-3 Desember 2026", 1, 3),
        ("Pelatihan 1 s.d. 3 Desember 2026", 1, 3),
        ("Pelatihan 1 s.d 3 Desember 2026", 1, 3),
        ("Lomba 1 sampai 3 Desember 2026", 1, 3),
        ("Lomba 1 hingga 3 Desember 2026", 1, 3),
    ],
)
def test_a_ranges_first_day_is_read_whatever_opens_it(line: str, first: int, last: int) -> None:
    now = datetime(2026, 12, 2, 3, 0, tzinfo=UTC)  # the range's last day ahead: its first counts
    found = marked_dates(date_marks(line), now)
    assert datetime(2026, 12, first, tzinfo=UTC) in found
    assert datetime(2026, 12, last, tzinfo=UTC) in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nomor: B/5/13/2026 tentang Penetapan", []),
        ("800/12/Des/2026", []),
        ("Beranda/30 November 2026", [datetime(2026, 11, 30, tzinfo=UTC)]),
        ("12\nDesember 2026\nS\nS\nR", []),
        ("Rapat\n12\nDesember 2026\nSelesai", [datetime(2026, 12, 12, tzinfo=UTC)]),
        ("Rapat 12 Desember 2026\nS\nS\nR", [datetime(2026, 12, 12, tzinfo=UTC)]),  # its day on its line
    ],
)
def test_a_letters_number_and_a_calendars_caption_still_date_nothing(text: str, expected: list[datetime]) -> None:
    assert dates.dates_in_text(text) == expected


def test_wherever_a_limits_word_starts_its_stems_own_words_match() -> None:
    """Each word, spaced as a page may space it and cut anywhere (a date may start right after it), matches the words
    of every stem found where it starts, as far as the whole expression matches it: "s.d" under the stem "s.d."."""
    words = (*dates._BOUND_WORDS, *dates._UNTIL_WORDS, *dates._EVENT_WORDS, *dates._MAINTENANCE_WORDS)
    for word in words:
        for written in {
            word,
            word.upper(),
            word.replace(" ", "  "),
            word.replace(" ", "\n"),
            word.replace(" ", "\xa0"),
        }:
            stems = [i for i, stem in enumerate(dates._LIMIT_STEMS) if written.lower().startswith(stem)]
            for cut in range(1, len(written) + 1):
                if dates._LIMIT.match(written, 0, cut) is None:
                    continue
                for index in stems:
                    assert dates._LIMIT_HEADS[index].match(written, 0, cut) is not None, (written, cut, index)
