"""Gambling spam that a linked stylesheet shrinks to a font size of nothing, and spam in an ``<object>``'s fallback,
through a whole check against a real HTTP server on 127.0.0.1 (session 31).

The injected rule is appended to the theme's ``style.css`` after a Bootstrap theme's own rules: ``font-size:0``
on the farm's box hides its links, where nothing within is sized again. An ``<object>`` that embeds a PDF or a page
shows its fallback only where the browser cannot draw it: spam there is hidden. And what only looks so stays
visible: the inline-block gap trick (``.row{font-size:0}`` whose children set their own size, by their class, their
element, an attribute or a style attribute), a mega menu closed with ``opacity:0;pointer-events:none`` or faded in
on hover (a linked sheet's ``opacity:0`` is a theme's animation), Bootstrap's faded tabs and carousel, and a Flash
banner's fallback (no browser draws Flash: every visitor reads it).
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest
from checker_servers import FakeSite, Reply, make_checker
from vendor_pages import Site, department_page

from pantau_common.registry.model import AppSpec

HOST = "dinkes.bekasikota.go.id"
THEME_CSS = "/wp-content/themes/pemkot/style.css?ver=2.3.1"  # as department_page links it
CSS = {"Content-Type": "text/css"}
# A Bootstrap 4 theme's own rules, as its sheet has them: faded tabs, tooltips and carousel, a file input.
BOOTSTRAP = (
    "body{margin:0;font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,sans-serif;font-size:1rem;"
    "color:#212529;background-color:#fff}"
    "h1,.h1{font-size:2.5rem}h2,.h2{font-size:2rem}h3,.h3{font-size:1.75rem}small,.small{font-size:80%}"
    ".btn{display:inline-block;font-weight:400;font-size:1rem;line-height:1.5;border-radius:.25rem}"
    ".fade{transition:opacity .15s linear}.fade:not(.show){opacity:0}"
    ".tooltip{position:absolute;z-index:1070;display:block;margin:0;font-size:.875rem;opacity:0}.tooltip.show{opacity:.9}"
    ".custom-file-input{position:relative;z-index:2;width:100%;margin:0;opacity:0}"
    ".carousel-item{position:relative;display:none;float:left;width:100%;margin-right:-100%;"
    "transition:transform .6s ease-in-out}.carousel-item.active{display:block}"
    ".carousel-fade .carousel-item{opacity:0;transition-property:opacity;transform:none}"
    ".carousel-fade .carousel-item.active{z-index:1;opacity:1}"
    ".tab-content>.tab-pane{display:none}.tab-content>.active{display:block}"
    ".sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);"
    "white-space:nowrap;border:0}"
    ".site-header{background:#0b4f8a}.news-list{display:grid}.site-footer{background:#1d2b36;color:#dfe6ec}\n"
)
FARM_LINKS = " ".join(
    f'<a href="https://{host}.xyz/">SLOT GACOR {host.upper()} toto macau rtp live</a>'
    for host in ("koitoto", "hokitoto", "kaisar88", "jpslot")
)
FARM = f'<div class="ft-mitra">{FARM_LINKS}</div>'
# A news item of the city's fight against gambling: words of the trade, in news.
ANTI = (
    '<article class="berita-kecil"><h3><a href="/berita/satgas-judi-online/">Satgas Pemberantasan Judi Online '
    "Kota Bekasi Blokir 312 Situs Slot</a></h3><p>Diskominfo bersama Polres Metro Bekasi Kota memblokir situs judi "
    "online, slot dan togel yang menyasar pelajar. Warga yang menemukan agen judi diminta melapor ke "
    "aduankonten.id.</p></article>"
)
RAZIA = "".join(
    f'<li><a href="/berita/razia-judi-online-{place.lower()}/">Razia Judi Online di Kecamatan {place}</a></li>'
    for place in ("Bantargebang", "Medan Satria", "Rawalumbu")
)
PDF = "/wp-content/uploads/2026/11/kebijakan-privasi.pdf"

SPAM = {
    "a font size of nothing": (FARM, ".ft-mitra{font-size:0;line-height:0}"),
    "a font size of no pixels": (FARM, ".ft-mitra{font-size:0px}"),
    "the fallback of an embedded PDF": (f'<object data="{PDF}" width="0" height="0">{FARM_LINKS}</object>', ""),
    "the fallback of an embedded page": (f'<object type="text/html" data="/mitra/">{FARM_LINKS}</object>', ""),
}
LOOK_ALIKES = {
    "the gap trick, children sized by their class": (
        f'<div class="news-row"><div class="news-col">{ANTI}</div><div class="news-col">{ANTI}</div></div>',
        ".news-row{font-size:0}.news-col{display:inline-block;width:50%;vertical-align:top;font-size:14px}",
    ),
    "the gap trick, children sized within": (
        f'<ul class="tautan-inline">{RAZIA}</ul>',
        ".tautan-inline{font-size:0;letter-spacing:0}.tautan-inline>li{display:inline-block;font-size:13px}",
    ),
    "the gap trick, children sized by their element": (
        f'<ul class="tautan-inline">{RAZIA}</ul>',
        ".tautan-inline{font-size:0}li{display:inline-block;font-size:13px}",
    ),
    "the gap trick, children sized by an attribute": (
        f'<div class="row-rapat"><div class="col-md-6">{ANTI}</div><div class="col-md-6">{ANTI}</div></div>',
        ".row-rapat{font-size:0}[class*=col-]{display:inline-block;font-size:14px}",
    ),
    "the gap trick, children sized by their style attribute": (
        f'<div class="rapat"><div style="display:inline-block;font-size:14px">{ANTI}</div></div>',
        ".rapat{font-size:0}",
    ),
    "a mega menu closed until a script opens it": (
        f'<div class="mega-menu"><ul class="mega-list">{RAZIA}</ul></div>',
        ".mega-menu{position:absolute;left:0;right:0;top:100%;opacity:0;pointer-events:none}",
    ),
    "a mega menu faded in on hover": (
        f'<div class="mega-menu"><ul class="mega-list">{RAZIA}</ul></div>',
        ".mega-menu{position:absolute;opacity:0}.menu-item:hover .mega-menu{opacity:1}",
    ),
    "Bootstrap's faded tabs and carousel": (
        '<ul class="nav nav-tabs"><li><a data-toggle="tab" href="#t1">Terbaru</a></li><li><a data-toggle="tab" '
        'href="#t2">Edukasi</a></li></ul><div class="tab-content"><div class="tab-pane fade show active" id="t1">'
        f'<p>Jadwal posyandu balita.</p></div><div class="tab-pane fade" id="t2">{ANTI}</div></div>'
        '<div class="carousel slide carousel-fade"><div class="carousel-item active"><h5>Wali Kota Ajak ASN '
        'Jauhi Judi Online</h5></div><div class="carousel-item"><h5>Razia Slot dan Togel</h5></div></div>',
        "",
    ),
    "a Flash banner's fallback": (
        f'<object data="/banner.swf" type="application/x-shockwave-flash"><p>{FARM_LINKS}</p></object>',
        "",
    ),
}


@pytest.fixture
def site() -> Iterator[FakeSite]:
    with FakeSite() as running:
        yield running


def security_findings(site: FakeSite) -> dict[tuple[str, str], str]:
    spec = AppSpec(id="dinkes-web", pd_id="dinkes", nama="Website Dinkes", url=f"http://{HOST}:{site.port}/")
    event = asyncio.run(make_checker(site.port).check(spec, None))
    assert event.availability == "aktif"
    return {(f.code, f.location): f.severity for f in event.findings if f.category == "keamanan"}


def serve(site: FakeSite, main_extra: str, rule: str) -> None:
    site.route("*", "/", Reply(200, department_page(Site(main_extra=main_extra))))
    site.route("*", THEME_CSS, Reply(200, BOOTSTRAP + rule, CSS))


@pytest.mark.parametrize(("html", "rule"), SPAM.values(), ids=SPAM.keys())
def test_a_farm_shrunk_or_in_an_objects_fallback_is_hidden(site: FakeSite, html: str, rule: str) -> None:
    serve(site, html, rule)
    found = security_findings(site)
    assert found.get(("judi_online", "hidden")) == "kritis"
    assert ("judi_online", "visible") not in found


@pytest.mark.parametrize(("html", "rule"), LOOK_ALIKES.values(), ids=LOOK_ALIKES.keys())
def test_what_only_looks_shrunk_or_faded_is_read_as_served(site: FakeSite, html: str, rule: str) -> None:
    serve(site, html, rule)
    found = security_findings(site)
    assert ("judi_online", "hidden") not in found
    if "koitoto" in html:  # the Flash banner's fallback: every visitor reads it
        assert ("judi_online", "visible") in found
    else:
        assert found == {}
