"""Bounded HTTP fetching with the SSRF guard and the resolve override.

``session`` fetches (redirects by hand, time bounds); ``transport`` carries httpx's requests
over the session's own connections, on which ``protocol`` speaks HTTP/1.1; ``guard`` checks
every address before a socket opens; ``body`` decompresses with a bound; ``certificates``
reads TLS facts; ``errors`` maps any failure to a down reason; ``timing`` measures the phases.
"""

from __future__ import annotations

from . import _no_cli  # noqa: F401 - first: before httpx is imported
from .errors import AddressBlockedError, DnsLookupError, FetchError
from .guard import Resolver, system_resolver
from .session import (
    BROWSER_UA,
    GOOGLEBOT_UA,
    IPHONE_UA,
    MOBILE_UA,
    VISITOR_ACCEPT,
    VISITOR_UA,
    FetchLimits,
    FetchResult,
    Session,
)

__all__ = [
    "BROWSER_UA",
    "GOOGLEBOT_UA",
    "IPHONE_UA",
    "MOBILE_UA",
    "VISITOR_ACCEPT",
    "VISITOR_UA",
    "AddressBlockedError",
    "DnsLookupError",
    "FetchError",
    "FetchLimits",
    "FetchResult",
    "Resolver",
    "Session",
    "system_resolver",
]
