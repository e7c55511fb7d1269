"""The exemptions of a department's gambling headlines and folded campaigns, narrowed after a red team (session 33),
through a whole check against a real HTTP server on 127.0.0.1.

A seller's headline ("Link Slot Gacor Maxwin Hari Ini Gampang Menang Terpercaya 2026") posted on a hacked WordPress
is linked to its own slug like a department's news; the site's running text or tag against online gambling nearby
cleared the visible text, and the headline went with it. A folded mobile menu whose real "Stop Judi Online" item sat
beside a kit's items ("Slot Gacor Hari Ini", "Situs Toto Togel Resmi") was judged as a campaign's. Both are found
again; a police report and a literacy piece headlined with their own news words, beside the same running text, and a
campaign's folded menu stay clean.
"""

from __future__ import annotations

import pytest
from checker_servers import Reply, check, make_checker
from test_checker_gambling_session23 import app, security
from vendor_pages import Site, days_ago, department_page, tanggal

_RUNNING_TEXT = (
    '<div class="running-text"><marquee>Pengumuman: Stop Judi Online! Laporkan situs judi ke aduankonten.id'
    "</marquee></div>"
)
_AGAINST_TAG = (
    '<section class="widget widget_tag_cloud"><h3 class="widget-title">Tag</h3><div class="tagcloud">'
    '<a href="/tag/posyandu/">posyandu</a> <a href="/tag/stop-judi-online/">stop judi online</a> '
    '<a href="/tag/stunting/">stunting</a></div></section>'
)


def headlined(*headlines: str, above: str = "") -> str:
    """Return a department's page topped by ``above`` and a "Berita Terkini" list of ``headlines`` (a Lokomedia
    theme's box of headlines and dates, no excerpts), each linked to its news item by a slug that repeats it."""
    items = "".join(
        f'<li><a href="/berita/{_slug(headline)}">{headline}</a> <small>({tanggal(days_ago(at + 1))})</small></li>'
        for at, headline in enumerate(headlines)
    )
    box = f'<div class="box"><h3>Berita Terkini</h3><ul class="list-berita">{items}</ul></div>'
    return department_page(Site(body_top=above + box))


def _slug(headline: str) -> str:
    return "-".join("".join(c for c in word if c.isalnum()) for word in headline.lower().split())


def folded(*items: tuple[str, str]) -> str:
    """Return a department's page with a mobile menu hidden by its inline style, holding ``items`` (text, path)."""
    links = "".join(f'<li><a href="{path}">{text}</a></li>' for text, path in items)
    menu = (
        '<nav class="mobile-nav" id="mobile-menu" style="display:none"><ul><li><a href="/">Beranda</a></li>'
        f'{links}<li><a href="/kontak/">Kontak</a></li></ul></nav>'
    )
    return department_page(Site(body_top=menu))


SELLERS = {
    "a-sellers-headlines-under-a-running-text-against-gambling": headlined(
        "Link Slot Gacor Maxwin Hari Ini Gampang Menang Terpercaya 2026",
        "Bocoran RTP Live Slot Gacor Pragmatic Hari Ini Paling Akurat",
        above=_RUNNING_TEXT,
    ),
    "a-sellers-headline-beside-a-tag-against-gambling": headlined(
        "Daftar Situs Toto Togel 4D Resmi Terpercaya 2026 Pasti Bayar", above=_AGAINST_TAG
    ),
    "a-sellers-headline-beside-a-genuine-warning": headlined(
        "Link Slot Gacor Maxwin Hari Ini Gampang Menang Terpercaya 2026",
        "Rapat Koordinasi Percepatan Penurunan Stunting Tingkat Kota",
        "Satgas Ingatkan Bahaya Judi Online bagi Pelajar dan Remaja",
    ),
    "a-folded-menus-warning-beside-a-kits-items": folded(
        ("Stop Judi Online", "/stop-judi-online/"),
        ("Slot Gacor Hari Ini", "/slot-gacor-hari-ini/"),
        ("Situs Toto Togel Resmi", "/situs-toto-togel-resmi/"),
    ),
    "a-folded-tag-list-with-a-warning": folded(
        ("Stop Judi Online", "/tag/stop-judi-online/"),
        ("Slot Gacor", "/tag/slot-gacor/"),
        ("Togel Online", "/tag/togel-online/"),
    ),
}

NEWS = {
    "a-police-report-under-a-running-text-against-gambling": headlined(
        "Polisi Tangkap Admin Situs Slot Gacor dan Togel Online di Bekasi Utara",
        "Waspada Modus Link Slot Gacor Maxwin yang Menjerat Pelajar",
        "Mengenal Istilah RTP Live dan Pola Gacor di Kalangan Remaja",
        above=_RUNNING_TEXT,
    ),
    "a-folded-campaign-menu-of-warnings-and-reports": folded(
        ("Stop Judi Online", "/stop-judi-online/"),
        ("Lapor Situs Judi Slot", "/lapor-situs-judi-slot/"),
        ("Bahaya Judi Online bagi Pelajar", "/bahaya-judi-online-bagi-pelajar/"),
    ),
}


@pytest.mark.parametrize("html", SELLERS.values(), ids=SELLERS.keys())
def test_a_sellers_headline_or_folded_item_beside_a_campaign_is_found(shared_site, html: str) -> None:  # type: ignore[no-untyped-def]
    shared_site.route("*", "/", Reply(200, html))
    found = security(check(make_checker(shared_site.port), app(shared_site.port)))
    assert any(code == "judi_online" for code, _ in found)


@pytest.mark.parametrize("html", NEWS.values(), ids=NEWS.keys())
def test_news_headlined_with_its_own_news_words_and_a_campaigns_menu_stay_clean(shared_site, html: str) -> None:  # type: ignore[no-untyped-def]
    shared_site.route("*", "/", Reply(200, html))
    event = check(make_checker(shared_site.port), app(shared_site.port))
    assert security(event) == {}
