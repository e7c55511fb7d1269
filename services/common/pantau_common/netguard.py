"""The SSRF guard's decision: which resolved addresses the checker, and the webhook sender, may connect to.

Pure (standard library only): the checker's ``http.guard`` and the notifier's ``notify.guard`` apply it
to every address they resolve before any socket connects.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Sequence
from dataclasses import dataclass

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network
# Cloud metadata endpoints are refused even for internal applications.
METADATA = (
    ipaddress.ip_network("169.254.169.254/32"),
    ipaddress.ip_network("fd00:ec2::254/128"),
    ipaddress.ip_network("100.100.100.200/32"),
)
# Special-purpose ranges that Python's ``is_global`` lets through (multicast is "global" to it),
# refused even for internal applications; the data centre's own ranges come from the setting.
SPECIAL = (
    ipaddress.ip_network("0.0.0.0/8"),
    ipaddress.ip_network("192.0.0.0/24"),
    ipaddress.ip_network("198.18.0.0/15"),
    ipaddress.ip_network("224.0.0.0/4"),
    ipaddress.ip_network("240.0.0.0/4"),
    ipaddress.ip_network("ff00::/8"),
)


@dataclass(frozen=True)
class AddressPolicy:
    """Addresses allowed despite being non-public, and whether the app is internal."""

    allow: tuple[IPNetwork, ...] = ()
    internal: bool = False
    deny: tuple[IPNetwork, ...] = ()


def parse_networks(text: str) -> tuple[IPNetwork, ...]:
    """Parse a comma-separated CIDR list."""
    return tuple(ipaddress.ip_network(p.strip(), strict=False) for p in text.split(",") if p.strip())


def refusal(address: str, policy: AddressPolicy) -> str | None:
    """Return why ``address`` must not be contacted, or None when it may be."""
    ip = _unmap(ipaddress.ip_address(address))
    if any(ip in net for net in policy.allow):
        return None
    never = _never(ip, policy)
    if never:
        return never
    if ip.is_global:
        return None
    if policy.internal and (ip.is_private or ip.is_loopback) and not ip.is_link_local:
        return None
    return f"{ip} bukan alamat publik ({_kind(ip)})"


def _never(ip: IPAddress, policy: AddressPolicy) -> str | None:
    """Why ``ip`` is refused whatever the application: metadata, special-purpose, denied ranges."""
    if any(ip in net for net in METADATA):
        return f"{ip} adalah alamat metadata cloud"
    if any(ip in net for net in SPECIAL):
        return f"{ip} adalah alamat khusus ({_kind(ip)})"
    if any(ip in net for net in policy.deny):
        return f"{ip} berada di rentang yang ditolak (PANTAU_CHECKER_DENY_ADDRESSES)"
    return None


def is_ip_literal(host: str) -> bool:
    """Return whether ``host`` is an IP address rather than a name (IPv6 may be bracketed)."""
    bare = host.strip("[]")
    if ":" not in bare and bare.strip("0123456789."):
        return False  # a name: an IPv4 address is digits and dots, an IPv6 one has colons (asked, it raises twice)
    try:
        ipaddress.ip_address(bare)
    except ValueError:
        return False
    return True


def first_refusal(addresses: Sequence[str], policy: AddressPolicy) -> str | None:
    """Return the refusal of the first refused address; any refused address blocks the host."""
    for address in addresses:
        reason = refusal(address, policy)
        if reason:
            return reason
    return None


def _unmap(ip: IPAddress) -> IPAddress:
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    return ip


def _kind(ip: IPAddress) -> str:
    for name in ("loopback", "link_local", "private", "multicast", "reserved", "unspecified"):
        if getattr(ip, f"is_{name}"):
            return name
    return "non-global"
