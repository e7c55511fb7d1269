"""Today's date under a page's own labels (session 35) in the pure core, with the time of the check given: a footer's
"Halaman (ini) dibuat pada …" is the moment the page was rendered, not a byline's "dibuat pada"; an English counter's
or top bar's "Date: …" and a counter's "Tgl: …" are the day it is shown, as "Tanggal: …" is; a data widget's
"Sinkronisasi terakhir: 2 menit yang lalu" tells of the widget, as "Kunjungan terakhir: …" does. A post's "Dibuat
pada …" and "Artikel ini dibuat pada …", a "Posted on …" byline and another day's date stay read."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from pantau_checker.core import dates

NOW = datetime(2026, 12, 5, 1, 15, tzinfo=UTC)  # Saturday, 08.15 WIB


def read(text: str) -> list[datetime]:
    return dates.content_dates(text, NOW, clocks=True)


@pytest.mark.parametrize(
    "text",
    [
        "Statistik\nHalaman dibuat pada 5 Desember 2026 08:10:22\n",
        "Halaman ini dibuat pada Sabtu, 5 Desember 2026 08:10 WIB\n",
        "Halaman dibuat pada 5 Desember 2026 08:10:22. Page rendered in 0.0213 seconds.\n",
        "Counter\nHits Today: 431\nDate: 2026-12-05\n",
        "Date: December 5, 2026\n",
        "Date: 05/12/2026\n",
        "Statistik\nTgl: 05-12-2026\nHits: 431\n",
        "Tgl akses 05-12-2026\n",
    ],
)
def test_todays_date_under_the_pages_own_label_is_no_post(text: str) -> None:
    assert read(text) == []


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Rapat Koordinasi Kader Posyandu Se-Kota Bekasi\nDibuat pada 5 Desember 2026 08:10\n", 5),
        ("Rapat Koordinasi Kader Posyandu Se-Kota Bekasi\nArtikel ini dibuat pada 5 Desember 2026 08:10\n", 5),
        ("Wali Kota Bekasi Resmikan Puskesmas Baru\nDated December 5, 2026\n", 5),
        ("Posted on December 5, 2026 by Admin\n", 5),
        ("Date: December 1, 2026\n", 1),
        ("Halaman dibuat pada 1 Desember 2026 08:10\n", 1),
        ("Tgl: 01-12-2026\n", 1),
    ],
)
def test_a_posts_date_and_another_days_stay_read(text: str, day: int) -> None:
    assert read(text) == [datetime(2026, 12, day, tzinfo=UTC)]


@pytest.mark.parametrize(
    "line",
    [
        "Sinkronisasi terakhir: 2 menit yang lalu",
        "Terakhir disinkronkan 2 menit yang lalu",
        "Last synced: 3 minutes ago",
    ],
)
def test_a_data_widgets_last_sync_is_no_post(line: str) -> None:
    assert dates.relative_dates(f"Data Covid-19\n{line}\nTerkonfirmasi: 120.331\n", NOW, clocks=True) == []


def test_a_headline_naming_a_sync_keeps_its_time() -> None:
    text = "Rapat Sinkronisasi Data Stunting Tingkat Kota\n2 jam yang lalu\n"
    assert dates.relative_dates(text, NOW, clocks=True) == [NOW - timedelta(hours=2)]
