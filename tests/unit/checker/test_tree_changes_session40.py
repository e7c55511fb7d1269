"""The analysis takes parts out of a page's tree one after the other (``_selectors.decompose``): the searches between
find what selectolax's ``css()`` finds, from the document, its body and elements within, though the index of the
document is not made again. And the images of a page are found by the compiled search as lexbor's ``:is()`` finds
them (``page._linked_images``, ``page._LISTED_TITLED_IMAGES``)."""

from __future__ import annotations

import random

import pytest
from selectolax.lexbor import LexborHTMLParser, LexborNode

from pantau_checker.core import page
from pantau_checker.core._selectors import decompose, select, select_first

_NEWS = "".join(
    f"""<article class="post type-post hentry" id="post-{n}"><h2 class="entry-title"><a href="/berita/{n}/">Berita
 ke-{n} Dinas Kesehatan</a></h2><time class="entry-date" datetime="2026-11-{n:02d}">{n} November 2026</time>
 <div class="entry-meta"><span class="posted-on">oleh Admin</span> <span class="jam">08.{n:02d} WIB</span></div>
 <p>Ringkasan berita {n}. <a href="/berita/{n}/" class="more-link">Selengkapnya</a></p></article>"""
    for n in range(1, 16)
)

VENDOR_PAGE = f"""<!DOCTYPE html><html lang="id"><head><title>Dinas Kesehatan Kota Bekasi</title>
<meta name="description" content="Situs resmi"><script>var x = 1;</script><style>.sr-only{{display:none}}</style>
</head><body class="home blog">
<div id="top-bar" class="top-bar"><span class="tanggal">Senin, 30 November 2026</span><a href="/login">Masuk</a></div>
<header id="masthead" class="site-header"><h1 class="site-title"><a href="/">Dinkes</a></h1>
 <nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">
  <li class="menu-item"><a href="/">Beranda</a></li><li class="menu-item"><a href="/profil/">Profil</a>
   <ul class="sub-menu" style="display:none"><li><a href="/profil/visi/">Visi</a></li>
   <li><a href="/profil/s/">Struktur</a></li></ul></li><li class="menu-item"><a href="/layanan/">Layanan</a></li>
 </ul></nav></header>
<div class="marquee"><marquee>Selamat datang</marquee></div>
<div id="content" class="site-content"><main id="main" class="site-main">{_NEWS}
 <noscript><p>Aktifkan JavaScript</p></noscript><template><p class="menu">Templat</p></template>
 <svg width="0" height="0"><text>Ikon</text></svg></main>
<aside id="secondary" class="widget-area sidebar"><section class="widget widget_recent_entries">
 <h2 class="widget-title">Berita Terbaru</h2><ul><li><a href="/berita/1/">Berita 1</a></li>
 <li><a href="/berita/2/">Berita 2</a></li></ul></section>
 <section class="widget statistik"><h3>Statistik</h3><ul><li>Hari ini: <b>120</b></li><li>Online: 3</li></ul>
 </section></aside></div>
<footer id="colophon" class="site-footer"><div class="footer-menu"><a href="/kontak/">Kontak</a>
 <a href="https://bekasikota.go.id/">Pemkot</a></div><p>&copy; 2026 Dinas Kesehatan</p></footer>
<script src="/wp-includes/js/jquery.js"></script></body></html>"""

_QUERIES = [
    "a[href]",
    "script",
    "title",
    "h1, h2, h3",
    "article, main, #content, .content",
    "time[datetime]",
    "article time[datetime]",
    "ul",
    "li.menu-item, .widget a, #masthead",
    "header, nav, footer",
    "span:not(.jam), p",
    "[style]",
    "h2 a[href], h3 a[href]",
    "[title]:not(a, area, img)",  # lexbor's own
]


def _ids(nodes: list[LexborNode]) -> list[int]:
    return [n.mem_id for n in nodes]


def _same_as_selectolax(place: LexborHTMLParser | LexborNode, query: str) -> None:
    assert _ids(select(place, query)) == _ids(place.css(query)), query
    first, theirs = select_first(place, query), place.css_first(query)
    assert (first and first.mem_id) == (theirs and theirs.mem_id), query


def _searched_everywhere(tree: LexborHTMLParser) -> None:
    for query in _QUERIES:
        _same_as_selectolax(tree, query)
        assert tree.body is not None
        _same_as_selectolax(tree.body, query)
        for node in tree.css("main, aside, ul, article, footer")[:12]:
            _same_as_selectolax(node, query)


# The analysis's order: its hidden parts, what is no content, the volatile parts, the chrome, the articles.
_TAKEN_OUT = [
    "ul.sub-menu",
    "script, style, noscript, template, svg",
    "div.marquee, span.jam",
    "header, nav, footer, #top-bar",
    "aside section.statistik",
    "article",
]


def test_searches_between_the_parts_taken_out_find_what_selectolax_finds() -> None:
    tree = LexborHTMLParser(VENDOR_PAGE)
    _searched_everywhere(tree)  # the index made
    for query in _TAKEN_OUT:
        for node in page._outermost(tree.css(query)):
            decompose(node)
            _same_as_selectolax(tree, "a[href]")  # read right after each
        _searched_everywhere(tree)
    assert [n.attributes["href"] for n in select(tree, "article, a[href], time")] == ["/berita/1/", "/berita/2/"]
    assert [n.tag for n in select(tree, "h2, ul, li")] == ["h2", "ul", "li", "li"]


def test_the_index_is_kept_as_parts_are_taken_out() -> None:
    tree = LexborHTMLParser(VENDOR_PAGE)
    assert len(select(tree, "article")) == 15
    articles = tree.css("article")
    for article in articles[:14]:
        decompose(article)
    # A search of an inner element reads the index only while it is current: it finds its part of the list of the
    # document's anchors, those of the articles taken out skipped.
    footer = tree.css_first("footer")
    assert footer is not None
    _same_as_selectolax(footer, "a[href]")
    _same_as_selectolax(tree, "article a[href]")
    assert _ids(select(tree, "article")) == _ids([articles[14]])


def test_a_part_within_one_taken_out_and_parts_of_a_stale_index() -> None:
    tree = LexborHTMLParser(VENDOR_PAGE)
    _searched_everywhere(tree)
    aside, inner = tree.css_first("aside"), tree.css_first("aside section.statistik")
    assert aside is not None and inner is not None
    decompose(aside)
    decompose(inner)  # out of the tree with the aside: no place of the index
    _searched_everywhere(tree)
    main, footer = tree.css_first("main"), tree.css_first("footer")
    assert main is not None and footer is not None
    main.insert_child(footer, move=True)  # the index stale: taken out, the parts leave it so
    decompose(tree.css("article")[3])
    _searched_everywhere(tree)
    decompose(tree.css_first("#masthead"))  # the index made again, and kept
    _searched_everywhere(tree)


def test_the_body_taken_out_and_an_element_of_another_document() -> None:
    tree, other = LexborHTMLParser(VENDOR_PAGE), LexborHTMLParser(VENDOR_PAGE)
    _searched_everywhere(tree)
    _same_as_selectolax(other, "a[href]")  # the index is the other's
    decompose(tree.css("article")[0])  # the index is not this document's: made again by the next search
    _searched_everywhere(tree)
    decompose(other.css("article")[1])
    _searched_everywhere(other)
    assert tree.body is not None
    decompose(tree.body)
    for query in ("a[href]", "title, script", "body, article"):
        _same_as_selectolax(tree, query)


_TAGS = ["div", "p", "a", "span", "ul", "li", "article", "section", "nav", "h2", "img"]


def _element(rng: random.Random, depth: int) -> str:
    tag = rng.choice(_TAGS)
    names = [f'class="{rng.choice(["menu", "post", "item"])}"'] if rng.random() < 0.4 else []
    names += ['href="/x"'] if rng.random() < 0.3 else []
    inner = "".join(_element(rng, depth + 1) for _ in range(rng.randint(0, 3) if depth < 5 else 0))
    return f"<{tag} {' '.join(names)}>t{inner}</{tag}>"


@pytest.mark.parametrize("seed", range(6))
def test_generated_pages_with_parts_taken_out_between_searches(seed: int) -> None:
    rng = random.Random(4000 + seed)
    for _ in range(5):
        body = "".join(_element(rng, 0) for _ in range(rng.randint(2, 6)))
        tree = LexborHTMLParser(f"<html><head><title>x</title></head><body>{body}</body></html>")
        for _ in range(10):
            elements = tree.css("body *")
            for query in ("a[href]", "li, .menu", "div p, article a", "span:not(.item)", "*"):
                _same_as_selectolax(tree, query)
                for node in rng.sample(elements, min(3, len(elements))):
                    _same_as_selectolax(node, query)
            if not elements:
                break
            decompose(rng.choice(elements))


# Images in links and out of them with every name the selectors read, and none: an empty alt, an alt of no value, a
# title, sizes of no pixel (and of some), sizes in their style, in any case.
_IMAGES = [
    '<img src="/a.jpg" alt="Foto kegiatan">',
    '<img src="/b.jpg" alt="">',
    '<img src="/c.jpg" alt>',
    '<img src="/d.jpg">',
    '<img src="/e.jpg" alt="" title="Judul">',
    '<img src="/f.jpg" alt="Foto" title="Judul">',
    '<img src="/p.gif" width="1" height="1">',
    '<img src="/p.gif" width="0">',
    '<img src="/p.gif" height="0" alt="">',
    '<img src="/p.gif" width="10" height="01">',
    '<img src="/p.gif" WIDTH="1">',
    '<img src="/s.gif" style="width:0;height:0">',
    '<img src="/s.gif" style="WIDTH: 1px">',
    '<img src="/s.gif" style="max-Height:20px" alt="">',
    '<img src="/s.gif" style="border:0">',
    '<img src="/s.gif" style="">',
]

_IMAGES_PAGE = (
    "<html><head><title>Galeri</title></head><body><nav><a href='/'>Beranda</a></nav>"
    + "".join(
        f"<div class='item'><a href='/galeri/{n}/'>{image}</a><span>{image}</span>"
        f"<a name='x{n}'>{image}</a><a href='/g/{n}/'><span>{image}{image}</span></a></div>"
        for n, image in enumerate(_IMAGES)
    )
    + "<footer><a href='/kontak/'>Kontak</a></footer></body></html>"
)


def _image_pages() -> list[str]:
    pages = [_IMAGES_PAGE, _IMAGES_PAGE.replace("style=", "data-style=")]  # sized by their style: lexbor's walk
    rng = random.Random(40)
    for _ in range(30):
        parts = []
        for _ in range(rng.randint(1, 12)):
            image = rng.choice(_IMAGES)
            parts.append(rng.choice(["<a href='/x'>{}</a>", "<p>{}</p>", "<a>{}</a>", "<a href='/y'><b>{}</b></a>"]))
            parts[-1] = parts[-1].format(image)
        pages.append(f"<html><body>{''.join(parts)}</body></html>")
    return pages


@pytest.mark.parametrize("html", _image_pages())
def test_the_images_are_found_as_lexbor_finds_them(html: str) -> None:
    tree = LexborHTMLParser(html)
    assert _ids(page._linked_images(tree)) == _ids(tree.css(page._LINKED_IMAGES))
    assert _ids(page._once(select(tree, page._LISTED_TITLED_IMAGES))) == _ids(tree.css(page._TITLED_IMAGES))


def test_the_images_page_has_what_tests_the_reading() -> None:
    tree = LexborHTMLParser(_IMAGES_PAGE)
    styled = [i for i in tree.css(page._LINKED_IMAGES) if "style" in i.attributes]
    assert len(styled) == 9  # found by lexbor's walk, the first among the listed ones
    listed = select(tree, page._LISTED_TITLED_IMAGES)
    assert len(page._once(listed)) < len(listed)  # an image with an alt and a title
