"""Department sites that date their content, or seem to, the ways session 27 found misread.

A PHP theme that stamps the moment of the request in Indonesia's local time without its zone
(``date('Y-m-d H:i:s')`` in WIB: a ``<meta name="date">``, an ``og:updated_time``, a JSON-LD
``dateModified``); a hand-written RSS script that dates every item ``date(DATE_RSS)``; a WordPress
REST API whose posts a bulk edit all modified at one second, or that only the ``Link`` header names
(a security plugin removed the ``<link rel="https://api.w.org/">`` tag); a Laravel portal whose cards a
script dates from data attributes (``data-datetime``, ``data-created-at``, ``data-timeago`` …).

The builders take what the theme prints: the posts' days (aware datetimes, printed in Indonesian and in
the ``datetime`` of their ``<time>``), the date line of each card, the feed's ``pubDate`` strings, the
``<head>`` markup. The tests build the times from the current clock: a stamp is rendered at the request.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime, timedelta, timezone
from html import escape

from vendor_pages import EXCERPT, HEADLINES, tanggal

WIB = timezone(timedelta(hours=7), "WIB")
WP_POSTS_PATH = "/wp-json/wp/v2/posts?per_page=5&_fields=date_gmt,modified_gmt"
WP_MENU = (
    ("/", "Beranda"),
    ("/profil/", "Profil"),
    ("/category/berita/", "Berita"),
    ("/ppid/", "PPID"),
    ("/layanan/", "Layanan"),
    ("/galeri/", "Galeri"),
    ("/kontak/", "Kontak"),
)


def _year() -> int:
    return datetime.now(WIB).year


def _post_meta(posted: datetime | None, index: int) -> str:
    """Return a ColorMag post's meta line: its date (when ``posted``), author and comment count."""
    date = (
        f'<span class="posted-on"><i class="fa fa-calendar"></i> <a href="/berita-{index + 1}/" rel="bookmark">'
        f'<time class="entry-date published" datetime="{posted.isoformat()}">{tanggal(posted)}</time></a></span> '
        if posted is not None
        else ""
    )
    return (
        f'{date}<span class="byline"> oleh <span class="author vcard"><a class="url fn n" href="/author/humas/">'
        f'humas</a></span></span><span class="comments"><a href="/berita-{index + 1}/#respond">'
        '<i class="fa fa-comment"></i> 0 Komentar</a></span>'
    )


def wordpress_page(posted: Sequence[datetime | None], head: str = "", api_link: str | None = None) -> str:
    """Return a department's WordPress home page on ColorMag: a social bar, the logo, a menu with drop-downs,
    the latest posts (each dated ``posted``, in WIB, or undated where ``None``), a search and categories
    sidebar, and a footer with the address and the copyright line. ``head`` goes into ``<head>``, with the
    REST API's ``<link rel="https://api.w.org/">`` when ``api_link`` names its root."""
    posts = "".join(
        f'<article id="post-{480 - i}" class="post-{480 - i} post type-post status-publish format-standard '
        f'has-post-thumbnail hentry category-berita"><div class="featured-image"><a href="/berita-{i + 1}/">'
        f'<img width="800" height="445" src="/wp-content/uploads/berita-{i + 1}.jpg" class="wp-post-image" alt="">'
        '</a></div><div class="article-content clearfix"><div class="above-entry-meta"><span class="cat-links">'
        '<a href="/category/berita/" rel="category tag">Berita</a></span></div><header class="entry-header">'
        f'<h2 class="entry-title"><a href="/berita-{i + 1}/">{escape(HEADLINES[i])}</a></h2></header>'
        f'<div class="below-entry-meta">{_post_meta(when, i)}</div><div class="entry-content clearfix">'
        f'<p>{EXCERPT} [&hellip;]</p><a class="more-link" href="/berita-{i + 1}/"><span>Baca selengkapnya</span>'
        "</a></div></div></article>"
        for i, when in enumerate(posted)
    )
    menu = "".join(f'<li class="menu-item"><a href="{href}">{name}</a></li>' for href, name in WP_MENU)
    api = f'<link rel="https://api.w.org/" href="{escape(api_link)}" />' if api_link else ""
    return f"""<!DOCTYPE html>
<html lang="id-ID"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Dinas Kesehatan Kota Bekasi &#8211; Website Resmi</title>
<meta name='robots' content='max-image-preview:large' />
<link rel="alternate" type="application/rss+xml" title="Dinas Kesehatan Kota Bekasi &raquo; Feed" href="/feed/" />
{api}
<link rel='stylesheet' id='colormag_style-css' href='/wp-content/themes/colormag/style.css?ver=3.1.2' media='all' />
<script src='/wp-includes/js/jquery/jquery.min.js?ver=3.7.1' id='jquery-core-js'></script>
{head}
<meta name="generator" content="WordPress 6.4.2" />
</head>
<body class="home blog wp-custom-logo wide">
<div id="page" class="hfeed site"><a class="skip-link screen-reader-text" href="#main">Langsung ke konten</a>
<header id="masthead" class="site-header clearfix"><div id="header-text-nav-container" class="clearfix">
<div class="news-bar"><div class="inner-wrap clearfix"><div class="social-links clearfix"><ul>
<li><a href="https://www.facebook.com/dinkeskotabekasi"><i class="fa fa-facebook"></i></a></li>
<li><a href="https://instagram.com/dinkeskotabekasi"><i class="fa fa-instagram"></i></a></li></ul></div></div></div>
<div class="inner-wrap"><div id="header-logo-image"><a href="/" class="custom-logo-link" rel="home">
<img width="300" height="80" src="/wp-content/uploads/logo.png" class="custom-logo" alt="Dinas Kesehatan"></a></div>
<div id="header-text" class="screen-reader-text"><h1 id="site-title"><a href="/" rel="home">Dinas Kesehatan</a></h1>
<p id="site-description">Pemerintah Kota Bekasi</p></div></div>
<nav id="site-navigation" class="main-navigation clearfix"><div class="inner-wrap clearfix"><ul id="menu-utama"
class="menunav-menu">{menu}</ul></div></nav></div></header>
<div id="main" class="clearfix"><div class="inner-wrap clearfix">
<div id="primary"><div id="content" class="clearfix">{posts}
<ul class="default-wp-page clearfix"><li class="previous"><a href="/page/2/">&larr; Sebelumnya</a></li></ul>
</div></div>
<div id="secondary"><aside id="search-2" class="widget widget_search"><form role="search" method="get"
class="search-form" action="/"><input type="search" name="s" placeholder="Cari &hellip;">
<button type="submit">Cari</button></form></aside>
<aside id="categories-2" class="widget widget_categories"><h3 class="widget-title"><span>Kategori</span></h3><ul>
<li class="cat-item"><a href="/category/berita/">Berita</a> (214)</li>
<li class="cat-item"><a href="/category/pengumuman/">Pengumuman</a> (37)</li>
<li class="cat-item"><a href="/category/artikel/">Artikel</a> (58)</li></ul></aside></div>
</div></div>
<footer id="colophon" class="clearfix"><div class="footer-widgets-wrapper"><div class="inner-wrap">
<aside class="widget widget_text"><h3 class="widget-title"><span>Alamat</span></h3><div class="textwidget">
<p>Jl. Jend. Ahmad Yani No. 1, Bekasi Selatan, Kota Bekasi 17141<br>Telp. (021) 8839 7963<br>
Email: dinkes@bekasikota.go.id</p></div></aside></div></div>
<div class="footer-socket-wrapper clearfix"><div class="inner-wrap"><div class="copyright">&copy; {_year()}
Dinas Kesehatan Kota Bekasi. Powered by <a href="https://wordpress.org">WordPress</a>. Theme: ColorMag.</div>
</div></div></footer></div>
<script src='/wp-content/themes/colormag/js/navigation.js?ver=3.1.2'></script>
</body></html>
"""


def laravel_page(date_lines: Sequence[str], head: str = "") -> str:
    """Return a department's portal on Laravel and Bootstrap 5: a navbar, a grid of news cards (each with
    ``date_lines``' markup above its title), a sidebar of services and a footer. ``head`` goes into
    ``<head>``."""
    cards = "".join(
        '<div class="col-md-6 col-lg-4 mb-4"><div class="card h-100 shadow-sm border-0">'
        f'<img src="/storage/berita/thumb-{i + 1}.jpg" class="card-img-top" alt="">'
        f'<div class="card-body"><div class="small text-muted mb-2">{line}</div>'
        f'<h5 class="card-title"><a href="/berita/berita-{i + 1}" class="text-decoration-none text-dark">'
        f'{escape(HEADLINES[i])}</a></h5><p class="card-text">{EXCERPT[:140]}...</p></div>'
        f'<div class="card-footer bg-white border-0"><a href="/berita/berita-{i + 1}" '
        'class="btn btn-sm btn-outline-primary">Baca Selengkapnya</a></div></div></div>'
        for i, line in enumerate(date_lines)
    )
    return f"""<!doctype html>
<html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="csrf-token" content="Xq3pZr9mT1kL0a8bVcWdE2fGhI4jK5lM6nO7pQ8r">
<title>Beranda | Dinas Pendidikan Kota Bekasi</title>
<link rel="stylesheet" href="/css/app.css?id=8f2b1c0e9a7d6f5e4c3b">
<link href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.2/dist/css/bootstrap.min.css" rel="stylesheet">
{head}
</head><body>
<nav class="navbar navbar-expand-lg navbar-dark bg-primary sticky-top"><div class="container">
<a class="navbar-brand d-flex align-items-center" href="/"><img src="/img/logo.png" height="40" class="me-2"
alt="logo"> DISDIK KOTA BEKASI</a>
<button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#nav">
<span class="navbar-toggler-icon"></span></button>
<div class="collapse navbar-collapse" id="nav"><ul class="navbar-nav ms-auto">
<li class="nav-item"><a class="nav-link active" href="/">Beranda</a></li>
<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="#" data-bs-toggle="dropdown">Profil</a>
<ul class="dropdown-menu"><li><a class="dropdown-item" href="/profil/visi-misi">Visi Misi</a></li>
<li><a class="dropdown-item" href="/profil/struktur">Struktur Organisasi</a></li></ul></li>
<li class="nav-item"><a class="nav-link" href="/berita">Berita</a></li>
<li class="nav-item"><a class="nav-link" href="/ppdb">PPDB</a></li>
<li class="nav-item"><a class="nav-link" href="/download">Unduhan</a></li></ul></div></div></nav>
<section class="py-5"><div class="container"><div class="row"><div class="col-lg-9">
<h3 class="fw-bold mb-4 border-start border-4 border-primary ps-3">Berita Terbaru</h3><div class="row">{cards}</div>
<div class="text-center"><a href="/berita" class="btn btn-primary">Lihat Semua Berita</a></div></div>
<div class="col-lg-3"><div class="card border-0 shadow-sm"><div class="card-header bg-primary text-white">Layanan</div>
<ul class="list-group list-group-flush"><li class="list-group-item"><a href="/ppdb">PPDB Online</a></li>
<li class="list-group-item"><a href="/legalisir">Legalisir Ijazah</a></li>
<li class="list-group-item"><a href="/pengaduan">Pengaduan</a></li></ul></div></div></div></div></section>
<footer class="bg-dark text-white pt-5 pb-3"><div class="container"><div class="row">
<div class="col-md-6"><h5>Dinas Pendidikan Kota Bekasi</h5><p class="small">Jl. Lapan No. 1, Pekayon Jaya,
Bekasi Selatan, Kota Bekasi</p></div><div class="col-md-6"><h5>Tautan</h5><ul class="list-unstyled small">
<li><a class="text-white-50" href="https://bekasikota.go.id">Pemkot Bekasi</a></li>
<li><a class="text-white-50" href="https://kemdikbud.go.id">Kemendikbud</a></li></ul></div></div>
<hr class="border-secondary"><div class="text-center small">&copy; {_year()} Dinas Pendidikan Kota Bekasi</div>
</div></footer>
<script src="https://cdn.jsdelivr.net/npm/bootstrap@5.3.2/dist/js/bootstrap.bundle.min.js"></script>
<script src="/js/app.js?id=1c0e9a7d"></script>
</body></html>
"""


def php_portal_page(date_lines: Sequence[str], feed_path: str = "/rss.php") -> str:
    """Return an old hand-written PHP department site (XHTML, a banner, a menu in capitals, a news column of
    rows each with its ``date_lines`` text, a links box, a footer) that advertises its RSS script."""
    rows = "".join(
        f'<div class="berita-item"><div class="thumb"><img src="/uploads/berita/thumb_{i + 1}.jpg" width="120" />'
        f'</div><h3><a href="/berita/detail/{50 + i}">{escape(HEADLINES[i])}</a></h3>'
        f'<div class="tanggal">{line}</div><p>{EXCERPT[:180]}... <a href="/berita/detail/{50 + i}">selengkapnya</a>'
        "</p></div>"
        for i, line in enumerate(date_lines)
    )
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"
"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>DLH Kota Bekasi :: Dinas Lingkungan Hidup</title>
<link href="/assets/css/style.css" rel="stylesheet" type="text/css" />
<link rel="alternate" type="application/rss+xml" title="RSS Berita DLH" href="{feed_path}" />
<script type="text/javascript" src="/assets/js/jquery-1.8.2.min.js"></script>
</head><body>
<div id="wrapper">
<div id="header"><img src="/assets/images/banner.jpg" width="980" height="150" alt="banner" /></div>
<div id="menu"><ul><li><a href="/">HOME</a></li><li><a href="/profil">PROFIL</a></li><li><a href="/berita">BERITA</a>
</li><li><a href="/pengumuman">PENGUMUMAN</a></li><li><a href="/bank-sampah">BANK SAMPAH</a></li>
<li><a href="/galeri">GALERI</a></li><li><a href="/kontak">KONTAK</a></li></ul></div>
<div id="content"><div id="kiri"><div class="judul-box">BERITA TERKINI</div>{rows}
<div class="paging"><strong>1</strong> <a href="/berita/index/10">2</a> <a href="/berita/index/20">3</a></div></div>
<div id="kanan"><div class="box"><div class="judul-box">LINK TERKAIT</div><ul><li><a href="http://www.menlhk.go.id">KLHK
</a></li><li><a href="http://bekasikota.go.id">Pemkot Bekasi</a></li></ul></div></div>
<div class="clear"></div></div>
<div id="footer"><p>Hak Cipta &copy; {_year()} Dinas Lingkungan Hidup Kota Bekasi<br />Jl. Ir. H. Juanda No. 100,
Bekasi Timur</p></div>
</div></body></html>
"""


def rss_feed(published: Sequence[str]) -> str:
    """Return an RSS 2.0 feed as a hand-written PHP script echoes it: one item per ``published`` (its
    ``pubDate``, as written)."""
    items = "".join(
        f"<item><title>{escape(HEADLINES[i])}</title><link>http://dlh.bekasikota.go.id/berita/detail/{50 + i}</link>"
        f"<description>{escape(EXCERPT[:120])}</description><pubDate>{when}</pubDate></item>"
        for i, when in enumerate(published)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Berita DLH Kota Bekasi</title>'
        "<link>http://dlh.bekasikota.go.id/</link><description>Dinas Lingkungan Hidup Kota Bekasi</description>"
        f"<language>id</language>{items}</channel></rss>"
    )


def wp_posts(posts: Sequence[tuple[str, str]]) -> str:
    """Return the WordPress REST API's answer to ``WP_POSTS_PATH``: each post's (``date_gmt``,
    ``modified_gmt``)."""
    return json.dumps([{"date_gmt": published, "modified_gmt": modified} for published, modified in posts])


def json_ld(kind: str, modified: str) -> str:
    """Return a JSON-LD block of schema.org ``kind`` whose ``dateModified`` is ``modified``, as a theme writes
    it."""
    data = {
        "@context": "https://schema.org",
        "@type": kind,
        "name": "Beranda",
        "inLanguage": "id-ID",
        "dateModified": modified,
    }
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'
