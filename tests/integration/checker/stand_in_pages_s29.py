"""Stand-ins in more words, and news about them: the tenth round's pages in an application's place.

- Maintenance said of an application by its name ("SIMPATDA Sedang Maintenance", in an AdminLTE card or as the
  content of the department's portal), closed "mulai … sampai dengan …" on a page of nothing but the notice, a
  "Migrasi Server" heading over "Website Dinas Pendidikan sedang dalam proses migrasi …", a named site "untuk
  sementara tidak dapat diakses karena pemindahan server" on a vendor's card, English notices ("Upgrade in
  progress", "Website Temporarily Unavailable", "The website is temporarily unavailable …"), OpenSID's "Halaman ini
  belum tersedia atau sedang dalam perbaikan" and a theme's "503" over "Layanan Tidak Tersedia … dalam pemeliharaan".
- Soft 404s: an application's "Data Tidak Ditemukan" over "halaman atau data yang Anda minta tidak ditemukan", and a
  Bootstrap alert "Error! Halaman yang diminta tidak ditemukan." where the portal's content goes.
- Default pages: Hostinger's for a domain pointed at it (in Indonesian and English), ISPConfig's, Bitnami's.
- Listings: Express's serve-index, and Apache's listing inside the department's header and footer (HeaderName).
- WordPress's database error as its Indonesian translations say it ("Galat saat membangun koneksi basis data").
- A domain switched off by the registry (PANDI's serverHold), suspended, or registered a moment ago and not pointed.

Each comes with a department's page in the same words, which is the application. ``LOOK_ALIKES`` adds the false
alarms of the round: news headlined with a default page's name, small articles of the department's portal that quote
a parking page ("This domain is for sale"), a server's welcome ("It works!", "Welcome to nginx!") or a notice in a
FAQ's question, an event's site and a page of news under "Coming Soon", a login page announcing work to come, a road's
repair in capitals. Dates are relative to today.
"""

from __future__ import annotations

from stand_in_pages_s27 import opd_cms_page, opd_news, opd_page, small_notice
from vendor_pages import days_ago, english, tanggal

BAPENDA = "Badan Pendapatan Daerah"
DISHUB = "Dinas Perhubungan"
DISDIK = "Dinas Pendidikan"


def _adminlte(title: str, card: str) -> str:
    """Return an AdminLTE 3 application's page replaced by its error-page card, as its vendor writes it."""
    return f"""<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>{title}</title>
<link rel="stylesheet" href="/assets/adminlte/plugins/fontawesome-free/css/all.min.css">
<link rel="stylesheet" href="/assets/adminlte/dist/css/adminlte.min.css"></head>
<body class="hold-transition layout-top-nav"><div class="wrapper"><div class="content-wrapper"><section class="content">
<div class="error-page"><div class="error-content"><i class="fas fa-cogs fa-3x text-warning"></i>{card}</div></div>
</section></div><footer class="main-footer"><strong>Copyright &copy; 2019-2026 <a href="#">Bapenda Kota Bekasi</a>.
</strong> All rights reserved.<div class="float-right d-none d-sm-inline-block"><b>Version</b> 3.1.0</div></footer>
</div>
<script src="/assets/adminlte/plugins/jquery/jquery.min.js"></script></body></html>"""


def _plain(title: str, body: str, lang: str = "id") -> str:
    """Return a page a server or a vendor writes by hand: a title, a few lines, a little style."""
    return f"""<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>
<style>body{{font:18px Helvetica,Arial,sans-serif;color:#333;text-align:center;padding:120px 20px}}</style></head>
<body>{body}</body></html>"""


def small_portal(title: str, main: str, dept: str = "Dinas Komunikasi, Informatika, Statistik dan Persandian") -> str:
    """Return a page of a department's small portal (Bootstrap, seven menu links, a short footer): a page of a few
    lines in it is small enough that its start is read."""
    menu = "".join(
        f'<li class="nav-item"><a class="nav-link" href="{href}">{label}</a></li>'
        for label, href in (
            ("Beranda", "/"),
            ("Profil", "/profil"),
            ("Berita", "/berita"),
            ("Layanan", "/layanan"),
            ("PPID", "/ppid"),
            ("Galeri", "/galeri"),
            ("Kontak", "/kontak"),
        )
    )
    return f"""<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>{title}</title>
<link rel="stylesheet" href="/assets/css/bootstrap.min.css"></head><body>
<div class="topbar small">(021) 88397927 &bull; diskominfo@bekasikota.go.id</div>
<header class="navbar navbar-expand-lg"><a class="navbar-brand" href="/">{dept}</a>
<nav><ul class="navbar-nav">{menu}</ul></nav></header>
<main class="container py-4">{main}</main>
<footer class="bg-dark text-white py-3"><p>&copy; 2026 {dept} Kota Bekasi. Jl. Jend. Ahmad Yani No. 1, Bekasi Selatan.
</p><a href="https://instagram.com/pemkotbekasi">Instagram</a></footer></body></html>"""


# --- maintenance ---------------------------------------------------------------------------------------------------

SIMPATDA_MAINTENANCE = _adminlte(
    "Maintenance | SIMPATDA Bapenda",
    "<h3>SIMPATDA Sedang Maintenance</h3><p>Untuk pembayaran pajak daerah sementara dapat dilakukan melalui loket "
    "Bapenda atau Bank bjb.</p><p>Terima kasih atas pengertian Wajib Pajak.</p>",
)
SIMPATDA_NEWS = opd_news(
    "SIMPATDA Sedang Maintenance Hingga Senin, Pembayaran Pajak Lewat Loket",
    "<p>Bapenda Kota Bekasi menginformasikan bahwa aplikasi SIMPATDA sedang dalam pemeliharaan hingga Senin. Selama "
    "pemeliharaan, pembayaran pajak daerah dilayani di loket Bapenda dan Bank bjb.</p>",
    dept=BAPENDA,
)
E_RETRIBUSI_CLOSED = small_notice(
    "e-Retribusi Dishub Kota Bekasi",
    f"<h4>e-Retribusi Dishub</h4><h5>Pemberitahuan</h5><p>Dalam rangka migrasi server, aplikasi e-Retribusi untuk "
    f"sementara tidak dapat diakses mulai {tanggal(days_ago(1))} sampai dengan {tanggal(days_ago(-2))}.</p>"
    "<p>Terima kasih atas pengertiannya.</p><p><small>Tim IT Dinas Perhubungan Kota Bekasi</small></p>",
)
# The application's login, announcing the same work to come above its form: the application.
E_RETRIBUSI_LOGIN_ANNOUNCING = small_notice(
    "Login - e-Retribusi Dishub Kota Bekasi",
    f'<div class="alert alert-info">Dalam rangka migrasi server, aplikasi e-Retribusi untuk sementara tidak dapat '
    f"diakses mulai {tanggal(days_ago(-3))} pukul 20.00 sampai dengan {tanggal(days_ago(-4))} pukul 06.00 WIB.</div>"
    '<h4>Masuk</h4><form method="post" action="/login"><input name="username" class="form-control" placeholder='
    '"NIP"><input type="password" name="password" class="form-control" placeholder="Kata sandi">'
    '<button class="btn btn-primary">Masuk</button></form><a href="/lupa-sandi">Lupa kata sandi?</a>',
)
SIMPATDA_IN_THEME = opd_page(
    f"SIMPATDA &#8211; {BAPENDA}",
    '<div class="text-center py-5"><h2>SIMPATDA Sedang Maintenance</h2><p>Silakan kembali beberapa saat lagi.</p>'
    "</div>",
    dept=BAPENDA,
)
# A department's page of a road repair, its heading in capitals throughout: a road's, not an application's.
ROAD_REPAIR_IN_CAPITALS = opd_cms_page(
    "JALAN AHMAD YANI SEDANG DALAM PERBAIKAN",
    "<p>Pengguna jalan diimbau melintasi Jalan Pekayon selama pekerjaan berlangsung.</p>",
    dept=DISHUB,
)
SERVER_MOVE_IN_THEME = opd_page(
    f"Beranda &#8211; {DISDIK}",
    '<div class="text-center py-5"><h2>Migrasi Server</h2><p>Website Dinas Pendidikan sedang dalam proses migrasi ke '
    "Pusat Data Pemerintah Kota Bekasi. Sementara waktu layanan tidak dapat diakses. Mohon maaf atas "
    "ketidaknyamanannya.</p><p>Informasi PPDB tetap dapat dilihat di akun media sosial resmi Dinas Pendidikan dan "
    "diumumkan melalui sekolah masing-masing. Pertanyaan seputar layanan dapat disampaikan melalui WhatsApp "
    "0812-8000-1234 pada jam kerja, Senin sampai Jumat pukul 08.00 sampai 16.00 WIB. Terima kasih atas perhatian "
    "Bapak/Ibu sekalian.</p></div>",
    dept=DISDIK,
)
SERVER_MOVE_NEWS = opd_news(
    "Migrasi Server ke Pusat Data Pemkot Rampung",
    "<p>Website Dinas Pendidikan sedang dalam proses migrasi ke Pusat Data Pemerintah Kota Bekasi sejak pekan lalu, "
    "dan kini sudah normal kembali.</p>",
    dept=DISDIK,
)
OFF_WHILE_MOVED = small_notice(
    f"{DISHUB} Kota Bekasi",
    "<h2>Pemberitahuan</h2><p>Website Dinas Perhubungan Kota Bekasi untuk sementara tidak dapat diakses karena "
    "pemindahan server ke Pusat Data Pemkot. Terima kasih atas pengertiannya.</p><p><small>Admin Web Dishub</small>"
    "</p>",
)
UPGRADE_IN_PROGRESS = _plain(
    "Site Upgrade in Progress",
    "<article><h1>Upgrade in progress</h1><div><p>We are currently upgrading our portal to a new version. During this "
    f"time the website is temporarily unavailable. Please check back after {english(days_ago(-3))}.</p>"
    "<p>&mdash; Diskominfo Kota Bekasi</p></div></article>",
    lang="en",
)
WEBSITE_TEMPORARILY_UNAVAILABLE = _plain(
    DISDIK,
    "<h1>Website Temporarily Unavailable</h1><p>We are migrating to a new server. Please check back after "
    f"{english(days_ago(-3))}.</p>",
    lang="en",
)
UNAVAILABLE_IN_THEME = opd_page(
    "Dinas Kesehatan",
    '<div class="text-center py-5"><h1>Temporarily Unavailable</h1><p>The website is temporarily unavailable while we '
    "migrate to a new server. Please check back later.</p></div>",
    dept="Dinas Kesehatan",
)
# A guide of the department's in English: a hosting's word quoted in a sentence of its own.
UNAVAILABLE_GUIDE = opd_cms_page(
    "Guide: Moving the Department's Site",
    "<p>When the website is temporarily unavailable for visitors abroad, check the firewall's country rules first. "
    "The portal itself keeps running during the move.</p>",
)
OPENSID_NOT_YET = opd_page(
    "Website Desa",
    '<div class="box box-danger"><div class="box-header"><h3 class="box-title">Maaf</h3></div><div class="box-body">'
    "<h4>Halaman ini belum tersedia atau sedang dalam perbaikan</h4><p>Silahkan kembali lagi ke halaman "
    '<a href="/">Beranda</a></p></div></div>',
    dept="Dinas Kependudukan dan Pencatatan Sipil",
)
SERVICE_503_ID = opd_page(
    "503 - Layanan Tidak Tersedia",
    '<div class="text-center py-5"><h1>503</h1><h3>Layanan Tidak Tersedia</h3><p>Server sedang sibuk atau dalam '
    "pemeliharaan. Coba beberapa saat lagi.</p></div>",
    dept=DISHUB,
)
SERVICE_503_NEWS = opd_news(
    "Layanan Tidak Tersedia Selama 2 Jam, Server e-Retribusi Kini Pulih",
    "<p>Warga sempat melihat pesan 503 saat membuka e-Retribusi pada Senin pagi. Layanan kini sudah normal "
    "kembali.</p>",
    dept=DISHUB,
)

# --- soft 404s -----------------------------------------------------------------------------------------------------

DATA_NOT_FOUND_APP = small_notice(
    "SIAK Terpusat - Cek Data",
    '<img src="/assets/img/not-found.svg" width="200" alt=""><h3>Data Tidak Ditemukan</h3><p>Maaf, halaman atau data '
    'yang Anda minta tidak ditemukan di server kami. (Error 404)</p><a class="btn btn-primary" href="/">Kembali</a>',
)
DATA_NOT_FOUND_NEWS = opd_news(
    "Data Tidak Ditemukan, Warga Diminta Perbarui NIK di Kelurahan",
    "<p>Warga yang datanya tidak ditemukan saat cek bansos diminta datang ke kelurahan membawa KTP dan KK.</p>",
)
ALERT_NOT_FOUND_IN_THEME = opd_page(
    "Disdukcapil",
    '<div class="alert alert-danger"><strong>Error!</strong> Halaman yang diminta tidak ditemukan.</div>',
    dept="Dinas Kependudukan dan Pencatatan Sipil",
)
# A short page whose alert heads news of no new cases: it names no page, it is the department's.
ALERT_NO_NEW_CASES = opd_page(
    "Info DBD &#8211; Dinas Kesehatan",
    '<div class="alert alert-warning"><strong>Perhatian:</strong> Tidak ditemukan kasus DBD baru pekan ini.</div>'
    "<p>Tetap lakukan 3M Plus di rumah masing-masing.</p>",
    dept="Dinas Kesehatan",
)

# --- default pages -------------------------------------------------------------------------------------------------

HOSTINGER_ID = """<!DOCTYPE html><html lang="id"><head><meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><title>Hostinger Web Hosting</title>
<meta name="robots" content="noindex, nofollow"></head><body><div class="page">
<header><a href="https://www.hostinger.co.id/?utm_source=default_page"><img
src="https://hpanel-main.hostinger.com/assets/images/logos/hostinger-white.svg" alt="Hostinger"></a></header>
<section class="hero"><h1>Website Anda sudah siap!</h1>
<p>Domain <strong>bapenda.bekasikota.go.id</strong> sudah diarahkan ke Hostinger. Untuk mulai, unggah website Anda atau
gunakan Pembuat Website / auto installer WordPress dari hPanel.</p><a class="btn" href="https://hpanel.hostinger.com">Buka
hPanel</a></section><section class="help"><h2>Perlu bantuan?</h2><p>Baca tutorial di Tutorial Hostinger.</p>
</section></div></body></html>"""
HOSTINGER_EN = _plain(
    "Hostinger Web Hosting",
    "<h1>Your website is ready!</h1><p>The domain dinkes.bekasikota.go.id is pointed to Hostinger. Upload your website "
    'or use the Website Builder / WordPress auto installer in hPanel.</p><a href="https://hpanel.hostinger.com">Go to '
    "hPanel</a>",
    lang="en",
)
HOSTING_MOVE_GUIDE = opd_cms_page(
    "Panduan Memindahkan Website OPD",
    "<p>Pastikan domain Anda sudah diarahkan ke Hostinger atau ke server Pusat Data Pemkot sebelum mengunggah berkas. "
    "Website Anda sudah siap setelah DNS menyebar, biasanya dalam 1 x 24 jam.</p>",
)
ISPCONFIG = _plain(
    "Welcome!",
    '<div id="wrapper"><h1>Welcome to your website!</h1><p>This page is the default page of your website, created by '
    'ISPConfig. Please upload your website content.</p><p>Powered by <a href="https://www.ispconfig.org">ISPConfig</a>'
    "</p></div>",
    lang="en",
)
BITNAMI = _plain(
    "Bitnami: Open Source. Simplified",
    '<div class="hero"><h1>Congratulations!</h1><p>You are now running Bitnami Apache 2.4.62 in the Cloud.</p></div>'
    '<div class="links"><a href="https://docs.bitnami.com/">Documentation</a> <a href="https://github.com/bitnami/'
    'vms/issues">Support</a></div>',
    lang="en",
)
CLOUD_GUIDE = opd_cms_page(
    "Panduan Server Awan untuk OPD",
    "<p>Server awan kota dipasang dari citra Bitnami dan Apache. Setelah aplikasi dipasang, halaman bawaannya diganti "
    "oleh tim Diskominfostandi.</p>",
)

# --- listings ------------------------------------------------------------------------------------------------------

_STAMP = f"{days_ago(1):%m/%d/%Y %I:%M:%S %p}"
EXPRESS_SERVE_INDEX = f"""<!DOCTYPE html><html><head><meta charset='utf-8'>
<meta name="viewport" content="width=device-width,initial-scale=1"><title>listing directory /</title>
<style>body {{ padding: 80px 100px; font: 13px "Helvetica Neue", "Lucida Grande", "Arial"; }}</style></head>
<body class="directory"><input id="search" type="text" placeholder="Search" autocomplete="off" />
<div id="wrapper"><h1><a href="/">~</a> / </h1><ul id="files" class="view-tiles">
<li><a href="/assets" class="icon icon-directory" title="assets"><span class="name">assets</span><span class="size">
</span><span class="date">{_STAMP}</span></a></li>
<li><a href="/config.json" class="icon icon-application-json" title="config.json"><span class="name">config.json</span>
<span class="size">812</span><span class="date">{_STAMP}</span></a></li></ul></div></body></html>"""
_ROW = f"{days_ago(1):%Y-%m-%d %H:%M}"
APACHE_LISTING_IN_FRAME = opd_page(
    "Index of /arsip",
    f"""<h1>Index of /arsip</h1><pre><img src="/icons/blank.gif" alt="Icon "> <a href="?C=N;O=D">Name</a>
<a href="?C=M;O=A">Last modified</a>      <a href="?C=S;O=A">Size</a>  <a href="?C=D;O=A">Description</a><hr><img
src="/icons/back.gif" alt="[PARENTDIR]"> <a href="/">Parent Directory</a>                             -
<img src="/icons/folder.gif" alt="[DIR]"> <a href="2025/">2025/</a>                   {_ROW}    -
<img src="/icons/layout.gif" alt="[   ]"> <a href="renstra.pdf">renstra.pdf</a>             {_ROW}  2.1M
<hr></pre>""",
    dept=BAPENDA,
)
DOCUMENTS_TABLE = opd_cms_page(
    "Unduhan Dokumen Perencanaan",
    '<table class="table"><thead><tr><th>Name</th><th>Last modified</th><th>Size</th></tr></thead><tbody><tr><td><a '
    f'href="/unduh/renstra.pdf">renstra.pdf</a></td><td>{_ROW}</td><td>2.1M</td></tr></tbody></table>',
    dept=BAPENDA,
)

# --- WordPress's database error, in Indonesian ------------------------------------------------------------------

_WP_DIE = """<!DOCTYPE html><html lang="id-ID"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width"><meta name='robots' content='max-image-preview:large, noindex,
follow'><title>Galat WordPress</title></head><body id="error-page"><div class="wp-die-message"><h1>{said}</h1></div>
</body></html>"""
WP_DB_GALAT = _WP_DIE.format(said="Galat saat membangun koneksi basis data")
WP_DB_KESALAHAN = _WP_DIE.format(said="Kesalahan saat membangun koneksi basis data")
WP_DB_SAMBUNGAN = _WP_DIE.format(said="Galat membangun sambungan basis data")
WP_DB_NEWS = opd_news(
    "Sempat Muncul Galat Koneksi Basis Data, Website Sekolah Kini Normal",
    "<p>Sejumlah website sekolah sempat tidak dapat dibuka pada Senin pagi karena server basis data penuh. Tim "
    "Diskominfostandi telah menambah kapasitas server.</p>",
)

# --- a registry's hold ---------------------------------------------------------------------------------------------

PANDI_HOLD = """<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">
<title>PANDI - Domain Dalam Status Hold</title></head><body><div class="container">
<img src="https://pandi.id/wp-content/uploads/2020/06/logo-pandi.png" alt="PANDI">
<h1>Domain Dinonaktifkan</h1><p>Nama domain ini sedang dalam status <b>serverHold</b> oleh Pengelola Nama Domain
Internet Indonesia (PANDI) karena masa aktif berakhir atau proses verifikasi dokumen belum lengkap.</p>
<p>Informasi lebih lanjut: <a href="https://pandi.id">pandi.id</a></p></div></body></html>"""
DOMAIN_SUSPENDED_EN = _plain(
    "Domain Suspended",
    "<h1>This domain has been suspended</h1><p>This domain name has been suspended by the registry (serverHold). "
    "Contact your registrar for more information.</p>",
    lang="en",
)
DOMAIN_NOT_YET_POINTED = _plain(
    "dishub-bekasi.id",
    "<h2>Domain belum aktif</h2><p>Domain ini baru saja didaftarkan dan belum diarahkan ke hosting mana pun.</p>",
)
DOMAIN_POLICY_NEWS = opd_news(
    "Domain Dinonaktifkan PANDI, Diskominfostandi Minta Sekolah Lengkapi Dokumen",
    "<p>Beberapa domain sekolah sempat dinonaktifkan karena dokumen persyaratan belum lengkap. Sekolah diminta "
    "melengkapi surat penunjukan pengelola.</p>",
)

STAND_INS = [
    (SIMPATDA_MAINTENANCE, "dalam_pemeliharaan", "SIMPATDA Sedang Maintenance", SIMPATDA_NEWS, "simpatda-maintenance"),
    (E_RETRIBUSI_CLOSED, "dalam_pemeliharaan", "tidak dapat diakses mulai", E_RETRIBUSI_LOGIN_ANNOUNCING, "closed"),
    (SIMPATDA_IN_THEME, "dalam_pemeliharaan", "SIMPATDA Sedang Maintenance", ROAD_REPAIR_IN_CAPITALS, "named-in-theme"),
    (SERVER_MOVE_IN_THEME, "dalam_pemeliharaan", "sedang dalam proses migrasi", SERVER_MOVE_NEWS, "migrasi-server"),
    (OFF_WHILE_MOVED, "dalam_pemeliharaan", "untuk sementara tidak dapat diakses", SERVER_MOVE_NEWS, "off"),
    (UPGRADE_IN_PROGRESS, "dalam_pemeliharaan", "Upgrade in Progress", UNAVAILABLE_GUIDE, "upgrade-in-progress"),
    (WEBSITE_TEMPORARILY_UNAVAILABLE, "dalam_pemeliharaan", "Website Temporarily", UNAVAILABLE_GUIDE, "unavailable"),
    (UNAVAILABLE_IN_THEME, "dalam_pemeliharaan", "website is temporarily", UNAVAILABLE_GUIDE, "unavailable-in-theme"),
    (OPENSID_NOT_YET, "dalam_pemeliharaan", "belum tersedia atau sedang dalam perbaikan", SIMPATDA_NEWS, "opensid"),
    (SERVICE_503_ID, "dalam_pemeliharaan", "Layanan Tidak Tersedia", SERVICE_503_NEWS, "503-layanan-tidak-tersedia"),
    (DATA_NOT_FOUND_APP, "halaman_tidak_ditemukan", "halaman atau data", DATA_NOT_FOUND_NEWS, "data-not-found"),
    (ALERT_NOT_FOUND_IN_THEME, "halaman_tidak_ditemukan", "yang diminta tidak", ALERT_NO_NEW_CASES, "alert-404"),
    (HOSTINGER_ID, "halaman_bawaan", "sudah diarahkan ke Hostinger", HOSTING_MOVE_GUIDE, "hostinger-id"),
    (HOSTINGER_EN, "halaman_bawaan", "pointed to Hostinger", HOSTING_MOVE_GUIDE, "hostinger-en"),
    (ISPCONFIG, "halaman_bawaan", "default page of your website", CLOUD_GUIDE, "ispconfig"),
    (BITNAMI, "halaman_bawaan", "You are now running Bitnami", CLOUD_GUIDE, "bitnami"),
    (EXPRESS_SERVE_INDEX, "daftar_direktori", "listing directory /", DOCUMENTS_TABLE, "express-serve-index"),
    (APACHE_LISTING_IN_FRAME, "daftar_direktori", "Index of /arsip", DOCUMENTS_TABLE, "apache-listing-in-frame"),
    (WP_DB_GALAT, "galat_aplikasi", "Galat saat membangun koneksi", WP_DB_NEWS, "wordpress-db-galat"),
    (WP_DB_KESALAHAN, "galat_aplikasi", "Kesalahan saat membangun", WP_DB_NEWS, "wordpress-db-kesalahan"),
    (WP_DB_SAMBUNGAN, "galat_aplikasi", "membangun sambungan basis data", WP_DB_NEWS, "wordpress-db-sambungan"),
    (PANDI_HOLD, "domain_parkir", "Domain Dinonaktifkan", DOMAIN_POLICY_NEWS, "pandi-server-hold"),
    (DOMAIN_SUSPENDED_EN, "domain_parkir", "This domain has been suspended", DOMAIN_POLICY_NEWS, "domain-suspended"),
    (DOMAIN_NOT_YET_POINTED, "domain_parkir", "baru saja didaftarkan", DOMAIN_POLICY_NEWS, "domain-not-yet-pointed"),
]

# --- the round's false alarms: the department's pages ---------------------------------------------------------------


def small_news(headline: str, body: str, days: int = 1) -> str:
    """Return a news item of the small portal: a post it dates (``<time datetime>``), its headline its title."""
    return small_portal(
        f"{headline} - Diskominfostandi Kota Bekasi",
        f'<article class="post"><h1 class="entry-title">{headline}</h1><div class="entry-meta"><time datetime='
        f'"{days_ago(days):%Y-%m-%d}T09:00:00+07:00">{tanggal(days_ago(days))}</time> &bull; Oleh: Humas</div>'
        f'<div class="entry-content">{body}</div><div class="share">Bagikan: <a href="#">Facebook</a> <a href="#">'
        "WhatsApp</a></div></article>",
    )


DEFAULT_PAGES_AUDIT_NEWS = small_news(
    "Audit Keamanan: 12 Subdomain OPD Masih Menampilkan Halaman Default Server",
    "<p>Diskominfostandi meminta OPD segera mengganti halaman tersebut dengan konten resmi sebelum akhir bulan.</p>",
)
HOSTING_DEFAULT_NEWS = small_news(
    "Subdomain Kelurahan Masih Menampilkan Halaman Bawaan Hosting",
    "<p>Diskominfostandi meminta kelurahan segera mengisi konten websitenya melalui pendampingan admin web.</p>",
)
_DATED = f'<p class="small text-muted">{tanggal(days_ago(2), with_weekday=True)}</p>'
GO_ID_ARTICLE = small_portal(
    "Mengapa Situs Pemerintah Wajib Memakai Domain go.id",
    f'<h1 class="h3">Mengapa Situs Pemerintah Wajib Memakai Domain go.id</h1>{_DATED}<p>Domain yang telah dilepas '
    "dapat dijual kembali oleh registrar (domain for sale). Jika domain tidak diperpanjang, pengunjung akan melihat "
    'tulisan "This domain is for sale" atau "Domain ini dijual".</p><p>Perangkat daerah yang memerlukan subdomain baru '
    "dapat mengajukan melalui layanan e-Ticketing.</p>",
)
SERVER_LESSON = small_portal(
    "Materi Bimtek: Memasang Web Server",
    f'<h1 class="h3">Modul 2: Memasang Apache dan Nginx</h1>{_DATED}<p>Setelah instalasi, buka http://localhost. '
    'Apache akan menampilkan halaman <b>"It works!"</b> dan Nginx menampilkan <b>"Welcome to nginx!"</b> &mdash; '
    "artinya server berhasil terpasang. Jangan biarkan halaman bawaan ini tampil di server produksi.</p>",
)
HELPDESK_FAQ = small_portal(
    "Helpdesk - Pertanyaan yang Sering Diajukan",
    f"""<h1 class="h3">FAQ Helpdesk Aplikasi</h1><p>Diperbarui {tanggal(days_ago(1))}</p>
<div class="accordion" id="faq"><div class="accordion-item"><h2 class="accordion-header"><button
class="accordion-button">Muncul tulisan "404 Not Found" saat membuka tautan lama?</button></h2><div
class="accordion-collapse collapse show"><div class="accordion-body">Tautan lama sudah dipindahkan ke alamat baru.
Gunakan menu pencarian.</div></div></div><div class="accordion-item"><h2 class="accordion-header"><button
class="accordion-button collapsed">Muncul "Sedang dalam pemeliharaan"?</button></h2><div class="accordion-collapse
collapse"><div class="accordion-body">Aplikasi sedang diperbarui, biasanya setiap Sabtu malam. Coba lagi setelah 30
menit.</div></div></div></div>""",
)
EXPO_SITE = small_portal(
    "Bekasi Expo 2027 - Coming Soon",
    f"""<h1>Bekasi Expo 2027</h1><p class="lead">Coming soon: pameran UMKM, teknologi dan kuliner terbesar di Kota
Bekasi.</p><a class="btn btn-success" href="/daftar-tenant">Daftar Tenant</a><div class="row"><div class="col">
<b>300</b> Slot tenant UMKM</div><div class="col"><b>5 Hari</b> 10&ndash;14 Maret 2027</div></div>
<h2>Kabar Terbaru</h2><ul><li>{tanggal(days_ago(1))} &mdash; Pendaftaran tenant dibuka</li>
<li>{tanggal(days_ago(6))} &mdash; Rapat persiapan panitia</li></ul>""",
    dept="Dinas Perdagangan dan Perindustrian",
)
COMING_SOON_OVER_NEWS = small_portal(
    "Bekasi Expo 2027",
    '<h1 class="entry-title">Coming Soon</h1><p>Bekasi Expo 2027 akan digelar 10&ndash;14 Maret 2027 di Summarecon. '
    f"Pendaftaran tenant dibuka {tanggal(days_ago(1))}.</p>"
    + "".join(
        f'<div class="card"><h5><a href="/berita/{slug}">{headline}</a></h5><small>{tanggal(days_ago(days))} &middot; '
        f"Admin</small><p>{summary}</p></div>"
        for slug, headline, days, summary in (
            ("jembatan-kali-bekasi", "Wali Kota Resmikan Jembatan Kali Bekasi", 0, "Menghubungkan Bekasi Timur."),
            ("pppk-guru", "Penerimaan PPPK Guru Diumumkan", 1, "Formasi 900 guru."),
            ("kota-layak-anak", "Bekasi Raih Penghargaan Kota Layak Anak", 2, "Kategori Nindya."),
        )
    ),
    dept="Dinas Perdagangan dan Perindustrian",
)

LOOK_ALIKES = [
    DEFAULT_PAGES_AUDIT_NEWS,
    HOSTING_DEFAULT_NEWS,
    GO_ID_ARTICLE,
    SERVER_LESSON,
    HELPDESK_FAQ,
    EXPO_SITE,
    COMING_SOON_OVER_NEWS,
    E_RETRIBUSI_LOGIN_ANNOUNCING,
    ROAD_REPAIR_IN_CAPITALS,
]
