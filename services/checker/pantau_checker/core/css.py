"""Which elements a site's CSS hides: the declarations that hide, and the selectors of hiding rules.

Gambling spam is hidden with an inline style, with a class or id that a stylesheet of the site
hides (an inline ``<style>`` or a ``<link rel=stylesheet>`` of the same host), off-screen, clipped,
shrunk to nothing (or to a font of a pixel, a scale under a tenth), faded under a tenth's opacity
or behind ``aria-hidden``. A negative margin, or an offset or a translation of a
box moved where it stands (``position:relative``, ``transform``), puts it off the screen only when
further than any box is wide: ``left:50%; margin-left:-480px`` centres a fixed-width layout,
``position:relative; top:-150px`` lays a card over the banner above it, ``translateY(-200px)`` is
where an animation starts. An offset is read in any unit (``-99em``, ``-100vw``, ``calc(-9999px)``),
of the logical properties and the shorthands too (``inset:-9999px auto auto -9999px``,
``margin:0 0 0 -9999px``, ``inset-inline-start``); a box is shrunk by ``scale3d(0,0,1)``, ``scale(1,0)``,
the ``scale`` property or a zoom under a tenth (``zoom:0`` is none: browsers take it for 1), and
clipped by any ``clip-path: inset()`` whose two sides make a hundred percent (``inset(0 0 100% 0)``).
A rule counts when it hides for every screen: rules under a media query with a condition
(``max-width``, ``print``) are left out, but for a width every screen has (``min-width:1px``,
``(width >= 1px)``, ``screen, print``: the disguises of an injected rule); so is ``opacity:0`` in linked
stylesheets, which themes use for animations (shown by their JavaScript, with no rule that shows it). In the page's
own ``<style>``, where an injection brings its rules, ``opacity:0`` counts where that sheet never fades the element
in: with a transition, an animation, or a rule of another state that gives it an opacity (``.tooltip.show``,
``.menu-item:hover .sub-menu``). ``font-size:0`` counts unless the sheet sizes what is within it (``.row >
.col{font-size:14px}``, the inline-block gap trick); of a linked sheet, unless the page has an element within that
a rule sizes by its class, id or element name, or a style attribute sizes (``.row{font-size:0}`` with
``.col-md-4{font-size:14px}``: ``HidingRules.shrunk``). In the page's own ``<style>``, so do lines of no height in
a box that clips them (``line-height:0;overflow:hidden``) where no rule fades them in. Only rules whose subject is
a simple compound of classes and ids are kept; lexbor matches them in one query. In the page's own ``<style>``, so
are the links or text within such a compound (``.seo-links a``, ``#mitra > span``),
matched whole and kept in the text as hidden within a context; and in any stylesheet what a rule names
by an attribute (``[data-seo]``, ``div[id^="ads-"]``, ``[class*="seo" i]``), matched whole, but for the
cloak of a framework (``[v-cloak]``, ``[x-cloak]``), which hides the page until its script has drawn it.
So, in any stylesheet, is what a rule picks by its place among others (``.row>span:nth-child(2)``,
``hr.sep + p``, ``p.x:not(:first-child)``, ``:is(.a,.b)``) or by an escaped name (``.x\\:lnk``), as hidden
within a context; but not what ``:not()`` leaves out by a class (``.collapse:not(.show)``: a state). A rule
nested in another (``.entry{& .x{...}}``) is read as the selector it makes. Of a sheet of more than
``_MAX_SELECTORS`` hiding selectors, the first and the last are kept: an injection appends its rule.
What is hidden by an attribute other than ``id`` and ``class`` (``[data-state=closed]``) stays in the
text: a script may change it.

What a theme hides until a script or the visitor shows it is no hiding place:
- an element that a library's script reveals to every visitor (``revealed``: WOW.js's ``.wow``,
  Elementor's ``.elementor-invisible``, AOS's ``[data-aos]``, an Owl Carousel before it is built),
  hidden as the library hides it (``visibility:hidden``, no opacity, the library's own rule); a
  rule that hides it otherwise (``display:none``, off the screen, clipped: ``HidingRules.firm``)
  still does, so that a library's class does not make spam read as visible;
- ``visibility:hidden`` that the sheet undoes in another state or with a transition (as
  ``opacity:0`` above);
- ``display:none`` where a rule that wins the cascade shows the element as served: the active
  tab (``.tab-content>.active``), the slide shown (``.carousel-item.active``), Bootstrap's
  ``d-none d-md-block`` for wide screens. Such elements are left out of the rule's selector
  (``.tab-pane:not(.tab-content>.active)``);
- any other hiding that a rule for some screen or of a state the page is served in undoes, winning
  the cascade property by property (``!important`` first): a menu off the screen but on phones
  (``@media (max-width:767px){.x{position:static}}``), an open accordion's panel
  (``.acc.open .panel{max-height:500px}``), Tailwind's ``sr-only md:not-sr-only``. A state no
  element is served in (``:focus`` of a skip link, ``:hover``) undoes nothing;
- what another state of the same element or box shows (the other tabs and slides, a closed
  panel, a menu shown on hover), and what a rule hides within a context or a state of the page
  (``body.loading .content``, ``.no-js .slider``, ``#sidebar .date``) are hidden, but stay in the
  page's text (``HidingRules.faded``): a click or a script shows them, and a subject-only match
  (``.date`` for ``#sidebar .date``) cannot tell where.

The strings a stylesheet's ``content`` declarations write are read too (``HidingRules.contents``): text
outside the page's text, which search engines read and no visitor reads as the page's own.

Text is hidden by its colour too, where it is that of what lies behind it: the colours of a style
attribute, and the text colours and backgrounds a page's own ``<style>`` declares, are read here
(``page_paint``). Of a linked stylesheet only a colour of nothing (``color:transparent``,
``-webkit-text-fill-color:transparent``) or that of the background the same rule gives
(``color:#fff;background-color:#fff``) is read, as hiding the text of elements without links (a link
has the theme's colour); neither counts where a shadow draws the text or the sheet draws backgrounds
through letters (``background-clip:text``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from html import unescape
from itertools import islice
from typing import Final, Literal, NamedTuple
from urllib.parse import urljoin, urlsplit

from .literals import Markup
from .text import compiled_when_used

MAX_CSS_CHARS = 200_000  # of one stylesheet: what lies beyond is not read
_MAX_SELECTORS = 200  # per stylesheet, so a hostile one cannot make every query slow (or the cache big)
# Of a sheet of more, the last so many in place of as many before them: an injection appends its rule to a
# big theme's sheet.
_MAX_LAST_SELECTORS = 100
_MAX_DECLARATIONS = 2000  # characters of one style attribute or rule body that are read
# Blocks within blocks that are read (a theme nests a few: a media query, a rule, a rule nested in it), and the
# characters of a nested rule's selector written out (its parent's list before each of its own): a sheet of
# braces opened 200,000 deep, each rule's selector its parent's and more, would take gigabytes and minutes.
_MAX_NESTING = 32
_MAX_NESTED_CHARS = 20_000
# An offset some hundreds of pixels out: of 100 px, 20 em (the narrowest screen's 320 px), or a whole
# screen or box (100vw, 100%) at least.
_OFFSET = r"-(?:\d{3,}(?:\.\d+)?\s*(?:px|pt|ch|%|[sdl]?v(?:w|h|min|max))|(?:[2-9]\d|\d{3,})(?:\.\d+)?\s*r?em)(?![\w%])"
# A margin pulls a box back by half its width to centre it (``left:50%; margin-left:-480px``, the
# fixed-width layout of many an older department site, and a centred notice's ``margin-top:-150px``),
# and ``position:relative; left:-100px`` moves a box where it stands, as a translation does (an
# animation starts at ``translateY(-200px)``): only an offset further than any box is wide hides there
# (a thousand pixels, or 60 em: ``margin-left:-30em`` centres a box of 60).
_FAR_OFFSET = (
    r"-(?:\d{4,}(?:\.\d+)?\s*(?:px|pt|ch)|\d{3,}(?:\.\d+)?\s*(?:%|[sdl]?v(?:w|h|min|max))"
    r"|(?:[6-9]\d|\d{3,})(?:\.\d+)?\s*r?em)(?![\w%])"
)
_CALC = r"(?:(?:-webkit-)?calc\(\s*)?"  # ``left:calc(-9999px)``
# A box's right edge placed ten thousand pixels left of its block's (``right:9999px``) leaves the screen from any
# block; a smaller one (``right:200%``) is how a flyout opens to the left of its menu.
_FAR_RIGHT = r"(?:9999|[1-9]\d{4,})(?:\.\d+)?\s*px(?![\w%])"
_VALUE = r"[^\s;!}]+"  # one value of a shorthand
_ZERO = r"0(?:\.0+)?(?:px|em|rem|%|vw|vh|pt)?"  # a length of nothing, in any unit
# A font size no one reads (nothing, or a pixel at most) and an opacity no one sees (under a tenth).
_NO_SIZE = r"(?<![\w-])font-size\s*:\s*(?:0(?:\.0+)?(?:px|pt|em|rem|%)?|(?:0?\.\d+|1(?:\.0+)?)(?:px|pt))(?![\w.%-])"
_NEARLY_NONE = r"(?:(?:0(?:\.0\d*)?|\.0\d*)(?![.\d%])|(?:0?\.\d+|\d(?:\.\d+)?)%)"
_UNDER_A_TENTH = r"(?:0(?:\.0\d*)?|\.0\d*)"  # a scale
# Declarations that hide an element wherever they are written (``backface-visibility:hidden``, of
# the back of a turned box, hides nothing: sliders set it on every slide). The logical properties
# (``inset-inline-start``, ``margin-inline-start``) and the shorthands (``inset``, ``margin``: of its
# values the top, and the left) place a box as ``left`` and ``top`` do. ``zoom:0`` is no zoom at all
# (browsers take it for 1): a zoom under a tenth hides.
_HIDES = (
    r"display\s*:\s*none|visibility(?<!backface-visibility)\s*:\s*(?:hidden|collapse)|"
    r"content-visibility\s*:\s*hidden|"
    r"clip-path\s*:\s*(?:circle\(\s*0(?:px|%)?\s*[)a]|ellipse\(\s*0(?:px|%)?[\s)]|"
    r"polygon\(\s*0(?:px|%)?\s+0(?:px|%)?\s*(?:,\s*0(?:px|%)?\s+0(?:px|%)?\s*){0,8}\))|"
    rf"transform\s*:[^;]*?translate(?:x|y|3d)?\(\s*(?:[^;)]*?[\s,])?{_CALC}{_FAR_OFFSET}|"
    rf"transform\s*:[^;]*?(?:scale(?:[xy]|3d)?\(\s*{_UNDER_A_TENTH}\s*[,)]|"
    rf"scale(?:3d)?\(\s*[^,;)]+,\s*{_UNDER_A_TENTH}\s*[,)]|matrix\(\s*0\s*,\s*0\s*,\s*0\s*,\s*0\s*,)|"
    # Of a property's whole name: one look behind for all (each its own is more than twice as slow).
    r"(?<![\w-])(?:"
    rf"text-indent\s*:\s*{_CALC}{_OFFSET}|"
    r"(?:left|top|right|bottom|margin-left|margin-top|margin-(?:inline|block)-start|"
    rf"inset-(?:inline|block)-(?:start|end))\s*:\s*{_CALC}{_FAR_OFFSET}|"
    rf"inset(?:-inline|-block)?\s*:\s*(?:[^;!}}]*?\s)?{_CALC}{_FAR_OFFSET}|"
    rf"right\s*:\s*{_CALC}{_FAR_RIGHT}|"
    rf"margin\s*:\s*(?:{_CALC}{_FAR_OFFSET}|{_VALUE}\s+{_FAR_OFFSET}(?:\s+{_VALUE})?\s*(?:;|$|!|}})|"
    rf"{_VALUE}\s+{_VALUE}\s+{_VALUE}\s+{_FAR_OFFSET})|"
    rf"(?:height|width|max-height|max-width)\s*:\s*(?:{_ZERO}|1(?:px)?)\s*(?:;|$|!)|"
    r"clip\s*:\s*rect\(\s*([01])(?:px)?[\s,]+\1(?:px)?[\s,]+\1(?:px)?[\s,]+\1(?:px)?\s*\)|"
    rf"scale\s*:\s*(?:{_VALUE}\s+)?(?:{_UNDER_A_TENTH}|(?:0?\.\d+|\d(?:\.\d+)?)%)(?=\s|;|$|!|}})|"
    rf"translate\s*:[^;]*?{_CALC}{_FAR_OFFSET}|"
    r"zoom\s*:\s*(?:0*\.0\d*[1-9]\d*(?![\d.%])|(?:0*\.\d*[1-9]\d*|[1-9](?:\.\d+)?)%)"
    r")"
)
# Read only where a declaration is not ASCII (``hides``): compiled when first used.
_HIDING_RULE = compiled_when_used(_HIDES, re.IGNORECASE)
# A box placed (absolute, fixed) some hundreds of pixels out hides; moved as much where it stands
# (``position:relative``), it stays in view: only a far offset hides it (``_HIDES``).
_PLACED_OUT = re.compile(
    rf"(?<![\w-])(?:(?:left|top|right|bottom|inset-(?:inline|block)-(?:start|end))\s*:\s*{_CALC}{_OFFSET}|"
    rf"inset(?:-inline|-block)?\s*:\s*(?:[^;!}}]*?\s)?{_CALC}{_OFFSET})",
    re.IGNORECASE,
)
_IN_PLACE = re.compile(r"(?<![\w-])position\s*:\s*(?:relative|static|sticky)", re.IGNORECASE)
# The same on ASCII text folded to lower case first, a third faster: a case-blind alternation tries
# every branch with folding at every character. (_HIDES spells its words in lower case.)
_HIDING_RULE_LOWER = re.compile(_HIDES)
# A box clipped by an inset of its whole height or width (``inset(100%)``, ``inset(0 0 100% 0)``,
# ``inset(50%)``): the top and the bottom, or the left and the right, together of a hundred percent.
_CLIP_INSET = re.compile(r"clip-path\s*:\s*inset\(([^)]{0,200})\)")
_INSET_LENGTH = re.compile(r"^(\d+(?:\.\d+)?|\.\d+)(%|px|pt|r?em|v[wh])?$")
# Lines of no height in a box that clips them (``line-height:0;overflow:hidden``, in either order),
# which in a stylesheet is also an image wrapper's way to drop the gap under the image.
_NO_LINES = rf"(?<![\w-])line-height\s*:\s*{_ZERO}\s*(?:;|$|!)"
_CLIPS = r"(?<![\w-])overflow\s*:\s*hidden"
# An inline style hides with these as well: there no script or child undoes them.
_STYLE_HIDES = (
    _HIDES
    + rf"|{_NO_SIZE}|(?<![\w-])opacity\s*:\s*{_NEARLY_NONE}|(?<![\w-])filter\s*:[^;]*?opacity\(\s*0(?:\.0+)?%?\s*\)"
    + rf"|{_NO_LINES}(?=.*?{_CLIPS})|{_CLIPS}(?=.*?{_NO_LINES})"
)
_HIDING_STYLE = compiled_when_used(_STYLE_HIDES, re.IGNORECASE | re.DOTALL)
# In a page's own <style>, lines of no height in a box that clips them hide what no rule shows again.
_NO_LINES_RULE = re.compile(_NO_LINES)
_CLIPS_RULE = re.compile(_CLIPS)
_HIDING_STYLE_LOWER = re.compile(_STYLE_HIDES, re.DOTALL)
# In a page's own <style>, an opacity of nothing hides what no rule fades in (see the docstring).
_NO_OPACITY = re.compile(
    rf"(?<![\w-])opacity\s*:\s*{_NEARLY_NONE}\s*(?:;|$|!)|(?<![\w-])filter\s*:[^;]*?opacity\(\s*0(?:\.0+)?%?\s*\)"
)
# A rule that shows what ``opacity:0`` or ``visibility:hidden`` hides: by a transition, an animation or in its state.
_FADES_IN = re.compile(
    r"(?<![\w-])(?:opacity\s*:\s*(?:0?\.[1-9](?!\d*%)|[1-9](?!(?:\.\d+)?%)|var\()|visibility\s*:\s*visible|transition|animation|"
    r"filter\s*:\s*none)"
)
UNREADABLE_FONT_SIZE = re.compile(_NO_SIZE, re.IGNORECASE)
_COMMENT = re.compile(r"/\*.*?(?:\*/|$)", re.DOTALL)
# The strings of a ``content`` declaration: text a class shows (``.x::after``), outside the page's text. CSS
# writes a character by its code (an icon font's "\f073"), and joins adjacent strings.
_CONTENT = re.compile(r"""content\s*:((?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|[^;}"'])*)""", re.DOTALL)
_STRING = re.compile(r""""((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'""", re.DOTALL)
_ESCAPE = re.compile(r"\\(?:([0-9a-fA-F]{1,6})\s?|(.))", re.DOTALL)
_MAX_CONTENTS = 500  # declarations read of one stylesheet
# Splits a sheet at its braces: a text and the brace after it, in turn. (A search for a text and its
# brace fails at every place of a long tail without one, each time to its end: a sheet of 20 KB with
# no brace took 8 s, and 200 KB ten minutes.)
_BRACES = re.compile(r"([{}])")
_COMPOUND = re.compile(r"^(?:[a-z][a-z0-9]*)?(?:[.#]-?[A-Za-z_][A-Za-z0-9_-]*)+$")
# In a page's own <style>, the links or text within a compound: ``.seo-box a``, ``#sponsor > span``.
# Matched whole (a subject of a bare type alone would be every link of the page), as hidden within a context.
_TYPED_WITHIN = re.compile(
    r"^(?:[a-z][a-z0-9]*)?(?:[.#]-?[A-Za-z_][A-Za-z0-9_-]*)+(?: | ?> ?)(?:a|span|p|li|font|b|strong|small|em)$"
)
# And what a rule names by its class or id in part (``[id^=spon]``, ``div[class*="seo" i]``), matched whole.
_NAMED_IN_PART = re.compile(
    r"^(?:[a-z][a-z0-9]*)?"
    r"""(?:\[(?:class|id)\s*[~|^$*]?=\s*(?:"[\w -]{1,64}"|'[\w -]{1,64}'|[\w-]{1,64})(?:\s+i)?\s*\])+$"""
)
# And, in any stylesheet, what a rule names by an attribute (``[data-seo]``, ``div[id^="ads-"]``,
# ``#wrap [data-x="a b"]``), matched whole. An attribute other than ``id`` and ``class`` is one a script
# may set or take away (``aria-expanded``, ``data-state``, ``open``): what a rule hides by it stays in the
# text. A cloak (``[v-cloak]``, ``[x-cloak]``, ``[ng-cloak]``) hides a page until its framework has drawn
# it, and is no hiding place.
_ATTRIBUTE_TEST = (
    r"""\[\s*-?[A-Za-z_][\w-]*\s*(?:[~|^$*]?=\s*(?:"[^"\\\]]{0,64}"|'[^'\\\]]{0,64}'|[\w-]{1,64})"""
    r"(?:\s+[iI])?\s*)?\]"
)
_ATTRIBUTE_SUBJECT = compiled_when_used(
    rf"^(?:[A-Za-z][A-Za-z0-9]*|\*)?(?:[.#]-?[A-Za-z_][\w-]*|{_ATTRIBUTE_TEST})*{_ATTRIBUTE_TEST}"
    rf"(?:[.#]-?[A-Za-z_][\w-]*|{_ATTRIBUTE_TEST})*$"
)
_ATTRIBUTE_NAME = re.compile(r"\[\s*(-?[A-Za-z_][\w-]*)")
_MAX_SELECTOR_CHARS = 300  # of a selector named by an attribute, or by its place among others
# A selector of elements by their place among others (a structural pseudo-class, a sibling) or an escaped name.
_STRUCTURE = re.compile(r":(?!:)|[+~]|\\")
_PLACE = r":(?:(?:first|last|only)-(?:child|of-type)|nth-(?:last-)?(?:child|of-type)\(\s*[\w\s+-]{1,20}\))"
_NAME = r"(?:[\w-]|\\[^\w\s])+"
_SIMPLE = rf"(?:[A-Za-z][\w-]*|\*)?(?:[.#]-?{_NAME}|{_ATTRIBUTE_TEST}|{_PLACE})*"
# What ``:not()`` leaves out by a class or an attribute is a state a script changes (``.collapse:not(.show)``).
_PART = (
    rf"(?:[.#]-?{_NAME}|{_ATTRIBUTE_TEST}|{_PLACE}|:not\(\s*(?:[A-Za-z][\w-]*)?{_PLACE}?\s*\)"
    rf"|:(?:is|where)\(\s*{_SIMPLE}(?:\s*,\s*{_SIMPLE}){{0,8}}\s*\))"
)
_STRUCTURED_COMPOUND = rf"(?=[\w*.#\[:\\])(?:[A-Za-z][\w-]*|\*)?{_PART}*"
_STRUCTURED = compiled_when_used(
    rf"^{_STRUCTURED_COMPOUND}(?:\s*[>+~]\s*{_STRUCTURED_COMPOUND}|\s+{_STRUCTURED_COMPOUND})*$"
)
_COMBINATOR = re.compile(r"\s*[>+~]\s*|\s+")
_GLOBAL_AT_RULE = re.compile(r"^@(?:supports|layer|media\s+(?:only\s+)?(?:screen|all)\s*$)", re.IGNORECASE)
# A width every screen has: an injection wraps its rule in "@media (min-width:1px)" to pass for a theme's
# responsive one. A phone is 320 CSS pixels wide or more; no screen is ten thousand. Of a list of queries
# (``screen, print``) one is enough; of the conditions of one (``(min-width:1px) and (max-width:99999px)``,
# ``(width >= 1px)``), every one must hold.
_MEDIA_TYPE = re.compile(r"^(?:(?:only\s+)?(?:screen|all)|not\s+print)(?:\s+and\s+|\s*$)")
_MEDIA_AND = re.compile(r"\s+and\s+")
_MIN_MAX_WIDTH = re.compile(r"^\(\s*(min|max)-width\s*:\s*(\d{1,6}(?:\.\d+)?)(px|r?em)?\s*\)$")
_RANGE_WIDTH = re.compile(
    r"^\(\s*(?:(\d{1,6}(?:\.\d+)?)(px|r?em)?\s*(<=?|>=?)\s*)?width(?:\s*(<=?|>=?)\s*(\d{1,6}(?:\.\d+)?)(px|r?em)?)?\s*\)$"
)
_MAX_QUERIES = 8  # of a list, and conditions of one query, that are read
_MAX_QUERY_CHARS = 2000
_MEDIA_GAP = frozenset(" \t\n\r\f(")
_NARROWEST_SCREEN_PX = 320
_WIDEST_SCREEN_PX = 10_000
_LINK_TAG = re.compile(r"<link\b[^>]{0,2000}>", re.IGNORECASE)
_ATTRIBUTE = re.compile(r"""([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""")
_BASE_TAG = re.compile(r"""<base\b[^>]{0,500}?\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""", re.IGNORECASE)
_BASE_TAGS = ("<base", "<BASE")
_IMPORT = re.compile(r"""@import\s+(?:url\(\s*)?["']?([^"')\s;]+)""", re.IGNORECASE)
_MAX_IMPORTS = 3  # of one sheet or page
# A theme's sheets (WordPress's, Joomla's): where a rule is added to the site's own CSS.
_THEME_PATH = re.compile(r"/(?:themes?|templates)/", re.IGNORECASE)
# The libraries a site links as they come (Bootstrap, carousels, galleries, tables; WordPress's and Joomla's
# own): a site rarely edits them, and they are its longest sheets.
_LIBRARY = re.compile(
    r"/(?:vendor|node_modules|wp-includes)/|bootstrap|owl\.|fancybox|datatables|select2|animate(?:\.min)?\.css"
    r"|jquery|slick|swiper|magnific|lightbox",
    re.IGNORECASE,
)
# Font and icon sheets hide nothing worth a request.
_NOT_WORTH = re.compile(r"font-?awesome|dashicons|icons?\b|/fonts?/|googleapis|\bfonts?\.css", re.IGNORECASE)


@dataclass(frozen=True)
class HidingRules:
    """The selectors of what a stylesheet hides: a simple compound (``.promo``, ``div.seo.links``,
    ``#iklan``) or what it names by an attribute (``[data-seo]``), with what the sheet shows of it
    excluded (``.tab-pane:not(.tab-content>.active)``)."""

    selectors: frozenset[str] = frozenset()
    # Of a page's own <style>: hidden, but a script or another state may show them (of no opacity and
    # never faded in, the other tabs, slides and panels, what a state of the page hides): they stay
    # in the text.
    faded: frozenset[str] = frozenset()
    # Of these, hidden otherwise than by ``visibility:hidden`` or no opacity (``display:none``, off the
    # screen, clipped): no library's reveal shows them (``revealed``).
    firm: frozenset[str] = frozenset()
    # What its ``content`` declarations write (``.x::after{content:"..."}``), where it has a letter: text
    # outside the page's text, which no visitor reads as its own and search engines read.
    contents: tuple[str, ...] = ()
    # Of a linked stylesheet: what a font size of nothing shrinks, hidden only where nothing within is sized
    # again (``.row{font-size:0}`` with ``.col-md-4{font-size:14px}``: the inline-block gap trick), and the
    # element names and classes and ids that its rules size (``li``, ``.col-md-4``; ``*`` for every element).
    shrunk: frozenset[str] = frozenset()
    sized: frozenset[str] = frozenset()


# Marks of the libraries whose scripts show every visitor what their sheets hide until then: what
# scrolls into view (WOW.js, Elementor, animate.css, Divi, WPBakery; AOS and Sal.js by an
# attribute), by ``visibility:hidden`` or ``opacity:0``, and a slider until it is built (Owl Carousel).
_REVEALED_CLASSES = frozenset(
    (
        "wow elementor-invisible animated animate__animated et_animated et-waypoint "
        "wpb_animate_when_almost_visible owl-carousel"
    ).split()
)
_REVEALED_ATTRIBUTES = ("data-aos", "data-sal")
_CLASS_NAMES = re.compile(r"\.(-?[\w-]+)")
# A rule that shows what another hides: a display other than none, under any media query but print.
_SHOWS = re.compile(r"(?<![\w-])display\s*:\s*(?!none)[a-z]")
_IMPORTANT_SHOW = re.compile(r"(?<![\w-])display\s*:\s*(?!none)[a-z-]+\s*!\s*important")
_IMPORTANT_NONE = re.compile(r"(?<![\w-])display\s*:\s*none\s*!\s*important")
_PRINT = re.compile(r"^@media\s+(?:only\s+)?print\b", re.IGNORECASE)
_PSEUDO_ELEMENT = re.compile(r"::|:(?:before|after|first-line|first-letter)\b", re.IGNORECASE)
# A selector lexbor matches against the page as served: tags, classes, ids and attributes, joined
# by combinators; no state (``:hover``), which the page is not in.
_SERVED_COMPOUND = rf"(?=[\w*.#\[])(?:[A-Za-z][\w-]*|\*)?(?:[.#]-?(?:[\w-]|\\[^\w\s])+|{_ATTRIBUTE_TEST})*"
_SERVED = compiled_when_used(rf"^{_SERVED_COMPOUND}(?: ?[>+~] ?{_SERVED_COMPOUND}| {_SERVED_COMPOUND})*$")
# One class, !important or for some screens: a utility that a framework combines with others on
# one element (Bootstrap's ``d-none d-md-block``, Tailwind's ``hidden md:block``).
_UTILITY = re.compile(r"^\.-?(?:[\w-]|\\[^\w\s])+$")
_MAX_SHOWS = 1000  # rules that show, read of one stylesheet
_MAX_NEAR = 256  # of them looked at for one rule that hides, by each of its classes and ids
_MAX_SHOWN = 64  # of them excluded from what one rule hides
_MAX_EXCLUDED = 10_000  # characters of what is excluded, of one stylesheet: every parse reads them
# Of a rule that undoes what another hides otherwise than by ``display`` (``position:static`` in a
# media query, ``max-height:500px`` of an open accordion, ``left:0`` of a menu's open state):
# read of the rules whose classes, ids or attributes are those of a rule that hides, at most so many.
_MAX_UNDOING = 2000
# Of the subject of a rule that sets a font size, in a linked sheet: its element's name, or every element (``*``),
# and its classes and ids.
_SIZED = re.compile(r"^[a-z][a-z0-9]*|^\*|[.#]-?[a-z_][a-z0-9_-]*")
_MAX_SIZED = 2000  # of one stylesheet
_MAX_MERGES = 4000  # of what hides with what undoes it, of one stylesheet
# A text colour of nothing hides the text of its element, but not its links (of the theme's colour)
# nor text drawn through it (``background-clip:text``) or in a shadow.
_TEXT_FILL = re.compile(r"(?<![\w-])-webkit-text-fill-color\s*:\s*([^;]+)", re.IGNORECASE)
_SHADOW = re.compile(r"(?<![\w-])text-shadow\s*:\s*(?!none)[^\s;]")
_DECLARATION = re.compile(r"(?:^|;)\s*(-?[a-z][a-z-]*)\s*:\s*([^;]*)")
_OFFSETS = ("left", "top", "right", "bottom", "inset", "inset-inline", "inset-block")
_LONGHANDS = {
    "inset": ("top", "right", "bottom", "left"),
    "margin": ("margin-top", "margin-left", "margin-inline-start", "margin-block-start"),
    "overflow": ("overflow-x", "overflow-y"),
}
# The classes, ids and attributes a selector names: a rule is related to another by them.
_KEYS = re.compile(r"[.#]-?[a-z_][a-z0-9_-]*|\[\s*-?[a-z_][\w-]*")
_IDS = re.compile(r"#-?[A-Za-z_]")
_CLASSES = re.compile(r"\.-?[A-Za-z_\\]|\[|:(?!:)")  # and attributes, and pseudo-classes
_TYPES = re.compile(r"(?:^|[\s>+~])[A-Za-z]")
_ATTRIBUTE_VALUE = re.compile(r"\[[^\]]*\]")


class _Show(NamedTuple):
    """A selector of a rule that shows: what it styles, and where it stands in the cascade."""

    selector: str
    parts: frozenset[str]  # its classes and ids, in lower case
    rank: tuple[bool, tuple[int, int, int], int]  # !important, specificity, place in the sheet
    served: bool  # matched as the page is served (``_SERVED``)
    utility: bool  # one class, !important or under a media query (``_UTILITY``)
    declarations: str = ""  # of a rule that undoes a hiding otherwise than by ``display``


class _Hide(NamedTuple):
    selector: str
    kind: str  # "display" or "visibility" alone, or "other" (``_hiding_kind``)
    rank: tuple[bool, tuple[int, int, int], int]
    # A rule of one declaration, a utility (``.d-none``, ``.hidden``): combined with others on one
    # element. A component's rule (``.modal{position:fixed;...;display:none}``) is shown by its own.
    utility: bool
    declarations: str = ""


def hiding_rules(css: str) -> HidingRules:
    """Return the selectors whose rules hide their elements for every screen.

    Of a font size of nothing, a selector that is a compound alone counts where nothing within is sized again
    (``HidingRules.shrunk``); no opacity does not: a theme's script fades in what its sheet fades out
    (jQuery's ``fadeIn``, GSAP, an observer setting ``style.opacity``), with no rule that shows it.
    """
    sheet = _Sheet()
    found, kept, firm = _read(css, own=False, sheet=sheet)
    return HidingRules(
        frozenset(found | kept),
        firm=frozenset(firm),
        contents=_contents(css),
        shrunk=frozenset(sheet.shrunk_linked),
        sized=frozenset(sheet.sized),  # another sheet's font size of nothing may be sized again by these
    )


# The page's own <style> blocks come back on every check: their rules are read once.
@lru_cache(maxsize=64)
def inline_hiding_rules(css: str) -> HidingRules:
    """Return the selectors that a page's own ``<style>`` hides, and those a script or a state may show.

    An injection brings its hiding rules in a ``<style>`` of its own; a theme's fades are those
    of its linked stylesheets, shown by its scripts (so there ``opacity:0`` is no hiding rule). Of
    no opacity only a selector that is a compound alone counts: ``.js .intro{opacity:0}`` waits for
    a script (``.js`` on ``<html>``) to fade it in.
    """
    found, kept, firm = _read(css, own=True)
    return HidingRules(frozenset(found), frozenset(kept), frozenset(firm), _contents(css))


def _contents(css: str) -> tuple[str, ...]:
    """Return what the ``content`` declarations of ``css`` write, where it has a letter."""
    if "content" not in css:  # most sheets of a page's own
        return ()
    found = []
    for declaration in islice(_CONTENT.finditer(css[:MAX_CSS_CHARS]), _MAX_CONTENTS):
        strings = (m[1] if m[1] is not None else m[2] for m in _STRING.finditer(declaration[1]))
        text = _ESCAPE.sub(_character, "".join(strings))
        if any(c.isalpha() for c in text):
            found.append(" ".join(text.split()))
    return tuple(found)


def _character(escape: re.Match[str]) -> str:
    if escape[1] is None:
        return escape[2] if escape[2] != "\n" else ""  # an escaped line break continues the string
    code = int(escape[1], 16)
    return chr(code) if 0 < code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF else "\ufffd"


def _read(css: str, own: bool, sheet: _Sheet | None = None) -> tuple[set[str], set[str], set[str]]:
    """Return the selectors of what ``css`` hides, of what a script or a state may show (of no opacity
    too), and of those hidden otherwise than a reveal undoes."""
    sheet = _Sheet() if sheet is None else sheet
    for order, (prelude, within, declarations) in enumerate(_rules(css)):
        if not prelude.startswith("@"):
            sheet.add(order, prelude, within, declarations, own)
    found: set[str] = set()
    firm: set[str] = set()
    kept = {s for s in sheet.faded if sheet.fading.isdisjoint(_KEYS.findall(s.lower()))}
    kept |= {s for s in sheet.shrunk if sheet.sizing.isdisjoint(_PARTS.findall(s.lower()))}
    sheet.shrunk_linked = {s for s in sheet.shrunk_linked if sheet.sizing.isdisjoint(_PARTS.findall(s.lower()))}
    hiding = sheet.hiding(own)
    undoing = _Undoing(sheet.undoing([h for h in hiding if h.kind in ("other", "colour")]))
    related = _by_part(sheet.shows)
    utilities = [show for show in sheet.shows if show.utility]
    room = _MAX_EXCLUDED
    for hide in hiding:
        placed = _placed(hide, sheet.fading, related, utilities, undoing, room)
        if placed is not None:
            (kept if placed[1] else found).add(placed[0])
            # A library's own rule (Owl Carousel's ``.owl-carousel{display:none}``) is undone by its script.
            if hide.kind != "visibility" and _REVEALED_CLASSES.isdisjoint(_CLASS_NAMES.findall(hide.selector)):
                firm.add(placed[0])
            room -= len(placed[0])
    return found, kept, firm


def _every_screen(at_rule: str) -> bool:
    """Whether the rules under ``at_rule`` apply on every screen: no condition, or one every width meets."""
    if _GLOBAL_AT_RULE.match(at_rule):
        return True
    if at_rule[:6].lower() != "@media" or at_rule[6:7] not in _MEDIA_GAP or len(at_rule) > _MAX_QUERY_CHARS:
        return False
    queries = " ".join(at_rule[6:].split()).lower()
    return any(_every_screen_query(q.strip()) for q in queries.split(",")[:_MAX_QUERIES])


def _every_screen_query(query: str) -> bool:
    """Whether one media query (``screen and (min-width:1px)``, lower case) holds on every screen."""
    kind = _MEDIA_TYPE.match(query)
    if kind is not None:
        query = query[kind.end() :]
        if not query:
            return True
        if kind[0].startswith("not"):  # "not print and (...)": the negation is of the whole query
            return False
    return all(_every_width(condition.strip()) for condition in _MEDIA_AND.split(query)[:_MAX_QUERIES])


def _every_width(condition: str) -> bool:
    """Whether every screen meets a condition on its width: a least width no phone falls short of, a
    greatest no screen exceeds."""
    found = _MIN_MAX_WIDTH.match(condition)
    if found is not None:
        return _width_bound("min" if found[1] == "min" else "max", found[2], found[3])
    found = _RANGE_WIDTH.match(condition)
    if found is None or (found[1] is None and found[5] is None):
        return False
    bounds = []
    if found[1] is not None:  # "1px <= width": a least width; "99999px >= width", a greatest
        bounds.append(_width_bound("min" if found[3].startswith("<") else "max", found[1], found[2]))
    if found[5] is not None:  # "width >= 1px", "width < 99999px"
        bounds.append(_width_bound("min" if found[4].startswith(">") else "max", found[5], found[6]))
    return all(bounds)


def _width_bound(bound: str, number: str, unit: str | None) -> bool:
    value, unit = float(number), (unit or "").lower()
    if not unit and value:  # a length of no unit is no length: the query is ignored
        return False
    px = value * 16 if unit.endswith("em") else value
    return px <= _NARROWEST_SCREEN_PX if bound == "min" else px >= _WIDEST_SCREEN_PX


@dataclass
class _Sheet:
    """The rules of a stylesheet that hide, that show, and that fade in, as read so far."""

    hides: list[_Hide] = field(default_factory=list)
    full_at: int | None = None  # the place of the first rule read once ``_MAX_SELECTORS`` were
    shows: list[_Show] = field(default_factory=list)
    faded: set[str] = field(default_factory=set)  # of no opacity, unless a rule fades them in
    fading: set[str] = field(default_factory=set)  # the classes and ids of what a rule fades in
    shrunk: set[str] = field(default_factory=set)  # of a font size of nothing, unless a rule sizes what is within
    sizing: set[str] = field(default_factory=set)  # the classes and ids within which a rule sets a font size
    # Of a linked sheet: of a font size of nothing (matched in the page: hidden where nothing within is sized
    # again), and the element names, classes and ids of the subjects of the rules that size.
    shrunk_linked: set[str] = field(default_factory=set)
    sized: set[str] = field(default_factory=set)
    # The rules of every screen but print, by their place in the sheet: read again for what undoes a hiding.
    rules: list[tuple[int, str, bool, str]] = field(default_factory=list)
    clips_text: bool = False  # a rule draws a background through the letters (``background-clip:text``)

    def add(self, order: int, prelude: str, within: list[str], declarations: str, own: bool) -> None:
        lowered = declarations.lower()
        if _fades_in(lowered):  # under any media query or state (:hover, .show)
            self.fading.update(
                part for selector in prelude.lower().split(",") for part in _KEYS.findall(_subject(selector))
            )
        if "font-size" in lowered and not UNREADABLE_FONT_SIZE.search(lowered):  # under any media query
            self._sizes_within(prelude, own)
        everywhere = all(_every_screen(p) for p in within)
        printed = any(_PRINT.match(p) for p in within)
        if "display" in lowered and _SHOWS.search(lowered) and not printed:
            if len(self.shows) < _MAX_SHOWS:
                self.shows += _shows(prelude, order, _IMPORTANT_SHOW.search(lowered) is not None, everywhere)
        if not printed:
            self.rules.append((order, prelude, everywhere, declarations))
        if not own and "clip" in lowered and painted_text(lowered):
            self.clips_text = True
        if not everywhere or self._full(order):
            return
        kind = _rule_kind(declarations, lowered, own)
        if kind is not None:
            self.hides += _hides(order, prelude, declarations, lowered, kind, own)
        elif own and "opacity" in lowered and _NO_OPACITY.search(lowered) and not _fades_in(lowered):
            self.faded.update(s for selector in prelude.split(",") if _COMPOUND.match(s := selector.strip()))
        if own and "line-height" in lowered and _NO_LINES_RULE.search(lowered) and _CLIPS_RULE.search(lowered):
            self.faded.update(s for selector in prelude.split(",") if _COMPOUND.match(s := selector.strip()))
        if "font-size" in lowered and UNREADABLE_FONT_SIZE.search(lowered):
            shrunk = self.shrunk if own else self.shrunk_linked
            if len(shrunk) < _MAX_SELECTORS:  # a hostile sheet's thousands stay one cheap query
                shrunk.update(s for selector in prelude.split(",") if _COMPOUND.match(s := selector.strip()))

    def _full(self, order: int) -> bool:
        """Whether ``_MAX_SELECTORS`` were read before the rule at ``order`` (noted: the last are read at the end)."""
        if len(self.hides) + len(self.faded) < _MAX_SELECTORS:
            return False
        self.full_at = order if self.full_at is None else self.full_at
        return True

    def hiding(self, own: bool) -> list[_Hide]:
        """Return the rules that hide, as kept: of a sheet of more than ``_MAX_SELECTORS``, the first and the last
        (transparent text is how a sheet that draws backgrounds through letters writes them)."""
        last = self._last(own)
        first = self.hides[: max(0, _MAX_SELECTORS - len(self.faded) - len(last))] if last else self.hides
        return [h for h in (*first, *last) if h.kind != "colour" or not self.clips_text]

    def _last(self, own: bool) -> list[_Hide]:
        """Return the last rules that hide, beyond the first ``_MAX_SELECTORS``: read from the end of the sheet
        (an injection's rule is its last), and only as far as the ``_MAX_LAST_SELECTORS`` of them."""
        found: list[_Hide] = []
        for order, prelude, everywhere, declarations in reversed(self.rules):
            if self.full_at is None or order < self.full_at or len(found) >= _MAX_LAST_SELECTORS:
                break
            lowered = declarations.lower()
            kind = _rule_kind(declarations, lowered, own) if everywhere else None
            found[:0] = _hides(order, prelude, declarations, lowered, kind, own)[-_MAX_LAST_SELECTORS:] if kind else []
        return found

    def undoing(self, hides: list[_Hide]) -> list[_Show]:
        """Return the rules that may undo what ``hides`` hide: of the same classes, ids or attributes, and
        the utilities of one class for some screens (Tailwind's ``md:not-sr-only``) where one hides."""
        if not hides:
            return []
        keys = {key for hide in hides for key in _KEYS.findall(hide.selector.lower())}
        utility = any(_UTILITY.match(hide.selector) for hide in hides)
        found: list[_Show] = []
        for order, prelude, everywhere, declarations in self.rules:
            lowered = prelude.lower()
            if keys.isdisjoint(_KEYS.findall(lowered)) and not (utility and not everywhere and _UTILITY.match(prelude)):
                continue
            found += _shows(prelude, order, False, everywhere, declarations.lower())
            if len(found) >= _MAX_UNDOING:
                break
        return found

    def _sizes_within(self, prelude: str, own: bool) -> None:
        """Note the classes and ids within which a rule sets a font size (and, of a linked sheet, what it sizes).

        ``.seo{font-size:0}`` in a page's own <style> hides the links within; ``.row{font-size:0}``
        with ``.row > .col{font-size:14px}`` is the inline-block gap trick, whose children set their own.
        """
        for selector in prelude.lower().split(","):
            subject = _subject(selector)
            self.sizing.update(_PARTS.findall(selector.strip()[: -len(subject)] if subject else ""))
            if not own and len(self.sized) < _MAX_SIZED:
                head = subject.split(":")[0]  # by an attribute (``[class*=col-]``): of any element
                self.sized.update(_SIZED.findall(head) if head and "[" not in head else ["*"])


def _rule_kind(declarations: str, lowered: str, own: bool) -> str | None:
    """Return how a rule hides (``_hiding_kind``), or "colour" for text of no colour in a linked sheet."""
    kind = _hiding_kind(declarations)
    return "colour" if kind is None and not own and _transparent_text(lowered) else kind


def _hides(order: int, prelude: str, declarations: str, lowered: str, kind: str, own: bool) -> list[_Hide]:
    """Return the selectors of a rule that hides (by ``kind``) that are kept: of a simple compound, or an
    attribute; of the page's own ``<style>``, the links or text within one and what it names in part too."""
    important = kind == "display" and _IMPORTANT_NONE.search(lowered) is not None
    utility = ";" not in declarations.strip().rstrip(";")
    return [
        _Hide(selector, kind, (important, _specificity(selector), order), utility, lowered)
        for listed in _listed(prelude)
        if _COMPOUND.match(_subject(selector := " ".join(listed.split())))
        or (own and (_TYPED_WITHIN.match(selector) or _NAMED_IN_PART.match(selector)))
        or _by_attribute(selector)
        or _structural(selector)
    ]


def _listed(prelude: str) -> list[str]:
    """Return the selectors of a rule's list, but a comma within parentheses (``:is(.a,.b)``) joins."""
    if "(" not in prelude:
        return prelude.split(",")
    found, depth, start = [], 0, 0
    for index, char in enumerate(prelude):
        depth += (char == "(") - (char == ")")
        if char == "," and depth <= 0:
            found.append(prelude[start:index])
            start = index + 1
    return [*found, prelude[start:]]


def _structural(selector: str) -> bool:
    """Whether ``selector`` picks its elements by their place among others (``.row>span:nth-child(2)``,
    ``hr.sep + p``, ``p.x:not(:first-child)``, ``:is(.a,.b)``) or by an escaped name (``.x\\:lnk``),
    as the page is served: matched whole, and hidden within a context."""
    if len(selector) > _MAX_SELECTOR_CHARS or _STRUCTURE.search(selector) is None:
        return False
    return _STRUCTURED.match(selector) is not None


def revealed(attributes: dict[str, str | None]) -> bool:
    """Whether an element of these attributes is one a library's script reveals to every visitor: what
    hides it by ``visibility:hidden`` or no opacity (not a rule of ``HidingRules.firm``) hides nothing."""
    classes = attributes.get("class")
    if classes and not _REVEALED_CLASSES.isdisjoint(classes.split()):
        return True
    return any(name in attributes for name in _REVEALED_ATTRIBUTES)


def _fades_in(lowered: str) -> bool:
    # Most rules name none of these words: looking for them is several times cheaper than the search.
    named = "opacity" in lowered or "visib" in lowered or "transition" in lowered or "animation" in lowered
    return named and _FADES_IN.search(lowered) is not None


class _Undoing:
    """The rules that may undo a hiding otherwise than by ``display``, by their classes, ids and attributes."""

    def __init__(self, shows: list[_Show]) -> None:
        self.related = _by_part(shows)
        self.utilities = [show for show in shows if show.utility]
        self.merges = _MAX_MERGES  # left of this sheet: a hostile one's hides stay hidden

    def winning(self, hide: _Hide) -> list[str]:
        """Return the selectors of the rules that undo what ``hide`` hides, on some screen or in some state
        the page is served in: what is left of its hiding, with theirs over it, hides nothing."""
        near = {show for key in _KEYS.findall(hide.selector.lower()) for show in self.related.get(key, [])[:_MAX_NEAR]}
        if _UTILITY.match(hide.selector):
            near.update(self.utilities[:_MAX_NEAR])
        touched = _touched(hide.declarations)
        subject = _subject_keys(hide.selector)
        found = set()
        for show in sorted((show for show in near if show.served), key=lambda show: show.rank[2]):
            if show.selector in found or touched.isdisjoint(_declared(show.declarations)):
                continue  # sets nothing the hiding rests on
            if not subject <= _subject_keys(show.selector) and not show.utility:
                continue  # of other elements: ``.x .y{left:0}`` undoes nothing of ``.x``
            if self.merges <= 0:
                break
            self.merges -= 1
            if not _still_hidden(hide, show):
                found.add(show.selector)
        return sorted(found)


def _placed(
    hide: _Hide,
    fading: set[str],
    related: dict[str, list[_Show]],
    utilities: list[_Show],
    undoing: _Undoing,
    room: int,
) -> tuple[str, bool] | None:
    """Return the selector of what ``hide`` hides and whether a click or a script may show it, or
    None where the sheet shows it: a transition, an animation or another state (``visibility``)."""
    subject = _subject(hide.selector)
    # Hidden within a context or a state of the page: body.loading .content, .no-js .slider, #sidebar .date;
    # or by an attribute a script may change (``[aria-expanded=false]``, ``[data-state=closed]``).
    within = (
        any(mark in hide.selector[: len(hide.selector) - len(subject)] for mark in ".#[:")
        or _scripted(subject)
        or _STRUCTURE.search(_ATTRIBUTE_VALUE.sub("[]", hide.selector)) is not None
    )
    if not _COMPOUND.match(subject):  # ``_TYPED_WITHIN``, ``_NAMED_IN_PART``, ``_by_attribute``: matched whole
        subject = hide.selector
    if hide.kind == "visibility":
        revealed = not fading.isdisjoint(_KEYS.findall(subject.lower()))
        return None if revealed else (subject, within)
    if hide.kind != "display":
        # What a rule of another screen or state undoes (``@media (max-width:767px){.x{position:static}}``,
        # ``.accordion.open .panel{max-height:500px}``) is left out, as the active tab is below.
        winning = undoing.winning(hide)
        shown = ", ".join(winning[:_MAX_SHOWN])
        shown = shown if len(shown) < room else ""
        selector = f"{subject}:not({shown})" if shown else subject
        if hide.kind == "colour":  # its links are of the theme's colour
            selector += ":not(:has(a))"
        return selector, within or bool(shown)
    # The shows of the same elements or box that win (the active tab, an open panel), and those of
    # other utilities that win over a utility (``d-md-block`` over ``d-none``).
    near = {show for part in _KEYS.findall(hide.selector.lower()) for show in related.get(part, [])[:_MAX_NEAR]}
    winning = sorted({show.selector for show in near if show.served and show.rank > hide.rank})
    if hide.utility:
        winning += sorted({show.selector for show in utilities if show.rank > hide.rank}.difference(winning))
    shown = ", ".join(winning[:_MAX_SHOWN])
    shown = shown if len(shown) < room else ""  # a hostile sheet's: what the rule hides, as before
    selector = f"{subject}:not({shown})" if shown else subject
    return selector, within or bool(near)


def _shows(prelude: str, order: int, important: bool, everywhere: bool, declarations: str = "") -> list[_Show]:
    found = []
    for listed in prelude.split(","):
        selector = " ".join(listed.split())
        if selector and _PSEUDO_ELEMENT.search(selector) is None:
            parts = frozenset(_KEYS.findall(selector.lower()))
            served = _SERVED.match(selector) is not None  # what is not served never wins: no need to rank it
            rank = (important, _specificity(selector) if served else (0, 0, 0), order)
            utility = served and (important or not everywhere) and _UTILITY.match(selector) is not None
            found.append(_Show(selector, parts, rank, served, utility, declarations))
    return found


def _by_attribute(selector: str) -> bool:
    """Whether ``selector`` styles what it names by an attribute (``[data-seo]``, ``#wrap div[id^="ads-"]``),
    as served, other than a framework's cloak."""
    if "[" not in selector or len(selector) > _MAX_SELECTOR_CHARS:
        return False
    subject = _subject(selector)
    if "[" not in subject or _ATTRIBUTE_SUBJECT.match(subject) is None or _SERVED.match(selector) is None:
        return False
    return not any("cloak" in name.lower() for name in _ATTRIBUTE_NAME.findall(subject))


def _scripted(subject: str) -> bool:
    """Whether ``subject`` names an attribute other than ``id`` and ``class``: one a script may change."""
    return "[" in subject and any(name.lower() not in ("id", "class") for name in _ATTRIBUTE_NAME.findall(subject))


def _transparent_text(lowered: str) -> bool:
    """Whether a rule's declarations (lower case) give its text a colour of nothing, or the colour of the
    background they give it (``color:#fff;background-color:#fff``), drawn through by nothing."""
    if "color" not in lowered:
        return False
    painted = "background" in lowered
    if not painted and "transparent" not in lowered and "rgba" not in lowered and "#" not in lowered:
        return False
    colour = text_colour(lowered)
    if colour is None:
        return False
    if colour[3] != 0:
        behind = background(lowered) if painted else None
        if not isinstance(behind, tuple) or behind[3] != 1 or not same_colour(colour, behind):
            return False
    return not painted_text(lowered) and _SHADOW.search(lowered) is None


def _still_hidden(hide: _Hide, show: _Show) -> bool:
    """Whether what ``hide`` hides is hidden still where ``show`` applies too: the declarations of both, each
    property of the one that wins it (by !important, then by the selector and its place in the sheet)."""
    merged = dict(_declared(hide.declarations))
    outranks = show.rank[1:] > hide.rank[1:]
    for name, (value, important) in _declared(show.declarations).items():
        held = merged.get(name)
        if held is not None and (held[1] > important or (held[1] == important and not outranks)):
            continue
        for longhand in _LONGHANDS.get(name, ()):
            merged.pop(longhand, None)
        for shorthand, longhands in _LONGHANDS.items():
            if name in longhands:
                merged.pop(shorthand, None)  # in part undone: taken as undone
        merged[name] = (value, important)
    if merged.get("position", ("", False))[0] == "static":  # offsets move no box of its place
        for name in _OFFSETS:
            merged.pop(name, None)
    text = ";".join(f"{name}:{value}" for name, (value, _) in merged.items())
    return hides(text) if hide.kind != "colour" else _transparent_text(text)


@lru_cache(maxsize=4096)
def _subject_keys(selector: str) -> frozenset[str]:
    """Return the classes, ids and attributes of the elements ``selector`` styles."""
    return frozenset(_KEYS.findall(_subject(selector).lower()))


@lru_cache(maxsize=1024)
def _touched(lowered: str) -> frozenset[str]:
    """Return the properties a rule that undoes what ``lowered`` declares must set one of: its own, their
    shorthands and longhands, and ``position``."""
    found = {"position"}
    for name in _declared(lowered):
        found.add(name)
        found.update(_LONGHANDS.get(name, ()))
        found.update(shorthand for shorthand, longhands in _LONGHANDS.items() if name in longhands)
    return frozenset(found)


# A theme's rules come back on every parse of its pages: each is read once.
@lru_cache(maxsize=4096)
def _declared(lowered: str) -> dict[str, tuple[str, bool]]:
    """Return the properties a rule's declarations (lower case) give: their values, and whether !important.
    (The dict is shared: not to be changed.)"""
    found: dict[str, tuple[str, bool]] = {}
    for name, declared in _DECLARATION.findall(lowered):
        value, bang, rest = declared.partition("!")
        important = bool(bang) and rest.strip() == "important"
        if important or not found.get(name, ("", False))[1]:
            found[name] = (value.strip(), important)
    return found


def _by_part(shows: list[_Show]) -> dict[str, list[_Show]]:
    found: dict[str, list[_Show]] = {}
    for show in shows:
        for part in show.parts:
            found.setdefault(part, []).append(show)
    return found


def _specificity(selector: str) -> tuple[int, int, int]:
    """Return the ids, the classes (attributes, pseudo-classes) and the tags ``selector`` names."""
    if "[" in selector:  # what an attribute's value spells counts for nothing
        selector = _ATTRIBUTE_VALUE.sub("[]", selector)
    return len(_IDS.findall(selector)), len(_CLASSES.findall(selector)), len(_TYPES.findall(selector))


def _hiding_kind(declarations: str) -> str | None:
    """Return how ``declarations`` hide: by ``display:none`` or ``visibility:hidden`` alone, "other", or None."""
    if not hides(declarations):  # most rules hide nothing: one search tells
        return None
    kinds = {match.group(0)[:4].lower() for match in _HIDING_RULE.finditer(declarations)}
    if len(kinds) != 1 or _placed_out(declarations) or _clipped_out(declarations.lower()):
        return "other"
    return {"disp": "display", "visi": "visibility"}.get(kinds.pop(), "other")


def _rules(css: str) -> Iterator[tuple[str, list[str], str]]:
    """Yield each rule of ``css`` (bounded): its prelude, the at-rules' preludes it is within, its declarations.

    A block nested beyond ``_MAX_NESTING``, or a nested rule whose selector written out is beyond
    ``_MAX_NESTED_CHARS``, is not read, nor anything within it.
    """
    preludes: list[str] = []
    unread = 0  # blocks open from the first one not read: skipped to its end
    parts = _BRACES.split(_COMMENT.sub(" ", css[:MAX_CSS_CHARS]))
    nested = False  # a style rule within a style rule (``.entry{& .x{...}}``): CSS nesting
    for text, brace in zip(parts[0:-1:2], parts[1::2], strict=True):
        if brace == "{":
            opened = None if unread or len(preludes) >= _MAX_NESTING else _opened(preludes, text.strip())
            if opened is None:
                unread += 1
                continue
            preludes.append(opened[0])
            nested = nested or opened[1]
            continue
        if unread:
            unread -= 1
            continue
        prelude = preludes.pop() if preludes else ""
        if text and not text.isspace():  # a rule of no declarations says nothing: a sheet of "}}}…" is 200,000
            within = [p for p in preludes if p.startswith("@")] if nested else preludes
            yield prelude, within, text[:_MAX_DECLARATIONS]


def _opened(preludes: list[str], prelude: str) -> tuple[str, bool] | None:
    """Return the prelude of a block opened within ``preludes``, and whether it is within a style rule: then
    nested in the innermost one, after that rule's own declarations (``_nest``); None where too long to read."""
    parent = next((p for p in reversed(preludes) if not p.startswith("@")), None)
    if parent is None:
        return prelude, False
    nested = _nest(parent, prelude.rpartition(";")[2].strip())
    return None if nested is None else (nested, True)


def _nest(parent: str, child: str) -> str | None:
    """Return the selector of a style rule nested in one of ``parent`` (``&`` is the parent; without it, the
    rule is of the parent's descendants), or None where it would be beyond ``_MAX_NESTED_CHARS``."""
    if child.startswith("@"):
        return child
    outer = parent if "," not in parent else f":is({parent})"
    selectors = _listed(child)
    if (len(outer) + 1) * len(selectors) + len(child) > _MAX_NESTED_CHARS:
        return None
    return ",".join(
        selector.replace("&", outer) if "&" in selector else f"{outer} {selector.strip()}" for selector in selectors
    )


def hides(declarations: str) -> bool:
    """Return whether ``declarations`` (a rule's, or a style attribute's) hide an element wherever written."""
    if declarations.isascii():  # folding ASCII to lower case is all that a case-blind match does on it
        found = _HIDING_RULE_LOWER.search(declarations.lower()) is not None
    else:
        found = _HIDING_RULE.search(declarations) is not None
    return found or _placed_out(declarations) or _clipped_out(declarations.lower())


def style_hides(style: str) -> bool:
    """Return whether a style attribute hides its element: as ``hides``, or by a size or an opacity of nothing."""
    if style.isascii():
        found = _HIDING_STYLE_LOWER.search(style.lower()) is not None
    else:
        found = _HIDING_STYLE.search(style) is not None
    return found or _placed_out(style) or _clipped_out(style.lower())


def _placed_out(declarations: str) -> bool:
    return _PLACED_OUT.search(declarations) is not None and _IN_PLACE.search(declarations) is None


def _clipped_out(lowered: str) -> bool:
    """Whether a ``clip-path: inset()`` of ``lowered`` clips the whole box: its top and bottom insets, or its
    left and right ones, make a hundred percent (of a length, one of a thousand pixels or more does)."""
    if "inset(" not in lowered:  # most declarations clip nothing
        return False
    for match in islice(_CLIP_INSET.finditer(lowered), 4):
        shares = [_inset_share(v) for v in match[1].split(" round ")[0].split()[:4]]
        values = [share for share in shares if share is not None]
        if not values or len(values) < len(shares):
            continue
        top = values[0]
        right = values[1] if len(values) > 1 else top
        bottom = values[2] if len(values) > 2 else top
        left = values[3] if len(values) > 3 else right
        if top + bottom >= 100 or left + right >= 100:
            return True
    return False


def _inset_share(value: str) -> float | None:
    """Return an inset as a share of its box, in percent: a length of a thousand pixels (or 60 em) or more as
    all of it, a shorter one as none; None for what is not a length."""
    found = _INSET_LENGTH.match(value)
    if found is None:
        return None
    amount, unit = float(found[1]), found[2] or ""
    if unit == "%":
        return amount
    if unit.startswith("v"):
        return 100.0 if amount >= 100 else 0.0
    return 100.0 if amount >= (60 if unit.endswith("em") else 1000) else 0.0


def stylesheet_urls(html: str, page_url: str, limit: int, markup: Markup | None = None) -> list[str]:
    """Return at most ``limit`` stylesheets of the page from its own site (no font or icon sheet), the most
    worth reading first: those its own ``<style>`` imports (an injection's way in), its theme's (``/themes/``,
    ``/templates/``: where a rule is appended to the theme's own sheet), the others it links from the last
    (where an injection links its own), and the known libraries' last (``bootstrap.min.css``, ``/vendor/``:
    a site rarely edits them, and they are the longest to read).

    Relative addresses resolve as the browser resolves them: against the page's ``<base href>``, if it has one.
    ``markup``: ``html``'s, where the caller has it (``literals``: its signs are sought in its bytes).
    """
    if limit <= 0:
        return []
    markup = markup or Markup(html)
    base = _base_href(html, page_url) if markup.has_any(_BASE_TAGS) else page_url
    linked: list[str] = []
    for tag in _LINK_TAG.findall(html):
        url = _own_stylesheet(tag, base, page_url)
        if url is not None and url not in linked:
            linked.append(url)
    imported = imported_urls(html, base, page_url) if markup.has("@import") else []
    # A stable sort: the theme's in the order linked, then the others and the libraries' from the last.
    ranked = sorted(reversed(linked), key=_sheet_rank)
    themes = [url for url in linked if _sheet_rank(url) == 0]
    return list(dict.fromkeys([*imported, *themes, *ranked]))[:limit]


# A site's sheets come back on every check of it.
@lru_cache(maxsize=4096)
def _sheet_rank(url: str) -> int:
    """Return 0 for a theme's sheet, 2 for a known library's, 1 for any other."""
    path = urlsplit(url).path
    return 2 if _LIBRARY.search(path) else 0 if _THEME_PATH.search(path) else 1


def imported_urls(css: str, sheet_url: str, page_url: str) -> list[str]:
    """Return the stylesheets that ``css`` (a sheet at ``sheet_url``, or a page's ``<style>``) imports from the
    page's host, at most ``_MAX_IMPORTS``."""
    found: list[str] = []
    for name in _IMPORT.findall(css[:MAX_CSS_CHARS]):
        url = urljoin(sheet_url, unescape(name).strip())
        parts = urlsplit(url)
        if (
            _same_site(parts.netloc, urlsplit(page_url).netloc)
            and parts.scheme in ("http", "https")
            and not _NOT_WORTH.search(parts.path)
            and url not in found
        ):
            found.append(url)
    return found[:_MAX_IMPORTS]


def _base_href(html: str, page_url: str) -> str:
    found = _BASE_TAG.search(html)
    return urljoin(page_url, unescape(found[1] or found[2] or found[3]).strip()) if found else page_url


# A site's link tags come back on every check of it: each is read once per page address (a tag
# is at most 2,000 characters, so the cache stays within a few MB).
@lru_cache(maxsize=4096)
def _own_stylesheet(tag: str, base_url: str, page_url: str) -> str | None:
    """Return the stylesheet a ``<link>`` tag links from the page's own host (against ``base_url``), or None."""
    attrs = {m[0].lower(): unescape(m[1] or m[2] or m[3]) for m in _ATTRIBUTE.findall(tag)}
    rel = attrs.get("rel", "").lower().split()
    # A sheet loaded without blocking the page (Autoptimize, WP Rocket, LiteSpeed, loadCSS) is preloaded, or
    # linked for print, and made the page's stylesheet by its ``onload``.
    onload = attrs.get("onload", "").lower()
    preloaded = "preload" in rel and attrs.get("as", "").lower() == "style" and "stylesheet" in onload
    printed = "print" in attrs.get("media", "").lower() and "media" not in onload
    if ("stylesheet" not in rel and not preloaded) or "alternate" in rel or printed:
        return None  # an alternate stylesheet applies only when the visitor picks it
    url = urljoin(base_url, attrs.get("href", "").strip())
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not _same_site(parts.netloc, urlsplit(page_url).netloc):
        return None
    return None if _NOT_WORTH.search(parts.path) else url


def _same_site(netloc: str, page_netloc: str) -> bool:
    """Whether a host (and port) is the page's, or its other name with or without ``www.``."""
    netloc, page_netloc = netloc.lower(), page_netloc.lower()
    return netloc == page_netloc or netloc.removeprefix("www.") == page_netloc.removeprefix("www.")


def _subject(selector: str) -> str:
    """Return the last compound of ``selector``: the elements it styles."""
    selector = selector.strip()
    if "[" not in selector:
        parts = _COMBINATOR.split(selector)
        return parts[-1] if parts else ""
    # An attribute's value may hold a space or a combinator's sign: ``[data-x="a > b"]``.
    start, inside, quote = 0, False, ""
    for index, char in enumerate(selector):
        if quote:
            quote = "" if char == quote else quote
        elif inside:
            quote = char if char in "\"'" else ""
            inside = char != "]"
        elif char == "[":
            inside = True
        elif char in " \t\n>+~":
            start = index + 1
    return selector[start:]


# --- colours: text painted in the colour of what lies behind it ------------------------------------

Colour = tuple[int, int, int, float]  # red, green, blue (0-255) and alpha (0-1)
# A background that is an image, a gradient or a colour not read: anything may show on it.
UNKNOWN: Final = "unknown"
Background = Colour | Literal["unknown"]
WHITE: Colour = (255, 255, 255, 1.0)
_NAMED: dict[str, Colour] = {"white": WHITE, "black": (0, 0, 0, 1.0), "transparent": (0, 0, 0, 0.0)}
_COLOUR_TOKEN = re.compile(r"#[0-9a-f]{3,8}\b|(?:rgb|hsl)a?\([^)]*\)|\b(?:white|black|transparent)\b")
_COLOUR = re.compile(r"(?<![\w-])color\s*:\s*([^;]+)", re.IGNORECASE)
_BACKGROUND = re.compile(r"(?<![\w-])background(-color|-image)?\s*:\s*([^;]+)", re.IGNORECASE)
_NO_BACKGROUND = frozenset({"", "none", "transparent", "initial", "unset", "inherit"})
_PARTS = re.compile(r"[.#]-?[a-z_][a-z0-9_-]*")
# A gradient or a clipped background drawn through transparent letters: the text shows in it.
_PAINTED_TEXT = re.compile(r"background-clip\s*:\s*text", re.IGNORECASE)


def text_colour(style: str) -> Colour | None:
    """Return the colour a style attribute gives its text (its last ``color``, or the fill colour that paints
    over it: ``-webkit-text-fill-color``), or None."""
    if "fill-color" in style.lower():
        fill = _TEXT_FILL.findall(style)
        painted = parse_colour(fill[-1]) if fill else None
        if painted is not None:
            return painted
    declared = _COLOUR.findall(style)
    return parse_colour(declared[-1]) if declared else None


def painted_text(style: str) -> bool:
    """Whether a style draws its background through its letters (``background-clip:text``)."""
    return _PAINTED_TEXT.search(style) is not None


def background(style: str) -> Background | None:
    """Return the background a style attribute declares: a colour, UNKNOWN (an image), or None for none."""
    found = _BACKGROUND.findall(style)
    if not found:
        return None
    prop, value = found[-1]
    value = value.replace("!important", "").strip().lower()
    if value in _NO_BACKGROUND:
        return None
    token = _COLOUR_TOKEN.search(value)
    if prop == "-image" or "url(" in value or "gradient(" in value or "image-set(" in value or token is None:
        return UNKNOWN
    colour = parse_colour(token.group(0))
    if colour is None:
        return UNKNOWN
    return None if colour[3] == 0 else colour


def parse_colour(value: str) -> Colour | None:
    """Return a CSS colour (hex, ``rgb()``/``rgba()``, alpha of ``hsla()``, white, black, transparent), or None."""
    value = value.replace("!important", "").strip().lower()
    if value in _NAMED:
        return _NAMED[value]
    if value.startswith("#"):
        return _hex(value[1:])
    if value.startswith(("rgb", "hsl")) and value.endswith(")"):
        return _functional(value)
    return None


def _functional(value: str) -> Colour | None:
    """Return an ``rgb()``/``rgba()`` colour; of ``hsl()``/``hsla()``, only a colour of no alpha."""
    parts = re.split(r"[\s,/]+", value[value.find("(") + 1 : -1].strip())
    alpha = _number(parts[3], 1.0) if len(parts) == 4 else 1.0
    if alpha is None or len(parts) not in (3, 4):
        return None
    if value.startswith("hsl"):  # a colour of no alpha is invisible on anything, whatever its hue
        return (0, 0, 0, 0.0) if alpha == 0 else None
    red, green, blue = (_number(p, 255.0) for p in parts[:3])
    if red is None or green is None or blue is None:
        return None
    return (round(red), round(green), round(blue), alpha)


def _hex(digits: str) -> Colour | None:
    if len(digits) in (3, 4):
        digits = "".join(d * 2 for d in digits)
    if len(digits) not in (6, 8) or any(d not in "0123456789abcdef" for d in digits):
        return None
    alpha = int(digits[6:8], 16) / 255 if len(digits) == 8 else 1.0
    return (int(digits[0:2], 16), int(digits[2:4], 16), int(digits[4:6], 16), alpha)


def _number(text: str, full: float) -> float | None:
    # A channel (0-255, or a percentage of it) or an alpha (0-1, or a percentage of 1).
    try:
        return float(text[:-1]) * full / 100 if text.endswith("%") else float(text)
    except ValueError:
        return None


def same_colour(text: Colour, behind: Colour) -> bool:
    """Whether text of colour ``text`` cannot be seen on ``behind``."""
    return text[3] == 0 or text[:3] == behind[:3]


@dataclass(frozen=True, eq=False)  # one per content, kept (``page_paint``): known by identity
class Paint:
    """What a page's own ``<style>`` paints, by ``body``, ``html``, class (``.x``) and id (``#y``)."""

    backgrounds: dict[str, Background]
    # The text colour of a class or id, and the rule's place in the sheet (a later one wins): only
    # of rules that style every element of it, on every screen, and draw no background through it.
    colours: dict[str, tuple[int, Colour]]


@lru_cache(maxsize=64)
def page_paint(css: str) -> Paint:
    """Return the backgrounds and the text colours a page's own ``<style>`` declares.

    Under a media query with a condition a rule counts as well for a background: it is UNKNOWN
    rather than none; and for a text colour, where it colours a class or id otherwise on some screens
    (``@media (min-width:768px){.x{color:#333}}``), which then has none of its own. No colour of nothing
    counts in a sheet that draws backgrounds through letters (``background-clip:text``), whatever rule
    draws them.
    """
    found: dict[str, Background] = {}
    colours: dict[str, tuple[int, Colour]] = {}
    recoloured: set[str] = set()
    clips_text = False
    for order, (prelude, within, declarations) in enumerate(_rules(css)):
        if prelude.startswith("@"):
            continue
        certain = all(_every_screen(p) for p in within)
        if certain and "olor" in declarations and len(colours) < _MAX_SELECTORS:
            _add_colour(colours, order, prelude, declarations)
        elif "olor" in declarations and not any(_PRINT.match(p) for p in within) and text_colour(declarations):
            recoloured.update(key for listed in prelude.lower().split(",") for key in _PARTS.findall(_subject(listed)))
        clips_text = clips_text or ("clip" in declarations and painted_text(declarations))
        declared = background(declarations)
        if declared is None or len(found) >= _MAX_SELECTORS:
            continue
        for listed in prelude.lower().split(","):
            selector = listed.strip()
            # Keyed by each class and id (``div.hero`` paints ``.hero``); a compound of several paints
            # only some of the elements of each: their background is UNKNOWN.
            parts = [selector] if selector in ("body", "html") else _PARTS.findall(selector)
            if not parts or not (selector in ("body", "html") or _COMPOUND.match(selector)):
                continue
            for part in parts:
                alone = certain and len(parts) == 1 and found.get(part, declared) == declared
                found[part] = declared if alone else UNKNOWN
    if recoloured or clips_text:
        colours = {k: v for k, v in colours.items() if k not in recoloured and not (clips_text and v[1][3] == 0)}
    return Paint(found, colours)


def _add_colour(colours: dict[str, tuple[int, Colour]], order: int, prelude: str, declarations: str) -> None:
    """Keep the text colour a rule gives the simple compounds of one class or id it styles."""
    colour = text_colour(declarations)
    if colour is None or painted_text(declarations) or _SHADOW.search(declarations.lower()) is not None:
        return  # drawn through, or in its shadow
    for listed in prelude.split(","):
        selector = listed.strip()
        parts = _PARTS.findall(selector.lower())
        if parts == [selector.lower()]:  # ".x" or "#y" alone: "p.x" colours some of them
            colours[parts[0]] = (order, colour)
