"""The defacement check: gambling (judi online) or defacement text injected into the page.

Every part of the page is scanned: visible text, hidden text, links (text and address), title
and meta tags. One finding per code and location, with the matched terms and a little context.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import islice

from pantau_contracts.status import Finding, Severity
from pantau_contracts.vocabulary import Category

from ..page import Page
from ..term_scan import Location, flagged, spaced
from .base import Check, NoSettings, Observed

CATEGORY: Category = "keamanan"
_MAX_PARTS = 3000  # a hostile page must not make the scan slow
_MAX_HITS = 50
_SCANNED_METAS = frozenset(
    {"description", "keywords", "og:title", "og:description", "twitter:title", "twitter:description", "title"}
)
_SEVERITY: dict[tuple[str, str], Severity] = {
    ("judi_online", "visible"): "tinggi",
    ("judi_online", "hidden"): "kritis",
    ("judi_online", "link"): "tinggi",
    ("judi_online", "title"): "kritis",
    ("judi_online", "meta"): "kritis",
}


def scan(page: Page) -> tuple[Finding, ...]:
    """Return the gambling and defacement findings of a page, one per code and location."""
    hits: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for location, text in islice(_parts(page), _MAX_PARTS):
        for code, term, snippet in flagged(text, location):
            found = hits.setdefault((code, location), [])
            if len(found) < _MAX_HITS:
                found.append((term, snippet))
    return tuple(_finding(code, location, found) for (code, location), found in hits.items())


def judge(seen: Observed, settings: NoSettings) -> tuple[Finding, ...]:
    """Judge the page as a browser gets it."""
    return scan(seen.page) if seen.page is not None else ()


def _parts(page: Page) -> Iterator[tuple[Location, str]]:
    yield "title", page.title
    for name, content in page.metas:
        if name in _SCANNED_METAS:
            yield "meta", content
    yield "visible", page.visible_text
    for text in page.hidden_texts:
        yield "hidden", text
    for link in page.links:
        yield "link", f"{link.text} {spaced(link.href)}"
    for link in page.hidden_links:
        yield "hidden", f"{link.text} {spaced(link.href)}"


def _finding(code: str, location: str, found: list[tuple[str, str]]) -> Finding:
    words = sorted({t for t, _ in found})
    severity = "kritis" if code == "defacement" else _SEVERITY.get((code, location), "tinggi")
    evidence = f"{', '.join(words[:8])}: \u201c{found[0][1]}\u201d"
    return Finding(code, severity, evidence[:500], location, category=CATEGORY)


CHECK = Check("defacement", CATEGORY, ("judi_online", "defacement"), judge, NoSettings())
