"""Department home pages as the common CMS themes serve them, with the widgets vendors add to them.

Joomla 3 (Protostar's blog layout, a BMKG earthquake module), OpenSID's desa theme (a top bar of the
day behind an icon, a visitor counter), WordPress with Astra and Elementor (the whole home page in one
``<article>``, a prayer times widget in it) and the Newspaper theme (tagDiv's modules, a weather forecast
widget). Each builder takes the news items' stamps as the theme prints them; the checker's clock is
``stamped_pages.NOW`` (Wednesday 2 December 2026, 10:00 in Bekasi), so a page prints its widgets' days
as literals. ``checked_at_now`` checks one through a real HTTP server on 127.0.0.1.
"""

from __future__ import annotations

import asyncio
from datetime import datetime
from html import escape

from checker_servers import FakeSite, Reply, make_checker
from stamped_pages import NOW
from vendor_pages import EXCERPT, HEADLINES

from pantau_common.registry.model import AppSpec

STALE_STAMPS = ("Selasa, 12 Mei 2026", "Senin, 04 Mei 2026", "Kamis, 23 April 2026")
FRESH_STAMPS = ("Senin, 30 November 2026", "Kamis, 26 November 2026", "Kamis, 19 November 2026")
# BMKG's latest felt earthquake, as a module reads autogempa.xml: last night's.
QUAKE = (
    "<h3>Gempa Terkini</h3><ul class=gempa><li>Tanggal: 01 Des 2026</li><li>Jam: 22:15:32 WIB</li>"
    "<li>Magnitudo: 4.2</li><li>Kedalaman: 10 km</li><li>Wilayah: 25 km BaratDaya KAB-SUKABUMI-JABAR</li>"
    "<li>Dirasakan (MMI): II Bekasi</li></ul>"
)
# A forecast of tomorrow, as a widget reads BMKG's open data.
FORECAST = (
    "<h3>Prakiraan Cuaca Kota Bekasi</h3><div class=cuaca-hari>Kamis, 03 Desember 2026</div>"
    '<div class=cuaca-ikon><img src="/assets/cuaca/hujan-ringan.png" alt="Hujan Ringan"> Hujan Ringan</div>'
    "<div class=cuaca-suhu>24 - 31 °C</div><div class=cuaca-lembap>Kelembapan 70 - 95 %</div>"
)
# The next days' forecast as badges without the year, each with its reading.
FORECAST_BADGES = "<h3>Prakiraan Cuaca</h3>" + "".join(
    f'<div class="cuaca-hari"><div class="tgl">{day:02}</div><div class="bln">Des</div>'
    f'<div class="kondisi">Hujan Ringan</div><div class="suhu">{29 + day}°C</div></div>'
    for day in (3, 4, 5)
)
# A prayer times widget that shows tomorrow's times once the day's last prayer is past.
PRAYER_TOMORROW = (
    "<h3>Jadwal Sholat Kota Bekasi</h3><p>Kamis, 3 Desember 2026</p>"
    "<ul><li>Imsak 03:55</li><li>Subuh 04:05</li><li>Dzuhur 11:40</li><li>Ashar 15:05</li></ul>"
)
PRAYER_TIMES = (
    "<h4>Jadwal Sholat Kota Bekasi</h4><p class=tanggal-sholat>Rabu, 2 Desember 2026</p>"
    "<ul><li>Imsak 03:55</li><li>Subuh 04:05</li><li>Dzuhur 11:40</li><li>Ashar 15:05</li>"
    "<li>Maghrib 17:55</li><li>Isya 19:08</li></ul>"
)


def checked_at_now(
    site: FakeSite, html: str, headers: dict[str, str] | None = None
) -> tuple[str, datetime | None, str]:
    """Serve ``html`` (with ``headers``) and return the content result, last change and deciding signal of one
    check of it at ``NOW``."""
    site.route("*", "/", Reply(200, html, headers or {}))
    app = AppSpec(
        id="dinkes-web", pd_id="dinkes", nama="Website Dinkes", url=f"http://dinkes.bekasikota.go.id:{site.port}/"
    )
    event = asyncio.run(make_checker(site.port, off=("cloaking",), clock=lambda: NOW).check(app))
    return event.content.result, event.content.last_changed, event.content.evidence or ""


def joomla_page(stamps: tuple[str, ...], module: str = "") -> str:
    """Return a Joomla 3 site's home page (Protostar's blog layout) with ``module`` in its right column."""
    items = "".join(
        f'<div class="items-row cols-1 row-{i} row-fluid clearfix"><div class="span12">'
        f'<div class="item column-1" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">'
        f'<div class="page-header"><h2 itemprop="name"><a href="/index.php/berita/{30 - i}-berita" itemprop="url">'
        f"{escape(HEADLINES[i])}</a></h2></div>"
        '<dl class="article-info muted"><dt class="article-info-term">Rincian</dt>'
        '<dd class="createdby" itemprop="author">Ditulis oleh <span itemprop="name">Super User</span></dd>'
        '<dd class="category-name">Kategori: <a href="/index.php/berita" itemprop="genre">Berita</a></dd>'
        f'<dd class="published"><span class="icon-calendar" aria-hidden="true"></span> Dibuat: {stamp}</dd>'
        f'<dd class="hits"><span class="icon-eye-open" aria-hidden="true"></span> Hits: {1234 - 97 * i}</dd></dl>'
        f'<p>{EXCERPT}</p><p class="readmore"><a class="btn" href="/index.php/berita/{30 - i}-berita">'
        "Selengkapnya...</a></p></div></div></div>"
        for i, stamp in enumerate(stamps)
    )
    return f"""<!DOCTYPE html>
<html lang="id-id" dir="ltr">
<head>
<meta charset="utf-8"><meta name="generator" content="Joomla! - Open Source Content Management">
<title>Beranda - Dinas Kesehatan Kota Bekasi</title>
<link href="/templates/protostar/css/template.css?9b0f2c" rel="stylesheet">
<script src="/media/jui/js/jquery.min.js?9b0f2c"></script>
</head>
<body class="site com_content view-featured no-layout no-task itemid-101">
<div class="body" id="top"><div class="container">
<header class="header" role="banner"><div class="header-inner clearfix">
<a class="brand pull-left" href="/"><img src="/images/logo-dinkes.png" alt="Dinas Kesehatan Kota Bekasi"></a>
</div></header>
<nav class="navigation" role="navigation"><ul class="nav menu nav-pills mod-list">
<li class="item-101 default current active"><a href="/index.php">Beranda</a></li>
<li class="item-102"><a href="/index.php/profil">Profil</a></li><li class="item-103">
<a href="/index.php/berita">Berita</a></li>
<li class="item-104"><a href="/index.php/layanan">Layanan</a></li><li class="item-105">
<a href="/index.php/ppid">PPID</a></li>
</ul></nav>
<div class="row-fluid">
<main id="content" role="main" class="span9">
<div id="system-message-container"></div>
<div class="blog-featured" itemscope itemtype="https://schema.org/Blog">{items}</div>
<div class="pagination"><p class="counter pull-right">Halaman 1 dari 12</p>
<ul><li><a href="/index.php?start=5">Berikutnya</a></li><li><a href="/index.php?start=55">Akhir</a></li></ul></div>
</main>
<div id="aside" class="span3">
<div class="well "><h3 class="page-header">Berita Populer</h3><ul class="mostread mod-list">
<li itemscope itemtype="https://schema.org/Article"><a href="/index.php/berita/2-profil" itemprop="url">
<span itemprop="name">Profil Dinas Kesehatan</span></a></li></ul></div>
<div class="well ">{module}</div>
<div class="well "><h3 class="page-header">Statistik</h3><p>Pengunjung hari ini: 318<br>Total: 1.204.877</p></div>
</div></div></div></div>
<footer class="footer" role="contentinfo"><div class="container"><hr>
<p class="pull-right"><a href="#top" id="back-top">Kembali ke atas</a></p>
<p>&copy; 2026 Dinas Kesehatan Kota Bekasi</p></div></footer>
</body>
</html>
"""


def opensid_page(stamps: tuple[str, ...], day_bar: str) -> str:
    """Return a kelurahan's OpenSID site (its default theme): ``day_bar`` in its unmarked top strip."""
    articles = "".join(
        f'<div class="artikel"><div class="box box-primary"><div class="box-header with-border">'
        f'<h3 class="box-title"><a href="/artikel/2026/{i + 1}/berita-{i + 1}">{escape(HEADLINES[i])}</a></h3></div>'
        f'<div class="box-body"><span class="meta-post"><i class="fa fa-user"></i> Administrator '
        f'<i class="fa fa-calendar"></i> {stamp} <i class="fa fa-eye"></i> Dibaca {45 + 7 * i} Kali</span>'
        f"<p>{EXCERPT}</p></div></div></div>"
        for i, stamp in enumerate(stamps)
    )
    return f"""<!DOCTYPE html>
<html lang="id">
<head><meta charset="utf-8"><title>Website Resmi Kelurahan Margahayu - Kota Bekasi</title>
<link rel="stylesheet" href="/themes/klasik/css/bootstrap.min.css">
<link rel="stylesheet" href="/themes/klasik/css/style.css">
</head>
<body>
<div class="strip-atas"><div class="container"><div class="kiri">{day_bar}</div>
<div class="kanan"><a href="/layanan-mandiri">Layanan Mandiri</a> | <a href="/siteman">Login</a></div></div></div>
<div id="header"><div class="container"><img src="/desa/logo/logo-bekasi.png" alt="Logo">
<h1>Kelurahan Margahayu</h1><p>Kecamatan Bekasi Timur, Kota Bekasi</p></div></div>
<div id="navbar"><ul class="nav"><li><a href="/">Beranda</a></li><li><a href="/profil">Profil Kelurahan</a></li>
<li><a href="/pemerintahan">Pemerintahan</a></li><li><a href="/data-wilayah">Data Wilayah</a></li>
<li><a href="/peta">Peta</a></li><li><a href="/informasi-publik">Informasi Publik</a></li></ul></div>
<div class="container"><div class="row">
<div id="mainContent" class="col-md-8">
<div class="teks-berjalan"><p>Pelayanan administrasi kependudukan buka Senin–Jumat pukul 08.00–15.00.</p></div>
{articles}
<div class="pagination"><span>Halaman 1 dari 12</span> <a href="/index.php/first/2">Selanjutnya</a></div>
</div>
<div id="sidebar" class="col-md-4">
<div class="box box-primary"><div class="box-header"><h3 class="box-title">Statistik Pengunjung</h3></div>
<div class="box-body"><table><tr><td>Hari ini</td><td>:</td><td>57</td></tr><tr><td>Kemarin</td><td>:</td>
<td>211</td></tr>
<tr><td>Jumlah pengunjung</td><td>:</td><td>48.203</td></tr></table></div></div>
<div class="box box-primary"><div class="box-header"><h3 class="box-title">Lokasi Kantor</h3></div>
<div class="box-body"><p>Jl. Pramuka No. 5, Margahayu</p></div></div>
</div></div></div>
<div id="footer"><p>&copy; 2026 Kelurahan Margahayu. Dikelola dengan OpenSID 2411.0.0</p></div>
</body>
</html>
"""


def astra_elementor_page(stamps: tuple[str, ...], widget: str = PRAYER_TIMES) -> str:
    """Return a WordPress home page built with Elementor on Astra: the whole page in one ``<article>`` (a
    static front page), its posts widget and ``widget`` among its sections."""
    posts = "".join(
        f'<article class="elementor-post elementor-grid-item post-{900 - i} post type-post status-publish">'
        f'<div class="elementor-post__text"><h3 class="elementor-post__title"><a href="/berita-{i + 1}/">'
        f"{escape(HEADLINES[i])}</a></h3>"
        f'<div class="elementor-post__meta-data"><span class="elementor-post-date">{stamp}</span>'
        '<span class="elementor-post-avatar">Tidak ada komentar</span></div>'
        f'<div class="elementor-post__excerpt"><p>{EXCERPT[:120]}…</p></div></div></article>'
        for i, stamp in enumerate(stamps)
    )
    return f"""<!DOCTYPE html>
<html lang="id">
<head><meta charset="UTF-8"><meta name="generator" content="WordPress 6.6.2">
<meta name="generator" content="Elementor 3.24.7">
<title>Dinas Kesehatan Kota Bekasi</title>
<link rel="stylesheet" href="/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.8.3">
<link rel="stylesheet" href="/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.24.7">
</head>
<body class="home page-template-default page page-id-2 ast-page-builder-template elementor-default
 elementor-page elementor-page-2">
<div class="hfeed site" id="page">
<header class="site-header ast-primary-submenu-animation-fade header-main-layout-1" id="masthead">
<div class="main-header-bar"><div class="ast-container"><div class="site-branding">
<a href="/" rel="home">Dinkes Kota Bekasi</a></div>
<nav class="main-header-bar-navigation" aria-label="Site Navigation"><ul id="primary-menu" class="main-header-menu">
<li class="menu-item"><a href="/">Beranda</a></li><li class="menu-item"><a href="/profil/">Profil</a></li>
<li class="menu-item"><a href="/berita/">Berita</a></li><li class="menu-item"><a href="/layanan/">Layanan</a></li>
<li class="menu-item"><a href="/ppid/">PPID</a></li></ul></nav></div></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary">
<main id="main" class="site-main">
<article class="post-2 page type-page status-publish ast-article-single" id="post-2"
 itemtype="https://schema.org/CreativeWork">
<div class="entry-content clear" itemprop="text">
<div data-elementor-type="wp-page" data-elementor-id="2" class="elementor elementor-2">
<section class="elementor-section elementor-top-section"><div class="elementor-container">
<div class="elementor-column elementor-col-66"><div class="elementor-widget-wrap">
<div class="elementor-widget elementor-widget-heading"><h2 class="elementor-heading-title">Berita Terkini</h2></div>
<div class="elementor-widget elementor-widget-posts">
<div class="elementor-posts-container elementor-posts">{posts}</div></div>
</div></div>
<div class="elementor-column elementor-col-33"><div class="elementor-widget-wrap">
<div class="elementor-widget elementor-widget-shortcode"><div class="elementor-shortcode">{widget}</div></div>
<div class="elementor-widget elementor-widget-text-editor"><h4>Layanan Pengaduan</h4>
<p>Hubungi Call Center 112 atau kirim pesan ke pengaduan@bekasikota.go.id.</p></div>
</div></div></div></section>
</div></div></article>
</main></div></div></div>
<footer class="site-footer" id="colophon"><div class="ast-small-footer"><div class="ast-container">
<p>Hak Cipta &copy; 2026 Dinas Kesehatan Kota Bekasi</p></div></div></footer>
</div>
</body>
</html>
"""


def newspaper_page(stamps: tuple[str, ...], sidebar: str = FORECAST) -> str:
    """Return a WordPress site on tagDiv's Newspaper theme: its modules' dates, ``sidebar`` as a widget."""
    modules = "".join(
        f'<div class="td_module_10 td_module_wrap td-animation-stack"><div class="td-module-thumb">'
        f'<a href="/berita-{i + 1}/" rel="bookmark">'
        f'<img class="entry-thumb" src="/wp-content/uploads/2026/05/b{i}.jpg" alt=""></a></div>'
        '<div class="item-details"><h3 class="entry-title td-module-title">'
        f'<a href="/berita-{i + 1}/" rel="bookmark">{escape(HEADLINES[i])}</a></h3>'
        '<div class="td-module-meta-info"><span class="td-post-author-name"><a href="/author/admin/">Admin</a> '
        f'<span>-</span> </span><span class="td-post-date">{stamp}</span></div>'
        f'<div class="td-excerpt">{EXCERPT[:140]}</div></div></div>'
        for i, stamp in enumerate(stamps)
    )
    return f"""<!doctype html>
<html lang="id-ID">
<head><meta charset="UTF-8"><title>Dinas Perhubungan Kota Bekasi</title>
<link rel="stylesheet" href="/wp-content/themes/Newspaper/style.css?ver=12.6.8"></head>
<body class="home page-template page-template-page-pagebuilder-latest td-standard-pack global-block-template-1">
<div class="td-scroll-up"></div>
<div id="td-outer-wrap" class="td-theme-wrap">
<div class="td-header-wrap td-header-style-1"><div class="td-header-top-menu-full td-container-wrap">
<div class="td-container td-header-row td-header-top-menu"><div class="top-bar-style-1">
<div class="td-header-sp-top-menu">
<div class="td_data_time"><div>Rabu, Desember 2, 2026</div></div></div></div></div></div>
<div class="td-header-menu-wrap-full"><div class="td-header-main-menu"><div id="td-header-menu" role="navigation">
<ul id="menu-utama" class="sf-menu"><li class="menu-item"><a href="/">Beranda</a></li><li class="menu-item">
<a href="/profil/">Profil</a></li>
<li class="menu-item"><a href="/lalu-lintas/">Lalu Lintas</a></li><li class="menu-item">
<a href="/angkutan/">Angkutan</a></li></ul></div></div></div></div>
<div class="td-main-content-wrap td-container-wrap"><div class="td-container"><div class="td-pb-row">
<div class="td-pb-span8 td-main-content"><div class="td-ss-main-content">
<div class="td-block-title-wrap"><h4 class="block-title"><span>Berita Terbaru</span></h4></div>
{modules}
<div class="page-nav td-pb-padding-side"><span class="current">1</span><a href="/page/2/" class="page">2</a>
<span class="pages">Halaman 1 dari 12</span></div>
</div></div>
<div class="td-pb-span4 td-main-sidebar"><div class="td-ss-main-sidebar">
<aside class="td_block_template_1 widget widget_cuaca">{sidebar}</aside>
<aside class="td_block_template_1 widget widget_tag_cloud"><h4 class="block-title"><span>Tags</span></h4>
<div class="tagcloud">
<a href="/tag/angkutan/">angkutan</a> <a href="/tag/parkir/">parkir</a> <a href="/tag/uji-kir/">uji kir</a>
</div></aside>
</div></div></div></div></div>
<div class="td-footer-wrapper td-container-wrap"><div class="td-container"><div class="footer-text-wrap">
Dinas Perhubungan Kota Bekasi, Jl. Ir. H. Juanda No. 100</div></div></div>
<div class="td-sub-footer-container td-container-wrap">
<div class="td-sub-footer-copy">&copy; 2026 Dishub Kota Bekasi</div></div>
</div>
</body>
</html>
"""
