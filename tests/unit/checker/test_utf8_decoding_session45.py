"""A page's body decoded as UTF-8 in the compiled module (``_selectors.utf8_decoded``, read by
``FetchResult.text_and_utf8``): pinned to CPython's ``bytes.decode("utf-8")`` (the text, its form of one or two bytes a
character) on department pages, on every way a sequence is cut short, too long or of a surrogate, at each place about
a word of eight bytes, and on random bytes; a body it leaves (not UTF-8, or beyond the first plane) is read as before.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

import httpx
import pytest

from pantau_checker.core._selectors import utf8_decoded
from pantau_checker.http import FetchResult

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "integration" / "checker"))
from vendor_pages import department_page

URL = "https://disperkimtan.bekasikota.go.id/"
NEWS = (
    "<nav><a href='/'>Beranda</a> • <a href='/profil'>Profil</a> • <a href='/berita'>Berita</a></nav>"
    "<article><h2>Wali Kota resmikan “Taman Kota Harapan Indah”</h2><p>Senin, 30 November 2026 – 09:15 WIB</p>"
    "</article><article><h2>Sosialisasi perizinan bangunan gedung (PBG)</h2><p>Jumat, 27 November 2026</p>"
    "</article><div class='jam'>Minggu, 6 Desember 2026 · 18:04:11</div>"
    "<footer>© 2026 Dinas Perumahan, Kawasan Permukiman dan Pertanahan Kota Bekasi · Jl. Jend. Ahmad Yani No. 1"
    "</footer>"
)


def decoded_before(body: bytes) -> str | None:
    """``bytes.decode("utf-8")``, None where it raises."""
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        return None


def text_and_utf8_before(answer: FetchResult) -> tuple[str, bytes | None]:
    """The UTF-8 branch of ``text_and_utf8`` as it was, all CPython's decoder."""
    try:
        return answer.body.decode("utf-8"), answer.body
    except UnicodeDecodeError:
        return answer.body.decode("utf-8", errors="replace"), None


def assert_as_cpython(body: bytes) -> None:
    text, before = utf8_decoded(body), decoded_before(body)
    if text is None:  # left to CPython: not UTF-8, or a character beyond the first plane
        assert before is None or max(before) > "\uffff", body
        return
    assert type(text) is str and text == before, body
    # The same form (ASCII, Latin-1 or two bytes a character): strings of two forms never compare equal.
    assert sys.getsizeof(text) == sys.getsizeof(before) and text.isascii() == before.isascii(), body


PAGES = [
    department_page(),
    f"<!DOCTYPE html><html lang='id'><head><title>Disperkimtan Kota Bekasi</title></head><body>{NEWS}</body></html>",
    "<p>Tanpa aksara di luar ASCII sama sekali.</p>" * 40,
    "<p>Hak cipta © 2026, Café Bekasi, harga Rp 15.000,– </p>" * 40,  # Latin-1 and one beyond it
    "<p>Hak cipta © 2026 Café Bekasi</p>" * 40,  # Latin-1 alone: one byte a character
    "<p>公告: 2026年12月6日</p>" * 40,  # three bytes a character
    "",
]


@pytest.mark.parametrize("text", PAGES)
def test_a_page_is_decoded_as_cpython_decodes_it(text: str) -> None:
    assert_as_cpython(text.encode())
    assert utf8_decoded(text.encode()) == text


@pytest.mark.parametrize(
    "sequence",
    [
        b"\xc2\xa0",  # the first of two bytes
        b"\xdf\xbf",  # the last
        b"\xe0\xa0\x80",  # the first of three bytes
        b"\xed\x9f\xbf",  # the last before the surrogates
        b"\xee\x80\x80",
        b"\xef\xbf\xbf",  # the last of the first plane
        b"\xe2\x80\x93",  # a dash
        b"\xf0\x90\x80\x80",  # the first beyond the first plane: left to CPython
        b"\xf4\x8f\xbf\xbf",  # the last character
        b"\xc0\x80",  # too long
        b"\xc1\xbf",
        b"\xe0\x9f\xbf",
        b"\xf0\x8f\xbf\xbf",
        b"\xed\xa0\x80",  # a surrogate's
        b"\xed\xbf\xbf",
        b"\xf4\x90\x80\x80",  # beyond the last character
        b"\xf5\x80\x80\x80",
        b"\xff",
        b"\x80",  # a continuation alone
        b"\xbf",
        b"\xc2",  # cut short
        b"\xe2\x80",
        b"\xe2",
        b"\xc2\x41",  # a continuation missing
        b"\xe2\x41\x80",
        b"\xe2\x80\x41",
        b"\xe2\xc2\xa0",
    ],
)
@pytest.mark.parametrize("before", [0, 1, 7, 8, 9, 15, 16, 17])
@pytest.mark.parametrize("after", [0, 1, 8, 9])
def test_each_sequence_at_each_place_about_a_word(sequence: bytes, before: int, after: int) -> None:
    assert_as_cpython(b"a" * before + sequence + b"z" * after)
    assert_as_cpython("– ".encode() * (before % 3) + b"a" * before + sequence + b"z" * after)


def test_bad_or_wide_bytes_are_left_to_cpython() -> None:
    assert utf8_decoded("Berita – hari ini".encode() + b"\xff") is None
    assert utf8_decoded("Berita – hari ini".encode()[:-1] + b"\xe2") is None
    assert utf8_decoded("Berita hari ini \U0001f600".encode()) is None
    assert utf8_decoded("\ud800".encode("utf-8", "surrogatepass")) is None


def test_random_bytes_are_decoded_as_cpython_decodes_them() -> None:
    pieces = [
        b"a",
        b"<p>",
        b" ",
        b"A" * 9,
        "©".encode(),
        "–".encode(),
        "•".encode(),
        "“".encode(),
        "\u0100".encode(),
        "\u07ff".encode(),
        "\u0800".encode(),
        "\uffff".encode(),
        "\U0001f600".encode(),
        b"\xc3",
        b"\xe2\x80",
        b"\xed\xa0\x80",
        b"\xe0\x9f\xbf",
        b"\x80",
        b"\xff",
    ]
    draw = random.Random(45)
    for _ in range(20_000):
        parts = [
            draw.choice(pieces) if draw.random() < 0.7 else draw.randbytes(draw.randrange(3))
            for _ in range(draw.randrange(24))
        ]
        assert_as_cpython(b"".join(parts))


@pytest.mark.parametrize(
    "body",
    [
        department_page().encode(),
        NEWS.encode(),
        NEWS.encode()[:-3] + b"\xe2\x80",  # cut in a character: replaced, no UTF-8 kept
        NEWS.encode() + "\U0001f600".encode(),  # beyond the first plane: CPython's, the UTF-8 kept
        NEWS.encode().replace(b"\xe2\x80\x93", b"\x96"),  # a byte of cp1252 in a page said to be UTF-8
        b"",
    ],
)
@pytest.mark.parametrize("content_type", ["text/html; charset=utf-8", "text/html", "text/html; charset=UTF8"])
def test_the_body_and_its_utf8_are_read_as_before(body: bytes, content_type: str) -> None:
    answer = FetchResult(200, URL, URL, httpx.Headers({"Content-Type": content_type}), body, None)

    text, utf8 = answer.text_and_utf8()

    assert (text, utf8) == text_and_utf8_before(answer)
    assert utf8 is None or utf8 is body
