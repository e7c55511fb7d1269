"""A listed search whose parts share their own compound under ancestors named alone ("h1 a[href], h2 a[href]") matches
each element once and walks its ancestors once (``_ancestors_by_name`` in ``core/_selectors.pyx``): it finds what
selectolax's ``css()`` and ``css_first()`` find, in the same order, an element once for each part it matches; and
parts whose compounds differ only by a class's, an id's, a value's bytes or an attribute, or whose ancestors name
more than an element, are searched part by part as before."""

from __future__ import annotations

import random

import pytest
from selectolax.lexbor import LexborHTMLParser, LexborNode
from unit.checker.test_tree_changes_session40 import _ids, _same_as_selectolax

from pantau_checker.core._selectors import decompose, select

_NEWS = "".join(
    f"""<article class="post {"headline" if n % 3 == 0 else "item"}" id="post-{n}">
  <h{2 + n % 4} class="{"entry-title" if n % 2 else "Entry-Title"}"><a href="/berita/{n}" title="Berita {n}"
    data-k="{"ab" if n % 2 else "AB"}">Kegiatan “Bersih Kali” ke-{n} • Dinas</a></h{2 + n % 4}>
  <span class="tanggal">{n % 28 + 1} Desember 2026</span>
  <p>Warga Bekasi bergotong royong… <a href="/baca/{n}" class="more">Selengkapnya »</a></p>
  {"<h4><span>Tanpa tautan</span></h4>" if n % 5 == 0 else ""}
  {'<h2 id="ab"><a>tanpa href</a></h2><h3 id="cd"><a href="/x">x</a></h3>' if n % 7 == 0 else ""}
</article>"""
    for n in range(30)
)

_BODY = f"""<body class="home blog">
<header><h1 class="site-title"><a href="/">Dinas Lingkungan Hidup Kota Bekasi</a></h1>
<nav id="menu"><ul><li class="menu-item"><a href="/">Beranda</a></li><li class="menu-item"><a href="/profil">Profil
</a></li><li class="menu-item"><a href="/kontak">Kontak</a></li></ul></nav>
<div class="jam"><span id="clock">10:45:12 WIB</span></div></header>
<main id="content"><h1><a href="/berita">Berita Terbaru</a></h1>{_NEWS}</main>
<aside class="widget"><h3 class="widget-title">Arsip</h3><ul><li><a href="/2026/12">Desember 2026</a></li></ul>
<h5><a href="/tag/bekasi" class="menu">Bekasi</a> <a href="/tag/dlh" class="post">DLH</a></h5></aside>
<footer><h6><a href="/kebijakan">Kebijakan Privasi</a></h6><p>© 2026 Pemerintah Kota Bekasi</p></footer>
</body>"""

PAGES = [f"<!DOCTYPE html><html><head><title>DLH</title></head>{_BODY}</html>", f"<html>{_BODY}</html>"]

SELECTORS = [
    "h1 a[href], h2 a[href], h3 a[href], h4 a[href], h5 a[href]",
    "h2 a[href], a[href], h3 a[href]",
    "a[href], h2 a[href], a[href]",
    "h5 a.menu, h5 a.post, h2 a.menu",
    "article a.entry-title, h2 a.more, h3 a.more",
    "h2 #ab, h3 #cd, article #ab",
    "h2 [id], h3 [id], article [class]",
    'h2 a[data-k="ab" i], h3 a[data-k="cd" i], h4 a[data-k="ab" i]',
    "h2 a[href], h3 a[title], h4 a[href][title]",
    "h2 a, h3 a[href], h4 a",
    "article a:not(.more), h2 a:not(.more), h3 a",
    ".post a, article.headline a, main a",
    "h1.site-title a, h1 a, header a",
    "h2 a[href], h3 a[href], article a[href], main a[href], body a[href], html a[href]",
    "h6 a[href], h2 a[href], a[href], h3 a[href], h1 a[href]",
    "local-time a[href], h2 a[href], h3 a[href]",
    "h2 a[href], h3 a[href]:not(.more), h4 a[href]",
    "nav a[href], footer a[href], aside a[href], main a[href]",
    "article h2, article h3, main h2, body h3",
]


def _places(tree: LexborHTMLParser) -> list[LexborHTMLParser | LexborNode]:
    body = tree.body
    assert body is not None
    return [tree, body, *tree.css("main, article.headline, aside, h2")]


@pytest.mark.parametrize("html", PAGES, ids=["standards", "quirks"])
@pytest.mark.parametrize("query", SELECTORS)
def test_parts_sharing_a_compound_find_what_selectolax_finds(html: str, query: str) -> None:
    tree = LexborHTMLParser(html)
    select(tree, "a[href]")  # the index made: the searches within are listed ones
    for place in _places(tree):
        _same_as_selectolax(place, query)


def test_a_link_in_two_headings_is_found_once_for_each() -> None:
    tree = LexborHTMLParser("<body><h2><b><h3><a href='/a'>A</a></h3></b></h2><p><a href='/b'>B</a></p></body>")

    found = select(tree, "h2 a[href], h3 a[href], h4 a[href], a[href]")

    assert [n.attributes["href"] for n in found] == ["/a", "/a", "/a", "/b"]
    assert _ids(found) == _ids(tree.css("h2 a[href], h3 a[href], h4 a[href], a[href]"))


@pytest.mark.parametrize("html", PAGES, ids=["standards", "quirks"])
def test_parts_sharing_a_compound_after_parts_were_taken_out(html: str) -> None:
    tree = LexborHTMLParser(html)
    select(tree, "a[href]")
    for node in select(tree, "aside, article.headline"):
        decompose(node)
    for query in SELECTORS:
        _same_as_selectolax(tree, query)


@pytest.mark.parametrize("seed", range(6))
def test_generated_lists_of_parts_sharing_compounds_find_what_selectolax_finds(seed: int) -> None:
    rng = random.Random(seed)
    owns = ["a[href]", "a", "a.post", "a.item", "[title]", "#ab", "#cd", 'a[data-k="ab" i]', "span", "a:not(.more)"]
    ancestors = ["h1", "h2", "h3", "h4", "h5", "article", "main", ".post", "#content", "header"]
    for html in PAGES:
        tree = LexborHTMLParser(html)
        places = _places(tree)
        for _ in range(40):
            own = rng.choice(owns)
            parts = [own if rng.random() < 0.2 else f"{rng.choice(ancestors)} {own}" for _ in range(rng.randint(2, 6))]
            if rng.random() < 0.3:
                parts.insert(rng.randrange(len(parts)), f"{rng.choice(ancestors)} {rng.choice(owns)}")
            for place in places:
                _same_as_selectolax(place, ", ".join(parts))
