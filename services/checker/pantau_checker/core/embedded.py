"""The dates of the posts a single-page app's shell holds in its embedded data, for a news list its script renders.

Such a page's body is a mount point and a ``<noscript>``; its posts are in Next.js's ``__NEXT_DATA__``, Nuxt's
``window.__NUXT__ = {...}``, Inertia's ``data-page`` attribute or a script's ``var berita = [...]``. Each block is read
as JSON (a script's object literals after an ``=``, where they are JSON), never searched with an expression, and only
a post's own date counts: a date under a key that names one ("published_at", "tanggal", "created_at") of an object in
a list that has a title of its own ("title", "judul", "slug"). An app's build or configuration ("created_at" of a
settings object, not in a list of titled items) and a user's account dates nothing.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator

MAX_NODES = 5000  # of a block's walk: a hostile page's data is read no further
MAX_BLOCK_CHARS = 1_000_000
MAX_ASSIGNMENTS = 8  # object literals tried in one script
MAX_DATES = 200
_POST_DATE_KEYS = frozenset(
    {
        "published_at",
        "publishedAt",
        "published",
        "date_published",
        "datePublished",
        "post_date",
        "created_at",
        "createdAt",
        "tanggal",
        "tgl",
        "tanggal_posting",
        "tgl_posting",
        "tanggal_terbit",
        "tanggal_publish",
        "date",
    }
)
_TITLE_KEYS = frozenset({"title", "judul", "judul_berita", "headline", "slug", "post_title", "nama_berita"})
# An agenda's items (a date ahead, the agenda's rule would read it as written two weeks before): a list under such a
# key, or an item with an event's place or hours.
_AGENDA_WORDS = ("agenda", "jadwal", "event", "acara", "schedule", "kalender", "calendar")
_EVENT_KEYS = frozenset(
    {"lokasi", "tempat", "waktu", "jam", "mulai", "selesai", "start", "end", "location", "venue", "tanggal_mulai"}
)
_ASSIGNED = re.compile(r"=\s*(?=[\[{])")
_DECODER = json.JSONDecoder()


def post_dates(blocks: Iterable[str]) -> list[str]:
    """Return the dates of the posts in ``blocks`` (JSON, or scripts that assign JSON), as their values."""
    found: list[str] = []
    for block in blocks:
        for data in _values(block[:MAX_BLOCK_CHARS]):
            found.extend(_dates(data))
            if len(found) >= MAX_DATES:
                return found[:MAX_DATES]
    return found


def _values(block: str) -> Iterator[object]:
    """Yield the JSON of a block: the whole of it, or else each literal a script assigns."""
    text = block.strip()
    if text[:1] in ("{", "["):
        try:
            yield json.loads(text)
            return
        except (ValueError, RecursionError):
            pass
    for count, assigned in enumerate(_ASSIGNED.finditer(text)):
        if count >= MAX_ASSIGNMENTS:
            break
        try:
            yield _DECODER.raw_decode(text, assigned.end())[0]
        except (ValueError, RecursionError):
            continue  # a JavaScript literal (unquoted keys, a function's call): no JSON


def _dates(data: object) -> Iterator[str]:
    queue: list[tuple[str, object]] = [("", data)]
    seen = 0
    while queue and seen < MAX_NODES:
        key, node = queue.pop()
        seen += 1
        if isinstance(node, list):
            items = node[:MAX_NODES]
            if not any(word in key.lower() for word in _AGENDA_WORDS):
                for item in items:
                    if isinstance(item, dict) and not _TITLE_KEYS.isdisjoint(item) and _EVENT_KEYS.isdisjoint(item):
                        yield from (v for k, v in item.items() if k in _POST_DATE_KEYS and isinstance(v, str) and v)
            queue.extend((key, v) for v in items if isinstance(v, dict | list))
        elif isinstance(node, dict):
            queue.extend((k, v) for k, v in node.items() if isinstance(v, dict | list))
