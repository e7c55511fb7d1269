"""The elements of a name (``page._tagged``) searched at once where the index holds the tree (``_selectors.indexed``),
without asking the markup first whether it has the name's start tag. Pinned against the reading before (kept here:
the markup asked first) on pages written the way a department's vendor writes them, with and without each name the
analysis asks for, in any case, in SVG, in comments, scripts and templates, and after the tree changed; and that the
markup is not asked where the index holds the tree, and is where it does not."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from selectolax.lexbor import LexborHTMLParser

from pantau_checker.core import page
from pantau_checker.core._selectors import decompose, indexed, select
from pantau_checker.core.literals import Markup
from pantau_checker.core.markup import parse_html

_ASKED = ("style", "marquee", "area", "font", "object", "dialog", "details", "text", "nav")


def _old_tagged(tree: LexborHTMLParser, tag: str, markup: Markup | None) -> list:
    return select(tree, tag) if markup is None or markup.has_folded(f"<{tag}") else []


def _vendor_page(extra: str = "") -> str:
    return f"""<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>Dinas Kesehatan · Kota Bekasi</title>
<link rel="stylesheet" href="/wp-content/themes/pemkot/style.css"></head><body class="home blog">
<div class="top-bar"><span class="tanggal">Minggu, 6 Desember 2026</span> • <span class="jam-digital">10:30</span></div>
<nav class="main-navigation" aria-label="Menu Utama"><ul class="menu"><li><a href="/">Beranda</a></li>
<li><a href="/profil/">Profil</a><ul class="sub-menu"><li><a href="/visi-misi/">Visi &amp; Misi</a></li></ul></li></ul>
</nav><marquee scrollamount="3">Selamat datang di “Dinas Kesehatan” Kota Bekasi</marquee>
<main class="site-main">
<article class="post"><h2><a href="/berita/1/">Rapat Koordinasi “Bekasi Sehat”</a></h2><span class="tgl">5 Desember
2026</span><p>Dinas Kesehatan menyelenggarakan rapat bersama puskesmas se-Kota Bekasi.</p></article>
<article class="post"><h2><a href="/berita/2/">Vaksinasi Anak</a></h2><span class="tgl">3 Desember 2026</span>
<p>Pelayanan vaksinasi di 42 puskesmas.</p></article>{extra}</main>
<footer class="site-footer"><p>© 2026 Dinas Kesehatan Kota Bekasi · Jl. Jend. Ahmad Yani No. 1</p></footer>
<script>setInterval(function(){{ document.querySelector('.jam-digital').textContent = new Date(); }}, 1000);</script>
</body></html>"""


_EXTRAS = [
    "",
    '<font color="#fff">tulisan putih</font><FONT COLOR="red">merah</FONT>',
    '<object data="/dokumen/laporan.pdf" type="application/pdf"></object>',
    "<dialog><p>Survei kepuasan</p></dialog><details><summary>Lihat</summary>isi</details>",
    "<details open><summary>Buka</summary>terbuka</details><DIALOG OPEN>dialog terbuka</DIALOG>",
    '<map name="peta"><area href="/wilayah/1/" shape="rect" coords="0,0,10,10" alt="Wilayah 1"></map>',
    '<svg viewBox="0 0 10 10"><text x="1" y="5">Bekasi</text><font>svg font</font></svg>',
    "<style>.sembunyi{display:none}</style><div class='sembunyi'>tersembunyi</div>",
    "<!-- <font color=red>komentar</font> <nav>lama</nav> <style>x{}</style> -->",
    "<script>var s = '<font>dalam skrip</font><marquee>';</script>",
    "<template><font>dalam template</font><nav>templat</nav></template>",
    "<textarea><font>teks</font><dialog></textarea><title>judul <marquee></title>",
    "<p>&lt;font&gt; bukan tag &lt;nav&gt;</p><fontx>bukan font</fontx><navbar>bukan nav</navbar>",
    "<b><font face='Arial'>tebal</p>tidak tertutup</font></b>",  # a formatting element reconstructed
    "<table><font>di tabel</font><tr><td>sel</td></tr></table>",
    "<math><mi>x</mi><font>math</font></math>",
]


def _pages() -> Iterator[str]:
    for extra in _EXTRAS:
        yield _vendor_page(extra)
    yield _vendor_page("".join(_EXTRAS))
    yield "<html><body><p>Halaman kosong</p></body></html>"
    yield ""
    yield "<marquee>" * 50 + "• berjalan"
    yield "<nav>" + "<a href='/x/'>x</a>" * 300 + "</nav>"


@pytest.mark.parametrize("html", list(_pages()))
def test_the_names_are_found_as_before(html: str) -> None:
    markup = Markup(html)
    tree = parse_html(html, markup.raw, markup.angles())
    select(tree, "script")  # the document's first search makes the index (``parse_page``'s ``_json_ld``)
    assert indexed(tree)
    for tag in _ASKED:
        new = page._tagged(tree, tag, markup)
        assert [n.mem_id for n in new] == [n.mem_id for n in _old_tagged(tree, tag, markup)], tag
        assert [n.mem_id for n in new] == [n.mem_id for n in tree.css(tag)], tag
        assert [n.mem_id for n in page._tagged(tree, tag, None)] == [n.mem_id for n in new], tag


@pytest.mark.parametrize("html", list(_pages()))
def test_the_hidden_nodes_are_those_found_before(html: str, monkeypatch: pytest.MonkeyPatch) -> None:
    markup = Markup(html)
    tree = parse_html(html, markup.raw, markup.angles())
    select(tree, "script")
    sheets = page._own_sheets(tree, markup)
    removed, kept = page._hidden_nodes(tree, sheets, (), markup)
    with monkeypatch.context() as patched:
        patched.setattr(page, "_tagged", _old_tagged)
        old_removed, old_kept = page._hidden_nodes(tree, sheets, (), markup)
    assert [n.mem_id for n in removed] == [n.mem_id for n in old_removed]
    assert [n.mem_id for n in kept] == [n.mem_id for n in old_kept]


@pytest.mark.parametrize("html", list(_pages()))
def test_the_page_is_the_one_read_before(html: str, monkeypatch: pytest.MonkeyPatch) -> None:
    def parsed() -> page.Page:
        return page.parse_page(html, "https://dinkes.bekasikota.go.id/", today=date(2026, 12, 6))

    new = parsed()
    with monkeypatch.context() as patched:
        patched.setattr(page, "_tagged", _old_tagged)
        old = parsed()
    assert new == old
    assert new.menu_link_count == old.menu_link_count and new.hidden_texts == old.hidden_texts


class _Asked(Markup):
    """A markup that counts the names asked of it."""

    def __init__(self, html: str) -> None:
        super().__init__(html)
        self.asked: list[str] = []

    def has_folded(self, sign: str) -> bool:
        self.asked.append(sign)
        return super().has_folded(sign)


def test_the_markup_is_not_asked_where_the_index_holds_the_tree() -> None:
    html = _vendor_page(_EXTRAS[1])
    markup = _Asked(html)
    tree = parse_html(html, markup.raw, markup.angles())
    select(tree, "script")
    assert [len(page._tagged(tree, tag, markup)) for tag in ("font", "nav", "dialog")] == [2, 1, 0]
    assert markup.asked == []
    # A part taken out by ``decompose`` keeps the index: still not asked, and the part's names are gone.
    decompose(page._tagged(tree, "nav", markup)[0])
    assert indexed(tree)
    assert page._tagged(tree, "nav", markup) == [] and markup.asked == []


def test_the_markup_is_asked_where_the_index_does_not_hold_the_tree() -> None:
    html = _vendor_page(_EXTRAS[1])
    markup = _Asked(html)
    tree = parse_html(html, markup.raw, markup.angles())
    select(tree, "script")
    other = parse_html(html)
    select(other, "script")  # the index now holds another document
    assert not indexed(tree) and indexed(other)
    assert len(page._tagged(tree, "dialog", markup)) == 0 and markup.asked == ["<dialog"]
    assert len(page._tagged(tree, "font", markup)) == 2 and markup.asked == ["<dialog", "<font"]
    # The tree changed otherwise than by ``decompose``: its index is no longer current until the next whole search.
    select(tree, "script")
    assert indexed(tree) and indexed(tree.body)
    tree.body.insert_child(parse_html("<p>baru</p>").body.child, move=True)
    assert not indexed(tree)
    markup.asked.clear()
    assert len(page._tagged(tree, "font", markup)) == 2 and markup.asked == ["<font"]
    assert [len(page._tagged(tree, t, markup)) for t in _ASKED] == [len(_old_tagged(tree, t, markup)) for t in _ASKED]


def test_indexed_of_a_node_and_of_nothing_searched() -> None:
    tree = LexborHTMLParser("<html><body><nav>menu</nav></body></html>")  # selectolax's own parser
    assert not indexed(tree)
    select(tree, "nav")
    assert indexed(tree) and indexed(tree.body) and indexed(tree.css_first("nav"))
    fresh = LexborHTMLParser("<p>lain</p>")
    assert not indexed(fresh) and not indexed(fresh.root)
    with pytest.raises(TypeError):
        indexed("bukan pohon")
