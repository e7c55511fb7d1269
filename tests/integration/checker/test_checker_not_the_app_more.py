"""More pages in an application's place as the real web serves them, through a whole check.

Real HTTP servers on 127.0.0.1 serve, each as modified yesterday and with 200, what the earlier
rounds missed (``stand_in_pages_more``): IIS's start page under the vendor's title, Express's
"Cannot GET /", a bare "404" after the theme's left sidebar, ASP.NET's "not found" framed as a
"Server Error", Cloudflare's "Web server is down" behind a proxy, a site "sedang dibangun", a
system "sedang dalam proses upgrade" or "unavailable due to scheduled maintenance", WordPress's
installer, an Indonesian hosting's page for an empty public_html, a registrar's page naming the
expired domain or one not renewed, a site switched off or "untuk sementara tidak dapat diakses".
A check that took one for the application would call it aktif and update. An application's own
pages with the same words stay aktif and update.
"""

from __future__ import annotations

import json

import pytest
import stand_in_pages_more as more
import stand_in_pages_real_web as web
from checker_servers import Reply, assert_stand_in, checked, served_yesterday

from pantau_contracts.codec import to_jsonable


@pytest.mark.parametrize(
    ("html", "reason", "quoted"),
    [
        pytest.param(more.IIS10_VENDOR_TITLE, "halaman_bawaan", "linkid=66138", id="iis-under-a-vendors-title"),
        pytest.param(web.EXPRESS_CANNOT_GET, "halaman_tidak_ditemukan", "Cannot GET /", id="express-cannot-get"),
        pytest.param(
            more.SIDEBAR_404, "halaman_tidak_ditemukan", "Halaman tidak ditemukan", id="bare-404-after-a-sidebar"
        ),
        pytest.param(
            more.ASPNET_NOT_FOUND, "halaman_tidak_ditemukan", "The resource cannot be found", id="aspnet-not-found"
        ),
        pytest.param(more.CLOUDFLARE_521, "galat_aplikasi", "521: Web server is down", id="cloudflare-521"),
        pytest.param(more.SEDANG_DIBANGUN, "dalam_pemeliharaan", "Website Sedang Dibangun", id="sedang-dibangun"),
        pytest.param(more.EXPIRED_NAMED_ID, "domain_parkir", "telah kedaluwarsa", id="expired-domain-named"),
        pytest.param(more.WORDPRESS_NO_CONFIG, "halaman_bawaan", "wp-config.php", id="wordpress-installer"),
        pytest.param(more.DB_DOWN_ALERT_ID, "galat_aplikasi", "Koneksi ke database gagal", id="database-down-id"),
        pytest.param(
            more.HOSTING_FIRST_PAGE_ID, "halaman_bawaan", "berhasil dibuat", id="hosting-first-page-indonesian"
        ),
        pytest.param(more.SISTEM_UPGRADE, "dalam_pemeliharaan", "proses upgrade", id="sistem-upgrade"),
        pytest.param(
            more.UNAVAILABLE_DUE_TO_MAINTENANCE, "dalam_pemeliharaan", "due to scheduled maintenance", id="due-to"
        ),
        pytest.param(
            more.TEMPORARILY_INACCESSIBLE_ID, "dalam_pemeliharaan", "tidak dapat diakses", id="inaccessible-id"
        ),
        pytest.param(more.SITE_DISABLED_ID, "halaman_bawaan", "Dinonaktifkan", id="site-disabled-id"),
        pytest.param(more.NOT_RENEWED_ID, "domain_parkir", "belum diperpanjang", id="not-renewed-id"),
    ],
)
def test_a_stand_in_the_earlier_rounds_missed_is_tidak_aktif_for_its_reason_and_dates_nothing(  # type: ignore[no-untyped-def]
    site, html: str, reason: str, quoted: str
) -> None:
    assert_stand_in(served_yesterday(site, html), reason, quoted)


@pytest.mark.parametrize(
    "html",
    [
        pytest.param(more.asset_maintenance_module(), id="asset-application-pemeliharaan-module"),
        pytest.param(more.TUTORIAL_AFTER_SIDEBAR, id="tutorial-sections-after-a-sidebar"),
        pytest.param(more.ROAD_WORKS_NEWS, id="news-of-road-works"),
        pytest.param(more.LOGIN_WITH_CONNECTION_HELP, id="login-page-whose-help-names-a-failed-connection"),
        pytest.param(more.LOGIN_ANNOUNCING_MAINTENANCE, id="login-page-announcing-maintenance-to-come"),
    ],
)
def test_an_application_page_with_a_stand_ins_words_stays_aktif_and_update(site, html: str) -> None:  # type: ignore[no-untyped-def]
    event = served_yesterday(site, html)
    assert (event.availability, event.reason, event.content.result) == ("aktif", None, "update")


@pytest.mark.parametrize(
    "content_type",
    [
        "text/html; charset=UTF-8",
        "text/plain",
        # Apache with the type still declared (``AddType``) but no PHP module: the browser downloads it.
        "application/x-httpd-php",
        # nginx whose PHP location missed index.php: its ``default_type``, a download too.
        "application/octet-stream",
    ],
)
def test_an_applications_php_code_sent_as_it_is_is_tidak_aktif_and_its_password_is_not_repeated(  # type: ignore[no-untyped-def]
    site, content_type: str
) -> None:
    site.route("*", "/", Reply(200, more.PHP_SOURCE, {"Content-Type": content_type}))
    event = checked(site)
    assert (event.availability, event.reason) == ("tidak_aktif", "galat_aplikasi")
    assert "kode sumber PHP dikirim apa adanya" in (event.content.detail or "")
    assert "Simpeg#Bks2026" not in json.dumps(to_jsonable(event))
