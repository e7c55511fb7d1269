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
answered no page to read (a gambling site behind a challenge, or gone: ``content.fetch_page``).
"""

from __future__ import annotations

from collections.abc import Iterable

from pantau_contracts.status import Finding
from pantau_contracts.vocabulary import Category

from ..page import Page
from . import hijack
from .base import Check, NoSettings, Observed
from .defacement import scan

CATEGORY: Category = "keamanan"
# Where a finding is the same in a page parsed with its stylesheets and without them.
_UNMOVED = frozenset({"title", "meta", "head", "script"})


def gambling_terms(findings: Iterable[Finding]) -> set[str]:
    """Return the code@location of every gambling or defacement finding, for comparison."""
    return {f"{f.code}@{f.location}" for f in findings if f.code in ("judi_online", "defacement")}


def compare(
    browser: tuple[Finding, ...], other: tuple[Finding, ...], code: str = "cloaking_googlebot"
) -> tuple[Finding, ...]:
    """Flag cloaking when the other view shows gambling content the browser fetch does not."""
    shown_to_browser = gambling_terms(browser)
    shown_to_other = gambling_terms(other) - shown_to_browser
    if shown_to_browser:
        shown_to_other = {term for term in shown_to_other if term.partition("@")[2] in _UNMOVED}
    if not shown_to_other:
        return ()
    evidence = "; ".join(f.evidence for f in other if f"{f.code}@{f.location}" in shown_to_other)
    view, label = _VIEWS[code]
    return (Finding(code, "kritis", f"hanya untuk {label}: {evidence}"[:500], view, category=CATEGORY),)


def judge(seen: Observed, settings: NoSettings) -> tuple[Finding, ...]:
    """Compare the page as Googlebot gets it with the page as a browser gets it."""
    return _judged(seen, seen.googlebot_page, "cloaking_googlebot")


def judge_mobile(seen: Observed, settings: NoSettings) -> tuple[Finding, ...]:
    """Compare the page as a phone's browser gets it with the page as a desktop browser gets it."""
    return _judged(seen, seen.mobile_page, "cloaking_seluler")


def _judged(seen: Observed, other: Page | None, code: str) -> tuple[Finding, ...]:
    if seen.page is None or other is None:
        return ()
    found = scan(other)
    # The common case, a clean page for the other view, costs one scan only.
    cloaked = compare(scan(seen.page), found, code) if gambling_terms(found) else ()
    return cloaked or _pointed_only(seen, seen.page, other, code)


def _pointed_only(seen: Observed, page: Page, other: Page, code: str) -> tuple[Finding, ...]:
    """Flag cloaking when the other view names a foreign AMP version or refresh (or a refresh to a gambling
    page) the browser's page does not (the AMP hijack as it is mostly done: for Googlebot alone)."""
    if other is page or not other.pointers:
        return ()
    shown = set(hijack.hijacking(seen.host, page.pointers))
    only = [p for p in hijack.hijacking(seen.host, other.pointers) if p not in shown]
    if not only:
        return ()
    view, label = _VIEWS[code]
    return (Finding(code, "kritis", f"hanya untuk {label}: {hijack.described(only)}"[:500], view, category=CATEGORY),)


_VIEWS = {"cloaking_googlebot": ("googlebot", "Googlebot"), "cloaking_seluler": ("seluler", "perangkat seluler")}


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
