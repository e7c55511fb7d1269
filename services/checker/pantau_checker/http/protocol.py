"""HTTP/1.1 over one connection: a request written out, its response read by llhttp (``httptools``).

One exchange at a time, as a keep-alive connection carries them. The response's head is handed over
once parsed; its body is buffered as it comes and handed out by ``read``. An error (a broken chunk,
the connection lost before the end) reaches the reader after the bytes that came ahead of it, which a
browser shows, and at once: no read waits out its time limit on a body that already broke. The
parser is as lenient as aiohttp's client was (a browser reads such headers); the limits are its too.
"""

from __future__ import annotations

import asyncio
from collections import deque

import httptools

# Real sites send long Content-Security-Policy and Set-Cookie lines; the common 8 KB would call
# such a site broken.
_MAX_LINE = 16_384
# A PHP app that sets its cookie in a loop sends it a few hundred times, or thousands: browsers count
# no headers, they bound the head's bytes (Chrome at 256 KB, ERR_RESPONSE_HEADERS_TOO_BIG beyond).
_MAX_HEAD = 262_144
# One header may take the whole head, as in a browser: a plugin's ``Link`` preloading its 900 styles is 70 KB.
_MAX_FIELD = _MAX_HEAD
# httptools gathers a header before handing it over: a head that goes on without ending a header is
# refused as it grows, not once it is whole.
_MAX_PENDING = _MAX_LINE + _MAX_HEAD
# Interim answers (100 Continue, 103 Early Hints) before the real one: a server sends one or two; one that sends
# them without end never answers, while each keeps its wait alive.
_MAX_INTERIM = 32
# Bytes of body held for a reader that has not taken them, before the socket stops being read.
_HIGH_WATER = 262_144
# llhttp's complaints about a status line: no "HTTP/" at its start, or a version that is not 1.x ("HTTP/2 200":
# its dot is missing; "HTTP/3.0"). A response's version is on its status line only.
_STATUS_LINE_COMPLAINTS = ("Expected HTTP/", "Expected dot", "Invalid HTTP version")


class ProtocolError(Exception):
    """The server's bytes are not the HTTP response they should be."""


class ServerDisconnected(ProtocolError):
    """The connection closed before a response began."""


class BadStatusLine(ProtocolError):
    """The answer does not begin with an HTTP status line."""


class BrokenChunks(ProtocolError):
    """The chunked framing of a body is broken."""


class BadHeaders(ProtocolError):
    """The head is no valid HTTP (a header, a length, a limit)."""


class EndlessInterim(ProtocolError):
    """The server sent interim answers (1xx) without end, and no answer."""


class BodyCutShort(ProtocolError):
    """The connection closed before the body its head announced was whole."""


class Connection(asyncio.Protocol):
    """One HTTP/1.1 connection: ``send`` a request, await its ``head``, then ``read`` its body."""

    def __init__(self) -> None:
        self.transport: asyncio.Transport | None = None
        self._gone: asyncio.Future[None]  # done once the connection is lost
        self.closed = False
        self._parser = httptools.HttpResponseParser(self)
        # What aiohttp's client allowed: headers browsers read, a CR-less line end, spaces after a chunk size.
        self._parser.set_dangerous_leniencies(
            lenient_headers=True, lenient_optional_cr_before_lf=True, lenient_spaces_after_chunk_size=True
        )
        self._waiter: asyncio.Future[None] | None = None
        self._paused = False
        self._in_flight = False  # a request sent, whose answer is awaited or being read
        self._reset(bodiless=False)

    def _reset(self, bodiless: bool) -> None:
        self._bodiless = bodiless  # the answer to HEAD, whose length is not followed by a body
        self.received = False  # any byte of the answer
        self._status = 0
        self._status_length = 0
        self._headers: list[tuple[bytes, bytes]] = []
        self._head_bytes = 0  # the names' and values' bytes, each line's end counted
        self._pending = 0  # bytes of head since the last whole header
        self._interim = False  # a 1xx answer, which the real one follows
        self._interims = 0
        self._parsed = False  # the head parsed; handed over once its bytes are known to parse whole
        self._head = False
        self._complete = False
        self._keep_alive = False
        self._body: deque[bytes] = deque()
        self._buffered = 0
        self._error: BaseException | None = None
        self._failure: ProtocolError | None = None  # one of ours, raised from a parser's callback

    @property
    def reusable(self) -> bool:
        """Whether another request may go out on this connection: the last answer whole, and kept alive."""
        return self._complete and self._keep_alive and self._error is None and not self.closed

    def send(self, head: bytes, body: bytes, bodiless: bool) -> None:
        """Write a request; the answer's head and body are awaited by ``head`` and ``read``."""
        assert self.transport is not None
        self._reset(bodiless)
        self._in_flight = True
        self.transport.write(head + body if body else head)

    async def head(self, timeout: float | None) -> tuple[int, list[tuple[bytes, bytes]]]:  # noqa: ASYNC109
        """Return the answer's status and raw headers (in order, repeats kept); ``timeout`` bounds each wait."""
        while not self._head:
            if self._error is not None:
                raise self._error
            await self._wait(timeout)
        return self._status, self._headers

    async def read(self, timeout: float | None) -> bytes:  # noqa: ASYNC109
        """Return the body's bytes that came since the last read, or b"" at its end; ``timeout`` bounds the wait."""
        while not self._body:
            if self._error is not None:
                raise self._error
            if self._complete:
                return b""
            await self._wait(timeout)
        data = self._body.popleft() if len(self._body) == 1 else b"".join(self._body)
        self._body.clear()
        self._buffered = 0
        if self._paused and self.transport is not None:
            self._paused = False
            self.transport.resume_reading()
        return data

    def close(self) -> None:
        """Close the connection, whatever its answer's state."""
        self.closed = True
        if self.transport is not None:
            self.transport.close()

    def shut(self) -> None:
        """Close the connection for good: a TLS one aborted, as aiohttp's session closed it, without
        waiting for the close_notify of a server that may never send it."""
        self.closed = True
        if self.transport is not None and self.transport.get_extra_info("ssl_object") is not None:
            self.transport.abort()
        elif self.transport is not None:
            self.transport.close()

    async def gone(self) -> None:
        """Wait until the connection is lost, its socket closed."""
        await self._gone

    async def _wait(self, timeout: float | None) -> None:  # noqa: ASYNC109
        loop = asyncio.get_running_loop()
        waiter = self._waiter = loop.create_future()
        timer = loop.call_later(timeout, _expire, waiter) if timeout is not None else None
        try:
            await waiter
        finally:
            self._waiter = None
            if timer is not None:
                timer.cancel()

    def _wake(self) -> None:
        if self._waiter is not None and not self._waiter.done():
            self._waiter.set_result(None)

    # asyncio's side

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment] # a stream transport, TCP or TLS
        self._gone = asyncio.get_running_loop().create_future()

    def data_received(self, data: bytes) -> None:
        if not self._in_flight or self._complete:
            # Bytes nobody asked for: the connection's framing can no longer be trusted.
            self._keep_alive = False
            return
        if not self.received:  # the answer's first bytes: its whole head, in most answers
            data = _one_length(data)
        self.received = True
        self._pending += len(data)
        try:
            self._parser.feed_data(data)
        except (httptools.HttpParserError, httptools.HttpParserUpgrade) as exc:
            self._keep_alive = False
            if not self._complete:  # bytes after a whole answer only end the connection's reuse
                self._fail(self._failure or _protocol_error(exc))
                return
        if not self._parsed and self._pending > _MAX_PENDING:
            self._fail(BadHeaders("Header is too long"))
            return
        # The head counts once the bytes it came in parsed: a break that came with it fails the request.
        self._head = self._parsed
        if self._buffered > _HIGH_WATER and not self._paused and self.transport is not None:
            self._paused = True
            self.transport.pause_reading()
        self._wake()

    def connection_lost(self, exc: Exception | None) -> None:
        self.closed = True
        if not self._gone.done():  # a session that stopped waiting for the close cancelled the wait
            self._gone.set_result(None)
        if self._in_flight and not self._complete and self._error is None:
            if not self._head:
                self._error = exc or ServerDisconnected("Server disconnected")
            elif self._until_close():
                self._complete = True
            else:
                self._error = BodyCutShort("Response payload is not completed")
                self._error.__cause__ = exc
        self._wake()

    # httptools' side: the parser's callbacks

    def on_message_begin(self) -> None:
        if self._complete:
            # Bytes after the whole answer, come with it: a body longer than its Content-Length, a second answer. No
            # answer of this request's (nor of the next): they end the parsing, and the connection's reuse.
            raise ProtocolError("Bytes after the answer")
        self._headers = []
        self._head_bytes = 0
        self._status_length = 0

    def on_status(self, status: bytes) -> None:
        self._status_length += len(status)
        if self._status_length > _MAX_LINE:
            self._refuse(BadHeaders("Status line is too long"))

    def on_header(self, name: bytes, value: bytes) -> None:
        self._pending = 0
        if len(name) > _MAX_FIELD or len(value) > _MAX_FIELD:
            self._refuse(BadHeaders("Header is too long"))
        self._head_bytes += len(name) + len(value) + 4
        if self._head_bytes > _MAX_HEAD:
            self._refuse(BadHeaders("Headers are too large"))
        # A NUL, which the lenient parser lets through, and browsers and aiohttp refuse. (``find``: ``in`` on bytes
        # first tries its operand as an integer, raising and clearing a TypeError for each header.)
        if value.find(b"\x00") >= 0:
            self._refuse(BadHeaders("Invalid header value char"))
        self._headers.append((name, value))

    def on_headers_complete(self) -> None:
        status = self._parser.get_status_code()
        if 100 <= status < 200:  # a status of no class (a framework's 0) is the answer, of a code no browser reads
            self._interim = True  # 100 Continue, 103 Early Hints: the answer follows
            self._interims += 1
            if self._interims > _MAX_INTERIM:
                self._refuse(EndlessInterim(f"More than {_MAX_INTERIM} interim answers"))
            return
        self._status, self._parsed = status, True
        if self._bodiless:
            # llhttp cannot be told that a HEAD's answer has no body: it would wait for the length.
            self._complete, self._keep_alive = True, False

    def on_body(self, body: bytes) -> None:
        if self._bodiless:
            return
        self._body.append(body)
        self._buffered += len(body)

    def on_message_complete(self) -> None:
        if self._interim:
            self._interim = False
            return
        self._complete = True
        self._keep_alive = self._parser.should_keep_alive()

    def _refuse(self, error: ProtocolError) -> None:
        self._failure = error
        raise error

    def _fail(self, error: BaseException) -> None:
        self._error = error
        self._keep_alive = False
        self.close()
        self._wake()

    def _until_close(self) -> bool:
        """Whether the body ends with the connection: HTTP/1.0's way, without a length or chunks."""
        framed = (b"content-length", b"transfer-encoding")
        return not any(name.lower() in framed for name, _ in self._headers)


def _one_length(data: bytes) -> bytes:
    """Return ``data`` with a head's repeated Content-Length of the same value said once, as browsers read it (an
    old PHP application sets the length its server sets again); llhttp refuses any repeat. Lengths that differ
    stay, and are refused: which one frames the body no one can tell."""
    end = data.find(b"\n\r\n")
    end = data.find(b"\n\n") if end < 0 else end
    if end < 0 or data[:end].lower().count(b"content-length") < 2:
        return data
    lines = data[: end + 1].split(b"\n")
    at = [i for i, line in enumerate(lines) if line.lower().startswith(b"content-length:")]
    if len(at) < 2 or len({lines[i].partition(b":")[2].strip() for i in at}) != 1:
        return data
    kept = (line for i, line in enumerate(lines) if i == at[0] or i not in at)
    return b"\n".join(kept) + data[end + 1 :]


def _expire(waiter: asyncio.Future[None]) -> None:
    if not waiter.done():
        waiter.set_exception(TimeoutError())


def _protocol_error(exc: Exception) -> ProtocolError:
    """Name llhttp's complaint as the part of the answer it is about."""
    reason = str(exc)
    if isinstance(exc, httptools.HttpParserInvalidStatusError) or reason.startswith(_STATUS_LINE_COMPLAINTS):
        return BadStatusLine(reason)
    if "chunk" in reason.lower():
        return BrokenChunks(reason)
    return BadHeaders(reason)
