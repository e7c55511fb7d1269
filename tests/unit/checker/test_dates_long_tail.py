"""Dates as the long tail of department sites prints them: a vendor theme's misspelt months ("Noveber",
"Desembar"), numeric dates spaced out ("24 - 11 - 2026"), two-digit years ("26 November '26", "Kamis,
26/11/26"), a press release's dateline without its year ("BEKASI, (27/11) - …"), and today's date in a
Joomla byline or a Blogger date header outside an article, which is a post's and not a clock. Each test
holds its look-alikes, which keep their reading: a letter's number, a score, a telephone, a version, an
amount, a clock, a widget after a byline.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from pantau_checker.core import dates, freshness
from pantau_checker.core.page import parse_page

# Wednesday 2 December 2026, 10:00 in Bekasi (WIB, UTC+7).
NOW = datetime(2026, 12, 2, 3, 0, tzinfo=UTC)
TODAY = datetime(2026, 12, 2, tzinfo=UTC)
STALE = "<div class=berita><p><a href=/b/1>Rapat koordinasi stunting</a></p><p>3 Mei 2026</p></div>"


def day(month: int, number: int, year: int = 2026) -> datetime:
    return datetime(year, month, number, tzinfo=UTC)


def read(text: str, clocks: bool = False) -> list[datetime]:
    return dates.content_dates(text, NOW, clocks=clocks)


def evidence(inner: str) -> list[freshness.Evidence]:
    html = f"<!doctype html><html><head><title>Dinas Kesehatan</title></head><body>{inner}</body></html>"
    return freshness.page_evidence(parse_page(html, "https://dinkes.bekasikota.go.id/"), NOW)


def newest(inner: str) -> datetime:
    return max(e.when for e in evidence(inner))


# --- months as a theme misspells them -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("Senin, 30 Noveber 2026", day(11, 30)),  # a letter left out, on every post of one theme
        ("Selasa, 1 Desembar 2026 | 08:15 WIB", day(12, 1)),  # a vowel mistyped
        ("28 Novmeber 2026", day(11, 28)),  # two letters swapped
        ("Posted on Novemberr 27, 2026", day(11, 27)),  # a letter doubled
        ("30 Septembar 2026", day(9, 30)),
        ("5 Oktobar 2026", day(10, 5)),
        ("15 Januri 2026", day(1, 15)),
        ("3 Febuary 2026", day(2, 3)),
    ],
)
def test_a_month_one_slip_off_is_read(text: str, when: datetime) -> None:
    assert read(text) == [when]


def test_a_word_that_is_no_month_beside_a_day_and_a_year_stays_unread() -> None:
    assert read("Senin, 30 Noveber 2026") == [day(11, 30)]
    # Short names are not read one slip off ("Juri" is a jury, not June or July); "Member" is two from "Nopember".
    assert read("Lomba Tim 24 Juri 2026") == []
    assert read("Angkatan 12 Member 2026") == []
    assert read("Kelas 7 Mei 2026") == [day(5, 7)]


# --- numeric dates spaced out -------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["Tanggal posting: 24 - 11 - 2026", "24 . 11 . 2026", "Diunggah 24 / 11 / 2026"])
def test_a_numeric_date_spaced_evenly_is_read(text: str) -> None:
    assert read(text) == [day(11, 24)]


def test_a_spaced_number_that_is_no_date_stays_unread() -> None:
    assert read("Tanggal posting: 24 - 11 - 2026") == [day(11, 24)]
    assert read("Nomor: 800 / 12 / 2026") == []  # a letter's number: 800 is no day
    assert read("Nomor: B / 5 / 13 / 2026") == []  # its last fields look like a date, month first
    assert read("Skor akhir 3 - 1 untuk tim Dinkes") == []
    assert read("Rekap 24 -11- 2026") == []  # spaced unevenly: a form's two fields


# --- two-digit years ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "26 November '26",
        "26 Nov ’26",  # WordPress turns the apostrophe round
        "Kamis, 26/11/26",  # 26 November 2026 is a Thursday
        "Kamis, 26-11-26 | 10:15",
        "Kamis, 26.11.26",
        "Thu, 11/26/26",  # month first: the day's name says which
    ],
)
def test_a_two_digit_year_after_an_apostrophe_or_a_day_that_agrees_is_read(text: str) -> None:
    assert read(text) == [day(11, 26)]


def test_a_two_digit_number_that_is_no_year_stays_unread() -> None:
    assert read("Kamis, 26/11/26") == [day(11, 26)]
    assert read("26/11/26") == []  # no day's name: more often a number than a date
    assert read("Rabu, 26/11/26") == []  # 26 November 2026 is no Wednesday
    assert read("Nomor: 27/11/26") == []
    assert read("Hubungi 0821-2611-26") == []
    assert read("Aplikasi v26.11.26") == []
    assert read("Pagu Rp 26.11.26 juta") == []
    assert read("Rock '26") == []  # an apostrophe's year without a day and a month


# --- a press release's dateline without its year ----------------------------------------------------------


@pytest.mark.parametrize(
    ("lead", "when"),
    [
        ("BEKASI, (27/11) - Pemerintah Kota Bekasi menggelar rapat koordinasi.", day(11, 27)),
        ("Bekasi, 27/11 (ANTARA) - Pemerintah Kota Bekasi menggelar rapat koordinasi.", day(11, 27)),
        ("Kota Bekasi, (1/12) – Dinas Kesehatan membuka posyandu.", day(12, 1)),
        ("BEKASI (1/12) – Dinas Kesehatan membuka posyandu.", day(12, 1)),  # without its comma
        # A dateline is never ahead: on 2 December, "(10/12)" is last year's.
        ("BEKASI, (10/12) - Dinas Kesehatan membuka posyandu.", day(12, 10, 2025)),
    ],
)
def test_a_press_releases_dateline_is_read_as_a_day_without_its_year(lead: str, when: datetime) -> None:
    assert dates.yearless_dates(lead, NOW, NOW) == [when]
    assert dates.yearless_dates(f"Siaran Pers\n{lead}", NOW, NOW, clocks=True) == [when]


def test_a_dateline_dates_an_article_as_a_badge_does_and_its_look_alikes_do_not() -> None:
    article = (
        "<article><h1>Pemkot Bekasi Gelar Rapat Koordinasi Stunting</h1>"
        "<p><strong>BEKASI, (27/11)</strong> - Pemerintah Kota Bekasi menggelar rapat koordinasi.</p></article>"
    )
    found = [e for e in evidence(article + STALE) if e.when == day(11, 27)]
    assert [(e.signal, e.year_guessed, e.detail) for e in found] == [
        ("page_date", True, "tanggal di halaman 2026-11-27 (tanpa tahun)")
    ]
    for lead in (
        "Bekasi (ANTARA) - Pemerintah Kota Bekasi menggelar rapat.",  # Antara's dateline today: no date in it
        "Nomor: 27/11 - Surat edaran tentang jam kerja.",
        "Skor (3/1) - Tim Dinkes menang.",
        "Skor Akhir (3/1) - Tim Dinkes menang.",
        "BEKASI, (27/11/2025) - Rapat tahun lalu.",  # with its year: a date like any other
    ):
        assert newest(f"<article><p>{lead}</p></article>{STALE}") == day(5, 3), lead


# --- today's date as a post's, outside an article ---------------------------------------------------------


def blogger(shown: str) -> str:
    return (
        f"<div class=date-outer><h2 class=date-header><span>{shown}</span></h2><div class=post-outer>"
        "<div class='post hentry'><h3 class=post-title><a href=/2026/12/posyandu.html>Posyandu Balita</a></h3>"
        "<div class=post-body>Kegiatan posyandu balita di kelurahan.</div><div class=post-footer>"
        "<span class=post-author>Diposting oleh <span class=fn>Admin</span></span> <span class=post-timestamp>di "
        "<a class=timestamp-link href=/2026/12/posyandu.html><abbr class=published>10.15</abbr></a></span>"
        "</div></div></div></div>"
    )


def test_a_blogger_date_header_of_today_above_its_signed_post_is_the_posts() -> None:
    assert newest(blogger("Rabu, 02 Desember 2026") + blogger("Sabtu, 13 Juni 2026") + STALE) == TODAY
    # A top bar's day above the header of an older post, with its time or alone, is still a clock.
    for bar in ("Rabu, 2 Desember 2026 | 10:00:05 WIB", "Rabu, 2 Desember 2026"):
        assert newest(f"<div class=top-bar><span>{bar}</span></div>{blogger('Sabtu, 13 Juni 2026')}") == day(6, 13)
    # A gadget of today after the posts is too.
    gadget = "<div class='widget HTML'><h2>Kalender</h2><p>Rabu, 2 Desember 2026</p></div>"
    assert newest(blogger("Sabtu, 13 Juni 2026") + gadget) == day(6, 13)


@pytest.mark.parametrize(
    "byline",
    [
        # Joomla's article info, its author a link: a text node a line.
        "<dd class=createdby>Ditulis oleh <a href=/author>Super User</a> pada Rabu, 02 Desember 2026 08:15</dd>",
        "<dd class=create>Dibuat: Rabu, 02 Desember 2026 08:15</dd><dd class=hits>Hits: 120</dd>",
        "<span class=posted-on>Posted on <a href=/p><span>December 2, 2026</span></a> at 8:15 am</span>",
    ],
)
def test_today_after_a_bylines_word_outside_an_article_is_the_posts_and_not_a_clock(byline: str) -> None:
    item = f"<div class=item-page><h2>Rapat Koordinasi</h2><dl class=article-info>{byline}</dl><p>Isi.</p></div>"
    assert newest(item + STALE) == TODAY


def test_today_after_a_servers_words_or_a_widgets_heading_is_still_a_clock() -> None:
    assert read("Ditulis oleh Super User pada Rabu, 02 Desember 2026 08:15", clocks=True) == [TODAY]
    for text in (
        "Halaman dibuat dalam 0.02 detik | Rabu, 02 Desember 2026 08:15",
        "Diposting oleh Admin | Hari ini: Rabu, 2 Desember 2026 10:00",
        "Diposting oleh Admin\nKalender\nRabu, 2 Desember 2026",
        "Rabu, 02 Desember 2026 08:15",
    ):
        assert read(text, clocks=True) == [], text
