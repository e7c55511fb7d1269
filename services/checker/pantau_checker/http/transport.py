"""httpx's API over aiohttp's connections: the transport of a session, guarded and timed.

httpx stays the checker's client (its requests, cookies, headers, responses); aiohttp carries the
bytes, with its C HTTP parser and light connection handling. Every connection is opened by
``GuardedConnector``: names are resolved (or overridden) and every address checked by the
session's guard, and the socket of each connection attempt is checked once more as it is made,
so no address reaches ``connect()`` unchecked (an IP literal included, which skips resolution).
Connections live as long as the session (one check attempt, whose extra views borrow them:
``BorrowedTransport``), never longer.
"""

from __future__ import annotations

import asyncio
import functools
import socket
import ssl
import time
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache
from typing import Any

import aiohttp
import httpx
from aiohttp.abc import AbstractResolver, ResolveResult
from aiohttp.client_proto import ResponseHandler
from aiohttp.http_exceptions import HttpProcessingError

from .guard import Guard
from .timing import PhaseClock

_CHUNK = 65_536
# Real sites send long Content-Security-Policy and Set-Cookie lines; aiohttp's defaults (8 KB)
# would call such a site broken.
_MAX_LINE = 16_384
_MAX_FIELD = 65_536
# A PHP app that sets its cookie in a loop sends it a few hundred times; browsers read such an answer.
_MAX_HEADERS = 512
# The TLS object of the connection the current request went out on, per task (concurrent fetches
# run in tasks of their own): aiohttp releases a connection as soon as a short body is read,
# before the response could be asked for it.
_TLS: ContextVar[ssl.SSLObject | None] = ContextVar("pantau_tls", default=None)


class GuardedResolver(AbstractResolver):
    """aiohttp's resolver: the guard's overrides and DNS, every address checked, DNS time kept."""

    def __init__(self, guard: Guard, clock: PhaseClock) -> None:
        self._guard, self._clock = guard, clock

    async def resolve(self, host: str, port: int = 0, family: int = socket.AF_INET) -> list[ResolveResult]:
        started = time.perf_counter()
        addresses = await self._guard.addresses(host, port)
        self._clock.resolved((time.perf_counter() - started) * 1000)
        return [_result(host, address, port) for address in addresses]

    async def close(self) -> None:
        return None


class GuardedConnector(aiohttp.TCPConnector):
    """aiohttp's connector with the guard on every socket and the TCP and TLS phases timed."""

    def __init__(self, guard: Guard, clock: PhaseClock, context: ssl.SSLContext, limit: int = 4) -> None:
        super().__init__(
            resolver=GuardedResolver(guard, clock),
            socket_factory=guard.socket,
            use_dns_cache=False,
            ssl=context,
            limit=limit,
            happy_eyeballs_delay=None,
        )
        self._clock = clock
        self._factory = functools.partial(_ResponseHandler, loop=self._loop)  # type: ignore[assignment] # a subclass

    async def connect(self, req: Any, traces: Any, timeout: Any) -> Any:  # noqa: ASYNC109 - aiohttp's
        connection = await super().connect(req, traces, timeout)
        transport = connection.transport
        _TLS.set(transport.get_extra_info("ssl_object") if transport is not None else None)
        return connection

    async def _wrap_create_connection(self, *args: Any, **kwargs: Any) -> Any:
        # aiohttp calls the protocol factory once TCP is connected and before the TLS handshake:
        # wrapping it splits the two phases without reaching further into aiohttp.
        factory, *rest = args
        started = time.perf_counter()
        marks: list[float] = []

        def protocol() -> Any:
            marks.append(time.perf_counter())
            return factory()

        connection = await super()._wrap_create_connection(protocol, *rest, **kwargs)
        done = time.perf_counter()
        connected = marks[0] if marks else done
        tls_ms = (done - connected) * 1000 if kwargs.get("ssl") else None
        self._clock.connected((connected - started) * 1000, tls_ms)
        return connection


class _ResponseHandler(ResponseHandler):
    """aiohttp's protocol, which also tells a body being read when the bytes after it break HTTP.

    aiohttp puts such an error (a broken chunk) on the connection only and stops the read timer:
    the body would wait for the whole time limit, for bytes that never come.
    """

    def set_exception(self, exc: BaseException, *cause: BaseException) -> None:
        payload = self._payload
        super().set_exception(exc, *cause)
        if isinstance(exc, HttpProcessingError) and payload is not None and payload.exception() is None:
            payload.set_exception(aiohttp.ClientPayloadError(f"Response payload is broken: {exc!r}"))


class AiohttpTransport(httpx.AsyncBaseTransport):
    """Send httpx requests over one aiohttp session; the response carries its TLS object."""

    def __init__(self, guard: Guard, clock: PhaseClock, context: ssl.SSLContext) -> None:
        self._clock = clock
        self._session = aiohttp.ClientSession(
            connector=GuardedConnector(guard, clock, context),
            cookie_jar=aiohttp.DummyCookieJar(),  # httpx keeps the session's cookies
            auto_decompress=False,  # body.py decompresses, bounded
            trust_env=False,
            skip_auto_headers=("Accept", "Accept-Encoding", "User-Agent"),
        )

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        timeout = request.extensions.get("timeout", {})
        with _mapped():
            answer = await self._session.request(
                request.method,
                str(request.url),
                headers=[(k.decode("latin-1"), v.decode("latin-1")) for k, v in request.headers.raw],
                data=request.content or None,
                allow_redirects=False,
                timeout=_timeout(timeout.get("connect"), timeout.get("read")),
                max_line_size=_MAX_LINE,
                max_field_size=_MAX_FIELD,
                max_headers=_MAX_HEADERS,
            )
        self._clock.answered()
        return httpx.Response(
            answer.status,
            headers=answer.raw_headers,
            stream=_Body(answer),
            extensions={"http_version": b"HTTP/1.1", "ssl_object": _TLS.get()},
        )

    async def aclose(self) -> None:
        await self._session.close()


class BorrowedTransport(httpx.AsyncBaseTransport):
    """Another client's way over a transport's connections: closing it leaves them to their owner."""

    def __init__(self, owner: httpx.AsyncBaseTransport) -> None:
        self._owner = owner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self._owner.handle_async_request(request)

    async def aclose(self) -> None:
        return None


class _Body(httpx.AsyncByteStream):
    def __init__(self, answer: aiohttp.ClientResponse) -> None:
        self._answer = answer

    async def __aiter__(self) -> AsyncIterator[bytes]:
        content = self._answer.content
        with _mapped():
            try:
                async for chunk in content.iter_chunked(_CHUNK):
                    yield chunk
            except (aiohttp.ClientPayloadError, aiohttp.ClientResponseError):
                # aiohttp raises a body's error before the bytes that came ahead of it, which a
                # browser shows: they are the page, cut short (read_bounded keeps them).
                yield _left_over(content)
                raise

    async def aclose(self) -> None:
        self._answer.release()


def _left_over(content: aiohttp.StreamReader) -> bytes:
    read_buffered = getattr(content, "_read_nowait", None)  # aiohttp's, which skips the error
    return read_buffered(-1) if read_buffered is not None else b""


@contextmanager
def _mapped() -> Iterator[None]:
    """Raise aiohttp's errors as httpx's, keeping the cause (errors.classify reads the chain)."""
    try:
        yield
    except (TimeoutError, aiohttp.ClientError) as exc:
        raise _httpx_error(exc)(str(exc) or type(exc).__name__) from exc


def _httpx_error(exc: BaseException) -> Callable[[str], httpx.TransportError]:
    if isinstance(exc, aiohttp.ConnectionTimeoutError):
        return httpx.ConnectTimeout
    if isinstance(exc, asyncio.TimeoutError):
        return httpx.ReadTimeout
    if isinstance(exc, aiohttp.ClientConnectorError):
        return httpx.ConnectError
    if isinstance(exc, aiohttp.ClientPayloadError):
        return httpx.ReadError
    return httpx.RemoteProtocolError


@lru_cache(maxsize=64)
def _timeout(connect_s: float | None, read_s: float | None) -> aiohttp.ClientTimeout:
    # Frozen, and the same few limits on every request: built once each.
    return aiohttp.ClientTimeout(sock_connect=connect_s, sock_read=read_s)


def _result(host: str, address: str, port: int) -> ResolveResult:
    family = socket.AF_INET6 if ":" in address else socket.AF_INET
    return {"hostname": host, "host": address, "port": port, "family": family, "proto": 0, "flags": 0}
