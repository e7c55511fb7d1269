"""What the workflow counts as late for its metrics, read from a real PostgreSQL."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import psycopg
import pytest
from pantau_testing import seed_people_and_apps
from prometheus_client import REGISTRY

from pantau_common.db import make_pool
from pantau_workflow.observe_pg import PostgresObservations

pytestmark = pytest.mark.integration
HOUR = 3600


def _cycle(conn: psycopg.Connection, by: int, status: str, step_started: datetime, mutu_baku_s: int | None) -> str:
    instance_id = str(uuid.uuid4())
    conn.execute(
        "INSERT INTO sop_instances (id, cycle_no, step, phase, status, started_by)"
        " VALUES (%s, %s, 4, 'menunggu_paraf', %s, %s)",
        (instance_id, f"T/{instance_id[:8]}", status, by),
    )
    conn.execute(
        "INSERT INTO sop_step_history (instance_id, seq, step, role, started_at, mutu_baku_s)"
        " VALUES (%s, 1, 4, 'kasie', %s, %s)",
        (instance_id, step_started, mutu_baku_s),
    )
    return instance_id


def _follow_up(conn: psycopg.Connection, instance_id: str, app_id: str, pd_id: str, state: str, due: datetime) -> None:
    conn.execute(
        "INSERT INTO follow_ups (id, instance_id, app_id, pd_id, code, category, severity, evidence, nota_nomor,"
        " state, opened_at, due_at) VALUES (%s, %s, %s, %s, %s, 'ketersediaan', 'tinggi', '', '', %s, %s, %s)",
        (str(uuid.uuid4()), instance_id, app_id, pd_id, f"code-{uuid.uuid4().hex[:6]}", state, due, due),
    )


def _gauge(name: str, **labels: str) -> float | None:
    return REGISTRY.get_sample_value(name, labels)


def test_open_steps_past_mutu_baku_and_follow_ups_past_due_are_counted(database_url: str) -> None:
    people = seed_people_and_apps(database_url, apps=2)  # app-0 of dinkes, app-1 of bapenda
    now = datetime.now(UTC)
    with psycopg.connect(database_url) as conn:
        late = _cycle(conn, people["kabid"], "berjalan", now - timedelta(hours=2), HOUR)
        _cycle(conn, people["kabid"], "berjalan", now - timedelta(minutes=10), HOUR)  # within its mutu baku
        _cycle(conn, people["kabid"], "berjalan", now - timedelta(days=2), None)  # a step without one
        _cycle(conn, people["kabid"], "selesai", now - timedelta(hours=2), HOUR)  # a finished cycle
        _follow_up(conn, late, "app-0", "dinkes", "terbuka", now - timedelta(days=1))
        _follow_up(conn, late, "app-0", "dinkes", "ditanggapi", now - timedelta(days=1))
        _follow_up(conn, late, "app-1", "bapenda", "terbuka", now + timedelta(days=1))  # not due yet
        _follow_up(conn, late, "app-1", "bapenda", "selesai", now - timedelta(days=1))  # closed

    with make_pool(database_url, "test-observations", max_size=1) as pool:
        PostgresObservations(pool).record()

    assert _gauge("pantau_sop_overdue_steps", step="4") == 1
    assert _gauge("pantau_overdue_follow_ups", pd_id="dinkes") == 2
    assert _gauge("pantau_overdue_follow_ups", pd_id="bapenda") in (None, 0)
