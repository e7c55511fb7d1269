"""A department's pages in a stand-in page's words, which a red team found read as stand-ins, through a real HTTP
server on 127.0.0.1 (session 31).

A WordPress list of the site's news headed by a dated post "Domain Ditangguhkan", "Domain dalam Status serverHold",
"Domain Premium Ini Tersedia untuk Dibeli? Waspada Penipuan", "Server IIS Telah Berhasil Dipasang" or (an older
phrase of a sale) "Domain Ini Dijual? Waspada Penipuan", a help page
with those sections, a small page of the office's news quoting Cloudflare's Always Online banner, and a hospital's
"Anda tersesat?" over its map with its news under it: each is the application. A registry's, a hosting's or a
theme's 404 says the same words on a short page without the site's menu, or as the content alone; Cloudflare's
banner is its own element at the top of the copy.
"""

from __future__ import annotations

import pytest
from checker_servers import FakeSite, assert_stand_in, served_yesterday
from vendor_pages import Site, days_ago, department_page, news_since, tanggal

from pantau_contracts.status import ApplicationChecked

_EXCERPT = (
    "Bidang Aplikasi Informatika menindaklanjuti laporan perangkat daerah dan berkoordinasi dengan pengelola "
    "nama domain sampai layanan kembali normal."
)


def _post(headline: str, slug: str, days: int) -> str:
    """A post in WordPress's list of the site's news: its headline linked, its day printed under it."""
    return (
        f'<article class="post type-post status-publish hentry"><h2 class="entry-title"><a href="/{slug}/">'
        f'{headline}</a></h2><div class="entry-meta"><span class="posted-on">{tanggal(days_ago(days))}</span> '
        f'<span class="byline">oleh admin</span></div><div class="entry-summary"><p>{_EXCERPT}</p></div></article>'
    )


_MENU = "".join(
    f'<li class="menu-item"><a href="/{slug}/">{name}</a></li>'
    for slug, name in (
        ("", "Beranda"),
        ("profil", "Profil"),
        ("berita", "Berita"),
        ("layanan", "Layanan"),
        ("ppid", "PPID"),
        ("galeri", "Galeri"),
        ("unduhan", "Unduhan"),
        ("kontak", "Kontak"),
    )
)


def _news_list(headline: str) -> str:
    """The home page of a small office's WordPress theme: ``headline``'s post first in its list of news, with the
    site's menu, a sidebar of its latest posts and categories, and its footer."""
    posts = (
        _post(headline, "2026/12/domain-opd", 1)
        + _post("Rapat Koordinasi Smart City Kota Bekasi", "2026/12/rapat-smart-city", 3)
        + _post("Pelatihan Keamanan Informasi bagi ASN Perangkat Daerah", "2026/11/pelatihan-keamanan", 6)
        + _post("Sosialisasi Satu Data Indonesia Tingkat Kota", "2026/11/satu-data", 10)
    )
    latest = "".join(
        f'<li><a href="/{slug}/">{title}</a> <span class="post-date">{tanggal(days_ago(days))}</span></li>'
        for slug, title, days in (
            ("2026/12/rapat-smart-city", "Rapat Koordinasi Smart City Kota Bekasi", 3),
            ("2026/11/pelatihan-keamanan", "Pelatihan Keamanan Informasi bagi ASN", 6),
            ("2026/11/satu-data", "Sosialisasi Satu Data Indonesia", 10),
            ("2026/11/monev-spbe", "Monitoring dan Evaluasi SPBE", 15),
        )
    )
    return (
        '<!DOCTYPE html><html lang="id-ID"><head><meta charset="UTF-8"><meta name="viewport" '
        'content="width=device-width, initial-scale=1"><title>Diskominfostandi Kota Bekasi</title>'
        '<meta name="generator" content="WordPress 6.6.2"><link rel="stylesheet" '
        'href="/wp-content/themes/opd/style.css?ver=1.4"></head><body class="home blog">'
        '<header class="site-header"><a class="logo" href="/"><img src="/wp-content/uploads/2023/01/logo.png" '
        'alt="Logo Kota Bekasi"></a><p class="site-title">Diskominfostandi Kota Bekasi</p>'
        f'<nav class="main-navigation"><ul class="menu">{_MENU}</ul></nav></header>'
        f'<div id="content" class="site-content"><main id="primary" class="site-main">{posts}</main>'
        '<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries">'
        f'<h3 class="widget-title">Berita Terbaru</h3><ul>{latest}</ul></section><section class="widget '
        'widget_categories"><h3 class="widget-title">Kategori</h3><ul><li><a href="/category/berita/">Berita</a>'
        '</li><li><a href="/category/pengumuman/">Pengumuman</a></li><li><a href="/category/artikel/">Artikel</a>'
        '</li></ul></section></aside></div><footer class="site-footer"><p>Jl. Ir. H. Juanda No. 100, Bekasi Timur, '
        'Kota Bekasi</p><ul><li><a href="https://bekasikota.go.id">Portal Kota Bekasi</a></li><li>'
        '<a href="https://ppid.bekasikota.go.id">PPID</a></li><li><a href="https://lapor.go.id">SP4N LAPOR!</a>'
        "</li></ul><p>&copy; 2026 Pemerintah Kota Bekasi.</p></footer></body></html>"
    )


def _checked(page: str) -> ApplicationChecked:
    with FakeSite() as site:
        return served_yesterday(site, page)


def _assert_application(event: ApplicationChecked) -> None:
    assert (event.availability, event.reason, event.content.result) == ("aktif", None, "update"), event
    assert not event.findings


@pytest.mark.parametrize(
    "headline",
    [
        pytest.param("Domain Ditangguhkan", id="ditangguhkan"),
        pytest.param("Domain dalam Status serverHold", id="server-hold"),
        pytest.param("Domain Premium Ini Tersedia untuk Dibeli? Waspada Penipuan", id="premium"),
        pytest.param("Server IIS Telah Berhasil Dipasang", id="iis"),
        pytest.param("Hosting untuk Website Ini Telah Kedaluwarsa, Diskominfo Pindahkan ke Server Kota", id="hosting"),
        pytest.param("Domain Ini Dijual? Waspada Penipuan Mengatasnamakan Pemkot", id="for-sale"),
    ],
)
def test_a_dated_post_in_the_sites_list_of_news_is_the_application_whatever_its_headline(headline: str) -> None:
    _assert_application(_checked(_news_list(headline)))


# A department's help page of its domains, in the site's layout: its sections named as PANDI names the states.
DOMAIN_HELP = (
    '<article class="page type-page"><h1 class="entry-title">Layanan Domain dan Subdomain</h1>'
    '<div class="entry-content"><h2>Domain Ditangguhkan</h2><p>Jika subdomain OPD Anda untuk sementara ditangguhkan '
    "(suspend) oleh PANDI, hubungi bidang Aplikasi Informatika dengan melampirkan surat permohonan.</p>"
    "<h2>Domain dalam status serverHold</h2><p>Status ini berarti domain belum memenuhi verifikasi. Lengkapi "
    "dokumen di panel PANDI.</p></div></article>"
)


def test_a_departments_help_page_headed_as_a_registrys_is_the_application() -> None:
    page = department_page(Site(news=news_since((1, 4, 9, 15, 22)), main_extra=DOMAIN_HELP))
    _assert_application(_checked(page))


def _small_news(main: str) -> str:
    """A small page of an office's news, without a site's menu: its posts linked, their days printed."""
    return (
        '<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><meta name="viewport" '
        'content="width=device-width, initial-scale=1"><title>Info TIK Bekasi</title></head><body>'
        f'<div class="container">{main}</div></body></html>'
    )


CLOUDFLARE_NEWS_QUOTED = _small_news(
    '<h1>Info TIK</h1><h2><a href="/berita/gangguan-cloudflare">Gangguan Cloudflare, Sejumlah Situs Tampilkan '
    f'Halaman Offline</a></h2><p class="meta">{tanggal(days_ago(1))}</p><p>Saat server asal mati, pengunjung '
    "melihat pesan &quot;This page (https://dinkes.bekasikota.go.id/) is currently offline. However, because the "
    "site uses Cloudflare's Always Online technology you can continue to surf a snapshot of the site&quot;.</p>"
    f'<h2><a href="/berita/rapat-tik">Rapat Koordinasi Tim TIK</a></h2><p class="meta">{tanggal(days_ago(3))}</p>'
)
CLOUDFLARE_NEWS_LEAD = _small_news(
    "<p>Offline? Begini penjelasannya: You are viewing an archived version of this page from 3 Desember 2026. The "
    "website is currently offline, kata pesan Cloudflare yang sempat muncul di banyak situs.</p>"
    '<h2><a href="/berita/gangguan-cloudflare">Gangguan Cloudflare Global Rabu Malam</a></h2>'
    f'<p class="meta">{tanggal(days_ago(1))}</p>'
)
CLOUDFLARE_NEWS_HEADLINE = _small_news(
    "<h1>This page is currently offline. However, because the site uses Cloudflare's Always Online: Apa "
    f"Maksudnya?</h1><p>Diposting {tanggal(days_ago(1))} oleh Tim TIK</p><p>Pesan di atas muncul ketika server "
    'asal mati.</p><ul><li><a href="/">Beranda</a></li><li><a href="/berita">Berita</a></li></ul>'
)


@pytest.mark.parametrize(
    "page",
    [
        pytest.param(CLOUDFLARE_NEWS_QUOTED, id="quoted"),
        pytest.param(CLOUDFLARE_NEWS_LEAD, id="lead"),
        pytest.param(CLOUDFLARE_NEWS_HEADLINE, id="headline"),
    ],
)
def test_an_offices_news_quoting_cloudflares_banner_is_the_application(page: str) -> None:
    _assert_application(_checked(page))


# Cloudflare's banner over a small page's copy: its own element at the top, as Cloudflare adds it.
CLOUDFLARE_COPY = _small_news(
    '<h2><a href="/berita/rapat-tik">Rapat Koordinasi Tim TIK</a></h2>'
    f'<p class="meta">{tanggal(days_ago(90))}</p><p>Rapat membahas rencana kerja tahun depan.</p>'
).replace(
    "<body>",
    '<body><div id="cf-always-online-banner" style="position:fixed;top:0;width:100%;background:#404041;color:#fff">'
    "You are viewing an archived version of this page from <b>3 Dec 2026</b>. The website is currently offline. "
    '<a href="https://developers.cloudflare.com/cache/how-to/always-online/">Learn more</a></div>',
)


def test_cloudflares_banner_over_a_small_pages_copy_is_still_its_copy() -> None:
    assert_stand_in(_checked(CLOUDFLARE_COPY), "http_5xx", "currently offline")


def _section_over_news(heading: str, sentence: str) -> str:
    """A section asking a question over the site's news, in the site's layout, not WordPress's 404 template."""
    section = f'<section class="denah"><h2>{heading}</h2><p>{sentence}</p></section>'
    return department_page(Site(news=news_since((1, 4, 9, 15, 22)), main=None, main_extra="", body_top="")).replace(
        '<h2 class="section-title">Berita Terkini</h2>', f'{section}<h2 class="section-title">Berita Terkini</h2>'
    )


@pytest.mark.parametrize(
    ("heading", "sentence"),
    [
        pytest.param(
            "Anda tersesat?",
            "Halaman ini tidak ada di brosur cetak: gunakan denah interaktif untuk menemukan poliklinik.",
            id="tersesat",
        ),
        pytest.param(
            "Lost your way?",
            "The page you requested could not be found in our printed guide, but our tourist information desk can "
            "help.",
            id="lost-your-way",
        ),
    ],
)
def test_a_question_heading_over_the_sites_news_is_no_themes_404(heading: str, sentence: str) -> None:
    _assert_application(_checked(_section_over_news(heading, sentence)))
