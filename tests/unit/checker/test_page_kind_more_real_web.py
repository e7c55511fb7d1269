"""More pages in an application's place as the real web serves them, and the application's own look-alikes.

The stand-ins (``stand_in_pages_more``) are the ones the first rounds missed: IIS's start page under
the vendor's title, Express's "Cannot GET /", a bare not-found heading after a left sidebar,
"not found" pages framed as a "Server Error", Yii 2's and PHP-CGI's "not found", Caddy 2, Laragon,
cPanel's "Sorry!" and Plesk's suspended site under other titles, a registrar naming the expired
domain or parking it, a site "sedang dibangun", Laravel 5's "Be right back.", Cloudflare's pages,
Rails' 500 and WordPress's critical error served with 200. The look-alikes use the same words and
stay the application.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from page_kinds import assert_kind, kind_of

from pantau_checker.core.page_kind import PageKind

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "integration" / "checker"))
import stand_in_pages_more as more
import stand_in_pages_real_web as web


@pytest.mark.parametrize(
    ("html", "quoted"),
    [
        pytest.param(
            more.IIS10_VENDOR_TITLE, "go.microsoft.com/fwlink/?linkid=66138", id="iis-10-under-a-vendors-title"
        ),
        pytest.param(
            web.IIS85.replace("Microsoft Internet Information Services 8", "e-Kinerja ASN"),
            "linkid=66138",
            id="iis-8.5-under-a-vendors-title",
        ),
        pytest.param(more.CADDY2_VENDOR_TITLE, "Your web server is working", id="caddy-2-under-a-vendors-title"),
        pytest.param(more.LARAGON_INDEX, "Document Root: C:/laragon/www", id="laragon"),
        pytest.param(more.CPANEL_SORRY_SITE_TITLE, "It is possible you have reached this page", id="cpanel-sorry"),
        pytest.param(more.PLESK_SUSPENDED, "Website is suspended", id="plesk-suspended"),
        pytest.param(more.HOSTING_FIRST_PAGE_ID, "website Anda telah berhasil dibuat", id="hosting-first-page-id"),
        pytest.param(more.WEBSITE_BELUM_TERSEDIA, "Website belum tersedia", id="website-belum-tersedia"),
        pytest.param(more.TENGINE, "Welcome to tengine", id="tengine"),
        pytest.param(more.WORDPRESS_NO_CONFIG, "wp-config.php", id="wordpress-without-its-config"),
        pytest.param(more.WORDPRESS_INSTALL_ID, "WordPress › Instalasi", id="wordpress-installer-indonesian"),
        pytest.param(more.SITE_DISABLED_ID, "Website Dinonaktifkan", id="site-disabled-indonesian"),
        pytest.param(
            more.SITE_DISABLED_ID.replace("<title>Website Dinonaktifkan</title>", "<title>Dinas Pertanian</title>"),
            "Website ini sementara dinonaktifkan",
            id="site-disabled-under-the-sites-title",
        ),
        pytest.param(more.HOSTING_ACCOUNT_READY, "Hosting account is now ready", id="hosting-account-ready"),
    ],
)
def test_a_default_page_under_another_title_is_halaman_bawaan(html: str, quoted: str) -> None:
    assert_kind(html, "halaman_bawaan", quoted)


@pytest.mark.parametrize(
    ("html", "quoted"),
    [
        pytest.param(web.EXPRESS_CANNOT_GET, "Cannot GET /", id="express"),
        pytest.param(more.EXPRESS_CANNOT_GET_PATH, "Cannot GET /sipd/", id="express-under-a-path"),
        pytest.param(more.SIDEBAR_404, "Halaman tidak ditemukan", id="bare-404-after-a-left-sidebar"),
        pytest.param(more.SIDEBAR_404_OTHER_TITLE, "Halaman tidak ditemukan", id="bare-404-under-another-title"),
        pytest.param(
            more.SIDEBAR_404_NO_SITE_HEADING,
            "Halaman Tidak Ditemukan",
            id="bare-heading-after-two-widgets",
        ),
        pytest.param(more.DEPARTMENT_SIDEBAR_404, "Halaman tidak ditemukan", id="bare-404-in-the-vendors-theme"),
        pytest.param(more.ASPNET_NOT_FOUND, "The resource cannot be found", id="aspnet-server-error-404"),
        pytest.param(more.IIS_NOT_FOUND, "404 - File or directory not found", id="iis-server-error-404"),
        pytest.param(more.XAMPP_OBJECT_NOT_FOUND, "Object not found", id="xampp-object-not-found"),
        pytest.param(more.SPRING_WHITELABEL_404, "Whitelabel Error Page", id="spring-whitelabel-404"),
        pytest.param(more.YII2_NOT_FOUND_IN_LAYOUT, "Not Found (#404)", id="yii-2-in-the-applications-layout"),
        pytest.param(more.PHP_CGI_NO_INPUT_FILE, "No input file specified", id="php-cgi-no-input-file"),
        pytest.param(more.JOOMLA_COMPONENT_NOT_FOUND, "Component not found", id="joomla-component-not-found"),
    ],
)
def test_a_not_found_page_as_served_is_a_soft_404(html: str, quoted: str) -> None:
    assert_kind(html, "halaman_tidak_ditemukan", quoted)


@pytest.mark.parametrize(
    ("html", "quoted"),
    [
        pytest.param(more.SEDANG_DIBANGUN, "Website Sedang Dibangun", id="sedang-dibangun"),
        pytest.param(more.LARAVEL5_BE_RIGHT_BACK, "Be right back", id="laravel-5-down"),
        pytest.param(more.SISTEM_UPGRADE, "Sistem sedang dalam proses upgrade", id="upgrade"),
        pytest.param(more.PENINGKATAN_SISTEM, "kami sedang melakukan peningkatan sistem", id="peningkatan-sistem"),
        pytest.param(more.SEDANG_DIPERBARUI, "Website sedang diperbarui", id="sedang-diperbarui"),
        pytest.param(
            more.PEMELIHARAAN_SERVER, "Aplikasi untuk sementara tidak dapat diakses", id="pemeliharaan-server-headed"
        ),
        pytest.param(
            more.PEMELIHARAAN_SERVER.replace(
                "<h2>Aplikasi untuk sementara tidak dapat diakses</h2>", "<h2>SIMPEG</h2>"
            ),
            "Sedang ada pemeliharaan server",
            id="pemeliharaan-server",
        ),
        pytest.param(
            more.UNAVAILABLE_DUE_TO_MAINTENANCE, "unavailable due to scheduled maintenance", id="due-to-maintenance"
        ),
        pytest.param(more.UPGRADING_OUR_SYSTEM, "We are upgrading our system", id="upgrading-our-system"),
        pytest.param(
            more.TEMPORARILY_INACCESSIBLE_ID, "untuk sementara tidak dapat diakses", id="temporarily-inaccessible"
        ),
        pytest.param(
            more.INACCESSIBLE_FOR_MAINTENANCE_ID,
            "tidak dapat diakses sementara karena pemeliharaan",
            id="inaccessible-for-maintenance",
        ),
        pytest.param(more.SITE_OFFLINE_ID, "Situs sedang offline", id="site-offline"),
        pytest.param(
            more.SITE_OFFLINE_ID.replace("<h1>Situs sedang offline</h1>", "<h1>Portal Data</h1>"),
            "Kami akan segera kembali",
            id="back-soon-indonesian",
        ),
    ],
)
def test_a_site_being_built_or_down_for_maintenance_is_dalam_pemeliharaan(html: str, quoted: str) -> None:
    assert_kind(html, "dalam_pemeliharaan", quoted)


@pytest.mark.parametrize(
    ("html", "quoted"),
    [
        pytest.param(more.EXPIRED_NAMED_ID, "dishub-bekasi.com telah kedaluwarsa", id="expired-named"),
        pytest.param(more.PARKED_AT_REGISTRAR_ID, "Domain ini diparkir", id="parked-indonesian"),
        pytest.param(more.NOT_RENEWED_ID, "belum diperpanjang", id="not-renewed-indonesian"),
        pytest.param(more.EXPIRED_YOURS_ID, "Domain Anda telah kadaluarsa", id="your-domain-expired"),
        pytest.param(more.SUSPENDED_BY_REGISTRY_ID, "Domain ini ditangguhkan", id="suspended-by-the-registry"),
        pytest.param(more.JUST_REGISTERED_ID, "berhasil didaftarkan", id="just-registered"),
        pytest.param(more.REGISTERED_THROUGH_ID, "telah didaftarkan melalui Niagahoster", id="registered-through"),
        pytest.param(more.PENDING_RENEWAL, "pending renewal", id="pending-renewal"),
    ],
)
def test_a_registrars_page_for_the_domain_is_domain_parkir(html: str, quoted: str) -> None:
    assert_kind(html, "domain_parkir", quoted)


def test_news_of_the_departments_own_domain_registered_stays_the_application() -> None:
    assert_kind(more.GO_ID_REGISTERED_NEWS, "aplikasi", "")


@pytest.mark.parametrize(
    ("html", "quoted"),
    [
        pytest.param(more.CLOUDFLARE_521, "521: Web server is down", id="cloudflare-521"),
        pytest.param(more.CLOUDFLARE_522, "522: Connection timed out", id="cloudflare-522"),
        pytest.param(more.WP_CRITICAL_ERROR, "There has been a critical error on this website", id="wp-critical"),
        pytest.param(more.RAILS_500, "something went wrong", id="rails-500"),
        pytest.param(more.DJANGO_BAD_REQUEST, "Bad Request (400)", id="django-disallowed-host"),
        pytest.param(more.NGINX_PLAIN_HTTP_TO_HTTPS, "400 Bad Request", id="nginx-plain-http-to-https-port"),
        pytest.param(more.DB_DOWN_DIE_ID, "Gagal terhubung ke database", id="php-die-database-down"),
        pytest.param(more.DB_DOWN_ALERT_ID, "Koneksi ke database gagal!", id="bootstrap-alert-database-down"),
        pytest.param(more.SLIMS_DATABASE_DOWN, "Error Connecting to Database", id="slims-database-down"),
    ],
)
def test_an_error_page_served_with_200_by_a_proxy_is_galat_aplikasi(html: str, quoted: str) -> None:
    assert_kind(html, "galat_aplikasi", quoted)


@pytest.mark.parametrize(
    "html",
    [
        pytest.param(web.department(main=more.EXPRESS_TUTORIAL), id="express-tutorial"),
        pytest.param(
            web.portal_page(web.Portal(main=more.CLOUDFLARE_TUTORIAL, left=web.LEFT_MENU)), id="cloudflare-tutorial"
        ),
        pytest.param(more.asset_maintenance_module(), id="asset-application-pemeliharaan-module"),
        pytest.param(more.STATS_AFTER_SIDEBAR, id="statistics-headed-404-after-a-sidebar"),
        pytest.param(more.SEARCH_WITHOUT_RESULT_SIDEBAR, id="search-without-result-after-a-sidebar"),
        pytest.param(more.TUTORIAL_AFTER_SIDEBAR, id="tutorial-sections-after-a-sidebar"),
        pytest.param(more.TUTORIAL_WITH_LINKED_META, id="tutorial-with-its-date-linked-after-a-sidebar"),
        pytest.param(more.ARCHIVE_ITEM_TITLED_NOT_FOUND, id="archive-item-titled-not-found"),
        pytest.param(more.REBUILT_WEBSITE_NEWS, id="news-of-a-website-being-rebuilt"),
        pytest.param(more.CERTIFICATE_NEWS, id="news-of-an-expired-certificate"),
        pytest.param(more.ROAD_WORKS_NEWS, id="news-of-road-works"),
        pytest.param(more.TUTORIAL_INSTALLING_WORDPRESS, id="tutorial-on-installing-wordpress"),
        pytest.param(more.LOGIN_WITH_CONNECTION_HELP, id="login-page-whose-help-names-a-failed-connection"),
        pytest.param(more.APPLICATION_UPGRADE_NEWS, id="news-of-an-application-upgraded"),
        pytest.param(more.IIS_HOSTED_LOGIN, id="login-page-linking-iis"),
        pytest.param(more.LOGIN_ANNOUNCING_MAINTENANCE, id="login-page-announcing-maintenance-to-come"),
        pytest.param(more.CONTACT_THANKS, id="contact-form-thanks-back-soon"),
        pytest.param(more.SITE_SWITCHED_OFF_NEWS, id="news-of-sites-switched-off"),
    ],
)
def test_an_application_page_with_a_stand_ins_words_stays_the_application(html: str) -> None:
    assert kind_of(html) == PageKind("aplikasi")


@pytest.mark.parametrize(
    ("html", "language", "secret"),
    [
        pytest.param(more.PHP_SOURCE, "PHP", "Simpeg#Bks2026", id="php"),
        pytest.param(more.ASPX_SOURCE, "ASP/JSP", "Simda@2026", id="aspx-after-a-byte-order-mark"),
    ],
)
def test_an_applications_code_sent_as_it_is_is_galat_aplikasi_without_quoting_it(
    html: str, language: str, secret: str
) -> None:
    # HTML reads "<?php ... ?>" as a comment: without the source's own judge, the page read as blank or
    # as the application, and a Pelaksana would not know its password was there for anyone to read.
    found = kind_of(html)
    assert found.kind == "galat_aplikasi" and f"kode sumber {language} dikirim apa adanya" in found.detail
    assert secret not in found.detail and "10.10.5" not in found.detail


def test_a_page_that_shows_php_code_in_its_content_is_the_application() -> None:
    tutorial = web.department(
        main='<article class="post"><h1>Menghubungkan Aplikasi ke Basis Data</h1><p>Contoh kode:</p><pre><code>'
        "&lt;?php\n$db = mysqli_connect($host, $user, $pass, $name);\n?&gt;</code></pre></article>"
    )
    assert kind_of(tutorial) == PageKind("aplikasi")
