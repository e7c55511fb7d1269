"""What the checker remembers about an application between checks.

The flap state, the content fingerprint, the page's structure (the baseline a body replaced
under the usual title is measured against), and what the looks not taken on every check found
when they were last taken. The extra views (the page as Googlebot and as a phone get it) are
fetched on thorough checks and otherwise once per interval; the sitemaps are read on thorough
checks, and on every check while they showed an intruder's pages. The checks in between repeat
the last findings, so that a follow-up is not proven fixed by checks that did not look.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from pantau_contracts.status import Finding

from .checks.base import PHONES, Phone
from .flap import FlapState
from .freshness import fingerprint_version
from .page import Page
from .records import replaced
from .structure import Structure, structure_of


@dataclass(frozen=True)
class AppMemory:
    flap: FlapState = field(default_factory=FlapState)
    fingerprint: str | None = None
    fingerprint_changed_at: datetime | None = None
    fingerprint_seen_since: datetime | None = None
    structure: Structure | None = None  # of the last page that was not defaced
    views_at: datetime | None = None  # when the extra views were last fetched
    views_taken: int = 0  # how many times they were: the phone view asks as an Android and an iPhone by turns
    # What the checks that do not look on every check found when they last looked: the extra views', the sitemap's.
    view_findings: tuple[Finding, ...] = ()


def remember_fingerprint(memory: AppMemory, fingerprint: str | None, now: datetime) -> AppMemory:
    """Fold a new content fingerprint into the memory; a change is dated now."""
    if fingerprint is None:
        return memory
    if memory.fingerprint is None:
        return replaced(memory, fingerprint=fingerprint, fingerprint_seen_since=now)
    if fingerprint_version(fingerprint) != fingerprint_version(memory.fingerprint):
        # Computed another way since: the new one is the baseline, and the content's dates stay.
        return replaced(memory, fingerprint=fingerprint)
    if fingerprint != memory.fingerprint:
        return replaced(memory, fingerprint=fingerprint, fingerprint_changed_at=now, fingerprint_seen_since=now)
    return memory


def remember_structure(memory: AppMemory, page: Page | None, fingerprint: str | None, defaced: bool) -> AppMemory:
    """Keep the page's structure as the baseline, unless it was found defaced.

    Call before ``remember_fingerprint``: the words of the main text are read again only when
    its fingerprint changed.
    """
    if page is None or defaced:
        return memory
    unchanged = memory.structure is not None and fingerprint is not None and fingerprint == memory.fingerprint
    words = memory.structure.words if unchanged and memory.structure is not None else None
    return replaced(memory, structure=structure_of(page, words))


def views_due(memory: AppMemory, now: datetime, every: timedelta, thorough: bool) -> bool:
    """Tell whether this check fetches the extra views: a thorough one does, others once per ``every``."""
    return thorough or memory.views_at is None or now - memory.views_at >= every or now < memory.views_at


def phone_due(memory: AppMemory) -> Phone:
    """Return the phone the next phone view asks as: an Android first, then an iPhone, by turns.

    Cloaking kits tell phones by the User-Agent, some by "iPhone" only, some by "Android" only; by
    turns, either is seen within two views, and no check asks more than once.
    """
    return PHONES[memory.views_taken % len(PHONES)]


def remember_views(memory: AppMemory, now: datetime, findings: Iterable[Finding], codes: frozenset[str]) -> AppMemory:
    """Remember that the extra views were fetched now, and what their checks (``codes``) found."""
    return replaced(remember_looked(memory, findings, codes), views_at=now, views_taken=memory.views_taken + 1)


def remember_looked(memory: AppMemory, findings: Iterable[Finding], codes: frozenset[str]) -> AppMemory:
    """Remember what the checks of ``codes`` found, now that they looked; the others' stay as they were."""
    kept = tuple(f for f in memory.view_findings if f.code not in codes)
    return replaced(memory, view_findings=kept + tuple(f for f in findings if f.code in codes))


def last_findings(memory: AppMemory, codes: frozenset[str]) -> tuple[Finding, ...]:
    """Return what the checks of ``codes`` found when they last looked, for a check that did not."""
    return tuple(f for f in memory.view_findings if f.code in codes)
