"""Gambling spam in the places of a page that are not its text, through a whole check.

One real HTTP server on 127.0.0.1 serves a department's pages: for each place, a page with the spam a
hacked site carries there (an iframe's ``srcdoc`` loaded unseen, a tooltip, the ``content`` of a class
of the page's own ``<style>``, an HTML comment inside the page or after its end, an image map's area in
a hidden block, a link around a pixel, an SVG's text), and a page of the same department that uses the
place itself (a YouTube embed that loads on a click, a tooltip "Slot pendaftaran tersisa 12", an icon
font's ``content:"\\f073"``, a vendor's old menu commented out, a map of the districts, a visitor
counter's pixel, a chart of vaccination slots) with its news on judi online there, which stays clean.
No Kafka, no PostgreSQL.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest
from checker_servers import FakeSite, Reply, make_checker
from vendor_pages import Site, department_page

from pantau_common.registry.model import AppSpec

HOST = "dinkes.bekasikota.go.id"
HIDDEN = {("judi_online", "hidden"): "kritis"}
FARM = (
    '<a href="https://gacor88.xyz/">slot gacor hari ini</a> '
    '<a href="https://gacor88.xyz/toto/">situs toto togel terpercaya</a> '
    '<a href="https://gacor88.xyz/rtp/">rtp slot maxwin</a>'
)
WORDS = "Situs Slot Gacor Hari Ini, bandar togel terpercaya, maxwin"
NEWS = (
    "Satgas Pemberantasan Judi Online Kota Bekasi bersama Polres Metro Bekasi Kota menangkap dua promotor "
    "situs judi online slot yang mengiklankan situs judi lewat media sosial"
)


def attribute(markup: str) -> str:
    """Return ``markup`` as an attribute's value, as a vendor's template escapes it."""
    return markup.replace("&", "&amp;").replace('"', "&quot;")


# place: (the hacked page, its security findings, the department's own page that uses the place)
PAGES: dict[str, tuple[str, dict[tuple[str, str], str], str]] = {
    "srcdoc": (
        department_page(Site(body_end=f'<iframe srcdoc="{attribute(FARM)}" style="display:none"></iframe>')),
        HIDDEN,
        department_page(
            Site(
                main_extra='<iframe width="560" height="315" src="https://www.youtube.com/embed/Xq2pH7v0bKo" '
                'title="Sosialisasi Bahaya Judi Online" srcdoc="'
                + attribute(
                    "<style>*{padding:0;margin:0}</style><a href='https://www.youtube.com/embed/Xq2pH7v0bKo?"
                    "autoplay=1'><img src='https://img.youtube.com/vi/Xq2pH7v0bKo/hqdefault.jpg' alt='Sosialisasi "
                    "Bahaya Judi Online bagi Pelajar'><span>&#9654;</span></a>"
                )
                + '" allowfullscreen></iframe>'
            )
        ),
    ),
    "tooltip": (
        department_page(Site(main_extra=f'<p>Jadwal layanan <span title="{WORDS}">&nbsp;</span></p>')),
        HIDDEN,
        department_page(
            Site(
                main_extra='<p>Vaksinasi HPV <span class="badge" title="Slot pendaftaran tersisa 12">12</span></p>'
                f'<div class="news-ticker" title="{NEWS}"><p>Berita terbaru Satgas</p></div>'
            )
        ),
    ),
    "css-content": (
        department_page(
            Site(
                head=f'<style>.ft-note::after{{content:"{WORDS}"}}</style>',
                body_end='<span class="ft-note"></span>',
            )
        ),
        HIDDEN,
        department_page(
            Site(
                head='<style>.fa-calendar:before{content:"\\f073"}.read-more::after{content:" Selengkapnya"}'
                '.stop-judi::before{content:"Stop Judi Online! Laporkan situs judi ke aduankonten.id"}</style>',
                main_extra='<p class="stop-judi"></p><i class="fa fa-calendar"></i>',
            )
        ),
    ),
    "comment": (
        department_page(Site(body_end=f"<!-- {FARM} -->")),
        HIDDEN,
        department_page(
            Site(
                main_extra='<!-- <ul class="menu-lama"><li><a href="/layanan/slot-pendaftaran/">Slot Pendaftaran '
                'Vaksin</a></li></ul> --><!-- diarsipkan: <a href="/berita/satgas-judi-online/">'
                f"{NEWS}</a> -->"
            )
        ),
    ),
    "comment-after-html": (
        department_page(Site()) + f"\n<!-- {FARM} -->\n",
        HIDDEN,
        department_page(Site()) + "\n<!-- Page generated in 0.214 seconds. Served from: dinkes.bekasikota.go.id -->\n",
    ),
    "area": (
        department_page(
            Site(
                body_end='<div style="display:none"><map name="mitra"><area shape="rect" coords="0,0,1,1" '
                'href="https://slotgacor88.xyz/" alt="situs slot gacor maxwin"></map></div>'
            )
        ),
        HIDDEN,
        department_page(
            Site(
                main_extra='<img src="/uploads/peta.png" usemap="#kec" alt="Peta Kecamatan"><map name="kec">'
                '<area shape="poly" coords="10,10,80,12,70,90" href="/kecamatan/jatiasih/" alt="Jatiasih"></map>'
            )
        ),
    ),
    "pixel": (
        department_page(
            Site(main_extra='<a href="https://slotgacor88.xyz/"><img src="/uploads/px.gif" width="1" height="1"></a>')
        ),
        HIDDEN,
        department_page(
            Site(
                main_extra='<a href="https://www.histats.com/"><img src="https://sstatic1.histats.com/0.gif?4812345'
                '&101" width="1" height="1" alt=""></a>'
            )
        ),
    ),
    "svg": (
        department_page(Site(body_end=f'<svg width="320" height="40"><text x="0" y="20">{WORDS}</text></svg>')),
        {("judi_online", "visible"): "tinggi"},
        department_page(
            Site(
                main_extra='<svg viewBox="0 0 300 80"><title>Kuota vaksinasi</title><text x="0" y="20">Slot '
                f'vaksinasi terisi 80%</text></svg><svg width="300" height="60"><text y="20">{NEWS}</text></svg>'
            )
        ),
    ),
}


@pytest.fixture(scope="module")
def department_site() -> Iterator[FakeSite]:
    with FakeSite() as running:
        for place, (hacked, _, own) in PAGES.items():
            running.route("*", f"/{place}/", Reply(200, hacked))
            running.route("*", f"/{place}/dinas/", Reply(200, own))
        yield running


def security_findings(site: FakeSite, path: str) -> dict[tuple[str, str], str]:
    spec = AppSpec(id="dinkes-web", pd_id="dinkes", nama="Website Dinkes", url=f"http://{HOST}:{site.port}{path}")
    event = asyncio.run(make_checker(site.port).check(spec, None))
    assert event.availability == "aktif"
    return {(f.code, f.location or ""): f.severity for f in event.findings if f.category == "keamanan"}


@pytest.mark.parametrize("place", PAGES)
def test_spam_in_a_place_no_visitor_reads_is_found_and_the_departments_own_use_is_not(
    department_site: FakeSite, place: str
) -> None:
    assert security_findings(department_site, f"/{place}/") == PAGES[place][1]
    assert security_findings(department_site, f"/{place}/dinas/") == {}
