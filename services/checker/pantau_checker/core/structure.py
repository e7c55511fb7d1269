"""A page's structure in a few numbers, to see a body replaced under the application's usual title.

A defacement that leaves the ``<title>`` alone swaps the body for a hacker's page: a message, a
few links or none, no menu. The checker remembers the structure of the normal page (its title,
how many links and menu links it has, a sketch of the words of its main text) and compares each
new page with it. The sketch is a bottom-k MinHash of the distinct words: 64 numbers that
estimate how much two texts share, stable across processes (CRC-32, not Python's ``hash``).
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass

from .page import Page
from .text import word_sketch

_SKETCH = 64
_MAX_TEXT = 20_000  # characters of the main text that are read


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
    return word_sketch((page.main_text or page.visible_text)[:_MAX_TEXT], _SKETCH)


def resemblance(one: tuple[int, ...], other: tuple[int, ...]) -> float:
    """Return the estimated share of distinct words two sketches have in common (0 to 1)."""
    if not one or not other:
        return 1.0 if one == other else 0.0
    both = set(one) & set(other)
    union = heapq.nsmallest(_SKETCH, set(one) | set(other))
    return sum(1 for h in union if h in both) / len(union)
