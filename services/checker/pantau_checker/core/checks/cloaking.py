"""The cloaking checks: gambling content shown to Googlebot, or to phones, and hidden from the
browser the checker is.

Spam injectors serve their pages to search engines only, so the site looks clean in a browser
while its search results advertise gambling; others serve them to phones only, where most
visitors come from a search. The shell fetches the page again with Googlebot's user agent and
with a phone browser's for these checks alone, and not on every check (see ``core.state``). A
view that comes back byte for byte the page is the page itself (parsed once, with the site's
stylesheets), so it shows nothing the browser fetch does not. A view that differs is parsed
without the stylesheets, and may place the page's own spam elsewhere ("visible" for "hidden"):
that is never cloaking, so while the browser fetch shows gambling only what no stylesheet moves (the
title, the metas, the head's addresses, the scripts) counts. A site hacked twice over shows both: a
spam block every visitor gets, and a title of gambling words for Googlebot alone.
A view whose page names a foreign AMP version, refresh or script redirect, or a refresh to a gambling
page planted on the site itself (``hijack``), that the browser's page does not name is cloaking too:
that is how the AMP hijack is mostly done. So is a view the server's redirect sent to another site that
answered no page to read (a gambling site behind a challenge, or gone: ``content.fetch_page``), and one it
sent to another site's page (a short link on to a gambling site whose page spells nothing): the redirect is
named first, then what the page there shows, and the page's own pointers are that site's. Not a redirect to
an app's page in an app store (a department sends phones to its app: ``hijack.to_app_store``), nor to a
page that is the department's own content on another host (its vendor's mobile site, in a lighter template too:
the site's name and most of its headlines). A view whose head
gives search engines an ``hreflang`` version or an ``og:url`` on a domain the browser's page names nowhere is
cloaking too, as is a view whose JSON-LD gives its site, its page or its publisher at such a domain (a brand's
Organization, for the search result's name and logo): the brand domains of gambling sites ("kaisar88.com")
spell no word of gambling. For the same reason, where nothing else tells, so is a view that is the department's
page with a title that shares no word with the browser's and brings a word of its own ("KAISAR88 Situs Resmi
Terpercaya"), or that keeps the browser's and puts a gambling brand's name beside it ("KOITOTO | Dinas Kesehatan
Kota Bekasi"; not an SEO plugin's words of the page's own), or a description (its
meta's, Open Graph's) that shares no word with the page's title and brings one of its own (where the browser's
page has none, a brand's name: "KAISAR88"; a mobile theme prints its tagline), or with a block of links to three
or more sites the browser's page names nowhere: after its footer or hidden, or in its body as a run of links
that the view adds to the browser's (backlinks to brands among the news), where the block names gambling (a
word or a brand in its links' text, a host named as a brand, or three hosts named as brands are: "bintang4dp");
not a share bar (its links name the page's own host), a chat button or a rotating banner (one or two sites, or
partners that take others' place), nor the stores, channels and chat a mobile theme links to, nor a block of the
department's own choosing (its channels after the footer, news portals, partner hospitals, a theme's credits).
One or two links to sites named as gambling brands ("koitoto.xyz") are enough where the view puts them first in
its body (a banner laid over the page), after its footer (a sticky bar) or hidden: not a campaign's banner on a
site named as no brand.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from urllib.parse import unquote, urlsplit

from pantau_contracts.status import Finding
from pantau_contracts.vocabulary import Category

from .. import json_ld, terms
from ..domain import registered_domain
from ..page import Link, Page, Pointer
from ..structure import resemblance, sketch
from ..term_scan import matches
from . import hijack
from .base import Check, NoSettings, Observed, Phone
from .defacement import scan

CATEGORY: Category = "keamanan"
# Where a finding is the same in a page parsed with its stylesheets and without them.
_UNMOVED = frozenset({"title", "meta", "head", "script"})
# A page that shares this much of its words with the browser's is the department's own content.
_SAME_PAGE = 0.5
_ADDRESSED = "alamat halaman bagi mesin pencari (hreflang, og:url) diarahkan ke "
_STRUCTURED = "data terstruktur halaman bagi mesin pencari (JSON-LD) menunjuk ke "
_RETITLED = "judul halaman diganti menjadi "
_REDESCRIBED = "deskripsi halaman bagi mesin pencari diganti menjadi "
_LINKED = "tautan ke situs lain ditambahkan di halaman: "
_TITLE_WORD = re.compile(r"\w{3,}")
_NAMED = frozenset({"strong", "weak"})  # the term scan's kinds of a gambling word or brand
# The metas that describe the page to search engines and to the sites that share it.
_DESCRIBING = frozenset(
    {"description", "og:description", "og:title", "og:site_name", "twitter:description", "twitter:title"}
)
# A brand's name: letters and a number ("kaisar88", "zeus138").
_BRAND = re.compile(r"[^\W\d_]+\d+[^\W\d_]*|\d+[^\W\d_]+")
# Sites a block of backlinks names at least: a rotating banner or a chat button names one or two.
_BLOCK = 3
# The domains a department's services and vendors are on (Indonesia's registry's, and those every company takes),
# where a name with a number or "slot" is no gambling brand by itself (e-pajak24.id, loker123.id, slotparkir.id).
_COMPANIES_DOMAINS = (".id", *terms.BRAND_SITE_DOMAINS)
_MAX_LINKS = 500  # of a view's links, read for a block
_MAX_TEXT = 5000  # of a block's links' text, read for a gambling word or brand
_HEADLINE_WORDS = 4  # of a link's text that is a news item's headline, at least
_HEADLINES = 3  # a lighter template of the page shares at least, of its headlines
_STRUCTURED_KEYS = ("url", "@id", "sameAs", "mainEntityOfPage")
# Sites a view links to in its body that no brand's backlinks lead to: the department's app in the stores, its
# channels and chat, which a mobile theme or a consent banner shows one view only.
_PLATFORMS = frozenset(
    {
        "google.com",
        "apple.com",
        "huawei.com",
        "facebook.com",
        "instagram.com",
        "twitter.com",
        "x.com",
        "youtube.com",
        "youtu.be",
        "tiktok.com",
        "wa.me",
        "whatsapp.com",
        "t.me",
        "linkedin.com",
    }
)

# A promo block's two buttons to a gambling site, by their text or their path's words: sign up, and log in.
_SIGN_UP = frozenset({"daftar", "register", "registrasi", "signup"})
_LOG_IN = frozenset({"login", "masuk", "signin"})
_PATH_WORD = re.compile(r"[a-z]+")
_SHOWN_CODES = frozenset(("judi_online", "defacement", "konten_pornografi", "spam_tersisip"))


def gambling_terms(findings: Iterable[Finding]) -> set[str]:
    """Return the code@location of every gambling, defacement, pornography or spam finding, for comparison (the
    Japanese keyword hack is mostly shown to Googlebot alone)."""
    return {f"{f.code}@{f.location}" for f in findings if f.code in _SHOWN_CODES}


def compare(
    browser: tuple[Finding, ...], other: tuple[Finding, ...], code: str = "cloaking_googlebot"
) -> tuple[Finding, ...]:
    """Flag cloaking when the other view shows gambling content the browser fetch does not."""
    evidence = _shown_only(browser, other)
    return (_finding(code, evidence),) if evidence else ()


def _shown_only(browser: tuple[Finding, ...], other: tuple[Finding, ...]) -> str:
    """Return the evidence of the gambling content the other view shows and the browser fetch does not, or ""."""
    shown_to_browser = gambling_terms(browser)
    shown_to_other = gambling_terms(other) - shown_to_browser
    if shown_to_browser:
        shown_to_other = {term for term in shown_to_other if term.partition("@")[2] in _UNMOVED}
    return "; ".join(f.evidence for f in other if f"{f.code}@{f.location}" in shown_to_other)


def judge(seen: Observed, settings: NoSettings) -> tuple[Finding, ...]:
    """Compare the page as Googlebot gets it with the page as a browser gets it."""
    return _judged(seen, seen.googlebot_page, "cloaking_googlebot")


def judge_mobile(seen: Observed, settings: NoSettings) -> tuple[Finding, ...]:
    """Compare the page as a phone's browser gets it with the page as a desktop browser gets it."""
    return _judged(seen, seen.mobile_page, "cloaking_seluler", seen.phone)


def other_phone(remembered: Iterable[Finding], found: Iterable[Finding], phone: Phone) -> tuple[Finding, ...]:
    """Return the cloaking for phones the other phone saw last, which a view that asked as ``phone`` keeps.

    A kit that serves iPhones only is not gone because an Android saw the page clean: only the phone
    it was shown to proves it gone, at its next turn.
    """
    if any(f.code == "cloaking_seluler" for f in found):
        return ()
    return tuple(f for f in remembered if f.code == "cloaking_seluler" and _asked_by(f) != phone)


def _asked_by(finding: Finding) -> Phone:
    # Remembered before the iPhone took its turns, a finding names no phone: it was an Android's.
    return "iPhone" if finding.evidence.startswith(f"hanya untuk {_PHONE_LABELS['iPhone']}") else "Android"


def _judged(seen: Observed, other: Page | None, code: str, phone: Phone = "Android") -> tuple[Finding, ...]:
    if seen.page is None or other is None:
        return ()
    found = scan(other)
    # The common case, a clean page for the other view, costs one scan only.
    shown = _shown_only(scan(seen.page), found) if gambling_terms(found) else ""
    pointed = _pointed_only(seen, seen.page, other)
    addressed = _addressed_only(seen, seen.page, other)
    # Where the view is sent first: a gambling site's words alone would not tell the official how it got there.
    where = (hijack.described(pointed) if pointed else "", _addressed(other, addressed[0]) if addressed else "")
    evidence = "; ".join(part for part in (*where, shown) if part) or _altered(seen, seen.page, other)
    return (_finding(code, evidence, phone),) if evidence else ()


def _altered(seen: Observed, page: Page, other: Page) -> str:
    """Return what the other view changes of the department's own page, where it spells no word of gambling: its
    title or its description swapped for another's, or a block of links to other sites added; or ""."""
    if other is page or (other.pointers and other.pointers[0].kind == "redirect"):
        return ""  # the page itself, or another site's (``_hijacking``)
    title, described = _retitled(page, other), _redescribed(page, other)
    linked = _linked(seen.host, page, other) or _brands_laid_over(seen.host, page, other)
    if (title or described or linked) and not _resembles(page, other):  # a challenge, a maintenance page
        title, described, linked = "", "", []
    # A gambling site's buttons tell by themselves, whatever else the view drops (its news, for the promo's room).
    linked = linked or _promoted(seen.host, page, other)
    if not (title or described or linked):
        return ""
    changes = (
        f"{_RETITLED}\u201c{title[:150]}\u201d" if title else "",
        f"{_REDESCRIBED}\u201c{described[:150]}\u201d" if described and described != title else "",
        f"{_LINKED}{', '.join(linked)}" if linked else "",
    )
    return "; ".join(change for change in changes if change)


def _retitled(page: Page, other: Page) -> str:
    """Return the other view's title where it shares no word with the browser's and has one the page has nowhere
    (a brand's: "KAISAR88"), or where it keeps the browser's and puts a gambling brand's name the page has nowhere
    beside it ("KOITOTO | Dinas Kesehatan Kota Bekasi"), or "": a title made of the page's own words (its headline,
    an SEO plugin's "Beranda - … | Pemerintah Kota Bekasi") is the site's."""
    theirs = set(_TITLE_WORD.findall(other.title.lower()))
    mine = set(_TITLE_WORD.findall(page.title.lower()))
    if not theirs or not mine or theirs <= mine:
        return ""
    if theirs & mine:
        return other.title.strip() if _branded(theirs - _page_words(page)) else ""
    return other.title.strip() if theirs - set(_TITLE_WORD.findall(page.visible_text.lower())) else ""


def _branded(words: set[str]) -> bool:
    """Return whether ``words`` hold a gambling brand's name ("koitoto", "kaisar88"), as the term scan knows them."""
    return bool(words) and any(match.kind in _NAMED for match in matches(" ".join(sorted(words))))


def _redescribed(page: Page, other: Page) -> str:
    """Return the other view's description where it is not the browser's, shares no word with the page's title and
    has one the page has nowhere (a brand's: "KAISAR88 Situs Resmi Terpercaya"), or ""; where the browser's page
    has no such meta, only a brand's name added counts (a mobile theme prints its tagline)."""
    mine = dict(page.metas)
    title: set[str] | None = None
    for name, content in other.metas:
        if name not in _DESCRIBING or content == mine.get(name) or not content.strip():
            continue
        if title is None:
            title = set(_TITLE_WORD.findall(page.title.lower()))
        theirs = set(_TITLE_WORD.findall(content.lower()))
        new = theirs - _page_words(page) if title and theirs and not theirs & title else set()
        if new and (name in mine or any(_BRAND.fullmatch(word) for word in new)):
            return content.strip()
    return ""


def _page_words(page: Page) -> set[str]:
    """Return the words of the page's title, metas and visible text."""
    metas = " ".join(content for _, content in page.metas)
    return set(_TITLE_WORD.findall(f"{page.title} {metas} {page.visible_text}".lower()))


def _linked(host: str, page: Page, other: Page) -> list[str]:
    """Return the domains of other sites that the other view's links lead to, where they are a block, after its
    footer or hidden, or a run of its links that it adds to the browser's (not a rotating banner's, that takes
    another's place), and the browser's page names none of them; not a share button's (it names the page's host)."""
    named = _named(page)
    placed = (*other.tail_links[:_MAX_LINKS], *other.hidden_links[:_MAX_LINKS])
    ends = _domains(host, placed[:_MAX_LINKS])
    shown = other.links[:_MAX_LINKS]
    fresh = {link.href for link in shown if link.href not in named}
    if len(ends) < _BLOCK and len(fresh) < _BLOCK:  # the common case: the view links where the page does
        return []
    known = {_domain(address) for address in (*page.head_addresses, *named)}
    new = [domain for domain in ends if domain not in known]
    if len(new) >= _BLOCK and _to_brands(placed, new):
        return new
    added = _run(host, shown, fresh, known)
    if (
        len(added) >= _BLOCK
        and set(_domains(host, page.links[:_MAX_LINKS])) <= set(_domains(host, shown))
        and _to_brands(shown, added)
    ):
        return added
    return []


def _to_brands(links: Sequence[Link], domains: Sequence[str]) -> bool:
    """Tell whether the links to ``domains`` are a gambling block's: a gambling word or brand in their text
    ("KAISAR88"), a site named as a brand ("koitoto.xyz") or an address that spells gambling, or three sites named as
    brands are ("bintang4dp.com": letters and a number). A block of the department's own choosing names none: its
    channels after the footer, the news portals of a "Tautan Terkait", partner hospitals, universities, a theme's
    credits (ThemeForest, WordPress)."""
    chosen = set(domains)
    linked = [link for link in links if _domain(link.href) in chosen]
    if sum(bool(_BRAND.fullmatch(domain.partition(".")[0])) for domain in chosen) >= _BLOCK:
        return True
    text = " ".join(link.text for link in linked)[:_MAX_TEXT]
    if any(match.kind in _NAMED for match in matches(text)):
        return True
    return any(hijack.branded_site(link.href) for link in linked)


def _brands_laid_over(host: str, page: Page, other: Page) -> list[str]:
    """Return the domains named as gambling brands ("koitoto.xyz", "kaisar88.com") of other sites that the other
    view's links lead to, before the first link it shares with the browser's page (a banner laid over the page,
    put first in its body), after its footer (a sticky bar) or hidden, and the browser's page names nowhere; not
    the department's app in the stores, its chat, nor a campaign's banner on a site named as no brand."""
    named = _named(page)
    shown = other.links[:_MAX_LINKS]
    first = next((at for at, link in enumerate(shown) if link.href in named), len(shown))
    placed = [*shown[:first], *other.tail_links[:_MAX_LINKS], *other.hidden_links[:_MAX_LINKS]]
    fresh = [link for link in placed if link.href not in named]
    if not fresh:  # the common case: the view's top and tail are the page's
        return []
    known = {_domain(address) for address in (*page.head_addresses, *named)}
    away = [domain for domain in _domains(host, fresh) if domain not in known and domain not in _PLATFORMS]
    return [domain for domain in away if _branded({domain.partition(".")[0]})]


def _promoted(host: str, page: Page, other: Page) -> list[str]:
    """Return the domain of a gambling site whose sign-up and log-in buttons the other view adds anywhere in its body
    (a promo block among the news: a banner, then DAFTAR and LOGIN), where the browser's page names the site nowhere
    and the site is named as a brand or its address spells gambling ("kaisar88.vip", "kaisarmaxwin.vip"); not an
    app's banner to the stores, a campaign's or a service's page (one link, a site named as no brand), nor the
    department's registration behind short links ("Daftar PPDB" and "Login Siswa" to bit.ly, phones only)."""
    named = _named(page)
    fresh = [link for link in other.links[:_MAX_LINKS] if link.href not in named]
    if len(fresh) < 2:  # the common case: the view links where the page does
        return []
    known = {_domain(address) for address in (*page.head_addresses, *named)}
    for domain in _domains(host, fresh):
        if domain in known or domain in _PLATFORMS:
            continue
        buttons = {_button(link) for link in fresh if _domain(link.href) == domain}
        promoted = [link for link in fresh if _domain(link.href) == domain]
        if {"up", "in"} <= buttons and _gambling_promo(domain, promoted, other):
            return [domain]
    return []


def _gambling_promo(domain: str, promoted: list[Link], other: Page) -> bool:
    """Return whether the promoted site is a gambling site's: its address alone says so ("kaisarmaxwin.vip"), or it is
    named as a brand ("kaisar88") and either the promo's words are gambling's or the site is on a domain kits take
    (.vip, .xyz) rather than Indonesia's (.id) or the ones every company takes (.com): a department's own services
    are named with a number or a booking's "slot" too (e-pajak24.id, loker123.id, bekasi112.id, slotparkir.id)."""
    if any(hijack.gambling_site(link.href) for link in promoted):
        return True
    if not any(hijack.branded_site(link.href) for link in promoted):
        return False
    if not domain.endswith(_COMPANIES_DOMAINS):
        return True
    addresses = {link.href for link in promoted}
    worded = [link.text for link in (*promoted, *other.image_links) if link.href in addresses]
    return any(match.kind in _NAMED for match in matches(" ".join(worded)[:_MAX_TEXT]))


def _button(link: Link) -> str:
    """Return "up" for a link that signs up (its text's first word, or a word of its path: "DAFTAR", "/register"),
    "in" for one that logs in ("LOGIN", "/login"), or ""."""
    first = link.text.strip().partition(" ")[0].lower()
    words = {first, *_PATH_WORD.findall(urlsplit(link.href).path.lower())}
    return "up" if words & _SIGN_UP else "in" if words & _LOG_IN else ""


def _named(page: Page) -> set[str]:
    """Return the addresses the page's links lead to, wherever they are."""
    return {link.href for link in (*page.links, *page.hidden_links, *page.tail_links, *page.image_links)}


def _domains(host: str, links: Iterable[Link]) -> list[str]:
    """Return the domains of the sites outside ``host`` and the government's that ``links`` lead to, in order."""
    away = [Pointer("link", link.href) for link in links if host not in unquote(link.href).lower()]
    return list(dict.fromkeys(_domain(p.href) for p in hijack.foreign(host, away)))


def _run(host: str, links: Sequence[Link], fresh: set[str], known: set[str]) -> list[str]:
    """Return the domains of the longest run of ``links`` to ``fresh`` addresses on sites outside ``host`` and the
    government's, that are not ``known`` nor a platform's; not a share button's (it names the page's host)."""
    shared = [Pointer("link", href) for href in fresh if host not in unquote(href).lower()]
    away = {p.href for p in hijack.foreign(host, shared)}
    longest: list[str] = []
    run: list[str] = []
    for link in links:
        domain = _domain(link.href) if link.href in away else ""
        run = [*run, domain] if domain and domain not in known and domain not in _PLATFORMS else []
        longest = max(longest, list(dict.fromkeys(run)), key=len)
    return longest


def _pointed_only(seen: Observed, page: Page, other: Page) -> list[Pointer]:
    """Return the foreign AMP versions, refreshes, redirects (and refreshes to a gambling page) the other view
    names and the browser's page does not (the AMP hijack as it is mostly done: for Googlebot alone)."""
    if other is page or not other.pointers:
        return []
    shown = {p.href for p in hijack.hijacking(seen.host, page.pointers)}
    return [p for p in _hijacking(seen.host, page, other) if p.href not in shown]


def _hijacking(host: str, page: Page, other: Page) -> list[Pointer]:
    """Return the hijacking pointers of the other view; those of a page on another site, where the server's
    redirect sent the view (``content.fetch_page``), are judged as that site's, after the redirect itself."""
    sent, *rest = other.pointers
    if sent.kind != "redirect":
        return hijack.hijacking(host, other.pointers)
    if hijack.to_app_store(sent):  # the store's page: its canonical and scripts are the store's
        return []
    away = hijack.hijacking(host, [sent])
    if away and (_resembles(page, other) or _lighter_template(page, other)):
        away = []  # the department's own page on a host of its vendor's (a mobile site, an app's web version)
    return away + hijack.hijacking(urlsplit(sent.href).hostname or host, rest)


def _addressed_only(seen: Observed, page: Page, other: Page) -> list[str]:
    """Return the addresses on another site that the other view's head gives search engines as the page's own
    (an ``hreflang`` version, its ``og:url``, its short link) where the browser's page names nothing on that site.

    Its canonical and AMP version are pointers; its feeds may live on a feed service, named in every view alike.
    """
    if other is page or (other.pointers and other.pointers[0].kind == "redirect"):
        return []  # a page on another site (``_hijacking``) gives its own addresses
    if not other.head_addresses and not other.dates.json_ld:
        return []
    named = {p.href for p in other.pointers}.union(other.feed_urls)
    given = [*other.head_addresses, *_structured_addresses(other)]
    found = hijack.foreign(seen.host, [Pointer("alternate", a) for a in given if a not in named])
    if not found:
        return []
    mine = (*page.head_addresses, *page.feed_urls, *(link.href for link in page.links), *_structured_addresses(page))
    known = {_domain(a) for a in mine}
    return [p.href for p in found if _domain(p.href) not in known]


def _addressed(other: Page, address: str) -> str:
    return f"{_ADDRESSED if address in other.head_addresses else _STRUCTURED}{address}"


def _structured_addresses(page: Page) -> list[str]:
    """Return the absolute addresses the page's JSON-LD gives search engines as its site's, its page's and its
    publisher's (``url``, ``@id``, ``sameAs``) but its social profiles: a cloaker's Organization is the brand's,
    at the brand's domain."""
    found = (a.strip() for a in json_ld.strings(page.dates.json_ld, _STRUCTURED_KEYS))
    addresses = [a for a in found if a.lower().startswith(("http://", "https://"))][:_MAX_LINKS]
    return [a for a in addresses if _domain(a) not in _PLATFORMS]  # its profiles on the social networks


def _domain(address: str) -> str:
    return registered_domain((urlsplit(address).hostname or "").lower())


def _resembles(page: Page, other: Page) -> bool:
    return resemblance(sketch(page), sketch(other)) >= _SAME_PAGE


def _lighter_template(page: Page, other: Page) -> bool:
    """Tell whether the other view is the department's page in a lighter template (its vendor's mobile site,
    four of the eight news and no sidebar, too few words to resemble the page): its title the site's name in
    the page's title words, and most of the headlines it links to, three at least, the page's own."""
    theirs = set(_TITLE_WORD.findall(other.title.lower()))
    if not theirs or not theirs <= set(_TITLE_WORD.findall(page.title.lower())):
        return False
    headlines = _headlines(other)
    shared = headlines & _headlines(page)
    return len(shared) >= _HEADLINES and 2 * len(shared) > len(headlines)


def _headlines(page: Page) -> set[str]:
    """Return the texts of the page's links that are a headline's (four words at least), squashed and lower case."""
    texts = (" ".join(link.text.lower().split()) for link in page.links[:_MAX_LINKS])
    return {text for text in texts if text.count(" ") >= _HEADLINE_WORDS - 1}


def _finding(code: str, evidence: str, phone: Phone = "Android") -> Finding:
    view, label = _VIEWS[code]
    label = _PHONE_LABELS[phone] if code == "cloaking_seluler" else label
    return Finding(code, "kritis", f"hanya untuk {label}: {evidence}"[:500], view, category=CATEGORY)


_VIEWS = {
    "cloaking_googlebot": ("googlebot", "Googlebot"),
    "cloaking_seluler": ("seluler", "ponsel dari pencarian Google"),
}
# The phone view asks as each by turns: the detail says which one was shown the page.
_PHONE_LABELS: dict[Phone, str] = {
    "Android": "ponsel Android dari pencarian Google",
    "iPhone": "ponsel iPhone dari pencarian Google",
}


CHECK = Check(
    "cloaking",
    CATEGORY,
    ("cloaking_googlebot",),
    judge,
    NoSettings(),
    app_switch="googlebot_check",
    views=frozenset({"googlebot"}),
)
# Its own switch (PANTAU_CHECKER_CHECK_CLOAKING_SELULER): the registry's googlebot_check is about
# Googlebot, which some firewalls refuse; a phone's browser they do not.
MOBILE_CHECK = Check(
    "cloaking_seluler", CATEGORY, ("cloaking_seluler",), judge_mobile, NoSettings(), views=frozenset({"mobile"})
)
