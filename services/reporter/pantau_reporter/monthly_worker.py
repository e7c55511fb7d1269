"""The reporter worker's monthly side task: make, sign and deliver the Wali Kota report (``monthly``)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from datetime import UTC, datetime

from pantau_common import metrics
from pantau_common.db import connect
from pantau_common.settings import Settings

from .monthly import MonthlyReporter
from .store_pg import PostgresMonthlyReports, postgres_repositories

log = logging.getLogger(__name__)
CHECK_EVERY_S = 300.0


def check_monthly(database_url: str, monthly: MonthlyReporter, now: datetime) -> None:
    """Make the report due at ``now``, sign it when the worker signs, deliver what is due; count what gave up."""
    with connect(database_url) as conn:
        monthly.make(postgres_repositories(conn), PostgresMonthlyReports(conn), now)
    if monthly.signs_itself:
        with connect(database_url) as conn:
            waiting = PostgresMonthlyReports(conn).awaiting_signature()
        for bulan in waiting:
            with connect(database_url) as conn:
                monthly.sign(postgres_repositories(conn), PostgresMonthlyReports(conn), bulan, None)
    delivered: set[str] = set()
    while True:  # one transaction per delivery; each report is tried at most once per check
        with connect(database_url) as conn:
            report = monthly.deliver_next(postgres_repositories(conn), PostgresMonthlyReports(conn), now)
        if report is None or report.bulan in delivered:
            break
        delivered.add(report.bulan)
    with connect(database_url) as conn:
        metrics.undelivered_monthly_reports(PostgresMonthlyReports(conn).undelivered())


async def run_monthly(
    settings: Settings,
    monthly: MonthlyReporter,
    stop: asyncio.Event,
    every_s: float = CHECK_EVERY_S,
    clock: Callable[[], datetime] = lambda: datetime.now(UTC),
) -> None:
    """Check for the monthly report every ``every_s`` seconds until ``stop`` is set."""
    while not stop.is_set():
        try:
            await asyncio.to_thread(check_monthly, settings.database_url, monthly, clock())
        except Exception:  # a bad month must not stop the worker; the next check tries again
            log.exception("the monthly report check failed")
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), every_s)
