"""An official reads labels, never codes; a finding's advice comes from its code and category."""

from __future__ import annotations

import dataclasses
import io
import re
from functools import cache

from docx import Document
from pypdf import PdfReader
from reporter_samples import apps, checked, inputs

from pantau_contracts.status import Finding
from pantau_contracts.vocabulary import FINDING_LABELS
from pantau_reporter.core.advice import finding_advice, finding_text
from pantau_reporter.core.model import NotaDinas, build_nota
from pantau_reporter.core.records import MonitoredApp
from pantau_reporter.core.snapshot import dump_apps, load_apps
from pantau_reporter.render.docx import nota_docx
from pantau_reporter.render.typeset import nota_pdf

FINDINGS = (
    Finding("cloaking_googlebot", "kritis", "Googlebot menerima halaman berbeda", "/"),
    Finding("judi_online", "tinggi", "kata 'slot gacor' tersembunyi", "/berita"),
    Finding("domain_bukan_go_id", "sedang", "aplikasi memakai domain komersial", "url"),
)
RAW = re.compile(r"cloaking_googlebot|judi_online|domain_bukan_go_id|tidak_aktif|tidak_update|http_5xx")


@cache
def _nota() -> NotaDinas:
    flagged = MonitoredApp(
        "kios",
        "Kios Layanan",
        "https://kios-bekasi.example.com/",
        "bapenda",
        "Badan Pendapatan Daerah",
        checked("kios", "aktif", freshness="update", findings=FINDINGS),
    )
    return build_nota(dataclasses.replace(inputs(5), apps=(*apps(5), flagged)))


def test_the_pdf_prints_no_finding_or_reason_code() -> None:
    pdf = nota_pdf(_nota())
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    flat = " ".join(text.split())
    assert RAW.search(text) is None and RAW.search(flat) is None
    assert FINDING_LABELS["domain_bukan_go_id"] in flat


def test_the_docx_prints_no_finding_or_reason_code() -> None:
    doc = Document(io.BytesIO(nota_docx(_nota())))
    parts = [p.text for p in doc.paragraphs] + [c.text for t in doc.tables for r in t.rows for c in r.cells]
    text = " ".join(parts)
    assert RAW.search(text) is None
    assert FINDING_LABELS["cloaking_googlebot"] in text and FINDING_LABELS["judi_online"] in text


def test_the_lampiran_and_the_problems_name_the_findings_by_their_labels() -> None:
    row = next(r for r in _nota().rows if r.app_nama == "Kios Layanan")
    assert row.temuan.startswith(f"{FINDING_LABELS['cloaking_googlebot']} (kritis)")
    sentence = finding_text(FINDINGS[2])
    assert sentence.startswith("Terdapat alamat aplikasi tidak menggunakan domain go.id (temuan kepatuhan")


def test_compliance_advice_differs_from_security_advice() -> None:
    security, compliance = finding_advice(FINDINGS[1]), finding_advice(FINDINGS[2])
    assert security != compliance and "2×24 jam" in security and "go.id" in compliance
    new_security = Finding("webshell_baru", "tinggi", "x", category="keamanan")
    new_compliance = Finding("aksesibilitas", "rendah", "x", category="kepatuhan")
    assert finding_advice(new_security) != finding_advice(new_compliance)


def test_advice_is_chosen_by_code_never_by_a_substring_of_it() -> None:
    lookalike = Finding("slot_tls_cert_judi", "tinggi", "x", category="kepatuhan")
    assert finding_advice(lookalike) == finding_advice(Finding("aksesibilitas", "rendah", "x", category="kepatuhan"))


def test_a_draft_snapshot_round_trips_through_the_wire_form() -> None:
    assert load_apps(dump_apps(_nota_apps())) == _nota_apps()


def test_a_snapshot_of_the_flat_form_earlier_drafts_kept_still_loads() -> None:
    legacy = {
        "app_id": "a",
        "nama": "A",
        "url": "https://a.go.id/",
        "pd_id": "pd",
        "pd_nama": "PD",
        "availability": "tidak_aktif",
        "reason": "http_5xx",
        "http_status": 503,
        "login": None,
        "freshness": "tidak_diketahui",
        "last_changed": None,
        "findings": [{"code": "judi_online", "severity": "kritis", "evidence": "e", "location": None}],
        "checked_at": "2026-11-20T03:00:00+00:00",
    }
    empty = {**legacy, "availability": None, "findings": [], "checked_at": None}
    (app, missing) = load_apps([legacy, empty])
    assert app.result is not None and (app.availability, app.result.reason) == ("tidak_aktif", "http_5xx")
    assert [(f.code, f.category) for f in app.findings] == [("judi_online", "keamanan")]
    assert missing.result is None


def _nota_apps() -> tuple[MonitoredApp, ...]:
    return tuple(sorted(apps(5), key=lambda a: (a.pd_nama, a.nama)))
