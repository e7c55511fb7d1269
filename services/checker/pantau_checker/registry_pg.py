"""The registry in PostgreSQL as the checker sees it: applications to check, and the import.

The import writes through the shared store (``pantau_common.registry.store_pg``), which keeps
each change in the registry's history; the command line imports with no actor.
"""

from __future__ import annotations

from pantau_common.db import connect
from pantau_common.registry import store_pg
from pantau_common.registry.model import AppSpec, Registry

_APP_COLUMNS = (
    "id, pd_id, nama, url, aktif, internal, interval_s, max_age_days, config,"
    " klasifikasi, unit_pengembang, tahun_operasi, penanggung_jawab"
)


class PostgresRegistry:
    """Reads and writes the registry tables."""

    def __init__(self, database_url: str) -> None:
        self._url = database_url

    def known_pd_ids(self) -> set[str]:
        with connect(self._url) as conn:
            return {r["id"] for r in conn.execute("SELECT id FROM perangkat_daerah")}

    def load(self, app_id: str) -> AppSpec | None:
        """Return one application, or None when it is not registered."""
        with connect(self._url) as conn:
            row = conn.execute(f"SELECT {_APP_COLUMNS} FROM applications WHERE id = %s", (app_id,)).fetchone()
        return store_pg.app_spec(row) if row else None

    def active(self) -> list[AppSpec]:
        """Return every application registered as in use, of a department in use."""
        with connect(self._url) as conn:
            rows = conn.execute(
                f"SELECT {_APP_COLUMNS} FROM applications WHERE aktif"
                " AND pd_id IN (SELECT id FROM perangkat_daerah WHERE aktif) ORDER BY id"
            ).fetchall()
        return [store_pg.app_spec(r) for r in rows]

    def apply(self, registry: Registry) -> tuple[int, int]:
        """Upsert every row and its contacts in one transaction; return (perangkat daerah, applications) counts."""
        with connect(self._url) as conn, conn.transaction():
            store_pg.apply(conn, registry, actor_id=None, source="impor")
        return len(registry.perangkat_daerah), len(registry.applications)
