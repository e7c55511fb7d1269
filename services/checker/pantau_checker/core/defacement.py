"""Defacement and online-gambling (judi online) injection detection, and cloaking comparison.

Every part of a page is scanned with one Aho-Corasick automaton: visible text, hidden text,
links (text and address), title and meta tags; so are the page addresses a sitemap lists,
where injected gambling pages under subpaths show up. Findings carry a code, a severity, the
matched text with a little context, and where it was found.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice
from typing import Literal
from urllib.parse import unquote_plus, urlsplit

import ahocorasick

from pantau_contracts.status import Finding, Severity

from . import terms
from .page import Page

Kind = Literal["strong", "weak", "deface", "counter"]
Location = Literal["visible", "hidden", "link", "title", "meta", "sitemap.xml"]
_CONTEXT = 120
_SNIPPET = 60
# A hostile page must not make the scan slow: bounded matches per part, parts per page.
_MAX_MATCHES = 5000
_MAX_PARTS = 3000
_MAX_URLS = 5000
_EXAMPLE_URLS = 3
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


def scan_urls(urls: Iterable[str]) -> tuple[Finding, ...]:
    """Return a finding for gambling pages among a sitemap's ``urls`` (the first _MAX_URLS)."""
    found: set[str] = set()
    examples: list[str] = []
    for url in islice(urls, _MAX_URLS):
        words = {term for code, term, _ in _flagged(_url_text(url), "sitemap.xml") if code == "judi_online"}
        if words and len(examples) < _EXAMPLE_URLS:
            examples.append(url[:150])
        found |= words
    if not found:
        return ()
    evidence = f"{', '.join(sorted(found)[:8])}: {'; '.join(examples)}"
    return (Finding("judi_online_subpath", "kritis", evidence[:500], "sitemap.xml"),)


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
    strong = [m for m in found if m.kind == "strong"]
    strong_starts = [m.start for m in strong]
    # A counter word inside a spam term ('anti' in 'anti rungkad') is spam, not news context.
    counters = [m.start for m in found if m.kind == "counter" and not _covered(m, strong, strong_starts)]
    for match in found:
        if match.kind == "counter" or (match.kind == "weak" and _covered(match, strong, strong_starts)):
            continue
        if match.kind == "weak" and location in ("visible", "link", "sitemap.xml"):
            continue  # a lone 'judi' or 'togel' in plain text, a link or a page address is not enough
        window = _CONTEXT if match.kind == "weak" else _CONTEXT // 2
        if _near(match.start, counters, window):
            continue  # news about fighting judi online, not an injection
        code = "defacement" if match.kind == "deface" else "judi_online"
        yield code, match.term, _snippet(text, match)


def _link_text(text: str, href: str) -> str:
    return f"{text} {_spaced(href)}"


def _url_text(url: str) -> str:
    try:
        parts = urlsplit(url)
    except ValueError:
        return _spaced(unquote_plus(url))
    return _spaced(unquote_plus(f"{parts.path} {parts.query}"))


def _spaced(address: str) -> str:
    # Spam URLs spell their terms with separators: /daftar-slot-gacor/, slot_gacor, ?q=slot+gacor.
    return address.replace("-", " ").replace("_", " ").replace("+", " ").replace("/", " ")


def _covered(inner: Match, strong: list[Match], starts: list[int]) -> bool:
    first = bisect_left(starts, inner.start - _LONGEST_TERM)
    last = bisect_right(starts, inner.start)
    return any(m.start <= inner.start and inner.end <= m.end for m in strong[first:last])


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
