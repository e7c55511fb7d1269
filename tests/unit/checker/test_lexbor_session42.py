"""lexbor's parse of a page and the parts taken out of its tree (session 42), against selectolax's own.

``markup.parse_html`` made a ``LexborHTMLParser`` a page: a new lexbor document, destroyed with the parser. ``parse``
parses into a document kept from an earlier page, emptied by lexbor when that page's parser was let go; the tree,
its mode (quirks or not) and the parser's settings must be those of a new document, whatever the pages before, and
a document must not be taken while a parser or a node of it lives.

``_selectors.decompose`` took a part out with selectolax's ``decompose()``, which unlinks each of its nodes one by
one; it now unlinks the part alone (``decompose(False)``), its nodes left linked under it out of the tree: the tree
and every reading of the analysis must be the same.
"""

from __future__ import annotations

import gc
from datetime import date

import pytest
from selectolax.lexbor import LexborHTMLParser, LexborNode

from pantau_checker.core import markup, page
from pantau_checker.core._selectors import decompose, parse, select

# A department's home page as its vendor writes it: a menu, dated news items, a clock, a footer with "©", bullets,
# curly quotes and Indonesian; a custom element and an unclosed paragraph or two, as such pages have.
_ITEMS = "".join(
    f'<div class="item-berita"><h3><a href="/berita/{n}">Kegiatan “Posyandu” ke-{n} di Kelurahan Margahayu</a></h3>'
    f'<span class="tanggal">Kamis, {n % 28 + 1} November 2026</span> • <span>Admin</span>'
    f"<p>Pemerintah Kota Bekasi melalui Dinas Kesehatan terus berupaya…<p>{100 + n} kali dilihat</div>\n"
    for n in range(25)
)
_VENDOR = (
    '<!DOCTYPE html>\n<html lang="id"><head><meta charset="UTF-8"><title>Dinas Kesehatan – Kota Bekasi</title>'
    '<style>.tersembunyi{display:none}</style></head><body class="home">'
    '<nav class="navbar"><ul><li><a href="/">Beranda</a><li><a href="/profil">Profil</a>'
    '<li><a href="/berita">Berita</a></ul></nav>'
    '<div id="jam">Selasa, 8 Desember 2026 | <span id="clock">10:15:05</span> WIB</div>'
    f'<main><section class="Berita-Terbaru">{_ITEMS}</section>'
    "<x-galeri data-id=7><img src=/foto/1.jpg alt='Foto “kegiatan”'></x-galeri></main>"
    "<footer><p>© 2026 Dinas Kesehatan Kota Bekasi · Jl. Pramuka No. 1</footer>"
    "<script>var x = '<b>not a tag</b>';</script></body></html>"
)
# Without a doctype: lexbor builds it in quirks mode, where a class matches whatever its letters' case.
_QUIRKS = '<html><body><div class="berita">Berita hari ini</div><table><tr><td>Sel<p>Paragraf</table></body></html>'
_STANDARDS = '<!DOCTYPE html><html><body><div class="berita">Berita</div><div class="Berita">Lain</div></body></html>'
# With scripting off (selectolax's default) a <noscript> in the head is markup: its <img> closes the head.
_NOSCRIPT = '<head><noscript><img src="p.gif"></noscript><link rel="canonical" href="/a"></head><body>isi</body>'
# lexbor's mutation events (selectolax's default) clone the selected option into <selectedcontent>.
_SELECTED = "<!DOCTYPE html><select><selectedcontent></selectedcontent><option>Pilihan satu</option></select>"
_PAGES: list[str | bytes] = [
    _VENDOR,
    _VENDOR.encode(),
    _QUIRKS,
    _STANDARDS,
    _NOSCRIPT,
    _SELECTED,
    "",
    "<p>sisa\ud800 karakter</p>",  # a lone surrogate: left out of the UTF-8, as selectolax leaves it
    "<!DOCTYPE html PUBLIC '-//W3C//DTD HTML 4.01 Transitional//EN'><p>limited</p>",
    "<svg><foreignObject><p>di dalam</p></foreignObject></svg><math><mi>x</mi></math>",
    "<template><li>isi templat</li></template><frameset><frame src=a></frameset>",
]


def _reading(tree: LexborHTMLParser) -> tuple[object, ...]:
    """What the analysis reads of a tree, its mode (how a class of the wrong case matches) among it."""
    head_link = tree.css_first("head link")
    return (
        tree.html,
        tree.raw_html,
        tree.text(),
        [node.tag for node in tree.root.traverse()] if tree.root is not None else None,
        len(tree.css(".Berita")),
        len(select(tree.root, ".BERITA")) if tree.root is not None else None,
        head_link is None,
        [node.html for node in tree.css("selectedcontent")],
    )


@pytest.mark.parametrize("page", _PAGES)
def test_one_page_as_selectolax_parses_it(page: str | bytes) -> None:
    assert _reading(parse(page)) == _reading(LexborHTMLParser(page))
    assert isinstance(parse(page), LexborHTMLParser)


def test_pages_in_turn_each_as_if_first() -> None:
    """Each page parsed into the document the one before left (quirks after standards and back), held or not."""
    expected = {index: _reading(LexborHTMLParser(page)) for index, page in enumerate(_PAGES)}
    for turn in range(3):
        order = list(range(len(_PAGES)))[turn::] + list(range(len(_PAGES)))[:turn]
        for index in order:
            assert _reading(parse(_PAGES[index])) == expected[index], index
        held = [(index, parse(_PAGES[index])) for index in reversed(order)]
        for index, tree in held:
            assert _reading(tree) == expected[index], index
        del held, tree
        gc.collect()


def test_trees_held_at_once_have_their_own_documents() -> None:
    """More trees than documents kept, alive together, then let go in another order than made."""
    trees = [parse(_QUIRKS if n % 2 else _STANDARDS) for n in range(12)]
    for n, tree in enumerate(trees):
        assert len(tree.css(".BERITA")) == (1 if n % 2 else 0)  # quirks mode, or not
        assert tree.css_first("div").text() == ("Berita hari ini" if n % 2 else "Berita")
    for n in (3, 0, 11, 5, 7, 1):
        trees[n] = None  # type: ignore[call-overload]
    later = [parse(_VENDOR) for _ in range(6)]
    for n, tree in enumerate(trees):
        if tree is not None:
            assert tree.css_first("div").text() == ("Berita hari ini" if n % 2 else "Berita")
    assert all(_reading(tree) == _reading(LexborHTMLParser(_VENDOR)) for tree in later)


def test_a_node_keeps_its_document() -> None:
    """A node outlives its parser's name: the document is not emptied for another page while the node lives."""
    node = parse(_VENDOR).css_first("footer")
    gc.collect()
    others = [parse(_QUIRKS) for _ in range(8)]
    assert node is not None
    assert node.text() == "© 2026 Dinas Kesehatan Kota Bekasi · Jl. Pramuka No. 1"
    assert node.parent is not None and node.parent.tag == "body"
    assert all(other.css_first("td") is not None for other in others)


def test_a_changed_tree_leaves_no_trace_in_the_next() -> None:
    """The analysis takes parts out of a tree and moves others: the next page's tree is still its own."""
    tree = parse(_VENDOR)
    for node in tree.css("nav, script, footer"):
        node.decompose()
    main = tree.css_first("main")
    assert main is not None
    main.unwrap()
    del tree, main
    assert _reading(parse(_VENDOR)) == _reading(LexborHTMLParser(_VENDOR))


def test_a_big_page_as_selectolax_parses_it() -> None:
    """A page beyond the size whose document is kept: its document is destroyed, the next one made anew."""
    big = _VENDOR.replace(_ITEMS, _ITEMS * 500)
    assert len(big.encode()) > 1 << 20
    assert _reading(parse(big)) == _reading(LexborHTMLParser(big))
    assert _reading(parse(_QUIRKS)) == _reading(LexborHTMLParser(_QUIRKS))


def test_parse_html_parses_into_a_kept_document() -> None:
    tree = markup.parse_html(_VENDOR, _VENDOR.encode(), _VENDOR.count("<"))
    assert type(tree) is type(parse(""))
    assert _reading(tree) == _reading(LexborHTMLParser(_VENDOR))
    assert _reading(markup.parse_html(_QUIRKS)) == _reading(LexborHTMLParser(_QUIRKS))


def _unlinked_one_by_one(node: LexborNode) -> None:
    """The part taken out as before: selectolax's recursive ``decompose`` (the index made again by the next search)."""
    node.decompose()


# Parts as the analysis takes them out: outer before inner and inner before outer, nested articles, a menu's list.
_PARTS = ["nav ul", "nav", "x-galeri img", "x-galeri", ".item-berita span", "section", "footer p", "script, footer"]


def test_parts_taken_out_leave_the_tree_selectolax_leaves() -> None:
    page_html = _VENDOR.replace("<main>", "<main><article><article><p>dalam</p></article><p>luar</p></article>")
    tree, reference = parse(page_html), LexborHTMLParser(page_html)
    for query in ["article", "article article", *_PARTS]:
        for node in tree.css(query):
            decompose(node)
        for node in reference.css(query):
            _unlinked_one_by_one(node)
        assert tree.html == reference.html, query
        for searched in ("a[href], p, span", "div, article", "img, script"):
            assert [n.html for n in select(tree, searched)] == [n.html for n in reference.css(searched)], query
    assert tree.body is not None and reference.body is not None
    decompose(tree.body)
    _unlinked_one_by_one(reference.body)
    assert tree.html == reference.html


def test_a_part_taken_out_keeps_its_nodes_under_it() -> None:
    """What differs: a node of a part taken out still reads its own part (the analysis reads none of them)."""
    tree = parse(_VENDOR)
    nav, link = tree.css_first("nav"), tree.css_first("nav a")
    assert nav is not None and link is not None
    decompose(nav)
    assert nav.parent is None and tree.css_first("nav") is None
    assert link.parent is not None and link.parent.tag == "li" and link.text() == "Beranda"
    decompose(link)  # out of the part, as out of the tree
    assert link.parent is None and nav.text() == "ProfilBerita"


_PAGES_READ = [
    _VENDOR,
    _QUIRKS,
    _VENDOR.replace(
        "<main>",
        "<main><article class='post'><time datetime='2026-12-01'>1 Des</time><p>Berita"
        "</article><aside class='widget'><ul><li><a href='/2026/11/x'>Arsip 2026</a></ul></aside>",
    ),
    "<html><body><div class=marquee>Selamat datang</div><template><p>t</template><noscript>ns</noscript>"
    "<div class=sidebar><div class=widget>Hari Ini: 12 pengunjung</div></div><article>Hari Ini 6 Desember 2026"
    "</article><article><h2><a href='/berita/1'>Judul</a></h2>Senin, 30 November 2026</article></body></html>",
]


@pytest.mark.parametrize("page_html", _PAGES_READ)
def test_the_analysis_reads_the_same_of_a_page(page_html: str, monkeypatch: pytest.MonkeyPatch) -> None:
    def read() -> str:
        return repr(page.parse_page(page_html, "https://dinkes.bekasikota.go.id/", today=date(2026, 12, 6)))

    now = read()
    monkeypatch.setattr(page, "decompose", _unlinked_one_by_one)
    monkeypatch.setattr(page, "decompose_all", lambda nodes: [_unlinked_one_by_one(node) for node in nodes])
    assert read() == now
