"""The last analysis of each application's page, reused while the page comes back unchanged.

Parsing a page and scanning it for injected terms are most of a check's work, and most checks
find the page as it was. That analysis is a pure function of what was fetched: the body, its
declared type (the charset), the address it came from, the hiding rules of the site's
stylesheets, and the day it is read on in Bekasi (a table of days of data that reaches today is a
machine's, a closing whose first day is ahead is an announcement: on a new day the page is read
again). When all of these are what they were at the application's last check, the last
analysis is the answer; the verdicts that depend on the time (freshness, a certificate's expiry,
the remembered structure) are made again on every check.

The memory is per application: a page is never looked up by its content alone, so that one
application's analysis never answers for another's page.

A page that differs from the last only in the tokens its server writes anew into every answer
(``core.tokens``: anti-forgery tokens, nonces) or in the digits of its server-rendered clock and
visitor counter is unchanged too: what is analysed and compared is the page with those tokens
blanked and those digits zeroed. The page's own bytes are remembered as well, so that a page
that comes back byte for byte is known without reading it for tokens.
"""

from __future__ import annotations

import hashlib
from collections import OrderedDict
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from pantau_contracts.status import Finding

from .core.checks.base import Observed, Switched, judge_all
from .core.css import HidingRules
from .core.page import Page
from .core.tokens import without_tokens


@dataclass(frozen=True)
class Analysis:
    """What a page's analysis gives that depends on the page alone."""

    page: Page
    fingerprint: str


def page_key(
    body: bytes,
    content_type: str,
    url: str,
    sheets: Sequence[HidingRules],
    today: date,
    digest: Callable[[bytes], bytes] | None = None,
) -> Hashable:
    """Return what the analysis of a page depends on, its body as a digest (``digest``'s, where the caller
    has the body's digest already)."""
    return (digest or _sha256)(body), content_type, url, tuple(sheets), today


def _sha256(body: bytes) -> bytes:
    return hashlib.sha256(body).digest()


class UnchangedPages:
    """The last analysis of each of the ``max_entries`` applications checked most recently (0: none kept)."""

    def __init__(self, max_entries: int = 1000) -> None:
        self._max = max(0, max_entries)
        self._kept: OrderedDict[str, tuple[Hashable, Analysis]] = OrderedDict()
        self._bytes: dict[str, Hashable] = {}  # the key of the page as fetched, where something was blanked
        self.reused = 0  # analyses answered from the memory, for operators and tests

    @property
    def keeps(self) -> bool:
        """Whether any analysis is kept (with none, a page's key is not worth computing)."""
        return self._max > 0

    def page_analysis(
        self,
        app_id: str,
        body: bytes,
        context: tuple[str, str, Sequence[HidingRules], date],
        analyse: Callable[[bytes], Analysis],
        steady: Callable[[], bytes] | None = None,
        digest: Callable[[bytes], bytes] | None = None,
    ) -> Analysis:
        """Return the application's last analysis when ``body`` is its last page but for its tokens, clocks
        and counters; otherwise ``analyse`` the body with those blanked (``core.tokens``), and keep that.

        ``context``: the page's declared type, address, stylesheets' rules and day (``page_key``). ``steady``:
        the body blanked so, where the caller has it (``without_tokens`` of it by default). ``digest``: of a
        body, where the caller digests the page for something else too (``page_key``).
        """
        fetched = page_key(body, *context, digest)
        kept = self._kept.get(app_id)
        if kept is not None and self._bytes.get(app_id, kept[0]) == fetched:
            return self.analysis(app_id, kept[0], _unused)
        masked = steady() if steady is not None else without_tokens(body, ticking=True)
        key = fetched if masked is body else page_key(masked, *context, digest)
        found = self.analysis(app_id, key, lambda: analyse(masked))
        if key != fetched and app_id in self._kept:
            self._bytes[app_id] = fetched
        else:
            self._bytes.pop(app_id, None)
        return found

    def analysis(self, app_id: str, key: Hashable, analyse: Callable[[], Analysis]) -> Analysis:
        """Return the application's last analysis when ``key`` is its last key; otherwise analyse and keep it."""
        kept = self._kept.get(app_id)
        if kept is not None and kept[0] == key:
            self._kept.move_to_end(app_id)
            self.reused += 1
            return kept[1]
        fresh = analyse()
        if self._max:
            self._kept[app_id] = (key, fresh)
            self._kept.move_to_end(app_id)
            while len(self._kept) > self._max:
                self._bytes.pop(self._kept.popitem(last=False)[0], None)
        return fresh


class UnchangedJudgements:
    """The findings of each check at the last attempt of each of the ``max_entries`` applications checked most recently
    (0: none kept), given again while an attempt observes what the last one did.

    The checks are pure judgements of what an attempt observed (``core.checks.base.Check``), and a page reused from
    ``UnchangedPages`` is the very object judged before: where an attempt observes the same page (by identity: a
    page's equality would read it whole) and the same application, certificate, sitemap and remembered structure (by
    equality), each check is judged as it was at the last attempt. The extra views (and the phone that asked) are
    read only by the checks that ask for them (``Check.views``): those are judged again where the views differ (an
    attempt that fetched them, then one that repeats their findings). A check that failed on the page is logged
    once, not again.
    """

    def __init__(self, max_entries: int = 1000) -> None:
        self._max = max(0, max_entries)
        self._kept: OrderedDict[str, tuple[Observed, Sequence[Switched[Any]], tuple[tuple[Finding, ...], ...]]] = (
            OrderedDict()
        )
        self.reused = 0  # checks' findings given again, for operators and tests

    def findings(self, setups: Sequence[Switched[Any]], seen: Observed) -> tuple[Finding, ...]:
        """Return the findings of the checks ``setups`` on what an attempt of ``seen.app`` observed (``judge_all``),
        each check's of the last attempt where it judges what that attempt observed."""
        kept = self._kept.get(seen.app.id)
        same_page = kept is not None and kept[1] is setups and same_observed(kept[0], seen, views=False)
        same_views = same_page and same_observed(kept[0], seen)  # type: ignore[index]
        each = []
        for at, setup in enumerate(setups):
            if same_views or (same_page and not setup.check.views):
                each.append(kept[2][at])  # type: ignore[index]
                self.reused += 1
            else:
                each.append(judge_all((setup,), seen))
        if self._max and seen.page is not None:  # an attempt without a page is judged at little cost
            self._kept[seen.app.id] = (seen, setups, tuple(each))
            self._kept.move_to_end(seen.app.id)
            while len(self._kept) > self._max:
                self._kept.popitem(last=False)
        else:
            self._kept.pop(seen.app.id, None)
        return tuple(finding for found in each for finding in found)


def same_observed(one: Observed, other: Observed, views: bool = True) -> bool:
    """Return whether two attempts observed the same: their pages the same objects, the rest equal; unless ``views``,
    whatever their extra views and the phone that asked for one."""
    same_views = not views or (
        one.googlebot_page is other.googlebot_page and one.mobile_page is other.mobile_page and one.phone == other.phone
    )
    return (
        one.page is other.page
        and same_views
        and one.sitemap_urls == other.sitemap_urls
        and one.tls == other.tls
        and one.baseline == other.baseline
        and one.app == other.app
    )


def _unused() -> Analysis:
    raise AssertionError("a kept analysis is reused, not made")
