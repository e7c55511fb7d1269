"""What the checker reads of a page besides its status: the parsed page, freshness evidence
(page dates, metas, JSON-LD, Last-Modified, feed, the WordPress API, sitemap) and the fingerprint
of its main content.

The decisions are the pure core's; this module only fetches what they need, and fetches the
WordPress API and the sitemap only when the page itself left the question open (or on a thorough
check, which reads on to the sitemaps robots.txt names and an index lists), to keep the requests per
check few. A page that comes back unchanged is not analysed again (``unchanged``); its freshness
evidence, relative to the time, is read anew every check.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import TypeVar
from urllib.parse import urljoin, urlsplit

from pantau_common.registry.model import AppSpec

from .core import freshness, sitemaps
from .core.checks.defacement import unmentioned
from .core.css import HidingRules
from .core.dates import wib_day
from .core.literals import Markup
from .core.page import Page, Pointer, parse_page, sent_away, with_link_header, with_refresh_header
from .core.tokens import without_tokens
from .http import FetchError, FetchResult, Session
from .memo import once
from .stylesheets import StylesheetCache, page_digest
from .unchanged import Analysis, UnchangedPages

_WP_API_LINK = re.compile(r"<([^<>]{1,500})>\s*;\s*rel\s*=\s*\"?https://api\.w\.org/\"?", re.IGNORECASE)
_LINK_HEADER_CHARS = 4000

T = TypeVar("T")
log = logging.getLogger(__name__)


@dataclass
class Content:
    """What the content analysis gathered; ``analysed`` only when all of it could be read."""

    page: Page | None = None
    evidence: list[freshness.Evidence] = field(default_factory=list)
    sitemap_urls: tuple[str, ...] = ()
    sitemap_read: bool = False  # whether the sitemap was asked for (its addresses, if any, are what it lists)
    fingerprint: str | None = None
    analysed: bool = False


async def read_content(
    session: Session,
    app: AppSpec,
    main: FetchResult,
    now: datetime,
    styles: StylesheetCache | None = None,
    pages: UnchangedPages | None = None,
) -> Content:
    """Parse the page and gather its freshness evidence; keep what was read if a step fails.

    ``styles`` reads the hiding rules of the site's stylesheets; without it only the page's own count.
    ``pages`` keeps the application's last analysis, reused while the page is unchanged.
    """
    content = Content()
    # A hostile or broken page must never lose the availability result.
    try:
        await _gather(session, app, main, now, content, styles, pages)
    except Exception:
        log.exception("content analysis of %s failed", app.id)
        content.analysed = False
    return content


async def fetch_page(
    session: Session, url: str, today: date, known: tuple[FetchResult, Page] | None = None
) -> Page | None:
    """Return the page at ``url`` parsed on ``today`` (the check's day), or None when it is not a readable HTML page.

    ``known`` is a page fetched and parsed before: when the answer is that fetch's bytes (but for its
    tokens, its clock and its visitor counter), of the same type from the same address, its page is the
    answer, not parsed again. A redirect to another site that answers no readable page is its address
    alone (``_sent_away``): a view sent away is cloaking, whether or not the site it went to answers us. A
    redirect to another site that answers a page is that page with the address it was sent to first among its
    pointers (``_landed``): the page is the other site's, and what it points to is judged as the other site's.
    """
    try:
        answer = await session.fetch(url)
    except FetchError as failed:
        return _sent_away(failed.redirected_to, url, known)
    if answer.status >= 400 or not answer.is_html:
        return _sent_away(answer.final_url if answer.redirects else None, url, known)
    if known is not None and _same_page(answer, known[0]):
        return known[1]
    html, utf8 = answer.text_and_utf8()
    page = parse_page(html, answer.final_url, markup=Markup(html, utf8), today=today)
    page = with_refresh_header(page, _refresh(answer), answer.final_url)
    page = with_link_header(page, _link(answer), answer.final_url)
    return _landed(page, answer, url, known)


def _landed(
    page: Page, answer: FetchResult, url: str, known: tuple[FetchResult, Page] | None, kind: str = "redirect"
) -> Page:
    """Return ``page`` with the address a redirect sent the fetch of ``url`` to first among its pointers (a
    ``Pointer`` "redirect", as ``page.sent_away`` makes; of ``kind`` "moved" for the application's page itself),
    when it led off the page's own hosts."""
    if not answer.redirects or not _left(answer.final_url, url, known):
        return page
    return replace(page, pointers=(Pointer(kind, answer.final_url), *page.pointers))


def _sent_away(address: str | None, url: str, known: tuple[FetchResult, Page] | None) -> Page | None:
    """Return where a redirect sent the fetch of ``url``, as a page of nothing else (``page.sent_away``), when it
    led to another site than the page's and no page could be read there (a phone sent to a gambling site that
    refuses the checker, or does not answer); None when it did not leave the page's own hosts."""
    return sent_away(address) if address and _left(address, url, known) else None


def _left(address: str, url: str, known: tuple[FetchResult, Page] | None) -> bool:
    """Return whether ``address`` is off the hosts of ``url`` and of the page fetched before (``known``)."""
    hosts = {_bare_host(url), _bare_host(known[0].final_url) if known is not None else ""}
    return _bare_host(address) not in hosts


def _same_page(answer: FetchResult, other: FetchResult) -> bool:
    # What a page depends on (the charset comes with the type, links resolve against the address);
    # the tokens a server writes anew into every answer, and its clock and visitor counter, are not
    # part of it (``core.tokens``): the analysis leaves the clock and the counter out of the content.
    ctype = "content-type"
    return (
        (answer.body == other.body or _steady(answer.body) == _steady(other.body))
        and answer.final_url == other.final_url
        and answer.headers.get(ctype) == other.headers.get(ctype)
        and _refresh(answer) == _refresh(other)
        and _link(answer) == _link(other)
    )


def _digests(page: FetchResult, steady: Callable[[], bytes], digest: Callable[[bytes], bytes]) -> Iterator[bytes]:
    """Yield a digest of the page as fetched, then of it with its new tokens, clock and counter blanked."""
    yield digest(page.body)
    if steady() is not page.body:
        yield digest(steady())


def _digest_once(kind: str) -> Callable[[bytes], bytes]:
    """Return ``page_digest`` of a body of type ``kind``, each body's made once a check: the stylesheets' reading
    and the key of an unchanged page both ask for the page's, and for that of the page with its tokens blanked."""
    done: list[tuple[bytes, bytes]] = []

    def digest(body: bytes) -> bytes:
        for seen, found in done:
            if seen is body:
                return found
        found = page_digest(body, kind)
        done.append((body, found))
        return found

    return digest


def _steady(body: bytes) -> bytes:
    return without_tokens(body, ticking=True)


def _link(answer: FetchResult) -> str:
    # The versions of the page the server names to search engines (its canonical): pointers of the page.
    header: str = answer.headers.get("link", "")
    return header


def _refresh(answer: FetchResult) -> str:
    # A redirect the server asks of a browser on a page it answers with (not a 3xx): a pointer of the page.
    header: str = answer.headers.get("refresh", "")
    return header


async def _gather(
    session: Session,
    app: AppSpec,
    main: FetchResult,
    now: datetime,
    content: Content,
    styles: StylesheetCache | None,
    pages: UnchangedPages | None,
) -> None:
    # Decoded once a check, if at all: a page that comes back unchanged is neither read for its stylesheets nor
    # analysed again. Its markup's signs are sought by the stylesheets' reading and the page's.
    decoded = once(lambda: _decoded(main))
    steady = once(lambda: _steady(main.body))  # the search for tokens runs once a check, if at all
    digest = _digest_once(main.headers.get("content-type", ""))
    if styles is not None:
        sheets = await styles.rules_for(session, decoded, main.final_url, _digests(main, steady, digest))
    else:
        sheets = ()
    # Known of these bytes by the stylesheets' reading: the defacement scan leaves out what they spell as they are.
    bare = styles is not None and not sheets and styles.holds_none(digest(main.body))
    analysis = _analysis(app, main, decoded, sheets, pages, steady, digest, wib_day(now), bare)
    # Not part of the analysis kept while the page is unchanged: the header may change without the body, and
    # the server's redirect without either. A redirect off the application's hosts puts another site in its
    # place, as a refresh to it would: judged as the views' is (``_landed``).
    page = with_refresh_header(analysis.page, _refresh(main), main.final_url)
    page = with_link_header(page, _link(main), main.final_url)
    content.page = _landed(page, main, app.url, None, "moved")
    content.evidence = await _evidence(session, app, main, content.page, now)
    sitemap = await _sitemap(session, app, main, content.evidence)
    if sitemap is not None:
        content.evidence += _opt(
            freshness.newest("sitemap", freshness.unstamped(freshness.of_entries(sitemap.lastmods), now), now)
        )
        content.sitemap_urls, content.sitemap_read = sitemap.urls, True
    content.fingerprint = analysis.fingerprint
    content.analysed = True


def _decoded(main: FetchResult) -> tuple[str, Markup]:
    html, utf8 = main.text_and_utf8()
    return html, Markup(html, utf8)


def _analysis(
    app: AppSpec,
    main: FetchResult,
    decoded: Callable[[], tuple[str, Markup]],
    sheets: tuple[HidingRules, ...],
    pages: UnchangedPages | None,
    steady: Callable[[], bytes],
    digest: Callable[[bytes], bytes],
    today: date,
    bare: bool = False,
) -> Analysis:
    def analyse(body: bytes) -> Analysis:
        # The body with its tokens blanked (``unchanged``) is decoded as the page itself was. ``bare``: the page as
        # fetched holds no listed word (``StylesheetCache.holds_none``).
        if body is main.body:
            html, markup = decoded()
            page = parse_page(html, main.final_url, sheets, markup, today=today)
            if bare:
                unmentioned(page, main.final_url)
        else:
            page = parse_page(replace(main, body=body).text(), main.final_url, sheets, today=today)
        return Analysis(page, freshness.fingerprint(page.main_text))

    if pages is None or not pages.keeps:  # `pantau-checker once`: each page is seen once
        return analyse(main.body)
    return pages.page_analysis(
        app.id,
        main.body,
        (main.headers.get("content-type", ""), main.final_url, sheets, today),
        analyse,
        steady,
        digest,
    )


async def _evidence(
    session: Session, app: AppSpec, main: FetchResult, page: Page, now: datetime
) -> list[freshness.Evidence]:
    found = freshness.page_evidence(
        page, now, main.headers.get("last-modified"), urlsplit(main.final_url).hostname or ""
    )
    feed = app.setting("feed_url", None) or (page.feed_urls[0] if page.feed_urls else None)
    if feed:
        entries = freshness.unstamped(freshness.of_entries(freshness.feed_dates(await _body(session, feed))), now)
        found = freshness.without_belied_years(found, entries, every_badge=True)
        found += _opt(freshness.newest("feed", entries, now))
    posts = _wp_posts_to_ask(app, main, page, found, now)
    if posts:
        listed = freshness.wp_posts_dates(await _body(session, posts))
        found = freshness.without_belied_years(found, listed)
        found += _opt(freshness.newest("wp_json", listed, now))
    return found


def _wp_posts_to_ask(
    app: AppSpec, main: FetchResult, page: Page, found: list[freshness.Evidence], now: datetime
) -> str | None:
    """Return the WordPress posts address to ask, when the page advertises one and left freshness open: in its
    ``<link rel="https://api.w.org/">``, or in the ``Link`` header WordPress sends with every page (a theme or a
    plugin that removes the tag leaves it)."""
    root = page.dates.wp_api or _wp_api_linked(main.headers.get("link", ""), main.final_url)
    if not root or _bare_host(root) != _bare_host(main.final_url):
        return None
    # A date whose year was guessed (a calendar badge) settles nothing: the API has the year.
    dated = [e for e in found if not e.year_guessed]
    settled = freshness.decide(dated, now, app.max_age_days).result == "update"
    return None if settled and not app.setting("sitemap_always", False) else freshness.wp_posts_url(root)


def _wp_api_linked(header: str, url: str) -> str | None:
    """Return the WordPress REST API root a ``Link`` header names (``<https://…/wp-json/>; rel="https://api.w.org/"``)."""
    found = _WP_API_LINK.search(header[:_LINK_HEADER_CHARS])
    return urljoin(url, found.group(1).strip()) if found else None


async def _sitemap(
    session: Session, app: AppSpec, main: FetchResult, evidence: list[freshness.Evidence]
) -> freshness.Sitemap | None:
    """Return what the sitemaps list, or None where this check does not ask for them."""
    url = app.setting("sitemap_url", None)
    thorough = app.setting("sitemap_always", False)
    if url is None and (all(e.year_guessed for e in evidence) or thorough):
        url = "{0.scheme}://{0.netloc}/sitemap.xml".format(urlsplit(main.final_url))
    if not url:
        return None
    xml, read_at = await _sitemap_xml(session, url)
    found = freshness.read_sitemap(xml)
    # Where it was read, after its redirects: WordPress's /sitemap.xml is its /wp-sitemap.xml, which its
    # robots.txt names, and which is not read again.
    return await _sitemaps_further(session, read_at, found) if thorough else found


async def _sitemaps_further(session: Session, first_url: str, first: freshness.Sitemap) -> freshness.Sitemap:
    """Read on from the first sitemap where an intruder's pages hide, on a thorough check (once a round): the
    sitemaps the site's robots.txt names and those an index lists, a bounded few on the site's own host, the
    robots.txt's first. A sitemap robots.txt names on another host is an address to judge, not the site's dates.
    """
    origin = urlsplit(first_url)
    robots = sitemaps.named_in_robots(await _body(session, f"{origin.scheme}://{origin.netloc}/robots.txt"), first_url)
    further = sitemaps.further(first_url, robots, first.urls)
    lastmods, urls = [*first.lastmods], [*further.foreign]
    for url in further.own:
        more = freshness.read_sitemap((await _sitemap_xml(session, url))[0])
        lastmods += more.lastmods
        urls += more.urls
    return freshness.Sitemap(tuple(lastmods), (*urls, *first.urls))


def _bare_host(url: str) -> str:
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.")


async def _body(session: Session, url: str) -> bytes:
    try:
        result = await session.fetch(url)
    except FetchError:
        return b""
    return result.body if result.status < 400 else b""


async def _sitemap_xml(session: Session, url: str) -> tuple[bytes, str]:
    """Return a sitemap's XML, unpacked where it is a gzipped file, and the address it was read at."""
    try:
        result = await session.fetch(url)
    except FetchError:
        return b"", url
    return (sitemaps.unpacked(result.body) if result.status < 400 else b""), result.final_url


def _opt(value: T | None) -> list[T]:
    return [value] if value is not None else []
