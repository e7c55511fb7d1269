"""Retention against the real PostgreSQL: the roll-up loses no day and keeps every uptime figure."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from typing import Any

import psycopg
import pytest
from psycopg.rows import dict_row

from pantau_common.retention import WIB, keep_from, wib_day
from pantau_common.retention_pg import RETENTION_LOCK, roll_up, uptime, uptime_windows

pytestmark = pytest.mark.integration
NOW = datetime(2026, 3, 15, 3, 0, tzinfo=UTC)  # 10:00 WIB
TODAY = wib_day(NOW)


@pytest.fixture
def conn(database_url: str) -> Iterator[psycopg.Connection[Any]]:
    with psycopg.connect(database_url, autocommit=True, row_factory=dict_row) as connection:  # type: ignore[arg-type]
        yield connection


def add_results(conn: psycopg.Connection[Any], rows: list[tuple[str, datetime, str, float | None, str | None]]) -> None:
    with conn.cursor() as cur:
        cur.executemany(
            "INSERT INTO check_results (event_id, app_id, pd_id, checked_at, availability, total_ms, freshness,"
            " payload) VALUES (gen_random_uuid()::text, %s, 'dinkes', %s, %s, %s, %s, '{}')",
            rows,
        )


def hourly(app_id: str, first: date, days: int, seed: int) -> list[tuple[str, datetime, str, float | None, str | None]]:
    """Return one result an hour for ``days`` WIB days: mostly aktif, some down hours."""
    rng = random.Random(seed)
    start = datetime.combine(first, datetime.min.time(), WIB)
    rows = []
    for hour in range(days * 24):
        up = rng.random() > 0.1
        ms = round(rng.uniform(50, 3000), 1) if up else None
        rows.append(
            (
                app_id,
                start + timedelta(hours=hour, minutes=rng.randint(0, 59)),
                "aktif" if up else "tidak_aktif",
                ms,
                "update",
            )
        )
    return rows


def daily_days(conn: psycopg.Connection[Any], app_id: str) -> list[date]:
    rows = conn.execute("SELECT day FROM check_results_daily WHERE app_id = %s ORDER BY day", (app_id,)).fetchall()
    return [r["day"] for r in rows]


def test_every_day_with_results_is_kept_across_a_month_boundary_on_wib_days(conn, database_url):
    # 23:30 and 00:30 WIB fall on different UTC days than their WIB day: the roll-up must use WIB.
    moments = [
        datetime(2026, 1, 30, 23, 30, tzinfo=WIB),
        datetime(2026, 1, 31, 0, 30, tzinfo=WIB),
        datetime(2026, 1, 31, 23, 59, tzinfo=WIB),
        datetime(2026, 2, 1, 0, 0, tzinfo=WIB),
        datetime(2026, 2, 3, 12, 0, tzinfo=WIB),  # 2 February has no result and gets no row
    ]
    add_results(conn, [("app-0", m, "aktif", 100.0, "update") for m in moments])

    done = roll_up(database_url, keep=date(2026, 3, 1))

    assert done == [date(2026, 1, 30), date(2026, 1, 31), date(2026, 2, 1), date(2026, 2, 3)]
    assert daily_days(conn, "app-0") == done
    counts = conn.execute("SELECT day, checks FROM check_results_daily ORDER BY day").fetchall()
    assert [r["checks"] for r in counts] == [1, 2, 1, 1]
    assert conn.execute("SELECT count(*) AS n FROM check_results").fetchone()["n"] == 0


def test_raw_results_of_the_kept_days_stay(conn, database_url):
    keep = keep_from(NOW, 90)
    add_results(conn, hourly("app-0", keep - timedelta(days=2), 4, seed=1))

    assert roll_up(database_url, keep) == [keep - timedelta(days=2), keep - timedelta(days=1)]

    oldest = conn.execute("SELECT min(checked_at) AS t FROM check_results").fetchone()["t"]
    assert wib_day(oldest) == keep
    assert conn.execute("SELECT count(*) AS n FROM check_results").fetchone()["n"] == 48


def test_uptime_over_7_30_and_90_days_is_the_same_after_the_roll_up(conn, database_url):
    first = TODAY - timedelta(days=119)
    for n, app_id in enumerate(("app-0", "app-1")):
        add_results(conn, hourly(app_id, first, 120, seed=n))
    before = {a: uptime_windows(conn, a, TODAY) for a in ("app-0", "app-1")}

    for keep in (TODAY - timedelta(days=20), TODAY - timedelta(days=3)):  # windows straddle both tables
        roll_up(database_url, keep)
        after = {a: uptime_windows(conn, a, TODAY) for a in ("app-0", "app-1")}
        assert after == before
    assert all(u.checks == 7 * 24 for u in (before["app-0"][7], before["app-1"][7]))
    assert len(daily_days(conn, "app-0")) == 116  # every day before the last keep


def test_a_second_roll_up_changes_nothing(conn, database_url):
    add_results(conn, hourly("app-0", TODAY - timedelta(days=10), 10, seed=3))
    roll_up(database_url, TODAY - timedelta(days=5))
    snapshot = conn.execute("SELECT * FROM check_results_daily ORDER BY day").fetchall()

    assert roll_up(database_url, TODAY - timedelta(days=5)) == []
    again = conn.execute("SELECT * FROM check_results_daily ORDER BY day").fetchall()
    assert [{**r, "rolled_up_at": None} for r in again] == [{**r, "rolled_up_at": None} for r in snapshot]


def test_a_late_result_of_a_rolled_up_day_is_added_to_its_summary(conn, database_url):
    day = TODAY - timedelta(days=30)
    add_results(conn, hourly("app-0", day, 1, seed=4))
    roll_up(database_url, day + timedelta(days=1))
    before = uptime(conn, "app-0", day, day)

    late = datetime.combine(day, datetime.min.time(), WIB) + timedelta(hours=12, seconds=1)
    add_results(conn, [("app-0", late, "tidak_aktif", None, "tidak_update")])
    roll_up(database_url, day + timedelta(days=1))

    after = uptime(conn, "app-0", day, day)
    assert (after.checks, after.aktif) == (before.checks + 1, before.aktif)
    assert daily_days(conn, "app-0") == [day]


def test_the_percentiles_are_those_postgresql_computes_from_the_raw_results(conn, database_url):
    day = TODAY - timedelta(days=40)
    add_results(conn, hourly("app-0", day, 1, seed=5))
    start = datetime.combine(day, datetime.min.time(), WIB)
    expected = conn.execute(
        "SELECT percentile_cont(ARRAY[0.5, 0.95, 0.99]) WITHIN GROUP (ORDER BY total_ms) AS p"
        " FROM check_results WHERE availability = 'aktif' AND checked_at >= %s AND checked_at < %s",
        (start, start + timedelta(days=1)),
    ).fetchone()["p"]

    roll_up(database_url, day + timedelta(days=1))

    row = conn.execute("SELECT p50_ms, p95_ms, p99_ms, freshness FROM check_results_daily").fetchone()
    assert [row["p50_ms"], row["p95_ms"], row["p99_ms"]] == pytest.approx(expected)
    assert row["freshness"] == "update"


def test_a_roll_up_waits_its_turn_while_another_holds_the_lock(conn, database_url):
    add_results(conn, hourly("app-0", TODAY - timedelta(days=3), 1, seed=6))
    with psycopg.connect(database_url, autocommit=True) as other:
        other.execute("SELECT pg_advisory_lock(%s)", (RETENTION_LOCK,))
        assert roll_up(database_url, TODAY) is None
        # Released here, not by closing: a closed connection's backend may still hold the lock
        # for a moment after the client has gone.
        other.execute("SELECT pg_advisory_unlock(%s)", (RETENTION_LOCK,))
    assert roll_up(database_url, TODAY) == [TODAY - timedelta(days=3)]


def test_checks_a_firewall_answered_are_left_out_of_uptime_before_and_after_the_roll_up(conn, database_url):
    # Two days: each has 18 aktif hours, 2 down (a server error) and 4 that a bot challenge answered.
    first = TODAY - timedelta(days=10)
    rows = []
    for day in range(2):
        start = datetime.combine(first + timedelta(days=day), datetime.min.time(), WIB)
        for hour in range(24):
            state = ("aktif", None) if hour < 18 else ("tidak_aktif", "http_5xx" if hour < 20 else "diblokir_pelindung")
            rows.append((start + timedelta(hours=hour, minutes=5), *state))
    with conn.cursor() as cur:
        cur.executemany(
            "INSERT INTO check_results (event_id, app_id, pd_id, checked_at, availability, reason, payload)"
            " VALUES (gen_random_uuid()::text, 'app-0', 'dinkes', %s, %s, %s, '{}')",
            rows,
        )
    before = uptime_windows(conn, "app-0", TODAY, (30,))[30]
    assert (before.checks, before.aktif, before.unseen) == (48, 36, 8)
    assert before.ratio == 36 / 40

    roll_up(database_url, first + timedelta(days=1))  # one day rolled up, one raw
    assert uptime_windows(conn, "app-0", TODAY, (30,))[30] == before
    rolled = conn.execute("SELECT checks, aktif, unseen FROM check_results_daily WHERE app_id = 'app-0'").fetchone()
    assert rolled == {"checks": 24, "aktif": 18, "unseen": 4}
