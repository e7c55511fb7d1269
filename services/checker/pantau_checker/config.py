"""Checker settings from the PANTAU_CHECKER_* variables (already read into Settings)."""

from __future__ import annotations

from pantau_common.settings import Settings

from .core.netguard import parse_networks
from .core.registry import parse_resolve_list
from .http import FetchLimits
from .probe import CheckerConfig


class ConfigError(ValueError):
    """A PANTAU_CHECKER_* variable with an invalid value."""


def checker_config(settings: Settings) -> CheckerConfig:
    """Build the checker configuration; raise ConfigError naming the bad variable."""
    try:
        return CheckerConfig(
            allow=parse_networks(settings.get("CHECKER_ALLOW_ADDRESSES")),
            resolve=parse_resolve_list(settings.get("CHECKER_RESOLVE")),
            limits=FetchLimits(
                max_body_bytes=_int(settings, "CHECKER_MAX_BODY_BYTES", 2_000_000),
                max_redirects=_int(settings, "CHECKER_MAX_REDIRECTS", 5),
                total_timeout_s=_float(settings, "CHECKER_TIMEOUT_S", 20.0),
                check_budget_s=_float(settings, "CHECKER_CHECK_BUDGET_S", 45.0),
            ),
            retries=_int(settings, "CHECKER_RETRIES", 2),
            retry_delay_s=_float(settings, "CHECKER_RETRY_DELAY_S", 1.0),
            confirm_after=_int(settings, "CHECKER_CONFIRM_AFTER", 2),
            allowed_suffixes=tuple(
                s.strip()
                for s in settings.get("CHECKER_ALLOWED_SUFFIXES", "go.id,bekasikota.go.id").split(",")
                if s.strip()
            ),
            tls_warn_days=_int(settings, "CHECKER_TLS_WARN_DAYS", 30),
            ca_bundle=settings.get("CHECKER_CA_BUNDLE") or None,
            googlebot_check=settings.get("CHECKER_GOOGLEBOT", "1") not in ("0", "false", "tidak"),
            per_host=_int(settings, "CHECKER_PER_HOST", 2),
        )
    except ValueError as exc:
        if isinstance(exc, ConfigError):
            raise
        raise ConfigError(f"PANTAU_CHECKER_ALLOW_ADDRESSES/RESOLVE tidak sah: {exc}") from None


def concurrency(settings: Settings) -> int:
    """Return how many checks one process runs at once."""
    return _int(settings, "CHECKER_CONCURRENCY", 20)


def _int(settings: Settings, name: str, default: int) -> int:
    raw = settings.get(name)
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ConfigError(f"PANTAU_{name}={raw!r} harus bilangan bulat") from None
    if value < 0:
        raise ConfigError(f"PANTAU_{name} tidak boleh negatif")
    return value


def _float(settings: Settings, name: str, default: float) -> float:
    raw = settings.get(name)
    if not raw:
        return default
    try:
        return float(raw)
    except ValueError:
        raise ConfigError(f"PANTAU_{name}={raw!r} harus bilangan") from None
