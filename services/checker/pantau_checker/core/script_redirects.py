"""Where a page's inline scripts send the browser: ``location`` given an absolute address.

An attacker who may not touch the server's redirects adds one line of JavaScript to the page
(``window.location.href = "https://bandar-slot.example/"``), often only for visitors that come from
a search engine (a ``document.referrer`` test) or from a phone (a ``navigator.userAgent`` test), so
that the site's own staff, who type its address on a desktop, never see it. What is read is the
address as a string literal assigned to ``location`` (or its ``href``) or passed to
``location.replace``/``location.assign``. An address the script assembles at run time
(concatenated, ``atob``, ``String.fromCharCode``) is not read; ``window.open`` opens a window
beside the page (a share button) and is not a redirect; nor is an assignment inside a click or
submit handler, or inside a named function the script never calls (a button's ``onclick``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import islice

# What the kinds of pointer say: an unconditional redirect, or one for search engines' or phones' visitors.
SCRIPT, SEARCH, MOBILE = "script", "script_search", "script_mobile"
_MAX_TARGETS = 10
_MAX_ASSIGNMENTS = 50  # of a page, read for the test around them
_LOOK_BACK = 1000  # characters before an assignment read for the test around it
_HEAD = 120  # characters of a block's head (``if (…)``, ``.on('click', function ()``)
# `location =`, `location.href =`, `location.replace(`, with its address up to the closing quote or
# a `${` of a template. A literal first: the search skips to each "location" at C speed.
_ASSIGNED = re.compile(
    r"location(?:(?:\s*\.\s*href)?\s*=(?!=)|\s*\.\s*(?:replace|assign)\s*\()"
    r"\s*['\"`]((?:https?:)?//[^'\"`\s\\<>{}$]{1,500})",
    re.ASCII,
)
# What may stand before it: `window.`, `top.location`, `window.top.` ... but not `obj.`.
_GLOBALS = re.compile(r"(?:(?:window|document|top|self|parent|globalThis)\s*\.\s*){0,3}\Z", re.ASCII)
_PREFIX = 60  # characters before "location" read for them
# Events of a visitor's hand (`click`, `onclick`, `.submit(`, `keydown`), in lower case.
_INTERACTION = ("click", "submit", "change", "keyup", "keydown", "keypress", "touch", "mousedown", "mouseup", "pointer")
_NAMED_FUNCTION = re.compile(r"\bfunction\s+([\w$]+)\s*\(")
_MOBILE = re.compile(r"android|iphone|ipad|ipod|mobi|blackberry|opera mini", re.I)


def script_targets(scripts: Sequence[str]) -> list[tuple[str, str]]:
    """Return (kind, address) of each address the scripts send the browser to, as written."""
    found: list[tuple[str, str]] = []
    left = _MAX_ASSIGNMENTS  # each costs a walk back over the code before it
    for script in scripts:
        if "location" not in script:  # most pages: no script of theirs navigates
            continue
        code = script.replace("\\/", "/")  # "https:\/\/…", as JSON encoders write it
        matches = (m for m in _ASSIGNED.finditer(code) if _global(code, m.start()))
        for match in islice(matches, left):
            left -= 1
            kind = _kind(code, match.start())
            if kind:
                found.append((kind, match[1]))
        if left <= 0 or len(found) >= _MAX_TARGETS:
            break
    return found[:_MAX_TARGETS]


def _kind(code: str, at: int) -> str:
    """Return the kind of the redirect at ``at``, or "" where it runs only when the visitor acts."""
    heads = _heads(code, at)
    folded = heads.lower()
    if any(word in folded for word in _INTERACTION) or _uncalled(code, heads):
        return ""
    before = code[max(0, at - _LOOK_BACK) : at]
    if "referrer" in before:
        return SEARCH
    if "userAgent" in before and _MOBILE.search(before):
        return MOBILE
    return SCRIPT


def _global(code: str, at: int) -> bool:
    # `location` itself, or the window's, the document's or a frame's: not a property of an object of the page's.
    start = max(0, at - _PREFIX)
    chain = _GLOBALS.search(code, start, at)
    first = chain.start() if chain is not None else at
    return first == 0 or not (code[first - 1].isalnum() or code[first - 1] in "_$.")


def _heads(code: str, at: int) -> str:
    """Return the statement's start and the heads of the blocks around ``at``, innermost first."""
    start = max(0, at - _LOOK_BACK)
    heads = [_head(code, start, at)]
    depth = 0
    opening, closing = code.rfind("{", start, at), code.rfind("}", start, at)
    while opening >= 0 or closing >= 0:  # from brace to brace, backwards; each part read once
        if closing > opening:
            depth += 1
            closing = code.rfind("}", start, closing)
            continue
        if depth:
            depth -= 1
        else:
            heads.append(_head(code, max(start, opening - _HEAD), opening))
        opening = code.rfind("{", start, opening)
    return "\n".join(heads)


def _head(code: str, start: int, end: int) -> str:
    # From the end of the statement before: `if (…)`, `$('.wa').on('click', function ()`.
    text = code[start:end]
    return text[max(text.rfind(";"), text.rfind("{"), text.rfind("}")) + 1 :]


def _uncalled(code: str, heads: str) -> bool:
    # A named function whose name the script does not mention again: a button's onclick calls it.
    return any(code.count(name) < 2 for name in _NAMED_FUNCTION.findall(heads))
