"""A page's body decoded as UTF-8 (``_selectors.utf8_decoded``) with its runs of ASCII found from sixteen bytes' mask
and copied (or widened to two bytes) thirty-two bytes at a time as they are read: pinned to CPython's
``bytes.decode("utf-8")`` (the text and its form) on department pages and on each length of a run of ASCII about
sixteen, thirty-two and sixty-four bytes, before, between and after characters of two and three bytes, in each form
(ASCII, Latin-1, two bytes a character), and on random mixes.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

from pantau_checker.core._selectors import utf8_decoded

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "integration" / "checker"))
from vendor_pages import department_page

NEWS = (
    "<header><div class='jam'>Senin, 7 Desember 2026 · 07:45:02 WIB</div><nav><a href='/'>Beranda</a> • "
    "<a href='/profil'>Profil</a> • <a href='/berita'>Berita</a> • <a href='/ppid'>PPID</a></nav></header>"
    "<main><article><h2>Wali Kota tinjau “Pasar Baru Bekasi” usai renovasi</h2><p>Jumat, 4 Desember 2026 – "
    "10:30 WIB</p><p>Pedagang menyambut baik penataan kios dan saluran air.</p></article>"
    "<article><h2>Pelatihan UMKM: kemasan & pemasaran daring</h2><p>Kamis, 3 Desember 2026</p></article></main>"
    "<footer>© 2026 Dinas Koperasi dan UKM Kota Bekasi — Jl. Ir. H. Juanda No. 100 · Telp. (021) 8841234</footer>"
)


def decoded_before(body: bytes) -> str | None:
    """``bytes.decode("utf-8")``, None where it raises: what ``utf8_decoded`` answers but for what it leaves."""
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        return None


def assert_as_cpython(body: bytes) -> None:
    text, before = utf8_decoded(body), decoded_before(body)
    if text is None:
        assert before is None or max(before) > "\uffff", body
        return
    assert type(text) is str and text == before, body
    assert sys.getsizeof(text) == sys.getsizeof(before) and text.isascii() == before.isascii(), body


@pytest.mark.parametrize(
    "page",
    [
        department_page(),
        f"<!DOCTYPE html><html lang='id'><head><title>Diskop UKM</title></head><body>{NEWS}</body></html>",
        NEWS.replace("–", "-").replace("“", '"').replace("”", '"').replace("—", "-").replace("•", "|"),  # Latin-1
        NEWS.encode("ascii", "ignore").decode() * 3,  # ASCII alone
    ],
)
def test_a_vendors_page_is_decoded_as_cpython_decodes_it(page: str) -> None:
    assert_as_cpython(page.encode())
    assert utf8_decoded(page.encode()) == page


LENGTHS = [0, 1, 15, 16, 17, 31, 32, 33, 47, 48, 63, 64, 65, 95, 96, 97, 130]


@pytest.mark.parametrize("other", ["é", "©", "–", "“", "\u0800", "\uffff"])  # two bytes (Latin-1 and not), three
@pytest.mark.parametrize("before", LENGTHS)
@pytest.mark.parametrize("after", LENGTHS)
def test_a_run_of_each_length_about_one_character_beyond_ascii(other: str, before: int, after: int) -> None:
    ascii_ = "abcdefghijklmnopqrstuvwxyz0123456789<>/='\" \n\t" * 4
    text = ascii_[:before] + other + ascii_[::-1][:after]
    assert_as_cpython(text.encode())
    assert_as_cpython((text + other + ascii_[:after]).encode())  # a second run, after the first's character


@pytest.mark.parametrize("between", LENGTHS)
@pytest.mark.parametrize("form", ["©", "–"])
def test_runs_between_many_characters(between: int, form: str) -> None:
    run = ("Berita Kota Bekasi " * 8)[:between]
    assert_as_cpython(((form + run) * 9 + form).encode())
    assert_as_cpython(((run + form + form) * 5 + run).encode())


def test_a_bad_byte_after_long_runs_is_left_to_cpython() -> None:
    for at in range(0, 100, 7):
        assert_as_cpython(b"a" * at + b"\xff" + b"b" * 40)
        assert_as_cpython("–".encode() + b"a" * at + b"\xe2\x80" + b"b" * 40)


def test_random_mixes_of_runs_and_characters() -> None:
    rng = random.Random(47)
    pieces = ["a", "<p>", " ", "\n", "é", "©", "–", "•", "“", "\u4e00", "\U0001f600", "x" * 31, "y" * 33, "z" * 64]
    for _ in range(400):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 60)))
        assert_as_cpython(text.encode())
        assert_as_cpython(text.encode()[: rng.randrange(0, len(text.encode()) + 1)])  # cut anywhere


# The texts read from a page's nodes (``text_of``, ``words_of``, ``main_and_visible``) are decoded as the body is
# (``_utf8_text``), CPython's decoder left with what is not UTF-8 or holds a character beyond the first plane.
FORMS = ["", "Hak cipta © 2026 Café Bekasi", "Berita – hari ini • “Kota Bekasi”", "公告 2026年", "Senyum 😀 warga"]


def _page(extra: str) -> str:
    return (
        f"<html><head><title>Dinas {extra}</title><style>p {{ color: red }} /* {extra} */</style></head><body>"
        f"<header><nav><a href='/'>Beranda</a> {extra} <a href='/berita'>Berita</a></nav></header>"
        f"<main id='isi'><h1>Kabar {extra}</h1>{NEWS}<p>{'Warga kota ' * 20}{extra}</p></main>"
        f"<footer>{extra} Jl. Jend. Ahmad Yani No. 1</footer></body></html>"
    )


def _words(text: str) -> str:
    """The words of a text as ``words_of`` squashes them (its ASCII white space: the pages here hold no other)."""
    return " ".join(text.split())


def _same(text: str, before: str) -> None:
    assert text == before and sys.getsizeof(text) == sys.getsizeof(before)


@pytest.mark.parametrize("extra", FORMS)
def test_a_nodes_text_is_decoded_as_selectolax_decodes_it(extra: str) -> None:
    from selectolax.lexbor import LexborHTMLParser

    from pantau_checker.core._selectors import select, text_of, words_of

    tree = LexborHTMLParser(_page(extra))
    for query in ("body", "main", "footer", "nav", "h1", "style", "title", "article", "p"):
        for node in select(tree, query):
            _same(text_of(node), node.text())
            _same(text_of(node, " "), node.text(separator=" "))
            _same(text_of(node, deep=False), node.text(deep=False))
            _same(words_of(node, " "), _words(node.text(separator=" ")))
            _same(words_of(node), _words(node.text()))
            _same(words_of(node, "|"), _words(node.text(separator="|")))


@pytest.mark.parametrize("extra", FORMS)
def test_the_main_contents_words_and_the_bodys_are_decoded_as_before(extra: str) -> None:
    from selectolax.lexbor import LexborHTMLParser

    from pantau_checker.core._selectors import main_and_visible, select_first

    tree = LexborHTMLParser(_page(extra))
    body = select_first(tree, "body")
    for query in ("main", "footer", "article", "h1", "body"):
        root = select_first(tree, query)
        read = main_and_visible(body, root)
        assert read is not None
        _same(read[0], _words(root.text(separator=" ")))
        assert read[1] == _words(body.text(separator=" "))
