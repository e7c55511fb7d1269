"""The worker's monthly check counts the reports whose delivery gave up, for the operators' alert."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from prometheus_client import REGISTRY

from pantau_common.db import connect
from pantau_common.settings import Settings
from pantau_reporter.bootstrap import build_reporter
from pantau_reporter.monthly_worker import check_monthly

pytestmark = pytest.mark.integration
NOT_DUE = datetime(2026, 11, 30, 23, 59, tzinfo=UTC)  # 1 December, 06.59 WIB: nothing to make yet


def _report(url: str, bulan: str, state: str) -> None:
    with connect(url) as conn:
        conn.execute(
            "INSERT INTO monthly_reports (bulan, state, draft_id, signed_id, made_at) VALUES (%s, %s, 1, 2, now())",
            (bulan, state),
        )


def test_a_report_given_up_is_counted_by_its_month(database_url: str, tmp_path: Path) -> None:
    monthly = build_reporter(Settings(database_url=database_url, data_dir=str(tmp_path))).monthly
    _report(database_url, "2026-09", "gagal_kirim")
    _report(database_url, "2026-10", "terkirim")

    check_monthly(database_url, monthly, NOT_DUE)

    assert REGISTRY.get_sample_value("pantau_undelivered_monthly_reports", {"bulan": "2026-09"}) == 1
    assert not REGISTRY.get_sample_value("pantau_undelivered_monthly_reports", {"bulan": "2026-10"})
