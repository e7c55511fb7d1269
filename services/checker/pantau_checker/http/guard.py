"""The SSRF guard: every TCP connection resolves (or takes a resolve override), checks every
address against the address policy, and only then opens a socket."""

from __future__ import annotations

import asyncio
import socket
import time
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

import httpcore

from pantau_common.registry.model import ResolveRule

from ..core.netguard import AddressPolicy, first_refusal, is_ip_literal
from .errors import AddressBlockedError, DnsLookupError
from .timing import PhaseClock

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
