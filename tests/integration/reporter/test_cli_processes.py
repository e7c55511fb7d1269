"""The real ``pantau-reporter worker`` and ``serve`` processes, as ``make up`` starts them."""

from __future__ import annotations

import asyncio
import json
import urllib.request
from datetime import UTC, datetime

import pytest
from pantau_testing import BIN, eventually, free_port, running, service_env
from reporter_it import Seeded, publish, rows

from pantau_contracts.sop import DraftRequested

pytestmark = pytest.mark.integration


def test_the_worker_process_drafts_and_the_serve_process_answers(settings, seeded: Seeded, tmp_path) -> None:
    port = free_port()
    env = service_env(settings, PANTAU_REPORTER_PORT=str(port))
    draft = DraftRequested(seeded.instance_id, 1, "", datetime.now(UTC))
    drafted = "SELECT 1 FROM outbox WHERE topic = %s"
    with (
        running([str(BIN / "pantau-reporter"), "worker"], env, tmp_path / "worker.log"),
        running([str(BIN / "pantau-reporter"), "serve"], env, tmp_path / "serve.log"),
    ):
        asyncio.run(publish(settings, [draft], seeded.instance_id))
        documents = (settings.topics.documents,)
        eventually(lambda: rows(settings.database_url, drafted, documents), timeout=60, what="NotaDrafted")

        def health() -> bool:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2) as reply:
                    return bool(json.load(reply)["status"] == "ok")
            except OSError:
                return False

        eventually(health, timeout=30, what="reporter web")
    # (the worker may also have made last month's Wali Kota report by now: monthly_worker)
    kinds = rows(settings.database_url, "SELECT format FROM documents WHERE kind = 'nota_dinas' ORDER BY format")
    assert [k["format"] for k in kinds] == ["docx", "pdf"]
