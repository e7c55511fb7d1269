"""One check's HTTP session: bounded fetches through the SSRF guard, redirects followed by hand.

Redirects are followed here, hop by hop, so each hop opens its connection through the same
guard; every fetch is bounded in time, and all fetches of one attempt share a time budget.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin, urlsplit

import httpcore
import httpx

from pantau_common.registry.model import ResolveRule
from pantau_contracts.status import TlsFacts

from ..core.netguard import AddressPolicy
from .body import read_bounded
from .certificates import ssl_context, unverified_facts, verified_facts
from .errors import FetchError, classify
from .guard import GuardedBackend, Resolver, system_resolver
from .timing import PhaseClock

BROWSER_UA = (
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36 Pantau/1.0"
)
GOOGLEBOT_UA = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"
_REDIRECTS = (301, 302, 303, 307, 308)


@dataclass(frozen=True)
class FetchLimits:
    max_body_bytes: int = 2_000_000
    max_redirects: int = 5
    connect_timeout_s: float = 5.0
    read_timeout_s: float = 10.0
    total_timeout_s: float = 20.0  # one fetch, redirects included
    check_budget_s: float = 45.0  # all fetches of one attempt (page, login, feed, sitemap)


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
        self._backend = GuardedBackend(policy, resolve, self.clock, resolver)
        self.client = _client(self._backend, ssl_context(ca_bundle), limits, user_agent)

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
        parts = urlsplit(url)
        try:
            async with asyncio.timeout(min(self.limits.connect_timeout_s, 5.0)):
                return await unverified_facts(self._backend, parts.hostname or "", parts.port or 443, facts)
        except Exception:  # best effort: the verification error is what counts
            return facts

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
                return await self._result(url, response, tuple(hops))
            finally:
                await response.aclose()
        raise FetchError("redirects", f"lebih dari {self.limits.max_redirects} pengalihan dari {url}")

    async def _result(self, url: str, response: httpx.Response, hops: tuple[str, ...]) -> FetchResult:
        body = await read_bounded(response, self.limits.max_body_bytes)
        return FetchResult(
            response.status_code, url, str(response.url), response.headers, body, verified_facts(response), hops
        )


def _client(backend: GuardedBackend, context: Any, limits: FetchLimits, user_agent: str) -> httpx.AsyncClient:
    transport = httpx.AsyncHTTPTransport(verify=context, trust_env=False)
    # httpx does not expose the network backend; the pool is rebuilt with the guarded one.
    transport._pool = httpcore.AsyncConnectionPool(ssl_context=context, max_connections=4, network_backend=backend)
    return httpx.AsyncClient(
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


def _require_http(url: str) -> None:
    if urlsplit(url).scheme not in ("http", "https"):
        raise FetchError("blocked", f"skema {urlsplit(url).scheme!r} tidak diizinkan")
