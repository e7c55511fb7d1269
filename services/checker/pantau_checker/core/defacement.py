"""Defacement and online-gambling (judi online) injection detection, and cloaking comparison.

Every part of a page is scanned with one Aho-Corasick automaton: visible text, hidden text,
links (text and address), title and meta tags. Findings carry a code, a severity, the matched
text with a little context, and where it was found.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice
from typing import Literal

import ahocorasick

from pantau_contracts.status import Finding, Severity

from . import terms
from .page import Page

Kind = Literal["strong", "weak", "deface", "counter"]
Location = Literal["visible", "hidden", "link", "title", "meta"]
_CONTEXT = 120
_SNIPPET = 60
# A hostile page must not make the scan slow: bounded matches per part, parts per page.
_MAX_MATCHES = 5000
_MAX_PARTS = 3000
_LONGEST_TERM = max(len(t) for t in (*terms.STRONG_GAMBLING, *terms.WEAK_GAMBLING))
_SEVERITY: dict[tuple[str, str], Severity] = {
    ("judi_online", "visible"): "tinggi",
    ("judi_online", "hidden"): "kritis",
    ("judi_online", "link"): "tinggi",
    ("judi_online", "title"): "kritis",
    ("judi_online", "meta"): "kritis",
}


@dataclass(frozen=True)
class Match:
    term: str
    kind: Kind
    start: int
    end: int


@lru_cache(maxsize=1)
def _automaton() -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for kind, words in (
        ("counter", terms.COUNTER_CONTEXT),
        ("weak", terms.WEAK_GAMBLING),
        ("strong", terms.STRONG_GAMBLING),
        ("deface", terms.DEFACEMENT),
    ):
        for word in words:
            automaton.add_word(word.lower(), (kind, word.lower()))
    automaton.make_automaton()
    return automaton


def matches(text: str) -> list[Match]:
    """Return the term matches in ``text`` on word boundaries, at most _MAX_MATCHES of each kind.

    The cap is per kind, so a flood of harmless words cannot push real spam out of the scan.
    """
    lowered = text.lower()
    found = []
    counts: dict[str, int] = {}
    for end, (kind, word) in _automaton().iter(lowered):
        start = end - len(word) + 1
        if counts.get(kind, 0) < _MAX_MATCHES and _bounded(lowered, start, end + 1):
            counts[kind] = counts.get(kind, 0) + 1
            found.append(Match(word, kind, start, end + 1))
    return found


def scan(page: Page) -> tuple[Finding, ...]:
    """Return the gambling and defacement findings of a page, one per code and location."""
    hits: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for location, text in islice(_parts(page), _MAX_PARTS):
        for code, term, snippet in _flagged(text, location):
            found = hits.setdefault((code, location), [])
            if len(found) < 50:
                found.append((term, snippet))
    return tuple(_finding(code, location, found) for (code, location), found in hits.items())


def gambling_terms(findings: Iterable[Finding]) -> set[str]:
    """Return the set of gambling finding locations+codes, for cloaking comparison."""
    return {f"{f.code}@{f.location}" for f in findings if f.code in ("judi_online", "defacement")}


def cloaking(browser: tuple[Finding, ...], crawler: tuple[Finding, ...]) -> tuple[Finding, ...]:
    """Flag cloaking when the Googlebot fetch shows gambling content the browser fetch does not."""
    shown_to_bot = gambling_terms(crawler) - gambling_terms(browser)
    if not shown_to_bot or gambling_terms(browser):
        return ()
    evidence = "; ".join(f.evidence for f in crawler if f"{f.code}@{f.location}" in shown_to_bot)
    return (Finding("cloaking_googlebot", "kritis", f"hanya untuk Googlebot: {evidence}"[:500], "googlebot"),)


def _parts(page: Page) -> Iterator[tuple[Location, str]]:
    yield "title", page.title
    for name, content in page.metas:
        if name in (
            "description",
            "keywords",
            "og:title",
            "og:description",
            "twitter:title",
            "twitter:description",
            "title",
        ):
            yield "meta", content
    yield "visible", page.visible_text
    for text in page.hidden_texts:
        yield "hidden", text
    for link in page.links:
        yield "link", _link_text(link.text, link.href)
    for link in page.hidden_links:
        yield "hidden", _link_text(link.text, link.href)


def _flagged(text: str, location: Location) -> Iterator[tuple[str, str, str]]:
    found = matches(text)
    counters = [m.start for m in found if m.kind == "counter"]
    strong = [m for m in found if m.kind == "strong"]
    strong_starts = [m.start for m in strong]
    for match in found:
        if match.kind == "counter" or (match.kind == "weak" and _covered(match, strong, strong_starts)):
            continue
        if match.kind == "weak" and location in ("visible", "link"):
            continue  # a lone 'judi' or 'togel' in plain text or a link is not enough to accuse
        window = _CONTEXT if match.kind == "weak" else _CONTEXT // 2
        if _near(match.start, counters, window):
            continue  # news about fighting judi online, not an injection
        code = "defacement" if match.kind == "deface" else "judi_online"
        yield code, match.term, _snippet(text, match)


def _link_text(text: str, href: str) -> str:
    # Spam URLs spell their terms with separators: /daftar-slot-gacor/, slot_gacor.
    return f"{text} {href.replace('-', ' ').replace('_', ' ').replace('/', ' ')}"


def _covered(weak: Match, strong: list[Match], starts: list[int]) -> bool:
    first = bisect_left(starts, weak.start - _LONGEST_TERM)
    last = bisect_right(starts, weak.start)
    return any(m.start <= weak.start and weak.end <= m.end for m in strong[first:last])


def _near(position: int, counters: list[int], window: int) -> bool:
    index = bisect_left(counters, position - window)
    return index < len(counters) and counters[index] <= position + window


def _finding(code: str, location: str, found: list[tuple[str, str]]) -> Finding:
    words = sorted({t for t, _ in found})
    severity = "kritis" if code == "defacement" else _SEVERITY.get((code, location), "tinggi")
    evidence = f"{', '.join(words[:8])}: \u201c{found[0][1]}\u201d"
    return Finding(code, severity, evidence[:500], location)


def _snippet(text: str, match: Match) -> str:
    start = max(0, match.start - _SNIPPET)
    return " ".join(text[start : match.end + _SNIPPET].split())


def _bounded(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not before.isalnum() and not after.isalnum()
