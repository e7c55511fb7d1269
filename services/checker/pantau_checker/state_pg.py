"""What the checker remembers per application (flap state, fingerprint, page structure, extra
views), kept in PostgreSQL.

Every check reads its application's row and writes it back: at hundreds of checks a second, a
connection opened for each would cost the worker (and the server) more than the check. The
store keeps a small pool, opened on first use; each write is committed before ``save`` returns,
so nothing a published event depends on is lost to a crash.
"""

from __future__ import annotations

import asyncio
import threading
from typing import Any, TypeVar

from psycopg.types.json import Jsonb
from psycopg_pool import ConnectionPool

from pantau_common.db import make_pool
from pantau_contracts.codec import MalformedMessageError, from_jsonable, to_jsonable
from pantau_contracts.status import Finding

from .core.flap import FlapState
from .core.state import AppMemory
from .core.structure import Structure

T = TypeVar("T")

_SAVE = """
INSERT INTO checker_app_state (app_id, confirmed, candidate, streak, fingerprint, fingerprint_changed_at,
    fingerprint_seen_since, structure, views_at, views_taken, view_findings, updated_at)
VALUES (%(app_id)s, %(confirmed)s, %(candidate)s, %(streak)s, %(fingerprint)s, %(fingerprint_changed_at)s,
    %(fingerprint_seen_since)s, %(structure)s, %(views_at)s, %(views_taken)s, %(view_findings)s, now())
ON CONFLICT (app_id) DO UPDATE SET
    confirmed = EXCLUDED.confirmed, candidate = EXCLUDED.candidate, streak = EXCLUDED.streak,
    fingerprint = EXCLUDED.fingerprint, fingerprint_changed_at = EXCLUDED.fingerprint_changed_at,
    fingerprint_seen_since = EXCLUDED.fingerprint_seen_since, structure = EXCLUDED.structure,
    views_at = EXCLUDED.views_at, views_taken = EXCLUDED.views_taken, view_findings = EXCLUDED.view_findings,
    updated_at = now()
"""


class PostgresStateStore:
    """Reads and writes ``checker_app_state`` (migrations 020, 064 and 136)."""

    def __init__(self, database_url: str, pool_size: int = 4) -> None:
        self._url, self._size = database_url, pool_size
        self._pool: ConnectionPool[Any] | None = None
        self._lock = threading.Lock()  # loads and saves run in worker threads; one opens the pool

    async def load(self, app_id: str) -> AppMemory:
        return await asyncio.to_thread(self._load, app_id)

    async def save(self, app_id: str, memory: AppMemory) -> None:
        await asyncio.to_thread(self._save, app_id, memory)

    def close(self) -> None:
        """Close the pool's connections (a later load or save opens a new pool)."""
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.close()

    def _connections(self) -> ConnectionPool[Any]:
        with self._lock:
            if self._pool is None:
                self._pool = make_pool(self._url, "checker-state", max_size=self._size)
            return self._pool

    def _load(self, app_id: str) -> AppMemory:
        with self._connections().connection() as conn:
            row = conn.execute("SELECT * FROM checker_app_state WHERE app_id = %s", (app_id,)).fetchone()
        return _memory(row) if row else AppMemory()

    def _save(self, app_id: str, memory: AppMemory) -> None:
        # The pool's block commits the write before the connection goes back, or rolls it back and raises.
        with self._connections().connection() as conn:
            conn.execute(_SAVE, {"app_id": app_id, **_row(memory)})


def _row(memory: AppMemory) -> dict[str, Any]:
    structure = memory.structure
    return {
        "confirmed": memory.flap.confirmed,
        "candidate": memory.flap.candidate,
        "streak": memory.flap.streak,
        "fingerprint": memory.fingerprint,
        "fingerprint_changed_at": memory.fingerprint_changed_at,
        "fingerprint_seen_since": memory.fingerprint_seen_since,
        "structure": Jsonb(to_jsonable(structure)) if structure is not None else None,
        "views_at": memory.views_at,
        "views_taken": memory.views_taken,
        "view_findings": Jsonb(to_jsonable(list(memory.view_findings))),
    }


def _memory(row: dict[str, Any]) -> AppMemory:
    return AppMemory(
        FlapState(row["confirmed"], row["candidate"], row["streak"]),
        row["fingerprint"],
        row["fingerprint_changed_at"],
        row["fingerprint_seen_since"],
        structure=_decoded(Structure, row["structure"]),
        views_at=row["views_at"],
        views_taken=row["views_taken"],
        view_findings=tuple(f for f in (_decoded(Finding, f) for f in row["view_findings"] or ()) if f is not None),
    )


def _decoded(cls: type[T], data: Any) -> T | None:
    # What a later version wrote, or a broken row, is forgotten rather than fail every check.
    try:
        return from_jsonable(cls, data) if data else None
    except (MalformedMessageError, TypeError):
        return None
