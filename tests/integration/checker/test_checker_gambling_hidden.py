"""Gambling spam hidden the ways hacked department sites hide it, through a whole check.

One real HTTP server on 127.0.0.1 serves a department's WordPress site, its theme stylesheet, and
the pages of its CodeIgniter applications: spam whose words tags cut in pieces (hidden by a class
of the theme's stylesheet, which the checker reads only for a page that mentions a listed word),
spam coloured white by a class of the page's own ``<style>``, spam of no opacity or no font size,
links within a block that the page's own ``<style>`` hides (``#mitra a``), spam under a class
that Bootstrap (from a CDN) or a WordPress theme hides, and a clean page of the same site
(screen-reader labels, white text on its dark header, a carousel, a cookie banner, a drop cap on
"Slot antrean"). No Kafka, no PostgreSQL.
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
THEME = (
    "body{margin:0;color:#333}.container{max-width:1140px}.site-header{background:#0b4f8a}"
    ".sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);border:0}"
    ".news-list{display:grid}@media screen{.wp-mitra{position:absolute;left:-9999px}}.mt-1{margin-top:4px}"
)
CUT_FARM = " ".join(
    f'<a href="https://{host}.example/">s<span>lot</span> ga<span>cor</span> <b>to</b>gel {host}</a>'
    for host in ("rajawin", "gaspol", "kilat", "jp-paus")
)
SPAM = "Situs Slot Gacor Hari Ini, bandar togel terpercaya, maxwin"
BOOTSTRAP_CDN = '<link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/css/bootstrap.min.css">'
CLEAN = (
    '<button class="navbar-toggler"><span class="sr-only">Toggle navigation</span></button>'
    '<div class="kepala-biru"><h2 class="judul-putih">Stop Judi Online! Laporkan ke aduankonten.id</h2></div>'
    '<div class="carousel"><div class="carousel-item active"><h3>Vaksinasi Gratis</h3></div>'
    '<div class="carousel-item"><h3>Polres Ringkus Bandar Togel di Jatiasih</h3></div></div>'
    '<p><span class="dropcap">S</span>lot antrean layanan KTP-el hari Sabtu masih tersedia.</p>'
    '<div class="cookie-banner">Situs ini menggunakan cookie. <button>Setuju</button></div>'
)
CLEAN_STYLE = (
    "<style>.kepala-biru{background:#0b4f8a}.judul-putih{color:#fff}.carousel-item{opacity:0;"
    "transition:opacity .6s}.carousel-item.active{opacity:1}.cookie-banner{opacity:0}.cookie-banner.show{opacity:1}"
    "</style>"
)
PAGES = {
    # path: (the page, the security findings of a check)
    "/": (Site(main_extra=CLEAN, head=CLEAN_STYLE), {}),
    "/berita/": (
        Site(body_end=f"<div class='wp-mitra'>{CUT_FARM}</div>"),
        {("judi_online", "hidden"): "kritis"},
    ),
    "/layanan/": (
        Site(body_end=f"<div class='footer-note'>{CUT_FARM}</div>"),
        {("judi_online", "visible"): "tinggi", ("judi_online", "link"): "kritis"},
    ),
    "/simpeg/": (
        Site(head="<style>.ft-x{color:#ffffff}</style>", body_end=f"<p class='ft-x'>{SPAM}</p>", plain_markup=True),
        {("judi_online", "hidden"): "kritis"},
    ),
    "/sipp/": (
        Site(head="<style>.seo-links{opacity:0}</style>", body_end=f"<div class='seo-links'>{SPAM}</div>"),
        {("judi_online", "hidden"): "kritis"},
    ),
    "/sakip/": (
        Site(head="<style>.seo-links{font-size:0}</style>", body_end=f"<div class='seo-links'>{SPAM}</div>"),
        {("judi_online", "hidden"): "kritis"},
    ),
    # Partners' links after the footer whose only gambling words are the brands glued in their addresses.
    "/bkpsdm/": (
        Site(
            body_end="<div class='partner'>"
            + " ".join(
                f'<a href="https://{host}/">Mitra {i}</a>'
                for i, host in enumerate(("rajaslot88.com", "slotgacor88.xyz", "kakekzeus777.net"), 1)
            )
            + "</div>"
        ),
        {("judi_online", "link"): "kritis"},
    ),
    "/ppid/": (
        Site(head="<style>#mitra a{display:none}</style>", body_end=f"<div id='mitra'>{CUT_FARM}</div>"),
        {("judi_online", "hidden"): "kritis"},
    ),
    # Hidden by a class of Bootstrap's, whose stylesheet a CDN serves (not read: another host).
    "/disdik/": (
        Site(head=BOOTSTRAP_CDN, body_end=f"<div class='d-none'>{CUT_FARM}</div>"),
        {("judi_online", "hidden"): "kritis"},
    ),
    "/dishub/": (
        Site(body_end=f'<a href="https://rajawin.example/"><span class="screen-reader-text">{SPAM}</span></a>'),
        {("judi_online", "hidden"): "kritis"},
    ),
    # The same classes on a clean Bootstrap page: labels, a menu for wide screens, a quota table in a template.
    "/dinsos/": (
        Site(
            head=BOOTSTRAP_CDN,
            main_extra='<span class="visually-hidden">Buka menu</span><ul class="d-none d-lg-flex"><li>'
            '<a href="/ppdb/">Slot antrean layanan</a></li></ul><div class="d-none"><table><tr><td>Sisa slot '
            "kuota</td><td>12</td></tr></table></div>",
        ),
        {},
    ),
}


@pytest.fixture(scope="module")
def department_site() -> Iterator[FakeSite]:
    with FakeSite() as running:
        running.route("*", THEME_CSS, Reply(200, THEME, {"Content-Type": "text/css"}))
        for path, (site, _) in PAGES.items():
            running.route("*", path, Reply(200, department_page(site)))
        yield running


@pytest.mark.parametrize("path", PAGES, ids=lambda path: path.strip("/") or "home")
def test_spam_hidden_as_real_injections_hide_it_is_found_where_it_is(department_site: FakeSite, path: str) -> None:
    port = department_site.port
    spec = AppSpec(id="dinkes-web", pd_id="dinkes", nama="Website Dinkes", url=f"http://{HOST}:{port}{path}")
    event = asyncio.run(make_checker(port).check(spec, None))
    found = {(f.code, f.location): f.severity for f in event.findings if f.category == "keamanan"}
    assert found == PAGES[path][1]
    assert event.availability == "aktif"
