"""The visible text's signs, the JSON-LD and the scripts of a page, read as they were read before (``core.page``).

The signs of ``ERROR_GATES`` and ``BLOGGER_NEEDLES`` are sought first by their anchors (``literals.Signs``): a text
that holds none of them is answered at once, any other as before. The JSON-LD scripts are matched in the selectors'
index, their type compared in ASCII's cases; a script's attributes are read once, a script without a type is code.
Each is pinned here against the reading it replaced, kept below, on a department's page as its vendor writes it
(navigation, dated news, a footer, a clock, bullets, curly quotes, "©", Indonesian) and on the fast paths' edges.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "integration" / "checker"))
from vendor_pages import Site, department_page

from pantau_checker.core import page as page_module
from pantau_checker.core._selectors import absolute, select, text_of
from pantau_checker.core.literals import Markup, Signs
from pantau_checker.core.markup import parse_html
from pantau_checker.core.page import BLOGGER_NEEDLES, ERROR_GATES, parse_page

URL = "https://dinkes.bekasikota.go.id/berita/"
_ALL_SIGNS = (*ERROR_GATES, *BLOGGER_NEEDLES)
_UNANCHORED = Signs(_ALL_SIGNS)  # the signs' automaton alone, as before


def _old_gates_and_blogger_lines(text: str) -> tuple[frozenset[str], frozenset[str]]:
    said = _UNANCHORED.in_order(text)
    return (
        frozenset(sign for sign in said if sign not in BLOGGER_NEEDLES),
        frozenset(sign for sign in said if sign in BLOGGER_NEEDLES),
    )


def _old_json_ld(tree: Any) -> tuple[str, ...]:
    found = [s for s in select(tree, "script") if (s.attributes.get("type") or "").lower() == "application/ld+json"]
    scripts = (text_of(s) or "" for s in found[: page_module._MAX_JSON_LD])
    return tuple(t for t in scripts if len(t) <= page_module._MAX_JSON_LD_CHARS)


def _old_runs(script: Any) -> bool:
    attrs = script.attributes
    kind = (attrs.get("type") or "").strip().lower()
    return "src" not in attrs and not any(word in kind for word in page_module._DATA_SCRIPTS)


def _old_scripts(tree: Any, base_url: str, handlers: tuple[str, ...] = ()) -> tuple[tuple[str, ...], tuple[str, ...]]:
    found: list[str] = []
    sources: list[str] = []
    left = page_module._MAX_SCRIPTS_CHARS
    origin = urlsplit(base_url)
    scheme, root = f"{origin.scheme}:", f"{origin.scheme}://{origin.netloc}"
    for node in select(tree, "script"):
        src = node.attributes.get("src")
        if src:
            href = absolute(src, base_url, scheme, root)
            if not href.startswith(root + "/") and len(sources) < page_module._MAX_SCRIPT_SOURCES:
                sources.append(href)
        elif left > 0 and len(found) < page_module._MAX_SCRIPTS and _old_runs(node):
            code = (text_of(node) or "")[: min(page_module._MAX_SCRIPT_CHARS, left)]
            found.append(code)
            left -= len(code)
    onload = tree.body.attributes.get("onload") if tree.body is not None else None
    if onload and left > 0:
        found.append(onload[: min(page_module._MAX_SCRIPT_CHARS, left)])
    return (*found, *handlers), tuple(sources)


def _tree(html: str) -> Any:
    markup = Markup(html)
    return parse_html(html, markup.raw, markup.angles())


_NOTICE = (
    "Selamat datang di situs resmi Dinas Kesehatan Kota Bekasi • Layanan pengaduan tersedia 24 jam • "
    "“Waspada” penipuan mengatasnamakan pegawai © 2026 Pemerintah Kota Bekasi. Adanya layanan online dia kelola."
)


def _vendor_page(notice: str = _NOTICE, head: str = "", body_end: str = "") -> str:
    return department_page(Site(body_top=f"<div class='notice'>{notice}</div>", head=head, body_end=body_end))


# --- the signs, sought first by their anchors -----------------------------------------------------------------


def test_each_sign_holds_an_anchor() -> None:
    for sign in _ALL_SIGNS:
        assert any(anchor in sign for anchor in page_module._VISIBLE_ANCHORS), sign


def test_anchors_that_miss_a_sign_are_refused() -> None:
    with pytest.raises(ValueError):
        Signs(("rror", "Whoops"), ("rror",))


def test_a_vendor_page_reads_the_same() -> None:
    page = parse_page(_vendor_page(), URL)
    assert (page.error_gates, page.blogger_lines) == _old_gates_and_blogger_lines(page.visible_text)
    assert page.error_gates == frozenset()
    assert page_module._gates_and_blogger_lines(page.visible_text) == (frozenset(), frozenset())


@pytest.mark.parametrize("sign", _ALL_SIGNS)
def test_each_sign_is_found_in_a_vendor_page(sign: str) -> None:
    page = parse_page(_vendor_page(f"{_NOTICE} Pesan: {sign} • terima kasih"), URL)
    new = page_module._gates_and_blogger_lines(page.visible_text)
    assert new == _old_gates_and_blogger_lines(page.visible_text)
    assert sign in new[0] | new[1]


def _pieces() -> list[str]:
    pieces = [*_ALL_SIGNS, *page_module._VISIBLE_ANCHORS, "•", "©", "“", "”", "İ", "ı", "€", "😀", " ", "?"]
    pieces += ["Kesehatan ", "adanya ", "dia ", "in ", "has ", "online ", "blog ", "halaman ", "Error", "error"]
    pieces += [sign[: len(sign) // 2] for sign in _ALL_SIGNS] + [sign[len(sign) // 2 :] for sign in _ALL_SIGNS]
    return pieces


@pytest.mark.parametrize("length", [3, 40, 2000])
def test_random_texts_read_the_same(length: int) -> None:
    # Signs whole, their halves side by side, anchors without their signs, characters beyond Latin-1 inside them;
    # short texts (the signs in the order they end) and long ones (in their listed order).
    pieces, chance = _pieces(), random.Random(length)
    for _ in range(400):
        text = "".join(chance.choice(pieces) for _ in range(chance.randint(0, length)))
        assert page_module._gates_and_blogger_lines(text) == _old_gates_and_blogger_lines(text), text
        assert repr(page_module._gates_and_blogger_lines(text)) == repr(_old_gates_and_blogger_lines(text))


def test_edges_read_the_same() -> None:
    texts = ["", "rror", "rro", "rr•or", "exis", "exist", " kritis", "kritis ", "ORA", "ORA-", "blog ini tidak ad"]
    texts += ["in this blog does not exist", "Blog ini tidak ada", "blog ini tidak ada", "n PHP", "Kesalahan PHP"]
    texts += ["x" * 9000 + "Whoops", "Whoops" + "•" * 9000 + "rror", "SQLSTATE" + "[", "SQLSTATE•["]
    for text in texts:
        assert page_module._gates_and_blogger_lines(text) == _old_gates_and_blogger_lines(text), text


# --- the JSON-LD scripts, matched in the index -------------------------------------------------------------------

_JSON_LD_CASES = [
    '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2026-12-05"}</script>',
    '<script TYPE="Application/LD+JSON">{"@type": "Organization", "name": "Dinkes"}</script>',
    '<script type="application/ld+json ">{"spaced": 1}</script>',
    '<script type="application/json">{"data": 1}</script>',
    '<script type="x" type="application/ld+json">{"second": 1}</script>',
    '<script type="application/ld+json" type="x">{"first": 1}</script>',
    '<svg><script type="application/ld+json">{"svg": 1}</script></svg>',
    '<script type="appl\u0130cation/ld+json">{"dotted": 1}</script>',
    '<script type="&#x61;pplication/ld&#43;json">{"entities": 1}</script>',
    '<template><script type="application/ld+json">{"template": 1}</script></template>',
    '<script type="application/ld+json"></script>',
    '<script type="application/ld+JSON">' + "y" * 100_001 + "</script>",
    '<noscript><script type="application/ld+json">{"noscript": 1}</script></noscript>',
    '<script type="application/ld+json" src="/data.json"></script>',
]


@pytest.mark.parametrize("case", [*_JSON_LD_CASES, "".join(_JSON_LD_CASES), "".join(_JSON_LD_CASES) * 2])
def test_json_ld_reads_the_same(case: str) -> None:
    html = _vendor_page(head=case, body_end=case)
    assert page_module._json_ld(_tree(html)) == _old_json_ld(_tree(html))


def test_json_ld_of_a_vendor_page() -> None:
    html = _vendor_page(head=_JSON_LD_CASES[0] + _JSON_LD_CASES[1])
    assert page_module._json_ld(_tree(html)) == _old_json_ld(_tree(html))
    assert len(page_module._json_ld(_tree(html))) == 2


# --- the scripts, their attributes read once ---------------------------------------------------------------------

_SCRIPT_CASES = [
    "<script>var jam = new Date(); document.title = 'Jam • ' + jam;</script>",
    '<script type="">var kosong = 1;</script>',
    '<script type=" text/javascript ">var spasi = 1;</script>',
    '<script type="module">import "/app.js";</script>',
    '<script type="TEXT/TEMPLATE"><p>Berita “terbaru”</p></script>',
    '<script type="text/x-handlebars">{{judul}}</script>',
    '<script type="importmap">{"imports": {}}</script>',
    '<script type="application/ld+json">{"@type": "WebSite"}</script>',
    '<script src="">var kosongsrc = 1;</script>',
    '<script src="/wp-includes/js/jquery.min.js"></script>',
    '<script src="https://cdn.example.com/lib.js"></script>',
    '<script src="//cdn.example.net/lib.js"></script>',
    '<script src=" js/relatif.js ">var x = 1;</script>',
    "<script nonce='abc'>window.location = '/beranda';</script>",
]


@pytest.mark.parametrize("case", [*_SCRIPT_CASES, "".join(_SCRIPT_CASES), "".join(_SCRIPT_CASES) * 30])
def test_scripts_read_the_same(case: str) -> None:
    html = _vendor_page(body_end=case).replace("<body", "<body onload=\"window.location='/x'\"", 1)
    for handlers in ((), ("location.href='/y'",)):
        assert page_module._scripts(_tree(html), URL, handlers) == _old_scripts(_tree(html), URL, handlers)


def test_scripts_of_a_vendor_page() -> None:
    html = _vendor_page(body_end="".join(_SCRIPT_CASES))
    found, sources = page_module._scripts(_tree(html), URL)
    assert (found, sources) == _old_scripts(_tree(html), URL)
    assert "var spasi = 1;" in found and "var kosongsrc = 1;" not in found
    assert "https://cdn.example.com/lib.js" in sources
