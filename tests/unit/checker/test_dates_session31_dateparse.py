"""Dates read more closely (session 31): Drupal's default stamps month first ("12/04/2026 - 09:15", where the
generator is Drupal's and its Indonesian words are not), "a month ago" as Carbon and Moment mean it (30 to 59 days,
26 to 45), a news lead's day and month after the day's name without the year ("Pemerintah Kota Bekasi, Jumat (27/11),
…", "Jumat (27 November)", "Bekasi, Jumat, 27/11 – …"), and a form's short words around a date ("Tgl. 04 Bln.
Desember Thn. 2026"). Each test holds its look-alikes, which keep their reading: a phone, a neighbourhood's RT/RW, a
room, a fraction, a verse, a day ahead, a Drupal page's other numeric dates.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from pantau_checker.core import dates, freshness
from pantau_checker.core.page import parse_page

# Wednesday 2 December 2026, 10:00 in Bekasi (WIB, UTC+7).
NOW = datetime(2026, 12, 2, 3, 0, tzinfo=UTC)


def day(month: int, number: int, year: int = 2026) -> datetime:
    return datetime(year, month, number, tzinfo=UTC)


# --- "a month ago" ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "1 bulan yang lalu",
        "sebulan yang lalu",
        "Satu bulan lalu",
        "1 bln yang lalu",
        "a month ago",
        "1 month ago",
        "one month ago",
        "1mo ago",
    ],
)
def test_a_month_ago_is_read_as_the_middle_of_its_span(text: str) -> None:
    # Carbon writes it from a full month to two: as its first day, 30 days sat on the usual limit.
    assert dates.relative_dates(text, NOW) == [NOW - timedelta(days=45)]


@pytest.mark.parametrize(
    ("text", "ago"),
    [
        ("2 bulan yang lalu", timedelta(days=60)),
        ("4 minggu yang lalu", timedelta(days=28)),  # Carbon's weeks stop at a month
        ("3 weeks ago", timedelta(days=21)),
        ("1 tahun, 1 bulan yang lalu", timedelta(days=395)),  # a larger unit before it: old either way
        ("1 bulan 2 hari yang lalu", timedelta(days=32)),  # a smaller unit after it: the month is a whole one
        ("setahun yang lalu", timedelta(days=365)),
    ],
)
def test_other_amounts_keep_their_reading(text: str, ago: timedelta) -> None:
    assert dates.relative_dates(text, NOW) == [NOW - ago]


# --- a lead's day and month after the day's name ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("lead", "when"),
    [
        ("BEKASI – Pemerintah Kota Bekasi, Jumat (27/11), menggelar rapat koordinasi.", day(11, 27)),
        ("BEKASI – Pemerintah Kota Bekasi, Selasa (1/12) menggelar rapat koordinasi.", day(12, 1)),
        ("BEKASI – Pemerintah Kota Bekasi, Jumat (27 November), menggelar rapat koordinasi.", day(11, 27)),
        ("BEKASI – Wali Kota, Senin (30 Nov), meresmikan puskesmas.", day(11, 30)),
        ("Bekasi, Jumat, 27/11 – Pemerintah Kota menggelar rapat koordinasi.", day(11, 27)),
        ("Bekasi, Selasa, 01/12 - Dinas Kesehatan membuka posyandu.", day(12, 1)),
        ("Tim Dinkes, Jumat (27/11) menang 3-1 di final.", day(11, 27)),  # a score's day is still a day
        ("The Mayor, on Friday (27/11), opened the clinic.", day(11, 27)),
        # The name tells the year: 4 December 2025 was a Thursday (4 December 2026 is ahead, a Friday).
        ("Bekasi, Kamis (4/12), warga bergotong royong.", day(12, 4, 2025)),
    ],
)
def test_a_day_and_month_after_the_days_name_are_read_in_the_year_it_names(lead: str, when: datetime) -> None:
    assert dates.yearless_dates(lead, NOW, NOW) == [when]
    assert dates.yearless_dates(f"Berita Terbaru\n{lead}", NOW, NOW, clocks=True) == [when]


@pytest.mark.parametrize(
    "text",
    [
        "Hubungi (021) 4/12 untuk informasi.",
        "Sekretariat RT 04/12 Kelurahan Margahayu.",
        "Ketua RT.04/12 - Pak Darmo.",
        "RT 004/RW 012 Kelurahan Jakasampurna.",
        "Rapat di Ruang 4/12 lantai dua.",
        "Warga menerima 4/12 bagian dari lahan.",
        "Kajian QS 4:12 tentang waris.",
        "Rapat digelar Senin (7/12) di aula.",  # ahead: 7 December 2025 was no Monday
        "Kamis, B/4/12 - surat edaran.",  # a letter's number's fields
        "Jumat (27/11/2026) - with its year, read as any date",
        "Jumat (32/12) dan (4/13)",
        "Kemarin malam Jumat (4/12) hujan.",  # 4 December 2026 is ahead, and 2025's no Friday
    ],
)
def test_look_alikes_of_a_named_day_are_no_date_without_a_year(text: str) -> None:
    assert dates.yearless_dates(text, NOW, NOW) == []


def test_a_named_day_is_only_news_of_this_year_or_the_last() -> None:
    # 27 November was a Friday in 2020 too: no lead tells of a day six years back by its day's name alone.
    assert dates.yearless_dates("Bekasi, Jumat (27/11), warga bergotong royong.", NOW, NOW) == [day(11, 27)]
    assert dates.yearless_dates("Bekasi, Minggu (29/11), warga bergotong royong.", NOW, NOW) == [day(11, 29)]
    # 3 December is a Thursday ahead this year, was a Wednesday in 2025 and a Saturday last in 2022.
    assert dates.yearless_dates("Bekasi, Sabtu (3/12), warga bergotong royong.", NOW, NOW) == []


# --- a form's short words ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["Tgl. 01 Bln. Desember Thn. 2026", "Tgl 1 Bln Desember Thn 2026", "tanggal 1 bulan Desember tahun 2026"],
)
def test_a_forms_short_words_around_a_date_are_read(text: str) -> None:
    assert dates.dates_in_text(text) == [day(12, 1)]


def test_a_forms_short_words_without_a_day_are_no_date() -> None:
    assert dates.dates_in_text("Bln. Desember Thn. 2026") == []
    assert dates.dates_in_text("Nomor 12 Bln 2026") == []


# --- Drupal's default short format, month first -----------------------------------------------------------------

DRUPAL = '<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">'


def drupal_page(stamps: list[str], head: str = DRUPAL, byline: str = "") -> str:
    """Return a Drupal views list of news, each row's created date printed as ``stamps`` says."""
    rows = "".join(
        f'<div class="views-row"><div class="views-field views-field-title"><span class="field-content">'
        f'<a href="/node/{40 - i}" hreflang="id">Rapat Koordinasi Penanganan Stunting {i}</a></span></div>'
        f'<div class="views-field views-field-created"><span class="field-content">{byline}{stamp}</span></div></div>'
        for i, stamp in enumerate(stamps)
    )
    return (
        f'<!doctype html><html lang="id"><head><title>Dinas Pemadam Kebakaran</title>{head}</head><body>'
        '<header><nav><a href="/">Beranda</a> <a href="/profil">Profil</a> <a href="/berita">Berita</a></nav></header>'
        f'<main><h2>Berita Terbaru</h2><div class="view view-berita"><div class="view-content">{rows}</div></div>'
        "</main>"
        "<footer><p>Jl. Ir. H. Juanda No. 100, Bekasi Timur. &copy; 2026 Damkar Kota Bekasi</p></footer></body></html>"
    )


def page_dates(html: str) -> list[datetime]:
    return freshness.page_dates(parse_page(html, "https://damkar.bekasikota.go.id/"), NOW)


def test_drupals_default_stamps_are_read_month_first() -> None:
    # 1 December and 12 November, not 12 January and 11 December (ahead).
    assert sorted(page_dates(drupal_page(["12/01/2026 - 09:15", "11/12/2026 - 14:30"]))) == [day(11, 12), day(12, 1)]
    # A stale site: 12 April and 3 April, not 4 December and 4 March. ("04/12", "03/12" are 4 and 3 December: a d/m
    # vendor's days of one month, not 12 April and 12 March: test_dates_session31_weigh2.)
    assert sorted(page_dates(drupal_page(["04/12/2026 - 09:15", "04/03/2026 - 10:00"]))) == [day(4, 3), day(4, 12)]


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        # Without Drupal's generator, a numeric date is day first.
        (drupal_page(["04/12/2026 - 09:15", "03/12/2026 - 10:00"], head=""), [day(12, 3), day(12, 4)]),
        # Drupal's Indonesian translation writes the day first, with its words and the day's name.
        (
            drupal_page(["Kam, 03/12/2026 - 09:15", "Sel, 01/12/2026 - 10:00"], byline="Dikirim oleh admin pada "),
            [day(12, 1), day(12, 3)],
        ),
        (
            drupal_page(["03/12/2026 - 09:15", "01/12/2026 - 10:00"], byline="Dikirim oleh admin pada "),
            [
                day(12, 1),
                day(12, 3),
            ],
        ),
        # A day past the twelfth settles the order: day first.
        (drupal_page(["04/12/2026 - 09:15", "25/11/2026 - 10:00"]), [day(11, 25), day(12, 4)]),
        # A date without Drupal's time is an editor's, day first as Indonesians write it.
        (drupal_page(["04/12/2026", "03/12/2026"]), [day(12, 3), day(12, 4)]),
    ],
)
def test_other_numeric_dates_of_a_drupal_page_stay_day_first(html: str, expected: list[datetime]) -> None:
    assert sorted(page_dates(html)) == expected
