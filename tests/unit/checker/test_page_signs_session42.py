"""parse_page's readings made without a pass over the markup each: the names walk's verdicts kept from page to page
(``_selectors.named``), the handlers and the menus' roles sought in the document's index rather than the lowered
markup (``page._run_hidden``, ``page._menu_link_count``) and the markup's signs asked in one call
(``literals.Markup.held``, ``page._markup_signs``), each pinned against the reading it replaced, on pages written
the way a department's vendor writes them and on the edge cases of each."""

from __future__ import annotations

from datetime import date

import pytest
from selectolax.lexbor import LexborHTMLParser, LexborNode

from pantau_checker.core import page
from pantau_checker.core._selectors import found_places, named, select
from pantau_checker.core.literals import Markup
from pantau_checker.core.markup import parse_html

_NEWS = "".join(
    f"""<article class="post hentry berita-{n % 3}" id="post-{n}"><h2 class="entry-title"><a href="/berita/{n}/">Rapat
 Koordinasi “Bekasi Sehat” ke-{n}</a></h2><div class="entry-meta"><span class="tgl">{n} Desember 2026</span> •
 <span class="jam">08.{n:02d} WIB</span></div><img src="/foto/{n}.jpg" class="wp-post-image" alt="Foto {n}"
 {'onerror="this.src=&#39;/kosong.png&#39;"' if n == 3 else ""}><p>Ringkasan berita {n}: Dinas Kesehatan
 menyelenggarakan rapat koordinasi. <a href="/berita/{n}/" class="more-link">Selengkapnya »</a></p></article>"""
    for n in range(1, 13)
)


_NAV = '<nav id="site-navigation" class="main-navigation">'


def _vendor_page(head: str = "", nav: str = _NAV, body: str = "") -> str:
    return f"""<!DOCTYPE html><html lang="id"><head><title>Dinas Kesehatan · Kota Bekasi</title>
<meta name="description" content="Situs resmi">{head}</head><body class="home blog">
<div id="top-bar" class="top-bar"><span class="tanggal">Minggu, 6 Desember 2026</span> <span id="jam-digital"
 class="clock">10:30:00</span><a href="/login">Masuk</a></div>
<header id="masthead" class="site-header"><h1 class="site-title"><a href="/">Dinkes</a></h1>
 {nav}<ul id="primary-menu" class="menu">
  <li class="menu-item"><a href="/">Beranda</a></li><li class="menu-item"><a href="/profil/">Profil</a>
   <ul class="sub-menu d-none"><li><a href="/profil/visi/">Visi &amp; Misi</a></li></ul></li>
  <li class="menu-item"><a href="/layanan/">Layanan</a></li></ul></nav></header>
<div class="running-text"><marquee>Selamat datang di situs Dinas Kesehatan • Layanan 24 jam</marquee></div>
<div id="content" class="site-content"><main id="main" class="site-main"><section class="news-ticker">{_NEWS}
</section>{body}<div class="widget-counter visitor-counter"><h3>Statistik</h3><ul><li>Hari ini: <b>120</b></li>
 <li>Online: 3</li></ul></div></main>
<aside id="secondary" class="widget-area sidebar"><section class="widget widget_recent_entries">
 <h2 class="widget-title">Berita Terbaru</h2><ul><li><a href="/berita/1/">Berita 1</a></li>
 <li><a href="https://bekasikota.go.id/berita/2/">Berita 2</a></li></ul></section></aside></div>
<footer id="colophon" class="site-footer"><div class="footer-menu" role="contentinfo"><a href="/kontak/">Kontak</a>
 <a href="https://bekasikota.go.id/">Pemkot</a></div><p>© 2026 Dinas Kesehatan Kota Bekasi</p></footer></body></html>"""


_BASE_URL = "https://dinkes.bekasikota.go.id/"


# --- the names walk ---


def _names_said(place: LexborNode, judge: object, nothing: object) -> list[tuple[int, object]]:
    """The walk before, as selectolax lists the elements and reads their class and id."""
    found = []
    for node in place.css("[class], [id]:not([class])"):
        verdict = judge(node.attributes.get("class"), node.attributes.get("id"))  # type: ignore[operator]
        if verdict is not nothing:
            found.append((node.mem_id, verdict))
    return found


def _names_read(place: LexborNode, judge: object, nothing: object) -> list[tuple[int, object]]:
    return [(node.mem_id, verdict) for node, verdict in named(place, judge, nothing)]


class _Counting:
    """A judge that says what it was asked, and counts how often each pair was asked."""

    def __init__(self) -> None:
        self.asked: dict[tuple[str | None, str | None], int] = {}

    def __call__(self, classes: str | None, id_: str | None) -> tuple[str | None, str | None] | None:
        self.asked[classes, id_] = self.asked.get((classes, id_), 0) + 1
        return None if classes == "nothing" else (classes, id_)


_EDGES = """<body><div class="ab" id="c">1</div><div class="a" id="bc">2</div><div class="abc">3</div>
<div id="abc">4</div><div class="" id="abc">5</div><div class="abc" id="">6</div><div class>7</div><div id>8</div>
<div class="menú utama" id="navigasi•atas">9</div><div class="“kutip”" id="©">10</div><div class="nothing">11</div>
<div class="x" class="y" id="p" id="q">12</div><svg class="ikon menu" id="logo"><g class="menu-g"></g></svg>
{lengths}</body>"""


def _edges() -> str:
    # Values of every length about the hash's eight bytes at a time: each differs from its neighbours by its last byte.
    lengths = "".join(
        f'<span class="{"k" * size}x">a</span><span class="{"k" * size}y" id="{"i" * size}">b</span>'
        for size in range(0, 26)
    )
    return _EDGES.format(lengths=lengths)


def test_the_names_walk_gives_each_element_its_own_verdict_on_a_vendor_page_and_its_edges() -> None:
    for html in (_vendor_page(), _edges()):
        body = LexborHTMLParser(html).body
        assert body is not None
        judge = _Counting()
        assert _names_read(body, judge, None) == _names_said(body, judge, None)
        # Asked again: from the table, not the judge; the same verdicts.
        before = dict(judge.asked)
        assert _names_read(body, judge, None) == _names_said(body, _Counting(), None)
        assert judge.asked == before


def test_pairs_whose_bytes_run_together_are_told_apart() -> None:
    body = LexborHTMLParser(_edges()).body
    assert body is not None
    verdicts = [verdict for _, verdict in _names_read(body, _Counting(), None)]
    assert verdicts[:6] == [("ab", "c"), ("a", "bc"), ("abc", None), (None, "abc"), ("", "abc"), ("abc", "")]
    assert verdicts[6:8] == [(None, None), (None, None)]  # an attribute without a value: none
    assert ("menú utama", "navigasi•atas") in verdicts and ("“kutip”", "©") in verdicts
    assert ("nothing", None) not in verdicts


def test_each_pair_is_judged_once_across_the_pages_of_a_site() -> None:
    judge = _Counting()
    for round_ in range(3):
        for html in (_vendor_page(), _vendor_page(body='<div class="kabar-baru" id="kabar">x</div>'), _edges()):
            body = LexborHTMLParser(html).body
            assert body is not None
            assert _names_read(body, judge, None) == _names_said(body, _Counting(), None), round_
    assert set(judge.asked.values()) == {1}
    assert ("kabar-baru", "kabar") in judge.asked


def test_another_judge_is_asked_for_its_own_verdicts() -> None:
    body = LexborHTMLParser(_vendor_page()).body
    assert body is not None
    first = _Counting()
    _names_read(body, first, None)

    def shouting(classes: str | None, id_: str | None) -> str:
        return f"{classes}!{id_}"

    assert _names_read(body, shouting, None) == _names_said(body, shouting, None)
    assert _names_read(body, first, None) == _names_said(body, first, None)
    assert _names_read(body, page._verdict, page._NOTHING) == _names_said(body, page._verdict, page._NOTHING)


def test_more_pairs_than_the_table_keeps_and_a_value_beyond_its_bytes() -> None:
    many = "".join(f'<i class="c{n}" id="i{n % 7}">x</i>' for n in range(9000))
    huge = f'<p class="{"g" * (1 << 20)}z">y</p><p class="{"g" * (1 << 20)}z">y</p>'
    judge = _Counting()
    for html in (f"<body>{many}{huge}</body>", _vendor_page(), f"<body>{huge}{many}</body>"):
        body = LexborHTMLParser(html).body
        assert body is not None
        assert _names_read(body, judge, None) == _names_said(body, _Counting(), None)
    assert judge.asked[f"{'g' * (1 << 20)}z", None] == 4  # too long to keep: judged each time


def test_a_judge_that_fails_leaves_the_table_whole() -> None:
    body = LexborHTMLParser(_vendor_page()).body
    assert body is not None
    judge = _Counting()
    calls = 0

    def failing(classes: str | None, id_: str | None) -> object:
        nonlocal calls
        calls += 1
        if calls == 5:
            raise ValueError("judge failed")
        return judge(classes, id_)

    with pytest.raises(ValueError, match="judge failed"):
        named(body, failing, None)
    assert _names_read(body, failing, None) == _names_said(body, _Counting(), None)


def test_the_walk_of_names_finds_the_vendor_pages_parts() -> None:
    body = LexborHTMLParser(_vendor_page()).body
    assert body is not None
    for _ in range(2):  # judged, then from the table
        walked = page._walk_names(body)
        assert [n.attributes.get("class") for n in walked.chrome] == ["top-bar", "running-text"]
        assert [n.attributes.get("id") for n in walked.menus] == ["primary-menu"]
        assert [n.attributes.get("class") for n in walked.concealed] == ["sub-menu d-none"]
        assert [n.attributes.get("class") for n in walked.widgets] == ["widget widget_recent_entries"]
        assert len(walked.volatile) == 16  # the clock's twice (class and id), each post's time, the counter's


# --- the handlers, the roles and the signs ---


def _old_handled(markup: Markup) -> bool:
    return any(markup.has_folded(name) for name in ("onerror", "onload"))


def _old_run_hidden(tree: LexborHTMLParser, handled: bool) -> tuple[str, ...]:
    return page._handlers(tree) if handled else ()


def _old_menu_link_count(
    tree: LexborHTMLParser, named_menus: list[LexborNode], markup: Markup, anchors: object = None
) -> int:
    seen: set[int] = set()
    roles = select(tree, page._MENU_ROLE) if markup.has_folded("role") else []
    menus = [*page._tagged(tree, "nav", markup), *roles, *named_menus]
    for menu in menus[: page._MAX_MARKED]:
        seen.update(a.mem_id for a in select(menu, "a[href]") if a.mem_id != menu.mem_id)
        if len(seen) >= page._MAX_MARKED:
            break
    return len(seen)


def _old_markup_signs(markup: Markup) -> frozenset[str]:
    kinds = {"handler"} if _old_handled(markup) else set()
    signs = [("app", s) for s in page._APP_DATA_SIGNS] + [("feed", s) for s in page.FEED_PLUGIN_SIGNS]
    for kind, sign in [*signs, ("hentry", "hentry")]:
        if kind not in kinds and markup.has(sign):
            kinds.add(kind)
    return frozenset(kinds - {"handler"})


_HANDLED = [
    "",
    '<img src="/x.png" onerror="window.location=\'https://slot.example/\'">',
    '<IMG SRC="/x.png" ONERROR="location.href=\'https://slot.example/\'">',
    "<svg onLoad=\"top.location.replace('https://slot.example/')\"></svg>",
    '<img src="/x.png" onerror="this.style.display=\'none\'">',
    "<script>window.onload = function () { location.href = '/beranda'; };</script>",
    "<p>Atribut onerror dan onload dibahas di sini.</p>",
    '<input type="image" onload="location=\'/a\'" onerror="location=\'/b\'">',
]


@pytest.mark.parametrize("markup", _HANDLED)
def test_the_handlers_are_those_the_gated_reading_found(markup: str) -> None:
    for html in (_vendor_page(body=markup), f"<html><body onload=\"location='/x'\">{markup}</body></html>"):
        raw = Markup(html)
        tree = parse_html(html, raw.raw, raw.angles())
        assert page._run_hidden(tree, [], _BASE_URL)[1] == _old_run_hidden(tree, _old_handled(raw))
    assert ("location" in markup and "<script" not in markup) == bool(page._handlers(LexborHTMLParser(markup)))


_ROLES = [
    '<nav id="site-navigation" class="main-navigation">',
    '<nav class="x"><div role="navigation" class="y">',
    '<nav><div ROLE="navigation">',
    '<nav><div role="Navigation">',
    "<nav><div role=navigation>",
    '<nav><div data-role="navigation">',
    '<nav><div aria-role="navigation" role="menubar">',
    '<nav><p>role="navigation"</p><div>',
]


@pytest.mark.parametrize("nav", _ROLES)
def test_the_menus_links_are_those_the_gated_reading_counted(nav: str) -> None:
    html = _vendor_page(nav=nav)
    markup = Markup(html)
    tree = parse_html(html, markup.raw, markup.angles())
    menus = page._walk_names(tree.body).menus if tree.body is not None else []
    assert page._menu_link_count(tree, menus, markup) == _old_menu_link_count(tree, menus, markup)
    bare = LexborHTMLParser(f"<body>{nav}<a href='/a'>A</a><a href='/b'>B</a></div></body>")
    assert page._menu_link_count(bare, [], Markup(bare.html or "")) == _old_menu_link_count(
        bare, [], Markup(bare.html or "")
    )


def test_the_roles_outside_the_menus_are_counted() -> None:
    html = """<body><nav><a href="/a">A</a></nav><div role="navigation"><a href="/b">B</a><a href="/c">C</a></div>
<ul ROLE="navigation"><li><a href="/d">D</a></li></ul><div role="menubar"><a href="/e">E</a></div>
<p>role="navigation" <a href="/f">F</a></p></body>"""
    tree = LexborHTMLParser(html)
    assert page._menu_link_count(tree, [], Markup(html)) == 4 == _old_menu_link_count(tree, [], Markup(html))


_SIGNED = [
    "",
    '<script id="__NEXT_DATA__" type="application/json">{}</script>',
    '<div id="app" data-page="{}"></div>',
    '<div class="sbi_photo"></div><div class="cff-item"></div>',
    '<div class="twitter-tweet"></div><div class="hentry"></div>',
    '<div id=\'app\'></div><div class="yotu-playlist elfsight-app-1"></div><div class="hentry"></div>',
    "<p>hentry · __NUXT · tiktok-embed — as words</p>",
]


@pytest.mark.parametrize("markup", _SIGNED)
def test_the_markups_signs_are_those_asked_one_by_one(markup: str) -> None:
    html = _vendor_page(body=markup)
    assert page._markup_signs(Markup(html)) == _old_markup_signs(Markup(html))
    held = Markup(html).held(page._MARKUP_SIGNS_HELD)
    assert held == frozenset(sign for sign in page._MARKUP_SIGNS_HELD if Markup(html).has(sign))


def test_signs_held_that_were_never_asked_are_searched_and_learnt() -> None:
    html = _vendor_page(body='<div class="sinyal-baru-42">x</div>')
    signs = ("sinyal-baru-42", "tak-ada-42", "hentry")
    assert Markup(html).held(signs) == frozenset({"sinyal-baru-42", "hentry"})
    assert Markup(html).held(signs) == frozenset({"sinyal-baru-42", "hentry"})  # now asked together
    assert Markup(html).held(("hentry", "tak-ada-42")) == frozenset({"hentry"})  # not another sign found
    assert Markup("<p>kosong</p>").held(signs) == frozenset()
    assert Markup("<p>kosong</p>").held(()) == frozenset()


_MENUS = [
    "",
    '<map name="peta"><area href="/peta/a" shape="rect" coords="0,0,1,1"></map><img usemap="#peta" src="/p.png">',
    '<nav><map name="m"><area href="/m/a"><area href="/m/b"></map><a href="/m/c">C</a></nav>',
    '<a class="menu" href="/menu">Menu</a><a class="navbar" href="/x"><span>X</span></a>',
    '<div class="menu"><div class="navbar"><a href="/a">A</a><a>tanpa alamat</a></div><a href="/b">B</a></div>',
    '<div class="pagelist"></div><nav></nav>',
    '<template><nav><a href="/t">T</a></nav></template><div class="menu"><template><a href="/u">U</a></template></div>',
]


@pytest.mark.parametrize("extra", _MENUS)
def test_the_menus_links_are_counted_from_the_pages_links_as_each_menu_was_searched(extra: str) -> None:
    for html in (_vendor_page(body=extra), f"<body>{extra}</body>"):
        markup = Markup(html)
        tree = parse_html(html, markup.raw, markup.angles())
        menus = page._walk_names(tree.body).menus if tree.body is not None else []
        anchors = found_places(tree, page._LINKS if page._tagged(tree, "area", markup) else "a[href]")
        counted = page._menu_link_count(tree, menus, markup, anchors)
        assert counted == page._menu_link_count(tree, menus, markup) == _old_menu_link_count(tree, menus, markup)


def test_the_menus_links_of_a_vendor_page() -> None:
    html = _vendor_page(body=_MENUS[2] + _MENUS[4])
    markup = Markup(html)
    tree = parse_html(html, markup.raw, markup.angles())
    menus = page._walk_names(tree.body).menus if tree.body is not None else []
    # The header's nav (Beranda, Profil, Visi & Misi, Layanan), the second nav's link, the menus' two.
    assert page._menu_link_count(tree, menus, markup, found_places(tree, page._LINKS)) == 4 + 1 + 2


@pytest.mark.parametrize(
    "extra",
    [
        "",
        _HANDLED[1],
        _HANDLED[5],
        _SIGNED[3] + _SIGNED[4],
        '<map name="m"><area href="/m/a"></map>',
        _MENUS[2] + _MENUS[3] + _MENUS[4],
    ],
)
@pytest.mark.parametrize("nav", _ROLES[:3])
def test_a_vendor_page_reads_as_it_did_with_the_gated_readings(
    monkeypatch: pytest.MonkeyPatch, extra: str, nav: str
) -> None:
    """The whole page, read with the readings before (the gates on the lowered markup) and with the new ones."""
    html = _vendor_page(head=extra, nav=nav, body=extra)

    def read() -> str:
        return repr(page.parse_page(html, _BASE_URL, today=date(2026, 12, 6)))

    now = read()
    old = Markup(html)
    monkeypatch.setattr(page, "_markup_signs", _old_markup_signs)
    monkeypatch.setattr(
        page,
        "_run_hidden",
        lambda tree, removed, base_url: (
            page._noscript_refreshes(tree, removed, base_url),
            _old_run_hidden(tree, _old_handled(old)),
        ),
    )
    monkeypatch.setattr(page, "_menu_link_count", _old_menu_link_count)
    assert read() == now
    assert "Selengkapnya" in now
