"""The workflow's figures read from PostgreSQL for its metrics: the outbox backlog and completed steps.

Steps are observed from the moment this process starts (a restart starts the histogram afresh,
as Prometheus expects of a counter); each completed step visit is observed once per process,
against the mutu baku it carried.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from psycopg_pool import ConnectionPool

from pantau_common import metrics


class PostgresObservations:
    """Read the outbox backlog and the step visits completed since the last look."""

    def __init__(self, pool: ConnectionPool[Any], clock: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        self._pool = pool
        self._since = clock()

    def record(self) -> None:
        """Update the outbox gauge and observe the step visits completed since the last call."""
        with self._pool.connection() as conn:
            row = conn.execute("SELECT count(*) AS n, now() AS at FROM outbox WHERE sent_at IS NULL").fetchone()
            metrics.outbox_unsent(row["n"])
            since, self._since = self._since, row["at"]
            steps = conn.execute(
                "SELECT step, extract(epoch FROM completed_at - started_at)::float AS seconds, mutu_baku_s"
                " FROM sop_step_history WHERE completed_at > %s AND completed_at <= %s",
                (since, row["at"]),
            ).fetchall()
        for step in steps:
            metrics.step_completed(step["step"], step["seconds"], step["mutu_baku_s"])
