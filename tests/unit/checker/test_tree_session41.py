"""parse_page's readings of the tree made in the compiled module: a node's words squashed straight from its text
nodes (``_selectors.words_of``, ``page._text``) and the analysis's sets of nodes read by their pointers
(``_selectors.unique``, ``outermost``, ``outside``, ``within``), pinned against the Python they replaced, on a
department's page as its vendor writes it and on the edge cases of each."""

from __future__ import annotations

import random
from datetime import date

import pytest
from selectolax.lexbor import LexborHTMLParser, LexborNode

from pantau_checker.core import machine_parts, page
from pantau_checker.core._selectors import named, outermost, outside, select, text_of, unique, within, words_of

_NEWS = "".join(
    f"""<article class="post hentry" id="post-{n}"><h2 class="entry-title"><a href="/berita/{n}/">Rapat
 Koordinasi “Bekasi Sehat” ke-{n}</a></h2><div class="entry-meta"><span class="tgl">{n} Desember 2026</span> •
 <span class="jam">08.{n:02d}&nbsp;WIB</span></div><p>Ringkasan berita {n}:\u00a0Dinas\u3000Kesehatan
 men<b>ye</b>lenggarakan rapat\u2028koordinasi. <a href="/berita/{n}/" class="more-link">Selengkapnya »</a></p>
 </article>"""
    for n in range(1, 13)
)

VENDOR_PAGE = f"""<!DOCTYPE html><html lang="id"><head><title>Dinas Kesehatan · Kota Bekasi</title>
<meta name="description" content="Situs resmi"><script type="application/ld+json">{{"@type":"Organization"}}</script>
</head><body class="home blog">
<div id="top-bar" class="top-bar"><span class="tanggal">Minggu, 6 Desember 2026</span> <span id="jam-digital"
 class="clock">10:30:00</span><a href="/login">Masuk</a></div>
<header id="masthead" class="site-header"><h1 class="site-title"><a href="/">Dinkes</a></h1>
 <nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">
  <li class="menu-item"><a href="/">Beranda</a></li><li class="menu-item"><a href="/profil/">Profil</a>
   <ul class="sub-menu d-none"><li><a href="/profil/visi/">Visi &amp; Misi</a></li></ul></li>
  <li class="menu-item"><a href="/layanan/">Layanan</a></li></ul></nav></header>
<div class="running-text"><marquee>Selamat datang di situs Dinas Kesehatan • Layanan 24 jam</marquee></div>
<div id="content" class="site-content"><main id="main" class="site-main"><section class="news-ticker">{_NEWS}
</section><div class="widget-counter visitor-counter"><h3>Statistik</h3><ul><li>Hari ini: <b>120</b></li>
 <li>Online: 3</li></ul></div></main>
<aside id="secondary" class="widget-area sidebar"><section class="widget widget_recent_entries">
 <h2 class="widget-title">Berita Terbaru</h2><ul><li><a href="/berita/1/">Berita 1</a></li>
 <li><a href="https://bekasikota.go.id/berita/2/">Berita 2</a></li></ul></section>
 <section class="widget widget_rss"><h2 class="widget-title">Kabar Pemkot</h2><ul>
 <li><a href="https://bekasikota.go.id/a/">Kabar A</a> <span class="rss-date">5 Desember 2026</span></li>
 <li><a href="https://bekasikota.go.id/b/">Kabar B</a> <span class="rss-date">4 Desember 2026</span></li></ul>
 </section></aside></div>
<footer id="colophon" class="site-footer"><div class="footer-menu"><a href="/kontak/">Kontak</a>
 <a href="https://bekasikota.go.id/">Pemkot</a></div><p>© 2026 Dinas Kesehatan Kota Bekasi</p>\x1c\x1f
 <p>Hak\u0085cipta\u1680dilindungi\u2000undang\u202fundang\u205f—\u200bterakhir</p></footer></body></html>"""

_SEPARATORS = ["", " ", "\n", " | "]


def _reference_words(node: LexborNode, separator: str) -> str:
    """The squashing before: the text as ``text_of`` joins it, split and joined by Python."""
    return " ".join(text_of(node, separator).split())


def _every_node(tree: LexborHTMLParser) -> list[LexborNode]:
    return [n for n in tree.root.traverse(include_text=True)] if tree.root is not None else []


@pytest.mark.parametrize("separator", _SEPARATORS)
def test_the_words_of_every_node_of_a_vendor_page_are_the_split_and_joined_text(separator: str) -> None:
    tree = LexborHTMLParser(VENDOR_PAGE)
    nodes = _every_node(tree)
    assert len(nodes) > 300
    for node in nodes:
        assert words_of(node, separator) == _reference_words(node, separator), node.html


def test_the_words_of_neighbouring_tags_are_glued_without_a_separator_and_apart_with_a_space() -> None:
    tree = LexborHTMLParser("<p>men<b>ye</b>lenggarakan <i>rapat</i>\u00a0<u>kerja</u>\u3000a<s></s>b</p>")
    node = tree.css_first("p")
    assert words_of(node) == "menyelenggarakan rapat kerja ab"
    assert words_of(node, " ") == "men ye lenggarakan rapat kerja a b"


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "\x1c\x1d\x1e\x1f",
        "kata",
        " kata ",
        "\u00a0\u0085kata\u2028\u2029",
        "©•“”\u200b",
        "a\u2000b\u2001c\u2002d\u2003e\u2004f\u2005g\u2006h\u2007i\u2008j\u2009k\u200al\u200bm",
        "\u1680x\u205fy\u3000z\u202f",
        "é\u00a0\u0100\u0101",
        "😀 kata 😀",
    ],
)
def test_the_words_of_each_kind_of_space_beyond_ascii_at_a_text_nodes_ends(text: str) -> None:
    html = f"<div><p>{text}</p><p>{text}x{text}</p>{text}<b>{text}</b></div>"
    node = LexborHTMLParser(html).css_first("div")
    for separator in _SEPARATORS:
        assert words_of(node, separator) == _reference_words(node, separator)
    text_node = node.css_first("b").first_child
    if text_node is not None:  # a text node's own words
        assert words_of(text_node) == " ".join(text.split())


def test_words_of_random_texts_are_the_split_and_joined_text() -> None:
    rng = random.Random(41)
    pieces = ["a", "kata", " ", "\t", "\n", "\x1c", "\x1f", "\x85", "\xa0", "\u1680", "\u2000", "\u200a", "\u200b"]
    pieces += ["\u2028", "\u202f", "\u205f", "\u3000", "é", "•", "©", "“", "<b>", "</b>", "<br>", "&nbsp;", "😀"]
    pieces += ["<!-- c -->", "<span> </span>", "<script>var a = 1;</script>", "<p>", "</p>"]
    for _ in range(3000):
        html = "<div>" + "".join(rng.choice(pieces) for _ in range(rng.randint(0, 30))) + "</div>"
        tree = LexborHTMLParser(html)
        for node in [tree.css_first("div"), *select(tree, "b, p, span")]:
            for separator in _SEPARATORS:
                assert words_of(node, separator) == _reference_words(node, separator), html


@pytest.mark.parametrize(
    ("raw", "glued", "apart"),
    [
        # A text node's last bytes start a space of two or three bytes that the next node's (or the separator)
        # end: the bytes are read joined, as they were before (the expectations are the reading's before).
        (b"<p>ab\xe2\x80<b> cd</b>\xc2</p>", "ab cd\ufffd", "ab cd \ufffd"),
        (b"<p>ab\xc2<b>\xa0cd</b></p>", "ab cd", "ab\ufffd \ufffdcd"),
        (b"<p>ab\xe3<b>\x80\x80cd</b></p>", "ab cd", "ab\ufffd \ufffd\ufffdcd"),
        (b"<p>ab\xe1\x9a<b>\x80cd</b></p>", "ab cd", "ab\ufffd \ufffdcd"),
        (b"<p>ab\xe2<b>\x80\xafcd</b>ef\xe2\x80</p>", "ab cdef\ufffd", "ab\ufffd \ufffd\ufffdcd ef\ufffd"),
    ],
)
def test_words_of_text_nodes_cut_within_a_character_are_read_joined(raw: bytes, glued: str, apart: str) -> None:
    node = LexborHTMLParser(raw).css_first("p")
    assert words_of(node) == glued
    assert words_of(node, " ") == apart


# The sets of nodes as the analysis made them in Python (on ``page._lineage``, which the analysis still has).


def _reference_unique(nodes: list[LexborNode], limit: int) -> list[LexborNode]:
    seen: set[int] = set()
    result = []
    for node in nodes[:limit]:
        if node.mem_id not in seen:
            seen.add(node.mem_id)
            result.append(node)
    return result


def _reference_outermost(nodes: list[LexborNode], limit: int) -> list[LexborNode]:
    chosen = {n.mem_id for n in nodes}
    result = []
    for node in nodes[:limit]:
        parent = node.parent
        while parent is not None and parent.mem_id not in chosen:
            parent = parent.parent
        if parent is None:
            result.append(node)
    return result


def _reference_outside(nodes: list[LexborNode], gone: list[LexborNode]) -> list[LexborNode]:
    gone_ids = {n.mem_id for n in gone}
    return [n for n in nodes if gone_ids.isdisjoint(page._lineage(n))] if nodes else nodes


def _reference_within(root: LexborNode, nodes: list[LexborNode]) -> list[LexborNode]:
    return [n for n in nodes if root.mem_id in page._lineage(n)]


def _ids(nodes: list[LexborNode]) -> list[int]:
    return [n.mem_id for n in nodes]


def _sets_alike(rng: random.Random, elements: list[LexborNode], rounds: int) -> None:
    for _ in range(rounds):
        nodes = [rng.choice(elements) for _ in range(rng.randint(0, 40))]
        parts = [rng.choice(elements) for _ in range(rng.randint(0, 6))]
        limit = rng.randint(0, 45)
        assert _ids(unique(nodes, limit)) == _ids(_reference_unique(nodes, limit))
        assert _ids(outermost(nodes, limit)) == _ids(_reference_outermost(nodes, limit))
        assert _ids(outside(nodes, parts)) == _ids(_reference_outside(nodes, parts))
        root = rng.choice(elements)
        assert _ids(within(root, nodes)) == _ids(_reference_within(root, nodes))


def test_the_sets_of_a_vendor_pages_nodes_are_those_python_made() -> None:
    tree = LexborHTMLParser(VENDOR_PAGE)
    elements = select(tree, "*")
    assert len(elements) > 150
    _sets_alike(random.Random(6), elements, 3000)


def test_the_sets_of_nodes_of_a_fragment_stop_at_its_wrapper() -> None:
    tree = LexborHTMLParser('<div class="a"><p>x</p><p>y<b>z</b></p></div><div>w</div>', is_fragment=True)
    elements = select(tree, "div, p, b")
    assert elements[0].parent is None  # selectolax's parent stops at the fragment's wrapper
    _sets_alike(random.Random(7), elements, 500)


def test_the_sets_of_nodes_of_a_templates_content_go_up_to_the_template() -> None:
    tree = LexborHTMLParser('<body><div id="t"><template><p class="q">x<b>y</b></p><i>z</i></template></div></body>')
    (content,) = tree.template_fragments()
    elements = [content, *select(content, "p, b, i"), *select(tree, "body, div, template")]
    assert content.parent is not None and content.parent.tag == "template"
    _sets_alike(random.Random(8), elements, 500)


def test_nodes_listed_twice_and_nested_parts() -> None:
    tree = LexborHTMLParser(VENDOR_PAGE)
    main, section, article = tree.css_first("main"), tree.css_first("section"), tree.css_first("article")
    nodes = [article, section, article, main, section]
    assert _ids(unique(nodes, 10)) == _ids([article, section, main])
    assert _ids(unique(nodes, 2)) == _ids([article, section])
    assert _ids(outermost(nodes, 10)) == _ids([main])
    assert _ids(outermost([article, article], 10)) == _ids([article, article])  # each is no other's parent
    assert outside([article, section], [main]) == []
    assert _ids(outside([article, main], [section])) == _ids([main])
    assert _ids(within(section, [main, section, article])) == _ids([section, article])
    assert outside([], [main]) == [] and within(main, []) == []


def test_a_vendor_page_reads_as_it_did_with_the_python_readings(monkeypatch: pytest.MonkeyPatch) -> None:
    """The whole page, each reading made by the Python before, and by the compiled module."""
    html = VENDOR_PAGE

    def read() -> str:
        return repr(page.parse_page(html, "https://dinkes.bekasikota.go.id/", today=date(2026, 12, 6)))

    now = read()
    monkeypatch.setattr(page, "words_of", _reference_words)
    monkeypatch.setattr(machine_parts, "words_of", lambda node, separator="": _reference_words(node, separator))
    monkeypatch.setattr(page, "unique", _reference_unique)
    monkeypatch.setattr(page, "outermost", _reference_outermost)
    monkeypatch.setattr(page, "outside", _reference_outside)
    monkeypatch.setattr(page, "within", _reference_within)
    assert read() == now
    assert "Selengkapnya" in now and "Kabar A" in now


_NAMED_MARKUP = """<body><div CLASS="Menu utama" ID="nav">a</div><div class="x" class="y" id="p" id="q">b</div>
<svg class="ikon menu" id="logo"><g class="menu-g"><use xlink:href="#a" class="pakai"></use></g></svg>
<math class="rumus"><mi id="menu-mi">x</mi></math><p class>c</p><p id>d</p><span class="" id="">e</span>
<template><div class="menu">f</div></template><section class="widget" data-class="menu">g</section></body>"""


def _names_said(place: LexborNode) -> list[tuple[int, tuple[str | None, str | None]]]:
    return [
        (n.mem_id, (n.attributes.get("class"), n.attributes.get("id"))) for n in place.css("[class], [id]:not([class])")
    ]


def _names_read(place: LexborNode) -> list[tuple[int, tuple[str | None, str | None]]]:
    return [(n.mem_id, v) for n, v in named(place, lambda classes, id_: (classes, id_), None)]


def test_the_names_walk_reads_each_class_and_id_as_selectolax_does() -> None:
    tree = LexborHTMLParser(_NAMED_MARKUP)
    body = tree.body
    assert body is not None
    assert _names_read(body) == _names_said(body)
    assert ("Menu utama", "nav") in [v for _, v in _names_read(body)]


def test_the_names_walk_reads_the_classes_and_ids_a_change_gave() -> None:
    tree = LexborHTMLParser(_NAMED_MARKUP)
    body = tree.body
    assert body is not None
    first, second = tree.css("div")[:2]
    first.attrs["class"] = "baru"
    del first.attrs["id"]
    second.attrs["id"] = "lain"
    del second.attrs["class"]
    second.attrs["class"] = "kembali"
    svg = tree.css_first("svg")
    assert svg is not None
    svg.attrs["xlink:class"] = "menu"
    assert _names_read(body) == _names_said(body)
