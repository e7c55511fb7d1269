"""The headlines' links a page lists (``page._headlines``) are counted besides those left out (its chrome's, its
sidebars') in the compiled module (``count_besides``), not through a set of their ``mem_id``: the count is the old
one's, a link listed once per selector it matches counted as often.

The old count is kept here (``old_headlines``) and each page's is compared with it.
"""

from __future__ import annotations

import random

import pytest
from selectolax.lexbor import LexborHTMLParser, LexborNode

from pantau_checker.core import page
from pantau_checker.core._selectors import count_besides, select


def old_headlines(body: LexborNode, left_out: list[LexborNode]) -> int:
    """``_headlines`` as it counted before."""
    left_out_ids = {a.mem_id for a in left_out}
    return sum(1 for a in select(body, page._HEADLINES) if a.mem_id not in left_out_ids)


def old_count(nodes: list[LexborNode], left_out: list[LexborNode]) -> int:
    ids = {a.mem_id for a in left_out}
    return sum(1 for a in nodes if a.mem_id not in ids)


def vendor_page(posts: int, seed: int = 0) -> str:
    """A department's home page as its vendor writes it: a header and menu, dated news items headed by their links,
    a sidebar of widgets with headlines of their own, a footer with a clock, characters beyond ASCII."""
    rng = random.Random(seed)
    items = []
    for i in range(posts):
        tag = rng.choice(["h2", "h3", "h4", "h5", "h1"])
        items.append(
            f'<article class="post"><{tag} class="entry-title"><a href="/berita/2026/12/{i}/">Rapat Koordinasi '
            f'“Bekasi Sehat” ke-{i} • Dinas Kesehatan</a></{tag}><time datetime="2026-12-0{i % 9 + 1}">'
            f"{i % 28 + 1} Desember 2026</time><p>Selengkapnya…</p></article>"
        )
    side = "".join(
        f'<div class="widget"><h3 class="widget-title"><a href="/kategori/{k}/">Kategori {k}</a></h3>'
        f'<ul><li><h4><a href="/berita/2026/11/{k}/">Berita lain {k}</a></h4></li></ul></div>'
        for k in range(rng.randint(0, 6))
    )
    return (
        '<html><head><title>Dinas Kesehatan</title></head><body><header><h1><a href="/">Dinas Kesehatan Kota '
        'Bekasi</a></h1><nav><ul><li><a href="/profil/">Profil</a></li><li><h2><a href="/berita/">Berita</a></h2>'
        f'</li></ul></nav></header><main>{"".join(items)}</main><aside>{side}</aside><footer><h5><a href="/kontak/">'
        'Kontak</a></h5><p>© 2026 Pemerintah Kota Bekasi · <span class="clock">Senin, 7 Desember 2026 10:15 WIB'
        "</span></p></footer></body></html>"
    )


def left_out_links(body: LexborNode) -> list[LexborNode]:
    """The links ``_date_sources`` leaves out: its chrome's, then its sidebars'."""
    chrome = [a for node in select(body, "header, nav, footer") for a in select(node, "a[href]")]
    sides = [a for node in select(body, "aside") for a in select(node, "a[href]")]
    return [*chrome, *sides]


@pytest.mark.parametrize("seed", range(40))
def test_a_vendors_page_counts_as_before(seed: int) -> None:
    body = LexborHTMLParser(vendor_page(random.Random(seed).randint(0, 45), seed)).body
    assert body is not None
    left_out = left_out_links(body)
    assert page._headlines(body, left_out) == old_headlines(body, left_out)
    assert page._headlines(body, []) == old_headlines(body, [])


def test_the_posts_are_counted_and_the_chrome_and_sidebar_left_out() -> None:
    body = LexborHTMLParser(vendor_page(12, 3)).body
    assert body is not None
    assert page._headlines(body, left_out_links(body)) == 12
    assert page._headlines(body, []) > 12  # the header's, the menu's, the footer's and the widgets' too


def test_a_link_in_nested_headings_counts_once_per_selector_it_matches() -> None:
    html = (
        '<body><h3><span><h2><a href="/a/">Dua kali</a></h2></span></h3><h2><span><h2><a href="/b/">Sekali</a></h2>'
        "</span></h2>"
        '<h4><a href="/c/">Tiga</a></h4><h4><a>Tanpa tautan</a></h4></body>'
    )
    body = LexborHTMLParser(html).body
    assert body is not None
    found = select(body, page._HEADLINES)
    assert [a.attributes.get("href") for a in found].count("/a/") == 2  # by "h2 a[href]" and by "h3 a[href]"
    assert [a.attributes.get("href") for a in found].count("/b/") == 1
    assert page._headlines(body, []) == old_headlines(body, []) == len(found)
    once = [a for a in found if a.attributes.get("href") == "/c/"]
    assert page._headlines(body, once) == old_headlines(body, once) == len(found) - 1


def test_counted_besides_as_a_set_of_ids_would() -> None:
    body = LexborHTMLParser(vendor_page(40, 7)).body
    assert body is not None
    links = select(body, "a[href]")
    again = select(body, "a[href]")  # other node objects of the same elements
    rng = random.Random(1)
    for _ in range(200):
        nodes = rng.sample(links, rng.randint(0, len(links))) + rng.sample(links, rng.randint(0, 5))
        left_out = rng.sample(again, rng.randint(0, len(again))) * rng.randint(1, 3)
        assert count_besides(nodes, left_out) == old_count(nodes, left_out)


def test_edge_cases() -> None:
    body = LexborHTMLParser(vendor_page(3)).body
    assert body is not None
    links = select(body, "a[href]")
    assert count_besides([], []) == 0
    assert count_besides([], links) == 0
    assert count_besides(links, []) == len(links)
    assert count_besides(links, links) == 0
    assert count_besides(links + links, links[:1]) == 2 * (len(links) - 1)
    other = LexborHTMLParser(vendor_page(3)).body  # the same markup, another tree: other elements
    assert other is not None
    assert count_besides(links, select(other, "a[href]")) == len(links)
    with pytest.raises(TypeError):
        count_besides(["a"], [])  # type: ignore[list-item]
