"""Calendar badges without a year ("30 Nov") on a department's news list, through a whole check against a
real HTTP server on 127.0.0.1, where the site's REST API or feed lists the same posts with their years.

A theme that prints the day and the month only is read for this year's day (``yearless_dates``); on a site
left as it was a year ago, that guess makes last year's posts this year's. The site's own list of posts with
their years settles it: the badge's day in an earlier year, nothing near it, and the guess yields.
And a scheduled maintenance's notice of a day ahead, or a widget of observances' days ahead, over a list of old
posts: they date nothing.

The checker's clock is fixed (Saturday 5 December 2026, 10:00 in Bekasi).
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

from checker_servers import Reply, make_checker

from pantau_common.registry.model import AppSpec
from pantau_contracts.status import ApplicationChecked

HOST = "dinkes.bekasikota.go.id"
NOW = datetime(2026, 12, 5, 3, 0, tzinfo=UTC)
WP_POSTS = "/wp-json/wp/v2/posts?per_page=5&_fields=date_gmt,modified_gmt"
MENU = ("Beranda", "Profil", "Visi Misi", "Struktur Organisasi", "Berita", "Agenda", "Layanan", "PPID", "Kontak")
HEADLINES = (
    "Rapat Koordinasi Percepatan Penurunan Stunting",
    "Posyandu Balita Serentak di 12 Kecamatan",
    "Vaksinasi Gratis di 42 Puskesmas",
    "Sosialisasi Gerakan Masyarakat Hidup Sehat",
    "Pelatihan Kader Kesehatan Tingkat Kelurahan",
)
# The posts' days, last year's (a site left as it was) and this year's (a live one).
LAST_YEAR = ("2025-11-30", "2025-11-24", "2025-11-13", "2025-10-29", "2025-10-14")
THIS_YEAR = ("2026-11-30", "2026-11-24", "2026-11-13", "2026-10-29", "2026-10-14")
MONTHS = {"10": "Okt", "11": "Nov", "12": "Des"}


def spec(site) -> AppSpec:  # type: ignore[no-untyped-def]
    url = f"http://{HOST}:{site.port}/"
    return AppSpec(id="dinkes-web", pd_id="dinkes", nama="Website Dinkes", url=url, max_age_days=30)


def check(site, html: str) -> ApplicationChecked:  # type: ignore[no-untyped-def]
    """Serve ``html`` as the home page (no ``Last-Modified``) and check the application once at ``NOW``."""
    site.route("*", "/", Reply(200, html))
    checker = make_checker(site.port, off=("cloaking",), clock=lambda: NOW)
    return asyncio.run(checker.check(spec(site)))


def badge_page(days: tuple[str, ...], head: str = "") -> str:
    """Return a custom theme's home page whose news cards carry a day-and-month badge, without the year."""
    menu = "".join(f'<li><a href="/{m.lower().replace(" ", "-")}/">{m}</a></li>' for m in MENU)
    cards = "".join(
        f'<div class="news-item"><div class="date-box"><span class="day">{day[8:]}</span>'
        f'<span class="month">{MONTHS[day[5:7]]}</span></div>'
        f'<h4><a href="/berita/{i}/">{title}</a></h4><p>Dinas Kesehatan Kota Bekasi bersama puskesmas menggelar '
        "kegiatan untuk meningkatkan mutu pelayanan kepada masyarakat.</p></div>"
        for i, (day, title) in enumerate(zip(days, HEADLINES, strict=True))
    )
    return (
        '<!DOCTYPE html><html lang="id"><head><meta charset="UTF-8"><title>Dinas Kesehatan Kota Bekasi</title>'
        f"{head}</head><body>"
        f'<header class="site-header"><a href="/"><img src="/logo.png" alt="Dinkes"></a><nav><ul>{menu}</ul></nav>'
        f'</header><div class="container"><main><h3>Berita Terkini</h3>{cards}</main>'
        '<aside class="sidebar"><div class="widget"><h4>Layanan Publik</h4><ul>'
        '<li><a href="/layanan/izin-praktik/">Izin Praktik Tenaga Kesehatan</a></li>'
        '<li><a href="/layanan/pengaduan/">Pengaduan</a></li></ul></div></aside></div>'
        "<footer><p>Jl. Jend. Ahmad Yani No. 1, Bekasi Selatan</p><p>Pengunjung hari ini: 128</p></footer>"
        "</body></html>"
    )


def wp_posts(days: tuple[str, ...]) -> str:
    """Return the REST API's answer: the posts' dates in UTC (09:15 in Bekasi)."""
    return "[" + ",".join(f'{{"date_gmt":"{d}T02:15:00","modified_gmt":"{d}T02:15:00"}}' for d in days) + "]"


def feed(days: tuple[str, ...]) -> str:
    """Return the site's RSS feed, its entries' dates in UTC."""
    items = "".join(
        f"<item><title>{title}</title><link>http://{HOST}/berita/{i}/</link>"
        f"<pubDate>{datetime.fromisoformat(d):%a, %d %b %Y} 02:15:00 +0000</pubDate></item>"
        for i, (d, title) in enumerate(zip(days, HEADLINES, strict=True))
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Dinkes</title>{items}</channel></rss>'


API_LINK = '<link rel="https://api.w.org/" href="/wp-json/">'
FEED_LINK = '<link rel="alternate" type="application/rss+xml" href="/feed/">'


def test_badges_of_last_years_posts_yield_to_the_rest_api_that_has_their_year(site):  # type: ignore[no-untyped-def]
    site.route("*", WP_POSTS, Reply(200, wp_posts(LAST_YEAR), {"Content-Type": "application/json"}))
    event = check(site, badge_page(LAST_YEAR, API_LINK))
    assert any(r.path.startswith("/wp-json/") for r in site.requests)
    assert (event.content.result, event.content.evidence) == ("tidak_update", "wp_json")
    assert event.content.last_changed == datetime(2025, 11, 30, 2, 15, tzinfo=UTC)


def test_badges_of_last_years_posts_yield_to_the_feed_that_has_their_year(site):  # type: ignore[no-untyped-def]
    site.route("*", "/feed/", Reply(200, feed(LAST_YEAR), {"Content-Type": "application/rss+xml"}))
    event = check(site, badge_page(LAST_YEAR, FEED_LINK))
    assert (event.content.result, event.content.evidence) == ("tidak_update", "feed")


def test_badges_of_this_years_posts_stay_update_beside_the_api_that_lists_them(site):  # type: ignore[no-untyped-def]
    # The API lists the same days in this year: the guess was right (the API dates it all the same).
    site.route("*", WP_POSTS, Reply(200, wp_posts(THIS_YEAR), {"Content-Type": "application/json"}))
    event = check(site, badge_page(THIS_YEAR, API_LINK))
    assert event.content.result == "update"


def test_badges_of_an_agenda_this_year_stay_update_beside_a_stale_feed_of_other_days(site):  # type: ignore[no-untyped-def]
    # The badges are this year's; the feed's posts are old, but none of their days is the newest badge's.
    old = ("2025-09-17", "2025-08-12", "2025-07-03", "2025-06-20", "2025-05-08")
    site.route("*", "/feed/", Reply(200, feed(old), {"Content-Type": "application/rss+xml"}))
    event = check(site, badge_page(THIS_YEAR, FEED_LINK))
    assert (event.content.result, event.content.evidence) == ("update", "page_date")


def stale_page_with_notice(notice: str) -> str:
    """Return a custom theme's home page whose news cards are months old, under an alert box of ``notice``."""
    cards = "".join(
        f'<div class="card berita-item"><div class="card-body"><h5 class="card-title"><a href="/berita/{i}/">{title}'
        f'</a></h5><p class="text-muted small">{shown}</p><p class="card-text">Dinas Kesehatan Kota Bekasi bersama '
        "puskesmas menggelar kegiatan untuk meningkatkan mutu pelayanan kepada masyarakat.</p></div></div>"
        for i, (title, shown) in enumerate(
            zip(HEADLINES, ("30 Juli 2026", "21 Juli 2026", "8 Juli 2026", "24 Juni 2026", "3 Juni 2026"), strict=True)
        )
    )
    page = badge_page(LAST_YEAR)
    start, end = page.index("<main>"), page.index("</main>")
    return f'{page[:start]}<main><div class="alert alert-info" role="alert">{notice}</div>{cards}{page[end:]}'


def test_a_notice_of_maintenance_tomorrow_does_not_date_a_stale_page(site):  # type: ignore[no-untyped-def]
    notice = "Informasi: Pemeliharaan sistem terjadwal pada 6 Desember 2026 pukul 00.00 - 04.00 WIB."
    event = check(site, stale_page_with_notice(notice))
    assert (event.content.result, event.content.last_changed) == ("tidak_update", datetime(2026, 7, 30, tzinfo=UTC))


def test_an_agenda_notice_of_an_event_tomorrow_still_dates_the_page(site):  # type: ignore[no-untyped-def]
    # No maintenance: an event ahead was announced at the earliest two weeks before it.
    notice = "Informasi: Vaksinasi massal di Stadion Patriot Candrabhaga pada 6 Desember 2026 pukul 08.00 WIB."
    event = check(site, stale_page_with_notice(notice))
    assert event.content.result == "update"
    assert event.content.detail.startswith("tanggal mendatang di halaman 2026-12-06")


def test_a_widget_of_observances_ahead_does_not_date_a_stale_page(site):  # type: ignore[no-untyped-def]
    widget = (
        '<div class="widget"><h4 class="widget-title">Hari Penting</h4>'
        "<p><b>6 Desember</b>: Hari Kesetiakawanan Sosial</p><p><b>10 Desember</b>: Hari Hak Asasi Manusia</p></div>"
    )
    page = stale_page_with_notice("Selamat datang di website resmi Dinas Kesehatan Kota Bekasi.")
    event = check(site, page.replace('<aside class="sidebar">', f'<aside class="sidebar">{widget}'))
    assert (event.content.result, event.content.last_changed) == ("tidak_update", datetime(2026, 7, 30, tzinfo=UTC))


def test_a_yearly_observances_badge_stays_update_beside_last_years_post_of_the_day_in_the_feed(site):  # type: ignore[no-untyped-def]
    # Narrowed after a red team: the department posts about Hari AIDS Sedunia (1 December) every year; its feed
    # of news has last year's post of the day, and nothing newer than 40 days. One badge's day proves no year:
    # the other badges' days are in no entry.
    days = ("2026-12-01", "2026-11-26", "2026-11-19", "2026-11-12", "2026-11-05")
    entries = ("2026-10-26", "2026-09-26", "2026-08-07", "2025-12-01", "2025-10-11")
    site.route("*", "/feed/", Reply(200, feed(entries), {"Content-Type": "application/rss+xml"}))
    page = badge_page(days, FEED_LINK).replace(HEADLINES[0], "Peringatan Hari AIDS Sedunia Tingkat Kota Bekasi")
    event = check(site, page)
    assert (event.content.result, event.content.evidence) == ("update", "page_date")


def test_a_headline_of_road_maintenance_ahead_dates_the_page_as_an_agendas_item(site):  # type: ignore[no-untyped-def]
    # Narrowed after a red team: Bina Marga's news of its own works ahead, not the site's maintenance.
    notice = (
        '<a href="/info/221">Pemeliharaan Jalan Raya Pekayon pada 8 Desember 2026, Pengendara Diimbau Cari Jalur '
        "Alternatif</a>"
    )
    event = check(site, stale_page_with_notice(notice))
    assert event.content.result == "update"
    assert event.content.detail.startswith("tanggal mendatang di halaman 2026-12-08")
