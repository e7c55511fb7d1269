"""The web's door to the reporter's internal pages (the dashboards and the Wali Kota report).

These pages carry no login of their own: the web signs the official in and asks the reporter on
their behalf, sending a token that both read from the secret reference
``PANTAU_REPORTER_INTERNAL_TOKEN_REF``. A reporter given no reference serves the pages to its own
host only (a local stack), never to the network.
"""

from __future__ import annotations

import hmac
import ipaddress
from collections.abc import Mapping

from .config import secret_ref
from .secrets import SecretUnavailableError, read_secret
from .settings import Settings

TOKEN_HEADER = "X-Pantau-Internal-Token"  # noqa: S105 - a header name, not a secret
EMBED_HEADER = "X-Pantau-Embed"  # asks for the page's content only, to be shown inside the web's own page
TOKEN_REF_SETTING = "REPORTER_INTERNAL_TOKEN_REF"  # noqa: S105 - a setting name


def token_ref(settings: Settings) -> str:
    """Return the internal token's secret reference ("" when unset)."""
    return secret_ref(settings, TOKEN_REF_SETTING)


def token(ref: str, env: Mapping[str, str]) -> str:
    """Return the internal token ("" without a reference); read at each use, so a rotation needs no restart."""
    return read_secret(ref, env) if ref else ""


def admits(ref: str, env: Mapping[str, str], presented: str | None, remote: str | None) -> bool:
    """Tell whether a request may see the internal pages: the right token, or from this host without one."""
    if not ref:
        return _loopback(remote)
    try:
        expected = token(ref, env)
    except SecretUnavailableError:
        return False
    return bool(expected and presented) and hmac.compare_digest(str(presented).encode(), expected.encode())


def _loopback(remote: str | None) -> bool:
    try:
        return ipaddress.ip_address(remote or "").is_loopback
    except ValueError:
        return False
