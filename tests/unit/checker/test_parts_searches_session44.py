"""Searches of the machine parts and the headlines without the nodes they do not need (``core/_selectors.pyx``).

- ``X Y`` queries of one Y under ancestors told by their names ("h1 a[href], h2 a[href], ..."): the ancestors of each
  Y are told by the index (the X's places and ends marking the Y's they hold), not walked; what they find is what
  selectolax's ``css()`` finds, in its order, a node once for each part it matches.
- ``found_without(node, query, limit, inner)`` is ``without(select(node, query)[:limit], inner)``, a node made only
  for those returned (``machine_parts``' headings without a link).
- ``page._headlines(body, left_out)`` is ``count_besides(select(body, ...), left_out)`` where ``left_out`` are
  links (``_selectors.count_found_outside``, which replaced ``count_found_besides``, counts outside parts).
- ``decompose_all(nodes)`` is ``decompose(node)`` for each, in one call (``page._date_sources``' 40 articles).

The old readings are kept here as the reference; pages are written the way a department's vendor writes them, and
random trees hold headings in headings, links in and out of them, parts taken out.
"""

from __future__ import annotations

import random

import pytest
from selectolax.lexbor import LexborNode

from pantau_checker.core import machine_parts as machine_parts_module
from pantau_checker.core import page
from pantau_checker.core._selectors import (
    count_besides,
    decompose,
    decompose_all,
    found_without,
    parse,
    select,
    select_first,
    without,
)
from pantau_checker.core.machine_parts import machine_parts

ANCESTOR_QUERIES = (
    page._HEADLINES,
    "h2 a[href], h3 a[href]",
    "h3 a[href], h2 a[href]",  # the parts' order, not the names'
    "div a",
    "li a[href], a[href]",  # a part without an ancestor
    "h2 a, h2 a",  # one part twice
    "div div, section div",
    "ul li, ol li",
)
TAGS = ("div", "section", "h1", "h2", "h3", "h4", "h5", "ul", "ol", "li", "span", "p", "a", "a href")


def vendor_page(posts: int, seed: int = 0) -> str:
    """A department's home page as its vendor writes it: a header and menu, dated news items headed by their links,
    a sidebar of widgets (a visitors' counter, titled by a heading without a link), a footer with a clock."""
    rng = random.Random(seed)
    items = []
    for i in range(posts):
        tag = rng.choice(["h2", "h3", "h4", "h5", "h1"])
        items.append(
            f'<article class="post"><{tag} class="entry-title"><a href="/berita/2026/12/{i}/">Rapat Koordinasi '
            f"“Bekasi Sehat” ke-{i} • Dinas Kesehatan</a></{tag}><time>{i % 28 + 1} Desember 2026</time>"
            "<p>Selengkapnya…</p></article>"
        )
        if rng.random() < 0.2:
            items.append(f"<h3>Pengumuman {i} — tanpa tautan</h3><p>Jadwal layanan “Senin–Jumat”.</p>")
    side = "".join(
        f'<div class="widget"><h3 class="widget-title"><a href="/kategori/{k}/">Kategori {k}</a></h3>'
        f'<ul><li><h4><a href="/berita/2026/11/{k}/">Berita lain {k}</a></h4></li></ul></div>'
        for k in range(rng.randint(0, 4))
    )
    counter = (
        '<div class="widget"><h2 class="widget-title">Statistik Pengunjung</h2><ul><li>Hari ini: 120</li>'
        "<li>Kemarin: 340</li><li>Minggu ini: 2.130</li></ul></div>"
    )
    return (
        '<html><head><title>Dinas Kesehatan</title></head><body><header><h1><a href="/">Dinas Kesehatan Kota '
        'Bekasi</a></h1><nav><ul><li><a href="/profil/">Profil</a></li><li><h2><a href="/berita/">Berita</a></h2>'
        f"</li></ul></nav></header><main>{''.join(items)}</main><aside>{side}{counter}</aside><footer><h5>"
        '<a href="/kontak/">Kontak</a></h5><h6>Alamat</h6><p>© 2026 Pemerintah Kota Bekasi · <span class="clock">'
        "Senin, 7 Desember 2026 10:15 WIB</span></p></footer></body></html>"
    )


def random_tree(rng: random.Random, depth: int = 0) -> str:
    """Random elements of ``TAGS`` nested up to six deep: headings in headings (a heading's start closes only a
    heading open right before it), links in and out of them."""
    parts = []
    for _ in range(rng.randint(0, 4 if depth < 5 else 0)):
        tag = rng.choice(TAGS)
        name, _, attribute = tag.partition(" ")
        opened = f'<{name} {attribute}="/x/{rng.randint(0, 9)}">' if attribute else f"<{name}>"
        parts.append(f"{opened}é{random_tree(rng, depth + 1)}</{name}>")
    return "".join(parts)


def random_pages() -> list[str]:
    rng = random.Random(44)
    return [f"<html><body>{random_tree(rng)}</body></html>" for _ in range(60)]


def ids(nodes: list[LexborNode]) -> list[int]:
    return [node.mem_id for node in nodes]


def reference_without(nodes: list[LexborNode], query: str) -> list[LexborNode]:
    return [node for node in nodes if select_first(node, query) is None]


PAGES = [vendor_page(posts, seed) for seed, posts in enumerate((0, 1, 5, 12, 30))] + random_pages()


@pytest.mark.parametrize("html", PAGES)
@pytest.mark.parametrize("query", ANCESTOR_QUERIES)
def test_ancestor_searches_find_what_selectolax_finds(html: str, query: str) -> None:
    tree = parse(html)
    body = tree.body
    assert body is not None
    assert ids(select(body, query)) == ids(body.css(query))
    for node in select(body, "div, section, ul, h2")[:6]:  # inner nodes: ancestors above them count too
        assert ids(select(node, query)) == ids(node.css(query))
        first = select_first(node, query)
        expected = node.css_first(query)
        assert (first.mem_id if first else None) == (expected.mem_id if expected else None)
    for gone in select(body, "section, article, ul")[::2]:  # parts taken out: the index keeps their places empty
        if select_first(gone, "a") is not None or gone.parent is not None:
            decompose(gone)
            break
    assert ids(select(body, query)) == ids(body.css(query))
    assert ids(select(tree, query)) == ids(tree.root.css(query))


def test_nested_headings_count_once_for_each_part() -> None:
    tree = parse(
        '<body><h2><span><h3><a href="/a">both</a></h3></span></h2><h3><div><h3><a href="/b">h3 in h3</a></h3></div>'
        "</h3>"
        '<a href="/c">none</a><h2><span><a href="/d">deep</a></span></h2><a href="/e">after</a></body>'
    )
    found = select(tree.body, "h2 a[href], h3 a[href]")
    assert [a.attributes["href"] for a in found] == ["/a", "/a", "/b", "/d"]
    assert ids(found) == ids(tree.body.css("h2 a[href], h3 a[href]"))


@pytest.mark.parametrize("html", PAGES)
@pytest.mark.parametrize("limit", (0, 1, 5, 200))
def test_found_without_is_without_of_the_search(html: str, limit: int) -> None:
    tree = parse(html)
    body = tree.body
    assert body is not None
    for query, inner in (("h2, h3, h4, h5, h6", "a[href]"), ("li, h2", "a"), ("div, section", "h3 a[href]")):
        expected = ids(without(select(body, query)[:limit], inner))
        assert ids(found_without(body, query, limit, inner)) == expected
        assert ids(found_without(body, query, limit, inner)) == expected  # the queries prepared by then
    for gone in select(body, "article, section")[:3]:
        decompose(gone)
    expected = ids(without(select(body, "h2, h3, h4, h5, h6")[:limit], "a[href]"))
    assert ids(found_without(body, "h2, h3, h4, h5, h6", limit, "a[href]")) == expected


def test_found_without_on_a_query_never_searched() -> None:
    tree = parse(vendor_page(5))
    body = tree.body
    assert body is not None
    query, inner = "h6,h2", "span[data-pantau-never]"  # new to the prepared queries: the searches prepare them
    expected = ids(without(select(body, query)[:50], inner))
    assert ids(found_without(body, query, 50, inner)) == expected
    assert [n.text() for n in found_without(body, "h2, h6", 50, "a[href]")] == ["Statistik Pengunjung", "Alamat"]


@pytest.mark.parametrize("html", PAGES)
def test_the_headlines_are_counted_besides_the_links_left_out(html: str) -> None:
    tree = parse(html)
    body = tree.body
    assert body is not None
    left_out = [a for node in select(body, "header, nav, footer, aside, ul") for a in select(node, "a[href]")]
    assert page._headlines(body, left_out) == count_besides(body.css(page._HEADLINES), left_out)


@pytest.mark.parametrize("seed", range(5))
def test_machine_parts_the_same_as_with_the_headings_searched_then_asked(
    seed: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    tree = parse(vendor_page(10 + seed, seed))
    body = tree.body
    assert body is not None
    widgets = select(body, ".widget")
    found = ids(machine_parts(body, widgets, "dinkes.bekasikota.go.id", False))
    assert found  # the visitors' counter
    monkeypatch.setattr(
        machine_parts_module,
        "found_without",
        lambda node, query, limit, inner: reference_without(select(node, query)[:limit], inner),
    )
    assert ids(machine_parts(body, widgets, "dinkes.bekasikota.go.id", False)) == found


@pytest.mark.parametrize("seed", range(6))
def test_decompose_all_is_decompose_of_each(seed: int) -> None:
    html = vendor_page(5 * seed, seed)
    one, each = parse(html), parse(html)
    queries = ("article", "article, .widget", "h2, h3, h4, h5, h6", "aside ul")
    assert one.body is not None and each.body is not None
    for query in queries:
        select(one.body, query)  # the index made: taking out keeps it current
        gone = select(one.body, query)
        decompose_all(gone)
        for node in select(each.body, query):
            decompose(node)
        assert one.body.html == each.body.html
        for asked in ("a[href]", page._HEADLINES, "time, p", "li"):
            assert [n.html for n in select(one.body, asked)] == [n.html for n in select(each.body, asked)]
    decompose_all([])
    with pytest.raises(TypeError):
        decompose_all([one])  # a document is no node
