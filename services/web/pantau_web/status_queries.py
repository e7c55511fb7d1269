"""PostgreSQL reads of the public status page: what a citizen may see of each application in use.

Only the name, the department, the public address and availability: no evidence, no findings.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from pantau_common import retention_pg
from pantau_common.retention import Uptime

from .queries import Conn

UPTIME_DAYS = 30

# The confirmed availability (after the checker's flap suppression), else the raw one.
_APPLICATIONS = (
    "SELECT a.id, a.nama, CASE WHEN a.internal THEN NULL ELSE a.url END AS url, p.id AS pd_id,"
    " p.nama AS pd_nama, r.availability, r.reason, r.checked_at"
    " FROM applications a JOIN perangkat_daerah p ON p.id = a.pd_id"
    " LEFT JOIN (SELECT app_id, COALESCE(confirmed_availability, availability) AS availability, reason, checked_at"
    "  FROM latest_checks) r ON r.app_id = a.id"
    " WHERE a.aktif AND p.aktif ORDER BY p.nama, a.nama, a.id"
)


def applications(db: Conn) -> list[dict[str, Any]]:
    """Return every application in use, its department and its latest confirmed availability."""
    return db.execute(_APPLICATIONS).fetchall()


def uptime(db: Conn, app_id: str, today: date) -> Uptime:
    """Return an application's checks over the last 30 WIB days, raw and rolled up alike."""
    return retention_pg.uptime_windows(db, app_id, today, (UPTIME_DAYS,))[UPTIME_DAYS]
