"""The domain check: an application must live under an allowed government suffix (go.id)."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from pantau_common.netguard import is_ip_literal
from pantau_contracts.status import Finding
from pantau_contracts.vocabulary import Category

from ..domain import DEFAULT_SUFFIXES, compliant, registered_domain
from .base import Check, Observed

CATEGORY: Category = "kepatuhan"


@dataclass(frozen=True)
class DomainSettings:
    allowed_suffixes: tuple[str, ...] = field(default=DEFAULT_SUFFIXES, metadata={"env": "CHECKER_ALLOWED_SUFFIXES"})


@lru_cache(maxsize=4096)  # an application's host is judged again every check: the same answer
def findings(host: str, suffixes: tuple[str, ...] = DEFAULT_SUFFIXES) -> tuple[Finding, ...]:
    """Return a finding when the host is not a compliant government domain."""
    if is_ip_literal(host):
        return (_finding(f"alamat IP {host} dipakai, bukan nama domain"),)
    if compliant(host, suffixes):
        return ()
    return (_finding(f"{host} (domain {registered_domain(host)}) tidak di bawah {', '.join(suffixes)}"),)


def judge(seen: Observed, settings: DomainSettings) -> tuple[Finding, ...]:
    """Judge the host of the application's address."""
    return findings(seen.host, tuple(settings.allowed_suffixes))


def _finding(evidence: str) -> Finding:
    return Finding("domain_bukan_go_id", "sedang", evidence, "url", category=CATEGORY)


CHECK = Check(
    "domain",
    CATEGORY,
    ("domain_bukan_go_id",),
    judge,
    DomainSettings(),
    per_app={"allowed_suffixes": "allowed_suffixes"},
)
