"""Where a page's inline scripts send the browser: ``location`` given an absolute address.

An attacker who may not touch the server's redirects adds one line of JavaScript to the page
(``window.location.href = "https://bandar-slot.example/"``), often only for visitors that come from
a search engine (a ``document.referrer`` test) or from a phone (a ``navigator.userAgent`` test), so
that the site's own staff, who type its address on a desktop, never see it. What is read is the
address assigned to ``location`` (or its ``href``) or passed to ``location.replace``/``location.assign``,
as a literal or as the script builds it from literals at run time, the way injections hide it from
a search for "http": string literals with ``\\x68``/``\\u0068`` escapes, template literals without
``${}``, ``atob("aHR0cHM6…")``, ``String.fromCharCode(104, 116, …)``, ``decodeURIComponent`` or
``unescape`` of ``%68…``, literals joined with ``+`` or ``[…].join("/")``, and a variable given such a
value earlier in the same script, in a block still open where it is used
(``var u = atob(…); setTimeout(function () { location.href = u; }, 3000)``).
Nothing is run: a small reader of literal expressions, bounded in steps, in variables looked up and in
characters, reads what it can. A value it cannot read (a page's variable, a function's result) ends what
is known of the address: a known beginning counts where it names the host whole
(``"https://slot.example/?r=" + document.referrer``), and not otherwise (``"https://" + host``).
``window.open`` opens a window beside the page (a share button) and is not a redirect; nor is an
assignment inside a click or submit handler, or inside a named function the script never calls
(a button's ``onclick``); a function handed to ``setTimeout`` or a load handler runs by itself.
"""

from __future__ import annotations

import binascii
import re
from collections.abc import Callable, Sequence
from itertools import islice
from typing import TypeAlias
from urllib.parse import unquote

# What the kinds of pointer say: an unconditional redirect, or one for search engines' or phones' visitors.
SCRIPT, SEARCH, MOBILE = "script", "script_search", "script_mobile"
_MAX_TARGETS = 10
_MAX_ASSIGNMENTS = 50  # of a page, read for the test around them
_LOOK_BACK = 1000  # characters before an assignment read for the test around it
_HEAD = 120  # characters of a block's head (``if (…)``, ``.on('click', function ()``)
# `location =`, `location.href =`, `location.replace(`. A literal first: the search skips to each "location" at C speed.
_ASSIGNED = re.compile(r"location(?:(?:\s*\.\s*href)?\s*=(?![=>])|\s*\.\s*(?:replace|assign)\s*\()", re.ASCII)
# What may stand before it: `window.`, `top.location`, `window.top.` ... but not `obj.`.
_GLOBALS = re.compile(r"(?:(?:window|document|top|self|parent|globalThis)\s*\.\s*){0,3}\Z", re.ASCII)
_PREFIX = 60  # characters before "location" read for them
# Events of a visitor's hand (`click`, `onclick`, `.submit(`, `keydown`), in lower case.
_INTERACTION = ("click", "submit", "change", "keyup", "keydown", "keypress", "touch", "mousedown", "mouseup", "pointer")
# A named function, and what stands before it: `(` or `,` where it is handed to a call (`setTimeout`).
_NAMED_FUNCTION = re.compile(r"([(,]?)\s*\bfunction\s+([\w$]+)\s*\(")
_MOBILE = re.compile(r"android|iphone|ipad|ipod|mobi|blackberry|opera mini", re.I)

# The reader's bounds, for one call: a hostile script makes it give up, never work longer.
_MAX_ADDRESS = 500
_MAX_TEXT = 1024  # characters of a literal, or of a value built on the way (base64 is longer than its address)
_MAX_CHARS = 4096  # characters of literals read
_MAX_STEPS = 128  # terms read (a literal, a call, a variable)
_MAX_DEPTH = 6  # of calls, brackets and variables within one another
_MAX_LOOKUPS = 6  # variables looked up
_MAX_HOPS = 100  # mentions of a variable's name passed over looking for its assignment
_VARIABLE_LOOK_BACK = 20_000  # characters before its use
_MAX_BRACES = 64  # between a variable's assignment and its use
_BRACES = re.compile(r"[{}]")
# Spaces and comments: `location.href = /* … */ atob(…)`.
_SPACE = re.compile(r"(?:\s+|/\*(?:[^*]|\*(?!/)){0,500}\*/|//[^\n]{0,500}(?:\n|\Z)){0,16}")
_PLUS = re.compile(r"\s*\+(?![+=])")
_CLOSE = re.compile(r"\s*\)")
_COMMA = re.compile(r"\s*,")
_BRACKET = re.compile(r"\s*\]")
_JOIN = re.compile(r"\s*\.\s*join\s*\(")
# Where a value ends: the statement, the argument list, or a line (no semicolon).
_END = re.compile(r"[ \t]*(?:[;,)}\]\r\n]|//|/\*|\Z)")
_QUOTED = {q: re.compile(rf"{q}((?:[^{q}\\\r\n]|\\(?:\r\n|[\s\S])){{0,{_MAX_TEXT}}})({q})?") for q in ("'", '"')}
_TEMPLATE = re.compile(rf"`((?:[^`\\$]|\\[\s\S]|\$(?!\{{)){{0,{_MAX_TEXT}}})(`)?")
_ESCAPE = re.compile(r"\\(?:x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|u\{([0-9a-fA-F]{1,6})\}|(\r\n|[\s\S]))")
_SIMPLE_ESCAPES = {"n": "\n", "r": "\r", "t": "\t", "b": "\b", "f": "\f", "v": "\v", "0": "\0", "\n": "", "\r\n": ""}
_NAME = re.compile(r"[A-Za-z_$][\w$]*(?:\s*\.\s*[A-Za-z_$][\w$]*){0,3}", re.ASCII)
_MEMBER_OR_CALL = re.compile(r"\s*[.\[(]")
_OPEN = re.compile(r"\s*\(")
_AFTER_NAME = re.compile(r"\s*(\+?)=(?![=>])")
_CODE = r"(?:0[xX][0-9a-fA-F]{1,6}|\d{1,7})"
_CHAR_CODES = re.compile(rf"\s*({_CODE}(?:\s*,\s*{_CODE}){{0,{_MAX_ADDRESS - 1}}})")
# A percent escape cut off at the end of what is known.
_CUT_ESCAPE = re.compile(r"%(?:u[0-9a-fA-F]{0,3}|[0-9a-fA-F]?)\Z")
_BASE64 = re.compile(r"[A-Za-z0-9+/]*={0,2}", re.ASCII)
_PERCENT_U = re.compile(r"%u([0-9a-fA-F]{4})")
# An absolute address: no space, control character, quote, bracket or half a UTF-16 pair in it.
_ADDRESS = re.compile(r"(?:[hH][tT][tT][pP][sS]?:)?//[^\x00-\x20\x7f-\x9f\ud800-\udfff\s'\"`\\<>{}]+")
_C0_OR_SPACE = "".join(map(chr, range(0x21)))
_TAB_OR_NEWLINE = dict.fromkeys(map(ord, "\t\n\r"))
# Its host, and the character that ends it: a host followed by nothing more may go on in what is unknown.
_HOST = re.compile(r"//([^/?#:]*)([/?#:])?")

# (text, whole, position after it): what is known of a value, whether that is all of it, and where it ends.
_Read: TypeAlias = tuple[str, bool, int]


def script_targets(scripts: Sequence[str]) -> list[tuple[str, str]]:
    """Return (kind, address) of each address the scripts send the browser to, as it runs."""
    found: list[tuple[str, str]] = []
    left = _MAX_ASSIGNMENTS  # each costs a walk back over the code before it
    navigating = [code for code in scripts if "location" in code]
    if not navigating:  # most pages: no script of theirs navigates
        return found
    reader = _Reader()
    for code in navigating:
        matches = (m for m in _ASSIGNED.finditer(code) if _global(code, m.start()))
        for match in islice(matches, left):
            left -= 1
            kind = _kind(code, match.start())
            address = reader.address(code, match.end()) if kind else ""
            if address:
                found.append((kind, address))
        if left <= 0 or len(found) >= _MAX_TARGETS:
            break
    return found[:_MAX_TARGETS]


class _Reader:
    """Read the literal expressions of a call's scripts, within one budget for them all."""

    def __init__(self) -> None:
        self.steps = _MAX_STEPS
        self.chars = _MAX_CHARS
        self.lookups = _MAX_LOOKUPS

    def address(self, code: str, at: int) -> str:
        """Return the address the expression at ``at`` evaluates to, or its known beginning, or ""."""
        text, whole, end = self.value(code, at, 0)
        if whole and _END.match(code, end) is None:  # `.split("").reverse()…`: what it was made into is unknown
            return ""
        return _valid(text, whole)

    def value(self, code: str, at: int, depth: int) -> _Read:
        """Read terms joined with ``+`` until one is not known whole."""
        text, pos = "", at
        while True:
            part, whole, pos = self.term(code, pos, depth)
            text += part
            if len(text) > _MAX_TEXT:
                return text[:_MAX_TEXT], False, pos
            plus = _after(_PLUS, code, pos) if whole else None
            if plus is None:
                return text, whole, pos
            pos = plus.end()

    def term(self, code: str, at: int, depth: int) -> _Read:
        self.steps -= 1
        pos = _skip(code, at)
        first = code[pos : pos + 1]
        if self.steps < 0 or self.chars < 0 or depth > _MAX_DEPTH or not first:
            return "", False, pos
        if first in _QUOTED or first == "`":
            return self.quoted(code, pos, _QUOTED.get(first, _TEMPLATE))
        if first == "(":
            return self.closed(self.value(code, pos + 1, depth + 1), code)
        if first == "[":
            return self.joined(code, pos + 1, depth + 1)
        name = _NAME.match(code, pos)
        return self.named(code, name, depth + 1) if name else ("", False, pos)

    def quoted(self, code: str, at: int, pattern: re.Pattern[str]) -> _Read:
        """Read a literal; one not closed within the bound, or a template's ``${``, ends what is known."""
        literal = pattern.match(code, at)
        if literal is None:
            return "", False, at
        self.chars -= len(literal[1])
        text = _ESCAPE.sub(_unescaped, literal[1]) if "\\" in literal[1] else literal[1]
        return text, literal[2] is not None, literal.end()

    def closed(self, read: _Read, code: str) -> _Read:
        """Return ``read`` up to the ``)`` that closes it, or unknown where something else follows it."""
        text, whole, end = read
        if not whole:
            return read
        close = _after(_CLOSE, code, end)
        return (text, True, close.end()) if close else ("", False, end)

    def joined(self, code: str, at: int, depth: int) -> _Read:
        """Read ``["https:", "", "x.example"].join("/")``."""
        parts, pos = [], at
        while True:
            text, whole, pos = self.value(code, pos, depth)
            comma = _after(_COMMA, code, pos) if whole else None
            parts.append(text)
            if comma is None:
                break
            pos = comma.end()
        bracket = _after(_BRACKET, code, pos) if whole else None
        join = _JOIN.match(code, bracket.end()) if bracket else None
        if join is None:
            return "", False, pos
        if close := _after(_CLOSE, code, join.end()):
            return ",".join(parts), True, close.end()
        glue, whole, end = self.closed(self.value(code, join.end(), depth), code)
        return (glue.join(parts)[:_MAX_TEXT], True, end) if whole else ("", False, end)

    def named(self, code: str, name: re.Match[str], depth: int) -> _Read:
        """Read a call of a decoding function, or a variable's value; anything else is unknown."""
        called = "".join(name[0].split()).removeprefix("window.")
        pos = name.end()
        if called == "String.fromCharCode" and (codes := _char_codes(code, pos)):
            self.chars -= len(codes[1])
            close = _after(_CLOSE, code, codes.end())  # none after as many codes as an address has: its beginning
            return _from_char_codes(codes[1]), close is not None, close.end() if close else codes.end()
        decode = _DECODERS.get(called)
        if decode is not None and (opened := _OPEN.match(code, pos)):
            # What is known of the argument's beginning decodes to the beginning of the result.
            text, whole, end = self.closed(self.value(code, opened.end(), depth), code)
            decoded = decode(text, whole) if text else None
            return (decoded, whole, end) if decoded is not None else ("", False, end)
        if "." in called or _MEMBER_OR_CALL.match(code, pos):
            return "", False, pos
        text, whole = self.variable(code, called, name.start(), depth)
        return text, whole, pos

    def variable(self, code: str, name: str, before: int, depth: int) -> tuple[str, bool]:
        """Return the value last given to ``name`` before ``before`` (``=``, or ``+=`` onto the one before)."""
        self.lookups -= 1
        found = _assignment(code, name, before) if self.lookups >= 0 else None
        if found is None or not _in_scope(code, found[0], before):
            return "", False
        at, assigned = found
        text, whole, end = self.value(code, assigned.end(), depth + 1)
        if whole and _END.match(code, end) is None:
            return "", False
        if not assigned[1]:
            return text, whole
        head, head_whole = self.variable(code, name, at, depth + 1)
        return (head + text, whole) if head_whole else (head, False)


def _skip(code: str, at: int) -> int:
    space = _SPACE.match(code, at)
    return space.end() if space else at


def _after(pattern: re.Pattern[str], code: str, at: int) -> re.Match[str] | None:
    # Its spaces first, as they mostly are; a comment seldom stands there.
    return pattern.match(code, at) or pattern.match(code, _skip(code, at))


def _char_codes(code: str, at: int) -> re.Match[str] | None:
    opened = _OPEN.match(code, at)
    return _CHAR_CODES.match(code, opened.end()) if opened else None


def _unescaped(escape: re.Match[str]) -> str:
    hex_code = escape[1] or escape[2] or escape[3]
    if hex_code:
        return chr(min(int(hex_code, 16), 0x10FFFF))
    return _SIMPLE_ESCAPES.get(escape[4], escape[4])


def _from_char_codes(codes: str) -> str:
    numbers = (c.strip() for c in codes.split(","))
    return "".join(chr(int(n, 16 if n[:2] in ("0x", "0X") else 10) & 0xFFFF) for n in numbers)


def _atob(text: str, whole: bool) -> str | None:
    # A binary string, a character per byte; atob leaves out spaces and the padding.
    text = "".join(text.split())
    if not whole:
        text = text[: len(text) // 4 * 4]
    if _BASE64.fullmatch(text) is None:
        return None
    try:
        return binascii.a2b_base64(text.rstrip("=") + "=" * (-len(text.rstrip("=")) % 4)).decode("latin-1")
    except binascii.Error:
        return None


def _unescape(text: str, whole: bool) -> str:
    text = text if whole else _CUT_ESCAPE.sub("", text)
    return unquote(_PERCENT_U.sub(lambda m: chr(int(m[1], 16)), text), encoding="latin-1")


def _decode_uri(text: str, whole: bool) -> str | None:
    try:
        return unquote(text if whole else _CUT_ESCAPE.sub("", text), errors="strict")
    except UnicodeDecodeError:
        return None


_DECODERS: dict[str, Callable[[str, bool], str | None]] = {
    "atob": _atob,
    "self.atob": _atob,
    "globalThis.atob": _atob,
    "decodeURIComponent": _decode_uri,
    "decodeURI": _decode_uri,
    "unescape": _unescape,
}


def _assignment(code: str, name: str, before: int) -> tuple[int, re.Match[str]] | None:
    """Return where the last ``name =`` (or ``+=``, the group) before ``before`` is; None past the bounds."""
    start, hops = max(0, before - _VARIABLE_LOOK_BACK), _MAX_HOPS
    at = code.rfind(name, start, before)
    while at >= 0 and hops:
        hops -= 1
        outside = at == 0 or not (code[at - 1].isalnum() or code[at - 1] in "_$.")
        assigned = _AFTER_NAME.match(code, at + len(name)) if outside else None
        if assigned is not None:
            return at, assigned
        at = code.rfind(name, start, at)
    return None


def _in_scope(code: str, assigned: int, used: int) -> bool:
    """Return whether no block closes between an assignment and a use of its name that is not far from it."""
    if code.count("{", assigned, used) + code.count("}", assigned, used) > _MAX_BRACES:
        return False
    depth = 0
    for brace in _BRACES.finditer(code, assigned, used):
        depth += 1 if brace[0] == "{" else -1
        if depth < 0:  # the assignment's block, a function another's: not the value seen where it is used
            return False
    return True


def _valid(text: str, whole: bool) -> str:
    """Return the absolute address ``text`` is, or begins with where that names its host whole, or ""."""
    # As a browser reads it: without spaces and control characters around it, nor tabs and newlines in it,
    # its UTF-16 pairs joined and half a pair replaced.
    text = (text.strip(_C0_OR_SPACE) if whole else text.lstrip(_C0_OR_SPACE)).translate(_TAB_OR_NEWLINE)
    text = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    if len(text) > _MAX_ADDRESS:
        text, whole = text[:_MAX_ADDRESS], False
    address = _ADDRESS.fullmatch(text)
    if address is None or whole:
        return text if address else ""
    host = _HOST.search(text)
    named = host is not None and host[1] != "" and (host[2] is not None or ("." in host[1] and host[1][-1] not in ".-"))
    return text if named else ""


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
    # A function declared by name that the script does not mention again: a button's onclick calls it.
    # One handed to a call (`setTimeout(function go() {…}, 3000)`) is called by it.
    return any(not handed and code.count(name) < 2 for handed, name in _NAMED_FUNCTION.findall(heads))
