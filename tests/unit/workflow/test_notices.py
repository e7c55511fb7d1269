"""What the notices say: the example in docs/notifications.md is what the workflow sends."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from pathlib import Path

from pantau_contracts.definition import load_definition
from pantau_contracts.problems import Problem
from pantau_workflow.domain import followups as f
from pantau_workflow.domain.notices import AppInfo, new_follow_ups, problem_text

DOC = Path(__file__).resolve().parents[3] / "docs" / "notifications.md"


def test_the_documented_webhook_example_is_what_a_new_follow_up_sends():
    example = json.loads(re.search(r"```json\n(.*?)\n```", DOC.read_text("utf-8"), re.S).group(1))  # type: ignore[union-attr]
    evidence = 'Tautan tersembunyi "Slot Gacor Maxwin Hari Ini" di kaki halaman'
    problem = Problem("judi_online", "keamanan", "kritis", evidence)
    at = datetime(2025, 10, 10, 7, 0, tzinfo=UTC)
    iid = "3b0c8f8e-2a57-4d0e-9a51-0c1f4e6d7a21"
    nomor = "000.1.2/145-Diskominfo"
    fu = f.open_follow_up(iid, nomor, "dinkes-simpus", "dinkes", problem, load_definition().followup, at).follow_up
    app = AppInfo(
        "dinkes-simpus", "SIMPUS Dinas Kesehatan", "dinkes", "Dinas Kesehatan", "https://simpus.bekasikota.go.id/"
    )
    notice = new_follow_ups("Dinas Kesehatan", [(fu, app)], nomor, "https://pantau.bekasikota.go.id/tindak-lanjut")

    assert (example["subject"], example["text"]) == (notice.subject, notice.body)
    assert example["data"] == json.loads(json.dumps({"jenis": notice.kind, **notice.payload}))


def test_evidence_is_shortened_and_a_reason_code_said_in_words():
    long = "<div class='x'>" + "slot gacor " * 40 + "</div>"
    text = problem_text("judi_online", long)
    assert len(text) < 220 and text.endswith("…)")
    assert problem_text("tidak_aktif", "http_5xx") == "Aplikasi tidak aktif (galat server (HTTP 5xx))"
