"""The SSRF guard: every TCP connection resolves (or takes a resolve override), checks every
address against the address policy, and only then opens a socket."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import Awaitable, Callable, Sequence
from functools import lru_cache
from typing import Any

from pantau_common.netguard import AddressPolicy, first_refusal, is_ip_literal
from pantau_common.registry.model import ResolveRule

from .deadline import Deadline
from .errors import AddressBlockedError, DnsLookupError

Resolver = Callable[[str, int], Awaitable[list[str]]]


@lru_cache(maxsize=8192)
def _refusal(addresses: tuple[str, ...], policy: AddressPolicy) -> str | None:
    # The decision is a pure function of the addresses and the policy; ipaddress is slow.
    return first_refusal(addresses, policy)


_DECIDED_POLICIES = 64
_DECIDED_ADDRESSES = 1024
# The decisions of each policy object, by its identity (the entry holds the policy: no other object has its id while
# it is kept): a policy's hash, the key of ``_refusal``, hashes its networks in Python, some 5 k instructions, and a
# fetch asks twice; the checker gives its sessions one policy object a kind of application (``probe``).
_decided: dict[int, tuple[AddressPolicy, dict[tuple[str, ...], str | None]]] = {}


def _decisions(policy: AddressPolicy) -> dict[tuple[str, ...], str | None]:
    """Return the table of ``_refusal``'s decisions for ``policy`` by the addresses, kept with the policy object."""
    kept = _decided.get(id(policy))
    if kept is None or kept[0] is not policy:
        if len(_decided) >= _DECIDED_POLICIES:
            _decided.pop(next(iter(_decided)))
        kept = _decided[id(policy)] = (policy, {})
    return kept[1]


async def system_resolver(host: str, port: int) -> list[str]:
    """Resolve with the operating system's resolver; raise DnsLookupError."""
    loop = asyncio.get_running_loop()
    try:
        infos = await loop.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise DnsLookupError(dns_failure(host, exc)) from None
    return [str(info[4][0]) for info in infos]


def dns_failure(host: str, exc: Exception) -> str:
    """Say in Indonesian why ``host`` did not resolve (the resolver's own words are English)."""
    if isinstance(exc, UnicodeError):
        return f"nama domain {host} tidak sah"
    if isinstance(exc, socket.gaierror) and exc.errno in (socket.EAI_NONAME, getattr(socket, "EAI_NODATA", None)):
        return f"nama domain {host} tidak ditemukan (DNS)"
    if isinstance(exc, socket.gaierror) and exc.errno == socket.EAI_AGAIN:
        return f"server DNS tidak menjawab untuk {host} (gangguan sementara)"
    return f"nama domain {host} tidak dapat diresolusi (DNS)"


class Guard:
    """One application's address policy and resolve overrides, applied to every connection."""

    def __init__(
        self, policy: AddressPolicy, resolve: Sequence[ResolveRule], resolver: Resolver = system_resolver
    ) -> None:
        self._policy = policy
        self._decided = _decisions(policy)
        self._resolve = tuple(resolve)
        self._resolver = resolver

    async def addresses(self, host: str, port: int, timeout: float | None = None) -> list[str]:  # noqa: ASYNC109
        """Return the addresses of ``host``, every one allowed; raise DnsLookupError or AddressBlockedError."""
        addresses = await self._lookup(host, port, timeout)
        self.check(host, addresses)
        return addresses

    def check(self, host: str, addresses: Sequence[str]) -> None:
        """Raise AddressBlockedError when any of ``addresses`` is refused (a refused one blocks the host)."""
        key = tuple(addresses)
        decided = self._decided
        if key in decided:
            reason = decided[key]
        else:
            if len(decided) >= _DECIDED_ADDRESSES:
                decided.clear()
            reason = decided[key] = _refusal(key, self._policy)
        if reason:
            raise AddressBlockedError(f"{host} ditolak: {reason}")

    def socket(self, addr_info: tuple[Any, ...]) -> socket.socket:
        """Open the socket of one connection attempt, once its address is checked."""
        family, kind, proto, _, address = addr_info
        self.check(str(address[0]), [str(address[0])])
        return socket.socket(family, kind, proto)

    async def _lookup(self, host: str, port: int, timeout: float | None) -> list[str]:  # noqa: ASYNC109
        for rule in self._resolve:
            if rule.matches(host, port):
                return [rule.address]
        if is_ip_literal(host):
            return [host.strip("[]")]
        with Deadline(timeout):
            addresses = await self._resolver(host, port)
        if not addresses:
            raise DnsLookupError(f"nama domain {host} tidak punya alamat (DNS)")
        return addresses
