"""The date sources' copyright lines looked for only where a piece of a mark is, the attributes' dates not searched
on a page without their elements, and the widgets of another site's items read without their links' nodes: each
against the code before, kept here as the reference.

``_without_copyright`` searched the text once per literal of a copyright mark (eight ``str.find`` calls, most of them
finding nothing, those of "ak Cipta" a character at a time over Indonesian text); ``_attribute_dates`` ran five
searches and as many comprehensions on every page, though most have none of the elements it reads;
``_others_widgets`` made a node for each widget's first link and for all its links where the first went to another
site, and read their addresses by a Python call.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from datetime import date

import pytest
from selectolax.lexbor import LexborHTMLParser, LexborNode

from pantau_checker.core import page
from pantau_checker.core._selectors import has_ancestor, select, select_first

URL = "https://dinkes.bekasikota.go.id/"
HOST = "dinkes.bekasikota.go.id"
TODAY = date(2026, 12, 7)


# --- the code before ---


def old_copyright_marks(text: str) -> Iterator[re.Match[str]]:
    starts: set[int] = set()
    for literal, back in page._COPYRIGHT_LITERALS:
        at = text.find(literal, back)
        while at != -1:
            starts.add(at - back)
            at = text.find(literal, at + 1)
    end = 0
    for start in sorted(starts):
        mark = page._COPYRIGHT.match(text, start) if start >= end else None
        if mark is not None:
            end = mark.end()
            yield mark


def old_without_copyright(text: str) -> str:
    kept, end = [], 0
    for mark in old_copyright_marks(text):
        if mark.start() < end:
            continue
        kept.append(text[end : text.rfind("\n", 0, mark.start()) + 1])
        end = text.find("\n", mark.end())
        end = len(text) if end == -1 else end
    kept.append(text[end:])
    return "".join(kept)


def old_attribute_dates(
    tree: LexborHTMLParser, body: LexborNode, data_dates: frozenset[str], articles: list[LexborNode], hatom: bool
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
    dated: dict[str, list[tuple[str, LexborNode]]] = {}
    for node, name, value in found[: page._MAX_DATED]:
        iso = page._iso_date(value or "")
        if not iso or node.tag in page._NOT_DATED or page._countdown(node):
            continue
        if not has_ancestor(node, ("form",)):
            dated.setdefault(name, []).append((iso, node))
    read = [item for named in dated.values() if not page._calendar(iso for iso, _ in named) for item in named]
    elsewhere = {id(node) for node in page._outside([node for _, node in read], articles)}
    kept: tuple[list[str], list[str]] = ([], [])
    for iso, node in read:
        kept[id(node) in elsewhere].append(iso)
    return kept


def old_one_other_site(links: list[LexborNode], own: str) -> str | None:
    site = None
    for anchor in links:
        linked = page._linked_site(anchor.attrs.get("href") or "")
        if linked is None or linked == own or (site is not None and linked != site):
            return None
        site = linked
    return site


def old_others_widgets(widgets: list[LexborNode], host: str) -> list[LexborNode]:
    own = page._site_of(host)
    found = []
    for widget in widgets:
        first = select_first(widget, "a[href]")
        if first is None or old_one_other_site([first], own) is None:
            continue
        links = select(widget, "a[href]")[: page._MAX_MARKED]
        site = old_one_other_site(links, own) if len(links) >= page._MIN_FEED_ITEMS else None
        if site is not None and not site.endswith(page._NOT_FEEDS) and not has_ancestor(widget, ("article",)):
            found.append(widget)
    return found


# --- a vendor's pages ---

TITLES = [
    "Wali Kota Bekasi Resmikan Puskesmas Rawat Inap di Bantargebang",
    "Pelayanan Vaksinasi Gratis di 42 Puskesmas • Selama Bulan Ini",
    "“Bekasi Sehat”: Rapat Koordinasi Penanganan Stunting Tingkat Kota",
    "Sosialisasi Aplikasi Layanan Kesehatan – Hak Cipta Kader Posyandu",
]
# What an article, a sidebar or a footer may date itself with, as vendors' themes write it.
DATED = [
    "",
    '<time datetime="2026-12-03T20:00:00Z">4 Desember 2026</time>',
    '<time class="entry-date" datetime="2026-12-05">5 Des</time>',
    '<time title="2026-12-01T08:00:00+07:00">1 Desember</time>',
    "<time>kemarin</time>",
    '<abbr class="published" title="2026-11-30T10:00:00+07:00">30 Nov</abbr>',
    '<abbr title="Kota Bekasi">KB</abbr>',
    '<relative-time datetime="2026-12-06T01:00:00Z">kemarin</relative-time>',
    '<local-time datetime="2026-12-02">2 Des</local-time>',
    '<time-ago datetime="2026-11-29T22:00:00+07:00">8 hari lalu</time-ago>',
    '<span class="updated" title="2026-12-04T08:15:00+07:00">4 Desember 2026</span>',
    '<span class="published" title="2026-10-04">Oktober</span>',
    '<span data-timestamp="1796358000">lalu</span>',
    '<span data-date="2026-12-01">1 Des</span>',
    '<span data-published-at="2026-11-28T09:00:00+07:00">28 Nov</span>',
    '<form><input type="date" class="countdown"><time datetime="2026-12-07">hari ini</time></form>',
    '<span class="countdown"><time datetime="2026-12-25">Natal</time></span>',
]
WIDGETS = [
    # another site's items, in <div>s: each link to it
    '<section class="widget"><h3>Berita Antara</h3>'
    + "".join(f'<div class="item"><a href="https://www.antaranews.com/berita/{k}">Kabar “{k}”</a></div>' for k in "123")
    + "</section>",
    '<div class="widget feedzy-rss"><a href="HTTPS://WWW.Kompas.com/a">A</a><a href=" //kompas.com/b ">B</a></div>',
    # one link only to another site, two sites, the first the site's own or relative, a file host, short links
    '<section class="widget"><a href="https://tempo.co/a">Tempo • satu</a></section>',
    '<section class="widget"><a href="https://x.id/">X</a><a href="https://y.id/">Y</a></section>',
    '<section class="widget"><a href="/layanan/">Layanan</a><a href="https://x.id/">X</a></section>',
    '<section class="widget"><a href="https://dinkes.bekasikota.go.id/a">A</a><a href="https://tempo.co/">T</a>'
    "</section>",
    '<section class="widget"><a href="https://drive.google.com/a">SK</a><a href="https://drive.google.com/b">SOP</a>'
    "</section>",
    '<section class="widget"><a href="https://bit.ly/abc">Daftar</a><a href="https://bit.ly/def">Info</a></section>',
    # no link, links without an address, one with none first, a user and a port, beyond ASCII, broken
    '<section class="widget"><h3>Agenda</h3><ul><li>Rapat Evaluasi – “Triwulan”</li></ul></section>',
    '<section class="widget"><a href>none</a><a href="">empty</a></section>',
    '<section class="widget"><a name="x">no href</a><a href="https://tempo.co/a">T</a><a href="https://tempo.co/b">U'
    "</a></section>",
    '<section class="widget"><a href="https://user@Tempo.Co:8080/a">T</a><a href="https://tempo.co/b">U</a></section>',
    '<section class="widget"><a href="https://détik.com/a">D</a><a href="https://DÉTIK.com/b">D</a></section>',
    '<section class="widget"><a href="http://[broken/a">B</a><a href="http://[broken/b">B</a></section>',
    # an SVG link, a widget that is a link itself, one in an article
    '<section class="widget"><svg><a href="https://tempo.co/a"><text>T</text></a></svg><a href="https://tempo.co/b">'
    "U</a></section>",
    '<a class="widget" href="https://tempo.co/a"><span><a href="https://tempo.co/b">U</a></span></a>',
    '<article><section class="widget"><a href="https://tempo.co/a">T</a><a href="https://tempo.co/b">U</a></section>'
    "</article>",
]
FOOTERS = [
    "© 2026 Dinas Kesehatan Kota Bekasi. Hak Cipta Dilindungi.",
    "Copyright (c) 2026 Pemerintah Kota Bekasi • Semua “hak” dilindungi",
    "HAK CIPTA DILINDUNGI UNDANG-UNDANG – Diskominfo",
    "Dikelola oleh Diskominfo Kota Bekasi",
]


def news_item(i: int, rng: random.Random) -> str:
    heading = rng.choice(["h2", "h3", "h4"])
    return (
        f'<article class="post-item hentry"><{heading} class="post-title"><a href="/2026/12/berita-{i}/">'
        f"{rng.choice(TITLES)}</a></{heading}><div class='post-meta'>{rng.choice(DATED)} &middot; "
        f'<span class="post-date">Sabtu, {rng.randint(1, 28)} Desember 2026</span></div>'
        f"<p>Pemerintah Kota Bekasi • hari ini (c) 2026 {rng.choice(['', 'Copyright', 'hak cipta'])}.</p></article>"
    )


def vendor_page(seed: int) -> str:
    """A department's home page as its vendor writes it: a top bar's clock, a menu, dated news items (their dates in
    text, in ``<time>``, ``<abbr>``, hAtom's titles, data attributes, or none), a sidebar of widgets (other sites'
    items among them), a footer of copyright lines; characters beyond ASCII."""
    rng = random.Random(seed)
    items = "".join(news_item(i, rng) for i in range(rng.randint(0, 20)))
    widgets = "".join(rng.sample(WIDGETS, rng.randint(0, 6)))
    loose = "".join(rng.sample(DATED, rng.randint(0, 3)))
    footer = "<br>\n".join(rng.sample(FOOTERS, rng.randint(0, len(FOOTERS))))
    return (
        "<!DOCTYPE html><html lang='id'><head><meta charset='utf-8'><title>Dinas Kesehatan</title></head><body>"
        '<div class="top-bar"><span class="top-date">Senin, 7 Desember 2026 <span class="jam">10:15 WIB</span></span>'
        "</div><header class='site-header'><nav><ul><li><a href='/'>Beranda</a></li><li><a href='/profil/'>Profil</a>"
        f'</li></ul></nav></header><main id="content"><h2>Berita Terkini</h2><div class="news-list">{items}</div>'
        f"<p>Diperbarui {loose} — © Diskominfo</p></main>"
        f'<aside class="sidebar">{widgets}<section class="widget widget-statistik"><h3>Statistik Pengunjung</h3>'
        "<p>Hari ini: <span>318</span> · Total: <span>1.204.877</span></p></section></aside>"
        f'<div class="site-info"><p>{footer}</p></div></body></html>'
    )


def _patched_old(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(page, "_without_copyright", old_without_copyright)
    monkeypatch.setattr(page, "_attribute_dates", old_attribute_dates)
    monkeypatch.setattr(page, "_others_widgets", old_others_widgets)


@pytest.mark.parametrize("seed", range(60))
def test_the_page_is_that_of_before(seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    html = vendor_page(seed)
    new = page.parse_page(html, URL, today=TODAY)
    with monkeypatch.context() as patched:
        _patched_old(patched)
        old = page.parse_page(html, URL, today=TODAY)
    assert new.dates == old.dates
    assert new == old


def test_the_bench_like_page_drops_its_copyright_line() -> None:
    html = vendor_page(3).replace("<p>Diperbarui", "<p>© 2026 Dinas Kesehatan<br>\nDiperbarui", 1)
    sources = page.parse_page(html, URL, today=TODAY).dates
    assert "©" not in sources.elsewhere
    assert "Hak Cipta" not in sources.elsewhere


# --- the copyright lines ---

PIECES = [
    "©",
    "(c)",
    "(C)",
    "(c) 2026",
    "(C)2025",
    "(c)\n2024",
    "Copyright",
    "copyright",
    "COPYRIGHT",
    "opyright",
    "OPYRIGHT",
    "Hak Cipta Dilindungi",
    "hak cipta dilindungi",
    "HAK CIPTA DILINDUNGI",
    "Hak cipta Dilindungi",
    "ak Cipta",
    "ak cipta",
    "AK CIPTA",
    "Hak Ciptak Cipta Dilindungi",
    "Dinas Kesehatan",
    "•",
    "“kota”",
    "😀",
    "é",
    "\n",
    "\n\n",
    " ",
    "2026",
    "(",
    "c)",
]


def _marks(found: Iterator[re.Match[str]]) -> list[tuple[int, int, str]]:
    return [(mark.start(), mark.end(), mark.group()) for mark in found]


@pytest.mark.parametrize("seed", range(300))
def test_copyright_marks_are_those_of_before(seed: int) -> None:
    rng = random.Random(seed)
    text = "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 30)))
    assert _marks(old_copyright_marks(text)) == _marks(page._COPYRIGHT.finditer(text))
    assert page._without_copyright(text) == old_without_copyright(text)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Copyright 2026",  # "opyright" one character in: at the text's start
        "opyright",  # ... and nothing before it
        "©",
        "Hak Cipta Dilindungi",
        "x\nHak Cipta Dilindungi\ny",
        "Berita\n© 2026 Dinas\nAgenda\nCOPYRIGHT Diskominfo",
        "Sehat “Bekasi” • Berita\n(c) 2026 Kota 😀\nlain",
        "Tanpa tanda apa pun • “kota” 😀",
    ],
)
def test_copyright_lines_of_texts(text: str) -> None:
    assert page._without_copyright(text) == old_without_copyright(text)


def test_each_copyright_literal_holds_a_hint() -> None:
    # The hints' look is exact only so: a text without any hint holds no literal, hence no mark.
    for literal, _ in page._COPYRIGHT_LITERALS:
        assert any(hint in literal for hint in page._COPYRIGHT_HINTS), literal


@pytest.mark.parametrize("hint", ["©", "(", "pyright", "PYRIGHT", "ipta", "IPTA", "Cipta", "(c)"])
def test_a_text_with_a_hint_alone_is_read_as_before(hint: str) -> None:
    text = f"Berita “kota” •\n{hint}\nAgenda 😀"
    assert page._without_copyright(text) == old_without_copyright(text)
    assert page._without_copyright(f"{text} © 2026\nlain") == old_without_copyright(f"{text} © 2026\nlain")


# --- the attributes' dates ---


@pytest.mark.parametrize("seed", range(80))
def test_attribute_dates_are_those_of_before(seed: int) -> None:
    rng = random.Random(seed)
    html = vendor_page(seed)
    hatom = rng.random() < 0.5
    data_dates = frozenset(rng.sample(["timestamp", "date", "published-at", "time"], rng.randint(0, 2)))
    results = []
    for reading in (page._attribute_dates, old_attribute_dates):
        tree = LexborHTMLParser(html)
        body = tree.body
        assert body is not None
        results.append(reading(tree, body, data_dates, select(body, "article"), hatom))
    assert results[0] == results[1]


@pytest.mark.parametrize("dated", DATED)
@pytest.mark.parametrize("hatom", [False, True])
@pytest.mark.parametrize("data_dates", [frozenset(), frozenset({"timestamp", "date"})])
def test_attribute_dates_of_each_element(dated: str, hatom: bool, data_dates: frozenset[str]) -> None:
    # Each alone, in an article and outside one: the search that asks whether any is there must find each.
    html = f"<body><article class='hentry'>{dated}</article><div class='hentry'>{dated}</div></body>"
    results = []
    for reading in (page._attribute_dates, old_attribute_dates):
        tree = LexborHTMLParser(html)
        body = tree.body
        assert body is not None
        results.append(reading(tree, body, data_dates, select(body, "article"), hatom))
    assert results[0] == results[1]


def test_attribute_dates_of_a_page_without_their_elements() -> None:
    tree = LexborHTMLParser("<body><article><p>4 Desember 2026</p><a title='2026-12-04' href='/'>x</a></article>")
    body = tree.body
    assert body is not None
    assert page._attribute_dates(tree, body, frozenset(), select(body, "article"), False) == ([], [])
    # Read where hAtom's posts or data attributes may give one, without those elements.
    tree = LexborHTMLParser(
        "<body><article class='hentry'><span class='updated' title='2026-12-04T08:15:00+07:00'>x</span>"
        "<span data-date='2026-12-01'>y</span></article></body>"
    )
    body = tree.body
    assert body is not None
    articles = select(body, "article")
    assert page._attribute_dates(tree, body, frozenset(), articles, True) == (["2026-12-04"], [])
    assert page._attribute_dates(tree, body, frozenset({"date"}), articles, False) == (["2026-12-01"], [])


# --- the widgets of another site's items ---


@pytest.mark.parametrize("seed", range(80))
def test_others_widgets_are_those_of_before(seed: int) -> None:
    rng = random.Random(seed)
    html = f"<body><aside>{''.join(rng.sample(WIDGETS, rng.randint(0, 8)))}</aside></body>"
    for host in (HOST, "www.antaranews.com", "tempo.co", "kompas.com", "x.id"):
        tree = LexborHTMLParser(html)
        widgets = select(tree, ".widget")
        new = page._others_widgets(widgets, host)
        old = old_others_widgets(widgets, host)
        assert [n.html for n in new] == [n.html for n in old]


@pytest.mark.parametrize("widget", WIDGETS)
def test_others_widgets_of_each_widget(widget: str) -> None:
    tree = LexborHTMLParser(f"<body>{widget}</body>")
    widgets = select(tree, ".widget")
    for host in (HOST, "tempo.co", "www.kompas.com"):
        assert [n.html for n in page._others_widgets(widgets, host)] == [
            n.html for n in old_others_widgets(widgets, host)
        ]


def test_a_widget_of_one_link_to_another_site_is_no_feed() -> None:
    tree = LexborHTMLParser(f"<body>{WIDGETS[2]}{WIDGETS[0]}</body>")
    widgets = select(tree, ".widget")
    assert [n.html for n in page._others_widgets(widgets, HOST)] == [widgets[1].html]
