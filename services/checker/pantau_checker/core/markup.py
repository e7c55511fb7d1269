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

lexbor also compares each attribute of a start tag with those its element already has, so one tag of
many distinct attributes takes their square: 20,000 of them (140 KB) 1.4 s, 200,000 minutes; and each
``<html>`` or ``<body>`` start tag after the first adds its attributes to that element, so 120,000
``<body a1=1>`` do the same. A browser shows such a page, so here a start tag's attributes beyond
``_MAX_ATTRIBUTES`` are left out, and the ``<html>`` and ``<body>`` start tags beyond the first
``_MAX_ROOTS`` (their text stays). Finding them needs each tag read with its quoted values, a third of
a parse, so the page is first sampled every ``_WINDOW`` characters: where the last ``<`` before a
sample opens an ``<html>`` or ``<body>``, or opens a tag that runs on past a sample a window after it,
the page is read whole. A tag shorter than two windows can escape the samples: some 500 attributes, a few
milliseconds. A page of many tags has its ``<html>`` and ``<body>`` start tags counted by the nesting
scan. What the samples miss is a flood whose quoted values hold a "<" (``x="<i>"``) before every
sample: only a whole quote-aware read, paid by every page, would see it.

lexbor keeps each tag and attribute name it has not seen in a table it searches by walking, so a
page of many distinct names takes their square too: 80,000 ``<span a{n}=b>x</span>`` (1.8 MB) 2 s,
80,000 ``<t{n}>x</t{n}>`` 3 s, where the same count of one name takes 0.3 s. A real page has some
hundred names. A page of more than ``_NAME_FLOOD_CHARS`` is sampled for them every ``_WINDOW``
characters (the name of the tag before each sample, and its first attribute's); where the samples
find more than ``_SAMPLED_NAMES`` names, the names beyond the first ``_MAX_NAMES`` of each kind (a
standard element's and the attributes the checks read always kept) become one name, ``x-name`` and
``data-x``: the elements, their text and their nesting stay as they were, an unknown element being an
unknown element whatever its name. A page under that size, or of fewer names, is parsed as it came.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser

from ._selectors import parse, sampled_tags

_MANY_TAGS = 8000  # a page with fewer "<" than this is parsed as it is (at most some 0.3 s)
_MAX_DEPTH = 256  # open elements; Blink's parser stops nesting at 512 (kMaximumHTMLParserDOMTreeDepth)
_MAX_FORMATTING = 64  # unclosed formatting elements, reopened before every block
_MAX_OPTIONS = 2000  # options of a page: lexbor's select grows by their square
_MAX_ATTRIBUTES = 256  # of one start tag; a real page's most are some thirty (data-* on a slider)
_MAX_ROOTS = 4  # start tags of <html>, and of <body>, whose attributes lexbor merges into the one element
_WINDOW = 2048  # characters between the samples of a page for a tag crowded with attributes
_ROOTS = frozenset(("html", "body"))
_NAME_FLOOD_CHARS = 200_000  # a smaller page holds too few names to cost (20,000 distinct: 0.1 s)
_SAMPLED_NAMES = 128  # distinct names in a big page's samples; a real page's are some dozens
_MAX_NAMES = 2000  # distinct tag names, and attribute names, of a flooded page kept as they are
# Names a flooded page keeps whatever came before them: the elements of HTML and the attributes the
# checks read (a flood first cannot take a link's address or a script's source from them).
_KEPT_TAGS = frozenset(
    "a abbr address area article aside audio b base bdi bdo blockquote body br button canvas caption cite code "
    "col colgroup data datalist dd del details dfn dialog div dl dt em embed fieldset figcaption figure font footer "
    "form frame frameset h1 h2 h3 h4 h5 h6 head header hgroup hr html i iframe img input ins kbd label legend li "
    "link main map mark marquee menu meta meter nav noscript object ol optgroup option output p picture pre "
    "progress q rp rt ruby s samp script section select small source span strong style sub summary sup svg table "
    "tbody td template textarea tfoot th thead time title tr track u ul var video wbr center noframes noembed "
    "xmp".split()
)
_KEPT_ATTRIBUTES = frozenset(
    "href src srcset srcdoc action formaction data style class id name content http-equiv property itemprop "
    "charset rel type lang title alt target hidden width height onload onerror onclick onmouseover datetime "
    "dir role aria-hidden aria-label value poster background "
    # What hides text (a font's colour on its background, a marquee's pace), what a form asks (a login's), the
    # dates and the app data the checks read, and what scripts and styles show or hide by.
    "color bgcolor text face size scrollamount scrolldelay method placeholder autocomplete onsubmit media as open "
    "data-page data-flashdata data-created data-date data-livestamp data-modified data-published data-time "
    "data-updated-at data-target data-bs-target data-toggle data-bs-toggle data-dismiss data-bs-dismiss data-aos "
    "data-sal aria-expanded".split()
)
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
# A comment, or a whole tag: its slash, name and attributes, a quote after "=" opening a value that
# may hold ">" (as the HTML tokenizer reads it; a quote elsewhere is part of a name or value).
_TAG = re.compile(
    r"""<(?:!--.*?(?:-->|\Z)|(/?)([A-Za-z][^\t\n\f\r />]*)"""
    r"""((?:[^>"'=]++|=[\t\n\f\r ]*+(?:"[^"]*+"?|'[^']*+'?)?|["'])*+)>?)""",
    re.DOTALL,
)
# One attribute: its name (which may begin with "="), then "=" and its value, quoted or not.
_ATTRIBUTE = re.compile(
    r"""[^\t\n\f\r />][^\t\n\f\r />=]*+(?:[\t\n\f\r ]*+=[\t\n\f\r ]*+(?:"[^"]*+"?|'[^']*+'?|[^\t\n\f\r >]*+))?"""
)
# A tag's name and its first attribute's, read at a sample (a sign of the page's names, not a parse).
_NAMES_AT = re.compile(r"</?([A-Za-z][^\t\n\f\r />]*)[\t\n\f\r /]*([^\t\n\f\r />=]*)")
# One attribute's name, then its "=" and value: ``_ATTRIBUTE`` with the name apart.
_NAMED_ATTRIBUTE = re.compile(
    r"""([^\t\n\f\r />][^\t\n\f\r />=]*+)((?:[\t\n\f\r ]*+=[\t\n\f\r ]*+(?:"[^"]*+"?|'[^']*+'?|[^\t\n\f\r >]*+))?)"""
)
_RAW_END: dict[str, re.Pattern[str]] = {
    name: re.compile(rf"</{name}[\t\n\f\r />]", re.IGNORECASE) for name in _RAW_TEXT
}


def parse_html(html: str, raw: bytes | None = None, angles: int | None = None) -> LexborHTMLParser:
    """Return lexbor's tree of ``html``, the start tags nested beyond a browser's depth left out.

    ``raw``: ``html`` in UTF-8, where the caller has it (lexbor reads UTF-8: it is not encoded twice); ``angles``:
    the count of "<" in ``html``, where the caller has it (``bounded``). The tree is lexbor's of a new document, parsed
    into one kept from an earlier page (``_selectors.parse``)."""
    kept = bounded(html, angles)
    return parse(raw if raw is not None and kept is html else kept)


def bounded(html: str, angles: int | None = None) -> str:
    """Return ``html``, or where it has many tags, without the start and end tags of the elements
    nested beyond ``_MAX_DEPTH``, unclosed formatting elements beyond ``_MAX_FORMATTING`` and
    options beyond ``_MAX_OPTIONS``; and where a tag is crowded, without the attributes beyond
    ``_MAX_ATTRIBUTES`` and the ``<html>`` and ``<body>`` start tags beyond ``_MAX_ROOTS``; and
    where a big page has many distinct names, with those beyond ``_MAX_NAMES`` made one.

    ``angles``: the count of "<" in ``html``, where the caller has it (``literals.Markup.angles``, counted in its
    UTF-8: a string of two bytes a character costs some five instructions a character to count)."""
    given = html
    if len(html) > _NAME_FLOOD_CHARS and _many_names(html):
        html = _renamed(html)
    if len(html) > _WINDOW and _crowded(html):
        html = _uncrowded(html)
    if (angles if angles is not None and html is given else html.count("<")) < _MANY_TAGS:
        return html  # a page as pages are
    nesting = _Nesting()
    if not _left_out(_TOKEN.findall(html), nesting, first=True):
        return html if nesting.roots <= 2 * _MAX_ROOTS else _uncrowded(html)
    matches = list(_TOKEN.finditer(html))  # a hostile page's: where its tags are, to cut them out
    kept, start = [], 0
    nesting = _Nesting()
    for index in _left_out([(m[1] or "", m[2] or "") for m in matches], nesting):
        kept.append(html[start : matches[index].start()])
        start = matches[index].end()
    kept.append(html[start:])
    unnested = "".join(kept)
    return unnested if nesting.roots <= 2 * _MAX_ROOTS else _uncrowded(unnested)


def _crowded(html: str) -> bool:
    """Return whether a sample of ``html`` every ``_WINDOW`` characters finds a tag that may hold
    too many attributes: the last "<" before a sample opening an ``<html>`` or ``<body>``, or a
    tag (its quoted values read as such) running on past a sample a window after its "<" with
    more than ``_MAX_ATTRIBUTES``.
    Each character is searched once, and each long tag read once."""
    long_tags = sampled_tags(html, _WINDOW)  # the samples read in the compiled module, a character at a time
    if long_tags is None:
        return True  # an <html> or <body> before a sample
    for last, sample in long_tags:  # a window without "<": text, a script, or a tag
        tag = _TAG.match(html, last)
        if tag is not None and tag[2] and tag.end() > sample:
            attributes = tag[3] or ""
            if _attributes_end(attributes) < len(attributes):
                return True  # not an image inline in its address, a long style: many attributes
    return False


def _uncrowded(html: str) -> str:
    """Return ``html`` without the attributes of a start tag beyond ``_MAX_ATTRIBUTES`` and the
    ``<html>`` and ``<body>`` start tags beyond ``_MAX_ROOTS``: each tag read as the HTML tokenizer
    reads it, the text of scripts, styles and comments left as it is."""
    kept: list[str] = []
    roots: dict[str, int] = {}
    start = position = 0
    while (tag := _TAG.search(html, position)) is not None:
        position = tag.end()
        slash, name, attributes = tag[1], (tag[2] or "").lower(), tag[3] or ""
        if slash or not name:
            continue  # an end tag or a comment
        if name in _RAW_TEXT:
            end = _RAW_END[name].search(html, position)
            position = end.start() if end else len(html)
        if name in _ROOTS:
            roots[name] = roots.get(name, 0) + 1
            if roots[name] > _MAX_ROOTS:
                kept.append(html[start : tag.start()])
                start = tag.end()
                continue
        if len(attributes) > 2 * _MAX_ATTRIBUTES:  # an attribute and its separator: two characters at least
            cut = _attributes_end(attributes)
            if cut < len(attributes):
                kept.append(html[start : tag.start(3) + cut] + ">")
                start = tag.end()
    if not kept:
        return html  # a long tag of a few attributes (an image inline in its address)
    kept.append(html[start:])
    return "".join(kept)


def _many_names(html: str) -> bool:
    """Return whether the tags before samples every ``_WINDOW`` characters hold more than
    ``_SAMPLED_NAMES`` distinct names (their own and their first attribute's)."""
    names: set[str] = set()
    for sample in range(_WINDOW, len(html), _WINDOW):
        found = html.rfind("<", sample - _WINDOW, sample)
        named = _NAMES_AT.match(html, found) if found >= 0 else None
        if named is not None:
            names.add(named[1].lower())
            names.add("=" + named[2].lower())
    return len(names) > _SAMPLED_NAMES


def _renamed(html: str) -> str:
    """Return ``html`` with the tag names beyond the first ``_MAX_NAMES`` distinct ones ``x-name``
    and such attribute names ``data-x`` (``_KEPT_TAGS`` and ``_KEPT_ATTRIBUTES`` kept); the text of
    scripts, styles and comments left as it is."""
    tags, attributes = set(_KEPT_TAGS), set(_KEPT_ATTRIBUTES)
    most_tags, most_attributes = len(tags) + _MAX_NAMES, len(attributes) + _MAX_NAMES
    kept: list[str] = []
    start = position = 0
    while (tag := _TAG.search(html, position)) is not None:
        position = tag.end()
        name = (tag[2] or "").lower()
        if not name:
            continue  # a comment
        if name in _RAW_TEXT and not tag[1]:
            end = _RAW_END[name].search(html, position)
            position = end.start() if end else len(html)
        renamed = name not in tags and len(tags) >= most_tags
        if not renamed and name not in tags:
            tags.add(name)
        written = _renamed_attributes(tag[3] or "", attributes, most_attributes) if not tag[1] else None
        if renamed or written is not None:
            kept.append(html[start : tag.start(2)])
            kept.append("x-name" if renamed else tag[2])
            kept.append(written if written is not None else tag[3] or "")
            start = tag.end(3) if tag.end(3) >= 0 else tag.end(2)
    if not kept:
        return html
    kept.append(html[start:])
    return "".join(kept)


def _renamed_attributes(attributes: str, seen: set[str], most: int) -> str | None:
    """Return a start tag's ``attributes`` with the names beyond ``most`` distinct ones ``data-x``, or
    None where none is."""
    if not attributes or attributes.isspace():
        return None
    pieces: list[str] = []
    start = 0
    for attribute in _NAMED_ATTRIBUTE.finditer(attributes):
        name = attribute[1].lower()
        if name in seen:
            continue
        if len(seen) < most:
            seen.add(name)
            continue
        pieces.append(attributes[start : attribute.start()] + "data-x" + attribute[2])
        start = attribute.end()
    if not pieces:
        return None
    pieces.append(attributes[start:])
    return "".join(pieces)


def _attributes_end(attributes: str) -> int:
    """Return where the ``_MAX_ATTRIBUTES``-th attribute of a tag's ``attributes`` ends (their
    length if it has no more)."""
    for count, attribute in enumerate(_ATTRIBUTE.finditer(attributes), start=1):
        if count == _MAX_ATTRIBUTES:
            return attribute.end()
    return len(attributes)


def _left_out(tokens: list[tuple[str, str]], nesting: _Nesting, first: bool = False) -> list[int]:
    """Return the indexes of the tokens (an end tag's slash and a tag's name; no name for a comment)
    that are left out, only the first of them if ``first``; ``nesting`` counts as they go."""
    left_out: list[int] = []
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
        self.depth = self.formatting = self.options = self.roots = 0

    def start(self, name: str) -> bool:
        """Open ``name``; return whether its start tag is left out (``<html>`` and ``<body>`` are
        counted: those beyond the first few are left out whole, later)."""
        if name in _ROOTS:
            self.roots += 1
            return False
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
