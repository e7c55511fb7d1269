"""Gambling spam where hacked department sites hide it, as kits do on the real web: the titles of links in a
hidden menu, a script in an iframe's own document, the ``content`` of a linked stylesheet, a pixel sized by
its style, the alt of images hidden, the hosts the head's ``<link>``s name, a ``<noscript>`` of the head and
lines of no height in a box that clips them.

Each is checked on a department's home page with the spam, found where it is, and with the department's own
use of the same place (a mobile menu's titles, a YouTube embed's script, a theme's ``content``, a visitor
counter's pixel, a carousel's slide, WordPress's head, Facebook's pixel, a thumbnail's wrapper and an
accordion), with its news on judi online, which stays clean. And the parts a department hides itself (a
mobile menu, screen-reader labels, an accordion of news, a cookie banner, a tab panel) stay clean too.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from pantau_checker.core.checks import defacement
from pantau_checker.core.css import hiding_rules
from pantau_checker.core.page import parse_page

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "integration" / "checker"))
from gambling_pages_s23 import FARM, NEWS, NEWS_ITEM, PLACES, THEME_CSS, THEME_SHEET
from vendor_pages import Site, department_page

URL = "https://dinkes.bekasikota.go.id/"


def findings(html: str, sheets: dict[str, str] | None = None) -> dict[tuple[str, str | None], str]:
    page = parse_page(html, URL, [hiding_rules(css) for css in (sheets or {}).values()])
    return {(f.code, f.location): f.severity for f in defacement.scan(page) if f.category == "keamanan"}


@pytest.mark.parametrize("place", PLACES)
def test_spam_hidden_as_kits_hide_it_is_found(place: str) -> None:
    spam = PLACES[place]
    assert findings(spam.hacked, spam.sheets) == spam.found


@pytest.mark.parametrize("place", PLACES)
def test_the_departments_own_use_of_the_place_is_clean(place: str) -> None:
    own = PLACES[place]
    assert findings(own.own, own.own_sheets) == {}


def test_a_title_of_a_link_in_a_hidden_block_is_read_as_hidden_not_as_a_link() -> None:
    html = department_page(
        Site(body_end='<div style="display:none"><a href="/" title="Situs Slot Gacor Hari Ini Maxwin">.</a></div>')
    )
    assert findings(html) == {("judi_online", "hidden"): "kritis"}
    assert "Situs Slot Gacor Hari Ini Maxwin" in parse_page(html, URL).hidden_texts


def test_a_script_of_a_frames_document_does_not_send_the_page_away() -> None:
    # The frame's own document navigates, not the page: no pointer of the page's.
    markup = "<script>location.href='https://www.youtube.com/embed/Xq2pH7v0bKo';</script>"
    page = parse_page(department_page(Site(main_extra=f'<iframe srcdoc="{markup}"></iframe>')), URL)
    assert page.frame_scripts == ("location.href='https://www.youtube.com/embed/Xq2pH7v0bKo';",)
    assert not [p for p in page.pointers if p.kind not in ("canonical", "amphtml")]


def test_a_commented_out_script_does_not_run() -> None:
    html = department_page(Site(body_end="<!-- <script>document.write('slot gacor maxwin situs toto')</script> -->"))
    assert parse_page(html, URL).frame_scripts == ()


def test_the_strings_of_a_linked_stylesheet_are_read_once_per_sheet() -> None:
    rules = hiding_rules(THEME_CSS)
    assert rules.contents == (  # an icon's code and a separator write no letter
        "Selengkapnya \u2192",
        "Stop Judi Online! Laporkan situs judi ke aduankonten.id",
        "| Dikelola oleh Diskominfo Kota Bekasi",
    )
    assert findings(department_page(Site(main_extra=NEWS_ITEM)), {THEME_SHEET: THEME_CSS}) == {}


def test_a_noscript_of_the_body_is_read_as_hidden_once() -> None:
    html = department_page(Site(body_end=f"<noscript>{FARM}</noscript>"))
    assert findings(html) == {("judi_online", "hidden"): "kritis"}


# The parts a department hides itself, each with its own rule or class, and its news on judi online in them.
DEPARTMENTS_HIDDEN_PARTS = Site(
    head="<style>.mobile-menu{display:none}.collapse:not(.show){display:none}.tab-pane{display:none}"
    ".tab-pane.active{display:block}#cookie-notice{position:fixed;bottom:-500px;transition:bottom .4s}"
    "#cookie-notice.shown{bottom:0}.sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;"
    "overflow:hidden;clip:rect(0,0,0,0);border:0}</style>",
    body_top='<nav class="mobile-menu"><ul><li><a href="/">Beranda</a></li><li><a href="/berita/satgas-judi-online/" '
    'title="Satgas Pemberantasan Judi Online">Satgas PJO</a></li></ul></nav>'
    '<a class="sr-only" href="#content">Langsung ke konten</a>',
    main_extra=NEWS_ITEM
    + '<div class="accordion"><button data-toggle="collapse" data-target="#lap">Laporan Satgas</button>'
    f'<div id="lap" class="collapse"><p>{NEWS}</p><img src="/uploads/satgas.jpg" alt="Satgas judi online"></div></div>'
    '<ul class="nav nav-tabs"><li><a href="#t1">Berita</a></li><li><a href="#t2">Pengumuman</a></li></ul>'
    '<div class="tab-content"><div class="tab-pane active" id="t1"><p>Berita terkini dinas.</p></div>'
    f'<div class="tab-pane" id="t2"><p>{NEWS}</p><a href="/berita/satgas-judi-online/" '
    'title="Satgas judi online">Baca</a></div></div>'
    "<details><summary>Arsip 2024</summary><p>Sosialisasi bahaya judi online di sekolah.</p></details>"
    '<label for="s"><span class="sr-only">Cari berita judi online</span></label><input id="s" type="search">',
    body_end='<div id="cookie-notice" role="dialog"><p>Situs ini memakai cookie.</p><button>Setuju</button></div>'
    '<dialog id="lapor"><p>Laporkan situs judi online ke aduankonten.id</p></dialog>',
)


def test_the_parts_a_department_hides_itself_are_clean() -> None:
    assert findings(department_page(DEPARTMENTS_HIDDEN_PARTS)) == {}
