"""The real ``pantau-reporter worker`` and ``serve`` processes, as ``make up`` starts them."""

from __future__ import annotations

import json
import socket
import urllib.request
from datetime import UTC, datetime

import pytest
from pantau_testing import BIN, eventually, produce, running, service_env
from reporter_it import Seeded, rows

from pantau_contracts import encode, envelope
from pantau_contracts.sop import DraftRequested

pytestmark = pytest.mark.integration


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_the_worker_process_drafts_and_the_serve_process_answers(settings, seeded: Seeded, tmp_path) -> None:
    port = _free_port()
    env = service_env(settings, PANTAU_REPORTER_PORT=str(port))
    draft = envelope(DraftRequested(seeded.instance_id, 1, "", datetime.now(UTC)), source="t", subject="x")
    with (
        running([str(BIN / "pantau-reporter"), "worker"], env, tmp_path / "worker.log"),
        running([str(BIN / "pantau-reporter"), "serve"], env, tmp_path / "serve.log"),
    ):
        produce(settings.kafka_bootstrap, settings.topics.sop_events, (seeded.instance_id.encode(), encode(draft)))
        eventually(lambda: rows(settings.database_url, "SELECT 1 FROM outbox"), timeout=60, what="NotaDrafted")

        def health() -> bool:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2) as reply:
                    return bool(json.load(reply)["status"] == "ok")
            except OSError:
                return False

        eventually(health, timeout=30, what="reporter web")
    kinds = rows(settings.database_url, "SELECT format FROM documents ORDER BY format")
    assert [k["format"] for k in kinds] == ["docx", "pdf"]
