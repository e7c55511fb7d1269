"""The tokens a server writes into each answer anew, masked so that an otherwise unchanged page is the same.

A framework writes a fresh secret into every page it serves: Laravel's ``<meta name="csrf-token">``
and ``_token`` fields, Django's ``csrfmiddlewaretoken``, Rails' ``authenticity_token``, ASP.NET's
``__RequestVerificationToken`` and view state, a Content-Security-Policy ``nonce``, WordPress'
``_wpnonce`` and the nonces of its scripts' settings. The checker fetches without a session, so
every check gets new ones, and a page that did not change looks changed on every check.

None of these is content: no date, no word of the page, no address is in them. ``without_tokens``
blanks their values (``content=""``, ``"csrfToken":""``) and leaves every other byte where it was.
It reads bytes, so that it costs nothing on a page that names no token: the page is returned as is.

``ticking=True`` also zeroes the digits of a server-rendered clock or visitor counter: the text
right inside an element whose class or id names one (``<span class="jam-digital">16:12:05``,
``<span class="visitor-today">318``), which our own visit moves on. The page analysis takes such
elements out of the content, its dates and its fingerprint already (``page._VOLATILE_WORDS``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import ahocorasick_rs

# The words every token's name carries, lowercase: the search runs on the lowered page.
_WORDS = (b"csrf", b"xsrf", b"nonce", b"token", b"__viewstate", b"__eventvalidation")
# The words of a class or id that names a clock or a counter (of ``page._VOLATILE_WORDS`` and ``_SHORT_VOLATILE``).
_TICKING_WORDS = (
    b"clock",
    b"jam",
    b"waktu",
    b"counter",
    b"visitor",
    b"pengunjung",
    b"statistik",
    b"today",
    b"hari-ini",
    b"current-date",
)
_SEARCH = ahocorasick_rs.BytesAhoCorasick([*_WORDS, *_TICKING_WORDS], implementation=ahocorasick_rs.Implementation.DFA)
_TICKING = re.compile(b"|".join(_TICKING_WORDS))
_NOT_TEXT = frozenset((b"script", b"style", b"textarea", b"title", b"noscript", b"template"))
_DIGITS_TO_ZERO = bytes.maketrans(b"123456789", b"000000000")
_SECRET_NAME = re.compile(rb"csrf|xsrf|nonce|token|__viewstate|__eventvalidation", re.IGNORECASE)

# A page has a handful of tokens; a hostile one that repeats the words a million times must not cost
# a million searches: past this many words the rest are left as they are (the page then looks changed).
MAX_WORDS = 256
_TAG_REACH = 4096  # bytes back from a word to the "<" of the tag it may be in (a view state is long)
_TAG = re.compile(rb"<([a-zA-Z][\w:-]*)([^<>]*)>")
_ATTRIBUTE = re.compile(rb"""([^\s"'<>/=]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'=<>`]+))?""")
_VALUE_ATTRIBUTES = frozenset((b"content", b"value"))  # of a <meta> or <input> named as a token
_NAMING_ATTRIBUTES = frozenset((b"name", b"id", b"property", b"http-equiv"))
# An address's query key, read whole and then named (``_SECRET_NAME``), and the value after it: a search
# for the word inside a run of key characters takes time by the square of the run (a hostile page's).
_QUERY_KEY = re.compile(rb"[?&;]([\w-]*+)=")
_QUERY_VALUE = re.compile(rb"[^&\"'#\s<>]{6,512}")

# Outside a tag (a script's settings, a link's query): a token-named key given a quoted or URL value.
_KEY_REST = re.compile(rb"[\w$-]{0,256}+")  # a key longer is no token's
_ASSIGNED_VALUE = re.compile(rb"""["']?\s*[:=]\s*(["'])([\w+/=.:-]{6,512})\1|=([\w+/=.%-]{6,512})(?=[&"'#\s<]|$)""")


def without_tokens(body: bytes, ticking: bool = False) -> bytes:
    """Return ``body`` with the values of its per-answer tokens blanked (and with ``ticking``, the digits
    of its clocks and counters zeroed); ``body`` itself when it has none."""
    hits = _SEARCH.find_matches_as_indexes(body.lower())
    if not hits:
        return body
    spans: list[tuple[int, int]] = []
    runs: list[tuple[int, int]] = []  # text whose digits are zeroed
    done = -1  # the end of the last tag or assignment read: a word inside it was read with it
    for word, start, _end in hits[:MAX_WORDS]:
        if start < done:
            continue
        tag = _enclosing_tag(body, start)
        if tag is not None:
            spans += _tag_values(tag)
            if ticking and _ticks(tag):
                runs.append((tag.end(), _text_end(body, tag.end())))
            done = tag.end()
            continue
        if word >= len(_WORDS):  # a clock's or a counter's word in the text: "jam 08.00" is content
            continue
        assigned = _assignment(body, start)
        if assigned is not None:
            spans.append(assigned)
            done = assigned[1]
    spans = [(start, end) for start, end in spans if end > start]  # an empty value: nothing to blank
    if runs:
        body = _zeroed(body, runs)
    return _blanked(body, spans) if spans else body


def _enclosing_tag(body: bytes, at: int) -> re.Match[bytes] | None:
    """Return the tag ``at`` is inside of, if it is inside one."""
    opened = body.rfind(b"<", max(0, at - _TAG_REACH), at)
    if opened == -1 or body.find(b">", opened, at) != -1:
        return None
    tag = _TAG.match(body, opened)
    return tag if tag is not None and tag.end() > at else None


def _tag_values(tag: re.Match[bytes]) -> list[tuple[int, int]]:
    """Return the spans of a tag's token values: of attributes named as tokens (``nonce``,
    ``data-csrf``), the value of a ``<meta>`` or ``<input>`` that names itself a token, and a
    token in an address's query (``href="…&_wpnonce=…"``)."""
    name = tag[1].lower()
    attributes = [(a[1].lower(), a) for a in _ATTRIBUTE.finditer(tag.string, tag.start(2), tag.end(2))]
    spans = [_inner(a) for key, a in attributes if a[2] and _SECRET_NAME.search(key)]
    spans += [span for _, a in attributes if a[2] for span in _query_tokens(tag.string, *a.span(2))]
    if name in (b"meta", b"input") and any(
        key in _NAMING_ATTRIBUTES and a[2] and _SECRET_NAME.search(a[2]) for key, a in attributes
    ):
        spans += [_inner(a) for key, a in attributes if key in _VALUE_ATTRIBUTES and a[2]]
    return spans


def _ticks(tag: re.Match[bytes]) -> bool:
    """Whether a tag opens an element whose class or id names a clock or a counter."""
    if tag[1].lower() in _NOT_TEXT:
        return False
    return any(
        a[1].lower() in (b"class", b"id") and a[2] and _TICKING.search(a[2].lower())
        for a in _ATTRIBUTE.finditer(tag.string, tag.start(2), tag.end(2))
    )


def _text_end(body: bytes, start: int) -> int:
    end = body.find(b"<", start)
    return len(body) if end == -1 else end


def _zeroed(body: bytes, runs: list[tuple[int, int]]) -> bytes:
    """Return ``body`` with the digits of each run zeroed (the same length: the spans stay where they are)."""
    parts: list[bytes] = []
    kept = 0
    for start, end in sorted(set(runs)):
        parts += [body[kept:start], body[start:end].translate(_DIGITS_TO_ZERO)]
        kept = end
    parts.append(body[kept:])
    zeroed = b"".join(parts)
    return body if zeroed == body else zeroed


def _inner(attribute: re.Match[bytes]) -> tuple[int, int]:
    """Return the span of an attribute's value, without its quotes."""
    start, end = attribute.span(2)
    quoted = attribute[2][:1] in (b'"', b"'")
    return (start + 1, end - 1) if quoted else (start, end)


def _assignment(body: bytes, at: int) -> tuple[int, int] | None:
    """Return the span of the value given to the token-named key the word at ``at`` is part of, if one is:
    the key runs on from the word over key characters (read whole: a search that backs off in a long run
    of them takes time by its square), and a value is given after it."""
    key_end = _KEY_REST.match(body, at)
    value = _ASSIGNED_VALUE.match(body, key_end.end()) if key_end is not None else None
    if value is None:
        return None
    return value.span(2) if value.start(2) != -1 else value.span(3)


def _query_tokens(text: bytes, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Yield the spans of the values of the token-named keys of an address's query in ``text[start:end]``."""
    for key in _QUERY_KEY.finditer(text, start, end):
        if _SECRET_NAME.search(key[1]):
            value = _QUERY_VALUE.match(text, key.end(), end)
            if value is not None:
                yield value.span()


def _blanked(body: bytes, spans: list[tuple[int, int]]) -> bytes:
    parts: list[bytes] = []
    kept = 0
    for start, end in sorted(set(spans)):
        if start < kept:
            continue
        parts.append(body[kept:start])
        kept = end
    parts.append(body[kept:])
    return b"".join(parts)
