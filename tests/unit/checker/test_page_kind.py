"""A page that answers HTTP 200 in the application's place, told from the application itself."""

from __future__ import annotations

import pytest
from integration.checker import framework_pages as frameworks
from integration.checker import stand_in_pages as pages
from integration.checker.vendor_pages import News, Site, days_ago, department_page, news_since
from page_kinds import kind_of
from pantau_testing import HOSTILE_BUDGET_S

from pantau_checker.core import availability
from pantau_checker.core.checks import CHECKS, judge_all, switched
from pantau_checker.core.checks.base import Observed
from pantau_checker.core.page import parse_page
from pantau_checker.core.page_kind import PageKind, classify, printed_error, redact
from pantau_common.registry.model import AppSpec
from pantau_contracts.status import DOWN_REASONS
from pantau_contracts.vocabulary import REASON_LABELS

URL = "https://dinkes.bekasikota.go.id/"


def small_page(title: str, body: str) -> str:
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title></head><body>{body}</body></html>"


def login_page(notice: str = "") -> str:
    """Return an application's own login page: small, few links, and the application all the same."""
    return small_page(
        "Login &ndash; SIMPEG BKPSDM Kota Bekasi",
        f"""{notice}<div class="login-box"><img src="/assets/logo.png" alt="Logo">
        <h1>SIMPEG</h1><p>Sistem Informasi Manajemen Kepegawaian</p>
        <form method="post" action="/login"><input name="username" placeholder="NIP">
        <input type="password" name="password"><button>Masuk</button></form>
        <a href="/lupa-password">Lupa kata sandi?</a>
        <p class="footer">&copy; 2026 BKPSDM Kota Bekasi</p></div>""",
    )


# --- default pages -------------------------------------------------------------------------------

TOMCAT = small_page(
    "Apache Tomcat/9.0.85",
    "<div id='navigation'><a href='https://tomcat.apache.org/'>Home</a> <a href='/docs/'>Documentation</a>"
    " <a href='/docs/config/'>Configuration</a> <a href='/examples/'>Examples</a> <a href='/manager/html'>Manager</a>"
    "</div><h1>Apache Tomcat/9.0.85</h1><h2>If you're seeing this, you've successfully installed Tomcat."
    " Congratulations!</h2><h3>Recommended Reading:</h3><h4><a href='/docs/security-howto.html'>Security"
    " Considerations How-To</a></h4>",
)
ROCKY_TEST_PAGE = small_page(
    "HTTP Server Test Page powered by: Rocky Linux",
    "<h1>HTTP Server Test Page</h1><p>This page is used to test the proper operation of an HTTP server after it"
    " has been installed on a Rocky Linux system. If you can read this page, it means that the software is"
    " working correctly.</p><h2>Just visiting?</h2><p>This website you are visiting is either experiencing"
    " problems or could be going through maintenance.</p>",
)
CPANEL_SHARED_IP = "<html>Apache is functioning normally</html>"
SUSPENDED = small_page(
    "Account Suspended",
    "<div class='content'><h1>This Account has been suspended.</h1>"
    "<p>Contact your hosting provider for more information.</p></div>",
)


@pytest.mark.parametrize(
    ("html", "quoted"),
    [
        (pages.NGINX, "Welcome to nginx!"),
        (pages.APACHE_IT_WORKS, "It works!"),
        (pages.apache_default("Ubuntu"), "Apache2 Ubuntu Default Page"),
        (pages.apache_default("Debian"), "Apache2 Debian Default Page"),
        (ROCKY_TEST_PAGE, "HTTP Server Test Page"),
        (pages.IIS, "IIS Windows Server"),
        (pages.LITESPEED, "LiteSpeed"),
        (TOMCAT, "Apache Tomcat/9.0.85"),
        (pages.CPANEL_DEFAULT, "Default Web Site Page"),
        (CPANEL_SHARED_IP, "Apache is functioning normally"),
        (pages.GODADDY_FUTURE_HOME, "Future home of something quite cool"),
        (pages.PLESK, "Web Server's Default Page"),
        (pages.AAPANEL, "the site is created successfully"),
        (pages.BT_PANEL, "站点创建成功"),
        (SUSPENDED, "has been suspended"),
    ],
)
def test_a_web_server_or_hosting_panel_default_page_is_halaman_bawaan_quoting_it(html: str, quoted: str) -> None:
    found = kind_of(html)
    assert found.kind == "halaman_bawaan"
    assert quoted in found.detail


@pytest.mark.parametrize(
    ("html", "quoted"),
    [
        (frameworks.XAMPP_DASHBOARD, "Welcome to XAMPP"),
        (frameworks.LARAVEL_WELCOME_5, "Laravel Docs Laracasts"),
        (frameworks.LARAVEL_WELCOME_8, "Laravel has wonderful"),
        (frameworks.LARAVEL_WELCOME_11, "Laravel has wonderful"),
        (frameworks.CODEIGNITER_WELCOME, "Welcome to CodeIgniter"),
        (frameworks.CODEIGNITER4_WELCOME, "Welcome to CodeIgniter 4"),
        (frameworks.DJANGO_INSTALL_WORKED, "The install worked successfully"),
        (frameworks.EXPRESS_WELCOME, "Welcome to Express"),
        (frameworks.OPENRESTY, "Welcome to OpenResty"),
        (frameworks.PHPINFO, "phpinfo()"),
        (frameworks.wordpress_fresh_install("id"), "Selamat datang di WordPress. Ini adalah pos pertama Anda"),
        (frameworks.wordpress_fresh_install("en"), "Welcome to WordPress. This is your first post"),
    ],
)
def test_a_frameworks_own_first_page_is_halaman_bawaan_quoting_it(html: str, quoted: str) -> None:
    found = kind_of(html)
    assert found.kind == "halaman_bawaan", found
    assert quoted in found.detail


@pytest.mark.parametrize("locale", ["id", "en"])
def test_a_coming_soon_placeholder_is_dalam_pemeliharaan(locale: str) -> None:
    found = kind_of(frameworks.under_construction(locale))
    assert found.kind == "dalam_pemeliharaan", found
    assert ("Segera Hadir" if locale == "id" else "Under Construction") in found.detail


HOSTING_LIMIT = small_page(
    "Resource Limit Is Reached",
    "<h1>Resource Limit Is Reached</h1><p>The website is temporarily unable to service your request as it"
    " exceeded resource limit. Please try again later.</p>",
)


@pytest.mark.parametrize(
    ("html", "kind", "quoted"),
    [
        (
            small_page("Website is under construction", "<div><h1>This website is under construction</h1></div>"),
            "dalam_pemeliharaan",
            "under construction",
        ),
        (
            small_page(
                "Site Temporarily Unavailable",
                "<h1>Site Temporarily Unavailable</h1><p>We apologize for the inconvenience. Please contact the"
                ' webmaster/ tech support immediately to have them rectify this.</p><p>error id: "bad httpd conf"</p>',
            ),
            "halaman_bawaan",
            "Site Temporarily Unavailable",
        ),
        (
            small_page(
                "Akun Ditangguhkan", "<h1>Akun hosting ini telah ditangguhkan</h1><p>Hubungi penyedia hosting.</p>"
            ),
            "halaman_bawaan",
            "ditangguhkan",
        ),
        (HOSTING_LIMIT, "halaman_bawaan", "Resource Limit Is Reached"),
        (
            small_page(
                "Bandwidth Limit Exceeded",
                "<h1>Bandwidth Limit Exceeded</h1><p>The server is temporarily unable to service your request due to"
                " the site owner reaching his/her bandwidth limit. Please try again later.</p>",
            ),
            "halaman_bawaan",
            "Bandwidth Limit Exceeded",
        ),
        (
            small_page(
                "Dinkes", "<h2>Mohon maaf, website sedang dalam proses pembaruan sistem.</h2><p>Kembali nanti.</p>"
            ),
            "dalam_pemeliharaan",
            "pembaruan",
        ),
        (
            small_page(
                "403 Forbidden",
                "<h1>Forbidden</h1><p>You don't have permission to access this resource.</p><hr>"
                "<address>Apache/2.4.52 (Ubuntu) Server at dinkes.bekasikota.go.id Port 80</address>",
            ),
            "galat_aplikasi",
            "Forbidden",
        ),
        ("<html><head></head><body></body></html>", "galat_aplikasi", "halaman kosong"),
        ("", "galat_aplikasi", "halaman kosong"),
        (
            "<!DOCTYPE html>\n<html>\n<head>\n<meta charset='utf-8'>\n</head>\n<body>\n\n</body>\n</html>\n",
            "galat_aplikasi",
            "halaman kosong",
        ),
    ],
)
def test_a_hosting_page_a_forbidden_page_or_a_blank_page_is_not_the_application(
    html: str, kind: str, quoted: str
) -> None:
    found = kind_of(html)
    assert found.kind == kind, found
    assert quoted in found.detail


@pytest.mark.parametrize(
    "html",
    [
        # A single-page app's shell: nothing to read before its script runs.
        "<!DOCTYPE html><html><head><title>Lapor</title><script type=module src='/assets/index.js'></script></head>"
        "<body><div id='app'></div></body></html>",
        "<html><head><title>SIMDA</title></head><frameset cols='20%,80%'><frame src='menu.php'>"
        "<frame src='utama.php'></frameset></html>",
        "<html><body style='margin:0'><iframe src='https://simda.bekasikota.go.id/app/' width='100%'>"
        "</iframe></body></html>",
        "<html><body><a href='/beranda'><img src='/splash.jpg' alt=''></a></body></html>",  # a splash image
    ],
)
def test_a_page_with_nothing_to_read_but_something_to_run_or_show_is_the_application(html: str) -> None:
    assert kind_of(html) == PageKind("aplikasi")


# An application built on a framework keeps its name about: none of these is the framework's page.
LARAVEL_APP_LOGIN = small_page(
    "Laravel",  # APP_NAME left as the framework's default, as many vendors leave it
    """<div class="min-h-screen flex flex-col items-center"><a href="/"><img src="/img/logo-bekasi.png" alt="Logo"></a>
    <h1>SIPEKA</h1><p>Sistem Informasi Pelaporan Kegiatan &ndash; Bappelitbangda Kota Bekasi</p>
    <form method="POST" action="https://sipeka.bekasikota.go.id/login"><input type="hidden" name="_token" value="x">
    <label for="email">Email</label><input id="email" type="email" name="email">
    <label for="password">Password</label><input id="password" type="password" name="password">
    <a href="https://sipeka.bekasikota.go.id/forgot-password">Forgot your password?</a><button>Log in</button></form>
    <p class="text-xs">Laravel v10.48.4 (PHP v8.2.18)</p></div>""",
)
TRAINING_NEWS = [
    News("Senin, 30 November 2026", "Diskominfostandi Gelar Pelatihan Laravel dan CodeIgniter bagi ASN"),
    News("Jumat, 27 November 2026", "Welcome to CodeIgniter: Materi Hari Pertama Bimtek Pengembang Aplikasi"),
    News("Kamis, 26 November 2026", "Aplikasi SIPD Versi Baru Sedang dalam Tahap Pengembangan"),
    News("Rabu, 25 November 2026", "Fitur Antrean Daring Puskesmas Segera Hadir"),
]


# A small department site on the default theme, its three news items above the sample post it kept.
WORDPRESS_SITE_KEEPING_THE_SAMPLE = (
    frameworks.wordpress_fresh_install("id")
    .replace(
        '<ul class="wp-block-post-template">',
        '<ul class="wp-block-post-template">'
        + "".join(
            f'<li class="wp-block-post"><h2 class="wp-block-post-title">'
            f'<a href="/2026/11/{day}/berita-{day}/">{title}</a>'
            f"</h2><div class='wp-block-post-excerpt'><p>{text}</p></div><time datetime='2026-11-{day}'>{day} November"
            " 2026</time></li>"
            for day, title, text in (
                ("27", "Posyandu Balita Serentak di 12 Kecamatan", "Dinas Kesehatan menggelar posyandu serentak."),
                ("20", "Vaksinasi HPV untuk Pelajar SD Kelas 5", "Vaksinasi dilaksanakan di sekolah masing-masing."),
                ("13", "Jadwal Layanan Puskesmas Selama Libur", "Puskesmas rawat inap tetap melayani 24 jam."),
            )
        ),
    )
    .replace(
        '<li class="wp-block-pages-list__item">'
        '<a href="https://dinkes.bekasikota.go.id/sample-page/">Sample Page</a></li>',
        "".join(
            f'<li class="wp-block-pages-list__item"><a href="/{slug}/">{slug.title()}</a></li>'
            for slug in (
                "profil",
                "visi-misi",
                "struktur",
                "layanan",
                "puskesmas",
                "ppid",
                "berita",
                "galeri",
                "kontak",
            )
        ),
    )
)


@pytest.mark.parametrize(
    "html",
    [
        LARAVEL_APP_LOGIN,
        WORDPRESS_SITE_KEEPING_THE_SAMPLE,
        department_page(Site(news=TRAINING_NEWS + news_since([3, 6, 9, 14]))),
        department_page(
            Site(main_extra="<p>Website ini dibangun dengan WordPress. Selamat datang di WordPress kami yang baru!</p>")
        ),
        login_page("<p class='info'>Fitur tanda tangan elektronik segera hadir.</p>"),
        login_page("<div class='alert'>Aplikasi ini sedang dalam tahap pengembangan; data masih uji coba.</div>"),
        small_page(
            "Proyek Jalan – Dinas PUPR",  # a department's project page, with its own menu
            "<nav>" + "".join(f"<a href='/p{i}'>Menu {i}</a>" for i in range(12)) + "</nav>"
            "<h1>Proyek Jalan Under Construction</h1><p>Pembangunan jalan Jl. Ahmad Yani berjalan 60 persen.</p>",
        ),
    ],
)
def test_an_application_naming_its_framework_or_a_coming_feature_is_the_application(html: str) -> None:
    assert kind_of(html) == PageKind("aplikasi")


# --- soft 404 ------------------------------------------------------------------------------------

WORDPRESS_ID_NOT_FOUND = """<section class="error-404 not-found"><header class="page-header">
<h1 class="page-title">Ups! Halaman itu tidak dapat ditemukan.</h1></header><div class="page-content">
<p>Sepertinya tidak ada yang ditemukan di lokasi ini. Mungkin coba salah satu tautan di bawah atau pencarian?</p>
<form role="search" method="get" action="/"><input type="search" name="s"></form></div></section>"""


@pytest.mark.parametrize(
    "html",
    [
        department_page(Site(title="Page not found – Dinas Kesehatan Kota Bekasi", main=pages.WORDPRESS_NOT_FOUND)),
        department_page(Site(main=pages.WORDPRESS_NOT_FOUND)),  # a theme that keeps the site's title
        department_page(Site(title="Halaman tidak ditemukan – Dinas Kesehatan", main=WORDPRESS_ID_NOT_FOUND)),
        department_page(Site(main=WORDPRESS_ID_NOT_FOUND)),
        small_page("404 Not Found", "<center><h1>404 Not Found</h1></center><hr><center>nginx</center>"),
        small_page(
            "404 Not Found",
            "<h1>Not Found</h1><p>The requested URL was not found on this server.</p><hr>"
            "<address>Apache/2.4.58 (Ubuntu) Server at dinkes.bekasikota.go.id Port 80</address>",
        ),
        small_page("Not Found", "<div class='flex'><div>404</div><div>Not Found</div></div>"),
        small_page(
            "Dinas Kesehatan Kota Bekasi",
            "<div class='error'><h1>404</h1>"
            "<h2>Maaf, halaman yang Anda cari tidak ditemukan atau telah dipindahkan.</h2>"
            "<a href='/'>Kembali ke beranda</a></div>",
        ),
        small_page("", "404 Page Not Found. The page you requested was not found."),
    ],
)
def test_a_page_that_says_it_was_not_found_is_a_soft_404(html: str) -> None:
    found = kind_of(html)
    assert found.kind == "halaman_tidak_ditemukan", found
    assert "\u201c" in found.detail


def test_an_error_status_is_left_to_the_status() -> None:
    assert kind_of(pages.NGINX, 404).is_app
    assert kind_of(pages.LARAVEL_DOWN, 503).is_app


# --- maintenance ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "html",
    [
        pages.maintenance_id("3 Desember 2026 pukul 08.00 WIB"),
        pages.maintenance_id(""),
        pages.MAINTENANCE_PLUGIN,
        pages.WORDPRESS_MAINTENANCE,
        pages.LARAVEL_DOWN,
        small_page(
            "Dinas Kesehatan Kota Bekasi",
            "<img src='/logo.png' alt='logo'><h2>Mohon maaf, situs sedang dalam pemeliharaan</h2>"
            "<p>Silakan kembali beberapa saat lagi.</p>",
        ),
        small_page("Site Maintenance", "<article><h1>We&rsquo;ll be back soon!</h1><p>&mdash; The Team</p></article>"),
        small_page("E-Perizinan", "<p>Aplikasi sedang maintenance hingga pukul 16.00 WIB.</p>"),
    ],
)
def test_a_maintenance_notice_with_or_without_a_date_is_dalam_pemeliharaan(html: str) -> None:
    assert kind_of(html).kind == "dalam_pemeliharaan"


# --- directory listings --------------------------------------------------------------------------

IIS_LISTING = """<html><head><title>sipkd.bekasikota.go.id - /uploads/</title></head><body>
<H1>sipkd.bekasikota.go.id - /uploads/</H1><hr><pre><A HREF="/">[To Parent Directory]</A><br><br>
 3/14/2026  9:12 AM        &lt;dir&gt; <A HREF="/uploads/2026/">2026</A><br>
12/30/2025 11:00 PM      4404019 <A HREF="/uploads/backup.zip">backup.zip</A><br></pre><hr></body></html>"""
PYTHON_LISTING = small_page(
    "Directory listing for /",
    "<h1>Directory listing for /</h1><hr><ul><li><a href='.env'>.env</a></li><li><a href='app/'>app/</a></li></ul><hr>",
)


@pytest.mark.parametrize("html", [pages.apache_listing(), pages.NGINX_LISTING, IIS_LISTING, PYTHON_LISTING])
def test_an_autoindex_listing_is_daftar_direktori(html: str) -> None:
    found = kind_of(html)
    assert found.kind == "daftar_direktori"
    assert "/" in found.detail


# --- errors instead of the page ------------------------------------------------------------------

PHP_FATAL = (
    "<br />\n<b>Fatal error</b>:  Uncaught PDOException: SQLSTATE[HY000] [2002] Connection refused in "
    "/var/www/html/config/koneksi.php:5\nStack trace:\n#0 /var/www/html/config/koneksi.php(5): "
    "PDO-&gt;__construct('mysql:host=10.0...', 'simpeg', 'Rahasia#2026')\n#1 {main}\n  thrown in "
    "<b>/var/www/html/config/koneksi.php</b> on line <b>5</b><br />\n"
)
MYSQLI_AND_DIE = (
    "<br />\n<b>Warning</b>:  mysqli_connect(): (HY000/1045): Access denied for user 'dinkes'@'localhost' "
    "(using password: YES) in <b>/var/www/html/koneksi.php</b> on line <b>3</b><br />\nKoneksi gagal"
)
DJANGO_DEBUG = small_page(
    "OperationalError at /",
    "<div id='summary'><h1>OperationalError at /</h1><pre class='exception_value'>connection to server at "
    "&quot;10.0.0.5&quot;, port 5432 failed: Connection refused</pre><table class='meta'>"
    "<tr><th>Request Method:</th><td>GET</td></tr><tr><th>Django Version:</th><td>4.2.7</td></tr>"
    "<tr><th>Exception Type:</th><td>OperationalError</td></tr><tr><th>Exception Value:</th>"
    "<td><pre>connection to server at &quot;10.0.0.5&quot;, port 5432 failed: Connection refused</pre></td></tr>"
    "</table></div><div id='traceback'><h2>Traceback</h2></div><div id='explanation'><p>You&rsquo;re seeing this "
    "error because you have <code>DEBUG = True</code> in your Django settings file.</p></div>",
)
WERKZEUG = small_page(
    "sqlalchemy.exc.OperationalError // Werkzeug Debugger",
    "<div class='debugger'><h1>sqlalchemy.exc.OperationalError</h1><div class='detail'><p class='errormsg'>"
    "sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) could not connect to server</p></div>"
    "<h2 class='traceback'>Traceback <em>(most recent call last)</em></h2><div class='plain'><pre>"
    'Traceback (most recent call last):\n  File "/app/venv/lib/python3.11/site-packages/sqlalchemy/engine/base.py",'
    " line 145, in __init__</pre></div></div>",
)
ASPNET = small_page(
    "Login failed for user 'sa'.",
    "<span><H1>Server Error in '/' Application.<hr width=100% size=1 color=silver></H1>"
    "<h2> <i>Login failed for user 'sa'.</i> </h2></span><b> Description: </b>An unhandled exception occurred "
    "during the execution of the current web request.<br><br><b> Exception Details: </b>"
    "System.Data.SqlClient.SqlException: Login failed for user 'sa'.<br><br>",
)
TOMCAT_500 = small_page(
    "HTTP Status 500 – Internal Server Error",
    "<h1>HTTP Status 500 – Internal Server Error</h1><hr class='line' /><p><b>Type</b> Exception Report</p>"
    "<p><b>Exception</b></p><pre>java.lang.NullPointerException: Cannot invoke &quot;String.trim()&quot;\n"
    "\tcom.bekasikota.simpeg.web.BeritaServlet.doGet(BeritaServlet.java:42)\n"
    "\tjakarta.servlet.http.HttpServlet.service(HttpServlet.java:564)\n</pre>",
)
IGNITION = (
    "<!doctype html><html class='theme-light'><!--\nIlluminate\\Database\\QueryException: SQLSTATE[HY000] "
    "[2002] Connection refused\n--><head><meta charset='UTF-8'><title>🧨 SQLSTATE[HY000] [2002] Connection refused "
    "(Connection: mysql, SQL: select * from `berita`)</title></head><body><div id='app'></div>"
    "<script>window.data = {};</script></body></html>"
)
APACHE_500 = small_page(
    "500 Internal Server Error",
    "<h1>Internal Server Error</h1><p>The server encountered an internal error or misconfiguration and was "
    "unable to complete your request.</p>",
)


@pytest.mark.parametrize(
    ("html", "quoted"),
    [
        (pages.CODEIGNITER_DB_ERROR, "A Database Error Occurred"),
        (pages.WORDPRESS_DB_ERROR, "Error establishing a database connection"),
        (pages.LARAVEL_WHOOPS, "Whoops, looks like something went wrong"),
        (PHP_FATAL, "Fatal error: Uncaught PDOException: SQLSTATE[HY000] [2002]"),
        (MYSQLI_AND_DIE, "mysqli_connect(): (HY000/1045)"),
        (DJANGO_DEBUG, "Exception Value"),
        (WERKZEUG, "Traceback (most recent call last)"),
        (ASPNET, "Server Error in '/' Application"),
        (TOMCAT_500, "java.lang.NullPointerException"),
        (IGNITION, "SQLSTATE[HY000] [2002] Connection refused"),
        (APACHE_500, "500 Internal Server Error"),
    ],
)
def test_a_page_that_is_only_an_error_is_galat_aplikasi_quoting_it(html: str, quoted: str) -> None:
    found = kind_of(html)
    assert found.kind == "galat_aplikasi", found
    assert quoted in found.detail


@pytest.mark.parametrize(
    "site",
    [
        Site(body_top=pages.php_warning()),
        Site(main_extra=pages.php_warning(level="Deprecated", message="Function create_function() is deprecated")),
        Site(main_extra=pages.codeigniter_php_error()),
        Site(main_extra=pages.php_warning(level="Fatal error", message="Uncaught Error: Call to undefined function")),
        Site(body_end="<pre>SQLSTATE[42S02]: Base table or view not found: 1146 Table 'dinkes.agenda'</pre>"),
    ],
)
def test_an_error_printed_into_a_rendered_page_leaves_it_the_application_but_is_found(site: Site) -> None:
    page = parse_page(department_page(site), URL)
    assert classify(page).is_app
    error = printed_error(page)
    assert error is not None and not error.whole


def test_a_notice_on_a_small_login_page_is_an_error_shown_on_the_application() -> None:
    notice = pages.php_warning(level="Notice", message="Undefined index: pesan", path="/var/www/html/login.php")
    page = parse_page(login_page(notice), URL)
    error = printed_error(page)
    assert classify(page).is_app
    assert error is not None and not error.whole


# --- parked and expired domains ------------------------------------------------------------------

DAN = small_page(
    "dinkes-bekasi.com is for sale | Dan.com",
    "<header><a href='https://dan.com/'>Dan.com</a></header><h1>The domain name dinkes-bekasi.com is for sale</h1>"
    "<p>Buy now for $2,495 or make an offer.</p><a href='https://dan.com/buy-domain/dinkes-bekasi.com'>Buy now</a>",
)
GODADDY_PARKED = small_page(
    "dinkes-bekasi.com",
    "<h1>dinkes-bekasi.com</h1><p>This Web page is parked for FREE, courtesy of GoDaddy.com.</p>"
    "<a href='https://www.godaddy.com/domains'>Search for domains similar to dinkes-bekasi.com</a>",
)
NAMECHEAP = small_page(
    "dinkes-bekasi.com",
    "<div><h1>dinkes-bekasi.com</h1><p>This domain was recently registered at "
    "<a href='https://www.namecheap.com/'>Namecheap.com</a>. Please check back later!</p></div>",
)
EXPIRED_EN = small_page(
    "dinkes-bekasi.com",
    "<p>This domain name expired on 2026-10-14 and is pending renewal or deletion.</p>"
    "<a href='https://www.namecheap.com/myaccount/'>Renew now</a>",
)
DIJUAL = small_page("Domain Dijual", "<h1>Domain ini dijual</h1><p>Hubungi 0812-0000-0000 untuk penawaran.</p>")


@pytest.mark.parametrize(
    "html", [pages.sedo_parked(), pages.expired_domain(), DAN, GODADDY_PARKED, NAMECHEAP, EXPIRED_EN, DIJUAL]
)
def test_a_parked_sold_or_expired_domain_is_domain_parkir(html: str) -> None:
    found = kind_of(html)
    assert found.kind == "domain_parkir", found
    assert "\u201c" in found.detail


# --- no false alarm on real pages -----------------------------------------------------------------

NEWS_ABOUT_REPAIRS = news_since([1, 3, 6, 9])
NEWS_ABOUT_REPAIRS[0] = News(
    NEWS_ABOUT_REPAIRS[0].when, "Layanan Sedang Dalam Perbaikan Jaringan di Puskesmas Jatiasih"
)
NEWS_ABOUT_REPAIRS[1] = News(
    NEWS_ABOUT_REPAIRS[1].when, "Website Puskesmas Sedang Dalam Perbaikan, Warga Diminta Datang"
)
NEWS_ABOUT_REPAIRS[2] = News(NEWS_ABOUT_REPAIRS[2].when, "Halaman Tidak Ditemukan? Ini Cara Mengurus KTP Hilang")
ARTICLE_NOT_FOUND = """<article class="post"><h1 class="entry-title">Berkas Tidak Ditemukan, Warga Diminta Lapor</h1>
<p>Warga yang berkas kependudukannya tidak ditemukan saat pelayanan diminta melapor ke kelurahan.</p></article>"""
ARTICLE_ABOUT_SERVERS = """<article><h2>Diskominfostandi Migrasikan Server Aplikasi</h2>
<p>Saat migrasi, beberapa subdomain sempat menampilkan tulisan "Welcome to nginx!" atau "It works!" dan
"Index of /". Tim memastikan layanan berjalan kembali. Pesan seperti "Error establishing a database
connection" juga tidak lagi muncul. Pendaftaran on line 24 jam tetap dibuka.</p></article>"""


@pytest.mark.parametrize(
    "html",
    [
        department_page(),
        department_page(Site(news=NEWS_ABOUT_REPAIRS)),
        department_page(
            Site(title="Berkas Tidak Ditemukan, Warga Diminta Lapor – Disdukcapil", main=ARTICLE_NOT_FOUND)
        ),
        department_page(Site(main_extra=ARTICLE_ABOUT_SERVERS, generator="nginx")),
        department_page(Site(main_extra="<div class='stat'><h2>404</h2><p>Pengaduan selesai</p></div>")),
        login_page(),
        login_page(
            "<p class='info'>Akan dilakukan pemeliharaan sistem pada Sabtu, 5 Desember 2026 pukul 22.00 WIB.</p>"
        ),
        small_page(
            "Layanan Pemeliharaan Jalan – DBMSDA", "<h1>Pemeliharaan Jalan</h1><a href='/lapor'>Lapor jalan rusak</a>"
        ),
        small_page("Sistem Informasi Pemeliharaan Aset", "<h1>Pemeliharaan Aset Daerah</h1><a href='/login'>Masuk</a>"),
        small_page("Dinkes", "<p>Senin, 23 November 2026</p>"),  # the tests' own minimal pages
    ],
)
def test_a_real_page_is_the_application(html: str) -> None:
    page = parse_page(html, URL)
    assert classify(page) == PageKind("aplikasi")
    assert printed_error(page) is None


# --- the evidence keeps no secret ----------------------------------------------------------------


@pytest.mark.parametrize(
    "error",
    [
        PHP_FATAL,
        "<b>Warning</b>: pg_connect(): Unable to connect to PostgreSQL server: postgresql://simpeg:Rahasia2026@10.0.0.5"
        " in <b>/var/www/html/db.php</b> on line <b>4</b>",
        "SQLSTATE[28000] [1045] Access denied; DSN mysql:host=db;dbname=simpeg;user=simpeg;password=Rahasia2026",
        "Illuminate\\Database\\QueryException: SQLSTATE[HY000] "
        "(SQL: select * from `users` where `password` = Rahasia2026)",
        "<b>Fatal error</b>: Uncaught mysqli_sql_exception in /var/www/html/a.php:3 Stack trace: "
        "#0 /var/www/html/a.php(3): mysqli_connect('localhost', 'root', 'Rahasia2026') #1 {main} "
        "thrown in <b>/var/www/html/a.php</b> on line <b>3</b>",
    ],
)
def test_the_quoted_error_never_shows_a_password_or_credentials(error: str) -> None:
    page = parse_page(department_page(Site(body_top=error)), URL)
    found = printed_error(page)
    assert found is not None
    assert "Rahasia" not in found.evidence
    assert "Rahasia" not in redact(page.visible_text)


def test_redaction_keeps_what_is_no_secret() -> None:
    text = "Access denied for user 'dinkes'@'localhost' (using password: YES) in /var/www/html/koneksi.php"
    assert redact(text) == text


# --- the finding and the verdict -----------------------------------------------------------------


def observed(html: str) -> Observed:
    return Observed(AppSpec(id="dinkes-web", pd_id="dinkes", nama="Dinkes", url=URL), page=parse_page(html, URL))


def test_an_error_in_a_rendered_page_is_a_medium_security_finding_quoting_it() -> None:
    found = judge_all(switched(CHECKS), observed(department_page(Site(body_top=pages.php_warning()))))
    [finding] = [f for f in found if f.code == "galat_aplikasi_tampil"]
    assert (finding.severity, finding.category, finding.location) == ("sedang", "keamanan", "visible")
    assert "/var/www/html/dinkes/widget/agenda.php on line 27" in finding.evidence


@pytest.mark.parametrize("html", [department_page(), pages.CODEIGNITER_DB_ERROR, pages.NGINX])
def test_no_error_finding_for_a_clean_page_or_a_page_that_is_only_the_error(html: str) -> None:
    assert "galat_aplikasi_tampil" not in {f.code for f in judge_all(switched(CHECKS), observed(html))}


def test_a_page_in_the_applications_place_makes_it_tidak_aktif_with_its_reason() -> None:
    up = availability.from_status(200)
    nginx = kind_of(pages.NGINX)
    assert availability.from_page_kind(up, PageKind()) == up
    verdict = availability.from_page_kind(up, nginx)
    assert (verdict.availability, verdict.reason, verdict.detail) == ("tidak_aktif", "halaman_bawaan", nginx.detail)
    failed_login = availability.from_login(up, True, "penanda gagal ditemukan")
    assert availability.from_page_kind(failed_login, nginx).reason == "halaman_bawaan"


@pytest.mark.parametrize(
    ("kind", "retried"),
    [
        ("dalam_pemeliharaan", True),
        ("galat_aplikasi", True),
        ("halaman_bawaan", False),
        ("halaman_tidak_ditemukan", False),
        ("daftar_direktori", False),
        ("domain_parkir", False),
    ],
)
def test_only_what_may_pass_in_a_moment_is_retried_and_every_reason_is_a_labelled_down_reason(
    kind: str, retried: bool
) -> None:
    verdict = availability.from_page_kind(availability.from_status(200), PageKind(kind, "x"))  # type: ignore[arg-type]
    assert availability.worth_retrying(verdict) is retried
    assert kind in DOWN_REASONS and kind in REASON_LABELS


# --- cheap, whatever the page ----------------------------------------------------------------------


def test_the_prominent_headings_are_the_first_visible_h1_and_h2() -> None:
    page = parse_page(
        "<body><h2>Satu</h2><div style='display:none'><h1>Tersembunyi</h1></div><h3>Bukan</h3><h1>Dua</h1></body>", URL
    )
    assert page.headings == ("Satu", "Dua")


@pytest.mark.timeout(HOSTILE_BUDGET_S)
def test_a_hostile_page_full_of_near_errors_is_classified_quickly() -> None:
    noise = "Warning: x in y on line 1 Uncaught rror xception SQLSTATE[ Whoops Index of / " * 20_000
    page = parse_page(small_page("Index of /", f"<h1>Not Found</h1><p>{noise}</p>"), URL)
    classify(page)
    printed_error(page)


def test_the_quoted_error_does_not_change_with_the_clock_of_the_page_around_it() -> None:
    error = "<div class='alert'>SQLSTATE[HY000] [2002] Connection refused</div>"
    quotes = set()
    for clock in (days_ago(3), days_ago(0.4)):
        found = printed_error(parse_page(department_page(Site(body_top=error, clock=clock)), URL))
        assert found is not None
        quotes.add(found.evidence)
    assert quotes == {"SQLSTATE[HY000] [2002] Connection refused"}
