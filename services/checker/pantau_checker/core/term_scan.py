"""Online-gambling (judi online) and defacement terms found in text, with their context rules.

One Aho-Corasick automaton (a DFA, ``ahocorasick_rs``) finds every listed word of ``terms``,
overlapping ones too, and keeps those on word boundaries; where
it finds the prefix of a term with a number in it (depo 25k), a regular expression reads the
rest. The rules of ``terms`` then drop what is not an injection: a weak term inside a longer
term, a weak term next to a word of its innocent use, a weak term without company, and any term
next to news context. Many texts (a page's links) are scanned in one pass and judged each on its
own. The page checks turn what is left into findings. Every step is linear in the number of
matches, which is bounded.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from html import unescape
from itertools import accumulate, islice
from typing import Literal

import ahocorasick_rs

from . import terms
from .text import lower, lower_utf8

Kind = Literal["strong", "weak", "deface", "deface_weak", "counter"]
_Tag = Kind | Literal["numbered"]  # what a listed word is: a term of its kinds, the prefix of a numbered one
Location = Literal["visible", "hidden", "link", "title", "meta", "sitemap.xml", "body", "script"]
_COUNTER_WINDOW = {"weak": 120, "strong": 60, "deface": 60, "deface_weak": 120}
_COMPANY_WINDOW = {"weak": 100, "deface_weak": 200}
_INNOCENT_WINDOW = 50
_NEIGHBOURS = 32  # matches looked at around one match, so a flood of one word stays linear
_SNIPPET = 60
# A hostile page must not make the scan slow: bounded matches per kind and pass.
_MAX_MATCHES = 5000
_TOPIC = frozenset(terms.TOPIC_GAMBLING)
_GAMBLING: frozenset[str] = frozenset({"strong", "weak"})
_DEFACE: frozenset[str] = frozenset({"deface", "deface_weak"})
_LISTED = _GAMBLING | _DEFACE
_NUMBERED_SPAN = 64  # bytes after a numbered term's prefix read for the rest of it ("depo 25 ribu")


@dataclass(frozen=True)
class Match:
    term: str
    kind: Kind
    start: int
    end: int
    part: int = 0  # which of the texts scanned together it is in


@dataclass(frozen=True)
class _Parts:
    """Texts scanned as one (one automaton pass), each judged on its own: no rule looks across two."""

    text: str
    lowered: str
    starts: list[int]

    @classmethod
    def of(cls, texts: Iterable[str]) -> _Parts:
        texts = list(texts)
        text = "\n".join(texts)
        lowered = lower(text)  # the same as part by part: a line break ends a word (and a final sigma)
        if len(lowered) != len(text):
            return cls._quoted_lower(texts)
        starts = list(accumulate((len(t) + 1 for t in texts[:-1]), initial=0)) if texts else []
        return cls(text, lowered, starts)

    @classmethod
    def _quoted_lower(cls, texts: list[str]) -> _Parts:
        kept, lowered, starts, at = [], [], [], 0
        for text in texts:
            low = text.lower()
            # A text whose lower case is longer ("İ") is quoted in lower case, so that positions agree.
            kept.append(text if len(low) == len(text) else low)
            lowered.append(low)
            starts.append(at)
            at += len(low) + 1
        return cls("\n".join(kept), "\n".join(lowered), starts)

    def part(self, position: int) -> int:
        return bisect_right(self.starts, position) - 1

    def bounds(self, part: int) -> tuple[int, int]:
        end = self.starts[part + 1] - 1 if part + 1 < len(self.starts) else len(self.text)
        return self.starts[part], end


@dataclass(frozen=True)
class _Automaton:
    words: tuple[str, ...]
    kinds: tuple[tuple[_Tag, ...], ...]  # of each word, in the order of ``terms``
    search: ahocorasick_rs.BytesAhoCorasick

    def found(self, text: str) -> list[tuple[int, int, int]]:
        """Return (word index, start, end) of every occurrence, overlapping ones too, by end, longest first."""
        # One byte a character, so that the offsets are the text's: given a ``str``, ahocorasick_rs
        # builds a table from UTF-8 offsets to characters as long as the text, dearer than the search.
        # The words are ASCII without "?", so no byte of Latin-1 beyond ASCII, nor the "?" standing for
        # a character Latin-1 lacks (a lone surrogate too), is ever part of a match.
        return self.search.find_matches_as_indexes(text.encode("latin-1", "replace"), overlapping=True)


@lru_cache(maxsize=1)
def _automaton() -> _Automaton:
    kinds: dict[str, list[_Tag]] = {}
    words: tuple[str, ...]
    kind: _Tag
    for kind, words in (
        ("counter", terms.COUNTER_CONTEXT),
        ("weak", terms.WEAK_GAMBLING),
        ("strong", terms.STRONG_GAMBLING),
        ("deface", terms.DEFACEMENT),
        ("deface_weak", terms.WEAK_DEFACEMENT),
        ("numbered", terms.NUMBERED_PREFIXES),
    ):
        for word in words:
            found = kinds.setdefault(word.lower(), [])
            if kind not in found:
                found.append(kind)
    if not all(word.isascii() and "?" not in word for word in kinds):
        raise ValueError("the listed words must be ASCII without '?' (see _Automaton.found)")
    encoded = [word.encode("ascii") for word in kinds]
    search = ahocorasick_rs.BytesAhoCorasick(encoded, implementation=ahocorasick_rs.Implementation.DFA)
    return _Automaton(tuple(kinds), tuple(tuple(k) for k in kinds.values()), search)


# Tried only where the automaton found one of its prefixes: a regex scan of the whole text is slow.
_PATTERN = re.compile(
    r"(?:(?P<strong>{})|(?P<weak>{}))(?!\w)".format(
        "|".join(terms.PATTERNS["strong"]), "|".join(terms.PATTERNS["weak"])
    )
)
# Looked for only around a weak term: most words of innocent use are everywhere ("layanan").
_INNOCENT = {
    term: re.compile(r"(?<!\w)(?:{})(?!\w)".format("|".join(re.escape(u) for u in sorted(uses, key=len, reverse=True))))
    for term, uses in terms.INNOCENT_NEAR.items()
}


def matches(text: str) -> list[Match]:
    """Return the term matches in ``text`` on word boundaries, by position, at most _MAX_MATCHES of each kind.

    The cap is per kind, so a flood of harmless words cannot push real spam out of the scan.
    """
    return _matches(_Parts.of([text]))


def flagged(text: str) -> Iterator[tuple[str, str, str]]:
    """Yield (code, term, snippet) for each injected term of ``text``, in the order of the text."""
    for _, code, term, snippet in flagged_each([text]):
        yield code, term, snippet


def flagged_each(texts: Iterable[str]) -> Iterator[tuple[int, str, str, str]]:
    """Yield (index, code, term, snippet) for each injected term of each of ``texts``, in one pass."""
    parts = _Parts.of(texts)
    found = _matches(parts)
    if not found:  # most texts: their judging is all overhead
        return
    gambling = _outermost([m for m in found if m.kind in _GAMBLING])
    gambling = [m for m in gambling if m.kind == "strong" or not _innocent(m, parts)]
    deface = _outermost([m for m in found if m.kind in _DEFACE])
    counters = _uncovered([m for m in found if m.kind == "counter"], [m for m in found if m.kind == "strong"])
    kept = [m for m in gambling if _company(m, gambling)] + [m for m in deface if _company(m, deface)]
    for match in sorted(kept, key=lambda m: m.start):
        if not _near(match, counters, _COUNTER_WINDOW[match.kind]):
            code = "judi_online" if match.kind in _GAMBLING else "defacement"
            yield match.part, code, match.term, _snippet(parts, match)


def mentions(html: str) -> bool:
    """Whether a whole page (its HTML) holds any listed gambling or defacement word, before any rule.

    Every part a scan reads (a hidden element's text, a link, a script) is made of the page's
    words, so a page that mentions none has no part to flag. Read as lower-case UTF-8 bytes, in
    which a letter beyond ASCII is no letter: a word boundary more than in the text, never one less;
    a word spelled in character references (``&#115;lot``) is read as the parser reads it.
    """
    raw = lower_utf8(unescape(html) if "&#" in html else html)
    automaton = _automaton()
    for index, start, end in automaton.search.find_matches_as_indexes(raw, overlapping=True):
        kinds = automaton.kinds[index]
        at_word = start == 0 or not raw[start - 1 : start].isalnum()
        if (
            "numbered" in kinds
            and at_word
            and _PATTERN.match(raw[start : start + _NUMBERED_SPAN].decode("utf-8", "replace"))
        ):
            return True
        if at_word and (end == len(raw) or not raw[end : end + 1].isalnum()) and _LISTED.intersection(kinds):
            return True
    return False


def _matches(parts: _Parts) -> list[Match]:
    lowered = parts.lowered
    automaton = _automaton()
    found = []
    counts: dict[str, int] = {}
    numbered: set[int] = set()
    for index, start, end in automaton.found(lowered):
        kinds = automaton.kinds[index]
        if "numbered" in kinds and start not in numbered and (start == 0 or not lowered[start - 1].isalnum()):
            numbered.add(start)
            found += _numbered(lowered, start, counts)
        if _bounded(lowered, start, end):
            word = automaton.words[index]
            for kind in kinds:
                if kind != "numbered" and counts.get(kind, 0) < _MAX_MATCHES:
                    counts[kind] = counts.get(kind, 0) + 1
                    found.append(Match(word, kind, start, end))
    found.sort(key=lambda m: (m.start, -m.end))
    if len(parts.starts) <= 1:
        return found
    return [Match(m.term, m.kind, m.start, m.end, parts.part(m.start)) for m in found]


def _numbered(lowered: str, start: int, counts: dict[str, int]) -> list[Match]:
    hit = _PATTERN.match(lowered, start)
    if hit is None:
        return []
    kind: Kind = "strong" if hit.group("strong") else "weak"
    if counts.get(kind, 0) >= _MAX_MATCHES:
        return []
    counts[kind] = counts.get(kind, 0) + 1
    return [Match(" ".join(hit.group(0).split()), kind, start, hit.end())]


def spaced(address: str) -> str:
    """Return an address with its separators as spaces, so the terms it spells can match."""
    # Spam URLs spell their terms with separators: /daftar-slot-gacor/, slot_gacor, ?q=slot+gacor.
    return address.replace("-", " ").replace("_", " ").replace("+", " ").replace("/", " ")


def _outermost(found: list[Match]) -> list[Match]:
    """Drop the matches that lie inside a longer one ('slot' in 'slot gacor'); ``found`` is by position."""
    kept: list[Match] = []
    reach = -1
    for match in found:
        if match.end > reach:
            kept.append(match)
            reach = match.end
        elif match.kind == "strong" and (not kept or (kept[-1].start, kept[-1].end) != (match.start, match.end)):
            kept.append(match)  # a strong term inside another is still its own evidence
    return kept


def _uncovered(inner: list[Match], outer: list[Match]) -> list[Match]:
    # A counter word inside a spam term ('anti' in 'anti rungkad') is spam, not news context.
    starts = [m.start for m in outer]
    result = []
    for match in inner:
        first = bisect_left(starts, match.start - 40)
        window = islice(outer, first, first + _NEIGHBOURS)
        if not any(m.start <= match.start and match.end <= m.end for m in window):
            result.append(match)
    return result


def _innocent(match: Match, parts: _Parts) -> bool:
    uses = _INNOCENT.get(match.term)
    if uses is None:
        return False
    low, high = parts.bounds(match.part)
    start, end = max(low, match.start - _INNOCENT_WINDOW), min(high, match.end + _INNOCENT_WINDOW)
    return uses.search(parts.lowered, start, end) is not None


def _company(match: Match, found: list[Match]) -> bool:
    """Tell whether a term counts: a strong one always, a weak one next to another term that sells."""
    if match.kind in ("strong", "deface"):
        return True
    for other in _around(match, found, _COMPANY_WINDOW[match.kind]):
        if other.term == match.term:
            continue
        if other.kind in ("strong", "deface") or not (match.term in _TOPIC and other.term in _TOPIC):
            return True
    return False


def _near(match: Match, counters: list[Match], window: int) -> bool:
    return next(_around(match, counters, window), None) is not None


def _around(match: Match, found: list[Match], window: int) -> Iterator[Match]:
    """Yield the matches of ``found`` (by position) within ``window`` of ``match``, in its part, a bounded few."""
    first = bisect_left(found, match.start - window, key=lambda m: m.start)
    for other in islice(found, first, first + 2 * _NEIGHBOURS):
        if other.start > match.end + window:
            return
        if other is not match and other.part == match.part:
            yield other


def _snippet(parts: _Parts, match: Match) -> str:
    low, high = parts.bounds(match.part)
    return " ".join(parts.text[max(low, match.start - _SNIPPET) : min(high, match.end + _SNIPPET)].split())


def _bounded(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not before.isalnum() and not after.isalnum()
