"""Text helpers the page analysis and the scans share."""

from __future__ import annotations

import re
import zlib
from array import array
from typing import Any, cast

from ._selectors import Moves, smallest_crc32s, utf8_and_beyond_ascii

ASCII = bytes(range(128))  # to delete: what a text holds beyond ASCII
_SHORT = 256  # characters below which ``str.lower`` itself is the cheaper
_SHORTEST_WORD = 3  # letters, as ``_WORD`` has them: in ASCII, bytes
_WORD = re.compile(r"[^\W\d_]{3,}")
_LETTER = re.compile(r"[^\W\d_]")
_ASCII_LETTER_LOWER = bytes(ord(chr(b).lower()) if chr(b).isascii() and chr(b).isalpha() else 32 for b in range(256))
# The last text ``utf8_and_others`` read, with its answer: a page's main text is read by its sketch (twice by some
# checks) and by its fingerprint where characters beyond ASCII are mapped (``freshness._mapped_words``). Kept by the
# text object itself, so that it is only ever the answer for that text: a str does not change, and its identity is
# not reused while it is held here. Read and replaced whole, a step each, so that two threads cannot mix two texts'
# answers.
_NONE_KEPT: tuple[str, bytes, frozenset[str]] = ("", b"", frozenset())
_last = [_NONE_KEPT]


def lower(text: str) -> str:
    """Return ``text.lower()``, several times faster on text that is mostly ASCII.

    ``str.lower`` looks every character up in the Unicode tables once one is not ASCII (a
    bullet, a quotation mark); ``bytes.lower`` folds the ASCII letters of UTF-8 alone, which is
    the same whenever the other characters have no lower case of their own.
    """
    if len(text) < _SHORT:
        return text.lower()
    return lower_utf8(text).decode("utf-8", "surrogatepass")


def lower_utf8(text: str) -> bytes:
    """Return ``text.lower()`` encoded as UTF-8 (surrogates kept), folded as ``lower`` folds it."""
    return lower_utf8_and_others(text)[0]


def lower_utf8_and_others(text: str) -> tuple[bytes, set[str]]:
    """Return ``lower_utf8(text)`` and the characters of ``text`` beyond ASCII, which it reads anyway."""
    raw = text.encode("utf-8", "surrogatepass")
    if text.isascii():
        return raw.lower(), set()
    others = set(raw.translate(None, ASCII).decode("utf-8", "surrogatepass"))
    if any(c.lower() != c for c in others):
        return text.lower().encode("utf-8", "surrogatepass"), others
    return raw.lower(), others


def utf8_and_others(text: str) -> tuple[bytes, frozenset[str]]:
    """Return ``text`` in UTF-8 and its characters beyond ASCII, read once for the same text object.

    The encoding is strict, as the fingerprint's: a lone surrogate raises ``UnicodeEncodeError`` (and is not kept).
    """
    kept, raw, others = _last[0]
    if kept is text:
        _last[0] = _NONE_KEPT  # its second reader's: the page's objects are not held on to after it
        return raw, others
    read: tuple[bytes, frozenset[str]] | None
    if text.isascii():
        read = text.encode(), frozenset()
    else:
        read = utf8_and_beyond_ascii(text)  # in one compiled pass: a text of one or two bytes a character
    if read is None:  # of four bytes a character, or with a lone surrogate (its encoding raises)
        raw = text.encode()
        read = raw, frozenset(raw.translate(None, ASCII).decode())
    _last[0] = (text, *read)
    return read


def word_sketch(text: str, size: int) -> tuple[int, ...]:
    """Return the ``size`` smallest CRC-32s of the distinct words of ``text`` lowered, in UTF-8, as
    ``[^\\W\\d_]{3,}`` finds them, smallest first."""
    try:
        raw, others = utf8_and_others(text)  # the same text's, read by another of the page's checks
    except UnicodeEncodeError:  # a lone surrogate
        raw = text.encode("utf-8", "surrogatepass")
        others = frozenset(raw.translate(None, ASCII).decode("utf-8", "surrogatepass"))
    if any(_LETTER.match(c) or c.lower() != c for c in others):
        return tuple(sorted({zlib.crc32(word.encode()) for word in _WORD.findall(lower(text))})[:size])
    # Only ASCII letters make words and the other characters have no case: the translate of the
    # bytes lowers the letters and blanks the rest (each byte beyond ASCII: a character of one byte
    # or of four is a space the same to split), read in one compiled pass that keeps the smallest
    # CRC-32s of the words as it goes, with no bytes object made for each word.
    return smallest_crc32s(raw, _ASCII_LETTER_LOWER, _SHORTEST_WORD, size)


def compiled_when_used(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """Return ``pattern`` as its users see it compiled, compiled only when one of them first uses it.

    Compiling each expression at import was nearly half of a process's start, and most pages reach few of them: a
    stand-in's words are tried only on a page without a site's menu, the words that excuse a listed term only
    around one.
    """
    return cast("re.Pattern[str]", _CompiledWhenUsed(pattern, flags))


class _CompiledWhenUsed:
    def __init__(self, pattern: str, flags: int) -> None:
        self._source = (pattern, flags)

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):  # what copy and pickle ask an object: not the expression's
            raise AttributeError(name)
        value = getattr(re.compile(*self._source), name)
        setattr(self, name, value)  # found in the instance from then on: as quick as the compiled expression's own
        return value


def moves_of(words: list[bytes]) -> Moves:
    """Return the moves of the Aho-Corasick automaton of ``words`` (distinct): a row of a state's moves for each
    class of bytes (a byte of no word is of class 0), each move the next state's row times 2, plus 1 where words
    end in that state; and of each state, (word index, length) of the words that end there, longest first."""
    classes = bytearray(256)
    for number, byte in enumerate(sorted(set(b"".join(words))), 1):
        classes[byte] = number
    stride = max(classes) + 1
    children: list[dict[int, int]] = [{}]  # of each state of the trie: its class of byte -> the next state
    ends: list[list[tuple[int, int]]] = [[]]
    for index, word in enumerate(words):
        state = 0
        for byte in word:
            step = children[state].setdefault(classes[byte], len(children))
            if step == len(children):
                children.append({})
                ends.append([])
            state = step
        ends[state].append((index, len(word)))
    # Breadth first: a state's fallback (the state of its longest proper suffix) is of a lower depth, done before.
    order = list(children[0].values())
    fallback = [0] * len(children)
    for state in order:
        ends[state] += ends[fallback[state]]  # shorter than its own word
        for number, step in children[state].items():
            back = fallback[state]
            while back and number not in children[back]:
                back = fallback[back]
            fallback[step] = children[back].get(number, 0) if state else 0
            order.append(step)
    rows = [array("I", bytes(4 * stride))] * len(children)
    for state in [0, *order]:
        row = array("I", rows[fallback[state]]) if state else array("I", bytes(4 * stride))
        for number, step in children[state].items():
            row[number] = 2 * stride * step + bool(ends[step])
        rows[state] = row
    return Moves(
        b"".join(map(array.tobytes, rows)), bytes(classes), stride, [tuple(e) for e in ends], max(map(len, words))
    )
