"""Reporter settings from the PANTAU_REPORTER_* variables (already read into Settings), parsed once
at start-up into a frozen ``ReporterConfig``; a bad value is an error that names its variable."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Literal, TypeVar

from pantau_common import internal
from pantau_common.config import ConfigError, port, secret_ref
from pantau_common.notify import SmtpConfig, smtp_config
from pantau_common.settings import Settings
from pantau_contracts import Topics
from pantau_contracts.definition import SopDefinition

from .bsre import BsreConfig
from .core.model import Letterhead
from .core.nomor import DEFAULT_PATTERN, InvalidPatternError, NomorScheme

AGENDA_PATTERN = "{seq}/Disp/{unit}/{tahun}"
_T = TypeVar("_T", bound=str)


@dataclass(frozen=True)
class ReporterConfig:
    """Everything the reporter reads from its deployment, typed."""

    topics: Topics
    sop: SopDefinition  # PANTAU_SOP_FILE, loaded once: the dasar of the nota, the actors of the SOP page
    verify_base: str  # the QR code opens {verify_base}/verifikasi/<id>
    nomor: NomorScheme
    agenda: NomorScheme
    kop: Letterhead
    ca_dir: Path
    signer: Literal["demo", "bsre"]
    bsre: BsreConfig | None  # the eSign Client, set exactly when the signer is bsre
    signing_host: str  # the worker's signing door (signing_door.py), served only with bsre
    signing_port: int
    delivery: Literal["file", "smtp"]
    smtp: SmtpConfig | None  # the relay of the e-mail delivery (STARTTLS and AUTH, like the notifier's)
    walikota_email: str  # where the e-mail delivery sends the signed nota
    inbox_dir: Path  # the Wali Kota's inbox folder of the file delivery
    host: str
    port: int
    log_level: str
    internal_token_ref: str = ""  # the web's token for the dashboards (pantau_common.internal)
    monthly_day: int = 1  # the day of the month the worker makes last month's Wali Kota report (07:00 WIB)


def reporter_config(settings: Settings) -> ReporterConfig:
    """Build the reporter configuration; raise ConfigError naming the bad variable."""
    data = Path(settings.data_dir)
    # The QR code opens the verification page, served by the reporter; a deployment that routes
    # /verifikasi through its public host sets PANTAU_REPORTER_VERIFY_BASE to that host.
    verify_base = settings.get("REPORTER_VERIFY_BASE") or settings.reporter_url
    delivery: Literal["file", "smtp"] = _choice(settings, "REPORTER_DELIVERY", ("file", "smtp"))
    signer: Literal["demo", "bsre"] = _choice(settings, "REPORTER_SIGNER", ("demo", "bsre"))
    return ReporterConfig(
        topics=settings.topics,
        sop=settings.sop(),
        verify_base=verify_base.rstrip("/"),
        nomor=_nomor(settings),
        agenda=NomorScheme(pattern=AGENDA_PATTERN),
        kop=Letterhead(alamat=settings.get("REPORTER_KOP_ALAMAT") or Letterhead.alamat),
        ca_dir=Path(settings.get("REPORTER_CA_DIR") or data / "demo-ca"),
        signer=signer,
        bsre=_bsre(settings) if signer == "bsre" else None,
        signing_host=settings.get("REPORTER_SIGNING_HOST", "127.0.0.1"),
        signing_port=port(settings, "REPORTER_SIGNING_PORT", 8082),
        delivery=delivery,
        smtp=smtp_config(settings, "REPORTER") if delivery == "smtp" else None,
        walikota_email=settings.get("REPORTER_SMTP_TO", "walikota@bekasikota.go.id"),
        inbox_dir=data / "kotak-masuk-walikota",
        host=settings.get("REPORTER_HOST", "127.0.0.1"),
        port=port(settings, "REPORTER_PORT", 8081),
        log_level=settings.get("LOG_LEVEL", "INFO"),
        internal_token_ref=internal.token_ref(settings),
        monthly_day=_monthly_day(settings),
    )


def _monthly_day(settings: Settings) -> int:
    raw = settings.get("REPORTER_MONTHLY_DAY") or "1"
    if not (raw.isdigit() and 1 <= int(raw) <= 28):
        raise ConfigError(f"PANTAU_REPORTER_MONTHLY_DAY={raw!r} harus tanggal 1 sampai 28")
    return int(raw)


def _nomor(settings: Settings) -> NomorScheme:
    scheme = NomorScheme(
        kode=settings.get("REPORTER_NOMOR_KODE", "800.1.11.1"),
        unit=settings.get("REPORTER_NOMOR_UNIT", "Diskominfostandi"),
        pattern=settings.get("REPORTER_NOMOR_PATTERN", DEFAULT_PATTERN),
    )
    try:
        scheme.format(1, date(2000, 1, 1))
    except InvalidPatternError as exc:
        raise ConfigError(f"PANTAU_REPORTER_NOMOR_PATTERN tidak sah: {exc}") from None
    return scheme


def _bsre(settings: Settings) -> BsreConfig:
    """Read the eSign Client's address, the signer's NIK and Pantau's own credentials for it."""
    required = {name: settings.get(f"REPORTER_BSRE_{name}").strip() for name in ("URL", "NIK", "USER")}
    for name, value in required.items():
        if not value:
            raise ConfigError(f"PANTAU_REPORTER_BSRE_{name} wajib diset bila PANTAU_REPORTER_SIGNER=bsre")
    password_ref = secret_ref(settings, "REPORTER_BSRE_PASSWORD_REF")
    if not password_ref:
        raise ConfigError("PANTAU_REPORTER_BSRE_PASSWORD_REF wajib diset bila PANTAU_REPORTER_SIGNER=bsre")
    try:
        timeout_s = float(settings.get("REPORTER_BSRE_TIMEOUT_S") or 60)
    except ValueError:
        raise ConfigError("PANTAU_REPORTER_BSRE_TIMEOUT_S harus bilangan") from None
    return BsreConfig(
        url=required["URL"],
        nik=required["NIK"],
        user=required["USER"],
        password_ref=password_ref,
        ca_bundle=settings.get("REPORTER_BSRE_CA_BUNDLE").strip() or None,
        timeout_s=timeout_s,
    )


def _choice(settings: Settings, name: str, allowed: tuple[_T, ...]) -> _T:
    """Return the variable's value, one of ``allowed`` (the first is the default)."""
    raw = settings.get(name) or allowed[0]
    for value in allowed:
        if raw == value:
            return value
    raise ConfigError(f"PANTAU_{name}={raw!r} harus salah satu dari: {', '.join(allowed)}")
