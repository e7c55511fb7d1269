"""PostgreSQL access for the audit log: its rows, read together with the registry's history and
the commands the workflow refused, so each event is kept once, where it happened."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

from psycopg.types.json import Jsonb

from .lists import KeysetPage, Position, keyset_page, like_pattern
from .queries import Conn, where

Rows = list[dict[str, Any]]

# One event per row, whatever its source: the web's own log, the registry's history (web and
# import), and the refusals the workflow answered (its actor is in the command it refused).
# A page reads each source by its own time index, from a position on, and merges the three.
_SOURCES = (
    """SELECT a.at, a.kind, a.actor_id, COALESCE(u.nama, a.actor_name) AS actor, u.username, a.target, a.detail,
       NULL AS change, NULL AS entity, a.remote, 'a' || lpad(a.id::text, 19, '0') AS ref
  FROM audit_log a LEFT JOIN users u ON u.id = a.actor_id""",
    """SELECT r.at, 'registri' AS kind, r.actor_id, COALESCE(u.nama, '') AS actor, u.username, r.entity_id AS target,
       '' AS detail, r.change, r.entity, '' AS remote, 'r' || lpad(r.id::text, 19, '0') AS ref
  FROM registry_history r LEFT JOIN users u ON u.id = r.actor_id""",
    """SELECT c.at, 'perintah_ditolak' AS kind, u.id AS actor_id, COALESCE(u.nama, '') AS actor, u.username,
       COALESCE(o.key, '') AS target, COALESCE(c.reason, '') AS detail, NULL AS change, NULL AS entity,
       '' AS remote, 'c' || c.command_id AS ref
  FROM command_results c LEFT JOIN outbox o ON o.message_id = c.command_id
  LEFT JOIN users u ON u.id::text = convert_from(o.payload, 'UTF8')::jsonb -> 'data' ->> 'actor_id'
 WHERE NOT c.accepted""",
)
# Below a position (older), or above it (newer); the tie-break compares refs byte by byte (ids padded).
_OLDER = 'e.at <= %(at)s AND (e.at < %(at)s OR e.ref COLLATE "C" < %(ref)s)'
_NEWER = 'e.at >= %(at)s AND (e.at > %(at)s OR e.ref COLLATE "C" > %(ref)s)'
_ORDER = {True: ' ORDER BY e.at DESC, e.ref COLLATE "C" DESC', False: ' ORDER BY e.at, e.ref COLLATE "C"'}


@dataclass(frozen=True)
class AuditFilters:
    """What the audit page narrows to; None means no narrowing."""

    kind: str | None = None
    username: str | None = None
    since: date | None = None
    until: date | None = None
    text: str | None = None

    def params(self) -> dict[str, Any]:
        """Return the query parameters, the free text as an ILIKE pattern."""
        return {**asdict(self), "text": like_pattern(self.text)}

    def conditions(self) -> list[str | None]:
        """Return the SQL conditions of the filters set (None for each filter not set)."""
        return [
            self.kind and "e.kind = %(kind)s",
            self.username and "e.username = %(username)s",
            None if self.since is None else "e.at >= %(since)s::date::timestamp AT TIME ZONE 'Asia/Jakarta'",
            None if self.until is None else "e.at < (%(until)s::date + 1)::timestamp AT TIME ZONE 'Asia/Jakarta'",
            self.text and "concat_ws(' ', e.actor, e.username, e.target, e.detail) ILIKE %(text)s",
        ]


def insert(db: Conn, row: dict[str, Any]) -> None:
    """Append one row: kind, actor_id, actor_name, target, detail, data, remote."""
    db.execute(
        "INSERT INTO audit_log (kind, actor_id, actor_name, target, detail, data, remote)"
        " VALUES (%(kind)s, %(actor_id)s, %(actor_name)s, %(target)s, %(detail)s, %(data)s, %(remote)s)",
        {**row, "data": Jsonb(row["data"])},
    )


def events(db: Conn, filters: AuditFilters, limit: int, position: Position | None = None, older: bool = True) -> Rows:
    """Return up to ``limit`` events that match, below ``position`` newest first (or above it, oldest first)."""
    # Only the filters set reach the SQL, and the limit is written in it: with optional parameters
    # (``%(kind)s IS NULL OR ...``) and a limit PostgreSQL does not know, it planned anew each time.
    at = None if position is None else _OLDER if older else _NEWER
    tail = f"{_ORDER[older]} LIMIT {int(limit)}"
    branch = where(*filters.conditions(), at) + tail
    branches = " UNION ALL ".join(f"(SELECT * FROM ({source}) e {branch})" for source in _SOURCES)
    at_ref = {"at": position.at, "ref": position.ref} if position else {}
    return db.execute(f"SELECT * FROM ({branches}) e {tail}", {**filters.params(), **at_ref}).fetchall()


def page(
    db: Conn, filters: AuditFilters, size: int, before: Position | None = None, after: Position | None = None
) -> KeysetPage:
    """Return the page of events below ``before`` (or above ``after``, or the newest), newest first."""
    return keyset_page(lambda limit, at, older: events(db, filters, limit, at, older), size, before, after)


def actors(db: Conn) -> list[dict[str, Any]]:
    """Return the accounts the page can narrow to."""
    return db.execute("SELECT username, nama FROM users ORDER BY nama").fetchall()
