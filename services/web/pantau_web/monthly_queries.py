"""Queries of the monthly Wali Kota reports (``monthly_reports``, written by the reporter)."""

from __future__ import annotations

from typing import Any

import psycopg

Conn = psycopg.Connection[Any]


def monthly_reports(db: Conn, limit: int = 24) -> list[dict[str, Any]]:
    """Return the latest monthly reports, newest first."""
    return db.execute(
        "SELECT bulan, state, draft_id, signed_id, attempts, reason, channel, receipt, made_at, signed_at,"
        " delivered_at, retry_at FROM monthly_reports ORDER BY bulan DESC LIMIT %s",
        (limit,),
    ).fetchall()
