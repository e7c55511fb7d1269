"""One pooled PostgreSQL connection per request, on ``g``, returned at teardown."""

from __future__ import annotations

from typing import Any

import psycopg
from flask import Flask, current_app, g, has_request_context, request

# Requests that change nothing by the HTTP rules: their statements run without BEGIN and COMMIT.
READING_METHODS = frozenset(("GET", "HEAD", "OPTIONS"))


def get_db() -> psycopg.Connection[Any]:
    """Return the request's connection: autocommit on a GET (one round trip a statement), off otherwise.

    Under READ COMMITTED, PostgreSQL's default, every statement sees its own snapshot either way, so
    a page that only reads shows the same without the BEGIN and COMMIT round trips. What a GET
    writes (an audit row of a download) is one statement, or a ``db.transaction()`` block, which
    is then a transaction of its own; a POST runs in one transaction, committed at teardown.
    """
    if "db" not in g:
        pool = current_app.extensions["pantau_pool"]
        g.db_cm = pool.connection()
        g.db = g.db_cm.__enter__()
        g.db.autocommit = has_request_context() and request.method in READING_METHODS
    return g.db  # type: ignore[no-any-return]


def close_db(exc: BaseException | None = None) -> None:
    cm = g.pop("db_cm", None)
    g.pop("db", None)
    if cm is not None:
        cm.__exit__(type(exc) if exc else None, exc, None)


def init_app(app: Flask) -> None:
    app.teardown_appcontext(close_db)
