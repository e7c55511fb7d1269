"""The roll-up's arithmetic: WIB days, percentiles as PostgreSQL computes them, exact uptime counts."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest

from pantau_common.config import ConfigError
from pantau_common.retention import (
    WIB,
    RawResult,
    RetentionConfig,
    Uptime,
    day_bounds,
    keep_from,
    merge,
    percentile,
    summarise,
    summarise_day,
    wib_day,
    window,
)
from pantau_common.settings import Settings

DAY = date(2026, 1, 31)


def result(
    hour: int,
    availability: str = "aktif",
    ms: float | None = 100.0,
    freshness: str | None = "update",
    app: str = "app-0",
) -> RawResult:
    return RawResult(app, "dinkes", datetime(2026, 1, 31, hour, tzinfo=WIB), availability, ms, freshness)


@pytest.mark.parametrize(
    ("values", "q", "expected"),
    [
        ([5.0], 0.99, 5.0),
        ([1.0, 2.0, 3.0, 4.0], 0.5, 2.5),
        ([10.0, 20.0, 30.0, 40.0, 50.0], 0.95, 48.0),
        ([float(v) for v in range(1, 101)], 0.99, 99.01),
    ],
)
def test_percentiles_interpolate_like_percentile_cont(values, q, expected):
    assert percentile(values, q) == pytest.approx(expected)


def test_no_values_have_no_percentile():
    assert percentile([], 0.5) is None


def test_a_day_summary_counts_every_result_and_times_only_the_aktif_ones():
    rows = [result(1, ms=300.0), result(2, ms=100.0), result(3, "tidak_aktif", ms=20000.0), result(4, ms=200.0)]

    summary = summarise(DAY, rows)

    assert (summary.checks, summary.aktif, summary.timed) == (4, 3, 3)
    assert summary.p50_ms == 200.0
    assert Uptime(summary.checks, summary.aktif).ratio == 0.75


def test_the_days_content_result_is_the_last_one_known():
    rows = [result(9, freshness="tidak_update"), result(5, freshness="update"), result(12, freshness=None)]

    summary = summarise(DAY, rows)

    assert summary.freshness == "tidak_update"
    assert summary.last_checked_at == datetime(2026, 1, 31, 12, tzinfo=WIB)


def test_a_day_is_summarised_per_application():
    rows = [result(1, app="b"), result(2, app="a"), result(3, app="b")]

    assert [(s.app_id, s.checks) for s in summarise_day(DAY, rows)] == [("a", 1), ("b", 2)]


def test_late_results_add_exact_counts_and_weigh_the_percentiles():
    old = summarise(DAY, [result(1, ms=100.0), result(2, ms=100.0), result(3, ms=100.0)])
    late = summarise(DAY, [result(23, "tidak_aktif", ms=None, freshness="tidak_update"), result(22, ms=500.0)])

    merged = merge(old, late)

    assert (merged.checks, merged.aktif, merged.timed) == (5, 4, 4)
    assert merged.p50_ms == pytest.approx(200.0)
    assert merged.freshness == "tidak_update"


def test_a_wib_day_starts_at_midnight_wib_which_is_17_00_utc_the_day_before():
    start, end = day_bounds(DAY)

    assert start == datetime(2026, 1, 30, 17, tzinfo=UTC)
    assert end - start == timedelta(hours=24)
    assert wib_day(datetime(2026, 1, 31, 16, 59, tzinfo=UTC)) == DAY
    assert wib_day(datetime(2026, 1, 31, 17, 0, tzinfo=UTC)) == date(2026, 2, 1)


def test_raw_results_are_kept_for_today_and_the_retention_days_before_it():
    assert keep_from(datetime(2026, 3, 31, 18, tzinfo=UTC), 90) == date(2026, 1, 1)  # 1 April WIB


def test_a_window_of_seven_days_ends_today():
    assert window(DAY, 7) == (date(2026, 1, 25), DAY)


def test_uptime_adds_counts_not_ratios():
    total = Uptime(10, 10) + Uptime(90, 45)

    assert total.ratio == 0.55
    assert Uptime().ratio is None


def test_retention_is_90_days_unless_set():
    assert RetentionConfig.from_settings(Settings()).days == 90
    assert RetentionConfig.from_settings(Settings.from_env({"PANTAU_RETENTION_DAYS": "30"})).days == 30


@pytest.mark.parametrize("bad", ["0", "x", "-5"])
def test_a_bad_retention_is_an_error_naming_the_variable(bad):
    with pytest.raises(ConfigError, match="PANTAU_RETENTION_DAYS"):
        RetentionConfig.from_settings(Settings.from_env({"PANTAU_RETENTION_DAYS": bad}))


def test_checks_a_firewall_or_bot_challenge_answered_are_counted_apart_and_left_out_of_uptime():
    blocked = replace(result(5, "tidak_aktif", ms=None), reason="diblokir_pelindung")
    rows = [
        result(1),
        result(2),
        result(3, "tidak_aktif", ms=None),
        blocked,
        replace(blocked, checked_at=blocked.checked_at.replace(hour=6)),
    ]

    summary = summarise(DAY, rows)

    assert (summary.checks, summary.aktif, summary.unseen) == (5, 2, 2)
    assert Uptime(summary.checks, summary.aktif, summary.unseen).ratio == pytest.approx(2 / 3)
    assert merge(summary, summary).unseen == 4
    assert Uptime(2, 0, 2).ratio is None  # no check saw it: no figure, not 0 %
    assert Uptime(3, 1, 1) + Uptime(2, 2) == Uptime(5, 3, 1)
