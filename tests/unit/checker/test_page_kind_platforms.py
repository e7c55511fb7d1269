"""A hosted platform's or a hosting's own page at a department's address (``stand_in_pages_platforms``).

Each stand-in here read as the application before: Blogger's pages for a blog removed, never made
or made private; Google Sites' for a site deleted or not published, and Google's own 404;
WordPress.com's for a site deleted, suspended or never made; Wix's for a domain not connected;
Webnode's, Strikingly's and Jimdo's for a site not there; a hosting's "Website ini sedang dalam
proses pembuatan". The look-alikes use the same words and stay the application.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from page_kinds import URL, assert_kind, kind_of
from pantau_testing import HOSTILE_BUDGET_S

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "integration" / "checker"))
import stand_in_pages_platforms as platforms

from pantau_checker.core.page import parse_page
from pantau_checker.core.page_kind import PageKind, classify


@pytest.mark.parametrize(
    ("html", "quoted"),
    [
        pytest.param(platforms.BLOGGER_REMOVED, "Blog not found", id="blogger-removed"),
        pytest.param(platforms.BLOGGER_REMOVED_ID, "Blog tidak ditemukan", id="blogger-removed-id"),
        pytest.param(platforms.BLOGGER_NEVER_MADE, "Blog not found", id="blogger-never-made"),
        pytest.param(platforms.BLOGGER_NEVER_MADE_ID, "Blog tidak ditemukan", id="blogger-never-made-id"),
        pytest.param(platforms.GOOGLE_SITES_UNAVAILABLE, "The site you requested is not available", id="google-sites"),
        pytest.param(
            platforms.GOOGLE_SITES_UNAVAILABLE_ID, "situs yang Anda minta tidak tersedia", id="google-sites-id"
        ),
        pytest.param(
            platforms.GOOGLE_SITES_DELETED_ID,
            "telah dihapus atau belum dipublikasikan",
            id="google-sites-deleted-or-unpublished-id",
        ),
        pytest.param(platforms.GOOGLE_404, "Error 404 (Not Found)!!1", id="googles-own-404"),
        pytest.param(
            platforms.WPCOM_DELETED, "dinkesbekasi.wordpress.com is no longer available", id="wordpress-com-deleted"
        ),
        pytest.param(platforms.WPCOM_DOESNT_EXIST, "dinkesbekasi.wordpress.com doesn't exist", id="wordpress-com-none"),
        pytest.param(platforms.WEBNODE_NOT_AVAILABLE, "This website does not exist", id="webnode"),
        pytest.param(platforms.STRIKINGLY_NOT_PUBLISHED, "This site is not available", id="strikingly"),
        pytest.param(platforms.JIMDO_NOT_AVAILABLE, "This website is no longer available", id="jimdo"),
    ],
)
def test_a_platforms_page_for_a_site_that_is_not_there_is_halaman_tidak_ditemukan(html: str, quoted: str) -> None:
    assert_kind(html, "halaman_tidak_ditemukan", quoted)


@pytest.mark.parametrize(
    ("html", "quoted"),
    [
        pytest.param(platforms.BLOGGER_INVITED_ONLY, "open to invited readers only", id="blogger-private"),
        pytest.param(
            platforms.BLOGGER_INVITED_ONLY_ID, "hanya terbuka untuk pembaca yang diundang", id="blogger-private-id"
        ),
        pytest.param(platforms.WPCOM_SUSPENDED, "archived or suspended", id="wordpress-com-suspended"),
        pytest.param(platforms.WIX_NOT_CONNECTED, "isn't connected to a website yet", id="wix-domain-not-connected"),
    ],
)
def test_a_platforms_own_page_for_a_private_suspended_or_unconnected_site_is_halaman_bawaan(
    html: str, quoted: str
) -> None:
    assert_kind(html, "halaman_bawaan", quoted)


@pytest.mark.parametrize(
    ("html", "quoted"),
    [
        pytest.param(
            platforms.RUMAHWEB_UNDER_CONSTRUCTION,
            "Website ini sedang dalam proses pembuatan",
            id="rumahweb-heading",
        ),
        pytest.param(
            platforms.RUMAHWEB_UNDER_CONSTRUCTION_TEXT,
            "Website ini sedang dalam proses pembuatan",
            id="rumahweb-sentence",
        ),
        pytest.param(platforms.JAGOAN_HOSTING_DEFAULT, "Website Ini Sedang Dalam Pembuatan", id="jagoan-hosting"),
    ],
)
def test_a_hostings_placeholder_for_a_site_being_made_is_dalam_pemeliharaan(html: str, quoted: str) -> None:
    assert_kind(html, "dalam_pemeliharaan", quoted)


def test_bloggers_status_line_is_a_soft_404_in_the_blogs_theme_and_a_post_quoting_it_is_the_application() -> None:
    assert_kind(platforms.BLOGGER_THEME_404_ID, "halaman_tidak_ditemukan", "di blog ini tidak ada")
    assert kind_of(platforms.BLOGGER_POST_ABOUT_A_MOVED_PAGE) == PageKind("aplikasi")


@pytest.mark.parametrize(
    "html",
    [
        pytest.param(platforms.BLOGGER_POST, id="a-blogs-ordinary-post"),
        pytest.param(platforms.BLOGGER_POST_ABOUT_A_PRIVATE_BLOG, id="a-post-quoting-the-private-blogs-words"),
        pytest.param(platforms.BLOGGER_POST_ABOUT_NGINX, id="a-tutorial-quoting-nginxs-welcome-page"),
        pytest.param(platforms.BLOG_MOVED_NEWS, id="news-that-the-blog-moved"),
        pytest.param(platforms.BLOGGER_GUIDE, id="a-guide-to-making-a-blog"),
        pytest.param(platforms.GOOGLE_SITES_FOR_SCHOOLS, id="google-sites-for-schools"),
        pytest.param(platforms.KECAMATAN_SITE_NEWS, id="news-of-a-kecamatans-site-being-made"),
        pytest.param(platforms.KECAMATAN_SITE_NEWS_ON_HOME, id="the-same-news-on-the-home-page"),
        pytest.param(platforms.LOGIN_WITH_PLATFORM_HELP, id="a-login-pages-help"),
    ],
)
def test_a_departments_page_with_a_platforms_words_stays_the_application(html: str) -> None:
    assert kind_of(html) == PageKind("aplikasi")


@pytest.mark.parametrize(
    "said",
    [
        "This site is not available in your country.",
        "Situs yang Anda minta tidak tersedia untuk sementara karena pemeliharaan server.",
        "The site you requested is not available right now, please try again later.",
    ],
)
def test_a_site_unavailable_for_a_while_or_to_a_visitor_is_no_site_gone(said: str) -> None:
    html = f"<!DOCTYPE html><html><head><title>SIAP</title></head><body><h1>SIAP</h1><p>{said}</p></body></html>"
    assert kind_of(html).kind != "halaman_tidak_ditemukan"


@pytest.mark.parametrize(
    "near",
    ["a.", "the blog at x ", "situs di x ", "site at x may have been deleted or ", "website ini sedang dalam proses "],
)
@pytest.mark.timeout(HOSTILE_BUDGET_S)
def test_a_hostile_page_of_near_matches_is_classified_quickly(near: str) -> None:
    heads = f"<title>{near * 500}</title></head><body><h1>{near * 500}</h1>"
    html = f"<html><head>{heads}<p>{near * 200_000}</p></body></html>"
    classify(parse_page(html, URL), 200)
