"""Government domains (Permenkominfo 5/2015): is a host under an allowed suffix; its registrable domain."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import tldextract

DEFAULT_SUFFIXES = ("go.id", "bekasikota.go.id")


@lru_cache(maxsize=1)
def _extractor() -> tldextract.TLDExtract:
    # Imported at the first registrable domain asked for, which most checks never ask: tldextract brings
    # requests and urllib3 with it, a tenth of a second of every checker process's start.
    import tldextract

    # The bundled public suffix snapshot only: the checker never fetches the list at run time.
    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


@lru_cache(maxsize=4096)  # the same few hosts on every check
def registered_domain(host: str) -> str:
    """Return the registrable domain of ``host`` per the public suffix list."""
    parts = _extractor()(host)
    return parts.top_domain_under_public_suffix or host


def compliant(host: str, suffixes: Sequence[str] = DEFAULT_SUFFIXES) -> bool:
    """Return whether ``host`` is under one of ``suffixes`` (dot boundary, case-insensitive)."""
    host = host.lower().rstrip(".")
    return any(host == s or host.endswith("." + s) for s in (x.lower().strip(".") for x in suffixes))
