"""Platforms' first pages and a theme's 404 in words read before only in part, and the department's pages in them.

Real HTTP servers on 127.0.0.1 serve, each as modified yesterday and with 200 (``stand_in_pages_s35_defaults``):
Azure App Service's older start page, WHM's "Great Success !", Astro's starter, each tidak_aktif as halaman_bawaan; a
WordPress theme's 404 under its menu and a sidebar of dated posts, and a Laravel portal's 404 in its layout, each
saying the page is "sudah tidak ada/tersedia", tidak_aktif as halaman_tidak_ditemukan. The department's news quoting
those pages, a headline, a downloads table and a home's notice in the same words are aktif and update.
"""

from __future__ import annotations

import pytest
import stand_in_pages_s35_defaults as s35
from checker_servers import assert_application, assert_stand_in, served_yesterday


@pytest.mark.parametrize(
    ("html", "quoted"),
    [pytest.param(html, quoted, id=name) for html, quoted, name in s35.STAND_INS],
)
def test_a_platforms_first_page_is_halaman_bawaan(site, html: str, quoted: str) -> None:  # type: ignore[no-untyped-def]
    assert_stand_in(served_yesterday(site, html), "halaman_bawaan", quoted)


@pytest.mark.parametrize(
    ("html", "quoted"),
    [pytest.param(html, quoted, id=name) for html, quoted, name in s35.NOT_FOUND],
)
def test_a_404_saying_the_page_is_no_longer_there_is_halaman_tidak_ditemukan(  # type: ignore[no-untyped-def]
    site, html: str, quoted: str
) -> None:
    assert_stand_in(served_yesterday(site, html), "halaman_tidak_ditemukan", quoted)


@pytest.mark.parametrize("html", [pytest.param(html, id=name) for html, name in s35.LOOK_ALIKES])
def test_the_departments_pages_in_those_words_stay_aktif_and_update(site, html: str) -> None:  # type: ignore[no-untyped-def]
    assert_application(served_yesterday(site, html))
