"""A finding's evidence as an official reads it: the few words that prove the point, and where.

The checker keeps up to 500 characters of evidence (older versions kept raw HTML); a document
quotes only a short excerpt around the match, cut at word boundaries with "…".
"""

from __future__ import annotations

import html
import re

from pantau_contracts.vocabulary import enumeration, location_phrase

EXCERPT_LIMIT = 120
ELLIPSIS = "\u2026"
_TAG = re.compile(r"<[^>]*>|<[^>]*$")
_SCRIPT = re.compile(r"<(script|style)\b[^>]*>.*?(</\1\s*>|$)", re.I | re.S)
_QUOTES = str.maketrans("", "", '\u201c\u201d"')
# "slot gacor, maxwin: …" — the checker names the matched terms before the context.
_TERMS = re.compile(r"^(?P<terms>[^:<>]{1,80}?):\s+(?P<rest>.+)$", re.S)
_MAX_TERMS = 3


def plain(evidence: str) -> str:
    """Return the evidence as plain text: no markup, no entities, no double quotes, one-spaced."""
    text = _TAG.sub(" ", _SCRIPT.sub(" ", evidence))
    return " ".join(html.unescape(text).translate(_QUOTES).split())


def excerpt(evidence: str, limit: int = EXCERPT_LIMIT) -> str:
    """Return the part of the evidence that proves the point, at most about ``limit`` characters."""
    text = plain(evidence)
    if len(text) <= limit:
        return text
    head = _TERMS.match(text)
    if head is None:
        return window(text, 0, limit)
    terms = [t.strip() for t in head["terms"].split(",") if t.strip()]
    lead = ", ".join(terms[:_MAX_TERMS])
    rest = head["rest"]
    at = _first(rest, terms)
    if at < 0:
        return window(text, 0, limit)
    return f"{lead}: {window(rest, at, max(limit - len(lead) - 2, 40))}"


def window(text: str, at: int, limit: int) -> str:
    """Return about ``limit`` characters of ``text`` around position ``at``, cut at words."""
    start = max(0, min(at - limit // 3, len(text) - limit))
    end = min(len(text), start + limit)
    if start > 0:
        start = _word_start(text, start)
    if end < len(text):
        end = _word_end(text, start, end)
    cut = text[start:end].strip(" ,;:")
    return f"{ELLIPSIS if start > 0 else ''}{cut}{ELLIPSIS if end < len(text) else ''}"


def where(*locations: str | None) -> str:
    """Return " pada …" for a finding's places, together, or nothing when they say nothing to an official."""
    phrase = enumeration(_place(location) for location in locations)
    return f" pada {phrase}" if phrase else ""


def _place(location: str | None) -> str:
    if location and location.startswith("/"):
        return f"halaman {excerpt(location, 60)}"
    return location_phrase(location)


def _first(text: str, terms: list[str]) -> int:
    lowered = text.lower()
    found = [i for i in (lowered.find(t.lower()) for t in terms) if i >= 0]
    return min(found, default=-1)


def _word_start(text: str, start: int) -> int:
    space = text.find(" ", start)
    return space + 1 if 0 <= space < start + 20 else start


def _word_end(text: str, start: int, end: int) -> int:
    space = text.rfind(" ", start, end)
    return space if space > end - 20 else end
