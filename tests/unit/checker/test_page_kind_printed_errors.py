"""Errors printed into a page as PHP's debugger, PHP 8, WordPress, CodeIgniter 4, a native application's die()
and a Python application print them, and maintenance notices as plugins and departments word them
(``error_pages``): what the checker read as the application before, each with the department's own page that
uses the same words and must stay the application.

An error in a page that still renders is a finding (``printed_error``, not whole); a fatal error after which
nothing was sent, where the theme's content should be, is the page (galat_aplikasi).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from page_kinds import assert_kind, kind_of

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "integration" / "checker"))
import error_pages as pages

from pantau_checker.core.page import parse_page
from pantau_checker.core.page_kind import PageKind, PrintedError, printed_error

URL = "https://dinkes.bekasikota.go.id/"
APPLICATION = PageKind("aplikasi")


def error_in(html: str) -> PrintedError | None:
    return printed_error(parse_page(html, URL))


def assert_finding(html: str, quoted: str, fatal: bool) -> None:
    """Assert that the page stays the application, with a printed error quoting ``quoted``."""
    assert kind_of(html) == APPLICATION
    error = error_in(html)
    assert error is not None and not error.whole, error
    assert quoted in error.evidence and error.fatal == fatal, error


@pytest.mark.parametrize(
    ("html", "quoted", "fatal"),
    [
        pytest.param(
            pages.in_sidebar(pages.XDEBUG_WARNING),
            "Warning: Undefined variable $pengumuman in /var/www/html/dinkes/views/sidebar.php on line 18",
            False,
            id="xdebug-warning-in-a-widget",
        ),
        pytest.param(
            pages.stopped_in_sidebar(pages.XDEBUG_FATAL),
            "Fatal error: Uncaught TypeError: count()",
            True,
            id="xdebug-fatal-error-after-the-news",
        ),
        pytest.param(
            pages.TEXTAREA_WARNING,
            "Warning: Undefined variable $alamat in /var/www/html/pengaduan/views/form.php on line 27",
            False,
            id="php-warning-inside-a-textarea",
        ),
        pytest.param(
            pages.stopped_in_sidebar(pages.WP_CRITICAL),
            "There has been a critical error on this website.",
            True,
            id="wordpress-critical-error-after-the-news",
        ),
        pytest.param(
            pages.in_sidebar(pages.DIE_CONNECTION_REFUSED),
            "Koneksi database gagal: Connection refused",
            True,
            id="die-connection-refused",
        ),
        pytest.param(
            pages.in_sidebar(pages.DIE_UNKNOWN_DATABASE),
            "Unknown database 'db_agenda'",
            True,
            id="die-unknown-database",
        ),
        pytest.param(
            pages.in_sidebar(pages.DIE_NO_SOCKET),
            "Koneksi gagal: No such file or directory",
            True,
            id="die-no-socket",
        ),
        pytest.param(
            pages.in_sidebar(pages.CI4_DATABASE_MESSAGE),
            "Main connection [MySQLi]: Connection refused",
            True,
            id="codeigniter-4-database-exception-message",
        ),
        pytest.param(
            pages.in_sidebar(pages.PYTHON_TRACEBACK),
            'Traceback (most recent call last): File "/srv/sipp/app/views/beranda.py", line 42',
            True,
            id="python-traceback",
        ),
    ],
)
def test_an_error_printed_in_a_page_that_still_renders_is_a_finding(html: str, quoted: str, fatal: bool) -> None:
    assert_finding(html, quoted, fatal)


@pytest.mark.parametrize(
    "page",
    [
        pytest.param(pages.XDEBUG_GUIDE, id="a-debugging-guide-quoting-xdebug-and-pdo"),
        pytest.param(pages.WP_CRITICAL_NEWS, id="news-quoting-wordpress"),
        pytest.param(pages.DATABASE_FAQ, id="a-faq-on-database-messages"),
        pytest.param(pages.DATABASE_DOWN_NEWS, id="news-of-a-database-outage"),
        pytest.param(pages.PYTHON_TUTORIAL, id="a-python-tutorial"),
        pytest.param(pages.PHP_FATAL_TUTORIAL, id="a-php-tutorial-quoting-a-fatal-error"),
    ],
)
def test_a_page_that_quotes_or_explains_such_errors_stays_the_application_without_one(page: str) -> None:
    # Paired with the page that prints it, so that the test tells the reading from a page it never matched.
    printed = pages.in_sidebar(pages.XDEBUG_WARNING if "xdebug" in page else pages.DIE_UNKNOWN_DATABASE)
    assert error_in(printed) is not None
    assert kind_of(page) == APPLICATION
    assert error_in(page) is None


@pytest.mark.parametrize(
    ("printed", "quoted"),
    [
        pytest.param(pages.PHP_FATAL, "Fatal error: Uncaught Error: Call to undefined function", id="php-fatal-error"),
        pytest.param(pages.XDEBUG_FATAL, "Fatal error: Uncaught TypeError", id="xdebug-fatal-error"),
        pytest.param(pages.WP_CRITICAL, "There has been a critical error on this website.", id="wordpress-critical"),
    ],
)
def test_a_fatal_error_where_the_content_should_be_and_nothing_after_is_galat_aplikasi(
    printed: str, quoted: str
) -> None:
    html = pages.stopped_in_content(printed)
    assert_kind(html, "galat_aplikasi", quoted)
    error = error_in(html)
    assert error is not None and error.whole  # the page is the error: no finding beside it


def test_an_error_under_a_widget_titled_with_everyday_words_is_still_a_finding() -> None:
    # WordPress's "Recent Posts" in Indonesian, and a theme's "next events": no example introduced there.
    for title in ("Tulisan Terbaru", "Agenda Berikutnya"):
        html = pages.in_sidebar(f"<h3>{title}</h3>{pages.DIE_CONNECTION_REFUSED}")
        assert_finding(html, "Koneksi database gagal: Connection refused", True)


def test_a_short_tutorial_quoting_a_fatal_error_in_the_theme_stays_the_application() -> None:
    assert kind_of(pages.stopped_in_content(pages.PHP_FATAL)).kind == "galat_aplikasi"
    assert kind_of(pages.PHP_FATAL_TUTORIAL) == APPLICATION


def test_a_forms_validation_card_is_not_a_server_error_but_a_server_error_card_is() -> None:
    assert kind_of(pages.FORM_VALIDATION) == APPLICATION
    assert_kind(pages.THEME_ERROR_CARD, "galat_aplikasi", "Terjadi Kesalahan")


@pytest.mark.parametrize(
    ("html", "quoted"),
    [
        pytest.param(
            pages.UNDER_CONSTRUCTION_PLUGIN, "Sorry, we're doing some work on the site", id="under-construction-plugin"
        ),
        pytest.param(pages.MAINTENANCE_PERIOD, "sedang dalam masa pemeliharaan", id="masa-pemeliharaan"),
        pytest.param(pages.UPGRADE_UNDER_WAY, "sedang dilakukan upgrade sistem", id="upgrade-under-way"),
        pytest.param(pages.UPDATE_IN_THE_THEME, "sedang melakukan pembaruan sistem", id="update-in-the-theme"),
    ],
)
def test_a_maintenance_notice_is_dalam_pemeliharaan(html: str, quoted: str) -> None:
    assert_kind(html, "dalam_pemeliharaan", quoted)


@pytest.mark.parametrize(
    "page",
    [
        pytest.param(pages.DATA_UPDATE_NEWS, id="data-brought-up-to-date"),
        pytest.param(pages.ROAD_MAINTENANCE, id="road-maintenance"),
        pytest.param(pages.ASSET_MAINTENANCE, id="asset-maintenance"),
        pytest.param(pages.PDAM_NOTICE_IN_NEWS, id="pdam-maintenance-in-the-news"),
    ],
)
def test_a_departments_page_about_other_maintenance_stays_the_application(page: str) -> None:
    # Paired with the notice whose wording the page shares, read only since these tests were written.
    assert kind_of(pages.UPGRADE_UNDER_WAY).kind == "dalam_pemeliharaan"
    assert kind_of(page) == APPLICATION
