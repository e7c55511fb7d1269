"""A server error in the theme's content column (``stand_in_pages_real_web.THEME_ERRORS``): an application
that catches its error and renders its own error view in the site's layout, answered with 200.

The header, the menu, the sidebar and the footer render; where the content goes there is only "500 |
Server Error", "Terjadi Kesalahan" or "Server Sedang Sibuk". Read as the application before: the error's
heading was known on a small page only. The look-alikes are the department's own short pages that speak
of errors: a correction, a form to report wrong data, a list of an application's error codes. An outage
said by its heading alone ("Sedang Terjadi Gangguan") is a notice, as a maintenance is; a "not found" under
a heading of any words ("Error", "Pemberitahuan") is a soft 404, but not a search that found nothing.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from page_kinds import assert_kind

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "integration" / "checker"))
import stand_in_pages_real_web as web
from stand_in_pages_real_web import Portal, department, portal_page

from pantau_checker.core.page import parse_page
from pantau_checker.core.page_kind import PageKind, classify

URL = "https://dinkes.bekasikota.go.id/"
THEMES = ["department-theme", "portal-theme", "theme-of-bare-divs"]


def themed(main: str, theme: str) -> str:
    if theme == "portal-theme":
        return portal_page(Portal(main=main))
    return department(main=main, plain_markup=theme == "theme-of-bare-divs")


@pytest.mark.parametrize("name", web.THEME_ERRORS)
@pytest.mark.parametrize("theme", THEMES)
def test_a_server_error_in_the_themes_content_column_is_galat_aplikasi(name: str, theme: str) -> None:
    assert_kind(themed(web.THEME_ERRORS[name], theme), "galat_aplikasi", web.THEME_ERROR_QUOTES[name])


@pytest.mark.parametrize("name", web.THEME_ERROR_PAGES)
@pytest.mark.parametrize("theme", THEMES)
def test_a_departments_short_page_about_an_error_stays_the_application(name: str, theme: str) -> None:
    assert classify(parse_page(themed(web.THEME_ERROR_PAGES[name], theme), URL), 200) == PageKind("aplikasi")


def test_a_home_page_whose_sidebar_reports_an_error_stays_the_application() -> None:
    # A widget that failed to load its feed, under the page's news: the application is there.
    widget = '<div class="widget"><h3>Terjadi Kesalahan</h3><p>Feed Instagram tidak dapat dimuat.</p></div>'
    html = portal_page(Portal(main=web.NEWS_LIST + widget))
    assert classify(parse_page(html, URL), 200) == PageKind("aplikasi")


OUTAGE = (
    "<h1>Sedang Terjadi Gangguan</h1><p>Mohon maaf, saat ini layanan sedang mengalami gangguan teknis. Tim kami"
    " sedang menanganinya.</p>"
)


@pytest.mark.parametrize("theme", [*THEMES, "small-page"])
def test_an_outage_notice_is_dalam_pemeliharaan(theme: str) -> None:
    html = (
        web.small("Dinas Kesehatan Kota Bekasi", OUTAGE, lang="id") if theme == "small-page" else themed(OUTAGE, theme)
    )
    assert_kind(html, "dalam_pemeliharaan", "Sedang Terjadi Gangguan")


@pytest.mark.parametrize(
    "main",
    [
        "<h1>Terjadi Gangguan Listrik di Bekasi Utara</h1><p>PLN sedang menangani gangguan di tiga gardu.</p>",
        "<h1>Lapor Gangguan</h1><p>Layanan SMS OTP sedang mengalami keterlambatan? Laporkan di sini.</p>",
    ],
)
def test_news_or_a_form_about_an_outage_stays_the_application(main: str) -> None:
    for theme in THEMES:
        assert classify(parse_page(themed(main, theme), URL), 200) == PageKind("aplikasi")


@pytest.mark.parametrize("name", web.THEME_NOT_FOUND_NOTICES)
@pytest.mark.parametrize("theme", THEMES)
def test_a_not_found_under_a_heading_of_any_words_in_the_theme_is_halaman_tidak_ditemukan(
    name: str, theme: str
) -> None:
    html = themed(web.THEME_NOT_FOUND_NOTICES[name], theme)
    assert_kind(html, "halaman_tidak_ditemukan", web.THEME_NOT_FOUND_QUOTES[name])


@pytest.mark.parametrize("name", web.THEME_NOTHING_FOUND_PAGES)
@pytest.mark.parametrize("theme", THEMES)
def test_a_departments_page_that_found_nothing_stays_the_application(name: str, theme: str) -> None:
    assert classify(parse_page(themed(web.THEME_NOTHING_FOUND_PAGES[name], theme), URL), 200) == PageKind("aplikasi")
