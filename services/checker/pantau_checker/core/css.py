"""Which elements a site's CSS hides: the declarations that hide, and the selectors of hiding rules.

Gambling spam is hidden with an inline style, with a class or id that a stylesheet of the site
hides (an inline ``<style>`` or a ``<link rel=stylesheet>`` of the same host), off-screen, clipped,
shrunk to nothing or behind ``aria-hidden``. A rule counts when it hides for every screen: rules
under a media query with a condition (``max-width``, ``print``) are left out, and so are
``opacity:0`` and ``font-size:0`` in stylesheets, which themes use for animations (shown by their
JavaScript) and for layout (children set their own size). Only rules whose subject is a simple
compound of classes and ids are kept; lexbor matches them in one query.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from html import unescape
from urllib.parse import urljoin, urlsplit

MAX_CSS_CHARS = 200_000  # of one stylesheet: what lies beyond is not read
_MAX_SELECTORS = 200  # per stylesheet, so a hostile one cannot make every query slow (or the cache big)
_MAX_DECLARATIONS = 2000  # characters of one style attribute or rule body that are read
_OFFSET = r"-\d{3,}(?:\.\d+)?\s*(?:px|em|rem|%|vw|vh|pt)"
# Declarations that hide an element wherever they are written.
_HIDES = (
    r"display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse)|"
    rf"(?<![\w-])(?:left|top|right|bottom|text-indent|margin-left|margin-top)\s*:\s*{_OFFSET}|"
    r"(?<![\w-])(?:height|width|max-height|max-width)\s*:\s*[01](?:px)?\s*(?:;|$|!)|"
    r"(?<![\w-])clip\s*:\s*rect\(\s*([01])(?:px)?[\s,]+\1(?:px)?[\s,]+\1(?:px)?[\s,]+\1(?:px)?\s*\)|"
    r"clip-path\s*:\s*(?:inset\(\s*(?:50|100)(?:\.0+)?\s*%|circle\(\s*0(?:px|%)?\s*[)a]|"
    r"polygon\(\s*0(?:px|%)?\s+0(?:px|%)?\s*(?:,\s*0(?:px|%)?\s+0(?:px|%)?\s*){0,8}\))|"
    rf"transform\s*:[^;]*?translate(?:x|y|3d)?\(\s*(?:[^;)]*?[\s,])?{_OFFSET}|"
    r"transform\s*:[^;]*?scale[xy]?\(\s*0(?:\.0+)?\s*[,)]"
)
HIDING_RULE = re.compile(_HIDES, re.IGNORECASE)
# The same on ASCII text folded to lower case first, a third faster: a case-blind alternation tries
# every branch with folding at every character. (_HIDES spells its words in lower case.)
_HIDING_RULE_LOWER = re.compile(_HIDES)
# An inline style hides with these as well: there no script or child undoes them.
HIDING_STYLE = re.compile(
    _HIDES + r"|(?<![\w-])(?:font-size|opacity)\s*:\s*0(?:\.0+)?(?![.\d])",
    re.IGNORECASE,
)
FONT_SIZE_ZERO = re.compile(r"(?<![\w-])font-size\s*:\s*0(?:\.0+)?(?![.\d])", re.IGNORECASE)
_COMMENT = re.compile(r"/\*.*?(?:\*/|$)", re.DOTALL)
_BLOCK = re.compile(r"([^{}]*)([{}])")
_COMPOUND = re.compile(r"^(?:[a-z][a-z0-9]*)?(?:[.#]-?[A-Za-z_][A-Za-z0-9_-]*)+$")
_COMBINATOR = re.compile(r"\s*[>+~]\s*|\s+")
_GLOBAL_AT_RULE = re.compile(r"^@(?:supports|layer|media\s+(?:only\s+)?(?:screen|all)\s*$)", re.IGNORECASE)
_LINK_TAG = re.compile(r"<link\b[^>]{0,2000}>", re.IGNORECASE)
_ATTRIBUTE = re.compile(r"""([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""")
# Font and icon sheets hide nothing worth a request.
_NOT_WORTH = re.compile(r"font-?awesome|dashicons|icons?\b|/fonts?/|googleapis|\bfonts?\.css", re.IGNORECASE)


@dataclass(frozen=True)
class HidingRules:
    """The selectors (simple compounds: ``.promo``, ``div.seo.links``, ``#iklan``) a stylesheet hides."""

    selectors: frozenset[str] = frozenset()


def hiding_rules(css: str) -> HidingRules:
    """Return the selectors whose rules hide their elements for every screen."""
    found: set[str] = set()
    preludes: list[str] = []
    for text, brace in _BLOCK.findall(_COMMENT.sub(" ", css[:MAX_CSS_CHARS])):
        if brace == "{":
            preludes.append(text.strip())
            continue
        prelude = preludes.pop() if preludes else ""
        if prelude.startswith("@") or not all(_GLOBAL_AT_RULE.match(p) for p in preludes):
            continue
        if len(found) < _MAX_SELECTORS and _hides(text[:_MAX_DECLARATIONS]):
            found.update(_subjects(prelude))
    return HidingRules(frozenset(found))


def _hides(declarations: str) -> bool:
    if declarations.isascii():  # folding ASCII to lower case is all that a case-blind match does on it
        return _HIDING_RULE_LOWER.search(declarations.lower()) is not None
    return HIDING_RULE.search(declarations) is not None


# The page's own <style> blocks come back on every check: their rules are read once.
inline_hiding_rules = lru_cache(maxsize=64)(hiding_rules)


def stylesheet_urls(html: str, page_url: str, limit: int) -> list[str]:
    """Return the last ``limit`` stylesheets the page links from its own host (no font or icon sheet)."""
    found: list[str] = []
    for tag in _LINK_TAG.findall(html):
        url = _own_stylesheet(tag, page_url)
        if url is not None and url not in found:
            found.append(url)
    return found[-limit:] if limit > 0 else []


# A site's link tags come back on every check of it: each is read once per page address (a tag
# is at most 2,000 characters, so the cache stays within a few MB).
@lru_cache(maxsize=4096)
def _own_stylesheet(tag: str, page_url: str) -> str | None:
    """Return the stylesheet a ``<link>`` tag links from the page's own host, or None."""
    attrs = {m[0].lower(): unescape(m[1] or m[2] or m[3]) for m in _ATTRIBUTE.findall(tag)}
    rel = attrs.get("rel", "").lower().split()
    if "stylesheet" not in rel or "alternate" in rel or "print" in attrs.get("media", "").lower():
        return None  # an alternate stylesheet applies only when the visitor picks it
    url = urljoin(page_url, attrs.get("href", "").strip())
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or parts.netloc.lower() != urlsplit(page_url).netloc.lower():
        return None
    return None if _NOT_WORTH.search(parts.path) else url


def _subjects(prelude: str) -> list[str]:
    subjects = []
    for selector in prelude.split(","):
        parts = _COMBINATOR.split(selector.strip())
        last = parts[-1] if parts else ""
        if _COMPOUND.match(last):
            subjects.append(last)
    return subjects
