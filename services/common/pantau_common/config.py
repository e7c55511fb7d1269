"""Typed reading of ``PANTAU_*`` settings for every service's frozen configuration.

Each service parses its settings once, at start-up, with these readers; a bad value is a
``ConfigError`` whose message names the variable, so the operator knows what to fix.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .secrets import is_secret_ref

if TYPE_CHECKING:  # settings.py reads the Kafka security settings, which raise ConfigError
    from .settings import Settings

YES = ("1", "true", "ya", "yes", "on")
NO = ("0", "false", "tidak", "no", "off")


class ConfigError(ValueError):
    """A setting with a value Pantau cannot use; the message names the variable."""


def flag(settings: Settings, name: str, default: bool) -> bool:
    """Return the on/off setting ``PANTAU_<name>`` (1/0, ya/tidak, true/false, on/off)."""
    raw = settings.get(name).strip().lower()
    if not raw:
        return default
    if raw not in YES + NO:
        raise ConfigError(f"PANTAU_{name}={raw!r} harus 1/0 (ya/tidak)")
    return raw in YES


def whole_number(settings: Settings, name: str, default: int) -> int:
    """Return the whole, non-negative setting ``PANTAU_<name>``."""
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


def port(settings: Settings, name: str, default: int) -> int:
    """Return the TCP port setting ``PANTAU_<name>``."""
    value = whole_number(settings, name, default)
    if not 0 < value < 65536:
        raise ConfigError(f"PANTAU_{name}={value} bukan nomor port yang sah")
    return value


def secret_ref(settings: Settings, name: str) -> str:
    """Return the secret reference ``PANTAU_<name>`` ("" when unset), never a secret itself."""
    ref = settings.get(name).strip()
    if ref and not is_secret_ref(ref):
        raise ConfigError(f"PANTAU_{name} harus berbentuk env:NAMA atau file:/jalur (bukan rahasianya sendiri)")
    return ref
