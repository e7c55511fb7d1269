"""The problems one check result shows: what the nota lists and what a follow-up is opened for.

One function decides, for the reporter (the nota's tindak lanjut) and the workflow (the
follow-up register) alike, so the two can never disagree about what counts as a problem: one per
application and kind, its places together.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass

from .status import ApplicationChecked, Finding, Severity
from .vocabulary import SEVERITY_RANK, Category, finding_category

# Problem codes that are not findings: the SOP's own questions (active? logged in? updated?).
NOT_ACTIVE = "tidak_aktif"
LOGIN_FAILED = "login_gagal"
NOT_UPDATED = "tidak_update"


@dataclass(frozen=True)
class Place:
    """Where on the application one kind of finding was seen, and what proves it there."""

    location: str | None
    evidence: str


@dataclass(frozen=True)
class Problem:
    """One problem of one application, as a follow-up tracks it.

    The checker reports a finding once per place (a defacement in the title and in the text): one
    kind of problem at several places is one problem to fix, its evidence the places' together
    (one place: its own, so a false positive remembered by it stays remembered), its severity the
    gravest, its location the first, and ``places`` each of them.
    """

    code: str
    category: Category
    severity: Severity
    evidence: str
    location: str | None = None
    places: tuple[Place, ...] = ()  # set when the kind was seen at more than one place

    @property
    def seen_at(self) -> tuple[Place, ...]:
        """Return every place the problem was seen, with its own evidence."""
        return self.places or (Place(self.location, self.evidence),)


def problems_of(result: ApplicationChecked) -> tuple[Problem, ...]:
    """Return the problems a check result shows, most basic first."""
    found: list[Problem] = []
    if result.availability == "tidak_aktif":
        found.append(Problem(NOT_ACTIVE, "ketersediaan", "tinggi", result.reason or "galat_lain"))
    if result.login.result == "gagal":
        found.append(Problem(LOGIN_FAILED, "ketersediaan", "sedang", result.login.reason or ""))
    if result.content.result == "tidak_update":
        found.append(Problem(NOT_UPDATED, "konten", "sedang", result.content.detail or ""))
    found.extend(kinds_of(f for f in result.findings if f.severity != "info"))
    return tuple(found)


def kinds_of(findings: Iterable[Finding]) -> tuple[Problem, ...]:
    """Return the findings one per kind, its places together, in the order each kind first shows."""
    return tuple(_one_problem(kind) for kind in _by_code(findings))


def _one_problem(kind: tuple[Finding, ...]) -> Problem:
    """Return the findings of one kind, at one place or several, as one problem."""
    first = kind[0]
    category = first.category or finding_category(first.code)
    gravest = max(kind, key=lambda f: SEVERITY_RANK.get(f.severity, 0)).severity
    evidence = "; ".join(dict.fromkeys(f.evidence for f in kind))
    places = tuple(Place(f.location, f.evidence) for f in kind) if len(kind) > 1 else ()
    return Problem(first.code, category, gravest, evidence, first.location, places)


def _by_code(findings: Iterable[Finding]) -> tuple[tuple[Finding, ...], ...]:
    """Return the findings grouped by code, in the order each code first shows."""
    groups: dict[str, list[Finding]] = {}
    for finding in findings:
        groups.setdefault(finding.code, []).append(finding)
    return tuple(tuple(group) for group in groups.values())


def problem_codes(result: ApplicationChecked) -> frozenset[str]:
    """Return the codes of the problems a check result shows."""
    return frozenset(p.code for p in problems_of(result))


def evidence_fingerprint(problem: Problem) -> str:
    """Return what a false positive is remembered by, until the evidence changes (SHA-256 hex)."""
    return hashlib.sha256(problem.evidence.encode("utf-8")).hexdigest()


def is_confirmed(result: ApplicationChecked) -> bool:
    """Tell whether a result may decide a follow-up: its status is confirmed, outside maintenance."""
    return result.confirmed_availability in (None, result.availability) and not result.in_maintenance


def shows_fixed(result: ApplicationChecked, code: str) -> bool:
    """Tell whether a result proves the problem ``code`` gone (not merely unseen).

    A site that is down proves nothing about its content, its login or its pages' findings, so
    only a result that looked where the problem was can count towards closing its follow-up.
    """
    if not is_confirmed(result):
        return False
    if code == NOT_ACTIVE:
        return result.availability == "aktif"
    if code == LOGIN_FAILED:
        return result.availability == "aktif" and result.login.result == "berhasil"
    if code == NOT_UPDATED:
        return result.availability == "aktif" and result.content.result == "update"
    return result.availability == "aktif" and code not in problem_codes(result)


def shows_problem(result: ApplicationChecked, code: str) -> bool:
    """Tell whether a confirmed result shows the problem ``code``."""
    return is_confirmed(result) and code in problem_codes(result)
