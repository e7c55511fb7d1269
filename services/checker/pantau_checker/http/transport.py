"""httpx's API over the session's own connections: the transport of a session, guarded and timed.

httpx stays the checker's client (its requests, cookies, headers, responses); the bytes go over
asyncio connections of the session's own, read by llhttp (``protocol``): no HTTP client library
between, whose request and connection machinery cost more than the fetch. Every connection is
opened here: names are resolved (or overridden) and every address checked by the session's guard,
and the address of each connection attempt is checked once more as it is made, so no address
reaches ``connect()`` unchecked (an IP literal included, which skips resolution). A plain-http
connection is made by the event loop itself; a TLS one over a socket of the guard's, so that its
TCP and TLS phases are timed apart. Connections live as long as the session (one check attempt,
whose extra views borrow them: ``BorrowedTransport``), never longer; an idle one is reused by the
next request to its host.
"""

from __future__ import annotations

import asyncio
import re
import socket
import ssl
import time
from collections.abc import AsyncIterator, Callable
from contextlib import suppress
from typing import Any

import httpx

from .deadline import Deadline
from .guard import Guard
from .protocol import BodyCutShort, Connection, ProtocolError, ServerDisconnected
from .timing import PhaseClock

_LIMIT = 4  # connections in use at once, as aiohttp's connector allowed a session
# How long a session's end waits for its sockets to be closed: a close that never completes (a peer that
# reads nothing while a request is still buffered) must not hold the check, nor the worker, any longer.
_CLOSING_S = 1.0
# Methods a request may be sent again by, when a kept-alive connection turns out closed (RFC 9112, 9.3.1).
_IDEMPOTENT = frozenset({"GET", "HEAD", "OPTIONS", "TRACE", "PUT", "DELETE"})
_PORTS = {"http": 80, "https": 443}

_Key = tuple[str, str, int]  # scheme, host, port: the connections a request may go out on

# A request's target as aiohttp's URLs (yarl) sent it, and servers and their tests have come to see
# it: an escape of a character a URL may carry plain decoded (a Keycloak's ``redirect_uri=http://``),
# the others in capitals, the few characters httpx leaves plain escaped, an empty query dropped.
_REQUOTED = re.compile(rb"%(?:[0-9A-Fa-f]{2})?|[\[\]|{}^`\\]")
_PLAIN = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$'()*,"
_PLAIN_IN_PATH = frozenset(_PLAIN + b"@:&=;")
_PLAIN_IN_QUERY = frozenset(_PLAIN + b"?/:@")


class GuardedTransport(httpx.AsyncBaseTransport):
    """Send httpx requests over guarded, timed, kept-alive connections; the response carries its TLS object."""

    def __init__(self, guard: Guard, clock: PhaseClock, context: Callable[[], ssl.SSLContext]) -> None:
        # The TLS context is asked for at the first https connection: a verifying one loads the system's
        # CAs, a fiftieth of a second that a run of plain-http applications need not spend.
        self._guard, self._clock, self._context = guard, clock, context
        self._idle: dict[_Key, list[Connection]] = {}
        self._open: list[Connection] = []  # every connection made, until the session ends
        self._slots = asyncio.Semaphore(_LIMIT)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        timeout = request.extensions.get("timeout", {})
        connect_s, read_s = timeout.get("connect"), timeout.get("read")
        url = request.url
        # The host as it goes out (IDNA): resolved, named in TLS's SNI.
        key = (url.scheme, url.raw_host.decode("ascii"), url.port or _PORTS.get(url.scheme, 80))
        head, body, bodiless = _head(request), request.content, request.method == "HEAD"
        await self._slots.acquire()
        connection: Connection | None = None
        try:
            try:
                connection, reused = self._idle_connection(key), True
                if connection is None:
                    connection, reused = await self._connect(key, connect_s), False
                try:
                    connection.send(head, body, bodiless)
                    status, headers = await connection.head(read_s)
                except (ServerDisconnected, ConnectionResetError):
                    # A kept-alive connection the server had closed as the request went out.
                    if not reused or connection.received or request.method not in _IDEMPOTENT:
                        raise
                    connection.close()
                    connection = await self._connect(key, connect_s)
                    connection.send(head, body, bodiless)
                    status, headers = await connection.head(read_s)
            except _MAPPED as exc:
                raise _mapped(exc) from exc
        except BaseException:
            if connection is not None:
                connection.close()
            self._slots.release()
            raise
        self._clock.answered()
        assert connection.transport is not None
        # A plain connection has no TLS object: uvloop's transport is not asked for it.
        tls = connection.transport.get_extra_info("ssl_object") if key[0] == "https" else None
        return _Answer(status, AnswerHeaders(headers), _Body(self, key, connection, read_s), tls)

    async def aclose(self) -> None:
        self._idle.clear()
        opened, self._open = self._open, []
        for connection in opened:
            connection.shut()
        with suppress(TimeoutError):
            with Deadline(_CLOSING_S):
                for connection in opened:  # the sockets closed before the session's loop may end
                    await connection.gone()

    def release(self, key: _Key, connection: Connection) -> None:
        """Take back a response's connection: kept for the next request where its answer was whole."""
        if connection.reusable:
            self._idle.setdefault(key, []).append(connection)
        else:
            connection.close()
        self._slots.release()

    def _idle_connection(self, key: _Key) -> Connection | None:
        idle = self._idle.get(key)
        while idle:
            connection = idle.pop()  # the latest, the likeliest still open
            if connection.reusable:
                return connection
            connection.close()
        return None

    async def _connect(self, key: _Key, timeout: float | None) -> Connection:  # noqa: ASYNC109
        """Open a connection to the first of the host's addresses that takes one, as aiohttp did (no happy eyeballs)."""
        _, host, port = key
        started = time.perf_counter()
        addresses = await self._guard.addresses(host, port)
        self._clock.resolved((time.perf_counter() - started) * 1000)
        failure: Exception | None = None
        for address in addresses:
            try:
                connection = await self._open_to(key, address, timeout)
            except (OSError, TimeoutError) as exc:  # ssl.SSLError included: the next address may serve
                failure = exc
                continue
            self._open.append(connection)
            return connection
        error = httpx.ConnectTimeout if isinstance(failure, TimeoutError) else httpx.ConnectError
        raise error(f"Cannot connect to host {host}:{port} [{failure}]") from failure

    async def _open_to(self, key: _Key, address: str, timeout: float | None) -> Connection:  # noqa: ASYNC109
        """Connect to one address, TLS included, within ``timeout``; the TCP and TLS phases timed apart."""
        scheme, host, port = key
        loop = asyncio.get_running_loop()
        family, target = _address(address, port)
        if scheme != "https":
            return await self._open_plain(loop, family, target, timeout)
        sock = self._guard.socket((family, socket.SOCK_STREAM, socket.IPPROTO_TCP, "", target))
        context = self._context()
        with Deadline(timeout):
            started = time.perf_counter()
            try:
                sock.setblocking(False)
                await loop.sock_connect(sock, target)
            except BaseException:
                sock.close()
                raise
            connected = time.perf_counter()
            # The socket is the transport's from here: it closes it when the handshake fails.
            _, connection = await loop.create_connection(
                Connection, sock=sock, ssl=context, server_hostname=host.rstrip(".")
            )
        done = time.perf_counter()
        self._clock.connected((connected - started) * 1000, (done - connected) * 1000)
        return connection

    async def _open_plain(
        self,
        loop: asyncio.AbstractEventLoop,
        family: socket.AddressFamily,
        target: tuple[str, int] | tuple[str, int, int, int],
        timeout: float | None,  # noqa: ASYNC109
    ) -> Connection:
        """Connect to one address without TLS, within ``timeout``: the address checked as the guard checks a socket's,
        then connected by the loop itself: over a socket made here, uvloop spends some 40 us more a connection."""
        address = target[0]
        self._guard.check(address, [address])
        with Deadline(timeout):
            started = time.perf_counter()
            _, connection = await loop.create_connection(Connection, address, target[1], family=family)
        self._clock.connected((time.perf_counter() - started) * 1000, None)
        return connection


class AnswerHeaders(httpx.Headers):
    """A response's headers, looked up by name in a dict made at the first lookup.

    A fetch's headers are asked for a dozen times (the type, the encoding, a refresh, a link, cookies),
    and httpx decodes and compares every header at each; the answers are httpx's: repeats joined with
    commas, names of any case. A change to the headers drops the dict.
    """

    def __init__(self, headers: list[tuple[bytes, bytes]]) -> None:
        # httpx.Headers' own state, made in one pass: its constructor checks each name and value in two calls, and
        # the head's are bytes already.
        self._list = [(name, name.lower(), value) for name, value in headers]
        self._encoding: str | None = None
        self._by_name: dict[str, str] | None = None

    def _named(self) -> dict[str, str]:
        if self._by_name is None:
            try:  # most heads are ASCII, httpx's first choice: read in one pass, not each header tried first
                self._by_name = _by_name(self._list, self._encoding or "ascii")
                self._encoding = self._encoding or "ascii"
            except UnicodeDecodeError:  # httpx's: ASCII, else UTF-8, else Latin-1, the first that reads every header
                self._by_name = _by_name(self._list, self.encoding)
        return self._by_name

    def __getitem__(self, key: str) -> str:
        return self._named()[key.lower()]

    def __contains__(self, key: Any) -> bool:
        return key.lower() in self._named()

    def get(self, key: str, default: Any = None) -> Any:
        # httpx's looks the name up by ``[]`` and catches the KeyError: most names asked for are not sent.
        return self._named().get(key.lower(), default)

    def __setitem__(self, key: str, value: str) -> None:
        super().__setitem__(key, value)
        self._by_name = None

    def __delitem__(self, key: str) -> None:
        super().__delitem__(key)
        self._by_name = None

    def update(self, headers: Any = None) -> None:  # type: ignore[override] # as httpx.Headers.update
        super().update(headers)
        self._by_name = None


def _by_name(headers: list[tuple[bytes, bytes, bytes]], encoding: str) -> dict[str, str]:
    """Return the headers by name as httpx's ``items()`` gives them: names lowered, repeats joined with commas."""
    named: dict[str, str] = {}
    for _, lowered, raw in headers:
        name, value = lowered.decode(encoding), raw.decode(encoding)
        named[name] = f"{named[name]}, {value}" if name in named else value
    return named


class BorrowedTransport(httpx.AsyncBaseTransport):
    """Another client's way over a transport's connections: closing it leaves them to their owner."""

    def __init__(self, owner: httpx.AsyncBaseTransport) -> None:
        self._owner = owner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self._owner.handle_async_request(request)

    async def aclose(self) -> None:
        return None


class _Answer(httpx.Response):
    """``httpx.Response(status, stream=body, extensions=...)`` with the answer's headers, made without httpx's
    constructor (its empty headers made first, asking whether they are a Mapping and a Sequence, ABCs' checks, and its
    keywords sorted out: 27 k instructions a response, against 9 k); its attributes are those httpx sets, in its order.
    """

    def __init__(self, status: int, headers: AnswerHeaders, body: _Body, tls: ssl.SSLObject | None) -> None:
        self.status_code = status
        self.headers = headers
        self._request: httpx.Request | None = None
        self.next_request: httpx.Request | None = None
        self.extensions = {"http_version": b"HTTP/1.1", "ssl_object": tls}
        self.history: list[httpx.Response] = []
        self.is_closed = False
        self.is_stream_consumed = False
        self.default_encoding = "utf-8"
        self.stream = body
        self._num_bytes_downloaded = 0

    async def aclose(self) -> None:
        # httpx's asks whether the stream is an AsyncByteStream (an ABC's check) and closes it inside a generator's
        # context manager that gives an httpx error its request: the body's close raises none.
        if not self.is_closed:
            self.is_closed = True
            await self.stream.aclose()  # type: ignore[union-attr] # the answer's ``_Body``, asynchronous


class _Body(httpx.AsyncByteStream):
    """A response's body as it comes; closing it gives the connection back."""

    def __init__(self, owner: GuardedTransport, key: _Key, connection: Connection, timeout: float | None) -> None:
        self._owner, self._key, self._connection, self._timeout = owner, key, connection, timeout
        self._released = False

    async def __aiter__(self) -> AsyncIterator[bytes]:
        while chunk := await self.next_chunk():
            yield chunk

    async def next_chunk(self) -> bytes:
        """Return the body's bytes that came since the last call, or b"" at its end: what ``__aiter__`` yields, for a
        reader that awaits them one by one (``body.read_bounded``) without an async generator around them."""
        try:
            return await self._connection.read(self._timeout)
        except _MAPPED as exc:
            raise _mapped(exc) from exc

    async def aclose(self) -> None:
        if not self._released:
            self._released = True
            self._owner.release(self._key, self._connection)


def _head(request: httpx.Request) -> bytes:
    """Return the request's head: its line, then httpx's headers as they are (Host first, as httpx puts it)."""
    lines = [b"%s %s HTTP/1.1" % (request.method.encode("ascii"), _target(request.url.raw_path))]
    for name, value in request.headers.raw:
        if value.find(b"\r") >= 0 or value.find(b"\n") >= 0:  # ``find``: see ``protocol.Connection.on_header``
            raise httpx.LocalProtocolError(f"a line break in the value of the header {name!r}")
        lines.append(name + b": " + value)
    lines.append(b"\r\n")
    return b"\r\n".join(lines)


def _target(raw_path: bytes) -> bytes:
    if _REQUOTED.search(raw_path) is None:  # most addresses: nothing to requote
        return raw_path[:-1] if raw_path.find(b"?") == len(raw_path) - 1 else raw_path
    path, mark, query = raw_path.partition(b"?")
    mark = mark if query else b""
    in_path = _REQUOTED.sub(lambda m: _requoted(m[0], _PLAIN_IN_PATH), path)
    return in_path + mark + _REQUOTED.sub(lambda m: _requoted(m[0], _PLAIN_IN_QUERY), query)


def _requoted(found: bytes, plain: frozenset[int]) -> bytes:
    if found == b"%":  # a percent sign that starts no escape
        return b"%25"
    if len(found) == 1:
        return b"%%%02X" % found[0]
    char = int(found[1:], 16)
    return bytes((char,)) if char in plain else found.upper()


def _address(address: str, port: int) -> tuple[socket.AddressFamily, tuple[str, int] | tuple[str, int, int, int]]:
    if ":" in address:
        return socket.AF_INET6, (address, port, 0, 0)
    return socket.AF_INET, (address, port)


# The connection's errors, raised as httpx's (``_mapped``) where a request is sent and its answer read.
_MAPPED = (OSError, ProtocolError)  # TimeoutError is an OSError


def _mapped(exc: OSError | ProtocolError) -> httpx.TransportError:
    """Return the connection's error as httpx's, to be raised from it (errors.classify reads the chain): a plain
    ``except``, not a context manager around each request and body (a generator's, entered and left each time)."""
    if isinstance(exc, TimeoutError):
        return httpx.ReadTimeout("Timeout on reading data from socket")
    if isinstance(exc, (BodyCutShort, OSError)):
        return httpx.ReadError(str(exc) or type(exc).__name__)
    return httpx.RemoteProtocolError(str(exc) or type(exc).__name__)
