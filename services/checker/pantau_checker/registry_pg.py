"""The registry in PostgreSQL: load applications for checking, and import a validated registry.

An import replaces the contacts of each Perangkat Daerah and application whose row lists
``kontak`` (an empty list removes them); a row without ``kontak`` leaves its contacts alone.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

import psycopg

from pantau_common.db import connect

from .core.registry import AppSpec, Contact, PerangkatDaerah, Registry

_APP_COLUMNS = "id, pd_id, nama, url, aktif, internal, interval_s, max_age_days, config"


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
        return _spec(row) if row else None

    def active(self) -> list[AppSpec]:
        """Return every application registered as in use."""
        with connect(self._url) as conn:
            rows = conn.execute(f"SELECT {_APP_COLUMNS} FROM applications WHERE aktif ORDER BY id").fetchall()
        return [_spec(r) for r in rows]

    def apply(self, registry: Registry) -> tuple[int, int]:
        """Upsert every row and its contacts in one transaction; return (perangkat daerah, applications) counts."""
        with connect(self._url) as conn, conn.transaction():
            _upsert_pds(conn, registry.perangkat_daerah)
            _upsert_apps(conn, registry.applications)
            _replace_contacts(conn, registry)
        return len(registry.perangkat_daerah), len(registry.applications)


def _spec(row: dict[str, Any]) -> AppSpec:
    return AppSpec(
        id=row["id"],
        pd_id=row["pd_id"],
        nama=row["nama"],
        url=row["url"],
        internal=row["internal"],
        aktif=row["aktif"],
        interval_s=row["interval_s"],
        max_age_days=row["max_age_days"],
        config=row["config"] or {},
    )


def _upsert_pds(conn: psycopg.Connection[Any], pds: Sequence[PerangkatDaerah]) -> None:
    with conn.cursor() as cur:
        cur.executemany(
            "INSERT INTO perangkat_daerah (id, nama, singkatan, jenis) VALUES (%s, %s, %s, %s) "
            "ON CONFLICT (id) DO UPDATE SET nama = EXCLUDED.nama, singkatan = EXCLUDED.singkatan, "
            "jenis = EXCLUDED.jenis",
            [(p.id, p.nama, p.singkatan, p.jenis) for p in pds],
        )


def _upsert_apps(conn: psycopg.Connection[Any], apps: Sequence[AppSpec]) -> None:
    with conn.cursor() as cur:
        cur.executemany(
            "INSERT INTO applications"
            " (id, pd_id, nama, url, aktif, internal, interval_s, max_age_days, config) "
            "VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s::jsonb) "
            "ON CONFLICT (id) DO UPDATE SET pd_id = EXCLUDED.pd_id, nama = EXCLUDED.nama, "
            "url = EXCLUDED.url, "
            "aktif = EXCLUDED.aktif, internal = EXCLUDED.internal, interval_s = EXCLUDED.interval_s, "
            "max_age_days = EXCLUDED.max_age_days, config = EXCLUDED.config, updated_at = now()",
            [
                (
                    a.id,
                    a.pd_id,
                    a.nama,
                    a.url,
                    a.aktif,
                    a.internal,
                    a.interval_s,
                    a.max_age_days,
                    json.dumps(dict(a.config)),
                )
                for a in apps
            ],
        )


def _replace_contacts(conn: psycopg.Connection[Any], registry: Registry) -> None:
    with conn.cursor() as cur:
        # An application moved to another Perangkat Daerah takes its contacts along.
        cur.executemany(
            "UPDATE contacts SET pd_id = %s WHERE app_id = %s AND pd_id <> %s",
            [(a.pd_id, a.id, a.pd_id) for a in registry.applications],
        )
        for pd in registry.perangkat_daerah:
            if pd.kontak is not None:
                cur.execute("DELETE FROM contacts WHERE pd_id = %s AND app_id IS NULL", (pd.id,))
                _insert_contacts(cur, pd.id, None, pd.kontak)
        for app in registry.applications:
            if app.kontak is not None:
                cur.execute("DELETE FROM contacts WHERE app_id = %s", (app.id,))
                _insert_contacts(cur, app.pd_id, app.id, app.kontak)


def _insert_contacts(cur: psycopg.Cursor[Any], pd_id: str, app_id: str | None, contacts: Sequence[Contact]) -> None:
    cur.executemany(
        "INSERT INTO contacts (pd_id, app_id, channel, address, secret_ref, nama, aktif)"
        " VALUES (%s, %s, %s, %s, %s, %s, %s)",
        [(pd_id, app_id, c.channel, c.address, c.secret_ref, c.nama, c.aktif) for c in contacts],
    )
