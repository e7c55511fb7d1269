"""Errors that PHP's debugger, PHP 8, WordPress and a native application's die() print into a department's
page, and maintenance notices as a plugin and a department word them, through a whole check (``error_pages``).

Real HTTP servers on 127.0.0.1 serve each page with 200, as modified yesterday. An error printed in a page
that still renders leaves the application aktif, with a finding that quotes it; a fatal error after which the
server sent nothing more, where the content should be, is the page (tidak_aktif, galat_aplikasi); a notice is
dalam_pemeliharaan. The department's own pages that quote such errors or speak of other maintenance stay
aktif, updated, and without a finding.
"""

from __future__ import annotations

import error_pages as pages
import pytest
from checker_servers import assert_stand_in, served_yesterday

from pantau_contracts.status import ApplicationChecked


def printed(event: ApplicationChecked) -> list[str]:
    return [f.evidence for f in event.findings if f.code == "galat_aplikasi_tampil"]


@pytest.mark.parametrize(
    ("html", "quoted"),
    [
        pytest.param(
            pages.in_sidebar(pages.XDEBUG_WARNING), "Warning: Undefined variable $pengumuman", id="xdebug-warning"
        ),
        pytest.param(
            pages.stopped_in_sidebar(pages.WP_CRITICAL),
            "There has been a critical error on this website.",
            id="wordpress-critical-error-after-the-news",
        ),
        pytest.param(
            pages.in_sidebar(pages.DIE_CONNECTION_REFUSED),
            "Koneksi database gagal: Connection refused",
            id="die-connection-refused",
        ),
        pytest.param(pages.TEXTAREA_WARNING, "Undefined variable $alamat", id="php-warning-inside-a-textarea"),
    ],
)
def test_an_error_printed_in_a_page_that_renders_is_a_finding_and_the_app_stays_aktif(site, html: str, quoted: str):  # type: ignore[no-untyped-def]
    event = served_yesterday(site, html)
    assert (event.availability, event.reason) == ("aktif", None)
    [evidence] = printed(event)
    assert quoted in evidence


@pytest.mark.parametrize(
    ("html", "quoted"),
    [
        pytest.param(pages.stopped_in_content(pages.PHP_FATAL), "Call to undefined function", id="php-fatal-error"),
        pytest.param(
            pages.stopped_in_content(pages.WP_CRITICAL), "There has been a critical error", id="wordpress-critical"
        ),
    ],
)
def test_a_fatal_error_in_the_contents_place_is_tidak_aktif_and_dates_nothing(site, html: str, quoted: str):  # type: ignore[no-untyped-def]
    event = served_yesterday(site, html)
    assert_stand_in(event, "galat_aplikasi", quoted)
    assert printed(event) == []  # the page is the error: its reason, not a finding beside it


@pytest.mark.parametrize(
    ("html", "quoted"),
    [
        pytest.param(pages.UNDER_CONSTRUCTION_PLUGIN, "doing some work on the site", id="under-construction-plugin"),
        pytest.param(pages.MAINTENANCE_PERIOD, "sedang dalam masa pemeliharaan", id="masa-pemeliharaan"),
        pytest.param(pages.UPDATE_IN_THE_THEME, "sedang melakukan pembaruan sistem", id="update-in-the-theme"),
    ],
)
def test_a_maintenance_notice_is_tidak_aktif_dalam_pemeliharaan(site, html: str, quoted: str):  # type: ignore[no-untyped-def]
    assert_stand_in(served_yesterday(site, html), "dalam_pemeliharaan", quoted)


@pytest.mark.parametrize(
    "html",
    [
        pytest.param(pages.XDEBUG_GUIDE, id="a-debugging-guide-quoting-xdebug-and-pdo"),
        pytest.param(pages.FORM_VALIDATION, id="a-forms-validation-card"),
        pytest.param(pages.ASSET_MAINTENANCE, id="asset-maintenance"),
    ],
)
def test_a_departments_page_using_the_same_words_stays_aktif_updated_and_without_a_finding(site, html: str):  # type: ignore[no-untyped-def]
    event = served_yesterday(site, html)
    assert (event.availability, event.reason, event.content.result) == ("aktif", None, "update")
    assert printed(event) == []
