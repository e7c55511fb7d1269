"""A linked stylesheet's font size of nothing, and an ``<object>``'s fallback, in a whole department page: what they
hide is read as hidden (and kept in the text: a script may show it), and what only looks hidden is not.

``font-size:0`` hides the box's text where nothing within is sized again: the inline-block gap trick sizes the
children (by their class, within the box, by their element, an attribute or a style attribute). A linked sheet's
``opacity:0`` hides nothing: a theme's script fades it in (a mega menu's closed state too).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from pantau_checker.core.css import hiding_rules
from pantau_checker.core.page import Page, parse_page

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "integration" / "checker"))
from vendor_pages import Site, department_page

URL = "https://dinkes.bekasikota.go.id/"
FARM = (
    '<a href="https://gacor88.xyz/">slot gacor hari ini</a> '
    '<a href="https://gacor88.xyz/toto/">situs toto togel terpercaya</a> '
    '<a href="https://gacor88.xyz/rtp/">rtp slot maxwin</a>'
)
NEWS = (
    '<li class="item"><a href="/berita/razia-judi-online/">Razia Judi Online di Kecamatan Rawalumbu</a></li>'
    '<li class="item"><a href="/berita/posyandu/">Posyandu Serentak di 56 Kelurahan</a></li>'
)
THEME = "body{color:#333;font-size:15px}h2{font-size:22px}.site-header{background:#0b4f8a}"


def parsed(html: str, rule: str) -> Page:
    return parse_page(department_page(Site(main_extra=html)), URL, (hiding_rules(THEME + rule),))


@pytest.mark.parametrize(
    ("html", "rule"),
    [
        (f'<div class="seo">{FARM}</div>', ".seo{font-size:0}"),
        (f'<div class="seo">{FARM}</div>', ".seo{font-size:0px;line-height:0}"),
        (f'<object data="/files/privasi.pdf" width="0" height="0">{FARM}</object>', ""),
        (f'<object data="/files/peta.svg" type="image/svg+xml">{FARM}</object>', ""),
        (f'<object type="text/html" data="/mitra/">{FARM}</object>', ""),
    ],
)
def test_a_farm_a_linked_sheet_shrinks_or_an_objects_fallback_is_hidden(html: str, rule: str) -> None:
    page = parsed(html, rule)
    assert "slot gacor hari ini" in " ".join(page.hidden_texts)


@pytest.mark.parametrize(
    ("html", "rule"),
    [
        (f'<ul class="row-gap"><div class="col-4">{NEWS}</div></ul>', ".row-gap{font-size:0}.col-4{font-size:14px}"),
        (f'<ul class="row-gap">{NEWS}</ul>', ".row-gap{font-size:0}.row-gap>li{display:inline-block;font-size:13px}"),
        (f'<ul class="row-gap">{NEWS}</ul>', ".row-gap{font-size:0}li{font-size:13px}"),
        (f'<ul class="row-gap">{NEWS}</ul>', ".row-gap{font-size:0}.row-gap>*{font-size:13px}"),
        (f'<ul class="row-gap">{NEWS}</ul>', ".row-gap{font-size:0}[class~=item]{font-size:13px}"),
        (f'<ul class="row-gap">{NEWS}</ul>', ".row-gap{font-size:0}@media (min-width:768px){.item{font-size:1rem}}"),
        (f'<div class="row-gap"><div style="font-size:14px"><ul>{NEWS}</ul></div></div>', ".row-gap{font-size:0}"),
        (f'<div class="mega">{NEWS}</div>', ".mega{position:absolute;opacity:0;pointer-events:none}"),
        (f'<div class="mega">{NEWS}</div>', ".mega{opacity:0}li:hover>.mega{opacity:1}"),
        (f'<div class="mega">{NEWS}</div>', ".mega{opacity:0;transition:opacity .3s}"),
        (f'<div class="mega">{NEWS}</div>', ".mega{opacity:0}"),  # a script fades it in
        (f'<div class="seo wow fadeInUp">{NEWS}</div>', ".seo{font-size:0}"),  # WOW.js's class: as before
        (f'<object data="/banner.swf" type="application/x-shockwave-flash">{NEWS}</object>', ""),
        (f"<object>{NEWS}</object>", ""),
    ],
)
def test_what_only_looks_shrunk_faded_or_a_fallback_stays_visible(html: str, rule: str) -> None:
    page = parsed(html, rule)
    assert "Razia Judi Online di Kecamatan Rawalumbu" in page.visible_text
    assert "Razia Judi Online" not in " ".join(page.hidden_texts)


def test_the_gap_trick_sized_again_by_another_sheet_stays_visible() -> None:
    # Bootstrap's sheet sizes the columns; the theme's sheet, linked after it, closes the gaps between them.
    bootstrap = hiding_rules(".col-md-6{position:relative;width:100%;font-size:.9375rem}.btn{font-size:1rem}")
    theme = hiding_rules(THEME + ".row-rapat{font-size:0}.col-md-6{display:inline-block}")
    html = f'<div class="row-rapat"><div class="col-md-6"><ul>{NEWS}</ul></div></div>'
    page = parse_page(department_page(Site(main_extra=html)), URL, (bootstrap, theme))
    assert "Razia Judi Online" not in " ".join(page.hidden_texts)
    farm = parse_page(department_page(Site(main_extra=f'<div class="row-rapat">{FARM}</div>')), URL, (bootstrap, theme))
    assert "slot gacor hari ini" in " ".join(farm.hidden_texts)
