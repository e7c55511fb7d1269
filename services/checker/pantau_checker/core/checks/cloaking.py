"""The cloaking check: gambling content shown to Googlebot and hidden from visitors.

Spam injectors serve their pages to search engines only, so the site looks clean in a browser
while its search results advertise gambling. The shell fetches the page a second time with
Googlebot's user agent for this check alone.
"""

from __future__ import annotations

from collections.abc import Iterable

from pantau_contracts.status import Finding
from pantau_contracts.vocabulary import Category

from .base import Check, NoSettings, Observed
from .defacement import scan

CATEGORY: Category = "keamanan"


def gambling_terms(findings: Iterable[Finding]) -> set[str]:
    """Return the code@location of every gambling or defacement finding, for comparison."""
    return {f"{f.code}@{f.location}" for f in findings if f.code in ("judi_online", "defacement")}


def compare(browser: tuple[Finding, ...], crawler: tuple[Finding, ...]) -> tuple[Finding, ...]:
    """Flag cloaking when the Googlebot fetch shows gambling content the browser fetch does not."""
    shown_to_bot = gambling_terms(crawler) - gambling_terms(browser)
    if not shown_to_bot or gambling_terms(browser):
        return ()
    evidence = "; ".join(f.evidence for f in crawler if f"{f.code}@{f.location}" in shown_to_bot)
    return (
        Finding(
            "cloaking_googlebot", "kritis", f"hanya untuk Googlebot: {evidence}"[:500], "googlebot", category=CATEGORY
        ),
    )


def judge(seen: Observed, settings: NoSettings) -> tuple[Finding, ...]:
    """Compare the page as Googlebot gets it with the page as a browser gets it."""
    if seen.page is None or seen.googlebot_page is None:
        return ()
    crawler = scan(seen.googlebot_page)
    # The common case, a clean page for Googlebot, costs one scan only.
    return compare(scan(seen.page), crawler) if gambling_terms(crawler) else ()


CHECK = Check(
    "cloaking",
    CATEGORY,
    ("cloaking_googlebot",),
    judge,
    NoSettings(),
    app_switch="googlebot_check",
    views=frozenset({"googlebot"}),
)
