"""One kind of problem seen at several places of an application is listed once, its places together:
in the nota (tindak lanjut, Lampiran, counts; PDF and DOCX), the dashboards and the Wali Kota report."""

from __future__ import annotations

import dataclasses
import io
from functools import cache

from docx import Document
from pypdf import PdfReader
from reporter_samples import WHEN, apps, checked, inputs

from pantau_contracts.status import Finding
from pantau_contracts.vocabulary import FINDING_LABELS
from pantau_reporter.core import dashboard as dash
from pantau_reporter.core.model import NotaDinas, build_nota
from pantau_reporter.core.records import MonitoredApp
from pantau_reporter.render.docx import nota_docx
from pantau_reporter.render.typeset import nota_pdf

# What the checker found on the demo's Kecamatan Rawalumbu: the defacer's title and its text.
TITLE = Finding("defacement", "kritis", "anonymous, hacked by: \u201cHacked by Anonymous\u201d", "title")
TEXT = Finding(
    "defacement",
    "kritis",
    "crew, greetz to, hacked by, your security is low: \u201cHACKED BY ./GhostSec Your security is low. "
    "Greetz to all crew.\u201d",
    "visible",
)
LABEL = FINDING_LABELS["defacement"]


def rawalumbu(*findings: Finding) -> MonitoredApp:
    result = checked("rawalumbu", "aktif", freshness="update", findings=findings)
    url = "https://rawalumbu.bekasikota.go.id/"
    return MonitoredApp("rawalumbu", "Website Kecamatan Rawalumbu", url, "rawalumbu", "Kecamatan Rawalumbu", result)


@cache
def nota(*findings: Finding) -> NotaDinas:
    return build_nota(dataclasses.replace(inputs(5), apps=(*apps(5), rawalumbu(*findings))))


def test_the_nota_lists_a_defacement_seen_in_the_title_and_the_text_once_naming_both() -> None:
    (item,) = [t for t in nota(TITLE, TEXT).tindak_lanjut if t.app_nama == "Website Kecamatan Rawalumbu"]
    assert item.masalah == (
        f"Terdapat {LABEL} pada judul halaman dan teks halaman (temuan keamanan, tingkat kritis). "
        "Bukti: \u201canonymous, hacked by: Hacked by Anonymous\u201d; \u201ccrew, greetz to, hacked by, your "
        "security is low: HACKED BY ./GhostSec Your security is low. Greetz to all crew.\u201d."
    )
    assert item.rekomendasi.startswith("Segera menghapus konten ilegal")


def test_the_lampiran_and_the_counts_take_the_defacement_once() -> None:
    both, one = nota(TITLE, TEXT), nota(TITLE)
    row = next(r for r in both.rows if r.app_nama == "Website Kecamatan Rawalumbu")
    assert row.temuan == f"{LABEL} (kritis)"
    assert (both.summary.temuan, both.summary.temuan_berat) == (one.summary.temuan, one.summary.temuan_berat)
    assert len(both.tindak_lanjut) == len(one.tindak_lanjut)
    assert sum(len(p.masalah) for p in both.per_pd) == len(both.tindak_lanjut)


def test_the_pdf_and_the_docx_name_the_defacement_as_often_as_for_one_place() -> None:
    def pdf_text(n: NotaDinas) -> str:
        return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(nota_pdf(n))).pages)

    def docx_text(n: NotaDinas) -> str:
        doc = Document(io.BytesIO(nota_docx(n)))
        return " ".join(
            [p.text for p in doc.paragraphs] + [c.text for t in doc.tables for r in t.rows for c in r.cells]
        )

    both, one = nota(TITLE, TEXT), nota(TITLE)
    assert pdf_text(both).count(LABEL) == pdf_text(one).count(LABEL) > 0
    assert docx_text(both).count(LABEL) == docx_text(one).count(LABEL) > 0


def test_the_dashboards_and_the_wali_kota_report_take_the_defacement_once() -> None:
    app = rawalumbu(TITLE, TEXT)
    (found,) = dash.open_findings([app])
    assert found.label == LABEL and found.tingkat == "kritis" and "GhostSec" in found.bukti
    assert found.bukti.startswith("anonymous, hacked by: Hacked by Anonymous; ")
    (row,) = dash.by_pd([app])
    assert row.open_findings == 1
    (worst,) = dash.worst_apps([dash.CycleSnapshot("c", "2026-11-001", WHEN, (app,))])
    assert worst.problems == 1 and worst.summary.count(LABEL) == 1
