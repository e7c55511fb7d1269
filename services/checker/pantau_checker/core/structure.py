"""A page's structure in a few numbers, to see a body replaced under the application's usual title.

A defacement that leaves the ``<title>`` alone swaps the body for a hacker's page: a message, a
few links or none, no menu. The checker remembers the structure of the normal page (its title,
how many links and menu links it has, a sketch of the words of its main text) and compares each
new page with it. The sketch is a bottom-k MinHash of the distinct words: 64 numbers that
estimate how much two texts share, stable across processes (CRC-32, not Python's ``hash``).
"""

from __future__ import annotations

import heapq
import re
import zlib
from dataclasses import dataclass

from .page import Page
from .text import lower

_SKETCH = 64
_MAX_TEXT = 20_000  # characters of the main text that are read
_WORD = re.compile(r"[^\W\d_]{3,}")
_LETTER = re.compile(r"[^\W\d_]")
_ASCII = bytes(range(128))
_ASCII_LETTER_LOWER = bytes(ord(chr(b).lower()) if chr(b).isascii() and chr(b).isalpha() else 32 for b in range(256))


@dataclass(frozen=True)
class Structure:
    title: str
    links: int  # that a visitor can follow (not hidden by the page itself)
    menu_links: int
    words: tuple[int, ...] = ()  # the sketch of the main text's words, smallest first


def structure_of(page: Page, words: tuple[int, ...] | None = None) -> Structure:
    """Return the structure of ``page``; ``words`` spares reading a main text known unchanged."""
    return Structure(page.title, len(page.links), page.menu_link_count, sketch(page) if words is None else words)


def sketch(page: Page) -> tuple[int, ...]:
    """Return the sketch of the words of the page's main text (its visible text if it has none)."""
    hashes = set(map(zlib.crc32, _words((page.main_text or page.visible_text)[:_MAX_TEXT])))
    return tuple(sorted(hashes)[:_SKETCH])  # a C sort of a few hundred numbers beats heapq.nsmallest


def _words(text: str) -> set[bytes]:
    """Return the distinct words of ``text`` lowered, in UTF-8, as ``_WORD`` finds them."""
    # Text within Latin-1 (most text that is not ASCII: "·", "»", "é") is copied as Latin-1, not
    # encoded as UTF-8; the words of the bytes are ASCII letters only, the same in either.
    try:
        raw, codec = text.encode("latin-1"), "latin-1"
    except UnicodeEncodeError:
        raw, codec = text.encode("utf-8", "surrogatepass"), "utf-8"
    others = set(raw.translate(None, _ASCII).decode(codec, "surrogatepass"))
    if any(_LETTER.match(c) or c.lower() != c for c in others):
        return {word.encode() for word in _WORD.findall(lower(text))}
    # Only ASCII letters make words and the other characters have no case: one translate of the
    # bytes lowers the letters and blanks the rest, several times faster than the expression. The
    # words are made distinct in C before the length of each is read.
    return {word for word in set(raw.translate(_ASCII_LETTER_LOWER).split()) if len(word) >= 3}


def resemblance(one: tuple[int, ...], other: tuple[int, ...]) -> float:
    """Return the estimated share of distinct words two sketches have in common (0 to 1)."""
    if not one or not other:
        return 1.0 if one == other else 0.0
    both = set(one) & set(other)
    union = heapq.nsmallest(_SKETCH, set(one) | set(other))
    return sum(1 for h in union if h in both) / len(union)
