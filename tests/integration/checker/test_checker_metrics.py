"""Real checker processes: /metrics scraped over HTTP, the heartbeat file, JSON logs, the retention run."""

from __future__ import annotations

import json
import os
import urllib.request
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from checker_servers import Reply, html_page
from pantau_testing import BIN, eventually, free_port, produce, query, running, service_env

from pantau_checker.kafka_worker import group_id
from pantau_checker.registry_pg import PostgresRegistry
from pantau_common.registry.model import AppSpec, PerangkatDaerah, Registry
from pantau_contracts.codec import encode, envelope
from pantau_contracts.status import CheckRequested

pytestmark = pytest.mark.integration
PATIENCE_S = 120


def scrape(port: int) -> str:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=5) as response:
            return response.read().decode()
    except OSError:
        return ""


def observed_env(settings, tmp_path: Path, port: int, **extra: str) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return service_env(
        settings,
        PANTAU_METRICS_PORT=str(port),
        PANTAU_HEARTBEAT_FILE=str(tmp_path / "heartbeat"),
        PANTAU_HEARTBEAT_MAX_AGE_SECONDS="8",
        **extra,
    )


def test_a_checker_worker_serves_its_metrics_and_beats(settings, site, tmp_path):  # type: ignore[no-untyped-def]
    site.route("*", "/", Reply(200, html_page("Dinkes", "<p>Berita hari ini</p>")))
    app = AppSpec(
        id="dinkes-web", pd_id="dinkes", nama="Dinkes", url=f"http://dinkes-web.bekasikota.go.id:{site.port}/"
    )
    PostgresRegistry(settings.database_url).apply(
        Registry((PerangkatDaerah("dinkes", "Dinas Kesehatan", "Dinkes"),), (app,))
    )
    port = free_port()
    env = observed_env(
        settings,
        tmp_path,
        port,
        PANTAU_CHECKER_RESOLVE="*.bekasikota.go.id:*:127.0.0.1",
        PANTAU_CHECKER_ALLOW_ADDRESSES="127.0.0.1/32",
        PANTAU_CHECKER_CHECK_CLOAKING="0",
    )
    heartbeat = tmp_path / "heartbeat"
    log = tmp_path / "worker.log"
    request = CheckRequested(app_id=app.id, requested_at=datetime.now(UTC), cycle_id=str(uuid.uuid4()))

    with running([str(BIN / "pantau-checker"), "worker"], env, log):
        eventually(lambda: scrape(port), timeout=PATIENCE_S, what="/metrics answering")
        produce(
            settings.kafka,
            settings.topics.check_requests,
            (b"dinkes-web", encode(envelope(request, source="/t", subject=app.id))),
        )
        text = eventually(
            lambda: next((t for t in [scrape(port)] if 'pantau_checks_total{result="aktif"} 1.0' in t), None),
            timeout=PATIENCE_S,
            what="the check counted",
        )
        assert "pantau_check_duration_seconds_count 1.0" in text
        group, topic = group_id(settings.topics), settings.topics.check_requests
        lag = f'pantau_consumer_lag_messages{{group="{group}",topic="{topic}"}}'
        eventually(lambda: lag in scrape(port), timeout=PATIENCE_S, what="the consumer lag recorded")
        first = heartbeat.stat().st_mtime
        eventually(lambda: heartbeat.stat().st_mtime > first, timeout=30, what="a second heartbeat")


def test_the_scheduler_rolls_up_results_past_retention_and_serves_metrics(settings, tmp_path):  # type: ignore[no-untyped-def]
    # Two results on one day in Jakarta (the roll-up's day), whatever the hour the test runs at.
    old = datetime.now(UTC).replace(hour=1, minute=0, second=0, microsecond=0) - timedelta(days=100)  # 08:00 WIB
    recent = datetime.now(UTC) - timedelta(days=1)
    for n, at in enumerate((old, old + timedelta(hours=1), recent)):
        query(
            settings.database_url,
            "INSERT INTO check_results (event_id, app_id, pd_id, checked_at, availability, total_ms, payload)"
            " VALUES (%s, 'app-0', 'dinkes', %s, 'aktif', 120, '{}') RETURNING event_id",
            (f"e{n}", at),
        )
    port = free_port()
    env = observed_env(settings, tmp_path, port, PANTAU_RETENTION_DAYS="90")

    log = tmp_path / "scheduler.log"
    with running([str(BIN / "pantau-checker"), "scheduler"], env, log):
        rows = eventually(
            lambda: query(settings.database_url, "SELECT checks FROM check_results_daily"),
            timeout=PATIENCE_S,
            what="the old results rolled up",
        )
        assert "python_gc_objects_collected_total" in eventually(
            lambda: scrape(port), timeout=PATIENCE_S, what="/metrics"
        )
        assert os.path.exists(tmp_path / "heartbeat")

    assert rows == [{"checks": 2}]
    assert [r["event_id"] for r in query(settings.database_url, "SELECT event_id FROM check_results")] == ["e2"]
    entries = [json.loads(line) for line in log.read_text().splitlines() if line.strip()]  # JSON lines only
    assert any(e["message"].startswith("retensi: 2 hasil cek") for e in entries)
