"""Online-gambling (judi online) and defacement terms found in text, with their context rules.

One Aho-Corasick automaton finds every term of ``terms`` on word boundaries. The rules then
drop what is not an injection: a weak term covered by a strong one, a lone weak term in plain
text, a link or a page address, and any term next to news context (a story about fighting
judi online). The page checks turn what is left into findings.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

import ahocorasick

from . import terms

Kind = Literal["strong", "weak", "deface", "counter"]
Location = Literal["visible", "hidden", "link", "title", "meta", "sitemap.xml"]
_CONTEXT = 120
_SNIPPET = 60
# A hostile page must not make the scan slow: bounded matches per kind and part.
_MAX_MATCHES = 5000
_LONGEST_TERM = max(len(t) for t in (*terms.STRONG_GAMBLING, *terms.WEAK_GAMBLING))


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


def flagged(text: str, location: Location) -> Iterator[tuple[str, str, str]]:
    """Yield (code, term, snippet) for each injected term of ``text`` found at ``location``."""
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


def spaced(address: str) -> str:
    """Return an address with its separators as spaces, so the terms it spells can match."""
    # Spam URLs spell their terms with separators: /daftar-slot-gacor/, slot_gacor, ?q=slot+gacor.
    return address.replace("-", " ").replace("_", " ").replace("+", " ").replace("/", " ")


def _covered(inner: Match, strong: list[Match], starts: list[int]) -> bool:
    first = bisect_left(starts, inner.start - _LONGEST_TERM)
    last = bisect_right(starts, inner.start)
    return any(m.start <= inner.start and inner.end <= m.end for m in strong[first:last])


def _near(position: int, counters: list[int], window: int) -> bool:
    index = bisect_left(counters, position - window)
    return index < len(counters) and counters[index] <= position + window


def _snippet(text: str, match: Match) -> str:
    start = max(0, match.start - _SNIPPET)
    return " ".join(text[start : match.end + _SNIPPET].split())


def _bounded(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not before.isalnum() and not after.isalnum()
