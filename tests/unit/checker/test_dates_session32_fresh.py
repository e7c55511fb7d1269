"""A news list's dotted stamps of two-digit years (session 32) in the pure core, with the time of the check given:
"04.12.26" at its line's start is read day first among as many dotted stamps as a list needs; one alone, one after
a word (a build's, a version's, a clock's label), a clock's time with its zone, a phone's or an address's field
stays a number."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from pantau_checker.core import dates

NOW = datetime(2026, 12, 5, 1, 15, tzinfo=UTC)  # Saturday, 08.15 WIB


def day(month: int, number: int) -> datetime:
    return datetime(2026, month, number, tzinfo=UTC)


@pytest.mark.parametrize(
    "stamps",
    [("04.12.26", "28.11.26"), ("04.12.26 08.15", "28.11.26 14.30"), ("\u2022 04.12.26 | Admin", "28.11.26 | Admin")],
)
def test_a_lists_dotted_stamps_are_read_day_first(stamps: tuple[str, str]) -> None:
    text = "Berita Terbaru\n" + "".join(f"Pelatihan Kader Posyandu Tahap {i}\n{s}\n" for i, s in enumerate(stamps))
    assert dates.content_dates(text, NOW) == [day(12, 4), day(11, 28)]


@pytest.mark.parametrize(
    "lines",
    [
        ("Build 04.12.26", "Build 28.11.26"),
        ("Versi aplikasi: 04.12.26", "Versi aplikasi: 28.11.26"),
        ("Jam server: 04.12.26", "Jam server: 28.11.26"),
        ("04.12.26 WIB", "28.11.26 WIB"),
        ("0812.04.12.26", "0813.28.11.26"),
        ("10.04.12.26", "10.28.11.26"),
        ("04.12.26", "Rapat\n01/12/26"),  # one dotted beside one slashed: neither is a list's
    ],
)
def test_dotted_numbers_that_are_no_lists_stamps_are_no_date(lines: tuple[str, str]) -> None:
    text = "Informasi\n" + "".join(f"Pelatihan Kader Posyandu\n{line}\n" for line in lines)
    assert dates.content_dates(text, NOW) == []
