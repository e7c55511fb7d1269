"""Where a site's sitemaps are, besides the one at its root: those its robots.txt names, those an index lists.

An intruder who writes gambling pages into a department's site wants search engines to find them: it adds a
sitemap of its own and names it in robots.txt ("Sitemap: https://…/wp-content/uploads/slot/sitemap.xml"), or
publishes its pages as posts, which WordPress and Yoast list in the posts' sitemap under the index at the root.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable
from typing import NamedTuple
from urllib.parse import urljoin, urlsplit

_MAX_ROBOTS_LINES = 2000  # a robots.txt of a few hundred rules; a hostile one is read no further
MORE_SITEMAPS = 8  # read besides the root's: the posts', the pages', an intruder's named in robots.txt
# A gzipped sitemap may unpack to 50 MB by the protocol; a check reads its first thousands of entries, and a
# file that unpacks further is a bomb, not a department's sitemap.
MAX_UNPACKED_BYTES = 16_000_000
_GZIP = b"\x1f\x8b"


class Further(NamedTuple):
    """Where a thorough check reads on from the root's sitemap."""

    own: list[str]  # sitemaps on the site's own host, to read (robots.txt's first), a bounded few
    foreign: list[str]  # sitemaps robots.txt names on other hosts: addresses to judge, not the site's dates


def further(first_url: str, robots: list[str], listed_there: Iterable[str]) -> Further:
    """Return the sitemaps to read on to from the first (``first_url``): those robots.txt names (``robots``) and
    those the first lists (an index's entries), on the site's own host; and those robots.txt names elsewhere."""
    host = _bare_host(first_url)
    others = dict.fromkeys(url for url in (*robots, *listed(listed_there)) if url != first_url)
    own = _spread([url for url in others if _bare_host(url) == host], MORE_SITEMAPS)
    return Further(own, [url for url in robots if _bare_host(url) != host])


def _spread(urls: list[str], count: int) -> list[str]:
    """Return ``count`` of ``urls``, one of each folder in turn, in their order: a robots.txt that names a
    thousand decoys at the root before an intruder's sitemap in ``/wp-content/uploads/`` has the intruder's
    read, and a site's own (all at its root, as WordPress and Yoast write them) are read as they are listed."""
    folders: dict[str, list[str]] = {}
    for url in urls:
        folders.setdefault(urlsplit(url).path.rpartition("/")[0], []).append(url)
    chosen: list[str] = []
    for depth in range(count):
        chosen.extend(listed[depth] for listed in folders.values() if depth < len(listed))
        if len(chosen) >= count:
            break
    return chosen[:count]


def named_in_robots(robots: bytes, base_url: str) -> list[str]:
    """Return the addresses of the ``Sitemap:`` lines of a robots.txt, absolute against ``base_url``."""
    found = []
    for line in robots.decode("utf-8-sig", "replace").splitlines()[:_MAX_ROBOTS_LINES]:
        name, colon, value = line.partition(":")
        if colon and name.strip().lower() == "sitemap":
            address = value.split("#", 1)[0].strip()
            if address:
                found.append(urljoin(base_url, address))
    return found


def listed(urls: Iterable[str]) -> list[str]:
    """Return the addresses among a sitemap's ``<loc>`` that are sitemaps themselves (an index's entries),
    gzipped ones too (``sitemap-posts.xml.gz``)."""
    return [url for url in urls if urlsplit(url).path.lower().endswith((".xml", ".xml.gz"))]


def unpacked(body: bytes) -> bytes:
    """Return a sitemap's XML: a gzipped file (``sitemap.xml.gz``, served as a file, not in a gzip transfer
    encoding, which the fetch undoes) unpacked, or nothing where it is broken or unpacks beyond
    ``MAX_UNPACKED_BYTES``; any other body as it is."""
    if not body.startswith(_GZIP):
        return body
    unzip = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        xml = unzip.decompress(body, MAX_UNPACKED_BYTES)
    except zlib.error:
        return b""
    return b"" if unzip.unconsumed_tail else xml


def _bare_host(url: str) -> str:
    return (urlsplit(url).hostname or "").removeprefix("www.")
