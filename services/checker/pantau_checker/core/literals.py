"""Whether a page's markup holds a literal sign, found in its UTF-8 bytes by a vectorised substring search.

The page's rarer readings are opened by signs in its markup (``"dofollow"``, ``" on line "``, ``"<base"``): each
reading that would find nothing is not run. A ``sign in html`` over a department's page of 33 KB costs some 18 us:
its string holds letters beyond Latin-1 (a dash, a bullet) and so two bytes each, and CPython's search goes byte
by byte. Over the page's UTF-8, one pattern's automaton (the Rust ``aho-corasick`` crate under ``ahocorasick_rs``,
whose single pattern runs ``memchr``'s SIMD ``memmem``) finds it in some 1 us, the encoding once paid for all the
signs (and handed to lexbor, which would encode the string itself). An automaton of several patterns does not
take that path: 21 signs together cost some 70 us, as much as four searches of the string. An automaton that reports
the leftmost match only, not every one, does: its patterns few, it runs the crate's SIMD ``Teddy``, and a group of a
dozen signs or more, none of them frequent in a page (a tag's ``<``), is found in one such pass in a fifth of their
searches' time (``_Together``).

A tag's sign, "<" and a name (``<base``, ``<iframe``), asked as written or in any case, is a search of its own a sign,
some twenty a page; the names written after the markup's "<"s are read instead in one compiled pass over its bytes
(``_selectors.names_after_lt``, some 5 us a page of 33 KB, the count of its "<" with them for ``markup.bounded``), and
each such sign is looked up among them.
"""

from __future__ import annotations

from functools import lru_cache

import ahocorasick_rs

from ._selectors import NAME_BYTES, bytes_lowered, names_after_lt, narrowed

# From this many signs, one leftmost pass of their automaton costs less than their searches one by one (a call each):
# a group of 12 signs in a page of 33 KB, 4 us against 19.
_ONE_PASS_SIGNS = 8
_ORDERED_BY_PLACE = 8192  # bytes of a text below which its signs were found in the order of the text (``Signs``)
# The signs asked one by one (``Markup.has``) or in a group (``Markup.has_any``) are the code's constants, asked of
# every page: those asked so far are looked for together at a page's first question (``_Asked``), but a tag's (``<pre``:
# too frequent a first byte for a pass together), and so many at most as such a pass keeps its speed (a page of 33 KB:
# 31 signs 77 k instructions, 43 signs 88 k, where a group of 12 of them alone costs 40 k).
_ASKED_SIGNS = 48
_NOT_ASKED_TOGETHER = "<"


class Markup:
    """A page's markup as its UTF-8 bytes, asked for literal signs."""

    __slots__ = ("_asked", "_lowered", "_names", "raw")

    def __init__(self, html: str, utf8: bytes | None = None) -> None:
        """``utf8``: ``html``'s UTF-8, where the caller has it (a body read whole as UTF-8, without a bad byte)."""
        # "surrogatepass": a string never holds a lone surrogate after a decoding that replaces bad bytes, but a
        # search must not fail where one does (lexbor reads it as bad bytes, replaced).
        self.raw = utf8 if utf8 is not None else html.encode("utf-8", "surrogatepass")
        self._lowered: bytes | None = None
        self._asked: tuple[frozenset[str], frozenset[str]] | None = None  # the signs asked together, those found
        self._names: tuple[int, str, str] | None = None  # the count of "<", the names after them (``_names_read``)

    def has(self, sign: str) -> bool:
        """Return whether the markup holds ``sign``, as written (case and all)."""
        name = _tag_name(sign)
        if name is not None:
            return name in (self._names or self._names_read())[1]
        if self._asked is None:
            self._asked = _ASKED.present(self.raw)
        asked, found = self._asked
        if sign in asked:
            return sign in found
        _ASKED.add(sign)  # asked of the next pages together
        return bool(_finder(sign).find_matches_as_indexes(self.raw))

    def held(self, signs: tuple[str, ...]) -> frozenset[str]:
        """Return those of ``signs`` (none a tag's) that the markup holds, each as ``has`` finds it: where all were
        asked of the pages before, by two operations on sets rather than a call for each."""
        if self._asked is None:
            self._asked = _ASKED.present(self.raw)
        asked, found = self._asked
        if asked.issuperset(signs):
            return found.intersection(signs)
        return frozenset(sign for sign in signs if self.has(sign))

    def has_folded(self, sign: str) -> bool:
        """Return whether the markup holds ``sign`` (in lower case) in any case of its ASCII letters: a browser reads
        a tag's and an attribute's name so. A tag's sign is looked up among the names after the markup's "<"s,
        lowered; for another, the markup is lowered once (some 1 us a page of 33 KB, where ``bytes.lower`` takes 8)."""
        name = _tag_name(sign)
        if name is not None:
            return name in (self._names or self._names_read())[2]
        if self._lowered is None:
            self._lowered = bytes_lowered(self.raw)
        return bool(_finder(sign).find_matches_as_indexes(self._lowered))

    def has_any(self, signs: tuple[str, ...]) -> bool:
        """Return whether the markup holds one of ``signs``, each as ``has`` finds it: tags' signs looked up among the
        names after the markup's "<"s; others, where all were asked of the pages before, by an operation on sets, or
        else asked of the next pages together with the signs asked one by one."""
        tags = _tag_names(signs)
        if tags is not None:
            names = (self._names or self._names_read())[1]
            for name in tags:
                if name in names:
                    return True
            return False
        if self._asked is None:
            self._asked = _ASKED.present(self.raw)
        asked, found = self._asked
        if asked.issuperset(signs):
            return not found.isdisjoint(signs)
        if len(signs) >= _ONE_PASS_SIGNS:
            for sign in signs:
                _ASKED.add(sign)
            return _together(signs).any_in(self.raw)
        return any(self.has(sign) for sign in signs)

    def angles(self) -> int:
        """Return the count of "<" in the markup (``markup.bounded`` reads it)."""
        return (self._names or self._names_read())[0]

    def _names_read(self) -> tuple[int, str, str]:
        """Return the count of "<" in the markup and the names written after them, each after a NUL, as written and
        lowered (``_selectors.names_after_lt``; as strings, which ``in`` searches without a method's call, where
        ``bytes.find`` parses its arguments and ``bytes.__contains__`` first reads its operand as an int): read once,
        at the first tag's sign asked (``parse_page`` asks ``angles`` of every page)."""
        if self._names is None:
            count, names, lowered = names_after_lt(self.raw)
            self._names = count, names.decode("ascii"), lowered.decode("ascii")  # letters, digits and NULs
        return self._names


class Signs:
    """A set of signs, sought in a text in one pass of their automaton."""

    __slots__ = ("_anchors", "_narrow", "_together", "signs")

    def __init__(self, signs: tuple[str, ...], anchors: tuple[str, ...] = ()) -> None:
        """``anchors``, where given, are parts of the signs (each sign holds one) that a text is searched for first: a
        text that holds none holds no sign either. Where the signs begin as common words do ("ada", "in ", "Kes" of
        "Kesehatan"), their automaton's fingerprints (the crate's ``Teddy``, on a sign's first bytes) match a text
        everywhere, and each match is looked at: anchors chosen to begin as few words do cost a text half as much."""
        self.signs = signs
        self._together = _Together(signs)
        if anchors and not all(any(anchor in sign for anchor in anchors) for sign in signs):
            raise ValueError("each sign must hold one of the anchors")
        self._anchors = (
            ahocorasick_rs.BytesAhoCorasick(
                [anchor.encode("utf-8", "surrogatepass") for anchor in anchors],
                matchkind=ahocorasick_rs.MATCHKIND_LEFTMOST_FIRST,
            )
            if anchors
            else None
        )
        # Signs of ASCII without "?" are sought in a text's Latin-1 with "?" for the characters beyond it: a byte
        # for each character (made in one compiled pass, where encoding a text of two bytes a character to UTF-8
        # reads a character at a time), in which they match where they match in its UTF-8, character for
        # character, nor does a match ever take in a character beyond ASCII.
        self._narrow = all(sign.isascii() and "?" not in sign for sign in signs)

    def in_text(self, text: str) -> frozenset[str]:
        """Return those of the signs that ``text`` holds."""
        # Built in the order of ``in_order``, which a set's order may keep (and its repr show).
        return frozenset(self.in_order(text))

    def in_order(self, text: str) -> tuple[str, ...]:
        """Return those of the signs that ``text`` holds, in the order the searches before this pass found them: a
        short text's by where each first ends (the longer first), as a search of every match does; a long one's as
        listed."""
        raw = self._bytes(text)
        if self._anchors is not None and not self._anchors.find_matches_as_indexes(raw):
            return ()  # (an anchor's bytes are in its sign's, in the narrowed text's as in the UTF-8)
        found = self._together.present(raw)
        if not found:  # most texts
            return ()
        encoded = self._together.encoded
        if len(raw) < _ORDERED_BY_PLACE and (
            not self._narrow or len(text.encode("utf-8", "surrogatepass")) < _ORDERED_BY_PLACE
        ):
            # (The bound is the UTF-8's, which is not shorter than the text.) Where a sign of ASCII ends in the
            # narrowed text or in the UTF-8, the same order: each character is a byte or more, and a sign's bytes
            # are its characters.
            order = sorted(found, key=lambda i: (raw.find(encoded[i]) + len(encoded[i]), -len(encoded[i])))
        else:
            order = sorted(found)
        return tuple(dict.fromkeys(self.signs[index] for index in order))

    def count_folded(self, text: str) -> int:
        """Return how many of the signs (of ASCII, in lower case) ``text`` holds in any case of its ASCII letters: they
        are sought in its Latin-1, "?" for a character beyond it (``narrowed``), lowered in a compiled pass."""
        return len(self._together.present(bytes_lowered(narrowed(text))))

    def any_in(self, text: str) -> bool:
        """Return whether ``text`` holds one of the signs."""
        return self._together.any_in(self._bytes(text))

    def _bytes(self, text: str) -> bytes:
        """Return the bytes of ``text`` the signs are sought in."""
        return narrowed(text) if self._narrow else text.encode("utf-8", "surrogatepass")


class _Together:
    """Signs found in one pass of an automaton that reports the leftmost match of each stretch (the crate's ``Teddy``
    runs it, several times faster than a pass that reports every match).

    Such a pass does not report a sign that starts inside a match reported (``cff-`` inside ``xcff-``, or a sign
    that begins as another one ends): each one a sign may so start inside of, and where, is known from the signs
    themselves (``_inside``), and is looked at there; a sign that starts anywhere else is reported.
    """

    __slots__ = ("_inside", "_search", "encoded", "signs")

    def __init__(self, signs: tuple[str, ...]) -> None:
        self.signs = signs
        self.encoded = [sign.encode("utf-8", "surrogatepass") for sign in signs]
        self._search = ahocorasick_rs.BytesAhoCorasick(self.encoded, matchkind=ahocorasick_rs.MATCHKIND_LEFTMOST_FIRST)
        self._inside = [_inside(index, self.encoded) for index in range(len(signs))]

    def any_in(self, raw: bytes) -> bool:
        """Return whether ``raw`` holds one of the signs."""
        return bool(self._search.find_matches_as_indexes(raw))

    def present(self, raw: bytes) -> set[int]:
        """Return the indexes of the signs that ``raw`` holds."""
        found = self._search.find_matches_as_indexes(raw)
        present = {index for index, _, _ in found}
        for index, start, _ in found:
            for other, offset in self._inside[index]:
                if other not in present and raw.startswith(self.encoded[other], start + offset):
                    present.add(other)
        return present


def _inside(index: int, encoded: list[bytes]) -> list[tuple[int, int]]:
    """Return (sign, offset) of each other sign that may start at ``offset`` inside a match of sign ``index``: what
    the two have there in common agrees."""
    outer = encoded[index]
    return [
        (other, offset)
        for other, inner in enumerate(encoded)
        if other != index
        for offset in range(len(outer))
        if outer[offset : offset + len(inner)] == inner[: len(outer) - offset]
    ]


class _Asked:
    """The signs asked of pages so far (``Markup.has``), found together."""

    def __init__(self) -> None:
        self._signs: dict[str, None] = {}
        self._together: tuple[frozenset[str], _Together] | None = None

    def add(self, sign: str) -> None:
        if len(self._signs) < _ASKED_SIGNS and sign and not sign.startswith(_NOT_ASKED_TOGETHER):
            self._signs[sign] = None
            self._together = None

    def present(self, raw: bytes) -> tuple[frozenset[str], frozenset[str]]:
        """Return the signs asked so far, and those of them that ``raw`` holds."""
        if not self._signs:
            return frozenset(), frozenset()
        if self._together is None:
            signs = tuple(self._signs)
            self._together = frozenset(signs), _Together(signs)
        asked, together = self._together
        return asked, frozenset(together.signs[index] for index in together.present(raw))


_ASKED = _Asked()


@lru_cache(maxsize=64)
def _together(signs: tuple[str, ...]) -> _Together:
    return _Together(signs)


@lru_cache(maxsize=512)
def _tag_name(sign: str) -> str | None:
    """Return NUL and the name of a tag's sign, "<" and a name of ASCII letters and digits that ``_names_read`` keeps
    whole, as the names after the markup's "<" are written; None for another sign."""
    name = sign[1:]
    if sign.startswith("<") and 0 < len(name) <= NAME_BYTES and name.isascii() and name.isalnum():
        return "\0" + name
    return None


@lru_cache(maxsize=64)
def _tag_names(signs: tuple[str, ...]) -> tuple[str, ...] | None:
    """Return ``_tag_name`` of each of ``signs`` where all are tags' signs, else None."""
    names = tuple(name for sign in signs if (name := _tag_name(sign)) is not None)
    return names if len(names) == len(signs) else None


# The signs are the code's constants: a few dozen automatons, each built once.
@lru_cache(maxsize=512)
def _finder(sign: str) -> ahocorasick_rs.BytesAhoCorasick:
    return ahocorasick_rs.BytesAhoCorasick([sign.encode()])
