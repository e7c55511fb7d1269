"""The page's links read from their places, and its named images found in one pass (``core/_selectors.pyx``).

- ``links_found(tree, query, Link, ...)`` is ``links_in(select(tree, query), Link, ...)`` with the places of the links
  found (``found_places``), no node made for each; ``page._page_links`` reads the page's links so.
- A link's address rooted and of ASCII is made at once after the page's root (``_rooted``), any other as before; its
  href, title and aria-label are read in one walk of its attributes (``_link_values``), each the last of its name.
- ``count_within(tree, places, parts)`` is ``len(nodes) - len(outside(nodes, parts))`` of their nodes: the menus'
  links (``page._menu_link_count``).
- ``images_named(tree)`` gives what the searches of ``page._linked_images`` and ``_LISTED_TITLED_IMAGES`` found
  (``page._named_images``), from the index's list of images, or None where the index is not current.

The readings before are kept here as the reference; pages are written the way a department's vendor writes them, and
random pages put images and links of every kind together.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

import pytest
from selectolax.lexbor import LexborHTMLParser, LexborNode

from pantau_checker.core import page
from pantau_checker.core._selectors import (
    count_within,
    found_places,
    images_named,
    links_found,
    outside,
    select,
)
from pantau_checker.core.literals import Markup
from pantau_checker.core.markup import parse_html
from pantau_checker.core.page import Link

BASE = "https://dinkes.bekasikota.go.id/berita/"


def vendor_page(posts: int = 6, extra: str = "") -> str:
    """A department's home page as its vendor writes it: a header with a logo and a menu, dated news items with
    thumbnails, a sidebar of banners, a footer with a clock and the social links."""
    items = "".join(
        f'<article class="post"><a href="/berita/2026/12/{i}/rapat-koordinasi/"><img src="/up/{i}.jpg" '
        f'alt="Rapat “Bekasi Sehat” ke-{i}" width="300"></a><h2><a href="/berita/2026/12/{i}/rapat-koordinasi/" '
        f'title="Baca: Rapat ke-{i}">Rapat Koordinasi • Dinas Kesehatan ke-{i}</a></h2><time>{i + 1} Desember '
        "2026</time><p>Selengkapnya… <a href='/berita/2026/12/{i}/rapat-koordinasi/'>baca</a></p></article>"
        for i in range(posts)
    )
    return (
        '<html><head><title>Dinas Kesehatan Kota Bekasi</title></head><body><header class="site-header">'
        '<a href="/"><img src="/logo.png" alt="Logo Kota Bekasi" title="Beranda"></a><nav class="main-menu"><ul>'
        '<li><a href="/">Beranda</a></li><li><a href="/profil/" aria-label="Profil dinas">Profil</a></li>'
        '<li><a href="/layanan/informasi-publik/">Layanan “PPID”</a></li><li><a href="/ppid/dip/">Daftar '
        'Informasi</a></li><li><a href="https://bekasikota.go.id/">Pemkot</a></li></ul></nav></header>'
        f'<main id="content">{items}</main><aside class="sidebar"><div class="widget">'
        '<a href="//ppid.bekasikota.go.id/"><img src="/banner.png" title="PPID"></a>'
        '<img src="/qr.png" alt="Kode QR layanan">'
        '<img src="/px.gif" width="1" height="1"><a href="https://stat.example.com/c"><img src="/c.gif" width="0" '
        'height="0"></a></div></aside>'
        f"{extra}"
        '<footer class="site-footer"><p>© 2026 Pemerintah Kota Bekasi · <span class="clock">Senin, 7 Desember 2026 '
        '10:15 WIB</span></p><a href="https://facebook.com/dinkes" title="Facebook" aria-label="Facebook Dinkes">'
        "fb</a> <a href='https://instagram.com/dinkes'>ig</a></footer></body></html>"
    )


ODD_LINKS = (
    '<a href="/jalan/é/ü">bukan ASCII</a>'
    '<a href="/jalan/é/1">di tengah</a>'
    '<a href="/a b ">spasi di akhir</a>'
    '<a href="">kosong</a>'
    "<a href>tanpa nilai</a>"
    '<a href="//cdn.example.com/x">jaringan</a>'
    '<a href="http://lama.example.com/y">lama</a>'
    '<a href="relatif/../p?q=1#f">relatif</a>'
    '<a href="/./x">titik</a>'
    '<a href="/a\\b">garis miring terbalik</a>'
    '<a href="#atas">ke atas</a>'
    '<a href="mailto:info@bekasikota.go.id">surel</a>'
    '<a href="/x" title="satu" title="dua" aria-label="" aria-label="tiga">dua kali</a>'
    '<a aria-label="label dulu" title="judul" href="/urutan">urutan</a>'
    '<a title href="/tanpa-nilai-judul">judul tanpa nilai</a>'
    '<a xlink:href="/xl" href="/h">xlink</a>'
    '<a HREF="/BESAR" TITLE="Besar">huruf besar</a>'
    '<a href="/bahasa" lang="id" rel="next">bahasa</a>'
    '<map name="peta"><area href="/peta/a" alt="Area “A”" title="t"><area alt="tanpa alamat"></map>'
    '<svg><a href="/svg-a"><text>svg</text></a></svg>'
    '<template><a href="/t">templat</a></template>'
)


def old_page_links(tree: LexborHTMLParser, query: str, base_url: str, titles: list[str]) -> tuple[Link, ...]:
    """The reading before: the links' nodes searched, then read (``page._links``)."""
    return tuple(page._links(select(tree, query), base_url, titles))


def old_menu_link_count(tree: LexborHTMLParser, named: list[LexborNode], markup: Markup) -> int:
    """The count before, from the links' nodes (``outside``)."""
    roles = select(tree, page._MENU_ROLE)
    menus = [*page._tagged(tree, "nav", markup), *roles, *named]
    if not menus:
        return 0
    if all(menu.tag != "a" for menu in menus):
        links = select(tree, "a[href]")
        return len(links) - len(outside(links, menus))
    seen: set[int] = set()
    for menu in menus:
        seen.update(a.mem_id for a in select(menu, "a[href]") if a.mem_id != menu.mem_id)
    return len(seen)


def old_named_images(tree: LexborHTMLParser) -> tuple[list[LexborNode], list[LexborNode]]:
    return page._linked_images(tree), page._once(select(tree, page._LISTED_TITLED_IMAGES))


def parsed(html: str) -> tuple[LexborHTMLParser, Markup]:
    markup = Markup(html)
    return parse_html(html, markup.raw, markup.angles()), markup


def ids(nodes: list[LexborNode]) -> list[int]:
    return [node.mem_id for node in nodes]


def random_page(rng: random.Random) -> str:
    attributes = (
        'alt=""',
        'alt="Foto kegiatan"',
        'ALT="Kepala Dinas"',
        "alt",
        'title=""',
        'title="Galeri"',
        'width="0"',
        'width="1"',
        'width="10"',
        'width="2"',
        'height="x"',
        'height="1"',
        'height="0 "',
        'style="width:0"',
        'style="color:red"',
        'style="HEIGHT: 1px"',
        'alt="a" alt=""',
        'src="/i.png"',
        'xlink:href="x"',
    )
    hrefs = ('href="/berita/1/"', 'href="https://bekasikota.go.id/"', 'href="/é/1"', 'href=""', "", 'href="p/../q"')
    parts = []
    for _ in range(rng.randint(1, 14)):
        image = "<img " + " ".join(rng.sample(attributes, rng.randint(0, 3))) + ">"
        href = rng.choice(hrefs)
        kind = rng.random()
        if kind < 0.3:
            parts.append(f"<a {href}>{image}</a>")
        elif kind < 0.4:
            parts.append(f'<nav><a {href} title="Menu">Menu •</a>{image}</nav>')
        elif kind < 0.5:
            parts.append(f'<div class="menu"><a {href}><span><b>{image}</b></span></a></div>')
        elif kind < 0.6:
            parts.append(f'<svg><a href="/s"><image href="i"/>{image}</a></svg>')
        elif kind < 0.65:
            parts.append(f'<template><a href="/t">{image}</a></template>')
        elif kind < 0.7:
            parts.append(f'<a href="/o"><a {href}>{image}</a></a>')
        elif kind < 0.75:
            parts.append(f'<div role="navigation"><a {href} aria-label="Navigasi">Navigasi</a></div>')
        elif kind < 0.8:
            parts.append('<map name="m"><area href="/m/a" alt="Peta"></map>')
        else:
            parts.append(image)
    return "<html><body>" + "".join(parts) + "</body></html>"


def pages() -> Iterator[str]:
    yield vendor_page()
    yield vendor_page(extra=ODD_LINKS)
    yield vendor_page(0)
    yield vendor_page(
        1, extra='<nav><map name="m"><area href="/m/a"><area href="/m/b"></map><a href="/m/c">C</a></nav>'
    )
    yield "<html><body></body></html>"
    yield ODD_LINKS
    rng = random.Random(45)
    for _ in range(300):
        yield random_page(rng)


@pytest.mark.parametrize("base_url", [BASE, "http://dinkes.bekasikota.go.id", "https://dínkes.example.id/a/b"])
def test_the_links_read_from_their_places_are_those_read_from_their_nodes(base_url: str) -> None:
    for html in pages():
        tree, _ = parsed(html)
        for query in ("a[href]", page._LINKS):
            new_titles: list[str] = []
            old_titles: list[str] = []
            links, places = page._page_links(tree, query, base_url, new_titles)
            assert links == old_page_links(tree, query, base_url, old_titles)
            assert new_titles == old_titles
            assert places == [node.mem_id for node in select(tree, query)]


def test_a_vendor_pages_links_and_their_titles() -> None:
    tree, _ = parsed(vendor_page(1, extra=ODD_LINKS))
    titles: list[str] = []
    links, _ = page._page_links(tree, "a[href]", BASE, titles)
    root = "https://dinkes.bekasikota.go.id"
    assert links[:3] == (Link("", f"{root}/"), Link("Beranda", f"{root}/"), Link("Profil", f"{root}/profil/"))
    assert Link("bukan ASCII", f"{root}/jalan/é/ü") in links
    assert Link("di tengah", f"{root}/jalan/é/1") in links
    assert Link("spasi di akhir", f"{root}/a b") in links
    assert Link("jaringan", "https://cdn.example.com/x") in links
    assert Link("lama", "http://lama.example.com/y") in links
    assert Link("relatif", f"{root}/berita/p?q=1#f") in links
    assert Link("titik", f"{root}/x") in links
    assert Link("huruf besar", f"{root}/BESAR") in links
    assert Link("xlink", f"{root}/h") in links
    assert Link("bahasa", f"{root}/bahasa") in links
    assert Link("svg", f"{root}/svg-a") in links
    assert not any(link.text in ("kosong", "tanpa nilai", "templat") for link in links)
    # The first of a name's attributes is the one the parser keeps; a title before an aria-label, as written or not.
    assert titles == [
        "Profil dinas",
        "Baca: Rapat ke-0",
        "satu",
        "",
        "judul",
        "label dulu",
        "",
        "Besar",
        "Facebook",
        "Facebook Dinkes",
    ]


def test_a_root_beyond_ascii_and_addresses_beyond_it() -> None:
    html = '<a href="/berita/">Berita</a><a href="/é">é</a><a href="/é/1">1</a><a href="https://contoh.id/ü">ü</a>'
    tree, _ = parsed(html)
    links, _ = page._page_links(tree, "a[href]", "https://dínkes.example.id/a", [])
    assert links == (
        Link("Berita", "https://dínkes.example.id/berita/"),
        Link("é", "https://dínkes.example.id/é"),
        Link("1", "https://dínkes.example.id/é/1"),
        Link("ü", "https://contoh.id/ü"),
    )
    links, _ = page._page_links(tree, "a[href]", BASE, [])
    assert [link.href for link in links] == [
        "https://dinkes.bekasikota.go.id/berita/",
        "https://dinkes.bekasikota.go.id/é",
        "https://dinkes.bekasikota.go.id/é/1",
        "https://contoh.id/ü",
    ]


def test_the_places_found_are_the_nodes_found() -> None:
    for html in pages():
        tree, _ = parsed(html)
        for query in ("a[href]", page._LINKS, "img", "a[href] img[title]"):
            assert found_places(tree, query) == [node.mem_id for node in select(tree, query)]


def test_links_found_reads_only_links() -> None:
    tree, _ = parsed(vendor_page(1))
    with pytest.raises(ValueError, match="another element"):
        links_found(tree, "img", Link, BASE, "https:", "https://dinkes.bekasikota.go.id", None)
    with pytest.raises(TypeError):
        links_found(tree, "a[href]", dict, BASE, "https:", "https://dinkes.bekasikota.go.id", None)  # type: ignore[arg-type]


def test_a_query_not_prepared_is_searched_and_read_as_before() -> None:
    tree, _ = parsed('<a href="/a" data-k="1">A</a><a href="/b">B</a>')
    found, places = links_found(tree, "a[data-k]", Link, BASE, "https:", "https://dinkes.bekasikota.go.id", [])
    assert found == [Link("A", "https://dinkes.bekasikota.go.id/a")]
    assert places == [node.mem_id for node in select(tree, "a[data-k]")]


def test_the_menus_links_counted_by_place_are_those_counted_by_node() -> None:
    for html in pages():
        tree, markup = parsed(html)
        menus = page._walk_names(tree.body).menus if tree.body is not None else []
        expected = old_menu_link_count(tree, menus, markup)
        query = page._LINKS if page._tagged(tree, "area", markup) else "a[href]"
        _, places = page._page_links(tree, query, BASE, [])
        assert page._menu_link_count(tree, menus, markup, places) == expected
        assert page._menu_link_count(tree, menus, markup) == expected


def test_count_within_is_the_links_less_those_outside() -> None:
    rng = random.Random(7)
    for html in pages():
        tree, _ = parsed(html)
        links = select(tree, page._LINKS)
        elements = select(tree, "body, nav, div, a, span, map, svg")
        for _ in range(3):
            parts = rng.sample(elements, min(len(elements), rng.randint(0, 4)))
            expected = len(links) - len(outside(links, parts))
            assert count_within(tree, [node.mem_id for node in links], parts) == expected


def test_the_vendor_pages_menu_count() -> None:
    tree, markup = parsed(vendor_page(2))
    menus = page._walk_names(tree.body).menus if tree.body is not None else []
    _, places = page._page_links(tree, "a[href]", BASE, [])
    assert page._menu_link_count(tree, menus, markup, places) == 5  # the nav's five, counted once for both menus


def test_the_images_named_in_one_pass_are_those_the_searches_found() -> None:
    for html in pages():
        tree, _ = parsed(html)
        linked, titled = page._named_images(tree)
        old_linked, old_titled = old_named_images(tree)
        assert ids(linked) == ids(old_linked)
        assert ids(titled) == ids(old_titled)
        assert ids(linked) == ids(tree.css(page._LINKED_IMAGES))
        assert ids(titled) == ids(tree.css(page._TITLED_IMAGES))


def test_a_vendor_pages_images() -> None:
    tree, _ = parsed(vendor_page(2))
    found, alone, unseen = page._image_links(tree, BASE)
    root = "https://dinkes.bekasikota.go.id"
    assert found == [
        Link("Logo Kota Bekasi Beranda", f"{root}/"),
        Link("Rapat “Bekasi Sehat” ke-0", f"{root}/berita/2026/12/0/rapat-koordinasi/"),
        Link("Rapat “Bekasi Sehat” ke-1", f"{root}/berita/2026/12/1/rapat-koordinasi/"),
        Link("PPID", "https://ppid.bekasikota.go.id/"),
    ]
    assert alone == ["Kode QR layanan"]
    assert unseen == [Link("", "https://stat.example.com/c")]


def test_an_image_in_a_link_sized_by_its_style_is_left_to_lexbors_search() -> None:
    html = '<a href="/a"><img style="WIDTH: 0" src="/p.gif"></a><a href="/b"><img alt="B" style="color:red"></a>'
    tree, _ = parsed(html)
    named = images_named(tree)
    assert named is not None
    linked, styled, titled = named
    assert ids(linked) == ids(tree.css('a[href] img[alt="B"]'))
    assert ids(styled) == ids(tree.css('img[style*="WIDTH"]'))
    assert ids(titled) == ids(linked)
    assert ids(page._named_images(tree)[0]) == ids(tree.css(page._LINKED_IMAGES))
    assert len(page._named_images(tree)[0]) == 2
    # A style that sizes nothing leaves the pass's images as they are.
    tree, _ = parsed('<a href="/a"><img style="color:red" src="/p.gif"></a><a href="/b"><img alt="B"></a>')
    assert ids(page._named_images(tree)[0]) == ids(tree.css(page._LINKED_IMAGES)) == ids(tree.css('img[alt="B"]'))


def test_the_images_of_a_tree_changed_by_selectolax() -> None:
    tree, _ = parsed(vendor_page(2))
    assert images_named(tree) is not None
    for node in tree.css("header, aside img"):
        node.decompose()  # selectolax's own: the index is made again by the next search
    linked, titled = page._named_images(tree)
    assert ids(linked) == ids(tree.css(page._LINKED_IMAGES))
    assert ids(titled) == ids(tree.css(page._TITLED_IMAGES))
    assert len(linked) == 2


def test_without_the_index_the_images_are_searched(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(page, "images_named", lambda tree: None)
    for html in list(pages())[:40]:
        tree, _ = parsed(html)
        linked, titled = page._named_images(tree)
        assert ids(linked) == ids(tree.css(page._LINKED_IMAGES))
        assert ids(titled) == ids(tree.css(page._TITLED_IMAGES))


def test_parse_page_is_the_page_read_before(monkeypatch: pytest.MonkeyPatch) -> None:
    def old_links(
        tree: LexborHTMLParser, query: str, base_url: str, titles: list[str]
    ) -> tuple[tuple[Link, ...], list[int]]:
        return old_page_links(tree, query, base_url, titles), [n.mem_id for n in select(tree, query)]

    htmls = [vendor_page(), vendor_page(extra=ODD_LINKS), *list(pages())[6:60]]
    made = [page.parse_page(html, BASE) for html in htmls]
    monkeypatch.setattr(page, "_page_links", old_links)
    monkeypatch.setattr(page, "_named_images", old_named_images)
    monkeypatch.setattr(page, "count_within", _count_by_nodes)
    assert [page.parse_page(html, BASE) for html in htmls] == made


def _count_by_nodes(tree: LexborHTMLParser, places: list[int], parts: list[LexborNode]) -> int:
    nodes = [node for node in select(tree, page._LINKS) if node.mem_id in set(places)]
    return len(nodes) - len(outside(nodes, parts))
