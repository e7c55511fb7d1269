"""The scheduler's PostgreSQL side: the leader's advisory lock and when each app was last requested."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime
from typing import Any

import psycopg

from pantau_common.db import connect

from .registry_pg import PostgresRegistry

log = logging.getLogger(__name__)
LEADER_LOCK = 0x50414E43  # "PANC": the checker scheduler's advisory lock


class PostgresLeaderLock:
    """A session-level advisory lock: held while its connection lives, released when it ends."""

    def __init__(self, database_url: str, key: int = LEADER_LOCK) -> None:
        self._url, self._key = database_url, key
        self._conn: psycopg.Connection[Any] | None = None

    @property
    def held(self) -> bool:
        return self._conn is not None

    def hold(self) -> bool:
        """Keep or take the lock; return whether this process holds it."""
        if self._conn is not None and self._alive(self._conn):
            return True
        conn = connect(self._url, autocommit=True)
        row = conn.execute("SELECT pg_try_advisory_lock(%s) AS won", (self._key,)).fetchone()
        if row and row["won"]:
            log.info("this scheduler is now the leader")
            self._conn = conn
            return True
        conn.close()
        return False

    def release(self) -> None:
        """Let go of the lock by closing its session."""
        if self._conn is not None:
            try:
                self._conn.close()
            finally:
                self._conn = None

    def _alive(self, conn: psycopg.Connection[Any]) -> bool:
        try:
            conn.execute("SELECT 1")
            return True
        except psycopg.Error:
            log.warning("lost the scheduler lock's session; trying to lead again")
            self.release()
            return False


class PostgresSchedule:
    """The active applications' intervals, and ``checker_schedule``: when each was last requested."""

    def __init__(self, database_url: str) -> None:
        self._url = database_url
        self._registry = PostgresRegistry(database_url)

    def load(self) -> tuple[dict[str, int], dict[str, datetime]]:
        """Return the interval of every active application and when each was last requested."""
        apps = self._registry.active()
        with connect(self._url) as conn:
            rows = conn.execute("SELECT app_id, last_requested FROM checker_schedule").fetchall()
        return {a.id: a.interval_s for a in apps}, {r["app_id"]: r["last_requested"] for r in rows}

    def mark(self, app_ids: Sequence[str], when: datetime) -> None:
        """Record that the applications were requested at ``when``."""
        with connect(self._url) as conn, conn.cursor() as cur:
            cur.executemany(
                "INSERT INTO checker_schedule (app_id, last_requested) VALUES (%s, %s) "
                "ON CONFLICT (app_id) DO UPDATE SET last_requested = EXCLUDED.last_requested",
                [(a, when) for a in app_ids],
            )
