"""The searches of ``parse_page`` that the markup's start tags gate (``page._tagged``) find what the walks find:
an element is there only where its start tag is written, in any case, and a role only where its name is."""

from __future__ import annotations

import pytest

from pantau_checker.core._selectors import select
from pantau_checker.core.literals import Markup
from pantau_checker.core.markup import parse_html
from pantau_checker.core.page import (
    _decompose_non_content,
    _hidden_nodes,
    _menu_link_count,
    _own_sheets,
    _tagged,
    parse_page,
)

URL = "https://dinkes.bekasikota.go.id/berita/"
TAGS = ("marquee", "font", "object", "dialog", "details", "area", "text", "style", "nav")

_NEWS = "".join(
    f'<article class="post"><h2><a href="/berita-{n}/">Wali Kota Resmikan Puskesmas {n}</a></h2>'
    f'<span class="tanggal">0{n} Desember 2026</span><p>Ringkasan berita {n}.</p></article>'
    for n in range(1, 5)
)
_MENU = '<nav class="menu"><ul><li><a href="/">Beranda</a></li><li><a href="/profil/">Profil</a></li></ul></nav>'
_FOOTER = '<footer id="footer"><p>© 2026 Dinas Kesehatan</p><a href="/kontak/">Kontak</a></footer>'


def page(head: str, body: str) -> str:
    body = f"<body>{_MENU}<main>{_NEWS}{body}</main>{_FOOTER}</body>"
    return f"<html><head><title>Dinkes</title>{head}</head>{body}</html>"


PAGES = [
    page("", ""),  # none of the tags but a menu: every gated walk is left out
    page("<STYLE>.x{display:none}</STYLE>", '<FONT COLOR="#fff">Slot</FONT><Marquee>Selamat datang</Marquee>'),
    page("", '<MAP name="m"><AREA href="/peta/" alt="Peta"></MAP><img usemap="#m" src="/p.png">'),
    page("", '<svg width="10"><TEXT x="1">Gacor</TEXT><text>88</text></svg><textarea>text</textarea>'),
    page("", "<textarea>&lt;text&gt; only as text</textarea><p>&lt;font&gt; written as text</p>"),
    # One <font> written, two in the tree: the parser reopens it in the next paragraph (and a <b> cloned so).
    page("", '<p><font color="red">merah<p>lagi merah</font><b><font>x</b>y</font>'),
    page("", "<DETAILS><summary>Lihat</summary>Isi</DETAILS><dialog open>Buka</dialog><DiAlOg>Tutup</DiAlOg>"),
    page("", '<OBJECT data="/a.swf"><p>fallback</p></OBJECT><object><embed src="/b.swf"></object>'),
    page("", "<!-- <font color=white>komentar</font> <nav><a href='/x/'>x</a></nav> -->"),
    page("", "<template><nav><a href='/t/'>t</a></nav><font>t</font></template>"),
    page("", '<NAV><a href="/layanan/">Layanan</a></NAV><div ROLE="navigation"><a href="/ppid/">PPID</a></div>'),
    # A role's value may be a character reference: only the attribute's name is sure to be written.
    page("", '<div role="&#110;avigation"><a href="/a/">A</a><a href="/b/">B</a></div>'),
    page("", '<ul role="NAVIGATION"><li><a href="/c/">C</a></li></ul><div role=navigation><a href=/d/>D</a></div>'),
    page("", "<svg><style>.t{fill:red}</style><foreignObject><font>f</font></foreignObject></svg>"),
    "<FONT>no html, head nor body</FONT><MARQUEE>x</MARQUEE>",
]


def ids(nodes: list) -> list[int]:
    return [n.mem_id for n in nodes]


@pytest.mark.parametrize("html", PAGES)
@pytest.mark.parametrize("tag", TAGS)
def test_a_gated_tag_finds_what_the_walk_finds(html: str, tag: str) -> None:
    tree = parse_html(html)

    assert ids(_tagged(tree, tag, Markup(html))) == ids(select(tree, tag))


@pytest.mark.parametrize("html", PAGES)
def test_the_menus_links_are_counted_as_by_the_selector(html: str) -> None:
    tree = parse_html(html)
    general = {a.mem_id for a in select(tree, "nav a[href], [role=navigation] a[href]")}

    assert _menu_link_count(tree, [], Markup(html)) == len(general)


@pytest.mark.parametrize("html", PAGES)
def test_hidden_nodes_and_sheets_are_those_of_the_ungated_reading(html: str) -> None:
    gated, plain = parse_html(html), parse_html(html)
    sheets = _own_sheets(gated, Markup(html))
    assert sheets == _own_sheets(plain)

    found = _hidden_nodes(gated, sheets, (), Markup(html))
    general = _hidden_nodes(plain, sheets, ())

    assert [[n.html for n in nodes] for nodes in found] == [[n.html for n in nodes] for nodes in general]


@pytest.mark.parametrize("html", PAGES)
def test_what_is_no_content_is_read_as_without_the_gate(html: str) -> None:
    readings = []
    for markup in (Markup(html), None):
        tree = parse_html(html)
        texts: list[str] = []
        links: list = []
        shown: list[str] = []
        _decompose_non_content(tree, URL, texts, links, shown, markup)
        readings.append((texts, links, shown, tree.html))

    assert readings[0] == readings[1]


def test_an_uppercase_marquee_and_font_are_read_as_a_lowercase_one() -> None:
    lower = parse_page(page("", '<font color="#ffffff">Slot</font><marquee>Selamat datang</marquee>'), URL)
    upper = parse_page(page("", '<FONT COLOR="#ffffff">Slot</FONT><MARQUEE>Selamat datang</MARQUEE>'), URL)

    assert (upper.hidden_texts, upper.main_text, upper.visible_text) == (
        lower.hidden_texts,
        lower.main_text,
        lower.visible_text,
    )
