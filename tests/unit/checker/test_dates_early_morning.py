"""Yesterday's date in Bekasi, read before 07.00 WIB, when it is still the day in UTC (session 29)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from pantau_checker.core import dates

# Sabtu, 5 Desember 2026, 03.00 WIB: in UTC still Jumat, 4 Desember.
EARLY = datetime(2026, 12, 4, 20, 0, tzinfo=UTC)
YESTERDAY = datetime(2026, 12, 4, tzinfo=UTC)


@pytest.mark.parametrize(
    "text",
    [
        # A news card's date on its own line, under its headline; a sidebar's item; a table's cell.
        "Rapat Koordinasi Percepatan Penurunan Stunting Tingkat Kota\n4 Desember 2026\nAdmin Dinkes",
        "Berita Terbaru\nVaksinasi HPV untuk Siswi SD Dimulai Pekan Depan\n04 Des 2026\n",
        "Pengumuman Hasil Seleksi Administrasi PPPK\nJumat, 4 Desember 2026\n",
    ],
)
def test_yesterdays_post_alone_on_its_line_is_the_posts_before_seven_in_the_morning(text: str) -> None:
    assert dates.content_dates(text, EARLY, clocks=True) == [YESTERDAY]


@pytest.mark.parametrize(
    "text",
    [
        # A server's clock in UTC still shows its time or its label: it is no post's date.
        "Selamat datang di Portal Dinas Kesehatan\nJumat, 4 Desember 2026 20:00:13\n",
        "Hari ini: Jumat, 4 Desember 2026\nPengunjung hari ini: 214",
    ],
)
def test_a_servers_clock_in_utc_is_still_a_clock(text: str) -> None:
    assert dates.content_dates(text, EARLY, clocks=True) == []


def test_todays_date_in_bekasi_alone_on_its_line_is_still_a_clock() -> None:
    # The top bar's "Sabtu, 5 Desember 2026": today's day where the site is.
    text = "Beranda\nSabtu, 5 Desember 2026\nProfil Dinas"
    assert dates.content_dates(text, EARLY, clocks=True) == []
