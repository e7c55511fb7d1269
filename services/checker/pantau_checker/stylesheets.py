"""The hiding rules of the stylesheets a page links from its own host, fetched a few at a time.

Spam is hidden with a class that a stylesheet of the site hides. The checker reads at most
``MAX_SHEETS`` stylesheets of a page (``css.stylesheet_urls``: those its ``<style>`` imports, its theme's,
the others from the last it links, the known libraries' last) and the few each imports from the site, at most
``css.MAX_CSS_CHARS`` of each and ``MAX_CHARS_READ`` of them all at one check (the rest at the next), and keeps
their rules in this process for ``ttl``, so that the frequent checks do not fetch them every time. A
stylesheet that cannot be read keeps the rules read before; one never read counts as hiding
nothing. Rules are also kept by the stylesheet's content: sites of one theme or vendor serve the
same bytes from their own addresses, and reading the rules costs far more than the request.

A stylesheet only ever moves a part of the page from "visible" to "hidden" in the gambling and
defacement scan, so the stylesheets of a page that mentions none of the listed words
(``term_scan.mentions``) are not read at all: most pages, on their first check and every half
hour after. Which pages mention none is kept by their content for ``ttl``: by the digest of their
bytes, and of their steady bytes (their new tokens and clock blanked).
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import chain
from typing import TypeVar

from .core.css import MAX_CSS_CHARS, HidingRules, hiding_rules, imported_urls, stylesheet_urls
from .core.literals import Markup
from .core.term_scan import read_for_words
from .http import FetchError, Session
from .memo import once

# A WordPress site links a dozen sheets (its theme's, each plugin's), a CodeIgniter or Joomla one nine: an
# injected rule may be in any of them.
MAX_SHEETS = 12
MAX_CHARS_READ = 1_000_000  # of the sheets fetched at one check: those beyond are fetched at the next
K = TypeVar("K")
V = TypeVar("V")
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class _Kept:
    rules: tuple[HidingRules, ...]  # the sheet's, then its imports'
    until: float


class StylesheetCache:
    """Hiding rules of stylesheets by address, each kept for ``ttl_s`` seconds."""

    def __init__(
        self, ttl_s: float = 1800.0, max_entries: int = 2000, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self._ttl_s = ttl_s
        self._max_entries = max_entries
        self._clock = clock
        self._kept: dict[str, _Kept] = {}
        self._by_content: dict[bytes, HidingRules] = {}  # by a digest of the stylesheet read
        self._unmentioning: dict[bytes, float] = {}  # digests of pages that mention no listed word, until
        self._bare: dict[bytes, float] = {}  # of those, the digests of pages that hold none at all, until
        self._linked: dict[str, tuple[bytes, tuple[str, ...]]] = {}  # by a page's address: its digest, its sheets
        self.skipped = 0  # pages whose stylesheets were not read, for operators and tests

    async def rules_for(
        self,
        session: Session,
        html: str | Callable[[], tuple[str, Markup | None]],
        page_url: str,
        digests: Iterable[bytes] = (),
        markup: Markup | None = None,
    ) -> tuple[HidingRules, ...]:
        """Return the hiding rules of the stylesheets the page links from its own host.

        The stylesheets not kept are read only for a page that mentions a listed word. ``html``: the page's text,
        or a function that returns it and its ``markup`` (called once, and only where the page must be read: the
        same bytes again link the same sheets). ``digests``: of the page as fetched, its type included
        (``page_digest``), then of the page as it is every time (its new tokens blanked), each computed only when
        the one before is not known; by default, one of ``html``. ``markup``: ``html``'s, where the caller has it.
        """
        text = once(html) if callable(html) else lambda: (html, markup)
        digests = iter(digests)
        first = next(digests, None)
        urls = self._linked_by(page_url, first, text)
        now = self._clock()
        fetched = () if first is None else (first,)
        if any(not self._fresh(url, now) for url in urls) and not self._worth_reading(
            text, now, chain(fetched, digests)
        ):
            self.skipped += 1
            return ()
        found = []
        left = MAX_CHARS_READ
        for url in urls:
            sheets, read = await self._rules(session, url, page_url, fetch=left > 0)
            left -= read
            found += [rules for rules in sheets if rules.selectors]
        return tuple(found)

    def _linked_by(
        self, page_url: str, digest: bytes | None, text: Callable[[], tuple[str, Markup | None]]
    ) -> tuple[str, ...]:
        """Return the stylesheets the page at ``page_url`` links (``css.stylesheet_urls``), read again only where its
        bytes are not those of the digest ``digest`` of its last reading (kept per address, the last alone)."""
        kept = self._linked.get(page_url)
        if digest is not None and kept is not None and kept[0] == digest:
            return kept[1]
        html, markup = text()
        urls = tuple(stylesheet_urls(html, page_url, MAX_SHEETS, markup))
        if digest is not None:
            _keep(self._linked, page_url, (digest, urls), self._max_entries)
        return urls

    def holds_none(self, digest: bytes) -> bool:
        """Whether the page whose bytes as fetched have the digest ``digest`` (``page_digest``) is known now to hold no
        listed word at all (``term_scan.holds_none`` of its text), as ``rules_for`` read it at this check or kept it
        from an earlier one. Known by those bytes alone: a page known only by its steady bytes (its new tokens
        blanked) is not, its tokens may spell anything."""
        until = self._bare.get(digest)
        return until is not None and until > self._clock()

    def _fresh(self, url: str, now: float) -> bool:
        kept = self._kept.get(url)
        return kept is not None and kept.until > now

    def _worth_reading(
        self, text: Callable[[], tuple[str, Markup | None]], now: float, digests: Iterable[bytes]
    ) -> bool:
        """Whether the page mentions a listed word, and so has a part a stylesheet may hide."""
        seen = []
        for digest in digests:
            until = self._unmentioning.get(digest)
            if until is not None and until > now:
                return False
            seen.append(digest)
        html = text()[0]
        mentioned, bare = read_for_words(html)  # ``term_scan.mentions``, ``holds_none``
        if mentioned:
            return True
        # Each digest: the same bytes again are known by the first, and their steady digest is not
        # computed; bytes with new tokens are known by the last, the steadiest.
        for digest in seen or [hashlib.sha256(html.encode("utf-8", "surrogatepass")).digest()]:
            _keep(self._unmentioning, digest, now + self._ttl_s, self._max_entries)
            if bare:
                _keep(self._bare, digest, now + self._ttl_s, self._max_entries)
        return False

    async def _rules(
        self, session: Session, url: str, page_url: str, fetch: bool = True
    ) -> tuple[tuple[HidingRules, ...], int]:
        """Return the hiding rules of the stylesheet at ``url``, then those of the sheets it imports from the page's
        host (one level: a theme's ``@import url("parts/footer.css")``), and the characters fetched for them.
        Unless ``fetch``, a sheet not kept is not fetched, nor kept: a later check reads it."""
        now = self._clock()
        kept = self._kept.get(url)
        if kept is not None and (kept.until > now or not fetch):
            return kept.rules, 0
        if not fetch:
            return (), 0
        css = await _css(session, url)
        read = len(css or "")
        if css is None:
            rules = kept.rules if kept is not None else (HidingRules(),)
        else:
            rules = (self._read(css),)
            for imported in imported_urls(css, url, page_url) if "@import" in css else ():
                more = await _css(session, imported)
                read += len(more or "")
                rules += (self._read(more),) if more is not None else ()
        _keep(self._kept, url, _Kept(rules, now + self._ttl_s), self._max_entries)
        return rules, read

    def _read(self, css: str) -> HidingRules:
        """Return the hiding rules of ``css``, read once per content."""
        digest = hashlib.blake2b(css.encode("utf-8", "surrogatepass"), digest_size=16).digest()
        rules = self._by_content.get(digest)
        if rules is None:
            rules = hiding_rules(css)
            _keep(self._by_content, digest, rules, self._max_entries)
        return rules


def page_digest(body: bytes, content_type: str) -> bytes:
    """Return a digest of a page as fetched: its bytes, and the type they are decoded by."""
    # Digesting the bytes costs less than encoding the decoded text again to digest it.
    digest = hashlib.sha256(content_type.encode("utf-8", "surrogateescape") + b"\0")
    digest.update(body)
    return digest.digest()


def _keep(entries: dict[K, V], key: K, value: V, max_entries: int) -> None:
    """Store ``value`` as the newest entry, forgetting the oldest when ``entries`` is full."""
    if len(entries) >= max_entries:
        entries.pop(next(iter(entries)))
    entries.pop(key, None)
    entries[key] = value


async def _css(session: Session, url: str) -> str | None:
    try:
        answer = await session.fetch(url, headers={"Accept": "text/css,*/*;q=0.1"})
    except FetchError as exc:
        log.info("stylesheet %s not read: %s", url, exc)
        return None
    if answer.status >= 400 or "html" in answer.headers.get("content-type", "").lower():
        return None  # an error page, or a "not found" page served with 200
    return answer.body[: MAX_CSS_CHARS * 2].decode("utf-8", errors="replace")[:MAX_CSS_CHARS]
