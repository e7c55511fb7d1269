"""Content freshness of whole pages as WordPress, Joomla, Blogspot and static department sites print
their dates, through a whole check against a real HTTP server on 127.0.0.1.

The checker's clock is fixed (Wednesday 2 December 2026, 10:00 in Bekasi), so that the pages can
print their dates as literals, the way a site prints them.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

from checker_servers import Reply, make_checker

from pantau_common.registry.model import AppSpec
from pantau_contracts.status import ApplicationChecked

HOST = "dinkes.bekasikota.go.id"
NOW = datetime(2026, 12, 2, 3, 0, tzinfo=UTC)


def check(site, html: str) -> ApplicationChecked:  # type: ignore[no-untyped-def]
    """Serve ``html`` as the home page and check the application once at ``NOW``."""
    site.route("*", "/", Reply(200, html))
    spec = AppSpec(id="dinkes-web", pd_id="dinkes", nama="Website Dinkes", url=f"http://{HOST}:{site.port}/")
    return asyncio.run(make_checker(site.port, off=("cloaking",), clock=lambda: NOW).check(spec))


def page(body: str, generator: str = "WordPress 6.4.3") -> str:
    return (
        '<!DOCTYPE html><html lang="id"><head><meta charset="UTF-8">'
        f'<title>Dinas Kesehatan Kota Bekasi</title><meta name="generator" content="{generator}">'
        f"</head><body>{body}</body></html>"
    )


# A top bar as custom themes write it: bare <div>s the page's zoning does not know for chrome.
TOP_BAR = (
    '<div class="header-top"><div class="container"><span class="tgl">Rabu, 2 Desember 2026</span>'
    '<span class="kontak">Call Center 112</span></div></div>'
)


def test_a_wordpress_page_is_dated_by_its_posts_not_by_its_top_bar(site):  # type: ignore[no-untyped-def]
    posts = "".join(
        f'<article class="post type-post"><h2 class="entry-title"><a href="/{slug}/">{title}</a></h2>'
        f'<div class="entry-meta"><span class="posted-on"><time class="entry-date published" '
        f'datetime="{iso}">{shown}</time></span> oleh Admin</div><p>Isi berita.</p></article>'
        for slug, title, iso, shown in (
            ("rapat", "Rapat Koordinasi Stunting", "2026-11-30T08:15:00+07:00", "30 November 2026"),
            ("vaksin", "Vaksinasi Gratis", "2026-11-20T09:00:00+07:00", "20 Nov 2026"),
        )
    )
    event = check(site, page(f'{TOP_BAR}<main id="primary" class="site-main">{posts}</main>'))
    assert (event.content.result, event.content.evidence) == ("update", "page_date")
    assert event.content.last_changed == datetime(2026, 11, 30, tzinfo=UTC)


def test_a_stale_joomla_site_with_a_visitor_counter_is_not_update(site):  # type: ignore[no-untyped-def]
    article = (
        '<div class="com-content-article item-page"><h2>Sosialisasi Germas</h2><dl class="article-info">'
        '<dd class="createdby">Ditulis oleh Administrator</dd><dd class="published">'
        '<time datetime="2026-05-12T09:00:00+07:00">Dipublikasikan: 12 Mei 2026</time></dd>'
        '<dd class="hits">Dilihat: 1.204</dd></dl><p>Isi.</p></div>'
    )
    # A counter module as Joomla's extensions print it: one cell a line in the page's text.
    counter = (
        '<div class="moduletable"><h3>Statistik</h3><table><tr><td>Hari ini</td><td>12</td></tr>'
        "<tr><td>Kemarin</td><td>45</td></tr><tr><td>Minggu ini</td><td>300</td></tr></table></div>"
    )
    event = check(site, page(f"{article}{counter}", generator="Joomla! - Open Source Content Management"))
    assert (event.content.result, event.content.evidence) == ("tidak_update", "page_date")
    assert event.content.last_changed == datetime(2026, 5, 12, tzinfo=UTC)


def blogspot(posts: list[tuple[str, str]], gadget: str = "") -> str:
    days = "".join(
        f'<div class="date-outer"><h2 class="date-header"><span>{shown}</span></h2><div class="post-outer">'
        f'<h3 class="post-title">{title}</h3><div class="post-body">Isi.</div>'
        '<div class="post-footer">Diposting oleh Admin di <abbr class="published">08.00</abbr></div></div></div>'
        for shown, title in posts
    )
    archive = (
        '<div class="widget BlogArchive"><h2>Arsip Blog</h2><ul><li>► 2026 (12)</li><li>▼ Desember (3)</li></ul></div>'
    )
    return page(f'<div class="blog-posts hfeed">{days}</div>{gadget}{archive}', generator="blogger")


def test_a_blogspot_page_is_update_from_its_date_headers(site):  # type: ignore[no-untyped-def]
    event = check(site, blogspot([("Selasa, 01 Desember 2026", "Posyandu"), ("Senin, 16 November 2026", "Rapat")]))
    assert (event.content.result, event.content.last_changed) == ("update", datetime(2026, 12, 1, tzinfo=UTC))


def test_a_stale_blogspot_page_with_a_gadget_showing_today_is_not_update(site):  # type: ignore[no-untyped-def]
    gadget = '<div class="widget HTML"><h2>Kalender</h2><p>Hari ini: Rabu, 2 Desember 2026</p></div>'
    event = check(site, blogspot([("Sabtu, 13 Juni 2026", "Posyandu")], gadget))
    assert (event.content.result, event.content.last_changed) == ("tidak_update", datetime(2026, 6, 13, tzinfo=UTC))


def test_a_static_page_whose_only_date_is_todays_terakhir_diperbarui_is_not_update(site):  # type: ignore[no-untyped-def]
    html = page(
        '<div class="container"><div class="content"><h1>Profil Dinas</h1><p>Visi: Kota Bekasi sehat.</p></div>'
        '<div class="footer"><p>Jl. Jend. Ahmad Yani No. 1, Bekasi</p>'
        "<p>Terakhir diperbarui: Rabu, 2 Desember 2026</p></div></div>",
        generator="",
    )
    event = check(site, html)
    assert event.content.result == "tidak_diketahui"
    assert event.content.detail == "tidak ada bukti tanggal"


def test_an_agenda_of_next_week_makes_a_page_update(site):  # type: ignore[no-untyped-def]
    html = page(
        '<div class="agenda"><h2>Agenda Kegiatan</h2><ul>'
        "<li>Rabu, 9 Desember 2026, 09.00 WIB – Rapat Evaluasi Kinerja</li>"
        "<li>Selasa, 15 Desember 2026 – Bimbingan Teknis SPBE</li></ul></div>"
        '<div class="berita"><p><a href="/b/1">Sosialisasi Germas</a> 12 Mei 2026</p></div>'
    )
    event = check(site, html)
    assert (event.content.result, event.content.evidence) == ("update", "page_date")
    assert event.content.last_changed == datetime(2026, 12, 1, tzinfo=UTC)
    assert event.content.detail.startswith("tanggal mendatang di halaman 2026-12-15")


def test_a_date_far_ahead_does_not_make_a_stale_page_update(site):  # type: ignore[no-untyped-def]
    html = page(
        '<div class="agenda"><h2>Agenda</h2><ul><li>HUT Kota Bekasi ke-30, 10 Maret 2027</li></ul></div>'
        '<div class="berita"><p><a href="/b/1">Sosialisasi Germas</a> 12 Mei 2026</p></div>'
    )
    event = check(site, html)
    assert (event.content.result, event.content.last_changed) == ("tidak_update", datetime(2026, 5, 12, tzinfo=UTC))


def test_a_stale_page_stamped_with_the_day_is_not_update_the_next_day(site):  # type: ignore[no-untyped-def]
    # No <main>: the fingerprint reads the whole body, the top bar's stamp with it.
    def stamped(day: str) -> str:
        return page(
            f'<div class="header-top"><span class="tgl">{day}</span></div><div id="konten"><h2>Profil Dinas</h2>'
            "<p>Visi: masyarakat Kota Bekasi yang sehat.</p></div>"
        )

    site.route("*", "/", Reply(200, stamped("Rabu, 2 Desember 2026")))
    spec = AppSpec(id="dinkes-web", pd_id="dinkes", nama="Website Dinkes", url=f"http://{HOST}:{site.port}/")
    now = [NOW]
    checker = make_checker(site.port, off=("cloaking",), clock=lambda: now[0])
    first = asyncio.run(checker.check(spec))
    site.route("*", "/", Reply(200, stamped("Kamis, 3 Desember 2026")))
    now[0] = NOW + timedelta(days=1)
    second = asyncio.run(checker.check(spec))
    assert first.content.result == second.content.result == "tidak_diketahui"
    assert second.content.evidence is None
