"""This request's repositories, on one database connection closed at teardown (as flaskr's ``get_db``)."""

from __future__ import annotations

from flask import current_app, g

from pantau_common.db import connect

from .config import ReporterConfig
from .renders_pg import PostgresRenders
from .repository import Repositories
from .store_pg import postgres_repositories


def repositories() -> Repositories:
    """Return this request's repositories."""
    if "db" not in g:
        g.db = connect(current_app.config["PANTAU_SETTINGS"].database_url, autocommit=True)
    return postgres_repositories(g.db)


def renders() -> PostgresRenders:
    """Return the stored renders, on this request's connection."""
    repositories()  # opens the connection
    return PostgresRenders(g.db)


def config() -> ReporterConfig:
    """Return the reporter configuration the app was created with."""
    found: ReporterConfig = current_app.config["PANTAU_REPORTER"]
    return found


def close_db(_: BaseException | None) -> None:
    """Close this request's connection, if it opened one."""
    db = g.pop("db", None)
    if db is not None:
        db.close()
