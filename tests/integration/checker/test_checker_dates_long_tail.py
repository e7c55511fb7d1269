"""Content freshness of department sites that print their dates the long tail's way, through a whole check
against a real HTTP server on 127.0.0.1: a vendor theme's misspelt months ("Noveber"), a form's spaced
numeric dates ("24 - 11 - 2026"), a Blogger blog's date headers with a two-digit year ("Kamis, 26/11/26")
or of today above its signed post, Joomla's byline of today with its time, and press releases led by a
dateline without the year ("BEKASI, (27/11) - …"). Each beside a look-alike that keeps its reading.

The checker's clock is fixed at Wednesday 2 December 2026, 10:00 in Bekasi (``stamped_pages.NOW``), and
each page's top bar shows that moment, as the server renders it.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from cms_theme_pages import STALE_STAMPS, checked_at_now, joomla_page
from stamped_pages import NOW
from vendor_pages import EXCERPT, HEADLINES, News, Site, department_page

SHOWN = NOW + timedelta(hours=7)  # the top bar's clock, in WIB
TODAY = datetime(2026, 12, 2, tzinfo=UTC)


def day(month: int, number: int, year: int = 2026) -> datetime:
    return datetime(year, month, number, tzinfo=UTC)


def vendor_page(stamps: tuple[str, ...], plain: bool = False, main: str | None = None, aside: str = "") -> str:
    """Return a department's home page whose news items carry ``stamps``, or whose content is ``main``."""
    news = [News(stamp, HEADLINES[i], f"berita-{i + 1}") for i, stamp in enumerate(stamps)]
    return department_page(Site(news=news, clock=SHOWN, plain_markup=plain, main=main, main_extra=aside))


def test_a_vendor_theme_that_misspells_its_months_is_update(site):  # type: ignore[no-untyped-def]
    # The theme's translation file has "Noveber" and "Desembar": every post carries the slip.
    stamps = ("Selasa, 1 Desembar 2026", "Senin, 30 Noveber 2026", "Kamis, 26 Noveber 2026")
    assert checked_at_now(site, vendor_page(stamps)) == ("update", day(12, 1), "page_date")
    # A team of jurors and a cohort are no months: the page stays as stale as its one real date.
    stale = ("Lomba Tim 24 Juri 2026", "Angkatan 12 Member 2026", "Selasa, 12 Mei 2026")
    assert checked_at_now(site, vendor_page(stale)) == ("tidak_update", day(5, 12), "page_date")


def test_a_forms_spaced_numeric_dates_date_the_page(site):  # type: ignore[no-untyped-def]
    stamps = ("Tanggal: 30 - 11 - 2026", "Tanggal: 24 - 11 - 2026", "Tanggal: 12 - 05 - 2026")
    assert checked_at_now(site, vendor_page(stamps, plain=True)) == ("update", day(11, 30), "page_date")
    # A letter's number spaced the same way, and an agenda far ahead, leave a stale list stale.
    stale = ("Nomor: 800 / 12 / 2026", "Tanggal: 12 - 05 - 2026")
    agenda = (
        '<section class="agenda"><h3>Agenda Mendatang</h3><ul><li>Senin, 21 Desember 2026 – Rapat Evaluasi</li>'
        "<li>Selasa, 29 Desember 2026 – Bimbingan Teknis SPBE</li></ul></section>"
    )
    assert checked_at_now(site, vendor_page(stale, plain=True, aside=agenda)) == (
        "tidak_update",
        day(5, 12),
        "page_date",
    )


def blogger(posts: tuple[tuple[str, str], ...], top_bar: str = "") -> str:
    """Return a puskesmas's Blogger blog (a Simple theme): each post under its date header, signed with its time."""
    days = "".join(
        f"<div class='date-outer'><h2 class='date-header'><span>{shown}</span></h2><div class='date-posts'>"
        "<div class='post-outer'><div class='post hentry uncustomized-post-template'>"
        f"<h3 class='post-title entry-title'><a href='/2026/{i}/post.html'>{HEADLINES[i]}</a></h3>"
        f"<div class='post-body entry-content'>{EXCERPT}</div><div class='post-footer'><div class='post-footer-line'>"
        "<span class='post-author vcard'>Diposting oleh <span class='fn'>Admin Puskesmas</span></span> "
        f"<span class='post-timestamp'>di <a class='timestamp-link' href='/2026/{i}/post.html'>"
        f"<abbr class='published' title=''>{9 + i}.15</abbr></a></span> "
        "<span class='post-comment-link'>Tidak ada komentar:</span></div></div></div></div></div></div>"
        for i, (shown, _title) in enumerate(posts)
    )
    return (
        "<!DOCTYPE html><html dir='ltr' lang='id'><head><meta content='blogger' name='generator'>"
        "<title>Puskesmas Bantargebang</title></head><body class='loading'>"
        f"<div class='navbar section'></div>{top_bar}<div class='content-outer'><div class='header-outer'>"
        "<div class='Header'><h1 class='title'>Puskesmas Bantargebang</h1></div></div>"
        f"<div class='main-outer'><div class='main section'><div class='blog-posts hfeed'>{days}</div>"
        "<div class='blog-pager'><a class='blog-pager-older-link' href='/search?max-results=7'>Posting Lama</a>"
        "</div></div><div class='sidebar section'><div class='widget BlogArchive'><h2>Arsip Blog</h2><ul>"
        "<li>► 2026 (12)</li></ul></div></div></div></div></body></html>"
    )


def test_a_blogger_blogs_post_of_today_dates_it_from_its_date_header(site):  # type: ignore[no-untyped-def]
    posts = (("Rabu, 02 Desember 2026", ""), ("Sabtu, 13 Juni 2026", ""))
    assert checked_at_now(site, blogger(posts)) == ("update", TODAY, "page_date")
    # A top strip's day above the header of an older post is a clock: the blog stays stale.
    strip = "<div class='top-strip'><span>Rabu, 2 Desember 2026</span></div>"
    assert checked_at_now(site, blogger((("Sabtu, 13 Juni 2026", ""),), strip)) == (
        "tidak_update",
        day(6, 13),
        "page_date",
    )


def test_a_blogger_blogs_date_headers_with_a_two_digit_year_date_it(site):  # type: ignore[no-untyped-def]
    # Blogger's "dd/MM/yy" format under the day's name: 26 November 2026 is a Thursday.
    posts = (("Kamis, 26/11/26", ""), ("Senin, 16/11/26", ""))
    assert checked_at_now(site, blogger(posts)) == ("update", day(11, 26), "page_date")
    # Numbers of two-digit fields without a day's name that agrees are no dates: nothing dates the blog.
    posts = (("Nomor: 27/11/26", ""), ("Rabu, 26/11/26", ""), ("Hubungi 0821-2611-26", ""), ("Versi v26.11.26", ""))
    assert checked_at_now(site, blogger(posts)) == ("tidak_diketahui", None, "")


def test_a_joomla_post_of_today_with_its_time_is_update(site):  # type: ignore[no-untyped-def]
    # Joomla's blog layout is no <article>: the byline's day and time are the post's, not a clock's.
    page = joomla_page(("Rabu, 02 Desember 2026 08:15", *STALE_STAMPS))
    assert checked_at_now(site, page) == ("update", TODAY, "page_date")
    # The time the server took to write the page, with today's date, is none of its posts'.
    module = "<p>Halaman dibuat dalam 0.02 detik | Rabu, 02 Desember 2026 10:00</p>"
    assert checked_at_now(site, joomla_page(STALE_STAMPS, module)) == ("tidak_update", day(5, 12), "page_date")


def press_releases(leads: tuple[str, ...], dated: tuple[str, ...] = ()) -> str:
    """Return a Humas list of press releases, each led by its dateline (and printed with a date, if ``dated``)."""
    items = "".join(
        f'<div class="siaran-pers"><h3><a href="/siaran-pers/{i}/">{HEADLINES[i]}</a></h3>'
        + (f'<span class="tgl">{dated[i]}</span>' if i < len(dated) else "")
        + f"<p><strong>{lead}</strong> - Pemerintah Kota Bekasi melalui Dinas Kesehatan menggelar kegiatan.</p></div>"
        for i, lead in enumerate(leads)
    )
    return f'<h2 class="section-title">Siaran Pers</h2><div class="daftar-siaran">{items}</div>'


def test_press_releases_led_by_a_dateline_without_the_year_date_the_page(site):  # type: ignore[no-untyped-def]
    leads = ("BEKASI, (27/11)", "BEKASI, (19/11)", "Bekasi, 12/11 (ANTARA)")
    assert checked_at_now(site, vendor_page((), plain=True, main=press_releases(leads))) == (
        "update",
        day(11, 27),
        "page_date",
    )
    # Antara's dateline of today names no day: the releases' dates, months old, date the page.
    leads = ("Bekasi (ANTARA)", "Bekasi (ANTARA)")
    html = vendor_page((), plain=True, main=press_releases(leads, ("Selasa, 12 Mei 2026", "Senin, 4 Mei 2026")))
    assert checked_at_now(site, html) == ("tidak_update", day(5, 12), "page_date")
