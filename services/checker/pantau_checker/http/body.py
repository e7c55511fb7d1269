"""Bounded body reading: gzip, deflate and br decompressed here, with a bound on the output.

A gzip or brotli bomb stops at the limit instead of filling memory. A ``Content-Encoding`` is read
as browsers read it: its codings undone last first (``gzip, gzip``), a word that names no
compression (``UTF-8``, ``none``, which PHP sites send) passed over.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Awaitable, Callable
from typing import Any

import brotli
import httpx

from .errors import FetchError

_UNREADABLE = object()
# Enough for "</html>" and what cache plugins and hosts put after it: W3 Total Cache's comment of some 400 bytes, a
# free host's tracking script.
_PAGE_END_BYTES = 4096
_PAGE_END_TAGS = (b"</html>", b"</body>")  # a template that never closes its <html> ends at its </body>
# What may follow the page's end, which a browser shows nothing of: blanks, comments ("<!-- Served from: … by W3
# Total Cache -->", CodeIgniter's "<!-- Elapsed time … -->"), scripts and their <noscript>. One blank at a time: no
# two ways to read a run of them, nor a script read to a later one's end.
_AFTER_PAGE_END = re.compile(
    rb"(?:\s|<!--(?:(?!-->).)*-->|<script\b[^>]*>(?:(?!</script).)*</script\s*>|"
    rb"<noscript\b[^>]*>(?:(?!</noscript).)*</noscript\s*>)*",
    re.DOTALL | re.IGNORECASE,
)
_GZIP = b"\x1f\x8b\x08"  # gzip's magic and its deflate method: no page begins so
# Compressions a server may use that the checker did not ask for (and cannot undo); any other word
# in the header names none, and browsers show such a body as it came.
_COMPRESSIONS = frozenset(
    {"zstd", "compress", "x-compress", "bzip2", "x-bzip2", "lzma", "xz", "dcb", "dcz", "aes128gcm", "pack200-gzip"}
)


def codings(header: str) -> list[str]:
    """Return the compressions a ``Content-Encoding`` names, in the order they were applied."""
    named = (coding.strip() for coding in header.lower().split(","))
    return [c for c in named if c in ("gzip", "x-gzip", "deflate", "br") or c in _COMPRESSIONS]


def readable(header: str) -> bool:
    """Return whether a body of this ``Content-Encoding`` is read (not zstd, which the checker did not ask for)."""
    return not header or not any(coding in _COMPRESSIONS for coding in codings(header))  # most pages: no header


async def read_bounded(response: httpx.Response, limit: int) -> bytes:
    """Read the body, decompressing gzip/deflate/br ourselves with the output bounded by ``limit``.

    A body cut short (the connection closed before its Content-Length, a broken chunk) is kept as
    far as it came, as a browser shows it; one that cannot be decompressed is a FetchError, and so is
    a page still in gzip once its declared codings are undone, which a browser shows as noise. A body
    whose server goes quiet before the length it announced, the connection kept open, is the page
    where what came ends it (``</html>``: a length counted before the page was rewritten, which a
    browser shows whole while it waits); otherwise the wait's end is said with what came.
    """
    encoding = response.headers.get("content-encoding", "").strip().lower()
    inflater = _inflater(codings(encoding))
    chunks: list[bytes] = []
    size = 0
    next_chunk = _chunks(response)
    try:
        while raw := await next_chunk():
            piece = raw
            if inflater is _UNREADABLE:
                size += len(raw)  # still bounded; the content itself is not analysed
                piece = b""
            elif inflater is not None:
                piece = inflater.decompress(raw, limit - size + 1)
                if inflater.unconsumed_tail:
                    size = limit + 1
            size += len(piece)
            if size > limit:
                raise FetchError("too_large", _too_large(limit, inflater))
            chunks.append(piece)
    except (httpx.ReadError, httpx.RemoteProtocolError):
        pass  # cut short: what came is the page
    except httpx.ReadTimeout as exc:
        if not chunks or not _whole_page(chunks):
            raise FetchError("timeout", _stalled(size, response.headers.get("content-length"))) from exc
    except (zlib.error, brotli.error) as exc:
        raise FetchError("other", _undecodable(encoding, raw if not chunks else b"")) from exc
    body = b"".join(chunks)
    if body.startswith(_GZIP) and inflater is not _UNREADABLE and _a_page(response):
        raise FetchError("other", _still_packed(inflater is not None))
    return body


def _chunks(response: httpx.Response) -> Callable[[], Awaitable[bytes]]:
    """Return what gives the response's next raw chunk of body, b"" at its end (httpx gives no empty chunk).

    The session's transport hands its chunks out itself (``transport._Body.next_chunk``): read so, not through
    httpx's ``aiter_raw`` around it (two async generators, two context managers and a chunker a fetch, and the
    response closed at the end, which the session closes anyway: ``Session._follow``)."""
    next_chunk: Callable[[], Awaitable[bytes]] | None = getattr(response.stream, "next_chunk", None)
    if next_chunk is not None:
        return next_chunk
    chunks = response.aiter_raw()
    return lambda: anext(chunks, b"")


def _whole_page(chunks: list[bytes]) -> bool:
    """Whether the body as it came ends a page: ``</html>`` (or ``</body>``) among its last bytes, nothing a browser
    shows after it: a cache plugin's comment, a host's script."""
    tail = chunks[-1] if len(chunks[-1]) >= _PAGE_END_BYTES else b"".join(chunks)
    tail = tail[-_PAGE_END_BYTES:].lower()
    end = max(tail.rfind(tag) + len(tag) if tag in tail else -1 for tag in _PAGE_END_TAGS)
    return end >= 0 and _AFTER_PAGE_END.fullmatch(tail, end) is not None


def _stalled(size: int, length: str | None) -> str:
    announced = f" dari {length} yang diumumkan header Content-Length" if length and length.isdigit() else ""
    return f"batas waktu habis: server berhenti mengirim isi halaman setelah {size} bait{announced}"


def _a_page(response: httpx.Response) -> bool:
    # A page, or a body a browser sniffs: not a .gz file served as what it is.
    kind = response.headers.get("content-type", "").strip().lower()
    return not kind or "html" in kind


def _still_packed(declared: bool) -> str:
    if declared:
        return (
            "isi halaman terkompresi dua kali (gzip di dalam gzip; salah konfigurasi server): peramban membuka "
            "satu lapis saja dan menampilkan karakter acak, bukan halamannya"
        )
    return (
        "server mengirim halaman terkompresi (gzip) tanpa header Content-Encoding (salah konfigurasi server): "
        "peramban menampilkan karakter acak, bukan halamannya"
    )


def _too_large(limit: int, inflater: Any) -> str:
    unpacked = " setelah dekompresi" if inflater is not None and inflater is not _UNREADABLE else ""
    return f"isi halaman melebihi batas {limit} bait{unpacked}; pemeriksaan berhenti di batas itu"


def _undecodable(encoding: str, first: bytes) -> str:
    """Say why a compressed body could not be read; ``first`` is its opening bytes when that is where it failed."""
    if first.lstrip()[:1] == b"<":
        return (
            f"server menandai isi sebagai terkompresi ({encoding}) padahal isinya tidak terkompresi "
            "(salah konfigurasi server); peramban menampilkan galat, bukan halamannya"
        )
    return f"isi terkompresi ({encoding}) rusak dan tidak dapat dibuka; peramban menampilkan galat, bukan halamannya"


def _inflater(applied: list[str]) -> Any:
    if not applied:
        return None
    if any(coding in _COMPRESSIONS for coding in applied):
        # We asked for gzip, deflate or br only; an app that answers anyway (zstd) is still up,
        # its content just cannot be analysed.
        return _UNREADABLE
    stages = [_stage(coding) for coding in reversed(applied)]
    return stages[0] if len(stages) == 1 else ChainedInflater(stages)


def _stage(coding: str) -> Any:
    if coding in ("gzip", "x-gzip"):
        return zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
    if coding == "deflate":
        return DeflateInflater()
    return BrotliInflater()


class ChainedInflater:
    """Codings applied one over another (``Content-Encoding: gzip, gzip``), undone in turn, each bounded."""

    def __init__(self, stages: list[Any]) -> None:
        self._stages = stages
        self.unconsumed_tail = b""

    def decompress(self, data: bytes, max_length: int) -> bytes:
        self.unconsumed_tail = b""
        for stage in self._stages:
            data = stage.decompress(data, max_length)
            # Held back at the limit by any stage: the whole is beyond it.
            self.unconsumed_tail = self.unconsumed_tail or stage.unconsumed_tail
        return data


class DeflateInflater:
    """``deflate`` as browsers read it: zlib-wrapped as the standard says, or raw as old IIS sends it."""

    def __init__(self) -> None:
        self._inflater: Any = None
        self._head = b""  # the first bytes, until there are two to tell the wrapping by
        self.unconsumed_tail = b""

    def decompress(self, data: bytes, max_length: int) -> bytes:
        if self._inflater is None:
            data = self._head = self._head + data
            if len(data) < 2:
                return b""
            wrapped = data[0] & 0x0F == 8 and (data[0] << 8 | data[1]) % 31 == 0
            self._inflater = zlib.decompressobj(wbits=zlib.MAX_WBITS if wrapped else -zlib.MAX_WBITS)
        piece: bytes = self._inflater.decompress(data, max_length)
        self.unconsumed_tail = self._inflater.unconsumed_tail
        return piece


class BrotliInflater:
    """Brotli decoding behind zlib's bounded interface: ``decompress(data, max_length)``."""

    def __init__(self) -> None:
        self._decoder = brotli.Decompressor()
        self.unconsumed_tail = b""

    def decompress(self, data: bytes, max_length: int) -> bytes:
        piece: bytes = self._decoder.process(data, output_buffer_limit=max_length)
        # Output held back at the limit means more is coming, as zlib's unconsumed tail does.
        self.unconsumed_tail = b"" if self._decoder.can_accept_more_data() else b"\0"
        return piece
