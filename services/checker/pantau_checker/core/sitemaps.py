"""Where a site's sitemaps are, besides the one at its root: those its robots.txt names, those an index lists.

An intruder who writes gambling pages into a department's site wants search engines to find them: it adds a
sitemap of its own and names it in robots.txt ("Sitemap: https://…/wp-content/uploads/slot/sitemap.xml"), or
publishes its pages as posts, which WordPress and Yoast list in the posts' sitemap under the index at the root.
"""

from __future__ import annotations

from collections.abc import Iterable
from urllib.parse import urljoin, urlsplit

_MAX_ROBOTS_LINES = 2000  # a robots.txt of a few hundred rules; a hostile one is read no further


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
    """Return the addresses among a sitemap's ``<loc>`` that are sitemaps themselves (an index's entries)."""
    return [url for url in urls if urlsplit(url).path.lower().endswith(".xml")]
