"""The web's PostgreSQL access to the follow-up register (written by the workflow), the
departments' attachments and the false positives. Views call these functions, never SQL.

Every read that a department account can reach takes ``pd_id``: the Perangkat Daerah the
reader is bound to, or None for an official, who sees the whole city.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .attachments import Attachment
from .queries import Conn

_FOLLOW_UP = (
    "SELECT f.id, f.instance_id, f.app_id, f.pd_id, f.code, f.category, f.severity, f.evidence, f.nota_nomor,"
    " f.state, f.terlambat, f.dibuka_kembali, f.opened_at, f.due_at, f.closed_at, f.closed_by_event,"
    " a.nama AS app_nama, a.url AS app_url, p.nama AS pd_nama, p.singkatan AS pd_singkatan, i.cycle_no"
    " FROM follow_ups f JOIN applications a ON a.id = f.app_id JOIN perangkat_daerah p ON p.id = f.pd_id"
    " JOIN sop_instances i ON i.id = f.instance_id"
    " WHERE (%(pd)s::text IS NULL OR f.pd_id = %(pd)s)"
)
_ORDER = " ORDER BY f.state IN ('terbuka', 'ditanggapi') DESC, f.terlambat DESC, f.due_at, p.nama, a.nama"
OPEN_STATES = ("terbuka", "ditanggapi")


@dataclass(frozen=True)
class Filters:
    """What the register is narrowed to; None is no narrowing."""

    pd_id: str | None = None
    state: str | None = None
    late_only: bool = False
    open_only: bool = False
    instance_id: str | None = None
    app_id: str | None = None


def follow_ups(db: Conn, filters: Filters, limit: int = 500) -> list[dict[str, Any]]:
    """Return the follow-ups that pass ``filters``, open and late ones first."""
    return db.execute(
        _FOLLOW_UP + " AND (%(state)s::text IS NULL OR f.state = %(state)s) AND (NOT %(late)s OR f.terlambat)"
        " AND (NOT %(open)s OR f.state IN ('terbuka', 'ditanggapi'))"
        " AND (%(iid)s::uuid IS NULL OR f.instance_id = %(iid)s)"
        " AND (%(app)s::text IS NULL OR f.app_id = %(app)s)" + _ORDER + " LIMIT %(limit)s",
        {
            "pd": filters.pd_id,
            "state": filters.state,
            "late": filters.late_only,
            "open": filters.open_only,
            "iid": filters.instance_id,
            "app": filters.app_id,
            "limit": limit,
        },
    ).fetchall()


def follow_up(db: Conn, followup_id: str, pd_id: str | None) -> dict[str, Any] | None:
    """Return one follow-up, or None when it does not exist or belongs to another department."""
    return db.execute(_FOLLOW_UP + " AND f.id = %(id)s", {"pd": pd_id, "id": followup_id}).fetchone()


def history(db: Conn, followup_id: str) -> list[dict[str, Any]]:
    """Return every change of a follow-up, oldest first, with who made it and any attachment."""
    return db.execute(
        "SELECT h.id, h.change, h.state, h.note, h.at, h.attachment_id, u.nama AS actor_nama, u.role AS actor_role,"
        " t.filename, t.media_type, t.size"
        " FROM follow_up_history h LEFT JOIN users u ON u.id = h.actor_id"
        " LEFT JOIN follow_up_attachments t ON t.id = h.attachment_id"
        " WHERE h.follow_up_id = %s ORDER BY h.at, h.id",
        (followup_id,),
    ).fetchall()


def counts(db: Conn, pd_id: str | None) -> dict[str, int]:
    """Count the follow-ups by state, and the late open ones."""
    row = db.execute(
        "SELECT count(*) FILTER (WHERE state = 'terbuka') AS terbuka,"
        " count(*) FILTER (WHERE state = 'ditanggapi') AS ditanggapi,"
        " count(*) FILTER (WHERE state = 'selesai') AS selesai,"
        " count(*) FILTER (WHERE state = 'ditutup') AS ditutup,"
        " count(*) FILTER (WHERE terlambat AND state IN ('terbuka', 'ditanggapi')) AS terlambat"
        " FROM follow_ups WHERE %(pd)s::text IS NULL OR pd_id = %(pd)s",
        {"pd": pd_id},
    ).fetchone()
    return dict(row or {})


def notas(db: Conn, pd_id: str | None) -> list[dict[str, Any]]:
    """Return the signed notas that address follow-ups to the department, newest first."""
    return db.execute(
        "SELECT f.instance_id, max(f.nota_nomor) AS nota_nomor, i.cycle_no, min(f.opened_at) AS opened_at,"
        " count(*) AS jumlah, count(*) FILTER (WHERE f.state IN ('terbuka', 'ditanggapi')) AS terbuka"
        " FROM follow_ups f JOIN sop_instances i ON i.id = f.instance_id"
        " WHERE %(pd)s::text IS NULL OR f.pd_id = %(pd)s"
        " GROUP BY f.instance_id, i.cycle_no ORDER BY min(f.opened_at) DESC",
        {"pd": pd_id},
    ).fetchall()


def departments(db: Conn) -> list[dict[str, Any]]:
    return db.execute("SELECT id, nama, singkatan FROM perangkat_daerah ORDER BY nama").fetchall()


def add_attachment(db: Conn, pd_id: str, attachment: Attachment, user_id: int) -> int:
    """Store an attachment of the department's answer; return its id."""
    row = db.execute(
        "INSERT INTO follow_up_attachments (pd_id, filename, media_type, size, sha256, content, uploaded_by)"
        " VALUES (%s, %s, %s, %s, %s, %s, %s) RETURNING id",
        (
            pd_id,
            attachment.filename,
            attachment.media_type,
            attachment.size,
            attachment.sha256,
            attachment.content,
            user_id,
        ),
    ).fetchone()
    return int(row["id"])  # type: ignore[index]


def attachment(db: Conn, attachment_id: int, pd_id: str | None) -> dict[str, Any] | None:
    """Return an attachment, or None when it does not exist or belongs to another department."""
    return db.execute(
        "SELECT * FROM follow_up_attachments WHERE id = %(id)s AND (%(pd)s::text IS NULL OR pd_id = %(pd)s)",
        {"id": attachment_id, "pd": pd_id},
    ).fetchone()


def false_positives(db: Conn, app_ids: list[str]) -> list[dict[str, Any]]:
    """Return the false positives recorded for these applications, newest first."""
    return db.execute(
        "SELECT x.app_id, x.code, x.evidence_sha256, x.instance_id, x.reason, x.at, u.nama AS actor_nama"
        " FROM false_positives x JOIN users u ON u.id = x.actor_id WHERE x.app_id = ANY(%s) ORDER BY x.at DESC",
        (app_ids,),
    ).fetchall()
