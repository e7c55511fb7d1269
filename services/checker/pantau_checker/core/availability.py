"""Availability: from the outcome of a fetch to aktif/tidak_aktif with a stable reason code."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from . import page_kind
from .blocked import Protection
from .page import Page
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
# A status line and nothing more, as a web server, a proxy or a framework's bare error view titles its page: nginx's
# "502 Bad Gateway", Apache's "Service Unavailable", IIS's "500 - Internal server error.", Cloudflare's "host | 522:
# Connection timed out", Varnish's "Error 503 Backend fetch failed", HAProxy's, Laravel's bare "Server Error".
_STATUS_LINE = re.compile(
    r"(?:[\w.-]+\s*\|\s*)?(?:(?:http\s+)?(?:error|status)\s*)?(?:\d{3}\b\.?\s*[-:|–]?\s*)?"
    r"(?:service\s+(?:temporarily\s+)?unavailable|the\s+service\s+is\s+unavailable|bad\s+gateway|"
    r"gateway\s+time-?\s*out|internal\s+server\s+error|server\s+error|backend\s+fetch\s+failed|"
    r"no\s+server\s+is\s+available(?:\s+to\s+handle\s+this\s+request)?|connection\s+timed\s+out|"
    r"web\s+server\s+is\s+down|origin\s+is\s+unreachable|a\s+timeout\s+occurred|ssl\s+handshake\s+failed|"
    r"invalid\s+ssl\s+certificate|insufficient\s+storage|loop\s+detected|network\s+authentication\s+required|"
    r"not\s+implemented|http\s+version\s+not\s+supported|error)?"
    r"\s*[.!]?\s*(?:error\s+code\s+\d{3})?\s*",
    re.IGNORECASE,
)
_MAINTENANCE_WORDS = re.compile(
    r"perbaikan|pemeliharaan|perawatan|maintenance|pemutakhiran|pembaruan|pembaharuan|upgrade|peningkatan|migrasi|"
    r"under\s+construction|coming\s+soon|segera\s+hadir",
    re.IGNORECASE,
)
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
    """Return the verdict for an HTTP status (after redirects). A status no HTTP class holds (LinkedIn's
    999, a framework's 0) is no server error: the server answered, with a code no browser reads."""
    if not 100 <= status < 600:
        return Verdict("tidak_aktif", "galat_lain", f"server menjawab dengan kode status tak dikenal HTTP {status}")
    if status >= 500:
        return Verdict("tidak_aktif", "http_5xx", f"HTTP {status}")
    if status >= 400:
        return Verdict("tidak_aktif", "http_4xx", f"HTTP {status}")
    return Verdict("aktif")


def from_error_page(verdict: Verdict, status: int, page: Page) -> Verdict:
    """Return the verdict of a server error (5xx) once its page is read as a page answering 200 would be: a
    maintenance notice or an application's error says more than the status does, and is the reason (quoted after
    the status).

    A maintenance notice counts where the page says so in words of its own ("sedang dalam perbaikan", WordPress's
    "perawatan terjadwal"), not where it is headed by nothing but a status line: nginx's and Apache's own 503 (a
    rate limit, a backend down), a CDN's, Laravel's bare "Service Unavailable" (its maintenance mode, but the words
    are a proxy's as well). An application's error counts where it stopped the application (a fatal error, its
    database out of reach), not a server's or a CDN's page of its status ("502 Bad Gateway", "Web server is down").
    """
    kind = page_kind.classify(page)
    if kind.kind == "dalam_pemeliharaan":
        said = _MAINTENANCE_WORDS.search(page.visible_text) is not None and not _only_status(
            (page.title, *page.headings, *page.main_headings)
        )
    elif kind.kind == "galat_aplikasi":
        printed = page_kind.printed_error(page)
        said = printed is not None and printed.fatal
    else:
        said = False
    return Verdict("tidak_aktif", kind.kind, f"HTTP {status}; {kind.detail}") if said else verdict


def _only_status(heads: Sequence[str]) -> bool:
    said = [head for head in heads if head.strip()]
    return bool(said) and all(_STATUS_LINE.fullmatch(head) for head in said)


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
