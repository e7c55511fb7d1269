"""The limits' heads left out where no head can match, and the written marks kept as ``_scanned`` found them.

``dates._Limits.of`` tried a stem's head wherever the stem was found within a date's label: "selam" of every "Selama"
and "Selamat", "no" of every "November" and "nomor". ``_selectors.limit_heads`` now leaves out a start where the
characters after the stem are none of its words' (``dates._LIMIT_TAILS``). ``written_marks`` made a new tuple of each
date for its flag: it now keeps ``_scanned``'s tuple, its limit (None, "until", or with clocks "maintenance") the flag
by its truth. The code before is kept here as the reference: ``of``, ``date_marks``, ``marked_dates`` and
``yearless_dates`` give what it gave.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest

from pantau_checker.core import dates
from pantau_checker.core._selectors import limit_heads, written_marks


def _old_limit_heads(matches, heads):  # type: ignore[no-untyped-def]
    found, countdown = {}, False
    for index, start, _end in matches:
        if index < len(heads):
            found[start] = heads[index]
        else:
            countdown = True
    return found, sorted(found), countdown


class _OldLimits(dates._Limits):
    """``_Limits`` as it was: every start of a stem kept."""

    def __init__(self, text: str, matches: list[tuple[int, int, int]] | None = None) -> None:
        self.text = text
        if matches is None:
            lowered = dates._lowered(text)
            matches = dates._hint_search(isinstance(lowered, bytes)).find_matches_as_indexes(lowered, overlapping=True)  # type: ignore[arg-type]
        self.heads, self.starts, self.countdown = _old_limit_heads(matches, dates._LIMIT_HEADS)


def _old_written_marks(scanned, clocks):  # type: ignore[no-untyped-def]
    kept = []
    for day, start, end, last, limit in scanned:
        if limit is None:
            until = False
        elif limit == "bound":
            continue
        else:
            until = limit == "until" or (clocks and limit == "maintenance")
        kept.append((day, start, end, last, until))
    return tuple(kept)


def _item(title: str, day: str, views: int) -> str:
    lead = "Pemerintah Kota Bekasi melalui Dinas Kesehatan “terus berupaya” meningkatkan mutu pelayanan."
    return f"{title}\n {day}\n · \nAdmin\n · \n{views} kali dilihat\n{lead}\n"


_NEWS = "".join(
    _item(title, day, 100 + k * 17)
    for k, (title, day) in enumerate(
        (
            ("Pelayanan Vaksinasi Gratis di 42 Puskesmas Selama Bulan Ini", "Kamis, 3 Desember 2026"),
            ("Selamat Hari Kesehatan Nasional ke-62", "Rabu, 2 Desember 2026"),
            ("Posyandu Balita", "Minggu, 29 November 2026"),
            ("Nomor Antrean Online RSUD", "Jumat, 27 November 2026"),
            ("Pendaftaran Nakes Teladan ditutup", "Rabu, 25 November 2026"),
            ("Bimtek SPBE", "Senin, 23 November 2026"),
        )
    )
)
_PAGE = (
    "Beranda • Profil • Berita • Layanan • Kontak\nSelamat Datang di Website Resmi Dinas Kesehatan\n"
    + "Sabtu, 5 Desember 2026 13.30 WIB\n"
    + _NEWS
    + "Rapat Evaluasi 26 November 2026\nBimtek 27 November 2026\nNovember 2026 · 28 November 2026\n"
    + "Pengumuman: Berlaku s.d. 15 Desember 2026\nPendaftaran ditutup 20 Desember 2026\n"
    + "Paling lambat tanggal 10 Desember 2026\nBatas akhir pengumpulan: 12 Desember 2026\n"
    + "Submit no later than 5 December 2026\nClosing date: 9 December 2026\n"
    + "Jadwal Layanan Selama Libur Nasional 24 Desember 2026\nSelambat-lambatnya 18 Desember 2026\n"
    + "HUT Kota Bekasi ke-29, 10 Maret 2027\nPemeliharaan sistem terjadwal pada 6 Desember 2026\n"
    + "Data s.d. 30 November 2026\nPromo hingga 31 Desember 2026\n"
    + "© 2026 Dinas Kesehatan Kota Bekasi. Hak cipta dilindungi.\n"
)
# Each part alone, after and before the page: the stems followed by their words or not, in either case, by a
# whitespace other than a space, by a character beyond ASCII (which may match another case: "\u212a" a "k"), at the
# text's end, and texts of two and four bytes a character.
_PARTS = (
    "Selama 3 Desember 2026",
    "SELAMBATNYA 3 Desember 2026",
    "selambatnya\n: 3 Desember 2026",
    "Selambat-lambatnya 3 Desember 2026",
    "Selambat-lambat 3 Desember 2026",
    "Selamat datang, Kamis 3 Desember 2026",
    "no later than 3 December 2026",
    "No\tlater than 3 December 2026",
    "no\nlater than 3 December 2026",
    "no\xa0later than 3 December 2026",
    "nomor 12 tanggal 3 Desember 2026",
    "November 2026, 3 November 2026",
    "Berla\u212au 3 Desember 2026",
    "Berlaku 3 Desember 2026",
    "Berlaju 3 Desember 2026",
    "closed 3 December 2026",
    "closes 3 December 2026",
    "closing date 3 December 2026",
    "closingdate 3 December 2026",
    "Closing\u2003date 3 December 2026",
    "Expired 3 December 2026",
    "expiring 3 December 2026",
    "Hari Jadi Kota 3 Desember 2026",
    "Hari Raya 3 Desember 2026",
    "Hari Rabu 3 Desember 2026",
    "Pemilu 3 Desember 2026",
    "Pemilihan 3 Desember 2026",
    "Pemilik 3 Desember 2026",
    "Menuju 3 Desember 2026",
    "s.d. 3 Desember 2026",
    "s/d 3 Desember 2026",
    "Sampai 3 Desember 2026",
    "Sampah 3 Desember 2026",
    "Valid 3 Desember 2026",
    "Cuti Bersama 3 Desember 2026",
    "Cuti 3 Desember 2026",
    "Jatuh tempo 3 Desember 2026",
    "Jatuhnya 3 Desember 2026",
    "Ulang tahun 3 Desember 2026",
    "Ulangan 3 Desember 2026",
    "Pemeliharaan sistem 3 Desember 2026",
    "Pemelihara 3 Desember 2026",
    "Countdown 3 Desember 2026 / 07 Hari 03 Jam 20 Menit",
    "🎉 Selama 3 Desember 2026 · selambatnya 4 Desember 2026",
    "Berita · Selamat 3 Desember 2026 — Selambatnya",
    "Tanggal 3 Desember 2026 selam",
    "Tanggal 3 Desember 2026 no",
    "Batas 3 Desember 2026",
)
_TEXTS = (_PAGE, *_PARTS, *(f"{_PAGE}{part}" for part in _PARTS), *(f"{part}\n{_PAGE}" for part in _PARTS))
_NOWS = (
    datetime(2026, 12, 5, 6, 30, tzinfo=UTC),
    datetime(2026, 12, 5, 17, 30, tzinfo=UTC),
    datetime(2026, 12, 21, 3, 0, tzinfo=UTC),
    datetime(2027, 1, 2, 3, 0, tzinfo=UTC),
)


def _hints(text: str) -> list[tuple[int, int, int]] | None:
    return dates._words_in(dates._lowered(text))[0]


@pytest.mark.parametrize("text", _TEXTS)
@pytest.mark.parametrize("hinted", [True, False])
def test_of_is_the_old_at_every_label(text: str, hinted: bool) -> None:
    hints = _hints(text) if hinted else None
    new, old = dates._Limits(text, hints), _OldLimits(text, hints)
    assert set(new.starts) <= set(old.starts) and new.starts == sorted(new.heads)
    assert new.countdown == old.countdown
    assert all(new.heads[start] is old.heads[start] for start in new.starts)
    # A start left out is one where its head matches nowhere (so at no label's start).
    for start in set(old.starts) - set(new.starts):
        assert old.heads[start].match(text, start) is None
    ends = sorted({m.end() for m in dates._YEAR.finditer(text)} | {len(text)})
    for label in range(0, len(text), 3 if len(text) > 400 else 1):
        for end in (e for e in ends if e > label):
            assert new.of(label, end) == old.of(label, end), (label, end)


def test_the_starts_no_head_can_match_at_are_left_out() -> None:
    text = "Selama Selamat selambatnya November nomor no later closed closes Berlaju Berlaku berla\u212au"
    limits = dates._Limits(text)
    assert [text[start : start + 8] for start in limits.starts] == [
        "selambat",
        "no later",
        "closes B",
        "Berlaku ",
        "berla\u212au",
    ]
    # A stem at the text's end: its words cannot follow.
    assert (
        dates._Limits("Tanggal 3 Desember 2026 selam").starts
        == dates._Limits("Tanggal 3 Desember 2026 no").starts
        == []
    )
    # On a department's page: the headlines' "Selama", the greeting's "Selamat", the dates' "November" and a
    # "Nomor" are left out; the limits' words are kept.
    kept, every = dates._Limits(_PAGE, _hints(_PAGE)).starts, _OldLimits(_PAGE).starts
    assert {_PAGE[at : at + 7] for at in set(every) - set(kept)} == {"Selama ", "Selamat", "Novembe", "Nomor A"}
    assert {_PAGE[at : at + 6].lower() for at in kept} == {
        *("batas ", "berlak", "closin", "ditutu", "hingga", "hut ko", "libur ", "no lat", "paling", "pemeli"),
        *("s.d. 1", "s.d. 3", "selamb"),
    }


def test_limit_heads_checks_its_arguments() -> None:
    with pytest.raises(TypeError):
        limit_heads("abc", [[0, 0, 3]], dates._LIMIT_HEADS, dates._LIMIT_TAILS)
    assert limit_heads("", [], dates._LIMIT_HEADS, dates._LIMIT_TAILS) == ({}, [], False)


@pytest.fixture
def old_dates(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """Make ``dates`` read as before (``_Limits`` with every start, ``written_marks`` with a flag of its own)."""

    def use() -> None:
        monkeypatch.setattr(dates, "_Limits", _OldLimits)
        monkeypatch.setattr(dates, "written_marks", _old_written_marks)

    return use


def _marks_and_dates(text: str, clocks: bool, month_first: bool, stamps: bool):  # type: ignore[no-untyped-def]
    marks = dates.date_marks(text, clocks, month_first, stamps)
    found = [dates.marked_dates(marks, now) for now in _NOWS]
    latest = _NOWS[0] + timedelta(days=15)
    yearless = [dates.yearless_dates(text, now, latest, clocks) for now in _NOWS]
    return marks, found, yearless


@pytest.mark.parametrize("text", _TEXTS)
@pytest.mark.parametrize(
    ("clocks", "month_first", "stamps"), [(False, False, False), (True, False, True), (True, True, False)]
)
def test_date_marks_and_dates_are_the_old(text: str, clocks: bool, month_first: bool, stamps: bool, old_dates) -> None:  # type: ignore[no-untyped-def]
    new, new_found, new_yearless = _marks_and_dates(text, clocks, month_first, stamps)
    old_dates()
    old, old_found, old_yearless = _marks_and_dates(text, clocks, month_first, stamps)
    assert (new.text, new.clocks, new.relative, new.recent, new.stamps) == (
        old.text,
        old.clocks,
        old.relative,
        old.recent,
        old.stamps,
    )
    assert [(*w[:4], bool(w[4])) for w in new.written] == list(old.written)
    assert new_found == old_found and new_yearless == old_yearless


def _random_scanned(rng: random.Random) -> list[tuple[datetime, int, int, datetime | None, str | None]]:
    day = datetime(2026, 12, 5, tzinfo=UTC)
    return [
        (
            day - timedelta(days=rng.randrange(400)),
            k,
            k + 10,
            rng.choice((None, day)),
            rng.choice((None, None, "bound", "until", "maintenance")),
        )
        for k in range(rng.randrange(12))
    ]


@pytest.mark.parametrize("seed", range(40))
@pytest.mark.parametrize("clocks", [False, True])
def test_written_marks_keep_the_found_tuples_flagged_as_before(seed: int, clocks: bool) -> None:
    scanned = _random_scanned(random.Random(seed))
    new, old = written_marks(scanned, clocks), _old_written_marks(scanned, clocks)
    assert [(*w[:4], bool(w[4])) for w in new] == list(old)
    # The found tuple itself wherever its limit is the flag; a new one, flagged False, for a maintenance's without
    # clocks.
    kept = [s for s in scanned if s[4] != "bound"]
    for found, written in zip(kept, new, strict=True):
        if found[4] == "maintenance" and not clocks:
            assert written == (*found[:4], False)
        else:
            assert written is found


def test_written_marks_of_nothing_and_of_no_tuple() -> None:
    assert written_marks([], False) == ()
    with pytest.raises(TypeError):
        written_marks([[datetime(2026, 12, 5, tzinfo=UTC), 0, 5, None, None]], False)
