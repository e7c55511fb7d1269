"""The workflow's figures read from PostgreSQL for its metrics: the outbox backlog, completed steps,
and what is late now (open steps past their mutu baku, open follow-ups past due).

Steps are observed from the moment this process starts (a restart starts the histogram afresh,
as Prometheus expects of a counter); each completed step visit is observed once per process,
against the mutu baku it carried. What is late is counted from the deadlines themselves, not from
the SLA timer's marks, so a timer that stopped does not hide it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import psycopg
from psycopg_pool import ConnectionPool

from pantau_common import metrics

_OVERDUE_STEPS = (
    "SELECT h.step, count(*) AS n FROM sop_step_history h JOIN sop_instances i ON i.id = h.instance_id"
    " WHERE i.status = 'berjalan' AND h.completed_at IS NULL AND h.mutu_baku_s IS NOT NULL"
    " AND h.started_at + make_interval(secs => h.mutu_baku_s) <= %s GROUP BY h.step"
)
_OVERDUE_FOLLOW_UPS = (
    "SELECT pd_id, count(*) AS n FROM follow_ups"
    " WHERE state IN ('terbuka', 'ditanggapi') AND due_at <= %s GROUP BY pd_id"
)


class PostgresObservations:
    """Read the outbox backlog, the step visits completed since the last look, and what is late."""

    def __init__(self, pool: ConnectionPool[Any], clock: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        self._pool = pool
        self._since = clock()

    def record(self) -> None:
        """Update the outbox and lateness gauges and observe the step visits completed since the last call."""
        with self._pool.connection() as conn:
            row = conn.execute("SELECT count(*) AS n, now() AS at FROM outbox WHERE sent_at IS NULL").fetchone()
            metrics.outbox_unsent(row["n"])
            since, self._since = self._since, row["at"]
            steps = conn.execute(
                "SELECT step, extract(epoch FROM completed_at - started_at)::float AS seconds, mutu_baku_s"
                " FROM sop_step_history WHERE completed_at > %s AND completed_at <= %s",
                (since, row["at"]),
            ).fetchall()
            _record_late(conn, row["at"])
        for step in steps:
            metrics.step_completed(step["step"], step["seconds"], step["mutu_baku_s"])


def _record_late(conn: psycopg.Connection[Any], now: datetime) -> None:
    steps = conn.execute(_OVERDUE_STEPS, (now,)).fetchall()
    metrics.overdue_steps({r["step"]: r["n"] for r in steps})
    follow_ups = conn.execute(_OVERDUE_FOLLOW_UPS, (now,)).fetchall()
    metrics.overdue_follow_ups({r["pd_id"]: r["n"] for r in follow_ups})
