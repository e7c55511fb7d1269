"""A statistics widget's data stamp and a header clock labelled "Waktu:" (session 36) in the pure core, with the time
of the check given: today's date after "Posisi data:" is the day the widget is shown, as after "Data per" (the
checker read the one and not the other); "Waktu:" before today's date and its time is the top bar's clock. Another
day's date after the same labels stays read: a stamp of last week tells when the data was last entered.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from pantau_checker.core import dates

NOW = datetime(2026, 12, 5, 10, 12, tzinfo=UTC)  # Saturday, 17.12 WIB


def read(text: str) -> list[datetime]:
    return dates.content_dates(text, NOW, clocks=True)


@pytest.mark.parametrize(
    "text",
    [
        "Statistik Penduduk\nJumlah Penduduk: 2.543.676\nPosisi data: 5 Desember 2026\n",
        "Posisi Data : 05-12-2026\n",
        "Data Kasus DBD\nData per 5 Desember 2026\nKasus: 112\n",
        "Waktu: Sabtu, 5 Desember 2026 17:12:03\n",
        "Waktu : Sabtu, 5 Desember 2026, 17:12 WIB\n",
    ],
)
def test_todays_date_after_a_widgets_data_stamp_or_a_clocks_label_is_no_post(text: str) -> None:
    assert read(text) == []


@pytest.mark.parametrize(
    "text",
    ["Posisi data: 28 November 2026\n", "Data per 28 November 2026\n", "Posisi Data : 28-11-2026\n"],
)
def test_another_days_data_stamp_stays_read(text: str) -> None:
    assert [found.date().isoformat() for found in read(text)] == ["2026-11-28"]
