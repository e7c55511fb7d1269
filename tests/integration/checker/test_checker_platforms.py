"""A hosted platform's or a hosting's own page in a department site's place, through a whole check.

Real HTTP servers on 127.0.0.1 serve, as modified yesterday, what Blogger, Google Sites,
WordPress.com, Wix and Rumahweb answer at a site's address when the site is removed, private,
suspended, not connected or not made yet (``stand_in_pages_platforms``). A check that took one for
the application would call it aktif and update. A blog's own posts, one quoting Blogger's status
line, and the department's news with the platforms' words stay aktif and update.
"""

from __future__ import annotations

import pytest
import stand_in_pages_platforms as platforms
from checker_servers import assert_stand_in, served_yesterday


@pytest.mark.parametrize(
    ("html", "reason", "quoted"),
    [
        pytest.param(platforms.BLOGGER_REMOVED, "halaman_tidak_ditemukan", "Blog not found", id="blogger-removed"),
        pytest.param(
            platforms.GOOGLE_SITES_UNAVAILABLE_ID,
            "halaman_tidak_ditemukan",
            "situs yang Anda minta tidak tersedia",
            id="google-sites-id",
        ),
        pytest.param(
            platforms.WPCOM_DELETED,
            "halaman_tidak_ditemukan",
            "is no longer available",
            id="wordpress-com-deleted",
        ),
        pytest.param(
            platforms.BLOGGER_INVITED_ONLY_ID,
            "halaman_bawaan",
            "hanya terbuka untuk pembaca yang diundang",
            id="blogger-private-id",
        ),
        pytest.param(
            platforms.WPCOM_SUSPENDED, "halaman_bawaan", "archived or suspended", id="wordpress-com-suspended"
        ),
        pytest.param(platforms.WIX_NOT_CONNECTED, "halaman_bawaan", "isn't connected to a website", id="wix"),
        pytest.param(
            platforms.RUMAHWEB_UNDER_CONSTRUCTION,
            "dalam_pemeliharaan",
            "Website ini sedang dalam proses pembuatan",
            id="rumahweb-placeholder",
        ),
    ],
)
def test_a_platforms_page_in_the_sites_place_is_tidak_aktif_for_its_reason_and_dates_nothing(  # type: ignore[no-untyped-def]
    site, html: str, reason: str, quoted: str
) -> None:
    assert_stand_in(served_yesterday(site, html), reason, quoted)


@pytest.mark.parametrize(
    "html",
    [
        pytest.param(platforms.BLOGGER_POST, id="a-blogs-ordinary-post"),
        pytest.param(platforms.BLOGGER_POST_ABOUT_A_MOVED_PAGE, id="a-post-quoting-bloggers-status-line"),
        pytest.param(platforms.BLOG_MOVED_NEWS, id="news-that-the-blog-moved"),
        pytest.param(platforms.KECAMATAN_SITE_NEWS_ON_HOME, id="news-of-a-kecamatans-site-being-made"),
    ],
)
def test_a_page_with_a_platforms_words_stays_aktif_and_update(site, html: str) -> None:  # type: ignore[no-untyped-def]
    event = served_yesterday(site, html)
    assert (event.availability, event.reason, event.content.result) == ("aktif", None, "update")
