"""The registry in PostgreSQL: read it back as specs, and apply a validated registry with its history.

``apply`` runs in the caller's transaction: the rows, their contacts and one history row per
change (who, when, the document before and after) are kept together or not at all. A row that
lists ``kontak`` replaces its contacts (an empty list removes them); a row silent on contacts
leaves them alone.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, Literal

import psycopg
from psycopg.types.json import Jsonb

from .diff import Change, plan
from .model import AppSpec, Contact, PerangkatDaerah, Registry, Spbe

Conn = psycopg.Connection[Any]
Source = Literal["web", "impor", "api"]
_APP_COLUMNS = (
    "id, pd_id, nama, url, aktif, internal, interval_s, max_age_days, config,"
    " klasifikasi, unit_pengembang, tahun_operasi, penanggung_jawab"
)


def load(conn: Conn, pd_ids: Iterable[str] | None = None, app_ids: Iterable[str] | None = None) -> Registry:
    """Return the stored registry with its contacts (every row, or only the ids given)."""
    pds = _rows(conn, "SELECT id, nama, singkatan, jenis, aktif FROM perangkat_daerah", pd_ids)
    apps = _rows(conn, f"SELECT {_APP_COLUMNS} FROM applications", app_ids)
    contacts = _contacts(conn)
    return Registry(
        tuple(_pd(r, contacts.get((r["id"], None), ())) for r in pds),
        tuple(app_spec(r, contacts.get((r["pd_id"], r["id"]), ())) for r in apps),
    )


def _rows(conn: Conn, select: str, ids: Iterable[str] | None) -> list[dict[str, Any]]:
    if ids is None:
        return conn.execute(select + " ORDER BY id").fetchall()
    return conn.execute(select + " WHERE id = ANY(%s) ORDER BY id", (list(ids),)).fetchall()


def _contacts(conn: Conn) -> dict[tuple[str, str | None], tuple[Contact, ...]]:
    found: dict[tuple[str, str | None], list[Contact]] = {}
    for r in conn.execute("SELECT * FROM contacts ORDER BY id").fetchall():
        contact = Contact(r["channel"], r["address"], r["nama"], r["secret_ref"], r["aktif"])
        found.setdefault((r["pd_id"], r["app_id"]), []).append(contact)
    return {k: tuple(v) for k, v in found.items()}


def _pd(row: dict[str, Any], contacts: tuple[Contact, ...]) -> PerangkatDaerah:
    return PerangkatDaerah(row["id"], row["nama"], row["singkatan"], row["jenis"], contacts, row["aktif"])


def app_spec(row: dict[str, Any], contacts: tuple[Contact, ...] | None = None) -> AppSpec:
    """Return the spec of a stored application row."""
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
        kontak=contacts,
        spbe=Spbe(row["klasifikasi"], row["unit_pengembang"], row["tahun_operasi"], row["penanggung_jawab"]),
    )


def preview(conn: Conn, registry: Registry) -> list[Change]:
    """Return what applying ``registry`` would change, row by row (unchanged rows included)."""
    stored = load(conn, [p.id for p in registry.perangkat_daerah], [a.id for a in registry.applications])
    return plan(stored, registry)


def apply(conn: Conn, registry: Registry, actor_id: int | None, source: Source) -> list[Change]:
    """Write every changed row, its contacts and its history in the caller's transaction; return the changes."""
    changes = [c for c in preview(conn, registry) if c.kind != "tetap"]
    changed = {(c.entity, c.id) for c in changes}
    pds = [p for p in registry.perangkat_daerah if ("perangkat_daerah", p.id) in changed]
    apps = [a for a in registry.applications if ("aplikasi", a.id) in changed]
    _upsert_pds(conn, pds)
    _upsert_apps(conn, apps)
    _replace_contacts(conn, Registry(tuple(pds), tuple(apps)))
    _record(conn, changes, actor_id, source)
    return changes


def _upsert_pds(conn: Conn, pds: Sequence[PerangkatDaerah]) -> None:
    with conn.cursor() as cur:
        cur.executemany(
            "INSERT INTO perangkat_daerah (id, nama, singkatan, jenis, aktif) VALUES (%s, %s, %s, %s, %s) "
            "ON CONFLICT (id) DO UPDATE SET nama = EXCLUDED.nama, singkatan = EXCLUDED.singkatan, "
            "jenis = EXCLUDED.jenis, aktif = EXCLUDED.aktif",
            [(p.id, p.nama, p.singkatan, p.jenis, p.aktif) for p in pds],
        )


def _upsert_apps(conn: Conn, apps: Sequence[AppSpec]) -> None:
    with conn.cursor() as cur:
        cur.executemany(
            f"INSERT INTO applications ({_APP_COLUMNS}) "
            "VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s) "
            "ON CONFLICT (id) DO UPDATE SET pd_id = EXCLUDED.pd_id, nama = EXCLUDED.nama, url = EXCLUDED.url, "
            "aktif = EXCLUDED.aktif, internal = EXCLUDED.internal, interval_s = EXCLUDED.interval_s, "
            "max_age_days = EXCLUDED.max_age_days, config = EXCLUDED.config, klasifikasi = EXCLUDED.klasifikasi, "
            "unit_pengembang = EXCLUDED.unit_pengembang, tahun_operasi = EXCLUDED.tahun_operasi, "
            "penanggung_jawab = EXCLUDED.penanggung_jawab, updated_at = now()",
            [_app_params(a) for a in apps],
        )


def _app_params(a: AppSpec) -> tuple[Any, ...]:
    spbe = a.spbe
    return (
        *(a.id, a.pd_id, a.nama, a.url, a.aktif, a.internal, a.interval_s, a.max_age_days, Jsonb(dict(a.config))),
        *(spbe.klasifikasi, spbe.unit_pengembang, spbe.tahun_operasi, spbe.penanggung_jawab),
    )


def _replace_contacts(conn: Conn, registry: Registry) -> None:
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


def _record(conn: Conn, changes: Sequence[Change], actor_id: int | None, source: Source) -> None:
    with conn.cursor() as cur:
        cur.executemany(
            "INSERT INTO registry_history (entity, entity_id, pd_id, change, source, actor_id, before, after)"
            " VALUES (%s, %s, %s, %s, %s, %s, %s, %s)",
            [
                (
                    c.entity,
                    c.id,
                    c.pd_id,
                    c.kind,
                    source,
                    actor_id,
                    Jsonb(c.before) if c.before else None,
                    Jsonb(c.after),
                )
                for c in changes
            ],
        )


def _json(document: Any) -> Jsonb | None:
    return Jsonb(document) if document is not None else None
