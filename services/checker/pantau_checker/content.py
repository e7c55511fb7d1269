"""What the checker reads of a page besides its status: the parsed page, freshness evidence
(page dates, Last-Modified, feed, sitemap) and the fingerprint of its main content.

The decisions are the pure core's; this module only fetches what they need.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime
from typing import TypeVar
from urllib.parse import urlsplit

import htmldate

from pantau_common.registry.model import AppSpec

from .core import freshness
from .core.page import Page, parse_page
from .http import FetchError, FetchResult, Session

T = TypeVar("T")
log = logging.getLogger(__name__)


@dataclass
class Content:
    """What the content analysis gathered; ``analysed`` only when all of it could be read."""

    page: Page | None = None
    evidence: list[freshness.Evidence] = field(default_factory=list)
    sitemap_urls: tuple[str, ...] = ()
    fingerprint: str | None = None
    analysed: bool = False


async def read_content(session: Session, app: AppSpec, main: FetchResult, now: datetime) -> Content:
    """Parse the page and gather its freshness evidence; keep what was read if a step fails."""
    content = Content()
    # A hostile or broken page must never lose the availability result.
    try:
        await _gather(session, app, main, now, content)
    except Exception:
        log.exception("content analysis of %s failed", app.id)
        content.analysed = False
    return content


async def fetch_page(session: Session, url: str) -> Page | None:
    """Return the page at ``url`` parsed, or None when it is not a readable HTML page."""
    try:
        answer = await session.fetch(url)
    except FetchError:
        return None
    if answer.status >= 400 or not answer.is_html:
        return None
    return parse_page(answer.text(), answer.final_url)


async def _gather(session: Session, app: AppSpec, main: FetchResult, now: datetime, content: Content) -> None:
    html = main.text()
    content.page = parse_page(html, main.final_url)
    content.evidence = await _evidence(session, app, main, content.page, html, now)
    sitemap = await _sitemap(session, app, main, content.evidence)
    content.evidence += _opt(freshness.newest("sitemap", sitemap.lastmods, now))
    content.sitemap_urls = sitemap.urls
    content.fingerprint = freshness.fingerprint(content.page.main_text)
    content.analysed = True


async def _evidence(
    session: Session, app: AppSpec, main: FetchResult, page: Page, html: str, now: datetime
) -> list[freshness.Evidence]:
    found = [
        freshness.newest("page_date", _page_dates(page, html), now),
        freshness.newest("last_modified", _opt(freshness.http_date(main.headers.get("last-modified"))), now),
    ]
    feed = app.setting("feed_url", None) or (page.feed_urls[0] if page.feed_urls else None)
    if feed:
        found.append(freshness.newest("feed", freshness.feed_dates(await _body(session, feed)), now))
    return [e for e in found if e is not None]


async def _sitemap(
    session: Session, app: AppSpec, main: FetchResult, evidence: list[freshness.Evidence]
) -> freshness.Sitemap:
    url = app.setting("sitemap_url", None)
    if url is None and (not evidence or app.setting("sitemap_always", False)):
        url = "{0.scheme}://{0.netloc}/sitemap.xml".format(urlsplit(main.final_url))
    if not url:
        return freshness.Sitemap((), ())
    return freshness.read_sitemap(await _body(session, url))


def _page_dates(page: Page, html: str) -> list[datetime]:
    dates = freshness.dates_in_text(page.main_text)
    dates += [d for d in (freshness.parse_date(v) for v in page.time_values) if d]
    if not dates:
        dates += _opt(_htmldate(html))
    return dates


def _htmldate(html: str) -> datetime | None:
    try:
        found = htmldate.find_date(html, extensive_search=False, original_date=False, outputformat="%Y-%m-%d")
    except (ValueError, TypeError):
        return None
    return freshness.parse_date(found) if found else None


async def _body(session: Session, url: str) -> bytes:
    try:
        result = await session.fetch(url)
    except FetchError:
        return b""
    return result.body if result.status < 400 else b""


def _opt(value: T | None) -> list[T]:
    return [value] if value is not None else []
