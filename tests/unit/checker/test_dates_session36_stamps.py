"""An update's stamp of today in the pure core, with the time of the check given (session 36): "Diperbarui <today>
pukul 08.30 WIB" an hour or more before the check is the moment the data was updated, so it dates the page; today's
date with the check's own time (in WIB, or in the server's UTC where no zone is written), a time still to come, a
render's or a cache's build time ("Page generated at …", "… dalam 0,0123 detik") and any stamp of today on a page
cache's signed copy (``stamps=False``) stay a clock.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from pantau_checker.core import dates

NOW = datetime(2026, 12, 5, 10, 12, tzinfo=UTC)  # Saturday, 17.12 WIB
TODAY = datetime(2026, 12, 5, tzinfo=UTC)


def read(text: str, stamps: bool = True) -> list[datetime]:
    return dates.marked_dates(dates.date_marks(text, True, stamps=stamps), NOW)


@pytest.mark.parametrize(
    "text",
    [
        "Kondisi Ruas Jalan\nDiperbarui 5 Desember 2026 pukul 08.30 WIB\n",
        "Sisa Kursi Jalur Zonasi\nTerakhir diperbarui: 5 Desember 2026, 15:30 WIB\n",
        "Update terakhir 05/12/2026 16:00\n",
        "Pembaruan data: 5 Desember 2026 pukul 14.00 WITA\n",
    ],
)
def test_an_update_stamp_of_today_an_hour_or_more_before_the_check_dates_the_page(text: str) -> None:
    assert [d.date() for d in read(text)] == [TODAY.date()]


@pytest.mark.parametrize(
    "text",
    [
        "Diperbarui: 5 Desember 2026 pukul 17.12 WIB\n",  # the check's time: rendered at the request
        "Diperbarui: 5 Desember 2026 pukul 16.30 WIB\n",  # within the hour a cache may hold it
        "Diperbarui: 5 Desember 2026 10:12\n",  # the server's clock in UTC
        "Diperbarui: 5 Desember 2026 pukul 18.00 WIB\n",  # still to come
        "Page generated at 5 Desember 2026 08:30\n",
        "Halaman ini dibuat pada 5 Desember 2026 pukul 08.30 WIB dalam 0,0123 detik\n",
        "Hari ini: Sabtu, 5 Desember 2026 08:30\n",
    ],
)
def test_a_clock_of_today_dates_nothing(text: str) -> None:
    assert read(text) == []


def test_on_a_page_caches_copy_an_earlier_stamp_of_today_is_the_copys_build_time() -> None:
    assert read("Diperbarui 5 Desember 2026 pukul 08.30 WIB\n", stamps=False) == []


def test_yesterdays_stamp_dates_the_page_either_way() -> None:
    text = "Diperbarui 4 Desember 2026 pukul 17.12 WIB\n"
    assert read(text) == read(text, stamps=False) != []
