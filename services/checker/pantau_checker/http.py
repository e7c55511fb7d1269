"""Bounded HTTP fetching with the SSRF guard and the resolve override.

Every TCP connection goes through ``GuardedBackend``: the host is resolved (or taken from a
curl --resolve style override), every address is checked against the address policy, and only
then is a socket opened. Redirects are followed by hand, so each hop opens its connection
through the same guard. Bodies are read raw and decompressed here (gzip, deflate, br) with a
bound on the output, so a gzip or brotli bomb stops at the limit instead of filling memory.
"""

from __future__ import annotations

import asyncio
import errno
import socket
import ssl
import time
import zlib
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any
from urllib.parse import urljoin, urlsplit

import brotli
import httpcore
import httpx

from pantau_contracts.status import Timings, TlsFacts

from .core import tls as tls_core
from .core.availability import FailureKind
from .core.netguard import AddressPolicy, first_refusal, is_ip_literal
from .core.registry import ResolveRule

BROWSER_UA = (
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36 Pantau/1.0"
)
GOOGLEBOT_UA = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"
_REDIRECTS = (301, 302, 303, 307, 308)
_UNREADABLE = object()


@dataclass(frozen=True)
class FetchLimits:
    max_body_bytes: int = 2_000_000
    max_redirects: int = 5
    connect_timeout_s: float = 5.0
    read_timeout_s: float = 10.0
    total_timeout_s: float = 20.0  # one fetch, redirects included
    check_budget_s: float = 45.0  # all fetches of one attempt (page, login, feed, sitemap)


class FetchError(Exception):
    """A fetch that produced no usable HTTP response; ``kind`` maps to a down reason."""

    def __init__(self, kind: FailureKind, detail: str, tls: TlsFacts | None = None) -> None:
        super().__init__(detail)
        self.kind: FailureKind = kind
        self.detail = detail
        self.tls = tls


@dataclass
class PhaseClock:
    """Milliseconds per phase of the first connection of a fetch."""

    started: float = field(default_factory=time.perf_counter)
    dns_ms: float | None = None
    connect_ms: float | None = None
    tls_ms: float | None = None
    first_byte_ms: float | None = None
    _marks: dict[str, float] = field(default_factory=dict)

    def timings(self) -> Timings:
        return Timings(
            total_ms=round((time.perf_counter() - self.started) * 1000, 2),
            dns_ms=_r(self.dns_ms),
            connect_ms=_r(self.connect_ms),
            tls_ms=_r(self.tls_ms),
            first_byte_ms=_r(self.first_byte_ms),
        )

    async def trace(self, name: str, info: dict[str, Any]) -> None:
        """Record phase times from httpcore's trace events."""
        now = time.perf_counter()
        if name.endswith(".started"):
            self._marks[name[:-8]] = now
            return
        begun = self._marks.get(name.rsplit(".", 1)[0])
        if begun is None or not name.endswith(".complete"):
            return
        if name == "connection.start_tls.complete" and self.tls_ms is None:
            self.tls_ms = (now - begun) * 1000
        elif name == "http11.receive_response_headers.complete" and self.first_byte_ms is None:
            self.first_byte_ms = (now - self.started) * 1000


@dataclass(frozen=True)
class FetchResult:
    status: int
    url: str
    final_url: str
    headers: httpx.Headers
    body: bytes
    tls: TlsFacts | None
    redirects: tuple[str, ...] = ()

    def text(self) -> str:
        """Return the body decoded with the declared charset, replacing bad bytes."""
        charset = httpx.Response(self.status, headers=self.headers).charset_encoding or "utf-8"
        try:
            return self.body.decode(charset, errors="replace")
        except LookupError:
            return self.body.decode("utf-8", errors="replace")

    @property
    def is_html(self) -> bool:
        kind = self.headers.get("content-type", "text/html").lower()
        return "html" in kind or "xml" in kind or kind.startswith("text/")


class DnsLookupError(Exception):
    """The host name did not resolve."""


class AddressBlockedError(Exception):
    """The host resolved to an address the SSRF guard refuses."""


Resolver = Callable[[str, int], Awaitable[list[str]]]


async def system_resolver(host: str, port: int) -> list[str]:
    """Resolve with the operating system's resolver; raise DnsLookupError."""
    loop = asyncio.get_running_loop()
    try:
        infos = await loop.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise DnsLookupError(f"{host}: {exc}") from None
    return [str(info[4][0]) for info in infos]


class GuardedBackend(httpcore.AsyncNetworkBackend):
    """Resolve (or override), check every address, then connect."""

    def __init__(
        self,
        policy: AddressPolicy,
        resolve: Sequence[ResolveRule],
        clock: PhaseClock,
        resolver: Resolver = system_resolver,
    ) -> None:
        self._inner = httpcore.AnyIOBackend()
        self._policy = policy
        self._resolve = tuple(resolve)
        self._clock = clock
        self._resolver = resolver

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,  # noqa: ASYNC109 - httpcore's interface
        local_address: str | None = None,
        socket_options: Any = None,
    ) -> httpcore.AsyncNetworkStream:
        started = time.perf_counter()
        addresses = await self._addresses(host, port, timeout)
        resolved = time.perf_counter()
        reason = first_refusal(addresses, self._policy)
        if reason:
            raise AddressBlockedError(f"{host} ditolak: {reason}")
        stream = await self._inner.connect_tcp(
            addresses[0], port, timeout=timeout, local_address=local_address, socket_options=socket_options
        )
        if self._clock.connect_ms is None:
            self._clock.dns_ms = (resolved - started) * 1000
            self._clock.connect_ms = (time.perf_counter() - resolved) * 1000
        return stream

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)

    async def _addresses(self, host: str, port: int, timeout: float | None) -> list[str]:  # noqa: ASYNC109
        for rule in self._resolve:
            if rule.matches(host, port):
                return [rule.address]
        if is_ip_literal(host):
            return [host.strip("[]")]
        async with asyncio.timeout(timeout):
            addresses = await self._resolver(host, port)
        if not addresses:
            raise DnsLookupError(f"{host}: tidak ada alamat")
        return addresses


@lru_cache(maxsize=32)
def ssl_context(ca_bundle: str | None = None) -> ssl.SSLContext:
    """Return a verifying TLS context (system CAs, or the given bundle) shared between checks."""
    # The system store by default: a city installs its own CAs there for internal services.
    return ssl.create_default_context(cafile=ca_bundle or None)


class Session:
    """One check's HTTP session: its own cookies and connections, guarded and bounded."""

    def __init__(
        self,
        policy: AddressPolicy,
        resolve: Sequence[ResolveRule],
        limits: FetchLimits,
        ca_bundle: str | None = None,
        user_agent: str = BROWSER_UA,
        resolver: Resolver = system_resolver,
    ) -> None:
        self.clock = PhaseClock()
        self.limits = limits
        self._deadline = time.monotonic() + limits.check_budget_s
        context = ssl_context(ca_bundle)
        self._backend = GuardedBackend(policy, resolve, self.clock, resolver)
        transport = httpx.AsyncHTTPTransport(verify=context, trust_env=False)
        # httpx does not expose the network backend; the pool is rebuilt with the guarded one.
        transport._pool = httpcore.AsyncConnectionPool(
            ssl_context=context, max_connections=4, network_backend=self._backend
        )
        self.client = httpx.AsyncClient(
            transport=transport,
            follow_redirects=False,
            trust_env=False,
            timeout=httpx.Timeout(limits.read_timeout_s, connect=limits.connect_timeout_s),
            headers={
                "User-Agent": user_agent,
                "Accept-Encoding": "gzip, deflate, br",
                "Accept-Language": "id-ID,id;q=0.9,en;q=0.5",
            },
        )

    async def __aenter__(self) -> Session:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.client.aclose()

    async def fetch(
        self, url: str, *, method: str = "GET", data: Any = None, headers: dict[str, str] | None = None
    ) -> FetchResult:
        """Fetch ``url`` following redirects by hand; raise FetchError with the failure kind."""
        remaining = self._deadline - time.monotonic()
        if remaining <= 0:
            raise FetchError("timeout", "anggaran waktu pemeriksaan habis")
        try:
            async with asyncio.timeout(min(self.limits.total_timeout_s, remaining)):
                return await self._follow(url, method, data, headers)
        except FetchError:
            raise
        except Exception as exc:
            error = classify(exc)
        if error.kind == "tls" and error.tls is not None:
            error.tls = await self._certificate_facts(url, error.tls)
        raise error

    async def _certificate_facts(self, url: str, facts: TlsFacts) -> TlsFacts:
        """Add expiry and issuer of a certificate that failed verification, read without verifying."""
        parts = urlsplit(url)
        try:
            async with asyncio.timeout(min(self.limits.connect_timeout_s, 5.0)):
                der = await _peer_certificate(self._backend, parts.hostname or "", parts.port or 443)
        except Exception:  # best effort: the verification error is what counts
            return facts
        return tls_core.with_certificate(facts, *_der_facts(der), datetime.now(UTC))

    async def _follow(self, url: str, method: str, data: Any, headers: dict[str, str] | None) -> FetchResult:
        current, hops = url, []
        for _ in range(self.limits.max_redirects + 1):
            _require_http(current)
            request = self.client.build_request(
                method, current, data=data, headers=headers, extensions={"trace": self.clock.trace}
            )
            response = await self.client.send(request, stream=True)
            try:
                if response.status_code in _REDIRECTS and "location" in response.headers:
                    hops.append(current)
                    current = urljoin(str(response.url), response.headers["location"])
                    if response.status_code in (301, 302, 303):
                        method, data = "GET", None
                    continue
                body = await read_bounded(response, self.limits.max_body_bytes)
                return FetchResult(
                    response.status_code,
                    url,
                    str(response.url),
                    response.headers,
                    body,
                    _tls_facts(response),
                    tuple(hops),
                )
            finally:
                await response.aclose()
        raise FetchError("redirects", f"lebih dari {self.limits.max_redirects} pengalihan dari {url}")


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


def classify(exc: BaseException) -> FetchError:  # noqa: PLR0911 - one branch per failure kind
    """Map an exception from a fetch to a FetchError with its failure kind."""
    chain = _chain(exc)
    if any(isinstance(e, DnsLookupError) for e in chain):
        return FetchError("dns", str(next(e for e in chain if isinstance(e, DnsLookupError))))
    if any(isinstance(e, AddressBlockedError) for e in chain):
        return FetchError("blocked", str(next(e for e in chain if isinstance(e, AddressBlockedError))))
    ssl_error = next((e for e in chain if isinstance(e, ssl.SSLError)), None)
    if ssl_error is not None:
        message = getattr(ssl_error, "verify_message", None) or str(ssl_error)
        return FetchError("tls", f"TLS: {message}", tls_core.facts_from_error(message))
    if any(isinstance(e, (TimeoutError, httpx.TimeoutException)) for e in chain):
        return FetchError("timeout", "batas waktu habis")
    if (
        any(isinstance(e, ConnectionRefusedError) or getattr(e, "errno", None) == errno.ECONNREFUSED for e in chain)
        or "refused" in str(exc).lower()
    ):
        return FetchError("refused", "koneksi ditolak")
    if isinstance(exc, httpx.InvalidURL | httpx.UnsupportedProtocol):
        return FetchError("other", f"URL tidak sah: {exc}")
    return FetchError("other", f"{type(exc).__name__}: {exc}"[:300])


def _chain(exc: BaseException) -> list[BaseException]:
    seen: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and len(seen) < 10:
        seen.append(current)
        current = current.__cause__ or current.__context__
    return seen


def _require_http(url: str) -> None:
    if urlsplit(url).scheme not in ("http", "https"):
        raise FetchError("blocked", f"skema {urlsplit(url).scheme!r} tidak diizinkan")


async def _peer_certificate(backend: GuardedBackend, host: str, port: int) -> bytes:
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE  # only to read the certificate that already failed verification
    stream = await backend.connect_tcp(host, port, timeout=5.0)
    try:
        secured = await stream.start_tls(context, server_hostname=host, timeout=5.0)
        ssl_object = secured.get_extra_info("ssl_object")
        der: bytes = ssl_object.getpeercert(binary_form=True) if ssl_object is not None else b""
        await secured.aclose()
        return der
    finally:
        await stream.aclose()


def _der_facts(der: bytes) -> tuple[datetime, str | None]:
    from cryptography import x509
    from cryptography.x509.oid import NameOID

    cert = x509.load_der_x509_certificate(der)
    names = cert.issuer.get_attributes_for_oid(NameOID.ORGANIZATION_NAME) or cert.issuer.get_attributes_for_oid(
        NameOID.COMMON_NAME
    )
    return cert.not_valid_after_utc, str(names[0].value) if names else None


def _tls_facts(response: httpx.Response) -> TlsFacts | None:
    stream = response.extensions.get("network_stream")
    ssl_object = stream.get_extra_info("ssl_object") if stream is not None else None
    if ssl_object is None:
        return None
    cert = ssl_object.getpeercert()
    if not cert or "notAfter" not in cert:
        return None
    not_after = datetime.fromtimestamp(ssl.cert_time_to_seconds(cert["notAfter"]), UTC)
    return tls_core.facts_from_certificate(not_after, _issuer(cert), datetime.now(UTC))


def _issuer(cert: dict[str, Any]) -> str | None:
    parts = dict(item[0] for item in cert.get("issuer", ()) if item)
    return parts.get("organizationName") or parts.get("commonName")


def _r(value: float | None) -> float | None:
    return None if value is None else round(value, 2)
