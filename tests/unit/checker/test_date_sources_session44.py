"""The date sources' readings made cheaper (``page._date_sources`` and what it calls), each pinned against the code
before, kept here as a reference:

- the articles' texts read in one call of the compiled module (``joined_text``), each's head looked at there for
  the words of a box of the day; the texts one by one only where a head may hold them (``_without_todays_boxes``);
- a node's ancestors named by the compiled module (``has_ancestor``) where Python climbed its parents
  (``page._is_chrome``, ``machine_parts._in_article``, the feeds' test for an ``<article>`` above them);
- ``machine_parts``' tables and headings searched apart (one search of both, told apart by their tags, before);
- a link's site read in the compiled module (``linked_site``, ``page._linked_site``), not by a dozen string methods;
- the dates of attributes told in an article or not by one call of the compiled module (``page._outside``), not by
  a set of the articles' ``mem_id`` and each one's parents climbed (``page._attribute_dates``).
"""

from __future__ import annotations

import random
import re
from datetime import date

import pytest
from selectolax.lexbor import LexborHTMLParser, LexborNode

from pantau_checker.core import machine_parts as mp
from pantau_checker.core import page
from pantau_checker.core._selectors import has_ancestor, joined_text, select, text_of, without, words_of

URL = "https://dinkes.bekasikota.go.id/"
TODAY = date(2026, 12, 7)


# --- the code before ---


def old_without_todays_boxes(articles: list[LexborNode]) -> tuple[list[LexborNode], list[str]]:
    texts = [text_of(a, "\n") for a in articles]
    heads = "\n".join(text[: page._BOX_HEAD] for text in texts)
    if "Hari Ini" not in heads and "hari ini" not in heads and "HARI INI" not in heads:
        return articles, texts
    boxes = [
        i
        for i, text in enumerate(texts)
        if page._TODAYS_BOX.search(text, 0, page._BOX_HEAD) and not page._is_post(articles[i], text)
    ]
    if not boxes:
        return articles, texts
    for i in boxes:
        page.decompose(articles[i])
    kept = [i for i in range(len(articles)) if i not in boxes]
    return [articles[i] for i in kept], [texts[i] for i in kept]


def old_climb(node: LexborNode, names: tuple[str, ...]) -> bool:
    parent = node.parent
    while parent is not None:
        if parent.tag in names:
            return True
        parent = parent.parent
    return False


def old_is_chrome(node: LexborNode) -> bool:
    if page.select_first(node, "main, article") is not None:
        return False
    parent = node.parent
    while parent is not None and parent.tag not in ("article", "main"):
        parent = parent.parent
    return parent is None


def old_in_article(node: LexborNode) -> bool:
    parent = node.parent
    while parent is not None:
        if parent.tag == "article":
            return True
        parent = parent.parent
    return False


def old_machine_parts(
    body: LexborNode, widgets: list[LexborNode], own: str, plugins: bool, today: date | None = None
) -> list[LexborNode]:
    found = [node for node in select(body, mp._FEED_PLUGINS) if not old_in_article(node)] if plugins else []
    headings, tables = [], 0
    for node in select(body, "h2, h3, h4, h5, h6, table"):
        if node.tag != "table":
            headings.append(node)
        elif today is not None and (tables := tables + 1) <= mp._MAX_TABLES and mp._days_of_data(node, own, today):
            found.append(node)
    for heading in without(headings[: mp._MAX_HEADINGS], "a[href]"):
        title = words_of(heading)
        if (
            len(title) > mp._MAX_TITLE_CHARS
            or title.count(" ") >= mp._MAX_TITLE_WORDS
            or not mp._widget_titled(title)
            or old_in_article(heading)
        ):
            continue
        found += mp._titled(heading, title, body, own)
    for widget in widgets:
        text = text_of(widget)
        if len(text) <= mp._MAX_PART_CHARS and mp._stamped(text) and mp._machine_made(widget, own):
            found.append(widget)
    return list({node.mem_id: node for node in found}.values())


def old_linked_site(href: str) -> str | None:
    href = href.strip()
    scheme = href[:8].lower()
    if scheme.startswith("https://"):
        rest = href[8:]
    elif scheme.startswith("http://"):
        rest = href[7:]
    elif href.startswith("//"):
        rest = href[2:]
    else:
        return None
    end = len(rest)
    for mark in "/?#":
        at = rest.find(mark, 0, end)
        if at >= 0:
            end = at
    return page._site_of(rest[:end].rpartition("@")[2].partition(":")[0].lower())


# --- a vendor's pages ---


def news_item(i: int, rng: random.Random, title: str | None = None) -> str:
    day = rng.randint(1, 28)
    title = title or rng.choice(
        [
            "Wali Kota Bekasi Resmikan Puskesmas Rawat Inap di Bantargebang",
            "Pelayanan Vaksinasi Gratis di 42 Puskesmas • Selama Bulan Ini",
            "“Bekasi Sehat”: Rapat Koordinasi Penanganan Stunting Tingkat Kota",
            "Sosialisasi Aplikasi Layanan Kesehatan Terpadu kepada Kader Posyandu – Tahap II",
        ]
    )
    return (
        f'<article class="post-item"><a href="/berita-{i}/"><img src="/up/berita-{i}.jpg" alt=""></a>'
        f'<div class="post-body"><h3 class="post-title"><a href="/berita-{i}/">{title}</a></h3>'
        f'<div class="post-meta"><span class="post-date"><i class="fa fa-calendar"></i> Sabtu, {day} Desember 2026'
        f'</span> &middot; <span class="author">Admin</span> &middot; <span class="views">{i * 17} kali dilihat</span>'
        "</div><p>Pemerintah Kota Bekasi melalui Dinas Kesehatan terus berupaya meningkatkan mutu pelayanan kepada "
        "masyarakat hari ini. Kegiatan ini dihadiri oleh para kepala puskesmas © 2026.</p></div></article>"
    )


BOXES = [
    # a box of the day, as a theme heads it (no post's markup: read as none)
    '<article class="agenda"><h4>Agenda Hari Ini</h4><ul><li>08.00 Apel Pagi</li><li>10.00 Rapat Evaluasi</li>'
    '</ul><a href="/agenda/">Lihat semua</a></article>',
    "<article><p>Jadwal Operasi Pasar Murah Hari Ini:</p><p>Senin, 7 Desember 2026 · Pasar Baru</p></article>",
    "<article><h5>INFO LAYANAN HARI INI (Senin)</h5><p>Poli umum buka 07.30–14.00</p></article>",
    "<article><h5>Kegiatan hari ini</h5><p>7 Desember 2026</p></article>",
    # a post so titled: a post's markup, kept
    '<article class="post"><h2 class="entry-title"><a href="/berita/harga-cabai/">Harga Cabai Hari Ini</a></h2>'
    '<span class="entry-date">5 Desember 2026</span></article>',
    # the words past the head, or in another case or spacing than the three looked for first
    "<article><h3>Berita</h3><p>" + "Lorem ipsum dolor sit amet, " * 5 + "Agenda Hari Ini</p></article>",
    "<article><h4>Agenda Hari ini</h4><p>7 Desember 2026</p></article>",
    "<article><h4>Agenda Hari  Ini</h4><p>7 Desember 2026</p></article>",
    # the head beyond ASCII: curly quotes, bullets, emoji, before the words
    "<article><h4>“Info” • ☀ Layanan Hari Ini</h4><p>7 Desember 2026</p></article>",
    "<article><h4>" + "é" * 95 + " Hari Ini</h4></article>",
    "<article><h4>" + "€" * 91 + "Hari Ini</h4></article>",
    "<article><h4>" + "😀" * 92 + "Hari Ini</h4></article>",
    "<article></article>",
    "<article>Hari Ini</article>",
]


def vendor_page(seed: int, posts: int | None = None) -> str:
    """A department's home page as its vendor writes it: a top bar's clock, a header and menu, a news list (with,
    by the seed, boxes of the day among the posts), a sidebar of widgets (a visitor counter, links to other sites, a
    feed of another site's news), a footer; characters beyond ASCII."""
    rng = random.Random(seed)
    count = rng.randint(0, 30) if posts is None else posts
    items = [news_item(i, rng) for i in range(count)]
    for box in rng.sample(BOXES, rng.randint(0, 4)):
        items.insert(rng.randint(0, len(items)), box)
    feed = "".join(f'<li><a href="https://www.antaranews.com/berita/{k}">Kabar {k}</a></li>' for k in range(3))
    nested = '<article class="page type-page"><div class="entry-content">' if rng.random() < 0.2 else ""
    return (
        "<!DOCTYPE html><html lang='id'><head><meta charset='utf-8'><title>Dinas Kesehatan</title></head><body>"
        '<div class="top-bar"><span class="top-date">Senin, 7 Desember 2026 <span class="jam">10:15 WIB</span></span>'
        "</div><header class='site-header'><a class='brand' href='/'>Dinas Kesehatan Kota Bekasi</a><nav><ul>"
        '<li><a href="/">Beranda</a></li><li><a href="/profil/">Profil</a></li><li><a href="https://ppid.bekasikota'
        '.go.id/">PPID</a></li></ul></nav></header>'
        f'<main id="content"><h2 class="section-title">Berita Terkini</h2>{nested}<div class="news-list">'
        f"{''.join(items)}</div>{'</div></article>' if nested else ''}</main>"
        '<aside class="sidebar"><section class="widget"><h3>Tautan</h3><ul><li><a href="https://www.bekasikota.go.id/">'
        'Pemerintah Kota Bekasi</a></li><li><a href="https://www.kemkes.go.id/">Kementerian Kesehatan</a></li></ul>'
        f'</section><section class="widget"><h3>Berita Antara</h3><ul>{feed}</ul></section>'
        '<section class="widget widget-statistik"><h3>Statistik Pengunjung</h3><p>Hari ini: <span>318</span> · '
        "Total: <span>1.204.877</span></p></section></aside>"
        '<footer class="site-footer"><p class="copyright">© 2026 Dinas Kesehatan Kota Bekasi. Hak Cipta '
        "Dilindungi.</p></footer></body></html>"
    )


def parsed(html: str) -> LexborHTMLParser:
    return LexborHTMLParser(html)


# --- the articles' texts ---


@pytest.mark.parametrize("seed", range(60))
def test_the_articles_texts_and_boxes_are_those_of_before(seed: int) -> None:
    html = vendor_page(seed)
    old_tree, new_tree = parsed(html), parsed(html)
    old_articles, old_texts = old_without_todays_boxes(select(old_tree, "article"))
    new_articles, new_texts = page._without_todays_boxes(select(new_tree, "article"))
    assert "\n".join(new_texts) == "\n".join(old_texts)
    assert (new_texts == []) == (old_texts == [])
    assert [a.html for a in new_articles] == [a.html for a in old_articles]
    assert new_tree.html == old_tree.html  # the same boxes taken out


@pytest.mark.parametrize("box", BOXES)
def test_each_box_alone_and_among_posts(box: str) -> None:
    rng = random.Random(7)
    for html in (box, news_item(1, rng) + box + news_item(2, rng)):
        old_tree, new_tree = parsed(html), parsed(html)
        old_articles, old_texts = old_without_todays_boxes(select(old_tree, "article"))
        new_articles, new_texts = page._without_todays_boxes(select(new_tree, "article"))
        assert "\n".join(new_texts) == "\n".join(old_texts)
        assert len(new_articles) == len(old_articles)
        assert new_tree.html == old_tree.html


def test_a_news_list_is_read_in_one_piece() -> None:
    rng = random.Random(1)
    tree = parsed("".join(news_item(i, rng) for i in range(40)))
    articles = select(tree, "article")
    kept, texts = page._without_todays_boxes(articles)
    assert kept is articles
    assert texts == ["\n".join(text_of(a, "\n") for a in articles)]
    assert "kali dilihat" in texts[0]
    assert page._without_todays_boxes([]) == ([], [])


def test_joined_text_is_the_texts_joined() -> None:
    rng = random.Random(2)
    html = "".join(news_item(i, rng) for i in range(12)) + "".join(BOXES)
    articles = select(parsed(html), "article")
    for separator in ("\n", "", " ", " · "):
        assert joined_text(articles, separator, 100, ()) == separator.join(text_of(a, separator) for a in articles)
    assert joined_text([], "\n", 100, page._BOX_WORDS) == ""
    # a text node itself
    texts = [n for a in articles for n in a.iter(include_text=True) if n.tag == "-text"][:20]
    assert joined_text(texts, "\n", 100, ()) == "\n".join(text_of(n, "\n") for n in texts)


def random_article(rng: random.Random) -> str:
    pieces = ["a", "b", " ", "\n", "é", "“", "€", "😀", "\u00a0", "<b>x</b>", "<i>Hari</i> Ini", "Hari Ini", "hari ini"]
    pieces += ["HARI INI", "Hari  Ini", "Hari\nIni", "<br>", "<p>", "</p>", "<span>Hari </span>Ini"]
    return "<article>" + "".join(rng.choice(pieces) for _ in range(rng.randint(0, 40))) + "</article>"


@pytest.mark.parametrize("seed", range(20))
def test_a_head_that_holds_the_words_is_never_missed(seed: int) -> None:
    """``joined_text`` answers None where a head holds one of the words (the caller reads the texts one by one),
    and the joined texts otherwise; None where no head holds them is allowed (its window is a superset)."""
    rng = random.Random(seed)
    for _ in range(150):
        articles = select(parsed("".join(random_article(rng) for _ in range(rng.randint(1, 5)))), "article")
        head = rng.choice([0, 1, 8, 20, 100])
        texts = [text_of(a, "\n") for a in articles]
        heads = "\n".join(text[:head] for text in texts)
        held = any(word.decode() in heads for word in page._BOX_WORDS)
        got = joined_text(articles, "\n", head, page._BOX_WORDS)
        if held:
            assert got is None
        elif got is not None:
            assert got == "\n".join(texts)


def test_the_head_is_counted_in_characters() -> None:
    for filler, width in (("a", 1), ("é", 2), ("€", 3), ("😀", 4)):
        for before in (91, 92, 93):
            articles = select(parsed(f"<article>{filler * before}Hari Ini</article>"), "article")
            text = text_of(articles[0], "\n")
            assert len(text.encode()) == before * width + 8
            held = "Hari Ini" in text[:100]
            assert (joined_text(articles, "\n", 100, page._BOX_WORDS) is None) == held, (filler, before)


# --- a node's ancestors ---


def random_tree(rng: random.Random, depth: int = 0) -> str:
    tags = ["div", "article", "main", "section", "ul", "li", "header", "nav", "svg", "p", "span", "ARTICLE", "form"]
    tags += ["main-x", "table", "td", "footer"]
    if depth > 5:
        return "x"
    return "".join(f"<{t}>{random_tree(rng, depth + 1)}</{t}>" for t in rng.sample(tags, rng.randint(0, 3)))


@pytest.mark.parametrize("seed", range(30))
def test_has_ancestor_climbs_as_the_parents_did(seed: int) -> None:
    rng = random.Random(seed)
    html = random_tree(rng)
    for tree in (LexborHTMLParser(html), LexborHTMLParser(html, is_fragment=True)):
        for node in select(tree, "*"):
            for names in (("article",), ("article", "main"), ("form",), ("svg",), ("main-x",), ("nothere",), ()):
                assert has_ancestor(node, names) == old_climb(node, names), (html, node.tag, names)


def test_has_ancestor_of_a_vendors_page() -> None:
    tree = parsed(vendor_page(3, posts=5))
    for node in select(tree, "*"):
        assert has_ancestor(node, ("article",)) == old_in_article(node) == mp._in_article(node)
        assert page._is_chrome(node) == old_is_chrome(node)
    with pytest.raises(ValueError):
        has_ancestor(select(tree, "p")[0], tuple("abcdefghi"))


# --- the machine's parts ---

TABLES = (
    '<aside><div class="widget"><h3>Jadwal Sholat</h3><table><tr><th>Tanggal</th><th>Subuh</th><th>Maghrib</th></tr>'
    + "".join(f"<tr><td>{d} Desember 2026</td><td>04:0{d % 10}</td><td>17:5{d % 10}</td></tr>" for d in range(1, 8))
    + "</table></div></aside>"
)


@pytest.mark.parametrize("seed", range(30))
def test_machine_parts_are_those_of_before(seed: int) -> None:
    rng = random.Random(seed)
    html = vendor_page(seed).replace("</aside>", "</aside>" + (TABLES if rng.random() < 0.5 else ""))
    html = html.replace("<main", "<main><table><tr><td>1</td></tr></table>" if rng.random() < 0.3 else "<main")
    tree = parsed(html)
    body = tree.body
    assert body is not None
    widgets = select(body, ".widget")
    for today in (TODAY, None):
        for plugins in (False, True):
            new = mp.machine_parts(body, widgets, "dinkes.bekasikota.go.id", plugins, today)
            old = old_machine_parts(body, widgets, "dinkes.bekasikota.go.id", plugins, today)
            assert [n.mem_id for n in new] == [n.mem_id for n in old]


def test_a_table_of_days_and_a_counter_are_found() -> None:
    tree = parsed(vendor_page(1, posts=3).replace("</aside>", "</aside>" + TABLES))
    body = tree.body
    assert body is not None
    found = mp.machine_parts(body, select(body, ".widget"), "dinkes.bekasikota.go.id", False, TODAY)
    assert [n.tag for n in found] == ["table", "section"]  # the tables first, as before, then the titled widgets'
    assert [n.tag for n in mp.machine_parts(body, [], "x", False, None)] == ["section"]


# --- a link's site ---

HREF_PIECES = ["http", "https", "HTTPS", "hTtP", ":", "//", "/", "?", "#", "@", "www.", "WWW.", "a.com", "Go.Id", " "]
HREF_PIECES += ["\t", "\n", "\x1c", "\x85", "\u00a0", "\u3000", "\u200b", "ſ", "K", "İ", "é", "80", "mailto:", "../"]


@pytest.mark.parametrize("seed", range(10))
def test_a_links_site_is_that_of_before(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(3000):
        href = "".join(rng.choice(HREF_PIECES) for _ in range(rng.randint(0, 10)))
        assert page._linked_site(href) == old_linked_site(href), repr(href)


@pytest.mark.parametrize(
    "href",
    [
        "https://www.bekasikota.go.id/",
        "http://user:pw@Portal.Bekasikota.go.id:8080/berita?id=1#top",
        "//cdn.example.com/x.js",
        " https://www.kemkes.go.id ",
        "https://a.com?x=/y",
        "https://a.com#x/y?z",
        "/berita/",
        "berita.html",
        "",
    ],
)
def test_a_vendors_links(href: str) -> None:
    assert page._linked_site(href) == old_linked_site(href)


# --- the whole, against the code before patched in ---


def _patched_old(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(page, "_without_todays_boxes", old_without_todays_boxes)
    monkeypatch.setattr(page, "_is_chrome", old_is_chrome)
    monkeypatch.setattr(page, "_linked_site", old_linked_site)
    monkeypatch.setattr(page, "machine_parts", old_machine_parts)
    monkeypatch.setattr(mp, "_in_article", old_in_article)
    monkeypatch.setattr(
        page,
        "_attribute_dates",
        lambda tree, body, data_dates, articles, hatom=False: old_attribute_dates(
            tree, body, data_dates, {a.mem_id for a in articles}, hatom
        ),
    )


@pytest.mark.parametrize("seed", range(25))
def test_the_date_sources_are_those_of_before(seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    html = vendor_page(seed)
    new = page.parse_page(html, URL)
    with monkeypatch.context() as patched:
        _patched_old(patched)
        old = page.parse_page(html, URL)
    assert new.dates == old.dates
    assert new == old


def test_the_bench_pages_date_sources() -> None:
    html = vendor_page(5, posts=40)
    sources = page.parse_page(html, URL).dates
    assert sources.in_articles.count("kali dilihat") == 40
    assert "Statistik Pengunjung" not in sources.in_articles
    assert re.search(r"Hari ini: \n?318", sources.elsewhere) is None  # the counter is a machine's: taken out


# --- the dates of attributes, in an article or not ---


def old_attribute_dates(
    tree: LexborHTMLParser, body: LexborNode, data_dates: frozenset[str], articles: set[int], hatom: bool = False
) -> tuple[list[str], list[str]]:
    found = [(n, "datetime", n.attributes.get("datetime")) for tag in page._DATE_ELEMENTS for n in select(tree, tag)]
    found += [(n, "title", n.attributes.get("title")) for n in select(tree, "abbr")]
    found += [(n, "title", n.attributes.get("title")) for n in select(tree, "time") if "datetime" not in n.attributes]
    if hatom:
        found += [
            (n, "title", n.attributes.get("title"))
            for n in select(body, page._HATOM_DATES)[: page._MAX_DATED]
            if n.tag != "abbr"
        ]
    if data_dates:
        selector = ", ".join(f"[data-{name}]" for name in sorted(data_dates))
        found += [
            (n, *named) for n in select(body, selector)[: page._MAX_DATED] for named in page._data_values(n, data_dates)
        ]
    dated: dict[str, list[tuple[str, bool]]] = {}
    for node, name, value in found[: page._MAX_DATED]:
        iso = page._iso_date(value or "")
        if not iso or node.tag in page._NOT_DATED or page._countdown(node):
            continue
        lineage = [node, *page._ancestors(node)]
        if not any(n.tag == "form" for n in lineage):
            dated.setdefault(name, []).append((iso, any(n.mem_id in articles for n in lineage)))
    read = [item for named in dated.values() if not page._calendar(iso for iso, _ in named) for item in named]
    return [iso for iso, inside in read if inside], [iso for iso, inside in read if not inside]


ATTRIBUTED = [
    '<time title="2026-12-0{d}T08:15:00+07:00">{d} Des</time>',
    '<abbr class="published" title="2026-11-2{d}">Kamis</abbr>',
    '<relative-time datetime="2026-10-1{d}T10:00:00Z">baru saja</relative-time>',
    '<span class="updated" title="2026-12-0{d}T09:00:00+07:00">Senin</span>',
    '<span data-timestamp="178{d}000000">•</span>',
    '<span data-date="2026-12-0{d}" data-published="2026-11-0{d}">“Rabu”</span>',
    '<form class="cari"><input data-date="2026-12-0{d}"><time title="2026-12-0{d}">hari ini</time></form>',
    '<div class="countdown"><time title="2027-01-0{d}">lagi</time></div>',
    '<td><time title="2026-12-0{d}">{d}</time></td>',
]


def attributed_page(rng: random.Random) -> str:
    def piece() -> str:
        return rng.choice(ATTRIBUTED).format(d=rng.randint(1, 9))

    posts = "".join(
        f'<article class="hentry post"><h2><a href="/b/{i}/">Berita {i}</a></h2>{piece()}'
        f"{'<article>' + piece() + '</article>' if rng.random() < 0.2 else ''}</article>"
        for i in range(rng.randint(0, 8))
    )
    side = "".join(f'<div class="widget">{piece()}</div>' for _ in range(rng.randint(0, 5)))
    return f"<html><body><header>{piece()}</header><main>{posts}</main><aside>{side}</aside></body></html>"


@pytest.mark.parametrize("seed", range(40))
def test_the_dates_of_attributes_are_those_of_before(seed: int) -> None:
    rng = random.Random(seed)
    tree = parsed(attributed_page(rng))
    body = tree.body
    assert body is not None
    names = frozenset({"timestamp", "date", "published"})
    for articles in (select(body, "article"), select(body, "article")[:2], [], select(body, "aside")):
        ids = {a.mem_id for a in articles}
        for data_dates in (names, frozenset()):
            for hatom in (False, True):
                new = page._attribute_dates(tree, body, data_dates, articles, hatom)
                assert new == old_attribute_dates(tree, body, data_dates, ids, hatom)


def test_an_articles_own_attribute_is_its() -> None:
    tree = parsed(
        '<body><article data-date="2026-12-05"><form><time title="2026-12-04">x</time></form></article>'
        '<div data-date="2026-12-03"><time title="2026-12-02">y</time></div></body>'
    )
    body = tree.body
    assert body is not None
    articles = select(body, "article")
    inside, elsewhere = page._attribute_dates(tree, body, frozenset({"date"}), articles)
    assert (inside, elsewhere) == (["2026-12-05"], ["2026-12-02", "2026-12-03"])  # not the form's datepicker
    assert (inside, elsewhere) == old_attribute_dates(tree, body, frozenset({"date"}), {a.mem_id for a in articles})
