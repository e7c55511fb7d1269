"""The application page's latest findings: one row per kind with its places together, as the nota
lists them; info-level notes after the problems, grouped the same way."""

from __future__ import annotations

from pantau_web.app_page import finding_rows
from pantau_web.views import places, proofs


def finding(code: str, severity: str, evidence: str, location: str | None = None) -> dict[str, object]:
    return {"code": code, "severity": severity, "evidence": evidence, "location": location}


def test_one_kind_seen_at_two_places_is_one_row_naming_both() -> None:
    payload = {
        "findings": [
            finding("judi_online", "kritis", "slot gacor", "hidden"),
            finding("judi_online", "tinggi", "rtp live", "link"),
            finding("judi_online", "kritis", "slot gacor", "/berita/2"),
        ]
    }
    (row,) = finding_rows("app-0", payload)
    assert (row.code, row.severity) == ("judi_online", "kritis")
    assert places(row) == "bagian halaman yang disembunyikan dari pengunjung, tautan di halaman dan halaman /berita/2"
    assert proofs(row) == "slot gacor; rtp live"


def test_info_notes_come_after_the_problems_grouped_apart_from_them() -> None:
    payload = {
        "findings": [
            finding("tls_segera_kedaluwarsa", "info", "kedaluwarsa dalam 40 hari"),
            finding("defacement", "kritis", "Hacked by Anonymous", "title"),
            finding("tls_segera_kedaluwarsa", "sedang", "kedaluwarsa dalam 10 hari"),
            finding("tls_segera_kedaluwarsa", "info", "kedaluwarsa dalam 40 hari"),
        ]
    }
    rows = finding_rows("app-0", payload)
    assert [(r.code, r.severity) for r in rows] == [
        ("defacement", "kritis"),
        ("tls_segera_kedaluwarsa", "sedang"),
        ("tls_segera_kedaluwarsa", "info"),
    ]
    assert places(rows[2]) == "" and proofs(rows[2]) == "kedaluwarsa dalam 40 hari"


def test_a_result_without_findings_or_with_unreadable_ones_shows_none() -> None:
    assert finding_rows("app-0", None) == () and finding_rows("app-0", {}) == ()
    assert finding_rows("app-0", {"findings": [{"code": "judi_online"}]}) == ()
