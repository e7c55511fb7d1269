"""A hosting's or a server's page for a site with nothing uploaded, and the department's news in a default page's words.

Real HTTP servers on 127.0.0.1 serve, each as modified yesterday and with 200 (``stand_in_pages_s33_default``):
Dewaweb's page for an account with nothing uploaded, DirectAdmin's older page for a new domain, a generic placeholder,
LiteSpeed's example site. Each is tidak_aktif as halaman_bawaan. The department's portals whose one news headline, or
whose page's heading above the news, is in a default page's words are aktif and update.
"""

from __future__ import annotations

import pytest
import stand_in_pages_s33_default as s33
from checker_servers import assert_application, assert_stand_in, served_yesterday


@pytest.mark.parametrize(
    ("html", "quoted"),
    [pytest.param(html, quoted, id=name) for html, quoted, name in s33.STAND_INS],
)
def test_a_hostings_or_a_servers_page_for_a_site_with_nothing_uploaded_is_halaman_bawaan(  # type: ignore[no-untyped-def]
    site, html: str, quoted: str
) -> None:
    assert_stand_in(served_yesterday(site, html), "halaman_bawaan", quoted)


@pytest.mark.parametrize(
    ("html", "quoted"),
    [pytest.param(html, quoted, id=name) for html, quoted, name in s33.HOSTINGS_WITH_BLOG],
)
def test_a_hostings_default_page_with_its_blogs_dated_posts_is_halaman_bawaan(  # type: ignore[no-untyped-def]
    site, html: str, quoted: str
) -> None:
    assert_stand_in(served_yesterday(site, html), "halaman_bawaan", quoted)


@pytest.mark.parametrize(
    "html",
    [
        pytest.param(s33.NEWS_HEADLINED_DEFAULT_WEB_SITE_PAGE, id="news-headlined-default-web-site-page"),
        pytest.param(s33.NEWS_HEADLINED_WELCOME_TO_NGINX, id="news-headlined-welcome-to-nginx"),
        pytest.param(s33.PAGE_HEADED_HALAMAN_DEFAULT, id="page-headed-halaman-default-above-the-news"),
        pytest.param(s33.GUIDE_ABOVE_THE_NEWS, id="guide-to-default-pages-above-the-news"),
        pytest.param(s33.CARDS_HEADLINED_APACHE_DEFAULT, id="cards-headlined-apache-default-page"),
        pytest.param(s33.HELPDESK_UPLOAD_GUIDE, id="helpdesk-guide-to-uploading"),
    ],
)
def test_a_portals_news_in_a_default_pages_words_stays_aktif_and_update(  # type: ignore[no-untyped-def]
    site, html: str
) -> None:
    assert_application(served_yesterday(site, html))
