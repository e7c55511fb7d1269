"""Platforms' first pages and a theme's 404 in words read before only in part (the sixteenth round).

``STAND_INS``: pages served in the application's place, as halaman_bawaan:
- Azure App Service's older start page for a web app with nothing deployed: "Your web app is running and waiting for
  your content".
- WHM's "Great Success !" page at a cPanel server's own address: "Apache is working on your cPanel® and WHM™ Server".
- Astro's starter page, the project built and deployed before its pages were written: "To get started, open the
  src/pages directory in your project."

``NOT_FOUND``: a theme's 404 that says the page is gone since it was linked, or cannot be found, as
halaman_tidak_ditemukan:
- A theme's "We can't seem to find the page you're looking for."
- A WordPress theme's (``<body class="error404">``) under its header, menu, search box and a sidebar of recent dated
  posts: "Oops! Sepertinya kamu tersesat." then "Halaman yang kamu tuju sudah tidak ada lagi atau alamatnya salah."
- A Laravel portal's own 404 view inside its layout (no WordPress class): "Maaf, halaman yang Anda cari sudah tidak
  tersedia."

``LOOK_ALIKES`` are the department's own pages in those words, to stay aktif and update: tips for a 404 page quoting
the theme's sentence, a training's news quoting Azure's page and WHM's, a headline "Halaman Facebook Lama Sudah Tidak
Ada, …" over its article, a downloads table whose old row says "File sudah tidak tersedia", a home whose notice says an
old section's content "sudah tidak tersedia" above the news.
"""

from __future__ import annotations

from vendor_pages import days_ago, tanggal

_NEWS = (
    (1, "Wali Kota Bekasi Resmikan Gedung Pelayanan Terpadu Kecamatan Bantargebang"),
    (2, "Sosialisasi Pencegahan Demam Berdarah Dengue di Kelurahan Jatimulya"),
    (4, "Rapat Koordinasi Penyusunan Rencana Kerja Perangkat Daerah Tahun 2027"),
    (6, "Pendaftaran Pelatihan Kerja Berbasis Kompetensi Angkatan IV Dibuka"),
)


def _sidebar() -> str:
    """Return a WordPress sidebar: its search box, its recent posts (each dated) and its categories."""
    posts = "".join(
        f'<li><a href="/{days_ago(n):%Y/%m}/berita-{n}/">{title}</a> <span class="post-date">{tanggal(days_ago(n))}'
        f"</span></li>"
        for n, title in _NEWS
    )
    return f"""<aside id="secondary" class="widget-area"><section class="widget widget_search">
<form role="search" method="get" class="search-form" action="/"><input type="search" name="s" placeholder="Cari
&hellip;">
<input type="submit" value="Cari"></form></section><section class="widget widget_recent_entries">
<h2 class="widget-title">Berita Terbaru</h2><ul>{posts}</ul></section><section class="widget widget_categories">
<h2 class="widget-title">Kategori</h2><ul><li><a href="/category/berita/">Berita</a></li>
<li><a href="/category/pengumuman/">Pengumuman</a></li></ul></section></aside>"""


def _news() -> str:
    """Return the site's latest posts as its theme lists them: each headline linked, dated, summarised."""
    return "".join(
        f'<article class="post type-post"><header class="entry-header"><h2 class="entry-title">'
        f'<a href="/{days_ago(n):%Y/%m}/berita-{n}/">{title}</a></h2><div class="entry-meta"><span class="posted-on">'
        f'{tanggal(days_ago(n))}</span> <span class="byline">oleh admin</span></div></header>'
        f'<div class="entry-summary"><p>Kegiatan ini dilaksanakan untuk meningkatkan kualitas pelayanan publik bagi '
        f"masyarakat Kota Bekasi.</p></div></article>"
        for n, title in _NEWS
    )


def _wordpress(title: str, main: str, body_class: str) -> str:
    """Return a department's WordPress page: its header and menu, ``main``, the sidebar and the footer."""
    return f"""<!DOCTYPE html><html lang="id-ID"><head><meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>{title}</title>
<meta name="generator" content="WordPress 6.7.1"></head><body class="{body_class}"><div id="page" class="site">
<header id="masthead" class="site-header"><div class="top-bar">Senin - Jumat 08.00 - 16.00 WIB</div>
<div class="site-branding"><a href="/" rel="home"><img src="/wp-content/uploads/2024/01/logo.png" alt="Logo"></a>
<p class="site-title"><a href="/">Dinas Pemuda dan Olahraga Kota Bekasi</a></p></div>
<nav class="main-navigation"><ul id="primary-menu" class="menu"><li><a href="/">Beranda</a></li>
<li><a href="/profil/">Profil</a><ul class="sub-menu"><li><a href="/visi-misi/">Visi &amp; Misi</a></li>
<li><a href="/struktur-organisasi/">Struktur Organisasi</a></li></ul></li><li><a
href="/category/berita/">Berita</a></li>
<li><a href="/layanan/">Layanan</a></li><li><a href="/ppid/">PPID</a></li><li><a href="/kontak/">Kontak</a></li></ul>
</nav></header><div id="content" class="site-content"><div id="primary" class="content-area">
<main id="main" class="site-main">{main}</main></div>{_sidebar()}</div>
<footer id="colophon" class="site-footer"><p>Jl. Jend. Ahmad Yani No.1, Bekasi Selatan, Kota Bekasi 17141</p>
<div class="site-info">&copy; {days_ago(0):%Y} Dinas Pemuda dan Olahraga Kota
Bekasi.</div></footer></div></body></html>"""


def _post(title: str, body: str) -> str:
    """Return a post of yesterday, headed ``title``, in the department's theme."""
    published = days_ago(1)
    return _wordpress(
        f"{title} &#8211; Dinas Pemuda dan Olahraga Kota Bekasi",
        f'<article class="post type-post status-publish"><header class="entry-header"><h1 class="entry-title">{title}'
        f'</h1><div class="entry-meta"><time class="entry-date published"'
        f' datetime="{published:%Y-%m-%dT%H:%M:%S}+07:00">'
        f'{tanggal(published)}</time></div></header><div class="entry-content">{body}</div></article>',
        "single single-post",
    )


AZURE_WEB_APP_WAITING = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Microsoft Azure App Service - Welcome</title></head><body><div class="container">
<h1>Your web app is running and waiting for your content</h1>
<p>Your web app is live, but we don't have your content yet. If you've already deployed, it could take up to 5 minutes
for your content to show up, so come back soon.</p>
<img src="https://appservice.azureedge.net/images/app-service/v4/windows.svg" alt="Azure">
<p>Supporting Node.js, Java, .NET and more</p><a
href="https://aka.ms/appservice-docs">Quickstart</a></div></body></html>"""

WHM_GREAT_SUCCESS = """<!DOCTYPE html><html><head><title>Great Success !</title></head><body><div id="wrapper">
<img src="/img-sys/cpanel_logo.png" alt="cPanel"><h1>Great Success !</h1>
<h2>Apache is working on your cPanel&reg; and WHM&trade; Server</h2>
<p>If you can see this page, then the people who manage this server have installed cPanel and WHM, which includes the
Apache Web server software and the Apache Interface to OpenSSL (mod_ssl) successfully.</p></div></body></html>"""

ASTRO_STARTER = """<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8" /><meta name="viewport"
content="width=device-width" /><meta name="generator" content="Astro v5.1.1" /><title>Astro Basics</title></head>
<body><div id="container"><img id="background" src="/_astro/background.BPKAcmfN.svg" alt="" /><main>
<section id="hero"><a href="https://astro.build"><img src="/_astro/astro.Dm8K3h9S.svg" alt="Astro Homepage" /></a>
<h1>To get started, open the <code><pre>src/pages</pre></code> directory in your project.</h1><section id="links">
<a class="button" href="https://docs.astro.build">Read our docs</a><a href="https://astro.build/chat">Join our
Discord</a>
</section></section></main><a href="https://astro.build/blog/astro-5/" id="news" class="box">
<h2>What's New in Astro 5.0?</h2><p>From content layers to server islands, click to learn more about the new features
and improvements in Astro 5.0</p></a></div></body></html>"""

STAND_INS = (
    (AZURE_WEB_APP_WAITING, "Your web app is running and waiting", "azure-web-app-waiting-for-content"),
    (WHM_GREAT_SUCCESS, "Apache is working on your cPanel", "whm-great-success"),
    (ASTRO_STARTER, "To get started, open the", "astro-starter"),
)

THEME_404_LOST = _wordpress(
    "Dinas Pemuda dan Olahraga Kota Bekasi",
    """<div class="page-404 text-center"><img src="/wp-content/themes/opd/img/404.svg" alt="">
<h1>Oops! Sepertinya kamu tersesat.</h1><p>Halaman yang kamu tuju sudah tidak ada lagi atau alamatnya salah.</p>
<a class="btn" href="/">Ke Beranda</a></div>""",
    "error404",
)

LARAVEL_404_NO_LONGER = f"""<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">
<title>E-Perizinan Kota Bekasi</title><meta name="csrf-token" content="Xq3Rk7pWmZ0aD1fL9eT2yU8iO4sA6hJ5gK0lN3bV">
<link href="/css/app.css?id=8a7f" rel="stylesheet"></head><body><nav class="navbar navbar-expand-md"><div
class="container">
<a href="/" class="navbar-brand">DPMPTSP Kota Bekasi</a><ul class="navbar-nav"><li><a href="/">Beranda</a></li>
<li><a href="/perizinan">Jenis Perizinan</a></li><li><a href="/lacak">Lacak Berkas</a></li><li><a
href="/login">Masuk</a>
</li></ul></div></nav><div class="container text-center py-5"><h2>Maaf, halaman yang Anda cari sudah tidak
tersedia.</h2>
<p><a href="/" class="btn btn-primary">Kembali ke beranda</a></p></div><footer class="footer"><p>&copy;
{days_ago(0):%Y} DPMPTSP Kota Bekasi</p></footer></body></html>"""

THEME_404_CANT_SEEM_TO_FIND = _wordpress(
    "Dinas Pemuda dan Olahraga Kota Bekasi",
    """<div class="error-404 not-found"><h1>We can&rsquo;t seem to find the page you&rsquo;re looking for.</h1>
<p>Try going back to the previous page or use the search.</p></div>""",
    "error404",
)

NOT_FOUND = (
    (THEME_404_CANT_SEEM_TO_FIND, "find the page you’re looking for", "theme-404-cant-seem-to-find"),
    (THEME_404_LOST, "Halaman yang kamu tuju sudah tidak ada lagi", "theme-404-lost-page-no-longer-there"),
    (LARAVEL_404_NO_LONGER, "halaman yang Anda cari sudah tidak tersedia", "laravel-404-no-longer-available"),
)

TRAINING_NEWS_QUOTING_AZURE = _post(
    "Pelatihan Cloud: Peserta Deploy Aplikasi ke Azure App Service",
    """<p>Sebanyak 30 pranata komputer mengikuti pelatihan komputasi awan. Pada sesi pertama peserta membuat web app
baru; halaman &ldquo;Your web app is running and waiting for your content&rdquo; muncul sebelum kode aplikasi
diunggah.</p><p>Sesi berikutnya membahas keamanan dan pemantauan aplikasi.</p>""",
)
TRAINING_NEWS_QUOTING_WHM = _post(
    "Bimtek Pengelolaan Server bagi Admin Website Kelurahan",
    """<p>Peserta bimbingan teknis mempelajari WHM dan cPanel. Setelah instalasi, peserta melihat halaman &ldquo;Great
Success! Apache is working on your cPanel and WHM Server&rdquo;, tanda server siap digunakan.</p><p>Bimtek
ditutup dengan
praktik mengunggah website kelurahan.</p>""",
)
HEADLINE_PAGE_NO_LONGER_THERE = _post(
    "Halaman Facebook Lama Sudah Tidak Ada, Warga Diminta Ikuti Akun Resmi Baru",
    """<p>Diskominfostandi mengumumkan halaman Facebook lama milik Pemkot Bekasi sudah tidak ada sejak akhir November.
Informasi resmi kini disampaikan melalui akun baru yang telah terverifikasi.</p><p>Warga diminta berhati-hati terhadap
akun tiruan.</p>""",
)
DOWNLOADS_ROW_NO_LONGER_AVAILABLE = _wordpress(
    "Unduhan &#8211; Dinas Pemuda dan Olahraga Kota Bekasi",
    f"""<h1 class="page-title">Unduhan</h1><table class="table"><thead><tr><th>Dokumen</th><th>Tanggal</th>
<th>Keterangan</th></tr></thead><tbody><tr><td><a href="/dok/rkpd-2027.pdf">RKPD 2027</a></td>
<td>{tanggal(days_ago(2))}</td><td>Tersedia</td></tr><tr><td>RKPD 2020</td><td>12 Maret 2020</td>
<td>File sudah tidak tersedia</td></tr><tr><td><a href="/dok/renstra.pdf">Renstra 2025-2029</a></td>
<td>{tanggal(days_ago(20))}</td><td>Tersedia</td></tr></tbody></table>""",
    "page-template-default page",
)
HOME_NOTICE_CONTENT_NO_LONGER_AVAILABLE = _wordpress(
    "Dinas Pemuda dan Olahraga Kota Bekasi",
    """<div class="notice">Konten kompetisi tahun 2021 sudah tidak tersedia di portal ini; arsipnya dapat
diminta melalui
PPID.</div><h2 class="section-title">Berita Terbaru</h2>"""
    + _news(),
    "home blog",
)

TIPS_QUOTING_CANT_SEEM_TO_FIND = _post(
    "Tips Membuat Halaman 404 yang Ramah Pengunjung",
    """<p>Halaman 404 yang baik menyapa pengunjung, misalnya dengan kalimat &ldquo;We can&rsquo;t seem to find the page
you&rsquo;re looking for&rdquo;, lalu memberi tautan kembali ke beranda.</p><p>Pelatihan ini diikuti admin website
seluruh perangkat daerah.</p>""",
)

LOOK_ALIKES = (
    (TIPS_QUOTING_CANT_SEEM_TO_FIND, "tips-quoting-cant-seem-to-find"),
    (TRAINING_NEWS_QUOTING_AZURE, "training-news-quoting-azure"),
    (TRAINING_NEWS_QUOTING_WHM, "training-news-quoting-whm"),
    (HEADLINE_PAGE_NO_LONGER_THERE, "headline-facebook-page-no-longer-there"),
    (DOWNLOADS_ROW_NO_LONGER_AVAILABLE, "downloads-row-file-no-longer-available"),
    (HOME_NOTICE_CONTENT_NO_LONGER_AVAILABLE, "home-notice-content-no-longer-available"),
)
