"""Cloudflare's Always Online banner as the page's own element (``Page.cdn_banner``), not its words in prose
(session 31).

Cloudflare puts its banner over the copy of a page it serves while the server behind it is down, in an element of
its own at the top (``<div id="cf_alert_div">`` of old, ``id="cf-always-online-…"`` of late). A department's news
that quotes the banner has its words in a paragraph or a headline: no banner.
"""

from __future__ import annotations

from pantau_checker.core.page import parse_page

URL = "https://dinkes.bekasikota.go.id/"
NEWS = (
    '<article class="post"><h2><a href="/rapat-tik/">Rapat Koordinasi Tim TIK Perangkat Daerah</a></h2>'
    "<p>Rapat membahas rencana kerja tahun depan bersama seluruh perangkat daerah.</p></article>"
)
OLD = (
    '<div id="cf_alert_div" style="background:#fff7ce;padding:10px"><span>This page '
    "(https://dinkes.bekasikota.go.id/) is currently offline. However, because the site uses Cloudflare's Always "
    "Online&trade; technology you can continue to surf a snapshot of the site.</span> "
    "<a href=\"#\" onclick=\"document.getElementById('cf_alert_div').style.display='none';return false;\">"
    "Dismiss this message</a></div>"
)
NEW = (
    '<div id="cf-always-online-banner" style="position:fixed;top:0">You are viewing an archived version of this '
    "page from <b>3 Dec 2026</b>. The website is currently offline. "
    '<a href="https://developers.cloudflare.com/cache/how-to/always-online/">Learn more</a></div>'
)


def _page(body: str) -> str:
    return (
        '<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>Dinas Kesehatan Kota Bekasi</title>'
        f"</head><body>{body}</body></html>"
    )


def test_cloudflares_banner_is_read_from_its_own_element() -> None:
    assert parse_page(_page(OLD + NEWS), URL).cdn_banner.startswith("This page (https://dinkes.bekasikota.go.id/)")
    assert "The website is currently offline" in parse_page(_page(NEW + NEWS), URL).cdn_banner


def test_the_banners_words_in_a_post_are_no_banner() -> None:
    quoted = (
        "<p>Saat server mati, pengunjung melihat &quot;This page is currently offline. However, because the site "
        "uses Cloudflare's Always Online technology you can continue to surf a snapshot of the site&quot;. Baca "
        '<a href="https://developers.cloudflare.com/cache/how-to/always-online/">panduannya</a>.</p>'
    )
    assert parse_page(_page(quoted + NEWS), URL).cdn_banner == ""
