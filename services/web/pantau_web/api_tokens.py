"""API tokens for machine clients: made and revoked by the admin, shown once, kept only as a hash.

A token reads ``pantau_<prefix>_<secret>``: the prefix names it in lists and finds its row, the
whole token's SHA-256 proves it. It acts as its account (same role, same Perangkat Daerah), only
on ``/api/`` routes, and only within its scopes: ``baca`` for reading, ``tulis_registri`` for
writing the registry. Browser forms never accept it: they need the session and its CSRF token.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass
from typing import Any

from flask import abort, request

from . import people_queries
from .queries import Conn

TOKEN = re.compile(r"^pantau_([0-9a-f]{12})_[A-Za-z0-9_-]{43}$")
SAFE_METHODS = ("GET", "HEAD", "OPTIONS")


@dataclass(frozen=True)
class NewToken:
    """A token as made: the text shown once, and what is stored of it."""

    text: str
    prefix: str
    digest: str


def make_token() -> NewToken:
    """Make a token from 32 random bytes, with a random visible prefix."""
    prefix = secrets.token_hex(6)
    text = f"pantau_{prefix}_{secrets.token_urlsafe(32)}"
    return NewToken(text, prefix, digest(text))


def digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def needed_scope(method: str) -> str:
    """Return the scope a request of ``method`` needs."""
    return "baca" if method in SAFE_METHODS else "tulis_registri"


def presented() -> bool:
    """Say whether this request brings a token where tokens count: the JSON API."""
    return request.path.startswith("/api/") and "Authorization" in request.headers


def authenticate(db: Conn) -> tuple[dict[str, Any], dict[str, Any]]:
    """Return the account and the token of the request's bearer token; answer 401 or 403 otherwise."""
    scheme, _, text = request.headers.get("Authorization", "").partition(" ")
    found = TOKEN.match(text.strip()) if scheme.lower() == "bearer" else None
    live = people_queries.live_token(db, found.group(1)) if found else None
    if live is None or not hmac.compare_digest(live[0]["token_hash"], digest(text.strip())):
        abort(401, description="Token API tidak dikenal, sudah dicabut, atau akunnya dinonaktifkan.")
    token, user = live
    if needed_scope(request.method) not in token["scopes"]:
        abort(403, description="Token API ini tidak memiliki cakupan untuk permintaan ini.")
    if token["stale"]:  # most requests skip the write (and its three round trips)
        with db.transaction():
            people_queries.token_used(db, token["id"])
    return user, token
