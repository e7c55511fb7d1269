"""The TLS check: a certificate that is not valid, or that expires soon."""

from __future__ import annotations

from dataclasses import dataclass

from pantau_contracts.status import Finding, Severity, TlsFacts
from pantau_contracts.vocabulary import Category

from ..tls import INCOMPLETE_CHAIN, error_label
from .base import Check, Observed

CATEGORY: Category = "keamanan"
DEFAULT_WARN_DAYS = 30
CRITICAL_DAYS = 7


@dataclass(frozen=True)
class TlsSettings:
    warn_days: int = DEFAULT_WARN_DAYS  # PANTAU_CHECKER_TLS_WARN_DAYS


def findings(facts: TlsFacts, warn_days: int = DEFAULT_WARN_DAYS) -> tuple[Finding, ...]:
    """Return the findings a TLS state deserves: invalid, or close to expiry."""
    if not facts.valid:
        # A chain browsers complete themselves still serves the city's visitors: less urgent.
        severity: Severity = "sedang" if facts.error == INCOMPLETE_CHAIN else "tinggi"
        return (_finding("tls_tidak_sah", severity, error_label(facts.error)),)
    days = facts.days_to_expiry
    if days is not None and days <= CRITICAL_DAYS:
        return (_finding("tls_segera_kedaluwarsa", "tinggi", f"kedaluwarsa dalam {days} hari"),)
    if days is not None and days <= warn_days:
        return (_finding("tls_segera_kedaluwarsa", "sedang", f"kedaluwarsa dalam {days} hari"),)
    return ()


def judge(seen: Observed, settings: TlsSettings) -> tuple[Finding, ...]:
    """Judge the certificate facts of the attempt, if it spoke TLS."""
    return findings(seen.tls, int(settings.warn_days)) if seen.tls is not None else ()


def _finding(code: str, severity: Severity, evidence: str) -> Finding:
    return Finding(code, severity, evidence, "tls", category=CATEGORY)


CHECK = Check(
    "tls",
    CATEGORY,
    ("tls_tidak_sah", "tls_segera_kedaluwarsa"),
    judge,
    TlsSettings(),
    per_app={"warn_days": "tls_warn_days"},
)
