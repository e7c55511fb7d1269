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
    """Read the body, decompressing gzip/deflate/br ourselves with the output bounded by ``limit``."""
    encoding = response.headers.get("content-encoding", "").strip().lower()
    inflater = _inflater(encoding)
    chunks, size = [], 0
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
            raise FetchError("too_large", f"isi melebihi {limit} bait setelah dekompresi")
        chunks.append(piece)
    return b"".join(chunks)


def _inflater(encoding: str) -> Any:
    if encoding in ("gzip", "x-gzip"):
        return zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
    if encoding == "deflate":
        return zlib.decompressobj()
    if encoding == "br":
        return BrotliInflater()
    if encoding in ("", "identity"):
        return None
    # We asked for gzip, deflate or br only; an app that answers anyway (zstd) is still up,
    # its content just cannot be analysed.
    return _UNREADABLE


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
