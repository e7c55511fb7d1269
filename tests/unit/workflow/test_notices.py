"""What the notices say: the example in docs/notifications.md is what the workflow sends."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from pathlib import Path

from pantau_contracts.definition import load_definition
from pantau_contracts.problems import Problem, problems_of
from pantau_contracts.status import ApplicationChecked, Finding, Timings
from pantau_workflow.domain import followups as f
from pantau_workflow.domain.notices import AppInfo, new_follow_ups, problem_text, security_findings

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


def test_a_findings_place_on_the_page_is_said_in_words():
    at = datetime(2026, 12, 5, 17, 32, tzinfo=UTC)
    app = AppInfo(
        "disdik-web", "Website Dinas Pendidikan", "disdik", "Dinas Pendidikan", "https://disdik.bekasikota.go.id/"
    )
    result = ApplicationChecked(app.pd_id, app.id, app.url, at, "aktif", Timings(12))
    found = [
        Problem("judi_online", "keamanan", "kritis", "slot gacor: \u201cSLOT GACOR MAXWIN\u201d", "hidden"),
        Problem("defacement", "keamanan", "kritis", "hacked by: \u201cHacked by Anonymous\u201d", "title"),
        Problem("judi_online", "keamanan", "kritis", "togel: \u201cTogel hari ini\u201d", "/wp-content/uploads/slot/"),
        Problem("domain_bukan_go_id", "kepatuhan", "sedang", "contoh.web.id tidak di bawah go.id", "url"),
    ]
    lines = security_findings(app, found, result, "https://pantau/perangkat-daerah").body.splitlines()[3:7]
    assert lines[0].endswith(" pada bagian halaman yang disembunyikan dari pengunjung")
    assert lines[1].endswith(" pada judul halaman")
    assert lines[2].endswith(" pada halaman /wp-content/uploads/slot/")
    assert lines[3].endswith("tidak di bawah go.id)")  # a place that says nothing to an official is left out


def test_a_defacement_seen_in_the_title_and_the_text_is_told_once_with_both_places():
    at = datetime(2026, 12, 5, 17, 32, tzinfo=UTC)
    app = AppInfo(
        "rawalumbu-web", "Website Kecamatan Rawalumbu", "rawalumbu", "Kecamatan Rawalumbu", "https://rawalumbu.test/"
    )
    title = Finding("defacement", "kritis", "anonymous, hacked by: \u201cHacked by Anonymous\u201d", "title")
    text = Finding("defacement", "kritis", "greetz to: \u201cHACKED BY ./GhostSec\u201d", "visible")
    result = ApplicationChecked(app.pd_id, app.id, app.url, at, "aktif", Timings(12), findings=(title, text))
    notice = security_findings(app, problems_of(result), result, "https://pantau/perangkat-daerah")
    listed = [line for line in notice.body.splitlines() if line.startswith("- ")]
    assert listed == [
        "- Tampilan situs diubah pihak tidak berwenang (defacement) (bukti: anonymous, hacked by: \u201cHacked by "
        "Anonymous\u201d; greetz to: \u201cHACKED BY ./GhostSec\u201d) pada judul halaman dan teks halaman"
    ]
    assert notice.payload["temuan"] == [{"kode": "defacement", "tingkat": "kritis"}]
