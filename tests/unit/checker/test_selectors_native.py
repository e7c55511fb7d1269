"""The compiled selector searches (``core/_selectors.pyx``) find what selectolax's ``css()`` and ``css_first()``
find, in the same order, from a document, its body or an element within; the walk of the names finds the
elements with a class or an id, each with what its names were judged to say; a node's text is selectolax's
``text()``, byte for byte; and a page's links are read as the Python read them."""

from __future__ import annotations

import random
from urllib.parse import urljoin, urlsplit

import pytest
from selectolax.lexbor import LexborHTMLParser, LexborNode, SelectolaxError

from pantau_checker.core import page
from pantau_checker.core._selectors import absolute, links_in, named, select, select_first, text_of, words_of

_BODY = """
<body class="home blog Beranda">
<div id="top-bar" class="top-bar"><span class="tanggal">Senin, 30 November 2026</span>
  <a href="/login" title="Masuk">Masuk</a></div>
<header id="masthead" class="site-header"><h1 class="site-title"><a href="/">Dinas Kesehatan Kota Bekasi</a></h1>
  <nav id="site-navigation" class="main-navigation Menu" role="navigation" aria-label="Menu utama">
    <ul id="primary-menu" class="menu nav-menu">
      <li class="menu-item current-menu-item"><a href="/">Beranda</a></li>
      <li class="menu-item menu-item-has-children"><a href="/profil/">Profil</a>
        <ul class="sub-menu" aria-hidden="TRUE"><li><a href="/profil/visi-misi/">Visi dan Misi</a></li>
        <li><a href="/profil/struktur/" class="">Struktur Organisasi</a></li></ul></li>
      <li class="menu-item"><a href="/layanan/">Layanan</a></li>
      <li class="menu-item"><a href="/kontak/" hidden>Kontak</a></li>
    </ul></nav></header>
<div id="content" class="site-content content">
 <main id="main" class="site-main">
  <article id="post-812" class="post-812 post type-post hentry">
   <h2 class="entry-title"><a href="/2026/11/30/vaksinasi/" rel="bookmark">Vaksinasi Campak di 42 Puskesmas</a></h2>
   <time class="entry-date published" datetime="2026-11-30T08:00:00+07:00">30 November 2026</time>
   <img src="/wp-content/uploads/vaksin.jpg" alt="Petugas puskesmas memberi vaksin" width="640" height="360">
   <p>Dinas Kesehatan menggelar vaksinasi campak serentak. <a href="/2026/11/30/vaksinasi/">Selengkapnya</a></p>
  </article>
  <article id="post-809" class="post-809 post type-post hentry">
   <h2 class="entry-title"><a href="/2026/11/27/dbd/">Waspada DBD di Musim Hujan</a></h2>
   <abbr class="published" title="2026-11-27T10:00:00+07:00">27 Nov</abbr>
   <p style="display:none">Jadwal fogging</p><p>Pemberantasan sarang nyamuk di tiap RW.</p>
   <div class="screen-reader-text">Baca juga</div><span class="sr-only" aria-hidden="true">.</span>
   <article class="related post"><h3 title="Terkait"><a href="/2026/11/20/jentik/">Cek Jentik Mandiri</a></h3>
    <time datetime="2026-11-20">20/11/2026</time>
    <div class="hentry"><abbr class="updated" title="2026-11-21">21 Nov</abbr></div></article>
  </article>
  <noscript><meta http-equiv="refresh" content="0; url=/nojs/"><p title="JavaScript">Aktifkan</p></noscript>
  <dl><dt>Alamat</dt><dd>Jl. Pramuka No. 1</dd></dl>
  <template><p class="content">Templat</p></template>
 </main>
 <aside id="secondary" class="widget-area sidebar">
  <section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Berita Terbaru</h2>
   <ul><li><a href="/2026/11/30/vaksinasi/">Vaksinasi Campak</a> <span class="post-date">30/11/2026</span></li>
   <li><a href="/2026/11/27/dbd/">Waspada DBD</a></li></ul></section>
  <section class="widget"><object type="Application/PDF" data="/maklumat.PDF"></object>
   <relative-time datetime="2026-11-29T09:00:00+07:00">kemarin</relative-time></section>
  <svg width="0" height="0"><text>Ikon</text><a href="#ikon">x</a></svg>
  <svg class="ikon ikon-jam" viewBox="0 0 24 24"><title>Jam</title><use href="#jam"></use></svg>
  <span id="jam-digital">08.00 WIB</span> <span id="">kosong</span> <span class>tanpa nama</span>
 </aside>
</div>
<footer id="colophon" class="site-footer"><!-- pengunjung: 1.024 --><p>&copy; 2026 Dinas&nbsp;Kesehatan
 Kota Bekasi</p> <p>  </p><p></p><script>var hari = "Senin";</script><style>.x{color:red}</style>
 <noscript>Aktifkan JavaScript</noscript><textarea>Saran &amp; kritik</textarea><p>Kota Patriot — éè 😀</p>
 <button onclick="location.href='/pengaduan/'">Pengaduan</button><a href="https://bekasikota.go.id/">Pemkot</a></footer>
</body>"""

PAGES = [
    f"<!DOCTYPE html><html lang='id'><head><title>Dinkes</title><meta name='description' content='Dinkes'>"
    f"<link rel='alternate' href='/feed/'></head>{_BODY}</html>",
    f"<html><head><title>Dinkes</title></head>{_BODY}</html>",  # no doctype: quirks mode folds classes and ids
]

SELECTORS = [
    # element names, with attributes they must have
    "a",
    "h1, h2",
    "script, style, noscript, template, svg",
    "main, article",
    "a[href]",
    "a[href], area[href]",
    "meta[content], link[rel][href]",
    "time[datetime]",
    "button[onclick], input[onclick]",
    "[hidden], [style]",
    "relative-time",
    "text",
    "li, ul",
    "nope",
    # classes, ids and values lexbor's engine would match
    "main, article, #content, .content",
    ".menu",
    ".Menu",
    "#Content",
    ".menu-item.menu-item-has-children",
    "li.menu-item",
    "section#recent-posts-2.widget",
    '[aria-hidden="true" i], canvas, video, audio, rp, .screen-reader-text, .sr-only, .sub-menu',
    '[class="" i]',
    'object[type="application/pdf" i]',
    # what is left to lexbor
    "article time[datetime]",
    "h1 a[href], h2 a[href], h3 a[href]",
    "[role=navigation]",
    "[title]:not(a, area, img)",
    "body [style], body [hidden], noscript",
    "[class], [id]:not([class])",
    # a descendant within an ancestor (anywhere above, the searched node's ancestors too) and ``:not()``
    "article article",
    "noscript meta[http-equiv]",
    "body a",
    "html body, body div",
    "ul ul, li li a",
    ".menu a, #content .published",
    ".Menu a[href], #Content [title]",
    'body [aria-hidden="true" i], section h2',
    "svg title, template p, main p",
    "div:not(#content) a",
    "main :not(p)",
    ":not(div, p, a)",
    "a:not([href]), li:not(.menu-item)",
    "article:not(.post-809) h2 a, article.related:not(.page) a",
    "footer:not(.site-footer) p, p:not(footer p)",
    "dl > dt",
    # every selector of the analysis with a combinator or a pseudo-class
    page._HEADLINES,
    page._POST_MARKUP,
    page._SELF_HIDDEN,
    page._TITLED,
    page._TITLED_IMAGES,
    page._LINKED_IMAGES,
    page._HATOM_DATES,
    page._FRAMES,
    page._LOG_SPANS,
    page._ENTRY_HEADINGS,
    "article time[datetime]",
]


def _ids(nodes: list[LexborNode]) -> list[int]:
    return [n.mem_id for n in nodes]


def _places(tree: LexborHTMLParser) -> list[LexborHTMLParser | LexborNode]:
    body = tree.body
    assert body is not None
    return [tree, body, *tree.css("#content, ul, article, svg, h3, noscript, template")]


@pytest.mark.parametrize("html", PAGES, ids=["standards", "quirks"])
@pytest.mark.parametrize("query", SELECTORS)
def test_a_search_finds_what_selectolax_finds_in_its_order(html: str, query: str) -> None:
    tree = LexborHTMLParser(html)
    for place in _places(tree):
        assert _ids(select(place, query)) == _ids(place.css(query))
        first, theirs = select_first(place, query), place.css_first(query)
        assert (first and first.mem_id) == (theirs and theirs.mem_id)


def test_an_element_is_found_once_for_each_part_it_matches() -> None:
    tree = LexborHTMLParser(PAGES[0])
    found = select(tree, "main, #main, .site-main")

    assert [n.tag for n in found] == ["main", "main", "main"]


def test_a_search_of_a_document_after_its_parts_were_taken_out() -> None:
    tree = LexborHTMLParser(PAGES[0])
    for node in tree.css("aside"):
        node.decompose()

    assert _ids(select(tree, "a[href]")) == _ids(tree.css("a[href]"))
    assert select(tree, ".widget") == []


@pytest.mark.parametrize("query", ["a[", "a[href]b", "a[href]yz", "a:not(p)b", "a:not(p)", ":not()"])
def test_a_selector_lexbor_does_not_take_raises_as_selectolax_does(query: str) -> None:
    tree = LexborHTMLParser(PAGES[0])
    try:
        theirs = tree.css(query)
    except SelectolaxError:
        with pytest.raises(SelectolaxError):
            select(tree, query)
    else:
        assert _ids(select(tree, query)) == _ids(theirs)


def test_an_ancestor_above_the_searched_node_counts() -> None:
    tree = LexborHTMLParser(PAGES[0])
    article = tree.css_first("article.related")
    assert article is not None

    assert [n.tag for n in select(article, "body a, article article")] == ["article", "a"]
    assert [n.tag for n in select(article, "main article:not(.post)")] == []


_TAGS = ["div", "p", "a", "span", "ul", "li", "article", "section", "nav", "h2", "img", "table", "td", "svg", "b"]
_WORDS = ["menu", "Menu", "item", "post"]


def _element(rng: random.Random, depth: int) -> str:
    tag = rng.choice(_TAGS)
    names = []
    if rng.random() < 0.4:
        names.append(f'class="{" ".join(rng.sample(_WORDS, rng.randint(1, 2)))}"')
    if rng.random() < 0.15:
        names.append(f'id="{rng.choice(_WORDS)}"')
    for attribute, value in (("href", "/x"), ("title", "T"), ("style", "color:red"), ("hidden", ""), ("data-k", "V")):
        if rng.random() < 0.15:
            names.append(f'{attribute}="{value}"')
    inner = "".join(_element(rng, depth + 1) for _ in range(rng.randint(0, 3) if depth < 5 else 0))
    return f"<{tag} {' '.join(names)}>t{inner}</{tag}>"


def _compound(rng: random.Random, negated: bool = False) -> str:
    pieces = [rng.choice(_TAGS)] if rng.random() < 0.5 else []
    pieces += rng.sample([f".{rng.choice(_WORDS)}", f"#{rng.choice(_WORDS)}", "[href]", "[title]", '[data-k="v" i]'], 1)
    if not negated and rng.random() < 0.3:
        pieces.append(f":not({', '.join(_compound(rng, True) for _ in range(rng.randint(1, 3)))})")
    return "".join(pieces)


def _query(rng: random.Random) -> str:
    parts = []
    for _ in range(rng.randint(1, 3)):
        parts.append(_compound(rng) if rng.random() < 0.4 else f"{_compound(rng)} {_compound(rng)}")
    return ", ".join(parts)


def _generated_tree(rng: random.Random, fewest: int) -> LexborHTMLParser:
    """A generated page of ``fewest`` to 5 top blocks, in quirks or standards mode by a coin."""
    doctype = "<!DOCTYPE html>" if rng.random() < 0.5 else ""
    body = "".join(_element(rng, 0) for _ in range(rng.randint(fewest, 5)))
    return LexborHTMLParser(f"{doctype}<html><head><title>x</title></head><body>{body}</body></html>")


def _searched_alike(rng: random.Random, tree: LexborHTMLParser, inner: int, queries: int) -> None:
    """``queries`` generated selectors searched from the document, the body and ``inner`` of its elements, each as
    selectolax finds it."""
    elements = tree.css("body *")
    places = [tree, tree.body, *rng.sample(elements, min(inner, len(elements)))]
    for _ in range(queries):
        query = _query(rng)
        for place in places:
            assert place is not None
            _same_as_selectolax(place, query)


@pytest.mark.parametrize("seed", range(8))
def test_generated_pages_and_selectors_find_what_selectolax_finds(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(10):
        _searched_alike(rng, _generated_tree(rng, fewest=1), inner=4, queries=12)


# Names that a walk keeping each distinct class and id once by their bytes must still tell apart: a class and an id
# of the same value, a value and its prefix, an empty value and none, the same values in a new order, hundreds of
# distinct ones (its table grows), and non-ASCII ones.
_NAMES_BODY = "".join(
    [
        "<body><div class='menu'>a</div><div id='menu'>b</div><div class='menu' id=''>c</div><div class=''>d</div>",
        "<div class id='menu'>e</div><div class='menu' id>f</div><div class='menu-item'>g</div><p class='menu'>h</p>",
        "<div class='Menu'>i</div><div class='menu' id='menu'>j</div><div id='menu' class='menu'>k</div>",
        "<div class='mé nu' id='ménu'>l</div><div class='menu\x85'>m</div><span class='' id=''>n</span>",
        *(f"<li class='item menu-{n % 150}' id='{'menu' if n % 3 else ''}{n % 7}'>{n}</li>" for n in range(600)),
        "</body>",
    ]
)
NAMES_PAGES = [*PAGES, f"<!DOCTYPE html>{_NAMES_BODY}", _NAMES_BODY]


@pytest.mark.parametrize("html", NAMES_PAGES)
def test_the_names_walk_finds_the_named_elements_with_their_verdicts(html: str) -> None:
    tree = LexborHTMLParser(html)
    body = tree.body
    assert body is not None
    asked: list[tuple[str | None, str | None]] = []

    def judge(classes: str | None, id_: str | None) -> tuple[str | None, str | None] | None:
        asked.append((classes, id_))
        return (classes, id_) if "menu" in f"{classes} {id_}".lower() else None

    found = named(body, judge, None)

    every = body.css("[class], [id]:not([class])")
    said = [(n, (n.attributes.get("class"), n.attributes.get("id"))) for n in every]
    assert [(n.mem_id, v) for n, v in found] == [(n.mem_id, v) for n, v in said if "menu" in f"{v[0]} {v[1]}".lower()]
    assert len(asked) == len(set(asked)) == len({v for _, v in said})


@pytest.mark.parametrize("html", NAMES_PAGES)
def test_the_names_walk_from_an_inner_element_finds_what_selectolax_finds(html: str) -> None:
    tree = LexborHTMLParser(html)
    for place in tree.css("#content, aside, svg, template, footer, span, body"):
        found = named(place, lambda classes, id_: (classes, id_), None)

        every = place.css("[class], [id]:not([class])")
        assert [(n.mem_id, v) for n, v in found] == [
            (n.mem_id, (n.attributes.get("class"), n.attributes.get("id"))) for n in every
        ]


def _every_node(tree: LexborHTMLParser) -> list[LexborNode]:
    root = tree.root
    assert root is not None
    return [root, *root.traverse(include_text=True)]


@pytest.mark.parametrize("html", PAGES, ids=["standards", "quirks"])
@pytest.mark.parametrize("separator", ["", " ", "\n", " | "])
def test_a_text_is_what_selectolax_gives_for_every_node(html: str, separator: str) -> None:
    tree = LexborHTMLParser(html)
    nodes = _every_node(tree)
    assert {n.tag for n in nodes} >= {"-text", "-comment", "script", "style", "template", "svg", "title"}
    for node in nodes:
        assert text_of(node, separator) == node.text(separator=separator)
        assert text_of(node, separator, strip=True) == node.text(separator=separator, strip=True)
        assert text_of(node, separator, deep=False) == node.text(deep=False, separator=separator)
        assert text_of(node, strip=True, deep=False) == node.text(deep=False, strip=True)


def test_a_text_is_what_selectolax_gives_while_parts_are_moved_out() -> None:
    tree = LexborHTMLParser(PAGES[0])
    main, aside, body = tree.css_first("main"), tree.css_first("aside"), tree.body
    assert main is not None and aside is not None and body is not None
    for part in main.css("time, abbr, .screen-reader-text"):
        body.insert_child(part, move=True)
    aside.decompose()
    for node in _every_node(tree):
        assert text_of(node, " ") == node.text(separator=" ")
    assert "Vaksinasi" in text_of(main, " ") and "30 November 2026" not in text_of(main, " ")


def test_a_text_of_a_page_with_no_text_is_empty() -> None:
    tree = LexborHTMLParser("<html><head></head><body><div><img src='/logo.png'></div></body></html>")
    for node in _every_node(tree):
        assert text_of(node, " ") == node.text(separator=" ") == ""


# A search of the whole document indexes its elements, and later searches of it or of an element within read the
# index until selectolax counts a change of the tree: each search below must find what selectolax finds after it.
_CHANGES = [
    lambda tree: tree.css_first("aside").decompose(),
    lambda tree: [node.decompose() for node in tree.css("article.related, .screen-reader-text")],
    lambda tree: tree.body.insert_child(tree.css_first("#masthead"), move=True),
    lambda tree: tree.css_first("#content").insert_before(tree.css_first("footer"), move=True),
    lambda tree: tree.css_first("main").strip_tags(["time", "abbr"]),
    lambda tree: tree.css_first("#primary-menu").unwrap(),
    lambda tree: tree.css_first("main").insert_child("<p class='menu'><a href='/baru/'>Baru</a></p>"),
    lambda tree: tree.css_first("h1").replace_with(tree.css_first("h3"), move=True),
]

_AFTER_CHANGES = [
    "a",
    "a[href], area[href]",
    "h1, h2, h3",
    "time, abbr",
    "article article",
    "main p, aside a",
    ".menu, #masthead",
    "[title]:not(a, area, img)",
    "footer, header, nav",
    "section, li li a",
    "li, li.menu-item, a, a[href]",
]


def _same_as_selectolax(place: LexborHTMLParser | LexborNode, query: str) -> None:
    assert _ids(select(place, query)) == _ids(place.css(query)), query
    first, theirs = select_first(place, query), place.css_first(query)
    assert (first and first.mem_id) == (theirs and theirs.mem_id), query


@pytest.mark.parametrize("html", PAGES, ids=["standards", "quirks"])
@pytest.mark.parametrize("change", range(len(_CHANGES)))
def test_a_search_after_the_tree_changed_finds_what_selectolax_finds(html: str, change: int) -> None:
    tree = LexborHTMLParser(html)
    inner = [tree.css_first(q) for q in ("main", "#content", "ul", "footer", "nav")]
    for query in _AFTER_CHANGES:  # the index made, then read from the document and within
        _same_as_selectolax(tree, query)
        for node in inner:
            assert node is not None
            _same_as_selectolax(node, query)
    _CHANGES[change](tree)
    for node in inner:  # an inner element first: the stale index is not read, nor made again
        if node is not None and node.parent is not None:
            for query in _AFTER_CHANGES:
                _same_as_selectolax(node, query)
    for query in _AFTER_CHANGES:
        _same_as_selectolax(tree, query)
        _same_as_selectolax(tree.body, query)
        for node in tree.css("main, #content, ul, footer, nav, article"):
            _same_as_selectolax(node, query)


def test_an_element_moved_out_of_the_tree_is_searched_as_it_now_is() -> None:
    tree = LexborHTMLParser(PAGES[0])
    article = tree.css_first("article.related")
    assert article is not None
    assert [n.tag for n in select(article, "a, time")] == ["a", "time"]
    other = LexborHTMLParser("<html><body><section></section></body></html>")
    section = other.css_first("section")
    assert section is not None
    section.insert_child(article, move=True)  # into another document: the first counts the change

    for query in ("a, time", "h1, h2, h3", "a[href], article"):  # the first document indexed again, the
        _same_as_selectolax(tree, query)  # element taken out of it still holds its old place
        _same_as_selectolax(article, query)
        _same_as_selectolax(other, query)
        _same_as_selectolax(section, query)
        for node in other.css("article"):  # the copy the other document took holds it too
            _same_as_selectolax(node, query)


def test_an_element_taken_out_but_kept_is_searched_as_it_now_is() -> None:
    tree = LexborHTMLParser(PAGES[0])
    kept = [tree.css_first(q) for q in ("main", "article.related", "nav", "footer")]
    _same_as_selectolax(tree, "a")
    for node in kept:  # out of the tree, not freed: each still holds the place the index gave it
        assert node is not None
        node.decompose(recursive=False)
    for query in ("a", "a[href], time", "p, h2", "li, ul, abbr"):
        _same_as_selectolax(tree, query)  # the document indexed again without them
        for node in kept:
            assert node is not None
            _same_as_selectolax(node, query)


def test_searches_of_two_documents_and_a_clone_in_turn_find_what_selectolax_finds() -> None:
    one, two = LexborHTMLParser(PAGES[0]), LexborHTMLParser(PAGES[1])
    clone = one.clone()
    inner = [t.css_first("nav") for t in (one, two, clone)]
    for _ in range(2):
        for tree, nav in zip((one, two, clone), inner, strict=True):
            assert nav is not None
            for query in ("a[href]", "li, ul", ".menu a"):
                _same_as_selectolax(tree, query)
                _same_as_selectolax(nav, query)
    clone.css_first("nav").decompose()  # type: ignore[union-attr]
    for tree in (one, two, clone):
        _same_as_selectolax(tree, "a[href], nav")


def test_names_lexbor_does_not_know_are_found_in_the_index_beyond_the_room_for_their_lists() -> None:
    names = [f"x-part{n}" for n in range(40)]
    body = "".join(f"<{name} id='n{n}'><{names[n - 1]}>i</{names[n - 1]}></{name}>" for n, name in enumerate(names))
    tree = LexborHTMLParser(f"<html><body><main>{body}</main><footer><x-part3>f</x-part3></footer></body></html>")
    main = tree.css_first("main")
    assert main is not None
    for round_ in range(2):
        for n, name in enumerate(names):
            for place in (tree, main):
                _same_as_selectolax(place, f"{name}, {names[(n + 7) % 40]}, p, x-part3")
        if round_ == 0:
            tree.css_first("x-part5").decompose()  # type: ignore[union-attr]


def test_a_change_of_an_attribute_is_seen_by_the_next_search() -> None:
    tree = LexborHTMLParser(PAGES[0])
    assert len(select(tree, "a[href]")) == len(tree.css("a[href]"))
    anchor = tree.css_first("a[href]")
    assert anchor is not None
    del anchor.attrs["href"]
    tree.css_first("dt").attrs["class"] = "menu"  # type: ignore[union-attr]
    for query in ("a[href]", ".menu", "dt.menu, a:not([href])"):
        _same_as_selectolax(tree, query)


def _change(rng: random.Random, tree: LexborHTMLParser) -> None:
    elements = tree.css("body *")
    if not elements:
        return
    node = rng.choice(elements)
    kind = rng.randrange(4)
    if kind == 0:
        node.decompose()
    elif kind == 1:
        target = rng.choice(tree.css("body, body *"))
        if node.mem_id not in {n.mem_id for n in [target, *target.css("*")]} and all(
            a.mem_id != node.mem_id for a in _ancestors(target)
        ):
            target.insert_child(node, move=True)
    elif kind == 2:
        node.unwrap()
    else:
        node.insert_child(f"<{rng.choice(_TAGS)} class='menu' href='/y'>n</{rng.choice(_TAGS)}>")


def _ancestors(node: LexborNode) -> list[LexborNode]:
    found, at = [], node.parent
    while at is not None:
        found.append(at)
        at = at.parent
    return found


@pytest.mark.parametrize("seed", range(6))
def test_generated_pages_changed_between_searches_find_what_selectolax_finds(seed: int) -> None:
    rng = random.Random(1000 + seed)
    for _ in range(6):
        tree = _generated_tree(rng, fewest=2)
        for _ in range(8):
            _searched_alike(rng, tree, inner=3, queries=4)
            _change(rng, tree)


# The links' reading (``links_in``, for ``page._links``) against the Python it replaced, read with selectolax's own
# ``css()``, ``text()`` and ``attributes``: a vendor's page with news items, a menu, images in links, an image map,
# SVG links, links that hide or lack their address, and every character ``str.split`` takes for a space.
_SPACES = "".join(chr(c) for c in range(0x110000) if chr(c).isspace())
_NOT_SPACES = "\u180e\u200b\u200c\u2060\ufeff\xad"  # that look like one, and are none for ``str.split``

_LINKS_BODY = (
    """
<body class="home">
<nav class="navbar"><ul class="menu">
 <li><a href="/" title="Beranda" aria-label="Ke beranda"><i class="fa fa-home"></i> Beranda</a></li>
 <li><a href=" /profil/ " title>Profil <b>Dinas</b><span class="caret"></span></a>
  <ul class="dropdown-menu"><li><a href="/profil/visi-misi/">Visi&nbsp;dan&#160;Misi</a></li>
  <li><a href="./struktur/../struktur/">Struktur</a></li><li><a href="tugas\\fungsi">Tugas</a></li></ul></li>
 <li><a href="//cdn.example.org/x" aria-label="">CDN</a></li><li><a href="">Kosong</a></li>
 <li><a href="   ">Spasi</a></li><li><a href>Tanpa nilai</a></li><li><a>Tanpa alamat</a></li>
 <li><a href="javascript:void(0)" onclick="buka()">Menu</a></li><li><a href="#top">Atas</a></li>
 <li><a href="?page=2&amp;cat=3">Halaman 2</a></li><li><a href="HTTPS://Example.org/Besar">Besar</a></li>
 <li><a href="mailto:dinkes@bekasikota.go.id">Surel</a></li><li><a href="https://lapor.go.id">LAPOR!</a></li>
</ul></nav>
<div class="news">
"""
    + "".join(
        f"""<article class="post"><a href="/berita-{n}/" class="thumb"><img src="/{n}.jpg" alt="Foto  berita {n}"
 title="Judul\t{n}"><img src="/p.gif" width="1" height="1"></a><h3><a href="/berita-{n}/">Berita <em>ke-{n}</em>
 &amp; <strong>Kota&#x2028;Bekasi</strong></a></h3><p>Ringkas {n}. <a href="/berita-{n}/" title="Baca {n}">Baca
 selengkapnya&hellip;</a></p></article>"""
        for n in range(1, 13)
    )
    + f"""
</div>
<p><a href="/ruang">Kata{_SPACES.replace("<", "")}terpisah{_NOT_SPACES}bersambung</a>
 <a href="/kendali">a\x1cb\x1dc\x1ed\x1fe\x0bf\x0cg\x85h\xa0i\u3000j\u2029k\u205fl\u1680m\u202fn</a>
 <a href="/kosong/">   \n\t  </a><a href="/hanya-gambar/"><img alt="" title=""></a>
 <a href="/gambar-saja/"><img alt="Spanduk&#9;judi" title="  Slot  gacor "></a></p>
<map name="peta"><area href="/barat" alt="Bekasi  Barat" title="Barat"><area href="/timur"><area alt="Tanpa">
 <area href="" alt="Kosong"></map>
<svg width="10"><a href="/svg-a"><text>Ikon</text></a><a xlink:href="/svg-xlink">Xlink</a></svg>
<template><a href="/templat">Templat</a></template>
<a href="/ganda" href="/kedua" title="satu" title="dua">Ganda</a>
<div style="display:none" class="hidden"><a href="/tersembunyi/" title="Judi">Tersembunyi <img alt="Slot"></a>
 <span>teks</span><a href="https://spam.example/">Spam</a></div>
<footer><p>&copy; 2026 <a href="/kontak/">Kontak</a> | <a href="https://bekasikota.go.id/">Pemkot</a></p></footer>
<a href="https://kit.example/a">judi</a> <a href="https://kit.example/b"><span><img alt="togel"></span></a>
</body>"""
)

LINK_PAGES = [
    *PAGES,
    f"<!DOCTYPE html><html lang='id'><head><title>Dinkes</title></head>{_LINKS_BODY}</html>",
    f"<html><head><title>Dinkes</title></head>{_LINKS_BODY}</html>",  # quirks mode
    "<p>Tanpa tautan</p>",
    "<a href='/galeri/'>" + "".join(f"<img alt='foto {n}'>" for n in range(page._MAX_IMAGES + 2)) + "</a>",
    "",
]
BASES = ["https://dinkes.bekasikota.go.id/berita/index.php?x=1", "http://app-1.example:8080/"]


def _reference_absolute(href: str, base_url: str, scheme: str, root: str) -> str:
    href = href.strip()
    if "/." in href or "\\" in href:
        return urljoin(base_url, href)
    if href.startswith("/"):
        return scheme + href if href.startswith("//") else root + href
    if href.startswith(("http://", "https://")):
        return href
    return urljoin(base_url, href)


def _reference_image_text(image: LexborNode) -> str:
    attributes = image.attributes
    return " ".join(f"{attributes.get('alt') or ''} {attributes.get('title') or ''}".split())


def _reference_links(
    nodes: list[LexborNode], base_url: str, titles: list[str] | None, images: bool, bounds: list[int] | None
) -> list[page.Link]:
    origin = urlsplit(base_url)
    scheme, root = f"{origin.scheme}:", f"{origin.scheme}://{origin.netloc}"
    links = []
    for node in nodes:
        pictured = images and node.css_first("img") is not None
        for anchor in (node,) if node.tag in ("a", "area") else node.css("a[href], area[href]"):
            attributes = anchor.attributes
            href = attributes.get("href")
            if titles is not None:
                if "title" in attributes:
                    titles.append(attributes["title"] or "")
                if "aria-label" in attributes:
                    titles.append(attributes["aria-label"] or "")
            if href or anchor is not node:
                text = " ".join(anchor.text(separator=" ").split())
                if anchor.tag == "area":
                    text = " ".join((attributes.get("alt") or "").split())
                if pictured:
                    said = map(_reference_image_text, anchor.css("img")[: page._MAX_IMAGES])
                    text = " ".join(t for t in (text, *said) if t)
                links.append(page.Link(text, _reference_absolute(href or "", base_url, scheme, root)))
        if bounds is not None:
            bounds.append(len(links))
    return links


def _link_readings(tree: LexborHTMLParser) -> list[list[LexborNode]]:
    """The nodes the analysis reads links of: the page's links, the body, its blocks and its last nodes (texts and
    comments among them), a link without an address, an image map's areas."""
    body = tree.body
    if body is None:
        return [tree.css("a[href], area[href]")]
    blocks = tree.css("nav, article, div, p, map, svg, footer, li, template")
    last: list[LexborNode] = []
    node = body.last_child
    while node is not None and len(last) < 8:
        last.append(node)
        node = node.prev
    return [tree.css("a[href], area[href]"), [body], blocks, last, tree.css("a, area"), tree.css("a:not([href])")]


@pytest.mark.parametrize("html", LINK_PAGES)
@pytest.mark.parametrize("base_url", BASES)
@pytest.mark.parametrize("images", [False, True])
def test_the_links_are_read_as_the_python_read_them(html: str, base_url: str, images: bool) -> None:
    tree = LexborHTMLParser(html)
    select(tree, "a")  # the index made, as the analysis has it
    for nodes in _link_readings(tree):
        titles: list[str] = []
        bounds: list[int] = []
        expected_titles: list[str] = []
        expected_bounds: list[int] = []
        links = page._links(nodes, base_url, titles, images, bounds)
        assert links == _reference_links(nodes, base_url, expected_titles, images, expected_bounds)
        assert all(type(link) is page.Link for link in links)
        assert (titles, bounds) == (expected_titles, expected_bounds)
        assert page._links(nodes, base_url, images=images) == links


def test_a_link_text_is_squashed_at_every_space_python_knows() -> None:
    tree = LexborHTMLParser(f"<a href='/x'>{_SPACES.replace('<', '')}a{_SPACES.replace('<', '')}b{_NOT_SPACES}c </a>")
    assert page._links(tree.css("a"), BASES[0]) == [
        page.Link(f"a b{_NOT_SPACES}c", "https://dinkes.bekasikota.go.id/x")
    ]
    for space in _SPACES.replace("<", ""):
        (link,) = page._links(LexborHTMLParser(f"<a href='/'>{space}x{space}{space}y{space}</a>").css("a"), BASES[1])
        assert link.text == "x y", hex(ord(space))


def test_the_vendor_page_has_the_links_that_test_the_reading() -> None:
    # The corner cases are in the page: a reading that missed them would pass the tests above by chance.
    site = "https://dinkes.bekasikota.go.id"
    links = set(page._links([LexborHTMLParser(LINK_PAGES[2]).body], BASES[0], images=True))
    assert page.Link("a b c d e f g h i j k l m n", f"{site}/kendali") in links
    assert page.Link("Bekasi Barat", f"{site}/barat") in links
    assert page.Link("Spanduk judi Slot gacor", f"{site}/gambar-saja/") in links
    assert page.Link("Foto berita 1 Judul 1", f"{site}/berita-1/") in links
    assert page.Link("Berita ke-1 & Kota Bekasi", f"{site}/berita-1/") in links
    assert page.Link("Visi dan Misi", f"{site}/profil/visi-misi/") in links
    assert page.Link("Xlink", BASES[0]) in links  # xlink:href is not its href
    assert page.Link("Kosong", BASES[0]) in links
    assert all(link.href != f"{site}/templat" for link in links)


@pytest.mark.parametrize(
    "href",
    [
        "/a",
        "//cdn/x",
        "https://a/b",
        "http://a",
        "  /spasi ",
        "./x",
        "../y",
        "a\\b",
        "?q=1",
        "#f",
        "",
        " \x1c ",
        "mailto:x@y",
        "HTTPS://A/B",
        "javascript:void(0)",
        "b/./c",
        "\u3000/lebar\u3000",
        "httpx://a",
    ],
)
def test_an_address_is_made_absolute_as_the_python_made_it(href: str) -> None:
    for base_url in BASES:
        origin = urlsplit(base_url)
        scheme, root = f"{origin.scheme}:", f"{origin.scheme}://{origin.netloc}"
        assert absolute(href, base_url, scheme, root) == _reference_absolute(href, base_url, scheme, root)


def test_links_are_made_only_as_a_kind_of_tuple() -> None:
    with pytest.raises(TypeError):
        links_in([], dict, BASES[0], "https:", "https://x", None, False, None)  # type: ignore[type-var]


def test_texts_read_in_turn_are_each_their_own_a_huge_one_among_them() -> None:
    # One buffer serves every text: each starts empty, and a huge one's room is let go.
    tree = LexborHTMLParser(f"<p>{'kata ' * 300_000}</p><p>pendek</p><p></p><div><b>a</b> <i>b</i></div>")
    for node in [*tree.css("p, div, b"), *tree.css("p, div, b")[::-1]]:
        assert text_of(node, " ") == node.text(separator=" ")
        assert text_of(node) == node.text()


# The squashed texts (``words_of``, for ``page._text``) against the Python they replaced: ``str.split`` and ``join``
# of ``text_of``'s text, on every node of the pages above (entities, comments, nested inline tags, empty nodes) and
# at every space ``str.split`` knows, where a separator of no characters glues a tag's words to its neighbours'.
_SEPARATORS = ["", " ", "\n", " | ", "\u3000"]


def _reference_words(node: LexborNode, separator: str) -> str:
    return " ".join(node.text(separator=separator).split())


@pytest.mark.parametrize("html", LINK_PAGES)
@pytest.mark.parametrize("separator", _SEPARATORS)
def test_a_squashed_text_is_what_the_python_squashed_for_every_node(html: str, separator: str) -> None:
    for node in _every_node(LexborHTMLParser(html)):
        assert words_of(node, separator) == _reference_words(node, separator)
        assert page._text(node, separator) == _reference_words(node, separator)
    assert page._text(None) == ""


def test_a_squashed_text_is_squashed_at_every_space_python_knows() -> None:
    for space in _SPACES.replace("<", ""):
        tree = LexborHTMLParser(f"<p>{space}x{space}{space}<b>y{space}z</b>{space}<i>w</i>{space}</p>")
        (node,) = tree.css("p")
        assert (page._text(node), page._text(node, "")) == ("x y z w", "x y z w"), hex(ord(space))
    tree = LexborHTMLParser(f"<p>a{_NOT_SPACES}b</p>")
    assert page._text(tree.css_first("p")) == f"a{_NOT_SPACES}b"


@pytest.mark.parametrize(
    ("html", "apart", "glued"),
    [
        ("<h2>Berita <em>ke-1</em><strong>Kota</strong></h2>", "Berita ke-1 Kota", "Berita ke-1Kota"),
        ("<h2>Satu<!-- komentar -->Dua</h2>", "Satu Dua", "SatuDua"),
        ("<h2>Visi&nbsp;dan&#160;Misi &amp;&#x2028;Tugas&hellip;</h2>", "Visi dan Misi & Tugas\u2026", None),
        ("<h2> \n\t <span> </span><!-- x --><img alt='foto'></h2>", "", ""),
        ("<h2></h2>", "", ""),
        ("<h2>\x1ca\x85b\xa0</h2>", "a b", "a b"),
        ("<h2>Kota Patriot \u2014 \xe9\xe8 \U0001f600</h2>", "Kota Patriot \u2014 \xe9\xe8 \U0001f600", None),
    ],
)
def test_a_squashed_text_glues_or_parts_the_words_of_neighbouring_tags(
    html: str, apart: str, glued: str | None
) -> None:
    node = LexborHTMLParser(html).css_first("h2")
    assert (page._text(node), page._text(node, "")) == (apart, apart if glued is None else glued)


def test_squashed_texts_read_in_turn_are_each_their_own_a_huge_one_among_them() -> None:
    tree = LexborHTMLParser(f"<p>{'kata  ' * 300_000}</p><p>pendek</p><p></p><div><b>a</b><i>b</i></div>")
    for node in [*tree.css("p, div, b"), *tree.css("p, div, b")[::-1]]:
        assert words_of(node, " ") == _reference_words(node, " ")
        assert words_of(node) == _reference_words(node, "")
        assert text_of(node) == node.text()
