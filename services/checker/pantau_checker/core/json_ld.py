"""The values a page's JSON-LD blocks (``<script type="application/ld+json">``) give under some keys.

A bounded walk of each block: Yoast nests its nodes in ``@graph``, others in ``mainEntity`` or lists, and a
hostile page's block is read no further than ``MAX_NODES`` nodes.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator

MAX_NODES = 2000
# A comma before a closing brace or bracket, which a theme's template leaves after its last property and
# browsers' and search engines' readers forgive (JSON does not): read as if it were not there.
_TRAILING_COMMA = re.compile(r",(\s*[}\]])")


def strings(scripts: Iterable[str], keys: Iterable[str]) -> Iterator[str]:
    """Yield the strings under ``keys`` in the blocks (``scripts``, their text), each of a list's too
    (``"sameAs": [...]``); a block that is no JSON gives none."""
    wanted = frozenset(keys)
    for script in scripts:
        data = _loads(script)
        if data is not None:
            yield from _strings(data, wanted)


def _loads(script: str) -> object:
    """Return the JSON of a block, read past trailing commas; None where it is no JSON."""
    try:
        return json.loads(script)
    except RecursionError:
        return None
    except ValueError:
        pass
    try:
        return json.loads(_TRAILING_COMMA.sub(r"\1", script))
    except (ValueError, RecursionError):
        return None


def _strings(data: object, keys: frozenset[str]) -> Iterator[str]:
    queue, seen = [data], 0
    while queue and seen < MAX_NODES:
        node = queue.pop()
        seen += 1
        if isinstance(node, dict):
            for key, value in node.items():
                if key in keys:
                    if isinstance(value, str):
                        yield value
                    elif isinstance(value, list):
                        yield from (v for v in value[:MAX_NODES] if isinstance(v, str))
            queue.extend(v for v in node.values() if isinstance(v, dict | list))
        elif isinstance(node, list):
            queue.extend(node[:MAX_NODES])


# The nodes that describe the page's own site: the site, the page, the organisation that runs it.
_SITE_TYPES = frozenset(
    {"WebSite", "WebPage", "CollectionPage", "AboutPage", "ContactPage", "ItemPage", "Organization"}
)


def site_addresses(scripts: Iterable[str]) -> Iterator[str]:
    """Yield the ``url`` of each block's own site, page and organisation: its top nodes (or its ``@graph``'s, as
    Yoast writes them) of those types; not a news item's publisher or an article it cites, nested in another node."""
    for script in scripts:
        for node in _top_nodes(_loads(script)):
            types = node.get("@type")
            named = [types] if isinstance(types, str) else types if isinstance(types, list) else []
            url = node.get("url")
            if isinstance(url, str) and any(kind in _SITE_TYPES for kind in named if isinstance(kind, str)):
                yield url


def _top_nodes(data: object) -> Iterator[dict[str, object]]:
    nodes = data if isinstance(data, list) else [data]
    for node in nodes[:MAX_NODES]:
        if isinstance(node, dict):
            yield node
            graph = node.get("@graph")
            if isinstance(graph, list):
                yield from (item for item in graph[:MAX_NODES] if isinstance(item, dict))
