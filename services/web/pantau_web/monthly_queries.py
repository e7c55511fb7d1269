"""Queries of the monthly Wali Kota reports (``monthly_reports``, written by the reporter)."""

from __future__ import annotations

from typing import Any

import psycopg

Conn = psycopg.Connection[Any]


def monthly_reports(db: Conn, limit: int = 24) -> list[dict[str, Any]]:
    """Return the latest monthly reports, newest first, with who last asked to send one again."""
    return db.execute(
        "SELECT m.bulan, m.state, m.draft_id, m.signed_id, m.attempts, m.reason, m.channel, m.receipt, m.made_at,"
        " m.signed_at, m.delivered_at, m.retry_at, m.resends, m.resent_at, u.nama AS resent_by"
        " FROM monthly_reports m LEFT JOIN users u ON u.id = m.resent_by ORDER BY m.bulan DESC LIMIT %s",
        (limit,),
    ).fetchall()


def resend(db: Conn, bulan: str, resends: int, by: int) -> str | None:
    """Put a report whose delivery was given up back in the reporter's queue; return the reason it had.

    Only while it is ``gagal_kirim`` with ``resends`` requests behind it (the count its form was
    shown), so a replayed form changes nothing: None then. Called in the caller's transaction.
    The reporter delivers it at its next check with a fresh count of failures (``next_delivery``
    locks the row, so one replica delivers it).
    """
    old = db.execute(
        "SELECT reason FROM monthly_reports WHERE bulan = %s AND state = 'gagal_kirim' AND resends = %s FOR UPDATE",
        (bulan, resends),
    ).fetchone()
    if old is None:
        return None
    db.execute(
        "UPDATE monthly_reports SET state = 'ditandatangani', attempts = 0, retry_at = NULL, reason = NULL,"
        " resends = resends + 1, resent_by = %s, resent_at = now() WHERE bulan = %s",
        (by, bulan),
    )
    return str(old["reason"] or "")
