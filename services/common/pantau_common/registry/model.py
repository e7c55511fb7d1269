"""The registry's types: Perangkat Daerah, applications and their settings, resolve overrides.

``validation`` turns raw rows into these; everything else only reads them.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal


@dataclass(frozen=True)
class Contact:
    """Who is told what concerns a Perangkat Daerah or one of its applications."""

    channel: Literal["email", "webhook"]
    address: str  # an e-mail address, or the webhook's URL
    nama: str = ""
    secret_ref: str | None = None  # a webhook's signing key: an application's secret reference, never the key
    aktif: bool = True


@dataclass(frozen=True)
class PerangkatDaerah:
    id: str
    nama: str
    singkatan: str
    jenis: str = "dinas"
    # None: the file said nothing about contacts (those stored stay); () : it has none.
    kontak: tuple[Contact, ...] | None = None
    aktif: bool = True


@dataclass(frozen=True)
class LoginSpec:
    url: str
    username_field: str
    password_field: str
    username_secret: str
    password_secret: str
    success_marker: str | None = None
    failure_marker: str | None = None
    success_url: str | None = None
    display_name: str | None = None  # the name the landing page greets the user with, if not the username


@dataclass(frozen=True)
class ResolveRule:
    """A curl --resolve style override: host (``*.`` wildcard allowed), port (``*`` = any), address."""

    host: str
    port: int | None
    address: str

    def matches(self, host: str, port: int) -> bool:
        """Return whether this rule applies to ``host:port``."""
        if self.port is not None and self.port != port:
            return False
        host = host.lower().rstrip(".")
        if self.host.startswith("*."):
            return host.endswith(self.host[1:])
        return host == self.host


Klasifikasi = Literal["layanan_publik", "administrasi_pemerintahan"]
KLASIFIKASI: tuple[Klasifikasi, ...] = ("layanan_publik", "administrasi_pemerintahan")


@dataclass(frozen=True)
class Spbe:
    """What the city's SPBE application inventory asks of an application (every field optional)."""

    klasifikasi: Klasifikasi | None = None
    unit_pengembang: str = ""
    tahun_operasi: int | None = None
    penanggung_jawab: str = ""


@dataclass(frozen=True)
class AppSpec:
    """One registered application, validated."""

    id: str
    pd_id: str
    nama: str
    url: str
    internal: bool = False
    aktif: bool = True
    interval_s: int = 300
    max_age_days: int = 30
    config: Mapping[str, Any] = field(default_factory=dict)
    kontak: tuple[Contact, ...] | None = None  # as on PerangkatDaerah; the checker never reads it
    spbe: Spbe = field(default_factory=Spbe)  # the SPBE inventory's facts; the checker never reads them

    @property
    def login(self) -> LoginSpec | None:
        raw = self.config.get("login")
        return LoginSpec(**raw) if isinstance(raw, dict) else None

    @property
    def resolve(self) -> tuple[ResolveRule, ...]:
        return tuple(parse_resolve(r) for r in self.config.get("resolve") or ())

    def setting(self, name: str, default: Any) -> Any:
        """Return a per-application setting from the config, or ``default``."""
        value = self.config.get(name)
        return default if value is None else value


@dataclass(frozen=True)
class Registry:
    perangkat_daerah: tuple[PerangkatDaerah, ...] = ()
    applications: tuple[AppSpec, ...] = ()


def parse_resolve(entry: str) -> ResolveRule:
    """Parse ``host:port:address`` (IPv6 address may be bracketed); raise ValueError."""
    host, sep, rest = entry.strip().partition(":")
    port, sep2, address = rest.partition(":")
    if not (sep and sep2 and host and address):
        raise ValueError(f"{entry!r} bukan host:port:alamat")
    address = address.strip("[]")
    ipaddress.ip_address(address)
    if port != "*" and not (port.isdigit() and 0 < int(port) < 65536):
        raise ValueError(f"port {port!r} tidak sah")
    return ResolveRule(host.lower(), None if port == "*" else int(port), address)


def parse_resolve_list(text: str) -> tuple[ResolveRule, ...]:
    """Parse a comma-separated list of resolve overrides."""
    return tuple(parse_resolve(p) for p in text.split(",") if p.strip())
