"""PostgreSQL access for the audit log: its rows, read together with the registry's history and
the commands the workflow refused, so each event is kept once, where it happened."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

from psycopg.types.json import Jsonb

from .lists import PageRequest, like_pattern
from .queries import Conn

# One event per row, whatever its source: the web's own log, the registry's history (web and
# import), and the refusals the workflow answered (its actor is in the command it refused).
_EVENTS = """
SELECT a.at, a.kind, a.actor_id, COALESCE(u.nama, a.actor_name) AS actor, u.username, a.target, a.detail,
       NULL AS change, NULL AS entity, a.remote, 'a' || a.id AS ref
  FROM audit_log a LEFT JOIN users u ON u.id = a.actor_id
UNION ALL
SELECT r.at, 'registri', r.actor_id, COALESCE(u.nama, ''), u.username, r.entity_id, '',
       r.change, r.entity, '', 'r' || r.id
  FROM registry_history r LEFT JOIN users u ON u.id = r.actor_id
UNION ALL
SELECT c.at, 'perintah_ditolak', u.id, COALESCE(u.nama, ''), u.username, COALESCE(o.key, ''), COALESCE(c.reason, ''),
       NULL, NULL, '', 'c' || c.command_id
  FROM command_results c LEFT JOIN outbox o ON o.message_id = c.command_id
  LEFT JOIN users u ON u.id::text = convert_from(o.payload, 'UTF8')::jsonb -> 'data' ->> 'actor_id'
 WHERE NOT c.accepted
"""
_WHERE = """
 WHERE (%(kind)s::text IS NULL OR e.kind = %(kind)s)
   AND (%(username)s::text IS NULL OR e.username = %(username)s)
   AND (%(since)s::date IS NULL OR e.at >= %(since)s::date::timestamp AT TIME ZONE 'Asia/Jakarta')
   AND (%(until)s::date IS NULL OR e.at < (%(until)s::date + 1)::timestamp AT TIME ZONE 'Asia/Jakarta')
   AND (%(text)s::text IS NULL OR concat_ws(' ', e.actor, e.username, e.target, e.detail) ILIKE %(text)s)
"""


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


def insert(db: Conn, row: dict[str, Any]) -> None:
    """Append one row: kind, actor_id, actor_name, target, detail, data, remote."""
    db.execute(
        "INSERT INTO audit_log (kind, actor_id, actor_name, target, detail, data, remote)"
        " VALUES (%(kind)s, %(actor_id)s, %(actor_name)s, %(target)s, %(detail)s, %(data)s, %(remote)s)",
        {**row, "data": Jsonb(row["data"])},
    )


def events(db: Conn, filters: AuditFilters, page: PageRequest) -> list[dict[str, Any]]:
    """Return one page of the events that match, newest first, each with the total that match."""
    return db.execute(
        f"SELECT e.*, count(*) OVER () AS total FROM ({_EVENTS}) e {_WHERE}"
        " ORDER BY e.at DESC, e.ref DESC LIMIT %(limit)s OFFSET %(offset)s",
        {**filters.params(), "limit": page.limit, "offset": page.offset},
    ).fetchall()


def actors(db: Conn) -> list[dict[str, Any]]:
    """Return the accounts the page can narrow to."""
    return db.execute("SELECT username, nama FROM users ORDER BY nama").fetchall()
