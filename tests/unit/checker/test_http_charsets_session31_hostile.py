"""A page's charset label read as a browser reads it: only the labels of the WHATWG Encoding Standard.

Python knows many codecs no browser does (idna, cp037, utf-32, utf-7, unicode_escape). An intruder
who labels a hacked page with one of them shows visitors the page as UTF-8, while a reader that
trusts Python's list decodes it into noise, or fails on it, and misses the gambling it carries.
"""

from __future__ import annotations

import httpx
import pytest

from pantau_checker.http import FetchResult

URL = "https://dinkes.bekasikota.go.id/"
GAMBLING = (
    '<div class="widget"><h3>Link Terkait</h3><p>Situs slot gacor hari ini, bocoran RTP slot maxwin.</p>'
    '<a href="https://slot88-gacor.example/">slot gacor</a></div>'
)


def page(head: str = "", body: str = GAMBLING) -> str:
    return (
        f'<!DOCTYPE html><html lang="id"><head>{head}<title>Dinas Kesehatan Kota Bekasi</title></head>'
        '<body><nav><a href="/">Beranda</a> <a href="/berita">Berita</a></nav>'
        f"<main><h1>Posyandu Serentak di 56 Kelurahan</h1><p>Kegiatan berjalan lancar.</p>{body}</main>"
        "<footer>Jl. Pramuka No. 1, Bekasi</footer></body></html>"
    )


def fetched(body: bytes, content_type: str = "text/html") -> FetchResult:
    return FetchResult(200, URL, URL, httpx.Headers({"Content-Type": content_type}), body, None)


IGNORED = ("idna", "undefined", "cp037", "ebcdic-cp-us", "cp1026", "utf-32", "utf-7", "unicode_escape", "punycode")


@pytest.mark.parametrize("label", IGNORED)
def test_a_header_charset_no_browser_knows_is_no_charset(label: str) -> None:
    text = fetched(page().encode(), f"text/html; charset={label}").text()
    assert "Situs slot gacor hari ini" in text


@pytest.mark.parametrize("label", IGNORED)
def test_a_meta_charset_no_browser_knows_is_no_charset(label: str) -> None:
    text = fetched(page(f'<meta charset="{label}">').encode()).text()
    assert "Situs slot gacor hari ini" in text


def test_an_unknown_header_charset_still_leaves_the_meta_one_to_read() -> None:
    html = page(
        '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">',
        "<p>Caf\u00e9 \u201csehat\u201d</p>",
    )
    text = fetched(html.encode("cp1252"), "text/html; charset=cp037").text()
    assert "Caf\u00e9 \u201csehat\u201d" in text


@pytest.mark.parametrize(
    ("label", "codec", "words"),
    [
        ("Shift_JIS", "cp932", "\u4fdd\u5065\u6240"),
        ("windows-1251", "cp1251", "\u0411\u0435\u043a\u0430\u0441\u0438"),
        ("EUC-KR", "cp949", "\ubcf4\uac74\uc18c"),
        ("koi8-r", "koi8-r", "\u0411\u0435\u043a\u0430\u0441\u0438"),
        ("gb2312", "gbk", "\u536b\u751f"),
        ("big5", "big5hkscs", "\u885b\u751f"),
        ("iso-8859-1", "cp1252", "\u201cSehat\u201d"),
        ("latin2", "iso8859-2", "\u017d\u0161"),
    ],
)
def test_the_labels_browsers_know_are_read_as_they_read_them(label: str, codec: str, words: str) -> None:
    html = page(body=f"<p>{words}</p>")
    assert words in fetched(html.encode(codec), f"text/html; charset={label}").text()
    assert words in fetched(page(f'<meta charset="{label}">', f"<p>{words}</p>").encode(codec)).text()


def test_x_user_defined_keeps_the_ascii_of_the_page() -> None:
    assert "Situs slot gacor hari ini" in fetched(page().encode(), "text/html; charset=x-user-defined").text()
