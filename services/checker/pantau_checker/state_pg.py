"""What the checker remembers per application (flap state, fingerprint), kept in PostgreSQL."""

from __future__ import annotations

import asyncio
from typing import Any

from pantau_common.db import connect

from .core.flap import FlapState
from .core.state import AppMemory


class PostgresStateStore:
    """Reads and writes ``checker_app_state`` (migration 020)."""

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
            conn.execute(
                "INSERT INTO checker_app_state (app_id, confirmed, candidate, streak, fingerprint, "
                "fingerprint_changed_at, fingerprint_seen_since, updated_at) "
                "VALUES (%s, %s, %s, %s, %s, %s, %s, now()) ON CONFLICT (app_id) DO UPDATE SET "
                "confirmed = EXCLUDED.confirmed, candidate = EXCLUDED.candidate, streak = EXCLUDED.streak, "
                "fingerprint = EXCLUDED.fingerprint, "
                "fingerprint_changed_at = EXCLUDED.fingerprint_changed_at, "
                "fingerprint_seen_since = EXCLUDED.fingerprint_seen_since, updated_at = now()",
                (
                    app_id,
                    memory.flap.confirmed,
                    memory.flap.candidate,
                    memory.flap.streak,
                    memory.fingerprint,
                    memory.fingerprint_changed_at,
                    memory.fingerprint_seen_since,
                ),
            )


def _memory(row: dict[str, Any]) -> AppMemory:
    return AppMemory(
        FlapState(row["confirmed"], row["candidate"], row["streak"]),
        row["fingerprint"],
        row["fingerprint_changed_at"],
        row["fingerprint_seen_since"],
    )
