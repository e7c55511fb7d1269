"""The web's PostgreSQL access for one application's page: its registry row, its checks, its
uptime, its response times, its registry history. Views call these, never SQL.

Reads a department account can reach take ``pd_id`` (the reader's department, or None for an
official): another department's application reads as absent.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

from pantau_common import retention_pg

from .lists import PageRequest
from .queries import Conn

UPTIME_DAYS = (7, 30, 90)
WIB = ZoneInfo("Asia/Jakarta")


def application(db: Conn, app_id: str, pd_id: str | None) -> dict[str, Any] | None:
    """Return the application with its department and latest check, or None when it is not the reader's."""
    return db.execute(
        "SELECT a.*, p.nama AS pd_nama, p.singkatan, r.availability, r.reason, r.http_status, r.total_ms, r.login,"
        " r.freshness, r.checked_at, r.payload, r.payload->>'reason_detail' AS reason_detail"
        " FROM applications a JOIN perangkat_daerah p ON p.id = a.pd_id"
        " LEFT JOIN LATERAL (SELECT * FROM check_results c WHERE c.app_id = a.id"
        "  ORDER BY checked_at DESC LIMIT 1) r ON true"
        " WHERE a.id = %(id)s AND (%(pd)s::text IS NULL OR a.pd_id = %(pd)s)",
        {"id": app_id, "pd": pd_id},
    ).fetchone()


def uptime(db: Conn, app_id: str) -> list[dict[str, Any]]:
    """Return, for 7, 30 and 90 WIB days, the checks made, those a firewall or bot challenge answered
    instead of the application (``unseen``), and the share of the others that found it up.

    Raw results and the daily roll-ups of older ones count alike, so a window reads the same
    before and after the retention job has run.
    """
    today = datetime.now(UTC).astimezone(WIB).date()
    windows = retention_pg.uptime_windows(db, app_id, today, UPTIME_DAYS)
    return [
        {"days": d, "checks": u.checks, "unseen": u.unseen, "percent": _percent(u.ratio)} for d, u in windows.items()
    ]


def _percent(ratio: float | None) -> float | None:
    return None if ratio is None else round(100.0 * ratio, 2)


def response_times(db: Conn, app_id: str, days: int = 7, limit: int = 500) -> list[dict[str, Any]]:
    """Return the latest checks' times and response times of the last ``days``, oldest first."""
    return db.execute(
        "SELECT checked_at, total_ms, availability FROM (SELECT checked_at, total_ms, availability"
        "  FROM check_results WHERE app_id = %s AND checked_at > now() - make_interval(days => %s)"
        "  ORDER BY checked_at DESC LIMIT %s) recent ORDER BY checked_at",
        (app_id, days, limit),
    ).fetchall()


def checks(db: Conn, app_id: str, page: PageRequest) -> list[dict[str, Any]]:
    """Return one page of the application's checks, newest first, each row carrying the ``total``."""
    return db.execute(
        "SELECT event_id, cycle_id, checked_at, availability, reason, payload->>'reason_detail' AS reason_detail,"
        " http_status, total_ms, login, freshness,"
        " jsonb_array_length(COALESCE(payload->'findings', '[]'::jsonb)) AS findings,"
        " (SELECT count(*) FROM check_results WHERE app_id = %(id)s) AS total"
        " FROM check_results WHERE app_id = %(id)s ORDER BY checked_at DESC, event_id"
        " LIMIT %(limit)s OFFSET %(offset)s",
        {"id": app_id, "limit": page.limit, "offset": page.offset},
    ).fetchall()


def registry_history(db: Conn, entity: str, entity_id: str, limit: int = 200) -> list[dict[str, Any]]:
    """Return the registry changes of one row, newest first, with who made them."""
    return db.execute(
        "SELECT h.id, h.change, h.source, h.before, h.after, h.at, u.nama AS actor_nama"
        " FROM registry_history h LEFT JOIN users u ON u.id = h.actor_id"
        " WHERE h.entity = %s AND h.entity_id = %s ORDER BY h.id DESC LIMIT %s",
        (entity, entity_id, limit),
    ).fetchall()


# --- registry uploads and exports ------------------------------------------------------------


def add_upload(db: Conn, upload_id: str, filename: str, content: bytes, sha256: str, user_id: int) -> None:
    """Keep an uploaded registry file until it is applied."""
    db.execute(
        "INSERT INTO registry_imports (id, filename, content, sha256, uploaded_by) VALUES (%s, %s, %s, %s, %s)",
        (upload_id, filename, content, sha256, user_id),
    )


def upload(db: Conn, upload_id: str) -> dict[str, Any] | None:
    """Return an uploaded registry file not applied yet, locked until the transaction ends."""
    return db.execute(
        "SELECT * FROM registry_imports WHERE id = %s AND applied_at IS NULL FOR UPDATE", (upload_id,)
    ).fetchone()


def mark_applied(db: Conn, upload_id: str) -> None:
    db.execute("UPDATE registry_imports SET applied_at = now() WHERE id = %s", (upload_id,))


def check_results_export(db: Conn, pd_id: str | None, app_id: str | None, days: int) -> list[dict[str, Any]]:
    """Return every check result of the last ``days`` (of one department or application), newest first."""
    return db.execute(
        "SELECT c.checked_at, c.app_id, a.nama AS app_nama, c.pd_id, p.nama AS pd_nama, c.cycle_id, c.availability,"
        " c.reason, c.http_status, c.total_ms, c.login, c.freshness,"
        " COALESCE((SELECT string_agg(f->>'code', ' ') FROM jsonb_array_elements(c.payload->'findings') f), '')"
        "  AS findings"
        " FROM check_results c JOIN applications a ON a.id = c.app_id JOIN perangkat_daerah p ON p.id = c.pd_id"
        " WHERE c.checked_at > now() - make_interval(days => %(days)s)"
        " AND (%(pd)s::text IS NULL OR c.pd_id = %(pd)s) AND (%(app)s::text IS NULL OR c.app_id = %(app)s)"
        " ORDER BY c.checked_at DESC, c.event_id",
        {"days": days, "pd": pd_id, "app": app_id},
    ).fetchall()
