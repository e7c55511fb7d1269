"""The parts of a page whose dates a machine or the site's visitors write, not the department: read for no date.

A stale site's sidebar still moves on by itself: a visitor counter prints yesterday's visits and the past week's,
a social feed plugin or an embedded post the dates of the department's posts on Instagram, YouTube or X, a data
widget the latest earthquake (BMKG), food prices (SP2KP), exchange rates (BI), the gold price, air quality (ISPU),
river levels (BBWS), COVID-19 or dengue cases, a hospital's free beds or PMI's blood stock, a theme's list of the
year's national days the next one, and the visitors' own entries show their days (a guest book, recent comments, a
table of complaints). Those dates say nothing of whether the department keeps its site: the content's are its
posts'.

Three signs, each narrow, so that the department's posts stay read:

- the container of a known social feed plugin, by its own names (Smash Balloon's Instagram, YouTube and Facebook
  feeds, Custom Twitter Feeds, Spotlight, YotuWP, Elfsight), or of one post's embed code (X, Instagram, TikTok);
- a widget's title that names such data ("Statistik Pengunjung", "Info Gempa Terkini", "Kurs Transaksi BI",
  "Harga Emas Hari Ini", "Data COVID-19", "Stok Darah", "Komentar Terbaru", "Buku Tamu", "Tinggi Muka Air",
  "Hari Penting"): short, linking nothing, outside an ``<article>``, over a short block or a table or list beside it;
- a sidebar's widget (WordPress's ``widget`` class) stamped as a feed's ("Sumber: BMKG", "(otomatis)",
  "Pembaruan terakhir");
- a table of days of data, whatever its title ("Statistik", "Rekap Antrian", "Jadwal Sholat"): its head names
  readings (prayer times, visits, a queue's numbers, prices, a quake's magnitude, a river's level), each row
  starts with a day, the days follow each other and reach today, and its other cells are short readings; in the
  sidebar's widgets or the footer, or a prayer table in the content column, never in a post (the department types
  its own tables of visits and prices in its posts and home sections).

A part that links posts of the site by their headlines ("Berita Terbaru", a PPID list of documents, a channel of
the department's own video posts) is content, whatever its title: it is kept.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from datetime import date

from selectolax.lexbor import LexborNode as Node

from ._selectors import found_without, has_ancestor, select, select_first, text_of, words_of
from .dates import dates_in_text

# Social feed plugins' containers, by the names they give them (ids and classes no theme uses for its own), Elfsight's
# apps among them; and the embed codes of one post that X, Instagram and TikTok give, which print its day ("December
# 3, 2026" in a tweet's last link).
_FEED_PLUGINS = (
    "#sb_instagram, #sb_youtube, #cff, #ctf, .sbi, .sb_youtube, .cff, .ctf, "
    ".spotlight-instagram-feed, .yotuwp, .yotu-playlist, [class*='elfsight-app-'], "
    "blockquote.twitter-tweet, blockquote.instagram-media, blockquote.tiktok-embed"
)
# What their markup holds: the page is looked through for their containers only where one is in it.
FEED_PLUGIN_SIGNS = (
    "sbi_",
    "sby_",
    "cff-",
    "ctf-",
    "spotlight-feed",
    "yotu-",
    "elfsight-app-",
    "twitter-tweet",
    "instagram-media",
    "tiktok-embed",
)
# Widgets' titles naming data a machine or the visitors write. Short forms stand alone ("TMA", "ISPU", "Kurs"),
# words that also head news ("kunjungan", "harga", "komentar", "pengaduan") only with what makes them a widget's.
_WIDGET_TITLE = re.compile(
    r"\b(?:pengunjung|visitors?|statisti[ck] (?:situs|website|web)|kunjungan \d+ hari|buku tamu|guest ?book|"
    r"komentar (?:terbaru|terkini|terakhir)|recent comments|exchange rates?|gold prices?|air quality|info gempa|"
    r"gempa ?bumi (?:m\b|terkini|terbaru|dirasakan)|"
    r"gempa terkini|gempa dirasakan|bmkg|kurs|nilai tukar|"
    r"harga (?:pangan|komoditas|bahan pokok|sembako|kebutuhan pokok|emas)|emas antam|logam mulia|prakiraan cuaca|"
    r"cuaca (?:hari ini|terkini)|ispu|kualitas udara|tinggi muka air|tma|"
    r"(?:pengaduan|aduan|laporan)(?: masyarakat| warga)? (?:terbaru|terkini)|aktivitas terkini|youtube|"
    r"hari (?:penting|besar)(?: nasional)?|libur nasional|cuti bersama|important days|(?:national|public) holidays|"
    r"covid(?:-?19)?|kasus (?:dbd|demam berdarah)|stok darah|ketersediaan (?:tempat tidur|kamar|bed|ruang rawat))\b",
    re.IGNORECASE,
)
# The same, in the case it is written in (all lower), for a title of ASCII lowered: there it matches where the other
# matches the title (the letters beyond ASCII that a search ignoring case takes for "k", "s" or "i" are not in it),
# at a third of its cost (its many ways tried at each word's start, each letter lowered as it is compared).
_WIDGET_TITLE_LOWERED = re.compile(_WIDGET_TITLE.pattern)
_MAX_TITLE_CHARS = 60
_MAX_TITLE_WORDS = 5  # a post's headline is longer: "Pemantauan Harga Pangan di Pasar Baru"
_MAX_PART_CHARS = 1500  # of a widget's text under its title: a post's page is longer
_BLOCK_CLIMB = 3  # parents climbed from a title to the block with more than the title
_DATA_SIBLINGS = ("table", "ul", "ol", "dl")  # what a title heads beside it, loose in the content
_MAX_SOURCE_CHARS = 160  # of a line of a data's source under its table ("Sumber: BBWS Ciliwung-Cisadane")
# A feed's stamps in a sidebar's widget: the data's source, the machine that fetched it, the time it last did.
_FEED_STAMP = re.compile(
    r"\bSumber\s*:\s*(?:BMKG|BBWS|SP2KP|PIHPS|Bank Indonesia|BI\b|KLHK|ISPU)|\(otomatis\)|[Pp]embaruan terakhir"
)
_FEED_STAMP_WORDS = ("Sumber", "(otomatis)", "embaruan terakhir")
_PROSE_CHARS = 80  # of a paragraph of a post's excerpt: a widget's lines of data are shorter
_HEADLINE_CHARS = 15  # of a link's text: a post's headline (as the page module counts it)
_HEADINGS = "h2, h3, h4, h5, h6"  # an <h1> is the page's own title
_MAX_HEADINGS = 200
# A table of days of data: its head names readings (prayer times, visits, a queue's numbers, prices, a quake's
# magnitude, a river's level), each row starts with a day, and the days follow each other. A table of the
# department's dated posts or documents heads titles ("Judul", "Perihal", "Nama Dokumen") instead, and links them.
_DATA_HEAD = re.compile(
    r"\b(?:imsak|imsyak|subuh|shubuh|dzuhur|zuhur|ashar|maghrib|isya|pengunjung|kunjungan|visitors?|visits|hits|"
    r"antrian|terlayani|harga|komoditas|magnitud[eo]|mag|kedalaman|tma|tinggi muka air|debit)\b",
    re.IGNORECASE,
)
_MIN_DAY_ROWS = 3
_MAX_DAY_ROWS = 40  # rows read: a month's days and its head
_MAX_DAY_CELL = 40  # characters of a row's first cell: a day, maybe its name and time ("Kamis, 3 Desember 2026")
_MAX_DATA_CELL = 30  # characters of a reading ("Rp 13.200", "120 cm", "04:05"); a title is longer
_MAX_DAY_GAP = 3  # days between two rows' days (quakes are a few days apart)
_MAX_TABLES = 50  # read for days of data: a page's widgets are a few; a hostile page's thousands cost nothing more
# A prayer table's head: the one table of days a vendor puts in the content column too (the month's schedule).
_PRAYER_HEAD = re.compile(r"\b(?:imsak|imsyak|subuh|shubuh|dzuhur|zuhur|ashar|maghrib|isya)\b", re.IGNORECASE)
_LATE_DAYS = 1  # a machine's table's newest day: today or yesterday (a day's recap is written after it ends)
# Where a table of days of data is a machine's: the sidebar's widgets and the footer, by their tags and names.
_SIDE_TAGS = ("aside", "footer")
_SIDE_NAMES = ("widget", "sidebar", "footer")  # a class's or an id's start ("widget_text", "sidebar-1")
# Where it is a post's or a page's content, whatever its head: CMSes' post containers without an <article>
# (Joomla's item-page, Drupal's node, WordPress's and Blogger's hentry and entry-content, Elementor's page,
# CodeIgniter and Laravel detail views).
_POST_CLASSES = frozenset(
    (
        "item-page",
        "node",
        "hentry",
        "post",
        "entry-content",
        "post-body",
        "single-post",
        "detail-berita",
        "content-detail",
        "berita-detail",
        "post-content",
        "article-content",
        "elementor",
    )
)


def machine_parts(body: Node, widgets: list[Node], own: str, plugins: bool, today: date | None = None) -> list[Node]:
    """Return the parts of ``body`` whose dates are a machine's or the visitors' (see the module), each once (one
    may hold another); ``widgets`` are the sidebar's widgets by their class, ``own`` the site's host without "www.",
    ``plugins`` whether the markup has a social feed plugin's names (``FEED_PLUGIN_SIGNS``), and ``today`` the check's
    day in Bekasi, which a table of days of data reaches (None: not known, and no table is read as one)."""
    found = [node for node in select(body, _FEED_PLUGINS) if not _in_article(node)] if plugins else []
    if today is not None:  # of a hostile page's thousands of tables, the first few are read
        found += [table for table in select(body, "table")[:_MAX_TABLES] if _days_of_data(table, own, today)]
    # A post's headline links: its words are not read (asked of all in one call, a node made only for the others).
    for heading in found_without(body, _HEADINGS, _MAX_HEADINGS, "a[href]"):
        title = words_of(heading)  # its words, squashed in the compiled module
        if (
            len(title) > _MAX_TITLE_CHARS
            or title.count(" ") >= _MAX_TITLE_WORDS  # its words, squashed: one space fewer
            or not _widget_titled(title)
            or _in_article(heading)
        ):
            continue
        found += _titled(heading, title, body, own)
    for widget in widgets:
        text = text_of(widget)
        if len(text) <= _MAX_PART_CHARS and _stamped(text) and _machine_made(widget, own):
            found.append(widget)
    return list({node.mem_id: node for node in found}.values())  # each once: lexbor lists one per selector


def _widget_titled(title: str) -> bool:
    """Return whether ``title`` names data a machine or the visitors write (``_WIDGET_TITLE``)."""
    if title.isascii():
        return _WIDGET_TITLE_LOWERED.search(title.lower()) is not None
    return _WIDGET_TITLE.search(title) is not None


def _stamped(text: str) -> bool:
    # Each of ``_FEED_STAMP``'s ways holds one of its words: a widget's text without them is not searched (most).
    return any(word in text for word in _FEED_STAMP_WORDS) and _FEED_STAMP.search(text) is not None


def _titled(heading: Node, title: str, body: Node, own: str) -> list[Node]:
    """Return what a widget's ``heading`` heads: the nearest block above it with more than its title, if short,
    with no other heading; else the tables and lists right after it (and a line of their source)."""
    block = heading.parent
    for _ in range(_BLOCK_CLIMB):
        if block is None or block.mem_id == body.mem_id or block.tag in ("main", "article"):
            break
        text = text_of(block)
        if " ".join(text.split()) != title:
            if (
                len(text) <= _MAX_PART_CHARS
                and len(select(block, _HEADINGS)) == 1
                and _machine_made(block, own)
                and not _prose(block)
            ):
                return [block]
            break
        block = block.parent
    parts = []
    sibling = heading.next
    while sibling is not None:
        if sibling.tag == "-text" and not (text_of(sibling) or "").strip():
            sibling = sibling.next
            continue
        if sibling.tag in _DATA_SIBLINGS and _machine_made(sibling, own):
            parts.append(sibling)
        elif parts and sibling.tag == "p" and len(text := text_of(sibling)) <= _MAX_SOURCE_CHARS and "Sumber" in text:
            parts.append(sibling)
        else:
            break
        sibling = sibling.next
    return parts


def _days_of_data(table: Node, own: str, today: date) -> bool:
    """Return whether ``table`` is a table of days of data (``_DATA_HEAD``): a month's prayer times, the past
    week's visits, queue numbers or prices, the last quakes, a river's levels: a machine's or a feed's, each row a
    day, however current, while the department's posts stay old. Its cells beside the day are short readings, and
    it links no post of the site."""
    rows = select(table, "tr")[:_MAX_DAY_ROWS]
    head = " ".join(text_of(cell) for cell in select(table, "th")[:_MAX_DAY_ROWS])
    head = head or (text_of(rows[0]) if rows else "")
    if len(rows) < _MIN_DAY_ROWS or _DATA_HEAD.search(head) is None or not _machines_place(table, head):
        return False
    days = []
    for row in rows:
        cells = select(row, "td")
        if not cells:
            continue
        first = text_of(cells[0])
        if len(first) > _MAX_DAY_CELL or any(len(text_of(cell).strip()) > _MAX_DATA_CELL for cell in cells[1:]):
            return False
        found = dates_in_text(first)
        if len(found) != 1:
            return False
        days.append(found[0].toordinal())
    if len(days) < _MIN_DAY_ROWS:
        return False
    gaps = [later - earlier for earlier, later in itertools.pairwise(days)]
    ordered = all(0 <= gap <= _MAX_DAY_GAP for gap in gaps) or all(-_MAX_DAY_GAP <= gap <= 0 for gap in gaps)
    day = today.toordinal()  # a table that stopped long ago shows an abandoned site: it dates the page
    reaches_today = min(days) <= day + _LATE_DAYS and max(days) >= day - _LATE_DAYS
    return ordered and reaches_today and len(set(days)) > 1 and _machine_made(table, own)


def _machine_made(part: Node, own: str) -> bool:
    """Return whether ``part`` links no post of the site by its headline (a link to a post's comments aside) and
    holds no ``<article>``: a list of the site's posts is its content, whatever its title."""
    if select_first(part, "article") is not None:
        return False
    for anchor in select(part, "a[href]"):
        href = (anchor.attributes.get("href") or "").strip()
        if "#comment" in href or href[:1] == "#" or href[:11].lower() == "javascript:":
            continue
        if _other_site(href, own):
            continue
        if len(words_of(anchor)) >= _HEADLINE_CHARS:
            return False
    return True


def _prose(part: Node) -> bool:
    """Return whether ``part`` has a paragraph of prose outside its list items and table cells: a post's body or
    excerpt under its headline. A widget has lines of data; a comment's or a guest's text is an entry of a list."""
    for paragraph in select(part, "p"):
        if len(text_of(paragraph)) >= _PROSE_CHARS and not any(
            ancestor.tag in ("li", "td") for ancestor in _up_to(paragraph, part)
        ):
            return True
    return False


def _up_to(node: Node, top: Node) -> Iterator[Node]:
    parent = node.parent
    while parent is not None and parent.mem_id != top.mem_id:
        yield parent
        parent = parent.parent


def _other_site(href: str, own: str) -> bool:
    lowered = href[:8].lower()
    if not (lowered.startswith(("http://", "https://")) or href.startswith("//")):
        return False
    host = href.split("//", 1)[1].split("/", 1)[0].split("?", 1)[0].split("#", 1)[0].rpartition("@")[2]
    host = host.partition(":")[0].lower()
    return (host[4:] if host.startswith("www.") else host) != own


def _machines_place(table: Node, head: str) -> bool:
    """Return whether ``table`` sits where a machine's table of days does: the sidebar's widgets or the footer, or,
    a prayer table, the content column; never a post (the department's own tables of visits and prices)."""
    place = _place(table)
    return place == "side" or (place == "main" and _PRAYER_HEAD.search(head) is not None)


def _place(node: Node) -> str:
    """Return where ``node`` sits: "post" inside an ``<article>`` or a CMS's post container (``_POST_CLASSES``),
    else "side" inside the sidebar's widgets or the footer, else "main" (the home page's sections)."""
    side = False
    parent = node.parent
    while parent is not None:
        if parent.tag == "article":
            return "post"
        if parent.tag in _SIDE_TAGS:
            side = True
        attributes = parent.attributes
        names = (attributes.get("class") or "").lower().split()
        if not _POST_CLASSES.isdisjoint(names) or attributes.get("itemprop") == "articleBody":
            return "post"
        if any(name.startswith(_SIDE_NAMES) for name in names) or (attributes.get("id") or "").lower().startswith(
            _SIDE_NAMES
        ):
            side = True
        parent = parent.parent
    return "side" if side else "main"


def _in_article(node: Node) -> bool:
    return has_ancestor(node, ("article",))
