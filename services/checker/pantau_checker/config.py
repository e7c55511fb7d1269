"""Checker settings from the PANTAU_CHECKER_* variables (already read into Settings).

Parsed once, by the composition root, into frozen objects; a bad value is a ConfigError that
names its variable. Every page check of ``core.checks.CHECKS`` gets its switch
(PANTAU_CHECKER_CHECK_<NAME>=0 turns it off) and its settings (PANTAU_CHECKER_<NAME>_<FIELD>,
or the name in the field's metadata "env").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import Field, dataclass, field, fields, replace
from typing import Any, TypeVar

from pantau_common.config import ConfigError, flag, whole_number
from pantau_common.netguard import IPNetwork, parse_networks
from pantau_common.registry.model import ResolveRule, parse_resolve_list
from pantau_common.settings import Settings

from .core.checks import CHECKS, Check, Switched, switched
from .http import FetchLimits

T = TypeVar("T")
# Switches that existed before every check had its own; still honoured.
_OLD_SWITCHES = {"cloaking": "CHECKER_GOOGLEBOT"}


@dataclass(frozen=True)
class CheckerConfig:
    """How the checker behaves; built once by the composition root."""

    allow: tuple[IPNetwork, ...] = ()
    deny: tuple[IPNetwork, ...] = ()  # the data centre's own ranges, never probed (allow wins)
    resolve: tuple[ResolveRule, ...] = ()
    limits: FetchLimits = field(default_factory=FetchLimits)
    retries: int = 2
    retry_delay_s: float = 1.0
    confirm_after: int = 2
    ca_bundle: str | None = None
    per_host: int = 2
    checks: tuple[Switched[Any], ...] = field(default_factory=lambda: switched(CHECKS))
    views_every_minutes: int = 60  # the extra views (Googlebot, phone) between thorough checks
    unchanged_pages: int = 1000  # applications whose last page analysis is kept for reuse (0: none)
    # Whether each page's structure is kept as the next check's baseline (``structure``): `pantau-checker once`
    # checks each application once, and reading the words of its main text would be for nothing.
    baselines: bool = True


@dataclass(frozen=True)
class SchedulerConfig:
    """How often the scheduler looks for due applications, and how much it spreads them."""

    tick_s: float = 5.0
    jitter: float = 0.1


def checker_config(settings: Settings) -> CheckerConfig:
    """Build the checker configuration; raise ConfigError naming the bad variable."""
    return CheckerConfig(
        allow=_parsed(settings, "CHECKER_ALLOW_ADDRESSES", parse_networks),
        deny=_parsed(settings, "CHECKER_DENY_ADDRESSES", parse_networks),
        resolve=_parsed(settings, "CHECKER_RESOLVE", parse_resolve_list),
        limits=FetchLimits(
            max_body_bytes=whole_number(settings, "CHECKER_MAX_BODY_BYTES", 2_000_000),
            max_redirects=whole_number(settings, "CHECKER_MAX_REDIRECTS", 10),
            total_timeout_s=_float(settings, "CHECKER_TIMEOUT_S", 20.0),
            check_budget_s=_float(settings, "CHECKER_CHECK_BUDGET_S", 45.0),
        ),
        retries=whole_number(settings, "CHECKER_RETRIES", 2),
        retry_delay_s=_float(settings, "CHECKER_RETRY_DELAY_S", 1.0),
        confirm_after=whole_number(settings, "CHECKER_CONFIRM_AFTER", 2),
        ca_bundle=settings.get("CHECKER_CA_BUNDLE") or None,
        per_host=whole_number(settings, "CHECKER_PER_HOST", 2),
        checks=tuple(_switched(settings, check) for check in CHECKS),
        views_every_minutes=whole_number(settings, "CHECKER_VIEWS_EVERY_MINUTES", 60),
        unchanged_pages=whole_number(settings, "CHECKER_UNCHANGED_PAGES", 1000),
    )


def scheduler_config(settings: Settings) -> SchedulerConfig:
    """Build the scheduler configuration; raise ConfigError naming the bad variable."""
    tick = _float(settings, "CHECKER_SCHEDULER_TICK_S", 5.0)
    if tick <= 0:
        raise ConfigError("PANTAU_CHECKER_SCHEDULER_TICK_S harus lebih dari 0")
    return SchedulerConfig(tick_s=tick)


def concurrency(settings: Settings) -> int:
    """Return how many checks one process runs at once."""
    return whole_number(settings, "CHECKER_CONCURRENCY", 20)


def _switched(settings: Settings, check: Check[Any]) -> Switched[Any]:
    old = _OLD_SWITCHES.get(check.name)
    on = flag(settings, old, True) if old else True
    on = flag(settings, f"CHECKER_CHECK_{check.name.upper()}", on)
    values = {
        f.name: _value(settings, _env_name(check, f), getattr(check.settings, f.name)) for f in fields(check.settings)
    }
    return Switched(check, on, replace(check.settings, **values))


def _env_name(check: Check[Any], setting: Field[Any]) -> str:
    return str(setting.metadata.get("env") or f"CHECKER_{check.name.upper()}_{setting.name.upper()}")


def _value(settings: Settings, name: str, default: Any) -> Any:
    """Return the variable parsed as the type of its default."""
    if isinstance(default, bool):
        return flag(settings, name, default)
    if isinstance(default, int):
        return whole_number(settings, name, default)
    if isinstance(default, float):
        return _float(settings, name, default)
    if isinstance(default, tuple):
        return _list(settings, name, default)
    return settings.get(name) or default


def _parsed(settings: Settings, name: str, parse: Callable[[str], T]) -> T:
    try:
        return parse(settings.get(name))
    except ValueError as exc:
        raise ConfigError(f"PANTAU_{name} tidak sah: {exc}") from None


def _list(settings: Settings, name: str, default: tuple[str, ...]) -> tuple[str, ...]:
    items = tuple(s.strip() for s in settings.get(name).split(",") if s.strip())
    return items or default


def _float(settings: Settings, name: str, default: float) -> float:
    raw = settings.get(name)
    if not raw:
        return default
    try:
        return float(raw)
    except ValueError:
        raise ConfigError(f"PANTAU_{name}={raw!r} harus bilangan") from None
