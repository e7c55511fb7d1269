"""Pantau web UI: a thin Flask app for dispositions, signoffs and the departments' follow-ups.

It never writes workflow state: every action becomes a command written to the outbox in
the request's transaction, and the pages show the workflow's answer.
"""

from __future__ import annotations

import os
from datetime import timedelta
from typing import Any

from flask import Flask
from flask_wtf.csrf import CSRFProtect

from pantau_common import webguard
from pantau_common.config import ConfigError
from pantau_common.db import check_socket, make_pool
from pantau_common.settings import Settings

from . import (
    answers,
    app_page,
    audit_views,
    auth,
    cycles,
    dashboards,
    db,
    departments,
    documents,
    errors,
    followups,
    monthly_report,
    openapi,
    people,
    public_status,
    registry,
    registry_api,
    registry_excel,
    registry_forms,
    review,
    snapshots,
    table_rows,
    token_views,
    views,
)
from .attachments import MAX_REQUEST_BYTES


def create_app(settings: Settings | None = None, test_config: dict[str, Any] | None = None) -> Flask:
    """Create the web app; ``settings`` default to the environment."""
    settings = settings or Settings.from_env(os.environ)
    require_secret_key(settings)
    app = Flask(__name__)
    app.jinja_environment = views.RowEnvironment
    app.session_interface = auth.SignedCookieSessions()
    app.config.from_mapping(_config(settings))
    if test_config:
        app.config.update(test_config)
    # A page (or a probe) fails fast when the database is away. A connection the server ended (a
    # restart) is seen on its socket at checkout and replaced, with no round trip to ask.
    pool = make_pool(settings.database_url, "web", max_size=8, timeout=5, check=check_socket)
    app.extensions["pantau_pool"] = pool
    CSRFProtect(app)
    db.init_app(app)
    views.init_app(app)
    snapshots.init_app(app)  # kept pages, replayed inside the proxy fix (it wraps wsgi_app next)
    webguard.trust_proxies(app, settings)
    table_rows.init_app(app)
    errors.init_app(app)
    blueprints = (auth.bp, cycles.bp, review.bp, registry.bp, documents.bp, departments.bp, followups.bp, answers.bp)
    for blueprint in blueprints:
        app.register_blueprint(blueprint)
    for blueprint in (people.bp, token_views.bp, audit_views.bp, openapi.bp, registry_api.bp):
        app.register_blueprint(blueprint)
    for blueprint in (app_page.bp, registry_forms.bp, registry_excel.bp, dashboards.bp, public_status.bp):
        app.register_blueprint(blueprint)
    for blueprint in (monthly_report.bp,):
        app.register_blueprint(blueprint)
    errors.guard_input(app)
    return app


def require_secret_key(settings: Settings) -> None:
    """Refuse to run without PANTAU_SECRET_KEY, which signs the sessions and the CSRF tokens."""
    if not settings.secret_key:
        raise ConfigError("PANTAU_SECRET_KEY harus diisi (nilai acak yang panjang)")


def _config(settings: Settings) -> dict[str, Any]:
    """Return the Flask configuration, with the SOP definition the city runs on."""
    return {
        "SECRET_KEY": settings.secret_key,
        "SESSION_COOKIE_HTTPONLY": True,
        "SESSION_COOKIE_SAMESITE": "Lax",
        "SESSION_COOKIE_SECURE": settings.public_url.startswith("https://"),
        # A session ends after this long without a request, and in any case PANTAU_SESSION_MAX_AGE
        # after the login (auth.start_session); logout and a new password end it at once.
        "PERMANENT_SESSION_LIFETIME": timedelta(minutes=int(settings.get("SESSION_IDLE_MINUTES", "120"))),
        "PANTAU_SESSION_MAX_AGE": 3600 * int(settings.get("SESSION_MAX_AGE_HOURS", "12")),
        "MAX_CONTENT_LENGTH": MAX_REQUEST_BYTES,
        "WTF_CSRF_TIME_LIMIT": 8 * 3600,
        # auth.load_user checks CSRF itself, after it knows whether an API token came instead.
        "WTF_CSRF_CHECK_DEFAULT": False,
        "PANTAU_SETTINGS": settings,
        "PANTAU_SOP": settings.sop(),
        "PANTAU_DASHBOARDS": dashboards.door(settings),
        # The QR code's public page: /verifikasi on the public host, not the reporter's inside address.
        "PANTAU_VERIFY_BASE": (settings.get("REPORTER_VERIFY_BASE") or settings.reporter_url).rstrip("/"),
    }
