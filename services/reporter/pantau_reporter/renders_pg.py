"""PostgreSQL adapter of ``Renders``: rendered views kept in ``report_renders``."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import psycopg

from .repository import StoredRender

Conn = psycopg.Connection[Any]


class PostgresRenders:
    """Stored renders, and an advisory lock so that one render of a period runs at a time (across pods)."""

    def __init__(self, conn: Conn) -> None:
        self._conn = conn

    def get(self, kind: str, period: str) -> StoredRender | None:
        row = self._conn.execute(
            "SELECT fingerprint, content FROM report_renders WHERE kind = %s AND period = %s", (kind, period)
        ).fetchone()
        return StoredRender(row["fingerprint"], bytes(row["content"])) if row else None

    def put(self, kind: str, period: str, fingerprint: str, content: bytes) -> None:
        self._conn.execute(
            "INSERT INTO report_renders (kind, period, fingerprint, content) VALUES (%s, %s, %s, %s)"
            " ON CONFLICT (kind, period) DO UPDATE SET fingerprint = EXCLUDED.fingerprint,"
            " content = EXCLUDED.content, rendered_at = now()",
            (kind, period, fingerprint, content),
        )

    @contextmanager
    def exclusive(self, kind: str, period: str, *, wait: bool) -> Iterator[bool]:
        key = f"report_renders:{kind}:{period}"
        if wait:
            self._conn.execute("SELECT pg_advisory_lock(hashtext(%s))", (key,))
        else:
            row = self._conn.execute("SELECT pg_try_advisory_lock(hashtext(%s)) AS got", (key,)).fetchone()
            if not (row and row["got"]):
                yield False
                return
        try:
            yield True
        finally:
            self._conn.execute("SELECT pg_advisory_unlock(hashtext(%s))", (key,))
