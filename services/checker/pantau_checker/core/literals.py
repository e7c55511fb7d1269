"""Whether a page's markup holds a literal sign, found in its UTF-8 bytes by a vectorised substring search.

The page's rarer readings are opened by signs in its markup (``"dofollow"``, ``" on line "``, ``"<base"``): each
reading that would find nothing is not run. A ``sign in html`` over a department's page of 33 KB costs some 18 us:
its string holds letters beyond Latin-1 (a dash, a bullet) and so two bytes each, and CPython's search goes byte
by byte. Over the page's UTF-8, one pattern's automaton (the Rust ``aho-corasick`` crate under ``ahocorasick_rs``,
whose single pattern runs ``memchr``'s SIMD ``memmem``) finds it in some 1 us, the encoding once paid for all the
signs (and handed to lexbor, which would encode the string itself). An automaton of several patterns does not
take that path: 21 signs together cost some 70 us, as much as four searches of the string.
"""

from __future__ import annotations

from functools import lru_cache

import ahocorasick_rs

# Below this, one pass of an automaton of some thirty signs costs less than their searches one by one (a call each).
_ONE_PASS_BYTES = 8192


class Markup:
    """A page's markup as its UTF-8 bytes, asked for literal signs."""

    __slots__ = ("_lowered", "raw")

    def __init__(self, html: str, utf8: bytes | None = None) -> None:
        """``utf8``: ``html``'s UTF-8, where the caller has it (a body read whole as UTF-8, without a bad byte)."""
        # "surrogatepass": a string never holds a lone surrogate after a decoding that replaces bad bytes, but a
        # search must not fail where one does (lexbor reads it as bad bytes, replaced).
        self.raw = utf8 if utf8 is not None else html.encode("utf-8", "surrogatepass")
        self._lowered: bytes | None = None

    def has(self, sign: str) -> bool:
        """Return whether the markup holds ``sign``, as written (case and all)."""
        return bool(_finder(sign).find_matches_as_indexes(self.raw))

    def has_folded(self, sign: str) -> bool:
        """Return whether the markup holds ``sign`` (in lower case) in any case of its ASCII letters: a browser reads
        a tag's and an attribute's name so. The markup is lowered once (some 10 us a page of 33 KB)."""
        if self._lowered is None:
            self._lowered = self.raw.lower()
        return bool(_finder(sign).find_matches_as_indexes(self._lowered))

    def has_any(self, signs: tuple[str, ...]) -> bool:
        """Return whether the markup holds one of ``signs``."""
        return any(_finder(sign).find_matches_as_indexes(self.raw) for sign in signs)


class Signs:
    """A set of signs, sought in a text: a short text's in one pass of their automaton (a call for each costs more
    than the pass), a long one's each by itself."""

    __slots__ = ("_together", "signs")

    def __init__(self, signs: tuple[str, ...]) -> None:
        self.signs = signs
        self._together = ahocorasick_rs.BytesAhoCorasick([sign.encode() for sign in signs])

    def in_text(self, text: str) -> frozenset[str]:
        """Return those of the signs that ``text`` holds."""
        raw = text.encode("utf-8", "surrogatepass")
        if len(raw) < _ONE_PASS_BYTES:
            found = self._together.find_matches_as_indexes(raw, overlapping=True)
            return frozenset(self.signs[index] for index, _, _ in found)
        return frozenset(sign for sign in self.signs if _finder(sign).find_matches_as_indexes(raw))

    def any_in(self, text: str) -> bool:
        """Return whether ``text`` holds one of the signs."""
        raw = text.encode("utf-8", "surrogatepass")
        if len(raw) < _ONE_PASS_BYTES:
            return bool(self._together.find_matches_as_indexes(raw))
        return any(_finder(sign).find_matches_as_indexes(raw) for sign in self.signs)


# The signs are the code's constants: a few dozen automatons, each built once.
@lru_cache(maxsize=512)
def _finder(sign: str) -> ahocorasick_rs.BytesAhoCorasick:
    return ahocorasick_rs.BytesAhoCorasick([sign.encode()])
