"""The rules behind the checker's reading of the standard platforms of Indonesian government (session 37).

A year's schedule of periods (an LPSE's training batches, "1 - 30 November 2026" … "4 - 15 Januari 2027") dates
nothing; one period, an agenda's few periods close ahead, still do. A date further ahead than an agenda lists is never
read as written after today. SPSE's maintenance notice, Play's and Moodle's error pages, the OJS and Moodle
installers are the pages they are; the words of work on something else than the application are not.
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from page_kinds import assert_kind, kind_of

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "integration" / "checker"))
import gov_platform_pages_s37 as gov

from pantau_checker.core import availability, dates, freshness
from pantau_checker.core.page import parse_page

NOW = gov.NOW  # Thursday 3 December 2026, 10:00 in Bekasi
TODAY = datetime(2026, 12, 3, tzinfo=UTC)


def day(month: int, number: int, year: int = 2026) -> datetime:
    return datetime(year, month, number, tzinfo=UTC)


# --- a plan of periods --------------------------------------------------------------------------------------------

SCHEDULE = (
    "Jadwal Pelatihan SPSE bagi Penyedia Tahun 2026\nAngkatan\tPeriode\tTempat\n"
    "Angkatan X\t1 - 30 November 2026\tRuang Pelatihan LPSE\n"
    "Angkatan XI\t7 - 18 Desember 2026\tRuang Pelatihan LPSE\n"
    "Angkatan XII\t4 - 15 Januari 2027\tRuang Pelatihan LPSE\n"
)


def test_a_years_schedule_of_periods_dates_nothing() -> None:
    assert dates.content_dates(SCHEDULE, NOW) == []


def test_a_plans_periods_leave_the_other_dates_of_the_text() -> None:
    text = SCHEDULE + "Berita: Sosialisasi Katalog Elektronik Lokal, 24 November 2026\n"
    assert dates.content_dates(text, NOW) == [day(11, 24)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # One period: the month just assessed, or a data's figures, end on its last day.
        pytest.param("Periode penilaian: 1 - 30 November 2026", [day(11, 30)], id="one-period"),
        pytest.param("Rekap permohonan informasi 1 Januari - 30 November 2026", [day(11, 30)], id="data-period"),
        # An agenda's periods: one just over, the others within the next two weeks.
        pytest.param(
            "Diklat Bendahara 23 - 25 November 2026\nRapat Kerja 9 - 10 Desember 2026\n"
            "Bimtek SPBE 14 - 15 Desember 2026",
            [day(11, 25), day(12, 9), day(12, 10), day(12, 14), day(12, 15)],
            id="agenda-close-ahead",
        ),
        # Two periods, one over and one far ahead: no year's plan.
        pytest.param(
            "Angkatan X 1 - 30 November 2026\nAngkatan XII 4 - 15 Januari 2027",
            [day(11, 30), day(1, 4, 2027), day(1, 15, 2027)],
            id="two-periods",
        ),
        # Periods all over: a stale page's, each dated by its last day.
        pytest.param(
            "Angkatan I 2 - 13 Maret 2026\nAngkatan II 6 - 17 April 2026\nAngkatan III 4 - 15 Mei 2026",
            [day(3, 13), day(4, 17), day(5, 15)],
            id="periods-over",
        ),
    ],
)
def test_periods_that_make_no_plan_still_date_the_text(text: str, found: list[datetime]) -> None:
    assert sorted(dates.content_dates(text, NOW)) == found


# --- an upcoming date: written at the earliest two weeks before it, never after today ----------------------------


def test_a_date_two_weeks_ahead_was_written_at_the_earliest_today() -> None:
    found = freshness.page_date_evidence([TODAY + timedelta(days=14)], NOW)
    assert found is not None and found.when == TODAY


def test_a_date_fifteen_days_ahead_dates_nothing() -> None:
    # Before, read as written at the earliest tomorrow: a page "updated" a day after the check.
    assert freshness.page_date_evidence([TODAY + timedelta(days=15)], NOW) is None


def test_no_upcoming_date_is_read_as_written_after_the_check() -> None:
    for hours in range(0, 24 * 3, 3):
        now = NOW + timedelta(hours=hours)
        for ahead in range(1, 20):
            found = freshness.page_date_evidence([TODAY + timedelta(days=ahead)], now)
            east = (now + timedelta(hours=9)).date()  # today in WIT, the first of Indonesia's days
            assert found is None or found.when.date() <= east


# --- the platforms' own pages -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "quoted"),
    [
        ("spse-maintenance", "sedang dalam proses pemeliharaan sistem"),
        ("spse-play-error", "Oops: An unexpected error occured"),
        ("ojs-installation", "OJS Installation"),
        ("moodle-installation", "Installation - Moodle 4.1.6+"),
        ("moodle-database-error", "Database connection failed"),
    ],
)
def test_a_platforms_own_page_is_what_it_is(name: str, quoted: str) -> None:
    _status, html, reason = gov.BROKEN[name]
    assert_kind(html, reason, quoted)


@pytest.mark.parametrize("name", ["spse-play-error-500", "moodle-database-error"])
def test_a_platforms_error_page_in_a_5xx_is_the_reason(name: str) -> None:
    status, html, reason = gov.BROKEN[name]
    verdict = availability.from_error_page(availability.from_status(status), status, parse_page(html, gov_url()))
    assert (verdict.availability, verdict.reason) == ("tidak_aktif", reason)
    assert (verdict.detail or "").startswith(f"HTTP {status}; ")


def gov_url() -> str:
    return "https://lpse.bekasikota.go.id/eproc4"


@pytest.mark.parametrize(
    "html",
    [
        # News of work on a road's drains, in the portal's frame.
        pytest.param(
            gov.portal_page((("Jalan Siliwangi sedang dalam perbaikan sistem drainase", "1 Desember 2026"),)),
            id="drains-in-a-headline",
        ),
        pytest.param(
            gov.spse_page(
                "LPSE Kota Bekasi",
                "<h2>Informasi</h2><p>Saluran Jalan Ahmad Yani sedang dalam perbaikan sistem drainase hingga akhir "
                "bulan.</p>",
            ),
            id="drains-alone-in-the-lpse-frame",
        ),
        # The LPSE's news of server work to come, on its working home.
        pytest.param(gov.FRESH["spse-home-open-tenders"][0], id="lpse-news-of-server-work"),
        # An OJS journal's article on installing OJS.
        pytest.param(
            gov.ojs_page("Vol. 5 No. 2 (2026)", "2026-11-20", ("OJS Installation di Server Pemerintah Daerah",)),
            id="article-on-installing-ojs",
        ),
    ],
)
def test_the_same_words_on_a_working_page_leave_it_the_application(html: str) -> None:
    assert kind_of(html).kind == "aplikasi"
