"""More content freshness of department sites as they print dates, through a whole check against a
real HTTP server on 127.0.0.1: news themes' calendar badges without a year, an agenda widget's
month-first badges, a month-first English site's numeric dates, Laravel's short relative dates
and "Agust".

The checker's clock is fixed (Wednesday 2 December 2026, 10:00 in Bekasi unless a test says
otherwise), so that the pages can print their dates as literals, the way a site prints them.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

from checker_servers import Reply, make_checker

from pantau_common.registry.model import AppSpec
from pantau_contracts.status import ApplicationChecked

HOST = "dinkes.bekasikota.go.id"
NOW = datetime(2026, 12, 2, 3, 0, tzinfo=UTC)
MENU = ("Beranda", "Profil", "Visi Misi", "Struktur Organisasi", "Berita", "Agenda", "Layanan", "PPID", "Kontak")
HEADLINES = (
    "Rapat Koordinasi Percepatan Penurunan Stunting",
    "Posyandu Balita Serentak di 12 Kecamatan",
    "Vaksinasi Gratis di 42 Puskesmas",
    "Sosialisasi Gerakan Masyarakat Hidup Sehat",
)


def spec(site, max_age_days: int = 30) -> AppSpec:  # type: ignore[no-untyped-def]
    url = f"http://{HOST}:{site.port}/"
    return AppSpec(id="dinkes-web", pd_id="dinkes", nama="Website Dinkes", url=url, max_age_days=max_age_days)


def check(site, html: str, now: datetime = NOW, max_age_days: int = 30) -> ApplicationChecked:  # type: ignore[no-untyped-def]
    """Serve ``html`` as the home page and check the application once at ``now``."""
    site.route("*", "/", Reply(200, html))
    checker = make_checker(site.port, off=("cloaking",), clock=lambda: now)
    return asyncio.run(checker.check(spec(site, max_age_days)))


def department(news: str, sidebar: str = "", clock: str = "Rabu, 2 Desember 2026 | 10:00:05 WIB") -> str:
    """Return a department's home page as its vendor writes it, with ``news`` as its news list."""
    menu = "".join(f'<li class="menu-item"><a href="/{m.lower().replace(" ", "-")}/">{m}</a></li>' for m in MENU)
    return (
        '<!DOCTYPE html><html lang="id"><head><meta charset="UTF-8"><title>Dinas Kesehatan Kota Bekasi</title>'
        '<meta name="viewport" content="width=device-width, initial-scale=1"></head><body>'
        f'<div class="header-top"><div class="container"><span class="tanggal">{clock}</span>'
        '<span class="kontak">Call Center 112 · dinkes@bekasikota.go.id</span></div></div>'
        '<header class="site-header"><a class="brand" href="/"><img src="/logo.png" alt="Dinas Kesehatan"></a>'
        f'<nav class="main-nav"><ul class="menu">{menu}</ul></nav></header>'
        f'<div class="container"><main id="main" class="site-main">{news}</main>'
        f'<aside class="sidebar">{sidebar}<div class="widget"><h3>Tautan</h3><ul>'
        '<li><a href="https://bekasikota.go.id">Pemerintah Kota Bekasi</a></li>'
        '<li><a href="https://kemkes.go.id">Kementerian Kesehatan</a></li></ul></div></aside></div>'
        '<footer class="site-footer"><p>Jl. Jend. Ahmad Yani No. 1, Bekasi Selatan</p>'
        "<p>© 2026 Dinas Kesehatan Kota Bekasi. Hak cipta dilindungi.</p></footer></body></html>"
    )


def badge_news(badges: list[tuple[str, str]], heading: str = "Berita Terkini") -> str:
    """Return a news theme's list whose posts carry a day-and-month badge, without the year."""
    posts = "".join(
        f'<article class="post type-post"><div class="post-thumb"><img src="/img/{i}.jpg" alt="">'
        f'<div class="post-date"><span class="day">{day}</span>\n<span class="month">{month}</span></div></div>'
        f'<h2 class="entry-title"><a href="/berita/{i}/">{title}</a></h2>'
        '<div class="entry-summary"><p>Dinas Kesehatan Kota Bekasi bersama puskesmas menggelar kegiatan '
        "untuk meningkatkan mutu pelayanan kepada masyarakat.</p></div></article>"
        for i, ((day, month), title) in enumerate(zip(badges, HEADLINES, strict=False))
    )
    return f'<section class="news"><h2 class="section-title">{heading}</h2>{posts}</section>'


OLD_ANNOUNCEMENT = (
    '<div class="widget"><h3>Pengumuman</h3><ul><li><a href="/p/1">Hasil Seleksi Terbuka JPT Pratama</a> '
    "<span>12 Mei 2026</span></li></ul></div>"
)


def test_a_news_theme_whose_posts_carry_day_and_month_badges_is_update(site):  # type: ignore[no-untyped-def]
    html = department(badge_news([("28", "Nov"), ("25", "Nov"), ("19", "Nov"), ("11", "Nov")]), OLD_ANNOUNCEMENT)
    event = check(site, html)
    assert (event.content.result, event.content.evidence) == ("update", "page_date")
    assert event.content.last_changed == datetime(2026, 11, 28, tzinfo=UTC)
    assert event.content.detail == "tanggal di halaman 2026-11-28 (tanpa tahun); umur 4 hari, batas 30 hari"


def test_a_badge_list_left_as_it_was_a_year_ago_is_not_update_around_its_day(site):  # type: ignore[no-untyped-def]
    html = department(badge_news([("28", "Nov"), ("20", "Nov"), ("14", "Nov")]))
    site.route("*", "/", Reply(200, html))
    now = [datetime(2026, 10, 1, 3, 0, tzinfo=UTC)]
    checker = make_checker(site.port, off=("cloaking",), clock=lambda: now[0])
    first = asyncio.run(checker.check(spec(site)))
    # On 1 October, 28 November is ahead: last year's.
    assert (first.content.result, first.content.last_changed) == ("tidak_update", datetime(2025, 11, 28, tzinfo=UTC))
    now[0] = NOW
    # Now 28 November is this year's by the calendar, but not one word of the content changed since October.
    second = asyncio.run(checker.check(spec(site)))
    assert (second.content.result, second.content.evidence) == ("tidak_update", "fingerprint")


def test_an_agenda_widget_of_month_and_day_badges_makes_a_stale_page_update(site):  # type: ignore[no-untyped-def]
    events = "".join(
        f'<li class="event">\n  <div class="event-date">\n    <span class="month">DES</span>\n'
        f'    <span class="day">{day}</span>\n  </div>\n  <a href="/agenda/{day}/">{title}</a>\n'
        '  <span class="place">Aula Dinkes</span>\n</li>'
        for day, title in (("09", "Rapat Evaluasi Kinerja Triwulan"), ("15", "Bimbingan Teknis SPBE"))
    )
    news = (
        '<div class="news-list"><div class="item"><h3><a href="/b/1">Sosialisasi Germas</a></h3>'
        '<span class="date">12 Mei 2026</span></div><div class="item"><h3><a href="/b/2">Posyandu Lansia</a></h3>'
        '<span class="date">3 April 2026</span></div></div>'
    )
    event = check(site, department(news, f'<div class="widget agenda"><h3>Agenda</h3><ul>{events}</ul></div>'))
    assert (event.content.result, event.content.last_changed) == ("update", datetime(2026, 12, 1, tzinfo=UTC))
    assert event.content.detail.startswith("tanggal mendatang di halaman 2026-12-15, ditulis paling cepat 2026-12-01")


def test_an_english_site_writing_the_month_first_is_not_update_from_a_january_date(site):  # type: ignore[no-untyped-def]
    posts = "".join(
        f'<div class="blog-item"><h3><a href="/news/{i}/">{title}</a></h3><p class="meta">Posted on {shown} '
        f"by admin</p><p>The Health Office of Bekasi City held the event with community health centers.</p></div>"
        for i, (title, shown) in enumerate(
            (("Annual Health Report Released", "10/28/2026"), ("New Year Service Hours", "01/12/2026"))
        )
    )
    event = check(site, department(f'<div class="blog-list">{posts}</div>', clock="Wednesday, 12/02/2026"))
    assert (event.content.result, event.content.last_changed) == ("tidak_update", datetime(2026, 10, 28, tzinfo=UTC))


def test_laravels_short_relative_dates_are_read_in_days(site):  # type: ignore[no-untyped-def]
    items = "".join(
        f'<div class="card berita"><div class="card-body"><h5><a href="/berita/{i}">{title}</a></h5>'
        f'<small class="text-muted">{ago}</small></div></div>'
        for i, (title, ago) in enumerate(
            zip(HEADLINES, ("5 hr yang lalu", "1 mgg yang lalu", "2 mgg yang lalu"), strict=False)
        )
    )
    event = check(site, department(f'<div class="row">{items}</div>'), max_age_days=3)
    assert (event.content.result, event.content.evidence) == ("tidak_update", "page_date")
    assert event.content.last_changed == NOW - timedelta(days=5)


def test_agust_dates_the_news(site):  # type: ignore[no-untyped-def]
    august = datetime(2026, 8, 20, 3, 0, tzinfo=UTC)
    items = "".join(
        f'<div class="item-berita"><a href="/berita/{i}">{title}</a><span class="tgl">{shown}</span></div>'
        for i, (title, shown) in enumerate(
            zip(HEADLINES, ("18 Agust 2026", "10 Agust 2026", "28 Juli 2026"), strict=False)
        )
    )
    html = department(f'<div class="list-berita">{items}</div>', clock="Kamis, 20 Agustus 2026 | 10:00:05 WIB")
    event = check(site, html, now=august, max_age_days=14)
    assert (event.content.result, event.content.last_changed) == ("update", datetime(2026, 8, 18, tzinfo=UTC))


def test_badges_without_a_year_leave_the_question_to_the_sitemap_which_has_the_year(site):  # type: ignore[no-untyped-def]
    # The badge says 28 Nov; the sitemap says the list was last written on 28 November *last* year.
    sitemap = (
        "<?xml version='1.0' encoding='UTF-8'?><urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>"
        + "".join(
            f"<url><loc>http://{HOST}:{site.port}/berita/{i}/</loc><lastmod>2025-11-{day}T09:00:00+07:00</lastmod></url>"
            for i, day in enumerate(("28", "20", "14"))
        )
        + "</urlset>"
    )
    site.route("*", "/sitemap.xml", Reply(200, sitemap, {"Content-Type": "application/xml"}))
    event = check(site, department(badge_news([("28", "Nov"), ("20", "Nov"), ("14", "Nov")])))
    assert any(r.path == "/sitemap.xml" for r in site.requests)
    assert event.content.result == "update"  # the badge this year is the newest date; the sitemap was read


def sitemap_of(lastmods: list[str], site) -> str:  # type: ignore[no-untyped-def]
    """Return a sitemap of the site's pages, one ``lastmod`` each."""
    pages = ("", "profil/", "visi-misi/", "struktur-organisasi/", "layanan/", "ppid/", "kontak/", "berita/")
    return (
        "<?xml version='1.0' encoding='UTF-8'?><urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>"
        + "".join(
            f"<url><loc>http://{HOST}:{site.port}/{page}</loc><lastmod>{lastmod}</lastmod>"
            "<changefreq>daily</changefreq><priority>0.8</priority></url>"
            for page, lastmod in zip(pages, lastmods, strict=False)
        )
        + "</urlset>"
    )


STATIC = department(
    '<section class="profil"><h2>Selamat Datang</h2><p>Dinas Kesehatan Kota Bekasi melayani masyarakat di 42 '
    "puskesmas. Informasi layanan dan pengaduan dapat diakses melalui menu di atas.</p></section>",
    clock="",
)


def test_a_sitemap_that_dates_every_page_with_one_stamp_is_no_evidence_of_an_edit(site):  # type: ignore[no-untyped-def]
    # A theme's sitemap.php writes today's date, or the time its cache was filled, on every address.
    for stamp in ("2026-12-02", "2026-12-02T08:00:00+07:00"):
        site.route("*", "/sitemap.xml", Reply(200, sitemap_of([stamp] * 8, site), {"Content-Type": "application/xml"}))
        event = check(site, STATIC)
        assert any(r.path == "/sitemap.xml" for r in site.requests)
        assert (event.content.result, event.content.evidence) == ("tidak_diketahui", None), stamp


def test_a_sitemap_whose_pages_carry_their_own_dates_still_dates_the_site(site):  # type: ignore[no-untyped-def]
    lastmods = ["2026-12-01T14:20:00+07:00", "2026-03-02", "2025-11-20", "2026-03-02", "2026-06-11", "2025-01-09"]
    site.route("*", "/sitemap.xml", Reply(200, sitemap_of(lastmods, site), {"Content-Type": "application/xml"}))
    event = check(site, STATIC)
    assert (event.content.result, event.content.evidence) == ("update", "sitemap")


def test_a_feed_that_dates_every_entry_with_one_stamp_is_no_evidence_of_an_edit(site):  # type: ignore[no-untyped-def]
    # A custom feed.php that stamps each item with the time its cache was filled, two hours ago.
    items = "".join(
        f"<item><title>{title}</title><link>http://{HOST}:{site.port}/berita/{i}/</link>"
        "<pubDate>Wed, 02 Dec 2026 01:00:00 +0000</pubDate></item>"
        for i, title in enumerate((*HEADLINES, "Layanan Kesehatan Gratis", "Jadwal Posyandu"))
    )
    feed = f"<?xml version='1.0'?><rss version='2.0'><channel><title>Dinkes</title>{items}</channel></rss>"
    site.route("*", "/feed/", Reply(200, feed, {"Content-Type": "application/rss+xml"}))
    html = STATIC.replace("</head>", '<link rel="alternate" type="application/rss+xml" href="/feed/"></head>')
    event = check(site, html)
    assert any(r.path == "/feed/" for r in site.requests)
    assert (event.content.result, event.content.evidence) == ("tidak_diketahui", None)
