"""What the checker remembers per application (flap state, fingerprint, page structure, extra
views), kept in PostgreSQL."""

from __future__ import annotations

import asyncio
from typing import Any, TypeVar

from psycopg.types.json import Jsonb

from pantau_common.db import connect
from pantau_contracts.codec import MalformedMessageError, from_jsonable, to_jsonable
from pantau_contracts.status import Finding

from .core.flap import FlapState
from .core.state import AppMemory
from .core.structure import Structure

T = TypeVar("T")

_SAVE = """
INSERT INTO checker_app_state (app_id, confirmed, candidate, streak, fingerprint, fingerprint_changed_at,
    fingerprint_seen_since, structure, views_at, view_findings, updated_at)
VALUES (%(app_id)s, %(confirmed)s, %(candidate)s, %(streak)s, %(fingerprint)s, %(fingerprint_changed_at)s,
    %(fingerprint_seen_since)s, %(structure)s, %(views_at)s, %(view_findings)s, now())
ON CONFLICT (app_id) DO UPDATE SET
    confirmed = EXCLUDED.confirmed, candidate = EXCLUDED.candidate, streak = EXCLUDED.streak,
    fingerprint = EXCLUDED.fingerprint, fingerprint_changed_at = EXCLUDED.fingerprint_changed_at,
    fingerprint_seen_since = EXCLUDED.fingerprint_seen_since, structure = EXCLUDED.structure,
    views_at = EXCLUDED.views_at, view_findings = EXCLUDED.view_findings, updated_at = now()
"""


class PostgresStateStore:
    """Reads and writes ``checker_app_state`` (migrations 020 and 064)."""

    def __init__(self, database_url: str) -> None:
        self._url = database_url

    async def load(self, app_id: str) -> AppMemory:
        return await asyncio.to_thread(self._load, app_id)

    async def save(self, app_id: str, memory: AppMemory) -> None:
        await asyncio.to_thread(self._save, app_id, memory)

    def _load(self, app_id: str) -> AppMemory:
        with connect(self._url) as conn:
            row = conn.execute("SELECT * FROM checker_app_state WHERE app_id = %s", (app_id,)).fetchone()
        return _memory(row) if row else AppMemory()

    def _save(self, app_id: str, memory: AppMemory) -> None:
        with connect(self._url) as conn:
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
        view_findings=tuple(f for f in (_decoded(Finding, f) for f in row["view_findings"] or ()) if f is not None),
    )


def _decoded(cls: type[T], data: Any) -> T | None:
    # What a later version wrote, or a broken row, is forgotten rather than fail every check.
    try:
        return from_jsonable(cls, data) if data else None
    except (MalformedMessageError, TypeError):
        return None
