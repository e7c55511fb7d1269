"""Hostings', registrars' and applications' pages in the application's place that the checker read wrong.

- An Indonesian hosting's page for a site whose term ran out, worded with "untuk": "Masa aktif hosting untuk website
  ini telah berakhir", "Layanan hosting untuk domain ini telah berakhir"; a registrar's for a name "sudah terdaftar
  namun belum diarahkan ke hosting". Each read as the application.
- A native PHP application whose database is out of reach: ``mysqli_connect()``'s warning and the die() after it
  ("Gagal koneksi database"), or ``pg_connect()``'s warning and nothing else. Read as the application with an error
  printed in it (aktif), where nothing of the application is there.
- Small notices: "Sistem sedang dalam proses update", "Mohon maaf, sedang ada pemindahan server", Laravel's
  maintenance page translated ("503 Layanan Tidak Tersedia"), an application's down page that heads its "Server
  sedang dalam perbaikan" with a bare "503" (read as the server's error), a hosting's "Temporarily Unavailable" page
  ("is having technical difficulties"), Afternic's "This domain is available for purchase", "Site Under
  Development", a notice or a 404 drawn as a picture (its words in its alt), a page of nothing but its title
  "Maintenance Mode" (read as a blank page), GitLab Pages' "The page you're looking for could not be found", a
  department's "Sedang Berbenah", "Aplikasi sedang di-maintenance", "Aplikasi sementara ditutup"; a parking lander
  by its sponsored listings' disclaimer, a domain in its redemption period or on client hold; an application retired,
  or a site moved, saying so at its old address ("Aplikasi SIMPEG sudah tidak digunakan lagi", "Website Kami Telah
  Pindah"), read as not found there (not news of it, nor "sudah tidak tersedia pada hari Minggu").

The look-alikes are a department's own pages: news of a hosting's term in the portal, a login page that an old
application's "Deprecated:" heads (its form follows: the application is there), a single-page application's shell
under such a warning, news of a data update, a news item about a server move; and (``LOOK_ALIKES``) an announcement
of an update during which the service runs on, of a repair that is over, a FAQ quoting a hosting's page, and news
(a post the site dates) of another site's repair, of an outage, of a domain on sale and of a database down.
"""

from __future__ import annotations

import pytest
from stand_in_pages_real_web import NAME, department, small
from stand_in_pages_s23 import hosting_notice, registrar_page
from stand_in_pages_tails import news, notice, portal_news

# --- hostings and registrars -------------------------------------------------------------------------------------

MASA_AKTIF_HOSTING_BERAKHIR = hosting_notice(
    "Hosting Expired",
    "Masa Aktif Hosting untuk Website Ini Telah Berakhir",
    "<p>Website ini tidak dapat ditampilkan karena masa aktif layanannya telah berakhir. Pemilik website dapat"
    ' melakukan perpanjangan melalui <a href="https://member.niagahoster.co.id/">Member Area</a>.</p>',
    "Niagahoster",
)
LAYANAN_HOSTING_BERAKHIR = hosting_notice(
    "Layanan Berakhir",
    "Layanan Telah Berakhir",
    "<p>Layanan hosting untuk domain ini telah berakhir. Silakan lakukan perpanjangan melalui member area agar"
    " website dapat diakses kembali.</p>",
    "Qwords",
)
DOMAIN_BELUM_DIARAHKAN = registrar_page(
    "Domain belum aktif",
    "Rumahweb",
    "Domain dinkes-bekasi.id sudah terdaftar namun belum diarahkan ke hosting. Jika Anda pemilik domain ini, atur"
    " DNS melalui Client Area.",
    (("Client Area", "https://clientzone.rumahweb.com/"), ("Panduan DNS", "https://www.rumahweb.com/journal/dns/")),
    lang="id",
)
HOSTING_TERM_NEWS = portal_news(
    "Diskominfostandi Ingatkan Perangkat Daerah Soal Masa Aktif Hosting",
    "<p>Diskominfostandi mengingatkan agar perangkat daerah yang masih memakai hosting sendiri memeriksa masa aktif"
    " layanannya. Bila masa aktif hosting untuk website telah berakhir, website tidak dapat diakses warga. Seluruh"
    " website perangkat daerah dianjurkan pindah ke pusat data kota.</p>",
)

# --- a native PHP application whose database is out of reach ----------------------------------------------------

# config/koneksi.php: $conn = mysqli_connect(...) or die("Gagal koneksi database"); PHP prints its warning first.
MYSQLI_WARNING_THEN_DIE = small(
    "SIMPEG - BKPSDM Kota Bekasi",
    "<br />\n<b>Warning</b>:  mysqli_connect(): (HY000/1045): Access denied for user 'simpeg'@'localhost' (using"
    " password: YES) in <b>/var/www/html/simpeg/config/koneksi.php</b> on line <b>7</b><br />\nGagal koneksi database",
    lang="id",
)
# $db = pg_connect(...); with no die(): the page's template reads nothing, and the output stops at the warning.
PG_CONNECT_WARNING_ONLY = small(
    "E-Arsip Kota Bekasi",
    "<br />\n<b>Warning</b>:  pg_connect(): Unable to connect to PostgreSQL server: connection to server at"
    ' "10.10.5.21", port 5432 failed: Connection refused in <b>/var/www/html/earsip/inc/db.php</b> on line'
    " <b>12</b><br />\n",
    lang="id",
)
# An old application on PHP 8: the warning, then its login form, which works.
LOGIN_UNDER_DEPRECATED = small(
    "Login - SIMPEG Kota Bekasi",
    "<br />\n<b>Deprecated</b>:  Required parameter $id follows optional parameter $mode in"
    " <b>/var/www/html/simpeg/lib/auth.php</b> on line <b>21</b><br />\n"
    """<div class="login-box"><div class="login-logo"><b>SIMPEG</b> Kota Bekasi</div>
<div class="card"><div class="card-body login-card-body"><p class="login-box-msg">Silakan masuk untuk memulai sesi</p>
<form action="/simpeg/login.php" method="post"><div class="input-group mb-3"><input type="text" name="nip"
class="form-control" placeholder="NIP"></div><div class="input-group mb-3"><input type="password" name="password"
class="form-control" placeholder="Kata sandi"></div>
<button type="submit" class="btn btn-primary btn-block">Masuk</button></form></div></div></div>""",
    lang="id",
)
# A Vue application's shell that the server's PHP prints a warning above: the script draws the application.
SPA_UNDER_DEPRECATED = small(
    "Sistem Antrean Puskesmas",
    "<br />\n<b>Deprecated</b>:  Creation of dynamic property App\\Kernel::$env is deprecated in"
    " <b>/var/www/antrean/bootstrap.php</b> on line <b>14</b><br />\n"
    '<div id="app"></div>\n<script type="module" src="/build/assets/app-4f2a91c3.js"></script>',
    lang="id",
)

# --- small notices -------------------------------------------------------------------------------------------------

SISTEM_SEDANG_UPDATE = small(
    "SIPD Kota Bekasi",
    """<div class="container"><div class="card mt-5"><div class="card-body text-center">
<img src="/assets/img/update.svg" alt="" width="220"><h3>Sistem sedang dalam proses update</h3>
<p>Mohon maaf atas ketidaknyamanan ini. Silakan coba beberapa saat lagi.</p></div></div></div>""",
    lang="id",
)
PEMINDAHAN_SERVER = notice("Mohon maaf, sedang ada pemindahan server. Aplikasi dapat diakses kembali pukul 15.00 WIB.")
# Laravel's 503 view (resources/views/errors/minimal.blade.php) with the lang/id translation of "Service Unavailable".
LARAVEL_DOWN_ID = small(
    "Layanan Tidak Tersedia",
    """<div class="relative flex items-top justify-center min-h-screen bg-gray-100 sm:items-center sm:pt-0">
<div class="max-w-xl mx-auto sm:px-6 lg:px-8"><div class="flex items-center pt-8 sm:justify-start sm:pt-0">
<div class="px-4 text-lg text-gray-500 border-r border-gray-400 tracking-wider">503</div>
<div class="ml-4 text-lg text-gray-500 uppercase tracking-wider">Layanan Tidak Tersedia</div></div></div></div>""",
    lang="id",
    head="<style>body{font-family:Nunito,sans-serif}.min-h-screen{min-height:100vh}</style>\n",
)
# An application's own down page: the status as its heading, the notice under it.
DOWN_PAGE_503 = small(
    "E-Office Kota Bekasi",
    """<div class="error-page text-center"><h1 class="display-1">503</h1><h3>Server sedang dalam perbaikan</h3>
<p>Mohon maaf atas ketidaknyamanannya. Silakan kembali beberapa saat lagi.</p>
<p><a href="mailto:eoffice@bekasikota.go.id">eoffice@bekasikota.go.id</a></p></div>""",
    lang="id",
)
# A hosting's page for a site it cannot serve for now.
TECHNICAL_DIFFICULTIES = small(
    "Temporarily Unavailable",
    """<div class="wrapper"><h1>Temporarily Unavailable</h1>
<p>The website that you're trying to reach is having technical difficulties and is currently unavailable.</p>
<p>We are aware of the issue and are working hard to fix it. Thank you for your patience.</p></div>""",
)
AFTERNIC_FOR_PURCHASE = registrar_page(
    "dinkesbekasi.com",
    "Afternic",
    "This domain is available for purchase. Make an offer or buy it now through our secure transfer service.",
    (
        ("Make an offer", "https://www.afternic.com/forsale/dinkesbekasi.com"),
        ("Learn more", "https://www.afternic.com/"),
    ),
)
# A notice drawn as a picture, its words in its alt: a vendor's quickest stand-in, and its 404 twin.
PICTURE_OF_A_NOTICE = small(
    "Dinas Kesehatan Kota Bekasi",
    """<div style="text-align:center;padding-top:40px"><img src="/assets/img/maintenance-2026.jpg" width="820"
alt="Website sedang dalam perbaikan"></div>
<p style="text-align:center;font-size:12px">&copy; 2026 Dinkes Kota Bekasi</p>""",
    lang="id",
)
PICTURE_OF_A_404 = small(
    "Dinas Kesehatan Kota Bekasi",
    """<div class="text-center"><img src="/assets/img/404.png" class="img-fluid" alt="404 Halaman tidak ditemukan">
<p><a href="/" class="btn btn-primary">Kembali ke beranda</a></p></div>""",
    lang="id",
)
SITE_UNDER_DEVELOPMENT = small(
    "Site Under Development",
    """<div class="container"><h1>Site Under Development</h1><p>We are working on something new. Please check back
later.</p></div>""",
)
# A maintenance plugin's page whose notice is its background picture: nothing but its title says it.
TITLED_BLANK_NOTICE = small(
    "Maintenance Mode",
    '<div class="mm-bg" style="background:url(/wp-content/uploads/2026/12/maintenance.jpg) center/cover;'
    'position:fixed;inset:0"></div>',
)
# GitLab Pages' 404 for a static site's address no longer deployed (the city's own GitLab), as its page writes it.
GITLAB_PAGES_404 = small(
    "The page you're looking for could not be found (404)",
    """<div class="container"><img src="data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=" alt="GitLab logo"><h1>404</h1>
<p><strong>The page you're looking for could not be found.</strong></p>
<p>The resource that you are attempting to access does not exist or you don't have the necessary permissions to
view it.</p><p>Make sure the address is correct and that the page hasn't moved.</p>
<p>Please contact your GitLab administrator if you think this is a mistake.</p>
<a href="javascript:history.back()" class="js-go-back go-back">Go back</a></div>""",
)
# A department's own words for it: tidying up, "di-maintenance", closed for a while.
SEDANG_BERBENAH = small(
    "Dinas Kesehatan Kota Bekasi",
    """<div class="box text-center"><img src="/assets/img/logo-dinkes.png" alt="" width="96"><h1>Sedang Berbenah</h1>
<p>Kami akan segera kembali dengan tampilan baru.</p></div>""",
    lang="id",
)
DI_MAINTENANCE = small(
    "SIMPEG Kota Bekasi",
    """<div class="text-center mt-5"><h1>&#9888;&#65039;</h1><h3>Aplikasi sedang di-maintenance</h3>
<p>Mohon maaf, silakan coba beberapa saat lagi.</p></div>""",
    lang="id",
)
SEMENTARA_DITUTUP = notice(
    "Aplikasi sementara ditutup. Informasi lebih lanjut hubungi BPKAD Kota Bekasi.", title="SIMDA"
)
MARKET_NEWS = news(
    "Pasar Kranji Baru Sedang Berbenah",
    "<p>Pasar Kranji Baru sedang berbenah: los pedagang ditata ulang dan atap diperbaiki. Aplikasi sementara ditutup"
    " pada hari libur, kata pengelola, dan pedagang tetap berjualan seperti biasa.</p>",
)
HOLIDAY_CLOSURE = small(
    "SIMDA Kota Bekasi",
    """<div class="container"><h3>Informasi Layanan</h3><p>Aplikasi sementara ditutup pada hari libur nasional,
25 Desember 2026. Pengajuan dapat dikirim kembali pada hari kerja berikutnya.</p>
<form action="/login" method="post"><input name="nip" placeholder="NIP"><input type="password" name="password">
<button>Masuk</button></form></div>""",
    lang="id",
)
# A parking service's lander on a lapsed domain: search links sold to advertisers, and the disclaimer under them.
PARKING_LANDER = small(
    "dinkes-bekasi.com",
    """<div id="container"><div class="header"><h1>dinkes-bekasi.com</h1></div><div class="related"><h2>Related
Searches</h2><ul><li><a href="/?q=Dinas+Kesehatan&amp;sid=ab12">Dinas Kesehatan</a></li><li><a
href="/?q=Rumah+Sakit+Bekasi&amp;sid=ab12">Rumah Sakit Bekasi</a></li><li><a href="/?q=Vaksin+Booster&amp;sid=ab12">
Vaksin Booster</a></li><li><a href="/?q=BPJS+Kesehatan&amp;sid=ab12">BPJS Kesehatan</a></li></ul></div>
<p class="footer">2026 Copyright. All Rights Reserved.<br>The Sponsored Listings displayed above are served
automatically by a third party. Neither the service provider nor the domain owner maintain any relationship with the
advertisers.</p><p><a href="/privacy">Privacy Policy</a></p></div>""",
)
# A registrar's page for a domain past its expiry, held for its owner to restore.
REDEMPTION_PERIOD = registrar_page(
    "dinkes-bekasi.id",
    "Registrar",
    "This domain is in redemption period. If you are the registrant, contact your registrar to restore it before it"
    " is deleted.",
    (("Restore", "https://registrar.example/restore"),),
)
CLIENT_HOLD = registrar_page(
    "Domain on hold",
    "Registrar",
    "This domain has been placed on client hold by its registrar. Contact the registrar for more information.",
    (("Support", "https://registrar.example/support"),),
)
# An application retired, or a site moved, saying so at its old address.
RETIRED_APPLICATION = small(
    "SIMPEG - BKPSDM Kota Bekasi",
    """<div class="container text-center py-5"><img src="/assets/img/logo-bkpsdm.png" alt="" width="120">
<h2>Aplikasi SIMPEG sudah tidak digunakan lagi</h2><p>Sejak 1 Juli 2026 pengelolaan data kepegawaian menggunakan
SIASN BKN. Silakan masuk melalui <a href="https://asn.bkn.go.id/">asn.bkn.go.id</a>.</p></div>""",
    lang="id",
)
SITE_MOVED = small(
    "Dinas Kesehatan Kota Bekasi",
    """<div class="box"><h1>Website Kami Telah Pindah</h1><p>Silakan kunjungi alamat baru kami:
<a href="https://dinkes.bekasikota.go.id/">dinkes.bekasikota.go.id</a></p></div>""",
    lang="id",
)
RETIREMENT_NEWS = news(
    "Aplikasi SIMPEG Sudah Tidak Digunakan Lagi, ASN Beralih ke SIASN",
    "<p>BKPSDM Kota Bekasi menyampaikan aplikasi SIMPEG sudah tidak digunakan lagi sejak Juli. Seluruh ASN kini"
    " memutakhirkan datanya di SIASN BKN.</p>",
)
SUNDAY_CLOSURE = small(
    "Layanan Antrean Online - RSUD Kota Bekasi",
    """<div class="container"><h3>Antrean Online</h3><p>Layanan ini sudah tidak tersedia pada hari Minggu dan hari
libur nasional.</p><form action="/antrean" method="post"><input name="nik" placeholder="NIK"><select name="poli">
<option>Poli Umum</option><option>Poli Gigi</option></select><button>Ambil Antrean</button></form></div>""",
    lang="id",
)
# A splash page: the city's banner as a picture, and the way in.
SPLASH_PAGE = small(
    "Dinas Kesehatan Kota Bekasi",
    """<div class="splash"><img src="/assets/img/banner-hari-kesehatan-2026.jpg" width="900"
alt="Selamat Datang di Website Resmi Dinas Kesehatan Kota Bekasi"><p><a href="/beranda">Masuk</a></p></div>""",
    lang="id",
)
DATA_UPDATE_NEWS = news(
    "Sistem Informasi Kepegawaian Diperbarui",
    "<p>BKPSDM Kota Bekasi memperbarui SIMPEG. Sistem sedang dalam proses update data pegawai hingga akhir pekan;"
    " layanan tetap berjalan seperti biasa.</p>",
)
SERVER_MOVE_NEWS = news(
    "Pemindahan Server Aplikasi ke Pusat Data Kota Rampung",
    "<p>Diskominfostandi menyelesaikan pemindahan server aplikasi perangkat daerah ke pusat data kota. Sebelumnya"
    " sedang ada pemindahan server selama dua pekan; kini seluruh aplikasi kembali normal.</p>",
)
DOMAIN_SALE_NEWS = news(
    "Waspadai Domain Tiruan Situs Pemerintah",
    "<p>Warga diminta waspada terhadap situs tiruan. Sebuah domain yang mirip nama dinas disebut available for"
    " purchase di situs lelang domain; situs resmi pemerintah selalu beralamat go.id.</p>",
)


# A department's pages in a notice's words: an announcement of work the service runs on through, or that is over, and
# a FAQ that quotes a hosting's page (pages of the CMS, undated); news of another site's repair and of an outage
# (posts, dated by the site). Each is the application.
def _page_of_the_cms(title: str, body: str) -> str:
    return department(
        main=f'<div class="page-header"><h1 class="page-title">{title}</h1></div>'
        f'<div class="page-content">{body}</div>',
        title=f"{title} – {NAME}",
    )


SIPD_UPDATE_ANNOUNCEMENT = _page_of_the_cms(
    "Aplikasi SIPD: Sistem Sedang dalam Proses Update",
    "<p>Mulai Senin, sistem sedang dalam proses update ke versi 2.0 secara bertahap. Layanan tetap dapat digunakan"
    " seperti biasa selama pembaruan berlangsung.</p>",
)
SIMPEG_REPAIR_OVER = _page_of_the_cms(
    "Pengumuman",
    "<p>Website Dinas Kesehatan sedang dalam perbaikan sejak Jumat karena kerusakan perangkat keras server. Sejak"
    " Senin pagi layanan kini sudah normal kembali dan warga dapat mengunduh formulir seperti biasa.</p>",
)
HOSTING_MESSAGE_FAQ = _page_of_the_cms(
    "Tanya Jawab: Website Tidak Bisa Dibuka",
    "<p>Jika muncul pesan <em>\u201cThe website that you're trying to reach is having technical difficulties and is"
    " currently unavailable\u201d</em>, hubungi admin Diskominfostandi di ekstensi 214.</p>",
)
OTHER_SITE_REPAIR_NEWS = news(
    "Website Disdukcapil Sedang Dalam Perbaikan, Warga Diminta Datang Langsung",
    "<p>Website Disdukcapil Kota Bekasi sedang dalam perbaikan sejak Senin. Warga yang akan mengurus dokumen diminta"
    " datang langsung ke kantor kecamatan.</p>",
)
OUTAGE_NEWS = news(
    "Server Down, Layanan Samsat Online Terganggu",
    "<p>Layanan Samsat online sedang mengalami gangguan karena server down. Petugas sedang melakukan perbaikan"
    " server.</p>",
)
DOMAIN_SALE_SCAM_NEWS = news(
    "Domain Ini Dijual? Waspada Penipuan Domain Mirip Situs Pemerintah",
    "<p>Penipu menawarkan domain mirip situs perangkat daerah dengan tulisan domain ini dijual. Situs resmi Pemerintah"
    " Kota Bekasi selalu beralamat bekasikota.go.id.</p>",
)
DATABASE_DOWN_NEWS = news(
    "Koneksi Database Gagal, Layanan Perekaman KTP-el Sempat Terhenti",
    "<p>Koneksi database gagal sejak pagi sehingga perekaman KTP-el di kantor kecamatan terhenti sementara.</p>",
)
LOOK_ALIKES = [
    pytest.param(SIPD_UPDATE_ANNOUNCEMENT, id="update-that-leaves-the-service-running"),
    pytest.param(SIMPEG_REPAIR_OVER, id="repair-that-is-over"),
    pytest.param(HOSTING_MESSAGE_FAQ, id="faq-quoting-a-hostings-page"),
    pytest.param(OTHER_SITE_REPAIR_NEWS, id="news-of-another-sites-repair"),
    pytest.param(OUTAGE_NEWS, id="news-of-an-outage"),
    pytest.param(DOMAIN_SALE_SCAM_NEWS, id="news-of-a-domain-on-sale"),
    pytest.param(DATABASE_DOWN_NEWS, id="news-of-a-database-down"),
]

# Each stand-in, the reason it is told by, the words quoted, and the department's page in its words (the application).
STAND_INS = [
    pytest.param(
        MASA_AKTIF_HOSTING_BERAKHIR,
        "halaman_bawaan",
        "Masa Aktif Hosting untuk Website Ini Telah Berakhir",
        HOSTING_TERM_NEWS,
        id="masa-aktif-hosting-untuk-website-ini",
    ),
    pytest.param(
        LAYANAN_HOSTING_BERAKHIR,
        "halaman_bawaan",
        "Layanan hosting untuk domain ini telah berakhir",
        HOSTING_TERM_NEWS,
        id="layanan-hosting-untuk-domain-ini-berakhir",
    ),
    pytest.param(
        DOMAIN_BELUM_DIARAHKAN,
        "halaman_bawaan",
        "sudah terdaftar namun belum diarahkan ke hosting",
        HOSTING_TERM_NEWS,
        id="domain-terdaftar-belum-diarahkan",
    ),
    pytest.param(
        MYSQLI_WARNING_THEN_DIE,
        "galat_aplikasi",
        "mysqli_connect()",
        LOGIN_UNDER_DEPRECATED,
        id="mysqli-warning-then-die",
    ),
    pytest.param(
        PG_CONNECT_WARNING_ONLY,
        "galat_aplikasi",
        "pg_connect(): Unable to connect to PostgreSQL server",
        SPA_UNDER_DEPRECATED,
        id="pg-connect-warning-only",
    ),
    pytest.param(
        SISTEM_SEDANG_UPDATE,
        "dalam_pemeliharaan",
        "Sistem sedang dalam proses update",
        DATA_UPDATE_NEWS,
        id="sistem-sedang-update",
    ),
    pytest.param(
        PEMINDAHAN_SERVER,
        "dalam_pemeliharaan",
        "sedang ada pemindahan server",
        SERVER_MOVE_NEWS,
        id="pemindahan-server",
    ),
    pytest.param(
        LARAVEL_DOWN_ID, "dalam_pemeliharaan", "Layanan Tidak Tersedia", SERVER_MOVE_NEWS, id="laravel-down-id"
    ),
    pytest.param(
        DOWN_PAGE_503, "dalam_pemeliharaan", "Server sedang dalam perbaikan", SERVER_MOVE_NEWS, id="503-over-a-notice"
    ),
    pytest.param(
        TECHNICAL_DIFFICULTIES,
        "dalam_pemeliharaan",
        "having technical difficulties",
        SERVER_MOVE_NEWS,
        id="technical-difficulties",
    ),
    pytest.param(
        PICTURE_OF_A_NOTICE,
        "dalam_pemeliharaan",
        "Website sedang dalam perbaikan",
        SPLASH_PAGE,
        id="picture-of-a-notice",
    ),
    pytest.param(
        PICTURE_OF_A_404, "halaman_tidak_ditemukan", "Halaman tidak ditemukan", SPLASH_PAGE, id="picture-of-a-404"
    ),
    pytest.param(
        SITE_UNDER_DEVELOPMENT,
        "dalam_pemeliharaan",
        "Site Under Development",
        SERVER_MOVE_NEWS,
        id="site-under-development",
    ),
    pytest.param(
        GITLAB_PAGES_404,
        "halaman_tidak_ditemukan",
        "The page you're looking for could not be found",
        HOSTING_MESSAGE_FAQ,
        id="gitlab-pages-404",
    ),
    pytest.param(SEDANG_BERBENAH, "dalam_pemeliharaan", "Sedang Berbenah", MARKET_NEWS, id="sedang-berbenah"),
    pytest.param(
        DI_MAINTENANCE, "dalam_pemeliharaan", "Aplikasi sedang di-maintenance", MARKET_NEWS, id="di-maintenance"
    ),
    pytest.param(
        SEMENTARA_DITUTUP, "dalam_pemeliharaan", "Aplikasi sementara ditutup", HOLIDAY_CLOSURE, id="sementara-ditutup"
    ),
    pytest.param(
        PARKING_LANDER,
        "domain_parkir",
        "Sponsored Listings displayed above are served",
        DOMAIN_SALE_SCAM_NEWS,
        id="parking-lander",
    ),
    pytest.param(
        REDEMPTION_PERIOD, "domain_parkir", "in redemption period", DOMAIN_SALE_SCAM_NEWS, id="redemption-period"
    ),
    pytest.param(CLIENT_HOLD, "domain_parkir", "placed on client hold", DOMAIN_SALE_SCAM_NEWS, id="client-hold"),
    pytest.param(
        RETIRED_APPLICATION,
        "halaman_tidak_ditemukan",
        "Aplikasi SIMPEG sudah tidak digunakan lagi",
        RETIREMENT_NEWS,
        id="retired-application",
    ),
    pytest.param(SITE_MOVED, "halaman_tidak_ditemukan", "Website Kami Telah Pindah", SUNDAY_CLOSURE, id="site-moved"),
    pytest.param(
        TITLED_BLANK_NOTICE, "dalam_pemeliharaan", "Maintenance Mode", SERVER_MOVE_NEWS, id="titled-blank-notice"
    ),
    pytest.param(
        AFTERNIC_FOR_PURCHASE,
        "domain_parkir",
        "This domain is available for purchase",
        DOMAIN_SALE_NEWS,
        id="afternic-available-for-purchase",
    ),
]
