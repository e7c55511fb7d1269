"""The hijack check: the page sends search engines or visitors to a site that is not the government's.

A common attack on government sites leaves the pages as they are and adds one tag: a
``<link rel="amphtml">`` whose AMP version lives on the attacker's host (search engines then show
the attacker's gambling page under the government's address), a ``<meta http-equiv="refresh">``
that sends every visitor away, or a ``<link rel="canonical">`` that tells search engines the page
is a copy of someone else's, or a ``<base href>`` on the attacker's host that every relative link
of the page resolves against. So does a head that says elsewhere where the page is (``stated``): its
``og:url``, a version of it in another language (``hreflang``), or the JSON-LD of its own site, page or
organisation, on another site (a gambling brand's domain, "kaisar88.com", spells no word of gambling); not a
news item's publisher, its organisation's social profiles, nor a version of the page on a translation proxy
or on a sister site the page links to. Nothing of it shows in the page a visitor reads. Others leave the
markup alone: a ``Refresh`` header on the server's answer (``page.with_refresh_header``), or a line
of the page's inline scripts that assigns the attacker's address to ``location``, often only for
visitors from a search engine or on a phone (``script_redirects``), or the server's own 301 or 302 of the
application's address (a hacked ``.htaccess``: the page read is then the attacker's, ``content._landed``).
Others show the attacker's site in the page's place: a ``<frameset>`` whose frame is the gambling site, or
an ``<iframe>`` laid over the whole window (``page.Frame.place``); a page that is nothing but a frame of
another site counts less, and embeds (a video, a map) are not in the page's place.

A pointer to the application's own registrable domain, or to any government domain (a site that
moved from one go.id address to another), is no finding; but a refresh (the tag's or the header's) to
an address that spells gambling is, wherever it is: parasite pages are planted on the hacked site itself
(``/wp-content/uploads/slot-gacor/``, ``/?id=situs-toto``), and nothing else reads a refresh's address.
A pointer in the page Googlebot or a phone gets, and not in the browser's, is cloaking (``cloaking``).

A frame a script lays over the whole window, and a redirect under a test of the screen for touch, count only to a
gambling site by its address (``gambling_site``): a department's script lays its welcome video, a virtual tour, a
flipbook or its vendor's loading overlay so, to be closed or removed, and sends phones once to a survey.

A page that is only a frame of a service departments embed their own work with, at its address for embedding (a
Looker Studio, Power BI, ArcGIS or Tableau Public dashboard, a Google Form, Map or Doc, a file or folder on Google
Drive, a YouTube video), is no finding either, unless its address spells gambling: that page is the department's
survey or dashboard under its heading, and an attacker puts their own site in a page's place (a gambling host, a
Google Site), not a form. So is that frame laid alone over the whole window, or a frameset's one frame: how a
dashboard or a live stream is shown full screen; but not a document anyone writes (a published Doc, a Drive file)
shown so, nor any frame laid over the page's own content, which it hides as a defacer's page does.

Nor is a redirect to an app's page in an app store (Google Play, the App Store, AppGallery) a finding, unless
its address spells gambling: a department sends phones to its own app, and the store, not an attacker, writes
that page (what it says of the app is read where a view lands on it: ``cloaking``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from urllib.parse import parse_qs, urlsplit

from pantau_contracts.status import Finding, Severity
from pantau_contracts.vocabulary import Category

from .. import json_ld, terms
from ..domain import DEFAULT_SUFFIXES, compliant, registered_domain
from ..page import Page, Pointer
from ..script_redirects import FRAME, MOBILE, SCRIPT, SEARCH, TOUCH
from ..term_scan import flagged_each, matches, spaced
from .base import Check, Observed

CATEGORY: Category = "keamanan"
CODE = "pengalihan_asing"
# What each pointer does, in the evidence, how bad it is, and where it is: an AMP version or a
# redirect puts another site in the government's place; a canonical only hands it the page's standing.
_SCRIPT = "skrip halaman mengalihkan pengunjung"
_WHAT: dict[str, tuple[str, Severity, str]] = {
    "amphtml": ("versi AMP halaman (rel=amphtml) berada di", "kritis", "head"),
    "refresh": ("halaman mengalihkan pengunjung secara otomatis (meta refresh) ke", "kritis", "head"),
    "canonical": ("halaman menyatakan dirinya salinan (rel=canonical) dari", "tinggi", "head"),
    # Where the head says the page is, as a canonical does: the address a search result or a share shows.
    "og_url": ("alamat halaman bagi mesin pencari (og:url) berada di", "tinggi", "head"),
    "hreflang": ("versi bahasa lain halaman (hreflang) berada di", "tinggi", "head"),
    "structured": ("data terstruktur halaman (JSON-LD) menyatakan situsnya di", "tinggi", "head"),
    # Every relative link and resource of the page resolves on the other site: its menu leads there.
    "base": ("tautan relatif halaman diarahkan (base href) ke", "kritis", "head"),
    "refresh_header": ("server mengalihkan pengunjung (header Refresh) ke", "kritis", "header"),
    # A view sent by the server's redirect to a site that then answered no page (``page.sent_away``).
    "redirect": ("server mengalihkan pengunjung (pengalihan HTTP) ke", "kritis", "header"),
    # The application's address moved by its server to a site outside the government's domains that is named as no
    # gambling brand: a Google Site, a vendor's SaaS, a shortener; or an attacker's, a crypto "doubler" (``content``).
    "moved": ("server mengalihkan alamat aplikasi ke situs di luar domain pemerintah:", "sedang", "header"),
    "frame": ("halaman menampilkan situs lain di tempatnya (bingkai) dari", "kritis", "body"),
    "frame_alone": ("halaman menampilkan situs lain di tempatnya (bingkai) dari", "kritis", "body"),
    # A page that is only a frame of another site: a masked domain forwarding, or a dashboard embedded whole from a
    # host that is no embedding service's (``_EMBEDS``).
    "frame_page": ("halaman hanya berisi bingkai situs lain dari", "sedang", "body"),
    SCRIPT: (f"{_SCRIPT} ke", "kritis", "script"),
    SEARCH: (f"{_SCRIPT} (hanya mesin pencari dan pengunjung dari mesin pencari) ke", "kritis", "script"),
    MOBILE: (f"{_SCRIPT} (hanya pengunjung ponsel) ke", "kritis", "script"),
    TOUCH: (f"{_SCRIPT} (hanya pengunjung ponsel) ke", "kritis", "script"),
    FRAME: ("skrip halaman menampilkan situs lain di seluruh layar (bingkai) dari", "kritis", "script"),
}
_MAX_QUOTED = 3
_MAX_LINKS = 500  # of a page's links, read for a sister site's
_MAX_STRUCTURED = 50  # of the addresses a page's JSON-LD gives its site: Yoast gives three or four
# The pointers whose address no other check reads for gambling (the head's addresses, scripts and frames are).
_UNREAD = frozenset({"refresh", "refresh_header", "redirect", "moved"})
_NAMED = frozenset({"strong", "weak"})  # the term scan's kinds of a gambling word or brand
# The pointers that send the visitor on, and where the stores keep an app's page (host, path prefix or part).
_SENDS = _UNREAD | {SCRIPT, SEARCH, MOBILE, TOUCH}
# The pointers that count only to a gambling site (``gambling_site``): a frame a script lays over the window, and a
# redirect under a test of the screen for touch. A department's script does both for its own reasons, to a site of
# any name: a welcome video or a 360° tour shown once in a popup with its close link, a vendor's loading overlay, a
# flipbook, a chatbot; phones sent once to a survey (a Google Form), to the department's app on its vendor's host.
_GAMBLING_ONLY = frozenset({FRAME, TOUCH})
# A gambling word glued into a site's name ("toto4dresmi.xyz", "slotgacorhariini.com"), that the term scan reads
# only apart: the trade's strong words of letters and digits, long enough that no other word holds one.
_GLUED_STRONG = tuple(
    sorted({w for t in terms.STRONG_GAMBLING if len(w := t.replace(" ", "").replace("-", "")) >= 6 and w.isascii()})
)
# The trade's short words glued into a site's name that no other word holds ("dewatogel.net", "sbobet88.com"); not
# "toto" (wisatatoto, a person's Suhartoto), "4d" (a 4D cinema's), "jp" (a Japan internship's), "bola" (a football
# league's), "judi" (the singer Judika's), "gacor" (a songbird's), "slot" (a parking app's parkirslot, a news site's
# slotnews), "poker" (an app's SIPOKER, planningpoker) nor "kasino" (the Warkop comedian's museumkasino).
_GLUED_SHORT = ("togel", "maxwin", "sbobet")
# The domains of gambling alone (garuda.bet, kaisar88.casino): of the domains kits register in bulk, the only ones
# where a name of one word is a kit's; a department's campaign is on a Canva site, its vendor's app on .online or .site.
_GAMBLING_DOMAINS = terms.GAMBLING_ONLY_DOMAINS
# Where a translation plugin's versions of the page in other languages are: Google's proxy of the page itself.
_TRANSLATORS = ("translate.goog", "translate.google.com")
_APP_PAGES = {
    "play.google.com": "/store/apps/",
    "apps.apple.com": "/app/",
    "itunes.apple.com": "/app/",
    "appgallery.huawei.com": "/app/",
}

# Where the services departments embed their dashboards, forms, maps and videos with serve them for a frame: host (or,
# with a leading dot, any host under it), and the paths that start an embed there. Their other pages refuse a frame.
_EMBEDS: dict[str, tuple[str, ...]] = {
    "lookerstudio.google.com": ("/embed/",),
    "datastudio.google.com": ("/embed/",),
    "app.powerbi.com": ("/view", "/reportembed"),
    ".arcgis.com": ("/apps/",),
    "experience.arcgis.com": ("/experience/",),
    "public.tableau.com": ("/views/",),
    # Its viewer shows a document at another address (``viewer?url=``): only one of the government's is the
    # department's (``_viewed_own``).
    "docs.google.com": ("/forms/", "/spreadsheets/", "/document/", "/presentation/", "/viewer"),
    "drive.google.com": ("/file/d/", "/embeddedfolderview"),
    "calendar.google.com": ("/calendar/embed",),
    "www.google.com": ("/maps/",),
    "maps.google.com": ("/maps",),
    "www.youtube.com": ("/embed/",),
    "youtube.com": ("/embed/",),
    "www.youtube-nocookie.com": ("/embed/",),
    "player.vimeo.com": ("/video/",),
    # A Facebook page's timeline, post or video (the Page Plugin), where a department shows its page's news.
    "www.facebook.com": ("/plugins/",),
    "vimeo.com": ("/event/",),  # a live event's embed (/event/<id>/embed)
    "forms.office.com": ("/pages/responsepage.aspx", "/r/", "/e/"),
    "flo.uri.sh": ("/visualisation/", "/story/"),
    "public.flourish.studio": ("/visualisation/", "/story/"),
    "datawrapper.dwcdn.net": ("/",),  # a chart's own address: its id and version
    # A virtual tour of an office or a service hall, of 360° photos (a page of one tour, shown full screen).
    "kuula.co": ("/share/",),
    "momento360.com": ("/e/",),
    "my.matterport.com": ("/show",),
    "www.canva.com": ("/design/",),
    # Not a department's: Heroku's own page of an application that failed, in the frame of the page Heroku answers
    # in its place ("Application Error"), which the checker judges down (``page_kind``), not as another site's.
    "www.herokucdn.com": ("/error-pages/",),
}
# Of those, what shows a document anyone writes, text and pictures as they like (a published Google Doc, a file on
# Drive, a Canva design, a Flourish story's slides): laid alone over the whole window, the trick of an attacker who
# shows their gambling page from a Doc under the government's address, where a department lays its dashboard, form,
# map or live stream.
_DOCUMENTS: dict[str, tuple[str, ...]] = {
    "docs.google.com": ("/document/",),
    "drive.google.com": ("/file/",),
    "www.canva.com": ("/design/",),
    "flo.uri.sh": ("/story/",),
    "public.flourish.studio": ("/story/",),
}


@dataclass(frozen=True)
class HijackSettings:
    allowed_suffixes: tuple[str, ...] = field(default=DEFAULT_SUFFIXES, metadata={"env": "CHECKER_ALLOWED_SUFFIXES"})


def judge(seen: Observed, settings: HijackSettings) -> tuple[Finding, ...]:
    """Judge where the page, as a browser gets it, points instead of itself."""
    if seen.page is None:
        return ()
    # The server's move of the application's address to a site named as a gambling brand's ("kaisar88.com",
    # "koitoto.xyz") is a hijack; to another, a move to tell (a Google Site, a vendor's SaaS, a crypto "doubler").
    # Where the head says the page is counts only on a brand's site: a theme's demo left in og:url, Yoast's
    # publisher of the vendor's own, an old domain are no attacker's.
    moved = (
        Pointer("redirect", p.href) if p.kind == "moved" and branded_site(p.href) else p for p in seen.page.pointers
    )
    told = (p for p in stated(seen.page) if branded_site(p.href))
    found = hijacking(seen.host, (*moved, *told), tuple(settings.allowed_suffixes))
    if any(p.kind == "hreflang" for p in found):
        found = _without_sister_sites(seen.page, found)
    if not found:
        return ()
    # The finding is where its worst pointer is; the evidence names the first few of them all.
    worst = next((p for p in found if _WHAT[p.kind][1] == "kritis"), found[0])
    _, severity, location = _WHAT[worst.kind]
    return (Finding(CODE, severity, described(found)[:500], location, category=CATEGORY),)


def hijacking(host: str, pointers: Sequence[Pointer], suffixes: tuple[str, ...] = DEFAULT_SUFFIXES) -> list[Pointer]:
    """Return the pointers to a site outside ``host``'s registrable domain and the government's, and the
    refreshes to a gambling page on any site."""
    if not pointers:
        return []
    own = registered_domain(host.lower())
    return [
        p
        for p in pointers
        if (
            _foreign(p, own, suffixes)
            and not to_app_store(p)
            and not _translated(p)
            and not _embedded(p, own, suffixes)
            and (p.kind not in _GAMBLING_ONLY or gambling_site(p.href))
        )
        or _to_gambling(p)
    ]


def stated(page: Page) -> list[Pointer]:
    """Return where the page's head says the page itself is, besides its canonical: its og:url, its versions in
    other languages, and the address its JSON-LD gives its own site, page or organisation (``json_ld``)."""
    structured = [Pointer("structured", url.strip()) for url in json_ld.site_addresses(page.dates.json_ld)]
    named = {p.href for p in page.pointers}
    return [p for p in (*page.stated_addresses, *structured[:_MAX_STRUCTURED]) if p.href not in named]


def foreign(host: str, pointers: Sequence[Pointer], suffixes: tuple[str, ...] = DEFAULT_SUFFIXES) -> list[Pointer]:
    """Return the pointers to a site outside ``host``'s registrable domain and the government's."""
    if not pointers:
        return []
    own = registered_domain(host.lower())
    return [p for p in pointers if _foreign(p, own, suffixes)]


def described(pointers: Sequence[Pointer]) -> str:
    """Return what the pointers do, for an official: the first few, each with its address."""
    return "; ".join(f"{_WHAT[p.kind][0]} {p.href[:200]}" for p in pointers[:_MAX_QUOTED])


def to_app_store(pointer: Pointer) -> bool:
    """Return whether ``pointer`` sends visitors to an app's page in an app store, at an address that does not
    spell gambling."""
    if pointer.kind not in _SENDS:
        return False
    parts = urlsplit(pointer.href)
    host = (parts.hostname or "").lower().rstrip(".")
    if parts.scheme not in ("http", "https") or host not in _APP_PAGES:
        return False
    # Apple's is /app/ under a country (/id/app/...); Google's and Huawei's start the path.
    return _APP_PAGES[host] in parts.path and not spells_gambling(pointer.href)


def _embedded(pointer: Pointer, own: str, suffixes: tuple[str, ...]) -> bool:
    """Return whether ``pointer`` is a page's only frame (or one its script lays over the window), of a service's
    address for embedding a department's dashboard, form, map or video, that does not spell gambling; laid over the
    whole window, of no document."""
    if pointer.kind not in ("frame_page", "frame_alone", FRAME):
        return False
    parts = urlsplit(pointer.href)
    host = (parts.hostname or "").lower().rstrip(".")
    path = parts.path.lower()
    if parts.scheme not in ("http", "https") or not path.startswith(_served(_EMBEDS, host)):
        return False
    if pointer.kind in ("frame_alone", FRAME) and path.startswith(_served(_DOCUMENTS, host)):
        return False
    if host == "docs.google.com" and path.startswith("/viewer") and not _viewed_own(parts.query, own, suffixes):
        return False
    return not spells_gambling(pointer.href)


def _served(services: dict[str, tuple[str, ...]], host: str) -> tuple[str, ...]:
    """Return the paths ``services`` name on ``host``: its own, or those of a domain it is under."""
    return services.get(host) or next((p for h, p in services.items() if h[0] == "." and host.endswith(h)), ())


def _viewed_own(query: str, own: str, suffixes: tuple[str, ...]) -> bool:
    """Return whether the document Google's viewer shows (its ``url``) is the application's or the government's:
    a department's PDF, not one on an attacker's host."""
    shown = (parse_qs(query).get("url") or [""])[0]
    host = (urlsplit(shown).hostname or "").lower().rstrip(".")
    return bool(host) and (registered_domain(host) == own or compliant(host, suffixes))


def _without_sister_sites(page: Page, found: list[Pointer]) -> list[Pointer]:
    """Return ``found`` but the versions in other languages on a site the page links to where it is seen: the
    city's tourism site in English, that its menu names too (not a link farm's, hidden or after the footer)."""
    farmed = {link.href for link in (*page.hidden_links, *page.tail_links)}
    linked = {_domain(link.href) for link in page.links[:_MAX_LINKS] if link.href not in farmed}
    return [p for p in found if p.kind != "hreflang" or _domain(p.href) not in linked]


def _domain(address: str) -> str:
    return registered_domain((urlsplit(address).hostname or "").lower().rstrip("."))


def _translated(pointer: Pointer) -> bool:
    """Return whether ``pointer`` is a version of the page in another language on a translation proxy."""
    host = (urlsplit(pointer.href).hostname or "").lower().rstrip(".")
    return pointer.kind == "hreflang" and any(host == t or host.endswith(f".{t}") for t in _TRANSLATORS)


def branded_site(href: str) -> bool:
    """Return whether the site at ``href`` is named as a gambling brand ("kaisar88.com", "koitoto.xyz"), as the term
    scan knows them, or its address spells gambling."""
    name = _domain(href).partition(".")[0]
    return (bool(name) and any(match.kind in _NAMED for match in matches(name))) or spells_gambling(href)


def gambling_site(href: str) -> bool:
    """Return whether the site at ``href`` is a gambling site's by its address alone: a word of gambling in it, glued
    into the site's name or apart ("toto4dresmi.xyz", "dewatogel.net", "/slot-gacor/"), or a domain of gambling
    alone ("garuda.bet"). A brand's name of one word on another domain gambling sites take by the thousand is not
    enough: a department's campaign is on a Canva site (dinkesbekasi.my.canva.site), its links on taplink.cc or
    bio.site, its vendor's app on sipadu.online or ppdbjabar.site. Nor is a name with a lucky number, "4D", "jp" or
    "toto" ("mustang88.com", "wisatatoto.id")."""
    if spells_gambling(href):
        return True
    domain = _domain(href)
    glued = domain.partition(".")[0].replace("-", "")
    return domain.endswith(_GAMBLING_DOMAINS) or any(word in glued for word in _GLUED_STRONG + _GLUED_SHORT)


def _to_gambling(pointer: Pointer) -> bool:
    return pointer.kind in _UNREAD and spells_gambling(pointer.href)


def spells_gambling(href: str) -> bool:
    """Return whether an address spells gambling (/wp-content/uploads/slot-gacor-hari-ini/, ?id=situs-toto)."""
    return any(code == "judi_online" for _, code, _, _ in flagged_each((spaced(href[:500]),)))


def _foreign(pointer: Pointer, own: str, suffixes: tuple[str, ...]) -> bool:
    host = (urlsplit(pointer.href).hostname or "").lower().rstrip(".")
    if not host or urlsplit(pointer.href).scheme not in ("http", "https"):
        return False
    return registered_domain(host) != own and not compliant(host, suffixes)


CHECK = Check("hijack", CATEGORY, (CODE,), judge, HijackSettings())
