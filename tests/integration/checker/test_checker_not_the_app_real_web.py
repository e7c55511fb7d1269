"""Pages in an application's place as the real web serves them, through a whole check.

Real HTTP servers on 127.0.0.1 serve, one of each kind, the hard variants of
``stand_in_pages_real_web``: a test page under its own title, a "not found" page, a maintenance
notice (in a theme of bare ``<div>``s too) and an application's error view inside the department's
theme with its menu and a sidebar of news dated this week, a listing with the dates of its files, a
framework's error page, a parking page with a wall of ad links, each served as modified yesterday. A
check that took one for the application would call it aktif and update. Two of the application's own
pages with the same words stay aktif and update.
"""

from __future__ import annotations

import pytest
import stand_in_pages_real_web as web
from checker_servers import assert_stand_in, served_yesterday
from stand_in_pages_real_web import Portal, department, portal_page


@pytest.mark.parametrize(
    ("html", "reason", "quoted"),
    [
        pytest.param(web.RHEL_HTTPD, "halaman_bawaan", "Test Page for the HTTP Server", id="rhel-test-page"),
        pytest.param(
            portal_page(Portal(main=web.THEME_404_BARE)),
            "halaman_tidak_ditemukan",
            "Halaman yang Anda cari tidak ada",
            id="soft-404-in-the-theme",
        ),
        pytest.param(
            department(main=web.THEME_MAINTENANCE.format(name=web.NAME)),
            "dalam_pemeliharaan",
            "Website Sedang Dalam Perbaikan",
            id="maintenance-in-the-theme",
        ),
        pytest.param(
            portal_page(Portal(main=web.THEME_NOTICES["named-site-under-repair"])),
            "dalam_pemeliharaan",
            "Website Dinas Kesehatan Kota Bekasi sedang dalam perbaikan",
            id="maintenance-naming-the-site-in-the-theme",
        ),
        pytest.param(
            department(main=web.THEME_NOTICES["site-being-updated"], plain_markup=True),
            "dalam_pemeliharaan",
            "Situs Sedang Diperbarui",
            id="maintenance-in-a-theme-of-bare-divs",
        ),
        pytest.param(
            portal_page(Portal(main=web.THEME_ERRORS["laravel-error-view-in-the-layout"])),
            "galat_aplikasi",
            "500 | Server Error",
            id="error-view-in-the-layout",
        ),
        pytest.param(
            department(main=web.THEME_404_CANNOT_REACH),
            "halaman_tidak_ditemukan",
            "404 - Halaman tidak dapat diakses",
            id="404-cannot-be-reached-in-the-theme",
        ),
        pytest.param(
            portal_page(Portal(main="<p>Connection failed: Connection refused</p>")),
            "galat_aplikasi",
            "Connection failed: Connection refused",
            id="database-down-where-the-content-should-be",
        ),
        pytest.param(web.TOMCAT_LISTING, "daftar_direktori", "Directory Listing For [/]", id="tomcat-listing"),
        pytest.param(web.SYMFONY_PROD, "galat_aplikasi", "An Error Occurred", id="symfony-error-page"),
        pytest.param(web.SYMFONY_DEBUG, "galat_aplikasi", "Connection refused", id="symfony-debug-page"),
        pytest.param(web.parked_with_ads(), "domain_parkir", "Domain For Sale", id="parking-with-ads"),
    ],
)
def test_a_stand_in_as_the_real_web_serves_it_is_tidak_aktif_for_its_reason_and_dates_nothing(  # type: ignore[no-untyped-def]
    site, html: str, reason: str, quoted: str
) -> None:
    assert_stand_in(served_yesterday(site, html), reason, quoted)


@pytest.mark.parametrize(
    "html",
    [
        pytest.param(
            portal_page(
                Portal(
                    main=web.ROAD_NEWS,
                    title="Sedang Dalam Perbaikan, Jalan Cut Meutia Ditutup Sebagian – Dinas BMSDA",
                )
            ),
            id="road-repair-news",
        ),
        pytest.param(department(main=web.HTTP_TUTORIAL), id="http-status-tutorial"),
        pytest.param(portal_page(Portal(main=web.THEME_REPAIR_PAGES["a-pump-repaired"])), id="a-pump-repaired"),
    ],
)
def test_an_application_page_with_a_stand_ins_words_stays_aktif_and_update(site, html: str) -> None:  # type: ignore[no-untyped-def]
    event = served_yesterday(site, html)
    assert (event.availability, event.reason, event.content.result) == ("aktif", None, "update")


def test_a_php_warning_above_the_whole_theme_is_a_finding_and_the_application_stays_aktif(site) -> None:  # type: ignore[no-untyped-def]
    warning = "Warning: Undefined variable $menu in /home/dinkes/public_html/header.php on line 12\n"
    event = served_yesterday(site, portal_page(Portal(main=web.NEWS_LIST, top=warning)))
    assert (event.availability, event.reason, event.content.result) == ("aktif", None, "update")
    [finding] = [f for f in event.findings if f.code == "galat_aplikasi_tampil"]
    assert "header.php on line 12" in finding.evidence
