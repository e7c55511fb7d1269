"""Pages in an application's place as the real web serves them, and the application's own look-alikes.

Each stand-in is written as its product prints it (``stand_in_pages_real_web``), including the hard
ones: a default page under a vendor's title, a "not found" page or a maintenance notice inside the
department's own theme with its menu and a sidebar of dated news, a parking page with a wall of ad
links, a listing with the dates of its files. The look-alikes use the same words and must stay the
application: news about road repairs, a tutorial on HTTP status codes, a document archive headed
"Index of /", a footer naming the server, a section still in development, a help page on errors.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from page_kinds import assert_kind, kind_of

from pantau_checker.core.page import parse_page
from pantau_checker.core.page_kind import PageKind, classify, printed_error

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "integration" / "checker"))
import stand_in_pages as pages
import stand_in_pages_real_web as web
from stand_in_pages_real_web import Portal, department, portal_page, small

URL = "https://dinkes.bekasikota.go.id/"


# --- default pages --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("html", "quoted"),
    [
        pytest.param(web.NGINX_CUSTOM_TITLE, "Welcome to nginx!", id="nginx-under-a-vendors-title"),
        pytest.param(web.NGINX_DEBIAN_OLD, "Welcome to nginx on Debian!", id="nginx-debian"),
        pytest.param(web.RHEL_HTTPD, "Test Page for the HTTP Server", id="rhel-httpd"),
        pytest.param(web.CENTOS7_HTTPD, "HTTP Server Test Page", id="centos7-httpd"),
        pytest.param(web.IIS85, "Internet Information Services 8", id="iis-8.5"),
        pytest.param(web.IIS7, "IIS7", id="iis-7"),
        pytest.param(web.OPENLITESPEED, "OpenLiteSpeed", id="openlitespeed"),
        pytest.param(web.CADDY, "Caddy works!", id="caddy"),
        pytest.param(web.TOMCAT10, "Apache Tomcat/10.1.19", id="tomcat-10"),
        pytest.param(web.CPANEL_SUSPENDED, "Account Suspended", id="cpanel-suspended"),
        pytest.param(web.PLESK_OBSIDIAN, "Domain Default page", id="plesk"),
        pytest.param(web.PLESK_ID, "Halaman Default Domain", id="plesk-indonesian"),
        pytest.param(web.DIRECTADMIN, "distributed with DirectAdmin", id="directadmin"),
        pytest.param(web.AAPANEL_CUSTOM, "the site is created successfully", id="aapanel-under-the-host-name"),
        pytest.param(web.NIAGAHOSTER_DEFAULT, "Website Anda Sudah Aktif", id="niagahoster"),
        pytest.param(web.RUMAHWEB_DEFAULT, "public_html", id="rumahweb"),
        pytest.param(web.IDCLOUDHOST_DEFAULT, "Halaman Default", id="idcloudhost"),
    ],
)
def test_a_web_server_or_hosting_default_page_as_served_is_halaman_bawaan(html: str, quoted: str) -> None:
    assert_kind(html, "halaman_bawaan", quoted)


# --- soft 404s ------------------------------------------------------------------------------------

SORRY_NOT_FOUND = "<section><h1>Maaf, halaman yang Anda cari tidak ditemukan</h1><p>Kembali ke beranda.</p></section>"


@pytest.mark.parametrize(
    ("html", "quoted"),
    [
        pytest.param(department(main=web.THEME_404_ID), "tidak ditemukan", id="theme-404-heading-after-404"),
        pytest.param(department(main=web.THEME_404_BARE), "tidak ada", id="theme-404-sentence-under-404"),
        pytest.param(portal_page(Portal(main=web.THEME_404_ID)), "tidak ditemukan", id="theme-site-name-h1-first"),
        pytest.param(portal_page(Portal(main=web.THEME_404_BARE)), "tidak ada", id="theme-site-name-h1-bare-404"),
        pytest.param(
            portal_page(Portal(main=pages.WORDPRESS_NOT_FOUND)), "can’t be found", id="wordpress-theme-site-title"
        ),
        pytest.param(
            portal_page(Portal(main=web.THEME_404_ID, title=web.HOME_TITLE, tagline_h2=True)),
            "tidak ditemukan",
            id="theme-tagline-h2-first",
        ),
        pytest.param(
            portal_page(Portal(main=SORRY_NOT_FOUND, left=web.LEFT_MENU)),
            "Maaf, halaman yang Anda cari",
            id="theme-left-sidebar-first",
        ),
        pytest.param(
            department(
                main="<section class='error-404'><h1>Oops! Sepertinya halaman yang Anda cari tidak ada.</h1>"
                "<p>Coba gunakan pencarian.</p></section>"
            ),
            "Sepertinya halaman",
            id="theme-sepertinya",
        ),
        pytest.param(
            department(
                main="<div class='error-page'><span class='code'>Error 404</span><h2>Error 404</h2>"
                "<p>Halaman tidak ditemukan.</p></div>"
            ),
            "Halaman tidak ditemukan",
            id="theme-error-404-heading",
        ),
        pytest.param(web.LARAVEL_404, "Not Found", id="laravel"),
        pytest.param(web.CODEIGNITER3_404, "404 Page Not Found", id="codeigniter-3"),
        pytest.param(web.CODEIGNITER4_404, "404 Page Not Found", id="codeigniter-4"),
        pytest.param(web.NEXT_404, "could not be found", id="next.js"),
    ],
)
def test_a_not_found_page_in_a_theme_or_framework_is_a_soft_404(html: str, quoted: str) -> None:
    assert_kind(html, "halaman_tidak_ditemukan", quoted)


# --- maintenance ----------------------------------------------------------------------------------

THEME_NOTICE = web.THEME_MAINTENANCE.format(name=web.NAME)
APOLOGY = "<div class='alert'><h2>Mohon Maaf, Website Sedang Maintenance</h2><p>Silakan kembali lagi nanti.</p></div>"


@pytest.mark.parametrize(
    ("html", "quoted"),
    [
        pytest.param(department(main=THEME_NOTICE), "Website Sedang Dalam Perbaikan", id="in-the-departments-theme"),
        pytest.param(
            portal_page(Portal(main=THEME_NOTICE)), "Website Sedang Dalam Perbaikan", id="after-the-site-name-h1"
        ),
        pytest.param(
            department(
                main="<section><h1>Under Maintenance</h1><p>Our website is currently undergoing scheduled maintenance."
                " We will be back on December 3, 2026.</p></section>"
            ),
            "Under Maintenance",
            id="english-in-the-theme",
        ),
        pytest.param(
            portal_page(Portal(main=THEME_NOTICE, title=web.HOME_TITLE, tagline_h2=True)),
            "Website Sedang Dalam Perbaikan",
            id="after-the-tagline-h2",
        ),
        pytest.param(
            portal_page(Portal(main=APOLOGY, left=web.LEFT_MENU)),
            "Mohon Maaf, Website Sedang Maintenance",
            id="apology-after-a-left-sidebar",
        ),
        pytest.param(
            department(main="<div><h1>Website Sedang Dalam Pembangunan</h1><p>Nantikan layanan kami.</p></div>"),
            "Dalam Pembangunan",
            id="under-construction-in-the-theme",
        ),
        pytest.param(web.SEEDPROD_COMING_SOON, "Coming Soon", id="seedprod-own-headline"),
        pytest.param(web.WP_MAINTENANCE_MODE, "Maintenance mode is on", id="wp-maintenance-mode"),
        pytest.param(web.MAINTENANCE_EN_CUSTOM, "performing scheduled maintenance", id="english-sentence"),
        pytest.param(web.MAINTENANCE_ID_CUSTOM, "sedang melakukan pemeliharaan", id="indonesian-sentence"),
        pytest.param(web.LARAVEL11_DOWN, "Service Unavailable", id="laravel-down-with-200"),
    ],
)
def test_a_maintenance_notice_in_a_theme_or_a_plugin_is_dalam_pemeliharaan(html: str, quoted: str) -> None:
    assert_kind(html, "dalam_pemeliharaan", quoted)


# --- directory listings ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("html", "quoted"),
    [
        pytest.param(web.NGINX_LISTING_ROOT, "Index of /", id="nginx-with-dates-and-a-backup"),
        pytest.param(web.TOMCAT_LISTING, "Directory Listing For [/]", id="tomcat"),
        pytest.param(web.JETTY_LISTING, "Directory: /", id="jetty"),
        pytest.param(web.LITESPEED_LISTING, "Index of /uploads", id="litespeed"),
    ],
)
def test_a_directory_listing_of_any_server_is_daftar_direktori(html: str, quoted: str) -> None:
    assert_kind(html, "daftar_direktori", quoted)


# --- errors instead of the page -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("html", "quoted"),
    [
        pytest.param(web.SYMFONY_PROD, "An Error Occurred", id="symfony-production"),
        pytest.param(web.SYMFONY_DEBUG, "(500 Internal Server Error)", id="symfony-debug-with-its-trace-links"),
        pytest.param(web.YII_DB_EXCEPTION, "SQLSTATE[HY000] [2002]", id="yii-debug"),
        pytest.param(web.WP_DB_ERROR_ID, "Galat Basis Data", id="wordpress-database-error-indonesian"),
        pytest.param(web.WHOOPS_LARAVEL5, "SQLSTATE[HY000] [2002]", id="laravel-5-whoops"),
        pytest.param(web.MYSQL_DIE, "SQLSTATE[HY000] [2002]", id="pdo-die"),
        pytest.param(web.CODEIGNITER_PHP_ERROR_ONLY, "A PHP Error was encountered", id="codeigniter-errors"),
        pytest.param(small("Server Error (500)", "<h1>Server Error (500)</h1><p></p>"), "Server Error", id="django"),
    ],
)
def test_a_framework_or_database_error_page_is_galat_aplikasi(html: str, quoted: str) -> None:
    assert_kind(html, "galat_aplikasi", quoted)


@pytest.mark.parametrize(
    ("top", "evidence"),
    [
        pytest.param(pages.php_warning(), "agenda.php on line 27", id="html-errors"),
        pytest.param(
            "Warning: Undefined variable $menu in /home/dinkes/public_html/header.php on line 12\n",
            "header.php on line 12",
            id="plain-text",
        ),
        pytest.param(
            pages.php_warning(level="Deprecated", message="Creation of dynamic property Berita::$slug is deprecated"),
            "Deprecated: Creation of dynamic property",
            id="deprecated",
        ),
    ],
)
def test_a_php_warning_above_a_whole_rendered_page_is_an_error_shown_in_the_application(
    top: str, evidence: str
) -> None:
    page = parse_page(portal_page(Portal(main=web.NEWS_LIST, top=top)), URL)
    error = printed_error(page)
    assert classify(page).is_app
    assert error is not None and not error.whole
    assert evidence in error.evidence


# --- parked and expired domains -------------------------------------------------------------------

PARKINGCREW = (
    "<!DOCTYPE html><html><head><title>dinkes-bekasi.com</title><meta name='viewport' content='width=device-width'>"
    "</head><body><div id='target' style='opacity: 0'></div><script>window.park = \"eyJ1dWlkIjoiNmQ0YjM0\";</script>"
    "<script src='/bNjDqhPRz.js'></script></body></html>"
)


@pytest.mark.parametrize(
    ("html", "quoted"),
    [
        pytest.param(web.parked_with_ads(), "Domain For Sale", id="sixty-ad-links"),
        pytest.param(
            web.parked_with_ads(ads=140).replace("Domain For Sale", ""), "mungkin dijual", id="sedo-indonesian"
        ),
        pytest.param(web.GODADDY_FORSALE, "Domain For Sale", id="godaddy-for-sale"),
        pytest.param(web.HOSTINGER_PARKED, "Parked Domain name", id="hostinger"),
        pytest.param(web.EXPIRED_REGISTRAR_ID, "Masa aktif domain ini telah habis", id="expired-indonesian"),
        pytest.param(PARKINGCREW, "window.park", id="drawn-by-the-parking-script"),
    ],
)
def test_a_parked_or_expired_domain_as_served_is_domain_parkir(html: str, quoted: str) -> None:
    assert_kind(html, "domain_parkir", quoted)


# --- the application's own pages with the same words ----------------------------------------------

TUTORIAL_SECTIONS = (
    "<article><h1>Mengenal Kode Status HTTP</h1><h2>404 Page Not Found</h2><p>Alamat salah.</p>"
    "<h2>Halaman tidak ditemukan</h2><p>Pesan yang sama dalam bahasa Indonesia.</p></article>"
)
APPS_UNDER_REPAIR = "<h2>Berita</h2>" + web.NEWS_LIST.replace(
    "Posyandu Balita Serentak di 12 Kecamatan", "Aplikasi SIPD Sedang Dalam Pemeliharaan"
)
ROAD_TITLE = "Sedang Dalam Perbaikan, Jalan Cut Meutia Ditutup Sebagian hingga 3 Desember – Dinas BMSDA"
SUBDOMAIN_SERVICE = """<article><h1>Layanan Pendaftaran Subdomain bekasikota.go.id</h1><p>Perangkat daerah dapat
mengajukan subdomain melalui aplikasi ini. Subdomain tidak memiliki masa aktif; domain milik perangkat daerah yang
dibeli sendiri wajib diperpanjang sebelum domain kedaluwarsa.</p><h2>Apa yang terjadi jika masa aktif domain sudah
habis?</h2><p>Situs tidak dapat diakses.</p></article>"""
NGINX_TUTORIAL = """<article><h1>Memasang Aplikasi di Server Baru</h1><p>Setelah nginx terpasang, membuka alamat
server akan menampilkan Welcome to nginx! Ganti halaman itu dengan aplikasi Anda sebelum alamatnya diumumkan.</p>
</article>"""
SEARCH_WITHOUT_RESULT = small(
    "Lacak Permohonan – DPMPTSP",
    "<header><img src='/logo.png' alt='DPMPTSP'> <b>SiCantik</b></header><form action='/lacak'><input name='no'>"
    "<button>Lacak</button></form><p>Permohonan dengan nomor 503/2026 tidak ditemukan. Periksa kembali nomor Anda.</p>"
    "<a href='/'>Beranda</a>",
    lang="id",
)
HELP_PAGE = small(
    "Bantuan – SIMPEG",
    "<h1>Bantuan</h1><h2>Halaman tidak ditemukan?</h2><p>Periksa alamat.</p><h2>Lupa kata sandi?</h2>"
    "<p>Hubungi admin.</p>",
    lang="id",
)


@pytest.mark.parametrize(
    "html",
    [
        pytest.param(department(title=ROAD_TITLE, main=web.ROAD_NEWS), id="road-repair-news"),
        pytest.param(portal_page(Portal(main=web.ROAD_NEWS, title=ROAD_TITLE)), id="road-repair-news-portal"),
        pytest.param(department(main=web.HTTP_TUTORIAL), id="http-status-tutorial"),
        pytest.param(
            portal_page(Portal(main=TUTORIAL_SECTIONS, left=web.LEFT_MENU)), id="http-status-tutorial-sections"
        ),
        pytest.param(portal_page(Portal(main=APPS_UNDER_REPAIR)), id="news-of-an-application-in-maintenance"),
        pytest.param(portal_page(Portal(main=web.HTTP_TUTORIAL, site_h1=False)), id="http-status-tutorial-portal"),
        pytest.param(
            portal_page(Portal(main=web.JDIH_ARCHIVE, title="Index of / Arsip Produk Hukum – JDIH Kota Bekasi")),
            id="document-archive-headed-index-of",
        ),
        pytest.param(portal_page(Portal(main=web.NEWS_LIST, footer_extra="Powered by nginx")), id="powered-by-nginx"),
        pytest.param(web.java_login(), id="login-footer-powered-by-tomcat"),
        pytest.param(web.java_login("Powered by LiteSpeed Web Server"), id="login-footer-powered-by-litespeed"),
        pytest.param(
            portal_page(Portal(main=web.IN_DEVELOPMENT_SECTION, title="Layanan Online – Dinkes")),
            id="section-in-development",
        ),
        pytest.param(portal_page(Portal(main=web.ERRORS_FAQ, title="Tanya Jawab – Dinkes")), id="faq-on-errors"),
        pytest.param(department(main=web.ERRORS_FAQ), id="faq-on-errors-department"),
        pytest.param(small("Bantuan – SIMPEG", web.ERRORS_FAQ, lang="id"), id="faq-on-errors-small"),
        pytest.param(HELP_PAGE, id="help-page-asking-not-found"),
        pytest.param(web.LARAVEL_BREEZE_LOGIN, id="laravel-breeze-login"),
        pytest.param(department(body_top=web.COMING_SOON_BANNER), id="coming-soon-banner"),
        pytest.param(portal_page(Portal(main=web.COMING_SOON_BANNER + web.NEWS_LIST)), id="coming-soon-banner-portal"),
        pytest.param(
            portal_page(Portal(main=SUBDOMAIN_SERVICE, title="Layanan Subdomain – Diskominfostandi")),
            id="subdomain-service-on-expiry",
        ),
        pytest.param(
            portal_page(Portal(main=NGINX_TUTORIAL, title="Memasang Aplikasi – Diskominfostandi")),
            id="tutorial-quoting-welcome-to-nginx",
        ),
        pytest.param(SEARCH_WITHOUT_RESULT, id="search-without-a-result"),
    ],
)
def test_an_application_page_with_a_stand_ins_words_stays_the_application(html: str) -> None:
    assert kind_of(html) == PageKind("aplikasi")


def test_an_error_quoted_on_a_help_page_is_not_an_error_printed_into_it() -> None:
    assert printed_error(parse_page(small("Bantuan – SIMPEG", web.ERRORS_FAQ, lang="id"), URL)) is None


def test_a_framework_error_quoted_is_a_mention_where_the_same_words_printed_are_the_error() -> None:
    quoted = "<h1>Bantuan</h1><p>Arti pesan \u201cError establishing a database connection\u201d: basis data mati.</p>"
    printed = "<h1>Error establishing a database connection</h1>"
    assert printed_error(parse_page(small("Bantuan", quoted), URL)) is None
    assert kind_of(small("Bantuan", quoted)).is_app
    assert kind_of(small("Bantuan", printed)).kind == "galat_aplikasi"
