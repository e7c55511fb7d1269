"""The dates of a list of posts that no ``<article>`` marks, through a whole check against a real HTTP server on
127.0.0.1 (session 28).

A CodeIgniter theme on Bootstrap lays its news out as cards (``div.card``), each with its date in a
``p.post-date``; a WordPress theme of bare ``<div class="post">`` gives each its ``<time class="entry-date">``.
Three or more dates of one such class are a list's: the newest, today's, is a post's, not a top bar's clock
(a date of today alone on its line is otherwise taken for one). A clock stays one: of a kind, even where its
class names a date, beside a list of stale posts.

The checker runs on the real clock: every date is counted back from now in Bekasi (WIB).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone

import pytest
from checker_servers import FakeSite, Reply, checked
from vendor_pages import tanggal

WIB = timezone(timedelta(hours=7))
OLD_DAYS = (45, 60, 80)  # the rest of the list: a site that posts now and then
HEADLINES = (
    "Kadis Pimpin Apel Pagi dan Evaluasi Kinerja Triwulan",
    "Prakiraan Cuaca Ekstrem, BPBD Imbau Warga Waspada Genangan",
    "Gempa Magnitudo 5,2 Guncang Jawa Barat, Tidak Ada Kerusakan di Kota Bekasi",
    "Penyerahan Bantuan Alat Tangkap kepada Kelompok Nelayan",
)
NAV = "".join(
    f'<li class="nav-item"><a class="nav-link" href="/{slug}">{name}</a></li>'
    for slug, name in (
        ("", "Beranda"),
        ("profil", "Profil"),
        ("berita", "Berita"),
        ("pengumuman", "Pengumuman"),
        ("ppid", "PPID"),
        ("kontak", "Kontak"),
    )
)
EXCERPT = (
    "Kegiatan ini diikuti oleh seluruh jajaran dan perwakilan kelurahan se-Kota Bekasi. Kepala Dinas menyampaikan"
    " pentingnya sinergi antar perangkat daerah dalam melayani masyarakat."
)

Printed = Callable[[datetime], str]


def wib_ago(days: int) -> datetime:
    """Return a time of ``days`` days ago in Bekasi: an hour before now, today (or early yesterday, after midnight)."""
    return datetime.now(WIB) - timedelta(days=days, hours=1)


def site_page(body: str, top: str = "") -> str:
    """Return a department's home page on a Bootstrap theme, ``body`` in its content column."""
    return f"""<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Dinas Perdagangan Kota Bekasi</title>
<link rel="stylesheet" href="/assets/vendor/bootstrap/css/bootstrap.min.css"></head><body>
<div class="topbar bg-primary text-white small py-1"><div class="container">{top}<span>(021) 8841 5263</span>
</div></div>
<nav class="navbar navbar-expand-lg navbar-light bg-light"><div class="container"><ul class="navbar-nav">{NAV}</ul>
</div></nav><main class="container my-4"><div class="row"><div class="col-lg-8">{body}</div>
<aside class="col-lg-4 sidebar"><div class="widget"><h4 class="widget-title">Tautan Terkait</h4><ul>
<li><a href="https://bekasikota.go.id">Portal Pemkot</a></li><li><a href="https://ppid.bekasikota.go.id">PPID</a></li>
</ul></div></aside></div></main><footer class="footer bg-dark text-white"><div class="container">
<p>Jl. Ir. H. Juanda No. 100, Bekasi Timur, Kota Bekasi 17113</p>
<p>&copy; 2026 Dinas Perdagangan Kota Bekasi. Hak Cipta Dilindungi.</p></div></footer>
<script src="/assets/vendor/bootstrap/js/bootstrap.bundle.min.js"></script></body></html>"""


def cards(days: tuple[int, ...], printed: Printed, headlines: tuple[str, ...] = HEADLINES) -> str:
    """Return a CodeIgniter theme's news cards, each dated in its ``p.post-date`` as ``printed``."""
    return '<h3 class="section-title">Berita Terbaru</h3>' + "".join(
        f'<div class="card mb-3 news-item"><div class="row g-0"><div class="col-4"><img src="/uploads/berita/{i}.jpg"'
        f' class="img-fluid" alt=""></div><div class="col-8 card-body"><h5 class="card-title"><a href="/berita/{i}">'
        f'{headlines[i % len(headlines)]}</a></h5><p class="post-date text-muted small"><i class="fa fa-calendar">'
        f'</i> {printed(wib_ago(d))} &middot; <i class="fa fa-user"></i> Admin</p><p class="card-text">{EXCERPT}</p>'
        f'<a href="/berita/{i}" class="btn btn-sm btn-outline-primary">Selengkapnya</a></div></div></div>'
        for i, d in enumerate(days)
    )


def colormag_posts(days: tuple[int, ...]) -> str:
    """Return a WordPress theme's posts as bare ``div.post``, each with its ``<time class="entry-date">``."""
    return "".join(
        f'<div class="post type-post status-publish"><h2 class="entry-title"><a href="/{i}/" rel="bookmark">'
        f'{HEADLINES[i % len(HEADLINES)]}</a></h2><div class="below-entry-meta"><span class="posted-on">'
        f'<a href="/{i}/" rel="bookmark"><time class="entry-date published" datetime="{wib_ago(d).isoformat()}">'
        f'{tanggal(wib_ago(d))}</time></a></span><span class="byline"> Admin</span></div>'
        f'<div class="entry-content"><p>{EXCERPT}</p></div></div>'
        for i, d in enumerate(days)
    )


FRESH_LISTS = {
    "cards dated with the day and time in WIB": cards(
        (0, *OLD_DAYS), lambda d: f"{tanggal(d, with_weekday=True)} {d:%H:%M} WIB"
    ),
    "cards dated with the day only": cards((0, *OLD_DAYS), tanggal),
    "cards dated by number": cards((0, *OLD_DAYS), lambda d: f"{d:%d/%m/%Y}"),
    # A weather forecast's and an earthquake's words in the newest headlines: news, not a widget's day.
    "cards headed by weather and earthquake news": cards((2, 3, *OLD_DAYS), tanggal, HEADLINES[1:]),
    "WordPress posts without an <article>": colormag_posts((0, *OLD_DAYS)),
}


@pytest.mark.parametrize("body", FRESH_LISTS.values(), ids=FRESH_LISTS.keys())
def test_the_newest_post_of_a_list_without_articles_dates_the_page_even_today(body: str) -> None:
    with FakeSite() as site:
        site.route("*", "/", Reply(200, site_page(body)))
        event = checked(site)
    assert (event.availability, event.content.result) == ("aktif", "update")
    assert event.content.last_changed is not None
    assert datetime.now(UTC) - event.content.last_changed < timedelta(days=3)


CLOCKS = {
    "a clock whose class names a date": '<span class="current-date">{}</span>',
    "a top bar's date": "<span>{}</span>",
    "a running clock in the content column": '<div class="jam-digital text-end">{}</div>',
}


@pytest.mark.parametrize("clock", CLOCKS.values(), ids=CLOCKS.keys())
def test_a_clock_of_today_beside_a_list_of_stale_posts_dates_nothing(clock: str) -> None:
    now = datetime.now(WIB)
    shown = clock.format(f"{tanggal(now, with_weekday=True)} {now:%H:%M} WIB")
    body = shown + cards(OLD_DAYS, lambda d: f"{tanggal(d, with_weekday=True)} {d:%H:%M} WIB")
    with FakeSite() as site:
        site.route("*", "/", Reply(200, site_page(body, top=shown)))
        event = checked(site)
    assert (event.availability, event.content.result) == ("aktif", "tidak_update")


def permalinked_posts(days: tuple[int, ...], host: str = "") -> str:
    """Return a WordPress theme's posts that print no date, each linked by its "day and name" permalink."""
    posts = []
    for i, d in enumerate(days):
        day = wib_ago(d)
        address = f"{host}/{day:%Y/%m/%d}/{HEADLINES[i % len(HEADLINES)].lower().replace(' ', '-').replace(',', '')}/"
        posts.append(
            f'<div class="post-grid-item"><a href="{address}" class="thumb"><img src="/wp-content/uploads/{i}.jpg"'
            f' alt=""></a><h3 class="post-grid-title"><a href="{address}">{HEADLINES[i % len(HEADLINES)]}</a></h3>'
            f'<p>{EXCERPT}</p><a class="read-more" href="{address}">Baca selengkapnya &raquo;</a></div>'
        )
    return '<h3 class="section-title">Berita Terbaru</h3>' + "".join(posts)


def calendar_widget(days: tuple[int, ...]) -> str:
    """Return WordPress's calendar widget of this month: its days with posts link their day's archive."""
    linked = {wib_ago(d).day: wib_ago(d) for d in days}
    cells = "".join(
        f'<td><a href="/{linked[n]:%Y/%m/%d}/" aria-label="Pos diterbitkan pada {n}">{n}</a></td>'
        if n in linked
        else f"<td>{n}</td>"
        for n in range(1, 29)
    )
    return f'<table id="wp-calendar" class="wp-calendar-table"><tbody><tr>{cells}</tr></tbody></table>'


@pytest.mark.parametrize(
    ("days", "result"),
    [((2, 9, 16, 30), "update"), ((160, 175, 190), "tidak_update")],
    ids=["posted this week", "posted half a year ago"],
)
def test_a_theme_that_prints_no_date_is_dated_by_its_posts_permalinks(days: tuple[int, ...], result: str) -> None:
    with FakeSite() as site:
        site.route("*", "/", Reply(200, site_page(permalinked_posts(days))))
        event = checked(site)
    assert (event.availability, event.content.result) == ("aktif", result)
    assert (event.content.detail or "").startswith("tanggal di alamat tautan berita")


def test_another_sites_permalinks_and_a_calendars_day_archives_date_nothing() -> None:
    # An undated theme whose only dated addresses are a news agency's feed and the archive days of its calendar.
    body = permalinked_posts((1, 2, 3), host="https://www.antaranews.com/berita") + calendar_widget((1, 2))
    with FakeSite() as site:
        site.route("*", "/", Reply(200, site_page(body)))
        event = checked(site)
    assert (event.availability, event.content.result) == ("aktif", "tidak_diketahui")


def dashboard(stamp: str) -> str:
    """Return a health office's stunting dashboard: four stat cards, each stamped as its data feed writes."""
    cards_ = "".join(
        f'<div class="col-md-3"><div class="stat-card"><h6>{name}</h6><p class="stat-value">{value}</p>'
        f'<small class="stat-date text-muted">{stamp}</small></div></div>'
        for name, value in (
            ("Balita ditimbang", "41.203"),
            ("Stunting", "1.874"),
            ("Wasting", "932"),
            ("Posyandu", "1.216"),
        )
    )
    return f'<h3 class="section-title">Dasbor Stunting Kota Bekasi</h3><div class="row">{cards_}</div>'


@pytest.mark.parametrize("label", ["Update: {}", "Data per {}", "Diperbarui {}"])
def test_a_dashboards_cards_stamped_today_beside_stale_posts_date_nothing(label: str) -> None:
    now = datetime.now(WIB)
    stamp = label.format(f"{tanggal(now)} {now:%H:%M} WIB")
    body = dashboard(stamp) + cards(OLD_DAYS, lambda d: f"{tanggal(d, with_weekday=True)} {d:%H:%M} WIB")
    with FakeSite() as site:
        site.route("*", "/", Reply(200, site_page(body)))
        event = checked(site)
    assert (event.availability, event.content.result) == ("aktif", "tidak_update")


def widget(title: str, rows: str) -> str:
    return f'<div class="widget"><h4 class="widget-title">{title}</h4>{rows}</div>'


def widgets_of_today(now: datetime) -> dict[str, str]:
    """Return widgets that print ``now``'s date (Bekasi's day) on each of their rows, under a class named for a date."""
    day, numbers = tanggal(now), f"{now:%d/%m/%Y}"
    prayers = (("Subuh", "04:09"), ("Dzuhur", "11:42"), ("Ashar", "15:08"), ("Maghrib", "17:58"), ("Isya", "19:12"))
    loket = (("Loket 1", 23), ("Loket 2", 19), ("Loket 3", 7))
    cctv = ("Simpang Bulak Kapal", "Jl. Ahmad Yani", "Pintu Tol Bekasi Barat")
    return {
        "prayer times": widget(
            "Jadwal Sholat Kota Bekasi",
            "".join(
                f'<div class="jadwal-sholat-row"><span class="sholat-date">{numbers}</span><span>{name}</span>'
                f"<span>{at}</span></div>"
                for name, at in prayers
            ),
        ),
        "a queue": widget(
            "Antrian Pelayanan",
            "<table>"
            + "".join(
                f'<tr><td>{desk}</td><td>A{n:03d}</td><td class="tgl-antrian">{day}</td></tr>' for desk, n in loket
            )
            + "</table>",
        ),
        "cameras' last frames": widget(
            "CCTV Lalu Lintas",
            "".join(
                f'<div class="cctv-card"><img src="/cctv/{i}.jpg" alt=""><h6>{name}</h6>'
                f'<small class="last-update-date">{now:%d-%m-%Y} 04:5{i}</small></div>'
                for i, name in enumerate(cctv)
            ),
        ),
        "a three days' forecast": widget(
            "Prakiraan Cuaca BMKG",
            "<ul>"
            + "".join(
                f'<li class="cuaca"><time datetime="{day:%Y-%m-%d}">{tanggal(day)}</time> Berawan {31 - i}&deg;C</li>'
                for i, day in enumerate(now + timedelta(days=ahead) for ahead in range(3))
            )
            + "</ul>",
        ),
    }


@pytest.mark.parametrize("name", list(widgets_of_today(datetime.now(WIB))))
def test_a_widgets_rows_dated_today_beside_stale_posts_date_nothing(name: str) -> None:
    # Rows of dates that link no post's headline: a widget's, not a list of posts. The checker reads the page at the
    # moment it was built: a row of the day before, read just after midnight, would be a real date of yesterday.
    now = datetime.now(WIB)
    body = cards(OLD_DAYS, lambda d: f"{tanggal(d, with_weekday=True)} {d:%H:%M} WIB") + widgets_of_today(now)[name]
    with FakeSite() as site:
        site.route("*", "/", Reply(200, site_page(body)))
        event = checked(site, clock=lambda: now.astimezone(UTC))
    assert (event.availability, event.content.result) == ("aktif", "tidak_update")


def test_days_in_addresses_of_other_things_than_posts_date_nothing() -> None:
    # An events plugin's, a camera archive's and a download's days, under paths of their own, on a stale site.
    now = datetime.now(WIB)
    today = f"{now:%Y/%m/%d}"
    others = (
        f'<ul class="agenda"><li><a href="/events/{today}/posyandu-balita/">Posyandu Balita RW 07 Jakasampurna</a>'
        f'</li><li><a href="/cctv/{today}/simpang-bulak-kapal/">Rekaman CCTV Simpang Bulak Kapal</a></li>'
        f'<li><a href="/{today}/laporan-harian-covid.pdf">Laporan Harian Kasus ISPA (PDF)</a></li></ul>'
    )
    with FakeSite() as site:
        site.route("*", "/", Reply(200, site_page(permalinked_posts((160, 175, 190)) + others)))
        event = checked(site)
    assert (event.availability, event.content.result) == ("aktif", "tidak_update")
