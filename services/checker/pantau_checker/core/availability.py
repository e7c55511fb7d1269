"""Availability: from the outcome of a fetch to aktif/tidak_aktif with a stable reason code."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from .blocked import Protection
from .page_kind import PageKind

FailureKind = Literal[
    "dns",
    "refused",
    "timeout",
    "tls",
    "blocked",
    "too_large",
    "redirects",
    "other",
]
_REASON_BY_FAILURE = {
    "dns": "dns_gagal",
    "refused": "koneksi_ditolak",
    "timeout": "waktu_habis",
    "tls": "tls_gagal",
    "blocked": "alamat_diblokir",
    "too_large": "respons_terlalu_besar",
    "redirects": "terlalu_banyak_redirect",
    "other": "galat_lain",
}


@dataclass(frozen=True)
class Verdict:
    availability: Literal["aktif", "tidak_aktif"]
    reason: str | None = None
    detail: str | None = None

    @property
    def up(self) -> bool:
        return self.availability == "aktif"


def from_failure(kind: FailureKind, detail: str) -> Verdict:
    """Return the verdict for a fetch that got no HTTP response."""
    return Verdict("tidak_aktif", _REASON_BY_FAILURE[kind], detail)


def from_status(status: int) -> Verdict:
    """Return the verdict for an HTTP status (after redirects)."""
    if status >= 500:
        return Verdict("tidak_aktif", "http_5xx", f"HTTP {status}")
    if status >= 400:
        return Verdict("tidak_aktif", "http_4xx", f"HTTP {status}")
    return Verdict("aktif")


def from_login(up: Verdict, login_failed: bool, reason: str | None) -> Verdict:
    """Return the verdict once login is known: a failed login makes the app tidak_aktif."""
    if up.up and login_failed:
        return Verdict("tidak_aktif", "login_gagal", reason)
    return up


def from_page_kind(up: Verdict, kind: PageKind) -> Verdict:
    """Return the verdict once the page is known: a page in place of the application makes it tidak_aktif.

    The page's reason wins over a failed login, which it explains.
    """
    if kind.is_app:
        return up
    return Verdict("tidak_aktif", kind.kind, kind.detail)


def from_protection(verdict: Verdict, protection: Protection | None) -> Verdict:
    """Return the verdict once a bot challenge or a firewall is known to have answered in the application's place.

    The checker cannot see the application: not verified active, for a reason of its own.
    """
    if protection is None:
        return verdict
    if protection.listed:  # no one can reach it: down, and seen as the public sees it
        return Verdict("tidak_aktif", "diblokir_daftar_blokir", protection.detail)
    return Verdict("tidak_aktif", "diblokir_pelindung", protection.detail)


def worth_retrying(verdict: Verdict) -> bool:
    """Return whether a failed check might pass on a retry (not a refusal, a 4xx or a page set up to stay).

    A maintenance notice or an error page may be gone in a moment (WordPress updating its plugins,
    a database restarting); a default page, a parked domain or a directory listing will not be, nor a
    challenge or a firewall: it answers the checker's address the same way until someone allows it.
    Nor a rate limiter's 429 (``diblokir_pelindung``, or ``http_4xx`` should one go unrecognised): a
    retry at once counts against the very limit it hit, and keeps the checker turned away for longer.
    """
    return not verdict.up and verdict.reason not in (
        "alamat_diblokir",
        "http_4xx",
        "login_gagal",
        "respons_terlalu_besar",
        "terlalu_banyak_redirect",
        "halaman_bawaan",
        "halaman_tidak_ditemukan",
        "daftar_direktori",
        "domain_parkir",
        "diblokir_pelindung",
        "diblokir_daftar_blokir",
    )
