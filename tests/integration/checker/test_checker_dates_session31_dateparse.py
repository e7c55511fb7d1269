"""Dates read more closely, through a whole check against a real HTTP server on 127.0.0.1 (session 31).

A Laravel or Moment news list whose newest post says "1 bulan yang lalu" is at least a month old (Carbon writes it
from 30 days to 59): `tidak_update` against the usual 30-day limit. A press office's news leads date themselves by
the day's name and the day without the year ("BEKASI – Pemerintah Kota Bekasi, Jumat (4/12), …"): read in the year
the name falls on, fresh leads make the page `update` though an old sidebar of announcements is dated in full, and
stale ones `tidak_update`; a neighbourhood's "RT 04/12", a phone's "(021) 4/12" or a room's "Ruang 4/12" beside a
stale list leave it stale. A form's "Tgl. 04 Bln. Desember Thn. 2026" is read. A Drupal site's default stamps
("12/04/2026 - 09:15") are month first, its Indonesian translation's ("Dikirim oleh admin pada Jum, 04/12/2026 -
09:15") day first.

The pages are served without ``Last-Modified`` (dynamic PHP), so that the page's own dates decide.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest
from checker_servers import FakeSite, Reply, checked
from test_checker_dates_session28 import EXCERPT, HEADLINES, WIB, site_page

DAY_NAMES = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
MONTHS = "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember".split()


# The check's time, pinned, and every stamp counted back from it: between midnight and 07.00 WIB a stamp of
# yesterday with its time is of the day in UTC, as a server's clock in UTC prints it, and dates nothing
# (``dates._is_clock``); at 06.30 WIB on 1 March 2027 Drupal's list of posts of 1, 2 and 4 days ago dated nothing.
NOW = datetime(2026, 12, 5, 3, 0, tzinfo=UTC)


def ago(days: int) -> datetime:
    return NOW.astimezone(WIB) - timedelta(days=days, hours=1)


def result(html: str) -> str:
    with FakeSite() as site:
        site.route("*", "/", Reply(200, html, {"Content-Type": "text/html; charset=UTF-8"}))
        event = checked(site, clock=lambda: NOW)
    assert event.availability == "aktif"
    assert not event.findings
    return event.content.result


def relative_list(stamps: tuple[str, ...]) -> str:
    """Return a Laravel theme's news list, each post stamped with Carbon's ``diffForHumans``."""
    return '<h3 class="section-title">Berita Terbaru</h3>' + "".join(
        f'<div class="card mb-3 news-item"><div class="card-body"><h5 class="card-title"><a href="/berita/{i}">'
        f'{HEADLINES[i]}</a></h5><p class="text-muted small"><i class="fa fa-clock"></i> {stamp}</p>'
        f'<p class="card-text">{EXCERPT}</p></div></div>'
        for i, stamp in enumerate(stamps)
    )


@pytest.mark.parametrize(
    ("stamps", "expected"),
    [
        (("1 bulan yang lalu", "2 bulan yang lalu", "3 bulan yang lalu"), "tidak_update"),
        (("sebulan yang lalu", "2 bulan yang lalu"), "tidak_update"),
        (("a month ago", "2 months ago", "3 months ago"), "tidak_update"),
        (("3 minggu yang lalu", "1 bulan yang lalu", "2 bulan yang lalu"), "update"),
        (("2 hari yang lalu", "1 bulan yang lalu"), "update"),
    ],
)
def test_a_month_ago_is_past_the_usual_limit(stamps: tuple[str, ...], expected: str) -> None:
    assert result(site_page(relative_list(stamps))) == expected


LEADS: dict[str, Callable[[datetime], str]] = {
    "the day's name and (day/month)": lambda d: (
        f"BEKASI &ndash; Pemerintah Kota Bekasi, {DAY_NAMES[d.weekday()]} ({d.day}/{d.month}), menggelar kegiatan."
    ),
    "the day's name and (day month)": lambda d: (
        f"BEKASI &ndash; Pemerintah Kota Bekasi, {DAY_NAMES[d.weekday()]} ({d.day} {MONTHS[d.month - 1]}), "
        "menggelar kegiatan."
    ),
    "the place, the day's name, day/month": lambda d: (
        f"Bekasi, {DAY_NAMES[d.weekday()]}, {d.day}/{d.month} &ndash; Pemerintah Kota menggelar kegiatan."
    ),
}


def leads(days: tuple[int, ...], lead: Callable[[datetime], str], sidebar: str = "") -> str:
    """Return a press office's news list, each item opening with its ``lead``, and an optional ``sidebar``."""
    items = "".join(
        f'<div class="post-item"><h4><a href="/berita/{i}">{HEADLINES[i]}</a></h4><p>{lead(ago(d))} {EXCERPT}</p></div>'
        for i, d in enumerate(days)
    )
    return site_page(f'<h3 class="section-title">Siaran Pers</h3>{items}{sidebar}')


def old_announcements() -> str:
    def dated(days: int) -> str:
        d = ago(days)
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"

    return (
        '<div class="widget"><h4>Pengumuman</h4><ul>'
        + "".join(
            f'<li><a href="/pengumuman/{k}">Pengumuman Hasil Seleksi Tahap {k}</a>'
            f"<br><small>{dated(100 + 20 * k)}</small></li>"
            for k in range(3)
        )
        + "</ul></div>"
    )


@pytest.mark.parametrize("lead", LEADS.values(), ids=LEADS.keys())
@pytest.mark.parametrize(("days", "expected"), [((1, 2, 3), "update"), ((100, 130, 160), "tidak_update")])
def test_a_leads_named_day_dates_the_page(
    lead: Callable[[datetime], str], days: tuple[int, ...], expected: str
) -> None:
    assert result(leads(days, lead)) == expected


def test_fresh_leads_outweigh_an_old_sidebar_of_announcements() -> None:
    assert result(leads((1, 2, 3), LEADS["the day's name and (day/month)"], old_announcements())) == "update"


def test_numbers_like_a_day_and_month_leave_a_stale_list_stale() -> None:
    def lead(d: datetime) -> str:
        return f"BEKASI, {d.day} {MONTHS[d.month - 1]} {d.year} &ndash; Pemerintah Kota Bekasi menggelar kegiatan."

    today = ago(0)
    contact = (
        '<div class="widget"><h4>Kontak</h4><p>Sekretariat RT 04/12 dan RT.03/12 Kelurahan Margahayu, '
        f"RT 004/RW 012. Telepon (021) {today.day}/{today.month}. Rapat di Ruang {today.day}/{today.month} "
        f"lantai dua; lahan dibagi {today.day}/{today.month} bagian. Kajian QS 4:12 setiap Jumat.</p></div>"
    )
    assert result(leads((100, 130, 160), lead, contact)) == "tidak_update"


@pytest.mark.parametrize(("days", "expected"), [((1, 3), "update"), ((100, 130), "tidak_update")])
def test_a_forms_short_words_around_a_date_are_read(days: tuple[int, ...], expected: str) -> None:
    def stamp(d: datetime) -> str:
        return f"Tgl. {d.day:02d} Bln. {MONTHS[d.month - 1]} Thn. {d.year}"

    assert result(site_page(relative_list(tuple(stamp(ago(d)) for d in days)))) == expected


DRUPAL_DAYS = ("Sen", "Sel", "Rab", "Kam", "Jum", "Sab", "Min")


def drupal_list(days: tuple[int, ...], stamp: Callable[[datetime], str]) -> str:
    """Return a Drupal 10 site's views list of news, its created dates printed by ``stamp``."""
    rows = "".join(
        '<div class="views-row"><div class="views-field views-field-title"><span class="field-content">'
        f'<a href="/node/{40 - i}" hreflang="id">{HEADLINES[i]}</a></span></div>'
        f'<div class="views-field views-field-created"><span class="field-content">{stamp(ago(d))}</span></div></div>'
        for i, d in enumerate(days)
    )
    return site_page(f'<div class="view view-berita"><div class="view-content">{rows}</div></div>').replace(
        "<title>", '<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><title>', 1
    )


@pytest.mark.parametrize(
    "stamp",
    [
        lambda d: f"{d:%m/%d/%Y - %H:%M}",  # Drupal's default short format, month first
        lambda d: f"Dikirim oleh admin pada {DRUPAL_DAYS[d.weekday()]}, {d:%d/%m/%Y - %H:%M}",  # its translation
    ],
    ids=["default", "indonesian"],
)
def test_a_drupal_sites_stamps_are_read_in_its_order(stamp: Callable[[datetime], str]) -> None:
    assert result(drupal_list((1, 2, 4), stamp)) == "update"
