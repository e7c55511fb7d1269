"""The defacement check: gambling (judi online) or defacement text injected into the page, and a
body replaced under the application's usual title; pornography (``konten_pornografi``) and other trades' spam
(``spam_tersisip``: illegal online loans, fake investments, pharma, services for hire, the Japanese keyword hack)
injected as gambling is, read in the same places.

Every part of the page is scanned: visible text (and what SVGs draw and shown iframes' ``srcdoc`` hold),
hidden text (text in the colour of its background too), links (text, address, title attribute, and the alt
and title of an image in one; a link around a pixel as hidden), the alt and title of images outside links and
the titles (tooltips) of other elements, the strings of ``content`` in the page's stylesheets (as hidden:
no visitor reads them as the page's text, search engines read some), its HTML comments where they mention a
gambling word (as hidden: read by none, but proof that the site was written into), the links
after the site's footer (where link farms are injected), title and meta tags, what the head gives
search engines (its canonical, AMP, ``hreflang`` and ``og:url`` addresses, its JSON-LD: the "SEO
hijack" puts a gambling site there while the page looks normal) and the other hosts its ``<link>``s name,
the addresses its frames load (an iframe of no size loads the gambling site unseen) and its scripts from
other hosts, and the inline scripts, its iframes' documents' too, with what their encoded strings spell
(escapes, base64, percent-encoding).
One finding per code and location, with the matched terms and a little context. Terms seen hidden
are reported there only, not again as visible text or links.

A defacement that keeps the title is found against the structure the checker remembers of the
page: the same title, but the links dropped from dozens to a handful, the menu gone and the main
text entirely new. A gradual redesign or a day of new news items changes one of these at most. So is a main
content replaced under the site's kept header and menu, by a few new lines that a ./handle and a defacer's word sign.
A page all a defacer's (a few lines and links, no menu, a show put on or a ./handle) is one at first sight too,
signed in their weak words alone ("Security Breached", "Touched by", a zone-h mirror).
"""

from __future__ import annotations

import binascii
import re
from base64 import b64decode
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import islice
from typing import Any
from urllib.parse import unquote, urlsplit

from pantau_contracts.status import Finding, Severity
from pantau_contracts.vocabulary import Category

from .. import terms
from .._selectors import capital_links, link_texts, plain_hrefs
from ..literals import Signs
from ..page import HiddenBlock, Link, Page, derived
from ..page_kind import classify
from ..structure import Structure, resemblance, sketch
from ..term_scan import (
    SELLERS_WORDS,
    Location,
    Match,
    capital_brand,
    flagged_each,
    marked_brand,
    matches,
    names_none,
    spaced,
)
from .base import Check, NoSettings, Observed

CATEGORY: Category = "keamanan"
_MAX_PARTS = 3000  # links, and hidden parts, read of a page: a hostile page must not make the scan slow
_UNMENTIONED = "defacement.unmentioned"  # in ``Page.derived``: its HTML holds no listed word (``unmentioned``)
_SCANNED_METAS = frozenset(
    {
        "description",
        "keywords",
        "og:title",
        "og:description",
        "og:site_name",
        "twitter:title",
        "twitter:description",
        "title",
        "author",  # a gambling site's name put as the page's author ("KOITOTO Situs Toto Macau")
        # What else news sites, Dublin Core and the cards' images say of the page to search engines and shares.
        "news_keywords",
        "dc.title",
        "dc.description",
        "dc.subject",
        "abstract",
        "subject",
        "og:image:alt",
        "twitter:image:alt",
    }
)
_GAMBLING_SEVERITY: dict[str, Severity] = {
    "visible": "tinggi",
    "hidden": "kritis",
    "script": "kritis",
    "link": "tinggi",
    "title": "kritis",
    "meta": "kritis",
    "head": "kritis",
    "comments": "tinggi",
}
# Pornography and other trades' spam as gambling: critical where no visitor reads it, planted for search engines.
_SEVERITY: dict[tuple[str, str], Severity] = {
    (code, location): severity
    for code in ("judi_online", "konten_pornografi", "spam_tersisip")
    for location, severity in _GAMBLING_SEVERITY.items()
}
# A body replaced: the baseline had at least _MIN_LINKS links, and the page keeps a fifth of
# them at most (never more than a handful counts as "dropped"), and shares little of its words.
# Injected scripts spell what they write encoded, past filters of words: JavaScript escapes
# ("\x73\x6c\x6f\x74"), base64 (atob), percent-encoding (unescape) or character codes.
_ENCODED = ("\\x", "\\u", "atob(", "unescape(", "decodeURI", "fromCharCode(")
_JS_ESCAPE = re.compile(r"\\x([0-9a-fA-F]{2})|\\u([0-9a-fA-F]{4})")
_BASE64 = re.compile(r"""atob\(\s*(["'])([A-Za-z0-9+/=\s]{8,})\1""")
_PERCENT = re.compile(r"""(?:unescape|decodeURI(?:Component)?)\(\s*(["'])([^"']{8,})\1""")
_CHAR_CODES = re.compile(r"fromCharCode\(([\d\s,]{8,})\)")
_MIN_LINKS = 15
# What the page shows: its sentences may name the gambling trade in a department's news (not a farm's links).
_PROSE: frozenset[Location] = frozenset({"visible", "link", "comments"})
_ADMIN_PATH = re.compile(r"/(?:wp-admin|wp-login|administrator|admin|login|masuk|cpanel)\b", re.IGNORECASE)
_NAMED_LINK = re.compile(r"[^\W\d_]{2}")  # a link named in words: not a lone dot or an arrow
# A portal's own navigation: the folders of its tags', categories' and news items' addresses (dates too), and the
# names of Lokomedia's pages (tag-bandar-judi.html), whose slugs repeat what their links say.
_NAVIGATION_FOLDERS = frozenset(
    {"tag", "tags", "category", "categories", "kategori", "topik", "topic", "label", "berita", "news", "read"}
    | {"artikel", "article", "post", "posts", "blog"}
    | {"index.php"}  # Joomla's addresses without rewriting (/index.php/berita/mengenal-rtp-live)
)
_NAVIGATION_PAGES = ("tag-", "kategori-", "berita-", "label-")
_PAGE_ENDINGS = (".html", ".htm", ".php")
_SLUG_WORDS = re.compile(r"[^\W_]+")
_NEIGHBOURS = 8  # the other links to one address read for its headline
# The trade's names a department tags and headlines its news with (and a defacer's words, which its news of a hack
# quotes); a brand (slot88) or a sign-up word is none.
_NAVIGATED = frozenset((*terms.TRADE_NAMES, *terms.TOPIC_GAMBLING, "slot", "slot gacor", "situs slot"))
_CUT_SLUG = 3  # words of a headline a shortened slug keeps at least ("pemkot-tak-punya-situs")
# Words of a news item's headline at least, none of a tag's or a menu's ("Slot Gacor", "Judi Online Hari Ini").
_HEADLINE_WORDS = 6
_SELLERS_NAMES = 2  # of the trade's slang names a seller's headline with no word of news piles up at least
_SALES_WORDS = frozenset(terms.SALES_WORDS) - frozenset((*terms.STRONG_GAMBLING, *terms.WEAK_GAMBLING))
_GLUED_BRAND = re.compile(r"[a-z]+\d+")  # a brand's name with its number (kaisar88, toto4d): a report names it too
_HANDFUL = 5
_DEFACER_TEXT = 600  # characters of visible text a defacer's page shows at most
_GREETINGS = frozenset(terms.DEFACER_GREETINGS)  # a defacer's page's words only beside a ./handle
_HANDLE = re.compile(r"(?<![\w/.])\./[^\W_]")  # a defacer's handle: "./Mr.Kuro", "./N0b0dy"
# A page bare of all but a few lines (no link at all, no show put on, no ./handle) is a defacer's when it signs twice
# (a crew and a taunt: "Bekasi Cyber Team / Stay Calm And Patch Your Site") or once beside a handle glued to its "Mr."
# ("Mr.Zeroo Was Here"): a maintenance notice or a firewall's page that names a hacker does neither.
_BARE_TEXT = 300
_MR_HANDLE = re.compile(r"(?<![\w.])Mr\.[^\W_][\w.-]*")
_BARE_SIGNS = 2
# A "Mr." handle signs in a defacer's own shapes only: joined to the weak word ("Mr.Zeroo Was Here", "Hacked by
# Mr.X") or as the page's whole statement ("HACKED / Mr.Zeroo"); a person's name after a role ("Pembina: Mr.Tono",
# "admin (Mr.Dani, …)", "Crew: Mr.Andi & Mr.Budi") is a notice's, whose words of a report or of an event
# ("sempat di-hacked", "ditangani", "bukan hacker", "Diselenggarakan oleh … Cyber Squad") clear a twice-signed page too.
_MR_SIGNED_BEFORE = re.compile(r"(?:hacked|touched|owned|defaced|pwned|hacked-by|deface)\s*(?:by)?\s*[:!-]*\s*$", re.I)
_MR_SIGNED_AFTER = re.compile(r"\s*(?:was here|numpang lewat|(?:is )?here\b)", re.I)
_ROLE_BEFORE = re.compile(r"[:(&,]\s*$")
_WHOLE_STATEMENT = 64  # characters of a bare page's text that are a handle and its sign alone
_SIGN_REACH = 24  # characters before a "Mr." handle read for its sign or role
_NOTICE_WORDS = (
    "sempat",
    "dipulihkan",
    "ditangani",
    "bukan hacker",
    "diselenggarakan",
    "pendaftaran",
    "abaikan",
    "narasumber",
    "koordinator",
    "pembina",
    # a notice of a hijacked account or of a test, and an event's ("Tim Cyber Squad sedang memproses pemulihan akun.
    # Jangan tanggapi DM", "Bekasi Cyber Squad is handling the case", "penetration test oleh Tim …", "Pameran Lilin")
    "memproses",
    "pemulihan",
    "penanganan",
    "is handling",
    "jangan tanggapi",
    "do not respond",
    "penetration test",
    "pameran",
)
_PAGE_WORDS = frozenset(terms.DEFACER_PAGE_WORDS)
_CAUSES = frozenset(terms.DEFACER_CAUSES)
# A ./handle right beside a weak word of a defacer's signs a part of an intact page ("./Mr.B4y Was Here" in a widget,
# "Touched by ./Mr.X", "HACKED!!! ./Mr.B0ss"): no department writes a handle so, and a news item of a hack that quotes
# one says so beside it ("muncul tulisan").
_HANDLE_REACH = 20  # characters either side of a ./handle read for the word it signs
# The weak words that sign, not a crew's name a hall of fame credits a handle with ("./Mr.Kuro (Cyber Army)").
_SIGNING_WORDS = frozenset(("was here", "touched by", "hacked", "diretas oleh", "owned by", "defaced", "numpang lewat"))
# A handle so is a capital's name ("./Mr.B0ss", "./N0b0dy"), not a file a guide runs ("./install.sh", "./Setup.exe").
_SIGNING_HANDLE = re.compile(r"(?<![\w/.])\./[A-Z][^\s/]*")
_FILE_NAME = re.compile(r"\.[a-z]{2,4}$")
# A news item or a write-up quotes the handle in a sentence of its own, its report's words further than the sign's
# reach ("Halaman depan situs menampilkan HACKED!!! ./Mr.B0ss selama tiga jam sebelum dipulihkan", "Pelaku yang memakai
# nama ./Mr.Gans Was Here mengaku iseng", a headline "Touched by ./Mr.B4y, Website SMPN 99 Diretas Peretas"); a sentence
# is read to its stops, within this reach. A headline linked to its post (a slug's path) is news too.
_SENTENCE_REACH = 100
_SENTENCE_STOP = re.compile(r"[.?]\s")
_REPORTED = re.compile(
    r"menampilkan|memakai nama|bertuliskan|tulisan|tertulis|mengaku|pelaku|polisi|dipulihkan|diretas|peretas|menangani"
    r"|sempat|juara|write-up|writeup"
    r"|privilege escalation|\u201c|\u201d|&quot;",
    re.I,
)
# A line quoted between straight quotes ("sempat tertulis 'HACKED ./Mr.Gh0st'."): a report's, a defacer's line stands
# on its own.
_QUOTE_OPENED = re.compile(r"(?:^|\s)['\"][^'\"]*$")
_QUOTE_CLOSED = re.compile(r"[^'\"]*['\"](?!\w)")
_OWNED_BY_ROOT = re.compile(r"owned by root\b", re.I)  # a file's owner, in a guide or a CTF's write-up
_POST_SLUG = re.compile(r"/[^/?#]*-[^/?#]*-[^/?#]*-[^/?#]*/?$")
_MIN_MENU_LINKS = 3
_LONE_HIDDEN_LINKS = frozenset(terms.LONE_HIDDEN_LINKS)
# "Slot" alone is a booking's word too (a modal's "Pilih Slot" to a scheduling service): a kit's lone hidden link only
# to a site on a domain gambling sites take by the thousand (x.xyz, gacor.vip), outside a theme's folded part.
_LONE_SLOT = "slot"
_GAMBLING_SITE_DOMAINS = terms.GAMBLING_SITE_DOMAINS
# A queue's or a booking's site on such a domain names its service or its city (antrian-bekasi.site,
# jadwal-dukcapil.online): a kit's "Slot" goes to a name of one word (naga.vip).
_SERVICE_HOST_WORDS = terms.SERVICE_HOST_WORDS
# What a campaign links by its name alone to a ministry's page (a hidden popup's "Judi Online" to komdigi.go.id); a
# kit sends its links to a hacked campus's or school's pages, never to a government's by these words.
_CAMPAIGN = frozenset(("judi online", "judol", "judi"))
_SLID_IN = 2  # a kit's slides hidden under one wrapper beside what it shows: several
_PUBLIC_HOSTS = terms.PUBLIC_HOSTS
_TOPIC_HOSTS = frozenset(terms.TOPIC_HOSTS)
# What a menu names and links to a ministry's or a village's page ("Judi Online", "Sabung Ayam" as a tradition).
_TOPIC = frozenset((*terms.TOPIC_GAMBLING, "sabung ayam"))
_BRAND_DOMAINS = frozenset(terms.CAPITAL_BRAND_DOMAINS)
_BRAND_FARM = terms.BRAND_RUN  # glued names in capitals to their own sites that are a list of brands, not a shop's
_SHOP_NAME = 4  # the letters of a shop's glued name at least (SARIROTI, FOTOKITA)
_PERSONS_END = "toto"  # a glued name ending so is a person's as often (SUHARTOTO) as a brand's (MAWARTOTO)
# The words a credit or a sponsor's line puts before a name ("Dikembangkan oleh", "Theme by", "Hosting:").
_CREDIT_WORDS = frozenset(terms.CREDIT_WORDS)
# A department's own lesson on the trade (``_own_lesson``): its first heading's words, and its sellers' words.
_LESSONS_TRADE = frozenset(terms.LESSONS_TRADE)
_LESSONS_HEADINGS = frozenset(terms.LESSONS_HEADINGS)
_LESSONS_MARKS = frozenset(terms.LESSONS_MARKS)
_CREDIT_REACH = 40  # characters of the visible text before a name read for a credit's words
# What else a kit's copy under a lesson's heading names, and no lesson: its chat named by its slang ("Telegram
# @slotgacormaxwin"), its brand spelled apart ("K A I S A R 8 8"). (A lesson quotes a bonus's percentage, a deposit's
# price, a group to join: not read.)
_LESSONS_OFFERS = re.compile(
    r"@\w*(?:slot|gacor|maxwin|togel|judi|toto|casino|kasino|zeus|scatter)"
    r"|(?<!\w)(?:[a-z][ .]){3,}(?:[a-z][ .])*\d(?:[ .]?\d)+(?!\w)"
)
# A news item's text in a list, from its headline: its date and its excerpt of a few sentences, up to the next link.
_ITEM_REACH = 360
_ITEM_SENTENCES = 3
_ITEM_HEADLINE_WORDS = 4  # words of the next item's headline at least: a date ("2 Desember 2026") has three
_ITEM_STOP = re.compile(r"[.!?]\s")
_SELLERS_WARNINGS = frozenset(terms.SELLERS_WARNINGS)
# A citizen's words in what visitors wrote, near each word of the trade they name (``_citizens``).
_CITIZENS_WORDS = terms.CITIZENS_WORDS
_CITIZENS_REACH = 120
_CITIZENS_VOIDED = terms.CITIZENS_VOIDED
_CITIZENS_TERMS = 2  # of the trade's words a citizen's sentence names at most: a seller's tease piles them up
_CITIZENS_MATCHES = 40  # of the trade's words in visitors' texts at most, their comments together
# A citizen's neighbour "main slot" (plays) too, as a seller's "main sekarang".
_CITIZENS_SALES = _SALES_WORDS - {"main"}
_REDIRECTS = {(host, path): name for host, path, name in terms.REDIRECTS}
# A PHP web shell's or uploader's panel, what it tells of the server it runs on in its own words: the kernel
# ("Uname: Linux …", "System : Linux", its output), the user it runs as ("User: www-data (33)", "33 ( www-data )",
# uid=33(www-data)), PHP's limits ("Safe Mode: OFF", "Disable Functions: NONE"), the addresses ("Server IP:"), the
# directory ("Cwd: /var/www"), its file table's permissions (drwxr-xr-x, three at least), an ``ls -l``'s lines and its
# actions (Chmod). A tutorial writes them in its sentences ("uname -a", ``disable_functions``) and phpinfo() in its
# table ("System Linux …"): not so.
_SHELL_SIGNS = tuple(
    re.compile(sign, re.IGNORECASE)
    for sign in (
        r"\b(?:uname(?:\s*-a)?\s*:?|(?:system|os)\s*:)\s*(?:linux|windows|freebsd|sunos)\b"
        r"|\blinux\s+\S+\s+\d+\.\d+\.\d+-\S+\s+#\d",
        r"\b(?:www-data|apache|nobody|nginx|daemon)\s*\(\s*\d+\s*\)(?!\s*/)|\b\d+\s*\(\s*(?:www-data|apache|nobody|nginx"
        r"|daemon)\s*\)|\buid=\d+\(\w",
        r"\bsafe[ _-]?mode\s*:\s*(?:off|on)\b",
        r"\bdisabled?[ _]functions?\s*:",
        r"\b(?:server|your|client)\s?ip\s*:",
        r"\b(?:cwd|dir|current dir|current path|path)\s*:\s*/",
        r"(?:(?<![\w-])[d-](?:[r-][w-][xsStT-]){3}(?![\w-]).*){3}",
        r"(?<![\w-])[d-](?:[r-][w-][xsStT-]){3}\s+\d+\s+[\w-]+\s+[\w-]+\s+\d+",
        r"\bchmod\b",
    )
)
# What two signs at least say in any panel, lowered: sought first, as most pages say none of them (a regular
# expression that reads every character costs the whole check a tenth more).
_SHELL_MARKS = (
    "uname",
    "linux",
    "windows nt",
    "www-data",
    "uid=",
    "safe",
    "functions",
    "ip:",
    "ip :",
    ": /",
    "rwx",
    "r-x",
    "rw-",
    "chmod",
)
_SHELL_MARK_SIGNS = Signs(_SHELL_MARKS)  # found in one pass: a search each reads the opening's 1,200 characters again
_SHELL_OPENING = 1200  # characters of the visible text a shell's panel opens in: a news item's chrome comes first
_SHELL_SIGNED = 3  # of the signs a shell's panel shows at least
_BARE_SHELL_SIGNED = 2  # on a page of a handful of links and no menu (an uploader, a command's output), or opening it
_SHELL_TOP = 80  # characters before the first sign at most of a panel the page opens on (an uploader written atop it)
_SITE_MENU = 15  # links in menus at least of a site's page a panel is written atop: the page is still the site's
_SHELL_NAMES = terms.WEB_SHELL_NAMES
_PROSE_WORD = re.compile(r"\b[a-z]{3,}\b")  # a word of a sentence: a panel's are its labels, capitalised
_PROSE_LEAD = 8  # of them before a panel's lines at least: an advisory's lead ("look for a page that prints …")
_NEW_TEXT = 0.2
_QUOTE = 120

Hits = dict[tuple[str, str], tuple[set[str], str]]  # by code and location: all the terms, the first snippet
# A group of texts to scan: where they are, the texts, whether after the footer, what tells the site's navigation.
_Part = tuple[Location, Iterable[str], bool, Callable[[int, bool], bool] | None]


def scan(page: Page) -> tuple[Finding, ...]:
    """Return the gambling and defacement findings of a page, one per code and location."""
    return derived(page, "defacement.scan", _scan)


def unmentioned(page: Page, address: str) -> None:
    """Note of ``page``, read from ``address``, that its HTML holds no listed word (``term_scan.holds_none``), as the
    stylesheets' reading found of its bytes (``StylesheetCache.holds_none``): the scan then leaves out the texts made
    of its words alone (``_parts``). Not where ``address`` names any: its links are made absolute against it. Asked
    before the page is scanned; a fact of its HTML, kept with what was computed of it."""
    if names_none(address):
        page.derived[_UNMENTIONED] = True


def _scan(page: Page) -> tuple[Finding, ...]:
    hits: Hits = {}
    farm: set[str] = set()  # the codes found in the links after the footer
    navigation: list[tuple[str, str, str]] = []  # the hits in links of the site's own navigation
    brands, marked = _capital_brands(page)
    kit = bool(marked) and _kits_names(page, brands, marked)
    shops: list[tuple[str, str, str]] = []  # the hits of glued names in capitals linked to their own sites
    parts = _parts(page, page.derived.get(_UNMENTIONED) is True)
    for location, texts, in_farm, echoed in _unasked(page, parts):
        prose = location in _PROSE and not in_farm
        for index, code, term, snippet in flagged_each(texts, titles=location == "title", prose=prose):
            if echoed is not None and echoed(index, term in _NAVIGATED or code == "defacement"):
                navigation.append((code, term, snippet))
                continue
            if term in brands and echoed is not None:  # the page's links
                shops.append((code, term, snippet))
                continue
            hits.setdefault((code, location), (set(), snippet))[0].add(term)
            if in_farm:
                farm.add(code)
    if (
        ("judi_online", "visible") in hits
        and not shops
        and (_own_lesson(page, hits) or _own_lessons_listed(page, hits))
    ):
        del hits[("judi_online", "visible")]  # rare: a flagged page's
    # Their words are the visible text's, and their addresses repeat them: they count as that text counts.
    for code, term, snippet in navigation:
        if (code, "visible") in hits:
            hits.setdefault((code, "link"), (set(), snippet))[0].add(term)
    if shops and (kit or _sold_brands(page, brands, hits)):
        for code, term, snippet in shops:
            hits.setdefault((code, "link"), (set(), snippet))[0].add(term)
    if ("judi_online", "hidden") in hits and not page.frames:  # rare: a page flagged so, then read again
        _campaign_unhidden(page, hits)
    _named(hits, "link", marked.items() if kit else ())
    _named(hits, "hidden", _hidden_names(page))
    _named(hits, "comments", _commenters_names(page))
    for link in _lone_hidden_links(page):
        said = " ".join(link.text.lower().split())
        hits.setdefault(("judi_online", "hidden"), (set(), f"{link.text} {link.href}"[:_QUOTE]))[0].add(said)
    hits = _hidden_once(_visitors_place(page, hits))
    return tuple(_finding(code, location, found, farm) for (code, location), found in hits.items())


def replaced_body(page: Page, before: Structure | None, host: str = "") -> Finding | None:
    """Return a finding when ``page`` keeps the remembered title but its body is someone else's.

    Not where the site itself put the page in front of its own: a splash page for a day of note (a
    banner and "Masuk ke Website", a link into the site on ``host``, which a defacer's page has no use
    for), the login its portal now asks first, or the empty shell its new single-page app draws in.
    """
    if before is None or not page.title or page.title != before.title or before.links < _MIN_LINKS:
        return None
    if len(page.links) > max(_HANDFUL, before.links // 5):
        return None
    if before.menu_links >= _MIN_MENU_LINKS and page.menu_link_count > 1:
        return None
    if _own_front(page, host):
        return None
    if not _new_text(page, before) or not classify(page, 200).is_app:
        return None  # the same content, or a maintenance notice or an error in the application's place
    text = " ".join((page.main_text or page.visible_text)[:_QUOTE].split())
    evidence = (
        f"isi halaman diganti: judul tetap \u201c{page.title[:80]}\u201d, tautan {before.links} \u2192 "
        f"{len(page.links)}, tautan menu {before.menu_links} \u2192 {page.menu_link_count}, teks utama seluruhnya "
        f"baru: \u201c{text}\u201d"
    )
    return Finding("defacement", "kritis", evidence[:500], "body", category=CATEGORY)


def replaced_main(page: Page, before: Structure | None) -> Finding | None:
    """Return a finding when the main content of ``page``, under its remembered title, menu and footer, is now a
    defacer's: a few lines, entirely new, signed by a ./handle and a word of theirs ("./N0b0dy was here", "Security
    Breached", "Tersakiti Crew"), or by two words of theirs (``_signed_twice``: "Data kalian sudah bocor … Bjorka",
    "Free Palestine … Indonesian Cyber Army"), where a day's news would be none of these."""
    if before is None or not before.words or not page.title or page.title != before.title:
        return None
    main = page.main_text
    if not main or len(main) >= _DEFACER_TEXT or not _new_text(page, before):
        return None
    signs = [
        (term, snippet) for _, code, term, snippet in flagged_each((main,), defacer_page=True) if code == "defacement"
    ]
    said = {term for term, _ in signs}
    if not signs or not (_HANDLE.search(main) is not None or _signed_twice(said)):
        return None
    term, snippet = signs[0]
    return _signed_body("isi utama diganti: judul dan menu tetap, teks utama seluruhnya baru", term, snippet)


def _new_text(page: Page, before: Structure) -> bool:
    """Tell whether the page's main text is entirely new: it shares less than ``_NEW_TEXT`` of its words with the
    remembered one's. Its sketch is made once a page: ``replaced_body`` and ``replaced_main`` may both ask."""
    return resemblance(derived(page, "defacement.sketch", sketch), before.words) < _NEW_TEXT


def _signed_twice(said: set[str]) -> bool:
    """Tell whether a defacer's words (``said``) sign without a ./handle: two, one of them a word only a defacer's page
    says (``terms.DEFACER_PAGE_WORDS``), not all of them causes (a department's notice says "Free Palestine, stop the
    genocide" too)."""
    return len(said) >= _BARE_SIGNS and not said.isdisjoint(_PAGE_WORDS) and not said <= _CAUSES


def defacer_page(page: Page, host: str = "") -> Finding | None:
    """Return a finding when the whole of ``page`` is a defacer's that signs it in their weak words, the first time it
    is seen too.

    A defacer's page is a few lines, a few links and no menu, with a show put on (a GIF, music or a video that plays
    by itself, a marquee) or a ./handle; there a weak word of theirs ("Security Breached", "Touched by", "Hacked-by:",
    a zone-h mirror) signs alone. (One that signs in strong words is found by ``scan``.) A hacktivist's cause alone
    ("Free Palestine") does not sign a splash page with a way into the site on ``host``: the site's own, for a day.
    """
    if not _defacer_sized(page) or any(f.code == "defacement" for f in scan(page)):
        return None
    handled = _HANDLE.search(page.visible_text) is not None
    bare = not (page.showy or handled)
    if bare and (page.links or len(page.visible_text) >= _BARE_TEXT):
        return None
    texts = (page.title, page.visible_text, *page.image_texts, *_link_texts(page.links))
    signs = [
        (term, snippet)
        for _, code, term, snippet in flagged_each(texts, defacer_page=True)
        if code == "defacement" and (handled or term not in _GREETINGS)
    ]
    if host and all(term in _CAUSES for term, _ in signs) and _into_site(page, host):
        signs = []
    if not signs:
        return None
    if bare and not _signed_bare(page, {term for term, _ in signs}):
        return None
    term, snippet = signs[0]
    return _signed_body(f"seluruh halaman milik peretas: {len(page.links)} tautan, tanpa menu", term, snippet)


def _signed_bare(page: Page, terms_said: set[str]) -> bool:
    """Tell whether a bare page's defacer's words (``terms_said``) sign it: twice, one of them a word only a defacer's
    page says (``terms.DEFACER_PAGE_WORDS``; two weak ones beside each other are ``scan``'s), or once beside a handle
    glued to its "Mr." ("Mr.Zeroo Was Here")."""
    text = page.visible_text
    lowered = text.lower()
    if any(word in lowered for word in _NOTICE_WORDS):
        return False
    if any(_mr_signed(text, handle) for handle in islice(_MR_HANDLE.finditer(text), _HANDFUL)):
        return True
    return len(terms_said) >= _BARE_SIGNS and not terms_said.isdisjoint(_PAGE_WORDS)


def _mr_signed(text: str, handle: re.Match[str]) -> bool:
    before = text[max(0, handle.start() - _SIGN_REACH) : handle.start()]
    if _MR_SIGNED_BEFORE.search(before) is not None or _MR_SIGNED_AFTER.match(text, handle.end()) is not None:
        return True
    return len(text) <= _WHOLE_STATEMENT and _ROLE_BEFORE.search(before) is None


def _signed_body(said: str, term: str, snippet: str) -> Finding:
    evidence = f"{said}; {term}: \u201c{snippet}\u201d"
    return Finding("defacement", "kritis", evidence[:500], "body", category=CATEGORY)


def signed_whole(page: Page) -> bool:
    """Return whether ``page`` is all a defacer's and signs it: what it shows is no content of the application's,
    however fresh its Last-Modified."""
    return _defacer_sized(page) and any(f.code == "defacement" for f in scan(page))


def _defacer_sized(page: Page) -> bool:
    """Return whether ``page`` is of a defacer's page's size: a few lines, a few links and no menu."""
    return len(page.links) <= _HANDFUL and page.menu_link_count <= 1 and len(page.visible_text) < _DEFACER_TEXT


def judge(seen: Observed, settings: NoSettings) -> tuple[Finding, ...]:
    """Judge the page as a browser gets it, and against the structure remembered of it."""
    if seen.page is None:
        return ()
    page, before = seen.page, seen.baseline
    replaced = (
        web_shell(page)
        or replaced_body(page, before, seen.host)
        or replaced_main(page, before)
        or defacer_page(page, seen.host)
    )
    found = scan(page)
    signed = replaced is not None or any(f.code == "defacement" for f in found)
    handled = None if signed else _handle_signed(page)
    return found + tuple(f for f in (replaced, handled) if f is not None)


def web_shell(page: Page) -> Finding | None:
    """Return a finding when ``page`` opens on a PHP web shell's or uploader's panel (``_SHELL_SIGNS``): a backdoor
    anyone reaching the site can upload files and run commands through, whatever title it is served under.

    The whole page is the shell's ("body"), or the site's with an uploader written atop it ("visible": its menu kept).
    A department's news and a CSIRT's advisory quote a panel's lines after the site's header, menu and headlines (not
    in the text the page opens with), as code (``<code>Safe Mode: OFF</code>``), where a panel prints them plain, or
    after a sentence that leads to them, where a panel shows its name, a banner and its labels.
    """
    opening = page.visible_text[:_SHELL_OPENING]
    if _shell_marks(opening) < _BARE_SHELL_SIGNED:
        return None
    found = _shell_signs(opening)
    if len(found) < _BARE_SHELL_SIGNED:
        return None
    start = min(match.start() for match in found)
    bare = start < _SHELL_TOP or (len(page.links) <= _HANDFUL and page.menu_link_count <= 1)
    least = _BARE_SHELL_SIGNED if bare else _SHELL_SIGNED
    if len(found) < least or len(_shell_signs(_unquoted(page, opening, bare))) < least:
        return None
    if len(_PROSE_WORD.findall(opening, 0, start)) >= _PROSE_LEAD:
        return None
    said = f"{page.title} {opening[:start]}".lower()
    name = next((f" ({name})" for name in _SHELL_NAMES if name in said), "")
    quoted = " ".join(opening[start : start + _QUOTE].split())
    evidence = f"web shell (pintu belakang) tampil di halaman{name}: \u201c{quoted}\u201d"
    location = "visible" if page.menu_link_count >= _SITE_MENU else "body"
    return Finding("defacement", "kritis", evidence[:500], location, category=CATEGORY)


def _shell_marks(text: str) -> int:
    """Return how many of ``_SHELL_MARKS`` ``text.lower()`` holds: they are ASCII, and the two characters beyond ASCII
    that lower to an ASCII letter, the Kelvin sign ("k") and "\u0130" ("i" and a combining dot), make none of them ("k"
    is in none, and none ends in "i"), so each is found as it is found in the text with its ASCII letters lowered
    (``Signs.count_folded``), without the Unicode lowering of the text."""
    return _SHELL_MARK_SIGNS.count_folded(text)


def _shell_signs(text: str) -> list[re.Match[str]]:
    return [match for sign in _SHELL_SIGNS if (match := sign.search(text)) is not None]


def _unquoted(page: Page, text: str, bare: bool) -> str:
    """Return ``text`` without what the page quotes: its code, and on a site's page (not bare) its terminal
    transcripts too (a lesson's ``<pre>`` of ``uname -a`` and ``ls -l`` below the site's menu), where a command's
    output printed alone, or a panel written atop the page, is a shell's."""
    for quoted in page.quoted_texts if bare else (*page.quoted_texts, *page.preformatted_texts):
        text = text.replace(quoted, " ")
    return text


def _handle_signed(page: Page) -> Finding | None:
    """Return a finding when a ./handle in the page's text signs beside a weak word of a defacer's (``_HANDLE_REACH``),
    where ``scan`` asks a weak word for company."""
    text = page.visible_text
    # Most pages: one search of the text, for "/" first (a character alone is found many times faster than two, which
    # are compared at each "." of a text that holds one beyond Latin-1).
    if "/" not in text or "./" not in text:
        return None
    for match in islice(_SIGNING_HANDLE.finditer(text), _HANDFUL):
        if _FILE_NAME.search(match[0]) is not None:
            continue
        near = text[max(0, match.start() - _HANDLE_REACH) : match.end() + _HANDLE_REACH]
        for _, code, term, snippet in flagged_each((near,), defacer_page=True):
            if code == "defacement" and term in _SIGNING_WORDS and not _reported(page, match):
                return Finding(
                    "defacement", "kritis", f"{term}: \u201c{snippet}\u201d"[:500], "visible", category=CATEGORY
                )
    return None


def _reported(page: Page, handle: re.Match[str]) -> bool:
    """Tell whether the sentence around ``handle`` reports it (a news item, a write-up), or a headline linked to its
    post holds it."""
    text = page.visible_text
    start = max(0, handle.start() - _SENTENCE_REACH)
    stops = list(_SENTENCE_STOP.finditer(text, start, handle.start()))
    start = stops[-1].end() if stops else start
    stop = _SENTENCE_STOP.search(text, handle.end(), handle.end() + _SENTENCE_REACH)
    sentence = text[start : stop.start() if stop else handle.end() + _SENTENCE_REACH]
    if _REPORTED.search(sentence) is not None or _OWNED_BY_ROOT.search(sentence) is not None:
        return True
    before, after = text[start : handle.start()], sentence[handle.start() - start :]
    if _QUOTE_OPENED.search(before) is not None and _QUOTE_CLOSED.match(after) is not None:
        return True
    return any(handle[0] in link.text and _POST_SLUG.search(link.href) for link in page.links)


def _own_front(page: Page, host: str) -> bool:
    """Return whether a body under the usual title is one the site put in front of itself: a splash page's link
    into the site ("Masuk ke Website", a button's image so named, a button whose click goes there), its login, its
    new single-page app's shell; never a page that signs a defacement, whatever it left of the site's (a "back to
    home", ``/wp-admin/``, a shell's password field)."""
    if not (page.asks_password or page.app_shell or _into_site(page, host)):
        return False
    return not any(f.code == "defacement" for f in scan(page))


def _into_site(page: Page, host: str) -> bool:
    """Return whether ``page`` links into the site on ``host`` (``_into``), by a link, a button's image or a button."""
    return bool(host) and any(_into(link, host) for link in (*page.links, *page.image_links, *page.button_links))


def _into(link: Link, host: str) -> bool:
    """Return whether ``link`` is a way into the site on ``host`` (its www. name too), or into another site of its
    government's (ppid.bekasikota.go.id beside dinkes.bekasikota.go.id), named in words: not back to the same page,
    nor to its administration or login."""
    parts = urlsplit(link.href)
    if parts.scheme not in ("http", "https") or _ADMIN_PATH.search(parts.path) or not _NAMED_LINK.search(link.text):
        return False
    target, own = (parts.hostname or "").removeprefix("www."), host.removeprefix("www.")
    if target == own:
        return parts.path not in ("", "/") or bool(parts.query)
    government = _government(own)
    return government is not None and _government(target) == government


def _named(hits: Hits, location: str, names: Iterable[tuple[str, Link]]) -> None:
    """Add to ``hits`` a kit's glued names in capitals linked to their own sites, as found at ``location``."""
    for name, link in names:
        hits.setdefault(("judi_online", location), (set(), f"{link.text} {link.href}"[:_QUOTE]))[0].add(name)


def _capital_brands(page: Page) -> tuple[dict[str, Link], dict[str, Link]]:
    """Return the page's links whose whole text is a glued name in a brand's capitals linked to a site of exactly its
    name, by the name in lower case: those ending in a word of gambling alone (NAGASLOT to nagaslot.com:
    ``term_scan.capital_brand``), and those ending as a person's or a shop's name may (MAWARTOTO, DEWAJP, HOKIJAYA88:
    ``term_scan.marked_brand``)."""
    found, marked = {}, {}
    # The links in capitals but those whose text cannot name their site: few, a loop's each and a split's cost.
    for link in capital_links(page.links, _MAX_PARTS):
        name = link.text.lower()
        if _own_site(link, name):
            if capital_brand(name):
                found[name] = link
            elif marked_brand(name):
                marked[name] = link
    return found, marked


def _kits_names(page: Page, brands: dict[str, Link], marked: dict[str, Link]) -> bool:
    """Tell whether the glued names in capitals to their own sites that a person's or a shop's name may be (``marked``:
    SUHARTOTO, TOKOJAYA88) are a kit's, by its mark beside them: standing bare after the site's footer (``_listed``),
    several such names with one of NAGASLOT's kind among them (``_BRAND_FARM``), two marked rel="dofollow" and bare
    (hidden, they are ``_hidden_names``). Not in a directory of shops, where names in capitals of other words link to
    their own sites too; nor one or two in the content or in the site's own footer, where a department lists its
    staff's and partners' sites so; nor names a credit or a sponsor's line words (``_credited``)."""
    names = {*brands, *marked}
    for link in islice(page.links, _MAX_PARTS):
        name = link.text.lower()
        if name not in names and link.text.isupper() and len(name) >= _SHOP_NAME and _own_site(link, name):
            return False
    # Three names a kit's only with one ending in a word of gambling alone (NAGASLOT) among them: a fun run's
    # sponsors, a radio widget's stations and a list of clubs end in a lucky number too (TOKOJAYA88, RADIODAKTA99).
    if len(names) >= _BRAND_FARM and brands:
        return True
    tail = [link for name, link in marked.items() if link in page.tail_links]
    if (
        _listed([link.text.lower() for link in tail])
        and not _credited(page, tail)
        and (len(tail) > 1 or _bare(page, tail))
    ):
        return True
    dofollow = page.dofollow_links
    followed = [link for link in (*marked.values(), *brands.values()) if link in dofollow] if dofollow else []
    return len(followed) >= 2 and not _credited(page, followed)


def _credited(page: Page, links: list[Link]) -> bool:
    """Tell whether one of ``links``, names in capitals, is worded as a credit or a sponsor's line writes one in the
    visible text: after "oleh", "by", "Theme by", "Hosting:" (``terms.CREDIT_WORDS``). A kit's names stand bare."""
    text = page.visible_text
    for link in links:
        at = text.rfind(link.text)
        before = text[max(0, at - _CREDIT_REACH) : at].split() if at > 0 else []
        if before and (before[-1].endswith(":") or before[-1].lower() in _CREDIT_WORDS):
            return True
    return False


def _bare(page: Page, links: list[Link]) -> bool:
    """Tell whether a lone name after the footer (``links``: one) stands bare, as a kit's does: first in what follows
    the footer. A vendor's credit words it in ways no list holds ("Copyright 2026 WEBJAYA88", "Diskominfostandi |
    WEBJAYA88", "v2.4 · KARYAMEDIA88", "Dikelola KARYAMEDIA88"), and a department's own line after the footer ends a
    sentence before a partner's name ("Dengarkan radio kami. RADIO99", "Pengunjung hari ini: 1.204. STATCOUNTER88")."""
    return page.tail_text.startswith(links[0].text)


def _hidden_names(page: Page) -> list[tuple[str, Link]]:
    """Return the glued names in capitals to their own sites that a person's or a shop's name may be (MAWARTOTO to
    mawartoto.com: ``term_scan.marked_brand``) hidden in a block of links alone, a kit's: not a theme's folded menu, tab
    or slide, nor a part that words more than its links; one name ending in "toto" alone is a person's (``_listed``)."""
    if not page.hidden_blocks:  # most pages: none, where the lists and their test below cost as much as a few links
        return []
    found = []
    for block in islice(page.hidden_blocks, _MAX_PARTS):
        # A part of a class of the theme's own is a widget's, hidden until a click or a script shows it: an
        # accordion's answer ("faq-a"), a toggled list of radio stations, a sponsors' slider's track. A kit's block
        # is hidden by its style alone, or by a framework's class that hides and names nothing ("d-none").
        if block.menu or block.worded or block.classed:
            continue
        for link in block.links:
            name = link.text.lower()
            if link.text.isupper() and _own_site(link, name) and marked_brand(name):
                found.append((name, link))
    # A carousel's clone of a slide it shows, or a partner's name the page shows elsewhere, is no kit's.
    found = [(name, link) for name, link in found if link.text not in page.visible_text]
    return found if _listed([name for name, _ in found]) else []


def _citizens(page: Page, said: set[str]) -> bool:
    """Tell whether the gambling words visitors wrote (``said``) are citizens' asking or complaining: each of their
    texts that names the trade asks what its words mean or tells of its harm near each word (``terms.CITIZENS_WORDS``:
    "apa maksudnya", "ditipu", "tolong"), two of its words a sentence at most and no brand, with no seller's word near
    them ("daftar", "bonus", "terpercaya": ``_CITIZENS_SALES``, ``SELLERS_WORDS``; the day's tip,
    ``terms.CITIZENS_VOIDED``), no link of theirs naming the trade or its brand's site (a spammer's comment is there
    for its link)."""
    if any(_GLUED_BRAND.fullmatch(term) for term in said) or _commenters_names(page):
        return False
    if any(code == "judi_online" for _, code, _, _ in flagged_each(_link_texts(page.visitors_links[:_MAX_PARTS]))):
        return False
    return all(_citizens_text(text) for text in page.visitors_texts)


def _citizens_text(text: str) -> bool:
    """Tell whether every word of the trade in one text of visitors' stands among a citizen's words and no seller's,
    in a sentence naming two of them at most."""
    lowered = text.lower()
    named = [m for m in matches(text) if m.kind in ("strong", "weak")]
    if len(named) > _CITIZENS_MATCHES:  # a flood of the trade's words is no citizen's (and is read in linear time)
        return False
    named = [m for m in named if not any(o.start <= m.start and m.end <= o.end and o != m for o in named)]
    for match in named:
        start = max((s.end() for s in _ITEM_STOP.finditer(lowered, 0, match.start)), default=0)
        stop = _ITEM_STOP.search(lowered, match.end)
        end = stop.start() if stop is not None else len(lowered)
        if len({m.term for m in named if start <= m.start and m.end <= end}) > _CITIZENS_TERMS:
            return False
        near = lowered[max(0, match.start - _CITIZENS_REACH) : match.end + _CITIZENS_REACH]
        words = set(_SLUG_WORDS.findall(near))
        if not words.isdisjoint(_CITIZENS_SALES) or SELLERS_WORDS.search(near) or _LESSONS_OFFERS.search(near):
            return False
        if any(_said(near, word) for word in _CITIZENS_VOIDED) or not any(_said(near, w) for w in _CITIZENS_WORDS):
            return False
    return True


def _said(text: str, words: str) -> bool:
    """Tell whether ``text`` holds ``words`` on word boundaries."""
    at = text.find(words)
    while at >= 0:
        end = at + len(words)
        if (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            return True
        at = text.find(words, end)
    return False


def _commenters_names(page: Page) -> list[tuple[str, Link]]:
    """Return the glued names in capitals that a person's or a shop's name may be (DEWAJP, MAWARTOTO:
    ``term_scan.marked_brand``) linked to their own sites in what visitors wrote: a comment's author named so, to their
    site, is a brand's spam under a story; one name ending in "toto" alone is a person's (``_listed``)."""
    if not page.visitors_links:  # most pages
        return []
    found = [
        (name, link)
        for link in islice(page.visitors_links, _MAX_PARTS)
        if link.text.isupper() and _own_site(link, name := link.text.lower()) and marked_brand(name)
    ]
    return found if _listed([name for name, _ in found]) else []


def _listed(names: list[str]) -> bool:
    """Tell whether ``names``, glued names in capitals a kit placed, are a kit's by themselves: one not a person's name
    (DEWAJP, HOKIJAYA88), or several; a lone name ending in "toto" is a person's as often (SUHARTOTO, hidden off-screen
    in a theme's partners block)."""
    return len(names) > 1 or any(not name.endswith(_PERSONS_END) for name in names)


def _sold_brands(page: Page, brands: dict[str, Link], hits: Hits) -> bool:
    """Tell whether the page's glued names in capitals linked to their own sites (``_capital_brands``) are a kit's: in a
    link farm's place (after the footer, hidden) or marked rel="dofollow", three or more of them, or beside another
    word of the trade. Not in a directory of shops, where names in capitals of other words link to their own sites
    too (TOKOALFABET beside SARIROTI), nor one or two in the content (a clinic's BUNDA4D, a parking app's PARKSLOT
    beside a maker's RUMAHBET)."""
    for link in islice(page.links, _MAX_PARTS):
        name = link.text.lower()
        if name not in brands and link.text.isupper() and len(name) >= _SHOP_NAME and _own_site(link, name):
            return False
    placed = {*page.tail_links, *page.hidden_links, *page.dofollow_links}
    return (
        any(link in placed for link in brands.values())
        or len(brands) >= _BRAND_FARM
        or any(code == "judi_online" for code, _ in hits)
    )


def _own_site(link: Link, name: str) -> bool:
    """Tell whether ``link`` goes to a site whose name is ``name`` (a glued word), with or without its www. and
    hyphens (naga-slot.com), on a domain every company takes: not an application's on its government's site
    (sipelan.bekasikota.go.id)."""
    host = (urlsplit(link.href).hostname or "").removeprefix("www.")
    site, dot, domain = host.partition(".")
    return name.isalnum() and site.replace("-", "") == name and dot + domain in _BRAND_DOMAINS


def _lone_hidden_links(page: Page) -> Iterator[Link]:
    """Yield the links of the page's hidden blocks that are a spam kit's: a block whose every link's whole text is one
    word of the trade (``terms.LONE_HIDDEN_LINKS``) to another site (``_elsewhere``; a campaign's "Judi Online" to a
    government's page, ``_CAMPAIGN``, is none), or "slot" to a name of one word on a gambling site's domain outside a
    folded part (``_LONE_SLOT``, ``_one_word_host``), and which words nothing else.

    A theme's folded parts are not: a sub-menu, a tab of tags or a carousel's slides link other topics and pages
    beside the trade's ("Judi Online" beside "Pinjol" to a portal's tags, the film "Casino" beside "Dilan 1990"), or
    name themselves ("Isu Terkini di Media"). A kit's block is its links alone."""
    for block in islice(page.hidden_blocks, _MAX_PARTS):
        if block.worded:
            continue
        found = []
        for link in block.links:
            said = " ".join(link.text.lower().split())
            if not said:  # an image's link without a text says nothing of either
                continue
            if said == _LONE_SLOT and not block.menu and _on_gambling_domain(link.href) and _one_word_host(link.href):
                found.append(link)
                continue
            if said in _CAMPAIGN and _government(urlsplit(link.href).hostname or "") is not None:
                break  # a campaign's link to a ministry's page (a hacked campus's or school's is a kit's)
            if said not in _LONE_HIDDEN_LINKS or not _elsewhere(link.href, page.host, block.menu and said in _TOPIC):
                break
            found.append(link)
        else:
            yield from found
            continue
        if block.menu:
            yield from _slid_in(page, block)


def _own_lesson(page: Page, hits: Hits) -> bool:
    """Tell whether the gambling terms of a page's visible text are a department's own lesson on the trade: its main
    content headed as one (``_lessons_heading``), with a campaign's word (``_campaigns_mark``), which lists the slang
    as the sellers' words with no verdict beside each ("Orang tua perlu tahu istilah seperti gacor, maxwin, dan RTP",
    "Apa itu maxwin? Kemenangan maksimal yang dijanjikan situs."). A kit that borrows such a heading still sells
    (``_lesson_sells``), or puts its terms anywhere else: hidden, in a link, in the title, in the footer's text."""
    if any(code == "judi_online" and location != "visible" for code, location in hits) or page.dofollow_links:
        return False
    if not page.main_headings or not _lessons_heading(page.main_headings[0]):
        return False
    if not _campaigns_mark(page.main_headings[0]) and not _campaigns_mark(page.main_text):
        return False
    main, visible = page.main_text, page.visible_text
    at = visible.find(main) if main else -1
    if at < 0 or _lesson_sells(page, hits[("judi_online", "visible")][0]):
        return False
    # The rest of what the page shows, its sidebar and its footer, judged alone.
    rest = (f"{visible[:at]}\n{visible[at + len(main) :]}", *page.shown_texts)
    return not any(code == "judi_online" for _, code, _, _ in flagged_each(rest, prose=True))


def _own_lessons_listed(page: Page, hits: Hits) -> bool:
    """Tell whether the gambling terms of a page's visible text are all in the department's own lessons as its lists
    show them (a home page's "Berita Terkini", a sidebar's "Artikel Populer", a slider, a ticker): a headline linked
    to its post's own slug (``_navigation``) headed as a lesson (``_lessons_heading``), whose item warns of the trade
    (``_warns``: "Istilah seperti slot gacor … dipakai untuk menjerat korban"). The exemption of the site's own
    navigation covers the headline's link, not its excerpt in the visible text, nor a verdict a sentence further.
    Nothing of a kit's may stand on the page: a term anywhere but the visible text, a link marked dofollow or to
    another site, a brand, a sign-up, a promise or an offer in an item, a term in the rest of what the page shows."""
    if any(code == "judi_online" and location != "visible" for code, location in hits) or page.dofollow_links:
        return False
    visible = page.visible_text
    items = _lesson_items(page, visible)
    if not items:
        return False
    texts = [visible[start:end].lower() for start, end in items]
    if any(SELLERS_WORDS.search(text) or _LESSONS_OFFERS.search(text) or _branded(text) for text in texts):
        return False
    if any(_elsewhere(link.href, page.host) for link in islice(page.links, _MAX_PARTS)):
        return False
    ends = [0, *(at for span in items for at in span), len(visible)]
    rest = "\n".join(visible[ends[i] : ends[i + 1]] for i in range(0, len(ends), 2))
    return not any(code == "judi_online" for _, code, _, _ in flagged_each((rest, *page.shown_texts), prose=True))


def _lesson_items(page: Page, visible: str) -> list[tuple[int, int]]:
    """Return where the visible text shows the site's own lessons as a list's items, in order and apart: each from
    its headline, a link to its post's own slug, to the next item's headline, its excerpt's third sentence's end or
    ``_ITEM_REACH`` characters on, whichever comes first."""
    headlines = {
        link.text
        for link in islice(page.links, _MAX_PARTS)
        if _lessons_heading(link.text) and _navigation(link, page.host)
    }
    if not headlines:
        return []
    # The next item's headline ends one: not its date, author or category linked in its meta.
    named = {link.text for link in islice(page.links, _MAX_PARTS) if len(link.text.split()) >= _ITEM_HEADLINE_WORDS}
    items: list[tuple[int, int]] = []
    for headline in headlines:
        others = named - {headline}
        at = visible.find(headline)
        while at >= 0:
            after = at + len(headline)
            reach = visible[after : after + _ITEM_REACH]
            stops = [stop.end() for stop in islice(_ITEM_STOP.finditer(reach), _ITEM_SENTENCES)]
            if len(stops) == _ITEM_SENTENCES:
                reach = reach[: stops[-1]]
            end = after + min((found for text in others if (found := reach.find(text)) >= 0), default=len(reach))
            if _warns(visible[at:end]):
                items.append((at, end))
            at = visible.find(headline, end)
    items.sort()
    return [span for i, span in enumerate(items) if not i or items[i - 1][1] <= span[0]]


def _branded(text: str) -> bool:
    """Tell whether a text names a brand of the trade (kaisar88, GACORKU88), flagged or not beside a warning."""
    return any(_GLUED_BRAND.fullmatch(match.term) for match in matches(text) if match.kind in ("strong", "weak"))


def _warns(text: str) -> bool:
    """Tell whether a text warns of the trade in a word of its own (a counter's, not one a seller warns of the
    others' sites with, "waspada", "korban"; nor one inside a seller's words): a lesson's item does ("menjerat
    korban", "literasi digital", "hanyalah mitos"), a kit's SEO post ("Kenali Istilah Judi Online Sebelum Bermain:
    pemain perlu tahu istilah gacor, maxwin dan RTP") does not."""
    found = matches(text)
    covering = [(match.start, match.end) for match in found if match.kind in ("strong", "neutral")]
    return any(
        match.kind == "counter"
        and match.term not in _SELLERS_WARNINGS
        and not any(start <= match.start and match.end <= end for start, end in covering)
        for match in found
    )


def _lessons_heading(heading: str) -> bool:
    """Tell whether a heading is a lesson's or a campaign's on the trade: its plain word ("judi", "judol"; a seller's
    headline names its slang) and a lesson's word or a campaign's ("Kenali Istilah Judi Online", "FAQ Literasi
    Digital: Judi Online", "Waspada Jebakan Judi Online")."""
    words = set(_SLUG_WORDS.findall(heading.lower()))
    if words.isdisjoint(_LESSONS_TRADE):
        return False
    return not words.isdisjoint(_LESSONS_HEADINGS) or any(match.kind == "counter" for match in matches(heading))


def _campaigns_mark(text: str) -> bool:
    """Tell whether a text holds a literacy campaign's word (``terms.LESSONS_MARKS``: "literasi", "aduankonten",
    "jebakan judi"; not one inside a seller's or a site's other words, "waspada penipuan"): a kit's SEO article
    ("Mengenal Poker Online dan Cara Memilih Bandar Judi") names the trade beside a lesson's word, and no campaign's
    (its "lawan" is a player's opponent, its "waspada" a warning of the others' sites)."""
    found = matches(text)
    covering = [(match.start, match.end) for match in found if match.kind in ("strong", "neutral")]
    return any(
        match.kind == "counter"
        and match.term in _LESSONS_MARKS
        and not any(start <= match.start and match.end <= end for start, end in covering)
        for match in found
    )


def _lesson_sells(page: Page, said: set[str]) -> bool:
    """Tell whether a page headed as a lesson sells all the same: a brand among its terms (GACORKU88), a sign-up or a
    promise in its main content (``terms.LESSONS_VOIDED``: "daftar sekarang", "link resmi", "pasti menang"; and
    ``_LESSONS_OFFERS``: "Telegram @slotgacormaxwin", "K A I S A R 8 8"), or any
    link to another site than its own, a government's or one of topics (``_elsewhere``: a campaign links
    aduankonten.id, a ministry, the news; a kit's "Info lengkap" goes to kaisar88.com, or to bit.ly's link to it)."""
    main = page.main_text.lower()
    if any(_GLUED_BRAND.fullmatch(term) for term in said) or SELLERS_WORDS.search(main):
        return True
    if _LESSONS_OFFERS.search(main):
        return True
    return any(_elsewhere(link.href, page.host) for link in islice(page.links, _MAX_PARTS))


def _campaign_unhidden(page: Page, hits: Hits) -> None:
    """Judge the hidden parts again without the links of a campaign's hidden menu or widget (``_campaign``): its
    links are the site's own news and pages, shown by a click ("Stop Judi Online", "Lapor Situs Judi Slot" in a
    folded mobile menu), and as its links they are judged as the site's own navigation."""
    dropped = {
        link for block in islice(page.hidden_blocks, _MAX_PARTS) if _campaign(page, block) for link in block.links
    }
    if not dropped:
        return
    links = [link for link in page.hidden_links if link not in dropped]
    hidden = (*page.hidden_texts, *_link_texts(links), *page.image_texts)
    del hits[("judi_online", "hidden")]
    for _, code, term, snippet in flagged_each(islice(hidden, _MAX_PARTS)):
        if code == "judi_online":
            hits.setdefault((code, "hidden"), (set(), snippet))[0].add(term)


def _campaign(page: Page, block: HiddenBlock) -> bool:
    """Tell whether a hidden block is a campaign's menu or widget of the site's own: all its links to its own pages,
    those that name the trade to news items or pages whose slug repeats what they say (``_navigation``), and one of
    them a warning's or a report's ("Stop Judi Online", "Bahaya Judi Online bagi Pelajar"), each by its own words: a
    "Stop Judi Online" vouches for no item beside it that sells ("Slot Gacor Hari Ini" to /slot-gacor-hari-ini/).
    A kit's hidden links go to other sites, or to pages put among the site's files, and warn of nothing."""
    warned = False
    for link in block.links:
        if (urlsplit(link.href).hostname or "").removeprefix("www.") != page.host.removeprefix("www."):
            return False
        found = matches(link.text)
        if not found:
            continue
        if not _navigation(link, page.host) or not _campaigns_words(found):
            return False
        warned = warned or any(match.kind == "counter" for match in found)
    return warned


def _campaigns_words(found: list[Match]) -> bool:
    """Tell whether a link's terms are a campaign's: a warning's word among them, or the trade named by its plain
    word alone ("Lapor Situs Judi Slot", "Mengenali Ciri Situs Judi Slot"); not by its sellers' slang ("Slot Gacor
    Hari Ini", "Situs Toto Togel Resmi")."""
    if any(match.kind == "counter" for match in found):
        return True
    plain = [(match.start, match.end) for match in found if "judi" in match.term.split()]
    return all(
        any(start <= match.start and match.end <= end for start, end in plain)
        for match in found
        if match.kind in ("strong", "weak")
    )


def _slid_in(page: Page, block: HiddenBlock) -> list[Link]:
    """Return the links a kit hid as several slides of one wrapper beside what it shows (read with all the wrapper's
    links, as a carousel's slides are): two or more hidden links whose whole text is a word of the trade no menu
    names a topic by ("slot demo", "gacor", "rtp live") to a site on a domain gambling sites take by the
    thousand (x.xyz, naga.vip). A carousel's film "Casino" links its streaming site, a menu's "Judi Online" a
    campaign's."""
    found = []
    for link in block.links:
        said = " ".join(link.text.lower().split())
        if said in _LONE_HIDDEN_LINKS and said not in _TOPIC and _on_gambling_domain(link.href):
            found.append(link)
    if len(found) < _SLID_IN:
        return []
    hidden = set(page.hidden_links)
    found = [link for link in found if link in hidden]
    return found if len(found) >= _SLID_IN else []


def _on_gambling_domain(href: str) -> bool:
    """Return whether ``href`` leads to a site on a domain gambling sites take by the thousand (``.xyz``, ``.vip``)."""
    return (urlsplit(href).hostname or "").endswith(_GAMBLING_SITE_DOMAINS)


def _one_word_host(href: str) -> bool:
    """Tell whether ``href``'s host is a name of one word on its domain (naga.vip), as a kit's is: not a queue's or a
    booking's that names its service or its city (antrian-bekasi.site, disdukcapil-bekasi.online)."""
    host = (urlsplit(href).hostname or "").removeprefix("www.")
    name = host.partition(".")[0]
    return name.isalnum() and not any(word in name for word in _SERVICE_HOST_WORDS)


def _elsewhere(href: str, host: str, public: bool = True) -> bool:
    """Return whether ``href`` leads to a site of another host than ``host`` (its www. name, its subdomains and the
    site it is a subdomain of are its own), nor to a site where a department names a topic alone
    (``terms.TOPIC_HOSTS``); with ``public``, nor to a government's, a university's, a school's or a village's (where
    a menu sends its "Judi Online" to a ministry's page). A redirect of a site of topics (``terms.REDIRECTS``:
    youtube.com/redirect?q=…) leads where it sends to."""
    parts = urlsplit(href)
    target, own = (parts.hostname or "").removeprefix("www."), host.removeprefix("www.")
    sent = _redirected(target, parts.path, parts.query)
    if sent is not None:
        return _elsewhere(sent, host, public)
    if not target or (public and target.endswith(_PUBLIC_HOSTS)) or target in _TOPIC_HOSTS:
        return False
    if any(target.endswith(f".{topic}") for topic in _TOPIC_HOSTS):  # m.facebook.com, jabar.tribunnews.com
        return False
    return not (target == own or target.endswith(f".{own}") or own.endswith(f".{target}"))


def _redirected(target: str, path: str, query: str) -> str | None:
    """Return the address a redirect of a site of topics sends to (``terms.REDIRECTS``), if ``target`` and ``path``
    are one's."""
    name = _REDIRECTS.get((target, path))
    if name is None:
        return None
    sent = next((value for key, _, value in (p.partition("=") for p in query.split("&")) if key == name), "")
    return unquote(sent) if sent else None


def _government(host: str) -> str | None:
    """Return the domain of the government whose site is on ``host`` (bekasikota.go.id), if it is a government's."""
    labels = host.split(".")
    return ".".join(labels[-3:]) if len(labels) >= 3 and labels[-2:] == ["go", "id"] else None


def _parts(page: Page, unmentioned: bool = False) -> Iterator[_Part]:
    """Yield the groups of texts to scan, each group one scan (``flagged_each``), each text judged on its own; with
    what tells a hit in it the site's own navigation (``_echoed``), if any.

    Of a page whose HTML holds no listed word (``unmentioned``), a group whose every text is made of its words
    holds none and is left out (most pages: their scan was most of it): its title, its metas, its visible text, its
    scripts, its links. Read still: what its HTML does not spell as it is, the strings its scripts' encode, the
    structured data's escapes and the addresses of its head, its hidden parts (a stylesheet's ``content`` escapes
    its characters), what it shows apart (an app's shell's data), a link's address percent-encoded, its frames',
    its scripts' addresses and its visitors' parts (rare)."""
    if not unmentioned:
        yield "title", (page.title, *page.more_titles), False, None
        yield "meta", (content for name, content in page.metas if name in _SCANNED_METAS), False, None
    # What the head gives search engines: its addresses, and its structured data (JSON-LD), which
    # they show in their results. (Most pages have neither: each scan costs, even of nothing.)
    if page.head_addresses or page.head_links or page.dates.json_ld:
        named = (*page.head_addresses, *page.head_links)
        addresses = spaced("\n".join(named)).split("\n") if named else []
        yield "head", (*addresses, *page.dates.json_ld), False, None
    # What the page shows apart from its text (an SVG's <text>, an iframe's srcdoc) is as visible.
    # What visitors wrote by the site's forms (its comments, its guestbook) is read apart: a place of its own to clean.
    if not unmentioned or page.shown_texts:
        yield "visible", (_without(page.visible_text, page.visitors_texts), *page.shown_texts), False, None
    if page.visitors_texts or page.visitors_links:
        yield "comments", (*page.visitors_texts, *_link_texts(page.visitors_links[:_MAX_PARTS])), False, None
    if page.tail_links and not (unmentioned and _plain_addresses(page.tail_links)):
        # The links of a farm are read together: each alone may hold one weak term, the run holds many.
        yield "link", (" ".join(_link_texts(page.tail_links)),), True, None
    # An image's alt outside a link is no visitor's to see either: read as search engines read it.
    hidden = (*page.hidden_texts, *_link_texts(page.hidden_links), *page.image_texts)
    yield "hidden", islice(hidden, _MAX_PARTS), False, None
    if page.frames:  # what a frame loads: unseen (an injected one of no size), or shown
        yield "hidden", [spaced(f.href) for f in page.frames if f.hidden], False, None
        yield "link", [spaced(f.href) for f in page.frames if not f.hidden], False, None
    if page.script_sources:  # a script loaded from the gambling site's host
        yield "script", [spaced(address) for address in page.script_sources], False, None
    # What the page's scripts write in for those that run them (a search engine does): hidden, too;
    # and those of its iframes' documents write into the frames.
    scripts = (*page.scripts, *page.frame_scripts)
    decoded = _decoded(scripts)
    if not unmentioned or decoded:
        yield "script", (*scripts, *decoded), False, None
    # A link's images read as its text (their alt and title), as search engines read them.
    links, titles, images = page.links[:_MAX_PARTS], page.link_titles[:_MAX_PARTS], page.image_links[:_MAX_PARTS]
    if unmentioned and not page.shown_links and _plain_addresses(links) and _plain_addresses(images):
        return
    if page.visitors_links:  # read with the visitors' texts
        written = set(page.visitors_links)
        links = tuple(link for link in links if link not in written)
    framed = _link_texts(page.shown_links[:_MAX_PARTS]) if page.shown_links else []
    texts = (*_link_texts(links), *titles, *_link_texts(images), *framed)
    yield "link", texts, False, lambda index, named: _navigated(page, index, named, links, titles, images)


def _plain_addresses(links: Sequence[Link]) -> bool:
    """Whether no address of ``links`` is percent-encoded: a scan reads an address decoded (``spaced``), ``mentions``
    the page as it is."""
    return plain_hrefs(links)


def _unasked(page: Page, parts: Iterator[_Part]) -> Iterator[_Part]:
    """Return ``parts`` without the words the page's address asked a search for (``Page.searched``): a search's page
    repeats them anywhere, its title, its metas, its feed's name and address, its JSON-LD, its links to more results."""
    if not page.searched:  # most pages: the parts themselves, no generator around them
        return parts
    return (
        (location, [_unechoed(text, page.searched) for text in texts], in_farm, echoed)
        for location, texts, in_farm, echoed in parts
    )


def _without(text: str, parts: Sequence[str]) -> str:
    """Return ``text`` without ``parts`` of it (each once, where it holds them)."""
    for part in parts:
        text = text.replace(part, " ", 1)
    return text


def _unechoed(text: str, searched: Sequence[str]) -> str:
    """Return ``text`` without the words of ``searched``, the asker's, not the site's."""
    for words in searched:
        text = re.sub(re.escape(words), " ", text, flags=re.IGNORECASE)
    return text


def _navigated(
    page: Page, index: int, named: bool, links: Sequence[Link], titles: Sequence[str], images: Sequence[Link]
) -> bool:
    """Return whether the text at ``index`` of a page's links, their titles and their images, read in that order, is
    one of the site's own navigation (``_echoed``), for a term a department's tags and headlines name (``named``:
    ``_NAVIGATED``); any term in a news item's headline (``_HEADLINE_WORDS``): its literacy piece names the trade's
    slang and its report the brands seized ("Apa Itu Scatter Hitam? Jebakan Judi Online", "Polisi Tangkap Promotor
    Situs Judi SLOT88"), and the visible text shows the same headline, judged with its news words."""
    if index < len(links):
        return _echoed(links[index], page, named)
    if not named:
        return False
    index -= len(links)
    if index < len(titles):
        return _echoed_title(titles[index], page)
    index -= len(titles)
    return index < len(images) and _echoed(images[index], page)


def _echoed(link: Link, page: Page, named: bool = True) -> bool:
    """Return whether ``link`` is the site's own navigation: its address names what it says, or what the page's
    link to the same address says (a news item's headline, and its picture's and its "Baca Selengkapnya"); without
    ``named``, what a news item's headline says.

    Each link is answered once a page, its address's other links found by an index: a page of 40,000 links, each
    read against all the others, held a worker for seconds.
    """
    known: dict[tuple[Link, bool], bool] = derived(page, "defacement.echoed", _none_known)
    if (link, named) not in known:
        by_address = derived(page, "defacement.by_address", _by_address)
        others = (other for other in by_address.get(link.href.partition("#")[0], ()) if other.text != link.text)
        known[(link, named)] = _navigation(link, page.host, named) or any(
            _navigation(other, page.host, named) for other in islice(others, _NEIGHBOURS)
        )
    return known[(link, named)]


def _echoed_title(title: str, page: Page) -> bool:
    """Return whether a link's title (or its label) says what a link of the site's own navigation says: a news
    item's headline, a tag's name and its count ("Bandar Judi (3 items)"); each title answered once a page."""
    name, counted, _ = title.rpartition("(")
    said = (name if counted else title).strip().lower()
    known: dict[str, bool] = derived(page, "defacement.echoed_titles", _none_known)
    if said not in known:
        by_text = derived(page, "defacement.by_text", _by_text)
        known[said] = any(_navigation(link, page.host) for link in by_text.get(said, ()))
    return known[said]


def _none_known(_page: Page) -> dict[Any, bool]:
    return {}


def _by_address(page: Page) -> dict[str, list[Link]]:
    """Return the page's links by their address (but for its fragment), each address's in the page's order."""
    found: dict[str, list[Link]] = {}
    for link in page.links:
        found.setdefault(link.href.partition("#")[0], []).append(link)
    return found


def _by_text(page: Page) -> dict[str, list[Link]]:
    """Return the page's links by what they say (trimmed, in lower case), each text's in the page's order."""
    found: dict[str, list[Link]] = {}
    for link in page.links:
        found.setdefault(link.text.strip().lower(), []).append(link)
    return found


def _navigation(link: Link, host: str, named: bool = True) -> bool:
    """Return whether ``link`` is the site's own navigation on ``host``: a tag's, a category's or a news item's
    address whose slug repeats what the link says ("Bandar Judi" to /tag/bandar-judi/), no second evidence of the
    words the visible text holds; not a page put among its files (/wp-content/uploads/slot-gacor/), nor a query's."""
    if not named and (len(link.text.split()) < _HEADLINE_WORDS or _sellers_headline(link.text)):
        return False
    parts = urlsplit(link.href)
    if not host or parts.query or (parts.hostname or "").removeprefix("www.") != host.removeprefix("www."):
        return False
    *folders, name = parts.path.rstrip("/").split("/")
    if not all(folder in _NAVIGATION_FOLDERS or folder.isdigit() for folder in folders if folder):
        return False
    for affix in _PAGE_ENDINGS:
        name = name.removesuffix(affix)
    if not any(folders[1:]):  # Lokomedia's pages stand at the root
        name = next((name.removeprefix(page) for page in _NAVIGATION_PAGES if name.startswith(page)), name)
    slug, said = _SLUG_WORDS.findall(unquote(name).lower()), _SLUG_WORDS.findall(link.text.lower())
    return bool(slug) and (slug == said or (len(slug) >= _CUT_SLUG and (_cut(slug, said) or _shortened(slug, said))))


def _sellers_headline(text: str) -> bool:
    """Tell whether a headline is a seller's, whatever its address: no word of news or warning of its own, two of the
    trade's slang names at least and a seller's word, or three ("Link Slot Gacor Maxwin Hari Ini Gampang Menang
    Terpercaya 2026", "Bocoran RTP Live Slot Gacor Pragmatic Hari Ini Paling Akurat"); a campaign's line beside it
    clears the visible text, not it. A literacy piece warns in its headline ("Kenali Jebakan Judi Online") or names
    one ("RTP Live Hanya Ilusi"); a report names the brands seized ("Kaisar88 dan Hoki99") and "judi" plainly."""
    found = matches(text)
    if any(match.kind == "counter" for match in found):
        return False
    strong = {
        (match.start, match.end)
        for match in found
        if match.kind == "strong" and "judi" not in match.term.split() and not _GLUED_BRAND.fullmatch(match.term)
    }
    names = [span for span in strong if not any(o != span and o[0] <= span[0] and span[1] <= o[1] for o in strong)]
    if len(names) < _SELLERS_NAMES:
        return False
    return len(names) > _SELLERS_NAMES or not _SALES_WORDS.isdisjoint(text.lower().split())


def _cut(slug: list[str], said: list[str]) -> bool:
    """Tell whether the words of a slug are the first of a headline's, its last one perhaps cut where the slug's
    length ran out (a CMS keeps 40 characters: "mengenal-istilah-rtp-live-dan-pola-ga")."""
    last = len(slug) - 1
    return len(said) > last and said[:last] == slug[:last] and said[last].startswith(slug[last])


def _shortened(slug: list[str], said: list[str]) -> bool:
    """Tell whether a slug is a headline's words with some left out, in their order from its first: an editor or an
    SEO plugin shortens it so ("situs-sekolah-di-deface-hacked-by-ghost" of "Situs Sekolah Di-deface, Muncul Tulisan
    Hacked by Ghost"), where the words left out may be the news's own ("muncul tulisan") and the address alone reads
    as a defacer's signature."""
    if not said or slug[0] != said[0] or len(slug) >= len(said):
        return False
    words = iter(said)
    return all(word in words for word in slug)  # each found after the one before


def _link_texts(links: Sequence[Link]) -> list[str]:
    # Each link's text and its address spaced (``f"{link.text} {spaced(link.href)}"``), made by the compiled
    # module: in Python the strings cost more than their characters.
    return link_texts(links, spaced)


def _decoded(scripts: Sequence[str]) -> list[str]:
    """Return what the encoded strings of ``scripts`` spell (their number and length are bounded)."""
    found: list[str] = []
    for code in scripts:
        if not any(mark in code for mark in _ENCODED):
            continue
        found.append(_JS_ESCAPE.sub(lambda m: chr(int(m[1] or m[2], 16)), code))
        for match in _BASE64.finditer(code):
            try:
                found.append(b64decode(match[2]).decode("utf-8", "replace"))
            except (binascii.Error, ValueError):
                pass  # not base64 after all
        found += [unquote(match[2]) for match in _PERCENT.finditer(code)]
        for match in _CHAR_CODES.finditer(code):
            found.append("".join(chr(int(n)) for n in match[1].split(",") if n.strip() and int(n) < 0x110000))
    return found


def _visitors_place(page: Page, hits: Hits) -> Hits:
    """Judge what was found among the visitors' words: citizens' asking or complaining is none (``_citizens``); a
    defacer's words move to the page's text, a block after the comments, or posted as one, defacing the page (no
    visitor's place is to be cleaned of it)."""
    asked = hits.get(("judi_online", "comments"))
    if asked is not None and _citizens(page, asked[0]):
        del hits[("judi_online", "comments")]
    found = hits.pop(("defacement", "comments"), None)
    if found is not None:
        said, _ = hits.setdefault(("defacement", "visible"), (set(), found[1]))
        said |= found[0]
    return hits


def _hidden_once(hits: Hits) -> Hits:
    """Drop a visible or link hit whose terms were all seen hidden: stylesheets and aria-hidden leave them in."""
    if not hits:  # most pages
        return hits
    for code in ("judi_online", "defacement", "konten_pornografi", "spam_tersisip"):
        hidden = hits.get((code, "hidden"), (set(), ""))[0]
        for location in ("visible", "link"):
            found = hits.get((code, location))
            if hidden and found and found[0] <= hidden:
                del hits[(code, location)]
    return hits


def _finding(code: str, location: str, found: tuple[set[str], str], farm: set[str]) -> Finding:
    words, snippet = sorted(found[0]), found[1]
    evidence = f"{', '.join(words[:8])}: \u201c{snippet}\u201d"
    return Finding(code, _severity(code, location, farm), evidence[:500], location, category=CATEGORY)


def _severity(code: str, location: str, farm: set[str]) -> Severity:
    # A link farm after the footer is an injection, not a link an editor wrote.
    if code == "defacement" or (location == "link" and code in farm):
        return "kritis"
    return _SEVERITY.get((code, location), "tinggi")


CHECK = Check(
    "defacement", CATEGORY, ("judi_online", "defacement", "konten_pornografi", "spam_tersisip"), judge, NoSettings()
)
