"""A fetched page's bytes as a browser reads them: the charset it finds, the compression it undoes,
the body it keeps when the server stops early."""

from __future__ import annotations

import asyncio
import codecs
import gzip
import zlib
from collections.abc import AsyncIterator
from types import SimpleNamespace

import httpx
import pytest

from pantau_checker.http import FetchError, FetchResult
from pantau_checker.http.body import read_bounded
from pantau_checker.http.protocol import Connection
from pantau_checker.http.transport import _Body

URL = "https://disparbud.bekasikota.go.id/"
NEWS = (
    "<nav><a href='/'>Beranda</a> <a href='/profil'>Profil</a> <a href='/berita'>Berita</a></nav>"
    "<main><article><h2>Festival Kuliner “Café Bekasi” dibuka Wali Kota</h2><p>Senin, 30 November 2026</p></article>"
    "<article><h2>Pentas seni budaya Betawi di Gedung Juang</h2><p>Jumat, 27 November 2026</p></article>"
    "<article><h2>Sosialisasi sertifikasi pemandu wisata – angkatan II</h2><p>Rabu, 25 November 2026</p>"
    "</article></main>"
    "<footer>© 2026 Dinas Pariwisata dan Kebudayaan Kota Bekasi · Jl. Jend. Ahmad Yani No. 1</footer>"
)


def page(head: str = "") -> str:
    title = "<title>Disparbud Kota Bekasi</title>"
    return f"<!DOCTYPE html><html lang='id'><head>{head}{title}</head><body>{NEWS}</body></html>"


def fetched(body: bytes, content_type: str = "text/html") -> FetchResult:
    return FetchResult(200, URL, URL, httpx.Headers({"Content-Type": content_type}), body, None)


# --- the charset ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        (page().encode(), "text/html; charset=utf-8"),
        (page().encode(), "text/html"),  # no charset named: UTF-8
        (page("<meta charset='utf-8'>").encode(), "text/html"),
        (page().encode() + "\U0001f600".encode(), "text/html; charset=UTF8"),
    ],
)
def test_a_body_read_whole_as_utf8_is_its_texts_utf8(body: bytes, content_type: str) -> None:
    text, utf8 = fetched(body, content_type).text_and_utf8()

    assert text == fetched(body, content_type).text()
    assert utf8 is body and utf8 == text.encode("utf-8", "surrogatepass")


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        (page().encode()[:-3] + b"\xff\xfe" + page().encode()[-3:], "text/html; charset=utf-8"),  # a bad byte
        (page().encode() + "“".encode()[:2], "text/html; charset=utf-8"),  # a character cut at its end
        (codecs.BOM_UTF8 + page().encode(), "text/html; charset=utf-8"),  # a byte order mark, not in the text
        (page().encode("cp1252"), "text/html; charset=windows-1252"),
        (page().encode(), "text/html; charset=windows-1252"),  # read as UTF-8 all the same
        (page().encode("utf-16-le"), "text/html; charset=utf-16le"),
    ],
)
def test_a_body_not_read_whole_as_utf8_gives_no_utf8(body: bytes, content_type: str) -> None:
    text, utf8 = fetched(body, content_type).text_and_utf8()

    assert text == fetched(body, content_type).text()
    assert utf8 is None


def test_a_page_whose_charset_is_only_in_its_meta_tag_is_read_in_that_charset() -> None:
    html = page('<meta charset="windows-1252">')
    assert fetched(html.encode("cp1252")).text() == html


def test_a_meta_http_equiv_latin_1_page_is_read_as_browsers_read_it_windows_1252() -> None:
    html = page('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">')
    assert fetched(html.encode("cp1252")).text() == html  # the curly quotes of “Café Bekasi” included


def test_the_header_charset_wins_over_the_meta_tag() -> None:
    html = page('<meta charset="windows-1252">')
    assert fetched(html.encode(), "text/html; charset=UTF-8").text() == html


def test_an_unknown_header_charset_falls_back_to_the_meta_tag() -> None:
    html = page('<meta charset="windows-1252">')
    assert fetched(html.encode("cp1252"), "text/html; charset=utf-8lah").text() == html


def test_a_codec_python_knows_but_no_browser_does_is_no_charset() -> None:
    html = page('<meta charset="rot13">')
    assert fetched(html.encode(), "text/html; charset=base64").text() == html


def test_a_meta_tag_claiming_utf_16_is_read_as_utf_8() -> None:
    html = page('<meta charset="utf-16">')
    assert fetched(html.encode()).text() == html


def test_a_utf_8_byte_order_mark_is_read_and_dropped_whatever_the_header_says() -> None:
    html = page('<meta charset="utf-8">')
    assert fetched(b"\xef\xbb\xbf" + html.encode(), "text/html; charset=iso-8859-1").text() == html


def test_a_meta_tag_beyond_the_first_1024_bytes_is_not_looked_for() -> None:
    html = page("<!-- " + "tema Disparbud " * 80 + '--><meta charset="windows-1252">')
    assert "\ufffd" in fetched(html.encode("cp1252")).text()  # a browser reads it as UTF-8 too


# --- the body ------------------------------------------------------------------------------------


class _Stream(httpx.AsyncByteStream):
    """A body as a server sends it: pieces, then an end or a broken connection."""

    def __init__(self, pieces: list[bytes], broken: bool = False) -> None:
        self._pieces, self._broken = pieces, broken

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for piece in self._pieces:
            yield piece
        if self._broken:
            raise httpx.ReadError("Response payload is not completed")


def read(pieces: list[bytes], encoding: str = "", broken: bool = False, limit: int = 2_000_000) -> bytes:
    headers = {"Content-Type": "text/html", **({"Content-Encoding": encoding} if encoding else {})}
    response = httpx.Response(200, headers=headers, stream=_Stream(pieces, broken))
    return asyncio.run(read_bounded(response, limit))


def test_a_body_the_server_stops_early_is_kept_as_far_as_it_came() -> None:
    html = page().encode()
    assert read([html[:4000], html[4000:6000]], broken=True) == html[:6000]


def test_raw_deflate_as_old_iis_sends_it_is_read() -> None:
    packer = zlib.compressobj(wbits=-zlib.MAX_WBITS)
    raw = packer.compress(page().encode()) + packer.flush()
    assert read([raw[:1], raw[1:]], "deflate") == page().encode()


def test_zlib_wrapped_deflate_is_still_read() -> None:
    assert read([zlib.compress(page().encode())], "deflate") == page().encode()


@pytest.mark.parametrize("encoding", ["gzip", "br"])
def test_a_plain_page_labelled_compressed_names_the_misconfiguration(encoding: str) -> None:
    with pytest.raises(FetchError) as failed:
        read([page().encode()], encoding)
    assert failed.value.kind == "other"
    assert failed.value.detail.startswith(f"server menandai isi sebagai terkompresi ({encoding}) padahal")


def test_a_gzip_body_corrupt_halfway_is_said_in_words() -> None:
    packed = gzip.compress(page().encode() * 4)
    with pytest.raises(FetchError) as failed:
        read([packed[:200], b"\xff" * 64, packed[264:]], "gzip")
    assert failed.value.detail.startswith("isi terkompresi (gzip) rusak")


def test_a_page_beyond_the_limit_says_the_limit_and_not_a_decompression_it_did_not_do() -> None:
    with pytest.raises(FetchError) as failed:
        read([page().encode()] * 10, limit=5_000)
    assert (failed.value.kind, failed.value.detail) == (
        "too_large",
        "isi halaman melebihi batas 5000 bait; pemeriksaan berhenti di batas itu",
    )


class _Socket:
    """What a connection asks of its socket's transport: to write, and to close."""

    def write(self, data: bytes) -> None:
        return None

    def close(self) -> None:
        return None


def test_bytes_buffered_before_the_connection_broke_are_kept() -> None:
    # A busy checker reads late: the page and the close are both in when the reading starts.
    html = page().encode()

    async def read_late() -> bytes:
        connection = Connection()
        connection.connection_made(_Socket())  # type: ignore[arg-type]
        connection.send(b"GET / HTTP/1.1\r\n\r\n", b"", bodiless=False)
        head = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n" % len(html)
        connection.data_received(head + html[:700])
        connection.connection_lost(None)
        status, headers = await connection.head(None)
        owner = SimpleNamespace(release=lambda key, connection: None)
        response = httpx.Response(status, headers=headers, stream=_Body(owner, ("https", "a", 443), connection, None))  # type: ignore[arg-type]
        return await read_bounded(response, 2_000_000)

    assert asyncio.run(read_late()) == html[:700]
