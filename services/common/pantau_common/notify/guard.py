"""The webhook sender's SSRF guard: every connection's host resolved, every address checked, the checked one dialled.

An editor of the registry chooses a webhook's URL, so the notifier must not POST to the services
beside it (the database, Kafka, the reporter, the cloud metadata address, anything on loopback).
The network backend below is where httpx opens each TCP connection: it resolves the name once,
refuses the host when any of its addresses is not public (``pantau_common.netguard``, the checker's
rule) and connects to the address it checked, never to the name, so a second lookup cannot return
another address (DNS rebinding). TLS still names the host (SNI, certificate), as httpcore starts TLS
over the stream with the URL's host. Allowed exceptions come from PANTAU_NOTIFY_WEBHOOK_ALLOW_ADDRESSES.
"""

from __future__ import annotations

import asyncio
import socket
import ssl
import typing

import httpcore
import httpx

from ..netguard import AddressPolicy, IPNetwork, first_refusal, is_ip_literal

_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=20, keepalive_expiry=5.0)  # httpx's own


class AddressBlockedError(Exception):
    """A webhook host with an address the guard refuses; the text says which and why."""


class GuardedBackend(httpcore.AsyncNetworkBackend):
    """httpcore's network backend, connecting only to resolved addresses the policy allows."""

    def __init__(self, allow: tuple[IPNetwork, ...], backend: httpcore.AsyncNetworkBackend | None = None) -> None:
        self._policy = AddressPolicy(allow=allow)
        self._backend = backend or httpcore.AnyIOBackend()

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,  # noqa: ASYNC109 # httpcore's signature
        local_address: str | None = None,
        socket_options: typing.Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        addresses = await _resolve(host, port, timeout)
        reason = first_refusal(addresses, self._policy)
        if reason:
            raise AddressBlockedError(reason)
        failure: Exception | None = None
        for address in addresses:  # the first that answers, each of them checked
            try:
                return await self._backend.connect_tcp(address, port, timeout, local_address, socket_options)
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                failure = exc
        assert failure is not None
        raise failure

    async def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,  # noqa: ASYNC109 # httpcore's signature
        socket_options: typing.Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        raise AddressBlockedError("soket lokal")

    async def sleep(self, seconds: float) -> None:
        await self._backend.sleep(seconds)


def guarded_transport(allow: tuple[IPNetwork, ...], verify: ssl.SSLContext | bool) -> httpx.AsyncHTTPTransport:
    """Return an httpx transport whose every connection goes through the guard (no proxy, HTTP/1.1)."""
    transport = httpx.AsyncHTTPTransport(verify=verify, limits=_LIMITS)
    # httpx 0.28 takes no network backend: the pool it made is replaced by one alike, guarded.
    transport._pool = httpcore.AsyncConnectionPool(
        ssl_context=httpx.create_ssl_context(verify=verify),
        max_connections=_LIMITS.max_connections,
        max_keepalive_connections=_LIMITS.max_keepalive_connections,
        keepalive_expiry=_LIMITS.keepalive_expiry,
        network_backend=GuardedBackend(allow),
    )
    return transport


async def _resolve(host: str, port: int, timeout: float | None) -> list[str]:  # noqa: ASYNC109
    """Return every address of ``host`` (an IP literal is its own); raise httpcore.ConnectError."""
    if is_ip_literal(host):
        return [host.strip("[]")]
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(timeout):
            infos = await loop.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except TimeoutError:
        raise httpcore.ConnectTimeout(f"DNS {host}") from None
    except (OSError, UnicodeError) as exc:
        raise httpcore.ConnectError(f"DNS {host}: {exc}") from None
    addresses = [str(info[4][0]) for info in infos]
    if not addresses:
        raise httpcore.ConnectError(f"DNS {host}: no address")
    return addresses
