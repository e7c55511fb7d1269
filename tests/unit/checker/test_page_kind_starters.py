"""Frameworks' starter pages, a theme's 404 in an h3 or under "Maaf!", a site "dalam pengembangan".

The pages are ``stand_in_pages_starters``.

Each stand-in here read as the application before; the look-alikes use the same words and stay it.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from page_kinds import assert_kind, kind_of

from pantau_checker.core.page import parse_page
from pantau_checker.core.page_kind import PageKind

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "integration" / "checker"))
import stand_in_pages_starters as starters
from stand_in_pages_real_web import Portal, portal_page
from vendor_pages import Site, department_page

URL = "https://simpeg.bekasikota.go.id/"


@pytest.mark.parametrize(
    ("html", "quoted"),
    [
        pytest.param(starters.YII2_CONGRATULATIONS, "successfully created your Yii-powered application", id="yii-2"),
        pytest.param(starters.SYMFONY_WELCOME, "Welcome to Symfony", id="symfony"),
        pytest.param(
            starters.SYMFONY_WELCOME.replace("<title>Welcome to Symfony!</title>", "<title>SIMPEG</title>").replace(
                "<h1><span>Welcome to</span> Symfony 6.4.1</h1>", "<h1>SIMPEG</h1>"
            ),
            "haven't configured any homepage",
            id="symfony-under-the-projects-title",
        ),
        pytest.param(starters.RAILS_YAY, "You’re on Rails", id="rails"),
        pytest.param(starters.NEXTJS_STARTER, "Get started by editing app/page.tsx", id="nextjs"),
        pytest.param(starters.NUXT_WELCOME, "Welcome to Nuxt", id="nuxt"),
        pytest.param(starters.SVELTEKIT_WELCOME, "src/routes/+page.svelte", id="sveltekit"),
        pytest.param(starters.VUE_CLI_WELCOME, "Welcome to Your Vue.js App", id="vue-cli"),
        pytest.param(starters.VITE_REACT, "Edit src/App.tsx and save to test HMR", id="vite-react"),
        pytest.param(starters.ASPNET_CORE_TEMPLATE, "building Web apps with ASP.NET Core", id="aspnet-core"),
        pytest.param(starters.HESTIA_FIRST_PAGE, "Your new web server is ready to use", id="hestia-first-page"),
        pytest.param(starters.HOSTING_TERM_ENDED, "Masa Aktif Hosting Telah Berakhir", id="hosting-term-ended"),
        pytest.param(starters.BANDWIDTH_QUOTA_SPENT, "Kuota bandwidth website ini telah habis", id="bandwidth-spent"),
        pytest.param(starters.ACCOUNT_INACTIVE, "This account is inactive", id="account-inactive"),
        pytest.param(starters.DOMAIN_NOT_POINTED, "belum diarahkan ke hosting", id="domain-not-pointed"),
        pytest.param(starters.ISPCONFIG_DEFAULT, "default index page of your website", id="ispconfig"),
        pytest.param(starters.SHARED_ADDRESS, "No website is configured for this address", id="shared-address"),
        pytest.param(starters.GLASSFISH_RUNNING, "overwrite the file index.html", id="glassfish"),
        pytest.param(starters.FIREBASE_SETUP_COMPLETE, "Firebase Hosting Setup Complete", id="firebase-hosting"),
        pytest.param(starters.AZURE_APP_SERVICE_WELCOME, "Hey, App Service developers!", id="azure-app-service"),
        pytest.param(starters.BEANSTALK_SAMPLE, "Elastic Beanstalk PHP application", id="elastic-beanstalk"),
        pytest.param(starters.NGINX_PROXY_MANAGER_DEFAULT, "Nginx Proxy Manager", id="nginx-proxy-manager"),
        pytest.param(starters.SYNOLOGY_WEB_STATION, "Web Station has been enabled", id="synology-web-station"),
        pytest.param(starters.WEBMIN_LOGIN, "Login to Webmin", id="webmin-login"),
        pytest.param(starters.MIKROTIK_ROUTEROS, "RouterOS router configuration page", id="mikrotik-routeros"),
        pytest.param(starters.MASA_SUSPEND, "Website Sedang Dalam Masa Suspend", id="masa-suspend"),
        pytest.param(starters.OWNER_NOTHING_UPLOADED, "Pemilik website belum mengunggah", id="nothing-uploaded"),
        pytest.param(starters.HOSTING_JUST_CREATED, "hosting Anda berhasil dibuat", id="hosting-just-created"),
        pytest.param(starters.SITE_NOT_CONFIGURED, "is not configured on this server", id="site-not-configured"),
        pytest.param(starters.LIGHTTPD_PLACEHOLDER, "has not put up any web pages yet", id="lighttpd-placeholder"),
        pytest.param(starters.CPANEL_LOGIN, "cPanel Login", id="cpanel-login"),
        pytest.param(starters.PHPMYADMIN_LOGIN, "phpMyAdmin", id="phpmyadmin-login"),
        pytest.param(starters.ADMINER_LOGIN, "Login - Adminer", id="adminer-login"),
    ],
)
def test_a_frameworks_starter_page_or_a_panels_login_in_the_applications_place_is_halaman_bawaan(
    html: str, quoted: str
) -> None:
    assert_kind(html, "halaman_bawaan", quoted)


@pytest.mark.parametrize(
    ("html", "quoted"),
    [
        pytest.param(starters.KONTEN_TIDAK_DITEMUKAN, "Konten tidak ditemukan", id="konten-in-an-h3"),
        pytest.param(starters.UPS_HALAMAN_TIDAK_ADA, "Ups! Halaman yang kamu cari tidak ada", id="ups-kamu-in-an-h3"),
        pytest.param(starters.BERITA_TIDAK_DITEMUKAN, "Berita tidak ditemukan", id="berita-in-an-h2"),
        pytest.param(starters.WEBLOGIC_404, "Error 404--Not Found", id="weblogic-404"),
        pytest.param(starters.WP_404_ID, "tidak ada yang ditemukan di lokasi ini", id="wordpress-404-id"),
        pytest.param(starters.WP_NOTHING_FOUND, "we can’t find what you’re looking for", id="wordpress-empty-index"),
        pytest.param(starters.HALAMAN_HILANG, "Oops! Halaman hilang", id="halaman-hilang"),
        pytest.param(starters.ERROR_404_ALAMAT, "Alamat yang Anda tuju tidak tersedia.", id="error-404-alamat"),
        pytest.param(
            portal_page(
                Portal(main="<div class='err'><h3>Sorry, this page isn't available.</h3><p>Kembali.</p></div>")
            ),
            "this page isn't available",
            id="isnt-available-in-an-h3",
        ),
        pytest.param(
            starters.BLOGGER_NOT_FOUND, "the page you were looking for in this blog does not exist", id="blogger"
        ),
        pytest.param(
            portal_page(
                Portal(
                    main='<div class="error-page"><h4>404</h4><p>Halaman yang Anda cari tidak ada. Mungkin alamatnya '
                    "salah ketik.</p></div>"
                )
            ),
            "Halaman yang Anda cari tidak ada.",
            id="404-in-an-h4-then-its-sentence",
        ),
    ],
)
def test_a_themes_404_that_heads_its_content_with_it_is_a_soft_404(html: str, quoted: str) -> None:
    assert_kind(html, "halaman_tidak_ditemukan", quoted)


def test_a_themes_404_under_maaf_is_quoted_to_the_end_of_its_sentence_not_into_the_sidebar() -> None:
    said = "Alamat yang Anda tuju salah atau halaman sudah tidak tersedia."
    found = kind_of(starters.MAAF_ALAMAT_SALAH)
    assert found == PageKind("halaman_tidak_ditemukan", f"halaman menyatakan tidak ditemukan: \u201c{said}\u201d")


@pytest.mark.parametrize(
    ("html", "quoted"),
    [
        pytest.param(starters.DALAM_PENGEMBANGAN, "Website sedang dalam pengembangan", id="hostings-page"),
        pytest.param(
            starters.TAHAP_PENGEMBANGAN, "website sedang dalam tahap pengembangan", id="under-the-sites-title"
        ),
    ],
)
def test_a_site_still_in_development_is_dalam_pemeliharaan(html: str, quoted: str) -> None:
    assert_kind(html, "dalam_pemeliharaan", quoted)


@pytest.mark.parametrize(
    ("html", "quoted"),
    [
        pytest.param(starters.MIGRASI_SERVER, "sedang dilakukan migrasi server", id="migrasi-server"),
        pytest.param(starters.SEDANG_GANGGUAN, "Aplikasi sedang mengalami gangguan", id="sedang-mengalami-gangguan"),
        pytest.param(starters.TIDAK_TERSEDIA_SEMENTARA, "tidak tersedia untuk sementara", id="tidak-tersedia"),
        pytest.param(starters.OFFLINE_SEMENTARA, "Website Offline Sementara", id="offline-sementara"),
        pytest.param(starters.PERBAIKAN_SISTEM, "Perbaikan Sistem", id="perbaikan-sistem"),
        pytest.param(starters.TEMPORARILY_DOWN, "Temporarily Down", id="temporarily-down"),
        pytest.param(starters.JOOMLA_OFFLINE_ID, "Situs ini ditutup untuk perawatan", id="joomla-offline-id"),
        pytest.param(starters.DITUTUP_SEMENTARA, "Website sedang ditutup sementara", id="ditutup-sementara"),
        pytest.param(starters.TIDAK_AKTIF_SEMENTARA, "sedang tidak aktif untuk sementara", id="tidak-aktif"),
        pytest.param(starters.PEMBARUAN_SISTEM, "Sedang ada pembaruan sistem", id="pembaruan-sistem"),
        pytest.param(starters.SEDANG_DIPERBAHARUI, "Website sedang diperbaharui", id="diperbaharui"),
        pytest.param(
            starters.LAYANAN_TIDAK_DAPAT_DIGUNAKAN, "layanan tidak dapat digunakan karena ada perbaikan", id="digunakan"
        ),
    ],
)
def test_a_notice_of_a_server_move_a_disruption_or_a_repair_is_dalam_pemeliharaan(html: str, quoted: str) -> None:
    assert_kind(html, "dalam_pemeliharaan", quoted)


@pytest.mark.parametrize(
    ("html", "quoted"),
    [
        pytest.param(starters.GO_FILE_SERVER, "backup-simpeg-2026.sql", id="go-file-server"),
        pytest.param(starters.CADDY_BROWSE, "\u201c/\u201d", id="caddy-browse"),
        pytest.param(starters.NODE_SERVE, "Files within simpeg/", id="node-serve"),
        pytest.param(starters.IIS_ROOT_LISTING, "simpeg.bekasikota.go.id - /", id="iis-root-listing"),
        pytest.param(starters.H5AI, "h5ai", id="h5ai"),
    ],
)
def test_a_file_servers_listing_in_the_applications_place_is_daftar_direktori(html: str, quoted: str) -> None:
    assert_kind(html, "daftar_direktori", quoted)


@pytest.mark.parametrize(
    ("html", "quoted"),
    [
        pytest.param(starters.ENVOY_NO_HEALTHY_UPSTREAM, "no healthy upstream", id="envoy-no-healthy-upstream"),
        pytest.param(starters.ENVOY_RESET, "disconnect/reset before headers", id="envoy-reset"),
        pytest.param(starters.APACHE_PROXY_ERROR, "502 Proxy Error", id="apache-proxy-error"),
        pytest.param(starters.TERJADI_KESALAHAN_H3, "Maaf, terjadi kesalahan.", id="error-view-in-an-h3"),
        pytest.param(starters.SERVER_SEDANG_SIBUK, "Server sedang sibuk", id="server-sedang-sibuk"),
    ],
)
def test_a_proxys_or_an_error_views_answer_is_galat_aplikasi(html: str, quoted: str) -> None:
    assert_kind(html, "galat_aplikasi", quoted)


@pytest.mark.parametrize(
    ("html", "quoted"),
    [
        pytest.param(starters.REGISTERED_AT_REGISTRAR_ID, "telah terdaftar di Rumahweb", id="registered-at-registrar"),
        pytest.param(starters.DOMAIN_NOW_ACTIVE_ID, "Selamat! Domain Anda telah aktif", id="domain-now-active"),
    ],
)
def test_an_indonesian_registrars_page_for_the_domain_is_domain_parkir(html: str, quoted: str) -> None:
    assert_kind(html, "domain_parkir", quoted)


@pytest.mark.parametrize(
    "html",
    [
        pytest.param(starters.REACT_TUTORIAL, id="tutorial-quoting-reacts-starter"),
        pytest.param(starters.SYMFONY_TRAINING_NEWS, id="news-naming-symfonys-welcome"),
        pytest.param(starters.PROXY_MANAGER_GUIDE, id="guide-quoting-nginx-proxy-managers-page"),
        pytest.param(starters.HOSTING_GUIDE, id="guide-to-a-new-hosting"),
        pytest.param(starters.FAQ_NOT_FOUND_QUESTION, id="faq-asking-halaman-tidak-ditemukan"),
        pytest.param(starters.NO_NEW_DENGUE_CASES, id="news-tidak-ditemukan-kasus-dbd"),
        pytest.param(starters.SEARCH_WITHOUT_RESULT_MAAF, id="search-without-result-under-maaf"),
        pytest.param(starters.SEARCH_NOTHING_MATCHED, id="search-without-result-nothing-found"),
        pytest.param(starters.BETA_BANNER, id="application-with-a-beta-banner"),
        pytest.param(starters.SITE_IN_DEVELOPMENT_NEWS, id="news-of-a-site-in-development"),
        pytest.param(starters.DOWNLOADS_PAGE, id="downloads-page-of-files"),
        pytest.param(starters.TWO_LINKS_LANDING, id="landing-page-of-two-links"),
        pytest.param(starters.LOGIN_WITH_DISRUPTED_SMS, id="login-page-telling-of-a-disrupted-sms-service"),
        pytest.param(starters.LOGIN_WITH_SERVICE_HOURS, id="login-page-telling-when-a-service-is-off"),
        pytest.param(starters.LOGIN_WITH_REPAIR_AHEAD, id="login-page-telling-of-a-repair-ahead"),
        pytest.param(starters.LOGIN_WITH_OFFICE_CLOSED, id="login-page-telling-when-it-is-closed"),
        pytest.param(starters.LOGIN_PASSWORD_TERM_ENDED, id="login-page-telling-a-passwords-term-ended"),
        pytest.param(starters.GO_ID_REGISTERED_NOTICE, id="go-id-domain-registered-at-pandi"),
        pytest.param(starters.ROUNDCUBE_WEBMAIL, id="the-citys-webmail-registered-as-an-application"),
    ],
)
def test_an_application_page_with_the_same_words_stays_the_application(html: str) -> None:
    assert kind_of(html) == PageKind("aplikasi")


def test_the_main_contents_first_headings_are_read_of_any_level_past_the_sites_header_and_menus() -> None:
    inside = parse_page(starters.KONTEN_TIDAK_DITEMUKAN, URL)
    assert inside.main_headings[0] == "Konten tidak ditemukan"
    assert "Konten tidak ditemukan" not in inside.headings  # an h3: not among the page's h1/h2
    # Without a container of its own, the body's first headings outside the site's header, menus and footer.
    bare = parse_page(
        '<html><body><div id="header"><h1>Dinas Kesehatan</h1></div><nav><h2>Menu</h2><a href="/">Beranda</a></nav>'
        "<div class='isi'><h3>Konten tidak ditemukan</h3><p>Tidak ada.</p></div><footer><h4>Kontak</h4></footer>"
        "</body></html>",
        URL,
    )
    assert bare.main_headings == ("Konten tidak ditemukan",)


def test_a_themes_404_in_bare_divs_is_a_soft_404_and_its_news_page_stays_the_application() -> None:
    notice = (
        '<div class="alert alert-warning"><h3 class="alert-heading">Konten tidak ditemukan</h3>'
        "<p>Konten yang Anda minta mungkin telah dihapus atau dipindahkan.</p></div>"
    )
    assert_kind(department_page(Site(main=notice, plain_markup=True)), "halaman_tidak_ditemukan", "Konten tidak")
    assert kind_of(department_page(Site(plain_markup=True))) == PageKind("aplikasi")
