"""The problems one check result shows: what the nota lists and what a follow-up is opened for.

One function decides, for the reporter (the nota's tindak lanjut) and the workflow (the
follow-up register) alike, so the two can never disagree about what counts as a problem.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from .status import ApplicationChecked, Severity
from .vocabulary import Category, finding_category

# Problem codes that are not findings: the SOP's own questions (active? logged in? updated?).
NOT_ACTIVE = "tidak_aktif"
LOGIN_FAILED = "login_gagal"
NOT_UPDATED = "tidak_update"


@dataclass(frozen=True)
class Problem:
    """One problem of one application, as a follow-up tracks it."""

    code: str
    category: Category
    severity: Severity
    evidence: str
    location: str | None = None


def problems_of(result: ApplicationChecked) -> tuple[Problem, ...]:
    """Return the problems a check result shows, most basic first."""
    found: list[Problem] = []
    if result.availability == "tidak_aktif":
        found.append(Problem(NOT_ACTIVE, "ketersediaan", "tinggi", result.reason or "galat_lain"))
    if result.login.result == "gagal":
        found.append(Problem(LOGIN_FAILED, "ketersediaan", "sedang", result.login.reason or ""))
    if result.content.result == "tidak_update":
        found.append(Problem(NOT_UPDATED, "konten", "sedang", result.content.detail or ""))
    found.extend(
        Problem(f.code, f.category or finding_category(f.code), f.severity, f.evidence, f.location)
        for f in result.findings
        if f.severity != "info"
    )
    return tuple(found)


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
