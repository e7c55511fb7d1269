"""Framework debug pages, themes' error views and small tails of pages in the application's place.

- Laravel's Ignition (Laravel 9 to 11 in debug mode) draws its page by script over an empty mount: its title is the
  exception's message ("SQLSTATE[HY000] [2002] Connection refused (Connection: mysql, …)", "No application
  encryption key has been specified."). Read as the application, a blank page.
- Django's debug page "OperationalError at /", its title broken over two lines, and "You're seeing this error because
  you have DEBUG = True": read as the application.
- A theme's error view inside the whole portal (header, menu, a sidebar of news dated by the site, footer): its first
  heading "500" over "Terjadi Kesalahan Pada Server", or "500 | Terjadi Kesalahan Pada Server", then "Maaf, terjadi
  kesalahan internal …". The sidebar made it read as the application.
- A maintenance notice as the content under a heading "Mohon Maaf" ("Website Dinas Sosial … sedang dalam proses
  perbaikan dan pengembangan. Kami akan segera kembali …") in the same theme, too long with its sidebar for a notice.
- WordPress's empty index in Indonesian ("Tidak Ditemukan Apa Pun", "Tidak ada yang ditemukan": "… kami tidak dapat
  menemukan apa yang Anda cari"), a theme's "Maaf, tautan yang Anda ikuti mungkin rusak atau halaman telah dihapus."
  and "We could not find the page you requested.": read as the application.
- Niagahoster's new default page ("Selamat! Website Anda Sudah Online": "belum ada konten di direktori public_html")
  and nginx's fancyindex listing in a theme ("File Name ↓ File Size Date", "Parent directory/").
- The other way: a department's application left under its framework's title ("Welcome to CodeIgniter", "Welcome to
  CodeIgniter 4!") over its own content (a table of commodity prices, a login link) read as the framework's default
  page. It is the application (``LOOK_ALIKES``).

The theme is an Indonesian department's WordPress portal as vendors build it (``opd_page``): a top bar with a clock,
the site's logo and name, a menu with submenus, a running text, the content, a sidebar of search, recent news dated by
the site, categories, a visitor counter and related links, and a footer of address, hours and social links. Its dates
are relative to today.

Each stand-in comes with a department's page in its words, which is the application: a Laravel training article
quoting SQLSTATE, a deployment guide quoting the missing key, a security audit quoting Django's debug sentence, news of
an error in social aid data, a road closure under "Mohon Maaf", a library's collection request page, news of broken
catalogue links, a hosting guide quoting Niagahoster's page, a downloads page with a file table. ``LOOK_ALIKES`` adds
the applications under a framework's title, tutorials titled by an exception's message, an apology under "Mohon Maaf"
for work that leaves the site running, and news of maintenance and of errors that the new rules must leave alone.
"""

from __future__ import annotations

from html import escape

import pytest
from vendor_pages import days_ago, tanggal

DEPARTMENT = "Dinas Komunikasi, Informatika, Statistik dan Persandian"

# --- the department's theme ----------------------------------------------------------------------------------------

_HEAD = """<!DOCTYPE html>
<html lang="id-ID">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<link rel="stylesheet" id="astra-theme-css-css"
 href="/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4" media="all">
<link rel="stylesheet" href="/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.18.3" media="all">
<meta name="generator" content="WordPress 6.4.3">
<link rel="https://api.w.org/" href="/wp-json/">
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1"></script>
</head>
"""

_SUBMENUS = (
    (
        "Profil",
        "/profil/",
        (
            ("Visi &amp; Misi", "visi-misi"),
            ("Struktur Organisasi", "struktur-organisasi"),
            ("Tugas Pokok dan Fungsi", "tugas-fungsi"),
            ("Profil Pejabat", "pejabat"),
        ),
    ),
    (
        "Layanan",
        "/layanan/",
        (("Standar Pelayanan", "standar-pelayanan"), ("Maklumat Pelayanan", "maklumat"), ("Pengaduan", "pengaduan")),
    ),
    (
        "PPID",
        "/ppid/",
        (
            ("Informasi Berkala", "informasi-berkala"),
            ("Informasi Serta Merta", "informasi-serta-merta"),
            ("Informasi Setiap Saat", "informasi-setiap-saat"),
            ("Daftar Informasi Publik", "dip"),
        ),
    ),
)

# The site's recent news: its headline, its slug, and how many days ago it was posted.
_RECENT = (
    ("Rapat Koordinasi Evaluasi Kinerja Triwulan IV", "rapat-koordinasi-evaluasi-kinerja-triwulan-iv", 1),
    ("Sosialisasi Standar Pelayanan Publik 2026", "sosialisasi-standar-pelayanan-publik", 3),
    ("Kunjungan Kerja DPRD Komisi II", "kunjungan-kerja-dprd-komisi-ii", 6),
    ("Peringatan Hari Guru Nasional 2026", "peringatan-hari-guru-nasional", 9),
    ("Penyerahan Bantuan Sarana dan Prasarana", "penyerahan-bantuan-sarana-prasarana", 14),
)
_SUMMARIES = (
    "Kepala Dinas memimpin rapat koordinasi evaluasi kinerja triwulan IV bersama seluruh kepala bidang dan UPTD.",
    "Sosialisasi standar pelayanan publik diikuti oleh 120 peserta dari kecamatan dan kelurahan se-Kota Bekasi.",
    "Komisi II DPRD Kota Bekasi melakukan kunjungan kerja untuk meninjau pelaksanaan program tahun anggaran 2026.",
)


def _post_path(slug: str, days: int) -> str:
    return f"/{days_ago(days):%Y/%m/%d}/{slug}/"


def _menu_item(label: str, href: str, children: tuple[tuple[str, str], ...] = ()) -> str:
    if not children:
        return f'<li class="menu-item"><a href="{href}">{label}</a></li>'
    sub = "".join(f'<li><a href="{href}{slug}/">{name}</a></li>' for name, slug in children)
    return (
        f'<li class="menu-item menu-item-has-children"><a href="{href}">{label}</a><ul class="sub-menu">{sub}</ul></li>'
    )


def _header(dept: str) -> str:
    """Return the portal's header: a top bar with its contacts and a clock, the logo and name, the menu, a marquee."""
    profil, layanan, ppid = (_menu_item(*m) for m in _SUBMENUS)
    menu = "".join(
        (
            _menu_item("Beranda", "/"),
            profil,
            layanan,
            _menu_item("Berita", "/category/berita/"),
            ppid,
            _menu_item("Galeri", "/galeri/"),
            _menu_item("Unduhan", "/unduhan/"),
            _menu_item("Kontak", "/kontak/"),
        )
    )
    return f"""<header id="masthead" class="site-header">
<div class="topbar"><div class="container"><span><i class="fa fa-phone"></i> (021) 8895 1234</span>
<span><i class="fa fa-envelope"></i> dinas@bekasikota.go.id</span>
<span id="jam" class="clock">{tanggal(days_ago(0), with_weekday=True)} | <span id="clock">08:20:11</span> WIB</span>
</div></div>
<div class="container"><a class="logo" href="/"><img src="/wp-content/uploads/2023/01/logo-bekasi.png"
alt="Logo Kota Bekasi">
<span class="site-title">{dept}</span><span class="site-desc">Pemerintah Kota Bekasi</span></a></div>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">{menu}</ul></nav>
<div class="running-text"><marquee>Selamat datang di website resmi {dept} Kota Bekasi &bull; Layanan pengaduan WA
0812-8000-1234 &bull; Jam pelayanan Senin-Jumat 08.00-16.00 WIB</marquee></div>
</header>"""


def _sidebar() -> str:
    """Return the portal's sidebar: search, recent news dated by the site, categories, a counter, related links."""
    recent = "".join(
        f'<li><a href="{_post_path(slug, days)}">{headline}</a>'
        f' <span class="post-date">{tanggal(days_ago(days))}</span></li>'
        for headline, slug, days in _RECENT
    )
    return f"""<aside id="secondary" class="widget-area">
<section class="widget widget_search"><form role="search" method="get" action="/"><input type="search" name="s"
placeholder="Cari &hellip;"><button>Cari</button></form></section>
<section class="widget widget_recent_entries"><h2 class="widget-title">Berita Terbaru</h2><ul>{recent}</ul></section>
<section class="widget widget_categories"><h2 class="widget-title">Kategori</h2><ul>
<li><a href="/category/berita/">Berita</a> (214)</li><li><a href="/category/pengumuman/">Pengumuman</a> (37)</li>
<li><a href="/category/artikel/">Artikel</a> (52)</li><li><a href="/category/agenda/">Agenda</a> (18)</li></ul>
</section>
<section class="widget widget_text"><h2 class="widget-title">Statistik Pengunjung</h2>
<div class="counter"><table><tr><td>Hari ini</td><td>: 128</td></tr><tr><td>Kemarin</td><td>: 311</td></tr>
<tr><td>Bulan ini</td><td>: 2.904</td></tr><tr><td>Total</td><td>: 184.227</td></tr><tr><td>Online</td><td>: 6</td></tr>
</table></div></section>
<section class="widget"><h2 class="widget-title">Link Terkait</h2><ul>
<li><a href="https://www.bekasikota.go.id">Pemerintah Kota Bekasi</a></li><li><a href="https://jdih.bekasikota.go.id">JDIH
Kota Bekasi</a></li><li><a href="https://ppid.bekasikota.go.id">PPID Kota Bekasi</a></li><li><a
href="https://www.lapor.go.id">SP4N LAPOR!</a></li></ul></section>
</aside>"""


def _footer(dept: str) -> str:
    """Return the portal's footer: address, hours, social links, the credit line and the clock's script."""
    return f"""<footer id="colophon" class="site-footer"><div class="container"><div class="row">
<div class="col-md-4"><h4>{dept}</h4><p>Jl. Ir. H. Juanda No. 100, Margahayu, Kec. Bekasi Timur, Kota Bekasi, Jawa Barat
17113</p><p>Telp. (021) 8895 1234 &bull; Email: dinas@bekasikota.go.id</p></div>
<div class="col-md-4"><h4>Jam Pelayanan</h4><p>Senin - Kamis: 08.00 - 16.00 WIB<br>Jumat: 08.00 - 16.30 WIB</p></div>
<div class="col-md-4"><h4>Ikuti Kami</h4><a href="https://www.instagram.com/pemkotbekasi">Instagram</a>
<a href="https://www.facebook.com/pemkotbekasi">Facebook</a> <a href="https://www.youtube.com/@pemkotbekasi">YouTube</a>
</div></div><div class="site-info">&copy; 2026 {dept} Kota Bekasi. All Rights Reserved. | Powered by
<a href="https://wordpress.org/">WordPress</a></div></div></footer>
<script>function jam(){{var d=new Date();document.getElementById('clock').innerHTML=d.toLocaleTimeString('id-ID');}}
setInterval(jam,1000);</script>"""


def opd_page(title: str, main: str, dept: str = DEPARTMENT, body_class: str = "page") -> str:
    """Return a whole page of the department's portal with ``main`` as its content: header, menu, sidebar, footer."""
    return (
        _HEAD.format(title=title)
        + f'<body class="{body_class} wp-theme-astra">\n<div id="page" class="hfeed site">'
        + _header(dept)
        + '<div id="content" class="site-content"><div class="ast-container">'
        + f'<div id="primary" class="content-area"><main id="main" class="site-main">{main}</main></div>'
        + _sidebar()
        + "</div></div>"
        + _footer(dept)
        + "</div></body></html>"
    )


def opd_home_posts() -> str:
    """Return the home page's list of the latest posts, each dated by the site (``<time datetime>``)."""
    out = ""
    for (headline, slug, days), summary in zip(_RECENT, _SUMMARIES, strict=False):
        path = _post_path(slug, days)
        out += (
            '<article class="post type-post status-publish format-standard"><h2 class="entry-title">'
            f'<a href="{path}">{headline}</a></h2><div class="entry-meta"><span class="posted-on">'
            f'<time class="entry-date published" datetime="{days_ago(days):%Y-%m-%d}T09:00:00+07:00">'
            f'{tanggal(days_ago(days))}</time></span> oleh <span class="author">admin</span></div>'
            f'<div class="entry-summary"><p>{summary}</p></div>'
            f'<a class="read-more" href="{path}">Baca Selengkapnya &raquo;</a></article>'
        )
    return out


def opd_post(headline: str, body: str, days: int = 1, category: str = "Berita") -> str:
    """Return a single post as the theme prints it: its category, its date (``<time datetime>``), share links."""
    previous, slug, ago = _RECENT[2]
    return (
        '<article class="post type-post status-publish"><header class="entry-header">'
        f'<h1 class="entry-title">{headline}</h1><div class="entry-meta"><span class="cat-links">'
        f'<a href="/category/{category.lower()}/">{category}</a></span> &bull; '
        f'<time class="entry-date published" datetime="{days_ago(days):%Y-%m-%d}T10:00:00+07:00">'
        f'{tanggal(days_ago(days))}</time> &bull; <span class="author vcard">Admin</span></div></header>'
        f'<div class="entry-content">{body}</div><footer class="entry-footer"><div class="share">Bagikan: <a href="#">'
        'Facebook</a> <a href="#">Twitter</a> <a href="#">WhatsApp</a></div></footer></article>'
        f'<nav class="post-navigation"><a href="{_post_path(slug, ago)}" rel="prev">&laquo; {previous}</a></nav>'
    )


def opd_news(headline: str, body: str, dept: str = DEPARTMENT, days: int = 1, category: str = "Berita") -> str:
    """Return a news item of the department's, a post the site dates, under its headline's title."""
    return opd_page(
        f"{escape(headline)} &#8211; {dept}",
        opd_post(escape(headline), body, days, category),
        dept=dept,
        body_class="single single-post",
    )


def opd_cms_page(heading: str, body: str, dept: str = DEPARTMENT) -> str:
    """Return a page of the CMS (undated, no post) under its heading's title."""
    return opd_page(
        f"{escape(heading)} &#8211; {dept}",
        f'<div class="page type-page"><h1 class="entry-title">{escape(heading)}</h1><div class="entry-content">{body}'
        "</div></div>",
        dept=dept,
    )


# --- framework debug pages -----------------------------------------------------------------------------------------

# Ignition's page as Laravel 10 sends it: the report in a script, the page drawn into #app by its bundle.
LARAVEL_IGNITION_DB = """<!doctype html>
<html class="theme-light">
<head>
    <meta charset="UTF-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="robots" content="noindex, nofollow">
    <title>SQLSTATE[HY000] [2002] Connection refused (Connection: mysql, SQL: select * from `sessions` where `id` \
= 9dK2 limit 1)</title>
    <script>window.ignite = window.ignite || {};</script>
</head>
<body class="scrollbar-lg">
<script>window.data = {"report":{"notifier":"Laravel Client","language":"PHP","framework_version":"10.48.4",\
"language_version":"8.2.12","exception_class":"Illuminate\\\\Database\\\\QueryException","seen_at":1764872400,\
"message":"SQLSTATE[HY000] [2002] Connection refused"}};</script>
<div id="app"></div>
<script>/* Ignition bundle */ (function(){})();</script>
</body>
</html>"""
# A fresh deployment without APP_KEY: the exception in a comment and a <noscript>, its message the title.
LARAVEL_MISSING_APP_KEY = """<!doctype html>
<html class="theme-light">
<!--
Illuminate\\Encryption\\MissingAppKeyException: No application encryption key has been specified. in file \
/var/www/html/vendor/laravel/framework/src/Illuminate/Encryption/EncryptionServiceProvider.php on line 79
-->
<head><meta charset="UTF-8"><title>No application encryption key has been specified.</title></head>
<body class="scrollbar-lg"><script>window.data = {};</script><div id="app"></div>
<noscript><pre>Illuminate\\Encryption\\MissingAppKeyException: No application encryption key has been specified.</pre>
</noscript>
</body></html>"""
# Django 4.2's technical 500 page, its title and heading broken over lines as its template writes them.
DJANGO_OPERATIONAL_ERROR = """<!DOCTYPE html>
<html lang="en">
<head>
  <meta http-equiv="content-type" content="text/html; charset=utf-8">
  <meta name="robots" content="NONE,NOARCHIVE">
  <title>OperationalError
          at /</title>
</head>
<body>
<div id="summary">
  <h1>OperationalError
       at /</h1>
  <pre class="exception_value">connection to server at &quot;db&quot; (172.18.0.2), port 5432 failed: FATAL:  the \
database system is starting up</pre>
  <table class="meta">
    <tr><th>Request Method:</th><td>GET</td></tr>
    <tr><th>Request URL:</th><td>http://sipd.bekasikota.go.id/</td></tr>
    <tr><th>Django Version:</th><td>4.2.7</td></tr>
    <tr><th>Exception Type:</th><td>OperationalError</td></tr>
    <tr><th>Python Version:</th><td>3.11.6</td></tr>
  </table>
</div>
<div id="traceback"><h2>Traceback <span class="commands"><a href="#" onclick="return switchPastebinFriendly(this);">\
Switch to copy-and-paste view</a></span></h2></div>
<div id="explanation"><p>You’re seeing this error because you have <code>DEBUG = True</code> in your Django settings \
file.</p></div>
</body>
</html>"""

LARAVEL_TRAINING_NEWS = opd_news(
    "Pelatihan Pemrograman Laravel bagi ASN: Dari Instalasi hingga Menangani Error",
    "<p>Sebanyak 40 pranata komputer mengikuti pelatihan pengembangan aplikasi berbasis Laravel. Pada sesi ketiga"
    " peserta mempelajari cara membaca pesan galat, misalnya:</p><pre>SQLSTATE[HY000] [2002] Connection refused</pre>"
    "<p>yang muncul bila layanan MySQL belum berjalan, serta pesan <code>Warning: Undefined variable $data in"
    " /var/www/html/app.php on line 12</code> pada PHP 8.</p><p>Narasumber juga menjelaskan mengapa"
    " <code>APP_DEBUG=false</code> wajib di server produksi agar halaman <em>Whoops, looks like something went"
    " wrong</em> tidak membocorkan konfigurasi.</p>",
    days=4,
    category="Artikel",
)
LARAVEL_DEPLOY_GUIDE = opd_cms_page(
    "Panduan Memasang Aplikasi Laravel di Pusat Data Kota",
    "<ol><li>Salin berkas <code>.env.example</code> menjadi <code>.env</code> dan isi koneksi basis data.</li>"
    "<li>Jika muncul pesan <q>No application encryption key has been specified.</q>, jalankan <code>php artisan"
    " key:generate</code>.</li><li>Jalankan <code>php artisan migrate --force</code> lalu <code>php artisan"
    " config:cache</code>.</li></ol><p>Kendala lain dapat disampaikan ke helpdesk Diskominfostandi di ekstensi"
    " 214.</p>",
)
DEBUG_AUDIT_NEWS = opd_news(
    "Audit Keamanan: Masih Ada Aplikasi yang Menampilkan Halaman Debug",
    "<p>Tim CSIRT Kota Bekasi menemukan tiga aplikasi berbasis Django yang menampilkan halaman <em>OperationalError at"
    " /</em> lengkap dengan pesan <q>You’re seeing this error because you have DEBUG = True in your Django settings"
    " file</q>. Pengembang diminta mematikan mode debug di server produksi.</p>",
    days=2,
)

# An article titled by an exception's message, as tutorials are: the whole portal around it.
SQLSTATE_TUTORIAL = opd_news(
    "SQLSTATE[HY000] [2002] Connection refused: Penyebab dan Solusinya",
    "<p>Pesan ini muncul bila aplikasi tidak dapat menghubungi server MySQL: layanannya belum berjalan, atau alamat"
    " dan port di berkas <code>.env</code> keliru. Periksa dengan <code>systemctl status mysql</code>.</p>",
    days=5,
    category="Artikel",
)
UNDEFINED_VARIABLE_TUTORIAL = opd_news(
    "Undefined variable di PHP 8: Penyebab dan Solusinya",
    "<p>Pesan <code>Warning: Undefined variable $data</code> muncul bila variabel dipakai sebelum diisi. Periksa"
    " kembali controller yang mengirim data ke view.</p>",
    days=7,
    category="Artikel",
)

# --- themes' error views in the portal -----------------------------------------------------------------------------

_SERVER_ERROR_VIEW = (
    '<div class="error-page text-center py-5"><h1 class="display-4">500</h1><h2>Terjadi Kesalahan Pada Server</h2>'
    "<p>Maaf, terjadi kesalahan internal pada server kami. Tim teknis sudah diberi tahu. Silakan coba beberapa saat"
    ' lagi.</p><a href="/" class="btn btn-primary">Kembali ke Beranda</a></div>'
)
SERVER_ERROR_IN_THEME = opd_page(
    "Dinas Perdagangan dan Perindustrian Kota Bekasi",
    _SERVER_ERROR_VIEW,
    dept="Dinas Perdagangan dan Perindustrian",
    body_class="error500",
)
SERVER_ERROR_JOINED_HEADING = opd_page(
    "Disperindag Kota Bekasi",
    _SERVER_ERROR_VIEW.replace(
        '<h1 class="display-4">500</h1><h2>Terjadi Kesalahan Pada Server</h2>',
        "<h1>500 | Terjadi Kesalahan Pada Server</h1>",
    ),
    dept="Dinas Perdagangan dan Perindustrian",
    body_class="error500",
)
BANSOS_DATA_ERROR_NEWS = opd_news(
    "Terjadi Kesalahan Data Bansos, Dinsos Lakukan Verifikasi Ulang",
    "<p>Dinas Sosial Kota Bekasi melakukan verifikasi ulang data penerima bantuan sosial setelah ditemukan nama ganda."
    " &ldquo;Mohon maaf, terjadi kesalahan pada server pendataan sehingga sebagian penerima tercatat dua kali,&rdquo;"
    " ujar Kepala Dinas Sosial.</p><p>Penyaluran tahap IV tetap berjalan sesuai jadwal.</p>",
    dept="Dinas Sosial",
)
DATA_CORRECTION_NEWS = opd_news(
    "Ralat: Kesalahan Data pada Berita Penerima Beasiswa",
    "<p>Terdapat kesalahan penulisan (error) jumlah penerima beasiswa pada berita sebelumnya. Tertulis 1.200,"
    " seharusnya 1.020 siswa. Database penerima telah diperbaiki. Mohon maaf atas kekeliruan tersebut.</p>",
    dept="Dinas Pendidikan",
    category="Pengumuman",
)

# --- a maintenance notice under "Mohon Maaf" in the portal ---------------------------------------------------------

UNDER_APOLOGY_MAINTENANCE = opd_page(
    "Dinas Sosial Kota Bekasi",
    '<div class="alert alert-warning text-center" style="padding:60px 20px"><h2>Mohon Maaf</h2>'
    "<p>Website Dinas Sosial Kota Bekasi sedang dalam proses perbaikan dan pengembangan. Kami akan segera kembali"
    " dengan tampilan dan layanan yang lebih baik.</p></div>",
    dept="Dinas Sosial",
)
# An announcement of the department's (a page of the CMS, undated) that apologises for a road under repair.
ROAD_CLOSURE_APOLOGY = opd_page(
    "Penutupan Jalan Ahmad Yani &#8211; Dinas Bina Marga dan Sumber Daya Air",
    '<div class="alert alert-warning text-center"><h2>Mohon Maaf</h2><p>Jalan Ahmad Yani sedang dalam proses perbaikan'
    " dan pelebaran. Kami akan segera kembali membuka seluruh lajur setelah pengaspalan selesai.</p></div>"
    '<div class="page-content"><p>Selama pekerjaan, arus lalu lintas dialihkan ke Jalan Pramuka. Pekerjaan dilakukan'
    " pada malam hari pukul 22.00&ndash;05.00 WIB.</p></div>",
    dept="Dinas Bina Marga dan Sumber Daya Air",
)
# The same apology over work on the site that leaves it running: no notice of maintenance.
UNDER_APOLOGY_STILL_RUNNING = opd_page(
    "Dinas Sosial Kota Bekasi",
    '<div class="alert alert-info text-center"><h2>Mohon Maaf</h2><p>Website Dinas Sosial Kota Bekasi sedang dalam'
    " proses pengembangan, namun layanan tetap berjalan seperti biasa.</p></div>",
    dept="Dinas Sosial",
)
ROAD_MAINTENANCE_NEWS = opd_news(
    "Pemeliharaan Jalan Ahmad Yani Ditarget Rampung Akhir Bulan",
    "<p>BEKASI &ndash; Dinas Bina Marga dan Sumber Daya Air (DBMSDA) Kota Bekasi melaksanakan pemeliharaan berkala"
    " ruas Jalan Ahmad Yani sepanjang 1,2 kilometer. Selama pekerjaan berlangsung, jalan <strong>sedang dalam"
    " pemeliharaan</strong> dan arus lalu lintas dialihkan sebagian ke Jalan Pramuka.</p><p>&ldquo;Mohon maaf atas"
    " ketidaknyamanannya. Kami akan segera kembali membuka seluruh lajur setelah pengaspalan selesai,&rdquo; ujar"
    " Kepala Bidang Jalan.</p>",
    dept="Dinas Bina Marga dan Sumber Daya Air",
)
ELECTRICITY_MAINTENANCE_NOTICE = opd_news(
    "Pengumuman: Pemeliharaan Jaringan Listrik PLN di Kecamatan Rawalumbu",
    "<p>Diberitahukan kepada warga bahwa PT PLN (Persero) UP3 Bekasi akan melaksanakan <b>pemeliharaan jaringan"
    " listrik</b> pada Sabtu pukul 09.00&ndash;15.00 WIB di Kel. Bojong Menteng, Sepanjang Jaya dan Pengasinan.</p>"
    "<p>Selama pemeliharaan, aliran listrik akan padam sementara. Layanan di kantor kecamatan tetap buka dengan"
    " genset.</p>",
    dept="Kecamatan Rawalumbu",
    category="Pengumuman",
)

# --- not found ------------------------------------------------------------------------------------------------------

# WordPress's index with no posts yet (the theme's content-none.php, in Indonesian): the site's home page.
NOTHING_FOUND_ID = opd_page(
    "Kelurahan Jatimakmur",
    '<section class="no-results not-found"><header class="page-header"><h1 class="page-title">Tidak Ditemukan Apa Pun'
    '</h1></header><div class="page-content"><p>Tampaknya kami tidak dapat menemukan apa yang Anda cari. Mungkin'
    ' pencarian dapat membantu.</p><form role="search" method="get" action="/"><input type="search" name="s">'
    "<button>Cari</button></form></div></section>",
    dept="Kelurahan Jatimakmur",
    body_class="home blog",
)
NOTHING_FOUND_ID_TWENTY = opd_page(
    "Kelurahan Jatimakmur",
    '<section class="no-results not-found"><header class="page-header"><h1 class="page-title">Tidak ada yang ditemukan'
    '</h1></header><div class="page-content"><p>Sepertinya kami tidak dapat menemukan apa yang Anda cari. Mungkin'
    ' pencarian dapat membantu.</p><form role="search" method="get" action="/"><input type="search" name="s">'
    "</form></div></section>",
    dept="Kelurahan Jatimakmur",
    body_class="home blog",
)
LINK_MAY_BE_BROKEN = opd_page(
    "Dinas Perpustakaan",
    '<div class="notfound"><h2>Maaf, tautan yang Anda ikuti mungkin rusak atau halaman telah dihapus.</h2>'
    '<p><a href="/">Kembali ke Beranda</a></p></div>',
    dept="Dinas Perpustakaan dan Kearsipan",
)
PAGE_MISSING_EN = opd_page(
    "Dinas Perpustakaan",
    '<div class="notfound"><h1>Page Missing</h1><p>We could not find the page you requested. It may have been moved or'
    " deleted.</p></div>",
    dept="Dinas Perpustakaan dan Kearsipan",
)
# The library's page for a book the catalogue lacks, in the not-found page's words, with its form.
COLLECTION_REQUEST_PAGE = opd_cms_page(
    "Usulan Koleksi Buku",
    "<p>Bila di katalog tampaknya kami tidak dapat menemukan apa yang Anda cari, ajukan usulan koleksi melalui"
    ' formulir berikut.</p><form action="/usulan" method="post"><input name="judul" placeholder="Judul buku">'
    '<input name="pengarang" placeholder="Pengarang"><button>Kirim Usulan</button></form>',
    dept="Dinas Perpustakaan dan Kearsipan",
)
TENDER_NO_DATA_HOME = opd_page(
    "Bagian Pengadaan Barang/Jasa",
    opd_home_posts()
    + '<section class="tender"><h3>Paket Tender Berjalan</h3><table class="table"><thead><tr><th>Kode</th><th>Nama'
    ' Paket</th><th>HPS</th></tr></thead><tbody><tr><td colspan="3" class="text-center">Data tidak ditemukan</td></tr>'
    "</tbody></table></section>",
    dept="Bagian Pengadaan Barang/Jasa Setda",
    body_class="home",
)
BROKEN_LINKS_NEWS = opd_news(
    "Error 404? Begini Cara Mengakses Katalog Online Perpustakaan yang Baru",
    "<p>Sejak katalog online dipindahkan ke alamat baru, sebagian pemustaka melaporkan muncul pesan &ldquo;404 Not"
    " Found&rdquo; atau &ldquo;Maaf, tautan yang Anda ikuti mungkin rusak atau halaman telah dihapus&rdquo; ketika"
    " membuka tautan lama. Halaman tidak ditemukan itu muncul karena tautan lama sudah tidak berlaku. Silakan akses"
    " katalog di <a href='https://opac.bekasikota.go.id'>opac.bekasikota.go.id</a>.</p>",
    dept="Dinas Perpustakaan dan Kearsipan",
)

# --- a hosting's default page and a listing --------------------------------------------------------------------------

NIAGAHOSTER_ONLINE = """<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>Selamat! Website Anda Sudah \
Online</title></head>
<body><section class="hero"><img src="https://www.niagahoster.co.id/assets/images/2019/logo-niagahoster.svg" \
alt="Niagahoster">
<h1>Selamat! Website Anda Sudah Online</h1><p>Halaman ini tampil karena belum ada konten di direktori public_html. \
Upload website Anda atau install WordPress dengan mudah melalui hPanel.</p>
<a href="https://www.niagahoster.co.id/panduan">Lihat Panduan</a></section></body></html>"""
HOSTING_GUIDE = opd_news(
    "Panduan: Mengganti Halaman Default Hosting dengan Website Kelurahan",
    "<p>Setelah akun hosting dibuat, kelurahan akan melihat halaman bertuliskan <em>&ldquo;Selamat! Website Anda Sudah"
    " Online&rdquo;</em> karena belum ada konten di direktori public_html. Itu artinya hosting sudah berjalan."
    " Langkah berikutnya:</p><ol><li>Login ke panel hosting.</li><li>Hapus file <code>index.html</code> bawaan di"
    " folder <code>public_html</code>.</li><li>Unggah paket WordPress kelurahan.</li></ol>",
    days=6,
    category="Artikel",
)
# nginx's fancyindex module with a theme (its header and footer files): the table's header, then the parent's row.
NGINX_FANCYINDEX = """<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" \
content="width=device-width, initial-scale=1"><title>Arsip File - Diskominfostandi</title>
<link rel="stylesheet" href="/fancyindex/theme.css"></head><body>
<div class="box box-breadcrumbs"><div class="box-header"><h1>Arsip File</h1><div class="breadcrumbs">\
<a href="/">Home</a> / </div></div></div>
<table id="list"><thead><tr><th style="width:55%"><a href="?C=N&amp;O=A">File Name</a>&nbsp;<a href="?C=N&amp;O=D">\
&nbsp;&darr;&nbsp;</a></th><th style="width:20%"><a href="?C=S&amp;O=A">File Size</a></th><th style="width:25%"><a \
href="?C=M&amp;O=A">Date</a></th></tr></thead>
<tbody><tr><td class="link"><a href="../">Parent directory/</a></td><td class="size">-</td><td class="date">-</td></tr>
<tr><td class="link"><a href="dokumen/" title="dokumen">dokumen/</a></td><td class="size">-</td><td class="date">\
2026-Dec-02 10:01</td></tr>
<tr><td class="link"><a href="foto-kegiatan/" title="foto-kegiatan">foto-kegiatan/</a></td><td class="size">-</td><td \
class="date">2026-Dec-01 08:11</td></tr>
<tr><td class="link"><a href="sql-dump-2026-11-30.sql" title="sql-dump-2026-11-30.sql">sql-dump-2026-11-30.sql</a></td>\
<td class="size">128.4 MiB</td><td class="date">2026-Nov-30 23:59</td></tr>
</tbody></table><footer>Diskominfostandi Kota Bekasi</footer></body></html>"""
# The department's downloads page: a table of its documents by file name, size and date, in the portal.
DOWNLOADS_PAGE = opd_cms_page(
    "Unduhan Dokumen",
    '<table class="wpdm-all-packages table"><thead><tr><th>File Name</th><th>File Size</th><th>Date</th></tr></thead>'
    '<tbody><tr><td><a href="/download/rkpd-2027/">RKPD_2027.pdf</a></td><td>4.2 MB</td><td>2026-12-01</td></tr>'
    '<tr><td><a href="/download/renstra-2024-2029/">Renstra_2024-2029.pdf</a></td><td>7.9 MB</td><td>2026-11-20</td>'
    '</tr><tr><td><a href="/download/lkjip-2025/">LKjIP_2025.pdf</a></td><td>3.1 MB</td><td>2026-03-30</td></tr>'
    "</tbody></table>",
    dept="Bappelitbangda",
)

# --- applications under a framework's title -------------------------------------------------------------------------

# A CodeIgniter 3 application whose view kept the welcome page's title: the department's own content under it.
CI_TITLE_COMMODITY_PRICES = """<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>Welcome to CodeIgniter\
</title><link rel="stylesheet" href="/assets/css/bootstrap.min.css"></head>
<body><nav class="navbar navbar-dark bg-success"><a class="navbar-brand" href="/">SI-TANI Dinas Ketahanan Pangan, \
Pertanian dan Perikanan</a></nav>
<div class="container mt-4"><h3>Harga Komoditas Hari Ini</h3><p>Jumat, 4 Desember 2026</p>
<table class="table table-striped"><tr><th>Komoditas</th><th>Harga (Rp/kg)</th></tr><tr><td>Beras Medium</td><td>13.200\
</td></tr><tr><td>Cabai Merah</td><td>42.000</td></tr><tr><td>Bawang Merah</td><td>36.500</td></tr><tr><td>Telur Ayam\
</td><td>28.000</td></tr></table>
<p><a href="/login">Login Petugas</a></p></div><footer class="text-center">&copy; 2026 DKPPP Kota Bekasi</footer>\
</body></html>"""
CI4_TITLE_COMMODITY_PRICES = CI_TITLE_COMMODITY_PRICES.replace(
    "<title>Welcome to CodeIgniter</title>", "<title>Welcome to CodeIgniter 4!</title>"
)
LARAVEL_TITLE_COMMODITY_PRICES = CI_TITLE_COMMODITY_PRICES.replace(
    "<title>Welcome to CodeIgniter</title>", "<title>Laravel</title>"
)
FAQ_WEBSITE_ERRORS = opd_cms_page(
    "Tanya Jawab (FAQ) Layanan Aplikasi",
    "<h3>Mengapa muncul tulisan &ldquo;Website sedang dalam perbaikan&rdquo;?</h3><p>Tulisan itu muncul ketika tim"
    " kami melakukan pemeliharaan terjadwal, biasanya Sabtu malam.</p><h3>Mengapa muncul &ldquo;Error establishing a"
    " database connection&rdquo;?</h3><p>Server basis data sedang sibuk. Tunggu beberapa menit lalu muat ulang"
    " halaman.</p><h3>Halaman yang saya cari tidak ditemukan (404)</h3><p>Gunakan kotak pencarian di kanan atas atau"
    " hubungi admin.</p>",
)

# A department's pages that the new rules must leave alone: applications under a framework's title, tutorials titled
# by an exception's message, an apology for work that leaves the site running, news of maintenance (a road's, the
# electricity's) and of an error corrected, a FAQ quoting errors, a home page with an empty table.


def cut_short(dept: str, printed: str) -> str:
    """Return the portal as PHP leaves it when its content fails: the header and the menu sent, then ``printed``,
    then nothing (no content, no sidebar, no footer)."""
    return (
        _HEAD.format(title=dept)
        + '<body class="home wp-theme-astra">\n<div id="page" class="hfeed site">'
        + _header(dept)
        + '<div id="content" class="site-content"><div class="ast-container">'
        + printed
    )


def small_notice(title: str, body: str) -> str:
    """Return an application's page replaced by a card of its vendor's: a logo, a notice, the team's name."""
    return (
        f'<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>{title}</title>'
        '<link rel="stylesheet" href="/assets/css/bootstrap.min.css"></head><body class="bg-light">'
        '<div class="container py-5"><div class="card mx-auto shadow-sm" style="max-width:640px"><div class="card-body '
        'text-center"><img src="/assets/img/logo-bekasi.png" alt="Logo Pemerintah Kota Bekasi" height="72">'
        f"{body}</div></div></div></body></html>"
    )


CI3_DATABASE_ERROR_CUT_SHORT = cut_short(
    "Dinas Kesehatan",
    '<div id="container"><h1>A Database Error Occurred</h1><p>Error Number: 1146</p><p>Table '
    "'db_dinkes.berita' doesn't exist</p><p>SELECT * FROM `berita` ORDER BY `tanggal` DESC LIMIT 5</p>"
    "<p>Filename: models/Berita_model.php</p><p>Line Number: 12</p></div>",
)
WORDPRESS_CRITICAL_ERROR_ID_CUT_SHORT = cut_short(
    "Dinas Kesehatan",
    '<div class="wp-die-message"><p>Telah terjadi kesalahan kritis di situs web ini.</p><p><a '
    'href="https://wordpress.org/documentation/article/faq-troubleshooting/">Pelajari lebih lanjut tentang '
    "pemecahan masalah WordPress.</a></p></div>",
)
APPLICATION_OFF_FOR_A_WHILE = small_notice(
    "SIMBADA - BPKAD Kota Bekasi",
    "<h4>SIMBADA BPKAD</h4><h5>Pengumuman</h5><p>Sehubungan dengan proses migrasi data aset tahun anggaran 2026, "
    "aplikasi SIMBADA tidak dapat diakses sementara.</p><p>Atas perhatiannya kami ucapkan terima kasih.</p>"
    "<p><small>Tim IT BPKAD Kota Bekasi</small></p>",
)
UPDATING_OUR_WEBSITE = small_notice(
    "Disparbud Kota Bekasi",
    "<h2>We're updating our website</h2><p>Our new website will be live soon. Meanwhile, follow us on "
    "Instagram @disparbud.bekasikota.</p>",
)
COUNTDOWN_BACK_ON = small_notice(
    "e-Retribusi Kota Bekasi",
    '<img src="/assets/img/maintenance.svg" alt="" height="160"><h3>Kami akan kembali pada 15 Desember 2026</h3>'
    '<div class="countdown" data-until="2026-12-15T08:00:00+07:00"><span>10</span> hari <span>06</span> jam</div>',
)
STILL_BEING_DEVELOPED = small_notice(
    "SIPEKA Kota Bekasi",
    "<h3>SIPEKA</h3><p>Aplikasi ini masih dalam tahap pengembangan oleh Tim Pengembang Diskominfostandi Kota "
    "Bekasi.</p><p>Informasi: helpdesk@bekasikota.go.id</p>",
)
ASSET_MIGRATION_NEWS = opd_news(
    "Migrasi Data Aset 2026, BPKAD Minta OPD Segera Validasi",
    "BPKAD Kota Bekasi meminta setiap perangkat daerah memvalidasi data aset sebelum migrasi. Selama proses "
    "berlangsung, aplikasi SIMBADA tetap dapat digunakan untuk melihat data tahun sebelumnya.",
)
NEW_WEBSITE_NEWS = opd_news(
    "Disparbud Luncurkan Website Wisata Baru",
    'Dinas Pariwisata dan Kebudayaan meluncurkan laman wisata.bekasikota.go.id. "Kami akan kembali menambah '
    'destinasi setiap bulan," kata Kepala Dinas. Warga dapat mengirim foto destinasi melalui formulir daring.',
)
DEVELOPMENT_NEWS = opd_news(
    "Aplikasi Layanan Kependudukan Terpadu Dikembangkan Bersama Disdukcapil",
    "Diskominfostandi bersama Disdukcapil mengembangkan aplikasi layanan terpadu. Aplikasi ini masih dalam tahap "
    "pengembangan, sementara layanan yang ada tetap dapat digunakan seperti biasa melalui loket dan laman Disdukcapil.",
)
DATABASE_TRAINING_NEWS = opd_news(
    "Pelatihan CodeIgniter bagi Operator OPD",
    "Peserta belajar membaca pesan seperti 'A Database Error Occurred' dan 'Error Number: 1146', lalu memperbaiki "
    "nama tabel di model. Pelatihan diikuti 40 operator dari 20 perangkat daerah.",
)

# Joomla 3's Protostar error page for a database whose session table is gone: every error of Joomla 3 is headed
# "The requested page can't be found.", the error itself is in the blockquote.
JOOMLA3_SESSION_TABLE = """<!DOCTYPE html>
<html xml:lang="id-id" lang="id-id" dir="ltr">
<head><meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>Error: 0</title>
<link href="/templates/protostar/css/template.css" rel="stylesheet" /></head>
<body class="site">
<div class="body"><div class="container"><div class="header"><div class="header-inner clearfix"><a class="brand \
pull-left" href="/"><span class="site-title" title="Disdik Kota Bekasi">Disdik Kota Bekasi</span></a></div></div>
<div class="row-fluid"><div id="content" class="span12"><h1 class="page-header">The requested page can't be found.</h1>
<div class="well "><div class="row-fluid"><div class="span6"><p><strong>An error has occurred while processing your \
request.</strong></p>
<p>You may not be able to visit this page because of:</p><ul><li>an <strong>out-of-date bookmark/favourite</strong>\
</li><li>a <strong>mistyped address</strong></li></ul></div>
<div class="span6"><p>If difficulties persist, please contact the website administrator and report the error below.\
</p></div></div>
<hr /><p>If difficulties persist, please contact the website administrator and report the error below.</p>
<blockquote><span class="label label-inverse">0</span> Table &#039;disdik_db.jos_session&#039; doesn&#039;t exist\
</blockquote></div></div></div></div></div>
<div class="footer"><div class="container"><hr /><p class="pull-right"><a href="#top" id="back-top">Back to Top</a>\
</p><p>&copy; 2026 Disdik Kota Bekasi</p></div></div>
</body></html>"""

# The second round: hostings' pages for an account past its term or over its quota, a server (the city's data
# centre's too) with no site on it, Drupal 10's fresh front page, Apache's 401 served with 200; and a department's
# home page under a banner of work on its look ("perbaikan tampilan; beberapa menu mungkin belum berfungsi").
QWORDS_EXPIRED = (
    '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Layanan Telah Berakhir -'
    ' Qwords.com</title><meta name="viewport" content="width=device-width,initial-scale=1">\n'
    '<link rel="stylesheet" href="https://www.qwords.com/assets/css/bootstrap.min.css"></head>\n'
    '<body style="background:#0f2a5f"><div class="container text-center text-white"'
    ' style="padding-top:10vh">\n'
    '<img src="https://www.qwords.com/assets/img/logo-qwords-white.png" alt="Qwords" height="50">\n'
    '<h1 class="mt-5">Masa Aktif Layanan Telah Berakhir</h1>\n'
    '<p class="lead">Hosting untuk domain <b>disperkimtan.bekasikota.go.id</b> telah melewati masa'
    " aktif dan saat ini tidak dapat diakses.</p>\n"
    "<p>Segera lakukan perpanjangan melalui Client Area agar website dan email Anda dapat kembali"
    " online. Data akan dihapus permanen 30 hari setelah tanggal jatuh tempo.</p>\n"
    '<a href="https://portal.qwords.com/clientarea.php" class="btn btn-warning btn-lg">Perpanjang'
    " Sekarang</a>\n"
    '<p class="mt-5 small">Butuh bantuan? Hubungi 0800-1-555-999 /'
    " support@qwords.com</p></div></body></html>"
)

EXABYTES_OVER_QUOTA = (
    '<!DOCTYPE html><html lang="id"><head><meta charset="UTF-8"><title>Kuota Melebihi Batas |'
    ' Exabytes Indonesia</title><meta name="viewport" content="width=device-width, initial-scale=1">\n'
    '<link rel="stylesheet" href="https://www.exabytes.co.id/assets/css/main.css"></head><body'
    ' class="exa-page">\n'
    '<nav class="exa-nav"><img src="https://www.exabytes.co.id/assets/images/exabytes-logo.svg"'
    ' alt="Exabytes"></nav>\n'
    '<section class="exa-hero"><div class="container"><h1>Akun Hosting Melebihi Kuota</h1>\n'
    "<p>Website ini sementara tidak dapat ditampilkan karena penggunaan sumber daya (disk / inode /"
    " bandwidth) telah melebihi kuota paket hosting.</p>\n"
    "<p>Pemilik akun dapat melakukan upgrade paket atau menghapus berkas yang tidak digunakan"
    " melalui cPanel.</p>\n"
    '<div class="cta"><a href="https://billing.exabytes.co.id" class="btn">Upgrade Paket</a> <a'
    ' href="https://support.exabytes.co.id" class="btn btn-outline">Hubungi'
    " Support</a></div></div></section>\n"
    "<footer>&copy; 2026 PT Exabytes Network Indonesia. All rights reserved.</footer></body></html>"
)

BIZNET_GIO_DEFAULT = (
    '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Biznet Gio - Default Page</title><meta'
    ' name="viewport" content="width=device-width, initial-scale=1"></head>\n'
    '<body style="font-family:Arial;background:#f0f4f8;text-align:center;padding-top:60px">\n'
    '<img src="https://www.biznetgio.com/assets/img/logo-biznetgio.svg" width="220" alt="Biznet'
    ' Gio">\n'
    "<h1>Welcome to your NEO Lite server</h1>\n"
    "<p>If you see this page, the web server on your Biznet Gio NEO Lite / Cloud instance is running"
    " but no website has been configured yet.</p>\n"
    "<p>Replace this page in <code>/var/www/html/index.html</code> or configure your virtual"
    " host.</p>\n"
    '<p><a href="https://kb.biznetgio.com">Knowledge Base</a> | <a'
    ' href="https://portal.biznetgio.com">Portal</a></p>\n'
    '<p style="font-size:12px;color:#666">&copy; 2026 PT Biznet Gio Nusantara</p></body></html>'
)

CITY_DATA_CENTRE_PLACEHOLDER = (
    '<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>Pusat Data Kota Bekasi -'
    ' Diskominfostandi</title><meta name="viewport" content="width=device-width, initial-scale=1">\n'
    '<link rel="stylesheet" href="/pusatdata/style.css"></head>\n'
    '<body><div class="wrap"><header><img src="/pusatdata/logo-kota-bekasi.png" alt="Pemerintah Kota'
    ' Bekasi" height="70"><div><h2>PUSAT DATA KOTA BEKASI</h2><small>Dinas Komunikasi, Informatika,'
    " Statistik dan Persandian</small></div></header>\n"
    '<section class="box"><h1>Server Aktif</h1>\n'
    "<p>Subdomain ini telah dialokasikan pada server Pusat Data Kota Bekasi namun aplikasi belum"
    " dipasang oleh Perangkat Daerah terkait.</p>\n"
    "<p>Bagi pengelola aplikasi, silakan unggah aplikasi ke direktori yang telah ditentukan atau"
    " ajukan permohonan penempatan aplikasi melalui layanan Helpdesk Diskominfostandi.</p>\n"
    "<p>Helpdesk: helpdesk@bekasikota.go.id &bull; Ext. 1234</p></section>\n"
    "<footer>&copy; 2026 Bidang Aplikasi Informatika - Diskominfostandi Kota"
    " Bekasi</footer></div></body></html>"
)

DRUPAL10_FRESH = (
    '<!DOCTYPE html><html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="Generator"'
    ' content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized"'
    ' content="width"><meta name="viewport" content="width=device-width, initial-scale=1.0">\n'
    '<title>Welcome! | Disbudpar Kota Bekasi</title><link rel="stylesheet" media="all"'
    ' href="/core/themes/olivero/css/base/base.css?s1a2b3"></head>\n'
    '<body class="path-frontpage"><a href="#main-content" class="visually-hidden focusable'
    ' skip-link">Skip to main content</a>\n'
    '<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper"'
    ' class="page-wrapper"><div id="page"><header id="header" class="site-header"'
    ' data-drupal-selector="site-header" role="banner">\n'
    '<div class="site-branding"><a href="/" title="Home" rel="home"'
    ' class="site-branding__name">Disbudpar Kota Bekasi</a></div></header>\n'
    '<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main"'
    ' class="layout-main"><div class="main-content"><a id="main-content" tabindex="-1"></a><div'
    ' class="main-content__container container">\n'
    '<div class="region region--content-above grid-full layout--pass--content-medium"><div'
    ' id="block-olivero-page-title" class="block block-core block-page-title-block"><h1 class="title'
    ' page-title">Welcome!</h1></div></div>\n'
    '<div class="region region--content grid-full layout--pass--content-medium" id="content"><div'
    ' id="block-olivero-content" class="block block-system block-system-main-block"><div'
    ' class="text-content"><p>You haven\'t created any frontpage content yet.</p>\n'
    "<h2>Congratulations and welcome to the Drupal community.</h2><p>Drupal is an open source"
    " platform for building amazing digital experiences. It's made, used, taught, documented, and"
    ' marketed by the <a href="https://www.drupal.org/community">Drupal community</a>.</p>\n'
    '<p>To get started, <a href="/node/add">add content</a> to your'
    " website.</p></div></div></div></div></div></div></div>\n"
    '<footer class="site-footer"><div class="site-footer__inner container"><div class="region'
    ' region--footer-bottom grid-full"><div id="block-olivero-powered" class="block block-system'
    ' block-system-powered-by-block"><span>Powered by <a'
    ' href="https://www.drupal.org">Drupal</a></span></div></div></div></footer></div></div></div></b'
    "ody></html>"
)

APACHE_401_SERVED_200 = (
    '<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">\n'
    "<html><head>\n"
    "<title>401 Unauthorized</title>\n"
    "</head><body>\n"
    "<h1>Unauthorized</h1>\n"
    "<p>This server could not verify that you\n"
    "are authorized to access the document\n"
    "requested.  Either you supplied the wrong\n"
    "credentials (e.g., bad password), or your\n"
    "browser doesn't understand how to supply\n"
    "the credentials required.</p>\n"
    "<hr>\n"
    "<address>Apache/2.4.41 (Ubuntu) Server at sipd.bekasikota.go.id Port 80</address>\n"
    "</body></html>"
)

HOME_UNDER_A_NEW_LOOK = (
    f'<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>Beranda - Dinas Tenaga Kerja'
    f" Kota Bekasi</title>\n"
    f'<meta name="viewport" content="width=device-width, initial-scale=1"><link'
    f' href="/assets/vendor/bootstrap/css/bootstrap.min.css" rel="stylesheet"><link'
    f' href="/assets/css/style.css" rel="stylesheet"></head>\n'
    f'<body><div class="top-bar bg-primary text-white py-1"><div class="container d-flex'
    f' justify-content-between"><span><i class="fa fa-map-marker"></i> Jl. Jend. Ahmad Yani No. 1,'
    f' Bekasi Selatan</span><span id="tanggal">{tanggal(days_ago(0), with_weekday=True)}</span></div></div>\n'
    f'<nav class="navbar navbar-expand-lg navbar-light bg-white shadow-sm"><div class="container"><a'
    f' class="navbar-brand" href="/"><img src="/assets/img/logo.png" height="48"> Dinas Tenaga'
    f" Kerja</a>\n"
    f'<ul class="navbar-nav ml-auto"><li class="nav-item"><a class="nav-link"'
    f' href="/">Beranda</a></li><li class="nav-item"><a class="nav-link"'
    f' href="/profil">Profil</a></li><li class="nav-item"><a class="nav-link"'
    f' href="/berita">Berita</a></li><li class="nav-item"><a class="nav-link"'
    f' href="/layanan">Layanan</a></li><li class="nav-item"><a class="nav-link"'
    f' href="/lowongan">Lowongan Kerja</a></li><li class="nav-item"><a class="nav-link"'
    f' href="/pengumuman">Pengumuman</a></li><li class="nav-item"><a class="nav-link"'
    f' href="/ppid">PPID</a></li><li class="nav-item"><a class="nav-link"'
    f' href="/kontak">Kontak</a></li></ul></div></nav>\n'
    f'<main class="py-4"><div class="container"><div class="alert alert-info">Website sedang dalam'
    f" perbaikan tampilan; beberapa menu mungkin belum berfungsi.</div>\n"
    f'<div class="row"><div class="col-md-8"><h3>Berita Terbaru</h3><div class="media mb-3"><div'
    f' class="media-body"><h5><a href="/berita/job-fair-2026">Job Fair Kota Bekasi 2026 Diikuti 60'
    f" Perusahaan</a></h5><small>{tanggal(days_ago(2))}</small><p>Sebanyak 60 perusahaan membuka"
    f" 2.400 lowongan.</p></div></div>\n"
    f'<div class="media mb-3"><div class="media-body"><h5><a href="/berita/pelatihan-blk">Pelatihan'
    f" Berbasis Kompetensi BLK Angkatan IV</a></h5><small>{tanggal(days_ago(4))}</small><p>UPTD BLK"
    f" membuka pelatihan menjahit, las, dan teknisi AC.</p></div></div></div></div></div></main>\n"
    f'<footer class="bg-dark text-white pt-4 pb-2"><div class="container"><div class="row"><div'
    f' class="col-md-6"><h5>Dinas Tenaga Kerja Kota Bekasi</h5><p>Jl. Jend. Ahmad Yani No. 1, Bekasi'
    f" Selatan, Kota Bekasi 17141<br>Telp (021) 8841 2345</p></div>\n"
    f'<div class="col-md-3"><h5>Tautan</h5><ul class="list-unstyled"><li><a'
    f' href="https://bekasikota.go.id">Pemkot Bekasi</a></li><li><a'
    f' href="https://kemnaker.go.id">Kemnaker RI</a></li></ul></div>\n'
    f'<div class="col-md-3"><h5>Pengunjung</h5><p>Hari ini: 87<br>Total: 92.114</p></div></div>\n'
    f'<p class="text-center small mt-3">Copyright &copy; 2026 Diskominfostandi. Dikembangkan oleh'
    f" Bidang Aptika.</p></div></footer>\n"
    f'<script src="/assets/vendor/jquery/jquery.min.js"></script><script'
    f' src="/assets/vendor/bootstrap/js/bootstrap.bundle.min.js"></script></body></html>'
)


# Platforms as installed, before a department put its content in: OpenSID's sample village, the Kominfo SPBE
# template's placeholders, SLiMS's stock library.
OPENSID_FRESH = (
    '<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>Website Desa'
    ' Contoh</title><meta name="viewport" content="width=device-width, initial-scale=1">\n'
    '<meta name="description" content="Website Resmi Desa Contoh"><link rel="stylesheet"'
    ' href="/themes/natra/assets/css/style.css"><link rel="shortcut icon"'
    ' href="/favicon.ico"></head>\n'
    '<body><div id="header"><img src="/assets/files/logo/opensid_logo.png" alt="Logo Desa"><h1>Desa'
    " Contoh</h1><p>Kecamatan Contoh, Kabupaten Contoh, Provinsi Contoh</p></div>\n"
    '<nav id="nav"><ul><li><a href="/">Beranda</a></li><li><a href="/first/artikel/1">Profil'
    ' Desa</a></li><li><a href="/first/statistik">Data Desa</a></li><li><a'
    ' href="/first/peta">Peta</a></li><li><a href="/layanan-mandiri">Layanan'
    " Mandiri</a></li></ul></nav>\n"
    '<div id="content"><div class="artikel"><h2>Selamat Datang di Website Desa</h2><p>Website ini'
    " dibangun menggunakan OpenSID, Sistem Informasi Desa yang dikembangkan oleh OpenDesa. Silakan"
    " login ke halaman admin untuk mulai mengisi konten website desa Anda.</p><p>Tanggal: 01 Januari"
    " 2024</p></div>\n"
    '<div class="artikel"><h2>Contoh Artikel</h2><p>Ini adalah contoh artikel. Silakan ubah atau'
    " hapus artikel ini melalui menu Admin Web.</p></div></div>\n"
    '<div id="sidebar"><div class="widget"><h3>Aparatur Desa</h3><p>Belum ada data</p></div><div'
    ' class="widget"><h3>Statistik Pengunjung</h3><p>Hari ini: 1<br>Total: 1</p></div></div>\n'
    "<footer>&copy; 2024 OpenSID v24.01 &middot; <a"
    ' href="https://opendesa.id">OpenDesa</a></footer></body></html>'
)

SPBE_TEMPLATE_FRESH = (
    '<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>Website Perangkat Daerah |'
    ' Template SPBE</title><meta name="viewport" content="width=device-width, initial-scale=1">\n'
    '<link rel="stylesheet" href="/assets/css/bootstrap.min.css"><link rel="stylesheet"'
    ' href="/assets/css/template-opd.css"></head>\n'
    '<body><header class="header"><div class="container"><a href="/" class="logo"><img'
    ' src="/assets/img/logo-default.png" alt="Logo"> <span>Nama Perangkat'
    " Daerah</span><small>Pemerintah Kabupaten/Kota</small></a>\n"
    '<nav><ul><li><a href="/">Beranda</a></li><li><a href="/profil">Profil</a></li><li><a'
    ' href="/berita">Berita</a></li><li><a href="/layanan">Layanan</a></li><li><a'
    ' href="/ppid">PPID</a></li><li><a href="/kontak">Kontak</a></li></ul></nav></div></header>\n'
    '<section class="slider"><div class="slide"><img src="/assets/img/slider-default.jpg"><div'
    ' class="caption"><h2>Selamat Datang di Website Perangkat Daerah</h2><p>Template website OPD'
    " berbasis SPBE dari Kementerian Komunikasi dan Informatika.</p></div></div></section>\n"
    '<section class="container berita"><h3>Berita Terkini</h3><div class="row">\n'
    '<div class="col-md-4"><div class="card"><img src="/assets/img/no-image.png"><div'
    ' class="card-body"><h5>Contoh Judul Berita Pertama</h5><p>Lorem ipsum dolor sit amet,'
    " consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore.</p><small>01 Januari"
    " 2024</small></div></div></div>\n"
    '<div class="col-md-4"><div class="card"><img src="/assets/img/no-image.png"><div'
    ' class="card-body"><h5>Contoh Judul Berita Kedua</h5><p>Ut enim ad minim veniam, quis nostrud'
    " exercitation ullamco laboris nisi ut aliquip ex ea commodo.</p><small>01 Januari"
    " 2024</small></div></div></div>\n"
    '<div class="col-md-4"><div class="card"><img src="/assets/img/no-image.png"><div'
    ' class="card-body"><h5>Contoh Judul Berita Ketiga</h5><p>Duis aute irure dolor in reprehenderit'
    " in voluptate velit esse cillum dolore eu fugiat nulla pariatur.</p><small>01 Januari"
    " 2024</small></div></div></div></div></section>\n"
    '<footer class="footer"><div class="container"><p>Alamat: Jl. Contoh No. 1, Kota'
    " Contoh<br>Email: email@domain.go.id | Telp: (021) 000000</p><p>&copy; Nama Perangkat Daerah."
    " Template by Kominfo.</p></div></footer></body></html>"
)

SLIMS_FRESH = (
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Senayan Library Management'
    ' System</title><meta name="viewport" content="width=device-width, initial-scale=1">\n'
    '<meta name="description" content="SLiMS (Senayan Library Management System) is an open source'
    ' Library Management System."><link href="/template/default/assets/css/app.css"'
    ' rel="stylesheet"></head>\n'
    '<body class="bg-grey-lightest"><header class="c-header"><div class="container"><a'
    ' href="index.php" class="c-header__brand"><img src="/images/default/logo.png"'
    ' alt="SLiMS"><div><h4>Senayan</h4><h6>Library Management System</h6></div></a>\n'
    '<nav><a href="index.php">Home</a> <a href="index.php?p=libinfo">Information</a> <a'
    ' href="index.php?p=news">News</a> <a href="index.php?p=help">Help</a> <a'
    ' href="index.php?p=login">Librarian LOGIN</a> <a href="index.php?p=member">Member'
    " Area</a></nav></div></header>\n"
    '<main class="container"><div class="jumbotron"><h1>Senayan</h1><p>Library Management System</p>\n'
    '<form action="index.php" method="get"><input type="text" name="keywords" placeholder="Enter one'
    ' or more keywords of the title you are looking for"><input type="hidden" name="search"'
    ' value="search"><button>Search</button></form></div>\n'
    '<section><h4>Select the topic you are interested in</h4><div class="topics"><a'
    ' href="index.php?subject=%22Computer%20Science%22">Computer Science</a> <a'
    ' href="index.php?subject=%22Religion%22">Religion</a> <a'
    ' href="index.php?subject=%22Social%20Sciences%22">Social Sciences</a></div></section>\n'
    "<section><h4>Popular Titles</h4><p>No popular titles yet</p></section></main>\n"
    '<footer class="c-footer"><p>This software and this template are released under GNU GPL License'
    " Version 3. &copy; 2024 Senayan Developer Community &mdash; SLiMS 9"
    " Bulian</p></footer></body></html>"
)


# A news list whose first item is titled with the code (a story of the city's web team), linked to its post.
HEADLINE_404_NEWS = opd_page(
    DEPARTMENT,
    "".join(
        '<article class="post"><h2 class="entry-title">'
        f'<a href="/{days_ago(days):%Y/%m/%d}/{slug}/">{headline}</a></h2><div class="entry-meta">'
        f'<time class="entry-date" datetime="{days_ago(days):%Y-%m-%d}T09:00:00+07:00">{tanggal(days_ago(days))}</time>'
        f"</div><p>{summary}</p></article>"
        for headline, slug, days, summary in (
            (
                "404 Not Found: Cerita di Balik Layar Tim Web Pemkot",
                "cerita-tim-web",
                1,
                "Tim web Diskominfostandi berbagi cerita menjaga 120 situs perangkat daerah tetap menyala.",
            ),
            (
                "Rapat Koordinasi Triwulan IV Bersama Kepala Bidang",
                "rakor-triwulan-iv",
                3,
                "Rapat membahas capaian kinerja dan rencana kegiatan tahun depan.",
            ),
            (
                "Sosialisasi Keamanan Informasi bagi Operator OPD",
                "sosialisasi-keamanan",
                6,
                "Sebanyak 60 operator mengikuti sosialisasi tentang kata sandi dan pembaruan sistem.",
            ),
        )
    ),
    body_class="home blog",
)


LOOK_ALIKES = [
    pytest.param(HEADLINE_404_NEWS, id="news-list-headed-by-a-story-titled-404-not-found"),
    pytest.param(HOME_UNDER_A_NEW_LOOK, id="home-under-a-banner-of-work-on-its-look"),
    pytest.param(CI_TITLE_COMMODITY_PRICES, id="application-under-welcome-to-codeigniter"),
    pytest.param(CI4_TITLE_COMMODITY_PRICES, id="application-under-welcome-to-codeigniter-4"),
    pytest.param(LARAVEL_TITLE_COMMODITY_PRICES, id="application-under-laravel"),
    pytest.param(SQLSTATE_TUTORIAL, id="tutorial-titled-by-sqlstate"),
    pytest.param(UNDEFINED_VARIABLE_TUTORIAL, id="tutorial-titled-by-undefined-variable"),
    pytest.param(UNDER_APOLOGY_STILL_RUNNING, id="apology-for-work-that-leaves-the-site-running"),
    pytest.param(ROAD_MAINTENANCE_NEWS, id="news-of-a-roads-maintenance"),
    pytest.param(ELECTRICITY_MAINTENANCE_NOTICE, id="notice-of-the-electricitys-maintenance"),
    pytest.param(DATA_CORRECTION_NEWS, id="news-correcting-an-error"),
    pytest.param(FAQ_WEBSITE_ERRORS, id="faq-quoting-errors"),
    pytest.param(TENDER_NO_DATA_HOME, id="home-with-an-empty-table"),
]

# Each stand-in, the reason it is told by, the words quoted, and the department's page in its words (the application).
STAND_INS = [
    pytest.param(OPENSID_FRESH, "halaman_bawaan", "Desa Contoh", HOSTING_GUIDE, id="opensid-as-installed"),
    pytest.param(SPBE_TEMPLATE_FRESH, "halaman_bawaan", "Nama Perangkat Daerah", HOSTING_GUIDE, id="spbe-template"),
    pytest.param(
        SLIMS_FRESH, "halaman_bawaan", "Senayan Library Management System", HOSTING_GUIDE, id="slims-as-installed"
    ),
    pytest.param(
        QWORDS_EXPIRED, "halaman_bawaan", "telah melewati masa aktif", HOSTING_GUIDE, id="hosting-past-its-term"
    ),
    pytest.param(
        EXABYTES_OVER_QUOTA, "halaman_bawaan", "melebihi kuota", HOSTING_GUIDE, id="hosting-account-over-its-quota"
    ),
    pytest.param(
        BIZNET_GIO_DEFAULT, "halaman_bawaan", "no website has been configured", HOSTING_GUIDE, id="cloud-server-no-site"
    ),
    pytest.param(
        CITY_DATA_CENTRE_PLACEHOLDER,
        "halaman_bawaan",
        "telah dialokasikan",
        HOSTING_GUIDE,
        id="city-data-centre-subdomain-without-its-application",
    ),
    pytest.param(DRUPAL10_FRESH, "halaman_bawaan", "haven", HOSTING_GUIDE, id="drupal-10-fresh-front-page"),
    pytest.param(APACHE_401_SERVED_200, "galat_aplikasi", "Unauthorized", HOSTING_GUIDE, id="apache-401-served-200"),
    pytest.param(
        JOOMLA3_SESSION_TABLE,
        "galat_aplikasi",
        "jos_session' doesn't exist",
        DATABASE_TRAINING_NEWS,
        id="joomla3-database-error-under-its-not-found-heading",
    ),
    pytest.param(
        CI3_DATABASE_ERROR_CUT_SHORT,
        "galat_aplikasi",
        "A Database Error Occurred",
        DATABASE_TRAINING_NEWS,
        id="codeigniter-database-error-after-the-menu",
    ),
    pytest.param(
        WORDPRESS_CRITICAL_ERROR_ID_CUT_SHORT,
        "galat_aplikasi",
        "Telah terjadi kesalahan kritis",
        DATABASE_TRAINING_NEWS,
        id="wordpress-critical-error-indonesian-after-the-menu",
    ),
    pytest.param(
        APPLICATION_OFF_FOR_A_WHILE,
        "dalam_pemeliharaan",
        "tidak dapat diakses sementara",
        ASSET_MIGRATION_NEWS,
        id="application-named-off-for-a-while",
    ),
    pytest.param(
        UPDATING_OUR_WEBSITE, "dalam_pemeliharaan", "updating our website", NEW_WEBSITE_NEWS, id="updating-our-website"
    ),
    pytest.param(COUNTDOWN_BACK_ON, "dalam_pemeliharaan", "Kami akan kembali pada", NEW_WEBSITE_NEWS, id="countdown"),
    pytest.param(
        STILL_BEING_DEVELOPED,
        "dalam_pemeliharaan",
        "masih dalam tahap pengembangan",
        DEVELOPMENT_NEWS,
        id="application-still-being-developed",
    ),
    pytest.param(
        LARAVEL_IGNITION_DB,
        "galat_aplikasi",
        "SQLSTATE[HY000] [2002] Connection refused",
        LARAVEL_TRAINING_NEWS,
        id="laravel-ignition-sqlstate",
    ),
    pytest.param(
        LARAVEL_MISSING_APP_KEY,
        "galat_aplikasi",
        "No application encryption key has been specified",
        LARAVEL_DEPLOY_GUIDE,
        id="laravel-ignition-missing-app-key",
    ),
    pytest.param(
        DJANGO_OPERATIONAL_ERROR,
        "galat_aplikasi",
        "OperationalError",
        DEBUG_AUDIT_NEWS,
        id="django-debug-operational-error",
    ),
    pytest.param(
        SERVER_ERROR_IN_THEME,
        "galat_aplikasi",
        "Terjadi Kesalahan Pada Server",
        BANSOS_DATA_ERROR_NEWS,
        id="500-over-terjadi-kesalahan-in-theme",
    ),
    pytest.param(
        SERVER_ERROR_JOINED_HEADING,
        "galat_aplikasi",
        "500 | Terjadi Kesalahan Pada Server",
        DATA_CORRECTION_NEWS,
        id="500-terjadi-kesalahan-one-heading-in-theme",
    ),
    pytest.param(
        UNDER_APOLOGY_MAINTENANCE,
        "dalam_pemeliharaan",
        "sedang dalam proses perbaikan",
        ROAD_CLOSURE_APOLOGY,
        id="maintenance-under-mohon-maaf-in-theme",
    ),
    pytest.param(
        NOTHING_FOUND_ID,
        "halaman_tidak_ditemukan",
        "Tampaknya kami tidak dapat menemukan apa yang Anda cari",
        COLLECTION_REQUEST_PAGE,
        id="wordpress-tidak-ditemukan-apa-pun",
    ),
    pytest.param(
        NOTHING_FOUND_ID_TWENTY,
        "halaman_tidak_ditemukan",
        "Sepertinya kami tidak dapat menemukan apa yang Anda cari",
        TENDER_NO_DATA_HOME,
        id="wordpress-tidak-ada-yang-ditemukan",
    ),
    pytest.param(
        LINK_MAY_BE_BROKEN,
        "halaman_tidak_ditemukan",
        "tautan yang Anda ikuti mungkin rusak",
        BROKEN_LINKS_NEWS,
        id="tautan-mungkin-rusak",
    ),
    pytest.param(
        PAGE_MISSING_EN,
        "halaman_tidak_ditemukan",
        "We could not find the page you requested",
        BROKEN_LINKS_NEWS,
        id="could-not-find-the-page-you-requested",
    ),
    pytest.param(
        NIAGAHOSTER_ONLINE,
        "halaman_bawaan",
        "belum ada konten di direktori public_html",
        HOSTING_GUIDE,
        id="niagahoster-website-anda-sudah-online",
    ),
    pytest.param(
        NGINX_FANCYINDEX,
        "daftar_direktori",
        "Arsip File",
        DOWNLOADS_PAGE,
        id="nginx-fancyindex-themed",
    ),
]
