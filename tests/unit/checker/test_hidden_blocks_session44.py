"""The hidden parts' blocks read with a part's attributes and class once and its words sought without a generator
(``page._hidden_blocks``, ``_widget_of``, ``_menu_part``, ``_themed``, ``_holds_one``), pinned against the reading
before, kept here as it was, on pages written the way a department's vendor writes them (a menu whose sub-menus its
theme hides, a carousel's slides, tabs, a modal, a kit's hidden links at the end) and on the edge cases of each."""

from __future__ import annotations

from datetime import date
from itertools import islice

import pytest
from selectolax.lexbor import LexborHTMLParser as HTMLParser
from selectolax.lexbor import LexborNode as Node

from pantau_checker.core import page
from pantau_checker.core.css import hiding_rules
from pantau_checker.core.page import HiddenBlock, Link

# --- the reading before, as it was ---


def _old_hidden_blocks(
    nodes: list[Node], texts: list[str], links: list[Link], bounds: list[int], base_url: str
) -> list[HiddenBlock]:
    blocks = []
    start = 0
    widgets: dict[int, HiddenBlock] = {}
    for node, text, end in zip(nodes, texts, bounds, strict=False):
        if end == start:
            continue
        own, start = tuple(links[start:end]), end
        parent = _old_widget_of(node)
        if parent is None:
            said = sum(len(link.text) + 1 for link in own)
            blocks.append(
                HiddenBlock(own, len(text) > said + page._BLOCK_LABEL, _old_menu_part(node), _old_themed(node))
            )
        elif parent.mem_id not in widgets:
            widgets[parent.mem_id] = HiddenBlock(tuple(page._links([parent], base_url, images=True)), False, True)
            blocks.append(widgets[parent.mem_id])
    return blocks


def _old_widget_of(node: Node) -> Node | None:
    attributes = node.attributes
    parent, tag, kind = node.parent, node.tag, attributes.get("class")
    if not kind or parent is None or parent.tag in page._PAGE_ROOTS:
        return None
    words = page._SLIDE_WORDS if "style" in attributes else page._PART_WORDS
    if not any(word in kind.lower() for word in words):
        return None
    siblings = islice(
        (child for child in parent.iter(include_text=False) if child.mem_id != node.mem_id), page._MAX_SIBLINGS
    )
    return parent if any(child.tag == tag and child.attributes.get("class") == kind for child in siblings) else None


def _old_themed(node: Node) -> bool:
    return any(word not in page._HIDING_CLASSES for word in (node.attributes.get("class") or "").lower().split())


def _old_menu_part(node: Node) -> bool:
    if node.tag in page._MENU_TAGS:
        return True
    kind = (node.attributes.get("class") or "").lower()
    if any(word in kind for word in page._MENU_WORDS):
        return True
    parent = node.parent
    for _ in range(page._MENU_REACH):
        if parent is None or parent.tag in page._PAGE_ROOTS:
            return False
        if parent.tag in page._MENU_TAGS:
            return True
        parent = parent.parent
    return False


# --- pages ---

_BASE_URL = "https://dinkes.bekasikota.go.id/"
_TODAY = date(2026, 12, 6)
_THEME = hiding_rules(
    ".menu-item .sub-menu{display:none}.screen-reader-text{position:absolute;left:-10000px}"
    ".tab-pane{display:none}.tab-pane.active{display:block}.modal{display:none}.Dropdown-Menu{display:none}"
    ".carousel-item{display:none}.carousel-item.active{display:block}.collapse{display:none}"
    ".d-none{display:none!important}.hidden{display:none}.slide{visibility:hidden}"
)

_NEWS = "".join(
    f"""<article class="post hentry"><h2 class="entry-title"><a href="/berita/{n}/">Rapat Koordinasi “Bekasi
 Sehat” ke-{n}</a></h2><div class="entry-meta"><span class="tgl">{n} Desember 2026</span> • <span class="jam">08.{n:02d}
 WIB</span></div><p>Ringkasan berita {n}: Dinas Kesehatan menyelenggarakan rapat. <a href="/berita/{n}/">Selengkapnya
 »</a></p></article>"""
    for n in range(1, 11)
)

_MENU = """<nav class="main-navigation"><ul class="menu"><li class="menu-item"><a href="/">Beranda</a></li>
<li class="menu-item menu-item-has-children"><a href="/profil/">Profil</a><ul class="sub-menu">
<li class="menu-item"><a href="/profil/visi-misi/">Visi dan Misi</a></li>
<li class="menu-item"><a href="/profil/struktur/">Struktur Organisasi</a></li></ul></li>
<li class="menu-item menu-item-has-children"><a href="/layanan/">Layanan</a><ul class="sub-menu">
<li class="menu-item"><a href="/layanan/puskesmas/">Puskesmas</a></li><li class="menu-item"><a
 href="/layanan/rs/">Rumah Sakit “Umum”</a></li></ul></li></ul></nav>"""


def _vendor_page(body: str = "", after: str = "") -> str:
    return f"""<!DOCTYPE html><html lang="id"><head><title>Dinas Kesehatan · Kota Bekasi</title></head>
<body class="home blog"><div class="top-bar"><span class="tanggal">Minggu, 6 Desember 2026</span>
<span class="jam-digital">10:30:00</span></div><header class="site-header">{_MENU}</header>
<main id="main" class="site-main"><h1 class="screen-reader-text"><a href="/">Beranda Dinas</a></h1>{_NEWS}{body}</main>
<aside class="sidebar"><section class="widget"><h2 class="widget-title">Berita Terbaru</h2><ul><li><a
 href="/berita/1/">Berita 1</a></li></ul></section></aside>
<footer class="site-footer"><p>© 2026 Dinas Kesehatan Kota Bekasi · “Melayani dengan hati”</p></footer>
{after}</body></html>"""


_CAROUSEL = """<div class="carousel" id="slider"><div class="carousel-inner">
<div class="carousel-item active"><a href="/berita/1/"><img src="/1.jpg" alt="Rapat 1"></a></div>
<div class="carousel-item"><a href="/berita/2/"><img src="/2.jpg" alt="Vaksinasi • Anak"></a></div>
<div class="carousel-item"><a href="/berita/3/"><img src="/3.jpg" alt="Posyandu"></a>Posyandu Melati</div>
</div></div>"""
_TABS = """<div class="tabs"><ul class="nav nav-tabs"><li><a href="#t1">Terbaru</a></li><li><a href="#t2">Populer</a>
</li></ul><div class="tab-content"><div class="tab-pane active" id="t1"><a href="/berita/4/">Berita 4</a></div>
<div class="tab-pane fade" id="t2"><h3>Populer Pekan Ini</h3><a href="/berita/5/">Berita 5</a> <a
 href="/berita/6/">Berita 6</a></div></div></div>"""
_MODAL = """<div class="modal fade" id="pengumuman"><div class="modal-body"><p>Pengumuman: layanan tutup pada
 hari libur nasional. Informasi lebih lanjut hubungi kami.</p><a href="/pengumuman/">Baca</a></div></div>"""
_OLD_SLIDES = """<div id="slides"><div class="slide" style="display:none"><a href="/galeri/1/">Galeri 1</a></div>
<div class="slide" style="display:none"><a href="/galeri/2/">Galeri 2</a></div></div>"""
_KIT = """<div style="display:none"><a href="https://slot-gacor.example/">slot gacor</a> <a
 href="https://toto.example/">togel</a></div><div style="display:none"><a href="https://judi.example/">judi</a></div>"""
_KIT_CLASSED = """<div class="d-none"><a href="https://slot.example/">slot</a></div><div class="hidden d-none"><a
 href="https://toto.example/">toto</a></div><p class="hidden">catatan</p>"""
_ITEMS_STYLED = """<ul class="daftar"><li class="menu-item" style="display:none"><a href="/a/">A</a></li>
<li class="menu-item" style="display:none"><a href="/b/">B</a></li></ul>"""
_CASED = """<div class="panes"><div class="Tab-Pane" hidden><a href="/p/">P</a></div><div class="Tab-Pane" hidden><a
 href="/q/">Q</a></div></div><div class="wrap"><div class="Dropdown-Menu" hidden><a href="/x/">X</a></div>
<div class="Dropdown-Menu" hidden><a href="/y/">Y</a></div></div>
<div class="SR-Only" hidden><a href="/z/">Lewati ke konten</a></div>"""
_SPACED = """<section><div class="	collapse
 show-more " hidden><a href="/lagi/">Selengkapnya</a> dan keterangan yang panjang sekali di sini</div></section>
<div><span><em><b class="Hidden" hidden><a href="/dalam/">Dalam</a></b></em></span></div>
<table><tr><td><div class="none" hidden><a href="/tabel/">Tabel</a></div></td></tr></table>"""
_NESTED_LIST = """<ol><li><div><span class="hide" hidden><a href="/daftar/">Daftar</a></span></div></li></ol>"""
_SIBLINGS_OTHER_CLASS = """<div class="panels"><div class="panel one" hidden><a href="/p1/">P1</a></div>
<div class="panel two" hidden><a href="/p2/">P2</a></div><p class="panel one">teks</p></div>"""
# Panes straight in the main content: the page's root holds them, no widget's.
_ROOT_PANES = """<div class="tab-pane" hidden><a href="/r1/">R1</a></div>
<div class="tab-pane" hidden><a href="/r2/">R2</a></div>"""
# A label of two letters beside four links: as long as their texts and the spaces between them, and no longer.
_LABELLED = """<div class="kotak" hidden><a href="/1/">Satu</a> <a href="/2/">Dua</a> <a href="/3/">Tiga</a> <a
 href="/4/">Empat</a> ab</div><div class="kotak2" hidden><a href="/1/">Satu</a> <a href="/2/">Dua</a> Label ini</div>"""

_PAGES = {
    "menu": _vendor_page(),
    "carousel": _vendor_page(_CAROUSEL),
    "tabs": _vendor_page(_TABS),
    "modal": _vendor_page(_MODAL),
    "old slides": _vendor_page(_OLD_SLIDES),
    "kit at the end": _vendor_page(after=_KIT),
    "kit by class": _vendor_page(_KIT_CLASSED),
    "items hidden by style": _vendor_page(_ITEMS_STYLED),
    "classes in capitals": _vendor_page(_CASED),
    "classes spaced": _vendor_page(_SPACED),
    "inside a list": _vendor_page(_NESTED_LIST),
    "siblings of another class": _vendor_page(_SIBLINGS_OTHER_CLASS),
    "everything": _vendor_page(
        _CAROUSEL
        + _TABS
        + _MODAL
        + _OLD_SLIDES
        + _KIT_CLASSED
        + _ITEMS_STYLED
        + _CASED
        + _SPACED
        + _NESTED_LIST
        + _ROOT_PANES
        + _LABELLED,
        _KIT,
    ),
    "panes at the root": _vendor_page(_ROOT_PANES),
    "a short label": _vendor_page(_LABELLED),
    "no hidden part": "<html><body><p>Hanya teks • “kutipan” © 2026</p></body></html>",
}


def _parsed(html: str) -> page.Page:
    return page.parse_page(html, _BASE_URL, (_THEME,), today=_TODAY)


@pytest.mark.parametrize("name", sorted(_PAGES))
def test_blocks_as_before(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    html = _PAGES[name]
    new = _parsed(html)
    monkeypatch.setattr(page, "_hidden_blocks", _old_hidden_blocks)
    old = _parsed(html)
    assert new.hidden_blocks == old.hidden_blocks
    assert new == old


def test_the_pages_take_each_way() -> None:
    """The pages give blocks of each kind: worded or not, of a menu or not, classed or not, a widget's siblings."""
    blocks = _parsed(_PAGES["everything"]).hidden_blocks
    assert {(b.worded, b.menu, b.classed) for b in blocks} >= {
        (False, True, True),  # a sub-menu
        (True, True, True),  # a tab's pane with its heading, a modal
        (False, False, False),  # a kit's block hidden by its style, no class
        (False, True, False),  # hidden by a class that only hides, inside a list
    }
    # A carousel's slides, and an older one's hidden by their style, each read together (their parent's links).
    together = [[link.text for link in b.links] for b in blocks if not b.worded and b.menu and not b.classed]
    assert ["Rapat 1", "Vaksinasi • Anak", "Posyandu"] in together
    assert ["Galeri 1", "Galeri 2"] in together


def _hidden_of(html: str) -> tuple[list[Node], HTMLParser]:
    tree = HTMLParser(html)
    nodes = [
        n
        for n in tree.css("[hidden], [style], .sub-menu, .tab-pane, .modal, .carousel-item, .d-none, .hidden, .slide")
        if n.tag not in ("html", "body")
    ]
    return nodes, tree


@pytest.mark.parametrize("name", sorted(_PAGES))
def test_each_question_as_before(name: str) -> None:
    nodes, _tree = _hidden_of(_PAGES[name])
    for node in nodes:
        attributes = node.attributes
        kind = (attributes.get("class") or "").lower()
        new, old = page._widget_of(node, attributes, kind), _old_widget_of(node)
        assert (new.mem_id if new is not None else None) == (old.mem_id if old is not None else None)
        assert page._menu_part(node, kind) == _old_menu_part(node)
        assert page._themed(kind) == _old_themed(node)


@pytest.mark.parametrize("name", sorted(_PAGES))
def test_blocks_of_the_nodes_as_before(name: str) -> None:
    nodes, _tree = _hidden_of(_PAGES[name])
    texts = [page._text(n) for n in nodes]
    bounds: list[int] = []
    links = page._links(nodes, _BASE_URL, images=True, bounds=bounds)
    assert page._hidden_blocks(nodes, texts, links, bounds, _BASE_URL) == _old_hidden_blocks(
        nodes, texts, links, bounds, _BASE_URL
    )


@pytest.mark.parametrize(
    ("text", "words", "held"),
    [
        ("sub-menu", page._PART_WORDS, False),
        ("carousel-item", page._PART_WORDS, True),
        ("carousel-item", page._SLIDE_WORDS, True),
        ("panel", page._PART_WORDS, True),
        ("", page._PART_WORDS, False),
        ("tabel", page._PART_WORDS, True),  # as ``in`` finds it: a part of a word
        ("d-md-none", page._MENU_WORDS, True),  # the last of the words
        ("menu", page._MENU_WORDS, True),  # the first
        ("footer", page._MENU_WORDS, False),
        ("x", (), False),
    ],
)
def test_holds_one(text: str, words: tuple[str, ...], held: bool) -> None:
    assert page._holds_one(text, words) is held
    assert page._holds_one(text, words) == any(word in text for word in words)


@pytest.mark.parametrize(
    "kind",
    ["", " ", "d-none", "hidden d-none", "hidden\tnone", "d-none sub-menu", "widget", "hide invisible is-hidden"],
)
def test_themed(kind: str) -> None:
    assert page._themed(kind) == any(word not in page._HIDING_CLASSES for word in kind.split())
