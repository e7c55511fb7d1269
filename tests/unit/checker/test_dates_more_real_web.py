"""More dates as Indonesian government sites print them: the old spellings of "Agustus", Laravel's
short relative units, a month-first site's numeric dates, and the calendar badges of news and
agenda lists that give a day and a month without the year ("28 / Nov"). Read both ways: a content
date is read, and what only looks like one does not make a stale page fresh.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from pantau_checker.core import dates, freshness
from pantau_checker.core.page import parse_page

# Wednesday 2 December 2026, 10:00 in Bekasi (WIB, UTC+7).
NOW = datetime(2026, 12, 2, 3, 0, tzinfo=UTC)
LATEST = NOW + timedelta(days=15)  # the last day an agenda's item can be (freshness's reach)
STALE = "<div class=berita><p><a href=/b/1>Rapat koordinasi stunting</a> 3 Mei 2026</p></div>"


def day(month: int, number: int, year: int = 2026) -> datetime:
    return datetime(year, month, number, tzinfo=UTC)


def page_evidence(inner: str, now: datetime = NOW) -> list[freshness.Evidence]:
    html = f"<!doctype html><html><head><title>Dinas Kesehatan</title></head><body>{inner}</body></html>"
    return freshness.page_evidence(parse_page(html, "https://dinkes.bekasikota.go.id/"), now)


def best(inner: str, now: datetime = NOW) -> freshness.Evidence:
    """Return the evidence of the page that decides: its newest."""
    return max(page_evidence(inner, now), key=lambda e: e.when)


def badge_list(badges: list[tuple[str, str]], heading: str = "Berita Terbaru") -> str:
    """Return a theme's news list whose items each carry a badge of a day and a month."""
    items = "".join(
        f'<article class="post"><div class="post-date"><span class="day">{d}</span>\n'
        f'<span class="month">{m}</span></div><h3 class="post-title"><a href="/berita/{i}">{title}</a></h3>'
        f'<p class="excerpt">Dinas Kesehatan Kota Bekasi menggelar kegiatan bersama puskesmas.</p></article>'
        for i, ((d, m), title) in enumerate(
            zip(badges, ("Rapat Stunting", "Posyandu Balita", "Vaksinasi"), strict=False)
        )
    )
    return f'<section class="news"><h2>{heading}</h2>{items}</section>'


# --- spellings ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("5 Agust 2026", day(8, 5)),
        ("05 Agust. 2026", day(8, 5)),
        ("Agust 5, 2026", day(8, 5)),
        ("Rabu, 5 Agst 2026", day(8, 5)),
        ("Diposting pada 17 Agust 2026 oleh Admin", day(8, 17)),
    ],
)
def test_the_short_spellings_of_agustus_are_read(text: str, when: datetime) -> None:
    assert dates.dates_in_text(text) == [when]


# --- relative dates: Laravel Carbon's short units ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "ago"),
    [
        ("3 hr yang lalu", timedelta(days=3)),  # hari, not hours
        ("5 hr lalu", timedelta(days=5)),
        ("5 mnt yang lalu", timedelta(minutes=5)),
        ("10 dtk yang lalu", timedelta(seconds=10)),
        ("2 mgg yang lalu", timedelta(days=14)),
        ("2 bln yang lalu", timedelta(days=60)),
        ("1 thn yang lalu", timedelta(days=365)),
    ],
)
def test_carbons_short_indonesian_units_are_read(text: str, ago: timedelta) -> None:
    assert dates.relative_dates(text, NOW) == [NOW - ago]


@pytest.mark.parametrize(
    ("text", "ago"),
    [
        ("2d ago", timedelta(days=2)),
        ("3h ago", timedelta(hours=3)),
        ("45m ago", timedelta(minutes=45)),
        ("1w ago", timedelta(days=7)),
        ("2mo ago", timedelta(days=60)),
        ("Admin · 1y ago", timedelta(days=365)),
    ],
)
def test_a_feed_widgets_compact_english_is_read(text: str, ago: timedelta) -> None:
    assert dates.relative_dates(text, NOW) == [NOW - ago]


def test_a_compact_unit_apart_from_its_count_is_no_date() -> None:
    assert dates.relative_dates("2 d ago", NOW) == []
    assert dates.relative_dates("belok kiri 10 m lalu lurus", NOW) == []


def test_an_english_hr_is_still_an_hour() -> None:
    assert dates.relative_dates("3 hrs ago", NOW) == [NOW - timedelta(hours=3)]


@pytest.mark.parametrize(
    ("text", "ago"),
    [
        ("dua hari yang lalu", timedelta(days=2)),
        ("Tiga minggu lalu", timedelta(days=21)),
        ("Diposting lima jam yang lalu", timedelta(hours=5)),
        ("sepuluh menit yg lalu", timedelta(minutes=10)),
        ("two days ago", timedelta(days=2)),
        ("Four weeks ago", timedelta(days=28)),
    ],
)
def test_counts_spelled_out_are_read(text: str, ago: timedelta) -> None:
    assert dates.relative_dates(text, NOW) == [NOW - ago]


def test_a_spelled_count_inside_a_sentence_is_no_date() -> None:
    assert dates.relative_dates("Kegiatan berlangsung dua hari lalu ditutup Wali Kota", NOW) == []


# --- numeric dates: day first unless the page shows it writes the month first ----------------------


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("03/04/2026", [day(4, 3)]),  # Indonesian: day first
        ("28/11/2026 · 03/04/2026", [day(11, 28), day(4, 3)]),
        ("11/28/2026 · 03/04/2026", [day(11, 28), day(3, 4)]),  # the page writes the month first
        ("03/04/2026 · 11/28/2026", [day(3, 4), day(11, 28)]),
        ("2026-04-03 · 11/28/2026", [day(4, 3), day(11, 28)]),  # ISO is year, month, day whatever the page
        ("11/28/2026 · 05/05/2026", [day(11, 28), day(5, 5)]),
        # A letter's number that reads as a month-first date is no date, and proves nothing of the page's dates.
        ("Surat Nomor B/5/13/2026 · Rapat 03/04/2026", [day(4, 3)]),
        # The day's name before a date tells the order: Drupal's "Tue, 12/01/2026 - 10:15" is 1 December
        # (a Tuesday; 12 January is a Monday), and so are the page's other dates.
        ("Submitted by admin on Tue, 12/01/2026 - 10:15 · 03/04/2026", [day(12, 1), day(3, 4)]),
        ("Thursday, 11/12/2026", [day(11, 12)]),
        ("Rabu (11/11/2026) · Kamis, 12/11/2026", [day(11, 11), day(11, 12)]),  # both readings agree
        ("Senin, 12/01/2026 · 03/04/2026", [day(1, 12), day(4, 3)]),  # a Monday: day first, as written
        ("Jum'at, 04/12/2026", [day(12, 4)]),
    ],
)
def test_ambiguous_numeric_dates_follow_the_order_the_page_proves(text: str, read: list[datetime]) -> None:
    assert dates.dates_in_text(text) == read


def test_an_american_pages_january_date_does_not_pass_for_yesterday() -> None:
    posts = (
        '<div class="blog-list"><div class="entry"><h3>Annual Report Released</h3><span class="date">10/28/2026</span>'
        '</div><div class="entry"><h3>New Year Service Hours</h3><span class="date">01/12/2026</span></div></div>'
    )
    found = best(posts)
    assert found.when == day(10, 28)
    assert freshness.decide([found], NOW, 30).result == "tidak_update"


# --- calendar badges without a year ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("Berita\n28\nNov\nRapat koordinasi", day(11, 28)),
        ("28\nNov\nRapat koordinasi", day(11, 28)),  # the text's first line
        ("Berita\n 28 NOV \nRapat koordinasi", day(11, 28)),
        ("Berita\n28\n  \n Nov.\nRapat koordinasi", day(11, 28)),
        ("Agenda\nDES\n09\nRapat evaluasi", day(12, 9)),  # the month first: an agenda, just ahead
        ("Agenda\nNop\n30\nRapat evaluasi", day(11, 30)),
        ("Agenda\n  DES \n \n  09\n\nRapat evaluasi", day(12, 9)),  # spans on lines of their own
        ("Berita\n20\nDes\nRapat", day(12, 20, 2025)),  # further ahead than an agenda reaches: last year's
        ("Berita\n5\nJan\nRapat", day(1, 5)),
        ("Berita 2025\n28\nNov\nRapat", day(11, 28, 2025)),  # the year of the list's heading
        ("Arsip November 2025\n28\nNov\nRapat", day(11, 28, 2025)),
        ("Desember 2026\nS\nS\nR\nBerita\n20\nDes\nRapat", day(12, 20, 2025)),  # a calendar's month, ahead
    ],
)
def test_a_calendar_badge_is_dated_to_its_latest_day_or_its_lists_year(text: str, when: datetime) -> None:
    assert dates.yearless_dates(text, NOW, LATEST) == [when]


@pytest.mark.parametrize(
    "text",
    [
        "Berita\n28\nNov\n2026\nRapat",  # a date with its year: read by the scan of years
        "Statistik\nHari ini\n12\nKemarin\n45",  # a counter's cells
        "Fasilitas\nLantai\n2\nAula",
        "Jumlah\n5\norang",
        "Kelas\n5\nSD",
        "Jadwal\n29\nFeb\nRapat",  # no 29 February in 2026 nor 2025
        "Rapat koordinasi pada 28 Nov lalu di aula",  # in running text
        # A table of months: cases a month, small numbers on lines between the months' names.
        "Kasus DBD 2026\nBulan\nJumlah\nJan\n12\nFeb\n9\nSep\n11\nOkt\n14\nNov\n15\nDes\n3\nSumber: Dinkes",
        "Pengunjung\nSep\nOkt\nNov\n12\n25\n30",
        "Komentar\n12\nAgus\nBalas",  # a commenter's name
    ],
)
def test_what_is_no_calendar_badge_is_not_read(text: str) -> None:
    assert dates.yearless_dates(text, NOW, LATEST) == []


def test_todays_badge_alone_outside_an_article_is_a_clock_and_inside_one_a_post() -> None:
    assert dates.yearless_dates("Hari\n2\nDes\nRabu", NOW, LATEST, clocks=True) == []
    assert dates.yearless_dates("Hari\n2\nDes\nRabu", NOW, LATEST) == [day(12, 2)]


def test_a_news_list_of_badges_dates_the_page() -> None:
    found = best(badge_list([("28", "Nov"), ("20", "Nov"), ("12", "Nov")]) + STALE)
    assert (found.signal, found.when, found.year_guessed) == ("page_date", day(11, 28), True)
    assert found.detail == "tanggal di halaman 2026-11-28 (tanpa tahun)"
    assert freshness.decide([found], NOW, 30).result == "update"


def test_a_list_of_badges_in_bare_divs_dates_the_page() -> None:
    items = "".join(
        f'<div class="item-berita"><div class="tgl">{d}</div><a href="/b/{d}">Kegiatan posyandu</a></div>'
        for d in ("27 NOV", "19 NOV", "02 OKT")
    )
    assert best(f'<div class="list-berita">{items}</div>{STALE}').when == day(11, 27)


def test_an_agenda_of_badges_ahead_dates_the_page_to_the_earliest_day_it_was_written() -> None:
    agenda = "".join(
        f'<div class="event"><div class="event-date"><span class="m">DES</span><span class="d">{d}</span></div>'
        f'<div class="event-title">{title}</div></div>'
        for d, title in (("09", "Rapat evaluasi"), ("15", "Sosialisasi SPBE"))
    )
    found = best(f'<div class="agenda"><h3>Agenda</h3>{agenda}</div>{STALE}')
    assert (found.when, found.year_guessed) == (day(12, 1), True)
    assert found.detail == "tanggal mendatang di halaman 2026-12-15, ditulis paling cepat 2026-12-01 (tanpa tahun)"


def test_badges_of_a_list_headed_by_last_year_leave_the_page_stale() -> None:
    found = page_evidence(badge_list([("28", "Nov"), ("20", "Nov")], heading="Berita 2025") + STALE)
    assert [(e.when, e.year_guessed) for e in found] == [(day(5, 3), False)]


def test_badges_older_than_the_pages_written_dates_add_no_evidence() -> None:
    news = "<div class=berita><p><a href=/b/2>Rapat</a> 30 November 2026</p></div>"
    found = page_evidence(badge_list([("28", "Nov"), ("20", "Nov")]) + news)
    assert [(e.when, e.year_guessed) for e in found] == [(day(11, 30), False)]


def test_a_guessed_year_is_belied_by_a_main_content_unchanged_since_before_it() -> None:
    # A list left as it was a year ago reads as this year's around the day: its words have not changed.
    found = best(badge_list([("28", "Nov"), ("20", "Nov")]))
    belied = freshness.decide([found], NOW, 30, unchanged_since=day(10, 1))
    assert (belied.result, belied.evidence) == ("tidak_update", "fingerprint")
    assert freshness.decide([found], NOW, 30, unchanged_since=day(11, 28)).result == "update"


def test_a_written_date_is_not_belied_by_the_fingerprint() -> None:
    written = freshness.Evidence("page_date", day(11, 28), "tanggal di halaman 2026-11-28")
    assert freshness.decide([written], NOW, 30, unchanged_since=day(10, 1)).result == "update"


def test_a_wordpress_calendar_widget_gives_no_badge() -> None:
    weeks = [
        ["", "", 1, 2, 3, 4, 5],
        [6, 7, 8, 9, 10, 11, 12],
        [13, 14, 15, 16, 17, 18, 19],
        [20, 21, 22, 23, 24, 25, 26],
    ]
    weeks.append([27, 28, 29, 30, 31, "", ""])
    rows = "".join("<tr>" + "".join(f"<td>{d}</td>" for d in week) + "</tr>" for week in weeks)
    calendar = (
        '<div class="widget widget_calendar"><div class="calendar_wrap"><table id="wp-calendar">'
        "<caption>Desember 2026</caption><thead><tr>"
        + "".join(f'<th scope="col">{d}</th>' for d in "SSRKJSM")
        + f'</tr></thead><tbody>{rows}</tbody></table><nav><span class="wp-calendar-nav-prev">'
        '<a href="/2026/11/">Nov</a></span></nav></div></div>'
    )
    assert [(e.when, e.year_guessed) for e in page_evidence(calendar + STALE)] == [(day(5, 3), False)]
