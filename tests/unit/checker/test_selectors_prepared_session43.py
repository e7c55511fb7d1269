"""A query's prepared parts kept from search to search, and ``without`` (``core/_selectors.pyx``).

A query whose names are all lexbor's own (``a[href]``, ``h2, h3``: ids that are lexbor's constants, the same in every
document) is prepared once and its parts kept; a query that names another (``local-time``, ``[data-k]``: an id each
document gives in the order it meets the name) is prepared at each search, in the searched document. Searches from
page to page (kept lexbor documents reused, standards and quirks modes, names met in another order) find what
selectolax's ``css()`` and ``css_first()`` find. ``without(nodes, query)`` is ``[n for n in nodes if
select_first(n, query) is None]``, in one call and without the found nodes made.
"""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser, LexborNode
from unit.checker.test_tree_changes_session40 import _same_as_selectolax

from pantau_checker.core import machine_parts as machine_parts_module
from pantau_checker.core._selectors import decompose, parse, select, select_first, without
from pantau_checker.core.machine_parts import machine_parts

_NEWS = "".join(
    f"""<article class="post {"headline" if n % 3 == 0 else "item"}" id="post-{n}">
  <h{2 + n % 4} class="entry-title"><a href="/berita/{n}" title="Berita {n}">Kegiatan “Bersih Kali” ke-{n} • Dinas
  </a></h{2 + n % 4}>
  <span class="tanggal">{n % 28 + 1} Desember 2026</span>
  <local-time datetime="2026-12-0{n % 9 + 1}">kemarin</local-time>
  <p>Warga Bekasi bergotong royong… <a href="/baca/{n}" class="more" data-k="{n}">Selengkapnya »</a></p>
  {"<h4><span>Statistik Pengunjung</span></h4><p>Hari ini: 1.204 • Total: 88.117</p>" if n % 5 == 0 else ""}
  {'<h3><a name="top">Tanpa alamat</a></h3>' if n % 7 == 0 else ""}
</article>"""
    for n in range(30)
)

_BODY = f"""<body class="home blog">
<header><h1 class="site-title"><a href="/">Dinas Lingkungan Hidup Kota Bekasi</a></h1>
<nav id="menu"><ul><li class="menu-item"><a href="/">Beranda</a></li><li class="menu-item"><a href="/profil">Profil
</a></li><li class="menu-item"><a href="/kontak">Kontak</a></li></ul></nav>
<div class="jam"><span id="clock">10:45:12 WIB</span> <time-ago data-x="1">baru saja</time-ago></div></header>
<main id="content"><h2>Berita Terbaru</h2>{_NEWS}</main>
<aside class="widget"><h3 class="widget-title">Info Gempa</h3><p>Sumber: BMKG (otomatis) • 06/12/2026 10:40 WIB</p>
<h3 class="widget-title">Arsip</h3><ul><li><a href="/2026/12">Desember 2026</a></li></ul></aside>
<footer><h6>Kontak</h6><p>Jl. Ir. H. Juanda No. 100 · © 2026 Pemerintah Kota Bekasi</p></footer>
</body>"""

# The custom names met in another order in each page: their ids differ from document to document.
PAGES = [
    f"<!DOCTYPE html><html><head><title>DLH – Kota Bekasi</title></head>{_BODY}</html>",
    f"<html><head><title>DLH</title></head>{_BODY}</html>",  # quirks
    '<!DOCTYPE html><html><body><p data-k="x"><time-ago>tadi</time-ago><local-time>kini</local-time></p>'
    '<h2><a href="/a" data-x="y">Berita</a></h2><h3>Agenda</h3></body></html>',
    "<!DOCTYPE html><html><body><h2>Tanpa tautan</h2><p>Halaman kosong • “sementara”</p></body></html>",
]

QUERIES = [
    "a[href]",
    "h2, h3, h4, h5, h6, table",
    "main, article, #content, .content",
    "h1 a[href], h2 a[href], h3 a[href], h4 a[href], h5 a[href]",
    "[title]:not(a, area, img)",
    "body [style], body [hidden], noscript",
    'a[href] img[alt]:not([alt="" i]), a[href] img[title]',
    "article .more, .entry-title a",
    "local-time",
    "time-ago, local-time",
    "a[data-k]",
    "[data-x]",
    "p [data-x], h2 a[data-x]",
    "article local-time, h3",
    "a:not([data-k])",
    "h2 > a",  # not a simple query: lexbor's own matcher
]


def _places(tree: LexborHTMLParser) -> list[LexborHTMLParser | LexborNode]:
    body = tree.body
    assert body is not None
    return [tree, body, *tree.css("main, article, aside, h2, h3")[:12]]


def _reference_without(nodes: list[LexborNode], query: str) -> list[LexborNode]:
    return [node for node in nodes if select_first(node, query) is None]


@pytest.mark.parametrize("order", [(0, 1, 2, 3), (2, 0, 3, 1), (3, 2, 1, 0), (1, 2, 0, 2, 1)])
def test_searches_from_page_to_page_find_what_selectolax_finds(order: tuple[int, ...]) -> None:
    for index in order:
        for parsed in (parse(PAGES[index]), LexborHTMLParser(PAGES[index])):
            select(parsed, "script")  # the index made: most searches within are listed ones
            for query in QUERIES:
                for place in _places(parsed):
                    _same_as_selectolax(place, query)


@pytest.mark.parametrize("query", QUERIES)
def test_a_query_searched_in_pages_held_at_once(query: str) -> None:
    # Every tree alive together: the kept parts serve each, a custom name's id looked up in each.
    trees = [parse(html) for html in (*PAGES, *reversed(PAGES))]
    for tree in trees:
        for place in _places(tree):
            _same_as_selectolax(place, query)
    for tree in reversed(trees):
        _same_as_selectolax(tree, query)


def test_a_custom_attribute_has_another_id_in_each_page() -> None:
    first = parse('<p data-a="1" data-k="2">x</p><a href="/" data-k="3">y</a>')
    second = parse('<a href="/" data-k="3">y</a><p data-a="1">x</p>')
    third = parse('<p data-a="1">x</p><a href="/">y</a>')
    for tree in (first, second, third, second, first):
        for query in ("a[data-k]", "[data-k]", "p [data-k], a[data-k]", 'a[data-k="3" i]', "[data-a]:not([data-k])"):
            _same_as_selectolax(tree, query)


@pytest.mark.parametrize("html", PAGES, ids=["standards", "quirks", "custom", "bare"])
@pytest.mark.parametrize("query", QUERIES)
def test_without_is_select_first_for_each_node(html: str, query: str) -> None:
    tree = parse(html)
    nodes = [*select(tree, "h1, h2, h3, h4, h5, h6, article, p, aside, footer"), *select(tree, "li, ul")]
    assert [n.mem_id for n in without(nodes, query)] == [n.mem_id for n in _reference_without(nodes, query)]
    select(tree, "a[href]")  # the index made: listed searches
    assert [n.mem_id for n in without(nodes, query)] == [n.mem_id for n in _reference_without(nodes, query)]


def test_without_keeps_the_nodes_order_and_repeats() -> None:
    tree = parse(PAGES[0])
    headings = select(tree, "h2, h3, h4, h5, h6")
    nodes = [*reversed(headings), headings[0], headings[0]]
    left = without(nodes, "a[href]")
    assert [n.mem_id for n in left] == [n.mem_id for n in _reference_without(nodes, "a[href]")]
    assert [n.text(strip=True) for n in left][:3] == ["Kontak", "Arsip", "Info Gempa"]
    assert without([], "a[href]") == []


def test_without_after_parts_were_taken_out() -> None:
    tree = parse(PAGES[0])
    select(tree, "a[href]")
    headings = select(tree, "h2, h3, h4")
    for node in select(tree, "article.headline")[:4]:
        decompose(node)
    # Those taken out with their article too: a search of them walks their tree, as before.
    assert [n.mem_id for n in without(headings, "a[href]")] == [
        n.mem_id for n in _reference_without(headings, "a[href]")
    ]


def test_without_takes_nodes_only() -> None:
    tree = parse(PAGES[0])
    with pytest.raises(TypeError):
        without([tree], "a[href]")


@pytest.mark.parametrize("html", PAGES, ids=["standards", "quirks", "custom", "bare"])
def test_machine_parts_reads_the_same_as_with_a_search_a_heading(html: str, monkeypatch: pytest.MonkeyPatch) -> None:
    tree = parse(html)
    body = tree.body
    assert body is not None
    widgets = select(body, "aside")
    found = [n.mem_id for n in machine_parts(body, widgets, "dlh.bekasikota.go.id", True)]
    monkeypatch.setattr(  # the headings searched, then each asked (``found_without`` does both since)
        machine_parts_module,
        "found_without",
        lambda node, query, limit, inner: _reference_without(select(node, query)[:limit], inner),
    )
    assert [n.mem_id for n in machine_parts(body, widgets, "dlh.bekasikota.go.id", True)] == found
