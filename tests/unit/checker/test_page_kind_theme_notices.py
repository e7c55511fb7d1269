"""A maintenance notice or a "not found" in the theme's main column, under the site's header, menu,
sidebar and footer (``stand_in_pages_real_web.THEME_NOTICES``): read as the application before, where
the notice had no heading the checker knew on a whole page.

A main content of a few sentences with few links but the menu's is a notice in the site's frame,
read as a small page is; only a statement that names the site counts there. The look-alikes are
the department's own short pages about repairs of a pump, a road, street lights, and an application
upgraded while it runs.
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


def themes(main: str) -> list[str]:
    return [department(main=main), portal_page(Portal(main=main))]


@pytest.mark.parametrize("name", web.THEME_NOTICES)
@pytest.mark.parametrize("theme", [0, 1], ids=["department-theme", "portal-theme"])
def test_a_maintenance_notice_in_the_themes_main_column_is_dalam_pemeliharaan(name: str, theme: int) -> None:
    assert_kind(themes(web.THEME_NOTICES[name])[theme], "dalam_pemeliharaan", web.THEME_NOTICE_QUOTES[name])


@pytest.mark.parametrize("name", web.THEME_REPAIR_PAGES)
@pytest.mark.parametrize("theme", [0, 1], ids=["department-theme", "portal-theme"])
def test_a_departments_short_page_about_a_repair_stays_the_application(name: str, theme: int) -> None:
    assert classify(parse_page(themes(web.THEME_REPAIR_PAGES[name])[theme], URL), 200) == PageKind("aplikasi")


@pytest.mark.parametrize(
    ("main", "quoted"),
    [
        pytest.param(web.THEME_404_CANNOT_REACH, "404 - Halaman tidak dapat diakses", id="404-cannot-be-reached"),
        pytest.param(web.THEME_NOTHING_AT_THIS_ADDRESS, "tidak ada yang ditemukan di alamat ini", id="nothing-here"),
    ],
)
@pytest.mark.parametrize("theme", [0, 1], ids=["department-theme", "portal-theme"])
def test_a_not_found_in_the_themes_main_column_is_halaman_tidak_ditemukan(main: str, quoted: str, theme: int) -> None:
    assert_kind(themes(main)[theme], "halaman_tidak_ditemukan", quoted)


def test_a_home_page_pinning_a_maintenance_notice_above_its_news_stays_the_application() -> None:
    notice = '<div class="alert alert-info">Website Dinas Kesehatan Kota Bekasi sedang dalam perbaikan sebagian.</div>'
    html = portal_page(Portal(main=notice + web.NEWS_LIST))
    assert classify(parse_page(html, URL), 200) == PageKind("aplikasi")


def test_a_small_pages_condition_on_maintenance_is_no_notice() -> None:
    # A small login page's help says what to do when the system is down: it is up.
    html = web.small(
        "Masuk – E-Kinerja Kota Bekasi",
        '<form action="/login" method="post"><input name="nip"><input type="password" name="sandi"><button>Masuk'
        "</button></form><p>Bila sistem sedang dalam pemeliharaan, laporan kinerja dapat dikirim melalui formulir"
        " manual di BKPSDM.</p>",
        lang="id",
    )
    assert classify(parse_page(html, URL), 200) == PageKind("aplikasi")
