"""Notifier settings from the PANTAU_NOTIFY_* variables (already read into Settings).

Parsed once, by the composition root, into frozen objects; a bad value is a ConfigError that
names its variable. Without PANTAU_NOTIFY_SMTP_HOST there is no e-mail channel: e-mail rows wait.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path

from ..config import ConfigError, flag, secret_ref
from ..netguard import IPNetwork, parse_networks
from ..settings import Settings
from .core import RetryPolicy


@dataclass(frozen=True)
class SmtpConfig:
    """How the notifier reaches the mail relay."""

    host: str
    sender: str  # the From header, e.g. "Pantau Diskominfo <pantau@bekasikota.go.id>"
    port: int = 587
    user: str = ""
    password_ref: str = field(default="", repr=False)  # env:NAME or file:/path, never the password
    starttls: bool = True
    ca_bundle: str | None = None  # the relay's CA, when not a public one
    timeout_s: float = 30.0


@dataclass(frozen=True)
class NotifyConfig:
    """How the notifier sends and retries; built once by the composition root."""

    smtp: SmtpConfig | None = None
    webhook_timeout_s: float = 10.0
    webhook_ca_bundle: str | None = None
    # Non-public addresses a webhook may still be sent to (a local receiver in tests and the demo);
    # none in production: an internal or private address is refused.
    webhook_allow: tuple[IPNetwork, ...] = ()
    retry: RetryPolicy = field(default_factory=RetryPolicy)
    batch: int = 10
    poll_s: float = 2.0
    # A claimed row is left to its relay this long; past every timeout, so only a crash frees it.
    lease_s: float = 600.0

    @classmethod
    def from_settings(cls, settings: Settings) -> NotifyConfig:
        """Build the configuration; raise ConfigError naming the bad variable."""
        return cls(
            smtp=_smtp(settings),
            webhook_timeout_s=_number(settings, "NOTIFY_WEBHOOK_TIMEOUT_S", 10.0, low=0.1),
            webhook_ca_bundle=_file(settings, "NOTIFY_WEBHOOK_CA_BUNDLE"),
            webhook_allow=_networks(settings, "NOTIFY_WEBHOOK_ALLOW_ADDRESSES"),
            retry=RetryPolicy(
                max_attempts=int(_number(settings, "NOTIFY_MAX_ATTEMPTS", 6, low=1)),
                base_s=_number(settings, "NOTIFY_RETRY_BASE_S", 30.0, low=0.0),
                cap_s=_number(settings, "NOTIFY_RETRY_MAX_S", 3600.0, low=0.0),
            ),
            batch=int(_number(settings, "NOTIFY_BATCH", 10, low=1)),
            poll_s=_number(settings, "NOTIFY_POLL_S", 2.0, low=0.01),
        )


def _smtp(settings: Settings) -> SmtpConfig | None:
    return smtp_config(settings, "NOTIFY") if settings.get("NOTIFY_SMTP_HOST").strip() else None


def smtp_config(settings: Settings, prefix: str) -> SmtpConfig:
    """Read one relay's settings, PANTAU_{prefix}_SMTP_*; the notifier's and the reporter's."""
    name = f"{prefix}_SMTP"
    config = SmtpConfig(
        host=_required(settings, f"{name}_HOST", name),
        sender=_required(settings, f"{name}_FROM", name),
        port=int(_number(settings, f"{name}_PORT", 587, low=1)),
        user=settings.get(f"{name}_USER").strip(),
        password_ref=secret_ref(settings, f"{name}_PASSWORD_REF"),
        starttls=flag(settings, f"{name}_STARTTLS", True),
        ca_bundle=_file(settings, f"{name}_CA_BUNDLE"),
        timeout_s=_number(settings, f"{name}_TIMEOUT_S", 30.0, low=0.1),
    )
    if bool(config.user) != bool(config.password_ref):
        raise ConfigError(f"PANTAU_{name}_USER dan PANTAU_{name}_PASSWORD_REF harus diset bersama")
    if config.user and not config.starttls:
        # AUTH without TLS would put the password on the wire in clear text.
        raise ConfigError(f"PANTAU_{name}_STARTTLS tidak boleh mati bila PANTAU_{name}_USER diset")
    return config


def _required(settings: Settings, name: str, relay: str) -> str:
    value = settings.get(name).strip()
    if not value:
        raise ConfigError(f"PANTAU_{name} wajib diset untuk server surel PANTAU_{relay}_*")
    return value


def _file(settings: Settings, name: str) -> str | None:
    path = settings.get(name).strip()
    if path and not Path(path).is_file():
        raise ConfigError(f"PANTAU_{name}={path!r}: berkas tidak ditemukan")
    return path or None


def _networks(settings: Settings, name: str) -> tuple[IPNetwork, ...]:
    try:
        return parse_networks(settings.get(name))
    except ValueError as exc:
        raise ConfigError(f"PANTAU_{name} tidak sah: {exc}") from None


def _number(settings: Settings, name: str, default: float, *, low: float) -> float:
    raw = settings.get(name).strip()
    if not raw:
        return default
    try:
        value = float(raw) if isinstance(default, float) else int(raw)
    except ValueError:
        kind = "bilangan" if isinstance(default, float) else "bilangan bulat"
        raise ConfigError(f"PANTAU_{name}={raw!r} harus {kind}") from None
    if not math.isfinite(value) or value < low:
        raise ConfigError(f"PANTAU_{name} tidak boleh kurang dari {low:g}")
    return value
