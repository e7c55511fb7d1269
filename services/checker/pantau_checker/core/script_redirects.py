"""Where a page's inline scripts send the browser: ``location`` given an absolute address.

An attacker who may not touch the server's redirects adds one line of JavaScript to the page
(``window.location.href = "https://bandar-slot.example/"``), often only for visitors that come from
a search engine (a ``document.referrer`` test), for search engines' robots (``/bot|google/i`` tested on
``navigator.userAgent``) or for phones (a ``navigator.userAgent`` test), so that the site's own staff,
who type its address on a desktop, never see it. What is read is the address assigned to ``location``
(or its ``href``: ``location["href"]``, ``window["location"].href``, ``$(location).attr("href", …)``) or
passed to ``location.replace``/``location.assign``, as a literal or as the script builds it from literals
at run time, the way injections hide it from a search for "http": string literals with ``\\x68``/``\\u0068``
escapes, template literals (``${d}`` read as what it holds), ``atob("aHR0cHM6…")``,
``String.fromCharCode(104, 116, …)`` (or its ``.apply(null, [104, …])``, or
``[104, …].map(c => String.fromCharCode(c)).join("")``, the numbers shifted or XOR-ed there), ``decodeURIComponent``
or ``unescape`` of ``%68…`` (and ``decodeURIComponent(escape(atob(…)))``, base64 of UTF-8), literals joined
with ``+`` or ``[…].join("/")``, written backwards (``[…].reverse().join("")``, ``"…".split("").reverse().join("")``),
and a variable given such a value (or an array to join) earlier in the same script, in a block
still open where it is used (``var u = atob(…); setTimeout(function () { location.href = u; }, 3000)``),
or outside any block in an earlier script of the page, where the later one does not name it before.
A property of an object literal given to a variable (``var c = {u: "…"}; location.href = c.u``, ``c["u"]``,
``c.a.b``) is read as such a variable, or as the value given to the property itself (``c.u = "…"``), unless the
object may have been given others since (``c[k] = …``, ``Object.assign(c, …)``). A parameter of a function called
where it is written (``(function (u) {…})("https://…")``, ``!function (u) {…}(…)``) holds the argument handed to
it; a parameter of another function is no variable of the same name outside it.
An obfuscator's string array (``var _0x1a2b = ['aHR0…', 'location']; window[_0x1a2b[1]] = atob(_0x1a2b[0])``)
is read where its elements are indexed with numbers. A string written wholly in escapes that spells a name
(``window["\\x6c\\x6f\\x63…"]``) is read as the name written plainly.
Nothing is run: a small reader of literal expressions, bounded in steps, in variables looked up and in
characters, reads what it can. A value it cannot read (a page's variable, a function's result) ends what
is known of the address: a known beginning counts where it names the host whole
(``"https://slot.example/?r=" + document.referrer``), and not otherwise (``"https://" + host``).
``window.open`` opens a window beside the page (a share button) and is not a redirect, but where it is told
to open in the page's own window or its top one (``window.open(url, "_self")``, ``"_top"``); nor is an
assignment inside a click or submit handler, or inside a named function the script never calls
(a button's ``onclick``); a function handed to ``setTimeout`` or a load handler runs by itself.

The other ways a script sends the browser away are read the same way: ``navigation.navigate(…)``;
``location.hostname = "…"`` (read as that host's root); a ``<meta http-equiv="refresh">`` put in the page as
markup (``document.write``, ``innerHTML +=``, ``insertAdjacentHTML``, jQuery's ``.append`` and ``.html``) or
as an element made and inserted (``createElement("meta")``); a link made and clicked, or a form made and
submitted, in the page's own window (not a file saved, nor another window). A string run as code (``eval``,
the indirect ``(0, eval)(…)`` and ``window["eval"](…)`` too, ``Function(…)()``, ``setTimeout("…")``, the
inline scripts ``document.write`` writes) is read as a script of its own, after its script, where its text is
known: a literal, decoded (``eval(atob("…"))``), or the payload of Dean Edwards' packer
(``eval(function(p,a,c,k,e,d){…}('…',62,123,'…'.split('|'),0,{}))``) with its numbered words put back. What
that code does has the kind of the test around its run, where it tests nothing itself.
"""

from __future__ import annotations

import binascii
import posixpath
import re
from collections.abc import Callable, Iterator, Sequence
from functools import partial
from itertools import chain, islice
from typing import TypeAlias
from urllib.parse import unquote, urlsplit

import ahocorasick_rs

# What the kinds of pointer say: an unconditional redirect, or one for search engines (their robots or the
# visitors they send) or for phones' visitors.
SCRIPT, SEARCH, MOBILE = "script", "script_search", "script_mobile"
# A redirect under a test of the screen for touch (``"ontouchstart" in window``): a phone's too, but one a department
# writes as often, to send phones once to a survey or to its app's web version; counted only to a gambling site.
TOUCH = "script_touch"
# A frame a script lays over the whole window, fixed there at its full size (``document.write('<iframe src="…"
# style="position:fixed;…;width:100%;height:100%">')``, ``innerHTML``, an iframe made and put in the page): another
# site shown in the page's place, whatever the test around it. A video or a map a script writes into the page's flow
# is no such frame; one it lays over the window counts only of a gambling site (``hijack.gambling_site``): a popup's
# welcome video, a tour, a flipbook or a vendor's loading overlay is laid so too, and closed or removed.
FRAME = "script_frame"
_MAX_TARGETS = 10
_MAX_ASSIGNMENTS = 50  # of a page, read for the test around them
_LOOK_BACK = 1000  # characters before an assignment read for the test around it
_HEAD = 120  # characters of a block's head (``if (…)``, ``.on('click', function ()``)
# `location =`, `location.href =`, `location["href"] =`, `location.replace(`, `window["location"].assign(`,
# `$(location).attr("href", `. A literal first: the search skips to each "location" at C speed; the character
# after it, looked at first, passes over most of those that are only read (`location;`, `location,`).
_HREF = r"(?:\.\s*href|\[\s*(?:'href'|\"href\")\s*\])"
_CALLED = r"(?:\.\s*(?:replace|assign)|\[\s*(?:'replace'|\"replace\"|'assign'|\"assign\")\s*\])"
_ATTR = r"\s*\)\s*\.\s*(?:attr|prop)\s*\(\s*(?:'href'|\"href\")\s*,"
# `location[_0x1a2b[2]]`: a member named by an element of a string array, read on (as `window[_0x1a2b[1]]` is).
_ELEMENT = r"(?=\s*\[\s*[A-Za-z_$][\w$]*\s*\[)"
_ASSIGNED = re.compile(
    rf"location(?=\s*+[.=\[)'\"])(['\"]\s*\])?(?:(?:\s*{_HREF})?\s*=(?![=>])|\s*{_CALLED}\s*\(|({_ATTR})|({_ELEMENT}))",
    re.ASCII,
)
# What may stand before it: `window.`, `top.location`, `window.top.`, `window["top"].` ... but not `obj.`;
# `window["` before `location"]`, and `$(` or `jQuery(` before `location).attr(`.
_FRAME = r"(?:top|parent|self|document)"
_LINK = rf"(?:window|document|top|self|parent|globalThis)(?:\s*\[\s*(?:'{_FRAME}'|\"{_FRAME}\")\s*\])?"
_GLOBALS = re.compile(rf"(?:{_LINK}\s*\.\s*){{0,3}}\Z", re.ASCII)
_QUOTED_GLOBALS = re.compile(rf"(?:{_LINK}\s*\.\s*){{0,2}}{_LINK}\s*\[\s*['\"]\Z", re.ASCII)
_JQUERY_GLOBALS = re.compile(rf"(?:\$|\bjQuery)\s*\(\s*(?:{_LINK}\s*\.\s*){{0,3}}\Z", re.ASCII)
_PREFIX = 60  # characters before "location" read for them
# `window[_0x1a2b[1]]`: an element of a string array (obfuscator.io's) where "location" is written, in a script
# that has the word quoted; what stands before it is read as before a `window["`.
_INDEXED = re.compile(r"\[\s*+[A-Za-z_$][\w$]*+\s*+\[\s*+(?:0[xX][0-9a-fA-F]{1,4}|\d{1,4})\s*\]\s*\]", re.ASCII)
_INDEXED_GLOBALS = re.compile(rf"(?:{_LINK}\s*\.\s*){{0,2}}{_LINK}\s*\Z", re.ASCII)
_MEMBER = re.compile(r"\s*\.\s*([A-Za-z_$][\w$]*)", re.ASCII)
_OPERATION = re.compile(r"\s*(?:=(?![=>])|\()")
# `window.open(url, "_self")`: the page's own window (or its top or parent frame's) sent to the address.
_OPENED = re.compile(r"\bopen\s*\(", re.ASCII)
_SAME_WINDOW = re.compile(r"\s*,\s*(['\"`])_(?:self|top|parent)\1", re.ASCII)
_WINDOWS = ("_self", "_top", "_parent")
# Events of a visitor's hand (`click`, `onclick`, `.submit(`, `keydown`), in lower case.
_INTERACTION = ("click", "submit", "change", "keyup", "keydown", "keypress", "touch", "mousedown", "mouseup", "pointer")
# A named function, and what stands before it: `(` or `,` where it is handed to a call (`setTimeout`).
_NAMED_FUNCTION = re.compile(r"([(,]?)\s*\bfunction\s+([\w$]+)\s*\(")
_MOBILE = re.compile(r"android|iphone|ipad|ipod|mobi|blackberry|opera mini", re.I)
# A test of the screen for touch, not a touch itself: `"ontouchstart" in window`, `navigator.maxTouchPoints > 0`,
# Modernizr's `DocumentTouch`, `matchMedia("(pointer: coarse)")` or `(hover: none)`. A phone's, as its name is.
_TOUCH_TEST = re.compile(
    r"""(['"])ontouchstart\1\s*in\b|maxtouchpoints|documenttouch|\(\s*(?:pointer\s*:\s*coarse|hover\s*:\s*none)\s*\)""",
    re.I,
)
_TOUCH_WORDS = ("ouch", "oarse", "hover")  # one of which a touch test has
# Visitors whose browser says it is a search engine's robot: `/bot|google|baidu/i.test(navigator.userAgent)`.
_ROBOT = re.compile(r"bot(?!tom)|crawl|spider|slurp|google|bing|baidu|yandex|sogou|yahoo", re.I)
_AGENT_TEST = 120  # characters either side of "userAgent" read for the robots' names
# A test for Internet Explorer (its user agent's names, its own objects and comments), and the browsers' makers and
# upgrade notices an old site sends it to: `if (/MSIE |Trident\//.test(navigator.userAgent)) location.href =
# "https://browsehappy.com/"`, Edge's own `microsoft-edge:` with go.microsoft.com as its fallback. A notice of the
# department's, sending nobody else anywhere; Google's, Apple's and the outdated-browser project's hosts only at their
# browser's pages (www.google.com/intl/id_id/chrome/, support.google.com/chrome/…, bestvpn.org/outdatedbrowser/id).
_OLD_BROWSER = re.compile(r"MSIE|Trident|documentMode|ActiveXObject|@cc_on")
_BROWSER_MAKERS = (
    "browsehappy.com",
    "browser-update.org",
    "outdatedbrowser.com",
    "microsoft.com",
    "mozilla.org",
    "firefox.com",
    "opera.com",
    "whatbrowser.org",
    "updatemybrowser.org",
)
_BROWSER_PAGE = re.compile(
    r"(?:www\.)?google\.(?:com|co\.id)(?:/intl/[\w-]{2,10})?/chrome(?:/.*)?"
    r"|support\.google\.com/chrome(?:/.*)?"
    r"|(?:www\.)?apple\.com(?:/[a-z]{2}(?:-[a-z]{2})?)?/safari(?:/.*)?"
    r"|(?:www\.)?bestvpn\.org/outdatedbrowser(?:/.*)?",
    re.S,
)
# A query that names another site sends on there ("google.com/url?q=https://kaisar88.vip/").
_NAMED_SITE = re.compile(r"//|[a-z0-9-]\.[a-z]{2,}", re.I)
# The redirect's own condition (`if (…)`, innermost first), each of its alternatives an Internet Explorer's test or a
# variable set to one (`var isIE = !!document.documentMode; if (isIE)`): `… || true` sends every visitor, a negated
# test (`!/MSIE/.test(…)`, `indexOf("MSIE") === -1`) every other browser.
_CONDITION = re.compile(r"\bif\s*\(([\s\S]*)\)")
_NEGATED = re.compile(r"^\s*!(?:!!)*\s*[^\s!]|(?<![!=])===?\s*-1|<\s*0\b|(?<![!=])===?\s*(?:false|null)")
_TESTED_NAME = re.compile(r"^\s*(?:!!)?\s*([A-Za-z_$][\w$]*)\s*$")

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
# An array turned round before it is joined (`[…].reverse().join("")`), and a string reversed the only way
# JavaScript has (`"…".split("").reverse().join("")`): an address written backwards.
_REVERSE = re.compile(r"\s*\.\s*reverse\s*\(\s*\)")
_REVERSED = re.compile(
    r"\s*\.\s*split\s*\(\s*(['\"`])\1\s*\)\s*\.\s*reverse\s*\(\s*\)\s*\.\s*join\s*\(\s*(['\"`])\2\s*\)"
)
# The methods after a variable's name that read it as an array or a string to turn round, or to map.
_TURNING = ("split", "reverse", "join", "map")
# Where a value ends: the statement, the argument list, a ternary's branch (`m ? location.href = "…" : 0`) or a
# line (no semicolon).
_END = re.compile(r"[ \t]*(?:[;,:)}\]\r\n]|//|/\*|\Z)")
_QUOTED = {q: re.compile(rf"{q}((?:[^{q}\\\r\n]|\\(?:\r\n|[\s\S])){{0,{_MAX_TEXT}}})({q})?") for q in ("'", '"')}
# A template literal's text after its "`" or a `${…}`, up to its end or the next `${`, whose expression is read.
_TEMPLATE_PART = re.compile(rf"((?:[^`\\$]|\\[\s\S]|\$(?!\{{)){{0,{_MAX_TEXT}}})(`|\$\{{)?")
_SUBSTITUTION_END = re.compile(r"\s*\}")
_ESCAPE = re.compile(r"\\(?:x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|u\{([0-9a-fA-F]{1,6})\}|(\r\n|[\s\S]))")
# A string literal written wholly in escapes (`"\x6c\x6f…"`), and the name it may spell (`location`, `href`).
_ESCAPED_NAME = re.compile(r"(['\"])((?:\\x[0-9a-fA-F]{2}|\\u[0-9a-fA-F]{4}){2,40})\1")
_MAX_UNESCAPED = 100_000  # characters of a script read for such literals
_SIMPLE_ESCAPES = {"n": "\n", "r": "\r", "t": "\t", "b": "\b", "f": "\f", "v": "\v", "0": "\0", "\n": "", "\r\n": ""}
_NAME = re.compile(r"[A-Za-z_$][\w$]*(?:\s*\.\s*[A-Za-z_$][\w$]*){0,3}", re.ASCII)
_MEMBER_OR_CALL = re.compile(r"\s*[.\[(]")
_OPEN = re.compile(r"\s*\(")
_AFTER_NAME = re.compile(r"\s*(\+?)=(?![=>])")
_CODE = r"(?:0[xX][0-9a-fA-F]{1,6}|\d{1,7})"
_CHAR_CODES = re.compile(rf"\s*({_CODE}(?:\s*,\s*{_CODE}){{0,{_MAX_ADDRESS - 1}}})")
# `String.fromCharCode.apply(null, [`, `.apply(String, codes)`, `.call(null, 104, …)`, `String.fromCharCode(...[`.
_APPLY = re.compile(r"\s*\(\s*(?:null|undefined|void\s+0|this|String|window|self|globalThis)\s*,")
_SPREAD = re.compile(r"\s*\(\s*\.\.\.")
_ARRAY = re.compile(r"\s*\[")
_ARRAY_CLOSE = re.compile(r"\s*\]\s*\)")
# `[104, …].map(c => String.fromCharCode(c))`, `.map(function (c) { return String.fromCharCode(c - 1); })`: an
# array of numbers made characters one by one (shifted by a number, or XOR-ed with one), then joined.
_PARAMETER = r"([A-Za-z_$][\w$]*)"
_MAPPED = re.compile(
    rf"\s*\.\s*map\s*\(\s*(?:function\s*[\w$]*\s*\(\s*{_PARAMETER}\s*\)\s*(\{{)\s*return\s+"
    rf"|(?:\(\s*{_PARAMETER}\s*\)|{_PARAMETER})\s*=>\s*(?:(\{{)\s*return\s+)?)"
    rf"(?:window\s*\.\s*)?String\s*\.\s*fromCharCode\s*\(\s*{_PARAMETER}\s*(?:([-+^])\s*({_CODE}))?\s*\)"
    r"\s*;?\s*(\})?\s*\)",
    re.ASCII,
)
_SHIFTS: dict[str, Callable[[int, int], int]] = {
    "-": lambda code, by: code - by,
    "+": lambda code, by: code + by,
    "^": lambda code, by: code ^ by,
}
_IDENTIFIER = re.compile(r"[A-Za-z_$][\w$]*", re.ASCII)
# An element of an array written in the script: `_0x1a2b[1]`, `_0x1a2b[0x1]`.
_INDEX = re.compile(r"\s*\[\s*(?:0[xX]([0-9a-fA-F]{1,4})|(\d{1,4}))\s*\]")
_MAX_ELEMENTS = 256  # passed over in an array to the one read
_MAX_SCRIPTS_BACK = 30  # earlier scripts looked into for a variable's assignment
# An object literal given to a variable (`var c = {u: "…"}`), and its properties read by name: `c.u`, `c["u"]`.
_OBJECT_BOUND = re.compile(r"(?<![\w$.])([A-Za-z_$][\w$]*+)\s*+=\s*+\{", re.ASCII)
_OBJECT = re.compile(r"\s*\{")
_OBJECT_CLOSE = re.compile(r"\s*\}")
_KEY = re.compile(r"\s*\[\s*(['\"])([^'\"\\\r\n]{1,64})\1\s*\]")
_DOT_KEY = re.compile(r"\s*\.\s*([A-Za-z_$][\w$]*+)(?!\s*\()", re.ASCII)  # a member, not a method called
_PROPERTY_KEY = re.compile(r"([A-Za-z_$][\w$]*|\d{1,9})|(['\"])([^'\"\\\r\n]{0,64})\2", re.ASCII)
_COLON = re.compile(r"\s*:")
_ACCESSOR = re.compile(r"\s*([A-Za-z_$][\w$]*)", re.ASCII)  # `get u() {…}`: the property it defines
_MAX_KEYS = 4  # of a path of properties: `c.a.b["u"]`
_MAX_PROPERTIES = 64  # of an object literal, passed over to the one read
_MAX_OBJECT = 4096  # characters of an object literal passed over
# What a value passed over holds apart from its quotes, brackets, commas and slashes (a comment's or not).
_PLAIN = re.compile(r"[^'\"`/()\[\]{},]+")
_LONG_TEMPLATE = re.compile(r"`(?:[^`\\]++|\\[\s\S])*+`")
# An object's property given another value after it (`c[k] = …`, `Object.assign(c, …)`): its literal no longer
# says what it holds. (`c.u = …` is read as an assignment of its own.)
_REWRITTEN = r"(?<![\w$.]){}\s*\[[^\]\n]{{0,200}}\]\s*[-+]?=(?![=>])|Object\s*\.\s*assign\s*\(\s*{}(?![\w$])"
# A function's head before its `{`: `function name(u, v)`, `(u, v) =>`, `u =>`; and another block's that binds
# names (`catch (e)`, `for (var k in o)`, a method's `go(u)`), but for those that test (`if (…)`).
_FUNCTION_HEAD = re.compile(
    r"(?:\bfunction\s*[\w$]*\s*\(([^()]{0,200})\)|\(([^()]{0,200})\)\s*=>|(?<![\w$])([A-Za-z_$][\w$]*)\s*=>)\s*\Z",
    re.ASCII,
)
_BLOCK_HEAD = re.compile(r"(?<![\w$])([A-Za-z_$][\w$]*)\s*\(([^()]{0,200})\)\s*\Z", re.ASCII)
_TESTS = ("if", "while", "switch", "with")
_MAX_BLOCKS = 16  # around a variable's use, looked at for a function that binds its name
_MAX_BINDING_BRACES = 256  # before a variable's use, for them
# A function called where it is written: `(function (u) {…})(`, `!function (u) {…}(`, `(…).call(this, `.
_EXPRESSION = "(!+-~=,:?&|"  # what may stand before a function written in an expression
_CALL_NOW = re.compile(r"\s*(?:(\()|\.\s*call\s*\()")
# A percent escape cut off at the end of what is known.
_CUT_ESCAPE = re.compile(r"%(?:u[0-9a-fA-F]{0,3}|[0-9a-fA-F]?)\Z")
_BASE64 = re.compile(r"[A-Za-z0-9+/]*={0,2}", re.ASCII)
_PERCENT_U = re.compile(r"%u([0-9a-fA-F]{4})")
_ESCAPE_SAFE = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789@*_+-./")  # `escape` keeps
# An absolute address: no space, control character, quote, bracket or half a UTF-16 pair in it.
_ADDRESS = re.compile(r"(?:[hH][tT][tT][pP][sS]?:)?//[^\x00-\x20\x7f-\x9f\ud800-\udfff\s'\"`\\<>{}]+")
_C0_OR_SPACE = "".join(map(chr, range(0x21)))
_TAB_OR_NEWLINE = dict.fromkeys(map(ord, "\t\n\r"))
# Its host, and the character that ends it: a host followed by nothing more may go on in what is unknown.
_HOST = re.compile(r"//([^/?#:]*)([/?#:])?")

# The patterns below start with a literal, as `_ASSIGNED` does, and are looked for where a script has it.
# `navigation.navigate(url)`: the Navigation API's.
_NAVIGATE = re.compile(r"navigation\s*\.\s*navigate\s*\(")
_WRITE = re.compile(r"write(?:ln)?\s*\(")
# `location.hostname = "…"`: the page's own address on another host.
_HOST_ASSIGNED = re.compile(r"location\s*\.\s*host(?:name)?\s*=(?![=>])")
_HOST_NAME = re.compile(r"[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8}(?::\d{1,5})?", re.ASCII)
# Markup put in the page: `document.write(`, `.innerHTML +=`, `insertAdjacentHTML("beforeend", `, jQuery's
# `.append(`, `.prepend(` and `.html(`; by the literal each has.
_WRITTEN = {
    "write": _WRITE,
    "HTML": re.compile(
        r"HTML(?:(?<=innerHTML|outerHTML)\s*\+?=(?![=>])|(?<=insertAdjacentHTML)\s*\(\s*(['\"])[\w-]{1,12}\1\s*,)"
    ),
    "pend": re.compile(r"pend(?:(?<=\.append)|(?<=\.prepend))\s*\("),
    "html": re.compile(r"(?<=\.)html\s*\("),
}
# No meta refresh is written without one of these in the script.
_REFRESH_HINTS = ("efresh", "EFRESH", "atob", "fromCharCode", "unescape", "decodeURI", "\\x", "\\u")
# A refresh's time and what stands between it and its address (``refresh_target``).
_WS = "[\\t\\n\\f\\r ]*"  # the standard's ASCII white space
_REFRESH = re.compile(rf"{_WS}(?:\d+|(?=\.))[\d.]*(?:(?=[;,\t\n\f\r ]){_WS}[;,]?{_WS}|\Z)(?:url{_WS}={_WS})?", re.I)
_META_TAG = re.compile(r"<meta\b([^<>]{0,500})(>)?", re.I)
_REFRESH_EQUIV = re.compile(r"\bhttp-equiv\s*=\s*['\"]?refresh\b", re.I)
_CONTENT = re.compile(r"""(?<![\w-])content\s*=\s*(?:"([^"]*)(")?|'([^']*)(')?|([^\s"'>]+))""", re.I)
_MAX_METAS = 5  # of a markup, read for a refresh
# An element the script makes, named by a variable (`var a = document.createElement("a")`), and what is done with
# it: its attributes set (`a.href =`, `a["href"] =`, `a.setAttribute("href", `), a method called, or it is put
# in the page (`document.head.appendChild(m)`).
_CREATED = re.compile(r"createElement\s*\(\s*(['\"`])((?i:a|form|meta|iframe))\1\s*\)", re.ASCII)
_BOUND_NAME = re.compile(r"(?<![\w$.])([A-Za-z_$][\w$]*)\s*=\s*(?:[A-Za-z_$][\w$]*\s*\.\s*){1,2}\Z", re.ASCII)
_ELEMENT_USE = re.compile(
    r"\s*(?:\.\s*([A-Za-z_$][\w$]*)|\[\s*(['\"])([\w-]{1,32})\2\s*\])\s*(?:(=)(?![=>])|\()", re.ASCII
)
_SET_ATTRIBUTE = re.compile(r"\s*(['\"])([\w-]{1,32})\1\s*,", re.ASCII)
_INSERTED = re.compile(r"(?:appendChild|append|prepend|insertBefore|replaceChildren|after|before)\s*\(\s*\Z")
_ATTRIBUTES = {"httpequiv": "http-equiv"}  # a property's name as the attribute's
# What sends the browser away: a link clicked, a form submitted, a meta element in the page.
_ACTIONS = {"a": ("click",), "form": ("submit", "requestsubmit"), "meta": ("insert",), "iframe": ("insert",)}
# An iframe written or made to cover the window: sized to all of it, and fixed over it.
_FRAME_TAG = re.compile(r"<iframe\b([^<>]{0,1000})", re.I)
_FRAME_SOURCE = re.compile(r"""(?<![\w-])src\s*=\s*(?:"([^"]*)(")?|'([^']*)(')?|([^\s"'>]+))""", re.I)
_FULL_SIZE = re.compile(r"100\s*(?:%|v[wh])", re.I)
# `position:fixed` in a style, or set as a property (`f.style.position = "fixed"`).
_FIXED = re.compile(r"position\s*[:=]\s*['\"]?fixed|inset\s*[:=]\s*['\"]?0", re.I)
_ADDRESSES = {"a": "href", "form": "action"}
# `a.dispatchEvent(new MouseEvent("click"))`: a click as `a.click()` is.
_CLICK_EVENT = re.compile(r"\s*new\s+(?:Mouse|Pointer)?Event\s*\(\s*(['\"])click\1", re.ASCII)
_MAX_CREATED = 20  # elements of a page followed
_ELEMENT_REACH = 2000  # characters after an element's creation read for what is done with it
# Calls that run a string as code: `eval(` (also called indirectly, as `(0, eval)(` and `window["eval"](` are),
# `Function(` (called at once), `setTimeout(` and `setInterval(` given a string, `document.write(` (the inline
# scripts it writes); by the literal each has.
_RUNS = {
    "eval": re.compile(r"eval(?:\s*\)|\s*(['\"])\s*\]\s*\)?)?\s*\("),
    "Function": re.compile(r"Function\s*\("),
    "set": re.compile(r"set(?:Timeout|Interval)\s*\("),
    "write": _WRITE,
}
_TIMER_STRING = re.compile(
    r"\s*(?:['\"`]|(?:window\s*\.\s*)?(?:atob|unescape|decodeURI(?:Component)?|String\s*\.\s*fromCharCode)\b)"
)
# A timer handed a string: ``_RUNS["set"]``'s call followed by what ``_TIMER_STRING`` matches.
_TIMER_HANDED_STRING = re.compile(_RUNS["set"].pattern + _TIMER_STRING.pattern)
_CALLED_NOW = re.compile(r"\s*(?:\(|\.\s*(?:call|apply)\s*\()")
_LONG_QUOTED = {q: re.compile(rf"{q}((?:[^{q}\\\r\n]++|\\(?:\r\n|[\s\S]))*+){q}") for q in ("'", '"')}
_SCRIPT_TAG = re.compile(r"<script\b([^<>]{0,200})>", re.I)
_SCRIPT_END = re.compile(r"</script", re.I)
_SOURCE = re.compile(r"\bsrc\s*=", re.I)
# Dean Edwards' packer: `eval(function(p,a,c,k,e,d){…}('payload',62,123,'word|word|…'.split('|'),0,{}))`.
_PACKER = re.compile(r"function\s*\(\s*p\s*,\s*a\s*,\s*c\s*,\s*k\s*,\s*e\s*,\s*[dr]\s*\)\s*\{", re.ASCII)
_PACKER_CALL = re.compile(r"\}\s*\(\s*(?=['\"])")
_PACKER_NUMBERS = re.compile(r"\s*,\s*(\d{1,3})\s*,\s*(\d{1,6})\s*,\s*")
_PACKER_SPLIT = re.compile(r"\s*\.\s*split\s*\(\s*(['\"])\|\1\s*\)")
_PACKER_TAIL = re.compile(r"\s*,\s*0\s*,\s*\{\s*\}\s*\)")
_PACKER_DIGITS = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
_PACKED_WORD = re.compile(r"\w+", re.ASCII)
_PACKER_BODY = 1000  # characters of the packer's function
_MAX_PACKED_WORDS = 10_000
_MAX_CODE = 20_000  # characters of a string run as code, as of a page's script
_MAX_RUN_CHARS = 50_000  # of the strings of a page read as code
_MAX_RUNS = 16  # strings run as code, of a page
_MAX_RUN_CALLS = 20  # calls of each kind of a script looked at
_MAX_NESTED = 4  # code run from a string that runs a string ...
_MAX_WRITTEN_SCRIPTS = 5  # inline scripts of a markup written
# The words whose presence in a script its readings ask about (``_words``).
_WORDS = tuple(dict.fromkeys(("location", "open", *_WINDOWS, "navigate", "createElement", *_WRITTEN, *_RUNS)))
_WORDS_FOUND = ahocorasick_rs.AhoCorasick(list(_WORDS), store_patterns=True)
# Those of a script that may send the browser away (``_may_navigate``), but "open" and the windows' names.
_NAVIGATING = frozenset(("location", "navigate", "createElement", *_WRITTEN, *_RUNS))
_TIMERS = frozenset(("set",))  # the word of ``_RUNS``' timers (``_may_navigate_script``)

# (text, whole, position after it): what is known of a value, whether that is all of it, and where it ends.
_Read: TypeAlias = tuple[str, bool, int]


def script_targets(scripts: Sequence[str]) -> list[tuple[str, str]]:
    """Return (kind, address) of each address the scripts send the browser to, as it runs."""
    found: list[tuple[str, str]] = []
    # (A backslash is sought first: a character is found by ``memchr``, a word by a slower search.)
    scripts = [
        _names_unescaped(code) if "\\" in code and ("\\x" in code or "\\u" in code) else code for code in scripts
    ]
    said = list(map(_words, scripts))
    if not any(map(_may_navigate_script, scripts, said)):  # most pages: no script of theirs navigates
        return found
    runner = _Runner(scripts, said)
    codes, contexts = runner.codes, runner.contexts
    left = _MAX_ASSIGNMENTS  # each costs a walk back over the code before it
    reader = _Reader(codes)
    quoted = False  # "location" written as a string: this script or a later one may take it out of an array
    for index, (code, words) in enumerate(zip(codes, runner.words, strict=True)):
        named = "location" in words
        quoted = quoted or (named and ("'location'" in code or '"location"' in code))
        if not named and not (quoted and "[" in code) and not _opens(words) and not _builds(words):
            continue
        reader.index = index
        for start, read in islice(reader.navigations(code, words, quoted), left):
            left -= 1
            kind = _narrowed(contexts[index], _kind(code, start))
            address = read() if kind else ""
            if address and _upgrade(code, start, address):
                address = ""
            if reader.framed:
                kind, reader.framed = FRAME, False
            if address and (kind, address) not in found:  # a string's code run is also its script's text
                found.append((kind, address))
        if left <= 0 or len(found) >= _MAX_TARGETS:
            break
    return found[:_MAX_TARGETS]


class _Reader:
    """Read the literal expressions of a call's scripts, within one budget for them all."""

    def __init__(self, scripts: Sequence[str]) -> None:
        self.scripts = scripts
        self.index = 0  # of the script read: the page's scripts before it hold its globals
        self.steps = _MAX_STEPS
        self.chars = _MAX_CHARS
        self.lookups = _MAX_LOOKUPS
        self.indexes = _MAX_ASSIGNMENTS  # `window[_0x1a2b[1]]` read, of the page
        self.elements = _MAX_CREATED  # `document.createElement("a")` followed, of the page
        self.arrays: dict[tuple[int, str], tuple[int, list[int]]] = {}  # (script, name): script, elements' starts
        self.objects: list[frozenset[str]] = []  # of each script: the names it gives an object literal
        self.framed = False  # whether the address last read is a frame's laid over the window (``FRAME``)

    def navigations(self, code: str, words: frozenset[str], quoted: bool) -> Iterator[tuple[int, Callable[[], str]]]:
        """Yield where each navigation of ``code`` (of ``words``: ``_words``) starts, and how to read the address it
        goes to."""
        for match in _ASSIGNED.finditer(code):
            if not _global(code, match):
                continue
            end = self.navigated(code, match.end()) if match[3] is not None else match.end()
            if end:
                yield match.start(), partial(self.address, code, end)
        if "host" in code:
            yield from self.hosted(code)
        if _opens(words):
            yield from self.opened(code)
        if _builds(words):
            yield from self.built(code, words)
        if not quoted:  # no string array of the page's can hold the word
            return
        for match in _INDEXED.finditer(code):
            self.indexes -= 1
            if self.indexes < 0 or self.steps < 0:
                return
            if _stands_alone(_INDEXED_GLOBALS, code, match.start()) and (end := self.indexed(code, match.start())):
                yield match.start(), partial(self.address, code, end)

    def hosted(self, code: str) -> Iterator[tuple[int, Callable[[], str]]]:
        """Yield the assignments of ``code`` to ``location.host`` or ``location.hostname``."""
        for match in islice(_HOST_ASSIGNED.finditer(code), _MAX_ASSIGNMENTS):
            if _stands_alone(_GLOBALS, code, match.start()):
                yield match.start(), partial(self.host, code, match.end())

    def host(self, code: str, at: int) -> str:
        """Return the address of the page's root on the host the expression at ``at`` names whole, or ""."""
        text, whole, end = self.value(code, at, 1)
        named = whole and _END.match(code, end) is not None and _HOST_NAME.fullmatch(text) is not None
        return f"//{text}/" if named else ""

    def opened(self, code: str) -> Iterator[tuple[int, Callable[[], str]]]:
        """Yield the ``window.open`` calls of ``code`` told to open in the page's own window or its top one."""
        for match in islice(_OPENED.finditer(code), _MAX_ASSIGNMENTS):  # a hostile script's thousands: a few
            if self.steps < 0:
                break
            if _stands_alone(_GLOBALS, code, match.start()):
                _, whole, end = self.value(code, match.end(), 1)
                if whole and _SAME_WINDOW.match(code, end):
                    yield match.start(), partial(self.address, code, match.end())

    def built(self, code: str, words: frozenset[str]) -> Iterator[tuple[int, Callable[[], str]]]:
        """Yield the navigations of ``code`` that assign nothing: ``navigation.navigate``, a meta refresh written
        into the page or created in it, a link created and clicked, a form created and submitted."""
        if "navigate" in words:
            for match in islice(_NAVIGATE.finditer(code), _MAX_ASSIGNMENTS):
                if _stands_alone(_GLOBALS, code, match.start()):
                    yield match.start(), partial(self.address, code, match.end())
        if _writes(words) and (any(hint in code for hint in _REFRESH_HINTS) or "iframe" in code or "IFRAME" in code):
            for literal, pattern in _WRITTEN.items():
                for match in islice(pattern.finditer(code) if literal in words else (), _MAX_ASSIGNMENTS):
                    yield match.start(), partial(self.written, code, match.end())
        if "createElement" in words:
            for created in islice(_CREATED.finditer(code), self.elements):
                self.elements -= 1
                if used := self.made(code, created):
                    yield used

    def written(self, code: str, at: int) -> str:
        """Return the address of a meta refresh in the markup the expression at ``at`` gives, or ""."""
        text, whole, _ = self.value(code, at, 1)
        return (_refreshed(text, whole) or self.frame(text, whole)) if "<" in text else ""

    def frame(self, html: str, whole: bool) -> str:
        """Return the address of the first iframe of ``html``, where it covers the window, or ""."""
        tag = _FRAME_TAG.search(html)
        if tag is None or not _covers(tag[1], 0, len(tag[1])):
            return ""
        source = _FRAME_SOURCE.search(tag[1])
        if source is None:
            return ""
        value = next(v for v in (source[1], source[3], source[5]) if v is not None)
        closed = source[2] or source[4] or (source[5] is not None and (">" in html[tag.end() :] or whole))
        address = _valid(value, bool(closed))
        self.framed = bool(address)
        return address

    def made(self, code: str, created: re.Match[str]) -> tuple[int, Callable[[], str]] | None:
        """Return where the element created at ``created`` is clicked, submitted or put in the page (a link, a
        form, a meta element), and how to read where that sends the browser; None where nothing does."""
        bound = _BOUND_NAME.search(code, max(0, created.start() - _PREFIX), created.start())
        if bound is None:
            return None
        tag = created[2].lower()
        attributes: dict[str, int] = {}  # where each value given to it begins
        for at, member, value in _element_uses(code, bound[1], created.end()):
            if value is not None:
                attributes[_ATTRIBUTES.get(member, member)] = value
            elif member in _ACTIONS[tag]:
                if not _in_scope(code, created.start(), at):
                    return None
                if tag == "meta":
                    return at, partial(self.refresh, code, attributes)
                if tag == "iframe":
                    covers = _covers(code, created.end(), created.end() + _ELEMENT_REACH)
                    return (at, partial(self.framed_source, code, attributes)) if covers else None
                return at, partial(self.followed, code, attributes, _ADDRESSES[tag])
        return None

    def followed(self, code: str, attributes: dict[str, int], name: str) -> str:
        """Return the address (attribute ``name``) a link or a form given ``attributes`` opens in the page's own
        window, or ""."""
        address = attributes.get(name)
        if address is None or "download" in attributes:  # a file saved: the page stays
            return ""
        if "target" in attributes:  # another window's, as window.open's beside the page
            text, whole, _ = self.value(code, attributes["target"], 1)
            if not whole or text.lower() not in _WINDOWS:
                return ""
        return self.address(code, address)

    def framed_source(self, code: str, attributes: dict[str, int]) -> str:
        """Return the address of an iframe given ``attributes`` (its ``src``), or ""."""
        source = attributes.get("src")
        address = self.address(code, source) if source is not None else ""
        self.framed = bool(address)
        return address

    def refresh(self, code: str, attributes: dict[str, int]) -> str:
        """Return the address of a meta element given ``attributes``, where it is a refresh, or ""."""
        equiv, content = attributes.get("http-equiv"), attributes.get("content")
        text, whole, _ = self.value(code, equiv, 1) if equiv is not None else ("", False, 0)
        if content is None or not whole or text.strip().lower() != "refresh":
            return ""
        text, whole, end = self.value(code, content, 1)
        if whole and _END.match(code, end) is None:
            return ""
        return _valid(refresh_target(text), whole)

    def indexed(self, code: str, at: int) -> int | None:
        """Return where the address begins after ``[_0x1a2b[1]]`` at ``at`` where that reads "location"."""
        name, pos = self.member(code, at)
        return self.navigated(code, pos) if name == "location" else None

    def navigated(self, code: str, at: int) -> int | None:
        """Return where the address begins where what follows ``location`` at ``at`` navigates, or None."""
        member, pos = self.member(code, at)
        operation = _OPERATION.match(code, pos)
        called = operation is not None and operation[0].endswith("(")
        navigates = member in ("replace", "assign") if called else member in (None, "href")
        return operation.end() if operation and navigates else None

    def member(self, code: str, at: int) -> tuple[str | None, int]:
        """Return the name of the member ``.name`` or ``[…]`` at ``at`` and where it ends, or None."""
        if dotted := _MEMBER.match(code, at):
            return dotted[1], dotted.end()
        opened = _ARRAY.match(code, at)
        text, whole, end = self.value(code, opened.end(), 1) if opened else ("", False, at)
        bracket = _after(_BRACKET, code, end) if whole else None
        return (text, bracket.end()) if bracket else (None, at)

    def address(self, code: str, at: int) -> str:
        """Return the address the expression at ``at`` evaluates to, or its known beginning, or ""."""
        text, whole, end = self.value(code, at, 0)
        if whole and _END.match(code, end) is None:  # `.slice(3)…`: what it was made into is unknown
            return ""
        return _valid(text, whole)

    def value(self, code: str, at: int, depth: int) -> _Read:
        """Read terms joined with ``+`` until one is not known whole."""
        text, pos = "", at
        while True:
            part, whole, pos = self.term(code, pos, depth)
            if whole and (turned := _REVERSED.match(code, pos)):
                part, pos = part[::-1], turned.end()
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
        if first in _QUOTED:
            return self.quoted(code, pos, _QUOTED[first])
        if first == "`":
            return self.template(code, pos + 1, depth)
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

    def template(self, code: str, at: int, depth: int) -> _Read:
        """Read a template literal whose "`" ends at ``at``, its ``${…}`` each read as a value."""
        text, pos = "", at
        while True:
            part = _TEMPLATE_PART.match(code, pos)
            if part is None:  # never: it may match nothing
                return text, False, pos
            self.chars -= len(part[1])
            text += _ESCAPE.sub(_unescaped, part[1]) if "\\" in part[1] else part[1]
            if len(text) > _MAX_TEXT:
                return text[:_MAX_TEXT], False, part.end()
            if part[2] != "${" or self.steps < 0 or self.chars < 0:
                return text, part[2] == "`", part.end()
            inner, whole, end = self.value(code, part.end(), depth + 1)
            text += inner
            close = _after(_SUBSTITUTION_END, code, end) if whole else None
            if close is None:
                return text[:_MAX_TEXT], False, end
            pos = close.end()

    def closed(self, read: _Read, code: str) -> _Read:
        """Return ``read`` up to the ``)`` that closes it, or unknown where something else follows it."""
        text, whole, end = read
        if not whole:
            return read
        close = _after(_CLOSE, code, end)
        return (text, True, close.end()) if close else ("", False, end)

    def joined(self, code: str, at: int, depth: int) -> _Read:
        """Read ``["https:", "", "x.example"].join("/")``, or turned round first (``[…].reverse().join("")``);
        or ``[104, …].map(c => String.fromCharCode(c)).join("")``."""
        if (codes := _CHAR_CODES.match(code, at)) and (bracket := _after(_BRACKET, code, codes.end())):
            self.chars -= len(codes[1])
            return self.mapped(_numbers(codes[1]), code, bracket.end(), depth)
        parts, whole, pos = self.items(code, at, depth)
        return self.glued(parts, code, pos, depth) if whole else ("", False, pos)

    def items(self, code: str, at: int, depth: int) -> tuple[list[str], bool, int]:
        """Read the elements of the array literal whose ``[`` ends at ``at``: whether each is known, and its end."""
        parts, pos = [], at
        while True:
            text, whole, pos = self.value(code, pos, depth)
            comma = _after(_COMMA, code, pos) if whole else None
            parts.append(text)
            if comma is None:
                break
            pos = comma.end()
        bracket = _after(_BRACKET, code, pos) if whole else None
        return parts, bracket is not None, bracket.end() if bracket else pos

    def mapped(self, numbers: list[int], code: str, at: int, depth: int) -> _Read:
        """Read the ``.map(c => String.fromCharCode(c))`` at ``at`` of an array of ``numbers`` (turned round before
        or after it), and the ``.join(…)`` after it."""
        turned = _REVERSE.match(code, at)
        mapping = _MAPPED.match(code, turned.end() if turned else at)
        if mapping is None or not _maps_itself(mapping):
            return "", False, at
        shift = _SHIFTS[mapping[7]] if mapping[7] else None
        by = _numbers(mapping[8])[0] if mapping[8] else 0
        chars = [chr((shift(n, by) if shift else n) & 0xFFFF) for n in numbers]
        return self.glued(chars[::-1] if turned else chars, code, mapping.end(), depth)

    def glued(self, parts: list[str], code: str, at: int, depth: int) -> _Read:
        """Read the ``.join(…)`` (or ``.reverse().join(…)``) at ``at`` of an array of ``parts``."""
        turned = _REVERSE.match(code, at)
        join = _JOIN.match(code, turned.end() if turned else at)
        if join is None:
            return "", False, at
        parts = parts[::-1] if turned else parts
        if close := _after(_CLOSE, code, join.end()):
            return ",".join(parts), True, close.end()
        glue, whole, end = self.closed(self.value(code, join.end(), depth), code)
        return (glue.join(parts)[:_MAX_TEXT], True, end) if whole else ("", False, end)

    def named(self, code: str, name: re.Match[str], depth: int) -> _Read:
        """Read a call of a decoding function, a variable's value or an array's element; else unknown."""
        called = "".join(name[0].split()).removeprefix("window.")
        pos = name.end()
        if called.startswith("String.fromCharCode"):
            return self.from_char_codes(code, called, pos)
        decode = _DECODERS.get(called)
        if decode is not None and (opened := _OPEN.match(code, pos)):
            # What is known of the argument's beginning decodes to the beginning of the result.
            text, whole, end = self.closed(self.value(code, opened.end(), depth), code)
            decoded = decode(text, whole) if text else None
            return (decoded, whole, end) if decoded is not None else ("", False, end)
        if "." not in called and (index := _INDEX.match(code, pos)):
            text, whole = self.element(code, called, name.start(), _number(index), depth)
            return text, whole, index.end()
        if called.count(".") == 1 and called.rpartition(".")[2] in _TURNING:
            return self.turned(code, name.start(), depth)
        if "." in called or _MEMBER_OR_CALL.match(code, pos):
            return self.property(code, name, depth)
        text, whole = self.variable(code, called, name.start(), depth)
        return text, whole, pos

    def holds_object(self, name: str) -> bool:
        """Return whether the script read, or one before it, gives ``name`` an object literal."""
        while len(self.objects) <= self.index:
            self.objects.append(frozenset(_OBJECT_BOUND.findall(self.scripts[len(self.objects)])))
        return any(name in names for names in self.objects[max(0, self.index - _MAX_SCRIPTS_BACK) : self.index + 1])

    def property(self, code: str, name: re.Match[str], depth: int) -> _Read:
        """Read ``c.u``, ``c["u"]`` or ``c.a.b`` where ``c`` holds an object literal; else unknown."""
        base = _IDENTIFIER.match(code, name.start())
        if base is None or not self.holds_object(base[0]):
            return "", False, name.end()
        keys, pos = _path(code, base.end())
        if not keys or (_MEMBER_OR_CALL.match(code, pos) and not _REVERSED.match(code, pos)):
            return "", False, pos  # a method called, an element: what it gives is unknown
        text, whole = self.property_value(code, base[0], keys, base.start(), depth)
        return text, whole, pos

    def property_value(self, code: str, name: str, keys: list[str], before: int, depth: int) -> tuple[str, bool]:
        """Return the value of the property ``keys`` of the object literal last given to ``name`` before ``before``,
        or the one given to the property itself after it (``var c = {}; c.u = "…"``)."""
        found = self.assignment(code, name, before)
        if found is None or found[2][1]:  # `+=`: a string
            return "", False
        index, at, assigned = found
        bound = _binding(code, name, before) if index == self.index else None
        if bound is not None and at < bound[0]:  # a parameter's name: not the literal's object
            return "", False
        path = ".".join((name, *keys))
        # From the literal to the use, the last first: the scripts between hold the page's globals too.
        spans = [(index, assigned.end(), before if index == self.index else len(self.scripts[index]))]
        spans += [(i, 0, len(self.scripts[i])) for i in range(index + 1, self.index)]
        spans += [(self.index, 0, before)] if index != self.index else []
        for script, start, end in reversed(spans):
            text = self.scripts[script]
            if _rewritten(text, start, end, name, keys):
                return "", False
            given = _assignment(text, path, end)
            if given is not None and given[0] >= start:
                read = self.given(script, given[1], depth) if _in_scope(text, given[0], end) else None
                return read if read is not None and not given[1][1] else ("", False)
        was, self.index = self.index, index
        try:
            return self.entry(self.scripts[index], assigned.end(), keys, depth)
        finally:
            self.index = was

    def entry(self, code: str, at: int, keys: list[str], depth: int) -> tuple[str, bool]:
        """Return the value of the property ``keys`` of the object literal at ``at`` (``{u: "…"}``)."""
        opened = _after(_OBJECT, code, at)
        start = _entry(code, opened.end(), keys[0]) if opened else None
        if start is None:
            return "", False
        if len(keys) > 1:
            return self.entry(code, start, keys[1:], depth + 1)
        text, whole, end = self.value(code, start, depth + 1)
        ended = _after(_COMMA, code, end) or _after(_OBJECT_CLOSE, code, end)
        return ("", False) if whole and ended is None else (text, whole)

    def turned(self, code: str, at: int, depth: int) -> _Read:
        """Read ``u.split("").reverse().join("")`` of a string variable, or ``a.join(…)`` and
        ``a.reverse().join(…)`` of an array literal's, where the variable's name begins at ``at``."""
        name = _IDENTIFIER.match(code, at)
        if name is None:
            return "", False, at
        if reversed_ := _REVERSED.match(code, name.end()):
            text, whole = self.variable(code, name[0], at, depth)
            return (text[::-1], True, reversed_.end()) if whole else ("", False, reversed_.end())
        if _MAPPED.match(code, (_REVERSE.match(code, name.end()) or name).end()):
            numbers = self.numbers(code, name[0], at)
            return self.mapped(numbers, code, name.end(), depth) if numbers else ("", False, name.end())
        parts = self.listed(code, name[0], at, depth)
        return self.glued(parts, code, name.end(), depth) if parts is not None else ("", False, name.end())

    def listed(self, code: str, name: str, before: int, depth: int) -> list[str] | None:
        """Return the elements of the array literal last given to ``name`` before ``before``, each known whole."""
        found = self.assignment(code, name, before)
        if found is None or found[2][1]:  # `+=`: a string
            return None
        index, _, assigned = found
        was, self.index = self.index, index
        try:
            script = self.scripts[index]
            opened = _after(_ARRAY, script, assigned.end())
            parts, whole, end = self.items(script, opened.end(), depth + 1) if opened else ([], False, 0)
            return parts if whole and _END.match(script, end) else None
        finally:
            self.index = was

    def from_char_codes(self, code: str, called: str, at: int) -> _Read:
        """Read ``String.fromCharCode(104, …)``, ``.call(null, 104, …)``, ``.apply(null, [104, …])`` or ``(...[…])``."""
        if called == "String.fromCharCode.apply":
            applied = _APPLY.match(code, at)
            return self.codes_of(code, applied.end()) if applied else ("", False, at)
        if called == "String.fromCharCode" and (spread := _SPREAD.match(code, at)):
            return self.codes_of(code, spread.end())
        opened = _OPEN.match(code, at) if called == "String.fromCharCode" else None
        if called == "String.fromCharCode.call":
            opened = _APPLY.match(code, at)
        return self.char_codes(code, opened.end(), _CLOSE) if opened else ("", False, at)

    def codes_of(self, code: str, at: int) -> _Read:
        """Read the characters of an array of numbers at ``at``, written there or in a variable, and a ``)``."""
        if opened := _ARRAY.match(code, at):
            return self.char_codes(code, opened.end(), _ARRAY_CLOSE)
        name = _IDENTIFIER.match(code, _skip(code, at))
        numbers = self.numbers(code, name[0], name.start()) if name else None
        close = _after(_CLOSE, code, name.end()) if name and numbers is not None else None
        if name is None or numbers is None or close is None:
            return "", False, at
        return "".join(chr(n & 0xFFFF) for n in numbers), True, close.end()

    def numbers(self, code: str, name: str, before: int) -> list[int] | None:
        """Return the numbers of the array literal last given to ``name`` before ``before``, all known, or None."""
        found = self.assignment(code, name, before)
        if found is None or found[2][1]:  # `+=`: a string
            return None
        array = self.scripts[found[0]]
        opened = _ARRAY.match(array, found[2].end())
        codes = _CHAR_CODES.match(array, opened.end()) if opened else None
        if codes is None or _after(_BRACKET, array, codes.end()) is None:
            return None
        self.chars -= len(codes[1])
        return _numbers(codes[1])

    def char_codes(self, code: str, at: int, close: re.Pattern[str]) -> _Read:
        """Read the numbers at ``at`` as characters, whole where ``close`` follows them."""
        codes = _CHAR_CODES.match(code, at)
        if codes is None:
            return "", False, at
        self.chars -= len(codes[1])
        closed = _after(close, code, codes.end())  # none after as many codes as an address has: its beginning
        return _from_char_codes(codes[1]), closed is not None, closed.end() if closed else codes.end()

    def variable(self, code: str, name: str, before: int, depth: int) -> tuple[str, bool]:
        """Return the value last given to ``name`` before ``before`` (``=``, or ``+=`` onto the one before), or
        handed to it as a parameter of a function called where it is written."""
        found = self.assignment(code, name, before)
        bound = _binding(code, name, before) if found is None or found[0] == self.index else None
        if bound is not None and (found is None or found[1] < bound[0]):  # the parameter's, not the outer name's
            return self.argument(code, name, bound, before, depth)
        if found is None:
            return "", False
        index, at, assigned = found
        read = self.given(index, assigned, depth)
        if read is None:
            return "", False
        text, whole = read
        if not assigned[1]:
            return text, whole
        was, self.index = self.index, index
        try:
            head, head_whole = self.variable(self.scripts[index], name, at, depth + 1)
        finally:
            self.index = was
        return (head + text, whole) if head_whole else (head, False)

    def argument(
        self, code: str, name: str, bound: tuple[int, re.Match[str] | None], before: int, depth: int
    ) -> tuple[str, bool]:
        """Return the value handed to the parameter ``name`` of the function ``bound`` (its ``{`` and head) where the
        script calls it where it is written (``(function (u) {…})("https://…")``) and gives it no other value."""
        opening, head = bound
        given = _assignment(code, name, before)
        if head is None or self.lookups < 0 or (given is not None and given[0] > opening):
            return "", False
        parameters = [p.strip() for p in next(p for p in head.groups() if p is not None).split(",")]
        close = _value_end(code, opening + 1, min(len(code), opening + _VARIABLE_LOOK_BACK), "}")
        call = _called_now(code, head, close) if close is not None and close > before else None
        if call is None:
            return "", False
        pos, limit = call[0], min(len(code), call[0] + _MAX_OBJECT)
        for _ in range(parameters.index(name) + call[1]):  # the arguments before its own
            end = _value_end(code, pos, limit, ",)")
            if end is None or code[end] != ",":
                return "", False
            pos = end + 1
        text, whole, end = self.value(code, pos, depth + 1)
        ended = _after(_COMMA, code, end) or _after(_CLOSE, code, end)
        return ("", False) if whole and ended is None else (text, whole)

    def given(self, index: int, assigned: re.Match[str], depth: int) -> tuple[str, bool] | None:
        """Return the value the ``=`` ``assigned`` of the script ``index`` gives, or None where more follows it."""
        was, self.index = self.index, index
        try:
            code = self.scripts[index]
            text, whole, end = self.value(code, assigned.end(), depth + 1)
            return None if whole and _END.match(code, end) is None else (text, whole)
        finally:
            self.index = was

    def element(self, code: str, name: str, before: int, index: int, depth: int) -> tuple[str, bool]:
        """Return the ``index``th element of the array literal given to ``name`` (``var _0x1a2b = ['…', …]``)."""
        array = self.array(code, name, before) if index <= _MAX_ELEMENTS else None
        if array is None:
            return "", False
        script, starts = array
        was, self.index = self.index, script
        try:
            code = self.scripts[script]
            pos = self.passed(code, starts, index)
            text, whole, end = self.value(code, pos, depth + 1) if pos is not None else ("", False, 0)
            ended = whole and (_after(_COMMA, code, end) or _after(_BRACKET, code, end))
            return (text, True) if ended else ("", False)
        finally:
            self.index = was

    def array(self, code: str, name: str, before: int) -> tuple[int, list[int]] | None:
        """Return the script of the array literal ``name`` holds at ``before``, and where its elements known begin."""
        key = (self.index, name)
        if key in self.arrays:  # an obfuscator's one array, looked up once for all its uses
            script, starts = self.arrays[key]
            if script != self.index or (starts[0] < before and _in_scope(code, starts[0], before)):
                return script, starts
        found = self.assignment(code, name, before)
        text = self.scripts[found[0]] if found and not found[2][1] else ""
        # An obfuscator that turns its array round (`_0x1a2b['push'](_0x1a2b['shift']())`) at run time moves
        # every element from the place it is written at: read no index of it.
        opened = _ARRAY.match(text, found[2].end()) if found and text and "shift" not in text else None
        if found is None or opened is None:
            return None
        self.arrays[key] = (found[0], [opened.end()])
        return self.arrays[key]

    def passed(self, code: str, starts: list[int], index: int) -> int | None:
        """Return where the array's ``index``th element begins, passing the quoted ones after those known."""
        while len(starts) <= index:
            pos = _skip(code, starts[-1])
            pattern = _QUOTED.get(code[pos : pos + 1])
            literal = pattern.match(code, pos) if pattern and self.chars >= 0 else None
            comma = _after(_COMMA, code, literal.end()) if literal and literal[2] is not None else None
            if literal is None or comma is None:
                return None
            self.chars -= len(literal[1])
            starts.append(comma.end())
        return starts[index]

    def assignment(self, code: str, name: str, before: int) -> tuple[int, int, re.Match[str]] | None:
        """Return the script, the place and the ``=`` of the value ``name`` has at ``before``, or None.

        Looked for in the script read, and where the name is not met there before, as a global that
        an earlier script of the page gave it (a variable assigned outside any block).
        """
        self.lookups -= 1
        found = _assignment(code, name, before) if self.lookups >= 0 else None
        if found is not None:
            return (self.index, *found) if _in_scope(code, found[0], before) else None
        if self.lookups < 0 or _mentioned(code, name, before):  # a parameter's, or past the bounds
            return None
        for index in range(self.index - 1, max(-1, self.index - 1 - _MAX_SCRIPTS_BACK), -1):
            script = self.scripts[index]
            found = _assignment(script, name, len(script)) if name in script else None
            if found is not None:
                return (index, *found) if _in_scope(script, found[0], len(script)) else None
        return None


class _Runner:
    """The page's scripts, each followed by the code its strings run, with the kind of the test around the run.

    The strings run are ``eval``'s, ``Function``'s called at once, ``setTimeout``'s and ``setInterval``'s, and
    the inline scripts of what ``document.write`` writes: a literal, one decoded (``eval(atob("…"))``), a
    packer's payload with its words put back, or what the reader reads whole. Their code may run strings in
    turn, to a depth; a run in a click handler or an uncalled function is not read.
    """

    def __init__(self, scripts: Sequence[str], said: Sequence[frozenset[str]]) -> None:
        self.codes: list[str] = []
        self.words: list[frozenset[str]] = []  # of each code, those of ``_WORDS`` it has
        self.contexts: list[str] = []  # SCRIPT, or the kind of the test around the code's run
        self.reader = _Reader(self.codes)  # a budget of its own: the navigations' reader has theirs
        self.runs = _MAX_RUNS
        self.chars = _MAX_RUN_CHARS
        for code, words in zip(scripts, said, strict=True):
            self.add(code, words, SCRIPT, 0)

    def add(self, code: str, words: frozenset[str], context: str, depth: int) -> None:
        """Add ``code`` (of ``words``: ``_words``) and the code its strings run."""
        index = len(self.codes)
        self.codes.append(code)
        self.words.append(words)
        self.contexts.append(context)
        if depth >= _MAX_NESTED or not _runs_strings(words):
            return
        for what, pattern in _RUNS.items():
            for call in islice(pattern.finditer(code) if what in words else (), _MAX_RUN_CALLS):
                if self.runs <= 0 or self.chars <= 0:
                    return
                if what == "set" and _TIMER_STRING.match(code, call.end()) is None:
                    continue  # a function handed to it: the page's own code, read as such
                if not _stands_alone(_GLOBALS, code, call.start()):
                    continue
                self.reader.index = index
                ran = self.ran(code, call, what)
                kind = _kind(code, call.start()) if ran else ""
                if kind:
                    self.runs -= 1
                    self.add(ran, _words(ran), _narrowed(context, kind), depth + 1)

    def ran(self, code: str, call: re.Match[str], what: str) -> str:
        """Return the code the call ``call`` (of ``_RUNS[what]``) runs from a string, or ""."""
        read = self.string(code, call.end(), 0)
        if read is None:
            return ""
        text, end = read
        close = _after(_CLOSE, code, end)
        if what == "Function" and (close is None or _CALLED_NOW.match(code, close.end()) is None):
            return ""
        if close is None and (what == "eval" or (what == "set" and _after(_COMMA, code, end) is None)):
            return ""
        text = _inline_scripts(text) if what == "write" else text
        self.chars -= len(text)
        return text if self.chars >= 0 else ""

    def string(self, code: str, at: int, depth: int) -> tuple[str, int] | None:
        """Return the text of the string expression at ``at`` and where it ends, or None where it is not known."""
        pos = _skip(code, at)
        if packed := _PACKER.match(code, pos):
            return self.unpacked(code, packed.end())
        literal = self.literal(code, pos)
        if literal is not None and _after(_PLUS, code, literal[1]) is None:
            return literal
        name = _NAME.match(code, pos)
        decode = _DECODERS.get("".join(name[0].split()).removeprefix("window.")) if name else None
        opened = _OPEN.match(code, name.end()) if name and decode else None
        inner = self.string(code, opened.end(), depth + 1) if opened and depth < _MAX_DEPTH else None
        close = _after(_CLOSE, code, inner[1]) if inner else None
        decoded = decode(inner[0], True) if decode and inner and close else None
        if decoded is not None and close:
            return decoded, close.end()
        text, whole, end = self.reader.value(code, pos, 1)  # concatenated, in a variable: a shorter one
        return (text, end) if whole else None

    def literal(self, code: str, at: int) -> tuple[str, int] | None:
        """Return the text of the quoted literal at ``at``, up to a script's length, and where it ends."""
        pattern = _LONG_QUOTED.get(code[at : at + 1])
        literal = pattern.match(code, at, at + _MAX_CODE) if pattern else None
        if literal is None:
            return None
        self.chars -= len(literal[1])
        return (_ESCAPE.sub(_unescaped, literal[1]) if "\\" in literal[1] else literal[1]), literal.end()

    def unpacked(self, code: str, at: int) -> tuple[str, int] | None:
        """Read the call of the packer whose function's head ends at ``at``: its payload with the words put back."""
        call = _PACKER_CALL.search(code, at, at + _PACKER_BODY)
        payload = self.literal(code, call.end()) if call else None
        numbers = _PACKER_NUMBERS.match(code, payload[1]) if payload else None
        words = self.literal(code, numbers.end()) if numbers else None
        split = _PACKER_SPLIT.match(code, words[1]) if words else None
        if payload is None or numbers is None or words is None or split is None:
            return None
        text = _unpacked(payload[0], int(numbers[1]), int(numbers[2]), words[0])
        tail = _PACKER_TAIL.match(code, split.end())
        return (text, (tail or split).end()) if text is not None else None


def _skip(code: str, at: int) -> int:
    space = _SPACE.match(code, at)
    return space.end() if space else at


def _after(pattern: re.Pattern[str], code: str, at: int) -> re.Match[str] | None:
    # Its spaces first, as they mostly are; a comment seldom stands there.
    return pattern.match(code, at) or pattern.match(code, _skip(code, at))


def _number(index: re.Match[str]) -> int:
    return int(index[1], 16) if index[1] else int(index[2])


def _unescaped(escape: re.Match[str]) -> str:
    hex_code = escape[1] or escape[2] or escape[3]
    if hex_code:
        return chr(min(int(hex_code, 16), 0x10FFFF))
    return _SIMPLE_ESCAPES.get(escape[4], escape[4])


def _from_char_codes(codes: str) -> str:
    return "".join(chr(n & 0xFFFF) for n in _numbers(codes))


def _numbers(codes: str) -> list[int]:
    numbers = (c.strip() for c in codes.split(","))
    return [int(n, 16 if n[:2] in ("0x", "0X") else 10) for n in numbers]


def _maps_itself(mapping: re.Match[str]) -> bool:
    # The function's one parameter is what it hands on, and a block it opens is closed.
    parameter, opened = mapping[1] or mapping[3] or mapping[4], mapping[2] or mapping[5]
    return parameter == mapping[6] and bool(opened) == bool(mapping[9])


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


def _escape(text: str, whole: bool) -> str:
    # What `decodeURIComponent(escape(atob(…)))`, the way to read base64 of UTF-8, decodes.
    return "".join(c if c in _ESCAPE_SAFE else f"%{ord(c):02X}" if ord(c) < 0x100 else f"%u{ord(c):04X}" for c in text)


_DECODERS: dict[str, Callable[[str, bool], str | None]] = {
    "atob": _atob,
    "self.atob": _atob,
    "globalThis.atob": _atob,
    "decodeURIComponent": _decode_uri,
    "decodeURI": _decode_uri,
    "unescape": _unescape,
    "escape": _escape,
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


def _path(code: str, at: int) -> tuple[list[str], int]:
    """Return the names of the properties read at ``at`` (``.a["b"]``), and where they end."""
    keys: list[str] = []
    while len(keys) < _MAX_KEYS and (key := _DOT_KEY.match(code, at) or _KEY.match(code, at)):
        keys.append(key[1] if key.re is _DOT_KEY else key[2])
        at = key.end()
    return keys, at


def _entry(code: str, at: int, key: str) -> int | None:
    """Return where the value of the property ``key`` begins in the object literal whose ``{`` ends at ``at``;
    None where it has none, or may have another (a computed name, a spread, an accessor)."""
    found, pos, limit = None, at, min(len(code), at + _MAX_OBJECT)
    for _ in range(_MAX_PROPERTIES):
        pos = _skip(code, pos)
        if code.startswith("}", pos):
            return found
        named = _PROPERTY_KEY.match(code, pos, limit)
        if named is None:
            return None
        name = named[1] if named[1] is not None else named[3]
        colon = _after(_COLON, code, named.end())
        if colon is None:  # `u` for `u: u`, `u() {…}`, `get u() {…}`: no literal's value
            accessor = _ACCESSOR.match(code, named.end())
            if name == key or (accessor is not None and accessor[1] == key):
                return None
        elif name == key:  # the last one given counts
            found = colon.end()
        end = _value_end(code, colon.end() if colon else named.end(), limit)
        if end is None or code[end] == "}":
            return found if end is not None else None
        pos = end + 1
    return None


def _value_end(code: str, at: int, limit: int, ends: str = ",}") -> int | None:
    """Return where the character of ``ends`` that ends the value at ``at`` is (a property's ``,`` or ``}``),
    passing over its literals and brackets; None where another bracket closes first."""
    depth, pos = 0, at
    while pos < limit:
        if plain := _PLAIN.match(code, pos, limit):
            pos = plain.end()
            continue
        char = code[pos]
        if char in "'\"`":
            literal = _LONG_QUOTED.get(char, _LONG_TEMPLATE).match(code, pos, limit)
            if literal is None:
                return None
            pos = literal.end()
        elif char == "/":  # a comment, a division or a regular expression's slash
            pos = max(_skip(code, pos), pos + 1)
        elif depth == 0 and char in ends:
            return pos
        elif depth == 0 and char in ")]}":
            return None
        else:
            depth += 1 if char in "([{" else -1 if char in ")]}" else 0
            pos += 1
    return None


def _binding(code: str, name: str, before: int) -> tuple[int, re.Match[str] | None] | None:
    """Return the ``{`` of the innermost block around ``before`` whose head binds ``name`` (a function's parameter,
    ``catch (e)``), and its head where that is a function's whose parameters are names; None where none does."""
    start = max(0, before - _VARIABLE_LOOK_BACK)
    if code.count("{", start, before) + code.count("}", start, before) > _MAX_BINDING_BRACES:
        return None
    for opening in islice(_openings(code, start, before), _MAX_BLOCKS):
        head_start = max(0, opening - _HEAD)
        head = _FUNCTION_HEAD.search(code, head_start, opening)
        block = _BLOCK_HEAD.search(code, head_start, opening) if head is None else None
        names = next((p for p in head.groups() if p is not None), "") if head else block[2] if block else ""
        if (block is not None and block[1] in _TESTS) or not re.search(rf"(?<![\w$]){re.escape(name)}(?![\w$])", names):
            continue
        simple = head is not None and all(_IDENTIFIER.fullmatch(p.strip()) for p in names.split(","))
        return opening, head if simple else None
    return None


def _called_now(code: str, head: re.Match[str], close: int) -> tuple[int, int] | None:
    """Return where the arguments begin of the call of the function whose head is ``head`` and ``}`` at ``close``,
    made where it is written, and how many come before its own (``.call(this, …)``'s one); else None."""
    before = code[max(0, head.start() - _PREFIX) : head.start()].rstrip()
    wrapped = _after(_CLOSE, code, close + 1)  # `(function (u) {…})(…)`: in brackets of their own, not a call's
    if wrapped is not None:
        outside = before[:-1].rstrip()[-1:]
        expression = before.endswith("(") and not (outside.isalnum() or outside in ("_", "$", ")", "]"))
    else:  # `!function (u) {…}(…)`; an arrow function is called only in brackets
        expression = before[-1:] in _EXPRESSION and head[0].startswith("function")
    call = _CALL_NOW.match(code, wrapped.end() if wrapped else close + 1) if expression and before else None
    return (call.end(), 0 if call[1] else 1) if call else None


def _rewritten(code: str, start: int, end: int, name: str, keys: list[str]) -> bool:
    """Return whether the object ``name`` may hold another value at ``keys`` from ``start`` to ``end``: given a
    property by a computed name (``c[k] = …``), by ``Object.assign``, or another object on the way (``c.a = …``)."""
    escaped = re.escape(name)
    if re.search(_REWRITTEN.format(escaped, escaped), code[start:end]):
        return True
    prefixes = (".".join((name, *keys[:n])) for n in range(1, len(keys)))
    return any((given := _assignment(code, prefix, end)) is not None and given[0] >= start for prefix in prefixes)


def _mentioned(code: str, name: str, before: int) -> bool:
    """Return whether ``name`` may be bound before ``before`` (a parameter, a declaration), or is too often there.

    A mention followed by a member, an index or a call (``_0x1a2b[3]``, ``u.length``) reads the name, binds none.
    """
    at, hops = code.rfind(name, 0, before), _MAX_HOPS
    while at >= 0:
        hops -= 1
        end = at + len(name)
        whole = (at == 0 or not (code[at - 1].isalnum() or code[at - 1] in "_$.")) and not (
            end < len(code) and (code[end].isalnum() or code[end] in "_$")
        )
        if (whole and _MEMBER_OR_CALL.match(code, end) is None) or hops <= 0:
            return True
        at = code.rfind(name, 0, at)
    return False


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


def refresh_target(content: str) -> str:
    """Return the address of a meta refresh's ``content`` or a ``Refresh`` header ("5; url='https://…'",
    "0 ; URL = https://…", "0,url=…"), or "" where it names none (the page reloads) or is no refresh."""
    # As the HTML standard's refresh steps read it: a time, a space, ";" or "," then an optional "url =",
    # an address quoted up to its closing quote or the rest. Kits space and case it to slip past a search.
    refresh = _REFRESH.match(content)
    if refresh is None:
        return ""
    rest = content[refresh.end() :]
    quote = rest[:1]
    if quote in ("'", '"'):
        rest = rest[1:].partition(quote)[0]
    return rest.strip(_C0_OR_SPACE)


def _refreshed(html: str, whole: bool) -> str:
    """Return the address of the first meta refresh of ``html``, or its known beginning, or ""."""
    for tag in islice(_META_TAG.finditer(html), _MAX_METAS):
        if _REFRESH_EQUIV.search(tag[1]) is None:
            continue
        content = _CONTENT.search(tag[1])
        if content is None:
            return ""
        value = next(v for v in (content[1], content[3], content[5]) if v is not None)
        closed = content[2] or content[4] or (content[5] is not None and (tag[2] is not None or whole))
        return _valid(refresh_target(value), bool(closed))
    return ""


def _element_uses(code: str, name: str, start: int) -> Iterator[tuple[int, str, int | None]]:
    """Yield each use of the element ``name`` after ``start``: where it is, the attribute set and where its value
    begins, or the method called (or "insert", where it is put in the page) and None."""
    end = min(len(code), start + _ELEMENT_REACH)
    at = code.find(name, start, end)
    for _ in range(_MAX_HOPS):
        if at < 0:
            return
        after = at + len(name)
        if _whole_name(code, at, after):
            use = _ELEMENT_USE.match(code, after)
            member = (use[1] or use[3]).lower() if use else ""
            attribute = _SET_ATTRIBUTE.match(code, use.end()) if use and member == "setattribute" else None
            if attribute:
                yield at, attribute[2].lower(), attribute.end()
            elif use and member == "dispatchevent" and _CLICK_EVENT.match(code, use.end()):
                yield at, "click", None
            elif use:
                yield at, member, use.end() if use[4] else None
            elif _INSERTED.search(code, max(start, at - _PREFIX), at) and _after(_CLOSE, code, after):
                yield at, "insert", None
        at = code.find(name, after, end)


def _whole_name(code: str, at: int, end: int) -> bool:
    # Not a part of a longer name, nor a member of something else (`x.a`).
    before = at == 0 or not (code[at - 1].isalnum() or code[at - 1] in "_$.")
    return before and not (end < len(code) and (code[end].isalnum() or code[end] in "_$"))


def _unpacked(payload: str, base: int, count: int, listed: str) -> str | None:
    """Return the packer's payload with each word, a number in base ``base``, replaced by the listed word it numbers."""
    words = listed.split("|", _MAX_PACKED_WORDS)
    if not 2 <= base <= len(_PACKER_DIGITS) or len(words) > _MAX_PACKED_WORDS:
        return None
    parts: list[str] = []
    count, last, size = min(count, len(words)), 0, 0
    for word in _PACKED_WORD.finditer(payload):  # one pass, as the packer's own dictionary does it
        number = _packed_number(word[0], base)
        if number is None or number >= count or not words[number]:
            continue
        size += word.start() - last + len(words[number])
        if size > _MAX_CODE:
            return None
        parts += (payload[last : word.start()], words[number])
        last = word.end()
    parts.append(payload[last:])
    return "".join(parts)


def _packed_number(word: str, base: int) -> int | None:
    # The packer writes a number without leading zeros, its digits past 35 as capitals (36 is "A").
    if len(word) > 4 or (len(word) > 1 and word[0] == "0"):
        return None
    number = 0
    for digit in word:
        value = _PACKER_DIGITS.find(digit)
        if not 0 <= value < base:
            return None
        number = number * base + value
    return number


def _inline_scripts(html: str) -> str:
    """Return the code of the inline scripts of ``html``, one after another."""
    parts = []
    for tag in islice(_SCRIPT_TAG.finditer(html), _MAX_WRITTEN_SCRIPTS):
        if _SOURCE.search(tag[1]) is None:
            end = _SCRIPT_END.search(html, tag.end())
            parts.append(html[tag.end() : end.start() if end else len(html)])
    return "\n".join(parts)


def _narrowed(context: str, kind: str) -> str:
    # A string's code that tests nothing itself runs where the test around its run lets it.
    return context if kind == SCRIPT else kind


def _names_unescaped(code: str) -> str:
    """Return ``code`` with its string literals written wholly in escapes that spell a name written plainly
    (``window["\\x6c\\x6f…"]`` as ``window["location"]``): a kit's way to hide the word from a search for it. Other
    literals (an address) stay as they are, read where they are used."""
    return _ESCAPED_NAME.sub(_plain_name, code[:_MAX_UNESCAPED]) + code[_MAX_UNESCAPED:]


def _plain_name(literal: re.Match[str]) -> str:
    name = _ESCAPE.sub(_unescaped, literal[2])
    return f"{literal[1]}{name}{literal[1]}" if _IDENTIFIER.fullmatch(name) else literal[0]


def _words(code: str) -> frozenset[str]:
    """Return the words of ``_WORDS`` in ``code``: each looked for once, where each reading of the script asks; all
    in one pass of their automaton, every place each is at (a word in another, "pend" in "opend", found too)."""
    try:
        return frozenset(_WORDS_FOUND.find_matches_as_strings(code, overlapping=True))
    except UnicodeEncodeError:  # a lone surrogate, of a string's escape run as code ("\\ud800"): no UTF-8 of it
        return frozenset(word for word in _WORDS if word in code)


def _may_navigate(words: frozenset[str]) -> bool:
    # "location", a Navigation API call, markup or an element made, a string run; or ``_opens``.
    return not words.isdisjoint(_NAVIGATING) or _opens(words)


def _may_navigate_script(code: str, words: frozenset[str]) -> bool:
    """``_may_navigate(words)`` of ``code``, but its timers count only where one is handed a string: a clock's
    ``setInterval(tick, 1000)`` runs the page's own code, which the runner passes (``_Runner.add``), and a script
    that navigates by nothing else sends the browser nowhere (the runner, its reader and the navigations' loop not
    made for it). Every call is searched (the runner reads the first ``_MAX_RUN_CALLS``): one handed a string after
    them sends the page to the runner, which finds what it found before."""
    if "set" in words and _TIMER_HANDED_STRING.search(code) is None:
        words = words - _TIMERS
    return _may_navigate(words)


def _builds(words: frozenset[str]) -> bool:
    """Whether a script of ``words`` may navigate without assigning: a Navigation API call, markup or an element it
    makes."""
    return "navigate" in words or "createElement" in words or _writes(words)


def _writes(words: frozenset[str]) -> bool:
    return not words.isdisjoint(_WRITTEN)


def _runs_strings(words: frozenset[str]) -> bool:
    return not words.isdisjoint(_RUNS)


def _covers(code: str, start: int, end: int) -> bool:
    """Return whether the frame's markup or code between ``start`` and ``end`` sizes it to the whole window and
    fixes it there."""
    return _FULL_SIZE.search(code, start, end) is not None and _FIXED.search(code, start, end) is not None


def _kind(code: str, at: int) -> str:
    """Return the kind of the redirect at ``at``, or "" where it runs only when the visitor acts."""
    heads = _heads(code, at)
    folded = heads.lower()
    if "touch" in folded or "pointer" in folded:  # a test of the screen names no handler of a touch
        folded = _TOUCH_TEST.sub("", folded)
    if any(word in folded for word in _INTERACTION) or _uncalled(code, heads):
        return ""
    before = code[max(0, at - _LOOK_BACK) : at]
    if "referrer" in before or _robots(before):
        return SEARCH
    if "userAgent" in before and _MOBILE.search(before):
        return MOBILE
    if any(word in before for word in _TOUCH_WORDS) and _TOUCH_TEST.search(before):
        return TOUCH
    return SCRIPT


def _upgrade(code: str, at: int, address: str) -> bool:
    """Return whether the redirect at ``at`` sends Internet Explorer, tested for before it, to a browser's maker or
    an upgrade notice: an old site's notice, not an attacker's redirect (who gains nothing from its few visitors)."""
    parts = urlsplit(address)
    host = (parts.hostname or "").rstrip(".").lower()
    if _NAMED_SITE.search(unquote(f"{parts.query}#{parts.fragment}")) is not None:
        return False
    to_maker = any(host == maker or host.endswith(f".{maker}") for maker in _BROWSER_MAKERS)
    if not to_maker and _BROWSER_PAGE.fullmatch(host + posixpath.normpath(unquote(parts.path) or "/")) is None:
        return False
    return _tested_for_ie(code, at)


def _tested_for_ie(code: str, at: int) -> bool:
    # The innermost `if` around the redirect (or the statement's own), every alternative of its condition a test.
    start = max(0, at - _LOOK_BACK)
    around = (_head(code, max(start, opening - _HEAD), opening) for opening in _openings(code, start, at))
    heads = chain((_head(code, start, at),), around)
    for head in heads:
        condition = _CONDITION.search(head)
        if condition is not None:
            alternatives = condition[1].split("||")
            return all(_ie_test(code[start:at], alternative) for alternative in alternatives)
    return False


def _ie_test(before: str, alternative: str) -> bool:
    if _OLD_BROWSER.search(alternative) is not None:
        return _NEGATED.search(alternative) is None
    name = _TESTED_NAME.match(alternative)  # a variable set to a test before: `var isIE = !!document.documentMode;`
    if name is None:
        return False
    assigned = re.search(rf"(?<![\w$.]){re.escape(name[1])}\s*=(?![=>])([^;\n]*)", before)
    return assigned is not None and all(_tested(test) for test in assigned[1].split("||"))


def _tested(alternative: str) -> bool:
    return _OLD_BROWSER.search(alternative) is not None and _NEGATED.search(alternative) is None


def _robots(before: str) -> bool:
    # The names tested on the browser's: from the statement that reads it (`/bot|google/i.test(navigator.userAgent)`)
    # on (`var ua = navigator.userAgent; if (ua.indexOf("googlebot") > -1)`), not an analytics line before it.
    agent = max(before.rfind("userAgent"), before.rfind("navigator["))  # or an obfuscator's `navigator[_0x…[3]]`
    if agent < 0:
        return False
    near = max(0, agent - _AGENT_TEST)
    start = max(near, before.rfind(";", near, agent), before.rfind("\n", near, agent), before.rfind("}", near, agent))
    return _ROBOT.search(before, start, agent + _AGENT_TEST) is not None


def _opens(words: frozenset[str]) -> bool:
    """Whether a script of ``words`` may open an address in the page's own window: ``open(`` and a window's name of
    it."""
    return "open" in words and not words.isdisjoint(_WINDOWS)


def _global(code: str, assigned: re.Match[str]) -> bool:
    # `location` itself, or the window's, the document's or a frame's: not a property of an object of the page's.
    at = assigned.start()
    if not assigned[1] and not assigned[2] and code[max(0, at - _PREFIX) : at].rstrip()[-1:] != ".":
        return at == 0 or not (code[at - 1].isalnum() or code[at - 1] in "_$")  # no chain: `= location.href`
    before = _QUOTED_GLOBALS if assigned[1] else _JQUERY_GLOBALS if assigned[2] else _GLOBALS
    return _stands_alone(before, code, at)


def _stands_alone(before: re.Pattern[str], code: str, at: int) -> bool:
    """Return whether ``before`` ends at ``at`` with nothing of a name or a member chain before it."""
    chain = before.search(code, max(0, at - _PREFIX), at)
    first = chain.start() if chain is not None else -1
    return first == 0 or (first > 0 and not (code[first - 1].isalnum() or code[first - 1] in "_$."))


def _heads(code: str, at: int) -> str:
    """Return the statement's start and the heads of the blocks around ``at``, innermost first."""
    start = max(0, at - _LOOK_BACK)
    heads = [_head(code, start, at)]
    heads += (_head(code, max(start, opening - _HEAD), opening) for opening in _openings(code, start, at))
    return "\n".join(heads)


def _openings(code: str, start: int, at: int) -> Iterator[int]:
    """Yield the ``{`` of each block still open at ``at``, innermost first, looking back to ``start``."""
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
            yield opening
        opening = code.rfind("{", start, opening)


def _head(code: str, start: int, end: int) -> str:
    # From the end of the statement before: `if (…)`, `$('.wa').on('click', function ()`.
    text = code[start:end]
    return text[max(text.rfind(";"), text.rfind("{"), text.rfind("}")) + 1 :]


def _uncalled(code: str, heads: str) -> bool:
    # A function declared by name that the script does not mention again: a button's onclick calls it.
    # One handed to a call (`setTimeout(function go() {…}, 3000)`) is called by it.
    return any(not handed and code.count(name) < 2 for handed, name in _NAMED_FUNCTION.findall(heads))
