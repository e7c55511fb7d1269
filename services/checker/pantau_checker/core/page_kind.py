"""What a page that answered HTTP 200 is: the application, or something standing in its place.

A 200 is not proof that the application is there. A web server's or hosting panel's default
page, a "not found" page served with 200 (a soft 404), a maintenance notice, a directory
listing, an error printed instead of the page and a parked or expired domain all answer 200.

The classifier reads what a visitor sees first (the title, the first h1/h2 headings, the start
of the visible text) and the size of the page. A stand-in page is small and has few links, so a
generic phrase counts only there: a department's news item "Layanan sedang dalam perbaikan
jaringan" on a full page is not a maintenance notice, and a headline with "tidak ditemukan" in
it is not a soft 404. Phrases no real page uses (nginx's welcome, a registrar's parking text)
are trusted on larger pages than generic ones, and only a title, or the content's own first
heading (past the site's name), that is nothing but "Page not found" or "Website sedang dalam
perbaikan" counts on a page of any size: a tutorial's section "404 Not Found" or a headline
"Sedang Dalam Perbaikan, Jalan Cut Meutia Ditutup" does not. The start of the text counts only on
a page without a site's menu, or a small one: a portal's article may quote a stand-in's words. A
question ("Halaman tidak ditemukan?") is a help page's, never a notice's. A bare "404" or "Halaman tidak
ditemukan" counts first after the site's name and a left sidebar's widgets (a title followed by its
links), never after a tutorial's own title. A page that says it is not found is a soft 404 even where a
"Server Error" frames it (IIS, ASP.NET). IIS's start page is nothing but its picture linked to
Microsoft: under any title, that link on an otherwise empty page tells it. A bare "503 Service
Unavailable" is how Laravel and Apache say maintenance; a proxy's or server's own words under it
(HAProxy's "No server is available", IIS's stopped pool, Varnish's "Backend fetch failed") or its
framing ("Error 503", "HTTP Status 503 –") make it an error. A small answer that is nothing but a
status line or an API's JSON error ({"detail":"Not Found"}) is one too. A framework's starter page
(Laravel's, Yii's, Symfony's, Rails', Next.js', Nuxt's, a Vite or Vue CLI project's) is a default page:
the project was deployed, not the application; so is an API's root that says only that it runs ("The server
is running successfully."). A default page with a menu and links of its own (OpenLiteSpeed's, Laravel 11's
welcome) is read from the first sentence under the content's first heading, unless a guide introduces it there;
Tomcat's, larger still, from its title and a heading that both name it, where no site's menu frames them. An empty
page that sends its visitor on to a parking service (a refresh to Sedo, a script to its lander at "ww25.") is parked.
A theme's 404 inside the portal is also read from the main content's first heading of any level (an h3
"Konten tidak ditemukan"), or from the sentence under its "Maaf!" that names what is not there ("Alamat yang
Anda tuju salah"), or after the "Ooops... Error 404" its main content starts with (Newspaper's, in <div>s); a
small page that is nothing but "Data tidak ditemukan" is an application's root opened without its record. Rails'
development page is told by its title. A maintenance notice in
the theme's main column (a main content of a few sentences, with few links but the menu's) is read as
on a small page, but only a statement that names the site ("Website Dinas Kesehatan sedang dalam
perbaikan", "Kami sedang melakukan peningkatan server"): not "Petugas sedang melakukan perbaikan
pompa air" on a department's short page of news, nor a move to another server, which news says of a service it
names ("Layanan SIAK Sedang Dalam Proses Migrasi Server"): that is read on a small page only. So is an
application's own error view in its layout ("500 | Server Error", "Terjadi Kesalahan" as the content's heading,
but not over a form's "NIK wajib diisi"), and
so is a fatal error printed where the content should be, after which nothing was sent (PHP's, xdebug's,
WordPress's critical error): an error printed in a page that goes on is a finding (``printed_error``), one
card's of a queue display or a dashboard whose other cards go on too ("Antrean Loket 2" after it), and
one that a guide introduces ("muncul pesan berikut:") or a helpdesk's table of error codes lists is neither; an old
application's "Deprecated" warnings above it are quoted past, for the fatal error that stopped it. A page that is
nothing but a warning that its database is out of reach (``mysqli_connect()``'s, ``pg_connect()``'s), or that and
the die() after it ("Gagal koneksi database"), alone or where the theme's content should be, is the error too: not
a login form or a script's shell under a warning. A bare "503" over a notice of
maintenance is the notice. A notice's words in a post the site dates (an ``<article>`` with its ``<time>``: news
of another site's repair, of an outage) are news, and so are they where the page says the service runs on through
the work or is back ("Layanan tetap dapat digunakan", "kini sudah normal kembali"); as are a parking page's and a
database's words in such a post. Maintenance as one row's status where the page labels others ("SIPD Under
Maintenance" beside "Operational", an inventory's "Active", a tracker's "Resolved") is no notice. A notice drawn as
a picture is read from its alt, where the page has nothing else
but a link back. An application that says at its address that it is retired or has moved ("Aplikasi SIMPEG
sudah tidak digunakan lagi", "Website Kami Telah Pindah") is not there: read as not found, on a small page only.
In a theme that marks no container for its content (bare ``<div>``s), the notice is the block the content's first
heading heads. A blog platform's or a site builder's own small page at the site's address is a soft 404 where it
says the site is not there (Blogger's "Blog not found", Google Sites' "situs yang Anda minta tidak tersedia",
WordPress.com's "… is no longer available"), and a default page where the site is private, suspended or its domain
not connected (Wix's); a status line of Blogger's quoted in a post is no 404. A hosting's page for a site it
suspended is read before the errors (Hestia titles it "Access Denied"), and only on a small page or one without a
site's menu: news headed "Website Ini Telah Ditangguhkan" is in the portal's frame. It is read before a registrar's too:
"Layanan hosting untuk domain ini ditangguhkan" and Plesk's "This domain has been suspended … by the administrator of
this server" are the hosting's page (a bill unpaid, "menunggu pembayaran"), not a parked domain's. A CMS's installer
(WordPress's, Drupal's, Joomla's; MediaWiki's page for a wiki not set up) is a default page too. A listing is a web
server's "Index of /", or a file server's: Go's (no title, nothing but links named as their files), Caddy's, Node's
"serve", IIS's, h5ai, Express's serve-index; and Apache's inside a department's header and footer, by its columns. A
post the site dates is no server's or hosting's page, whatever its headline; a small article's words in quotation marks
or brackets are its examples, and a sentence that answers a question is a FAQ's. "Coming Soon" alone, as a title or a
heading, is a notice only on a page without a site's menu: an event's site says it of the event. Everything here is a
few substring searches and regular expressions over the title, the first headings and bounded parts of the text: it runs
on every check.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from typing import Literal
from urllib.parse import unquote, urlsplit

import ahocorasick_rs

from ._selectors import title_segments
from .dates import dates_in_text
from .page import BLOGGER_NEEDLES, Page, derived, gates_in
from .text import compiled_when_used

Kind = Literal[
    "aplikasi",
    "halaman_bawaan",
    "halaman_tidak_ditemukan",
    "dalam_pemeliharaan",
    "daftar_direktori",
    "galat_aplikasi",
    "domain_parkir",
    # A copy of the site a CDN serves while the server behind it is down (Cloudflare's Always Online).
    "http_5xx",
]

_LEAD = 1500  # the start of the visible text, where a stand-in page says what it is
_PROMINENT = 400  # a generic phrase counts only this close to the start
# A notice in the site's frame: its main content this short, with at most so many links but the menu's.
_PICTURE_TEXT = 40  # of a page that is a picture of a notice: its link back ("Kembali ke beranda"), or nothing
_PICTURES = 2  # of its pictures' alt texts, read as its headings
_NOTICE_CHARS = 600
_NOTICE_LINKS = 25
_NEAR_CHARS = 40
_NEWS_HEADLINES = 2  # of a list of the site's news: its posts' headlines, and their dates
# Words that make what follows them a condition, not a statement: "Jika website sedang dalam perbaikan, …".
# Not "saat", which says "now" too ("saat ini sedang dilakukan migrasi server").
_CONDITIONS = frozenset("jika apabila bila kalau seandainya andaikan manakala ketika if when whenever".split())
_CLAUSE_BREAK = re.compile(r"[.,;:!?]")
_SITE_WORDS = frozenset(
    "kami situs website web laman aplikasi sistem server portal layanan halaman site system service".split()
)
_ERROR_HEAD = 16_000  # errors are printed anywhere, but the scan reads only the start and the end
_ERROR_TAIL = 4_000
_QUOTE = 160
_HEADINGS = 4
_GREETING_WORDS = 3  # a default page heads its sentence with a word or two: "Congratulations", "Documentation"
_MAX_NEEDLES = 20
_QUOTED_START = 24  # of an error's line, looked for in the page's code and quotations
_MAX_WARNINGS = 8  # a page's warnings read past for the fatal error after them
_BLOCK_MARK = 8  # of a heading or a link's text that ends a quoted error where the page's next block starts
_CARD_HEAD = 400  # of the text before an error, where its card's heading is (with the card's words before it)
_DIE_CHARS = 200  # of a die()'s message after its warnings: "Gagal koneksi database", with what the driver said
# PHP's functions that open a connection to a database, as its warning names them when it fails.
_CONNECT_WARNING = re.compile(
    r"\b(?:mysqli?_(?:real_)?p?connect|pg_p?connect|sqlsrv_connect|oci_p?connect|odbc_p?connect|"
    r"mysqli::(?:__construct|real_connect)|PDO::__construct)\(\)"
)


@dataclass(frozen=True)
class PageKind:
    """What the page is; ``detail`` (Indonesian) quotes the evidence when it is not the application."""

    kind: Kind = "aplikasi"
    detail: str = ""

    @property
    def is_app(self) -> bool:
        return self.kind == "aplikasi"


APPLICATION = PageKind()


@dataclass(frozen=True)
class PrintedError:
    """A PHP, framework or database error printed into a page, with its (redacted) line."""

    evidence: str
    fatal: bool  # the application stopped there (an uncaught error, a framework error page)
    whole: bool  # the page is only the error: the application did not render


@dataclass(frozen=True)
class _Size:
    links: int
    chars: int


# How small a page must be for a phrase to make it a stand-in: specific phrases allow more.
_SPECIFIC = _Size(links=40, chars=8000)
_GENERIC = _Size(links=15, chars=3000)
# A parking page is little text around a wall of sponsored links.
_PARKING = _Size(links=150, chars=8000)
_RENDERED_LINKS = 8  # an application page with navigation has at least this many links


@dataclass(slots=True)  # not frozen: a frozen dataclass sets each field through object.__setattr__
class _View:
    """The prominent parts of a page, read once per classification."""

    page: Page
    title: str
    segments: tuple[str, ...]  # the title and its parts ("Page not found – Dinas X")
    headings: tuple[str, ...]
    lead: str
    content_heads: tuple[str, ...]  # the content's own first headings: after the site's name, up to a real one
    # The words of ``_GATE_WORDS`` in the title, the headings (``Page.headings``, ``headings``) and the main content's
    # first heading, a bit each (``_gate_words_in``): a gated expression matches none of them, nor any part of them,
    # unless ``_holds`` it. Each of its matches holds one of its words, and a part's words are its text's.
    marks: int

    def holds(self, gated: _Gated) -> bool:
        """Whether the title, a heading or a part of them may match ``gated``: else none does."""
        return bool(gated._words & self.marks)

    def small(self, size: _Size) -> bool:
        return len(self.page.links) <= size.links and len(self.page.visible_text) <= size.chars

    def places(self) -> Iterator[str]:
        yield self.title
        yield from self.headings
        yield from self.bare_lead()

    def bare_lead(self) -> tuple[str, ...]:
        """Return the lead of a page without a site's menu, or of a small one.

        A portal's article may quote a stand-in's words in its first paragraph ("sebelum domain kedaluwarsa",
        "muncul tulisan Welcome to nginx!"); a stand-in page has no site's menu around its words.
        """
        return (self.lead,) if self.page.menu_link_count == 0 or self.small(_GENERIC) else ()


def _rx(pattern: str) -> re.Pattern[str]:
    return compiled_when_used(pattern, re.IGNORECASE)


def _words(phrases: str, rest: str = "") -> re.Pattern[str]:
    # Each phrase starts a word: inside a word, its many alternatives are not tried (three times cheaper).
    return _rx(rf"\b(?:{phrases}){rest}")


def _phrase(pattern: str, anchored: str) -> re.Pattern[str]:
    return _rx(anchored.replace("X", pattern))


class _Gated:
    """An expression matched only on a text that holds one of ``words``, words that each of its matches holds
    (``test_page_kind_gates`` proves it of the expression). A title or a heading holds none of them, as a rule: the
    words of all such expressions are found in a text in one pass, once, where an expression of many alternatives
    tries them one after another (some twenty thousand instructions a text, for five texts and more a check)."""

    __slots__ = ("_words", "pattern")

    def __init__(self, pattern: re.Pattern[str], words: str) -> None:
        self.pattern = pattern
        self._words = 0
        for word in words.split():
            if word not in _GATE_WORDS:
                _GATE_WORDS.append(word)
            self._words |= 1 << _GATE_WORDS.index(word)

    def match(self, text: str) -> re.Match[str] | None:
        return self.pattern.match(text) if _gate_words_in(text) & self._words else None


_GATE_WORDS: list[str] = []  # of every ``_Gated``, each its bit of ``_gate_words_in``
_GATE_TEXTS = 256  # a check's title, its parts and its first headings, each read by several expressions


@functools.lru_cache(maxsize=_GATE_TEXTS)
def _gate_words_in(text: str) -> int:
    """Return the words of ``_GATE_WORDS`` in ``text``, a bit each."""
    found = 0
    for index, _, _ in _gate_automaton().find_matches_as_indexes(_folded(text), overlapping=True):
        found |= 1 << index
    return found


@functools.cache
def _gate_automaton() -> ahocorasick_rs.AhoCorasick:
    return ahocorasick_rs.AhoCorasick(_GATE_WORDS)  # made once every expression has added its words


def _folded(text: str) -> str:
    """Return ``text`` in lower case, each letter that an expression ignoring case matches with an ASCII one made it:
    of those, "İ" lowers to "i" and a combining dot, "ı" and "ſ" stay (``str.translate`` costs ten times these)."""
    lowered = text.lower()
    return lowered if lowered.isascii() else lowered.replace("\u0307", "").replace("ı", "i").replace("ſ", "s")


# --- the patterns, by kind ------------------------------------------------------------------------

# Apache's, nginx's, lighttpd's, Python's, Tomcat's; Node's "serve" ("Files within simpeg/", "Index of simpeg/");
# Jetty's "Directory: /".
# ASP.NET's development server's "Directory Listing -- /".
_LISTING_TITLE = _rx(
    r"^(?:index\s+of|directory\s+listing\s+(?:for|--)|files\s+within|directory:)\s+(?:\[?/|[\w.-]+\s?/)"
)
_IIS_LISTING = _rx(r"\[to\s+parent\s+directory\]|\b\d{1,2}:\d{2}\s+[ap]m\s+<dir>\s")
# Caddy's file browser: its title the path, its summary "3 directories 12 files"; h5ai's title.
_CADDY_SUMMARY = _rx(r"\b\d+\s+director(?:y|ies)\s+\d+\s+files?\b")
_H5AI_TITLE = _rx(r"\bpowered\s+by\s+h5ai\b")
_SERVE_INDEX_TITLE = _rx(r"^listing\s+directory\s+/\S*$")  # Express's serve-index, whatever its theme draws
# PHP's file listers, as their own footer credits them on a page of nothing else: Directory Lister ("Home • Directory
# Lister", in version 2 "Directory listing of /"), Encode Explorer.
_LISTER_CREDIT = _rx(r"\bpowered\s+by,?\s+(?:directory\s+lister|encode\s+explorer)\W*$")
_LISTER_TAIL = 80
_BUCKET_LISTING = "ListBucketResult"  # S3's and MinIO's XML list of a bucket's files, open to anyone
# Apache's listing inside a department's header and footer (its HeaderName and ReadmeName): its table's header, then
# the parent directory's row, under "Index of /arsip". A portal's archive page "Index of / Arsip Produk Hukum" has none.
_LISTING_COLUMNS = _rx(
    r"^(?:index\s+of\s+\S+\s+)?name\s+last\s+modified\s+size\b(?:\s+description)?\s+parent\s+directory\b"
)
# Apache's listing under a header of its own (HeaderName: a department's HEADER.html, or a README in a <pre>) in place
# of its "Index of /" heading: its title, with the links its columns' headings sort by ("?C=N;O=D", "?C=M;O=A").
# A portal's page of documents titled "Index of Dokumen Publik" sorts by its own parameters, if at all.
_APACHE_SORT = "?C="
_APACHE_SORT_KEYS = ("C=N;O=", "C=M;O=", "C=S;O=")
# nginx's fancyindex module, in any theme: its table's header, then the parent directory's row.
_FANCYINDEX = _rx(r"\bfile\s+name\s+\W{0,3}\s*file\s+size\s+\W{0,3}\s*date\s+\W{0,3}\s*parent\s+directory/")
# Tiny File Manager open without its login: its table's header over the files, which anyone may open, upload to and
# delete, whatever title it was given. Its own word "Perms" is looked for first, case and all, so no page pays the
# expression that does not print it near its start.
_FILE_MANAGER_SIGN = "Perms"
_FILE_MANAGER_LEAD = 160  # its brand and navigation, then the table
_FILE_MANAGER_LINK = "?p="
_FILE_MANAGER_PARAMETER = "p="  # a folder's path ("uploads/2026"), or none for the root: a shortlink's is a number
_FILE_MANAGER_COLUMNS = _rx(r"\bname\s+size\s+modified\s+perms\s+owner\s+actions\b")

_DEFAULT_PHRASES = (
    r"welcome\s+to\s+nginx|test\s+page\s+for\s+the\s+(?:(?:nginx|apache)\s+)?http\s+server|"
    r"used\s+to\s+test\s+the\s+proper\s+operation\s+of\s+(?:the\s+|an\s+)?(?:(?:apache|nginx)\s+)?http\s+server|"
    r"(?:nginx|angie)\s+web\s+server\s+is\s+successfully\s+installed|angie\s+is\s+successfully\s+installed|"
    r"apache2?\s+(?:ubuntu\s+|debian\s+|centos\s+|fedora\s+)?default\s+page|(?:apache\s+)?http\s+server\s+test\s+page|"
    r"test\s+page\s+for\s+(?:the\s+)?apache|apache\s+is\s+functioning\s+normally|"
    r"apache\s+is\s+working\s+on\s+your\s+cpanel\b|"  # WHM's "Great Success !" at a server's own address
    r"default\s+welcome\s+page\s+used\s+to\s+test\s+the\s+correct\s+operation|"
    r"iis\s+windows\s+server|welcome\s+to\s+iis|does\s+not\s+currently\s+have\s+a\s+default\s+page|"
    r"welcome\s+to\s+(?:open)?litespeed|successfully\s+installed\s+(?:the\s+)?(?:open)?litespeed|"
    r"(?:open)?litespeed\s+web\s+server\s+is\s+(?:(?:successfully\s+)?installed|up\s+and\s+running)|"
    r"successfully\s+installed\s+cyberpanel,?\s+please\s+remove\s+this\s+page|"  # CyberPanel's, in a new site
    r"successfully\s+installed\s+tomcat|caddy\s+works|caddy\s+is\s+ready\s+to\s+serve\s+your\s+site|"
    r"your\s+web\s+server\s+is\s+working\.\s+now\s+make\s+it\s+work\s+for\s+you|"
    r"it\s+is\s+possible\s+you\s+have\s+reached\s+this\s+page\s+because|document\s+root:\s+c:/laragon/www|"
    r"default\s+web\s*site\s+page|domain\s+default\s+page|web\s+server['’]?s\s+default\s+page|"
    # Virtualmin's, for a new virtual server ("Domain default page for …") or a name it does not serve ("Host …").
    r"host\s+default\s+page\s+for\b|this\s+page\s+indicates\s+(?:a\s+newly\s+created\s+web\s*site|the\s+web\s*server)\s+"
    r"is\s+working|"
    r"this\s+page\s+(?:is\s+|was\s+)?(?:auto)?generated\s+(?:automatically\s+)?by\s+plesk|"
    r"(?:dibuat|dihasilkan)\s+(?:secara\s+)?otomatis\s+oleh\s+plesk|future\s+home\s+of\s+something\s+quite\s+cool|"
    r"this\s+ip\s+is\s+being\s+shared\s+among\s+many\s+domains|"
    r"there\s+is\s+no\s+web\s*site\s+configured\s+at\s+this\s+address|"
    r"\bdirectadmin\b.{0,40}\b(?:default|bawaan)\b|\b(?:default|bawaan)\b.{0,60}\bdirectadmin\b|"
    r"(?:the|your)\s+domain\s+(?:[\w-]+(?:\.[\w-]+)+\s+)?is\s+(?:now\s+)?working\b|"
    r"this\s+is\s+(?:the|a)\s+default\s+(?:web\s*)?page\s+(?:for|of)\b|"  # Webuzo's and Vesta's, of a domain added
    r"this\s+is\s+the\s+default\s+index\s+page\s+of\s+your\s+web\s*site|"  # ISPConfig's
    r"this\s+page\s+is\s+the\s+default\s+page\s+(?:for|of)\s+(?:your|this)\s+web\s*site|"  # and ISPConfig 3's
    r"you\s+are\s+now\s+running\s+bitnami\b|"  # a Bitnami stack's image in the cloud
    # Debian's lighttpd placeholder ("Placeholder page"), and its kind on other servers.
    r"the\s+owner\s+of\s+this\s+web\s*site\s+has\s+not\s+put\s+up\s+any\s+web\s*pages\s+yet|"
    r"no\s+web\s*site\s+is\s+configured\s+(?:at|for)\s+this\s+(?:ip\s+)?address|"
    # GlassFish's first page.
    r"to\s+replace\s+this\s+page,?\s+overwrite\s+the\s+file\s+index\.html|"
    r"the\s+site\s+is\s+created\s+successfully|"
    r"this\s+is\s+the\s+default\s+index\.html,?\s+this\s+page\s+is\s+automatically\s+generated|"
    # A framework's or a stack's own first page: installed, the application not (yet, or any more).
    r"welcome\s+to\s+xampp|successfully\s+installed\s+xampp|"
    r"laravel\s+has\s+(?:wonderful|an\s+incredibly\s+rich)|laracasts\s+offers\s+thousands\s+of\s+video|"
    # Laravel 5 to 7's welcome, with the links ``make:auth`` adds over it ("Login Register", "Home" once signed in).
    r"^(?:(?:home|login(?:\s+register)?)\s+)?laravel\s+docs\s+laracasts\b|"
    r"welcome\s+to\s+codeigniter|being\s+generated\s+dynamically\s+by\s+codeigniter|"
    r"the\s+install\s+worked\s+successfully|instalasi\s+berjalan\s+dengan\s+sukses|^express\s+welcome\s+to\s+express$|"
    r"create\s+your\s+first\s+administrator\W{1,8}by\s+going\s+to\s+the\s+administration\s+panel|"  # Strapi's
    r"welcome\s+to\s+(?:openresty|tengine|angie)\b|(?:openresty\s+web\s+platform|tengine\s+web\s+server)\s+is\s+"
    r"successfully\s+installed|"
    # The starter page a framework's or a front end's new project shows, deployed in the application's place.
    r"successfully\s+created\s+your\s+yii-powered\s+application|welcome\s+to\s+(?:symfony|cakephp|laminas)\b|"
    r"you['’]re\s+seeing\s+this\s+page\s+because\s+you\s+haven['’]t\s+configured\s+any\s+homepage|"
    r"yay!?\s+you['’]re\s+on\s+rails|"
    r"edit\s+(?:src/)?app\.(?:[jt]sx?|vue|svelte)\s+and\s+save\s+to\s+(?:reload|test\s+hmr)|"
    r"click\s+on\s+the\s+vite\s+and\s+\w+\s+logos\s+to\s+learn\s+more|"
    r"get\s+started\s+by\s+editing\s+(?:src/)?(?:app/page|pages/index|app\.vue)|"
    r"to\s+get\s+started,?\s+edit\s+the\s+page\.(?:tsx|jsx|js)\s+file|"  # Next.js 16's
    # Astro's: "To get started, open the src/pages directory in your project."
    r"to\s+get\s+started,?\s+open\s+the\s+(?:directory\s+)?src/pages/?\s+(?:directory\s+)?in\s+your\s+project|"
    r"congratulations!?\s+your\s+app\s+is\s+running|here\s+are\s+some\s+links\s+to\s+help\s+you\s+(?:get\s+)?start|"
    r"welcome\s+to\s+(?:nuxt|sveltekit|your\s+vue\.js(?:\s+\+\s+typescript)?\s+app)\b|"
    r"try\s+editing\s+src/routes/\+page\.svelte|visit\s+kit\.svelte\.dev\s+to\s+(?:learn\s+sveltekit|read\s+the\s+doc)|"
    r"learn\s+about\s+building\s+web\s+apps\s+with\s+asp\.net\s+core|"
    # Rails 7.1's and 8's welcome (its logo, then its versions and nothing else); the templates of ASP.NET MVC
    # and Web Forms under their own heading "ASP.NET" (an application keeps the sentence under its own name),
    # and Blazor's; the AppServ stack's first page on a Windows server.
    r"^rails\s+version:\s*\d[\w.]*\s+ruby\s+version:\s*ruby\s+\d|"
    r"asp\.net\s+asp\.net\s+is\s+a\s+free\s+web\s+framework\s+for\s+building\s+great\s+web\s*sites|"
    r"hello,\s+world!\s+welcome\s+to\s+your\s+new\s+app\b|the\s+appserv\s+open\s+project\b|"
    # A cloud platform's or a reverse proxy's page for a site with nothing deployed behind it: Firebase
    # Hosting, Azure App Service, Elastic Beanstalk's sample, Nginx Proxy Manager, Synology's Web Station.
    r"firebase\s+hosting\s+setup\s+complete|successfully\s+set\s*up\s+firebase\s+hosting|"
    r"your\s+app\s+service\s+is\s+up\s+and\s+running|hey,?\s+app\s+service\s+developers|"
    r"your\s+web\s+app\s+is\s+running\s+and\s+waiting\s+for\s+your\s+content|"  # App Service's older start page
    r"your\s+first\s+aws\s+elastic\s+beanstalk\s+[\w.]+\s+application\s+is\s+now\s+running|"
    r"successfully\s+started\s+the\s+nginx\s+proxy\s+manager|"
    r"trying\s+to\s+access\s+a\s+host\s+that\s+isn['’]t\s+set\s+up\s+yet|web\s+station\s+has\s+been\s+enabled|"
    # Java application servers' own first pages (WildFly, JBoss).
    r"welcome\s+to\s+(?:wildfly|jboss)\b|your\s+wildfly\s+instance\s+is\s+running|"
    r"your\s+(?:red\s+hat\s+)?jboss\s+(?:enterprise\s+application\s+platform|application\s+server)\b"
)
# A hosting's own page for an account with no site yet, over its limits or past its term: what a guide to the
# hosting tells its reader too, so only where the page says it first (its title, its headings, a bare lead).
_HOSTING_PHRASES = (
    # An Indonesian hosting's page for an account that has no site yet.
    r"halaman\s+(?:default|bawaan)\s+(?:hosting|domain|server|web|situs|website)|"
    r"(?:website|situs|hosting)\s+anda\s+(?:(?:sudah|telah)\s+aktif|(?:sudah\s+|telah\s+)?berhasil\s+dibuat)|"
    r"belum\s+ada\s+(?:file|berkas|konten|isi)\s+(?:apa\s+pun\s+)?(?:di|pada)\s+(?:folder\s+|direktori\s+)?public_html|"
    r"pemilik\s+(?:domain|website|situs)\s+(?:ini\s+)?belum\s+(?:meng)?(?:unggah|upload)|"
    r"the\s+web\s*site\s+you\s+were\s+trying\s+to\s+reach\s+is\s+not\s+configured\s+on\s+this\s+server|"
    r"(?:(?:meng)?unggah|upload)\s+(?:file|berkas)\s+(?:website\s+|situs\s+)?(?:anda\s+)?ke\s+"
    r"(?:folder\s+|direktori\s+)?public_html|"
    r"upload\s+your\s+(?:web\s*site\s+)?(?:files?|content)\s+(?:files\s+)?(?:to|in)\s+(?:the\s+)?public_html|"
    r"your\s+new\s+web\s+server\s+is\s+ready\s+to\s+use|"  # Hestia's, under the domain's "Coming Soon"
    # Hostinger's for a domain pointed at it, naming it: a guide says "domain Anda".
    r"(?:the\s+)?domain\s+[\w-]+(?:\.[\w-]+)+\s+(?:(?:sudah|telah)\s+diarahkan|is\s+(?:now\s+)?pointed)\s+"
    r"(?:ke|to)\s+hostinger\b|"
    # A hosting's account over its quota or past its term; a server (the city's data centre's too) with no site on it.
    r"(?:akun\s+hosting\s+(?:anda\s+)?melebihi|melebihi)\s+kuota\s+(?:paket\s+)?hosting|disk\s+quota\s+exceeded|"
    r"hosting\s+untuk\s+domain\s+\S{1,80}\s+(?:telah|sudah)\s+melewati\s+masa\s+aktif|"
    r"this\s+(?:hosting\s+(?:service|account|plan)|account)\s+has\s+expired|"
    r"hosting\s+(?:plan|package|service)\s+for\s+this\s+(?:web\s*site|site|domain)\s+has\s+expired|"
    r"the\s+hosting\s+account\s+for\s+this\s+domain\s+has\s+expired|"
    r"no\s+web\s*site\s+has\s+been\s+configured\s+yet|replace\s+this\s+page\s+in\s+/var/www/html|"
    r"subdomain\s+ini\s+(?:telah|sudah)\s+dialokasikan|aplikasi\s+belum\s+dipasang\s+oleh\s+perangkat\s+daerah|"
    r"(?:successfully\s+)?created\s+(?:with|using)\s+(?:cyberpanel|cloudpanel|webuzo)\b|(?:has\s+been\s+)?added\s+via\s+webuzo|"
    # DirectAdmin's, ispmanager's and Hestia's for a domain just added.
    r"set\s+up\s+correctly\s+on\s+a\s+server\s+managed\s+by\s+directadmin|powered\s+by\s+hestia\s+control\s+panel|"
    r"web\s*site\s+[\w-]+(?:\.[\w-]+)+\s+(?:was|has\s+been)\s+(?:created\s+successfully|successfully\s+created)|"
    r"this\s+domain\s+currently\s+has\s+no\s+web\s*site|"  # OpenPanel's, under "Ready, set, internet 🎉"
    # A shared server's page for a domain pointed at it that no account claims.
    r"(?:is\s+)?not\s+configured\s+(?:in|on|for)\s+any\s+hosting\s+account|"
    r"hosting\s+account\s+is\s+(?:now\s+)?ready|akun\s+hosting\s+anda\s+(?:sudah|telah)\s+(?:siap|aktif)|"
    # The hosting's own pages: a site over its limits, or its server set up wrong.
    r"bandwidth\s+limit\s+exceeded|resource\s+limit\s+is\s+reached|exceeded\s+(?:its\s+)?resource\s+limit|"
    r"site\s+temporarily\s+unavailable|"
    # A hosting whose term or quota ran out, an account switched off, a domain not yet pointed at it: the
    # department's budget lapsed, or the move to a new server was left half done.
    r"masa\s+(?:aktif|berlaku)\s+(?:layanan\s+)?(?:hosting|domain|website|situs)\s+(?:untuk\s+)?"
    r"(?:(?:website|situs|domain)\s+)?(?:ini\s+|anda\s+)?(?:telah|sudah)\s+"
    r"(?:berakhir|habis)|"
    r"layanan\s+hosting\s+(?:untuk\s+)?(?:(?:domain|website|situs)\s+)?(?:ini\s+)?(?:telah|sudah)\s+(?:berakhir|habis)|"
    r"layanan\s+hosting\s+(?:untuk\s+)?(?:(?:domain|website|situs)\s+)?(?:ini\s+)?(?:sedang\s+|telah\s+)?"
    r"(?:tidak\s+aktif|nonaktif|di-?nonaktifkan|dinon-?aktifkan)|"
    r"(?:kuota|batas)\s+bandwidth\s+(?:website|situs|hosting)\s+(?:ini\s+)?(?:telah|sudah)\s+(?:habis|terlampaui)|"
    r"this\s+account\s+(?:is\s+(?:inactive|not\s+active)|has\s+been\s+(?:terminated|deactivated))|"
    r"domain\s+(?:ini\s+|anda\s+)?belum\s+(?:diarahkan|dihubungkan|terhubung)\s+ke\s+(?:hosting|server)|"
    # A registrar's page for a name registered but never pointed: "Domain … sudah terdaftar namun belum diarahkan".
    r"(?:sudah|telah)\s+terdaftar\s*,?\s+(?:namun|tetapi|tapi)\s+belum\s+(?:diarahkan|dihubungkan|terhubung)\s+ke\s+"
    r"(?:hosting|server)"
)
# A site or a hosting account switched off by its hosting (unpaid, over its limits, or a vendor's account
# closed), in English and Indonesian: cPanel's, Hestia's (under the title "Access Denied", which would read as
# the server's error), an Indonesian hosting's own.
_SUSPENDED = _words(
    r"this\s+account\s+(?:has\s+been|is)\s+(?:currently\s+|temporarily\s+)?suspended|"
    r"(?:this|your)\s+(?:web\s*site|site)\s+(?:has\s+been|is)\s+(?:currently\s+|temporarily\s+)?suspended|"
    r"(?:web\s+)?hosting\s+account\s+(?:associated\s+with|for)\s+this\s+(?:web\s*site|site|domain)\s+has\s+been\s+"
    r"suspended|"
    r"akun\s+hosting\s+(?:ini\s+)?(?:telah\s+|sedang\s+)?(?:di-?suspend|ditangguhkan|di-?nonaktifkan|dinon-?aktifkan|dibekukan)|"
    r"akun\s+anda\s+(?:telah\s+|sedang\s+)?di-?suspend|"  # a hosting's word: an application says "ditangguhkan"
    r"(?:website|situs(?:\s+web)?)\s+ini\s+(?:telah\s+|sedang\s+)?(?:di-?suspend|ditangguhkan)|"
    r"(?:website|situs(?:\s+web)?|akun(?:\s+hosting)?|hosting)\s+(?:ini\s+)?sedang\s+(?:dalam\s+)?masa\s+suspend|"
    r"this\s+(?:web\s*site|site|account)\s+(?:has\s+been|is)\s+(?:temporarily\s+)?(?:disabled|deactivated)|"
    # Switched off by the hosting, or for its term ended: "Website ini untuk sementara dinonaktifkan oleh penyedia
    # layanan hosting", "… dinonaktifkan sementara karena masa aktif layanan telah berakhir" (the city's own word for
    # a site it switched off names no hosting).
    r"(?:website|situs(?:\s+web)?)\s+ini\s+(?:untuk\s+sementara\s+|telah\s+|sedang\s+)?(?:di-?nonaktifkan|dinon-?aktifkan|dibekukan)"
    r"\s+(?:sementara\s+)?(?:oleh\s+(?:penyedia\s+(?:layanan\s+)?|pihak\s+)?hosting|karena\s+masa\s+aktif\s+layanan|"
    r"karena\s+tagihan)\b|"
    # An Indonesian hosting's own for an account suspended or waiting for its bill to be paid (Niagahoster's "Akun Ini
    # Telah Ditangguhkan", Rumahweb's "Layanan hosting untuk domain ini sedang ditangguhkan", Jagoan Hosting's "…
    # sedang menunggu pembayaran"): "akun ini" with its "telah" or "sedang", as an application tells its user "Akun
    # Anda".
    r"akun\s+ini\s+(?:telah|sedang)\s+(?:di-?suspend|ditangguhkan)|"
    r"akun\s+hosting\s+untuk\s+(?:website|situs|domain)\s+ini\s+(?:untuk\s+sementara\s+|telah\s+|sedang\s+)?"
    r"(?:di-?suspend|ditangguhkan|di-?nonaktifkan|dinon-?aktifkan)|"
    r"layanan\s+hosting\s+(?:untuk\s+(?:domain|website|situs)\s+ini|ini)\s+(?:telah\s+|sedang\s+)?"
    r"(?:di-?suspend|ditangguhkan|menunggu\s+pembayaran)|"
    r"tagihan\s+(?:perpanjangan\s+)?(?:layanan\s+)?hosting\s+(?:anda\s+|ini\s+)?belum\s+(?:dibayar|dilunasi)|"
    # aaPanel's "Sorry, the site has been stopped by the administrator", Plesk's "… suspended by the administrator of
    # this server" under a heading a registrar's page has too ("This domain has been suspended").
    r"(?:the|this)\s+(?:web\s*)?site\s+has\s+been\s+stopped|"
    r"suspended\s+by\s+the\s+(?:administrator|admin)\s+of\s+this\s+server"
)
# A blog platform's or a site builder's own page at the site's address: a blog made private (Blogger), a site
# suspended (WordPress.com), a domain never connected to the site built for it (Wix). Read on a small page only:
# a blog's post that tells its readers of another blog quotes it, and Blogger's theme has no menu to tell it by.
_PLATFORM_PAGE = _words(
    r"this\s+blog\s+is\s+open\s+to\s+invited\s+readers\s+only|"
    r"blog\s+ini\s+hanya\s+terbuka\s+untuk\s+pembaca\s+yang\s+diundang|"
    r"this\s+(?:site|blog)\s+has\s+been\s+archived\s+or\s+suspended|"
    r"this\s+domain\s+isn['’]t\s+connected\s+to\s+a\s+web\s*site\s+yet"
)
# A platform's, a hosting's or a server's page in words a department's news headlines too ("Server IIS Telah Berhasil
# Dipasang" over a post in a list of the site's news): read only on a page without a site's menu, or a small one,
# where the other stand-ins' words are (its title, its headings, its lead).
_BARE_DEFAULT = _words(
    r"server\s+iis\s+(?:telah|sudah)\s+berhasil\s+(?:dipasang|diinstal)|"  # IIS's start page rewritten in Indonesian
    r"heroku\s+\|\s+welcome\s+to\s+your\s+new\s+app\b|"  # Heroku's app created, nothing deployed
    # "Hosting untuk website ini telah kedaluwarsa", "Layanan hosting untuk domain ini sudah kedaluwarsa": of this site.
    r"(?:layanan\s+)?hosting\s+untuk\s+(?:domain|website|situs)\s+ini\s+(?:telah|sudah)\s+"
    r"(?:kedaluwarsa|kadaluwarsa|kadaluarsa|kedaluarsa|expired)|"
    # Jagoan Hosting's for a domain pointed at an account with nothing uploaded yet.
    r"domain\s+[\w-]+(?:\.[\w-]+)+\s+(?:sudah|telah)\s+terhubung\s+dengan\s+layanan\s+[\w-]+\s+hosting\b"
)
_BT_PANEL = r"|站点创建成功|没有找到站点"  # no word boundary between Chinese characters
_DEFAULT = _words(f"{_DEFAULT_PHRASES}|{_HOSTING_PHRASES}", _BT_PANEL)
# A server's, a panel's or a framework's own sentence, in the first one under the content's first heading.
_PRODUCT_SAID = _words(_DEFAULT_PHRASES)
# An Indonesian hosting's own page for a site over its monthly bandwidth or its package's resources (the English
# "Bandwidth Limit Exceeded" and "Resource Limit Is Reached" are among the hosting's phrases): on a tiny page without
# a menu only, as news of the city's internet quota ("Batas Bandwidth Terlampaui, Warga Keluhkan …") is in a frame.
# Only its own heading, whole: a sentence is a helpdesk's or a status page's ("Website OPD yang melebihi kuota
# bandwidth dapat mengajukan …"), or of the past ("Website ini telah melebihi kuota bandwidth bulan lalu, dan paket
# telah ditingkatkan").
_OVER_LIMIT_TEXT = 400
_OVER_LIMIT_HEAD = _rx(  # not asked
    r"^(?:batas\s+bandwidth\s+terlampaui|kuota\s+hosting\s+(?:penuh|habis)|batas\s+sumber\s+daya\s+(?:tercapai|terlampaui))"
    r"\s*[.!]?$"
)
# LiteSpeed's example site for a name no virtual host claims, DirectAdmin's older page for a domain just added, a
# generic placeholder's, Dewaweb's for an account with nothing uploaded yet (its heading, then what to do: a guide says
# only the latter): each its own sentence, on a page without a site's menu and dated posts (a portal's lead "Halaman
# uji kami sebelumnya served by the Example virtual host of OpenLiteSpeed; kini digantikan …", a kelurahan's hero
# "Welcome to your new website!" over its services).
_PLACEHOLDER_SAID = _words(
    r"served\s+by\s+the\s+example\s+virtual\s+host\s+of\s+(?:open)?litespeed\b|"
    r"welcome\s+to\s+your\s+new\s+web\s*site!|the\s+owner\s+of\s+this\s+web\s*site\s+has\s+not\s+yet\s+uploaded\s+"
    r"content|this\s+is\s+a\s+placeholder\s+page\.?\s+replace\s+index\.html|"
    r"website\s+anda\s+sudah\s+siap!\s+(?:[^.!?]{1,100}[.!]\s+)?silakan\s+(?:meng)?(?:unggah|upload)\s+konten\s+website\s+"
    r"anda\b"
)
# Tomcat's version names its first page in the title and heading; in an application's footer it is no sign.
_DEFAULT_HEADED = _words(f"{_DEFAULT_PHRASES}|{_HOSTING_PHRASES}" + r"|apache\s+tomcat/\d", _BT_PANEL)
# WordPress's sample post: the whole site on a fresh install, but one a small real site may keep
# below its news, so it counts only on a page as small as a fresh install's, or as the only post (``_SAMPLE_POST``).
_SAMPLE_HEADLINES = frozenset({"hello world!", "halo dunia!"})
_SAMPLE_POST = _rx(
    r"welcome\s+to\s+wordpress\.\s+this\s+is\s+your\s+first\s+post|"
    r"selamat\s+datang\s+di\s+wordpress\.\s+ini\s+adalah\s+pos\s+pertama\s+anda"
)
_SAMPLE_CONTENT = _rx(
    r"welcome\s+to\s+wordpress\.\s+this\s+is\s+your\s+first\s+post|"
    r"selamat\s+datang\s+di\s+wordpress\.\s+ini\s+adalah\s+pos\s+pertama\s+anda|"
    # Drupal's front page before anything is published (a real site's empty listing is in its full theme).
    r"no\s+front\s+page\s+content\s+has\s+been\s+created\s+yet|"
    r"you\s+haven['’]t\s+created\s+any\s+front\s*page\s+content\s+yet|"  # Drupal 10's
    r"ini\s+adalah\s+halaman\s+default\s+cms\s+lokomedia|no\s+journals\s+have\s+been\s+published|"
    # OpenSID's village before its data is entered; the Kominfo template's placeholders; SLiMS's stock header.
    r"desa\s+contoh\b.{0,80}\bkecamatan\s+contoh|\bnama\s+perangkat\s+daerah\b.{0,400}\bcontoh\s+judul\s+berita|"
    r"senayan\s+library\s+management\s+system\b.{0,200}\bno\s+popular\s+titles\s+yet|"
    # A starter's answer, the whole page (Fiber's waves): the application's code was never put in its place;
    # or a developer's check that the server answers ("test", "tes", "coba"), its title the same or none.
    r"^hello,?\s+world\s*(?:👋\s*)?[.!]?$|^(?:test(?:ing)?|tes|coba|percobaan)(?:\s*(?:test|tes|123|1\s*2\s*3))?[.!]*$|"
    # An API's root that says only that it runs (Express's or Strapi's first route): the front end is not there.
    r"^(?:the\s+)?(?:server|api|backend)\s+is\s+(?:up\s+and\s+)?running(?:\s+successfully)?(?:\s+on\s+port\s+\d+)?"
    r"\s*(?:[.!]+|…)?$"
)
# PHP's configuration report, however long: it shows the server's paths and settings to anyone.
_PHPINFO_TITLE = _rx(r"^php\s+\d[\w.~+-]*\s+-\s+phpinfo\(\)$")
# IIS's start page is only its picture, linked to Microsoft: under a title of the vendor's, that link tells it.
_IIS_START = "go.microsoft.com/fwlink/?linkid=66138"
_DEFAULT_HEAD = _rx(
    r"^(?:iis\s*\d*|(?:account|web\s*site)\s+(?:is\s+)?suspended|laragon|akun\s+ditangguhkan|"
    r"default\s+(?:web\s*)?page|hosting\s+expired|(?:website|situs)\s+belum\s+tersedia|(?:website|situs)\s+(?:di-?nonaktifkan|nonaktif)|"
    r"(?:website|situs)\s+(?:ini\s+)?sedang\s+tidak\s+aktif|domain\s+not\s+configured|"
    # A site switched off by its hosting or by the city's administrator, as its heading: news of it says more.
    r"(?:mohon\s+maaf,?\s+)?(?:website|situs(?:\s+web)?)\s+ini\s+(?:untuk\s+)?(?:sementara\s+(?:waktu\s+)?|telah\s+)?"
    r"(?:di-?nonaktifkan|dinon-?aktifkan)|"
    r"halaman\s+(?:default|bawaan)|(?:microsoft\s+)?internet\s+information\s+services(?:\s+[\d.]+)?|"
    # A hosting panel's or a database tool's login in the application's place: the domain points at the
    # server's own tools (phpMyAdmin and Adminer there are a database open to anyone's guesses).
    r"(?:cpanel|whm|directadmin)\s+login|plesk\s+(?:obsidian|onyx)(?:\s+[\d.]+)?|log\s+in\s+to\s+plesk|"
    # Webmin's login; a MikroTik router's own page, where the domain points at the office's router.
    r"login\s+to\s+webmin|routeros\s+router\s+configuration\s+page|"
    # The whole answer of Lumen's first route.
    r"lumen\s+\(\d[\w.-]*\)\s+\(laravel\s+components\s+[\^~]?[\d.*]+\)|"
    r"phpmyadmin|welcome\s+to\s+phpmyadmin|login\s+-\s+adminer)$"
)
# Apache's own page says "It works!" and little else; a site's page headed so, under its menu, is an admin's note.
_IT_WORKS = _rx(r"^it\s+works!?$")

# WordPress's installer, in English and in Indonesian, under its title "WordPress › Error" when the
# configuration is missing: whoever finds it first takes the site over.
_WP_INSTALLER = _words(
    r"there\s+doesn['’]t\s+seem\s+to\s+be\s+a\s+wp-config\.php|"
    r"(?:tampaknya|sepertinya)\s+(?:tidak\s+ada\s+)?berkas\s+wp-config\.php|"
    r"famous\s+five-minute\s+wordpress\s+installation|instalasi\s+wordpress\s+lima\s+menit"
)
# The installers of Drupal (7's first step, and 8's and later's, where the site's address sends a visitor) and
# of Joomla (3's, and 4's and later's): the same open door. MediaWiki's page for a wiki not set up links to its.
_INSTALLER_TITLE = _rx(
    r"^wordpress\s+›\s+(?:installation|instalasi|setup\s+configuration\s+file|berkas\s+konfigurasi\s+pengaturan)$|"
    r"^(?:choose\s+language|select\s+an\s+installation\s+profile)\s+\|\s+drupal(?:\s+[\d.]+)?$|"
    r"^joomla!?\s+(?:web\s+)?installer$|"
    # PKP's installers (a journal's OJS, a press's OMP, a preprint server's OPS), in English and in Indonesian.
    r"^(?:ojs|omp|ops)\s+installation$|^instalasi\s+(?:ojs|omp|ops)$"
)
# Moodle's installer titles its page "Installation" alone: its heading names it ("Installation - Moodle 4.1.6+").
_MOODLE_INSTALLER = _rx(r"^(?:installation|instalasi)\s+-\s+moodle\s+\d[\w.+]*(?:\s+\(build:\s+\d+\))?$")
_MEDIAWIKI_TITLE = _rx(r"^mediawiki\s+\d[\w.-]*$")
_MEDIAWIKI_UNSET = "LocalSettings.php not found"
# WampServer's home page of the server's projects and tools, by its title: a tutorial may head a section so.
_STACK_TITLE = _rx(r"^wampserver\s+homepage$")

_PARKED = _words(
    r"domain(?:\s+name)?(?:\s+[\w-]+(?:\.[\w-]+)+)?\s+(?:is|may\s+be|might\s+be)\s+for\s+sale|"
    r"[\w-]+(?:\.[\w-]+)+\s+(?:is|may\s+be)\s+for\s+sale|(?:buy|get)\s+this\s+domain|domain\s+(?:name\s+)?for\s+sale|"
    r"(?:make\s+an\s+offer|inquire)\s+(?:on|about)\s+this\s+domain|"
    r"domain\s+(?:ini\s+)?(?:mungkin\s+|sedang\s+)?dijual|domain\s+ini\s+tersedia\s+untuk\s+dijual|beli\s+domain\s+ini|"
    r"(?:this\s+)?domain(?:\s+name)?\s+is\s+available\s+for\s+(?:purchase|sale)|"  # Afternic's and GoDaddy's
    r"domain(?:\s+name)?(?:\s+[\w-]+(?:\.[\w-]+)+)?\s+(?:has\s+)?expired|"
    r"expired\s+(?:on\s+\S+\s+)?and\s+is\s+pending\s+renewal|"
    # Not "Layanan hosting untuk domain ini telah habis masa berlakunya": the hosting's term, not the domain's.
    r"(?<!hosting untuk )domain\s+(?:[\w-]+(?:\.[\w-]+)+\s+|ini\s+|anda\s+)?(?:telah\s+|sudah\s+)?"
    r"(?:kedaluwarsa|kadaluwarsa|kadaluarsa|kedaluarsa|expired|habis\s+masa\s+(?:aktif|berlaku))|"
    r"domain\s+is\s+pending\s+renewal|"
    # Past its expiry, held by the registrar: in its redemption period, or on (client) hold.
    r"domain(?:\s+name)?\s+is\s+(?:now\s+)?in\s+(?:the\s+|its\s+)?redemption\s+(?:grace\s+)?period|"
    r"domain\s+(?:[\w-]+(?:\.[\w-]+)+\s+|ini\s+|anda\s+)?(?:telah\s+|sudah\s+|sedang\s+)?(?:memasuki|dalam)\s+masa\s+tenggang|"
    r"domain(?:\s+name)?\s+(?:is|has\s+been\s+placed)\s+on\s+(?:client\s*)?hold|"
    # A parking service's lander of sponsored links (Sedo's, ParkingCrew's, Bodis'), by the disclaimer under them.
    r"sponsored\s+listings\s+displayed\s+above\s+are\s+served\s+automatically\s+by\s+a\s+third\s+party|"
    # Suspended by the registry (PANDI, for a registrant's data left incomplete) or the registrar.
    # Not "Layanan hosting untuk domain ini ditangguhkan": the hosting is, not the domain.
    r"(?<!hosting untuk )domain\s+(?:(?![\w.-]*\.go\.id\b)[\w-]+(?:\.[\w-]+)+\s+|ini\s+|anda\s+)(?:telah\s+|sedang\s+)?"
    r"(?:ditangguhkan|di-?suspend)|"
    r"masa\s+(?:aktif|berlaku)\s+domain(?:\s+ini)?\s+(?:telah|sudah)\s+(?:habis|berakhir)|"
    # Switched off by the registry (PANDI's serverHold) or the registrar: "Domain Dinonaktifkan", "Domain ini
    # dinonaktifkan sementara", "This domain has been suspended".
    r"domain(?:\s+name)?\s+(?:ini\s+|anda\s+)?(?:telah\s+|sedang\s+)?(?:dinonaktifkan|di-?nonaktifkan|dinon-?aktifkan)\b|"
    r"this\s+domain(?:\s+name)?\s+(?:has\s+been|is)\s+(?:temporarily\s+)?suspended\b|"
    # Registered a moment ago and not pointed anywhere yet.
    r"domain\s+(?:ini\s+)?baru\s+(?:saja\s+)?(?:didaftarkan|terdaftar)\s+dan\s+belum\s+(?:diarahkan|dihubungkan|aktif)|"
    r"(?!go\.id\b)[\w-]+\.(?:com|net|org|info|biz|id|co\.id|web\.id|my\.id|xyz)\s+(?:telah|sudah)\s+"
    r"(?:kedaluwarsa|kadaluwarsa|kadaluarsa|kedaluarsa|expired)|"
    r"domain\s+(?:ini\s+)?(?:telah|sudah)\s+melewati\s+masa\s+(?:aktif|berlaku)|"
    # A registrar's page for a domain whose owner did not renew it.
    r"domain\s+(?:[\w-]+(?:\.[\w-]+)+\s+|ini\s+)?belum\s+diperpanjang|"
    r"this\s+domain\s+(?:is|has\s+been)\s+parked|domain\s+(?:ini\s+)?(?:sedang\s+|telah\s+)?diparkir|parked\s+(?:for\s+)?free|parked\s+domain\s+name|"
    r"courtesy\s+of\s+godaddy|domain\s+parking|"
    r"(?:recently\s+)?registered\s+(?:at|with)\s+namecheap|sedoparking|hugedomains|"
    # A registrar's page for a domain registered with it and not (yet) pointed at a site: Porkbun's, IONOS',
    # Dewaweb's, Exabytes'.
    r"(?:this\s+domain(?:\s+name)?|(?![\w.-]*\.go\.id\b)[\w-]+(?:\.[\w-]+)+)\s+(?:has\s+(?:just\s+)?been|was|is)\s+"
    r"(?:recently\s+|just\s+)?registered\s+(?:at|with|via|through)\s+(?!pandi\b)[\w-]+|"
    # An Indonesian registrar's page for a domain registered with it and nothing on it yet.
    r"domain\s+(?:[\w-]+(?:\.[\w-]+)+\s+|ini\s+)(?:telah\s+|sudah\s+|baru\s+saja\s+)?"
    r"(?:terdaftar|didaftarkan)\s+(?:di|melalui|pada)\s+(?!pandi\b)[\w-]+|"
    r"(?![\w.-]*\.go\.id\b)[\w-]+\.(?:com|net|org|info|biz|id|co\.id|web\.id|my\.id|xyz)\s+(?:telah|sudah)\s+"
    r"(?:terdaftar|didaftarkan)\s+(?:di|melalui|pada)\s+(?!pandi\b)[\w-]+|"
    r"domain\s+(?![\w.-]*\.go\.id\b)[\w-]+(?:\.[\w-]+)+\s+(?:telah\s+|sudah\s+)?berhasil\s+(?:di)?daftar(?:kan)?|"
    r"selamat!?,?\s+domain\s+(?:[\w-]+(?:\.[\w-]+)+\s+)?anda\s+(?:telah|sudah)\s+aktif|"
    r"halaman\s+parkir\s+sementara\s+(?:dari|milik|oleh)\b"
)
# A registry's or a seller's page in words a department's news and help pages head their sections with too ("Domain
# Ditangguhkan", "Domain dalam Status serverHold" in a list of the site's news or over a help page's paragraphs): read
# only on a page without a site's menu, or a small one. PANDI's own page: "… untuk sementara ditangguhkan (suspend)
# oleh PANDI", "Domain ini sedang dalam status serverHold"; a seller's "Domain premium ini tersedia untuk dibeli".
_REGISTRY_PAGE = _words(
    r"ditangguhkan\s+(?:\(suspend\)\s+)?oleh\s+(?:pengelola\s+nama\s+domain\s+internet\s+indonesia|pandi)\b|"
    r"domain\s+(?:ini\s+)?(?:sedang\s+)?dalam\s+status\s+(?:server|client)\s*hold\b|"
    r"domain\s+(?:premium\s+ini|ini)\s+tersedia\s+untuk\s+(?:dijual|dibeli)"
)
# Someone else's sale of the site on its own host ("WEBSITE INI DIJUAL, minat hubungi WA …"): read only on a page
# without the site's menu, for a news item asks it in its headline ("Website Ini Dijual? Waspada Penipuan").
_SITE_SOLD = _words(r"(?:website|situs|web)\s+ini\s+(?:sedang\s+)?dijual")
# PANDI's page of a suspended name, by its heading alone where it says nothing more of it.
_SUSPENDED_NAME = _rx(r"^domain\s+ditangguhkan$")
# A registrar's own tiny page for a name registered and never pointed anywhere, or held past its term, in a wording
# of its own: nothing but the domain's name, a line or two, and perhaps a link to the registrar. Two of its marks
# together make it one (a name for a heading, a heading of a parked domain's, a registrar's sentence): a
# department's page never is this small without its menu, and its news of parking or of domains is in its frame.
_PLACEHOLDER_TEXT = 400
_PLACEHOLDER_LINKS = 3
_DOMAIN_NAME = _rx(r"^(?![\w.-]*\.(?:go\.id|html?|php|aspx?|jsp|js|txt)$)[a-z0-9][\w-]*(?:\.[\w-]+)*\.[a-z]{2,}$")
_PARKED_HEAD = _rx(r"^domain\s+(?:parkir|(?:\.id\s+)?tidak\s+aktif)$")
# Its sentence is of the domain, or of this site as a whole, ending there: not "Domain ini telah didaftarkan untuk
# Aplikasi e-SAKIP", "… didaftarkan oleh Dinas Perhubungan", "Sertifikat tanah dalam status expired", "Situs ini belum
# tersedia untuk tahun ajaran 2027/2028", a PPDB's "Pendaftaran belum dibuka. Situs belum tersedia." (not "ini").
_REGISTRAR_SAID = _words(
    r"(?:sedang\s+)?diparkir\s+oleh\s+pemilik|"
    r"domain\s+ini\s+(?:telah|sudah)\s+(?:terdaftar|didaftarkan)\s*(?:[.!]|$)|"
    r"belum\s+ada\s+(?:website|situs)\s+(?:di|pada|untuk)\s+domain\s+ini|"
    r"domain\b[^.!?]{0,60}?\bstatus\s+(?:expired|(?:server|client)?\s*hold)\b|"
    r"(?:website|situs)\s+ini\s+belum\s+(?:dibuat|tersedia)\s*(?:[.!]|$)|"
    r"not\s+yet\s+connected\s+to\s+a\s+web\s*site\b"
)
# A bare "Coming soon" under the name, all the page says: of a feature, an event or a launch it is said among more.
_BARE_SOON = _rx(r"^(?:\S+\s+)?coming\s+soon\W*$")
# Its script, its stylesheet, or Google's script of ads for parked domains (AdSense for Domains).
_PARKING_SCRIPT = _rx(
    r"\bwindow\.park\s*=|sedoparking\.com|parkingcrew\.net|bodis\.com|wsimg\.com/parking-lander/|"
    r"google\.com/adsense/domains/caf\.js|\b(?:www\.)?above\.com/[\w./-]{0,80}"
)
_LANDER_TEXT = 80  # a parking lander drawn by its script shows the domain's name and "Privacy Policy", or nothing
_SENT_ON = ("refresh", "refresh_header", "script")  # a parked domain's page sends its visitor on to the lander
# A parking service's lander at a numbered host of the domain, which its script sends the visitor to.
_PARKING_LANDER = _rx(r"^https?://ww\d{1,3}\.[^/?#]+/?\?(?:[^#]*&)?subid1=")
# Cloudflare's banner over the copy of a page it serves while the server behind it is down (Always Online), old and new.
_ARCHIVED_COPY = _rx(
    r"\bis\s+currently\s+offline\.\s+however,\s+because\s+the\s+site\s+uses\s+cloudflare['’]s\s+always\s+online|"
    r"\byou\s+are\s+viewing\s+an\s+archived\s+version\s+of\s+this\s+page\s+from\b.{0,40}?\bthe\s+web\s*site\s+is\s+"
    r"currently\s+offline\b"
)
_PARKING_HOSTS = (
    "sedo.com",
    "dan.com",
    "afternic.com",
    "hugedomains.com",
    "bodis.com",
    "parkingcrew.net",
    "sedoparking.com",
    "expired.namecheap.com",  # Namecheap's page for a domain it holds past its expiry
)

# Work said without its object, or of the site (or an application named in capitals, "SIMPEG"): not "sedang
# melakukan pemeliharaan aset", "… perbaikan jalan", which a department's short page says of its own work.
_OF_THE_SITE = (
    r"(?!\s+(?!(?:sistem|server|situs|website|web|aplikasi|layanan|jaringan|database|data\s*center|infrastruktur|"
    r"perangkat|rutin|berkala|terjadwal|sementara|menyeluruh|secara|terhadap|atas|dan|untuk|sehingga|pada|hingga|"
    r"sampai|selama|mulai|agar|oleh|di|ke|dari|kami|ini|maintenance|pemeliharaan)\b|(?-i:[A-Z][A-Z0-9-]+)\b)"
    r"[a-z]+\b)"
)
_MAINTENANCE = _words(
    r"(?:situs|website|web|laman|aplikasi|sistem|halaman|server|portal|site)\s+(?:ini\s+|kami\s+)?"
    r"(?:sedang\s+(?:dalam\s+)?|dalam\s+)(?:proses\s+|tahap\s+|masa\s+)?"
    r"(?:perbaikan|pemeliharaan|perawatan|maintenance|pemutakhiran|pembaruan|pembaharuan|upgrade|peningkatan|"
    r"update(?!\s+(?:data|konten|informasi|berkas|dokumen)\b))|"  # not news of "… proses update data pegawai"
    # "Website sedang diperbarui", "Aplikasi sedang di-upgrade": what is done to it, said of the site.
    r"(?:situs|website|web|laman|aplikasi|sistem|portal)\s+(?:ini\s+|kami\s+)?sedang\s+"
    r"(?:diperbarui|diperbaharui|diperbaiki|dimutakhirkan|di-?upgrade|ditingkatkan|di-?maintenance)|"
    # The same with the site named: "Website Dinas Kesehatan sedang dalam perbaikan" (its words capitalised).
    r"(?:situs|website|aplikasi|portal|laman)\s+(?:resmi\s+)?(?:(?-i:[A-Z])[\w.-]*\s+){1,5}"
    r"(?:sedang\s+(?:dalam\s+)?|untuk\s+sementara\s+)(?:proses\s+|tahap\s+)?"
    r"(?:perbaikan|pemeliharaan|perawatan|maintenance|diperbaiki|di-?upgrade|offline)\b"
    r"(?!\s+(?:secara\s+bertahap|tanpa)\b)|"
    # Closed for it, or closed or off for a while: Joomla's offline page as a department words it,
    # "Situs ini ditutup untuk perawatan"; not where a day follows ("… tutup sementara pada hari libur").
    r"(?:situs|website|web|laman|aplikasi|portal)\s+(?:ini\s+|kami\s+)?(?:sedang\s+|untuk\s+sementara\s+)?"
    r"ditutup\s+(?:sementara\s+)?(?:untuk|karena)\s+(?:proses\s+|sementara\s+)?"
    r"(?:perbaikan|pemeliharaan|perawatan|maintenance|pembaruan|pembaharuan)|"
    r"(?:situs|website|web|laman|aplikasi|portal)\s+(?:ini\s+|kami\s+)?(?:sedang\s+)?(?:di)?tutup\s+"
    r"(?:untuk\s+)?sementara(?:\s+waktu)?(?!\s+(?:pada|mulai|tanggal|besok|nanti|setiap|selama)\b)|"
    r"(?:situs|website|web|laman|aplikasi|portal)\s+(?:ini\s+|kami\s+)?(?:untuk\s+)?sementara\s+(?:waktu\s+)?ditutup"
    r"(?!\s+(?:pada|mulai|tanggal|besok|nanti|setiap|selama)\b)|"
    r"(?:situs|website|web|laman|aplikasi|portal)\s+(?:ini\s+|kami\s+)?(?:sedang\s+)?tidak\s+aktif\s+"
    r"(?:untuk\s+)?sementara(?:\s+waktu)?(?!\s+(?:pada|mulai|tanggal|besok|nanti|setiap|selama)\b)|"
    r"mohon\s+maaf,?\s+(?:\w+\s+){0,3}sedang\s+(?:dalam\s+)?(?:proses\s+)?(?:perbaikan|pemeliharaan|maintenance)|"
    r"sedang\s+dilakukan\s+(?:perbaikan|pemeliharaan|maintenance)" + _OF_THE_SITE + "|"
    # The work named by its object, the application by its own name: "SPSE LPSE Kota Bekasi sedang dalam proses
    # pemeliharaan sistem (maintenance)"; not a system of something else ("… perbaikan sistem drainase").
    r"sedang\s+(?:dalam\s+)?(?:proses\s+)?(?:perbaikan|pemeliharaan|perawatan|maintenance)\s+(?:sistem|server|aplikasi)\b"
    + _OF_THE_SITE
    + "|"
    # "Sedang dilakukan upgrade sistem": not of data ("pemutakhiran data penduduk"), which an application does.
    r"sedang\s+dilakukan\s+(?:proses\s+)?(?:upgrade|pembaruan|pembaharuan|pemutakhiran|peningkatan)\s+"
    r"(?:sistem|server|aplikasi|website|situs|layanan)\b|"
    r"sedang\s+ada\s+(?:perbaikan|pemeliharaan|maintenance|pembaruan|pembaharuan|peningkatan|upgrade)\s+"
    r"(?:server|sistem|aplikasi|website|situs|web)|"
    r"sedang\s+(?:melakukan|menjalani)\s+(?:proses\s+)?(?:(?:perbaikan|pemeliharaan|perawatan|maintenance)"
    + _OF_THE_SITE
    + "|"
    r"(?:peningkatan|upgrade|pembaruan|pembaharuan|pemutakhiran)\s+(?:sistem|server|layanan|kapasitas))|"
    r"(?:we\s+are|we['’]re|is|are)\s+(?:currently\s+)?(?:performing|undergoing|doing)\s+(?:some\s+)?"
    r"(?:scheduled\s+|planned\s+|routine\s+)?maintenance|"
    r"(?:we\s+are|we['’]re)\s+(?:currently\s+)?upgrading\s+(?:our|the)\s+(?:system|website|web\s*site|site|servers?)|"
    r"(?:site|website|system)\s+is\s+(?:currently\s+)?being\s+upgraded|"
    # WebFactory's "Under Construction" plugin: "Sorry, we're doing some work on the site".
    r"(?:we\s+are|we['’]re)\s+(?:currently\s+)?doing\s+some\s+work\s+on\s+(?:the|our)\s+(?:site|web\s*site)|"
    # A coming-soon plugin's own headline (its heading alone is below).
    r"something\s+(?:\w+\s+){0,3}is\s+coming\s+soon|our\s+new\s+web\s*site\s+is\s+(?:on\s+its\s+way|coming\s+soon)|"
    r"website\s+(?:baru\s+)?kami\s+(?:akan\s+)?segera\s+hadir|"
    r"\bunder\s+maintenance\b|\bmaintenance\s+mode\b|\bmode\s+pemeliharaan\b|"
    r"(?:down|unavailable|offline)\s+(?:for|due\s+to)\s+(?:scheduled\s+|planned\s+)?maintenance|"
    r"briefly\s+unavailable\s+for\s+scheduled\s+maintenance|we(?:['’]|\s+wi)ll\s+be\s+back\s+soon|"
    # Off the air for a while, said of the site: "Situs sedang offline", "untuk sementara tidak dapat diakses".
    r"(?:situs|website|web|laman|aplikasi|sistem|portal)\s+(?:ini\s+|kami\s+)?(?:sedang|untuk\s+sementara)\s+offline|"
    # Not where a day follows: a working page announcing maintenance to come ("... pada Sabtu, 5 Desember").
    r"(?:situs|website|web|laman|aplikasi|sistem|portal)\s+(?:ini\s+|kami\s+)?(?:untuk\s+)?sementara\s+(?:waktu\s+)?"
    r"tidak\s+(?:dapat|bisa)\s+diakses(?!\s+(?:pada|mulai|tanggal|besok|nanti)\b)|"
    r"tidak\s+(?:dapat|bisa)\s+diakses\s+(?:untuk\s+)?sementara(?:\s+waktu)?\s+(?:karena|dikarenakan|akibat)\s+"
    r"(?:adanya\s+|ada\s+|sedang\s+)?(?:pemeliharaan|perbaikan|perawatan|maintenance|pembaruan|upgrade)"
    r"(?!\s+(?:\w+\s+)?(?:pada|mulai|tanggal|besok|nanti)\b)|"
    # "Untuk sementara layanan tidak dapat digunakan karena ada perbaikan jaringan."
    r"untuk\s+sementara(?:\s+waktu)?\s+(?:(?:layanan|situs|website|web|aplikasi|sistem|portal)\s+(?:ini\s+)?)?"
    r"tidak\s+(?:dapat|bisa)\s+(?:diakses|digunakan)\s+(?:karena|dikarenakan|akibat)\s+(?:adanya\s+|ada\s+|sedang\s+)?"
    r"(?:pemeliharaan|perbaikan|perawatan|maintenance|pembaruan|upgrade|gangguan)"
    r"(?!\s+(?:\w+\s+)?(?:pada|mulai|tanggal|besok|nanti)\b)|"
    r"kami\s+akan\s+segera\s+kembali(?=\s*[.!]|\s*$)|"
    # A hosting's placeholder where the site is to be made (Rumahweb's), said of this site: not of a page or a
    # section, which an application in use may still be building, nor in news of another site's.
    r"(?:situs|website)\s+ini\s+(?:sedang|masih)\s+(?:dalam\s+)?(?:proses\s+|tahap\s+)?(?:pembuatan|pembangunan)|"
    # Still being developed, with an apology for it: a beta's banner says it of a page, or without apologising.
    r"mohon\s+maaf,?\s+(?:situs|website|web|laman|portal)\s+(?:ini\s+|kami\s+)?(?:sedang|masih)\s+(?:dalam\s+)?"
    r"(?:proses\s+|tahap\s+)?pengembangan|"
    # Without its subject, but sending the visitor away: "Sedang dalam perbaikan, silakan kunjungi kembali nanti".
    r"sedang\s+(?:dalam\s+)?(?:perbaikan|pemeliharaan|perawatan|maintenance)\s*[,.!]?\s*(?:silakan|silahkan|mohon|harap)"
    r"\s+(?:kunjungi|akses|buka|coba)\s+(?:kembali|lagi)\b|"
    # A disruption, a repair: said by the notice in the application's place.
    r"(?:situs|website|web|laman|aplikasi|sistem|server|portal|layanan)\s+(?:ini\s+|kami\s+)?sedang\s+mengalami\s+gangguan|"
    r"kami\s+sedang\s+memperbaiki\s+(?:sistem|situs|website|aplikasi|server|layanan)|"
    # Not where a time follows: a working page's "Layanan ini untuk sementara tidak tersedia pada hari libur".
    r"(?:situs|website|web|laman|aplikasi|sistem|layanan|portal)\s+(?:ini\s+|kami\s+)?(?:untuk\s+)?sementara\s+"
    r"(?:waktu\s+)?(?:tidak\s+tersedia|offline)(?!\s+(?:pada|mulai|tanggal|besok|nanti|setiap|selama)\b)|"
    r"(?:situs|website|web|laman|aplikasi|sistem|layanan|portal)\s+(?:ini\s+|kami\s+)?(?:tidak\s+tersedia|offline)\s+"
    r"(?:untuk\s+)?sementara(?:\s+waktu)?(?!\s+(?:pada|mulai|tanggal|besok|nanti|setiap|selama)\b)|"
    r"(?:we['’]ll|we\s+will)\s+be\s+back\s+online\s+(?:shortly|soon)|"
    # The application named, then off for a while: "Aplikasi SIMBADA tidak dapat diakses sementara", "Website Dinas
    # Perhubungan untuk sementara tidak dapat diakses karena pemindahan server", "layanan aplikasi e-SAKIP untuk
    # sementara tidak dapat digunakan".
    r"(?:situs|website|aplikasi|portal|sistem|layanan)\s+(?:(?-i:e-?)?(?-i:[A-Z])[\w.-]*\s+){1,5}(?:"
    r"(?:untuk\s+)?sementara\s+(?:waktu\s+)?tidak\s+(?:dapat|bisa)\s+(?:diakses|digunakan)|"
    r"tidak\s+(?:dapat|bisa)\s+(?:diakses|digunakan)\s+(?:untuk\s+)?sementara(?:\s+waktu)?)"
    r"(?!\s+(?:pada|mulai|tanggal|besok|nanti|setiap|selama)\b)|"
    r"(?:we\s+are|we['’]re)\s+(?:currently\s+)?updating\s+(?:our|the)\s+(?:web\s*site|site)|"
    # OpenSID's page for a menu's address not (yet) there: "Halaman ini belum tersedia atau sedang dalam perbaikan".
    r"(?:situs|website|laman|aplikasi|halaman)\s+(?:ini\s+)?belum\s+tersedia\s+atau\s+sedang\s+(?:dalam\s+)?"
    r"(?:perbaikan|pemeliharaan|maintenance)|"
    r"(?:the|this|our)\s+(?:web\s*site|site|portal)\s+is\s+(?:currently\s+)?temporarily\s+(?:unavailable|offline)|"
    r"our\s+new\s+web\s*site\s+will\s+be\s+(?:live|launched|ready|online)\s+(?:soon|shortly)"
)
# A heading that is nothing but the notice: it counts as the content's first heading on a page of any size,
# where a headline that starts with it ("Sedang Dalam Perbaikan, Jalan Cut Meutia Ditutup") does not.
_MAINTENANCE_STATEMENT = (
    r"^(?:mohon\s+maaf,?\s+)?(?:(?:situs|website|web|laman|aplikasi|sistem|halaman|portal|site)\s+(?:ini\s+|kami\s+)?)?"
    r"(?:sedang\s+(?:dalam\s+)?|dalam\s+)(?:proses\s+)?(?:perbaikan|pemeliharaan|perawatan|maintenance|pembangunan)"
    r"(?:\s+(?:sistem|server|sementara))?$|"
    r"^(?:(?:this\s+|our\s+)?(?:site|website|web\s+site)\s+(?:is\s+)?(?:currently\s+)?)?(?:under|down\s+for)\s+"
    r"(?:scheduled\s+)?maintenance$|^we(?:['’]|\s+wi)?ll\s+be\s+back\s+soon$|^maintenance\s+mode\s+is\s+on$"
)
_MAINTENANCE_NOTICE = _Gated(
    _rx(_MAINTENANCE_STATEMENT), "maintenance perbaikan pemeliharaan perawatan pembangunan back"
)
# A post's headline, as ``_bylined_post`` reads it: a few words, none a notice's ("Pengumuman", "Mohon Maaf") nor
# of work on anything; then its date line ("Kamis, 3 Desember 2026", "Diposting pada 3 Des 2026", "Admin | …").
_POST_HEADLINE_WORDS = 3
_NOTICE_HEADING = _rx(
    r"\b(?:pemberitahuan|pengumuman|informasi|perhatian|info|maaf|sorry|notice|announcement|pemeliharaan|perbaikan|"
    r"perawatan|maintenance|gangguan|migrasi|offline|unavailable|tidak\s+tersedia|segera\s+hadir|coming\s+soon|"
    # a maintenance plugin's headings: "Kami Akan Segera Kembali", "Website Sedang Diperbarui", "Kami Sedang Berbenah"
    r"(?:segera|akan)\s+kembali|be\s+back|sedang\s+diperbarui|berbenah|under\s+construction)\b|"
    # the site naming itself over its notice ("Website Dinas Kesehatan Kota Bekasi"); a post headlined so ("Website
    # Baru Dinkes Diluncurkan") that quotes a notice is read as before these posts were: by the notice
    r"^\W*(?:website|situs|portal|laman)\s"
)
# The date a post's line gives, and what its line says before it ("Ditulis oleh Super User · Diterbitkan: …",
# "Oleh Admin pada Kamis, …"): none of a notice's words, no sentence's end.
_POST_DATE = compiled_when_used(
    r"(?:[^\W\d_]{3,9}\.?,\s*)?(\d{1,2}\s+[^\W\d_]{3,9}\.?\s+\d{4}|[^\W\d_]{3,9}\.?\s+\d{1,2},\s+\d{4}|"
    r"\d{1,2}[/-]\d{1,2}[/-]\d{4})"
)
_NOT_A_BYLINE = _rx(
    r"[.!?]|\b(?:hingga|sampai|sejak|mulai|selesai|until|since|from|sedang|dalam|pemeliharaan|perbaikan|perawatan|"
    r"maintenance|gangguan|ditutup)\b"
)
_BYLINE_REACH = 100
_MAINTENANCE_WORD = _Gated(  # the whole title, or a small page's heading
    _rx(r"^(?:maintenance|pemeliharaan)$"), "maintenance pemeliharaan"
)
# A road office's application heads its list of works with the same word: a table or a list of roads, lamps or
# vehicles, each with its progress or its day. A notice's progress bar and window give one figure and two dates.
_PERCENT = re.compile(r"\d(?:[.,]\d+)?\s?%")
_LISTED_WORKS = 3
_APOLOGY = _rx(r"(?:mohon\s+)?maaf\b|sorry\b")  # a notice apologises wherever it is; a status list does not
_APOLOGY_HEAD = _Gated(_APOLOGY, "aaf sorry")  # a heading that apologises
# The labels a status page, an inventory's table or a tracker's tickets give each row, as written: where the page
# gives two, its "SIPD Under Maintenance" is one row's status among others, not the page's own notice. Not where a
# sentence goes on ("Active users will be logged out", "Aktif Kembali pukul 15.00"), which a notice says.
_STATUS_LABELS = (
    "Operational|Active|Inactive|Degraded Performance|Partial Outage|Major Outage|Performance Issues|Resolved|"
    "Investigating|Aktif|Beroperasi|Gangguan Parsial|Gangguan Sebagian|Gangguan Besar|Masalah Performa"
).split("|")
_STATUS_LABEL = re.compile(
    r"\b(?:" + "|".join(x.replace(" ", r"\s+") for x in (*_STATUS_LABELS, *map(str.upper, _STATUS_LABELS))) + r")\b"
    r"(?!\s+(?:[a-z]{2,}|(?i:kembali|sementara))\b)"
)
_STATUSES = 2
_MAINTENANCE_HEADING = (
    _MAINTENANCE_STATEMENT + r"|"
    r"^(?:site|website|scheduled)\s+(?:maintenance|pemeliharaan)$|"
    r"^(?:(?:site|website|scheduled)\s+)?(?:maintenance|pemeliharaan)(?:\s+mode|\s+in\s+progress|\s+sistem)$|"
    r"^(?:503\s*[-|:]?\s*)?service\s+(?:temporarily\s+)?unavailable$|^be\s+right\s+back$|"
    r"^(?:503\s*[-|:]?\s*)?layanan\s+(?:sementara\s+)?tidak\s+tersedia$|"  # Laravel's "Service Unavailable", translated
    r"^(?:(?:kami|website|situs)\s+)?sedang\s+berbenah$|"  # tidying up: a department's word for it
    r"^temporarily\s+(?:down|offline)$|^(?:perbaikan|pemeliharaan|maintenance)\s+(?:sistem|server)$|"
    # A site's own word that it is off for a while, or being upgraded: not a hosting's "Site Temporarily Unavailable".
    r"^(?:web\s*site|portal)\s+temporarily\s+unavailable$|^(?:(?:site|system|sistem)\s+)?upgrade\s+in\s+progress$|"
    # An outage said by its heading alone: "Sedang Terjadi Gangguan", "Gangguan Layanan" (not "… Listrik di …").
    r"^(?:(?:mohon\s+)?maaf,?\s+)?(?:sedang\s+)?terjadi\s+gangguan(?:\s+(?:layanan|teknis|sistem|server))?$|"
    r"^gangguan\s+(?:layanan|teknis|sistem|server)$|"
    r"^(?:(?:mohon\s+)?maaf,?\s+)?(?:layanan|situs|website|aplikasi|sistem)\s+(?:ini\s+)?sedang\s+tidak\s+"
    r"(?:tersedia|dapat\s+diakses)$|"
    # A placeholder where the application is to come, by its heading: an application in use that
    # says it is "sedang dalam tahap pengembangan" (a beta's banner) is still the application.
    r"^(?:(?:this\s+|our\s+)?(?:website|situs|site)\s+(?:is\s+)?)(?:segera\s+hadir|coming\s+soon)$|"
    r"^(?:(?:this\s+|our\s+)?(?:website|situs|site)\s+(?:is\s+)?)?under\s+(?:construction|development)$|"
    r"^(?:website|situs|web|laman)\s+(?:ini\s+|kami\s+)?(?:sedang\s+|masih\s+)?(?:dibangun|dibuat)$|"
    r"^(?:mohon\s+maaf,?\s+)?(?:website|situs|web|laman)\s+(?:ini\s+|kami\s+)?(?:sedang\s+|masih\s+)?(?:dalam\s+)?"
    r"(?:tahap\s+|proses\s+)?(?:pengembangan|pembuatan|pembangunan)$"
)
_MAINTENANCE_HEAD = _Gated(
    _rx(_MAINTENANCE_HEADING),
    "maintenance perbaikan pemeliharaan perawatan pembangunan back unavailable berbenah temporarily upgrade gangguan "
    "tidak hadir soon under dibangun dibuat pengembangan pembuatan",
)
# A coming-soon plugin's heading or title alone: on a page without a site's menu only, for an event's site or an
# application's page with its own menu, its news and its login says it of what it announces ("Bekasi Expo 2027 -
# Coming Soon").
_SOON_HEAD = _rx(
    r"^(?:we['’]re\s+|we\s+are\s+)?(?:segera\s+hadir|segera\s+diluncurkan|coming\s+soon|launching\s+soon)$|"
    r"^nantikan\s+kami$"
)
# An application named in capitals, then said to be under maintenance: "SIMPATDA Sedang Maintenance". A heading of a
# small page's, or of a notice in the theme: news of it is dated, and longer; a headline in capitals throughout
# ("JALAN AHMAD YANI SEDANG DALAM PERBAIKAN") is a road's.
_NAMED_MAINTENANCE = re.compile(
    r"^(?:(?:mohon\s+)?maaf,?\s+)?[A-Z][A-Za-z]*[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+(?=\S*[a-z])(?i:(?:sedang\s+(?:dalam\s+)?|dalam\s+)"
    r"(?:proses\s+)?(?:perbaikan|pemeliharaan|perawatan|maintenance))$"
)
# What a notice in the application's place says, but news says too of a service it names ("Aplikasi Antrean Online
# Akan Segera Hadir", "Layanan SIAK Sedang Dalam Proses Migrasi Server"): read on a small page only, never in its
# title. A move to another server is one: "Website sedang dalam proses migrasi server" is the notice.
_SMALL_NOTICE = _words(
    r"(?:situs|website|aplikasi|portal|laman)\s+(?:resmi\s+|baru\s+)?(?:(?:(?-i:[A-Z])[\w.-]*|dan)\s+){0,8}(?:akan\s+)?"
    r"segera\s+(?:hadir|diluncurkan)|"
    # Closed until further notice, said of the application: "Layanan e-Retribusi ditutup sementara hingga
    # pemberitahuan lebih lanjut"; not a service closed on a day ("… ditutup sementara pada 5 Desember").
    r"(?:situs|website|web|laman|aplikasi|sistem|portal|layanan)\s+(?:[\w.-]+\s+){0,3}?(?:ditutup|dinonaktifkan)\s+"
    r"(?:untuk\s+)?sementara(?:\s+waktu)?\s+(?:hingga|sampai)\s+(?:ada\s+)?pemberitahuan\s+(?:lebih\s+lanjut|"
    r"berikutnya|selanjutnya)|"
    # A hosting's page for a site it cannot serve for now: "… is having technical difficulties and is currently …".
    r"(?:web\s*site|site)\s+(?:that\s+)?(?:you['’]re|you\s+are)\s+trying\s+to\s+reach\s+is\s+(?:currently\s+)?having\s+"
    r"technical\s+difficulties|"
    r"sedang\s+(?:dalam\s+tahap|dalam\s+proses|dilakukan|melakukan|ada)\s+(?:migrasi|perpindahan|pemindahan)\s+"
    r"(?:server|sistem|data)|"
    # A countdown's notice: "Kami akan kembali pada 15 Desember 2026".
    r"kami\s+akan\s+(?:segera\s+)?kembali\s+(?:online\s+|aktif\s+)?(?:pada|tanggal|dalam)\b|"
    # An application still being built by its team, as its whole page says: "Aplikasi ini masih dalam tahap
    # pengembangan oleh Tim …"; not a beta's banner over its form ("sedang dalam tahap pengembangan; data uji coba").
    r"(?:situs|website|aplikasi|portal|laman)\s+ini\s+masih\s+dalam\s+(?:tahap|proses)\s+pengembangan\s+oleh\s+tim\b"
)
# What news of such work adds, and a notice never says: the service runs on meanwhile, or is back ("Layanan tetap dapat
# digunakan", "kini sudah normal kembali"); not another way in that a notice offers ("tetap dapat diakses melalui
# Call Center 112").
_STILL_WORKS = _words(
    r"(?:(?:tetap|masih)\s+(?:dapat|bisa)\s+(?:digunakan|diakses|dilayani|berjalan)|tetap\s+berjalan)"
    r"(?!\s+(?:melalui|lewat|via|di|dengan|pada)\b)|"
    r"(?:kini|sekarang|telah|sudah)\s+(?:sudah\s+|telah\s+)?(?:kembali\s+)?(?:normal|pulih)|"
    r"(?:telah|sudah)\s+(?:dapat|bisa)\s+(?:diakses|digunakan)\s+kembali|"
    # Work on its look, the rest running: "sedang dalam perbaikan tampilan; beberapa menu mungkin belum berfungsi".
    r"perbaikan\s+(?:tampilan|desain|fitur)|beberapa\s+(?:menu|fitur|halaman|layanan)\s+(?:mungkin\s+)?"
    r"(?:belum|tidak)\s+(?:berfungsi|dapat\s+digunakan|tersedia)"
)
# An application retired, or moved elsewhere, said at its address: it is no longer there ("Aplikasi SIMPEG sudah tidak
# digunakan lagi, silakan gunakan SIASN", "Website kami telah pindah"). Read on a small page only, outside a post the
# site dates: news of another application retired is the site's.
_RETIRED = _words(
    r"(?:website|situs(?:\s+web)?|aplikasi|layanan|portal|sistem)\s+(?:(?-i:e-?)?(?-i:[A-Z])[\w.-]*\s+){0,3}"
    r"(?:ini\s+|kami\s+)?(?:(?:sudah|telah)\s+(?:tidak\s+(?:aktif|digunakan|dipakai|beroperasi|tersedia)(?:\s+lagi)?|"
    r"dihentikan|pindah|dipindahkan|berpindah|dinonaktifkan\s+permanen)|tidak\s+(?:digunakan|dipakai)\s+lagi)"
    r"(?!\s+(?:pada|mulai|untuk|bagi|selama|setiap|sejak)\b)|"
    r"(?:we['’]ve|we\s+have)\s+moved\b|this\s+(?:site|web\s*site|application|service)\s+(?:has\s+been|is)\s+"
    r"(?:retired|discontinued|decommissioned)"
)
# A notice's heading of a move to another server, and its sentence under it said of the site ("Website Dinas
# Pendidikan sedang dalam proses migrasi ke Pusat Data …"): read under that heading only, news names the service.
_MOVE_HEAD = _Gated(
    _rx(r"^(?:migrasi|pemindahan|perpindahan)\s+(?:server|sistem|data\s*center|pusat\s+data)$"),
    "migrasi pemindahan perpindahan",
)
_MOVING = _words(
    r"(?:situs|website|web|portal|aplikasi|laman)\s+(?:ini\s+|kami\s+|(?:(?-i:[A-Z])[\w.-]*\s+){1,5})"
    r"sedang\s+(?:dalam\s+(?:tahap\s+|proses\s+)?|dilakukan\s+|melakukan\s+)?(?:migrasi|pemindahan|perpindahan)\b"
)
# Closed from a day until another, said of the application: a notice on a page of nothing else, else an announcement.
_CLOSED_FROM = _words(
    r"(?:situs|website|web|laman|aplikasi|sistem|portal|layanan)\s+(?:[\w.-]+\s+){0,3}?(?:untuk\s+)?"
    r"(?:sementara\s+(?:waktu\s+)?)?tidak\s+(?:dapat|bisa)\s+diakses\s+(?:mulai|sejak)\b[^.!?]{1,80}?\b"
    r"(?:sampai|hingga|s\.\s?d\.|s/d)"  # an official letter's "mulai tanggal 1 s.d. 4 Desember"
)
_CLOSED_LINKS = 3  # a notice's links: back to the portal, a contact
_STILL_OPEN = re.compile(r"\btetap\b", re.IGNORECASE)  # "…; pengajuan PBG daring tetap melalui …"
# The closing's first day, its month and year written after the last ("mulai tanggal 12 s.d. 13 Desember 2026").
_FIRST_DAY = re.compile(r"(?:mulai|sejak)\s+(?:tanggal\s+)?(\d{1,2})\b")
# On a small page a heading that starts with the notice counts: "Sedang dalam perbaikan, silakan kembali nanti".
# "Sedang ada perbaikan, mohon bersabar" and "Sedang dalam proses update" too, but not of anything named ("Sedang ada
# perbaikan pipa", "… update data").
_MAINTENANCE_START = _rx(
    r"^(?:mohon\s+maaf,?\s+)?(?:sedang\s+(?:dalam\s+)?|dalam\s+)(?:proses\s+)?(?:perbaikan|pemeliharaan|maintenance)\b|"
    r"^(?:mohon\s+maaf,?\s+)?sedang\s+(?:ada\s+(?:perbaikan|pemeliharaan|maintenance)|(?:dalam\s+)?proses\s+update)\b"
    + _OF_THE_SITE
)

_NOT_FOUND_CORE = (
    r"(?:is\s+|was\s+)?(?:not\s+found|tidak\s+(?:dapat\s+|bisa\s+)?ditemukan|"
    r"(?:can['’]?t|cannot|can\s+not|could\s+not|couldn['’]?t)\s+be\s+found|"
    # Astra's "This page doesn't seem to exist.", and as its translation says it.
    r"(?:does\s+not|doesn['’]?t)\s+(?:seem\s+to\s+)?exist|(?:sepertinya|tampaknya)\s+tidak\s+ada|"
    r"tidak\s+(?:ada|tersedia)|(?:gak|nggak|enggak)\s+ada|no\s+longer\s+(?:exists|available)|isn['’]t\s+available|is\s+not\s+available)"
)
# "404", "Error 404", and as Tomcat, Jetty and IIS head it: "HTTP Status 404 –", "HTTP Error 404.0 -".
_404 = r"(?:(?:error:?\s+|galat:?\s+|http\s+(?:status|error)\s+)?404(?:\.\d+)?\s*(?:--|[-–—:|.!,])?\s*)?"
_NOT_FOUND_PHRASE = (
    _404 + r"(?:(?:oops|whoops|ups|maaf|mohon\s+maaf|sorry|apologies)\W*\s*(?:but\s+|tetapi\s+|namun\s+)?)?"
    r"(?:(?:sepertinya|tampaknya|it\s+(?:looks|seems)\s+like|looks\s+like)\s+)?"
    r"(?:(?:the|this|that)\s+)?(?:requested\s+)?"
    # Joomla's "Component not found" and "Kategori tidak ditemukan": what the address names is not there.
    r"(?:page|halaman|laman|file|resource|konten|content|artikel|article|berita|postingan|post|component|komponen|"
    r"category|kategori)\s+"
    r"(?:(?:atau|or)\s+data\s+)?"  # an application's for an address or a record: "halaman atau data yang Anda minta"
    r"(?:(?:itu|ini|tersebut)\s+)?"
    r"(?:(?:yang\s+(?:anda|kamu)\s+(?:cari|tuju|minta|akses|kunjungi)|yang\s+diminta|you\s+(?:are|were)\s+looking\s+for|"
    r"you['’]re\s+looking\s+for|you\s+requested|you\s+are\s+trying\s+to\s+reach|you['’]re\s+trying\s+to\s+reach)\s+)?"
    # "Halaman yang kamu tuju sudah tidak ada lagi": gone since it was linked.
    r"(?:(?:sudah|telah)\s+)?" + _NOT_FOUND_CORE + r"(?:\s*[-:|.!]?\s*\(?#?404\)?)?"
    r"(?:\s+at\s+/\S*)?"
    r"(?:\s*[,.]?\s*(?:atau|or|and|dan|mungkin|maybe|it\s+may|please|silakan)\b[^.!?]{0,80})?|"
    + _404
    + r"(?:not(?:\s+|_)found(?:\s*\(#404\))?|tidak\s+ditemukan|site\s+not\s+found|"  # Vercel's NOT_FOUND, GitHub Pages'
    r"file\s+(?:or\s+directory\s+)?not\s+found|(?:object|objek)\s+(?:not\s+found|tidak\s+ditemukan)|"
    r"\(not\s+found\)(?:!!1)?)|"  # Google's own: "Error 404 (Not Found)!!1"
    r"the\s+requested\s+url\s+.{0,200}?\s*was\s+not\s+found\s+on\s+(?:this|the)\s+server|"
    # A go.id portal's for an address its router does not know, as a whole heading: a form's message "URL tidak
    # valid" above its fields is the application's.
    r"(?:url|tautan)\s+tidak\s+(?:valid|dikenal)(?=\W*$)|"
    # A theme's page for an address with nothing in it yet, as a whole heading: "Halaman belum tersedia" (OpenSID's
    # "… belum tersedia atau sedang dalam perbaikan" is its maintenance notice).
    r"(?:(?:maaf|mohon\s+maaf),?\s+)?(?:halaman|laman)\s+(?:ini\s+)?belum\s+tersedia(?=\W*$)|"
    # An address typed or linked wrong, as a theme's 404 says it under "Maaf!".
    r"(?:(?:maaf|mohon\s+maaf),?\s+)?(?:alamat(?:\s+url)?|url|tautan)\s+yang\s+(?:anda|kamu)\s+"
    r"(?:tuju|masukkan|akses|kunjungi)\s+"
    r"(?:salah|tidak\s+(?:valid|dikenal|tersedia|ditemukan|ada))"
    r"(?:\s*[,.]?\s*(?:atau|or)\b[^.!?]{0,80})?|"
    # PHP as CGI for a script that is not there; Spring Boot's fallback page for a 404.
    # WordPress's own 404 and empty index in its themes, in English and Indonesian; a theme's "page lost".
    r"(?:it\s+(?:looks|seems)\s+like\s+)?nothing\s+(?:was\s+)?found\s+at\s+this\s+location|"
    r"(?:(?:maaf|mohon\s+maaf),?\s+)?(?:sepertinya\s+)?tidak\s+ada\s+(?:apa\s+pun\s+)?yang\s+ditemukan\s+di\s+"
    r"(?:lokasi|alamat)\s+ini|"
    r"(?:it\s+seems\s+)?we\s+can(?:['’]|no)?t\s+find\s+what\s+you['’]re\s+looking\s+for|"
    r"(?:(?:sepertinya|tampaknya)\s+)?kami\s+tidak\s+(?:dapat|bisa)\s+menemukan\s+(?:(?:apa\s+)?yang\s+(?:anda|kamu)\s+cari|"
    r"halaman\s+yang\s+(?:anda|kamu)\s+(?:cari|minta|tuju))|"
    # "We can't seem to find the page you're looking for." (Bootstrap's and many themes' 404).
    r"(?:(?:sorry|maaf)\W*\s*)?we\s+(?:could\s+not|couldn['’]t|cannot|can['’]t)\s+(?:seem\s+to\s+)?find\s+"
    r"(?:the\s+page\s+you(?:\s+requested|\s+are\s+looking\s+for|['’]re\s+looking\s+for)|that\s+page\b)|"
    # A link followed from elsewhere: "Maaf, tautan yang Anda ikuti mungkin rusak atau halaman telah dihapus."
    r"(?:(?:maaf|mohon\s+maaf),?\s+)?(?:tautan|link)\s+yang\s+(?:anda|kamu)\s+ikuti\s+mungkin\s+(?:rusak|salah)"
    r"(?:\s*[,.]?\s*(?:atau|or)\b[^.!?]{0,80})?|"
    # A theme's 404 in Indonesian: "Sepertinya Anda tersesat. Halaman ini tidak ada di server kami."
    r"(?:sepertinya|tampaknya)\s+(?:anda|kamu)\s+tersesat\W+(?:halaman|laman)\s+(?:ini|yang\s+(?:anda|kamu)\s+"
    r"(?:cari|tuju))\s+tidak\s+(?:ada|ditemukan)|"
    r"(?:(?:oops|whoops|ups|waduh|maaf|mohon\s+maaf)\W*\s*)?(?:halaman(?:nya)?|laman)\s+"
    r"(?:ini\s+|yang\s+(?:anda|kamu)\s+cari\s+)?hilang|"
    r"no\s+input\s+file\s+specified|whitelabel\s+error\s+page\b.{0,200}?\(type=not\s+found,\s+status=404\)|"
    # What a platform answers for an address it routes nowhere: ingress-nginx's default backend,
    # Kong, Heroku.
    r"default\s+backend\s*-\s*404|no\s+route\s+matched\s+with\s+those\s+values|no\s+such\s+app|"
    # Headed by its code, a page that cannot be reached is not there: "404 - Halaman tidak dapat diakses".
    r"(?:error\s+|galat\s+)?404\s*(?:--|[-–—:|.!,])?\s*(?:halaman|laman|page)\s+(?:ini\s+)?"
    r"(?:tidak\s+(?:dapat|bisa)\s+diakses|cannot\s+be\s+(?:reached|accessed))"
)
_NOT_FOUND_FULL = _Gated(
    _phrase(_NOT_FOUND_PHRASE, r"^(?:X)$"),
    "found tidak exist gak available belum yang find hilang specified backend route such cannot",
)
_NOT_FOUND_START = _phrase(_NOT_FOUND_PHRASE, r"^(?:X)(?:\W|$)")
_NOT_FOUND_SENTENCE = _phrase(_NOT_FOUND_PHRASE, r"(?:^|[.!?]\s+)((?:X))(?:\W|$)")  # read on WordPress's 404 only
_WP_404_CLASS = "error404"
# A whole site that is not there, as the platform it was on says it at its address: a blog removed or never
# made (Blogger), a site deleted or not published (Google Sites, WordPress.com, Webnode, Strikingly, Jimdo).
# Not "not available" for a while, nor to a visitor: "This site is not available in your country".
_SITE_GONE = _words(
    r"blog\s+(?:not\s+found|tidak\s+ditemukan|has\s+been\s+removed|telah\s+dihapus)\b|"
    r"(?:the|this)\s+(?:blog|site|web\s*site)\s+(?:at\s+[\w-]+(?:\.[\w-]+)+\s+|you\s+(?:requested|were\s+looking\s+for|"
    r"are\s+looking\s+for|(?:are|were)\s+trying\s+to\s+reach)\s+)?(?:does\s+not\s+exist|doesn['’]t\s+exist|"
    r"is\s+(?:no\s+longer|not)\s+available|has\s+been\s+(?:removed|deleted))"
    r"(?!\s+(?:temporarily|at\s+the\s+moment|right\s+now|in\s+your|to\s+you|for\s+(?:you|a\s+while)|until)\b)|"
    r"(?:blog|situs(?:\s+web)?|website)\s+(?:di\s+[\w-]+(?:\.[\w-]+)+\s+|yang\s+anda\s+(?:minta|cari|tuju)\s+)"
    r"(?:telah\s+dihapus|tidak\s+(?:ada|tersedia))(?!\s+(?:untuk\s+)?sementara\b)|"
    r"(?:situs|site)\s+(?:(?:di|at)\s+)?(?:\S+\s+)?(?:mungkin\s+)?(?:telah\s+dihapus\s+atau\s+belum\s+dipublikasikan|"
    r"(?:has|may\s+have)\s+been\s+deleted\s+or\s+(?:has\s+)?not\s+(?:yet\s+)?(?:been\s+)?published)|"
    r"[\w-]+(?:\.[\w-]+)+\s+(?:is\s+no\s+longer\s+available|does\s+not\s+exist|doesn['’]t\s+exist)|"
    r"the\s+authors\s+have\s+deleted\s+this\s+(?:site|blog)"
)
# Blogger's own status line above an empty main column (``BLOGGER_NEEDLES``): no post writes it.
_BLOGGER_NOT_FOUND = _rx(
    r"sorry,\s+the\s+page\s+you\s+were\s+looking\s+for\s+in\s+this\s+blog\s+does\s+not\s+exist\.?|"
    r"maaf,\s+halaman\s+yang\s+anda\s+cari\s+(?:di|dalam)\s+blog\s+ini\s+tidak\s+ada\.?"
)
_EXPRESS_NOT_FOUND = _rx(r"^cannot\s+(?:get|head|post)\s+/\S*$")  # its whole page, under the title "Error"
# A theme's 404 under a bare "Tidak Ditemukan": nothing matches the request (the address), the sentence ending there.
# Not "tidak ada hasil …" (a search's or a filter's results), nor "… permintaan Anda pada tahun anggaran ini".
_UNMATCHED_REQUEST = _rx(
    r"^(?:(?:maaf|mohon\s+maaf),?\s+)?tidak\s+ada\s+(?:konten|halaman)\s+yang\s+(?:sesuai|cocok)\s+dengan\s+"
    r"permintaan\s+(?:anda|kamu)(?=\s*(?:[.!]|$))"
)
# How a search's results say so, its query after: "Hasil pencarian untuk “vaksin”", "Hasil Pencarian: vaksin",
# "Cari: vaksin polio", "Anda mencari “bansos”", "Search Results for: …". An app named for searching ("Pencarian Data
# Pegawai", "e-Search Arsip", "SIPENCARI") says none of them.
_SEARCH_SHAPE = _rx(
    r"^(?:hasil\s+(?:pencarian|cari)\b|search\s+results?\b|you\s+searched\s+for\b|(?:anda|kamu)\s+mencari\b|"
    r"(?:cari|pencarian|search)\s*:)"
)
# WordPress's body classes of its lists, never of its 404 (``error404``): the home, the posts' page, a search, an
# archive (a category, a tag, a month), each of which says "nothing here" when it is empty.
_LIST_CLASSES = frozenset(("home", "blog", "search", "search-results", "search-no-results", "archive"))
_POST_TITLE = 12  # the fewest characters of a linked post's title, after a notice: not "Beranda", "Selengkapnya"
_HEADLINE_WORDS = 3  # of a headline past a 404's words: "Ini Cara Mengakses Layanan …"
# A 404's heading going on with the page gone ("404 Not Found: Halaman Sudah Dipindahkan ke Portal Baru", "…: This
# Page Has Been Removed"): the theme's own words past its colon, not a headline's.
_PAGE_GONE = _words(
    r"(?:halaman|konten|tautan|artikel|page|link|content|article)\s+(?:ini\s+)?(?:sudah\s+|telah\s+|has\s+been\s+|"
    r"has\s+|was\s+)?(?:dipindahkan|dihapus|pindah|moved|removed|deleted)\b"
)
_HEADLINE_SENTENCES = 2  # of an article's prose under its headline
# A headline's words past a comma, each long word capitalised: "404 Halaman Tidak Ditemukan, Warga Keluhkan Portal".
_TITLE_CASED = re.compile(r"^(?:(?:[A-Z][\w-]*|[a-z]{1,3}|dari|yang|untuk|pada|atau|dengan|\d[\w.-]*)(?:\s+|$)){3,}$")
# What a 404's heading tells its visitor to do after its words: "Silakan periksa kembali alamat URL".
_ASKED_TO = _rx(r"(?:silakan|silahkan|mohon|coba|periksa|please|try|check)\b")
_POST_DATE_REACH = 200  # from a post's headline to its date, past its category and author
_POST_LINKS = 300  # of a page's links, those sought after a notice: a portal's menu and its news
# What a theme's 404 drawn as a picture has for its words: its link back, first in its content.
_LINK_BACK = _rx(
    r"^\W{0,3}(?:(?:o+ps|whoops|ups)\W{0,3}\s*)?(?:kembali\s+ke\s+(?:beranda|halaman\s+(?:utama|awal|sebelumnya)|home)|back\s+to\s+home(?:page)?|"
    r"go\s+(?:back\s+)?home|take\s+me\s+home)\b"
)
_SPEAKS_404 = _rx(r"404|not\s+found|tidak\s+ditemukan")
_SEARCHED = _rx(r"\b(?:pencarian|search|kata\s+kunci|keyword|results?\s+for|hasil\s+untuk)\b")
_BARE_404 = _Gated(_rx(r"^(?:error\s+|galat\s+)?404(?:\s+error)?$"), "404")
# An application's root that is nothing but "no such data": its page was opened without what it shows.
_NO_DATA = _rx(r"^(?:(?:mohon\s+)?maaf,?\s+)?data\s+(?:tidak\s+(?:ditemukan|ada|tersedia)|not\s+found)\W*$")
# An alert's label before its message: "Error!", "Galat:", "Peringatan!".
_ALERT_LABEL = _rx(r"^(?:error|galat|kesalahan|peringatan|warning|perhatian)\s*[!:]\s*")
# What the main content of a theme's 404 written in <div>s starts with: "Ooops... Error 404", and as Newspaper's
# Indonesian translation says it, "Ooops... Kesalahan 404".
_MAIN_404 = _rx(r"^(?:(?:o+ps|whoops|ups)\W*\s*)?(?:(?:error|galat|kesalahan)\s+)?404(?:\s+error)?\W*\s*")
# A printed error of the database, or of an application that could not start: what a page of any heading is,
# printed so.
_DATABASE_SAID = _rx(
    r"\btable\s+'[^']{1,120}'\s+doesn'?t\s+exist|\bsqlstate\b|\bunknown\s+column\b|\bmysqli?\b|\bdatabase\b|"
    r"\bfailed\s+to\s+start\s+application\b"
)
_BARE_NOT_FOUND = _Gated(
    _rx(r"^(?:not\s+found|nothing\s+found|tidak\s+(?:ada\s+yang\s+)?ditemukan(?:\s+apa\s+pun)?)$"), "found tidak"
)
_UNNAMED = _rx(r"^(?:not\s+found|tidak\s+(?:dapat\s+|bisa\s+)?ditemukan)\b")
# A theme's 404 heading that says nothing more: it counts first after the site's name and a sidebar's widgets.
_BARE_HEAD = _Gated(
    _rx(
        r"^(?:(?:error|galat)\s+)?404(?:\s+error)?$|"
        r"^(?:404\s*[-:|.]?\s*(?:page\s+|halaman\s+)?|(?:page|halaman|laman)\s+)(?:not\s+found|tidak\s+ditemukan)$"
    ),
    "404 found tidak",
)
# How a theme's 404 page says it, anywhere among the first headings (after a sidebar's): a tutorial's
# section "404 Not Found" or "Halaman tidak ditemukan" neither apologises nor speaks to the visitor.
_NOT_FOUND_SAID = _rx(r"\b(?:oops|whoops|ups|maaf|sorry|yang\s+(?:anda|kamu)|you\s+(?:are|were|requested))\b")
# What a theme's 404 page puts above its sentence: "404", "Oops!"; Newsup's "4 4", its 0 an icon.
_PREAMBLE = _Gated(
    _rx(r"^(?:(?:error\s+|galat\s+|kesalahan\s+)?404|4\s4|oops|whoops|ups|maaf|mohon\s+maaf|sorry)\W*$"),
    "4 oops ups aaf sorry",
)
# The headings themes put above the sentence of their 404 (WordPress's own, Divi's for an address or a search that
# found nothing), some asking: the sentence under them must say it.
_NOT_FOUND_HEAD = _Gated(
    _rx(
        r"^(?:no\s+results\s+found|tidak\s+ada\s+hasil(?:\s+yang)?\s+ditemukan|lost\s+your\s+way\?|"
        r"(?:sepertinya\s+)?(?:anda|kamu)\s+tersesat\W*)$"
    ),
    "found tidak lost tersesat",
)
# A main content's first heading that a sentence under it must say the rest of: any of these holds one of their words.
_MAIN_HEAD_WORDS = _PREAMBLE._words | _BARE_NOT_FOUND._words | _NOT_FOUND_HEAD._words

_BARE_503 = _rx(r"^(?:(?:http\s+)?error\s+)?503$")
_SERVER_ERROR_HEADING = (
    r"^(?:http\s+(?:status|error)\s+)?(?:error\s+)?50[0-4](?:\.\d+)?"
    r"(?:\s*[-–—:|]?\s*(?:internal\s+server\s+error|server\s+error|bad\s+gateway|gateway\s+time-?out|error|"
    r"backend\s+fetch\s+failed|proxy\s+error|terjadi\s+(?:suatu\s+)?(?:kesalahan|galat)(?:\s+(?:pada|di)\s+server)?|"
    r"(?:terjadi\s+)?kesalahan\s+(?:pada\s+)?server))?$|^proxy\s+error$|"
    # A server's own report of a 503 (Tomcat, Jetty, Varnish): nothing runs behind it. A bare
    # "503 Service Unavailable" is also how Laravel and Apache say maintenance: that is left to it.
    r"^(?:http\s+(?:status|error)\s+|error\s+)503\s*[-–—:|]?\s*service\s+(?:temporarily\s+)?unavailable$|"
    # IIS's, and its ASP.NET Core module's: "HTTP Error 500.30 - ASP.NET Core app failed to start".
    r"^http\s+error\s+50\d(?:\.\d+)?\s+-\s+.{1,80}$|"
    r"^internal\s+server\s+error$|^server\s+error(?:\s*\(50\d\))?$|^application\s+error$|"
    r"^database\s+error$|^bad\s+gateway$|^gateway\s+time-?out$|^(?:fatal\s+|php\s+)?(?:error|exception)$|^galat$|^kesalahan$|"
    # Laravel's 419; Yii's error view in production ("Internal Server Error (#500)", "Database Exception (#2002)").
    r"^page\s+expired$|^(?:internal\s+server\s+error|(?:database\s+)?exception|error)\s*\(#\d+\)$|"
    r"^(?:oops!?\s+)?an\s+error\s+occurred(?::\s*[\w\s]{0,40})?$|^an\s+internal\s+error\s+has\s+occurred$|"
    r"^we['’]re\s+sorry,?\s+but\s+something\s+went\s+wrong(?:\s*\(500\))?$|"
    r"^(?:maaf,?\s+)?terjadi\s+(?:suatu\s+)?(?:kesalahan|galat)(?:\s+(?:(?:pada|di)\s+)?(?:server|sistem))?$|"
    # An overloaded server's own page (IIS's "Server Too Busy"), in English and Indonesian.
    r"^(?:the\s+)?server\s+(?:is\s+)?too\s+busy$|^(?:server|sistem|aplikasi|situs|website)\s+sedang\s+sibuk$|"
    # Azure Front Door's, for an origin it cannot reach (its 503, at times passed on as 200).
    r"^our\s+services\s+aren['’]t\s+available\s+right\s+now$|"
    # Laravel's "Server Error" in Indonesian ("500 | Kesalahan Server"), and Slim's page for any uncaught error.
    r"^(?:galat|kesalahan)\s+(?:basis\s+data|database|(?:pada\s+)?server)$|^slim\s+application\s+error$|"
    r"^(?:terjadi\s+)?(?:galat|kesalahan)\s+(?:saat|ketika)\s+(?:membuat\s+)?koneksi\s+(?:ke\s+)?(?:basis\s+data|database)$|"
    r"^(?:(?:error\s+)?403\s*[-:|]?\s*)?(?:forbidden|access\s+denied|akses\s+ditolak)$|"
    r"^(?:error\s+)?401\s*[-:|]?\s*unauthori[sz]ed$|^(?:error\s+)?429\s*[-:|]?\s*too\s+many\s+requests$|"
    # Django refusing a host it was not set up for, nginx a plain request on its TLS port: nothing served.
    r"^(?:(?:error\s+)?400\s*[-:|]?\s*)?bad\s+request(?:\s*\(400\))?$"
)
_SERVER_ERROR_HEAD = _Gated(
    _rx(_SERVER_ERROR_HEADING),
    "50 error exception galat kesalahan gateway server request forbidden denied ditolak unauthori expired wrong sibuk "
    "available",
)
# An admin template's error view for a page its visitor may not open, under a bare "403".
_BARE_403 = _rx(r"^(?:error\s+)?403$")
# The sentence ends there: "… this page unless your API key is registered", "… halaman ini selain petugas loket" and a
# question ("… halaman ini?") are a page's own words.
_DENIED = _rx(
    r"^(?:(?:sorry|maaf)\W*\s*)?(?:you\s+(?:do\s+not|don['’]t)\s+have\s+(?:access|permission)\s+to\s+(?:access\s+|view\s+)?"
    r"(?:this|the)\s+page|you\s+are\s+not\s+(?:authori[sz]ed|allowed|permitted)\s+to\s+(?:access|view)\s+this\s+page|"
    r"(?:anda|kamu)\s+tidak\s+(?:memiliki|mempunyai)\s+(?:hak\s+)?(?:akses|izin)\s+(?:ke|untuk|pada)\s+"
    r"(?:membuka\s+|mengakses\s+)?halaman\s+ini|(?:anda|kamu)\s+tidak\s+berhak\s+(?:mengakses|membuka)\s+halaman\s+ini)"
    r"(?=\s*(?:[.!]|$))"
)
# Cloudflare's page for an origin it cannot reach ("<host> | 521: Web server is down"), served on with 200.
# Its older layout titles it "<error> | <host> | Cloudflare", its origin's DNS errors (1001, 1016) too.
_CLOUDFLARE_TITLE = _rx(
    r"^52[0-7]\s*:\s*(?:web\s+server\s+is\s+(?:down|returning\s+an\s+unknown\s+error)|connection\s+timed\s+out|"
    r"origin\s+is\s+unreachable|a\s+timeout\s+occurred)$|"
    r"^(?:web\s+server\s+is\s+(?:down|returning\s+an\s+unknown\s+error)|connection\s+timed\s+out|origin\s+is\s+unreachable|"
    r"a\s+timeout\s+occurred|ssl\s+handshake\s+failed|invalid\s+ssl\s+certificate|origin\s+dns\s+error|"
    r"dns\s+resolution\s+error|dns\s+points\s+to\s+prohibited\s+ip)\s+\|\s+[\w.-]+\s+\|\s+cloudflare$"
)
_DEBUG_TITLE = _rx(
    r"\(50[0-4]\s+(?:internal\s+server\s+error|bad\s+gateway|service\s+unavailable|gateway\s+time-?out)\)$"
)
_DEBUG_HEAD = _rx(r"^symfony\s+exception$")
# Yii's error view says under its heading what no other page does; its title names the error and its code.
_YII_TITLE = _rx(r"^[\w\s]{2,60}\(#(?!401\)|429\))\d{3,5}\)$")
# Yii 2's debug page titles an exception by its name and its class: "PHP Warning – yii\\base\\ErrorException",
# "Database Exception – yii\\db\\Exception".
_YII_DEBUG_TITLE = re.compile(r"^[\w ]{2,60} [–-] yii\\(?:\w+\\){1,3}\w{1,60}$")
_RAILS_TITLE = "Action Controller: Exception caught"  # its development page, whatever the exception
# Laravel's Ignition (Laravel 9 to 11 in debug mode) draws its page by script: its title is the exception's message.
_EXCEPTION_TITLE = _rx(
    r"^(?:sqlstate\[\w+\]|no\s+application\s+encryption\s+key\s+has\s+been\s+specified|target\s+class\s+\[|"
    r"class\s+\"[^\"]+\"\s+not\s+found|view\s+\[[^\]]+\]\s+not\s+found|route\s+\[[^\]]+\]\s+not\s+defined|"
    r"call\s+to\s+(?:undefined|a\s+member\s+function)\b|undefined\s+(?:variable|array\s+key|index|offset|property)\b|"
    r"attempt\s+to\s+read\s+property\b|the\s+stream\s+or\s+file\s+\"|could\s+not\s+find\s+driver\b|"
    r"(?:\w+\\){1,6}\w+(?:exception|error):)"
)
# Django's debug page: "OperationalError at /", and its own sentence (its 404 is a page not found).
_DJANGO_TITLE = _rx(r"^(?!page\s+not\s+found\b)\w{3,60}\s+at\s+/\S{0,200}$")
_DJANGO_SAID = "because you have DEBUG = True"
_YII_SAID = "The above error occurred while the Web server was processing your request"
# A proxy's or a server's own words for an application behind it that does not answer (HAProxy, IIS's
# HTTP.sys for a stopped application pool, Varnish): not maintenance, whatever status line heads them.
_BACKEND_DOWN = _words(
    r"no\s+server\s+is\s+available\s+to\s+handle\s+this\s+request|"
    # Envoy's (Istio's) answers when the service behind it is down.
    r"no\s+healthy\s+upstream|upstream\s+connect\s+error\s+or\s+disconnect/reset\s+before\s+headers|"
    r"http\s+error\s+503\.\s+the\s+service\s+is\s+unavailable|backend\s+fetch\s+failed|guru\s+meditation:\s+xid:"
)
# The whole of a plain answer without a title (a Go or Python server's, Traefik's, uvicorn's).
_PLAIN_STATUS = _rx(
    r"^(?:50[0-4]\s+)?(?:internal\s+server\s+error|bad\s+gateway|service\s+unavailable|gateway\s+time-?out)$"
)
# An API's error served as the page: {"detail":"Not Found"} (FastAPI), Spring's, Laravel's, Kong's.
_JSON_MESSAGE = re.compile(r'"(?:detail|message|error|msg)"\s*:\s*"([^"\\]{1,200})"')
_JSON_MAX = 1000
# A SOAP envelope's fault, its code first: "soap:Server Server was unable to process request", SOAP 1.2's "Receiver".
_SOAP_FAULT_CODE = re.compile(r"[\w.-]{1,30}:(?:Server|Client|Receiver|Sender|MustUnderstand|VersionMismatch)\b")
# What a PHP application without a framework dies with when its database is down, in Indonesian, as the
# whole of its page: die("Koneksi gagal: " . mysqli_connect_error()), "Gagal terhubung ke database".
# Only where the page starts with it: a login page's help ("Jika koneksi gagal, ...") comes after its name.
_DB = r"(?:database|basis\s+data|db|server(?:\s+database)?|mysql|mariadb|postgre(?:s|sql)|oracle|sql\s+server)"
_DB_DOWN = _rx(
    r"^(?:(?:error|galat|peringatan)\s*:?\s*)?(?:\d{3}\s*[-–:]?\s+)?(?:(?:mohon\s+)?maaf,?\s+)?(?:"
    rf"koneksi\s+(?:ke\s+)?{_DB}\s+(?:gagal|error|terputus)|"
    r"koneksi\s+gagal\s*:|"
    rf"(?:gagal|tidak\s+(?:dapat|bisa))\s+(?:terhubung|terkoneksi|koneksi)\s+(?:ke|dengan)\s+{_DB}|"
    rf"gagal\s+koneksi\s+(?:ke\s+)?{_DB}|{_DB}\s+tidak\s+(?:(?:dapat|bisa)\s+)?terhubung|"
    rf"(?:terjadi\s+)?(?:error|kesalahan|galat)\s+(?:pada\s+)?koneksi\s+(?:ke\s+)?{_DB}|"
    # A theme's page for its database out of reach (WordPress's db-error.php): "Saat ini situs sedang mengalami
    # gangguan koneksi ke database".
    r"(?:saat\s+ini\s+)?(?:(?:situs|website|aplikasi|sistem|kami)\s+(?:ini\s+)?)?(?:sedang\s+)?mengalami\s+"
    rf"gangguan\s+koneksi\s+(?:ke\s+)?{_DB}|"
    # WordPress's "Error establishing a database connection" as its translations say it.
    rf"(?:galat|kesalahan)\s+(?:saat\s+|ketika\s+|dalam\s+)?membangun\s+(?:koneksi|sambungan)\s+(?:ke\s+)?{_DB}|"
    # The die() of the tutorials every PHP beginner copies, in English: w3schools' "Connection failed: …".
    r"connection\s+failed\s*:|(?:error:?\s+)?could\s+not\s+connect\b|"
    r"(?:database|db|mysql)\s+connection\s+(?:failed|error)|"
    r"unable\s+to\s+connect\s+to\s+(?:the\s+)?(?:database|mysql|postgresql)|"
    r"can['’]?t\s+connect\s+to\s+(?:local\s+)?mysql\s+server|error\s+establishing\s+a\s+database\s+connection|"
    r"error\s+connecting\s+to\s+(?:the\s+)?(?:database|mysql|server)|"
    r"too\s+many\s+connections)"
)
# A die()'s message that names nothing ("Koneksi gagal"): a database's only right after a warning that it is out of
# reach.
_BARE_DIE = _rx(r"^(?:koneksi|connection)\s+(?:gagal|failed|error)\W*$|^gagal\s+(?:koneksi|terhubung)\W*$")
# What introduces an example of a message, just before it: a developer's guide, a help page, news of an outage
# ("Jika muncul pesan berikut:", "Contoh:"). Not "pesan" alone (a handler's "Pesan error: …"), nor "tulisan" or
# "berikutnya" (WordPress's widget "Tulisan Terbaru", a theme's "Agenda Berikutnya", above the error they print).
_MENTION = _rx(
    r"\b(?:contoh(?:nya)?|misal(?:nya)?|seperti|berikut|muncul|memunculkan|tampil|menampilkan|ditampilkan|"
    r"bertuliskan|for\s+example|e\.g\.|such\s+as|the\s+following|you\s+(?:will|may|might|would)\s+(?:get|see)|"
    # A visitor's question or news of what a site showed ("keluar tulisan", "disambut tulisan"), a forum's "dapat
    # error ini:", a log quoted ("log akan berisi:"), a changelog's or a commit's fix, a quiz's question.
    r"(?:keluar|disambut)\s+(?:tulisan|pesan)|mengeluarkan|(?:error|galat|eror)\s+(?:ini|seperti\s+ini)\s*:|"
    r"berisi\s*:|perbaik(?:i|an)|memperbaiki|(?:mengatasi|atasi)\s+(?:galat|error|eror|bug|kesalahan|pesan)|"
    r"(?:hot|bug)?fix(?:ed|es)?\s*:?|soal\s+(?:no\.?\s*)?\d+|jelaskan|(?:apa\s+)?(?:arti|(?:di)?maksud)(?:nya)?|"
    r"pesan(?!\s*:))(?!\w)[^.!?]{0,30}[.:]?\s*$"  # a guide's "pesan connect ECONNREFUSED …", not a label "Pesan:"
)
# Typographic quotation marks: a writer's around a message they quote, never a handler's.
_WRITERS_QUOTES = "“‘«„"
_VALIDATION = _rx(r"\b(?:wajib|harus)\s+diisi\b|\btidak\s+boleh\s+kosong\b|\bis\s+required\b|\bmust\s+be\s+filled\b")
_ERROR_TITLE = _rx(
    r"^(?:🧨.*|error|galat|kesalahan|(?:php|database|server|runtime|internal\s+server)\s+error|whoops.*|"
    r"\S*(?:error|exception)\b.*|.*\bat\s+/\S*)$"
)

# Where a quoted message ends and the page around it begins: the evidence must not change with the
# page's clock (an open-ended message such as SQLSTATE's runs on into the next text).
_QUOTE_STOP = re.compile(
    r"(?<=\.)\s+(?=[A-Z])|\s+(?=(?:Senin|Selasa|Rabu|Kamis|Jum'?at|Sabtu|Minggu|Monday|Tuesday|Wednesday|"
    r"Thursday|Friday|Saturday|Sunday)\b|\d{1,2}[:.]\d{2}\b)"
)
_SENTENCE_STOP = re.compile(r"[.!?](?=\s|$)")
_SENTENCE_END = re.compile(r"[^.!?]{0,80}\?")  # what follows a match, up to a question mark
_QUOTES = "\"'“‘«„`"
_OPENING = '"“«„('  # not an apostrophe: "Dinas' "
_CLOSING = '"”»“)'
# A title's separators: "-" and ":" between spaces, the others with or without. Written to start with the class of
# its first character, which the engine looks for before it tries the rest (``\s+[-–—|·»›:]\s+|\s*[|–—·»›]\s*``
# tried at each character: a title's split took a tenth of the classification).
_TITLE_SEPARATORS = re.compile(r"[\s|–—·»›](?:(?<=\s)(?:\s*[-–—|·»›:]\s+|\s*[|–—·»›]\s*)|(?<=[|–—·»›])\s*)")
_TRAILING = " .!?…:;-–—|"


def served_unshown(kind: str) -> PageKind:
    """Return what a page is whose HTML its server sends under ``kind``, a type no browser shows as a page: "text/plain"
    shows its code, "application/octet-stream" (S3's type for a file uploaded without one) downloads it."""
    shown = (
        "peramban menampilkan kode HTML-nya, bukan halamannya"
        if kind == "text/plain"
        else "peramban mengunduhnya sebagai berkas, bukan menampilkannya"
    )
    return PageKind(
        "galat_aplikasi", f"halaman HTML dikirim sebagai {kind} (salah konfigurasi Content-Type di server): {shown}"
    )


def classify(page: Page, status: int = 200) -> PageKind:
    """Return what a page that answered ``status`` is: the application, or what stands in its place."""
    if status >= 400:
        return APPLICATION  # the status says it already
    return derived(page, "page_kind", _classified)


def _classified(page: Page) -> PageKind:
    view = _view(page)
    for judge in _JUDGES:
        found = judge(view)
        if found is not None:
            return found
    return APPLICATION


def printed_error(page: Page) -> PrintedError | None:
    """Return the first application error printed into the page, if any, redacted."""
    return derived(page, "printed_error", _printed_error)


def _printed_error(page: Page) -> PrintedError | None:
    rendered = len(page.links) >= _RENDERED_LINKS
    text = _scanned(page.visible_text)
    found = _first_error(
        text, rendered, page.headings, page.php_lined, page.quoted_texts, page.listed_texts, page.error_gates
    )
    if found is None and page.title.startswith("🧨"):
        found = (_cut(redact(page.title.removeprefix("🧨").strip())), True, (0, 0))  # Ignition draws its page by script
    if found is None:
        framework = _whole_page_as_content(page) if rendered else None
        return PrintedError(framework, True, True) if framework else None
    if not page.php_lined:
        found = _within_php_message(page, text, rendered, found)
    quote, fatal, (start, end) = found
    whole_quote = quote
    quote = _own_block(quote, page)
    if rendered:
        stopped = _instead_of_content(page)
        return PrintedError(stopped, True, True) if stopped else PrintedError(quote, fatal, False)
    if any(quote[:_QUOTED_START] in row for row in page.rows_between):
        return PrintedError(quote, fatal, False)  # one row's error: the application went on to the next rows
    if _headed_after(page, quote, text[:start], whole_quote[len(quote) :] + text[end:]):
        return PrintedError(quote, fatal, False)  # one card's error: the application went on to the next cards
    whole = _only_error(page, fatal)
    if not whole:
        later, end = _after_warnings(page, text, end)
        quote, fatal = (later, True) if later else (quote, fatal)
        whole = fatal or _nothing_but_warnings(page, text, start, end)
    return PrintedError(quote, fatal, whole)


def _within_php_message(
    page: Page, text: str, rendered: bool, found: tuple[str, bool, tuple[int, int]]
) -> tuple[str, bool, tuple[int, int]]:
    """Return PHP's warning that holds the error ``found``, if one does, else ``found``.

    PHP's message is read only where it starts a line of the markup (``Page.php_lined``): a guide's paragraph quotes
    one. With ``html_errors`` off, PHP prints its warning as plain text where the application was writing, in the
    paragraph it opened for a small-box's number (``<p>Warning: mysqli_connect(): (HY000/1045): Access denied for
    user … in /var/www/html/antrian/koneksi.php on line 4</p>``); the error read within it ("Access denied …", a
    connection's failure that is fatal alone) is then a warning's words, and the page went on past it. Asked only of a
    page where an error was found, so no page is flagged for it that was not."""
    php = _first_error(text, rendered, page.headings, True, page.quoted_texts, page.listed_texts, page.error_gates)
    if php is None or php[1]:
        return found
    php_start, php_end = php[2]
    return php if php_start <= found[2][0] < php_end else found


def _own_block(quote: str, page: Page) -> str:
    """Return ``quote`` up to the page's next heading or link: the page's text runs on past the error's block into
    the next ("… Connection timed out Berita Terkini Wali Kota Bekasi …"), and an open-ended message with it."""
    cut = len(quote)
    for text in (*page.headings, *page.card_headings, *(link.text for link in page.links)):
        if len(text) >= _BLOCK_MARK:
            at = quote.find(text, _BLOCK_MARK, cut)
            cut = at if at > 0 and quote[at - 1] == " " else cut
    return quote if cut == len(quote) else quote[:cut].rstrip(_TRAILING + "\"'}")


def _one_card(page: Page) -> bool:
    """Whether the block the main content's first heading heads is one card among others (``Page.card_headings``):
    a queue display's "Antrean Loket 1" with its error, beside "Antrean Loket 2" going on; not the page's notice."""
    heads = page.card_headings
    return bool(page.main_block and page.main_headings) and page.main_headings[0] in heads[:-1]


def _headed_after(page: Page, quote: str, before: str, after: str) -> bool:
    """Whether the error is one card's among others that go on: a card's h3 to h6 heads its block (``before`` ends
    with it) and another follows it (in ``after``), a queue display's or a dashboard's next card ("Antrean Loket 2",
    "Capaian Indikator"), without the same error again. A page that is nothing but the error does not go on so.

    Not h1 or h2: a framework's whole error page heads its parts with them, and the page's own heading is above the
    error anyway; PHP sends nothing after its fatal error. Every card printing the error is the error's page."""
    heads = [text for text in page.card_headings if len(text) >= _BLOCK_MARK]
    return (
        any(text in before[-_CARD_HEAD:] for text in heads)
        and any(text in after for text in heads)
        and quote[:_QUOTED_START] not in after
    )


def _after_warnings(page: Page, text: str, end: int) -> tuple[str | None, int]:
    """Return the fatal error printed after ``text[:end]``'s warnings, if any, and where the last warning ends.

    PHP prints its warnings first ("Deprecated: …" of an old application on a new PHP), under the application's
    title: the fatal error after them is why nothing else was sent, and what to quote.
    """
    for _ in range(_MAX_WARNINGS):
        later = _first_error(
            text[end:], False, (), page.php_lined, page.quoted_texts, page.listed_texts, page.error_gates
        )
        if later is None:
            return None, end
        if later[1]:
            return later[0], end
        end += later[2][1]
    return None, end


def _nothing_but_warnings(page: Page, text: str, start: int, end: int) -> bool:
    """Whether the page shows nothing but warnings (``text[start:end]``) that its database is out of reach, or
    a die()'s word of it after them: ``mysqli_connect()``'s warning, then "Gagal koneksi database", and no link,
    picture or other word. The application stopped there.

    Not a login page that an old application's "Deprecated:" heads (its form's words follow), nor a page a script
    draws under a warning of no database's (its text is the warning's alone until the script runs)."""
    if page.links or page.image_links or page.image_texts or page.frames or text[:start].strip():
        return False
    rest = text[end:].strip(_TRAILING)
    connect = _CONNECT_WARNING.search(text, start, end) is not None
    return _died(rest, connect) if rest else connect


def _instead_of_content(page: Page) -> str | None:
    """Return the error that took the content's place, quoted: the theme's header and menu sent, then the error,
    then nothing (PHP stops there; WordPress's handler too), where the content should be.

    The content is nothing but errors from its first words on: PHP's warnings of an old application ("Deprecated:
    …") are read past for the fatal error after them, whose stack trace may run long ("… thrown in … on line 3");
    warnings that the database is out of reach (``mysqli_connect()``'s) may end it, or the die() after them ("Gagal
    koneksi database"). Not a guide that quotes one in a short article: the theme's sidebar and footer follow it,
    nor a fatal error in the sidebar after the news. A die()'s words that the database is out of reach are the error
    where they quote the driver ("Koneksi database gagal: Connection refused"); alone, ``_error_page`` reads them.
    """
    main = page.main_block or page.main_text
    tail = page.visible_text[-_ERROR_TAIL:]
    if (
        not main
        or len(page.links) - page.menu_link_count > _NOTICE_LINKS
        or not tail.endswith(main[-_NEAR_CHARS:])  # the page goes on after its content: a sidebar, a footer
    ):
        return None
    content = len(tail) - len(main)  # where the content starts: the tail may start in it
    at = max(0, content - _NEAR_CHARS)
    found = _first_error(tail[at:], True, (), page.php_lined, page.quoted_texts, page.listed_texts, page.error_gates)
    if found is None or at + found[2][0] > content + _NOTICE_CHARS:
        return None  # none, or after the content's own words
    return _ending_run(page, tail[at:], found)


def _whole_page_as_content(page: Page) -> str | None:
    """Return a framework's or WordPress's whole error page printed where the theme's content should be, quoted: its
    words the content's from their start, short, and nothing after them ("Terjadi galat kritis di situs web ini.",
    Spring's "Whitelabel Error Page" under the portal's header and menu). Its words in a page that goes on (a
    sidebar, a footer) are a mention."""
    main = page.main_block or page.main_text
    if (
        not main
        or len(main) > _NOTICE_CHARS
        or len(page.links) - page.menu_link_count > _NOTICE_LINKS
        or not page.visible_text.endswith(main[-_NEAR_CHARS:])
    ):
        return None
    found = _first_error(main, False, page.headings, page.php_lined, page.quoted_texts, page.listed_texts)
    return found[0] if found is not None and found[2][0] <= _NEAR_CHARS else None


def _ending_run(page: Page, text: str, found: tuple[str, bool, tuple[int, int]]) -> str | None:
    """Return what to quote of the errors ``text`` ends with from ``found`` on, if nothing else follows them: the
    fatal error after any warnings, or a warning that the database is out of reach (then a die()'s words)."""
    first, begin, at = found[0], found[2][0], 0
    for _ in range(_MAX_WARNINGS):
        quote, fatal, (_, end) = found
        after = text[at + end :].lstrip(_TRAILING)
        if fatal:
            return quote if _nothing_after(after) else None
        connect = _CONNECT_WARNING.search(text, begin, at + end) is not None
        if not after or _died(after, connect):
            return first if after or connect else None
        at = len(text) - len(after)
        later = _first_error(after, True, (), page.php_lined, page.quoted_texts, page.listed_texts)
        if later is None or later[2][0] > _NEAR_CHARS:
            return None  # the page goes on after a warning
        found = later
    return None


def _died(rest: str, connect: bool) -> bool:
    """Whether ``rest``, all that follows a page's warnings, is a die()'s message that the database is out of reach:
    one that says so ("Gagal koneksi database"), or after a warning of a failed connection one that names nothing
    ("Koneksi gagal")."""
    return len(rest) <= _DIE_CHARS and (_db_down(rest) or (connect and _BARE_DIE.match(rest) is not None))


def _nothing_after(after: str) -> bool:
    # What a fatal error is followed by, printed with it: the rest of its own lines, or of its table or box.
    return (
        not after
        or after.startswith(_TRAILERS)
        or _CI_ROWS.fullmatch(after) is not None
        or _CI_BACKTRACE.fullmatch(after) is not None
        or _PHP_THROWN.fullmatch(after) is not None
    )


def redact(text: str) -> str:
    """Return ``text`` without passwords, credentials in addresses or arguments of a stack trace."""
    for pattern, replacement in _SECRETS:
        text = pattern.sub(replacement, text)
    return text


# --- the judges, in order: the first that recognises the page decides ----------------------------


def _view(page: Page) -> _View:
    # The parser has squashed the white space of all three already, and cut a hostile page's title and
    # headings short (``page._MAX_TITLE_CHARS``): some expressions here take time by the square of what they read.
    title = page.title
    segments = _segments(title)
    # A question ("Halaman tidak ditemukan?") is a help page's, never a notice's.
    headings = tuple(h for h in page.headings[:_HEADINGS] if not h.endswith("?"))
    marks = _gate_words_in(title)
    if page.image_texts and len(page.visible_text) <= _PICTURE_TEXT:
        # A notice drawn as a picture ("maintenance.jpg"), its words in its alt, and at most a link back: its heading.
        headings = (*page.image_texts[:_PICTURES], *headings)
        for text in page.image_texts[:_PICTURES]:
            marks |= _gate_words_in(text)
    for text in (*page.headings, *page.main_headings):
        marks |= _gate_words_in(text)
    content_heads = _content_heads(headings, segments, bool(_PREAMBLE._words & marks))
    return _View(page, title, segments, headings, page.visible_text[:_LEAD], content_heads, marks)


def _directory_listing(v: _View) -> PageKind | None:
    # Signs without a case first: a listing's title names a path, h5ai's its version.
    titled = "/" in v.title and _LISTING_TITLE.match(v.title)
    # A listing has no menu: a portal's archive page headed "Index of / Arsip Produk Hukum" has one.
    headed = titled and v.page.menu_link_count == 0 and any(_LISTING_TITLE.match(p) for p in (*v.headings, v.lead))
    iis = " - /" in v.title and _IIS_LISTING.search(v.lead)
    caddy = v.title.startswith("/") and v.page.menu_link_count == 0 and _CADDY_SUMMARY.search(v.lead[:_PROMINENT])
    fancy = v.page.menu_link_count == 0 and _FANCYINDEX.search(v.lead[:_PROMINENT])
    served = v.page.menu_link_count == 0 and _SERVE_INDEX_TITLE.match(v.title)
    framed = titled and (_LISTING_COLUMNS.match(v.page.main_text[:_PROMINENT]) or _sorted_by_apache(v))
    lister = v.page.menu_link_count == 0 and _LISTER_CREDIT.search(v.page.visible_text[-_LISTER_TAIL:])
    if (
        headed
        or iis
        or caddy
        or fancy
        or served
        or framed
        or lister
        or ("5" in v.title and _H5AI_TITLE.search(v.title))
    ):
        return PageKind("daftar_direktori", f"daftar isi direktori server: \u201c{_cut(v.title)}\u201d")
    if v.page.xml_root == _BUCKET_LISTING:
        return PageKind("daftar_direktori", f"daftar isi bucket penyimpanan: <{_BUCKET_LISTING}>")
    if _file_manager(v):
        named = _cut(v.title or v.lead)
        return PageKind("daftar_direktori", f"pengelola berkas terbuka tanpa login: \u201c{named}\u201d")
    if _bare_listing(v):
        return PageKind("daftar_direktori", f"daftar isi direktori server: \u201c{_cut(v.lead)}\u201d")
    return None


def _sorted_by_apache(v: _View) -> bool:
    """Whether the page has the links Apache's listing sorts its columns by, all three of name, date and size."""
    sorts = {link.href.rpartition("?")[2][:6] for link in v.page.links if _APACHE_SORT in link.href}
    return all(key in sorts for key in _APACHE_SORT_KEYS)


def _bare_listing(v: _View) -> bool:
    """Return whether the page is a list of files and nothing else, as Go's file server writes one.

    No title, no heading, no text but its links, each named as the file it points to.
    """
    links = v.page.links
    if v.title or v.page.headings or len(links) < 2 or len(v.page.visible_text) > _LEAD:
        return False
    if v.page.visible_text != " ".join(link.text for link in links):
        return False
    return all(
        link.text and unquote(link.href.rstrip("/").rsplit("/", 1)[-1]) == link.text.rstrip("/") for link in links
    )


def _error_page(v: _View) -> PageKind | None:
    error = printed_error(v.page)
    if error is not None and error.whole:
        return PageKind("galat_aplikasi", f"halaman hanya berisi pesan galat aplikasi: \u201c{error.evidence}\u201d")
    titled = _framework_titled(v)
    if titled or any("ymfony" in h and _DEBUG_HEAD.match(h) for h in v.headings):
        quote = _cut(titled or v.title) if titled or error is None else error.evidence
        return PageKind("galat_aplikasi", f"halaman galat kerangka aplikasi: \u201c{quote}\u201d")
    notice = _notice(v.page)
    # Where the content should be, in the theme; not news of it ("Koneksi Database Gagal, Layanan … Terhenti").
    if notice and _db_down(notice) and not _dated_post(v.page) and not _one_card(v.page):
        quote = _cut(redact(notice))
        return PageKind("galat_aplikasi", f"halaman hanya berisi pesan galat aplikasi: \u201c{quote}\u201d")
    # An application's own error view in the site's layout: "500 | Server Error" where the content goes.
    # Not a form's message of what a visitor left out, under the same words ("Terjadi Kesalahan: NIK wajib diisi").
    in_theme = _error_first_heading(v) if notice and not _VALIDATION.search(notice) else None
    in_theme = in_theme or _error_heading(v)
    if in_theme and _BARE_503.match(in_theme) and _maintenance(v) is not None:
        in_theme = None  # the theme's "503" over "Layanan Tidak Tersedia … dalam pemeliharaan": the notice says it
    if len(v.page.links) >= _RENDERED_LINKS:
        return PageKind("galat_aplikasi", f"halaman galat server: \u201c{_cut(in_theme)}\u201d") if in_theme else None
    said = next((text for text in (v.lead, v.title) if _db_down(text)), None) if v.small(_GENERIC) else None
    said = said or (_died_under_heading(v) if v.small(_GENERIC) else None)
    if said is not None:  # Joomla 4 says it in its title, under "An error has occurred."
        return PageKind(
            "galat_aplikasi", f"halaman hanya berisi pesan galat aplikasi: \u201c{_cut(redact(said))}\u201d"
        )
    status_like = (
        (_first_full(_SERVER_ERROR_HEAD, (*v.segments, *v.headings)) if v.holds(_SERVER_ERROR_HEAD) else None)
        or _first_full(_CLOUDFLARE_TITLE, v.segments)
        or _server_said(v)
        or _denied_under_403(v)
        # A small page's first heading of any level: "<h3>Maaf, terjadi kesalahan.</h3>" and nothing else.
        or (_error_first_heading(v) if v.small(_GENERIC) else None)
        or in_theme
    )
    # Laravel's and Apache's bare "503" over a notice of maintenance: the notice says what it is.
    if status_like and _BARE_503.match(status_like) and _maintenance(v) is not None:
        status_like = None
    return PageKind("galat_aplikasi", f"halaman galat server: \u201c{_cut(status_like)}\u201d") if status_like else None


# A help page's words on the message its heading names: opening with what it usually comes of ("Biasanya terjadi
# karena …"; not "Biasanya hanya sementara", an error view's comfort), or saying of the message itself what it
# means, first thing ("Saat mengisi formulir, tampilan ini berarti …"). Not "kesalahan ini" ("Kesalahan ini telah
# dicatat": an error view's).
_EXPLAINS_REACH = 80  # characters under the heading: its first sentence
_EXPLAINS_MESSAGE = _rx(
    r"^\W*(?:(?:biasanya|umumnya|pada\s+umumnya|usually)\s+(?:terjadi|muncul|tampil|disebabkan|karena|appears|occurs)|"
    r"(?:penyebabnya|disebabkan\s+oleh))\b|"
    r"\b(?:pesan|tampilan|notifikasi|peringatan|this\s+message)\s+(?:error\s+|galat\s+)?(?:ini\s+|tersebut\s+)?"
    r"(?:muncul|tampil|berarti|artinya|menandakan|biasanya|terjadi|appears|means)\b"
)


def _error_first_heading(v: _View) -> str | None:
    """Return the content's first heading of any level where it is a server's error, but for a help page's, which
    explains when it shows: "<h3>Terjadi Kesalahan Sistem</h3><p>Jika muncul pesan ini saat mengunggah berkas, …",
    "… <p>Pesan ini muncul saat sesi Anda berakhir", "<p>Biasanya terjadi karena koneksi terputus …"."""
    found = _first_full(_SERVER_ERROR_HEAD, v.page.main_headings[:1]) if v.holds(_SERVER_ERROR_HEAD) else None
    if found is None:
        return None
    text, heading = v.page.main_text, v.page.main_headings[0]
    at = text.find(heading)
    near = text[at + len(heading) : at + len(heading) + _EXPLAINS_REACH] if at >= 0 else ""
    after = near[:_NEAR_CHARS].split()[:1]
    if after and after[0].strip(_TRAILING).casefold() in _CONDITIONS:
        return None
    return None if _EXPLAINS_MESSAGE.search(near) else found


def _died_under_heading(v: _View) -> str | None:
    """Return a die()'s message that the database is out of reach under the application's own heading ("ANTRIAN
    PELAYANAN", then "Koneksi database gagal" and nothing else), or as a heading of its own (a queue display's
    "<h1>Gagal koneksi ke database</h1>" in each panel), all of it: not a guide's "Gagal Koneksi ke Database: Penyebab
    dan Solusi". Short, and no post: news of an outage says more. Not one card's among cards that go on (``_one_card``).
    """
    if _dated_post(v.page):
        return None
    said = next((h for h in v.page.headings if _db_down(h) and _DB_DOWN.sub("", h).strip(_TRAILING) == ""), None)
    heads, block = v.page.main_headings, v.page.main_block
    if said is None and heads and block.startswith(heads[0]) and not _one_card(v.page):
        rest = block[len(heads[0]) :].strip()
        said = rest if len(rest) <= _DIE_CHARS and _db_down(rest) else None
    return said


def _error_heading(v: _View) -> str | None:
    """Return a theme's error view inside the portal's header, menu and sidebar: the content's first heading a
    server's error ("500 | Terjadi Kesalahan Pada Server", or "500" over "Terjadi Kesalahan Pada Server"), and
    an apology right after it ("Maaf, terjadi kesalahan internal …"). A sidebar of news makes it no notice."""
    first = v.page.main_headings[0].rstrip(_TRAILING) if v.page.main_headings else ""
    if not first or not v.holds(_SERVER_ERROR_HEAD) or _first_full(_SERVER_ERROR_HEAD, (first,)) is None:
        return None
    heads = v.page.headings
    following = heads[heads.index(v.page.main_headings[0]) + 1 :][:1] if v.page.main_headings[0] in heads else ()
    second = following[0].rstrip(_TRAILING) if following else ""
    said, last = first, first
    if second and _first_full(_SERVER_ERROR_HEAD, (second,)) is not None:
        said, last = f"{first} {second}", second
    text = v.page.main_text
    at = text.find(last)
    after = text[at + len(last) : at + len(last) + _NEAR_CHARS].lstrip(" -:|.!") if at >= 0 else ""
    return said if _APOLOGY.match(after) and not _VALIDATION.search(text[:_NOTICE_CHARS]) else None


def _framework_titled(v: _View) -> str | None:
    """Return what a framework's debug page or error view is known by: its title, or Rails' first heading.

    A debug page links its stack trace, and Yii's error view sits in the application's menu: neither is told by
    its few links, but by its title (and Yii's by its own sentence). Rails titles every exception alike, and
    heads its page with the exception's class ("ActiveRecord::ConnectionNotEstablished").
    """
    if "(5" in v.title and _DEBUG_TITLE.search(v.title) is not None:
        return v.title
    if "yii\\" in v.title and _YII_DEBUG_TITLE.match(v.title) is not None:
        return v.title
    if v.title == _RAILS_TITLE:
        return v.headings[0] if v.headings else v.title
    if v.small(_GENERIC) and _EXCEPTION_TITLE.match(v.title) and len(v.page.visible_text) <= _PICTURE_TEXT:
        return v.title
    # The title first: the text is long; and its "at /path" holds a "/", looked for before the expression.
    if "/" in v.title and _DJANGO_TITLE.match(v.title) and _DJANGO_SAID in v.page.visible_text:
        return v.title
    yii = "(#" in v.title and _YII_TITLE.match(v.title) is not None and _YII_SAID in v.page.visible_text
    return v.title if yii else None


def _server_said(v: _View) -> str | None:
    """Return what a small server's page says of an error: a proxy's words, a plain status line, an API's JSON.

    Only under no title or a status line's: a help page that quotes a proxy's words has a title of its own.
    """
    untitled = not v.title
    if not v.small(_GENERIC) or not (untitled or _PLAIN_STATUS.match(v.title)):
        return None
    return (
        _first_search(_BACKEND_DOWN, (v.lead,))
        or (_first_full(_PLAIN_STATUS, (v.lead,)) if untitled and not v.page.headings else None)
        or _json_answer(v, _SERVER_ERROR_HEAD)
        or _soap_fault(v)
    )


def _soap_fault(v: _View) -> str | None:
    """Return a SOAP service's fault, when the page is nothing but one (its faultcode first, then its words)."""
    if not v.page.xml_root.endswith("Envelope") or _SOAP_FAULT_CODE.match(v.lead) is None:
        return None
    return _cut(v.lead)


def _json_answer(v: _View, said: re.Pattern[str] | _Gated) -> str | None:
    """Return the page, when it is nothing but a JSON object whose message matches ``said``."""
    if not v.lead.startswith("{") or v.title or len(v.page.visible_text) > _JSON_MAX:
        return None
    match = _JSON_MESSAGE.search(v.lead)
    return _cut(v.lead) if match is not None and said.match(match.group(1).rstrip(_TRAILING)) else None


def _parked(v: _View) -> PageKind | None:
    if not v.small(_PARKING) or _dated_post(v.page):  # news of a domain on sale is a post of the site's
        moved = _moved_to_parking(v)
        return PageKind("domain_parkir", f"halaman domain parkir/dijual: \u201c{moved}\u201d") if moved else None
    # A sale's page asks: "Want to buy this domain?". A small page in a site's frame (an article of a few lines)
    # may quote a parking page's words ("pengunjung akan melihat tulisan "This domain is for sale""): its lead counts
    # where it says them itself.
    quote = _first_search(_PARKED, (v.title, *_own_headings(v)))
    if quote is None and v.page.menu_link_count == 0:
        quote = _first_search(_PARKED, v.bare_lead())
    elif quote is None:
        quote = _first_unquoted(_PARKED, v.bare_lead(), stated=True)
    if quote is None:
        quote = next((link.href for link in v.page.links if _parking_host(link.href)), None)
    if quote is None and not v.page.visible_text:  # sent on to the parking service, by a refresh or a script
        quote = next((p.href for p in v.page.pointers if p.kind in _SENT_ON and _parking_target(p.href)), None)
    # A parking service's page, drawn by its script: nothing, or the domain's name and a link to its policy.
    if quote is None and len(v.page.visible_text) <= _LANDER_TEXT and not v.page.menu_link_count:
        scripts = (*v.page.scripts[:3], *v.page.script_sources[:3], *v.page.head_links[:3])
        quote = next((_cut(m.group(0)) for m in map(_PARKING_SCRIPT.search, scripts) if m), None)
    if quote is None and v.bare_lead():  # a registry's page is short, without the site's menu
        quote = _first_search(_REGISTRY_PAGE, (v.title, *v.headings))
        if quote is None and v.page.menu_link_count == 0:
            quote = _first_search(_REGISTRY_PAGE, v.bare_lead())
        elif quote is None:
            quote = _first_unquoted(_REGISTRY_PAGE, v.bare_lead(), stated=True)
        quote = quote or _first_full(_SUSPENDED_NAME, (v.title, *v.headings))
        if quote is None and v.page.menu_link_count == 0:
            quote = _first_search(_SITE_SOLD, (v.title, *v.headings, *v.bare_lead()))
    quote = quote or _moved_to_parking(v) or _registrar_placeholder(v)
    return PageKind("domain_parkir", f"halaman domain parkir/dijual: \u201c{quote}\u201d") if quote else None


def _registrar_placeholder(v: _View) -> str | None:
    """Return a registrar's tiny page for a parked or held domain: two of its marks, on a page without a menu."""
    page = v.page
    if len(page.visible_text) > _PLACEHOLDER_TEXT or len(page.links) > _PLACEHOLDER_LINKS or page.menu_link_count:
        return None
    if page.asks_password:  # an application's login under its own domain's name
        return None
    named = _first_full(_DOMAIN_NAME, (v.title, *v.headings[:1]))
    headed = _first_full(_PARKED_HEAD, (*v.segments, *v.headings))
    said = _first_statement(_REGISTRAR_SAID, (v.lead,)) or _first_full(_BARE_SOON, (v.lead,))
    return (headed or said or named) if (named, headed, said).count(None) <= 1 else None


def _own_headings(v: _View) -> tuple[str, ...]:
    """Return the page's first headings but, in a site's frame, its posts' headlines linked to their pages: a list of
    the site's news headed "Domain Ini Dijual? Waspada Penipuan" is no sale's page."""
    if not v.page.menu_link_count:
        return v.headings
    linked = {link.text for link in v.page.links}
    return tuple(h for h in v.headings if h not in linked)


def _moved_to_parking(v: _View) -> str | None:
    """Return where the server moved the application's address, when it is a sale's or a parking service's page
    (Afternic's, Dan's, Sedo's, GoDaddy's sale, a numbered lander): the redirect says it, whatever that page draws
    (often nothing but its script)."""
    return next((_cut(p.href) for p in v.page.pointers if p.kind == "moved" and _parking_target(p.href)), None)


def _installer(v: _View) -> PageKind | None:
    if not v.small(_SPECIFIC):
        return None
    quote = _first_full(_INSTALLER_TITLE, (v.title,))
    if quote is None and v.title.lower().startswith("wordpress"):
        quote = _first_search(_WP_INSTALLER, v.bare_lead())
    if quote is None and v.title.lower() in ("installation", "instalasi"):
        quote = _first_full(_MOODLE_INSTALLER, v.headings)
    if quote is None and _MEDIAWIKI_UNSET in v.lead and _MEDIAWIKI_TITLE.match(v.title):
        quote = _MEDIAWIKI_UNSET
    return _default_kind(quote) if quote else None


def _suspended(v: _View) -> PageKind | None:
    """Return a hosting's page for a site it switched off: before the errors, as Hestia titles it "Access Denied".

    Only on a page without a site's menu, or a small one: a department's news of its own site suspended for a
    while ("Akun Hosting Ini Telah Di-suspend, Website Kelurahan Sempat Tak Bisa Diakses") is in the portal's frame.
    """
    if not v.small(_SPECIFIC) or not v.bare_lead():
        return None
    if v.page.asks_password:  # an application's login telling its user "Akun ini telah ditangguhkan"
        return None
    quote = _first_statement(_SUSPENDED, (v.title, *v.headings, v.lead), unquoted=True)
    return _default_kind(quote) if quote else None


def _default_page(v: _View) -> PageKind | None:
    if _PHPINFO_TITLE.match(v.title):
        return _default_kind(_cut(v.title))
    sample = None if v.small(_GENERIC) else _sample_post_alone(v)  # a small page's lead says it (below)
    if sample is not None:
        return _default_kind(sample)
    if not v.small(_SPECIFIC):
        return _headed_default(v)
    # A post the site dates is news, whatever its headline and first words ("12 Subdomain OPD Masih Menampilkan
    # Halaman Default Server"): no server's or hosting's page is one.
    dated = _dated_post(v.page)
    headed = () if dated else (v.title, *v.headings)
    titled = _first_search(_DEFAULT_HEADED, headed[:1])
    quote = (
        _first_full(_STACK_TITLE, headed[:1])
        or (titled if titled and _names_itself(v) else None)
        or _first_search(_DEFAULT_HEADED, headed[1:])
        # Not a lesson's 'Nginx menampilkan "Welcome to nginx!"', "Jika tampil Welcome to nginx!", nor its code.
        or _first_unquoted(_DEFAULT, () if dated else v.bare_lead(), cited=v.page.quoted_texts)
        or _said_under_head(v)
        or _first_full(_DEFAULT_HEAD, headed)
        or _apaches_greeting(v, headed)
        or _bare_default(v, dated)
        or (None if dated or v.page.menu_link_count else _first_unquoted(_PLACEHOLDER_SAID, (*headed, *v.bare_lead())))
    )
    if quote is not None and not dated and _lists_news(v):
        quote = titled = None  # a headline in a list of the site's dated news, as a post of its is
    if quote is None and v.small(_GENERIC):
        quote = (
            _first_full(_DEFAULT_HEAD, (v.lead,))
            or _apaches_greeting(v, (v.lead,))
            or _first_search(_SAMPLE_CONTENT, (v.lead,))
            or _json_answer(v, _SAMPLE_CONTENT)  # FastAPI's first app: {"message":"Hello World"}
            or _iis_start(v)
            or _first_statement(_PLATFORM_PAGE, (v.title, *v.headings, v.lead[:_PROMINENT]))
            or _over_limit(v)
        )
    # A default page under its own title is quoted by it, whatever else of it said so.
    return _default_kind(titled or quote) if quote else None


def _sample_post_alone(v: _View) -> str | None:
    """Return WordPress's sample post where it is the only post of a site in a theme of its own: headed "Hello
    world!" ("Halo dunia!"), no other post's headline beside it. A site that kept it below its news lists more."""
    if v.page.dates.headlines > 1 or not any(h.strip().casefold() in _SAMPLE_HEADLINES for h in v.page.headings):
        return None
    return _first_search(_SAMPLE_POST, (v.page.main_text,))


def _apaches_greeting(v: _View, places: Iterable[str]) -> str | None:
    """Return Apache's "It works!" among ``places``, on a page without a site's menu (an admin's note headed so over
    the site's menu and content is the site's)."""
    return None if v.page.menu_link_count else _first_full(_IT_WORKS, places)


def _over_limit(v: _View) -> str | None:
    """Return a hosting's tiny page for a site over its bandwidth or its resources, in Indonesian."""
    if len(v.page.visible_text) > _OVER_LIMIT_TEXT or v.page.menu_link_count:
        return None
    return next((place for place in (v.title, *v.headings) if _OVER_LIMIT_HEAD.match(place)), None)


def _lists_news(v: _View) -> bool:
    """Whether the page lists the site's dated news in its own frame: its menu, posts' headlines linked to their pages,
    and their dates. A server's or a hosting's page has none of them; a portal's list whose headline is "Muncul Default
    Web Site Page? Ini Penyebabnya" (WordPress heads its posts with h2), or whose page is headed "Halaman Default"
    above it, is the site. Read only where a stand-in's words were found: the dates are read again then.

    The headlines are the site's own posts: a hosting's default page in its own navbar, with a teaser of its blog's
    dated posts ("Artikel Terbaru dari Blog Kami") linked to the hosting's host, is no list of the site's news."""
    dates = v.page.dates
    if not v.page.menu_link_count or dates.headlines < _NEWS_HEADLINES or _headlines_elsewhere(v):
        return False
    return len(dates_in_text(dates.in_articles or dates.elsewhere)) >= _NEWS_HEADLINES


def _headlines_elsewhere(v: _View) -> bool:
    """Whether the links of the page's headings (its posts' headlines, where h1 and h2 head them) all go to another
    site: not the page's host, nor its parent's or a subdomain's (a department's list of the city portal's posts)."""
    here = v.page.host.removeprefix("www.")
    headings = set(v.page.headings)
    hosts = [urlsplit(link.href).hostname or here for link in v.page.links if link.text in headings]
    if not here or len(hosts) < _NEWS_HEADLINES:
        return False
    return not any(_same_site(host.removeprefix("www."), here) for host in hosts)


def _same_site(host: str, here: str) -> bool:
    return host == here or host.endswith(f".{here}") or here.endswith(f".{host}")


def _bare_default(v: _View, dated: bool) -> str | None:
    """Return a platform's, a hosting's or a server's words in ``_BARE_DEFAULT`` where a stand-in page says them: its
    title, its headings or its lead, on a page without a site's menu or a small one, and no post the site dates."""
    if dated or not v.bare_lead():
        return None
    return _first_search(_BARE_DEFAULT, (v.title, *v.headings)) or _first_unquoted(_BARE_DEFAULT, v.bare_lead())


def _headed_default(v: _View) -> PageKind | None:
    """Return a server's first page with a menu and links of its own, more than a stand-in's (Tomcat's, to its
    documentation, examples and mailing lists), where its title and a heading under it both say what it is
    ("Apache Tomcat/10.1.28", "… you've successfully installed Tomcat"), and no site's menu frames them. Not a heading
    that only repeats the title: an application left under its framework's title and heading ("Welcome to
    CodeIgniter") over its own content is the application."""
    if v.page.menu_link_count or not v.small(_PARKING) or _dated_post(v.page):
        return None
    titled = _first_search(_DEFAULT_HEADED, (v.title,))
    said = _first_search(_PRODUCT_SAID, (h for h in v.headings if h.rstrip(_TRAILING) != v.title.rstrip(_TRAILING)))
    return _default_kind(titled) if titled and said else None


# A footer's credit to the server or framework under the application, up to the name it gives.
_CREDIT = _rx(r"\b(?:powered\s+by|running\s+on|built\s+(?:with|on)|served\s+by|didukung\s+oleh)\s+(?:[\w.-]+\s+)?$")
_GENERIC_WORDS = frozenset({"welcome", "works", "page", "test", "default", "server", "your", "this", "that", "site"})


def _names_itself(v: _View) -> bool:
    """Whether a page under a default page's title is one by that alone: it shows nothing else (IIS's picture), or
    names what its title names. A department's application left under its framework's title ("Welcome to
    CodeIgniter") over its own content is the application, unless the rest of it says otherwise too."""
    said = _DEFAULT_HEADED.search(v.title)
    text = v.page.visible_text.casefold()
    named = {w for w in re.findall(r"[a-z]{4,}", said.group(0).casefold()) if w not in _GENERIC_WORDS} if said else ()
    return len(text) <= _PICTURE_TEXT or any(_named_besides_credit(text, w) for w in named)


def _named_besides_credit(text: str, word: str) -> bool:
    """Whether ``text`` names ``word`` other than in a footer's credit ("Powered by Apache Tomcat"), which an
    application shows of the server it runs on."""
    at = text.find(word)
    while at >= 0:
        if not _CREDIT.search(text, max(0, at - _NEAR_CHARS), at):
            return True
        at = text.find(word, at + len(word))
    return False


def _said_under_head(v: _View) -> str | None:
    """Return a server's, a panel's or a framework's own words in the first sentence under the content's first
    heading, where that heading is a word or two ("Congratulations", "Documentation", "Welcome!").

    OpenLiteSpeed's page and Laravel 11's welcome have a menu of their own and many links, so their lead is not
    read. A guide is headed by its own longer title, and introduces what it quotes ("muncul tulisan …"); a
    hosting's instructions ("unggah berkas website ke folder public_html") are a guide's too, so not read here.
    Where the lead was read, it was read with it: the long expression costs about half a microsecond a character.
    """
    if not v.content_heads or len(v.content_heads[0].split()) > _GREETING_WORDS or v.bare_lead():
        return None
    head, text = v.content_heads[0], v.page.visible_text
    at = text.find(head)
    after = text[at + len(head) : at + len(head) + _PROMINENT].lstrip(_TRAILING) if at >= 0 else ""
    end = _SENTENCE_STOP.search(after)
    sentence = after[: end.end() if end else _QUOTE][:_QUOTE]
    said = _PRODUCT_SAID.search(sentence)
    if said is None or _quoted(sentence, said) or _MENTION.search(sentence, 0, said.start()):
        return None
    return _around(sentence, said)


def _default_kind(quote: str) -> PageKind:
    return PageKind("halaman_bawaan", f"halaman bawaan server web, hosting atau kerangka aplikasi: \u201c{quote}\u201d")


def _iis_start(v: _View) -> str | None:
    if len(v.page.links) > 2 or v.page.headings or len(v.page.visible_text) > 40:
        return None
    return next((link.href for link in v.page.links if _IIS_START in link.href.lower()), None)


def _maintenance(v: _View) -> PageKind | None:
    apologies = tuple(h for h in v.headings if _APOLOGY.match(h)) if v.holds(_APOLOGY_HEAD) else ()
    quote = (
        _maintenance_head(v, v.segments)
        or _maintenance_word(v, v.segments[:1])
        or (
            _first_full(_MAINTENANCE_NOTICE, (*v.content_heads[-1:], *apologies))
            if v.holds(_MAINTENANCE_NOTICE)
            else None
        )
    )
    if quote is None and v.small(_SPECIFIC) and not _STILL_WORKS.search(v.page.main_text[:_NOTICE_CHARS]):
        quote = _first_search(_MAINTENANCE, (v.title,))  # not news titled so, of work the service runs on through
    if quote is None and v.small(_GENERIC):
        # Not where the page says the rest runs ("perbaikan tampilan; beberapa menu mungkin belum berfungsi").
        said = () if _STILL_WORKS.search(v.lead[:_LEAD]) else (*v.headings, v.lead[:_PROMINENT])
        quote = (
            _maintenance_head(v, v.headings)
            or _maintenance_word(v, v.headings)
            or _first_full(_MAINTENANCE_START, v.headings)
            or _first_full(_NAMED_MAINTENANCE, (*v.headings, *v.page.main_headings[:1]))
            or _first_statement(_MAINTENANCE, said)
            or _first_statement(_SMALL_NOTICE, said)
            or _closed_for_a_while(v, said)
        )
    notice = _notice(v.page) if quote is None else ""
    if notice and not _STILL_WORKS.search(notice):  # news of work that leaves the service running, or is over
        heads = v.page.main_headings
        # Not a heading that only starts with the words (news of a road "Sedang Dalam Perbaikan, Jalan …
        # Ditutup"), nor work said of anything but the site ("Petugas sedang melakukan perbaikan pompa").
        quote = (
            _maintenance_head(v, heads)
            or _first_full(_NAMED_MAINTENANCE, heads)
            or _first_site_statement(_MAINTENANCE, (*heads, notice[:_PROMINENT]))
        )
    quote = quote or _after_apology(v)
    if quote and (_dated_post(v.page) or _lists_statuses(v.page) or _bylined_post(v.page) or _lists_news(v)):
        # News of it: a post dated by the site, which renders its posts; one row's status; or a banner above the
        # site's list of dated news ("Our new website is coming soon!"), which no notice in the site's place has.
        quote = None
    return PageKind("dalam_pemeliharaan", f"pemberitahuan pemeliharaan: \u201c{quote}\u201d") if quote else None


def _maintenance_word(v: _View, places: Iterable[str]) -> str | None:
    """Return "Pemeliharaan" or "Maintenance" alone among ``places`` (the title's parts, the headings), unless the
    page lists works under it (``_lists_works``) in the site's frame: a notice without a menu may list its parts'
    progress."""
    found = _first_full(_MAINTENANCE_WORD, places) if v.holds(_MAINTENANCE_WORD) else None
    listed = found is not None and v.page.menu_link_count > 0 and _lists_works(v.page.main_text)
    return None if listed else found


def _lists_works(text: str) -> bool:
    """Whether ``text`` lists works: ``_LISTED_WORKS`` or more progresses ("85%"), or as many dates."""
    return len(_PERCENT.findall(text)) >= _LISTED_WORKS or len(dates_in_text(text)) >= _LISTED_WORKS


def _lists_statuses(page: Page) -> bool:
    """Whether the page starts with a list of statuses: a status page's services ("Operational", "Degraded
    Performance"), an inventory's applications ("Active"), a tracker's tickets ("Resolved"), where maintenance is one
    row's. Read outside the site's header, menus and footer (the zones ``DateSources`` reads dates in): a server's
    "Active" badge in the navbar and an account's "Aktif" in the footer label no rows of the content."""
    content = (page.dates.in_articles[:_LEAD], page.dates.elsewhere[:_LEAD])
    return sum(len(_STATUS_LABEL.findall(text)) for text in content) >= _STATUSES


def _maintenance_head(v: _View, places: tuple[str, ...]) -> str | None:
    """Return the first of ``places`` (the title's parts, the headings) that is nothing but a notice's heading; "Coming
    Soon" only where the page has no site's menu (an event's site has one, and says it of the event)."""
    found = _first_full(_MAINTENANCE_HEAD, places) if v.holds(_MAINTENANCE_HEAD) else None
    if found is None and v.page.menu_link_count == 0:
        found = _first_full(_SOON_HEAD, places)
    return found


def _closed_for_a_while(v: _View, said: tuple[str, ...]) -> str | None:
    """Return a small page's word that the application is closed from a day until another ("… untuk sementara tidak
    dapat diakses mulai 3 Desember sampai dengan 7 Desember"), where the page is nothing but that notice: no login
    form, and no links but a few. A login page that announces work to come says so above its form."""
    if v.page.asks_password or len(v.page.links) > _CLOSED_LINKS:
        return None
    quote = _first_statement(_CLOSED_FROM, said)
    return None if quote is None or _closing_ahead(said, v.page.today) or _still_open(said) else quote


def _still_open(said: tuple[str, ...]) -> bool:
    """Whether the closing's sentence goes on with what stays open ("… mulai hari Sabtu s.d. Minggu; pengajuan PBG
    daring tetap melalui tombol di bawah"): a service the office closes, the application working."""
    for place in said:
        found = _CLOSED_FROM.search(place)
        if found is not None:
            end = _SENTENCE_STOP.search(place, found.end())
            return _STILL_OPEN.search(place, found.end(), end.start() if end else len(place)) is not None
    return False


def _closing_ahead(said: tuple[str, ...], today: date | None) -> bool:
    """Whether the closing's first day is still to come ("mulai tanggal 24 s.d. 26 Desember" on 5 December, the
    check's ``today``): an announcement on a page that works until then, whatever else it closes ("layanan
    poliklinik …, IGD tetap 24 jam"). Not known without the day: the notice is read as it stands."""
    if today is None:
        return False
    for place in said:
        found = _CLOSED_FROM.search(place)
        if found is None:
            continue
        first = _FIRST_DAY.search(place, found.start(), found.end())
        ends = dates_in_text(place[found.end() : found.end() + _NEAR_CHARS])
        if first is None or not ends or int(first.group(1)) > ends[0].day:
            return False
        return ends[0].replace(day=int(first.group(1))).date() > today
    return False


def _after_apology(v: _View) -> str | None:
    """Return a notice of work on the site in the sentence under the content's first heading, an apology ("Mohon
    Maaf": "Website Dinas Sosial sedang dalam proses perbaikan …") or a move's ("Migrasi Server": "Website Dinas
    Pendidikan sedang dalam proses migrasi …"), where the theme's sidebar of news and links makes the content too
    long for a notice alone (``_notice``)."""
    heads = v.page.main_headings
    if not heads or len(heads[0]) > _NEAR_CHARS:
        return None
    moving = v.holds(_MOVE_HEAD) and _MOVE_HEAD.match(heads[0].rstrip(_TRAILING)) is not None
    if not moving and not (v.holds(_APOLOGY_HEAD) and _APOLOGY.match(heads[0])):
        return None
    text = v.page.main_text
    at = text.find(heads[0])
    after = text[at + len(heads[0]) : at + len(heads[0]) + _PROMINENT] if at >= 0 else ""
    end = _SENTENCE_STOP.search(after)
    sentence = after[: end.end() if end else len(after)]
    if not sentence or _STILL_WORKS.search(sentence):
        return None
    if moving:
        return _first_statement(_MOVING, (sentence,))
    return _first_site_statement(_MAINTENANCE, (sentence,)) or _first_statement(_SMALL_NOTICE, (sentence,))


def _dated_post(page: Page) -> bool:
    """Whether the page's content is a post the site dates: an ``<article>`` with its ``<time datetime>`` ("1 Desember
    2026 oleh Admin"). A notice in the application's place is no post: a maintenance plugin's page, a card in the
    theme, a page of the CMS, none dated as news is; the day a notice says its work ends is no post's."""
    return page.dates.timed


def _bylined_post(page: Page) -> bool:
    """Whether the page's content is one post whose date the theme prints as text under its headline, of a day
    before the check's: an article that explains a message ("Mengenal Pesan Error 500": "… 503 berarti server sedang
    dalam pemeliharaan"), or a guide quoting a notice, with its byline ("Kamis, 3 Desember 2026", "Diposting pada …",
    Joomla's "Ditulis oleh Super User … Diterbitkan: …").

    Not a notice's own heading ("Pemberitahuan", "Mohon Maaf", "Website Dalam Pemeliharaan": a notice may be dated
    as a letter is), nor a date outside the site's articles, nor a date of today (a clock under a heading) or ahead
    (the day its work ends).
    """
    heads = page.main_headings
    if page.today is None or not heads or _NOTICE_HEADING.search(heads[0]):
        return False
    if len(heads[0].split()) < _POST_HEADLINE_WORDS:
        return False
    at = page.main_text.find(heads[0])
    line = page.main_text[at + len(heads[0]) : at + len(heads[0]) + _BYLINE_REACH] if at >= 0 else ""
    found = _POST_DATE.search(line)
    if found is None or _NOT_A_BYLINE.search(line, 0, found.start()):
        return False
    # The date line is a post's where the site's articles print it (an <article>, a list's card): a notice dated
    # as a letter under the site's name is in neither.
    if " ".join(found.group(1).split()) not in " ".join(page.dates.in_articles.split()):
        return False
    # A notice written as a post apologises first thing under its date ("Mohon maaf, website sedang dalam
    # pemeliharaan …"): an article explaining one does not open so.
    if _APOLOGY.search(
        page.main_text, at + len(heads[0]) + found.end(), at + len(heads[0]) + found.end() + _NEAR_CHARS
    ):
        return False
    days = dates_in_text(found.group(1))
    return bool(days) and days[0].date() < page.today


def _db_down(text: str) -> bool:
    """Whether ``text`` starts with a message of a database out of reach, but for a question ("Database tidak
    terhubung dengan Dukcapil? Begini caranya")."""
    said = _DB_DOWN.match(text)
    return said is not None and not _SENTENCE_END.match(text, said.end())


def _notice(page: Page) -> str:
    """Return the page's notice, if the page is its site's header, menus and footer around a notice alone: a
    main content of a few sentences, and few links but the menu's (a home page's news, a sidebar's, are many).

    In a theme that marks no container for its content (bare ``<div>``s), the notice is the block its first
    heading heads: its main text there is the whole body.
    """
    text = page.main_block or page.main_text
    if 0 < len(text) <= _NOTICE_CHARS and len(page.links) - page.menu_link_count <= _NOTICE_LINKS:
        return text
    return ""


def _not_found(v: _View) -> PageKind | None:
    # Joomla 3 heads every error "The requested page can't be found.", its database's too: the error says what it is.
    error = printed_error(v.page)
    if error is not None and error.whole and _DATABASE_SAID.search(error.evidence):
        return None
    quote = None
    if v.holds(_NOT_FOUND_FULL):
        # Only the content's own heading counts on a page of any size: a tutorial's section "404 Not Found"
        # comes after its title; a bare "Not Found" counts on small pages only.
        plain = tuple(h for h in v.content_heads if not _BARE_NOT_FOUND.match(h.rstrip(_TRAILING)))
        plain += tuple(h for h in v.headings if h not in plain and _NOT_FOUND_SAID.search(h))
        quote = _first_full(_NOT_FOUND_FULL, v.segments) or (
            _first_full(_BARE_404, v.segments) if v.holds(_BARE_404) else None
        )
        quote = quote or _first_full(_NOT_FOUND_FULL, plain)
    elif v.holds(_BARE_404):
        quote = _first_full(_BARE_404, v.segments)
    quote = (
        quote
        or _said_after_404(v)
        or _past_sidebar(v)
        or _main_heading(v)
        or _main_starts_404(v)
        or _alert_not_found(v)
        or _blogger_not_found(v)
        or _wordpress_404(v)
        or _pictured_not_found(v)
    )
    if quote is None and v.small(_GENERIC):
        heads = tuple(h.rstrip(_TRAILING) for h in v.headings)
        quote = (
            _first_full(_NOT_FOUND_FULL, heads)
            or _first_statement(_NOT_FOUND_START, (v.lead,))
            or _first_full(_EXPRESS_NOT_FOUND, (v.lead,))
            or _json_answer(v, _NOT_FOUND_START)
            or _first_full(_NO_DATA, (v.lead,))
            or _json_answer(v, _NO_DATA)
            or _first_statement(_SITE_GONE, (v.title, *v.headings, v.lead[:_PROMINENT]))
        )
    # A search for nothing heads its empty list with a bare "Tidak Ditemukan" too, under a title naming the search.
    if quote is None or (_BARE_NOT_FOUND.match(quote.rstrip(_TRAILING)) and _searched(v)):
        return None
    return PageKind("halaman_tidak_ditemukan", f"halaman menyatakan tidak ditemukan: \u201c{quote}\u201d")


def _wordpress_404(v: _View) -> str | None:
    """Return what WordPress's 404 template says at the start of its content: its "404", or a sentence that the page
    is not there ("Anda tersesat? Halaman ini tidak ada.").

    WordPress marks that template's ``<body class="error404">``, whatever the theme writes in it, and no other
    page; the theme's site name stays its title and its headings may ask ("Anda tersesat?").
    """
    if _WP_404_CLASS not in v.page.body_class.split():
        return None
    text = v.page.main_text[:_PROMINENT]
    start = _MAIN_404.match(text)
    if start:
        return start.group(0).strip()
    said = _NOT_FOUND_SENTENCE.search(text)
    if said is None:
        # Twenty Twenty-One's, translated: its heading "Tidak ada apa-apa di sini", its sentence under it.
        heads = v.page.main_headings
        return _said_after(text, heads[0]) if heads and text.startswith(heads[0]) else None
    end = _SENTENCE_STOP.search(text, said.end() - 1, said.end() + _QUOTE)
    return _cut(text[said.start(1) : end.end() if end else said.end()].strip())


def _blogger_not_found(v: _View) -> str | None:
    # Its expression is tried only around its own words: a case-blind search of every page's text from
    # each of its places cost ten times the rest of the classification.
    # The parser found which of its words the text has (a page made without it has them sought here).
    text = v.page.visible_text
    lines = v.page.blogger_lines
    for needle in BLOGGER_NEEDLES:
        at = text.find(needle, 0, _ERROR_HEAD) if lines is None or needle in lines else -1
        said = _BLOGGER_NOT_FOUND.search(text, max(0, at - _QUOTE), at + len(needle) + 1) if at >= 0 else None
        if said and not _quoted(text, said):  # a post that tells what the line means quotes it
            return said.group(0)
    return None


def _main_starts_404(v: _View) -> str | None:
    """Return the sentence the main content starts with after its "404", where it says the page is not there.

    Newspaper's and Newsmag's 404 ("Ooops... Error 404", "Sorry, but the page you are looking for doesn't
    exist.") are <div>s above the theme's latest posts: no heading to read. An article headed "404 ASN Belum
    Lapor SPT" says something else after its number.
    """
    text = v.page.main_text
    if "404" not in text[:_NEAR_CHARS]:
        return None
    # A list's first item titled so, linked to its post: news ("404 Not Found: Cerita di Balik Layar Tim Web").
    if any(link.text and "404" in link.text and text.startswith(link.text) for link in v.page.links):
        return None
    start = _MAIN_404.match(text)
    if start is None or _headline_on_404(v, start.end()):
        return None
    return _said_after(text, start.group(0))


def _headline_on_404(v: _View, start: int) -> bool:
    """Whether the main content starts with a news headline that only opens with a 404's words and goes on past
    them after a question mark or a colon: "404 Halaman Tidak Ditemukan? Ini Cara Mengakses Layanan Online Dinkes
    yang Baru", "Error 404 Halaman Tidak Ditemukan: Ini Cara …", an article about the error. A theme's 404 heads
    its notice with the words alone ("404 - Halaman Tidak Ditemukan"), or goes on with its apology ("404 Not
    Found: Maaf, halaman yang Anda cari tidak ada")."""
    heads = v.page.main_headings
    if not heads or not v.page.main_text.startswith(heads[0]):
        return False
    head = heads[0][start:]
    said = _NOT_FOUND_START.match(head)
    if said is None or not said.group(0).endswith(("?", ":", ",")):
        return False
    rest = head[said.end() :].strip()
    if said.group(0).endswith(",") and not _TITLE_CASED.match(rest):
        return False  # a theme's sentence goes on after its comma ("…, halaman yang Anda cari tidak ada")
    if (
        len(rest.split()) < _HEADLINE_WORDS
        or _NOT_FOUND_SAID.search(rest)
        or _NOT_FOUND_START.match(rest)
        or _LINK_BACK.match(rest)
        or _ASKED_TO.match(rest)
        or _PAGE_GONE.search(rest)
    ):
        return False
    # The article's prose under it: sentences of its own, no apology for an address.
    body = v.page.main_text[len(heads[0]) :][:_PROMINENT]
    return len(_SENTENCE_STOP.findall(body)) >= _HEADLINE_SENTENCES and not _NOT_FOUND_SAID.search(body)


def _alert_not_found(v: _View) -> str | None:
    """Return the not-found sentence a notice in the theme starts with, past its alert's label: "Error! Halaman yang
    diminta tidak ditemukan." in a Bootstrap alert where the content goes, no heading to read. The sentence names
    what is not there."""
    notice = _notice(v.page)
    if not notice or _dated_post(v.page):
        return None
    label = _ALERT_LABEL.match(notice)
    if label is None:
        return None  # a short post's headline "Tidak ditemukan kasus DBD baru" is news
    text = notice[label.end() :][:_PROMINENT]
    said = _NOT_FOUND_START.match(text)
    if said is None or _UNNAMED.match(text) or not _stated(text, said):
        return None
    end = _SENTENCE_STOP.search(text, said.end() - 1, said.end() + _QUOTE)  # what follows is the sidebar's
    return _cut(text[: end.end() if end else said.end()].strip())


def _said_after_404(v: _View) -> str | None:
    # A theme's 404 page headed by a bare "404", its sentence in a paragraph below it.
    if not v.content_heads or not v.holds(_BARE_404) or not _BARE_404.match(v.content_heads[0].rstrip(_TRAILING)):
        return None
    return _said_after(v.page.visible_text, v.content_heads[0])


def _main_heading(v: _View) -> str | None:
    """Return the main content's first heading, of any level, where it says the page is not found.

    A theme's 404 inside the portal's header, menu and sidebar often says it in an h3 ("Konten tidak
    ditemukan", "Ups! Halaman yang kamu cari tidak ada."), or heads with "Maaf!" or "404" the sentence
    that says it. A bare "Tidak ditemukan" counts only with such a sentence after it.
    """
    heads = v.page.main_headings
    if not heads or (heads[0].endswith("?") and not _asked_not_found(v, heads[0])):
        return None
    head = heads[0].rstrip(_TRAILING)
    if v.marks & _MAIN_HEAD_WORDS and (
        _PREAMBLE.match(heads[0]) or _BARE_NOT_FOUND.match(head) or _NOT_FOUND_HEAD.match(heads[0])
    ):
        said = _said_after(v.page.visible_text, heads[0]) or _unmatched_request(v, heads[0])
        # Past an apology, the sentence names what is not there: "Maaf! Tidak ditemukan hasil untuk …" is a search's.
        return said if said and (_BARE_404.match(head) or not _UNNAMED.match(said)) else None
    full = _first_full(_NOT_FOUND_FULL, (head,)) if v.holds(_NOT_FOUND_FULL) else None
    notice = _notice(v.page) if full is None else ""
    if notice:
        # A notice in the theme says it under a heading of any words: "Error", "Pemberitahuan"; a help page asks it.
        said = _said_after(notice, heads[0])
        return said if said and not _UNNAMED.match(said) and not said.endswith("?") else None
    return full


def _denied_under_403(v: _View) -> str | None:
    """Return a bare "403" and the sentence under it that the visitor may not open the page ("You do not have access
    to this page.", an admin template's error view, Stisla's), on a small page without a site's menu: the
    application's root refuses everyone, served with 200. A guide to the error is in the site's frame."""
    heads = v.headings
    if not heads or v.page.menu_link_count or not v.small(_GENERIC) or not _BARE_403.match(heads[0].rstrip(_TRAILING)):
        return None
    at = v.lead.find(heads[0])
    if at < 0:
        return None
    after = v.lead[at + len(heads[0]) : at + len(heads[0]) + _PROMINENT].lstrip(" -:|")
    denied = _DENIED.match(after)
    return _cut(f"{heads[0]} {denied.group(0)}") if denied else None


def _file_manager(v: _View) -> bool:
    """Whether the page is Tiny File Manager's list of files, opened without its login: its table's header first on
    the page, over rows whose links open its folders and files by its parameter (``?p=uploads``). A guide's table of
    the same columns comes after its headline and its words, and links nowhere of the manager's."""
    lead = v.lead[:_FILE_MANAGER_LEAD]
    if _FILE_MANAGER_SIGN not in lead or not _FILE_MANAGER_COLUMNS.search(lead):
        return False
    return any(_FILE_MANAGER_LINK in link.href and _managers_link(v, link.href) for link in v.page.links)


def _managers_link(v: _View, href: str) -> bool:
    """Whether ``href`` opens a folder or a file of the manager on this host (``?p=uploads``, ``?p=&view=a.txt``):
    WordPress's shortlinks (``/?p=1201``) and a document's number (``unduh?p=3``) are numbers, another host's its
    own."""
    parts = urlsplit(href)
    if v.page.host and parts.hostname and parts.hostname != v.page.host:
        return False
    values = [
        q[len(_FILE_MANAGER_PARAMETER) :] for q in parts.query.split("&") if q.startswith(_FILE_MANAGER_PARAMETER)
    ]
    return any(not unquote(value).isdigit() for value in values)


def _pictured_not_found(v: _View) -> str | None:
    """Return the alt of a theme's 404 drawn as a picture in the portal's frame ("404 Not Found"), where its content is
    that picture and a link back ("Kembali ke Beranda") before the sidebar, and no heading speaks of it: a guide to
    the error headlines it ("Mengatasi Error 404") over its screenshot; a gallery's "404" is no sentence."""
    texts = v.page.image_texts
    text = v.page.main_text
    if not texts or not _LINK_BACK.match(text):
        return None
    # Past the link back, the sidebar's first heading: a guide's words come between them.
    heads = v.page.main_headings
    if (text.find(heads[0]) if heads else len(text)) not in range(_PICTURE_TEXT + 1):
        return None
    if any(_SPEAKS_404.search(h) for h in v.page.headings):
        return None
    said = _first_full(_NOT_FOUND_FULL, texts[:_PICTURES])
    # Among other pictures (a gallery's "Halaman Tidak Ditemukan" poster beside its others), a page titled for
    # itself ("Galeri Lomba Poster – Dinas Kominfo") is that page: a theme's 404 keeps the site's name, or says it.
    if said and len(texts) > 1 and len(v.segments) > 2 and not any(_SPEAKS_404.search(s) for s in v.segments):
        return None
    return said


def _searched(v: _View) -> bool:
    """Whether the page is a list of WordPress's (its body's class: a search's, an archive's, the home's), or its
    title or a heading says it is a search's results in a search's own words ("Hasil pencarian untuk …", "Cari: …",
    "Anda mencari …"). Not a search word anywhere: the sidebar's widget "Pencarian", which a 404 in the portal's
    frame has too, and an app's name ("Pencarian Data Pegawai") name no search made."""
    if not _LIST_CLASSES.isdisjoint(v.page.body_class.split()):
        return True
    return any(_SEARCH_SHAPE.match(h) for h in (*v.segments, *v.headings, *v.page.main_headings))


def _unmatched_request(v: _View, head: str) -> str | None:
    """Return the sentence under a bare "Tidak Ditemukan" that says nothing matches what the address asked for
    ("Maaf, tidak ada konten yang sesuai dengan permintaan Anda.", a theme's 404 in Indonesian), where nothing on the
    page says it is a search's: a search for nothing says the same under "Hasil Pencarian untuk …"."""
    if _searched(v):
        return None
    text = v.page.visible_text
    for at in _places(text, head):
        after = text[at + len(head) : at + len(head) + _PROMINENT].lstrip(" -:|")
        said = _UNMATCHED_REQUEST.match(after)
        if said:
            end = _SENTENCE_STOP.search(after, said.end() - 1, said.end() + _QUOTE)
            if _SEARCHED.search(after[: end.end() if end else _PROMINENT]):
                return None
            sentence = _cut(after[: end.end() if end else said.end()].strip())
            return None if _posts_after(v, sentence) else sentence
    return None


def _posts_after(v: _View, notice: str) -> bool:
    """Whether the page goes on past ``notice`` with its posts: headlines linked to their pages, outside its asides
    and widgets, each dated beside it (the home's empty first list, "Pengumuman": nothing, over its news). A theme's
    404 has the sidebar's latest news after it, in an aside or a widget, and no headline of its own."""
    if not v.page.dates.headlines:
        return False
    text = v.page.visible_text
    at = text.find(notice)
    rest = text[at + len(notice) :] if at >= 0 else ""
    for link in v.page.links[:_POST_LINKS]:
        found = rest.find(link.text) if len(link.text) >= _POST_TITLE else -1
        if found >= 0 and dates_in_text(rest[found : found + len(link.text) + _POST_DATE_REACH]):
            return True
    return False


def _asked_not_found(v: _View, head: str) -> bool:
    """Whether a question heading ("Lost your way?", "Anda tersesat?") is a theme's 404's: on WordPress's 404 template,
    a page without the site's menu, or one whose content is that notice alone. A hospital's section "Anda tersesat?"
    over its map ("Halaman ini tidak ada di brosur cetak …") heads the news under it too."""
    if not _NOT_FOUND_HEAD.match(head):
        return False
    return _WP_404_CLASS in v.page.body_class.split() or v.page.menu_link_count == 0 or bool(_notice(v.page))


def _said_after(text: str, head: str) -> str | None:
    for at in _places(text, head):
        if at and _MENTION.search(text, max(0, at - _NEAR_CHARS), at):
            continue  # a help article's "Jika muncul tulisan Error 404 Halaman Tidak Ditemukan saat …"
        after = text[at + len(head) : at + len(head) + _PROMINENT].lstrip(" -:|")
        said = _NOT_FOUND_START.match(after)
        if said:
            # The sentence that says it, up to its end: what follows is the theme's links and sidebar.
            end = _SENTENCE_STOP.search(after, said.end() - 1, said.end() + _QUOTE)
            return _cut(after[: end.end() if end else said.end()].strip())
    return None


def _past_sidebar(v: _View) -> str | None:
    """Return a bare not-found heading that comes first after the site's name and a left sidebar's widgets.

    A widget's title is followed by nothing but its links ("Menu Layanan": "Antrean Puskesmas", "Rujukan
    Online"); a tutorial's title, before its section "404 Page Not Found", by its own words, even where the
    page's title names it too and its date and author are links.
    """
    if not v.holds(_BARE_HEAD):
        return None  # no heading is one
    heads = tuple(h for h in v.page.headings if not h.endswith("?"))
    at = next((i for i, h in enumerate(heads) if _BARE_HEAD.match(h.rstrip(_TRAILING))), 0)
    if at == 0:
        return None
    site = {s.casefold() for s in v.segments}
    if any(link.text == heads[0] for link in v.page.links):
        site.add(heads[0].rstrip(_TRAILING).casefold())  # the site's name linked to its home, under any title
    first = next((i for i, h in enumerate(heads) if h.rstrip(_TRAILING).casefold() not in site), at)
    pairs = zip(heads[first:at], heads[first + 1 : at + 1], strict=True)
    if not all(_PREAMBLE.match(h) or _only_links(v, h, following) for h, following in pairs):
        return None
    head = heads[at]
    if any(link.text == head for link in v.page.links):
        return None  # a list's item titled so, linked to its page
    return _said_after(v.page.visible_text, head) if _BARE_404.match(head.rstrip(_TRAILING)) else head


def _only_links(v: _View, heading: str, following: str) -> bool:
    """Return whether only links, in their order, stand between ``heading`` and the ``following`` one."""
    text, texts = v.page.visible_text, [link.text for link in v.page.links if link.text]
    for at in _places(text, heading):
        end = text.find(following, at + len(heading))
        between = text[at + len(heading) : end].strip() if 0 <= end - at <= _LEAD else ""
        start = next((i for i, t in enumerate(texts) if between.startswith(t)), len(texts))
        for link_text in texts[start:]:
            if not between.startswith(link_text):
                break
            between = between[len(link_text) :].lstrip()
        if start < len(texts) and not between:
            return True
    return False


def _places(text: str, needle: str) -> Iterator[int]:
    """Yield the first places ``needle`` is in ``text``."""
    at = text.find(needle)
    for _ in range(_MAX_NEEDLES):
        if at < 0:
            return
        yield at
        at = text.find(needle, at + 1)


def _archived_copy(v: _View) -> PageKind | None:
    """Return Cloudflare's copy of the page, served under its banner at the top while the server behind it is down:
    the site is down, and the copy's dates are of the day it was taken.

    The banner is Cloudflare's own element (``Page.cdn_banner``), and the page's text starts with it: a department's
    news quoting its words ("pengunjung melihat pesan "This page … is currently offline …"", a headline asking what
    it means) has them in its prose and its headings.
    """
    banner = v.page.cdn_banner
    if not banner or "offline" not in banner:
        return None  # most pages, without the banner
    said = _ARCHIVED_COPY.search(banner)
    if said is None or v.lead.find(banner[:_NEAR_CHARS]) not in range(_PROMINENT):
        return None
    return PageKind(
        "http_5xx", f"salinan arsip halaman dari CDN, server asal tidak aktif: \u201c{_around(banner, said)}\u201d"
    )


def _source_code(v: _View) -> PageKind | None:
    # The code itself is not quoted: it holds what it connects with, a database's password among them.
    language = v.page.source
    if not language:
        return None
    return PageKind(
        "galat_aplikasi",
        f"kode sumber {language} dikirim apa adanya: server tidak menjalankan {language}, dan siapa pun dapat membaca"
        " kode aplikasi beserta kata sandi yang tertulis di dalamnya",
    )


def _blank(v: _View) -> PageKind | None:
    # PHP's white page: a fatal error with display_errors off leaves nothing, not even a title. A page of nothing
    # but a title of maintenance ("Maintenance Mode", its notice a background picture) is that notice. An XML
    # document of a machine's (a SOAP service's WSDL, all elements and no text) is no page to read: the service
    # answered.
    if v.page.blank and not _maintenance_head(v, v.segments) and v.page.xml_root.lower() in ("", "html"):
        return PageKind("galat_aplikasi", "halaman kosong: tidak ada isi, tautan, gambar atau skrip sama sekali")
    return None


def _retired(v: _View) -> PageKind | None:
    """Return an application's own word, at its address, that it is retired or has moved: it is not there. Not over
    a login form: an application in use announces there the day it will be retired ("Mulai 1 Januari aplikasi … tidak
    digunakan lagi")."""
    if not v.small(_GENERIC) or _dated_post(v.page) or v.page.asks_password:
        return None
    quote = _first_statement(_RETIRED, (*v.headings, v.lead[:_PROMINENT]))
    if quote is None:
        return None
    return PageKind(
        "halaman_tidak_ditemukan", f"halaman menyatakan aplikasi tidak ada lagi di sini: \u201c{quote}\u201d"
    )


_JUDGES: tuple[Callable[[_View], PageKind | None], ...] = (
    _archived_copy,  # first: the copy is the site's own page, whatever it says
    _source_code,  # before the blank page: HTML reads "<?php ... ?>" as a comment, and shows nothing
    _blank,
    _directory_listing,
    _not_found,  # before the errors: IIS and ASP.NET frame their "not found" as a "Server Error"
    _installer,  # before the errors too: WordPress titles its missing configuration "WordPress › Error"
    _suspended,
    _error_page,
    _parked,
    _default_page,
    _maintenance,
    _retired,
)


# --- printed errors ---------------------------------------------------------------------------------

_SHOWN_TAGS = re.compile(r"</?b>")
# The rest of the table xdebug prints around its message; Moodle's link under its error in its box, then its footer.
_TRAILERS = ("( ! ) ", "Call Stack", "More information about this error")
# The rest of PHP's uncaught exception, past what its pattern quotes: its stack trace, then where it was thrown.
_PHP_THROWN = re.compile(r".{0,400}?\bStack trace:.{0,4000}?\bthrown in \S{1,300} on line \d+", re.DOTALL)
# The rest of CodeIgniter 3's database error: the query, then where it ran ("Filename: … Line Number: 12").
_CI_ROWS = re.compile(r".{0,400}?\bLine Number:\s*\d+", re.DOTALL)
# CodeIgniter 3's backtrace under its error's box: "Backtrace: File: … Line: 21 Function: get_profil", a row a frame.
_CI_BACKTRACE = re.compile(r"Backtrace:(?: File: \S{1,300} Line: \d+ Function: \S{1,100}){0,20}")
_PHP_FATAL = ("Fatal error", "Parse error", "Catchable fatal error", "Recoverable fatal error", "Uncaught")


@dataclass(frozen=True)
class _ErrorPattern:
    gate: str  # one of ERROR_GATES: the pattern is tried only on a page that contains it
    needle: str  # a literal every match contains: the regex runs only around it
    pattern: re.Pattern[str]
    fatal: bool
    before: int = 0  # how far before the needle a match may start
    inline: bool = True  # printed inside a page; else a framework's whole page, only quoted on a rendered one
    php: bool = False  # PHP's own message: it counts only where the markup starts one on a line (``Page.php_lined``)


def _inline(gate: str, needle: str, pattern: str, fatal: bool, before: int = 0, php: bool = False) -> _ErrorPattern:
    return _ErrorPattern(gate, needle, compiled_when_used(pattern), fatal, before, php=php)


def _whole_page(gate: str, needle: str, pattern: str, before: int = 0) -> _ErrorPattern:
    return _ErrorPattern(gate, needle, compiled_when_used(pattern), True, before, inline=False)


_WP_CRITICAL_ID = (
    r"(?i:(?:telah\s+)?(?:terjadi|ada)\s+(?:suatu\s+)?(?:kesalahan|galat|eror|error)\s+kritis\s+(?:di|pada)\s+"
    r"(?:situs(?:\s+web)?|website)\s+(?:ini|anda))\.?"
)
# What a die() names: "database", "server database", "server MySQL".
_DB_NAMED = r"(?:(?:server\s+)?(?:database|basis\s+data|db|mysql|mariadb|postgresql|oracle)|server(?:\s+database)?)"
_DB_CONNECT_FAILED = (
    rf"(?i:koneksi(?:\s+(?:ke\s+)?{_DB_NAMED})?\s+gagal|"
    rf"gagal\s+(?:terhubung|terkoneksi|koneksi)(?:\s+(?:ke|dengan))?\s+{_DB_NAMED}|"
    r"connection\s+failed|(?:could\s+not|failed\s+to)\s+connect(?:\s+to\s+(?:the\s+)?(?:database|mysql|server))?|"
    r"(?:database|db|mysql)\s+connection\s+(?:failed|error))\s*(?:!\s*:?|:)\s*(?:\(HY000/\d{4}\):\s*)?"
)
_ERRORS = (
    _inline(
        " on line ",
        " on line ",
        r"(?:PHP )?(?:Fatal error|Parse error|Warning|Notice|Deprecated|Strict Standards|"
        # Its tags shown as text where PHP printed it inside a <textarea>. PHP's start-up and shutdown, outside any
        # script (a session it cannot write), name no file: "in Unknown on line 0".
        r"Catchable fatal error|Recoverable fatal error)(?:</b>)? ?: ?.{1,400}? in (?:<b>)?"
        r"(?:(?:/|[A-Za-z]:\\)\S{1,300}?|Unknown(?:</b>)?) on line (?:<b>)?\d+",
        fatal=False,
        before=800,
        php=True,
    ),
    # PHP's uncaught exception, quoted up to its stack trace, which may run longer than a message's reach.
    _inline(
        "rror",
        "Uncaught ",
        r"(?:PHP )?Fatal error(?:</b>)? ?: ?Uncaught [\w\\]{1,100}(?:: .{0,300}?)? in (?:/|[A-Za-z]:\\)\S{1,300}?:\d+"
        r"(?= Stack trace:)",
        True,
        before=40,
        php=True,
    ),
    # Xdebug's table of the same message: "( ! ) Warning: … on line 12", its start no line of the markup's.
    _inline(
        " on line ",
        "( ! ) ",
        r"(?<=\( ! \) )(?:(?:Fatal error|Parse error|Warning|Notice|Deprecated|Strict Standards|Catchable fatal error|"
        r"Recoverable fatal error)|[\w\\]{1,80}(?:Exception|Error)): .{1,400}? in (?:/|[A-Za-z]:\\)\S{1,300}? "
        r"on line \d+",
        fatal=False,
    ),
    _inline("rror", "A PHP Error", r"A PHP Error was encountered.{0,300}?Line Number: ?\d+", False),
    # The same in CodeIgniter 3's Indonesian language pack.
    _inline("Kesalahan PHP", "Terjadi Kesalahan PHP", r"Terjadi Kesalahan PHP.{0,300}?Nomor Baris: ?\d+", False),
    _inline(
        "xception", "An uncaught Exception", r"An uncaught Exception was encountered.{0,300}?Line Number: ?\d+", True
    ),
    _inline("SQLSTATE[", "SQLSTATE[", r"SQLSTATE\[\w{5}\].{0,200}", True),
    _inline(
        "Access denied for user '",
        "Access denied for user '",
        r"Access denied for user '[^']{0,80}'@'[^']{0,80}'(?: \(using password: (?:YES|NO)\))?",
        True,
    ),
    _inline("xception", "Illuminate\\", r"Illuminate\\[\w\\]+(?:Exception|Error)\b.{0,200}", True),
    _inline("xception", "CodeIgniter\\", r"CodeIgniter\\[\w\\]+(?:Exception|Error)\b.{0,200}", True),
    # MySQL's error 1062 of an insert, and PostgreSQL's of a table or column its query names that is not there.
    _inline("Duplicate entry '", "Duplicate entry '", r"Duplicate entry '[^']{0,100}' for key '[^']{0,100}'", False),
    _inline(
        '" does not exist',
        "ERROR:",
        r"ERROR: {1,2}(?:relation|column|table|function) \"[^\"]{1,100}\" does not exist(?: LINE \d+: .{0,120})?",
        False,
    ),
    _inline("xception", "Symfony\\", r"Symfony\\Component\\[\w\\]+(?:Exception|Error)\b.{0,200}", True),
    # A .NET application that prints the exception it caught where a part of the page should be (WebForms' label);
    # not ASP.NET's own error page, which details it ("Exception Details: System.…", under "Server Error in '/'").
    _inline(
        "xception",
        "System.",
        r"(?<!Exception Details: )System\.(?:[A-Za-z]\w*\.){0,4}[A-Za-z]\w*Exception(?: \(0x[0-9A-Fa-f]{8}\))?: "
        r".{1,200}",
        False,
        before=20,
    ),
    # CakePHP's debug page: 4's names its exception's class; 2's says how to replace its view, under the message.
    _inline("xception", "Cake\\", r"Cake\\[\w\\]+(?:Exception|Error)\b.{0,200}", True),
    _inline(
        "rror",
        "If you want to customize this error message",
        r"Error: ?.{1,300}? Notice: If you want to customize this error message, create \S+",
        True,
        before=400,
    ),
    _inline(
        "xception",
        ".java:",
        r"(?:[\w$]+\.)+[\w$]*Exception\b.{0,200}? (?:at )?(?:[\w$<>]+\.)+[\w$<>]+\([\w$]+\.java:\d+\)",
        True,
        before=400,
    ),
    # A Python application that prints its traceback into its page: its frames name their files, its last
    # line the exception ("OperationalError", "KeyError", "…Exception").
    *(
        _inline(
            gate, "Traceback (", r"Traceback \(most recent call last\):? File \"[^\"]{1,300}\", line \d+.{0,200}", True
        )
        for gate in ("rror", "xception")
    ),
    # What mysqli_error() or a framework prints of a failed query, where a widget of the page should be.
    _inline(
        "rror",
        "A Database Error Occurred",
        # Its message quoted up to the rows under it ("Filename: …"), which a short message leaves within reach.
        r"A Database Error Occurred.{0,300}?(?:Error Number: ?\d+(?:.{0,120}?(?= Filename: )|.{0,120})|"
        r"Unable to connect to your database server)",
        True,
    ),
    _inline("rror", "error in your SQL syntax", r"You have an error in your SQL syntax.{0,200}", True, before=20),
    _inline("Unknown ", "Unknown column '", r"Unknown column '[^']{1,100}' in '[^']{1,100}'", True),
    # MySQL's client errors 2002 and 2003 and PHP's pg_connect(), printed by the code that failed to connect.
    # Quoted to its errno ("(10061)", MariaDB's "(111 \"Connection refused\")"), not into the page's next words.
    *(
        _inline(
            "connect to ",
            needle,
            r"Can't connect to (?:local )?MySQL server (?:on|through socket) '[^']{1,120}'"
            r"(?: \(\d{1,5}(?: \"[^\"]{1,80}\")?\))?",
            True,
            before=10,
        )
        for needle in ("connect to MySQL server", "connect to local MySQL server")
    ),
    _inline(
        "connect to ",
        "connect to PostgreSQL server",
        r"Unable to connect to PostgreSQL server: ?.{1,200}",
        True,
        before=10,
    ),
    # CodeIgniter 4's exception for a database it cannot reach, under its class name.
    _inline(
        "connect to ",
        "Main connection [",
        r"(?<=Unable to connect to the database\. )Main connection \[\w{1,20}\]: ?.{1,200}",
        True,
        before=40,
    ),
    # MySQL's error 1049, and what a native PHP application's die() adds to mysqli_connect_error() or PDO's
    # message: "Koneksi database gagal: Connection refused".
    _inline("Unknown ", "Unknown database '", r"Unknown database '[^']{1,100}'", True),
    # Over a TCP port, or PHP's socket for "localhost".
    *(
        _inline(needle, needle, _DB_CONNECT_FAILED + needle, True, before=80)
        for needle in ("Connection refused", "No such file or directory")
    ),
    # MySQL's error 1040, after a die()'s words or an error's label: "Error: Too many connections".
    _inline(
        "Too many connections",
        "Too many connections",
        rf"(?:{_DB_CONNECT_FAILED}|\b(?:Error|Galat) ?: ?)Too many connections",
        True,
        before=80,
    ),
    # MySQL's client and server errors a failed query prints (2006, 2013, 1213), PostgreSQL's refused login, the
    # errors of psycopg and of Go's dialer, and SQL Server's errors as print_r(sqlsrv_errors()) shows them.
    _inline("has gone away", "MySQL server has gone away", r"MySQL server has gone away", True),
    _inline(
        "Lost connection to MySQL",
        "Lost connection to MySQL",
        r"Lost connection to MySQL server (?:during query|at '[^']{1,80}'.{0,80})",
        True,
    ),
    _inline(
        "Deadlock found",
        "Deadlock found",
        r"Deadlock found when trying to get lock(?:; try restarting transaction)?",
        True,
    ),
    _inline(
        "authentication failed for user",
        "authentication failed for user",
        r"(?:FATAL: {1,2})?password authentication failed for user \"[^\"]{1,80}\"",
        True,
        before=10,
    ),
    _inline("rror", "psycopg", r"\bpsycopg2?\.(?:errors\.)?\w{1,40}: .{1,200}", True),
    _inline(
        "dial tcp ",
        "dial tcp ",
        r"dial tcp [\w.:\[\]-]{1,60}: (?:connect: (?:connection refused|no route to host|network is unreachable)|"
        r"i/o timeout)",
        True,
    ),
    # Moodle's box for an error of its database, in its theme: the message, then its link to Moodle's documentation.
    _inline(
        "rror",
        "More information about this error",
        r"\b(?:Error (?:reading from|writing to) database|Database connection failed)"
        r"(?= More information about this error)",
        True,
        before=40,
    ),
    # A Go server's panic, with the goroutine its trace starts with ("http: panic serving 10.0.0.4:51234: runtime
    # error: …  goroutine 37 [running]:"): quoted up to the trace.
    _inline(
        "goroutine ",
        "goroutine ",
        r"\b(?:http: )?panic(?: serving [\w.:\[\]-]{1,60})?: .{1,200}?(?= goroutine \d+ \[running\]:)",
        True,
        before=300,
    ),
    _inline("[SQLSTATE] =>", "[SQLSTATE] =>", r"\[SQLSTATE\] => \w{5} .{0,300}?\[message\] => .{1,200}", True),
    # Kohana's error page ("Database_Exception [ 2002 ]: Connection refused"), and a PHP library's exception
    # printed under its namespaced class ("Elasticsearch\Common\Exceptions\NoNodesAvailableException: …").
    _inline("xception", "Exception [ ", r"\b\w{1,40}Exception \[ [\w ]{1,20} \]: .{1,200}", True, before=60),
    _inline("xception", "Exception: ", r"\b(?:[A-Z]\w{1,40}\\){2,6}\w{0,60}Exception: .{1,200}", True, before=200),
    # A Java application's exception under its package ("org.hibernate.exception.JDBCConnectionException: …"), and
    # Laravel's of a Blade view ("ErrorException: Undefined variable $agendas (View: /var/www/…/sidebar.blade.php)").
    _inline(
        "xception",
        "Exception: ",
        r"\b(?:[a-z][a-z0-9_]{1,30}\.){2,6}[A-Z]\w{0,60}Exception: .{1,200}",
        True,
        before=200,
    ),
    _inline(
        "xception",
        "(View: ",
        r"\bErrorException: .{1,200}? \(View: (?:/|[A-Za-z]:\\)\S{1,300}\.blade\.php\)",
        False,
        before=220,
    ),
    # Laravel's route to a controller that is not there; Go's html/template failing in the middle of the page.
    _inline("Target class [", "Target class [", r"Target class \[[\w\\]{1,200}\] does not exist\.?", True),
    _inline(
        ': executing "',
        ': executing "',
        r"\btemplate: [\w./-]{1,100}:\d+(?::\d+)?: executing \"[^\"]{1,100}\" at <[^>]{1,100}>: .{1,160}",
        True,
        before=140,
    ),
    # Classic ASP's database and script errors: "Microsoft OLE DB Provider for ODBC Drivers error '80004005'".
    _inline(
        "rror",
        " error '8",
        r"(?:Microsoft (?:OLE DB Provider for [\w ]{1,60}|VBScript runtime|JET Database Engine|Cursor Engine)|"
        r"ADODB\.\w{1,30}) error '8[0-9a-fA-F]{7}'.{0,200}",
        True,
        before=100,
    ),
    # Classic ASP's own errors: "Active Server Pages error 'ASP 0113' Script timed out /default.asp".
    _inline("rror", "Active Server Pages", r"Active Server Pages error 'ASP \d{4}'.{0,200}", True),
    # ColdFusion's error printed into a page its layout had begun: its database driver's words, under Macromedia's
    # name or Adobe's ("[Macromedia][SQLServer JDBC Driver]Error establishing socket.").
    _inline(
        "rror",
        "Error Executing Database Query",
        r"Error Executing Database Query\.?(?: .{1,200})?",
        True,
        before=60,
    ),
    _inline("rror", "Twig\\Error\\", r"Twig\\Error\\(?:Runtime|Syntax|Loader)Error\b.{0,200}", True),
    _inline("' doesn't exist", "' doesn't exist", r"Table '[^']{1,100}' doesn't exist", True, before=120),
    # Oracle's errors, as oci_connect() or a Java application prints them: "ORA-12541: TNS:no listener".
    # Its message has no full stop: it ends before the page's next words ("… TNS:no listener Agenda Rapat").
    _inline("ORA-", "ORA-", r"\bORA-\d{5}: ?(?:.{1,160}?(?=\s+[A-Z][a-z]|$)|.{1,160})", True),
    # A connection refused as Node prints it, alone or under a driver's error ("MongoServerSelectionError: …").
    _inline(
        "ECONNREFUSED",
        "ECONNREFUSED",
        r"(?:\b[\w.]{0,40}Error: )?connect ECONNREFUSED [\w.:\[\]-]{1,60}",
        True,
        before=60,
    ),
    _inline("rror", "Mongo", r"\bMongo\w{0,30}Error: .{1,200}", True),
    # Node's stack trace, printed by an Express app in development mode.
    _inline(
        "rror",
        "Error: ",
        r"\b(?:Type|Reference|Syntax|Range)?Error: .{1,200}? at (?:[\w.<>$\[\] ]{1,120} \()?(?:/|[A-Za-z]:\\)\S{1,200}?"
        r"\.(?:js|mjs|cjs|ts):\d+:\d+",
        True,
        before=20,
    ),
    # WordPress's fatal error handler, where the theme had already sent part of the page (and its 200).
    _inline(
        "rror",
        "critical error on ",
        r"There has been a critical error on (?:this|your) website\.?(?: Please check your site admin email inbox for "
        r"instructions\.)? (?:Learn more about troubleshooting WordPress|Pelajari lebih lanjut(?: tentang "
        r"(?:pemecahan masalah|troubleshooting)(?: di)? WordPress)?)",
        True,
        before=20,
    ),
    _inline(
        " kritis ",
        " kritis ",
        _WP_CRITICAL_ID + r" (?:Pelajari lebih lanjut(?: tentang (?:pemecahan masalah|troubleshooting)(?: di)?"
        r" WordPress)?|Learn more about troubleshooting(?: WordPress)?)",
        True,
        40,
    ),
    # After the drivers' and the frameworks' own, what the libraries print of a failed connection or query: ADOdb's
    # "mysqli error: [2002: Connection refused] in EXECUTE(…)", Microsoft's ODBC driver's "[Microsoft][ODBC Driver 17
    # for SQL Server]Login timeout expired", Guzzle's and PHP's "cURL error 28: Operation timed out …".
    _inline("rror", " error: [", r"\b\w{2,12} error: \[-?\d{1,5}: [^\]]{1,200}\] in \w{1,30}(?=\()", True, before=12),
    _inline("][", "[Macromedia][", r"\[Macromedia\]\[[^\]]{1,80}\](?:\[[^\]]{1,80}\]){0,2}[^\[]{1,160}", True),
    _inline("[Microsoft][", "[Microsoft][", r"\[Microsoft\]\[[^\]]{1,80}\](?:\[[^\]]{1,80}\]){0,2}[^\[]{1,160}", True),
    _inline("rror", "cURL error ", r"\bcURL error \d{1,2}: .{1,200}", False),
    _whole_page("rror", "Uncaught ", r"Uncaught [\w\\]*(?:Exception|Error)\b.{0,200}"),
    _whole_page("xception", "Uncaught ", r"Uncaught [\w\\]*(?:Exception|Error)\b.{0,200}"),
    _whole_page("rror", "A Database Error", r"A Database Error Occurred.{0,200}"),
    # WordPress's, for its database or for the Redis its object cache needs (Object Cache Pro's drop-in).
    _whole_page("rror", "Error establishing", r"Error establishing a (?:database|Redis) connection"),
    # WordPress on a PHP without mysqli: it stops before anything else.
    _whole_page(
        "missing the MySQL extension",
        "missing the MySQL extension",
        r"Your PHP installation appears to be missing the MySQL extension which is required by WordPress\.?",
        40,
    ),
    # ColdFusion's error page: its own heading, then the error ("Error Executing Database Query.").
    _whole_page(
        "rror", "Error Occurred While Processing Request", r"Error Occurred While Processing Request(?: .{1,200})?"
    ),
    _whole_page(
        "Whoops",
        "Whoops",
        r"Whoops(?:, looks like something went wrong|! There was an error|! We seem to have hit a snag)\.?",
    ),
    _whole_page("xception", "Exception Value:", r"(?:Exception Type: ?\S+ ?)?Exception Value: ?.{1,200}", 120),
    _whole_page("rror", "Traceback (", r"Traceback \(most recent call last\):?.{0,200}"),
    _whole_page("xception", "Traceback (", r"Traceback \(most recent call last\):?.{0,200}"),
    _whole_page("rror", "Server Error in '", r"Server Error in '[^']{0,100}' Application\.?.{0,200}"),
    _whole_page("rror", "Whitelabel Error Page", r"Whitelabel Error Page.{0,200}"),
    _whole_page("rror", "critical error on ", r"There has been a critical error on (?:this|your) website\.?", 20),
    _whole_page(" kritis ", " kritis ", _WP_CRITICAL_ID, 40),
    _whole_page(
        "rror",
        "encountered an unexpected error",
        r"The website encountered an unexpected error\.(?: Please)? [Tt]ry again later\.",
        20,
    ),
    _whole_page("rror", "Error displaying the error page", r"Error displaying the error page: .{0,200}"),
    # Joomla's error page when it could not start at all (its badge "0"): under its "page not found" heading in 4.
    _whole_page(
        "rror", "Failed to start application", r"(?:\d{1,3} - )?Error: Failed to start application(?:: .{1,200})?", 20
    ),
    # CodeIgniter 4's production page in Indonesian, under its "Waduh!" or "Upps!": nothing else on it.
    _whole_page(
        "adanya halangan",
        "adanya halangan",
        r"Kami menemukan adanya halangan[,.] Silakan coba (?:kembali|lagi) nanti(?:\.{1,3}|…)?",
        40,
    ),
    # Play 1's error page, as SPSE (LPSE's e-procurement) serves it: its own misspelling, then the id it logged.
    _whole_page(
        "rror",
        "Oops: An unexpected error",
        r"Oops: An unexpected error occurr?ed(?: This exception has been logged with id \w{1,20})?",
    ),
    # Moodle's page when its database is out of reach ("Error: Database connection failed").
    _whole_page(
        "rror",
        "Database connection failed",
        r"(?:Error: )?Database connection failed(?:!| It is possible that the database is overloaded or otherwise "
        r"not running properly\.?)?",
        20,
    ),
    _whole_page(
        "rror",
        "Application error: a ",
        r"Application error: a (?:server|client)-side exception has occurred[^.]{0,120}\.?",
    ),
)
# Each gate's patterns, by their place in ``_ERRORS``: most pages have none of the gates, and no pattern is looked at.
_ERRORS_BY_GATE: dict[str, tuple[int, ...]] = {
    gate: tuple(i for i, error in enumerate(_ERRORS) if error.gate == gate) for gate in {e.gate for e in _ERRORS}
}

_SECRETS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"([a-z][a-z0-9+.-]*://)[^/\s:@]+:[^/\s@]+@", re.IGNORECASE), r"\1***@"),
    (
        re.compile(
            r"(pass(?:word|wd)?|pwd|secret|api[_-]?key|token)([`'\"]?\s*(?:=>|[=:])\s*)(?!(?:YES|NO)\b)"
            r"(\"[^\"]*\"|'[^']*'|[^\s,;&)]+)",
            re.IGNORECASE,
        ),
        r"\1\2***",
    ),
    (re.compile(r"\(([^()]*['\"][^()]*)\)"), "(…)"),  # the arguments of a call: a DSN, a user, a password
)


def _first_error(
    text: str,
    rendered: bool,
    headings: tuple[str, ...] = (),
    php_lined: bool = True,
    quoted: tuple[str, ...] = (),
    listed: tuple[str, ...] = (),
    gates: frozenset[str] | None = None,
) -> tuple[str, bool, tuple[int, int]] | None:
    """Return the first printed error (quoted, redacted), whether it is fatal and where in ``text`` it is.

    On a rendered page, the text of a framework's whole error page is only a mention (a news item
    quoting "Error establishing a database connection"): only errors printed inline count there. It is
    one too on a page whose heading names it after words of its own ("Tutorial: Server Error in '/'
    Application"): a framework heads its page with the message, if at all. An error that words introduce
    ("muncul pesan berikut:"), a writer's quotation marks enclose or the page's code (``quoted``, the texts of
    its ``<code>``, ``<em>``…) holds is quoted, not printed; so is one that a reference table's cell or a glossary's
    term (``listed``) holds, but for PHP's own message, which PHP starts on a line of the markup wherever it is; and so
    is an error inside one of those (a driver's "Duplicate entry" in a quiz's "Apa arti pesan SQLSTATE[23000]: …").
    """
    if gates is not None and not gates:
        return None  # the text holds no error's gate: no pattern is tried (most pages)
    cited: list[tuple[int, int]] = []  # where the errors read past stand: a driver's message inside one is theirs
    for error in _tried(text, rendered, php_lined, gates):
        for start, at, window in _windows(text, error):
            match = error.pattern.search(window)
            if match is None:
                continue
            said = min(start + match.start(), at)  # xdebug's "( ! )" comes before its match
            if any(low <= said < high for low, high in cited) or (
                _cited(text, said, window, match, headings, quoted)
                if not error.inline
                else _mentioned(text, said, match.group(0), quoted, () if error.php else listed, error)
            ):
                cited.append((said, start + match.end()))
                continue
            line = match.group(0)
            fatal = error.fatal or line.startswith(_PHP_FATAL) or "Uncaught" in line
            return _quote(window, match), fatal, (start + match.start(), start + match.end())
    return None


def _mentioned(
    text: str, said: int, line: str, quoted: tuple[str, ...], listed: tuple[str, ...], error: _ErrorPattern
) -> bool:
    if _MENTION.search(text, max(0, said - _NEAR_CHARS), said):
        return True
    before = text[max(0, said - 2) : said].rstrip()
    if before and before[-1] in _WRITERS_QUOTES:
        return True
    start = line[:_QUOTED_START]
    # An entry of a list holds the whole error: a framework's box heads its error with its own label.
    return any(start in q for q in quoted) or any(start in q and error.pattern.search(q) for q in listed)


def _tried(
    text: str, rendered: bool, php_lined: bool = True, gates: frozenset[str] | None = None
) -> Iterator[_ErrorPattern]:
    # Only the patterns whose gate the text has are tried (``gates``: those of the page's visible text, which holds
    # ``text``, found once when it was parsed); a rendered page has no framework's whole page.
    present = gates_in(text) if gates is None else gates
    for index in sorted(i for gate in present for i in _ERRORS_BY_GATE.get(gate, ())):  # in their order
        error = _ERRORS[index]
        if not ((rendered and not error.inline) or (error.php and not php_lined)):
            yield error


def _cited(
    text: str, said: int, window: str, match: re.Match[str], headings: tuple[str, ...], quoted: tuple[str, ...]
) -> bool:
    """Whether a framework's whole-page error said at ``said`` of ``text`` is cited: quoted, in a headline, held in the
    page's code (a developer portal's example of what its client prints: "<pre><code>PHP Fatal error:  Uncaught
    GuzzleHttp…"), or introduced by a mention (a quiz's "Jelaskan arti Fatal error: Uncaught PDOException")."""
    start = match.group(0)[:_QUOTED_START]
    if _quoted(window, match) or _headline(headings, match) or any(start in q for q in quoted):
        return True
    return _MENTION.search(text, max(0, said - _NEAR_CHARS), said) is not None


def _headline(headings: tuple[str, ...], match: re.Match[str]) -> bool:
    start = match.group(0)[:24]
    return any(h.find(start) > 0 for h in headings)


def _quoted(window: str, match: re.Match[str]) -> bool:
    # A help page's question: Apa arti "Error establishing a database connection"? A framework's page is not quoted.
    return match.start() > 0 and window[match.start() - 1] in _QUOTES


def _quote(window: str, match: re.Match[str]) -> str:
    # Redacted with what follows the match, so that a secret the match cuts in two is still seen whole.
    line = match.group(0)
    context = window[match.start() : match.start() + len(line) + 200]
    quote = redact(context)[: len(redact(line))]
    stop = _QUOTE_STOP.search(quote, 20)
    # The parser leaves a space between <b>Warning</b> and its colon.
    quote = quote[: stop.start() if stop else None].replace(" : ", ": ", 1)
    return _cut(_SHOWN_TAGS.sub("", quote) if "<b>" in quote else quote)


def _scanned(text: str) -> str:
    # Warnings come before the page (PHP prints them first), a fatal error ends it.
    if len(text) <= _ERROR_HEAD + _ERROR_TAIL:
        return text
    return f"{text[:_ERROR_HEAD]} {text[-_ERROR_TAIL:]}"


def _windows(text: str, error: _ErrorPattern) -> Iterator[tuple[int, int, str]]:
    # "on line" is also how some sites spell "online": look past the first few that are not errors.
    at = text.find(error.needle)
    for _ in range(_MAX_NEEDLES):
        if at < 0:
            return
        start = max(0, at - error.before - 1)
        yield start, at, text[start : at + 1600]  # and the character before: is it quoted?
        at = text.find(error.needle, at + 1)


def _only_error(page: Page, fatal: bool) -> bool:
    # On a page that did not render its navigation: a fatal error, or one with nothing else to show.
    title = page.title.strip()
    return fatal or not title or bool(_ERROR_TITLE.match(title))


# --- helpers ----------------------------------------------------------------------------------------


def _content_heads(headings: tuple[str, ...], segments: tuple[str, ...], preambles: bool) -> tuple[str, ...]:
    """Return the content's first headings: past the site's name (a part of the title), through "404" or "Oops!"
    (none where the headings hold none of ``_PREAMBLE``'s words: not ``preambles``)."""
    heads: list[str] = []
    for heading in headings:
        folded = heading.rstrip(_TRAILING).casefold()
        for part in segments:
            # Folding never shortens a text: a part longer than the heading folded is not it, and is not folded
            # (the whole title, most often, the longest to fold).
            if len(part) <= len(folded) and part.casefold() == folded:
                break  # the site's name
        else:
            heads.append(heading)
            if not preambles or not _PREAMBLE.match(heading):
                break
    return tuple(heads)


def _segments(title: str) -> tuple[str, ...]:
    # The title and its parts split by ``_TITLE_SEPARATORS``, stripped, as the compiled module reads them.
    return title_segments(title, _TRAILING)


def _first_full(pattern: re.Pattern[str] | _Gated, places: Iterable[str]) -> str | None:
    return next((p for p in places if pattern.match(p.rstrip(_TRAILING))), None)


def _first_search(pattern: re.Pattern[str], places: Iterable[str]) -> str | None:
    for place in places:
        match = pattern.search(place)
        if match is not None:
            return _around(place, match)
    return None


def _first_statement(pattern: re.Pattern[str], places: Iterable[str], unquoted: bool = False) -> str | None:
    """Return the first match, as ``_first_search``, outside a question ("Situs dalam perbaikan, kapan selesai?")
    and a condition ("Jika website sedang dalam perbaikan, hubungi 112"); where ``unquoted``, outside quotation
    marks too (a help page's 'Jika muncul tulisan "This site is currently suspended"')."""
    for place in places:
        match = pattern.search(place)
        while match is not None and not _stated(place, match, unquoted):
            match = pattern.search(place, match.end())
        if match is not None:
            return _around(place, match)
    return None


def _stated(place: str, match: re.Match[str], unquoted: bool = False) -> bool:
    """Whether ``match`` is said as it is: not asked, nor the condition of another sentence, nor the answer to a
    question just before it (a help page's: 'Muncul "Sedang dalam pemeliharaan"? Aplikasi sedang diperbarui, …')
    (nor quoted)."""
    if place[match.end() - 1] == "?" or _SENTENCE_END.match(place, match.end()):
        return False
    if place[max(0, match.start() - 3) : match.start()].rstrip().endswith("?"):
        return False
    if unquoted and _quoted(place, match):
        return False
    return not _conditioned(place, match)


def _conditioned(place: str, match: re.Match[str]) -> bool:
    """Whether ``match`` is the condition of another sentence, by the words of its own clause before it: "Jika
    website sedang dalam perbaikan, hubungi 112" is; "Mohon maaf bila mengganggu, website sedang …" is not."""
    clause = _CLAUSE_BREAK.split(place[max(0, match.start() - _NEAR_CHARS) : match.start()])[-1].split()[-3:]
    return not _CONDITIONS.isdisjoint(w.casefold() for w in (*clause, *match.group(0).split()[:1]))


def _first_unquoted(
    pattern: re.Pattern[str], places: Iterable[str], stated: bool = False, cited: tuple[str, ...] | None = None
) -> str | None:
    """Return the first match, as ``_first_search``, outside a quotation or brackets (an article's example:
    'Nginx menampilkan "Welcome to nginx!"', "dijual kembali oleh registrar (domain for sale)"); where ``stated``,
    outside a question and a condition too, as ``_first_statement``; where ``cited`` (the page's texts of code and
    quotations), outside a condition ("Jika tampil Welcome to nginx!") and those texts too."""
    for place in places:
        for match in pattern.finditer(place):
            if _in_quotes(place, match) or (stated and not _stated(place, match)):
                continue
            if cited is not None and (_conditioned(place, match) or any(match[0] in text for text in cited)):
                continue
            return _around(place, match)
    return None


def _in_quotes(place: str, match: re.Match[str]) -> bool:
    """Whether ``match`` is inside a quotation or brackets opened a few words before it and closed after it."""
    before = place[max(0, match.start() - _NEAR_CHARS) : match.start()]
    at = max(before.rfind(mark) for mark in _OPENING)
    if at < 0 or (at > 0 and not before[at - 1].isspace()):
        return False  # none, or the closing mark of an earlier quotation
    after = place[match.end() : match.end() + _NEAR_CHARS]
    return any(mark in after for mark in _CLOSING)


def _first_site_statement(pattern: re.Pattern[str], places: Iterable[str]) -> str | None:
    """Return the first match, as ``_first_statement``, that names the site (or "kami") in it, in the two
    words before it or in the two after it."""
    for place in places:
        for match in pattern.finditer(place):
            if not _stated(place, match):
                continue
            before = place[max(0, match.start() - _NEAR_CHARS) : match.start()].split()[-2:]
            after = place[match.end() : match.end() + _NEAR_CHARS].split()[:2]
            near = {w.strip(_TRAILING).casefold() for w in (*before, *match.group(0).split(), *after)}
            if not _SITE_WORDS.isdisjoint(near):
                return _around(place, match)
    return None


def _around(text: str, match: re.Match[str]) -> str:
    start = max(0, match.start() - 30)
    end = min(len(text), match.end() + 50)
    while start > 0 and not text[start - 1].isspace() and match.start() - start < 60:
        start -= 1
    while end < len(text) and not text[end].isspace() and end - match.end() < 100:
        end += 1
    quote = text[start:end].strip()
    return _cut(("…" if start > 0 else "") + quote + ("…" if end < len(text) else ""))


def _cut(text: str) -> str:
    return text if len(text) <= _QUOTE else text[: _QUOTE - 1] + "…"


def _parking_target(href: str) -> bool:
    return _parking_host(href) or _PARKING_LANDER.match(href) is not None


def _parking_host(href: str) -> bool:
    lowered = href.lower()
    if "godaddy.com" not in lowered and not any(h in lowered for h in _PARKING_HOSTS):
        return False  # most links, without parsing them
    host = (urlsplit(href).hostname or "").lower()
    return any(host == h or host.endswith("." + h) for h in _PARKING_HOSTS) or (
        host.endswith("godaddy.com") and "forsale" in href.lower()
    )
