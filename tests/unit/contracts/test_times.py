"""Times and lengths of time, written once for the web's pages and the reporter's documents."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from pantau_contracts.times import durasi, tanggal_jam
from pantau_reporter.dashboards import time_label
from pantau_web.views import duration, wib


def test_lengths_of_time_read_as_officials_write_them() -> None:
    assert durasi(timedelta(minutes=5)) == "5 menit"
    assert durasi(timedelta(hours=1, minutes=20)) == "1 jam 20 menit"
    assert durasi(timedelta(days=2, hours=3, minutes=59)) == "2 hari 3 jam"
    assert durasi(timedelta(hours=3)) == "3 jam"
    assert durasi(timedelta(seconds=17)) == "kurang dari 1 menit"


def test_a_time_is_its_wib_date_a_comma_and_its_hour() -> None:
    assert tanggal_jam(datetime(2026, 12, 5, 17, 42, tzinfo=UTC)) == "6 Desember 2026, 00.42 WIB"


def test_the_reporters_dashboards_write_a_time_as_the_web_does() -> None:
    moment = datetime(2026, 12, 5, 17, 42, tzinfo=UTC)
    assert time_label(moment) == wib(moment) == "6 Desember 2026, 00.42 WIB"


def test_the_web_writes_a_duration_in_words() -> None:
    assert duration(300) == "5 menit"
    assert duration(4800) == "1 jam 20 menit"
    assert duration(2 * 86400 + 3 * 3600) == "2 hari 3 jam"
    assert duration(None) == "–"
