"""The main content's words and the body's read in one walk (``_selectors.main_and_visible``), pinned against their
reading before: the main content's ``_text``, and the body's visible text joined from the texts around it
(``_old_visible_text``, kept here); and the main text's reading of the main content's text before its volatile parts
go, now only where one of them is inside it (``_old_main_text``, kept here), on pages written the way a department's
vendor writes them and on the edge cases of the walk."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser, LexborNode

from pantau_checker.core import page
from pantau_checker.core._selectors import (
    decompose_all,
    main_and_visible,
    select_first,
    text_of,
    within,
    words_of,
)
from pantau_checker.core.page import parse_page

URL = "https://dinkes.bekasikota.go.id/berita/"
_MAX_AROUND = 200


def _old_visible_text(body: LexborNode | None, root: LexborNode | None, main_words: str) -> str:
    """``page._visible_text`` as it was: the body's text, given its main content's squashed."""
    if body is None or root is None:
        return ""
    around = _old_around(body, root)
    if around is None:
        return page._text(body)
    before, after = around
    return " ".join(t for t in (*before, main_words, *after) if t)


def _old_around(body: LexborNode, root: LexborNode) -> tuple[list[str], list[str]] | None:
    before: list[str] = []
    after: list[str] = []
    node, left = root, _MAX_AROUND
    while node.mem_id != body.mem_id:
        sibling = node.prev
        while sibling is not None and left > 0:
            before.append(page._text(sibling))
            sibling, left = sibling.prev, left - 1
        sibling = node.next
        while sibling is not None and left > 0:
            after.append(page._text(sibling))
            sibling, left = sibling.next, left - 1
        parent = node.parent
        if parent is None or left <= 0:
            return None
        node, left = parent, left - 1
    return before[::-1], after


def _old_main_text(
    body: LexborNode | None,
    root: LexborNode | None,
    main_raw: str,
    main_words: str,
    walked: page._Names,
    host: str,
) -> tuple[str, list[LexborNode], list[LexborNode], list[LexborNode]]:
    """``page._main_text`` as it was: ``main_raw``, the main content's text, read by the caller beforehand."""
    if body is None or root is None:
        return "", [], [], []
    keep = page._lineage(root)
    named, widgets = walked.chrome, walked.widgets
    volatile = page._unique([n for n in walked.volatile if n.mem_id not in keep])
    gone = page._outermost(volatile)
    dated = page._dated_parts(gone, volatile, host) if gone else set()
    kept: list[LexborNode] = []
    if dated:
        gone = page._outermost([n for n in volatile if n.mem_id not in dated])
        kept = page._outermost([n for n in volatile if n.mem_id in dated])
    if gone:
        named, widgets, kept = page._outside(named, gone), page._outside(widgets, gone), page._outside(kept, gone)
    inside = bool(within(root, gone))
    decompose_all(gone)
    if not kept and not inside:
        return main_words, named, widgets, kept
    raw = page._text_without(root, within(root, kept)) if kept else text_of(root, " ")
    return (main_words if raw == main_raw else page._squash(raw)), named, widgets, kept


_NEWS = "".join(
    f"""<article class="post"><h2><a href="/berita/{n}/">Rapat Koordinasi “Bekasi Sehat” ke-{n}</a></h2>
<span class="tgl">{n} Desember 2026</span> • <span class="jam">08.{n:02d} WIB</span><p>Ringkasan berita {n}: Dinas
 Kesehatan menyelenggarakan rapat koordinasi… <a href="/berita/{n}/">Selengkapnya »</a></p></article>"""
    for n in range(1, 13)
)
_NAV = """<header><div class="logo">Dinas Kesehatan</div><span class="jam-digital">10:31:07</span>
<nav><ul class="menu"><li><a href="/">Beranda</a></li> • <li><a href="/profil/">Profil</a></li>
<li><a href="/layanan/">Layanan Publik</a></li></ul></nav></header>"""
_FOOTER = """<footer><p>© 2026 Dinas Kesehatan Kota Bekasi · “Melayani dengan hati”</p>
<div class="visitor-counter">Pengunjung hari ini: 1.234</div></footer>
<script>setInterval(function () { document.title = new Date().toLocaleTimeString('id-ID'); }, 1000);</script>"""


def _page(body: str) -> str:
    return f'<!DOCTYPE html><html lang="id"><head><title>Dinkes</title></head><body>{body}</body></html>'


_BODIES = {
    "vendor page": f"{_NAV}<main>{_NEWS}</main>{_FOOTER}",
    "vendor page, the main content an article": f"{_NAV}<div class='wrap'><article>{_NEWS}</article></div>{_FOOTER}",
    "vendor page, the content by its id": f"{_NAV}<div id='content'><div>{_NEWS}</div></div><aside>Agenda</aside>",
    "vendor page, the bullets only around it": f"{_NAV}<main><p>Jadwal vaksinasi anak</p></main>{_FOOTER}",
    "vendor page, the bullets only inside it": f"<p>Beranda</p><main>{_NEWS}</main><p>Kontak kami</p>",
    "vendor page, no main content": f"{_NAV}<div class='isi'>{_NEWS}</div>{_FOOTER}",
    "the main text found more than once": "<p>Berita</p><main>Berita</main><p>Berita</p>",
    "text nodes right at its edges": "awal<main>isi</main>akhir",
    "nested around it": "<p>satu</p><p>dua</p><div><p>tiga</p>empat<main>isi</main><p>lima</p>enam</div><p>tujuh</p>x",
    "spaces of every kind": "<div><p>Kepala  \n dinas</p><div><main>Isi\u00a0berita<b>x</b>y</main>ekor</div></div>z",
    "too many around it": "<div>" + "<p>kiri</p>" * 150 + "<main>isi</main>" + "<p>kanan</p>" * 150 + "</div>",
    "an empty main content first": "<main></main><p>tanpa isi utama</p>",
    "an empty main content last": "<p>tanpa isi utama</p><main> \n </main>",
    "an empty main content between": "<p>sebelum</p><main><div> </div></main><p>sesudah</p>",
    "the main content first": "<main>Isi berita</main><p>Kontak</p>",
    "the main content last": "<p>Beranda</p><main>Isi berita</main>",
    "the main content alone": "<main>Isi berita</main>",
    "nothing at all": "",
    "only spaces around it": " \n <main>isi</main>\t ",
    "an ideographic space and a vertical tab": (
        "<p>Kantor \u3000 Dinas</p><article>Jadwal vaksin ©</article>\x0b<p>Kontak</p>"
    ),
    "comments around it": "<!-- kiri --><p>a</p><!-- x --><main><!-- y -->isi<!-- z --></main><!-- kanan -->b",
    "beyond the first plane": "<p>😀 senyum</p><main>𝔘𝔫𝔦𝔠𝔬𝔡𝔢 isi</main><p>akhir ✓</p>",
    "a template named the content": '<p>awal</p><template class="content"><p>di dalam</p></template><p>akhir</p>',
    "an SVG's text around it": "<svg><text>Grafik</text></svg><main><p>isi</p></main><svg><title>t</title></svg>",
    "a table around it": "<table><tr><td>a</td><td>b</td></tr></table><main><table><tr><td>c</td></tr></table></main>",
}


def _tree(html: str | bytes) -> tuple[LexborHTMLParser, LexborNode | None, LexborNode | None]:
    tree = LexborHTMLParser(html)
    body = tree.body
    root = (select_first(tree, page._MAIN) or body) if body is not None else None
    return tree, body, root


@pytest.mark.parametrize("name", sorted(_BODIES))
def test_main_and_visible_as_read_before(name: str) -> None:
    _, body, root = _tree(_page(_BODIES[name]))
    assert body is not None and root is not None
    main_words = page._text(root)

    assert main_and_visible(body, root) == (main_words, _old_visible_text(body, root, main_words))
    assert page._main_and_visible(body, root) == (main_words, _old_visible_text(body, root, main_words))


@pytest.mark.parametrize("name", sorted(set(_BODIES) - {"a template named the content"}))
def test_the_body_and_its_main_contents_words_as_selectolax_reads_them(name: str) -> None:
    _, body, root = _tree(_page(_BODIES[name]))
    assert body is not None and root is not None
    whole = " ".join(body.text(separator=" ").split())
    own = " ".join(root.text(separator=" ").split())

    assert main_and_visible(body, root) == (own, whole)


def test_the_main_content_outside_the_body() -> None:
    html = '<html><head><title id="content">Judul</title></head><body><p>Isi</p><p>Isi lagi</p></body></html>'
    tree, body, _ = _tree(html)
    root = select_first(tree, page._MAIN)
    assert body is not None and root is not None and root.tag == "title"

    assert main_and_visible(body, root) == ("Judul", "Isi Isi lagi")
    assert (parse_page(html, URL).visible_text, parse_page(html, URL).main_text) == ("Isi Isi lagi", "Judul")


def test_the_body_as_the_main_content() -> None:
    _, body, root = _tree(_page("<p>Beranda</p> • <p>Kontak</p>"))
    assert body is not None and root is not None and root.mem_id == body.mem_id

    main_words, visible = main_and_visible(body, root)
    assert main_words == visible == "Beranda • Kontak"


def test_a_node_that_is_no_element() -> None:
    tree, body, _ = _tree(_page("<p>satu</p>dua<main>tiga</main>"))
    assert body is not None
    paragraph = body.child
    assert paragraph is not None and paragraph.child is not None
    node = paragraph.child  # the paragraph's text node
    assert node.tag == "-text"

    assert main_and_visible(body, node) == (words_of(node, " "), words_of(body, " "))
    assert main_and_visible(node, node) == (words_of(node, " "), words_of(node, " "))
    assert tree.body is not None


@pytest.mark.parametrize(
    ("raw", "cut_short"),
    [
        # Text nodes that end within what starts a space beyond ASCII: read apart, as before.
        (b"<html><body><p>kiri\xc2</p><main>isi \xe2\x80</main><p>\x80kanan</p></body></html>", True),
        (b"<html><body><p>kiri</p><main>isi\xe3</main><p>kanan</p></body></html>", True),
        (b"<html><body><p>kiri\xe1\x80</p><main>isi</main><p>kanan</p></body></html>", True),
        (b"<html><body><p>kiri</p><main>isi</main><p>kanan\xe2</p></body></html>", True),
        # Faults that are not cut short: decoded as before.
        (b"<html><body><p>kiri\xff</p><main>\xc3isi\xbf</main><p>\xf0\x9f\x98kanan</p></body></html>", False),
        (b"<html><body><p>\xc3</p><main>\xc3</main><p>\xc3</p></body></html>", False),
        (b"<html><body><p>kiri\xc3</p><main>\xa9isi\xc3</main><p>\xa9kanan</p></body></html>", False),
    ],
)
def test_faulty_utf8_as_read_before(raw: bytes, cut_short: bool) -> None:
    _, body, root = _tree(raw)
    assert body is not None and root is not None and root.tag == "main"
    main_words = page._text(root)

    assert page._main_and_visible(body, root) == (main_words, _old_visible_text(body, root, main_words))
    assert (main_and_visible(body, root) is None) == cut_short


def test_from_page_to_page_and_after_a_huge_one() -> None:
    pages = [_page(_BODIES["vendor page"]), _page("<main>" + "kata " * 300_000 + "</main><p>akhir</p>")]
    for html in [*pages, *pages, pages[0]]:
        _, body, root = _tree(html)
        assert body is not None and root is not None
        main_words = page._text(root)
        assert main_and_visible(body, root) == (main_words, _old_visible_text(body, root, main_words))


_VOLATILE = {
    "a clock beside it": f"{_NAV}<main>{_NEWS}</main>{_FOOTER}",
    "a clock inside it": f"<main><span class='jam-digital'>10:31:07</span>{_NEWS}</main>{_FOOTER}",
    "an empty clock inside it": f"<main><span class='jam-digital'></span>{_NEWS}</main>",
    "an icon of a clock inside it": "<main><p>Layanan</p><i class='jam-digital'></i><p>vaksin</p></main>",
    "a counter deep inside it": (
        "<main><div><p>Layanan vaksin</p><p><span class='visitor-today'>77</span> hari ini</p></div></main>"
    ),
    "a slider of posts inside it": (
        "<main><div class='carousel slide'>"
        + "".join(
            f"<div class='carousel-item'><h3><a href='/berita/{n}/'>Rapat koordinasi Bekasi Sehat ke-{n} di"
            f" aula dinas</a></h3></div>"
            for n in range(1, 5)
        )
        + f"</div><p>Layanan vaksin</p><span class='jam-digital'>10:31</span></main>{_FOOTER}"
    ),
    "the main content named as a volatile part": (
        "<main class='banner-area'><p>Layanan</p></main><div class='iklan'>x</div>"
    ),
    "a marquee inside it": "<main><marquee>Selamat datang • 6 Desember 2026</marquee><p>Isi</p></main>",
}


def _main_text_read(name: str, old: bool) -> tuple[str, list[str], list[str], list[str]]:
    html = _page(_VOLATILE[name])
    tree, body, root = _tree(html)
    assert body is not None and root is not None
    main_raw = text_of(root, " ")
    main_words, _ = main_and_visible(body, root)
    walked = page._walk_names(body)
    walked.volatile.extend(page._tagged(tree, "marquee", None))
    found = (
        _old_main_text(body, root, main_raw, main_words, walked, "dinkes.bekasikota.go.id")
        if old
        else page._main_text(body, root, main_words, walked, "dinkes.bekasikota.go.id")
    )
    text, named, widgets, kept = found
    return text, *([page._text(n) for n in nodes] for nodes in (named, widgets, kept))  # type: ignore[return-value]


@pytest.mark.parametrize("name", sorted(_VOLATILE))
def test_the_main_text_as_read_before(name: str) -> None:
    assert _main_text_read(name, old=False) == _main_text_read(name, old=True)


@pytest.mark.parametrize("name", sorted(_VOLATILE))
def test_the_page_as_its_main_text_read_before(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    html = _page(_VOLATILE[name])
    found = parse_page(html, URL)
    raws: list[str] = []

    def old(
        body: LexborNode | None, root: LexborNode | None, main_words: str, walked: page._Names, host: str
    ) -> tuple[str, list[LexborNode], list[LexborNode], list[LexborNode]]:
        raws.append(text_of(root, " ") if root is not None else "")
        return _old_main_text(body, root, raws[-1], main_words, walked, host)

    monkeypatch.setattr(page, "_main_text", old)
    assert parse_page(html, URL) == found
    assert raws
