"""Hostile and broken HTTP servers on 127.0.0.1, written byte for byte on asyncio's streams.

No web framework sends a gzip bomb under ``gzip, gzip``, a body that never ends, a head that drips a byte at a
time, interim answers without end or a redirect to ``javascript:``: each route of a ``HostileServer`` writes its
answer itself, for as long as it likes, and the server's own loop (on a thread of its own) keeps the checker's loop
free. A route is an ``Answer``: it gets the request's path and the stream to write on, and may sleep or write
forever; the server ends it when the test is done.
"""

from __future__ import annotations

import asyncio
import threading
import zlib
from collections.abc import Awaitable, Callable, Iterator, Sequence
from contextlib import contextmanager, suppress

import brotli

Answer = Callable[[str, asyncio.StreamWriter], Awaitable[None]]
HTML = ("Content-Type", "text/html; charset=utf-8")


def response(
    body: bytes = b"", headers: Sequence[tuple[str, str]] = (HTML,), status: str = "200 OK", length: bool = True
) -> bytes:
    """Return an answer's bytes: its status line, ``headers`` (and a Content-Length of ``body``, unless not
    ``length``), then ``body``."""
    lines = [f"HTTP/1.1 {status}", *(f"{name}: {value}" for name, value in headers)]
    if length:
        lines.append(f"Content-Length: {len(body)}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body


def sends(data: bytes) -> Answer:
    """Return an answer that writes ``data`` and is done."""

    async def answer(_path: str, writer: asyncio.StreamWriter) -> None:
        writer.write(data)
        await writer.drain()

    return answer


def stalls(first: bytes = b"") -> Answer:
    """Return an answer that writes ``first`` and then says nothing, the connection kept open."""

    async def answer(_path: str, writer: asyncio.StreamWriter) -> None:
        writer.write(first)
        await writer.drain()
        await asyncio.sleep(3600)

    return answer


def drips(data: bytes, every_s: float) -> Answer:
    """Return an answer that writes ``data`` a byte at a time, one every ``every_s`` seconds."""

    async def answer(_path: str, writer: asyncio.StreamWriter) -> None:
        for byte in data:
            writer.write(bytes((byte,)))
            await writer.drain()
            await asyncio.sleep(every_s)

    return answer


def repeats(first: bytes, again: bytes, every_s: float = 0.0) -> Answer:
    """Return an answer that writes ``first``, then ``again`` without end (every ``every_s`` seconds, or as fast
    as the client reads)."""

    async def answer(_path: str, writer: asyncio.StreamWriter) -> None:
        writer.write(first)
        while True:
            await writer.drain()
            await asyncio.sleep(every_s)
            writer.write(again)

    return answer


def zeros_packed(coding: str, size: int) -> bytes:
    """Return ``size`` zero bytes compressed by ``coding`` (gzip, deflate or br), a megabyte at a time: a bomb."""
    block = b"\0" * 1_000_000
    if coding == "br":
        brotli_packer = brotli.Compressor(quality=5)
        return b"".join(brotli_packer.process(block) for _ in range(size // len(block))) + brotli_packer.finish()
    packer = zlib.compressobj(9, wbits=31 if coding == "gzip" else 15)
    return b"".join(packer.compress(block) for _ in range(size // len(block))) + packer.flush()


class HostileServer:
    """A TCP server on 127.0.0.1 whose routes (by path; ``"*"`` for any other) write their answers by hand."""

    def __init__(self, routes: dict[str, Answer]) -> None:
        self.routes = routes
        self.paths: list[str] = []  # asked for, in order
        self.port = 0
        self._loop = asyncio.new_event_loop()
        self._server: asyncio.Server | None = None
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)

    def __enter__(self) -> HostileServer:
        self._thread.start()
        self._server = asyncio.run_coroutine_threadsafe(self._start(), self._loop).result(timeout=10)
        self.port = self._server.sockets[0].getsockname()[1]
        return self

    def __exit__(self, *exc: object) -> None:
        asyncio.run_coroutine_threadsafe(self._stop(), self._loop).result(timeout=10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=10)
        self._loop.close()

    async def _start(self) -> asyncio.Server:
        return await asyncio.start_server(self._serve, "127.0.0.1", 0, limit=1_000_000)

    async def _stop(self) -> None:
        assert self._server is not None
        self._server.close()
        tasks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            # Cancelled: the server is stopping, and its answers end with it.
            with suppress(OSError, asyncio.IncompleteReadError, asyncio.LimitOverrunError, asyncio.CancelledError):
                while True:  # one request after another on a kept-alive connection
                    head = await reader.readuntil(b"\r\n\r\n")
                    path = head.split(b" ", 2)[1].decode("latin-1")
                    self.paths.append(path)
                    answer = self.routes.get(path.partition("?")[0]) or self.routes.get("*") or _not_found
                    await answer(path, writer)
        finally:
            writer.close()


_not_found = sends(response(b"<h1>Halaman tidak ditemukan</h1>", status="404 Not Found"))


@contextmanager
def hostile_server(routes: dict[str, Answer]) -> Iterator[HostileServer]:
    """Run a ``HostileServer`` of ``routes`` for the block."""
    with HostileServer(routes) as running:
        yield running
