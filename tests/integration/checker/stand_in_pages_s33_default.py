"""A hosting's or a server's page for a site with nothing uploaded yet, and the department's news in a default page's
words (the fourteenth round).

``STAND_INS``: a hosting's or a panel's own page in the application's place, each in its own sentence:
- Dewaweb's for an account with nothing uploaded yet: "Website Anda sudah siap!", then "Silakan unggah konten website
  Anda melalui cPanel".
- DirectAdmin's older page for a domain just added: "Welcome to your new website!", "The owner of this website has not
  yet uploaded content."
- A server's generic placeholder: "This is a placeholder page. Replace index.html in your document root."
- LiteSpeed's example site, served for a name no virtual host claims: "This page is served by the Example virtual host
  of LiteSpeed/OpenLiteSpeed web server."

``LOOK_ALIKES`` are a department's portals, their dates printed without ``<time datetime>`` (as many themes print
them): a list of the site's news whose one headline (WordPress heads its posts with an h2 linked to the post) is "Muncul
Default Web Site Page? Ini Penyebabnya" or "Welcome to Nginx: Workshop Server untuk Admin OPD"; a page headed "Halaman
Default" or a guide headed "Panduan Mengatasi Halaman Default Hosting" above the news; a Bootstrap portal whose cards
head their news with h2; a helpdesk's small guide that tells the department to upload its content ("silakan unggah
konten website Anda melalui cPanel") and quotes the placeholder.
"""

from __future__ import annotations

from vendor_pages import days_ago, tanggal

_NEWS = (
    (1, "puskesmas-jatiasih", "Wali Kota Bekasi Resmikan Puskesmas Jatiasih yang Baru Direnovasi",
     "Pelayanan kesehatan di Kecamatan Jatiasih kini lebih nyaman setelah gedung puskesmas selesai direnovasi."),
    (2, "sosialisasi-dbd", "Sosialisasi Pencegahan Demam Berdarah di Kelurahan Margahayu",
     "Petugas juru pemantau jentik mengajak warga melaksanakan gerakan 3M Plus menjelang musim hujan."),
    (5, "renja-2027", "Rapat Koordinasi Penyusunan Renja Perangkat Daerah Tahun 2027",
     "Kepala dinas memimpin rapat koordinasi bersama seluruh kepala bidang di aula kantor."),
    (8, "pelatihan-kerja", "Pendaftaran Pelatihan Kerja Angkatan IV Dibuka",
     "Warga ber-KTP Kota Bekasi dapat mendaftar pelatihan menjahit, las dan barista secara gratis."),
)  # fmt: skip


def _posts(headline: str | None = None) -> str:
    """Return the site's latest posts as WordPress's theme lists them, ``headline`` (a post of three days ago) third."""
    news = list(_NEWS)
    if headline is not None:
        news.insert(2, (3, "tips-admin-situs", headline, "Tips bagi admin situs perangkat daerah dari Bidang Aptika."))
    return "\n".join(
        f'<article class="post type-post status-publish hentry category-berita"><header class="entry-header">'
        f'<h2 class="entry-title"><a href="/{days_ago(n):%Y/%m}/{slug}/" rel="bookmark">{title}</a></h2>'
        f'<div class="entry-meta"><span class="posted-on"><time class="entry-date published">{tanggal(days_ago(n))}'
        f'</time></span> <span class="byline">oleh <a href="/author/admin/">admin</a></span></div></header>'
        f'<div class="entry-summary"><p>{summary} [&hellip;]</p></div></article>'
        for n, slug, title, summary in news
    )


def _portal(main: str) -> str:
    """Return Diskominfo's WordPress home: its header and menu, ``main``, its sidebar and its footer."""
    return f"""<!DOCTYPE html><html lang="id-ID"><head><meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Diskominfo Kota Bekasi</title>
<link rel="stylesheet" href="/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4">
<meta name="generator" content="WordPress 6.7.1"></head><body class="home blog">
<div id="page" class="site"><header id="masthead" class="site-header"><div class="site-branding">
<p class="site-title"><a href="/" rel="home">Dinas Komunikasi dan Informatika Kota Bekasi</a></p>
<p class="site-description">Melayani dengan Sepenuh Hati</p></div>
<nav class="main-navigation"><ul id="menu-utama" class="menu"><li class="menu-item"><a href="/">Beranda</a></li>
<li class="menu-item"><a href="/profil/">Profil</a><ul class="sub-menu"><li><a href="/profil/visi-misi/">Visi &amp; Misi
</a></li><li><a href="/profil/struktur-organisasi/">Struktur Organisasi</a></li></ul></li>
<li class="menu-item"><a href="/category/berita/">Berita</a></li>
<li class="menu-item"><a href="/layanan/">Layanan</a></li>
<li class="menu-item"><a href="/ppid/">PPID</a></li><li class="menu-item"><a href="/kontak/">Kontak</a></li></ul></nav>
</header><div id="content" class="site-content"><main id="main" class="site-main">
{main}
</main><aside id="secondary" class="widget-area"><section class="widget widget_search">
<form role="search" method="get" action="/"><input type="search" name="s" placeholder="Cari &hellip;">
<button type="submit">Cari</button></form></section><section class="widget widget_categories">
<h2 class="widget-title">Kategori</h2><ul><li><a href="/category/berita/">Berita</a> (214)</li>
<li><a href="/category/pengumuman/">Pengumuman</a> (58)</li></ul></section></aside></div>
<footer id="colophon" class="site-footer"><p><strong>Dinas Komunikasi dan Informatika Kota Bekasi</strong><br>
Jl. Ir. H. Juanda No. 100, Bekasi Timur, Kota Bekasi 17113 &middot; Telp. (021) 8896-1234</p>
<div class="site-info">&copy; {days_ago(0):%Y} Diskominfostandi Kota Bekasi.</div></footer></div></body></html>"""


def _cards_portal(headline: str) -> str:
    """Return a Bootstrap portal whose news cards head their posts with h2, ``headline`` among them."""
    news = [*_NEWS[:2], (3, "tips-admin-situs", headline, "Tips bagi admin situs perangkat daerah."), *_NEWS[2:]]
    cards = "".join(
        f'<div class="col-md-4"><div class="card mb-4">'
        f'<img class="card-img-top" src="/storage/berita/{slug}.jpg" alt="">'
        f'<div class="card-body"><h2 class="card-title h5"><a href="/berita/{slug}">{title}</a></h2>'
        f'<p class="card-text"><small class="text-muted"><i class="fa fa-calendar"></i> {tanggal(days_ago(n))}</small>'
        f'</p><p class="card-text">{summary}</p></div></div></div>'
        for n, slug, title, summary in news
    )
    return f"""<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>Diskominfo Kota Bekasi</title>
<link href="/css/app.css" rel="stylesheet"></head><body>
<nav class="navbar navbar-expand-lg navbar-dark bg-primary"><div class="container"><a class="navbar-brand" href="/">
Diskominfo Kota Bekasi</a><ul class="navbar-nav ms-auto"><li class="nav-item"><a class="nav-link" href="/">Beranda</a>
</li><li class="nav-item"><a class="nav-link" href="/profil">Profil</a></li><li class="nav-item">
<a class="nav-link" href="/berita">Berita</a></li><li class="nav-item"><a class="nav-link" href="/layanan">Layanan</a>
</li><li class="nav-item"><a class="nav-link" href="/ppid">PPID</a></li><li class="nav-item">
<a class="nav-link" href="/kontak">Kontak</a></li></ul></div></nav>
<div class="container my-5"><h3 class="section-title">Berita Terbaru</h3><div class="row">{cards}</div>
<a href="/berita" class="btn btn-outline-primary">Lihat Semua Berita</a></div>
<footer class="bg-dark text-white py-4"><div class="container"><p>Dinas Komunikasi, Informatika, Statistik dan
Persandian Kota Bekasi<br>Jl. Ir. H. Juanda No. 100, Bekasi Timur</p><p>&copy; {days_ago(0):%Y} Diskominfostandi Kota
Bekasi</p></div></footer></body></html>"""


DEWAWEB_READY = """<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Dewaweb</title></head><body>
<div class="hero"><img src="https://www.dewaweb.com/logo.svg" alt="Dewaweb"><h1>Website Anda sudah siap!</h1>
<p>Silakan unggah konten website Anda melalui cPanel atau hubungi tim support kami.</p></div>
<footer>&copy; Dewaweb</footer></body></html>"""

DIRECTADMIN_NEW_WEBSITE = """<html>
<head>
<title>Welcome to your new website!</title>
</head>
<body bgcolor="#FFFFFF">
<div align="center">
<p><font face="Arial" size="4"><b>Welcome to your new website!</b></font></p>
<p><font face="Arial" size="2">If you are seeing this page, it means that the domain has been created on the server.
The owner of this website has not yet uploaded content.</font></p>
</div>
</body>
</html>"""

GENERIC_PLACEHOLDER = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Index</title></head><body>
<h1>Upload your website to get started</h1>
<p>This is a placeholder page. Replace index.html in your document root.</p></body></html>"""

LITESPEED_EXAMPLE_HOST = """<!DOCTYPE html><html><head><title>LiteSpeed Web Server - Example Virtual Host</title></head>
<body><h1>LiteSpeed Web Server - Example Virtual Host</h1>
<p>This page is served by the Example virtual host of LiteSpeed/OpenLiteSpeed web server.</p>
<ul><li><a href="/phpinfo.php">phpinfo()</a></li><li><a href="/docs/">Documentation</a></li></ul></body></html>"""

STAND_INS = (
    (DEWAWEB_READY, "Website Anda sudah siap! Silakan unggah konten website Anda", "dewaweb-ready"),
    (DIRECTADMIN_NEW_WEBSITE, "Welcome to your new website!", "directadmin-new-website"),
    (GENERIC_PLACEHOLDER, "placeholder page. Replace index.html", "generic-placeholder"),
    (LITESPEED_EXAMPLE_HOST, "Example virtual host of LiteSpeed", "litespeed-example-host"),
)

NEWS_HEADLINED_DEFAULT_WEB_SITE_PAGE = _portal(
    "<h1 class='section-title'>Berita Terkini</h1>\n" + _posts("Muncul Default Web Site Page? Ini Penyebabnya")
)
NEWS_HEADLINED_WELCOME_TO_NGINX = _portal(_posts("Welcome to Nginx: Workshop Server untuk Admin OPD"))
PAGE_HEADED_HALAMAN_DEFAULT = _portal(
    "<article class='page'><h1>Halaman Default</h1><p>Halaman ini memuat pengaturan tampilan standar portal perangkat"
    " daerah.</p></article>\n<h2 class='section-title'>Berita Terkini</h2>\n" + _posts()
)
GUIDE_ABOVE_THE_NEWS = _portal(
    "<article class='page'><h1>Panduan Mengatasi Halaman Default Hosting</h1><p>Jika situs Anda menampilkan halaman"
    " bawaan hosting, artinya berkas belum diunggah. Hubungi Bidang Aptika.</p></article>\n"
    "<h2 class='section-title'>Berita Terkini</h2>\n" + _posts()
)
CARDS_HEADLINED_APACHE_DEFAULT = _cards_portal("Apache2 Ubuntu Default Page: Tanda Server Belum Dikonfigurasi")

HELPDESK_UPLOAD_GUIDE = f"""<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">
<title>Panduan Unggah Website OPD</title></head><body><header><p>Helpdesk Diskominfo Kota Bekasi</p>
<nav><ul class="menu"><li><a href="/">Beranda</a></li><li><a href="/panduan">Panduan</a></li>
<li><a href="/tiket">Tiket</a></li><li><a href="/kontak">Kontak</a></li></ul></nav></header><main>
<h1>Panduan Unggah Website OPD</h1><p>Diperbarui {tanggal(days_ago(3))}.</p>
<p>Setelah akun hosting OPD dibuat, silakan unggah konten website Anda melalui cPanel pada menu File Manager, lalu
ekstrak arsipnya di folder public_html. Halaman "This is a placeholder page. Replace index.html" hilang setelahnya.</p>
<ol><li>Masuk ke cPanel</li><li>Buka File Manager</li><li>Unggah arsip .zip</li></ol></main>
<footer>&copy; {days_ago(0):%Y} Diskominfo Kota Bekasi</footer></body></html>"""

# Narrowed after a red team: a hosting's default page in its own navbar, with a teaser of its blog's dated posts whose
# headlines link to the hosting's blog (another host), under its placeholder's words. The teaser is no list of the
# site's news (``page_kind._headlines_elsewhere``): each was aktif and update by the blog's dates before.
_HOSTING_BLOG = (
    (7, "cara-upload-website-cpanel", "Cara Upload Website ke cPanel dengan File Manager"),
    (14, "apa-itu-ssl", "Apa Itu SSL dan Kenapa Website Anda Membutuhkannya"),
    (21, "tips-memilih-nama-domain", "7 Tips Memilih Nama Domain untuk Bisnis"),
)


def _hosting_default(title: str, lead: str) -> str:
    """Return a hosting's default page for a new account: its navbar, ``title`` and ``lead``, its blog's posts."""
    home = "https://www.jagoanhosting.com"
    menu = "".join(
        f'<li><a href="{home}/{path}">{label}</a></li>'
        for path, label in (("", "Beranda"), ("hosting/", "Hosting"), ("domain/", "Domain"), ("vps/", "VPS"),
                            ("blog/", "Blog"), ("kontak/", "Kontak"))
    )  # fmt: skip
    posts = "".join(
        f'<article class="post"><h2 class="entry-title"><a href="{home}/blog/{slug}/">{headline}</a></h2>'
        f'<span class="date">{tanggal(days_ago(n))}</span></article>'
        for n, slug, headline in _HOSTING_BLOG
    )
    return f"""<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>{title}</title></head>
<body class="default-page"><header><nav class="navbar"><ul class="nav">{menu}</ul></nav></header><main>
<section class="hero"><h1>{title}</h1><p>{lead}</p></section>
<section class="blog"><h2>Artikel Terbaru dari Blog Kami</h2>{posts}</section></main>
<footer><p>&copy; {days_ago(0):%Y} Jagoan Hosting Indonesia</p></footer></body></html>"""


HOSTING_DEFAULT_WITH_BLOG = _hosting_default(
    "Default Web Site Page",
    "Jika Anda melihat halaman ini, berarti domain Anda sudah terhubung dengan hosting. Silakan unggah konten website"
    " Anda ke folder public_html.",
)
HOSTING_READY_WITH_BLOG = _hosting_default(
    "Halaman Default Hosting",
    "Website Anda sudah siap! Silakan unggah konten website Anda ke folder public_html melalui File Manager.",
)
HOSTINGS_WITH_BLOG = (
    (HOSTING_DEFAULT_WITH_BLOG, "Default Web Site Page", "hosting-default-with-its-blog"),
    (HOSTING_READY_WITH_BLOG, "Halaman Default Hosting", "hosting-ready-with-its-blog"),
)

LOOK_ALIKES = (
    NEWS_HEADLINED_DEFAULT_WEB_SITE_PAGE,
    NEWS_HEADLINED_WELCOME_TO_NGINX,
    PAGE_HEADED_HALAMAN_DEFAULT,
    GUIDE_ABOVE_THE_NEWS,
    CARDS_HEADLINED_APACHE_DEFAULT,
    HELPDESK_UPLOAD_GUIDE,
)
