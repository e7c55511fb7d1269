"""The parse of a page's HTML, with what a hostile page nests beyond a browser's depth left out.

lexbor builds the tree as the HTML standard says, and the standard looks through the stack of open
elements for most start tags (is a ``<p>`` open in button scope? where is the last ``<li>``?) and
reopens every unclosed formatting element before each block. A page that nests its elements
thousands deep, leaves thousands of ``<b>`` or ``<font>`` with differing attributes unclosed, or
lists thousands of options in one ``<select>`` makes that a walk of thousands for each of thousands
of tags: 16,000 nested ``<div>`` (80 KB) take 0.8 s, 16,000 unclosed ``<font color>`` 4.4 s, and a
page of 2 MB such tags, which the checker reads whole, some ten minutes, during which the worker's
other checks wait (a parse is one call that no timeout interrupts).

So a page of many tags is read much as a browser builds it: Blink attaches what is nested deeper
than 512 to the element at that depth. Here the start tags beyond ``_MAX_DEPTH`` open elements are
left out with their end tags (half Blink's depth: elements left unclosed count here as open, and a
real page's own depth stays under a hundred), and so are those of the unclosed formatting elements
beyond ``_MAX_FORMATTING`` and the options beyond ``_MAX_OPTIONS``; their text, links and images stay
in the page where they were. A page with fewer than ``_MANY_TAGS`` tags cannot take long (at most
some 0.3 s: half its tags nested, each other one walking them) and is parsed as it came, without
the scan, which costs a third of a big page's parse.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser

_MANY_TAGS = 8000  # a page with fewer "<" than this is parsed as it is (at most some 0.3 s)
_MAX_DEPTH = 256  # open elements; Blink's parser stops nesting at 512 (kMaximumHTMLParserDOMTreeDepth)
_MAX_FORMATTING = 64  # unclosed formatting elements, reopened before every block
_MAX_OPTIONS = 2000  # options of a page: lexbor's select grows by their square
# Tags lexbor opens and closes of themselves (void), or closes at the next of their kind or at their
# parent's end (``<p>``, ``<li>``, a table's rows and cells): none of them makes the stack deep.
_NOT_NESTING = frozenset(
    "area base basefont bgsound br col embed frame hr img input keygen link meta param source track wbr "
    "p li dt dd option optgroup tr td th tbody thead tfoot colgroup caption rb rt rp rtc html head body a".split()
)
_FORMATTING = frozenset("b big code em font i nobr s small strike strong tt u".split())
# Elements whose content is text (a script, a style, a textarea): the tags in it are none.
_RAW_TEXT = frozenset("script style textarea title xmp iframe noembed noframes plaintext".split())
# A comment, or a tag: its slash, if an end tag, and its name. Case-blind matching would cost twice.
_TOKEN = re.compile(r"<(?:!--.*?(?:-->|\Z)|(/?)([A-Za-z][^\s/>]*))", re.DOTALL)


def parse_html(html: str) -> LexborHTMLParser:
    """Return lexbor's tree of ``html``, the start tags nested beyond a browser's depth left out."""
    return LexborHTMLParser(bounded(html))


def bounded(html: str) -> str:
    """Return ``html``, or where it has many tags, without the start and end tags of the elements
    nested beyond ``_MAX_DEPTH``, unclosed formatting elements beyond ``_MAX_FORMATTING`` and
    options beyond ``_MAX_OPTIONS``."""
    if html.count("<") < _MANY_TAGS or not _left_out(_TOKEN.findall(html), first=True):
        return html  # a page as pages are
    matches = list(_TOKEN.finditer(html))  # a hostile page's: where its tags are, to cut them out
    kept, start = [], 0
    for index in _left_out([(m[1] or "", m[2] or "") for m in matches]):
        kept.append(html[start : matches[index].start()])
        start = matches[index].end()
    kept.append(html[start:])
    return "".join(kept)


def _left_out(tokens: list[tuple[str, str]], first: bool = False) -> list[int]:
    """Return the indexes of the tokens (an end tag's slash and a tag's name; no name for a comment)
    that are left out, only the first of them if ``first``."""
    left_out: list[int] = []
    nesting = _Nesting()
    raw = ""  # the element of text the tokens are in
    for index, (slash, tag) in enumerate(tokens):
        name = tag if tag.islower() else tag.lower()
        if raw or not name:  # in a script, a style, a textarea; or a comment
            if slash and name == raw:
                raw = ""
        elif name in _RAW_TEXT:
            raw = "" if slash else name
        elif nesting.end(name) if slash else nesting.start(name):
            left_out.append(index)
            if first:
                break
    return left_out


class _Nesting:
    """The elements open as a parse goes, by name, and those left out whose end tags are to be too."""

    def __init__(self) -> None:
        self.open: dict[str, int] = {}
        self.dropped: dict[str, int] = {}
        self.depth = self.formatting = self.options = 0

    def start(self, name: str) -> bool:
        """Open ``name``; return whether its start tag is left out."""
        if name == "option":
            self.options += 1
            return self.options > _MAX_OPTIONS
        if name in _NOT_NESTING:
            return False
        formatting = name in _FORMATTING
        if self.depth >= _MAX_DEPTH or (formatting and self.formatting >= _MAX_FORMATTING):
            self.dropped[name] = self.dropped.get(name, 0) + 1
            return True
        self.open[name] = self.open.get(name, 0) + 1
        self.depth += 1
        self.formatting += formatting
        return False

    def end(self, name: str) -> bool:
        """Close ``name``; return whether its end tag is left out (its element's start tag was)."""
        if self.dropped.get(name):
            self.dropped[name] -= 1
            return True
        if self.open.get(name):
            self.open[name] -= 1
            self.depth -= 1
            self.formatting -= name in _FORMATTING
        return False
