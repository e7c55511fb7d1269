"""What real servers send that a browser still reads: a charset label that lies, a ``Content-Encoding`` that
names no compression or two, a page gzipped once too often, and a root that only sends the browser on."""

from __future__ import annotations

import asyncio
import gzip
from collections.abc import AsyncIterator

import httpx
import pytest

from pantau_checker.http import FetchError, FetchResult
from pantau_checker.http.body import read_bounded
from pantau_checker.http.session import landing_target

URL = "https://dlh.bekasikota.go.id/"
NEWS = (
    '<nav class="menu"><a href="/">Beranda</a> <a href="/profil">Profil</a> <a href="/berita">Berita</a></nav>'
    "<main><article><h2>Bank Sampah “Bekasi Bersih” – Raih Penghargaan Adipura</h2>"
    "<p>Senin,\u00a030\u00a0November\u00a02026</p></article>"
    "<article><h2>Uji Emisi Kendaraan Dinas di Stadion Patriot</h2><p>Jumat,\u00a027\u00a0November\u00a02026</p>"
    "</article></main>"
    "<footer>© 2026 Dinas Lingkungan Hidup Kota Bekasi · Jl. Ir. H. Juanda No. 100</footer>"
)


WELCOME = (
    "<section class='sambutan'><h2>Sambutan Kepala Dinas</h2><p>Selamat datang di situs resmi Dinas Lingkungan "
    "Hidup Kota Bekasi. Melalui situs ini kami menyampaikan informasi program kerja, layanan pengaduan "
    "pencemaran, jadwal pengangkutan sampah dan uji emisi, serta perkembangan bank sampah di setiap kelurahan. "
    "Kami mengajak seluruh warga untuk bersama menjaga kebersihan lingkungan.</p></section>"
)


def page(head: str = "", body_top: str = "") -> str:
    title = "<title>DLH Kota Bekasi</title>"
    return f"<!DOCTYPE html><html lang='id'><head>{head}{title}</head><body>{body_top}{NEWS}</body></html>"


def fetched(body: bytes, content_type: str = "text/html", **headers: str) -> FetchResult:
    return FetchResult(200, URL, URL, httpx.Headers({"Content-Type": content_type, **headers}), body, None)


# --- a charset label that lies -----------------------------------------------------------------------


def test_a_utf_8_page_under_a_latin_1_header_is_read_as_utf_8() -> None:
    html = page('<meta charset="utf-8">')
    assert fetched(html.encode(), "text/html; charset=ISO-8859-1").text() == html  # its no-break spaces too


def test_a_utf_8_page_whose_old_template_says_windows_1252_is_read_as_utf_8() -> None:
    html = page('<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">')
    assert fetched(html.encode()).text() == html


def test_a_utf_8_page_cut_short_mid_character_under_a_latin_1_header_is_read_as_utf_8() -> None:
    html = page()
    body = html.encode()
    cut = body.index("–".encode()) + 1  # the dash's first byte, then the connection closed
    assert fetched(body[:cut], "text/html; charset=iso-8859-1").text() == body[: cut - 1].decode() + "\ufffd"


def test_a_windows_1252_page_labelled_latin_1_stays_windows_1252() -> None:
    # Look-alike: the label is the page's own; its curly quotes are no UTF-8.
    html = page()
    assert fetched(html.encode("cp1252"), "text/html; charset=iso-8859-1").text() == html


def test_a_page_in_ascii_under_a_latin_1_header_reads_the_same() -> None:
    html = page().encode("ascii", "xmlcharrefreplace").decode()
    assert fetched(html.encode(), "text/html; charset=iso-8859-1").text() == html


def test_a_page_under_an_empty_content_type_is_a_page_to_read() -> None:
    assert fetched(page().encode(), "").is_html  # a browser sniffs it, as where the header is missing
    assert not fetched(page().encode(), "application/octet-stream").is_html  # look-alike: a download


# --- Content-Encoding ------------------------------------------------------------------------------


class _Stream(httpx.AsyncByteStream):
    def __init__(self, pieces: list[bytes]) -> None:
        self._pieces = pieces

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for piece in self._pieces:
            yield piece


def read(body: bytes, limit: int = 2_000_000, **headers: str) -> bytes:
    response = httpx.Response(200, headers={"Content-Type": "text/html", **headers}, stream=_Stream([body]))
    return asyncio.run(read_bounded(response, limit))


@pytest.mark.parametrize("word", ["UTF-8", "none", "text", "identity, none"])
def test_a_content_encoding_that_names_no_compression_is_passed_over(word: str) -> None:
    assert read(page().encode(), **{"Content-Encoding": word}) == page().encode()
    assert fetched(page().encode(), **{"Content-Encoding": word}).is_html


def test_codings_listed_one_over_another_are_undone_last_first() -> None:
    packed = gzip.compress(gzip.compress(page().encode()))
    assert read(packed, **{"Content-Encoding": "gzip, gzip"}) == page().encode()


def test_codings_one_over_another_stay_bounded() -> None:
    bomb = gzip.compress(gzip.compress(b"\0" * 3_000_000))
    with pytest.raises(FetchError) as failed:
        read(bomb, 100_000, **{"Content-Encoding": "gzip, gzip"})
    assert failed.value.kind == "too_large"


def test_an_unrequested_compression_stays_unread() -> None:
    # Look-alike: zstd, which the checker did not ask for, is a compression; its page is not analysed.
    assert not fetched(b"\x28\xb5\x2f\xfd...", **{"Content-Encoding": "zstd"}).is_html
    assert not fetched(b"\x28\xb5\x2f\xfd...", **{"Content-Encoding": "gzip, zstd"}).is_html


def test_a_page_still_gzipped_once_its_gzip_is_undone_is_said_in_words() -> None:
    with pytest.raises(FetchError) as failed:
        read(gzip.compress(gzip.compress(page().encode())), **{"Content-Encoding": "gzip"})
    assert (failed.value.kind, failed.value.detail) == (
        "other",
        "isi halaman terkompresi dua kali (gzip di dalam gzip; salah konfigurasi server): peramban membuka "
        "satu lapis saja dan menampilkan karakter acak, bukan halamannya",
    )


def test_a_gzipped_page_without_a_content_encoding_is_said_in_words() -> None:
    with pytest.raises(FetchError) as failed:
        read(gzip.compress(page().encode()))
    assert failed.value.detail.startswith("server mengirim halaman terkompresi (gzip) tanpa header Content-Encoding")


def test_a_gzip_file_served_as_one_is_its_bytes() -> None:
    # Look-alike: a sitemap.xml.gz is a file, not a page sent wrong.
    packed = gzip.compress(b'<?xml version="1.0"?><urlset></urlset>')
    response = httpx.Response(200, headers={"Content-Type": "application/gzip"}, stream=_Stream([packed]))
    assert asyncio.run(read_bounded(response, 2_000_000)) == packed


# --- a page that only sends the browser on ---------------------------------------------------------

REFRESH = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Dinas Lingkungan Hidup Kota Bekasi</title>
<meta http-equiv="REFRESH" content="0;URL='portal/index.php'"></head>
<body><p>Mohon tunggu, Anda sedang dialihkan&hellip; <a href="portal/index.php">Klik di sini</a></p></body></html>"""
REFRESH_NEW = "<meta http-equiv='refresh' content='0;url=/baru/'>"
SCRIPTED = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>DLH Kota Bekasi</title></head>
<body onload="document.location.replace('/v2/beranda')"><div class="spinner"></div></body></html>"""


def test_a_refresh_signpost_sends_on_to_its_sites_portal() -> None:
    assert landing_target(fetched(REFRESH.encode())) == URL + "portal/index.php"


def test_a_script_signpost_sends_on_to_its_sites_page() -> None:
    assert landing_target(fetched(SCRIPTED.encode())) == URL + "v2/beranda"


def test_a_refresh_header_on_a_blank_page_sends_on() -> None:
    assert landing_target(fetched(b"", Refresh="1; url=https://www.dlh.bekasikota.go.id/web/")) == (
        "https://www.dlh.bekasikota.go.id/web/"
    )


@pytest.mark.parametrize(
    "body",
    [
        REFRESH.replace("portal/index.php", "https://slot-gacor.example/"),  # another site: the hijack check's
        REFRESH.replace("0;URL='portal/index.php'", "600;URL='portal/index.php'"),  # a reload, not a signpost
        REFRESH.replace("portal/index.php", "/"),  # itself
        REFRESH.replace("</p>", "</p><form action='/cari'><input name='q'></form>"),  # a page with a form
        page(body_top=WELCOME).replace("</main>", f"{REFRESH_NEW}</main>"),  # a whole page
        SCRIPTED.replace("document.location", "if (/Android|iPhone/i.test(navigator.userAgent)) location"),
        SCRIPTED.replace('onload="', """onload="if (localStorage.token) """),
        REFRESH.replace("0;URL='portal/index.php'", "30;URL='/beranda'").replace(
            "Mohon tunggu", "Situs dalam pemeliharaan"
        ),
        SCRIPTED.replace(
            "document.location.replace('/v2/beranda')", "var location = 'Bekasi'; tampilkanCuaca(location)"
        ),
    ],
    ids=[
        "another-site",
        "slow-reload",
        "itself",
        "form",
        "whole-page",
        "phones-only",
        "conditional",
        "maintenance-retry",
        "variable",
    ],
)
def test_what_only_looks_like_a_signpost_is_not_followed(body: str) -> None:
    assert landing_target(fetched(body.encode())) is None
