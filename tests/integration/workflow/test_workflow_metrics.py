"""A real workflow process: /metrics scraped over HTTP (lag, outbox, steps against mutu baku), heartbeat."""

from __future__ import annotations

import json
import urllib.request

import pytest
from pantau_testing import BIN, eventually, free_port, running, start_and_dispose, workflow_env

pytestmark = pytest.mark.integration
PATIENCE_S = 120


def scrape(port: int) -> str:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=5) as response:
            return response.read().decode()
    except OSError:
        return ""


def has(port: int, *needles: str) -> str | None:
    text = scrape(port)
    return text if all(n in text for n in needles) else None


def test_the_workflow_serves_lag_outbox_and_step_metrics_and_beats(settings, people, tmp_path, web_relay):  # type: ignore[no-untyped-def]
    port = free_port()
    env = {
        **workflow_env(settings),
        "PANTAU_METRICS_PORT": str(port),
        "PANTAU_HEARTBEAT_FILE": str(tmp_path / "heartbeat"),
        "PANTAU_HEARTBEAT_MAX_AGE_SECONDS": "8",
        "PANTAU_WORKFLOW_METRICS_SECONDS": "1",
    }
    log = tmp_path / "workflow.log"

    with running([str(BIN / "pantau-workflow")], env, log):
        eventually(lambda: has(port, "pantau_outbox_unsent_messages"), timeout=PATIENCE_S, what="the outbox gauge")
        start_and_dispose(settings, people)  # step 2 (the disposition, 15 minutes) completes at once
        text = eventually(
            lambda: has(port, 'pantau_sop_step_duration_ratio_bucket{le="0.1",step="2"} 1.0'),
            timeout=PATIENCE_S,
            what="step 2 observed against its mutu baku",
        )
        group = f"{settings.topics.prefix}pantau-workflow"
        assert f'pantau_consumer_lag_messages{{group="{group}",topic="{settings.topics.sop_commands}"}}' in text
        eventually((tmp_path / "heartbeat").exists, timeout=PATIENCE_S, what="a heartbeat")

    lines = [line for line in log.read_text().splitlines() if line.startswith("{")]
    assert lines and all(json.loads(line)["level"] for line in lines)
