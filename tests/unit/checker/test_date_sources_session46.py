"""The date sources' headlines counted outside the chrome's and the sides' own nodes, another site's lists read
without their links' nodes, and parse_page's cache comment and server-side code looked for in place: each against
the code before, kept here as the reference.

``_date_sources`` made a node for each link of the site's chrome only to leave it out of the headlines' count (a
part's links, ``select(part, "a[href]")``, are the part, where it is one, and the links in it); ``_others_feeds``
made a node for each link of every list and read its address by a Python call; ``_cached_copy`` sliced the page's
last characters; ``_source_language`` ran a generator over the five starts of every page.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from contextlib import suppress
from datetime import date
from typing import cast
from urllib.parse import urlsplit

import pytest
from selectolax.lexbor import LexborHTMLParser, LexborNode

from pantau_checker.core import page
from pantau_checker.core._selectors import (
    count_besides,
    count_found_outside,
    hrefs_in,
    one_other_site,
    outside,
    select,
    select_first,
)

URL = "https://dinkes.bekasikota.go.id/"
TODAY = date(2026, 12, 7)


# --- the code before ---


def old_headlines(body: LexborNode, left_out: list[LexborNode]) -> int:
    return count_besides(select(body, page._HEADLINES), left_out)


def old_side_paths(links: list[LexborNode]) -> frozenset[str]:
    paths = set()
    for href in (a.attributes.get("href") or "" for a in links):
        if "/20" in href:
            with suppress(ValueError):
                paths.add(urlsplit(href.strip()).path)
    return frozenset(paths)


def old_date_sources_links(body: LexborNode, chrome: list[LexborNode], sides: list[LexborNode]) -> tuple:
    """The three readings of the chrome's and the sides' links as ``_date_sources`` made them."""
    chrome_links = [a for node in chrome for a in select(node, "a[href]")]
    side_links = [a for node in sides for a in select(node, "a[href]")]
    side_paths, headlines = old_side_paths(side_links), old_headlines(body, [*chrome_links, *side_links])
    menu = page._menu_links(chrome_links) if select_first(body, "article article") is not None else page._NO_PATHS
    return side_paths, headlines, menu


def old_one_other_site(links: list[LexborNode], own: str) -> str | None:
    site = None
    for anchor in links:
        linked = page._linked_site(anchor.attrs.get("href") or "")
        if linked is None or linked == own or (site is not None and linked != site):
            return None
        site = linked
    return site


def old_others_feeds(tree: LexborHTMLParser, host: str) -> list[LexborNode]:
    own = page._site_of(host)
    found = []
    for holder in [*select(tree, "ul"), *select(tree, "ol")][: page._MAX_MARKED]:
        links = select(holder, "a[href]")[: page._MAX_MARKED]
        site = old_one_other_site(links, own)
        if site is None or site.endswith(page._NOT_FEEDS):
            continue
        items = len(select(holder, "li"))
        if page._MIN_FEED_ITEMS <= items <= len(links) and not page.has_ancestor(holder, ("article",)):
            found.append(holder)
    return page._outermost(found)


def old_cached_copy(html: str) -> bool:
    tail = html[-page._CACHE_COMMENT_REACH :]
    if page._CACHE_MARKS_SHARE not in tail:
        return False
    for mark in page._PAGE_CACHE_MARKS:
        at = tail.find(mark)
        if at >= 0 and tail.rfind("<!--", 0, at) > tail.rfind("-->", 0, at):
            return True
    return False


def old_source_language(html: str) -> str:
    head = html[: page._SOURCE_HEAD].lstrip(" \t\r\n\ufeff")[:5].lower()
    return next((language for start, language in page._SOURCE_STARTS if head.startswith(start)), "")


# ``_date_sources`` as it was, run in the page module's names with the readings before.
OLD_DATE_SOURCES = r'''
def _date_sources(
    tree: HTMLParser,
    json_ld: tuple[str, ...],
    wp_api: str | None,
    host: str,
    named_chrome: list[Node],
    widgets: list[Node],
    dated_parts: list[Node],
    data_dates: frozenset[str],
    embedded: list[str],
    hatom: bool,
    plugins: bool = False,
    today: date | None = None,
) -> DateSources:
    """Zone the body for dating: its articles, and the rest without the site's chrome and other sites' feeds.
    ``data_dates`` are the names of the data attributes that may give a date that the markup has (``_data_dates``);
    ``embedded``, the dates of the posts an app's shell holds in its data (``_embedded``), are an article's;
    ``hatom``: whether the markup has hAtom's posts ("hentry"), whose dates may be in their titles only;
    ``plugins``: whether it has a social feed plugin's names (``machine_parts``); ``today``: the check's day.

    Runs after ``_main_text`` took the volatile parts out (and found ``named_chrome``), and takes the tree apart.
    The volatile parts it kept for their posts' dates (``dated_parts``) are read as the rest is, not as a list's
    items (``_item_dates``): a lone date of today in them is still a clock's (a part named for today or a clock
    that heads posts is no proof that its today is theirs).
    """
    body = tree.body
    if body is None:
        return DateSources("", "", json_ld, wp_api)
    chrome = _unique(_outermost(_site_chrome(tree, body, named_chrome)))  # each once (see _main_text)
    # A sidebar's and its widgets' (not a "news-feed" list's, which may be the page's own).
    sides = _outermost(_unique([*select(body, "aside"), *(w for w in widgets if "widget" in _class_of(w))]))
    # The links of the chrome and of the sides, each node's searched once for the three readings below (a search
    # costs its selector's parse whatever the node's size).
    chrome_links = [a for node in chrome for a in select(node, "a[href]")]
    side_links = [a for node in sides for a in select(node, "a[href]")]
    side_paths, headlines = _side_paths(side_links), _headlines(body, [*chrome_links, *side_links])
    # The links of the menus, where articles nest (a static page of posts): a featured box's link to one of them is
    # to a section of the site ("/berita/"), not to a post. Looked for again below, the chrome gone.
    menu = _menu_links(chrome_links) if select_first(body, "article article") is not None else _NO_PATHS
    if chrome:
        widgets, dated_parts = _outside(widgets, chrome), _outside(dated_parts, chrome)
    decompose_all(chrome)
    feeds = _outermost(_unique(_others_feeds(tree, host) + _others_widgets(widgets, host)))  # each once
    if feeds:  # before they are freed: a node's parents are read
        widgets, dated_parts = _outside(widgets, feeds), _outside(dated_parts, feeds)
    decompose_all(feeds)
    dated_parts = _drop_machine_parts(body, widgets, dated_parts, host, plugins, today)
    articles = select(body, "article")
    nested = bool(menu) and select_first(body, "article article") is not None
    if nested:
        # A static page of WordPress's is one <article> ("type-page") where a page builder lays out the whole
        # home page: the posts it lists are the articles, its widgets the page's (read as the rest is).
        pages = {a.mem_id: a for a in articles if _page_of_posts(a)}
        # Its featured post beside them ("featured-post", Astra's "ast-hero-post") is one too, in a box of its own.
        featured = [box for page in pages.values() for box in _featured(page, _site_of(host), menu)]
        articles = _outermost([*(a for a in articles if a.mem_id not in pages), *featured])
    # A static page's lone <article> is the page, not a post: only the items it lays out are read as articles.
    laid_out = None if nested or len(articles) != 1 else _laid_out(articles[0], _site_of(host))
    if laid_out is not None:
        articles = laid_out
    by_article = nested or laid_out is not None
    articles, texts = _without_todays_boxes(articles)  # before the times are read: a box's is the day it is shown
    in_times = (
        [t for a in articles for t in select(a, "time[datetime]")]
        if by_article
        else select(body, "article time[datetime]")
    )
    times = (_local_iso(t.attributes.get("datetime") or "") for t in in_times)
    attributed, attributed_elsewhere = _attribute_dates(tree, body, data_dates, articles, hatom)
    in_articles = "\n".join([*texts, *times, *attributed, *embedded])
    if articles and dated_parts:
        dated_parts = _outside(dated_parts, articles)
    decompose_all(articles)
    parts = [_dated_text(node) for node in dated_parts]
    decompose_all(dated_parts)
    if not articles or laid_out is not None:  # a theme of bare <div>s: its posts are a list of cards
        items = _item_dates(body, host)
        if items:
            in_articles = "\n".join((in_articles, *items))
    elsewhere = "\n".join((_dated_text(body), *parts, *attributed_elsewhere))
    return DateSources(
        in_articles,
        _without_copyright(elsewhere),
        json_ld,
        wp_api,
        timed=bool(in_times),
        side_paths=side_paths,
        headlines=headlines,
    )
'''


def old_date_sources() -> Callable[..., page.DateSources]:
    names = dict(vars(page))
    names.update(_headlines=old_headlines, _others_feeds=old_others_feeds, _side_paths=old_side_paths)
    exec(compile(OLD_DATE_SOURCES, "old_date_sources", "exec"), names)  # the reference, as written
    return cast(Callable[..., page.DateSources], names["_date_sources"])


# --- a vendor's pages ---

TITLES = [
    "Wali Kota Bekasi Resmikan Puskesmas Rawat Inap di Bantargebang",
    "Pelayanan Vaksinasi Gratis di 42 Puskesmas • Selama Bulan Ini",
    "“Bekasi Sehat”: Rapat Koordinasi Penanganan Stunting Tingkat Kota",
    "Sosialisasi Aplikasi Layanan Kesehatan Terpadu kepada Kader Posyandu – Tahap II",
]


def news_item(i: int, rng: random.Random) -> str:
    heading = rng.choice(["h2", "h3", "h4", "h5"])
    return (
        f'<article class="post-item"><a href="/berita-{i}/"><img src="/up/berita-{i}.jpg" alt=""></a>'
        f'<{heading} class="post-title"><a href="/2026/12/berita-{i}/">{rng.choice(TITLES)}</a></{heading}>'
        f'<span class="post-date">Sabtu, {rng.randint(1, 28)} Desember 2026</span> &middot; '
        f'<span class="views">{i * 17} kali dilihat</span><p>Pemerintah Kota Bekasi hari ini © 2026.</p></article>'
    )


def side_item(i: int, rng: random.Random) -> str:
    href = rng.choice([f"/2026/11/populer-{i}/", f"https://www.antaranews.com/berita/{i}", "/profil/", ""])
    heading = rng.choice(["h3", "h4", "p"])
    return f'<li><{heading}><a href="{href}">Berita Populer Nomor {i} – “Terpopuler”</a></{heading}></li>'


LISTS = [
    # another site's feed, each item a link to it
    "<ul>"
    + "".join(f'<li><a href="https://www.antaranews.com/berita/{k}">Kabar {k}</a></li>' for k in range(3))
    + "</ul>",
    '<ol><li><a href="HTTPS://WWW.Kompas.com/a">A</a></li><li><a href=" //kompas.com/b ">B</a></li></ol>',
    # the site's own, relative, mixed, a file host, one item only, links without an address
    '<ul><li><a href="/layanan/">Layanan</a></li><li><a href="https://x.id/">X</a></li></ul>',
    '<ul><li><a href="https://x.id/">X</a></li><li><a href="https://y.id/">Y</a></li></ul>',
    '<ul><li><a href="https://drive.google.com/a">SK</a></li><li><a href="https://drive.google.com/b">SOP</a></li></ul>',
    '<ul><li><a href="https://bit.ly/abc">Daftar</a></li><li><a href="https://bit.ly/def">Info</a></li></ul>',
    '<ul><li><a href="https://jdih.bekasikota.go.id/a">A</a> <a href="https://jdih.bekasikota.go.id/b">B</a></li></ul>',
    '<ul><li><a href="https://dinkes.bekasikota.go.id/a">Own</a></li><li><a href="https://dinkes.bekasikota.go.id/b">B'
    "</a></li></ul>",
    '<ul><li><a href>none</a></li><li><a href="">empty</a></li></ul>',
    '<ul><li><a name="x">no href</a></li><li><a href="https://tempo.co/a">T</a></li><li><a href="https://tempo.co/b">'
    "U</a></li></ul>",
    '<ul><li><a href="https://user@Tempo.Co:8080/a">T</a></li><li><a href="https://tempo.co/b">U</a></li></ul>',
    '<ul><li><a href="https://détik.com/a">D</a></li><li><a href="https://DÉTIK.com/b">D</a></li></ul>',
    '<ul><li><a href="http://[broken/a">B</a></li><li><a href="http://[broken/b">B</a></li></ul>',
    # nested lists, a list in an article, an SVG link
    '<ul><li><a href="https://tempo.co/a">T</a><ul><li><a href="https://tempo.co/b">U</a></li><li><a href="https://'
    'tempo.co/c">V</a></li></ul></li></ul>',
    '<article><ul><li><a href="https://tempo.co/a">T</a></li><li><a href="https://tempo.co/b">U</a></li></ul></article>',
    '<ul><li><svg><a href="https://tempo.co/a"><text>T</text></a></svg></li><li><a href="https://tempo.co/b">U</a>'
    "</li></ul>",
    "<ul></ul><ol><li>plain</li></ol>",
]


def vendor_page(seed: int) -> str:
    """A department's home page as its vendor writes it: a top bar's clock, a header with the site's title as a
    heading's link, a menu, a news list (nested in a static page, by the seed), a sidebar of widgets (popular posts
    by the year in their addresses, headings with links, other sites' feeds), lists of every kind, a footer with
    headings of links; characters beyond ASCII."""
    rng = random.Random(seed)
    items = "".join(news_item(i, rng) for i in range(rng.randint(0, 25)))
    nested = rng.random() < 0.3
    if nested:
        items = f'<article class="page type-page"><div class="entry-content">{items}</div></article>'
    sides = "".join(side_item(i, rng) for i in range(rng.randint(0, 8)))
    lists = "".join(rng.sample(LISTS, rng.randint(0, len(LISTS))))
    brand = rng.choice(
        [
            "<h1 class='site-title'><a href='/'>Dinas Kesehatan Kota Bekasi</a></h1>",
            "<a class='brand' href='/'>Dinas Kesehatan</a>",
            # a named chrome part that is itself a heading's link
            "<h2><a class='navbar' href='/beranda/'>Dinas Kesehatan • Kota Bekasi</a></h2>",
            "",
        ]
    )
    aside = rng.choice(["aside", "div"])
    return (
        "<!DOCTYPE html><html lang='id'><head><meta charset='utf-8'><title>Dinas Kesehatan</title></head><body>"
        '<div class="top-bar"><span class="top-date">Senin, 7 Desember 2026 <span class="jam">10:15 WIB</span></span>'
        f"<h4><a href='/pengumuman/'>Pengumuman Penting Hari Ini</a></h4></div><header class='site-header'>{brand}"
        '<nav><ul><li><a href="/">Beranda</a></li><li><a href="/profil/">Profil</a></li><li><a href="https://ppid.'
        'bekasikota.go.id/">PPID</a></li><li><h3><a href="/berita/">Berita</a></h3></li></ul></nav></header>'
        f'<main id="content"><h2 class="section-title">Berita Terkini</h2><div class="news-list">{items}</div>'
        f"{lists}</main>"
        f'<{aside} class="sidebar"><section class="widget"><h3>Terpopuler</h3><ul>{sides}</ul></section>'
        '<section class="widget widget-statistik"><h3>Statistik Pengunjung</h3><p>Hari ini: <span>318</span> · '
        f'Total: <span>1.204.877</span></p></section></{aside}><div class="widget"><h4><a href="/2025/01/arsip/">'
        "Arsip Berita Januari 2025</a></h4></div>"
        '<footer class="site-footer"><h5><a href="/kontak/">Kontak Kami – Dinas Kesehatan</a></h5><p class="copyright">'
        "© 2026 Dinas Kesehatan Kota Bekasi. Hak Cipta Dilindungi.</p></footer></body></html>"
    )


def _patched_old(monkeypatch: pytest.MonkeyPatch) -> None:
    """The page's readings as they were: ``_date_sources`` as it was, the headlines counted besides the chrome's links
    made as nodes, the lists' links as nodes."""
    monkeypatch.setattr(page, "_date_sources", old_date_sources())
    monkeypatch.setattr(page, "_others_feeds", old_others_feeds)
    monkeypatch.setattr(page, "_cached_copy", old_cached_copy)
    monkeypatch.setattr(page, "_source_language", old_source_language)


@pytest.mark.parametrize("seed", range(40))
def test_the_page_is_that_of_before(seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    html = vendor_page(seed)
    new = page.parse_page(html, URL, today=TODAY)
    with monkeypatch.context() as patched:
        _patched_old(patched)
        old = page.parse_page(html, URL, today=TODAY)
    assert new.dates == old.dates
    assert new == old


def test_the_pages_headlines_are_counted_outside_the_chrome() -> None:
    # The news list's headlines only: the top bar's, the header's, the menu's, the sidebar's, the footer's are not.
    posts = "".join(f"<article><h2><a href='/2026/12/berita-{i}/'>{TITLES[i]}</a></h2></article>" for i in range(3))
    html = (
        "<body><div class='top-bar'><h4><a href='/pengumuman/'>Pengumuman</a></h4></div><header><h1><a href='/'>"
        "Dinas Kesehatan</a></h1><nav><ul><li><h3><a href='/berita/'>Berita</a></h3></li></ul></nav></header>"
        f"<main>{posts}</main><aside><h3><a href='/2026/11/populer/'>Terpopuler • “Satu”</a></h3></aside>"
        "<footer><h5><a href='/kontak/'>Kontak</a></h5></footer></body>"
    )
    sources = page.parse_page(html, URL, today=TODAY).dates
    assert sources.headlines == 3
    assert sources.side_paths == frozenset({"/2026/11/populer/"})


# --- the chrome's and the sides' links, as _date_sources read them ---


def _chrome_and_sides(tree: LexborHTMLParser, body: LexborNode) -> tuple[list[LexborNode], list[LexborNode]]:
    named = [n for n in select(body, ".navbar, .top-bar")]
    chrome = page._unique(page._outermost(page._site_chrome(tree, body, named)))
    sides = page._outermost(page._unique([*select(body, "aside"), *select(body, ".widget")]))
    return chrome, sides


@pytest.mark.parametrize("seed", range(40))
def test_the_chrome_and_sides_readings_are_those_of_before(seed: int) -> None:
    tree = LexborHTMLParser(vendor_page(seed))
    body = tree.body
    assert body is not None
    chrome, sides = _chrome_and_sides(tree, body)
    side_paths, headlines, menu = old_date_sources_links(body, chrome, sides)
    assert page._headlines(body, [*chrome, *sides]) == headlines
    assert page._side_paths(sides) == side_paths
    nest = select_first(body, "article article") is not None
    assert (page._menu_links([a for n in chrome for a in select(n, "a[href]")]) if nest else page._NO_PATHS) == menu


def test_a_part_that_is_a_link_leaves_itself_out() -> None:
    # ``select(part, "a[href]")`` holds the part itself: the link named "navbar" in a heading is no headline.
    tree = LexborHTMLParser("<body><h2><a class='navbar' href='/a'>A</a></h2><h3><a href='/b'>B</a></h3></body>")
    body = tree.body
    assert body is not None
    part = select(body, ".navbar")
    assert old_headlines(body, [a for p in part for a in select(p, "a[href]")]) == 1
    assert page._headlines(body, part) == 1
    assert page._headlines(body, []) == 2


def test_a_link_under_two_headings_is_counted_twice() -> None:
    # One found once per selector it matches, as before (an <h2> inside an <h3>: the parser keeps both).
    tree = LexborHTMLParser(
        "<body><h3><span><h2><a href='/a'>A</a></h2></span></h3><nav><h2><a href='/b'>B</a></h2></nav></body>"
    )
    body = tree.body
    assert body is not None
    nav = select(body, "nav")
    assert page._headlines(body, nav) == old_headlines(body, select(nav[0], "a[href]"))
    assert page._headlines(body, []) == old_headlines(body, [])


def random_tree(rng: random.Random, depth: int = 0) -> str:
    parts = []
    for _ in range(rng.randint(0, 4 if depth < 4 else 0)):
        tag = rng.choice(["div", "nav", "h2", "h3", "h5", "h6", "a", "span", "aside", "li"])
        attrs = rng.choice(["", " href='/x'", " href", " class='p'", " class='p' href='https://a.id/'"])
        parts.append(f"<{tag}{attrs}>{rng.choice(['', 'teks', '•'])}{random_tree(rng, depth + 1)}</{tag}>")
    return "".join(parts)


@pytest.mark.parametrize("seed", range(150))
def test_count_found_outside_is_len_of_outside(seed: int) -> None:
    rng = random.Random(seed)
    tree = LexborHTMLParser(f"<body>{random_tree(rng)}</body>")
    body = tree.body
    assert body is not None
    candidates = select(body, "*")
    parts = rng.sample(candidates, rng.randint(0, min(len(candidates), 6)))
    parts += rng.sample(parts, min(len(parts), 2))  # a part given twice
    for query in (page._HEADLINES, "a[href]", ".p, a", "h6 *"):
        expected = len(outside(select(body, query), parts))
        assert count_found_outside(body, query, parts) == expected
        # and for the old reading of the parts' links, where the query finds links only
        if query == page._HEADLINES:
            assert expected == count_besides(select(body, query), [a for p in parts for a in select(p, "a[href]")])


def test_count_found_outside_of_a_query_not_yet_prepared() -> None:
    tree = LexborHTMLParser("<body><div><p class='q1x'>a</p></div><p class='q1x'>b</p></body>")
    body = tree.body
    assert body is not None
    query = "p.q1x, div > p.q1x"  # one no other search of the suite makes
    div = select(body, "div")
    assert count_found_outside(body, query, div) == len(outside(select(body, query), div)) == 1
    assert count_found_outside(body, query, []) == 3


HREFS = [
    "<a href='/2026/11/populer/'>a</a>",
    "<a href>valueless</a>",
    "<a href=''>empty</a>",
    "<a HREF='/2025/01/Upper/'>upper</a>",
    "<a href='/2024/a' href='/2023/b'>twice</a>",
    "<a href=' https://tempo.co/2026/12/x?y#z '>spaces</a>",
    "<a href='/2026/berita-“kota”-•-bekasi/'>beyond ASCII</a>",
    "<a href='http://[broken/2026/'>broken</a>",
    "<a name='x'>none</a>",
    "<svg><a href='/2026/svg/'><text>svg</text></a><a xlink:href='/2026/xlink/'><text>x</text></a></svg>",
    "<area href='/2026/area/'>",
]


@pytest.mark.parametrize("seed", range(60))
def test_hrefs_in_are_the_links_hrefs(seed: int) -> None:
    rng = random.Random(seed)
    boxes = "".join(
        f"<{rng.choice(['aside', 'div', 'a', 'section'])} class='w'>{''.join(rng.sample(HREFS, rng.randint(0, 5)))}"
        f"{random_tree(rng, 3)}</{rng.choice(['aside', 'div'])}>"
        for _ in range(rng.randint(0, 4))
    )
    tree = LexborHTMLParser(f"<body>{boxes}</body>")
    candidates = select(tree, "*")
    parts = rng.sample(candidates, rng.randint(0, min(len(candidates), 5)))
    expected = [a.attributes.get("href") or "" for part in parts for a in select(part, "a[href]")]
    assert hrefs_in(parts) == expected
    assert page._side_paths(parts) == old_side_paths([a for part in parts for a in select(part, "a[href]")])


def test_the_side_paths_of_a_vendors_sidebar() -> None:
    tree = LexborHTMLParser(f"<body><aside>{''.join(HREFS)}</aside><a href='/2026/out/'>out</a></body>")
    sides = select(tree, "aside")
    assert page._side_paths(sides) == old_side_paths(select(sides[0], "a[href]"))
    assert "/2026/11/populer/" in page._side_paths(sides)
    assert "/2026/out/" not in page._side_paths(sides)
    assert hrefs_in([]) == []


# --- another site's lists ---


@pytest.mark.parametrize("seed", range(40))
def test_others_feeds_are_those_of_before(seed: int) -> None:
    html = vendor_page(seed)
    for host in ("dinkes.bekasikota.go.id", "www.antaranews.com", "tempo.co", "kompas.com"):
        new = page._others_feeds(LexborHTMLParser(html), host)
        old = old_others_feeds(LexborHTMLParser(html), host)
        assert [n.html for n in new] == [n.html for n in old]


@pytest.mark.parametrize("listed", LISTS)
def test_one_other_site_of_each_list(listed: str) -> None:
    tree = LexborHTMLParser(f"<body>{listed}</body>")
    for holder in [*select(tree, "ul"), *select(tree, "ol"), *select(tree, "body")]:
        for own in ("", "kompas.com", "tempo.co", "x.id", "antaranews.com", "dinkes.bekasikota.go.id", "détik.com"):
            for limit in (0, 1, 2, 3, 20_000):
                links = select(holder, "a[href]")[:limit]
                assert one_other_site(holder, own, limit) == old_one_other_site(links, own)


def test_one_other_site_reads_the_link_itself() -> None:
    # ``select(holder, "a[href]")`` holds the holder where it is a link.
    tree = LexborHTMLParser("<body><a href='https://tempo.co/a'>T</a></body>")
    link = select(tree, "a")[0]
    assert one_other_site(link, "", 5) == old_one_other_site(select(link, "a[href]"), "") == "tempo.co"


HREF_PIECES = ["http", "https", "HTTPS", ":", "//", "/", "?", "#", "@", "www.", "Tempo.co", "a.id", " ", "•", "é"]


@pytest.mark.parametrize("seed", range(60))
def test_one_other_site_of_random_lists(seed: int) -> None:
    rng = random.Random(seed)
    hrefs = []
    for _ in range(rng.randint(0, 6)):
        if rng.random() < 0.5:
            hrefs.append(rng.choice(["https://tempo.co/a", "//TEMPO.co/b", "https://www.tempo.co/c?x#y"]))
        else:
            hrefs.append("".join(rng.choice(HREF_PIECES) for _ in range(rng.randint(0, 6))))
    links = "".join(
        f'<li><a href="{h}">{i}</a></li>' if h != "•" else "<li><a href>x</a></li>" for i, h in enumerate(hrefs)
    )
    tree = LexborHTMLParser(f"<body><ul>{links}</ul></body>")
    holder = select(tree, "ul")[0]
    for own in ("", "tempo.co", "a.id"):
        for limit in (1, 3, 20_000):
            assert one_other_site(holder, own, limit) == old_one_other_site(select(holder, "a[href]")[:limit], own)


# --- parse_page's own readings of the markup ---

CACHE_TAILS = [
    "",
    "<!-- Dynamic page generated in 0.412 seconds. -->\n<!-- Cached page generated by WP-Super-Cache on 2026-12-07 -->",
    "<!-- Performance optimized by W3 Total Cache. Learn more: https://www.boldgrid.com/w3-total-cache/ -->",
    "<!-- Page cached by LiteSpeed Cache 6.5 on 2026-12-07 08:15:02 -->",
    "<p>Kami memakai LiteSpeed Cache dan WP-Super-Cache di server kami</p>",  # a post names them: no comment
    "<!-- komentar --><p>by W3 Total Cache</p>",
    "<!-- by WP Fastest Cache",
    "by LiteSpeed Cache -->",
    "<!-- Cache • “cache” -->",
]


@pytest.mark.parametrize("tail", CACHE_TAILS)
@pytest.mark.parametrize("length", [0, 10, 2990, 2999, 3000, 3001, 3050, 9000])
def test_cached_copy_is_that_of_before(tail: str, length: int) -> None:
    for filler in ("a", "•", "😀"):
        html = (filler * length) + tail
        assert page._cached_copy(html) == old_cached_copy(html)


def test_cached_copy_at_the_reachs_edge() -> None:
    # A comment opened before the last 3000 characters is none of theirs: neither reading sees its start.
    mark = "by WP-Super-Cache"
    for before in range(0, 12):
        for after in range(2980, 3010):
            html = "x" * 5000 + "<!--" + "y" * before + mark + "z" * (after - before) + "-->"
            assert page._cached_copy(html) == old_cached_copy(html)
    html = "x" * 100 + "<!--" + "•" * (3000 - 4 - len(mark)) + mark  # its "<!--" the reach's first characters
    assert page._cached_copy(html) is old_cached_copy(html) is True
    html = "x" * 100 + "<!--" + "•" * (3000 - 3 - len(mark)) + mark  # its "<" one before them
    assert page._cached_copy(html) is old_cached_copy(html) is False


SOURCES = [
    "<?php echo 'x'; ?>",
    "\ufeff  <?PHP\n",
    "<?= $x ?>",
    "<%@ Page Language='C#' %>",
    "<% Response.Write %>",
    "\r\n\t<CFSET x = 1>",
    "<!DOCTYPE html><html>",
    "<?xml version='1.0'?>",
    "",
    " " * 300 + "<?php",
    " " * 250 + "<?php",
    "<c",
    "•<?php",
]


@pytest.mark.parametrize("html", SOURCES)
def test_source_language_is_that_of_before(html: str) -> None:
    assert page._source_language(html) == old_source_language(html)
