"""The application-status event the checker publishes, and the check request it consumes."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

from .codec import message_type
from .vocabulary import Category, finding_category

Availability = Literal["aktif", "tidak_aktif"]
# tidak_dapat_diperiksa: the login cannot be automated honestly (a CAPTCHA, an OTP or two-factor code, SSO
# only, a form sent only by JavaScript: Livewire, a single-page app); the app is not judged by it.
LoginOutcome = Literal["berhasil", "gagal", "tidak_dikonfigurasi", "tidak_dapat_diperiksa"]
Freshness = Literal["update", "tidak_update", "tidak_diketahui"]
Severity = Literal["info", "rendah", "sedang", "tinggi", "kritis"]

# Why an application is tidak_aktif; stable codes, shown translated in the UI.
DOWN_REASONS = (
    "dns_gagal",
    "koneksi_ditolak",
    "waktu_habis",
    "tls_gagal",
    "http_5xx",
    "http_4xx",
    "login_gagal",
    "alamat_diblokir",
    "respons_terlalu_besar",
    "terlalu_banyak_redirect",
    "galat_lain",
    # The server answered 200, but with something in place of the application.
    "halaman_bawaan",
    "halaman_tidak_ditemukan",
    "dalam_pemeliharaan",
    "daftar_direktori",
    "galat_aplikasi",
    "domain_parkir",
    # A bot challenge or a web application firewall answered the checker: the site may work in a browser.
    "diblokir_pelindung",
    # An Internet provider's landing page for a site on the country's block list (TRUST+ Positif).
    "diblokir_daftar_blokir",
)
# Down reasons under which a check could not see the application at all: they say nothing of whether
# people can use it. Uptime leaves them out, and the public status page shows "tidak dapat diperiksa".
UNSEEN_REASONS: frozenset[str] = frozenset({"diblokir_pelindung"})


def unseen(availability: str | None, reason: str | None) -> bool:
    """Whether a check result could not see the application at all (``UNSEEN_REASONS``)."""
    return availability == "tidak_aktif" and reason in UNSEEN_REASONS


# The longest ``reason_detail`` kept: a sentence or two, never a page's text.
REASON_DETAIL_MAX = 300


@dataclass(frozen=True)
class Timings:
    """Milliseconds spent per phase; ``None`` where the phase was not measured."""

    total_ms: float
    dns_ms: float | None = None
    connect_ms: float | None = None
    tls_ms: float | None = None
    first_byte_ms: float | None = None


@dataclass(frozen=True)
class LoginResult:
    result: LoginOutcome = "tidak_dikonfigurasi"
    reason: str | None = None


@dataclass(frozen=True)
class ContentFreshness:
    result: Freshness = "tidak_diketahui"
    evidence: str | None = None  # which signal decided; labelled in vocabulary.FRESHNESS_EVIDENCE_LABELS
    last_changed: datetime | None = None
    detail: str | None = None


@dataclass(frozen=True)
class TlsFacts:
    valid: bool
    days_to_expiry: int | None = None
    not_after: datetime | None = None
    issuer: str | None = None
    hostname_match: bool | None = None
    error: str | None = None


@dataclass(frozen=True)
class Finding:
    """A security or compliance finding, e.g. a gambling injection or a non-go.id host."""

    code: str
    severity: Severity
    evidence: str
    location: str | None = None
    # Picks the advice and the follow-up policy; events from before it existed get it from the code.
    category: Category | None = None

    def __post_init__(self) -> None:
        if self.category is None:
            object.__setattr__(self, "category", finding_category(self.code))


@message_type("app.status.v1")
@dataclass(frozen=True)
class ApplicationChecked:
    """One check of one application: is it up, can one log in, is its content fresh."""

    app_id: str
    pd_id: str
    url: str
    checked_at: datetime
    availability: Availability
    timings: Timings
    cycle_id: str | None = None
    reason: str | None = None
    http_status: int | None = None
    final_url: str | None = None
    login: LoginResult = field(default_factory=LoginResult)
    content: ContentFreshness = field(default_factory=ContentFreshness)
    tls: TlsFacts | None = None
    findings: tuple[Finding, ...] = ()
    attempts: int = 1
    # Added by the checker (optional, defaulted): flap suppression and maintenance windows.
    confirmed_availability: Availability | None = None  # the status after confirmed-change suppression
    status_changed: bool = False  # the confirmed status changed with this check: alert-worthy
    in_maintenance: bool = False  # inside a maintenance window: do not alert
    # Why the application is tidak_aktif, in plain Indonesian for an official (the code is ``reason``):
    # "HTTP 503", "pengalihan berputar tanpa akhir: …". Never a credential; cut to REASON_DETAIL_MAX.
    reason_detail: str | None = None

    def __post_init__(self) -> None:
        if self.reason_detail is not None and len(self.reason_detail) > REASON_DETAIL_MAX:
            object.__setattr__(self, "reason_detail", self.reason_detail[: REASON_DETAIL_MAX - 1] + "…")


@message_type("check.request.v1")
@dataclass(frozen=True)
class CheckRequested:
    """Ask the checker to check one registered application, for a cycle round if any."""

    app_id: str
    requested_at: datetime
    cycle_id: str | None = None
    deadline: datetime | None = None
