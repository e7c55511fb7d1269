"""Gambling spam in the places of a page that are not its text: an iframe's own document (``srcdoc``),
the titles (tooltips) of elements other than links, the strings a class of the page's own ``<style>``
writes (``content``), HTML comments a spam kit leaves, an image map's areas, a link around a pixel,
and the text an SVG draws.

Each place is checked twice on a department's home page: with the spam a hacked site carries there,
which is found where it is, and with what departments and their vendors put there themselves (a
commented-out old menu, a tooltip "Slot pendaftaran tersisa 12", an icon font's ``content:"\\f073"``,
a YouTube embed that loads on a click, a map of the districts, a visitor counter's pixel, a chart),
and the department's own news on judi online there, which stay clean.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from pantau_checker.core.checks import defacement
from pantau_checker.core.page import parse_page

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "integration" / "checker"))
from vendor_pages import Site, department_page

URL = "https://dinkes.bekasikota.go.id/"
HIDDEN = {("judi_online", "hidden"): "kritis"}
FARM = (
    '<a href="https://gacor88.xyz/">slot gacor hari ini</a> '
    '<a href="https://gacor88.xyz/toto/">situs toto togel terpercaya</a> '
    '<a href="https://gacor88.xyz/rtp/">rtp slot maxwin</a>'
)
WORDS = "slot gacor hari ini, situs toto togel terpercaya, rtp slot maxwin"
# The department's own news on judi online, as its news list writes a headline and its lead.
NEWS = (
    "Satgas Pemberantasan Judi Online Kota Bekasi bersama Polres Metro Bekasi Kota menangkap dua promotor "
    "situs judi online slot yang mengiklankan situs judi lewat media sosial"
)
NEWS_LINK = f'<a href="/berita/satgas-judi-online-tangkap-promotor/">{NEWS}</a>'


def findings(site: Site, after_html: str = "") -> dict[tuple[str, str | None], str]:
    page = parse_page(department_page(site) + after_html, URL)
    return {(f.code, f.location): f.severity for f in defacement.scan(page) if f.category == "keamanan"}


def srcdoc(markup: str) -> str:
    """Return ``markup`` as an attribute's value: its quotes as character references."""
    return markup.replace("&", "&amp;").replace('"', "&quot;")


# (the spam, where it is found, the department's own markup in the same place)
PLACES = {
    "srcdoc-unseen": (
        Site(body_end=f'<iframe srcdoc="{srcdoc(FARM)}" width="0" height="0" style="display:none"></iframe>'),
        HIDDEN,
        # A YouTube embed that loads the player on a click ("lite embed"): a thumbnail and a play button.
        Site(
            main_extra='<iframe width="560" height="315" src="https://www.youtube.com/embed/Xq2pH7v0bKo" '
            'title="Sosialisasi Bahaya Judi Online" srcdoc="'
            + srcdoc(
                "<style>*{padding:0;margin:0;overflow:hidden}img{position:absolute;width:100%}</style>"
                "<a href='https://www.youtube.com/embed/Xq2pH7v0bKo?autoplay=1'>"
                "<img src='https://img.youtube.com/vi/Xq2pH7v0bKo/hqdefault.jpg' alt='Sosialisasi Bahaya Judi "
                "Online bagi Pelajar SMP Negeri 12 Bekasi'><span>&#9654;</span></a>"
            )
            + '" allowfullscreen></iframe>'
        ),
    ),
    "srcdoc-shown": (
        Site(main_extra=f'<iframe srcdoc="{srcdoc("<p>Mitra kami:</p>" + FARM)}" width="300" height="80"></iframe>'),
        {("judi_online", "visible"): "tinggi", ("judi_online", "link"): "tinggi"},
        Site(main_extra=f'<iframe srcdoc="{srcdoc("<h4>Berita Satgas</h4><p>" + NEWS_LINK + "</p>")}"></iframe>'),
    ),
    "span-title": (
        Site(main_extra=f'<p>Jadwal layanan puskesmas <span title="{WORDS}">&nbsp;</span></p>'),
        HIDDEN,
        Site(
            main_extra='<p>Vaksinasi HPV <span class="badge" title="Slot pendaftaran tersisa 12">12</span> '
            '<abbr title="Satuan Tugas Pemberantasan Judi Online">Satgas PJO</abbr></p>'
        ),
    ),
    "div-title": (
        Site(body_end=f'<div class="widget-partner" title="{WORDS}"></div>'),
        HIDDEN,
        Site(main_extra=f'<div class="news-ticker" title="{NEWS}"><p>Berita terbaru dari Satgas</p></div>'),
    ),
    "css-content": (
        Site(
            head='<style>.ft-note::after{content:"slot gacor hari ini \\2022  situs toto togel \\2022  '
            'rtp slot maxwin"}</style>',
            body_end='<span class="ft-note"></span>',
        ),
        HIDDEN,
        # An icon font, a breadcrumb's separator, a button's words, and the department's campaign banner.
        Site(
            head='<style>.fa-calendar:before{content:"\\f073"}.breadcrumb li+li::before{content:"/"}'
            '.read-more::after{content:" Selengkapnya \\2192"}.stop-judi::before{content:"Stop Judi Online! '
            'Laporkan situs judi ke aduankonten.id"}</style>',
            main_extra='<p class="stop-judi"></p><a class="read-more" href="/berita/"></a>',
        ),
    ),
    "css-content-escaped": (
        Site(
            head="<style>.seo::before{content:'\\73 lot \\67 acor \\6d axwin situs toto togel'}</style>",
            body_end='<i class="seo"></i>',
        ),
        HIDDEN,
        Site(head='<style>.quote::before{content:"\\201C"}.quote::after{content:"\\201D"}</style>'),
    ),
    "comment": (
        Site(body_end=f"<!-- {FARM} -->"),
        HIDDEN,
        # A vendor's old menu, commented out when the menu was redone, and an old headline.
        Site(
            main_extra='<!-- <ul class="menu-lama"><li><a href="/layanan/slot-pendaftaran/">Slot Pendaftaran '
            'Vaksin</a></li><li><a href="/layanan/antrean/">Antrean Online</a></li></ul> -->'
            f"<!-- dinonaktifkan sementara: {NEWS_LINK} -->"
        ),
    ),
    "comment-after-html": (Site(), HIDDEN, Site()),  # the kit's comment after </html> (``AFTER_HTML``)
    "area-hidden": (
        Site(
            body_end='<div style="display:none"><img src="/uploads/peta.png" usemap="#mitra" alt="">'
            '<map name="mitra"><area shape="rect" coords="0,0,1,1" href="https://slotgacor88.xyz/" '
            'alt="situs slot gacor maxwin"></map></div>'
        ),
        HIDDEN,
        # The city's map of districts, each area to its page.
        Site(
            main_extra='<img src="/uploads/peta-kecamatan.png" usemap="#kecamatan" alt="Peta Kecamatan">'
            '<map name="kecamatan"><area shape="poly" coords="10,10,80,12,70,90" href="/kecamatan/bekasi-barat/" '
            'alt="Bekasi Barat"><area shape="poly" coords="90,10,160,20,150,80" href="/kecamatan/jatiasih/" '
            'alt="Jatiasih"></map>'
        ),
    ),
    "area-after-footer": (
        Site(
            body_end='<img src="/uploads/px.png" usemap="#m" width="1" height="1" alt=""><map name="m">'
            '<area shape="rect" coords="0,0,1,1" href="https://slotgacor88.xyz/" alt="situs slot gacor maxwin">'
            "</map>"
        ),
        {("judi_online", "link"): "kritis"},
        Site(
            body_end='<img src="/uploads/banner-lapor.png" usemap="#lapor" alt="SP4N LAPOR"><map name="lapor">'
            '<area shape="rect" coords="0,0,300,80" href="https://lapor.go.id/" alt="Laporkan judi online ke '
            'SP4N LAPOR!"></map>'
        ),
    ),
    "pixel-link": (
        Site(main_extra='<a href="https://slotgacor88.xyz/"><img src="/uploads/px.gif" width="1" height="1"></a>'),
        HIDDEN,
        # A visitor counter's pixel, and a news item's thumbnail.
        Site(
            main_extra='<a href="https://www.histats.com/" target="_blank"><img src="https://sstatic1.histats.com'
            '/0.gif?4812345&101" width="1" height="1" alt=""></a><a href="/berita/satgas-judi-online/"><img '
            'src="/uploads/satgas.jpg" width="320" height="180" alt="Satgas judi online"></a>'
        ),
    ),
    "svg-text": (
        Site(body_end=f'<svg width="320" height="40"><text x="0" y="20">{WORDS}</text></svg>'),
        {("judi_online", "visible"): "tinggi"},
        # A chart of vaccination slots, and the campaign's infographic.
        Site(
            main_extra='<svg viewBox="0 0 300 120" role="img"><title>Kuota vaksinasi</title><rect width="200" '
            'height="20"/><text x="0" y="40">Slot vaksinasi terisi 80%</text><text x="0" y="60">Sisa slot: '
            f'24</text></svg><svg width="300" height="60"><text x="0" y="20">{NEWS}</text></svg>'
        ),
    ),
}
# A spam kit appends its links after the page's end, where the parser keeps its comment (the document's).
AFTER_HTML = {"comment-after-html": (f"\n<!-- {FARM} -->\n", "\n<!-- Page generated in 0.214 seconds. -->\n")}


@pytest.mark.parametrize("place", PLACES)
def test_spam_in_a_hidden_place_is_found_and_the_departments_own_use_of_it_is_not(place: str) -> None:
    spam, expected, own = PLACES[place]
    after_spam, after_own = AFTER_HTML.get(place, ("", ""))
    assert findings(spam, after_spam) == expected
    assert findings(own, after_own) == {}


def test_a_hidden_inputs_value_is_not_read() -> None:
    # A search form's value is the site's own, or the visitor's query echoed (/?s=slot+gacor): anyone can
    # make a site print it, so it is no proof of an injection, and no search engine or visitor reads it.
    form = (
        '<form role="search" action="/"><input type="hidden" name="s" value="slot gacor maxwin situs toto">'
        '<input type="search" name="q" value="slot gacor"><button>Cari</button></form>'
    )
    assert findings(Site(main_extra=form)) == {}


def test_a_title_inside_a_hidden_block_is_read_as_hidden() -> None:
    hidden = f'<div style="display:none"><span title="{WORDS}">Mitra</span></div>'
    assert findings(Site(body_end=hidden)) == HIDDEN
