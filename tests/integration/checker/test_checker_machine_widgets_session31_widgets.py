"""Widgets that print dates by themselves, through a whole check against a real HTTP server on 127.0.0.1 (session 31).

A stale department site's sidebar moves on without the department: a visitor counter prints yesterday's visits and
the past week's, a social feed plugin the dates of its Instagram, YouTube and X posts, a data widget the latest
earthquake, food prices, exchange rates, air quality or river levels, and the visitors' own entries their days (a
guest book, recent comments, complaints). None of them makes the site `update`: its posts, months old, date it. The
same page with fresh posts stays `update`; and the department's own content under such words (a news post about an
earthquake, a price-monitoring post with its table, a "Berita Terbaru" widget, its own video posts, a PPID table of
documents) still dates the page.

The pages are served without ``Last-Modified`` (dynamic PHP), so that the page's own dates decide.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

import pytest
from checker_servers import FakeSite, Reply, checked
from test_checker_dates_session28 import EXCERPT, HEADLINES, NAV, WIB

FRESH_DAYS = (1, 4, 9)
STALE_DAYS = (120, 150, 185)
BULAN = "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember".split()
BLN = "Jan Feb Mar Apr Mei Jun Jul Agu Sep Okt Nov Des".split()


def ago(days: int) -> datetime:
    return datetime.now(WIB) - timedelta(days=days)


def tanggal(day: datetime) -> str:
    return f"{day.day} {BULAN[day.month - 1]} {day.year}"


def site_page(content: str, sidebar: str) -> str:
    """Return a department's home page on a Bootstrap theme: ``content`` in its content column, ``sidebar`` beside."""
    return f"""<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>Dinas Kota Bekasi</title>
<link rel="stylesheet" href="/assets/vendor/bootstrap/css/bootstrap.min.css"></head><body>
<nav class="navbar navbar-expand-lg navbar-light bg-light"><div class="container"><ul class="navbar-nav">{NAV}</ul>
</div></nav><main class="container my-4"><div class="row"><div class="col-lg-8">{content}</div>
<aside class="col-lg-4 sidebar">{sidebar}<div class="widget"><h4 class="widget-title">Tautan Terkait</h4><ul>
<li><a href="https://bekasikota.go.id">Portal Pemkot</a></li></ul></div></aside></div></main>
<footer class="footer bg-dark text-white"><div class="container"><p>Jl. Ir. H. Juanda No. 100, Kota Bekasi</p>
<p>&copy; 2026 Dinas Kota Bekasi. Hak Cipta Dilindungi.</p></div></footer></body></html>"""


def news(days: tuple[int, ...]) -> str:
    """Return the department's news list: each post's card, its headline linked, its date under it."""
    return '<h2 class="section-title">Berita</h2>' + "".join(
        f'<div class="post-item"><h3><a href="/berita/{i}">{HEADLINES[i % len(HEADLINES)]}</a></h3>'
        f'<span class="date"><i class="fa fa-calendar"></i> {tanggal(ago(d))}</span><p>{EXCERPT}</p></div>'
        for i, d in enumerate(days)
    )


def result(content: str, sidebar: str = "") -> str:
    with FakeSite() as site:
        html = site_page(content, sidebar)
        site.route("*", "/", Reply(200, html, {"Content-Type": "text/html; charset=UTF-8"}))
        event = checked(site)
    assert event.availability == "aktif"
    assert not event.findings
    return event.content.result


# Each widget: (in the content column, in the sidebar), its dates of the last days.
WIDGETS: dict[str, tuple[str, str]] = {
    "a visitor counter with yesterday's date": (
        "",
        '<div class="widget"><h4>Statistik Pengunjung</h4><table>'
        f"<tr><td>Hari ini ({ago(0):%d/%m/%Y})</td><td>87</td></tr>"
        f"<tr><td>Kemarin ({ago(1):%d/%m/%Y})</td><td>341</td></tr><tr><td>Total</td><td>210.332</td></tr>"
        "</table></div>",
    ),
    "a counter's visits of the past week": (
        "",
        '<div class="widget"><h4>Kunjungan 7 Hari Terakhir</h4><table>'
        + "".join(f"<tr><td>{ago(k):%d-%m-%Y}</td><td>{100 + k * 9}</td></tr>" for k in range(7))
        + "</table></div>",
    ),
    "Smash Balloon's Instagram feed": (
        '<div id="sb_instagram" class="sbi sbi_col_3"><div id="sbi_images">'
        + "".join(
            f'<div class="sbi_item sbi_type_image" data-date="{int(ago(k).timestamp())}"><a class="sbi_photo" '
            f'href="https://www.instagram.com/p/C{k}/"><img src="/wp-content/uploads/sbi/{k}.jpg" alt="Kegiatan"></a>'
            f'<span class="sbi_date">{tanggal(ago(k))}</span></div>'
            for k in (1, 2, 5)
        )
        + "</div></div>",
        "",
    ),
    "Custom Twitter Feeds": (
        "",
        '<div id="ctf" class="ctf ctf-type-usertimeline"><div class="ctf-tweets">'
        + "".join(
            f'<div class="ctf-item"><a href="https://twitter.com/humaskotabekasi" class="ctf-author-name">Humas</a>'
            f'<a href="https://twitter.com/humaskotabekasi/status/1{k}" class="ctf-tweet-date">'
            f'{ago(k).day} {BLN[ago(k).month - 1]}</a><p class="ctf-tweet-text">Info pelayanan hari ini</p></div>'
            for k in (1, 3)
        )
        + "</div></div>",
    ),
    "Smash Balloon's YouTube feed": (
        '<div id="sb_youtube" class="sb_youtube sby_layout_grid"><h3>Kanal YouTube</h3><div id="sby_images">'
        + "".join(
            f'<div class="sby_item"><a href="https://www.youtube.com/watch?v=a{k}" class="sby_video_thumbnail">'
            f'<img src="https://i.ytimg.com/vi/a{k}/mqdefault.jpg"></a><p class="sby_video_title">Rapat Paripurna {k}'
            f'</p><span class="sby_date">{tanggal(ago(k))}</span></div>'
            for k in (2, 5)
        )
        + "</div></div>",
        "",
    ),
    "a YouTube channel's list by its title": (
        '<section class="youtube-channel"><h3>Video Terbaru dari Kanal YouTube</h3>'
        + "".join(
            f'<div class="video-item"><iframe src="https://www.youtube.com/embed/x{k}"></iframe><p>Rapat {k}</p>'
            f"<small>{k} hari yang lalu &middot; 230 x ditonton</small></div>"
            for k in (2, 6)
        )
        + "</section>",
        "",
    ),
    "BMKG's latest earthquakes": (
        '<h3>Gempabumi M 3.0+ Terbaru</h3><table class="table"><tr><th>Waktu Gempa</th><th>Magnitudo</th></tr>'
        + "".join(f"<tr><td>{ago(k):%d-%m-%Y} 12:0{k}:11 WIB</td><td>4.{k}</td></tr>" for k in (0, 1, 2, 4))
        + "</table>",
        "",
    ),
    "food prices of SP2KP": (
        "",
        f'<div class="widget"><h4>Harga Komoditas</h4><p class="small">Data per {tanggal(ago(1))}</p><table>'
        '<tr><td>Beras Medium</td><td>Rp 13.500/kg</td></tr></table><p class="small">Sumber: SP2KP Kemendag (otomatis)'
        "</p></div>",
    ),
    "BI's exchange rates": (
        "",
        f'<div class="widget"><h4>Kurs Transaksi BI</h4><p class="small">{tanggal(ago(1))}</p><table>'
        "<tr><td>USD</td><td>15.834,00</td></tr></table></div>",
    ),
    "dengue data last updated": (
        "",
        '<div class="widget"><h4>Data Kasus DBD Kota Bekasi</h4><p>Kasus minggu ini: 14</p>'
        f'<p class="small">Pembaruan terakhir: {tanggal(ago(2))} pukul 16.00 WIB</p></div>',
    ),
    "air quality (ISPU)": (
        "",
        '<div class="widget ispu"><h4>Indeks Standar Pencemar Udara (ISPU)</h4><p class="big">87 SEDANG</p>'
        f'<p class="small">Stasiun Bekasi Jatiasih &middot; {ago(1):%d/%m/%Y} 15:00 WIB</p></div>',
    ),
    "river water levels of BBWS": (
        '<h3>Tinggi Muka Air (TMA)</h3><table class="table"><tr><th>Pos</th><th>Waktu</th><th>TMA</th></tr>'
        + "".join(f"<tr><td>{p}</td><td>{ago(1):%d-%m-%Y} 23:00</td><td>310 cm</td></tr>" for p in ("Bendung", "P2C"))
        + '</table><p class="small">Sumber: BBWS Ciliwung-Cisadane</p>',
        "",
    ),
    "a guest book": (
        '<div class="card"><h3>Buku Tamu Digital</h3><table class="table"><tr><th>Nama</th><th>Tanggal</th></tr>'
        + "".join(f"<tr><td>{n}</td><td>{ago(k):%d-%m-%Y}</td></tr>" for n, k in (("Rina", 0), ("Dedi", 1)))
        + "</table></div>",
        "",
    ),
    "WordPress's recent comments": (
        "",
        '<div class="widget widget_recent_comments"><h4>Komentar Terbaru</h4><ul id="recentcomments">'
        + "".join(
            f'<li class="recentcomments"><span class="comment-author-link">{n}</span> pada <a href="/berita/{k}'
            f'#comment-{k}">{HEADLINES[k][:40]}</a> <span class="wpdiscuz-date">{t}</span></li>'
            for n, k, t in (("Budi", 0, "1 hari yang lalu"), ("Siti", 2, "3 hari yang lalu"))
        )
        + "</ul></div>",
    ),
    "OpenSID's latest comments": (
        "",
        '<div class="single_bottom_rightbar"><h2><i class="fa fa-comments"></i> Komentar Terkini</h2><ul>'
        + "".join(
            f"<li><b>{n}</b> <small>{ago(k):%d} {BLN[ago(k).month - 1]} {ago(k):%Y %H:%M}</small><p>{t}</p></li>"
            for n, k, t in (("Warga RT 03", 0, "Kapan pembagian BLT tahap 4?"), ("Ujang", 1, "Jalan rusak"))
        )
        + "</ul></div>",
    ),
    "a table of complaints": (
        '<h3>Pengaduan Masyarakat Terbaru</h3><table class="table"><tr><th>Tiket</th><th>Aduan</th><th>Tanggal</th>'
        "</tr>"
        + "".join(f"<tr><td>#{k}</td><td>Lampu PJU mati</td><td>{ago(k):%d/%m/%Y}</td></tr>" for k in (0, 1, 2))
        + "</table>",
        "",
    ),
}


@pytest.mark.parametrize(("content", "sidebar"), WIDGETS.values(), ids=WIDGETS.keys())
@pytest.mark.parametrize(("days", "expected"), [(FRESH_DAYS, "update"), (STALE_DAYS, "tidak_update")])
def test_a_widgets_own_dates_leave_the_posts_to_date_the_page(
    content: str, sidebar: str, days: tuple[int, ...], expected: str
) -> None:
    assert result(news(days) + content, sidebar) == expected


def gempa_article(days: tuple[int, ...]) -> str:
    return (
        '<article class="post"><h1>Gempa M5,2 Guncang Sukabumi, Getaran Terasa hingga Kota Bekasi</h1>'
        f'<div class="meta">{tanggal(ago(days[0]))}</div><p>{EXCERPT}</p><h2>Info Gempa Terkini</h2>'
        f"<p>Getaran dirasakan warga Bekasi Timur. {EXCERPT}</p></article>"
    )


def price_post(days: tuple[int, ...]) -> str:
    return (
        '<div class="post-detail"><h2>Pemantauan Harga Pangan di Pasar Baru</h2>'
        f'<p class="date">{tanggal(ago(days[0]))}</p><p>{EXCERPT} {EXCERPT}</p><table class="table">'
        "<tr><th>Komoditas</th><th>Harga</th></tr><tr><td>Beras</td><td>13.500</td></tr></table></div>"
    )


def unlinked_cards(days: tuple[int, ...]) -> str:
    titles = ("Harga Pangan Stabil", "Info Gempa Terkini", "Kualitas Udara Membaik")
    return "".join(
        f'<div class="card"><h4>{title}</h4><small>{tanggal(ago(d))}</small><p>{EXCERPT}</p>'
        f'<a href="/berita/{i}">Selengkapnya</a></div>'
        for i, (title, d) in enumerate(zip(titles, days, strict=True))
    )


def latest_news_widget(days: tuple[int, ...]) -> str:
    items = "".join(
        f'<li><a href="/berita/{i}">{HEADLINES[i]}</a> <span>{tanggal(ago(d))}</span></li>' for i, d in enumerate(days)
    )
    return f'<div class="widget"><h4>Berita Terbaru</h4><ul>{items}</ul><p>Pembaruan terakhir otomatis</p></div>'


def own_videos(days: tuple[int, ...]) -> str:
    items = "".join(
        f'<div class="video-item"><h4><a href="/video/{i}">{HEADLINES[i]}</a></h4><small>{tanggal(ago(d))}</small>'
        "</div>"
        for i, d in enumerate(days)
    )
    return f'<p>{EXCERPT}</p><section class="videos"><h3>Video YouTube Terbaru</h3>{items}</section>'


def ppid_table(days: tuple[int, ...]) -> str:
    rows = "".join(f"<tr><td>Dokumen {i + 1}</td><td>{ago(d):%d-%m-%Y}</td></tr>" for i, d in enumerate(days))
    return f'<h3>Daftar Informasi Publik Terbaru</h3><table class="table">{rows}</table>'


CONTENT: dict[str, tuple[Callable[[tuple[int, ...]], str], bool]] = {
    "a news post about an earthquake": (gempa_article, False),
    "a price-monitoring post with its table": (price_post, False),
    "cards whose short titles link nothing": (unlinked_cards, False),
    "a 'Berita Terbaru' widget": (latest_news_widget, True),
    "the department's own video posts": (own_videos, False),
    "a PPID table of documents": (ppid_table, False),
}


@pytest.mark.parametrize(("make", "in_sidebar"), CONTENT.values(), ids=CONTENT.keys())
@pytest.mark.parametrize(("days", "expected"), [(FRESH_DAYS, "update"), (STALE_DAYS, "tidak_update")])
def test_the_departments_content_under_such_words_still_dates_the_page(
    make: Callable[[tuple[int, ...]], str], in_sidebar: bool, days: tuple[int, ...], expected: str
) -> None:
    part = make(days)
    profile = f"<h2>Profil</h2><p>{EXCERPT}</p>"
    assert (result(profile, part) if in_sidebar else result(profile + part)) == expected
