"""Bounded body reading: gzip, deflate and br decompressed here, with a bound on the output.

A gzip or brotli bomb stops at the limit instead of filling memory.
"""

from __future__ import annotations

import zlib
from typing import Any

import brotli
import httpx

from .errors import FetchError

_UNREADABLE = object()
READABLE_ENCODINGS = frozenset({"", "identity", "gzip", "x-gzip", "deflate", "br"})


async def read_bounded(response: httpx.Response, limit: int) -> bytes:
    """Read the body, decompressing gzip/deflate/br ourselves with the output bounded by ``limit``.

    A body cut short (the connection closed before its Content-Length, a broken chunk) is kept as
    far as it came, as a browser shows it; one that cannot be decompressed is a FetchError.
    """
    encoding = response.headers.get("content-encoding", "").strip().lower()
    inflater = _inflater(encoding)
    chunks: list[bytes] = []
    size = 0
    try:
        async for raw in response.aiter_raw():
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
    except (zlib.error, brotli.error) as exc:
        raise FetchError("other", _undecodable(encoding, raw if not chunks else b"")) from exc
    return b"".join(chunks)


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


def _inflater(encoding: str) -> Any:
    if encoding in ("gzip", "x-gzip"):
        return zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
    if encoding == "deflate":
        return DeflateInflater()
    if encoding == "br":
        return BrotliInflater()
    if encoding in ("", "identity"):
        return None
    # We asked for gzip, deflate or br only; an app that answers anyway (zstd) is still up,
    # its content just cannot be analysed.
    return _UNREADABLE


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
