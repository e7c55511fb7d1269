"""The tails of soft 404s, maintenance notices and printed errors, as the products and vendors serve them.

Themes' 404 templates inside the site's frame with the site's own title (a SEO plugin's template for every
page): Newspaper's and Newsmag's "Ooops... Error 404" written in <div>s above the theme's latest posts,
Astra's "This page doesn't seem to exist." (and its translation); a go.id portal's "URL tidak valid"; an
e-government application's root that is nothing but "Data tidak ditemukan" (as a page, or its API's JSON).
Small notices in the application's place: "Mohon maaf, website sedang dalam proses pengembangan", "sedang
dalam tahap migrasi server", "Website … akan segera hadir", "Sedang dalam perbaikan, silakan kunjungi
kembali nanti". Framework errors: Rails' development page ("Action Controller: Exception caught", a link for
every frame of its trace), CakePHP 2's and 4's "Missing Controller". Each is served with 200 (by a proxy in
front, or a server set up wrong).

The look-alikes are a department's own pages with the same words: news "Layanan Dukcapil Sedang Dalam
Perbaikan Jaringan", "Layanan SIAK Sedang Dalam Tahap Migrasi Server", "Aplikasi Antrean Online Puskesmas Akan
Segera Hadir", an article "404 ASN Belum Lapor SPT", a guide quoting "Allowed memory size … exhausted" or
CakePHP's exception, a search for a NIK without a result, a complaint form that says "URL tidak valid", a
login page whose feature is "masih dalam tahap pengembangan", a bridge "sedang dalam perbaikan".
"""

from __future__ import annotations

from html import escape

from stand_in_pages_real_web import NAME, Portal, department, portal_page, small
from vendor_pages import HEADLINES, days_ago, tanggal

_SITE_TITLE = f"{NAME} – Pemerintah Kota Bekasi"
_LOGO = '<img class="logo" src="/assets/img/logo-kota-bekasi.png" alt="Logo Pemerintah Kota Bekasi">'

# --- soft 404s -------------------------------------------------------------------------------------

# Newspaper's "OUR LATEST POSTS" under its 404: a thumbnail, a title and a date each.
_LATEST = "".join(
    f'<div class="td_module_flex td_module_flex_1"><div class="td-module-container"><div class="td-image-container">'
    f'<a href="/berita/{i}/" class="td-image-wrap"><img src="/wp-content/uploads/2026/11/berita-{i}.jpg"'
    f' alt=""></a></div><div class="td-module-meta-info"><h3 class="entry-title td-module-title"><a'
    f' href="/berita/{i}/">{escape(h)}</a></h3><span class="td-post-date"><time class="entry-date"'
    f' datetime="2026-11-{28 - i:02d}">{tanggal(days_ago(2 + i))}</time></span></div></div></div>'
    for i, h in enumerate(HEADLINES[:6])
)
# Newspaper's (tagDiv) 404 template: its words in <div>s, no heading, then the theme's latest posts.
NEWSPAPER_404 = department(
    title=NAME,
    main='<div class="td-main-content-wrap td-container-wrap"><div class="td-container"><div class="td-pb-row">'
    '<div class="td-pb-span12 td-main-content"><div class="td-404-head"><div class="td-404-title">Ooops... Error'
    ' 404</div><div class="td-404-sub-title">Sorry, but the page you are looking for doesn&#039;t exist.</div><div'
    ' class="td-404-sub-sub-title">You can go to the <a href="/">HOMEPAGE</a></div></div><h4 class="block-title">'
    f"<span>OUR LATEST POSTS</span></h4>{_LATEST}</div></div></div></div>",
)
_ASTRA_404 = (
    '<section class="error-404 not-found"><div class="ast-404-layout-1"><header class="page-header"><h1'
    ' class="page-title">{head}</h1></header><div class="page-content"><div class="page-sub-title">{sub}</div>'
    '<div class="ast-404-search"><div class="widget widget_search"><form role="search" method="get"'
    ' class="search-form" action="/"><label><span class="screen-reader-text">Search for:</span><input'
    ' type="search" class="search-field" placeholder="Search &hellip;" name="s"></label><input type="submit"'
    ' class="search-submit" value="Search"></form></div></div></div></div></section>'
)
# Astra's 404 (404-layout-1) in the portal, under the site's title.
ASTRA_404 = portal_page(
    Portal(
        main=_ASTRA_404.format(
            head="This page doesn&#039;t seem to exist.",
            sub="It looks like the link pointing here was faulty. Maybe try searching?",
        ),
        title=_SITE_TITLE,
    )
)
ASTRA_404_ID = portal_page(
    Portal(
        main=_ASTRA_404.format(
            head="Halaman ini sepertinya tidak ada.",
            sub="Sepertinya tautan yang mengarah ke sini salah. Mungkin coba cari?",
        ),
        title=_SITE_TITLE,
    )
)
# A go.id portal's answer for an address its router does not know, in its theme.
PORTAL_URL_TIDAK_VALID = department(
    main='<div class="col-md-8"><div class="panel panel-default"><div class="panel-body text-center">'
    '<h3 class="text-danger">URL tidak valid</h3><p>Silakan kembali ke <a href="/">halaman utama</a>.</p></div>'
    "</div></div>",
)
# An Indonesian e-government application's root opened without the record it shows (CodeIgniter's
# echo "Data tidak ditemukan";), as a page and as its API's JSON.
DATA_TIDAK_DITEMUKAN = small(
    "SIMPEG Kota Bekasi",
    '<div class="container"><h3 class="text-center">Data tidak ditemukan!</h3></div>',
    lang="id",
    head='<link rel="stylesheet" href="/assets/bootstrap/css/bootstrap.min.css">',
)
DATA_TIDAK_DITEMUKAN_JSON = '{"status":false,"message":"Data tidak ditemukan"}'

# --- maintenance -----------------------------------------------------------------------------------


def notice(body: str, title: str = NAME) -> str:
    """Return a vendor's small page in the application's place: the city's logo and a paragraph."""
    return small(
        title,
        f'<div class="container text-center py-5">{_LOGO}<div class="notice"><p class="lead">{body}</p>'
        '<p class="small">Informasi: <a href="mailto:diskominfo@bekasikota.go.id">diskominfo@bekasikota.go.id</a>'
        "</p></div></div>",
        lang="id",
        head="<style>body{background:#f4f6f9;font-family:Poppins,sans-serif} .logo{height:96px}</style>",
    )


IN_DEVELOPMENT = notice("Mohon maaf, website sedang dalam proses pengembangan. Terima kasih atas pengertiannya.")
IN_DEVELOPMENT_IN_THEME = department(
    main='<div class="card"><div class="card-body"><h2>Pemberitahuan</h2><p>Mohon maaf, website sedang dalam'
    " proses pengembangan. Informasi layanan dapat diperoleh melalui Call Center 112.</p></div></div>",
)
MIGRATING = notice("Mohon maaf, saat ini sedang dalam tahap migrasi server. Silakan kunjungi kembali nanti.")
COMING = notice("Website Dinas Kesehatan Kota Bekasi akan segera hadir.")
REPAIR_COME_BACK = notice("Sedang dalam perbaikan, silakan kunjungi kembali nanti.", title="E-Kinerja Kota Bekasi")

# --- errors instead of the page ----------------------------------------------------------------------

_RAILS_FRAMES = (
    "app/controllers/application_controller.rb:8:in `current_user'",
    "app/controllers/application_controller.rb:4:in `authenticate'",
    "activerecord (7.1.3) lib/active_record/connection_adapters/postgresql_adapter.rb:56:in `new_client'",
    "activerecord (7.1.3) lib/active_record/connection_adapters/abstract/connection_pool.rb:673:in `new_connection'",
    "activerecord (7.1.3) lib/active_record/connection_handling.rb:280:in `connection'",
    "actionpack (7.1.3) lib/abstract_controller/callbacks.rb:34:in `block in <module:Callbacks>'",
    "actionpack (7.1.3) lib/action_controller/metal/rescue.rb:22:in `process_action'",
    "railties (7.1.3) lib/rails/engine.rb:536:in `call'",
)
# Rails' development page (RAILS_ENV left at development): a link for every frame of its traces.
RAILS_CONNECTION_NOT_ESTABLISHED = small(
    "Action Controller: Exception caught",
    '<header role="banner"><h1>ActiveRecord::ConnectionNotEstablished</h1></header><main role="main"'
    ' id="container"><h2>connection to server at &quot;127.0.0.1&quot;, port 5432 failed: Connection refused\n'
    "\tIs the server running on that host and accepting TCP/IP connections?</h2><p><code>Rails.root:"
    ' /home/deploy/sipd</code></p><div id="traces-0"><a href="#" onclick="hide(\'Framework-Trace-0\');'
    'show(\'Application-Trace-0\');return false;">Application Trace</a> | <a href="#">Framework Trace</a> |'
    ' <a href="#">Full Trace</a><div id="Application-Trace-0"><code class="traces">'
    + "".join(
        f'<a class="trace-frames trace-frames-0" data-frame-id="{i}" href="#">{escape(frame)}</a><br>'
        for i, frame in enumerate(_RAILS_FRAMES)
    )
    + '</code></div></div><h2 style="margin-top: 30px">Request</h2><p><b>Parameters</b>:</p><pre>None</pre>'
    '<div class="details"><a href="#" onclick="return toggleSessionDump()">Toggle session dump</a></div>'
    '<h2 style="margin-top: 30px">Response</h2><p><b>Headers</b>:</p><pre>None</pre></main>',
    head="<style>body{background-color:#FAFAFA;color:#333;margin:0px} pre.box{border:1px solid #EEE}</style>",
)
# CakePHP 2's error page in debug mode, in the default layout of a new application.
CAKEPHP2_MISSING_CONTROLLER = small(
    "CakePHP: the rapid development php framework: Missing Controller",
    '<div id="container"><div id="header"><h1><a href="https://cakephp.org">CakePHP: the rapid development php'
    ' framework</a></h1></div><div id="content"><h2>Missing Controller</h2><p class="error"><strong>Error:'
    ' </strong><em>PegawaiController</em> could not be found.</p><p class="error"><strong>Error: </strong>Create'
    " the class <em>PegawaiController</em> below in file: app/Controller/PegawaiController.php</p><pre>&lt;?php\n"
    'class PegawaiController extends AppController {\n\n}\n</pre><p class="notice"><strong>Notice: </strong>If'
    " you want to customize this error message, create app/View/Errors/missing_controller.ctp</p></div><div"
    ' id="footer"><a href="https://cakephp.org/" target="_blank"><img src="/img/cake.power.gif" alt="CakePHP:'
    ' the rapid development php framework"></a></div></div>',
    head='<link rel="stylesheet" type="text/css" href="/css/cake.generic.css">',
)
# CakePHP 4's development error page: the exception's class under its title.
CAKEPHP4_MISSING_CONTROLLER = small(
    "Missing Controller",
    '<header><div class="header-title"><h1 class="header-title-message"><span>Missing Controller</span></h1>'
    '<span class="header-type">Cake\\Http\\Exception\\MissingControllerException</span></div><div'
    ' class="header-help"><a target="_blank" href="https://book.cakephp.org/4/en/">Documentation</a> <a'
    ' target="_blank" href="https://api.cakephp.org/">API</a></div></header><div class="error-content"><div'
    ' class="error-contents"><p class="error"><strong>Error</strong> <em>PegawaiController</em> could not be'
    ' found.</p><p class="error"><strong>Error</strong> Create the class <em>PegawaiController</em> below in file:'
    " src/Controller/PegawaiController.php</p></div></div>",
)

# --- the application's own pages that look like the above ------------------------------------------


def _article(headline: str, body: str) -> str:
    return (
        f'<article class="post"><h1 class="entry-title">{headline}</h1><div class="entry-meta"><time'
        f' datetime="2026-12-01">{tanggal(days_ago(2))}</time> oleh Admin</div><div class="entry-content">{body}'
        "</div></article>"
    )


def news(headline: str, body: str) -> str:
    """Return a department's news item in its theme, titled by its headline."""
    return department(main=_article(headline, body), title=f"{headline} – {NAME}")


def portal_news(headline: str, body: str) -> str:
    """Return a news item in the second theme (the site's name as a heading, a sidebar of news)."""
    return portal_page(Portal(main=_article(headline, body), title=f"{headline} – {NAME}"))


DUKCAPIL_REPAIR_NEWS = portal_news(
    "Layanan Dukcapil Sedang Dalam Perbaikan Jaringan",
    "<p>Layanan perekaman KTP-el di kantor Disdukcapil terganggu karena perbaikan jaringan oleh Kemendagri."
    " Warga diminta datang kembali esok hari.</p>",
)
MIGRATION_NEWS = news(
    "Layanan SIAK Sedang Dalam Tahap Migrasi Server, Warga Diminta Bersabar",
    "<p>Disdukcapil Kota Bekasi menyampaikan bahwa layanan SIAK sedang dalam tahap migrasi server ke pusat data"
    " nasional. Pelayanan tatap muka tetap dibuka.</p>",
)
COMING_APP_NEWS = portal_news(
    "Aplikasi Antrean Online Puskesmas Akan Segera Hadir",
    "<p>Dinas Kesehatan Kota Bekasi menyiapkan aplikasi antrean daring untuk 42 puskesmas. Uji coba dimulai"
    " Januari 2027.</p>",
)
ASN_404_NEWS = department(
    title=f"404 ASN Belum Lapor SPT – {NAME}",
    main='<div class="td-post-header"><div class="td-post-title">404 ASN Belum Lapor SPT, BKPSDM Beri Tenggat Akhir'
    ' Desember</div><span class="td-post-date">1 Desember 2026</span></div><div class="td-post-content"><p>Sebanyak'
    " 404 ASN di lingkungan Pemerintah Kota Bekasi belum melaporkan SPT Tahunan. Halaman e-Filing yang mereka cari"
    " tidak ditemukan karena alamatnya berubah.</p></div>",
)
MEMORY_GUIDE = news(
    "Mengatasi Galat Allowed Memory Size Exhausted di WordPress OPD",
    "<p>Jika muncul pesan berikut: <code>Fatal error: Allowed memory size of 134217728 bytes exhausted (tried to"
    " allocate 20480 bytes) in /home/opd/public_html/wp-includes/class-wpdb.php on line 2349</code>, naikkan batas"
    " memori PHP di wp-config.php.</p><p>Tambahkan baris <code>define('WP_MEMORY_LIMIT', '256M');</code> lalu"
    " simpan.</p>",
)
CAKEPHP_GUIDE = news(
    "Panduan Pengembang: Galat di Aplikasi SIMPEG",
    "<p>Bila rute belum dibuat, CakePHP menampilkan pesan berikut: Cake\\Http\\Exception\\MissingControllerException."
    " Buat controller-nya di folder src/Controller, lalu jalankan ulang aplikasi.</p>",
)
NIK_SEARCH_NO_DATA = small(
    "Cek Status NIK – Disdukcapil Kota Bekasi",
    '<div class="container"><h1>Cek Status NIK</h1><form method="get" action="/cek"><label for="nik">NIK</label>'
    '<input id="nik" name="nik" value="3275012345678901"><button>Cari</button></form><div class="alert'
    ' alert-info">Data tidak ditemukan</div></div>',
    lang="id",
)
COMPLAINT_FORM_URL_INVALID = department(
    main='<div class="form-pengaduan"><h2>Formulir Pengaduan</h2><div class="alert alert-danger">URL tidak valid.'
    ' Periksa kembali tautan bukti yang Anda isi.</div><form method="post"><label>Nama</label><input name="nama">'
    '<label>Tautan bukti</label><input name="url" value="htp:/bukti"><button>Kirim</button></form></div>',
)
LOGIN_FEATURE_IN_DEVELOPMENT = small(
    "Login – E-Kinerja Kota Bekasi",
    '<div class="login-box"><h1>E-Kinerja</h1><p class="text-muted">Mohon maaf, fitur tanda tangan elektronik'
    ' masih dalam tahap pengembangan.</p><form method="post"><input name="username"><input type="password"'
    ' name="password"><button>Masuk</button></form></div>',
    lang="id",
)
BRIDGE_REPAIR = small(
    "Info Jalan – Dinas Bina Marga Kota Bekasi",
    '<div class="info"><h1>Info Jembatan</h1><p>Jembatan Kali Bekasi sedang dalam perbaikan. Mohon kembali lewat'
    " jalur lain bila dari arah Bulak Kapal.</p></div>",
    lang="id",
)
