"""One pooled PostgreSQL connection per request, on ``g``, returned at teardown."""

from __future__ import annotations

from typing import Any

import psycopg
from flask import Flask, current_app, g


def get_db() -> psycopg.Connection[Any]:
    """Return the request's connection (autocommit off: commit explicitly)."""
    if "db" not in g:
        pool = current_app.extensions["pantau_pool"]
        g.db_cm = pool.connection()
        g.db = g.db_cm.__enter__()
    return g.db  # type: ignore[no-any-return]


def close_db(exc: BaseException | None = None) -> None:
    cm = g.pop("db_cm", None)
    g.pop("db", None)
    if cm is not None:
        cm.__exit__(type(exc) if exc else None, exc, None)


def init_app(app: Flask) -> None:
    app.teardown_appcontext(close_db)
