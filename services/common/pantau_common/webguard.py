"""What both Pantau web faces (web, reporter) do to every request: trust only the ingress's
forwarding headers, refuse malformed input with a clear 400 rather than a 500, and send the
security headers."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import psycopg
from flask import Flask, Response, abort, request
from werkzeug.middleware.proxy_fix import ProxyFix

from .settings import Settings

NUL_MESSAGE = "Permintaan memuat karakter yang tidak sah (NUL). Periksa kembali isian atau alamatnya."
DATA_MESSAGE = "Isian permintaan tidak dapat dibaca (nilai di luar batas atau bentuknya salah)."
FORMS = ("application/x-www-form-urlencoded", "multipart/form-data")


def trust_proxies(app: Flask, settings: Settings) -> None:
    """Believe X-Forwarded-For/-Proto from exactly PANTAU_TRUSTED_PROXIES hops (0: from none).

    Behind the ingress this is 1: the address the ingress saw is the client's, and a chain the
    client forged in front of it is ignored, so per-address limits count real clients.
    """
    hops = int(settings.get("TRUSTED_PROXIES", "0"))
    if hops > 0:
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=hops, x_proto=hops)  # type: ignore[method-assign]


def peer_address() -> str | None:
    """Return the address of the TCP peer (the ingress, behind one), whatever the forwarding headers say."""
    original = request.environ.get("werkzeug.proxy_fix.orig", {})
    return original.get("REMOTE_ADDR", request.remote_addr)  # type: ignore[no-any-return]


def refuse_nul() -> None:
    """Answer 400 to a request whose address, query or form fields hold a NUL character.

    PostgreSQL text cannot hold one, so it would otherwise fail deep inside a view as a 500.
    """
    fields: list[tuple[str, str]] = [("", request.path)]
    if request.query_string:  # no query, no arguments: not parsed for nothing
        fields.extend(request.args.items(multi=True))
    if request.mimetype in FORMS:
        fields.extend(request.form.items(multi=True))
    if any("\x00" in key or "\x00" in value for key, value in fields):
        abort(400, NUL_MESSAGE)


def security_headers(csp: str) -> Callable[[Response], Response]:
    """Return an after-request hook that sets the security headers (CSP on HTML pages)."""

    def add(response: Response) -> Response:
        if response.mimetype == "text/html":
            response.headers.setdefault("Content-Security-Policy", csp)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("X-Frame-Options", "DENY")
        response.headers.setdefault("Referrer-Policy", "same-origin")
        return response

    return add


def init_app(app: Flask, answer: Callable[[int, str], Any], csp: str | None = None) -> None:
    """Refuse NUL characters and unreadable values with 400 (through ``answer``); add the headers if ``csp``."""
    app.before_request(refuse_nul)
    app.register_error_handler(psycopg.DataError, lambda _error: answer(400, DATA_MESSAGE))
    if csp is not None:
        app.after_request(security_headers(csp))
