"""One parse of an HTML page into the parts the classifiers look at.

Hidden content (CSS-hidden, off-screen, clipped, ``aria-hidden`` or ``<noscript>`` elements, the
inert content of a ``<template>``, the text of an SVG drawn at no size, a ``<marquee>`` of no size
or too fast to read, text in the colour of its background, by its style, a ``<font>`` or a class or
id of the page's own ``<style>``) is separated from visible text, because gambling spam is injected
where visitors do not see it.
What the page hides itself (inline styles, its own ``<style>``, legacy markup) leaves the visible
text; what the site's linked stylesheets or ``aria-hidden`` hide stays in it as well, so that the
visible text and the content fingerprint do not depend on whether a stylesheet could be read, and
so does text in the colour of its background (a stylesheet may paint what lies behind it) and what
the page's own ``<style>`` hides until a script or a click shows it (of no opacity, another tab or
slide, within a state of the page: ``css.HidingRules.faded``).
What no visitor reads as the page's text is hidden text too: the titles (tooltips) of elements (of the links
and the images of hidden ones as well), the strings of ``content`` in the page's own ``<style>`` and its
linked stylesheets, the document of an iframe unseen (``srcdoc``), a link around a pixel (by its attributes
or its style), the HTML comments that mention a gambling word, and a ``<noscript>`` of the head (a browser
that runs scripts reads it as text; the parser, which runs none, would show it in the body). What an SVG
draws, and a shown iframe's document, are read apart from the visible text (``Page.shown_texts``), which they
leave as it is; the scripts of an iframe's document apart from the page's (``Page.frame_scripts``): they
write into the frame, and send it, not the page, elsewhere.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import suppress
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta, timezone
from functools import lru_cache
from itertools import islice, pairwise, takewhile
from typing import NamedTuple, TypeVar, cast
from urllib.parse import parse_qsl, unquote_plus, urljoin, urlsplit

from selectolax.lexbor import LexborHTMLParser as HTMLParser
from selectolax.lexbor import LexborNode as Node
from selectolax.lexbor import SelectolaxError

from ._selectors import (
    absolute,
    count_found_outside,
    count_within,
    decompose,
    decompose_all,
    found_places,
    has_ancestor,
    head_items,
    hrefs_in,
    images_named,
    indexed,
    joined_text,
    linked_site,
    links_found,
    links_in,
    main_and_visible,
    named,
    one_other_site,
    outermost,
    outside,
    select,
    select_first,
    text_of,
    unique,
    within,
    words_of,
)
from .css import (
    MAX_CSS_CHARS,
    UNKNOWN,
    UNREADABLE_FONT_SIZE,
    WHITE,
    Background,
    Colour,
    HidingRules,
    Paint,
    background,
    hides,
    inline_hiding_rules,
    page_paint,
    painted_text,
    parse_colour,
    revealed,
    same_colour,
    style_hides,
    text_colour,
)
from .dates import dates_in_text
from .embedded import Posts, posts
from .literals import Markup, Signs
from .machine_parts import FEED_PLUGIN_SIGNS, machine_parts
from .markup import parse_html
from .records import made_at_once
from .script_redirects import refresh_target, script_targets
from .term_scan import mentions

# Elements that may hide themselves: by their style, the hidden attribute, or being <noscript>.
_SELF_HIDDEN = "body [style], body [hidden], noscript"
_ARIA_HIDDEN = '[aria-hidden="true" i]'
_CLOSED = ("dialog", "details")
# What a browser shows only when it cannot draw or play the element: none now does. An ``<object>``'s is
# shown where its plugin is gone (Flash, Java): hidden only where the browser draws what it embeds itself
# (a PDF, a page, an image).
_FALLBACK = "canvas, video, audio, rp"
# Looked for only where the page has an <object>: lexbor walks the tree once for each selector of a list, and
# these are most of it.
_FALLBACK_OBJECTS = ", ".join(
    [
        *(f"object[type{t} i]" for t in ('="application/pdf"', '="text/html"', '^="image/"')),
        *(f'object[data$=".{e}" i]' for e in ("pdf", "svg", "html", "htm", "png", "jpg", "jpeg", "gif", "webp")),
    ]
)
_MAX_STYLE = 2000  # characters of a style attribute that are read
_MAX_MARKED = 20_000  # elements looked at, so that a hostile page stays cheap
# Of the elements a linked sheet gives a font size of nothing, those looked at, and the elements within one looked
# at for a size of their own: a hostile page of nested boxes stays cheap.
_MAX_SHRUNK = 100
_MAX_SIZED_LOOKED = 500
_NON_CONTENT = "script, style, noscript, template, svg"
_MAIN = "main, article, #content, .content"  # the main content, or else the whole body
_MAX_AROUND = 200  # nodes read around the main content, before the whole body's text is read instead
# The site's footer, after which an injected link farm sits; and the site's menus.
_FOOTER = "#footer, #colophon, .site-footer, [role=contentinfo]"  # when no <footer> is the site's
# The menus first, then their links: lexbor matches "nav a[href], ..." by walking up from every link.
# Blogger's themes have no <nav>: the blog's pages are its PageList widget's tabs.
_MENUS = "nav, [role=navigation], .menu, #menu, .navbar, .PageList"
# The same, as found: by tag name, by role, and by class and id in the walk of the names (``_walk_names``).
_MENU_ROLE = "[role=navigation]"
_MENU_IDS = frozenset({"menu"})
_MENU_CLASSES = frozenset({"menu", "navbar", "pagelist"})
_MAX_TAIL = 200  # links after the footer that are read
_MAX_TAIL_TEXT = 500  # of the text after the footer, what is kept: its start
_NOT_TAIL = frozenset({"script", "style", "noscript", "template", "link", "meta", "-text", "-comment", "svg"})
# Parts of a page that change on every visit without the content changing: a class or id with
# one of these words. Forty substring selectors cost lexbor more than reading the few distinct
# class and id values once (the verdict on each is cached).
_VOLATILE_WORDS = (
    "clock|waktu|counter|visitor|pengunjung|statistik|banner|carousel|slider|"
    "marquee|iklan|advert|csrf|token|captcha|random|today|hari-ini|current-date"
).split("|")
_VOLATILE_BYTES = tuple(w.encode() for w in _VOLATILE_WORDS)
# Two short ones are inside other words ("roads", "heads-up", "downloads", "uploads"; "jamkesda", "jaminan"): they
# count where a part of the name starts. "ads" after no letter ("ads-wrapper", "adsbygoogle", "content-with-ads")
# or as a capital after a small letter ("sidebarAds"); "jam" as a part of its own ("jam", "jam-digital", "tgl-jam",
# "jamServer") or glued to "digital".
_SHORT_VOLATILE = re.compile(
    r"(?<![A-Za-z])[Aa][Dd][Ss]|(?<=[a-z])A[Dd][Ss]|(?<![A-Za-z])[Jj][Aa][Mm](?:[Dd]igital|(?![a-z]))"
)
# A volatile part whose dates are the site's posts' (``_dated_parts``): one that holds two or more headlines of
# posts on the site (a slider of the latest news, a wrapper named for the ads beside its list); of a rotating
# part (``_ROTATING``), its captions' headings count too (Bootstrap's carousel captions link nothing).
_POST_HEADLINES = 2
_ROTATING = (b"carousel", b"slider", b"banner")
_MAX_TIME_CHARS = 80  # of a post's time named as a clock: "<span class="waktu"><i></i> 02 Des 2026</span>"
_HEADINGS = "h1, h2, h3, h4, h5, h6"
_MINOR_HEADINGS = "h3, h4, h5, h6"
_DIGIT = re.compile(r"\d")
# The site's own header, menu and footer, whose dates (a clock, a copyright year) are not content;
# the header of an article, or one inside <main>, is the content's own. (Attribute selectors such
# as [role=banner] cost lexbor several times more; a clock they would catch is caught as a clock.)
# A top bar goes by other names too ("header-top", Flatsome's; "top-header"; W3Schools' "topnav"), and so
# does a running text (a marquee a script moves, a welcome with the server's date): on every page alike.
# An "info-bar" is the site's as an id; as a class, a post's line of its author and date may be one.
_TOP_BARS = frozenset(
    {"top-bar", "topbar", "header-top", "top-header", "topnav", "top-nav", "running-text", "runningtext"}
)
# As found: by tag name, and by id and class in the walk that finds the volatile parts.
_CHROME_TAGS = ("header", "nav", "footer")
_CHROME_IDS = frozenset({"header", "footer", "info-bar"}) | _TOP_BARS
_CHROME_CLASSES = frozenset({"navbar"}) | _TOP_BARS
_CHROME = ", ".join(
    (*_CHROME_TAGS, *(f"#{n}" for n in sorted(_CHROME_IDS)), *(f".{n}" for n in sorted(_CHROME_CLASSES)))
)
# The classes by which CSS frameworks hide an element: Bootstrap's (d-none, hidden and hide of its third
# version, invisible, sr-only, visually-hidden), Tailwind's (hidden, invisible, sr-only), Bulma's,
# UIkit's, Foundation's, and WordPress themes' screen-reader-text. Their stylesheet comes from a CDN,
# which the checker does not read (another host): spam under them is hidden from every visitor.
_CONCEALING = frozenset(
    (
        "d-none hidden hide invisible sr-only visually-hidden screen-reader-text is-hidden is-invisible is-sr-only "
        "uk-hidden uk-invisible show-for-sr element-invisible"
    ).split()
)
# Unless another class of it shows it at some width, on focus or in a state: "d-none d-lg-block",
# "hidden md:flex", "sr-only focus:not-sr-only", "visually-hidden-focusable", "hide show-on-mobile".
_SHOWN = re.compile(r"^d-(?:sm|md|lg|xl|xxl)-(?!none$)|:(?!(?:hidden|invisible|sr-only)$)|focusable|^(?:visible|show)")
# Most content headers in one query (a news list's articles each have one); the rest are walked.
# Only a shortcut, taken where there are many to walk: ``_is_chrome`` says the same of each.
_CONTENTS_OWN = "main header, main nav, main footer, article header, article nav, article footer"
_MANY_CHROME = 8
_MIN_FEED_ITEMS = 2  # of a list of another site's items (``_others_feeds``)
# A sidebar's widget (WordPress's class, exactly: not Elementor's "elementor-widget" on every element),
# a feed reader's box ("feedzy-rss", "rss-aggregator"): where another site's news is shown in <div>s.
_WIDGET_WORDS = frozenset({"widget", "feed", "feeds", "newsfeed", "news-feed"})
_MAX_WIDGETS = 50
# Hosts of files and short links: a list of a department's documents or forms there is its own content.
_NOT_FEEDS = tuple(
    "drive.google.com docs.google.com forms.gle bit.ly s.id tinyurl.com dropbox.com onedrive.live.com 1drv.ms "
    "sharepoint.com".split()
)
_COPYRIGHT = re.compile(r"©|\([cC]\)\s*\d{4}|[Cc]opyright|COPYRIGHT|[Hh]ak [Cc]ipta [Dd]ilindungi|HAK CIPTA DILINDUNGI")
# Where a copyright mark can start: (literal, characters before it). str.find skips the text many
# times faster than the regular expression, which tries its branches at every character.
_COPYRIGHT_LITERALS = (
    ("©", 0),
    ("(c)", 0),
    ("(C)", 0),
    ("opyright", 1),
    ("OPYRIGHT", 1),
    ("ak Cipta", 1),
    ("ak cipta", 1),
    ("AK CIPTA", 1),
)
# A piece of each literal, looked for first: most texts hold none (a look for each costs less than a ``find``, and
# the Indonesian letters of "ak Cipta" are everywhere: the search steps one character at a time).
_COPYRIGHT_HINTS = ("©", "(", "pyright", "PYRIGHT", "ipta", "IPTA")
_JSON_LD_SCRIPTS = 'script[type="application/ld+json" i]'
_MAX_JSON_LD = 10  # scripts, each of at most _MAX_JSON_LD_CHARS
_MAX_JSON_LD_CHARS = 100_000
_WP_API_REL = "https://api.w.org/"
_MAX_HIDDEN = 2000  # a hostile page cannot make the scan quadratic
_MAX_HEADINGS = 6  # the prominent ones: a page's own heading comes before its list of items
_MAX_MINOR_HEADINGS = 30  # a dashboard's cards, each headed: the error may be in any of them
_CARD_CLIMB = 3  # a card's heading is in its header (``card-header``), in the card, in its column
_ANY_HEADING = "h1, h2, h3, h4"
# The site's header, footer and sidebar by their names, as a theme of bare <div>s gives them (``_CHROME``, less
# the tags, and the sidebar a left column puts before the content).
_CHROME_NAMES = frozenset(
    "#header #footer #masthead #colophon #top-bar #topbar top-bar topbar navbar header footer site-header "
    "site-footer #sidebar #secondary sidebar widget-area".split()
)
_MAX_BODY_HEADINGS = 8  # of a body without a container for its content, read past its header and menus
_MAX_BLOCK_CHARS = 2000  # of the main heading's block (``Page.main_block``): a notice's is a few sentences
_BLOCK_CLIMB = 3  # parents climbed from the heading to a block with more than the heading
# A message as PHP prints it, at the start of a line: "<br />\n<b>Warning</b>:  …", or "\nPHP Warning:  …"; a
# theme's minifier takes the newline out of its tags ("<br /><b>Warning</b>: …"). With ``html_errors`` off, and
# a template that leaves no line break before its output, the message starts the text of the block it was printed
# in: "<div class="card-body">Deprecated: …", "<pre>Parse error: …", the body's. Not of a paragraph, a list's item
# or a table's cell: a guide's or a reference's quotation of one.
_PHP_PRINTED = re.compile(
    r"(?:(?:\A|\n)[^\S\n]*(?:<b>)?|<br\s*/?>\s*<b>|<(?:body|div|pre|main|section)(?:\s[^<>]{0,160})?>[^\S\n]*)"
    r"(?:PHP )?(?:Fatal error|Parse error|Warning|Notice|Deprecated|"
    r"Strict Standards|Catchable fatal error|Recoverable fatal error)(?:</b>)?[^\S\n]*:"
)
_PHP_REACH = 1500  # characters from a message's start to its " on line ": the message, its path, PHP's tags
_UNCAUGHT_REACH = 240  # from a message's start to its "Uncaught ": PHP's tags, or its block's, and "Fatal error:"
_PHP_NEEDLES = 20  # the first " on line " looked back from: "on line" is also how some sites write "online"
# The elements a writer quotes code or a message in: a guide's, a forum's or an API's documentation's example of an
# error ("<pre><code>SQLSTATE[HY000] …</code></pre>", "<em>Unknown column …</em>"). No handler prints its error in one
# (Joomla's error page prints its in a <blockquote>: not one of them).
_QUOTING = "code, samp, kbd, em, q"
# Their start tags, sought in one search: six of ``in`` cost five times as much on a page of "<" everywhere.
# The words one of which every printed error has (``page_kind``'s patterns each start behind one): a clean page
# costs one search of them, and a page whose text has none lists no error in its tables either (``_listed_texts``).
ERROR_GATES = (
    " on line ",
    "rror",
    "xception",
    "SQLSTATE[",
    "Whoops",
    "Access denied for user '",
    "Unknown ",
    "' doesn't exist",
    " kritis ",
    "connect to ",
    "Connection refused",
    "No such file or directory",
    "ORA-",
    "ECONNREFUSED",
    "Duplicate entry '",
    '" does not exist',
    "has gone away",
    "Lost connection to MySQL",
    "Deadlock found",
    "authentication failed for user",
    "dial tcp ",
    "[SQLSTATE] =>",
    "missing the MySQL extension",
    "goroutine ",
    "adanya halangan",
    "Too many connections",
    "[Microsoft][",
    "Kesalahan PHP",
    "Target class [",
    ': executing "',
)
_ERROR_SIGNS = Signs(ERROR_GATES)
# Blogger's own status line above an empty main column, in English and Indonesian (``page_kind`` reads it whole): its
# words are sought in the visible text in the gates' pass, where two searches of their own read it again each.
BLOGGER_NEEDLES = ("in this blog does not exist", "blog ini tidak ada")
# Their anchors (``Signs``): a part of each, most of them beginning as no Indonesian word does. A department's page
# says "Kesehatan", "adanya", "dia", "has" everywhere, where three of the signs' beginnings match; in the order of
# the automaton's buckets that let the fewest of a page's words through, measured.
_VISIBLE_ANCHORS = (
    "ORA-",
    "dlock",
    "[Microsoft]",
    " kritis ",
    "MySQL ext",
    "ECONNREF",
    "class [",
    "halangan",
    "Whoops",
    "og ini tid",
    "nknown ",
    "uplicate",
    "on line ",
    "gone away",
    "ial tcp",
    "xception",
    "SQLSTATE",
    "n PHP",
    "exist",
    "onnect",
    "oroutine",
    "xecuting",
    "or user",
    "No such",
    "rror",
)
_VISIBLE_SIGNS = Signs((*ERROR_GATES, *BLOGGER_NEEDLES), _VISIBLE_ANCHORS)
_QUOTING_TAGS = ("<code", "<samp", "<kbd", "<em", "<q")  # their start tags' beginnings (``<embed`` too)
_BASE_TAGS = ("<base", "<BASE")
# An element's handlers that run as it loads or fails to, as a kit writes them (the parser reads any case).
# Sought in the markup lowered (``Markup.has_folded``): a browser reads an attribute's name in any case ("OnErRoR").
_MAX_HANDLERS = 20  # of those that name ``location``, read as inline scripts
_MAX_QUOTED = 200  # of a documentation page's many
_LOG_CELLS = 3  # of a row of a log without a header: when, what, how it ended
_LOG_CELL_CHARS = 200  # a log's cells are short; a layout table's column holds the page
_LOG_ROWS = 2  # such rows: a log of incidents, not a layout table's one row of columns
_QUESTION_HEADINGS = "h3, h4, h5, h6"
_LOG_SPANS = "div > span + span + span, li > span + span + span"
_ENTRY_HEADINGS = "div > h4:first-child, div > h5:first-child, li > h4:first-child, li > h5:first-child"
_MAX_QUOTED_CHARS = 400  # of each: an error's start is all that is looked for in them
_MAX_PREFORMATTED = 20  # <pre> blocks, of a lesson's many
_MAX_PREFORMATTED_CHARS = 1200  # of each: as much as a web shell's panel is read in (``defacement.web_shell``)
_MAX_TITLE_CHARS = 1000  # of the title and of each heading: a hostile page's run on (SEO spam's are some 200)
_FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/feed+json")
_METAS_AND_LINKS = "meta[content], link[rel][href]"
_POINTER_RELS = ("amphtml", "canonical")
_POINTER_KINDS = frozenset(_POINTER_RELS)
# A ``Link`` header's values: "<address>; rel=canonical; …", one after another after commas.
_LINK_VALUE = re.compile(r"<([^>]*)>([^<]*)")
_LINK_REL = re.compile(r"""\brel\s*=\s*(?:"([^"]*)"|([^;,\s]*))""", re.IGNORECASE)
_MAX_LINK_HEADER = 4_000
_ITEMPROP_DATES = frozenset({"datepublished", "datemodified"})
# Dates a script renders from an attribute, the element's text nothing or a placeholder: GitHub's elements'
# datetime, an abbreviation's title (jQuery timeago's, hAtom's) where it is an ISO date, and the data of
# Livestamp, moment, a news card. Their names in the markup first: a walk for an attribute costs a selector each.
_DATE_ELEMENTS = ("relative-time", "local-time", "time-ago")
# The elements ``_attribute_dates`` reads on every page (hAtom's and the data attributes' where the markup has them).
_ATTRIBUTE_DATED = ", ".join((*_DATE_ELEMENTS, "abbr", "time"))
# (Laravel and Vue components write their own: data-datetime, data-created-at, data-published-at, data-timeago.)
_DATA_DATES = re.compile(
    r"data-(livestamp|timestamp|time|date|published|datetime|timeago|created|created-at|published-at|updated-at|"
    r"modified)(?=\s*=)"
)
# The beginnings of their names, each sought in the markup's bytes before the expression searches its string.
_DATA_DATE_SIGNS = (
    "data-livestamp",
    "data-time",
    "data-date",
    "data-published",
    "data-created",
    "data-updated-at",
    "data-modified",
)
_EPOCH_DATA = frozenset({"livestamp", "timestamp", "time"})  # Unix seconds, or milliseconds, or an ISO date
_ISO_DATE = re.compile(r"(20\d\d)[-/](\d\d)[-/](\d\d)(?:[T ]\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?")
# With a time and its zone: "2026-12-03T20:00:00Z", "2026-12-03T20:00:00+00:00" (not "+07:00", Bekasi's own).
_ZONED_ISO = re.compile(r"20\d\d-\d\d-\d\d[T ]\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)", re.IGNORECASE)
_EPOCH = re.compile(r"\d{10}(?:\d{3})?")
_EPOCH_RANGE = range(946_684_800, 4_102_444_800)  # seconds of 2000 to 2099, the years a date is read in
_WIB = timezone(timedelta(hours=7))  # the time the sites write their days in
# A calendar's days (a datepicker's, FullCalendar's cells), a form's date, a countdown's end: no content's date.
_HATOM_DATES = ".hentry .published[title], .hentry .updated[title]"  # a post's dates in hAtom (``_attribute_dates``)
_NOT_DATED = frozenset({"td", "th", "tr", "input", "select", "option", "textarea", "button", "form"})
_CALENDAR_DAYS = 14  # days in a row that the attributes of a page date: a calendar's month, not items
_MAX_DATED = 500  # elements read for an attribute's date
# The elements a theme of bare <div>s puts a post's date in, by their class; three of one class are a list's.
_ITEM_DATE_CLASSES = "[class*=date i], [class*=tanggal i], [class*=tgl i], [class*=posted i], [class*=meta i]"
_MIN_ITEMS = 3
_ITEM_REACH = 5  # ancestors of a post's date up to its item: <time>, its link, the meta line, the meta, the post
_HEADLINE_CHARS = 15  # of a link's text: a post's headline, not "Selengkapnya" nor a date
_STAMPED = re.compile(r"update|diperbaharui|diperbarui|pembaruan|\bper\b|pengunjung|visitor|diakses|dicetak", re.I)
# A lone post's date under its headline (a featured post above the list, "Berita Utama"): the date, short, of an
# element named for it, and the headline, a heading's link of this many words to one of the site's posts.
_MAX_HEADED_DATE = 80  # characters: "Sabtu, 5 Desember 2026 07:30 WIB" beside an icon and a category
_MAX_HEADED = 20  # lone dated elements looked at
# A static page's box of a post by its name, its heading linking nothing: Elementor's "elementor-post".
_NAMED_POST = re.compile(r"post|berita|news|artikel|article", re.I)
_MAX_LAID_OUT = 60  # headings of a static page looked at for its items; a page of more is read as one article
_HEADLINE_WORDS = 4  # "Wali Kota Resmikan Gedung …"; not "Agenda Hari Ini", "Berita Terkini"
# A headline's words that name the day it is shown, not a post: a widget's "Agenda Hari Ini", "Info Terkini Hari Ini".
_TODAYS = re.compile(r"hari\s+ini|today|sekarang", re.I)
# An article that a theme makes a box of the day ("Agenda Hari Ini", "Agenda Hari Ini (Sabtu)", "Jadwal Operasi Pasar
# Murah Hari Ini:"), headed so on a line of its own: its date of today is the day it is shown, no post's, so its
# dates are read as none (``_date_sources``). A post so titled ("Harga Cabai Hari Ini") has a post's markup
# (``_POST_MARKUP``).
_TODAYS_BOX = re.compile(
    r"^[^\S\n]*(?:[^\W\d_]+[^\S\n]+){1,4}hari[^\S\n]+ini[^\S\n]*"
    r"(?::|\((?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu)\))?[^\S\n]*$",
    re.IGNORECASE | re.MULTILINE,
)
_BOX_HEAD = 100  # characters of an article's text where its heading as a box of the day is looked for
_BOX_WORDS = (b"Hari Ini", b"hari ini", b"HARI INI")  # in a head of one as it is written, most often
# A post's markup that a box of the day has none of: its permalink (by rel or its headline's link to it), its date
# as a post's, its byline, its link to read on.
_POST_MARKUP = (
    'a[rel~="bookmark"], .entry-date, .published, .byline, .author, .posted-by, .more-link, .read-more, '
    "h1 a[href], h2 a[href], h3 a[href], h4 a[href], h5 a[href]"
)
# A custom theme's post so titled, its heading linking nothing, links its own page by a button of these words, or by
# an address deeper than a section's ("/berita/detail/8812", "/post/slug"; a box links its section, "/agenda/").
_READ_ON = frozenset(
    {"baca", "baca berita", "baca lanjut", "baca artikel", "lanjutkan membaca", "read more", "detail", "lihat"}
)
_MAX_POST_LINKS = 10  # an article's links looked at for its own page: a box's rows linked beyond are read as a box's
# The addresses of a site's home page, which a header's title links: no post's.
_HOME_PATHS = frozenset({"", "index.php", "index.html", "index.htm", "home", "beranda", "id", "en"})
# The menus' paths of a page without nested articles (``_date_sources``): none, made once (``frozenset[str]()`` is a
# generic alias's call, some 5,000 instructions).
_NO_PATHS: frozenset[str] = frozenset()
# Where no class named for a date dates a list: the small elements of a theme's own names ("small.text-muted",
# a bare <small>, a table's column, an <li> after its headline's link) whose own text is a date, short, without
# a time of day (a camera's, a sensor's, a queue's stamp has one).
_SHORT_DATED = "small, span, td, li"
_MAX_OWN_DATE = 40  # characters of such an element's own text: "Kamis, 04 Desember 2026" and an icon's space
_YEARED = re.compile(r"20\d\d")
_TIME_OF_DAY = re.compile(r"\d:\d\d|(?<![\d.])\d{1,2}\.\d\d(?![\d.])")
# Inline scripts that run, read for what they write into the page (a search engine runs them).
_MAX_SCRIPTS = 30
_MAX_SCRIPT_CHARS = 20_000
_MAX_SCRIPTS_CHARS = 100_000  # of all of them
_BLANK_MAX_CHARS = 4096
_UNSHOWN = "\0 \t\n\r\f"  # what a browser shows nothing of: a body of it, however long, is a white page
# A character of another kind: a long page is a white one only where it has none. Sought, not ``html.strip(_UNSHOWN)``:
# the strip copies what is left, and a page of two bytes a character is first scanned for its widest (some 70,000
# instructions a page of 33 KB), where the search stops at the first character shown (most pages: the first).
_SHOWN_CHARACTER = re.compile(f"[^{_UNSHOWN}]")
# Cloudflare's Always Online banner's own element, and the words of its id that the document must hold first.
_CDN_BANNER = '[id="cf_alert_div"], [id^="cf-always-online"]'
_CDN_BANNER_SIGNS = ("cf_alert_div", "cf-always-online")
# What visitors write into a page by the site's own forms, by the names its software gives it: a story's comments
# (WordPress's and most themes', and its widget of the latest), a guestbook ("Buku Tamu"), a Q&A ("Tanya Jawab"), a
# bbPress forum. Sought in the markup first.
_VISITORS_SIGNS = (
    "recentcomments",
    "bbpress-forums",
    "comment-list",
    "commentlist",
    "comments-area",
    '"comments"',
    "'comments'",
    "bukutamu",
    "buku-tamu",
    "guestbook",
    "tanya-jawab",
    "qa-list",
)
_VISITORS = (
    "#comments, .comment-list, .commentlist, .comments-area, .bukutamu, .buku-tamu, .guestbook, .tanya-jawab, .qa-list,"
    " #recentcomments, #bbpress-forums"
)
_MAX_VISITORS = 20
_MAX_TITLES = 8
_MAX_TITLE_DEPTH = 30  # ancestors of a <title> read for an SVG
# The values of its address's query a page may repeat (a search's words): a few, each short.
_MAX_SEARCHED = 5
_SEARCHED_CHARS = 200
_SEARCHED_MIN = 3
_SEARCH_FOLDERS = frozenset({"search", "cari", "pencarian"})
_ADDRESSES_KEPT = 4096  # addresses whose host and searched words are kept: a site's is checked again and again
_XML_ROOT = re.compile(r"<\?xml[^>]{0,200}\?>\s*(?:<!--.{0,500}?-->\s*)*<([A-Za-z][\w:.-]{0,60})", re.DOTALL)
_XML_HEAD = 1000  # its declaration and a comment or two before its root
# Server-side code sent as it is, its interpreter not run (a handler lost when the server was moved or
# upgraded): how it starts. A browser shows it as text, or nothing (HTML reads "<?php" as a comment).
_SOURCE_STARTS = (("<?php", "PHP"), ("<?=", "PHP"), ("<%@", "ASP/JSP"), ("<%", "ASP/JSP"), ("<cf", "ColdFusion"))
_SOURCE_OPENINGS = tuple(start for start, _ in _SOURCE_STARTS)
_SOURCE_HEAD = 256
_SHOWS_OR_RUNS = (
    "script, noscript, img, picture, iframe, frame, frameset, object, embed, video, audio, canvas, svg, form, "
    "input, button, a[href], meta[http-equiv]"
)
_DATA_SCRIPTS = ("json", "template", "text/html", "text/x-", "importmap", "speculationrules")
_MAX_POINTERS = 50
# Where a ``<noscript>`` refresh sends a visitor whose browser runs no script, to be told to turn it on.
_JAVASCRIPT_HELP = frozenset(
    {"enable-javascript.com", "enablejavascript.io", "activatejavascript.org", "browsehappy.com"}
)
# The addresses a page's head gives search engines for it: its canonical, AMP and other-language
# versions (``hreflang``), and its Open Graph address. Spam names a gambling site there.
_ADDRESS_RELS = frozenset({"canonical", "amphtml", "alternate", "shortlink"})
_MAX_TEMPLATE_CHARS = 100_000  # of all the templates of a page, read for what they hold
_NO_SIZE = frozenset({"0", "1", "0px", "1px"})
# Frames: where another site is shown in the page (a frameset's frame, an iframe over the whole
# window) or loaded unseen (an iframe of no size or in a hidden element); an <object> or <embed>
# loads a page as an iframe does.
# An iframe's srcdoc is a document of its own, shown in it (in place of its src).
_FRAMES = "iframe:is([src], [srcdoc]), frame[src], object[data], embed[src]"
_MAX_SRCDOC_CHARS = 100_000  # of all the srcdoc documents of a page
_MAX_FRAMES = 30
_FRAME_TAGS = ("<iframe", "<frame", "<object", "<embed")  # the start tags of ``_FRAMES``, sought in the markup lowered
# The page's links, an image map's areas among them (a search engine follows those too).
_LINKS = "a[href], area[href]"
# A post's headline links to it; Bootstrap's cards head theirs with h5 ("card-title").
_HEADLINES = "h1 a[href], h2 a[href], h3 a[href], h4 a[href], h5 a[href]"
_STYLED_NO_SIZE = re.compile(r"(?<![\w-])(?:width|height):(?:0|0px|1px)(?![\w.%])")
_FRAME_WIDE = re.compile(r"(?<![\w-])width:(?:100%|100vw)")
_FRAME_TALL = re.compile(r"(?<![\w-])height:(?:100%|100vh)")
_FRAME_LAID_OVER = re.compile(r"(?<![\w-])position:(?:fixed|absolute)")
# Where a single-page app's script draws it (Vue, React, Nuxt, Next.js, Quasar, Svelte, Angular).
APP_ROOTS = "#app, #root, #__nuxt, #__next, #q-app, #svelte, app-root, [ng-version], [data-reactroot]"
# What a single-page app's shell holds its data in (Next.js, Nuxt 2 and 3 by "__NUXT", Inertia, a script's own variable
# under its mount point): a page with one of them and little text (a mount and a <noscript>, ``_DATA_SHELL_TEXT``) is
# read for the dates of the posts its script renders (``embedded.posts``), and for the titles it draws.
_APP_DATA_SIGNS = ("__NEXT_DATA__", "__NUXT", "data-page=", 'id="app"', 'id="root"', "id='app'")
# The markup's signs that open the rarer readings (an app's data, a feed plugin's widgets, hAtom's posts), each sought
# in its bytes (``literals``).
_MARKUP_SIGNS = (("app", _APP_DATA_SIGNS), ("feed", FEED_PLUGIN_SIGNS), ("hentry", ("hentry",)))
_MARKUP_SIGNS_HELD = tuple(sign for _, signs in _MARKUP_SIGNS for sign in signs)  # asked in one call
_NO_SIGNS: frozenset[str] = frozenset()
_DATA_SHELL_TEXT = 300
_NO_POSTS = Posts([], [])
_MAX_DATA_BLOCKS = 10
_SHELL_TEXT = 40  # characters of visible text an app's shell shows at most: "Memuat…", a loader's words
_FRAME_ONLY = 200  # characters of visible text beside a full-size frame, below which the frame is the page
# A defacer's page is a short message on show: an animated GIF, music or a video that plays by itself, a marquee.
# Looked for only in a page of a few links and a few lines, so that no other page pays for it.
_SHOWY = re.compile(r"autoplay|\.gif\b|<marquee", re.IGNORECASE)
_SHOWY_LINKS = 5
_SHOWY_TEXT = 600
# A button that is a link: its click sends the window to an address (a splash page's "Masuk ke Website").
_BUTTON_GOES = re.compile(
    r"""location(?:\.href)?\s*=\s*(["'])([^"']+)\1|location\.(?:assign|replace)\(\s*(["'])([^"']+)\3"""
)
_FRAME_POINTERS = {"window": "frame", "page": "frame_page"}
_MAX_SCRIPT_SOURCES = 50
# Legacy markup that hides: a <marquee> of no size, or one that scrolls too fast to be read (its
# usual amount is 6 pixels a step); <font color> in the colour of the page. A <font size="1"> is
# small (10 pixels) but read: not hidden.
_UNREADABLY_FAST = 500  # pixels a step: across a screen in two steps
# Where white text is not on the page's background: a region a theme paints (a banner, a hero image,
# a dark header or footer, a button), by its tag or by a word of its class or id.
_PAINTED_TAGS = frozenset({"header", "footer", "nav", "button", "marquee", "th"})
_PAINTED_WORDS = (
    "banner|hero|header|footer|navbar|nav|menu|dark|bg|slide|carousel|jumbotron|overlay|caption|btn|button|"
    "badge|label|alert|top-bar|topbar|masthead|cover|ticker|running|title-bar|highlight|popup|modal"
).split("|")
# An element whose descendants show their own colour is not hidden by its own: links take the
# theme's link colour, and a child may set another.
_OWN_COLOURS = 'a[href], [style*="color" i], font[color]'
_MAX_UNSEEN = 50  # elements in the colour of their background, each looked into
_MAX_SHEETS = 20  # the page's own <style> blocks that are read
_NO_PAINT = Paint({}, {})
_MAX_IMAGES = 500  # images, read for their alt and title
_MAX_IMAGES_ALONE = 100  # of those outside links (a gallery's photos), so that a gallery of hundreds stays cheap
# Images in links: their alt (and title) is the link's text, as search engines read it; the alt of an
# image outside a link is read as text no visitor sees. (``data-*`` attributes are not read: no browser
# shows them and no search engine reads them; a script that shows one is read as a script.)
# And images of no size in links: a link with nothing else in it is one no visitor sees (a search engine follows it).
_LINKED_IMAGES = (
    'a[href] img:is([alt]:not([alt=""]), [title], [width="0"], [width="1"], [height="0"], [height="1"], '
    '[style*="width" i], [style*="height" i])'
)
_TITLED_IMAGES = 'img:is([alt]:not([alt=""]), [title])'
# The same, read by the compiled search (``_selectors``) where lexbor's own engine would walk the whole document for
# the ``:is()`` it alone takes: its parts one by one (a value of no letters is alike in any case), the images in
# links named by their style looked at apart (``_linked_images``).
_IMAGE_NAMES = (
    '[alt]:not([alt="" i])',
    "[title]",
    '[width="0" i]',
    '[width="1" i]',
    '[height="0" i]',
    '[height="1" i]',
)
_LISTED_LINKED_IMAGES = ", ".join(f"a[href] img{names}" for names in _IMAGE_NAMES)
_LISTED_TITLED_IMAGES = ", ".join(f"img{names}" for names in _IMAGE_NAMES[:2])
# Other elements' titles (tooltips), read as text no visitor sees: a link's and an image's are read with them.
_TITLED = "[title]:not(a, area, img)"
_MAX_TITLED = 500
# HTML comments: most are a theme's marks ("<!-- .site-header -->"), read only where they mention a listed word.
_MAX_COMMENTS = 100
_MAX_WALKED = 50_000  # nodes walked for them: a real page has a few thousand
_MAX_COMMENT_CHARS = 100_000
_MAX_EXCLAMATIONS = 500  # "!" outside comments looked at, before "<!--" is looked for instead
_NO_COLOUR: Colour = (-1, -1, -1, 1.0)  # what no text colour equals: an image, a painted region
_UNSET = object()
# How page caches sign the copies they serve, in a comment at the end of the document: "Cached page generated by
# WP-Super-Cache on 2026-12-05 11:49:48", "Served from: … @ 2026-12-05 11:49:48 by W3 Total Cache", "Page cached by
# LiteSpeed Cache 6.5 on …", "WP Fastest Cache file was created in 0.31 seconds, on 05-12-26 11:49:48" (Hummingbird's
# is worded as WP Fastest Cache's, in lower case).
_PAGE_CACHE_MARKS = (
    "by WP-Super-Cache",
    "by W3 Total Cache",
    "by LiteSpeed Cache",
    "Cache file was created in",
    "cache file was created in",
)
_CACHE_MARKS_SHARE = "ache"  # what every one of the marks holds (a test sees that it does)
_CACHE_COMMENT_REACH = 3000  # characters at the end of the document: a cache appends its comment after </html>
_CACHE_EXCLAMATIONS = 20  # "!" at the end looked at for a comment's start, before the marks are looked for instead
T = TypeVar("T")
# What a hidden part's text may hold beside its links' and still be its links alone: a separator or two.
_BLOCK_LABEL = 3
_DOFOLLOW = 'a[rel~="dofollow" i]'
_PAGE_ROOTS = frozenset({"body", "html", "main"})
_MAX_SIBLINGS = 50
_MENU_TAGS = frozenset({"ul", "ol", "li", "nav", "dl", "menu", "select", "table"})
# The classes of a theme's folded parts: a sub-menu, a dropdown, a mega menu, a tab's pane, a collapsed panel or
# an accordion's, a modal, an off-canvas menu.
# A theme's part hidden for some readers only: a screen reader's text, a carousel's clone of a slide, one a
# framework shows on some screens ("d-none d-lg-block"); read as a menu's part is, never as a kit's block alone.
_SHOWN_PART_WORDS = ("sr-only", "screen-reader", "visually-hidden", "clone", "d-sm-", "d-md-", "d-lg-", "d-xl-")
_MENU_WORDS = ("menu", "dropdown", "tab", "collapse", "accordion", "modal", "offcanvas", "nav", *_SHOWN_PART_WORDS)
_MENU_REACH = 3  # ancestors of a hidden part looked at for a list or a menu it is in
_PART_WORDS = ("slide", "item", "tab", "pane", "panel")  # the classes of a carousel's slides, a tab's panes
_SLIDE_WORDS = ("slide", "carousel")
_HIDING_CLASSES = frozenset(("d-none", "hidden", "hide", "is-hidden", "invisible", "none"))  # that hide, naming nothing


class Link(NamedTuple):  # a page has hundreds: a tuple is made twice as fast as a frozen dataclass
    text: str
    href: str


class HiddenBlock(NamedTuple):
    """The links of one hidden part of the page, and what the part is: what tells a spam kit's hidden block (its
    links alone) from a theme's folded menu, tab or slide (among other links, under a name of its own)."""

    links: tuple[Link, ...]
    # Whether the part words more than its links (a tab's heading, a menu's label): a part of the page's own.
    worded: bool
    # Whether it is a menu's or a widget's part: a list, a menu, a dropdown, a tab, a modal (by its tag, its class or
    # its place in a list), or one of several siblings of its tag and class (a carousel's slides, a tab's panes);
    # a slide's or a pane's links are read with its siblings' (those of their parent).
    menu: bool
    # Whether the part has a class of the theme's own, not only one that hides ("d-none", "hidden"): an
    # accordion's answer, a toggled list, a slider's track (``_themed``).
    classed: bool = False


class Frame(NamedTuple):
    """A frame or iframe of the page: where it loads from, and how it shows."""

    href: str  # absolute
    hidden: bool  # of no size, hidden itself or inside a hidden element: loaded, never seen
    # "window": it is what the window shows (a frameset's frame, an iframe laid over the whole window);
    # "page": full size, with next to nothing beside it; "embed": a part of the page (a video, a map).
    place: str


class _HeadFacts(NamedTuple):  # made once a page: a tuple is made in a fifth of a frozen dataclass's time
    title: str
    metas: tuple[tuple[str, str], ...]
    feeds: tuple[str, ...]
    wp_api: str | None
    pointers: tuple[Pointer, ...]
    addresses: tuple[str, ...]
    links: tuple[str, ...]
    stated: tuple[Pointer, ...]
    more_titles: tuple[str, ...] = ()


@made_at_once
@dataclass(frozen=True)
class Pointer:
    """Where the page sends search engines or visitors instead of itself: a ``<link rel=amphtml>``
    or ``rel=canonical``, its ``<base href>``, a ``<meta http-equiv=refresh>``'s address, the server's ``Refresh``
    header's (``with_refresh_header``), a frame shown in its place (a frameset's, an iframe over the
    whole window or the whole page), or an address its inline scripts send the browser to."""

    # "amphtml", "canonical", "base", "refresh", "refresh_header", "frame", "frame_alone" (the page's only frame, laid
    # over the whole window), "frame_page", "redirect" (``sent_away``), script_redirects' kinds, or where the head says
    # the page is: "og_url", "hreflang" (``Page.stated_addresses``), "structured" (its JSON-LD's: ``hijack.stated``)
    kind: str
    href: str  # absolute


@made_at_once
@dataclass(frozen=True)
class DateSources:
    """Where a page states its own dates, apart from its metas."""

    # Text and <time datetime> values of <article> elements, and the dates scripts render from their attributes
    # (``_attribute_dates``): every date there is content.
    in_articles: str
    elsewhere: str  # the same of the rest of the body without its chrome, volatile parts and copyright lines
    json_ld: tuple[str, ...] = ()  # the bodies of <script type="application/ld+json">
    wp_api: str | None = None  # the WordPress REST API root the page advertises
    timed: bool = False  # whether an <article> has its <time datetime>: a post the site dates
    # The paths of the links with a year ("/20…") in its asides and widgets (a "Terpopuler" sidebar's): no post of
    # the page's own list, whose addresses' months date it (``freshness.month_permalinks``).
    side_paths: frozenset[str] = frozenset()
    # Its posts' headlines: the links in its h1 to h4 outside its chrome, asides and widgets (``_headlines``).
    headlines: int = 0


@made_at_once
@dataclass(frozen=True)
class Page:
    title: str
    metas: tuple[tuple[str, str], ...]  # (name, content)
    visible_text: str
    hidden_texts: tuple[str, ...]
    links: tuple[Link, ...]
    hidden_links: tuple[Link, ...]
    feed_urls: tuple[str, ...]
    main_text: str  # visible main content without volatile parts, for fingerprinting
    dates: DateSources  # what the page says of its own dates, zoned
    headings: tuple[str, ...] = ()  # the first visible h1/h2 texts, in page order
    # the first h1 to h4 text of its main content (of the body past its header and menus, where none is marked):
    # a theme's 404 puts its words in an h3
    main_headings: tuple[str, ...] = ()
    # Of a body that is its own main content (no container marks one): the text of the block its first
    # main heading heads (a notice in the content column of a theme of bare <div>s), if short; else "".
    main_block: str = ""
    tail_links: tuple[Link, ...] = ()  # after the site's footer or ending the body: where link farms go
    tail_text: str = ""  # the text there, in page order, its start: what a lone link after the footer comes after
    menu_link_count: int = 0  # of the links, those in the site's menus
    pointers: tuple[Pointer, ...] = ()  # its AMP and canonical versions, where it refreshes or its scripts go to
    scripts: tuple[str, ...] = ()  # its inline scripts' code: what ``document.write`` adds for Googlebot
    blank: bool = False  # nothing to read, run or show: the white page of an error that is not displayed
    source: str = ""  # the server-side language ("PHP") whose code the page is, sent as it is, not run
    head_addresses: tuple[str, ...] = ()  # its canonical, AMP, alternate and og:url addresses, absolute
    # Where its head says the page itself is, besides its canonical: its og:url ("og_url") and its versions in
    # other languages ("hreflang"), absolute.
    stated_addresses: tuple[Pointer, ...] = ()
    # The addresses on another host of its other <link>s: a stylesheet, a preconnect, its next page, its author.
    head_links: tuple[str, ...] = ()
    link_titles: tuple[str, ...] = ()  # the title attributes (tooltips) and aria-labels of its links
    image_links: tuple[Link, ...] = ()  # its links' images: their alt and title as the text, the link's address
    image_texts: tuple[str, ...] = ()  # the alt and title of its other images: read by search engines, never seen
    frames: tuple[Frame, ...] = ()  # its frames and iframes
    script_sources: tuple[str, ...] = ()  # the addresses of its scripts from another host, absolute
    frame_scripts: tuple[str, ...] = ()  # the code of the inline scripts of its iframes' documents (``srcdoc``)
    # Text shown outside the page's text: the <text> of its SVGs drawn at a size, the text of the documents
    # its shown iframes hold (``srcdoc``), the titles an app's shell draws from its data; and those documents' links.
    shown_texts: tuple[str, ...] = ()
    shown_links: tuple[Link, ...] = ()
    # Whether a PHP message in its text may be one PHP printed: PHP starts each on a line of its own
    # ("<br />\n<b>Warning</b>:", "\nWarning:"), where a tutorial quotes one inside its sentence.
    php_lined: bool = True
    # The texts of the elements it quotes code or a message in (``_QUOTING``), each cut short.
    quoted_texts: tuple[str, ...] = ()
    # The texts of its <pre> blocks (a terminal's transcript a lesson shows: ``uname -a``, ``ls -l``), each cut short.
    preformatted_texts: tuple[str, ...] = ()
    # The entries of its reference tables and glossaries (``_listed_texts``), each cut short.
    listed_texts: tuple[str, ...] = ()
    # The texts of its tables' rows that name an error between rows of data (``_rows_between``), each cut short.
    rows_between: tuple[str, ...] = ()
    # The texts of its h3 to h6 that head cards among cards (``_card_headings``), read only where it names an error:
    # where a printed error's block ends (the card "Antrean Loket 2" after the error in "Antrean Loket 1's").
    card_headings: tuple[str, ...] = ()
    # The words of ``ERROR_GATES`` its visible text has: found once, for its listings and for ``page_kind``'s errors
    # (None: not looked for, as of a page made but not parsed).
    error_gates: frozenset[str] | None = None
    # The lines of ``BLOGGER_NEEDLES`` its visible text has, found with ``error_gates`` (None: not looked for).
    blogger_lines: frozenset[str] | None = None
    asks_password: bool = False  # whether it has a password field: a login form
    # Whether it is a script's empty shell: next to no text, and the empty element a single-page app mounts in.
    app_shell: bool = False
    # Whether it is a few lines and a few links at most with a show put on (``_SHOWY``): how a defacer's page looks.
    showy: bool = False
    host: str = ""  # the host of its address: what its own links go to
    # The values of its address's query (a search's words, "slot gacor" of /?s=slot+gacor), lowered: what a search
    # page repeats in its title and heading of its own address, written by whoever asked for it.
    searched: tuple[str, ...] = ()
    # Its <title>s after the first: a browser shows the first, a search engine may read any.
    more_titles: tuple[str, ...] = ()
    # What visitors wrote into it by the site's own forms (``_VISITORS``: a story's comments, a guestbook, a Q&A),
    # shown: each part's text (a part of the visible text) and its links (some of the page's links).
    visitors_texts: tuple[str, ...] = ()
    visitors_links: tuple[Link, ...] = ()
    # Of a page of a few links (as a defacer's or a splash page): its buttons that are links, their text and where
    # their click sends the window (``<button onclick="location.href='/beranda'">``).
    button_links: tuple[Link, ...] = ()
    body_class: str = ""  # its <body>'s class: WordPress marks the page of its 404 template "error404"
    xml_root: str = ""  # the root element of an XML document, as sent: S3's and MinIO's bucket listing
    # The text of Cloudflare's Always Online banner, in its own element as Cloudflare puts it over the copy it serves
    # (``_cdn_banner``): a post quoting the banner's words has them in its prose.
    cdn_banner: str = ""
    # Whether it ends with a page cache's comment ("Cached page generated by WP-Super-Cache on …"): the server's
    # ``Last-Modified`` is then the time the cache wrote its copy, not the content's (``freshness._last_modified``).
    cached_copy: bool = False
    # The links of its hidden parts, part by part (of the parts it hides itself, a stylesheet's or a framework's
    # class hides): ``defacement``'s lone hidden links are read block by block.
    hidden_blocks: tuple[HiddenBlock, ...] = ()
    # Its links marked rel="dofollow": no value of rel a browser or a search engine knows, an SEO kit's mark.
    dofollow_links: tuple[Link, ...] = ()
    # The day in Bekasi it was read on, the check's: what its tables of days of data (``machine_parts``) and a
    # closing's first day (``page_kind``) are measured against. None: not known (a page read outside a check), and
    # the readings that need it are not made.
    today: date | None = None
    # What pure functions of the page computed of it, by their name: a page reused unchanged
    # (the shell keeps an application's last analysis) is scanned once. Not part of its value.
    derived: dict[str, object] = field(default_factory=dict, init=False, compare=False, hash=False, repr=False)


def derived(page: Page, name: str, compute: Callable[[Page], T]) -> T:
    """Return ``compute(page)``, computed once per page: ``compute`` must be a pure function of the page."""
    found = page.derived.get(name, _UNSET)
    if found is _UNSET:
        found = page.derived[name] = compute(page)
    return cast(T, found)


def parse_page(
    html: str,
    base_url: str,
    stylesheets: Sequence[HidingRules] = (),
    markup: Markup | None = None,
    *,
    today: date | None = None,
) -> Page:
    """Parse ``html`` once into title, metas, visible and hidden text, links and feed links.

    ``stylesheets`` are the hiding rules of the site's linked stylesheets (``css.hiding_rules``); ``markup`` is
    ``html``'s, where the caller has it; ``today`` the check's day in Bekasi (``Page.today``).
    """
    # A hostile page's nesting beyond a browser's depth left out; which of the rarer readings it calls for.
    # Its signs are looked for in its UTF-8 bytes (``literals``), which lexbor reads too.
    tree, signs = parse_html(html, (markup := markup or Markup(html)).raw, markup.angles()), _markup_signs(markup)
    # A white page is a short one, or one of nothing (a cache file of NULs, its disk full as it was written).
    blank = (len(html) <= _BLANK_MAX_CHARS or _SHOWN_CHARACTER.search(html) is None) and _blank(tree)
    json_ld = _json_ld(tree)
    sheets = _own_sheets(tree, markup)
    removed, kept = _hidden_nodes(tree, sheets, stylesheets, markup)
    unread = _comments(tree, html) + _head_noscripts(tree, html, removed)  # markup no visitor reads, read as hidden
    hidden_nodes = _outermost(removed + kept)
    hidden_ids = {n.mem_id for n in hidden_nodes}
    found_frames, documents = _frames(tree, markup, hidden_ids, base_url)  # before the hidden are taken out
    titles = _titles(tree)  # the hidden elements' too, and their links'
    hidden_links, hidden_blocks, hidden_node_texts = _hidden_reading(hidden_nodes, base_url, titles)
    image_links, image_texts, unseen_links = _image_links(tree, base_url)  # the hidden elements' too
    # The hidden elements' text, their titles', and the text the sheets put in hidden places.
    hidden_texts = [*filter(None, hidden_node_texts), *filter(None, map(_squash, titles))]
    if sheets:  # no comprehension made and run for nothing: many pages have no <style>, a steady check no rules
        hidden_texts += [t for css in sheets for t in inline_hiding_rules(css).contents]
    if stylesheets:
        hidden_texts += [t for rules in stylesheets for t in rules.contents]
    hidden_refreshes, handlers = _run_hidden(tree, removed, base_url)  # before they are taken out
    decompose_all(_outermost(removed))
    cdn_banner = _cdn_banner(tree, markup)  # before the page's chrome is taken out: its banner is in none
    scripts, script_sources = _scripts(tree, base_url, handlers)
    # A single-page app's embedded data (its posts' dates), where the markup shows an app's signs.
    data_blocks = _data_blocks(tree) if "app" in signs else None
    shown = _Reading([], [])
    _decompose_non_content(tree, base_url, hidden_texts, hidden_links, shown.texts, markup)
    framed = _read_documents(documents, unread, base_url, shown, _Reading(hidden_texts, hidden_links))
    head = _head_facts(tree, base_url, markup.has_any(_BASE_TAGS))
    body = tree.body
    root = (select_first(tree, _MAIN) or body) if body is not None else None
    # The main content's words and the body's, read in one walk, for the main text and the visible text.
    main_words, visible = _main_and_visible(body, root)
    visitors = _visitors(tree, base_url) if markup.has_any(_VISITORS_SIGNS) else _Reading([], [])
    frames, over_all = _placed_frames(found_frames, visible)
    walked = _walk_names(body) if body is not None else _NO_NAMES  # before anything is taken out of the body
    # A running text moves on by itself: a welcome with the server's date, a ticker (as a class named "marquee").
    if body is not None:
        walked.volatile.extend(_tagged(tree, "marquee", markup)[:_MAX_MARKED])
    concealed = _concealed(walked.concealed, hidden_ids, root)
    hidden_links += [*_concealed_links(concealed, base_url, hidden_blocks, hidden_texts), *unseen_links]
    link_titles: list[str] = []
    # Most pages have no image map: their links are sought by one selector, not two. Their places, not nodes.
    links, anchors = _page_links(tree, _LINKS if _tagged(tree, "area", markup) else "a[href]", base_url, link_titles)
    headings = tuple(_text(h)[:_MAX_TITLE_CHARS] for h in select(tree, "h1, h2")[:_MAX_HEADINGS])
    quoted = _quoted_texts(tree, markup)
    error_gates, blogger_lines = _gates_and_blogger_lines(visible)
    listed, between = _error_listings(tree, markup, error_gates)
    card_headings = _card_headings(tree) if error_gates else ()
    main_headings, main_block = _main_headings(body, root)
    tail_links, tail_text = _tail(tree, base_url)
    menu_link_count = _menu_link_count(tree, walked.menus, markup, anchors)  # the tree is as they were found
    host = _host_of(base_url)
    main_text, named_chrome, widgets, dated_parts = _main_text(body, root, main_words, walked, host)
    embedded = (
        _embedded(body, data_blocks) if data_blocks is not None and len(visible) < _DATA_SHELL_TEXT else _NO_POSTS
    )
    return Page(
        title=head.title,
        metas=head.metas,
        visible_text=visible,
        hidden_texts=tuple(hidden_texts),
        links=links,
        dofollow_links=_dofollow(tree, markup, base_url),  # before the tree is taken apart (``dates``)
        preformatted_texts=_preformatted_texts(tree, markup),  # and so
        hidden_links=tuple(hidden_links),
        hidden_blocks=tuple(hidden_blocks),
        feed_urls=head.feeds,
        main_text=main_text,
        dates=_date_sources(  # it takes the tree apart
            tree,
            json_ld,
            head.wp_api,
            host,
            named_chrome,
            widgets,
            dated_parts,
            _data_dates(html, markup),
            embedded.dates,
            "hentry" in signs,
            "feed" in signs,
            today,
        ),
        headings=headings,
        main_headings=main_headings,
        main_block=main_block,
        tail_links=tail_links,
        tail_text=tail_text,
        menu_link_count=menu_link_count,
        pointers=(
            head.pointers
            + hidden_refreshes
            + (
                tuple(
                    Pointer(over_all if f.place == "window" else _FRAME_POINTERS[f.place], f.href)
                    for f in frames
                    if f.place in _FRAME_POINTERS
                )
                if frames  # most pages: none, and no generator made
                else ()
            )
            + (
                tuple(Pointer(kind, urljoin(base_url, to)) for kind, to in targets)
                if (targets := script_targets(scripts))
                else ()
            )
        ),
        scripts=tuple(filter(str.strip, scripts)),
        blank=blank,
        source=_source_language(html),
        head_addresses=head.addresses,
        stated_addresses=head.stated,
        head_links=head.links,
        link_titles=tuple(link_titles),
        image_links=tuple(image_links),
        image_texts=tuple(image_texts),
        frames=frames,
        script_sources=script_sources + framed.sources,
        frame_scripts=framed.scripts,
        shown_texts=(*shown.texts, *embedded.titles),
        shown_links=tuple(shown.links),
        php_lined=_php_lined(html, markup),
        quoted_texts=quoted,
        listed_texts=listed,
        error_gates=error_gates,
        blogger_lines=blogger_lines,
        rows_between=between,
        card_headings=card_headings,
        asks_password=_asks_password(markup, body),
        app_shell=len(visible) < _SHELL_TEXT and body is not None and _empty_mount(body),
        showy=len(links) <= _SHOWY_LINKS and len(visible) < _SHOWY_TEXT and _SHOWY.search(html) is not None,
        host=host,
        searched=_searched(base_url),
        more_titles=head.more_titles,
        visitors_texts=tuple(visitors.texts),
        visitors_links=tuple(visitors.links),
        button_links=_button_links(tree, base_url) if len(links) <= _SHOWY_LINKS and "onclick" in html else (),
        body_class=(body.attributes.get("class") or "") if body is not None else "",
        xml_root=_xml_root(html),
        cdn_banner=cdn_banner,
        cached_copy=_cached_copy(html),
        today=today,
    )


def _cdn_banner(tree: HTMLParser, markup: Markup) -> str:
    """Return the text of Cloudflare's Always Online banner: the element it adds over the copy of a page it serves
    while the server behind it is down, ``<div id="cf_alert_div">`` of old, ``id="cf-always-online-…"`` of late."""
    if not markup.has_any(_CDN_BANNER_SIGNS):
        return ""  # most pages
    node = select_first(tree, _CDN_BANNER)
    return _text(node)[:_MAX_TITLE_CHARS] if node is not None else ""


def _markup_signs(markup: Markup) -> frozenset[str]:
    """Return the kinds of ``_MARKUP_SIGNS`` the markup has."""
    held = markup.held(_MARKUP_SIGNS_HELD)
    if not held:
        return _NO_SIGNS  # most pages: none
    return frozenset(kind for kind, signs in _MARKUP_SIGNS if not held.isdisjoint(signs))


def _cached_copy(html: str) -> bool:
    """Return whether the document ends with a page cache's comment, as WP Super Cache, W3 Total Cache, LiteSpeed
    Cache, WP Fastest Cache and Hummingbird sign the copies they serve (a post about one of them names it in its
    text, not in a comment at the end)."""
    # Searched in place: a slice of a page beyond Latin-1 is copied and its widest character looked for.
    start = max(len(html) - _CACHE_COMMENT_REACH, 0)
    if not _comment_begins(html, start):  # a mark counts in a comment begun in the reach: "!", a character, sought
        return False
    if html.find(_CACHE_MARKS_SHARE, start) < 0:  # most pages: one search, not one a mark
        return False
    for mark in _PAGE_CACHE_MARKS:
        at = html.find(mark, start)
        if at >= 0 and html.rfind("<!--", start, at) > html.rfind("-->", start, at):
            return True
    return False


def _comment_begins(html: str, start: int) -> bool:
    """Return whether a comment's "<!--" may begin in ``html`` at ``start`` or after: False where none does; True
    where one does, or where too many "!" were looked at to tell."""
    at = html.find("!", start + 1)
    for _ in range(_CACHE_EXCLAMATIONS):
        if at < 0:
            return False
        if html.startswith("<!--", at - 1):
            return True
        at = html.find("!", at + 1)
    return at >= 0


def _button_links(tree: HTMLParser, base_url: str) -> tuple[Link, ...]:
    """Return the buttons of a page that are links: each one's text (an input's value) and the address its click
    sends the window to."""
    found = []
    for node in select(tree, "button[onclick], input[onclick]")[:_SHOWY_LINKS]:
        goes = _BUTTON_GOES.search(node.attributes.get("onclick") or "")
        if goes is not None:
            text = _squash(node.attributes.get("value") or "") if node.tag == "input" else _text(node)
            found.append(Link(text, urljoin(base_url, goes[2] or goes[4])))
    return tuple(found)


def _quoted_texts(tree: HTMLParser, markup: Markup) -> tuple[str, ...]:
    if not markup.has_any(_QUOTING_TAGS):
        return ()  # most pages: no node is looked for
    return tuple(t for t in (_text(n)[:_MAX_QUOTED_CHARS] for n in select(tree, _QUOTING)[:_MAX_QUOTED]) if t)


def _preformatted_texts(tree: HTMLParser, markup: Markup) -> tuple[str, ...]:
    if not markup.has("<pre"):  # most pages: one search (a lesson's <PRE> of the 1990s is left as it was read)
        return ()
    found = (_text(n)[:_MAX_PREFORMATTED_CHARS] for n in select(tree, "pre")[:_MAX_PREFORMATTED])
    return tuple(t for t in found if t)


def _placed_frames(found: list[tuple[Frame, bool]], visible: str) -> tuple[tuple[Frame, ...], str]:
    """Return the page's frames, those that are the page placed so, and the kind of a pointer to a frame laid
    over the whole window."""
    alone = len(visible) < _FRAME_ONLY  # a full-size frame with next to nothing beside it is the page
    # A page of nothing but one frame is the frame, whatever size its own stylesheet gives it ("iframe{height:100%}").
    lone = len(found) == 1
    frames = tuple(
        frame._replace(place="page")
        if (full or (lone and frame.place == "embed" and not frame.hidden)) and alone
        else frame
        for frame, full in found
    )
    # A page of nothing but one frame laid over the whole window (a frameset of one frame, a lone iframe fixed over
    # it) is that frame, as a full-size one is: how a department shows a dashboard full screen, and an attacker
    # their site; ``hijack`` tells the two apart by the frame's address. One laid over the page's own content is not.
    return frames, "frame_alone" if lone and alone else "frame"


def _error_listings(
    tree: HTMLParser, markup: Markup, error_gates: frozenset[str]
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Return what the page lists of errors (``_listed_texts``) and its table rows between rows of data
    (``_rows_between``): read only on a page whose text names an error, so that a table of data costs no walk."""
    if not error_gates:
        return (), ()
    return _listed_texts(tree, markup), _rows_between(tree) if markup.has("<table") else ()


def _card_headings(tree: HTMLParser) -> tuple[str, ...]:
    """Return the texts of the page's h3 to h6 that head a card among cards: a block (of up to ``_CARD_CLIMB``
    levels above the heading) beside another of its tag and class with a heading of its own. A dashboard's or a
    queue display's cards ("Antrean Loket 1", "Antrean Loket 2") under the page's one h1, where one card may print
    its error and the others go on; not an error page's own headings, one after the other in one box."""
    found: list[str] = []
    for heading in select(tree, _MINOR_HEADINGS)[:_MAX_MINOR_HEADINGS]:
        text = _text(heading)
        if text and any(_beside_its_like(block, heading.tag) for block in _climb(heading, _CARD_CLIMB)):
            found.append(text[:_MAX_TITLE_CHARS])
    return tuple(found)


def _climb(node: Node, levels: int) -> Iterator[Node]:
    for _, block in zip(range(levels), _ancestors(node), strict=False):
        yield block


def _beside_its_like(block: Node, tag: str | None) -> bool:
    """Whether the element before or after ``block`` is of its tag and class and has a heading ``tag`` too."""
    kind = (block.tag, block.attributes.get("class"))
    for step in ("prev", "next"):
        sibling = getattr(block, step)
        while sibling is not None and sibling.tag in ("-text", "_comment", "-comment"):
            sibling = getattr(sibling, step)
        if sibling is not None and (sibling.tag, sibling.attributes.get("class")) == kind and tag:
            if select_first(sibling, tag) is not None:
                return True
    return False


def gates_in(text: str) -> frozenset[str]:
    """Return the words of ``ERROR_GATES`` in ``text``, each sought in its bytes (``literals``)."""
    return _ERROR_SIGNS.in_text(text)


def _gates_and_blogger_lines(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """Return the words of ``ERROR_GATES`` in ``text``, as ``gates_in`` (in its order), and the lines of
    ``BLOGGER_NEEDLES``, found in one pass."""
    said = _VISIBLE_SIGNS.in_order(text)
    return (
        frozenset(sign for sign in said if sign not in BLOGGER_NEEDLES),
        frozenset(sign for sign in said if sign in BLOGGER_NEEDLES),
    )


def _names_an_error(text: str) -> bool:
    return _ERROR_SIGNS.any_in(text)


def _listed_texts(tree: HTMLParser, markup: Markup) -> tuple[str, ...]:
    """Return the entries of the page's reference tables and glossaries: the cells of a table headed by ``<th>``
    in rows of more than one ("Kode | Pesan | Penanganan" of a helpdesk's list of errors, an API's "HTTP | Contoh
    Body"), and a definition list's terms. A handler prints its error alone, not as one cell of a row under a header.

    Also a log's short cells in rows of several, under no header ("28/11/2026 | SIPD | cURL error 28: … | Selesai"
    of a status page's past incidents, in a table or in rows of ``<span>``s), and a FAQ's questions: headings below
    the page's own, beside others of their level ("<h3>cURL error 28: Operation timed out</h3>", its answer, the
    next question). ``page_kind`` counts these only where one holds a whole error: CodeIgniter heads its own box
    "<h4>A PHP Error was encountered</h4>".
    """
    texts: list[str] = []
    if markup.has("<table"):
        for table in select(tree, "table"):
            headed = select_first(table, "th") is not None
            rows = [[_text(cell) for cell in select(row, "td")] for row in select(table, "tr")[:_MAX_QUOTED]]
            if headed or _logs_errors(rows):
                texts.extend(text[:_MAX_QUOTED_CHARS] for cells in rows if len(cells) > 1 for text in cells)
            if len(texts) >= _MAX_QUOTED:
                break  # of a long data table, its first rows
    if markup.has("<dt"):
        texts.extend(_text(term)[:_MAX_QUOTED_CHARS] for term in select(tree, "dl > dt")[:_MAX_QUOTED])
    texts.extend(_logged_spans(tree))
    texts.extend(_dated_entries(tree))
    for heading in select(tree, _QUESTION_HEADINGS)[:_MAX_QUOTED]:
        parent = heading.parent
        if parent is not None and sum(child.tag == heading.tag for child in parent.iter()) > 1:
            texts.append(_text(heading)[:_MAX_QUOTED_CHARS])
    return tuple(t for t in texts[:_MAX_QUOTED] if t)


def _logs_errors(rows: list[list[str]]) -> bool:
    """Whether a table without a header is a log of errors: rows of several short cells, in more than one of which
    an error is named. A data table whose one row holds the error its query threw prints it."""
    logged = [cells for cells in rows if len(cells) >= _LOG_CELLS and max(map(len, cells)) <= _LOG_CELL_CHARS]
    return len(logged) >= _LOG_ROWS and sum(any(map(_names_an_error, cells)) for cells in logged) >= _LOG_ROWS


def _dated_entries(tree: HTMLParser) -> Iterator[str]:
    """Yield the paragraphs of a log drawn as blocks of the same class side by side, each headed by its date ("<h4>3
    Des 2026 – SIPD tidak dapat diakses</h4><p>Penyebab: SQLSTATE[HY000] [1040] …</p>" of a status page's past
    incidents). A FAQ's answers are not dated: an error in one is the application's."""
    entries: dict[tuple[int, str], list[Node]] = {}
    for heading in select(tree, _ENTRY_HEADINGS)[:_MAX_QUOTED]:
        entry = heading.parent
        if entry is not None and entry.parent is not None and _YEARED.search(_text(heading)[:_LOG_CELL_CHARS]):
            entries.setdefault((entry.parent.mem_id, entry.attributes.get("class") or ""), []).append(entry)
    for same in entries.values():
        if len(same) >= _LOG_ROWS:
            for entry in same:
                yield from (_text(p)[:_MAX_QUOTED_CHARS] for p in entry.iter() if p.tag == "p")


def _rows_between(tree: HTMLParser) -> tuple[str, ...]:
    """Return the text of each table row that names an error between rows of data that name none: the error of one
    row's query ("Unknown column 'p.nik_kk' in 'field list'" in a list of recipients), printed where the
    application went on to the next row. PHP's fatal error stops the page; the rows after it say this one did not."""
    texts: list[str] = []
    for table in select(tree, "table")[:_MAX_QUOTED]:
        rows = select(table, "tr")[:_MAX_QUOTED]
        said = [_text(row) for row in rows]
        named = [_names_an_error(text) for text in said]
        data = [len(select(row, "td")) >= _LOG_CELLS and not error for row, error in zip(rows, named, strict=True)]
        texts.extend(
            said[i][:_MAX_QUOTED_CHARS] for i in range(1, len(rows) - 1) if named[i] and data[i - 1] and data[i + 1]
        )
    return tuple(texts)


def _logged_spans(tree: HTMLParser) -> Iterator[str]:
    """Yield the short cells of a log drawn without a table: rows of the same class side by side, each of several
    ``<span>``s ("28/11/2026 09.05 | SIPD | cURL error 28: … | Selesai" of a status page's past incidents)."""
    rows: dict[tuple[int, str], dict[int, Node]] = {}
    for cell in select(tree, _LOG_SPANS)[:_MAX_QUOTED]:  # a row's third cell, or a later one
        row = cell.parent
        if row is not None and row.parent is not None:
            rows.setdefault((row.parent.mem_id, row.attributes.get("class") or ""), {})[row.mem_id] = row
    for same in rows.values():
        if len(same) >= _LOG_ROWS:
            for row in same.values():
                cells = (_text(child) for child in row.iter() if child.tag == "span")
                yield from (text for text in cells if len(text) <= _LOG_CELL_CHARS)


def _asks_password(markup: Markup, body: Node | None) -> bool:
    # Most pages have no password field: the markup's words tell without a walk of the tree (one search: a
    # page's type="PASSWORD" is a curiosity).
    if body is None or not markup.has("assword"):
        return False
    return select_first(body, "input[type=password i]") is not None


def _empty_mount(body: Node) -> bool:
    """Return whether the body has the element a single-page app mounts in (``#app``, ``#root``, ...), empty."""
    mount = select_first(body, APP_ROOTS)
    return mount is not None and not (text_of(mount) or "").strip()


def _php_lined(html: str, markup: Markup) -> bool:
    """Return whether a PHP message ending " on line N" starts a line of the markup, as PHP prints one; or its
    uncaught exception ("<br />\n<b>Fatal error</b>:  Uncaught …"), whose stack trace may put its end far."""
    return (markup.has(" on line ") and _line_starts(html, " on line ", _PHP_REACH)) or (
        markup.has("Uncaught ") and _line_starts(html, "Uncaught ", _UNCAUGHT_REACH)
    )


def _line_starts(html: str, needle: str, reach: int) -> bool:
    at = html.find(needle)
    for _ in range(_PHP_NEEDLES):
        if at < 0:
            return False
        if _PHP_PRINTED.search(html, max(0, at - reach), at) is not None:
            return True
        at = html.find(needle, at + 1)
    return False


def sent_away(href: str) -> Page:
    """Return the page of an address whose server redirected to ``href`` where no page could be read (an
    error, a challenge, a host that does not answer): nothing but where it was sent (``Pointer`` "redirect")."""
    return Page("", (), "", (), (), (), (), "", DateSources("", ""), pointers=(Pointer("redirect", href),))


def with_refresh_header(page: Page, header: str, base_url: str) -> Page:
    """Return ``page`` with the address of the server's ``Refresh`` header among its pointers, if it names one.

    An empty body under it is no white page: the browser goes where the header says, as it would for a meta refresh.
    But for a refresh to the page itself ("Refresh: 0; url=/" at the root): the browser loads the same empty body
    again, and the visitor sees a white page still.
    """
    target = refresh_target(header)
    if not target:
        return page
    address = urljoin(base_url, target)
    pointers = (*page.pointers, Pointer("refresh_header", address))
    return replace(page, pointers=pointers, blank=page.blank and _same_address(address, base_url))


def _same_address(one: str, other: str) -> bool:
    a, b = urlsplit(one), urlsplit(other)
    return (a.scheme, a.netloc.lower(), a.path or "/", a.query) == (b.scheme, b.netloc.lower(), b.path or "/", b.query)


def with_link_header(page: Page, header: str, base_url: str) -> Page:
    """Return ``page`` with the AMP and canonical versions the server's ``Link`` header names among its pointers
    (``<https://…>; rel="canonical"``): search engines read them as they read the head's."""
    if "canonical" not in header and "amphtml" not in header:  # most: WordPress's API and short link
        return page
    found: list[Pointer] = []
    for target, params in _LINK_VALUE.findall(header[:_MAX_LINK_HEADER])[:_MAX_POINTERS]:
        rel = _LINK_REL.search(params)
        rels = (rel[1] or rel[2] or "").lower().split() if rel is not None and target.strip() else []
        found += [Pointer(kind, urljoin(base_url, target.strip())) for kind in _POINTER_RELS if kind in rels]
    return replace(page, pointers=(*page.pointers, *found)) if found else page


def _own_sheets(tree: HTMLParser, markup: Markup | None = None) -> list[str]:
    """Return the CSS of the page's own <style> blocks, bounded."""
    return [(text_of(sheet) or "")[:MAX_CSS_CHARS] for sheet in _tagged(tree, "style", markup)[:_MAX_SHEETS]]


def _tagged(tree: HTMLParser, tag: str, markup: Markup | None) -> list[Node]:
    """Return the elements named ``tag``: none, without the walk, where ``markup`` (the tree's, when given) has no
    start tag of the name in any case (a name is read as written: no reference in it is decoded). Where the index
    holds the tree (``indexed``: from the document's first search until it changes), the search reads the name's list
    of places, for less than the markup's names asked: the parser makes no element of these names but from its start
    tag, so that the search finds none where the markup has none."""
    return select(tree, tag) if markup is None or indexed(tree) or markup.has_folded(f"<{tag}") else []


def _hidden_nodes(
    tree: HTMLParser, sheets: list[str], stylesheets: Sequence[HidingRules], markup: Markup | None = None
) -> tuple[list[Node], list[Node]]:
    """Return the hidden elements: those the page hides itself (``sheets``: its own <style>), and those
    only aria-hidden, its stylesheets, a state a script or a click leaves, or their colour hide; ``markup`` is the
    tree's, where it is at hand (``_tagged``).

    Text in the colour of its background stays in the visible text: what lies behind it may be
    painted by a stylesheet that was not read.
    """
    body = tree.body
    if body is None:
        return [], []
    styled = _unique(select(tree, _SELF_HIDDEN))
    removed = [n for n in styled if _hides_itself(n)]
    coloured = [n for n in styled if "olor" in (n.attributes.get("style") or "").lower()]
    # By tag name: a search by a name alone is the cheapest (``_selectors``).
    removed += [n for n in _tagged(tree, "marquee", markup)[:_MAX_MARKED] if _marquee_hides(n)]
    coloured += [n for n in _tagged(tree, "font", markup)[:_MAX_MARKED] if "color" in n.attributes]
    own = [inline_hiding_rules(css) for css in sheets]
    # What a library's script reveals to every visitor is hidden by no rule of a stylesheet that hides
    # it as the library does (visibility, opacity); by one that hides it otherwise, it stays hidden.
    firm = _Firm((*own, *stylesheets))
    # Without a <style> (or a linked sheet's rules: a steady check reads none) their comprehensions are not run.
    by_rules = _matching(body, {s for rules in own for s in rules.selectors}) if own else []
    removed = _unique(removed + [n for n in by_rules if not _revealed(n, firm)] if by_rules else removed)
    taken = {n.mem_id for n in removed}
    # What the page's <style> hides but a script or a state may show stays in the text too.
    others = [
        _ARIA_HIDDEN,
        _FALLBACK,
        *((_FALLBACK_OBJECTS,) if _tagged(tree, "object", markup) else ()),
        *(
            sorted({s for rules in stylesheets for s in rules.selectors} | {s for r in own for s in r.faded})
            if own or stylesheets
            else ()
        ),
    ]
    kept = [n for n in _matching(body, others) if "aria-hidden" in n.attributes or not _revealed(n, firm)]
    kept += [n for n in _shrunk(body, stylesheets) if not _revealed(n, firm)] if stylesheets else []
    # A dialog not open, a disclosure closed: shown only when a script or a click opens them.
    kept += [n for tag in _CLOSED for n in _tagged(tree, tag, markup)[:_MAX_MARKED] if "open" not in n.attributes]
    paint = _own_paint(tuple(page_paint(css) for css in sheets)) if sheets else _NO_PAINT
    if coloured or paint.colours:
        backdrop = _backdrop(body, paint)
        # Classes and ids the page's <style> gives a colour that may be what lies behind them.
        coloured += _matching(body, _suspect_colours(paint, backdrop.page))
        kept += _unseen_colours(coloured, backdrop) if coloured else []
    return removed, [n for n in _unique(kept) if n.mem_id not in taken]


@lru_cache(maxsize=64)
def _own_paint(paints: tuple[Paint, ...]) -> Paint:
    """Return what the page's own <style> blocks paint together, a later rule's colour after an earlier one's."""
    if len(paints) == 1:
        return paints[0]
    backgrounds: dict[str, Background] = {}
    colours: dict[str, tuple[int, Colour]] = {}
    for index, paint in enumerate(paints):
        backgrounds.update(paint.backgrounds)
        colours.update({key: ((index << 32) + order, colour) for key, (order, colour) in paint.colours.items()})
    return Paint(backgrounds, colours)


@lru_cache(maxsize=64)
def _suspect_colours(paint: Paint, page: Background) -> tuple[str, ...]:
    """Return the classes and ids of ``paint`` whose text colour is none, or that of the page or of a
    background, but for those that paint their own background in another (a button, a top bar)."""
    grounds = {b[:3] for b in (*paint.backgrounds.values(), page) if b != UNKNOWN}
    return tuple(
        key for key, (_, colour) in paint.colours.items() if colour[3] == 0 or _on_ground(key, colour, paint, grounds)
    )


def _on_ground(key: str, colour: Colour, paint: Paint, grounds: set[tuple[int, int, int]]) -> bool:
    own = paint.backgrounds.get(key)
    return colour[:3] in grounds and (own is None or (own != UNKNOWN and own[:3] == colour[:3]))


def _marquee_hides(marquee: Node) -> bool:
    attrs = marquee.attributes
    sizes = {(attrs.get(side) or "").strip().lower() for side in ("width", "height")}
    amount = (attrs.get("scrollamount") or "").strip()
    return not sizes.isdisjoint(_NO_SIZE) or (amount.isdigit() and int(amount) >= _UNREADABLY_FAST)


def _backdrop(body: Node, paint: Paint) -> _Backdrop:
    own = paint.backgrounds
    declared = _declared_background(body, own)
    if declared is None and body.parent is not None:
        declared = _declared_background(body.parent, own)
    page = WHITE if declared is None else declared  # a page that declares no background is white
    return _Backdrop(body, own, page, {}, paint.colours, _colouring(paint))


@lru_cache(maxsize=64)
def _colouring(paint: Paint) -> str:
    """Return the selector of the elements that give their text a colour of their own, by ``paint`` too."""
    return ", ".join((_OWN_COLOURS, *paint.colours)) if paint.colours else _OWN_COLOURS


def _unseen_colours(coloured: list[Node], backdrop: _Backdrop) -> list[Node]:
    """Return the elements of ``coloured`` whose text has the colour of what lies behind it, or none."""
    unseen = [(n, c) for n in coloured[:_MAX_MARKED] if (c := _unseen_colour(n, backdrop)) is not None]
    found: list[Node] = []
    inside_found: set[int] = set()  # what is inside one found is hidden with it: not looked into again
    looked = 0
    for node, colour in unseen:
        if node.mem_id in inside_found:
            continue
        looked += 1
        if looked > _MAX_UNSEEN:
            break
        inside = _inside(node, backdrop.inside)
        if _alike_inside(node, colour, inside, backdrop.colours):
            found.append(node)
            inside_found.update(n.mem_id for n in inside)
    return found


class _Backdrop(NamedTuple):
    """What lies behind the elements of a page: its body's background, and those its elements declare;
    and the text colours its own <style> gives them."""

    body: Node
    own: dict[str, Background]  # declared by the page's <style>, by class, id, "body" and "html"
    page: Background
    behind: dict[int, Background]  # found so far, by element
    colours: dict[str, tuple[int, Colour]]  # of text, by class and id (``css.Paint``)
    inside: str  # the selector of the elements that give their text a colour of their own


def _unseen_colour(node: Node, backdrop: _Backdrop) -> Colour | None:
    """Return the colour of ``node``'s text where it cannot be seen on what lies behind it, else None."""
    colour = _own_colour(node, backdrop.colours)
    if colour is None:
        return None
    if colour[3] == 0:
        # Gradient text: the background is drawn through the letters.
        return None if painted_text((node.attributes.get("style") or "")[:_MAX_STYLE]) else colour
    return colour if same_colour(colour, _behind(node, backdrop)) else None


def _inside(node: Node, selector: str) -> list[Node]:
    try:
        return select(node, selector)
    except SelectolaxError:  # a class of the page's <style> that lexbor does not take
        return select(node, _OWN_COLOURS)


def _alike_inside(node: Node, colour: Colour, inside: list[Node], colours: dict[str, tuple[int, Colour]]) -> bool:
    """Whether no descendant of ``node`` (``inside``, that give their text a colour) shows: one in a colour
    of its own does, and a link in the theme's."""
    for inner in inside[:50]:
        inner_colour = _own_colour(inner, colours) if inner.mem_id != node.mem_id else colour
        if inner_colour is None or (inner_colour[:3] != colour[:3] and inner_colour[3] != 0):
            return False
    return True


def _behind(node: Node, backdrop: _Backdrop) -> Colour:
    """Return the background behind ``node``: the nearest one declared from it up to the body, else the page's.

    A background that is an image, or a region a theme paints, is none that text can be hidden on.
    """
    found: Background = backdrop.page
    passed = []
    current: Node | None = node
    while current is not None and current.mem_id != backdrop.body.mem_id:
        known = backdrop.behind.get(current.mem_id)
        declared = known if known is not None else _declared_background(current, backdrop.own)
        if declared is None and _looks_painted(current):
            declared = UNKNOWN
        if declared is not None:
            found = declared
            break
        passed.append(current.mem_id)
        current = current.parent
    backdrop.behind.update(dict.fromkeys(passed, found))
    return _NO_COLOUR if found == UNKNOWN else found


def _declared_background(node: Node, own: dict[str, Background]) -> Background | None:
    """Return the background ``node`` declares inline, by ``bgcolor`` or by a rule of the page's <style>, or None."""
    attrs = node.attributes
    declared = background((attrs.get("style") or "")[:_MAX_STYLE])
    if declared is None and attrs.get("bgcolor"):
        declared = _legacy_colour(attrs.get("bgcolor") or "") or UNKNOWN
    if declared is None and own:
        keys = [f".{c}" for c in (attrs.get("class") or "").lower().split()]
        keys += [f"#{(attrs.get('id') or '').lower()}", node.tag or ""]
        declared = next((own[k] for k in keys if k in own), None)
    return declared


def _own_colour(node: Node, colours: dict[str, tuple[int, Colour]]) -> Colour | None:
    """Return the colour ``node`` gives its text: by its style, a <font>'s colour attribute, or its
    classes' or id's in the page's <style> (``colours``)."""
    attrs = node.attributes
    style = attrs.get("style")
    colour = text_colour(style[:_MAX_STYLE]) if style else None
    if colour is None and node.tag == "font" and "color" in attrs:
        colour = _legacy_colour(attrs.get("color") or "")
    if colour is None and colours:
        colour = _class_colour(attrs, colours)
    return colour


def _class_colour(attrs: dict[str, str | None], colours: dict[str, tuple[int, Colour]]) -> Colour | None:
    # An id's rule wins over a class's; of the classes', the later rule.
    by_id = colours.get(f"#{(attrs.get('id') or '').lower()}") if attrs.get("id") else None
    if by_id is not None:
        return by_id[1]
    found = [colours[key] for key in (f".{c}" for c in (attrs.get("class") or "").lower().split()) if key in colours]
    return max(found)[1] if found else None


def _legacy_colour(value: str) -> Colour | None:
    # <font color="ffffff"> and <td bgcolor="ffffff"> are read without the "#" as well.
    value = value.strip()
    if len(value) in (3, 6) and all(c in "0123456789abcdefABCDEF" for c in value):
        value = f"#{value}"
    return parse_colour(value)


def _looks_painted(node: Node) -> bool:
    if node.tag in _PAINTED_TAGS:
        return True
    attrs = node.attributes
    words = f"{attrs.get('class') or ''} {attrs.get('id') or ''}".lower()
    return any(word in words for word in _PAINTED_WORDS)


def _decompose_non_content(
    tree: HTMLParser,
    base_url: str,
    texts: list[str],
    links: list[Link],
    shown: list[str],
    markup: Markup | None = None,
) -> None:
    """Take out what is no content, adding to ``texts`` and ``links`` what templates and SVGs of no size hold,
    and to ``shown`` the text other SVGs draw; ``markup`` is the tree's, where it is at hand (``_tagged``)."""
    left = _MAX_TEMPLATE_CHARS
    drawn = bool(_tagged(tree, "text", markup))  # SVG's <text>: most pages have none
    for node in select(tree, _NON_CONTENT):
        unseen: Node | None = None
        if node.tag == "template" and left > 0:
            # lexbor keeps a template's content out of the tree: it is parsed on its own.
            held = (node.html or "")[: left + 1000]
            unseen = parse_html(held[held.find(">") + 1 : held.rfind("<")]).body
            left -= len(held)
        elif node.tag == "svg" and _drawn_at_no_size(node):
            unseen = node
        elif drawn and node.tag == "svg":
            # Its <text> only: its <title> and <desc> are not drawn, its <style> is CSS.
            shown += [text for text in map(_text, select(node, "text")) if text]
        if unseen is not None and (text := _text(unseen)):
            texts.append(text)
            links += _links([unseen], base_url)
        decompose(node)


class _Reading(NamedTuple):
    """Texts and links read of a part of the page."""

    texts: list[str]
    links: list[Link]


def _comments(tree: HTMLParser, html: str) -> list[str]:
    """Return the page's HTML comments, where they mention a listed word: left by a spam kit, or by a clean-up
    half done, and proof that the site was written into.

    Their markup is found first, and the tree walked for them only where that mentions a word: a comment's
    markup inside a script or a style is none. Of those, the ones that mention a word are read (a vendor's
    old menu commented out is not).
    """
    found: list[str] = []
    # By their "!": a page has few, and a search for one character is many times faster than for "<!--".
    at, other = html.find("!"), 0
    while at >= 0 and len(found) < _MAX_COMMENTS:
        if at and html.startswith("<!--", at - 1):
            end = html.find("-->", at + 3)
            found.append(html[at + 3 : end if end >= 0 else len(html)])
            at = html.find("!", end) if end >= 0 else -1
        elif other < _MAX_EXCLAMATIONS:
            other += 1
            at = html.find("!", at + 1)
        else:  # a page of exclamations (a hostile one): the comments are looked for as they are
            start = html.find("<!--", at)
            at = start + 1 if start >= 0 else -1
    if not found or not mentions("\n".join(found)[:_MAX_COMMENT_CHARS]):
        return []
    document = tree.root.parent if tree.root is not None else None  # comments after </html> are the document's
    walked = islice(document.traverse(), _MAX_WALKED) if document is not None else iter(())
    comments = islice((n.comment_content or "" for n in walked if n.is_comment_node), _MAX_COMMENTS)
    return [comment for comment in comments if mentions(comment)]


def _head_noscripts(tree: HTMLParser, html: str, removed: list[Node]) -> list[str]:
    """Return the markup of the ``<noscript>`` elements of the page's head, where it mentions a listed word.

    A browser that runs scripts reads one there as text and shows nothing of it; the parser, which runs none,
    leaves the head at its first element that a head cannot hold (a link, a <div>) and shows the rest in the
    body, where a kit's links would pass for visible ones. The parser leaves the element in the head, empty,
    among those the page hides (``removed``): its markup is looked for only then (a search of the page costs).
    """
    head = tree.head
    if head is None or not any(n.tag == "noscript" and _parent_is(n, head) for n in removed):
        return []
    at, body = html.find("<noscript"), html.find("<body")
    found: list[str] = []
    while at >= 0 and (body < 0 or at < body) and len(found) < _MAX_COMMENTS:
        start = html.find(">", at) + 1
        if start == 0:
            break
        end = html.find("</noscript", start)
        end = len(html) if end < 0 else end
        if mentions(html[start:end]):
            found.append(html[start:end])
        at = html.find("<noscript", end)
    return found


def _run_hidden(tree: HTMLParser, removed: list[Node], base_url: str) -> tuple[tuple[Pointer, ...], tuple[str, ...]]:
    """Return what runs in a browser though the page hides it: the refreshes of its ``<noscript>`` elements, and
    its elements' handlers that name ``location`` (a hidden image loads, and fails, all the same)."""
    return _noscript_refreshes(tree, removed, base_url), _handlers(tree)


def _noscript_refreshes(tree: HTMLParser, removed: list[Node], base_url: str) -> tuple[Pointer, ...]:
    """Return the refreshes of the page's ``<noscript>`` elements (a kit's in the head: every visitor, crawler or
    browser, that runs no script is sent on), but to a page that asks the visitor to turn JavaScript on.

    The page hides its ``<noscript>`` elements (``removed``), and they are taken out before its metas are read:
    they are looked for only where it has one.
    """
    if not any(node.tag == "noscript" for node in removed):
        return ()
    pointers: list[Pointer] = []
    for node in select(tree, "noscript meta[http-equiv]")[:_MAX_POINTERS]:
        attrs = node.attributes
        target = refresh_target(attrs.get("content") or "") if _refreshes(attrs) else ""
        address = urljoin(base_url, target) if target else ""
        if address and _domain_of(address) not in _JAVASCRIPT_HELP:
            pointers.append(Pointer("refresh", address))
    return tuple(pointers)


def _refreshes(attrs: dict[str, str | None]) -> bool:
    return (attrs.get("http-equiv") or "").strip().lower() == "refresh"


def _domain_of(address: str) -> str:
    host = (urlsplit(address).hostname or "").lower().rstrip(".")
    return host.removeprefix("www.")


def _handlers(tree: HTMLParser) -> tuple[str, ...]:
    """Return the code of the handlers that run by themselves once an element loads or fails to (``<img
    onerror>``, ``<svg onload>``) where it names ``location``: a kit's redirect is an inline script there too.
    Not what a click runs (a button that opens a document), nor the body's ``onload`` (``_scripts`` reads it).

    Sought in every page: a search of the two attributes' lists in the document's index (``_selectors``) costs less
    than the markup lowered and searched for their names."""
    found: list[str] = []
    for node in select(tree, "[onerror], [onload]"):
        if node.tag == "body":
            continue
        for name in ("onerror", "onload"):
            code = (node.attributes.get(name) or "")[:_MAX_SCRIPT_CHARS]
            if "location" in code:
                found.append(code)
        if len(found) >= _MAX_HANDLERS:
            break
    return tuple(found)


def _parent_is(node: Node, parent: Node) -> bool:
    return node.parent is not None and node.parent.mem_id == parent.mem_id


def _titles(tree: HTMLParser) -> list[str]:
    """Return the titles (tooltips) of the page's elements but links and images, which are read with those."""
    titled = (_squash(node.attributes.get("title")) for node in select(tree, _TITLED)[:_MAX_TITLED])
    return [title for title in titled if title]


class _Scripts(NamedTuple):
    """The code of inline scripts that run, and the addresses of scripts from another host."""

    scripts: tuple[str, ...]
    sources: tuple[str, ...]


def _read_documents(
    documents: list[tuple[str, bool]], unread: list[str], base_url: str, shown: _Reading, hidden: _Reading
) -> _Scripts:
    """Read the documents of the page's srcdoc frames, what they show into ``shown`` (all of an unseen one's
    into ``hidden``) and what they hide into ``hidden``; and the markup no visitor reads (``unread``: of its
    comments, of the <noscript>s of its head) into ``hidden``.

    Return the scripts of the frames' documents: what they write into a frame, seen or not, is read as the
    page's own scripts are (a comment's do not run).
    """
    scripts: list[str] = []
    sources: list[str] = []
    for markup, unseen, framed in [*((m, u, True) for m, u in documents), *((u, True, False) for u in unread)]:
        its_shown, its_hidden, its_scripts = _read_document(markup, base_url, framed)
        into = hidden if unseen else shown
        into.texts.extend(its_shown.texts)
        into.links.extend(its_shown.links)
        hidden.texts.extend(its_hidden.texts)
        hidden.links.extend(its_hidden.links)
        scripts += [code for code in its_scripts.scripts if code.strip()]
        sources += its_scripts.sources
    return _Scripts(tuple(scripts), tuple(sources))


def _read_document(markup: str, base_url: str, framed: bool) -> tuple[_Reading, _Reading, _Scripts]:
    """Return what a document within the page (a frame's srcdoc, a comment's markup) shows, what it hides
    (the titles of its elements and links too), and the scripts of a frame's."""
    tree = parse_html(markup)
    ran = _Scripts(*_scripts(tree, base_url)) if framed and select_first(tree, "script") is not None else _NO_SCRIPTS
    titles = _titles(tree)
    removed, kept = _hidden_nodes(tree, _own_sheets(tree), ())
    hidden_nodes = _outermost(removed + kept)
    hidden_links = _links(hidden_nodes, base_url, titles, images=True)
    hidden = _Reading([t for t in map(_text, hidden_nodes) if t], hidden_links)
    decompose_all(_outermost(removed))
    shown = _Reading([], [])
    _decompose_non_content(tree, base_url, hidden.texts, hidden.links, shown.texts)
    body = tree.body
    if body is not None:
        shown.texts[:0] = [text for text in (_text(body),) if text]
        shown.links.extend(_links([body], base_url, titles, images=True))
    hidden.texts.extend(t for t in map(_squash, titles) if t)
    return shown, hidden, ran


def _drawn_at_no_size(svg: Node) -> bool:
    attrs = svg.attributes
    return attrs.get("width") in _NO_SIZE or attrs.get("height") in _NO_SIZE


def _hides_itself(node: Node) -> bool:
    attrs = node.attributes
    if node.tag == "noscript" or "hidden" in attrs:
        return True
    style = (attrs.get("style") or "")[:_MAX_STYLE]
    if not style_hides(style):
        return False
    if hides(style) or not UNREADABLE_FONT_SIZE.search(style):
        return True
    # A font of no size alone hides nothing when the children set their own (the inline-block gap trick).
    sized = (c for c in select(node, '[style*="font-size" i]')[:50] if c.mem_id != node.mem_id)
    return all(UNREADABLE_FONT_SIZE.search(c.attributes.get("style") or "") for c in sized)


class _Firm:
    """The selectors of rules that hide otherwise than a library's reveal undoes, as one list, joined
    when first asked for (most pages have no element a library reveals)."""

    def __init__(self, rules: Sequence[HidingRules]) -> None:
        self._rules = rules
        self._joined: str | None = None

    def matches(self, node: Node) -> bool:
        if self._joined is None:
            self._joined = ", ".join(sorted({s for rules in self._rules for s in rules.firm}))
        try:
            return bool(self._joined) and node.css_matches(self._joined)
        except SelectolaxError:  # a selector lexbor does not take: hidden, as its rule says
            return True


def _revealed(node: Node, firm: _Firm) -> bool:
    """Whether a library's script reveals ``node`` and no rule of ``firm`` hides it otherwise."""
    return revealed(node.attributes) and not firm.matches(node)


def _shrunk(body: Node, stylesheets: Sequence[HidingRules]) -> list[Node]:
    """Return the elements a linked stylesheet gives a font size of nothing, within which nothing is sized again:
    of no element, class or id a rule of the sheets sizes, nor a style attribute that does."""
    selectors = {s for rules in stylesheets for s in rules.shrunk}
    if not selectors:
        return []
    sized = {key for rules in stylesheets for key in rules.sized}
    return [n for n in _matching(body, selectors)[:_MAX_SHRUNK] if not _sized_within(n, sized)]


def _sized_within(node: Node, sized: set[str]) -> bool:
    """Whether an element within ``node`` may be sized again (so many of them that not all were looked at too)."""
    for looked, inner in enumerate(node.traverse(include_text=False)):
        if looked > _MAX_SIZED_LOOKED or (looked and "*" in sized):
            return True
        attributes = inner.attributes
        if looked and (inner.tag in sized or "font" in (attributes.get("style") or "").lower()):
            return True
        keys = [f".{c}" for c in (attributes.get("class") or "").lower().split()]
        if not sized.isdisjoint(keys) or f"#{(attributes.get('id') or '').lower()}" in sized:
            return True
    return False


def _matching(body: Node, selectors: Sequence[str] | set[str]) -> list[Node]:
    if not selectors:
        return []
    try:
        found = select(body, ", ".join(selectors))
    except SelectolaxError:  # a selector lexbor does not take: the others still count
        found = [n for s in selectors for n in _matching(body, [s])] if len(selectors) > 1 else []
    return [n for n in _unique(found) if n.mem_id != body.mem_id]


def _unique(nodes: list[Node]) -> list[Node]:
    # lexbor returns a node once per selector of a list that it matches.
    return unique(nodes, _MAX_MARKED)


def _menu_link_count(tree: HTMLParser, named: list[Node], markup: Markup, anchors: list[int] | None = None) -> int:
    """Count the links in the site's menus, as ``nav a[href], [role=navigation] a[href], ...`` would.

    ``named`` are the menus the body names by class or id (``_walk_names``); ``anchors``, the places of the tree's
    links where the caller has them (``_page_links``': ``a[href]``, and its areas where it has an image map). A
    role's value is sought (by lexbor's engine, which walks the whole tree) only where an element has a role: the
    attribute's list in the document's index (``_selectors``) tells, for less than the markup lowered and searched
    for its name.
    """
    roles = select(tree, _MENU_ROLE) if select_first(tree, "[role]") is not None else []
    menus = [*_tagged(tree, "nav", markup), *roles, *named]
    if not menus:
        return 0
    if len(menus) <= _MAX_MARKED and all(menu.tag != "a" for menu in menus):  # no menu is itself one of the links
        # The page's links in a menu, by their places (``count_within``): one search, not a search and a set of node
        # objects a menu (a menu holds another, the links of both are counted once).
        if anchors is None or _tagged(tree, "area", markup):
            anchors = found_places(tree, "a[href]")
        count = count_within(tree, anchors, menus)
        if count < _MAX_MARKED:
            return count
    seen: set[int] = set()
    for menu in menus[:_MAX_MARKED]:
        seen.update(a.mem_id for a in select(menu, "a[href]") if a.mem_id != menu.mem_id)  # it matches the menu too
        if len(seen) >= _MAX_MARKED:
            break
    return len(seen)


def _tail(tree: HTMLParser, base_url: str) -> tuple[tuple[Link, ...], str]:
    """Return the links of the elements after the site's footer, or else of the run of link-only elements ending the
    body, and their text in page order (with the bare text between them after a footer: a sentence before a link)."""
    body = tree.body
    if body is None:
        return (), ""
    footer = _site_footer(tree, body)
    if footer is None:
        found = list(islice(_trailing_links(body), _MAX_TAIL))
        texts = [_text(n) for n in reversed(found)]
    else:
        found, texts = [], []
        for node in _following(footer, body):
            texts.append(_text(node))
            if node.tag != "-text":
                found.append(node)
                if len(found) == _MAX_TAIL:
                    break
    # Content after it: that <footer> was not the end of the page.
    if any(n.tag in ("main", "article") or select_first(n, "main, article") is not None for n in found):
        return (), ""
    return tuple(_links(found, base_url, images=True)), " ".join(t for t in texts if t)[:_MAX_TAIL_TEXT]


def _site_footer(tree: HTMLParser, body: Node) -> Node | None:
    # The last <footer> outside the content (an article has its own), or a footer by its name.
    for footer in reversed(select(body, "footer")[-20:]):
        if not any(a.tag in ("article", "main") for a in _ancestors(footer)):
            return footer
    return select_first(body, _FOOTER)


def _ancestors(node: Node) -> Iterator[Node]:
    parent = node.parent
    while parent is not None:
        yield parent
        parent = parent.parent


def _following(node: Node, body: Node) -> Iterator[Node]:
    """Yield the elements after ``node`` in ``body``, and the bare texts between them that are not blank."""
    current: Node | None = node
    while current is not None and current.mem_id != body.mem_id:
        sibling = current.next
        while sibling is not None:
            tag = sibling.tag
            if tag not in _NOT_TAIL or (tag == "-text" and (text_of(sibling, deep=False) or "").strip()):
                yield sibling
            sibling = sibling.next
        current = current.parent


def _trailing_links(body: Node) -> Iterator[Node]:
    node = body.last_child
    while node is not None:
        if node.tag not in _NOT_TAIL:
            if not _only_links(node):
                return
            yield node
        elif node.tag == "-text" and (text_of(node, deep=False) or "").strip():
            return
        node = node.prev


def _only_links(node: Node) -> bool:
    if node.tag == "a":
        return True
    anchors = select(node, "a[href]")[:_MAX_TAIL]
    text = len(_text(node))
    return bool(anchors) and text <= sum(len(_text(a)) + 3 for a in anchors) + 20


def _outermost(nodes: list[Node]) -> list[Node]:
    return outermost(nodes, _MAX_HIDDEN)  # those no other of them holds, each walked up in the compiled module


def _head_facts(tree: HTMLParser, base_url: str, based: bool = False) -> _HeadFacts:
    """Read the title, and the metas and links of the page in one pass (wherever in it they are).

    ``based``: the page may have a ``<base href>`` (its markup names one), read as a pointer: an injected
    one sends every relative link and resource of the page to another site.
    """
    # An SVG's <title> (a tooltip) among them: the first is the page's, as a browser shows it.
    title_nodes = select(tree, "title")[:_MAX_TITLES]
    title = _text(title_nodes[0], "")[:_MAX_TITLE_CHARS] if title_nodes else ""
    # Most pages have one: the comprehension of the others (a function made and run) left out.
    more_titles = (
        [_text(n, "")[:_MAX_TITLE_CHARS] for n in title_nodes[1:] if not _in_svg(n)] if title_nodes[1:] else []
    )
    metas: list[tuple[str, str]] = []
    feeds: list[str] = []
    pointers: list[Pointer] = []
    addresses: list[str] = []
    others: list[str] = []
    stated: list[Pointer] = []
    root = base_url[: base_url.find("/", base_url.find("//") + 2)]  # "https://host:port"
    wp_api: str | None = None
    # Each one's values, read in one compiled walk of its attributes (None where it has none).
    for meta, one, two, three, four, content in head_items(tree, _METAS_AND_LINKS):
        if meta:  # its itemprop, name, property and http-equiv
            # Microdata's itemprop names only the dates here: its other properties are the page's content.
            dated = (one or "").lower()
            name = (two or three or (dated if dated in _ITEMPROP_DATES else "")).lower()
            if name:
                metas.append((name, content or ""))
                if name == "og:url" and len(addresses) < _MAX_POINTERS:
                    addresses.append(urljoin(base_url, (content or "").strip()))
                    stated.append(Pointer("og_url", addresses[-1]))
            refresh = four is not None and four.strip().lower() == "refresh"
            target = refresh_target(content or "") if refresh else ""
            if target and len(pointers) < _MAX_POINTERS:
                pointers.append(Pointer("refresh", urljoin(base_url, target)))
            continue
        rel, href = one or "", two or ""  # and its type and hreflang
        if rel == "alternate" and (three or "").lower() in _FEED_TYPES:
            feeds.append(urljoin(base_url, href))
        elif rel == _WP_API_REL and wp_api is None:
            wp_api = urljoin(base_url, href)
        rels, href = rel.lower().split(), href.strip()
        # Most links are none of the pointers': their comprehension (a function made and run) left out.
        if href and len(pointers) < _MAX_POINTERS and not _POINTER_KINDS.isdisjoint(rels):
            pointers += [Pointer(kind, urljoin(base_url, href)) for kind in _POINTER_RELS if kind in rels]
        if href and len(addresses) < _MAX_POINTERS and not _ADDRESS_RELS.isdisjoint(rels):
            addresses.append(urljoin(base_url, href))
            if "alternate" in rels and four is not None:
                stated.append(Pointer("hreflang", addresses[-1]))
        elif href and len(others) < _MAX_POINTERS and _elsewhere(href, root):
            others.append(href)
    base = select_first(tree, "base[href]") if based else None
    href = (base.attributes.get("href") or "").strip() if base is not None else ""
    if href and len(pointers) < _MAX_POINTERS:
        pointers.append(Pointer("base", urljoin(base_url, href)))
    return _HeadFacts(
        title,
        tuple(metas),
        tuple(feeds),
        wp_api,
        tuple(pointers),
        tuple(addresses),
        tuple(others),
        tuple(stated),
        tuple(filter(None, more_titles)),
    )


def _in_svg(node: Node) -> bool:
    """Tell whether ``node`` is inside an SVG (whose <title> is an element's tooltip, not the page's)."""
    return any(parent.tag == "svg" for parent in islice(_ancestors(node), _MAX_TITLE_DEPTH))


def _visitors(tree: HTMLParser, base_url: str) -> _Reading:
    """Return the texts and links of the shown parts of the page that visitors wrote by the site's own forms
    (``_VISITORS``), outermost (read before the tree is taken apart)."""
    body = tree.body
    parts = _unique(_outermost(select(body, _VISITORS)[:_MAX_VISITORS])) if body is not None else []
    return _Reading([text for text in map(_text, parts) if text], _links(parts, base_url))


@lru_cache(maxsize=_ADDRESSES_KEPT)
def _host_of(address: str) -> str:
    """Return the host of ``address``, lowered (``SplitResult.hostname``; kept: a site's address is checked again and
    again)."""
    return urlsplit(address).hostname or ""


@lru_cache(maxsize=_ADDRESSES_KEPT)
def _searched(address: str) -> tuple[str, ...]:
    """Return the words ``address`` asks a search for, lowered: its query's values, and the folder after a search's in
    its path (WordPress's /search/slot+gacor/); a few, each of a few letters."""
    parts = urlsplit(address)
    values = [value for _, value in parse_qsl(parts.query)] if parts.query else []
    folders = parts.path.split("/")
    values += [unquote_plus(after) for before, after in pairwise(folders) if before.lower() in _SEARCH_FOLDERS]
    found = (w for v in values if _SEARCHED_MIN <= len(w := " ".join(v.lower().split())) <= _SEARCHED_CHARS)
    return tuple(islice(dict.fromkeys(w for w in found if any(c.isalpha() for c in w)), _MAX_SEARCHED))


def _elsewhere(href: str, root: str) -> bool:
    """Whether ``href`` is an address on another host than the page's (``root``: its scheme and host)."""
    if href.startswith(root) or _linked_site(href) is None:  # most: the site's own, absolute or relative
        return False
    return _linked_site(href) != _linked_site(root)


def _source_language(html: str) -> str:
    """Return the server-side language whose code ``html`` starts with: its interpreter was not run."""
    head = html[:_SOURCE_HEAD].lstrip(" \t\r\n\ufeff")[:5].lower()
    if not head.startswith(_SOURCE_OPENINGS):  # most pages: one call, not a generator over the starts
        return ""
    return next((language for start, language in _SOURCE_STARTS if head.startswith(start)), "")


def _xml_root(html: str) -> str:
    """Return the name of the root element of an XML document (``<?xml …?>`` first), as written."""
    found = _XML_ROOT.match(html, 0, _XML_HEAD) if html.startswith("<?xml") else None
    return found.group(1) if found else ""


def _blank(tree: HTMLParser) -> bool:
    # No element that runs, shows or loads anything (a frameset's page included), and no text.
    if select_first(tree, _SHOWS_OR_RUNS) is not None:
        return False
    body = tree.body
    return body is None or not (text_of(body) or "").strip()


def _scripts(
    tree: HTMLParser, base_url: str, handlers: tuple[str, ...] = ()
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Return the code of the page's inline scripts that run, bounded in number and in characters, and its
    elements' ``handlers`` that name ``location`` (``_handlers``), and the addresses of its scripts from another
    host."""
    found: list[str] = []
    sources: list[str] = []
    left = _MAX_SCRIPTS_CHARS
    origin = urlsplit(base_url)
    scheme, root = f"{origin.scheme}:", f"{origin.scheme}://{origin.netloc}"
    for node in select(tree, "script"):  # in page order
        attrs = node.attributes  # made once: a dict of them each time it is read
        src = attrs.get("src")
        if src:
            href = absolute(src, base_url, scheme, root)
            if not href.startswith(root + "/") and len(sources) < _MAX_SCRIPT_SOURCES:
                sources.append(href)
        elif left > 0 and len(found) < _MAX_SCRIPTS and _runs(attrs):
            code = (text_of(node) or "")[: min(_MAX_SCRIPT_CHARS, left)]
            found.append(code)
            left -= len(code)
    # What the body runs once loaded is an inline script too: ``<body onload="window.location='…'">``.
    onload = tree.body.attributes.get("onload") if tree.body is not None else None
    if onload and left > 0:
        found.append(onload[: min(_MAX_SCRIPT_CHARS, left)])
    return (*found, *handlers), tuple(sources)


_NO_SCRIPTS = _Scripts((), ())


def _frames(
    tree: HTMLParser, markup: Markup, hidden: set[int], base_url: str
) -> tuple[list[tuple[Frame, bool]], list[tuple[str, bool]]]:
    """Return the page's frames, each with whether it is a full-size one in the flow of the page:
    that one is the page only where next to nothing is beside it (``parse_page`` decides).

    Also return the documents its iframes hold (``srcdoc``), each with whether it is unseen.
    """
    found: list[tuple[Frame, bool]] = []
    documents: list[tuple[str, bool]] = []
    if not any(map(markup.has_folded, _FRAME_TAGS)):  # most pages have none: the walk for them is not paid for
        return found, documents
    left = _MAX_SRCDOC_CHARS
    for node in select(tree, _FRAMES)[:_MAX_FRAMES]:
        attrs = node.attributes
        style = (attrs.get("style") or "")[:_MAX_STYLE].lower().replace(" ", "")
        unseen = _drawn_at_no_size(node) or style_hides(style) or _STYLED_NO_SIZE.search(style) is not None
        unseen = unseen or not hidden.isdisjoint(_lineage(node))
        if "srcdoc" in attrs and left > 0:
            documents.append(((attrs.get("srcdoc") or "")[:left], unseen))
            left -= len(documents[-1][0])
        src = (attrs.get("data" if node.tag == "object" else "src") or "").strip()
        if not src or src.lower().startswith(("about:", "javascript:", "data:")):
            continue
        full = not unseen and _full_size(node, style)
        window = node.tag == "frame" or (full and _FRAME_LAID_OVER.search(style) is not None)
        found.append((Frame(urljoin(base_url, src), unseen, "window" if window else "embed"), full and not window))
    return found, documents


def _full_size(node: Node, style: str) -> bool:
    attrs = node.attributes
    wide = attrs.get("width") == "100%" or _FRAME_WIDE.search(style) is not None
    return wide and (attrs.get("height") == "100%" or _FRAME_TALL.search(style) is not None)


def _runs(attrs: dict[str, str | None]) -> bool:
    # A script's attributes say it is inline code: no src, and not a block of data (JSON-LD, a template, an import map).
    kind = (attrs.get("type") or "").strip().lower()
    return "src" not in attrs and (not kind or not any(word in kind for word in _DATA_SCRIPTS))  # most have none


def _links(
    nodes: list[Node],
    base_url: str,
    titles: list[str] | None = None,
    images: bool = False,
    bounds: list[int] | None = None,
) -> list[Link]:
    """Return the links in ``nodes``; their title and aria-label attributes go to ``titles``, when given.

    With ``images``, a link's text has the alt and title of its images too (read apart for the
    page's links: ``_image_links``). ``bounds``, when given, gets the count of links found after each node.
    A page has hundreds of links: the compiled module reads them (``links_in``), without a call back into Python
    for each; an address that is absolute or rooted (most) is made there as ``absolute`` makes it, each other one
    once (a menu's links come again in the footer, a post's in its title, image and "read more").
    """
    origin = urlsplit(base_url)
    scheme, root = f"{origin.scheme}:", f"{origin.scheme}://{origin.netloc}"
    return links_in(nodes, Link, base_url, scheme, root, titles, images, bounds)


def _page_links(tree: HTMLParser, query: str, base_url: str, titles: list[str]) -> tuple[tuple[Link, ...], list[int]]:
    """Return ``_links(select(tree, query), base_url, titles)`` and the places of the links found (``query``'s
    elements, each a link), read without a node made for each (``links_found``)."""
    origin = urlsplit(base_url)
    scheme, root = f"{origin.scheme}:", f"{origin.scheme}://{origin.netloc}"
    found, places = links_found(tree, query, Link, base_url, scheme, root, titles)
    return tuple(found), places


def _hidden_reading(
    nodes: list[Node], base_url: str, titles: list[str]
) -> tuple[list[Link], list[HiddenBlock], list[str]]:
    """Return the links of the hidden ``nodes``, the same as blocks (``HiddenBlock``), and each node's text (read
    once: a block's text is weighed against its links')."""
    texts = [_text(n) for n in nodes]
    bounds: list[int] = []
    links = _links(nodes, base_url, titles, images=True, bounds=bounds)
    return links, _hidden_blocks(nodes, texts, links, bounds, base_url), texts


def _concealed_links(
    concealed: list[Node], base_url: str, blocks: list[HiddenBlock], hidden_texts: list[str]
) -> list[Link]:
    """Return the links of the parts a framework's class hides; their blocks go to ``blocks``, their texts to
    ``hidden_texts`` (each read once: a block's text is weighed against its links')."""
    if not concealed:
        return []
    texts = [_text(n) for n in concealed]
    hidden_texts += [t for t in texts if t]
    bounds: list[int] = []
    links = _links(concealed, base_url, images=True, bounds=bounds)
    blocks += _hidden_blocks(concealed, texts, links, bounds, base_url)
    return links


def _dofollow(tree: HTMLParser, markup: Markup, base_url: str) -> tuple[Link, ...]:
    """Return the links a kit marks rel="dofollow" for search engines to follow (no browser or search engine knows
    the value); the string gates the walk."""
    return tuple(_links(select(tree, _DOFOLLOW), base_url)) if markup.has("dofollow") else ()


def _hidden_blocks(
    nodes: list[Node], texts: list[str], links: list[Link], bounds: list[int], base_url: str
) -> list[HiddenBlock]:
    """Return the hidden ``nodes`` that hold links as blocks (``HiddenBlock``); ``texts`` are their squashed texts,
    ``links`` their links, node by node, each node's ending at its ``bounds``."""
    blocks = []
    start = 0
    widgets: dict[int, HiddenBlock] = {}
    for node, text, end in zip(nodes, texts, bounds, strict=False):
        if end == start:
            continue
        own, start = tuple(links[start:end]), end
        # Its attributes and class read once for the three questions (a dict of them made each time is a cost).
        attributes = node.attributes
        kind = (attributes.get("class") or "").lower()
        parent = _widget_of(node, attributes, kind)
        if parent is None:
            said = sum([len(link.text) for link in own]) + len(own)
            blocks.append(HiddenBlock(own, len(text) > said + _BLOCK_LABEL, _menu_part(node, kind), _themed(kind)))
        elif parent.mem_id not in widgets:  # a carousel's slides, read once together
            widgets[parent.mem_id] = HiddenBlock(tuple(_links([parent], base_url, images=True)), False, True)
            blocks.append(widgets[parent.mem_id])
    return blocks


def _widget_of(node: Node, attributes: dict[str, str | None], kind: str) -> Node | None:
    """Return the parent of a hidden ``node`` that is one of several siblings of its tag and class (a carousel's
    slide, a tab's pane, a menu's item) hidden by its class or its state, but not the body's: a kit's blocks side by
    side at its end are none, nor an item a kit hides by its own style (``<li style="display:none">``), where a
    slide hidden so is one. ``attributes`` are the node's, ``kind`` its class lowered."""
    if not kind:
        return None
    # A slide a script hides by its style too (an older carousel's ``style="display:none"``); not a menu's item.
    if not _holds_one(kind, _SLIDE_WORDS if "style" in attributes else _PART_WORDS):
        return None
    parent = node.parent
    if parent is None or parent.tag in _PAGE_ROOTS:
        return None
    tag, named = node.tag, attributes.get("class")
    siblings = islice(
        (child for child in parent.iter(include_text=False) if child.mem_id != node.mem_id), _MAX_SIBLINGS
    )
    return parent if any(child.tag == tag and child.attributes.get("class") == named for child in siblings) else None


def _holds_one(text: str, words: tuple[str, ...]) -> bool:
    """Whether ``text`` holds one of ``words``: a loop, not ``any`` over a generator (a frame made for each of a
    page's hidden parts, some thousands of instructions)."""
    for word in words:
        if word in text:
            return True
    return False


def _themed(kind: str) -> bool:
    """Tell whether a hidden part's class (``kind``, lowered) names one of a theme's own (a widget's part), not only
    classes that hide."""
    return not _HIDING_CLASSES.issuperset(kind.split())


def _menu_part(node: Node, kind: str) -> bool:
    """Tell whether a hidden ``node`` (of the class ``kind``, lowered) is a menu's or a widget's part: a list or an
    item of one, a menu, a dropdown, a tab's pane, a folded panel, a modal (by its class), or inside a list or a
    menu."""
    if node.tag in _MENU_TAGS or _holds_one(kind, _MENU_WORDS):
        return True
    parent = node.parent
    for _ in range(_MENU_REACH):
        if parent is None or parent.tag in _PAGE_ROOTS:
            return False
        if parent.tag in _MENU_TAGS:
            return True
        parent = parent.parent
    return False


def _image_links(tree: HTMLParser, base_url: str) -> tuple[list[Link], list[str], list[Link]]:
    """Return the images of the page's links as links (their alt and title, and the link's address),
    the alt and title of the other images, and the links that are an image of no size and nothing else.

    An injected banner is an image linking to a gambling site: its alt is the link's text for
    search engines (and for a screen reader), as its title is a tooltip. An image alone with spam
    in its alt (an upload to the media library named for the gambling site) is read by search
    engines, and seen by no visitor; so is a link around a pixel, which search engines follow.
    """
    linked, titled = _named_images(tree)
    linked = linked[:_MAX_IMAGES]
    found = []
    unseen: list[Link] = []
    if linked:
        origin = urlsplit(base_url)
        scheme, root = f"{origin.scheme}:", f"{origin.scheme}://{origin.netloc}"
        for image in linked:
            anchor = image.parent  # its link: the nearest ancestor <a>, climbed without a generator
            while anchor is not None and anchor.tag != "a":
                anchor = anchor.parent
            if anchor is None:
                continue
            attributes = image.attributes  # one dict of them for its text and its size
            text = _image_text(attributes)
            link = Link(text, absolute(anchor.attributes.get("href") or "", base_url, scheme, root))
            if text:
                found.append(link)
            if _at_no_size(attributes) and _only_unseen_images(anchor):
                unseen.append(link)
    # The others by their two attributes alone: a gallery has hundreds, and the dict of all of an
    # image's attributes costs three times as much.
    in_links = {image.mem_id for image in linked}
    alone = []
    for image in titled[:_MAX_IMAGES]:
        if image.mem_id not in in_links:
            attrs = image.attrs
            alt, title = attrs.get("alt") or "", attrs.get("title") or ""
            text = f"{alt} {title}" if alt and title else alt or title
            if "\n" in text or "  " in text or "\t" in text:
                text = " ".join(text.split())
            if text.strip():
                alone.append(text)
            if len(alone) >= _MAX_IMAGES_ALONE:
                break
    return found, alone, unseen


def _named_images(tree: HTMLParser) -> tuple[list[Node], list[Node]]:
    """Return ``_linked_images(tree)`` and ``_once(select(tree, _LISTED_TITLED_IMAGES))``: from one pass of the
    compiled module over the document's images (``images_named``), where the document's index is current."""
    named = images_named(tree)
    if named is None:
        return _linked_images(tree), _once(select(tree, _LISTED_TITLED_IMAGES))
    linked, styled, titled = named
    for image in styled:  # in a link, named by none of the names: those sized by their style, lexbor's search
        style = (image.attributes.get("style") or "").lower()
        if "width" in style or "height" in style:
            return select(tree, _LINKED_IMAGES), titled
    return linked, titled


def _linked_images(tree: HTMLParser) -> list[Node]:
    """Return ``select(tree, _LINKED_IMAGES)``: the images in links with a name of ``_IMAGE_NAMES``, else, where one
    is sized by its style alone, lexbor's search (its place among the others is lexbor's walk's)."""
    found = _once(select(tree, _LISTED_LINKED_IMAGES))
    listed = {image.mem_id for image in found}
    for image in select(tree, "a[href] img[style]"):
        # An ASCII word's letters are lowered alike by Python and by lexbor's ``i``: a word found in either is found.
        style = (image.attributes.get("style") or "").lower()
        if image.mem_id not in listed and ("width" in style or "height" in style):
            return select(tree, _LINKED_IMAGES)
    return found


def _once(nodes: list[Node]) -> list[Node]:
    """Return ``nodes`` (a search's) each once: the compiled search, as lexbor, lists a node once per part of the
    selector it matches, one after the other, where ``:is()`` lists it once."""
    return [node for at, node in enumerate(nodes) if at == 0 or nodes[at - 1].mem_id != node.mem_id]


def _only_unseen_images(anchor: Node) -> bool:
    """Whether the link ``anchor`` shows nothing: no text, and images of no size only."""
    return not (text_of(anchor) or "").strip() and all(map(_image_at_no_size, select(anchor, "img")))


def _image_at_no_size(image: Node) -> bool:
    """Whether ``image`` is drawn at no size: by its width or height, as attributes or in its style."""
    return _at_no_size(image.attributes)


def _at_no_size(attrs: dict[str, str | None]) -> bool:
    """Whether an image of the attributes ``attrs`` is drawn at no size (``_image_at_no_size``)."""
    if attrs.get("width") in _NO_SIZE or attrs.get("height") in _NO_SIZE:  # as ``_drawn_at_no_size`` reads them
        return True
    style = (attrs.get("style") or "")[:_MAX_STYLE].lower().replace(" ", "")
    return _STYLED_NO_SIZE.search(style) is not None


def _image_text(attrs: dict[str, str | None]) -> str:
    """Return an image's alt and title (of its attributes ``attrs``), squashed."""
    return _squash(f"{attrs.get('alt') or ''} {attrs.get('title') or ''}")


def _main_and_visible(body: Node | None, root: Node | None) -> tuple[str, str]:
    """Return the main content's words and the body's text (``main_and_visible``), or where a text node ends cut
    short (UTF-8 that is not), the main content's and the texts around it, each read apart as they always were."""
    if body is None or root is None:
        return "", ""
    found = main_and_visible(body, root)
    if found is not None:
        return found
    main_words = _text(root)
    return main_words, _visible_text(body, root, main_words)


def _visible_text(body: Node, root: Node, main_words: str) -> str:
    """Return the body's text, given its main content's squashed: only the nodes around that are read."""
    around = _around(body, root)
    if around is None:
        return _text(body)
    before, after = around
    # lexbor puts the separator between any two text nodes, so the words of the parts are the body's.
    return " ".join(t for t in (*before, main_words, *after) if t)


def _around(body: Node, root: Node) -> tuple[list[str], list[str]] | None:
    """Return the texts before and after ``root`` in ``body``, in page order; None where it is not inside."""
    before: list[str] = []  # reversed, as they are walked
    after: list[str] = []
    node, left = root, _MAX_AROUND
    while node.mem_id != body.mem_id:
        sibling = node.prev
        while sibling is not None and left > 0:
            before.append(_text(sibling))
            sibling, left = sibling.prev, left - 1
        sibling = node.next
        while sibling is not None and left > 0:
            after.append(_text(sibling))
            sibling, left = sibling.next, left - 1
        parent = node.parent
        if parent is None or left <= 0:
            return None
        node, left = parent, left - 1
    return before[::-1], after


def _main_text(
    body: Node | None, root: Node | None, main_words: str, walked: _Names, host: str
) -> tuple[str, list[Node], list[Node], list[Node]]:
    """Return the main content's text without its volatile parts, and drop those of the whole body
    but the parts whose dates are the site's posts' (``_dated_parts``), which leave the text alone.

    The main content itself stays even where its own class looks volatile (lexbor's ``css``
    matches the node it starts from too). ``main_words`` are its words before (nothing was taken out of the
    tree since they were read).
    Also return the site's header, menu and footer that the body names by id or class, and its
    widgets, as ``walked`` found them, but for those dropped with a volatile part; and the parts kept
    for their dates.
    """
    if body is None or root is None:
        return "", [], [], []
    keep = _lineage(root)
    named, widgets = walked.chrome, walked.widgets
    # Each node once: lexbor lists a node once per selector it matches, and a node decomposed is freed.
    volatile = _unique([n for n in walked.volatile if n.mem_id not in keep])
    gone = _outermost(volatile)
    dated = _dated_parts(gone, volatile, host) if gone else set()
    kept: list[Node] = []
    if dated:
        gone = _outermost([n for n in volatile if n.mem_id not in dated])
        kept = _outermost([n for n in volatile if n.mem_id in dated])
    if gone:
        named, widgets, kept = _outside(named, gone), _outside(widgets, gone), _outside(kept, gone)
    # A part taken out beside the main content (a header's clock, a sidebar's counter) leaves its text as it was read.
    inside = bool(within(root, gone))
    if not kept and not inside:
        decompose_all(gone)
        return main_words, named, widgets, kept
    main_raw = text_of(root, " ")  # its text before, read only where it may change
    decompose_all(gone)
    raw = _text_without(root, within(root, kept)) if kept else text_of(root, " ")
    return (main_words if raw == main_raw else _squash(raw)), named, widgets, kept


def _dated_parts(outer: list[Node], volatile: list[Node], host: str) -> set[int]:
    """Return the ``mem_id`` of the volatile parts whose dates are the site's posts': a part that holds
    ``_POST_HEADLINES`` headlines of posts on the site (``_heads_posts``) and its slides, and a post's time
    named as a clock ("waktu", "jam-posting", "tgl-jam"), small, of one tag and class in two or more items
    each linking a post by its headline (``_posts``). A clock, a counter, a "hari ini" widget, an ad or a
    captcha heads no post. ``outer`` are the outermost of ``volatile``: what a part dropped holds goes with it.
    """
    own = _site_of(host)
    outer = outer[:_MAX_DATED]  # a hostile page's thousands: the rest dropped
    found = {n.mem_id for n in outer if _heads_posts(n, own)}
    others = [n for n in outer if n.mem_id not in found]
    if found:  # what a part kept holds: its slides (each heads one post), and a clock, a counter or a post's time
        outer_ids = {n.mem_id for n in outer}
        for node in volatile:
            if node.mem_id in outer_ids or found.isdisjoint(_lineage(node)):
                continue
            if _rotating(node) or _heads_posts(node, own):
                found.add(node.mem_id)
            else:
                others.append(node)
    alike: dict[tuple[str | None, str | None], list[Node]] = {}
    for node in others:
        text = text_of(node) or ""  # a time's: short, with its digits (an icon named for a clock has no text)
        if len(text) <= _MAX_TIME_CHARS and _DIGIT.search(text):
            alike.setdefault((node.tag, node.attributes.get("class")), []).append(node)
    for nodes in alike.values():
        if len(nodes) >= _POST_HEADLINES:
            found.update(n.mem_id for n in _posts(nodes))
    return found


def _heads_posts(part: Node, own: str) -> bool:
    """Return whether ``part`` holds ``_POST_HEADLINES`` headlines of posts: links on the site of a headline's
    length to as many addresses, or, in a rotating part (a slider, a carousel), headings of that length."""
    if len(text_of(part) or "") < _POST_HEADLINES * _HEADLINE_CHARS:  # a clock's, a counter's: no search to pay for
        return False
    linked = set()
    for anchor in select(part, "a[href]")[:_MAX_MARKED]:
        href = (anchor.attributes.get("href") or "").strip()
        if href[:1] == "#" or href[:11].lower() == "javascript:" or _linked_site(href) not in (None, own):
            continue
        if len(_text(anchor, "")) >= _HEADLINE_CHARS:
            linked.add(href)
            if len(linked) >= _POST_HEADLINES:
                return True
    if not _rotating(part):
        return False
    headings = {text for h in select(part, _HEADINGS)[:_MAX_MARKED] if len(text := _text(h)) >= _HEADLINE_CHARS}
    return len(headings) >= _POST_HEADLINES


def _rotating(part: Node) -> bool:
    attrs = part.attributes
    named = f"{attrs.get('class') or ''} {attrs.get('id') or ''}".encode().lower()
    return any(word in named for word in _ROTATING)


def _text_without(root: Node, parts: list[Node]) -> str:
    """Return the text of ``root`` without ``parts`` (inside it), which are left where they are: each is moved
    out of it (after it, in its parent) while the text is read, and back."""
    holder = root.parent
    if not parts or holder is None:
        return text_of(root, " ")
    places = [(part, part.parent, part.next) for part in parts]
    for part in parts:
        holder.insert_child(part, move=True)
    try:
        return text_of(root, " ")
    finally:
        # Backwards, so that a part's next sibling is in its place again when the part goes back before it.
        for part, parent, after in reversed(places):
            if after is not None:
                after.insert_before(part, move=True)
            elif parent is not None:
                parent.insert_child(part, move=True)


def _outside(nodes: list[Node], gone: list[Node]) -> list[Node]:
    """Return ``nodes`` but those that are, or are inside, one of ``gone``: about to be freed."""
    return outside(nodes, gone) if nodes else nodes


class _Names(NamedTuple):
    """What one walk of the body's elements with a class or an id finds (``_walk_names``)."""

    # With a volatile word in their class or id, as ``[class*=word i], [id*=word i]`` would list them:
    # in document order, an element once per selector it matches.
    volatile: list[Node]
    chrome: list[Node]  # the site's header, menu and footer by their names (``_CHROME`` less its tags)
    menus: list[Node]  # its menus by their names (``_MENUS`` less its tag and role)
    concealed: list[Node]  # hidden by a CSS framework's class (``_CONCEALING``)
    widgets: list[Node]  # a sidebar's widgets and feed readers' boxes, by their class (``_WIDGET_WORDS``)


_NO_NAMES = _Names([], [], [], [], [])
# What a class and an id name: volatile words, the site's chrome, a menu, a part a framework hides, a widget.
_Verdict = tuple[int, bool, bool, bool, bool]
_NOTHING: _Verdict = (0, False, False, False, False)


def _walk_names(body: Node) -> _Names:
    """Walk the body's elements with a class or an id once, for what three sets of selectors would find."""
    found = _Names([], [], [], [], [])
    # A page repeats its few class and id values, and most name nothing looked for: each distinct class and id is
    # judged once, and only the elements whose names say something are made nodes (``named``).
    for node, (hits, chrome, menu, concealed, widget) in named(body, _verdict, _NOTHING):
        if hits:
            found.volatile.extend([node] * hits)
        if chrome:
            found.chrome.append(node)
        if menu:
            found.menus.append(node)
        if concealed:
            found.concealed.append(node)
        if widget and len(found.widgets) < _MAX_WIDGETS:  # a hostile page's thousands cost nothing more
            found.widgets.append(node)
    return found


@lru_cache(maxsize=4096)  # a site's pages repeat their class and id values: each pair judged once a process
def _verdict(classes: str | None, id_: str | None) -> _Verdict:
    """Return what a class and an id name (``_NOTHING`` where they name nothing looked for)."""
    verdict = (_volatile_words(classes) + _volatile_words(id_), *_named(classes, id_))
    return verdict if any(verdict) else _NOTHING


@lru_cache(maxsize=4096)
def _named(classes: str | None, id_: str | None) -> tuple[bool, bool, bool, bool]:
    """Return whether a class and id name the site's chrome, a menu, a part a CSS framework hides, and a widget."""
    # Folded, as lexbor matches names on a page in quirks mode (and as ``_is_site_chrome`` reads them).
    words, name = frozenset((classes or "").lower().split()), (id_ or "").lower()
    return (
        name in _CHROME_IDS or not _CHROME_CLASSES.isdisjoint(words),
        name in _MENU_IDS or not _MENU_CLASSES.isdisjoint(words),
        not _CONCEALING.isdisjoint(words) and not any(map(_SHOWN.search, words)),
        not _WIDGET_WORDS.isdisjoint(words) or any("rss" in w for w in words),
    )


def _concealed(found: list[Node], hidden_ids: set[int], root: Node | None) -> list[Node]:
    """Return the outermost of the parts a framework's class hides, but those inside a part already
    hidden (``hidden_ids``: taken out or kept, before any was taken out) and those around the main
    content (a wrapper a script shows once the page is loaded)."""
    if not found:
        return []
    around = _lineage(root) if root is not None else set()
    chosen = {n.mem_id for n in found} | hidden_ids
    result = []
    for node in found[:_MAX_HIDDEN]:
        if node.mem_id in around:
            continue
        parent = node.parent  # alive, as every ancestor of a node still in the tree
        while parent is not None and parent.mem_id not in chosen:
            parent = parent.parent
        if parent is None:
            result.append(node)
    return result


@lru_cache(maxsize=4096)
def _volatile_words(value: str | None) -> int:
    if not value:
        return 0
    folded = value.encode().lower()  # as the selectors' ``i``, which folds ASCII letters only
    return sum(word in folded for word in _VOLATILE_BYTES) + (_SHORT_VOLATILE.search(value) is not None)


def _lineage(node: Node) -> set[int]:
    ids = set()
    current: Node | None = node
    while current is not None:
        ids.add(current.mem_id)
        current = current.parent
    return ids


def _main_headings(body: Node | None, root: Node | None) -> tuple[tuple[str, ...], str]:
    """Return the first heading of any level of the main content: of the body outside the site's
    header, menus and footer, where the page has no container of its own for it (a theme of bare <div>s).

    There, also the text of the block that heading heads (its parent), if short: a theme's notice is
    a heading and a few sentences where its content goes; a news list or an article is longer.
    """
    if body is None or root is None:
        return (), ""
    if root.mem_id != body.mem_id:
        first = select_first(root, _ANY_HEADING)  # not all of them: a news list's are many, each a node to build
        return ((_text(first)[:_MAX_TITLE_CHARS],) if first is not None else ()), ""
    heads = [h for h in select(body, _ANY_HEADING)[:_MAX_BODY_HEADINGS] if not any(map(_is_site_chrome, _ancestors(h)))]
    if not heads:
        return (), ""
    head = _text(heads[0])
    return (head[:_MAX_TITLE_CHARS],), _block(heads[0], head, body)


def _block(heading: Node, head: str, body: Node) -> str:
    """Return the text of the block ``heading`` heads, if short: its parent's, or further up where that is the
    heading alone (a card's header, before its body)."""
    block = heading.parent
    for _ in range(_BLOCK_CLIMB):
        if block is None or block.mem_id == body.mem_id:
            return ""
        raw = text_of(block, " ")
        if len(raw) > _MAX_BLOCK_CHARS:
            return ""
        text = _squash(raw)
        if text != head:
            return text
        block = block.parent
    return ""


def _is_site_chrome(node: Node) -> bool:
    if node.tag in ("header", "nav", "footer", "aside"):
        return True
    if node.tag != "div":
        return False
    attrs = node.attributes
    return bool(_CHROME_NAMES.intersection(f"#{attrs.get('id') or ''} {attrs.get('class') or ''}".lower().split()))


def _json_ld(tree: HTMLParser) -> tuple[str, ...]:
    # Matched in the selectors' index, its type compared in ASCII's cases, as ``str.lower`` compares it: no character
    # beyond ASCII lowers to one of its letters alone (the Kelvin sign's "k" is not one of them).
    found = select(tree, _JSON_LD_SCRIPTS)
    if not found:
        return ()  # most pages
    scripts = (text_of(s) or "" for s in found[:_MAX_JSON_LD])
    return tuple(t for t in scripts if len(t) <= _MAX_JSON_LD_CHARS)


def _date_sources(
    tree: HTMLParser,
    json_ld: tuple[str, ...],
    wp_api: str | None,
    host: str,
    named_chrome: list[Node],
    widgets: list[Node],
    dated_parts: list[Node],
    data_dates: frozenset[str],
    embedded: list[str],
    hatom: bool,
    plugins: bool = False,
    today: date | None = None,
) -> DateSources:
    """Zone the body for dating: its articles, and the rest without the site's chrome and other sites' feeds.
    ``data_dates`` are the names of the data attributes that may give a date that the markup has (``_data_dates``);
    ``embedded``, the dates of the posts an app's shell holds in its data (``_embedded``), are an article's;
    ``hatom``: whether the markup has hAtom's posts ("hentry"), whose dates may be in their titles only;
    ``plugins``: whether it has a social feed plugin's names (``machine_parts``); ``today``: the check's day.

    Runs after ``_main_text`` took the volatile parts out (and found ``named_chrome``), and takes the tree apart.
    The volatile parts it kept for their posts' dates (``dated_parts``) are read as the rest is, not as a list's
    items (``_item_dates``): a lone date of today in them is still a clock's (a part named for today or a clock
    that heads posts is no proof that its today is theirs).
    """
    body = tree.body
    if body is None:
        return DateSources("", "", json_ld, wp_api)
    chrome = _unique(_outermost(_site_chrome(tree, body, named_chrome)))  # each once (see _main_text)
    # A sidebar's and its widgets' (not a "news-feed" list's, which may be the page's own).
    sides = _outermost(_unique([*select(body, "aside"), *(w for w in widgets if "widget" in _class_of(w))]))
    side_paths = _side_paths(sides)
    headlines = _headlines(body, [*chrome, *sides])
    # The links of the menus, where articles nest (a static page of posts): a featured box's link to one of them is
    # to a section of the site ("/berita/"), not to a post. Looked for again below, the chrome gone. Their nodes
    # only then: most pages nest none.
    nest = select_first(body, "article article") is not None
    menu = _menu_links([a for node in chrome for a in select(node, "a[href]")]) if nest else _NO_PATHS
    if chrome:
        widgets, dated_parts = _outside(widgets, chrome), _outside(dated_parts, chrome)
    decompose_all(chrome)
    feeds = _outermost(_unique(_others_feeds(tree, host) + _others_widgets(widgets, host)))  # each once
    if feeds:  # before they are freed: a node's parents are read
        widgets, dated_parts = _outside(widgets, feeds), _outside(dated_parts, feeds)
    decompose_all(feeds)
    dated_parts = _drop_machine_parts(body, widgets, dated_parts, host, plugins, today)
    articles = select(body, "article")
    nested = bool(menu) and select_first(body, "article article") is not None
    if nested:
        # A static page of WordPress's is one <article> ("type-page") where a page builder lays out the whole
        # home page: the posts it lists are the articles, its widgets the page's (read as the rest is).
        pages = {a.mem_id: a for a in articles if _page_of_posts(a)}
        # Its featured post beside them ("featured-post", Astra's "ast-hero-post") is one too, in a box of its own.
        featured = [box for page in pages.values() for box in _featured(page, _site_of(host), menu)]
        articles = _outermost([*(a for a in articles if a.mem_id not in pages), *featured])
    # A static page's lone <article> is the page, not a post: only the items it lays out are read as articles.
    laid_out = None if nested or len(articles) != 1 else _laid_out(articles[0], _site_of(host))
    if laid_out is not None:
        articles = laid_out
    by_article = nested or laid_out is not None
    articles, texts = _without_todays_boxes(articles)  # before the times are read: a box's is the day it is shown
    in_times = (
        [t for a in articles for t in select(a, "time[datetime]")]
        if by_article
        else select(body, "article time[datetime]")
    )
    times = (_local_iso(t.attributes.get("datetime") or "") for t in in_times)
    attributed, attributed_elsewhere = _attribute_dates(tree, body, data_dates, articles, hatom)
    in_articles = "\n".join([*texts, *times, *attributed, *embedded])
    if articles and dated_parts:
        dated_parts = _outside(dated_parts, articles)
    decompose_all(articles)
    parts = [_dated_text(node) for node in dated_parts]
    decompose_all(dated_parts)
    if not articles or laid_out is not None:  # a theme of bare <div>s: its posts are a list of cards
        items = _item_dates(body, host)
        if items:
            in_articles = "\n".join((in_articles, *items))
    elsewhere = "\n".join((_dated_text(body), *parts, *attributed_elsewhere))
    return DateSources(
        in_articles,
        _without_copyright(elsewhere),
        json_ld,
        wp_api,
        timed=bool(in_times),
        side_paths=side_paths,
        headlines=headlines,
    )


def _class_of(node: Node) -> str:
    return (node.attributes.get("class") or "").lower()


def _side_paths(sides: list[Node]) -> frozenset[str]:
    """Return the paths of the links in the ``sides`` (the asides', the widgets') with a year
    (``DateSources.side_paths``)."""
    paths = set()
    for href in hrefs_in(sides):  # read without the links' nodes
        if "/20" in href:
            with suppress(ValueError):  # "http://[broken/2026/…"
                paths.add(urlsplit(href.strip()).path)
    return frozenset(paths)


def _headlines(body: Node, left_out: list[Node]) -> int:
    """Return how many headlines' links the body has outside the parts ``left_out`` (its chrome, asides, widgets):
    the posts a page lists, dated or not, as themes head them."""
    # Their links by one selector, not four: a selector matches a node by all its parents, left out or not. Counted
    # in the compiled module, no link's node made: a link listed once per selector it matches is counted as often.
    # A part's links (``select(part, "a[href]")``: the part too, if it is one) are those that are it or in it.
    return count_found_outside(body, _HEADLINES, left_out)


def _drop_machine_parts(
    body: Node, widgets: list[Node], dated_parts: list[Node], host: str, plugins: bool, today: date | None
) -> list[Node]:
    """Take out of ``body`` the parts whose dates a machine or the visitors write (``machine_parts``: a counter's, a
    social feed's, a data widget's, a guest book's), none the department's; return ``dated_parts`` but those in them.
    ``widgets`` are those still in the tree: another site's feeds went before."""
    machine = _outermost(_unique(machine_parts(body, widgets, _site_of(host), plugins, today)))
    if machine and dated_parts:
        dated_parts = _outside(dated_parts, machine)
    decompose_all(machine)
    return dated_parts


def _without_todays_boxes(articles: list[Node]) -> tuple[list[Node], list[str]]:
    """Return the articles that are no box of the day, and their texts (in one piece, joined by line breaks, where
    no article's head holds the words of one); take the boxes out of the tree."""
    if not articles:
        return articles, []
    # Read in one call, each's head looked at for the words there (most pages: no head holds them).
    text = joined_text(articles, "\n", _BOX_HEAD, _BOX_WORDS)
    if text is not None:
        return articles, [text]
    texts = [text_of(a, "\n") for a in articles]
    heads = "\n".join(text[:_BOX_HEAD] for text in texts)  # one look at every article's head, then each's
    if "Hari Ini" not in heads and "hari ini" not in heads and "HARI INI" not in heads:  # _BOX_WORDS
        return articles, texts
    boxes = [
        i for i, text in enumerate(texts) if _TODAYS_BOX.search(text, 0, _BOX_HEAD) and not _is_post(articles[i], text)
    ]
    if not boxes:
        return articles, texts
    for i in boxes:
        decompose(articles[i])
    kept = [i for i in range(len(articles)) if i not in boxes]
    return [articles[i] for i in kept], [texts[i] for i in kept]


def _is_post(article: Node, text: str) -> bool:
    """Return whether an article headed as a box of the day is a post so titled: it has a post's markup or words, or
    links its own page."""
    if select_first(article, _POST_MARKUP) is not None or "selengkapnya" in text.lower():
        return True
    for link in islice(select(article, "a[href]"), _MAX_POST_LINKS):
        path = urlsplit((link.attributes.get("href") or "").strip()).path
        if len([part for part in path.split("/") if part]) >= 2:
            return True
        if text_of(link, strip=True).lower().rstrip("»›→>. ") in _READ_ON:
            return True
    return False


def _laid_out(article: Node, own: str) -> list[Node] | None:
    """Return the items that a WordPress static page (a lone ``<article>``, "type-page") lays out, each under its
    heading (a post's card, a widget's box), or None where the page is not one or lists a post by its headline
    loose in its content: that whole article is then read as an article.

    The rest of such a page is the page's own, not a post: its title, a welcome, a top bar's date, a line of the
    time it took to render. Its dates are read as the rest of the body's are, where today's alone is a clock's (in
    an article it is a post's). An item is the nearest block above its heading with more than the heading, that
    holds no other heading and is no part of the article's frame (the article, its child: Astra's "entry-content").
    """
    if "type-page" not in (article.attributes.get("class") or "").split():
        return None
    headings = select(article, _HEADINGS)
    if len(headings) > _MAX_LAID_OUT:
        return None
    frame = {article.mem_id, *(child.mem_id for child in article.iter())}
    items: dict[int, Node] = {}
    for heading in headings:
        item = _item_of(heading, frame)
        if item is not None:
            items[item.mem_id] = item
        elif _headline(heading, own):
            return None
    return _outermost(list(items.values()))


def _item_of(heading: Node, frame: set[int]) -> Node | None:
    """Return the block ``heading`` heads inside an article (``_laid_out``), or None: it is loose in the frame, or
    a welcome's box (its heading links nothing, and its name is no post's)."""
    head = _text(heading, "")
    block = heading.parent
    for _ in range(_BLOCK_CLIMB):
        if block is None or block.mem_id in frame:
            return None
        if _text(block, "") != head:
            named = _NAMED_POST.search(block.attributes.get("class") or "") is not None
            return (
                block
                if (named or select_first(heading, "a[href]") is not None) and len(select(block, _HEADINGS)) == 1
                else None
            )
        block = block.parent
    return None


def _menu_links(links: list[Node]) -> frozenset[str]:
    """Return the paths the site's menus' ``links`` (the chrome's) go to, without a trailing slash; one ("") at the
    least."""
    hrefs = (a.attributes.get("href") or "" for a in links)
    return frozenset(("", *(href.strip().rstrip("/") for href in hrefs)))


def _featured(page: Node, own: str, menu: frozenset[str]) -> list[Node]:
    """Return the boxes of posts that a WordPress static page holding its posts as ``<article>``s lays out beside
    them: each the nearest block above a heading that links one of the site's posts by its headline, with more
    than the heading, no other heading of a link, no ``<article>``, and no part of the page's frame (the page, its
    child: Astra's "entry-content"). A section's "Berita Utama" above the headline is no link; a box named for a
    post ("featured-post", "sticky-news") may head it by a short headline ("Bantuan Banjir Jatiasih"), though not
    one of the menu's links (a news ticker's "Berita dan Pengumuman" to "/berita/").

    A welcome's heading, a top bar, a render time link no post: the page's own, read as the rest is.
    """
    headings = select(page, _HEADINGS)
    if len(headings) > _MAX_LAID_OUT:
        return []
    frame = {page.mem_id, *(child.mem_id for child in page.iter())}
    boxes = []
    for heading in headings:
        anchor = select_first(heading, "a[href]")
        if anchor is None or (anchor.attributes.get("href") or "").strip().rstrip("/") in menu:
            continue
        if not _headline(heading, own, min_words=1):
            continue
        head = _text(heading, "")
        block = heading.parent
        for _ in range(_BLOCK_CLIMB):
            if block is None or block.mem_id in frame or block.tag == "article":
                break
            if _text(block, "") != head:
                named = _NAMED_POST.search(block.attributes.get("class") or "") is not None
                linked = sum(select_first(h, "a[href]") is not None for h in select(block, _HEADINGS))
                if (named or _headline(heading, own)) and linked == 1 and select_first(block, "article") is None:
                    boxes.append(block)
                break
            block = block.parent
    return boxes


def _item_dates(body: Node, host: str = "") -> list[str]:
    """Return the dates of a list of posts that no ``<article>`` marks: the text of the elements of one class
    named for a date ("post-date", "tanggal", "entry-meta"), and the ``<time datetime>`` values, where the
    page has ``_MIN_ITEMS`` or more of them, each in an item of its own that links a post by its headline
    (``_posts``). Each is an item's date, as an article's is, even today's: a clock is one of a kind (a date
    alone on its line, today's, is otherwise taken for one), and a widget's rows of dates (visitors per day,
    prayer times, a queue, a sensor's last reading) link no headline. So is the date of one post of its own kind
    under its headline (``_headed``), a featured post's above the list.
    """
    by_class: dict[str, list[Node]] = {}
    for node in select(body, _ITEM_DATE_CLASSES)[:_MAX_DATED]:
        by_class.setdefault(node.attributes.get("class") or "", []).append(node)
    texts = (text_of(node, "\n") for nodes in by_class.values() if len(nodes) >= _MIN_ITEMS for node in _posts(nodes))
    # Not a data feed's stamp on each of a dashboard's cards ("Update: …", "Data per …"): the time it is shown.
    found = [text for text in texts if _STAMPED.search(text) is None]
    timed = select(body, "time[datetime]")[:_MAX_DATED]
    if len(timed) >= _MIN_ITEMS:
        values = (t.attributes.get("datetime") or "" for t in _posts(timed))
        times = [iso for iso in map(_iso_date, values) if iso]
        if len(times) >= _MIN_ITEMS and not _calendar(iter(times)):
            found += times
    lone = [node for nodes in by_class.values() if len(nodes) < _MIN_ITEMS for node in nodes][:_MAX_HEADED]
    headed = [text for node in lone if (text := _headed(node, _site_of(host)))]
    return (found or _listed_dates(body)) + headed


def _headed(node: Node, own: str) -> str:
    """Return the text of ``node``, an element named for a date, if it is a post's date under its headline: short
    (no stamp of the time it is shown), after the one heading of its item (the nearest of its ``_ITEM_REACH``
    ancestors with a heading) that links one of the site's posts by a headline of ``_HEADLINE_WORDS`` words or more.

    A header's date under the site's name links the home page; a section's heading ("Berita Terkini") is short, a
    widget's names today ("Agenda Hari Ini"); a clock above a list of posts follows none of its headings, or its
    item holds several.
    """
    text = text_of(node, "\n")
    if len(text) > _MAX_HEADED_DATE or _YEARED.search(text) is None or _STAMPED.search(text) is not None:
        return ""
    for ancestor in islice(_ancestors(node), _ITEM_REACH):
        headings = select(ancestor, _HEADINGS)
        if not headings:
            continue
        if len(headings) > 1 or not _before_node(headings[0], node, ancestor):
            return ""
        return text if _headline(headings[0], own) else ""
    return ""


def _before_node(heading: Node, node: Node, item: Node) -> bool:
    """Return whether ``heading`` comes before ``node`` in ``item``: it is, or is inside, an earlier sibling of
    ``node`` or of one of its ancestors inside ``item``."""
    above = _lineage(heading)
    current: Node | None = node
    while current is not None and current.mem_id != item.mem_id:
        sibling = current.prev
        while sibling is not None:
            if sibling.mem_id in above:
                return True
            sibling = sibling.prev
        current = current.parent
    return False


def _headline(heading: Node, own: str, min_words: int = _HEADLINE_WORDS) -> bool:
    """Return whether ``heading`` links one of the site's posts (not its home page) by a headline (of ``min_words``
    words or more)."""
    anchor = select_first(heading, "a[href]")
    if anchor is None:
        return False
    words = _text(anchor, "")
    if len(words) < _HEADLINE_CHARS or len(words.split()) < min_words or _TODAYS.search(words):
        return False
    href = (anchor.attributes.get("href") or "").strip()
    if href[:1] == "#" or href[:11].lower() == "javascript:" or _linked_site(href) not in (None, own):
        return False
    parts = urlsplit(href)
    return bool(parts.query) or parts.path.strip("/").lower() not in _HOME_PATHS


def _listed_dates(body: Node) -> list[str]:
    """Return the dates of a list of posts in small elements of one tag and class whatever its name
    (``_SHORT_DATED``), ``_MIN_ITEMS`` or more, each in an item of its own (or its own item: an ``<li>``)
    that links a post by its headline, newest first: their days go down the list, not all one.

    A widget's rows link no headline, or print one day on every row (a camera's, a queue's), or go up from
    today (a forecast, an agenda, a month's prayer times); a stamp with a time of day is left to the rest.
    """
    by_name: dict[tuple[str, str], list[Node]] = {}
    for node in select(body, _SHORT_DATED)[:_MAX_MARKED]:
        own = text_of(node, deep=False)
        if own and len(own) <= _MAX_OWN_DATE and _YEARED.search(own) and not _TIME_OF_DAY.search(own):
            by_name.setdefault((node.tag or "", node.attributes.get("class") or ""), []).append(node)
    found = []
    for nodes in by_name.values():
        if len(nodes) < _MIN_ITEMS:
            continue
        owns = list(_own_texts(_posts(nodes, itself=True)))
        # One scan of them all (each a line), as many dates as they are: each item's own.
        days = dates_in_text("\n".join(owns)) if len(owns) >= _MIN_ITEMS else []
        if len(days) == len(owns) and len(set(days)) > 1 and all(a >= b for a, b in pairwise(days)):
            found += owns
    return found


def _own_texts(nodes: list[Node]) -> Iterator[str]:
    for node in nodes:
        own = text_of(node, deep=False)
        if _STAMPED.search(own) is None:
            yield own


def _posts(dated: list[Node], itself: bool = False) -> list[Node]:
    """Return the elements of ``dated`` each in an item of its own that links a post by its headline: the largest
    of its nearest ``_ITEM_REACH`` ancestors (and, ``itself``, of the element too) that holds no other of them
    has a link of a headline's length."""
    lineages = [list(islice(_ancestors(node), _ITEM_REACH)) for node in dated]
    if itself:
        lineages = [[node, *lineage] for node, lineage in zip(dated, lineages, strict=True)]
    shared: dict[int, int] = {}
    for lineage in lineages:
        for ancestor in lineage:
            shared[ancestor.mem_id] = shared.get(ancestor.mem_id, 0) + 1
    posts = []
    for node, lineage in zip(dated, lineages, strict=True):
        own = list(takewhile(lambda ancestor: shared[ancestor.mem_id] == 1, lineage))
        item = own[-1] if own else None
        if item is not None and any(len(_text(a, "")) >= _HEADLINE_CHARS for a in select(item, "a[href]")):
            posts.append(node)
    return posts


def _data_blocks(tree: HTMLParser) -> list[str]:
    """Return the texts of the page's inline scripts that may hold an app's data (JSON, or a script assigning it),
    read before the scripts are taken out of the tree; bounded in number (``embedded`` bounds their length)."""
    blocks = []
    for node in select(tree, "script:not([src])"):
        text = text_of(node) or ""
        if "{" in text or "[" in text:
            blocks.append(text)
            if len(blocks) >= _MAX_DATA_BLOCKS:
                break
    return blocks


def _embedded(body: Node | None, blocks: list[str]) -> Posts:
    """Return the dates of the posts an app's shell holds in its data (``blocks``, and Inertia's ``data-page``), each
    an ISO date as ``_attribute_dates`` gives them or a short value as written ("4 Desember 2026"); and the titles
    of its lists' items, which its script draws (read as the page's shown text: ``Page.shown_texts``)."""
    page = select_first(body, "[data-page]") if body is not None else None
    if page is not None:
        blocks = [page.attributes.get("data-page") or "", *blocks]
    found = posts(blocks)
    dates = [date for value in found.dates if (date := _iso_date(value) or (value if len(value) <= 40 else ""))]
    return Posts(dates, [_squash(title) for title in found.titles])


def _data_dates(html: str, markup: Markup) -> frozenset[str]:
    """Return the names of the data attributes that may give a date (``_DATA_DATES``) that the markup has."""
    if not markup.has_any(_DATA_DATE_SIGNS):
        return frozenset()  # most pages: the expression's search of the string is not run
    return frozenset(found.group(1) for found in _DATA_DATES.finditer(html))


def _attribute_dates(
    tree: HTMLParser, body: Node, data_dates: frozenset[str], articles: list[Node], hatom: bool = False
) -> tuple[list[str], list[str]]:
    """Return the dates of the body's elements that give one in an attribute a script renders, as ISO dates:
    those in one of ``articles`` (or that are one) and the others.

    A ``<time>`` without its ``datetime`` may give it in its title, as a post's ``<abbr>`` does; so do the hAtom
    microformat's "published" and "updated" of a post ("hentry", in old Blogger and WordPress themes: ``<span
    class="updated" title="2026-12-04T08:15:00+07:00">``), read where ``hatom`` says the markup has such posts.

    An attribute that dates ``_CALENDAR_DAYS`` days in a row on the page gives a calendar's days: none is read.
    """
    if not hatom and not data_dates and select_first(tree, _ATTRIBUTE_DATED) is None:
        return [], []  # most pages: none of the elements below is in them (one search, not five)
    found = [(n, "datetime", n.attributes.get("datetime")) for tag in _DATE_ELEMENTS for n in select(tree, tag)]
    # An ISO title only (``_iso_date``).
    found += [(n, "title", n.attributes.get("title")) for n in select(tree, "abbr")]
    found += [(n, "title", n.attributes.get("title")) for n in select(tree, "time") if "datetime" not in n.attributes]
    if hatom:
        found += [
            (n, "title", n.attributes.get("title")) for n in select(body, _HATOM_DATES)[:_MAX_DATED] if n.tag != "abbr"
        ]
    if data_dates:
        selector = ", ".join(f"[data-{name}]" for name in sorted(data_dates))
        found += [(n, *named) for n in select(body, selector)[:_MAX_DATED] for named in _data_values(n, data_dates)]
    dated: dict[str, list[tuple[str, Node]]] = {}
    for node, name, value in found[:_MAX_DATED]:
        iso = _iso_date(value or "")
        if not iso or node.tag in _NOT_DATED or _countdown(node):  # a form (_NOT_DATED) is none of its own
            continue
        if not has_ancestor(node, ("form",)):  # a datepicker's, as the server filled it in: today's
            dated.setdefault(name, []).append((iso, node))
    read = [item for named in dated.values() if not _calendar(iso for iso, _ in named) for item in named]
    # In an article or not, all in one call (no set of the articles' mem_id: 40 Python ints on a news list).
    elsewhere = {id(node) for node in _outside([node for _, node in read], articles)}
    kept: tuple[list[str], list[str]] = ([], [])
    for iso, node in read:
        kept[id(node) in elsewhere].append(iso)
    return kept


def _data_values(node: Node, names: frozenset[str]) -> Iterator[tuple[str, str]]:
    """Yield the data attributes of ``names`` that ``node`` has, each with its value (an epoch's as an ISO date)."""
    attrs = node.attributes
    for name in names:
        value = (attrs.get(f"data-{name}") or "").strip()
        if name in _EPOCH_DATA and _EPOCH.fullmatch(value):
            seconds = int(value) // (1000 if len(value) > 10 else 1)
            if seconds in _EPOCH_RANGE:
                yield name, datetime.fromtimestamp(seconds, _WIB).isoformat()
        elif value:
            yield name, value


def _iso_date(value: str) -> str:
    """Return ``value`` if it is an ISO date (a time may follow), else "" (an abbreviation's expansion)."""
    value = value.strip()
    found = _ISO_DATE.fullmatch(value) if value[:2] == "20" else None
    if found is None:
        return ""
    try:
        date(*map(int, found.group(1, 2, 3)))
    except ValueError:
        return ""
    return _local_iso(value)


def _local_iso(value: str) -> str:
    """Return an ISO time of a zone other than Bekasi's as the day it is in Bekasi (WIB); any other value as it is.

    "2026-12-03T20:00:00Z" (WordPress's ``datetime``, in UTC) is 4 December in Bekasi: the day its sites write.
    """
    value = value.strip()
    if not _ZONED_ISO.fullmatch(value):
        return value
    try:
        moment = datetime.fromisoformat(value.upper())  # Python 3.11 reads "Z", not "z"
    except ValueError:
        return value
    return moment.astimezone(_WIB).date().isoformat()


def _countdown(node: Node) -> bool:
    attrs = node.attributes
    return "countdown" in f"{attrs.get('class') or ''} {attrs.get('id') or ''}".lower()


def _calendar(isos: Iterator[str]) -> bool:
    """Return whether the dates ``isos`` hold ``_CALENDAR_DAYS`` days in a row."""
    days = sorted({date.fromisoformat(iso[:10].replace("/", "-")) for iso in isos})
    run = 1
    for earlier, later in pairwise(days):
        run = run + 1 if later - earlier == timedelta(days=1) else 1
        if run >= _CALENDAR_DAYS:
            return True
    return False


def _page_of_posts(article: Node) -> bool:
    """Return whether ``article`` is a WordPress page ("type-page") that holds other articles (its posts)."""
    if "type-page" not in (article.attributes.get("class") or "").split():
        return False
    return any(inner.mem_id != article.mem_id for inner in select(article, "article"))


def _others_feeds(tree: HTMLParser, host: str) -> list[Node]:
    """Return the lists of another site's items outside the articles: a feed widget (WordPress's RSS
    widget, the city portal's news, a news agency's), each item a link to that one site. Their dates
    are that site's content, not the application's.

    A list of documents on a file host (Google Drive) or of short links is the department's own.
    """
    own = _site_of(host)
    found = []
    for holder in [*select(tree, "ul"), *select(tree, "ol")][:_MAX_MARKED]:
        # Every link of the list to that site (a relative one is the application's), an item or more each. Read
        # without their nodes: most lists end at their first link.
        site = one_other_site(holder, own, _MAX_MARKED)
        if site is None or site.endswith(_NOT_FEEDS):
            continue
        items = len(select(holder, "li"))
        links = select(holder, "a[href]")[:_MAX_MARKED]
        if _MIN_FEED_ITEMS <= items <= len(links) and not has_ancestor(holder, ("article",)):
            found.append(holder)
    return _outermost(found)


def _others_widgets(widgets: list[Node], host: str) -> list[Node]:
    """Return the widgets outside the articles (WordPress's ``widget``, a feed reader's) that show another
    site's items in ``<div>``s rather than a list: every link of theirs to that one site, two or more."""
    own = _site_of(host)
    found = []
    for widget in widgets:
        # Most widgets are the site's own: known by their first link. Their links read without their nodes.
        if one_other_site(widget, own, 1) is None:
            continue
        site = one_other_site(widget, own, _MAX_MARKED)
        if (
            site is not None
            and not site.endswith(_NOT_FEEDS)
            and len(select(widget, "a[href]")) >= _MIN_FEED_ITEMS
            and not has_ancestor(widget, ("article",))
        ):
            found.append(widget)
    return found


# The host of an absolute address without its "www.", or None for a relative one (urlsplit costs more), read in the
# compiled module.
_linked_site = linked_site


def _site_of(host: str) -> str:
    return host[4:] if host.startswith("www.") else host


def _site_chrome(tree: HTMLParser, body: Node, named: list[Node]) -> list[Node]:
    """Return the site's header, menus and footer, as ``select(body, _CHROME)`` would (in another order)."""
    # By tag name: a search by a name alone is the cheapest (``_selectors``).
    found = [node for tag in _CHROME_TAGS for node in select(tree, tag)] + named
    if len(found) > _MANY_CHROME:
        contents_own = {n.mem_id for n in select(body, _CONTENTS_OWN)}
        found = [n for n in found if n.mem_id not in contents_own]
    return [n for n in found if _is_chrome(n)]


def _is_chrome(node: Node) -> bool:
    # A wrapper around the content is not chrome, nor a header within the content.
    return select_first(node, "main, article") is None and not has_ancestor(node, ("article", "main"))


def _dated_text(node: Node) -> str:
    # One line per text node, so that a date's neighbours (a time of day, a label) stay apart from
    # the running text; the <time datetime> values go along.
    times = (t.attributes.get("datetime") or "" for t in select(node, "time[datetime]"))
    return "\n".join((text_of(node, "\n"), *times))


def _without_copyright(text: str) -> str:
    for hint in _COPYRIGHT_HINTS:
        if hint in text:
            break
    else:
        return text  # no mark: none of its literals is in the text
    kept, end = [], 0
    for mark in _copyright_marks(text):
        if mark.start() < end:
            continue
        kept.append(text[end : text.rfind("\n", 0, mark.start()) + 1])
        end = text.find("\n", mark.end())
        end = len(text) if end == -1 else end
    kept.append(text[end:])
    return "".join(kept)


def _copyright_marks(text: str) -> Iterator[re.Match[str]]:
    """Yield the matches of ``_COPYRIGHT`` in ``text``, as its ``finditer`` would."""
    starts: set[int] = set()
    for literal, back in _COPYRIGHT_LITERALS:
        at = text.find(literal, back)
        while at != -1:
            starts.add(at - back)
            at = text.find(literal, at + 1)
    end = 0
    for start in sorted(starts):
        mark = _COPYRIGHT.match(text, start) if start >= end else None
        if mark is not None:
            end = mark.end()
            yield mark


def _text(node: Node | None, separator: str = " ") -> str:
    """Return ``_squash(text_of(node, separator))``, squashed in the compiled module (``words_of``)."""
    return words_of(node, separator) if node is not None else ""


def _squash(text: str | None) -> str:
    return " ".join((text or "").split())
