"""Department home pages in four vendors' themes, for the false-alarm sweep of session 36.

A Bekasi department's vendor builds on WordPress (a Bootstrap theme of its own), Joomla 4 (Cassiopeia's blog
layout), Laravel (a Blade layout with Bootstrap 5 and a CSRF token) or CodeIgniter 3 (a template of the 2010s with
jQuery and a ``ci_session``'s site). Each builder takes the department's name and its news items, headline and
excerpt, dates them the days before ``NOW`` (Wednesday 2 December 2026, 10:00 in Bekasi) as the theme prints them,
and puts ``lead`` (an article or a section of the page's own) above the news and ``aside`` in its sidebar.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import timedelta
from html import escape

from stamped_pages import NOW
from vendor_pages import BULAN, HARI

# The days before NOW of a department's news items, newest first: it posts a few times a week.
DAYS = (0, 1, 3, 6, 9, 13, 17, 24)
WIB = NOW + timedelta(hours=7)

Item = tuple[str, str]  # a news item's headline and its excerpt
Theme = Callable[[str, Sequence[Item], str, str], str]


def _day(n: int) -> tuple[int, int, int, int]:
    day = WIB - timedelta(days=n)
    return day.day, day.month, day.year, day.weekday()


def _slug(headline: str) -> str:
    return "-".join("".join(c for c in headline.lower() if c.isalnum() or c == " ").split())[:70]


def _short(name: str) -> str:
    words = name.replace("Kota Bekasi", "").split()
    return "".join(w[0] for w in words if w[0].isupper()) or name


def wordpress(name: str, items: Sequence[Item], lead: str = "", aside: str = "") -> str:
    """Return a WordPress home page of a vendor's Bootstrap theme: posts dated "2 Desember 2026"."""
    posts = ""
    for (headline, excerpt), n in zip(items, DAYS, strict=False):
        d, m, y, _ = _day(n)
        slug = _slug(headline)
        posts += (
            f'<article class="post type-post status-publish format-standard has-post-thumbnail">'
            f'<a href="/{y}/{m:02}/{d:02}/{slug}/">'
            f'<img src="/wp-content/uploads/{y}/{m:02}/{slug[:20]}.jpg" alt=""></a>'
            f'<header class="entry-header"><h2 class="entry-title"><a href="/{y}/{m:02}/{d:02}/{slug}/" rel="bookmark">'
            f"{escape(headline)}</a></h2>"
            f'<div class="entry-meta"><span class="posted-on"><i class="fa fa-calendar"></i> '
            f'<time class="entry-date published">{d} {BULAN[m - 1]} {y}</time></span> '
            '<span class="byline"><i class="fa fa-user"></i> admin</span></div></header>'
            f'<div class="entry-summary"><p>{excerpt}</p></div>'
            f'<a class="more-link" href="/{y}/{m:02}/{d:02}/{slug}/">Baca Selengkapnya</a></article>'
        )
    return f"""<!DOCTYPE html>
<html lang="id-ID">
<head>
<meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(name)} &#8211; Pemerintah Kota Bekasi</title>
<meta name="generator" content="WordPress 6.5.5">
<link rel="stylesheet" href="/wp-content/themes/bekasi-opd/assets/css/bootstrap.min.css?ver=4.6.0">
<link rel="stylesheet" href="/wp-content/themes/bekasi-opd/style.css?ver=1.8.2">
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1"></script>
</head>
<body class="home blog wp-custom-logo">
<div class="top-bar"><div class="container"><span class="tanggal">{HARI[WIB.weekday()]},
 {WIB.day} {BULAN[WIB.month - 1]} {WIB.year}</span>
<span class="kontak">Call Center 112 &middot; WA 0811-1234-112</span></div></div>
<header id="masthead" class="site-header"><div class="container">
<a href="/" class="custom-logo-link" rel="home"><img src="/wp-content/uploads/logo-{_short(name).lower()}.png"
 alt="{escape(name)}"></a>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">
<li class="menu-item current-menu-item"><a href="/">Beranda</a></li>
<li class="menu-item menu-item-has-children"><a href="/profil/">Profil</a><ul class="sub-menu">
<li><a href="/profil/visi-misi/">Visi &amp; Misi</a></li><li><a href="/profil/struktur-organisasi/">Struktur
 Organisasi</a></li><li><a href="/profil/tupoksi/">Tugas Pokok dan Fungsi</a></li></ul></li>
<li class="menu-item"><a href="/category/berita/">Berita</a></li>
<li class="menu-item"><a href="/layanan/">Layanan</a></li>
<li class="menu-item"><a href="/ppid/">PPID</a></li>
<li class="menu-item"><a href="/galeri/">Galeri</a></li>
<li class="menu-item"><a href="/kontak/">Kontak</a></li></ul></nav></div></header>
<div id="content" class="site-content"><div class="container"><div class="row">
<main id="primary" class="site-main col-md-8">
{lead}
<h2 class="section-title">Berita Terbaru</h2>
{posts}
<nav class="navigation pagination"><div class="nav-links"><span class="page-numbers current">1</span>
<a class="page-numbers" href="/page/2/">2</a><a class="next page-numbers" href="/page/2/">Berikutnya</a></div></nav>
</main>
<aside id="secondary" class="widget-area col-md-4">
<section class="widget widget_search"><form role="search" method="get" action="/"><input type="search" name="s"
 placeholder="Cari &hellip;"><button type="submit">Cari</button></form></section>
{aside}
<section class="widget widget_categories"><h3 class="widget-title">Kategori</h3><ul>
<li><a href="/category/berita/">Berita</a></li><li><a href="/category/pengumuman/">Pengumuman</a></li>
<li><a href="/category/artikel/">Artikel</a></li></ul></section>
<section class="widget"><h3 class="widget-title">Tautan Terkait</h3><ul>
<li><a href="https://www.bekasikota.go.id/">Pemerintah Kota Bekasi</a></li>
<li><a href="https://jabarprov.go.id/">Pemerintah Provinsi Jawa Barat</a></li>
<li><a href="https://lapor.go.id/">SP4N LAPOR!</a></li></ul></section>
</aside></div></div></div>
<footer id="colophon" class="site-footer"><div class="container"><div class="row">
<div class="col-md-6"><h4>{escape(name)}</h4><p>Kompleks Perkantoran Pemerintah Kota Bekasi, Jl. Jend. Ahmad Yani
 No. 1, Bekasi Selatan 17141</p><p>Telp. (021) 8841212</p></div>
<div class="col-md-6"><h4>Ikuti Kami</h4><a href="https://www.instagram.com/pemkotbekasi/">Instagram</a>
 <a href="https://www.youtube.com/@pemkotbekasi">YouTube</a></div></div>
<p class="site-info">&copy; {WIB.year} {escape(name)}. Dikembangkan oleh Diskominfostandi Kota Bekasi.</p></div>
</footer>
<script src="/wp-content/themes/bekasi-opd/assets/js/bootstrap.bundle.min.js?ver=4.6.0"></script>
</body>
</html>
"""


def joomla(name: str, items: Sequence[Item], lead: str = "", aside: str = "") -> str:
    """Return a Joomla 4 home page (Cassiopeia's blog layout): articles "Diterbitkan: 02 Desember 2026"."""
    articles = ""
    for i, ((headline, excerpt), n) in enumerate(zip(items, DAYS, strict=False)):
        d, m, y, _ = _day(n)
        articles += (
            f'<div class="com-content-category-blog__item blog-item" itemprop="blogPost" itemscope '
            f'itemtype="https://schema.org/BlogPosting"><div class="item-content"><div class="page-header">'
            f'<h2 itemprop="name"><a href="/index.php/berita/{310 - i}-{_slug(headline)[:40]}" itemprop="url">'
            f'{escape(headline)}</a></h2></div><dl class="article-info text-muted"><dt class="article-info-term">'
            'Rincian</dt><dd class="createdby" itemprop="author">Ditulis oleh: <span itemprop="name">Humas</span></dd>'
            f'<dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span>'
            f'<time datetime="{y}-{m:02}-{d:02}T08:{10 + i:02}:00+07:00" itemprop="datePublished">'
            f"Diterbitkan: {d:02} {BULAN[m - 1]} {y}</time></dd>"
            f'<dd class="hits"><span class="icon-eye icon-fw" aria-hidden="true"></span> Dilihat: {912 - 71 * i}</dd>'
            f'</dl><p>{excerpt}</p><p class="readmore"><a class="btn btn-secondary" '
            f'href="/index.php/berita/{310 - i}-{_slug(headline)[:40]}">Selengkapnya &hellip;</a></p></div></div>'
        )
    return f"""<!DOCTYPE html>
<html lang="id-id" dir="ltr">
<head>
<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Joomla! - Open Source Content Management">
<title>Beranda - {escape(name)}</title>
<link href="/media/templates/site/cassiopeia/css/template.min.css?4a1b2c" rel="stylesheet">
<script src="/media/vendor/bootstrap/js/bootstrap-es5.min.js?5.3.2" nomodule defer></script>
</head>
<body class="site com_content wrapper-static view-featured no-layout no-task itemid-101 has-sidebar-right">
<header class="header container-header full-width"><div class="grid-child"><div class="navbar-brand">
<a class="brand-logo" href="/"><img src="/images/logo-bekasi.png" alt="{escape(name)}"></a>
<div class="site-description">{escape(name)}</div></div></div>
<div class="grid-child container-nav"><ul class="mod-menu mod-list nav">
<li class="nav-item item-101 default current active"><a href="/index.php" aria-current="page">Beranda</a></li>
<li class="nav-item item-102"><a href="/index.php/profil">Profil</a></li>
<li class="nav-item item-103"><a href="/index.php/berita">Berita</a></li>
<li class="nav-item item-104"><a href="/index.php/layanan-publik">Layanan Publik</a></li>
<li class="nav-item item-105"><a href="/index.php/ppid">PPID</a></li>
<li class="nav-item item-106"><a href="/index.php/kontak">Kontak</a></li></ul></div></header>
<div class="site-grid">
<div class="grid-child container-component">
<main>
<div id="system-message-container" aria-live="polite"></div>
{lead}
<div class="blog-featured" itemscope itemtype="https://schema.org/Blog"><div class="blog-items">{articles}</div></div>
<div class="com-content-category-blog__navigation w-100"><p class="com-content-category-blog__counter counter
 float-end pt-3 pe-2">Halaman 1 dari 9</p><nav class="pagination__wrapper" aria-label="Paginasi">
<ul class="pagination"><li class="page-item active"><span class="page-link">1</span></li>
<li class="page-item"><a class="page-link" href="/index.php?start=8">2</a></li></ul></nav></div>
</main></div>
<div class="grid-child container-sidebar-right"><div class="sidebar-right card">
<h3 class="card-header">Informasi</h3>
<div class="card-body">{aside or "<p>Jam layanan: Senin–Jumat 08.00–15.00 WIB.</p>"}</div></div>
<div class="sidebar-right card"><h3 class="card-header">Statistik Pengunjung</h3><div class="card-body">
<p>Hari ini: 241<br>Bulan ini: 7.480<br>Total: 512.664</p></div></div></div>
</div>
<footer class="container-footer footer full-width"><div class="grid-child">
<p>{escape(name)} &middot; Jl. Ir. H. Juanda No. 100, Bekasi Timur, Kota Bekasi</p>
<p>&copy; {WIB.year} {escape(name)}</p></div></footer>
</body>
</html>
"""


def laravel(name: str, items: Sequence[Item], lead: str = "", aside: str = "") -> str:
    """Return a Laravel site's home page (a Blade layout on Bootstrap 5): cards dated "Selasa, 1 Desember 2026"."""
    cards = ""
    for (headline, excerpt), n in zip(items, DAYS, strict=False):
        d, m, y, w = _day(n)
        cards += (
            '<div class="col-md-6 mb-4"><div class="card h-100 shadow-sm border-0">'
            f'<img src="/storage/berita/{_slug(headline)[:24]}.webp" class="card-img-top" alt="{escape(headline)}">'
            f'<div class="card-body"><small class="text-muted"><i class="bi bi-calendar3"></i> {HARI[w]}, {d}'
            f' {BULAN[m - 1]} {y}</small><h5 class="card-title mt-2"><a href="/berita/{_slug(headline)}" '
            f'class="stretched-link text-decoration-none">{escape(headline)}</a></h5>'
            f'<p class="card-text">{excerpt}</p></div></div></div>'
        )
    return f"""<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="csrf-token" content="qF8rL2xw9oT7mY1cVb3nZk5pHs6dJe0aGiRuXt4W">
<title>{escape(name)}</title>
<link rel="stylesheet" href="/build/assets/app-4f1c2a9b.css">
<script type="module" src="/build/assets/app-8d2e7f10.js"></script>
</head>
<body class="d-flex flex-column min-vh-100">
<nav class="navbar navbar-expand-lg navbar-dark bg-primary sticky-top"><div class="container">
<a class="navbar-brand fw-bold" href="/">{escape(name)}</a>
<button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#nav"><span
 class="navbar-toggler-icon"></span></button>
<div class="collapse navbar-collapse" id="nav"><ul class="navbar-nav ms-auto">
<li class="nav-item"><a class="nav-link active" href="/">Beranda</a></li>
<li class="nav-item"><a class="nav-link" href="/profil">Profil</a></li>
<li class="nav-item"><a class="nav-link" href="/berita">Berita</a></li>
<li class="nav-item"><a class="nav-link" href="/agenda">Agenda</a></li>
<li class="nav-item"><a class="nav-link" href="/dokumen">Dokumen</a></li>
<li class="nav-item"><a class="nav-link" href="/pengaduan">Pengaduan</a></li></ul></div></div></nav>
<main class="flex-grow-1 py-4"><div class="container"><div class="row">
<div class="col-lg-8">
{lead}
<h3 class="mb-3 border-bottom pb-2">Berita Terkini</h3>
<div class="row">{cards}</div>
<nav><ul class="pagination"><li class="page-item active"><span class="page-link">1</span></li>
<li class="page-item"><a class="page-link" href="/?page=2">2</a></li>
<li class="page-item"><a class="page-link" href="/?page=2" rel="next">&rsaquo;</a></li></ul></nav>
</div>
<div class="col-lg-4">
<div class="card mb-3"><div class="card-header bg-primary text-white">Layanan</div><ul class="list-group
 list-group-flush"><li class="list-group-item"><a href="/layanan/pengaduan">Pengaduan Masyarakat</a></li>
<li class="list-group-item"><a href="/layanan/informasi">Permohonan Informasi</a></li></ul></div>
{aside}
</div></div></div></main>
<footer class="bg-dark text-white-50 py-4 mt-auto"><div class="container">
<div class="row"><div class="col-md-8"><h6 class="text-white">{escape(name)}</h6>
<p class="small mb-0">Jl. Pramuka No. 2, Marga Jaya, Bekasi Selatan, Kota Bekasi 17141</p></div>
<div class="col-md-4 text-md-end small">&copy; {WIB.year} {escape(name)}</div></div></div></footer>
</body>
</html>
"""


def codeigniter(name: str, items: Sequence[Item], lead: str = "", aside: str = "") -> str:
    """Return a CodeIgniter 3 site's home page (a template of the 2010s): items dated "Selasa, 01 Des 2026"."""
    months = ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des")
    rows = ""
    for i, ((headline, excerpt), n) in enumerate(zip(items, DAYS, strict=False)):
        d, m, y, w = _day(n)
        rows += (
            f'<div class="berita-item clearfix"><div class="thumb"><img src="/assets/upload/berita/{1450 - i}.jpg" '
            f'width="160" alt=""></div><div class="isi"><h4><a href="/berita/detail/{1450 - i}/{_slug(headline)}">'
            f'{escape(headline)}</a></h4><div class="meta"><i class="fa fa-clock-o"></i> {HARI[w]}, {d:02} '
            f'{months[m - 1]} {y} | <i class="fa fa-eye"></i> {380 - 23 * i} kali dibaca</div>'
            f"<p>{excerpt}</p></div></div>"
        )
    return f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{escape(name)} | Kota Bekasi</title>
<link rel="stylesheet" href="/assets/css/bootstrap.min.css">
<link rel="stylesheet" href="/assets/css/font-awesome.min.css">
<link rel="stylesheet" href="/assets/css/style.css">
<script src="/assets/js/jquery-1.12.4.min.js"></script>
</head>
<body>
<div id="header"><div class="container"><div class="logo"><a href="/"><img src="/assets/img/logo.png"
 alt="Logo"></a><h1>{escape(name)}</h1><span>Pemerintah Kota Bekasi</span></div></div></div>
<div id="menu"><div class="container"><ul class="nav-menu">
<li><a href="/">Home</a></li><li><a href="/profil">Profil</a></li><li><a href="/berita">Berita</a></li>
<li><a href="/pengumuman">Pengumuman</a></li><li><a href="/download">Download</a></li>
<li><a href="/galeri">Galeri</a></li><li><a href="/hubungi">Hubungi Kami</a></li></ul></div></div>
<div class="container"><div class="row">
<div class="col-md-8" id="konten">
{lead}
<div class="judul-box">BERITA TERBARU</div>
{rows}
<div class="paging"><strong>1</strong> <a href="/berita/index/8">2</a> <a href="/berita/index/8">&gt;</a></div>
</div>
<div class="col-md-4" id="sidebar">
<div class="box"><div class="judul-box">PENGUMUMAN</div><ul><li><a href="/pengumuman/detail/77">Jadwal
 Pelayanan Akhir Tahun</a></li><li><a href="/pengumuman/detail/76">Daftar Hadir Rapat Koordinasi</a></li></ul></div>
{aside}
<div class="box"><div class="judul-box">JAJAK PENDAPAT</div><form action="/polling/simpan" method="post">
<p>Bagaimana pelayanan kami?</p><label><input type="radio" name="pilih" value="1"> Sangat baik</label><br>
<label><input type="radio" name="pilih" value="2"> Baik</label><br><button type="submit">Pilih</button></form></div>
</div></div></div>
<div id="footer"><div class="container"><p>Copyright &copy; {WIB.year} {escape(name)} - All Rights Reserved</p>
<p>Page rendered in <strong>0.0213</strong> seconds.</p></div></div>
</body>
</html>
"""


THEMES: dict[str, Theme] = {
    "wordpress": wordpress,
    "joomla": joomla,
    "laravel": laravel,
    "codeigniter": codeigniter,
}


def widget(title: str, body: str) -> str:
    """Return a sidebar widget as the themes share it: ``title`` and ``body``."""
    return f'<section class="widget box"><h3 class="widget-title">{escape(title)}</h3>{body}</section>'


def article(headline: str, body: str) -> str:
    """Return a whole article of the department's own, above its news: ``headline`` and ``body``."""
    return f'<article class="page-article"><h1 class="entry-title">{escape(headline)}</h1>{body}</article>'
