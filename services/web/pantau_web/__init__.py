"""Pantau web UI: a thin Flask app for dispositions and signoffs.

It never writes workflow state: every action becomes a command written to the outbox in
the request's transaction, and the pages show the workflow's answer.
"""

from __future__ import annotations

import os
from typing import Any

from flask import Flask
from flask_wtf.csrf import CSRFProtect
from psycopg.rows import dict_row
from psycopg_pool import ConnectionPool

from pantau_common.settings import Settings
from pantau_contracts.definition import load_definition

from . import auth, cycles, db, documents, registry, views


def create_app(settings: Settings | None = None, test_config: dict[str, Any] | None = None) -> Flask:
    """Create the web app; ``settings`` default to the environment."""
    settings = settings or Settings.from_env(os.environ)
    if not settings.secret_key:
        raise RuntimeError("PANTAU_SECRET_KEY must be set (a long random value)")
    app = Flask(__name__)
    app.config.from_mapping(
        SECRET_KEY=settings.secret_key,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        SESSION_COOKIE_SECURE=settings.public_url.startswith("https://"),
        MAX_CONTENT_LENGTH=2 * 1024 * 1024,
        WTF_CSRF_TIME_LIMIT=8 * 3600,
        PANTAU_SETTINGS=settings,
        PANTAU_SOP=load_definition(),
    )
    if test_config:
        app.config.update(test_config)
    app.extensions["pantau_pool"] = ConnectionPool(
        settings.database_url,
        kwargs={"row_factory": dict_row},
        min_size=1,
        max_size=8,
        open=True,
        name="web",
        timeout=5,  # a page (or a probe) fails fast when the database is away
        check=ConnectionPool.check_connection,
    )
    CSRFProtect(app)
    db.init_app(app)
    views.init_app(app)
    for blueprint in (auth.bp, cycles.bp, registry.bp, documents.bp):
        app.register_blueprint(blueprint)
    return app
