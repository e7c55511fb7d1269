"""A widget's "Per <today>" is the day it is shown, not a date of its content (session 28)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from pantau_checker.core import dates

NOW = datetime(2026, 12, 2, 3, 0, tzinfo=UTC)  # Rabu, 2 Desember 2026, 10.00 WIB


@pytest.mark.parametrize(
    "text",
    [
        "Berita Terpopuler\nPer 2 Desember 2026\n1. Rapat Koordinasi Stunting",
        "Statistik Layanan Per Rabu, 2 Desember 2026",
        "Data kasus DBD per 02/12/2026",
    ],
)
def test_a_widgets_per_today_dates_nothing(text: str) -> None:
    assert dates.content_dates(text, NOW, clocks=True) == []


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # "per" before another day than today; words that start with it; a post of today with its time.
        ("Laporan realisasi anggaran per 1 Desember 2026 telah terbit", datetime(2026, 12, 1, tzinfo=UTC)),
        ("Persyaratan PPDB diumumkan 2 Desember 2026 oleh Dinas Pendidikan", datetime(2026, 12, 2, tzinfo=UTC)),
        ("Perbaikan jalan Ahmad Yani dimulai 2 Desember 2026, kata Kepala Dinas", datetime(2026, 12, 2, tzinfo=UTC)),
    ],
)
def test_per_elsewhere_and_words_that_start_with_it_leave_the_date(text: str, day: datetime) -> None:
    assert dates.content_dates(text, NOW, clocks=True) == [day]
