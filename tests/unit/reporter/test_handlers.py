"""The reporter's handlers over in-memory repositories: the whole document pipeline, no database."""

from __future__ import annotations

import dataclasses
import io
from datetime import UTC, datetime, timedelta
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from reporter_world import Seeded, seed_memory, seed_register_memory

from pantau_common.settings import Settings
from pantau_contracts import envelope
from pantau_contracts.sop import (
    CycleStarted,
    DeliveryRequested,
    DispositionWritten,
    DocumentFailed,
    DraftRequested,
    NotaDelivered,
    NotaDrafted,
    NotaInitialled,
    NotaSigned,
    SignatureRequested,
)
from pantau_reporter.config import reporter_config
from pantau_reporter.delivery import Parcel, receipt_id
from pantau_reporter.memory import in_memory_repositories
from pantau_reporter.repository import MissingDataError, Repositories
from pantau_reporter.service import Reporter
from pantau_reporter.signing import LocalDemoSigner

NOW = datetime(2026, 11, 23, 2, 0, tzinfo=UTC)


class FakeDelivery:
    channel = "kotak_masuk"

    def __init__(self) -> None:
        self.parcels: list[Parcel] = []

    def deliver(self, parcel: Parcel) -> str:
        self.parcels.append(parcel)
        return receipt_id(parcel)


@pytest.fixture
def repos() -> Repositories:
    return in_memory_repositories()


@pytest.fixture
def seeded(repos: Repositories) -> Seeded:
    return seed_memory(repos.sources)  # type: ignore[arg-type]


@pytest.fixture
def delivery() -> FakeDelivery:
    return FakeDelivery()


@pytest.fixture
def reporter(tmp_path: Path, signer: LocalDemoSigner, delivery: FakeDelivery) -> Reporter:
    config = reporter_config(Settings(data_dir=str(tmp_path), reporter_url="https://pantau.test"))
    return Reporter(config, signer, delivery, clock=lambda: NOW)


def _apply(reporter: Reporter, repos: Repositories, *events: Any) -> None:
    for event in events:
        if isinstance(event, SignatureRequested | DeliveryRequested | NotaInitialled):
            repos.sources.await_request(event)  # type: ignore[attr-defined]
        reporter.handle(repos, envelope(event, source="test", subject=event.instance_id))


def _queued(repos: Repositories) -> list[Any]:
    return [env.data for _, _, env in repos.outbox.messages]  # type: ignore[attr-defined]


def _docs(repos: Repositories) -> list[tuple[str, int, str, bool]]:
    return [(d.kind, d.version, d.format, d.signed) for d in repos.documents.documents]  # type: ignore[attr-defined]


def _text(pdf: bytes) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).split())


def _draft(seeded: Seeded, version: int = 1, catatan: str = "") -> DraftRequested:
    return DraftRequested(seeded.instance_id, version, catatan, NOW)


def test_a_draft_request_stores_pdf_and_docx_and_announces_nota_drafted(reporter, repos, seeded) -> None:
    _apply(reporter, repos, _draft(seeded, catatan="Mohon diperiksa."))
    assert _docs(repos) == [("nota_dinas", 1, "pdf", False), ("nota_dinas", 1, "docx", False)]
    pdf = repos.documents.find(seeded.instance_id, "nota_dinas", 1, "pdf", signed=False)
    assert pdf is not None and pdf.nomor == "800.1.11.1/0001/Diskominfostandi/XI/2026"
    (drafted,) = _queued(repos)
    assert isinstance(drafted, NotaDrafted) and (drafted.document_id, drafted.sha256) == (pdf.id, pdf.sha256)
    text = _text(pdf.content)
    assert all(name in text for name in seeded.app_names) and "Mohon diperiksa." in text
    assert pdf.meta["aplikasi"] == 5 and len(pdf.meta["snapshot"]["apps"]) == 5


def test_the_same_version_requested_again_stores_nothing_new(reporter, repos, seeded) -> None:
    _apply(reporter, repos, _draft(seeded), _draft(seeded))
    assert len(_docs(repos)) == 2
    first, second = _queued(repos)
    assert first.document_id == second.document_id


def test_a_revision_keeps_the_nomor_of_the_first_version(reporter, repos, seeded) -> None:
    _apply(reporter, repos, _draft(seeded), _draft(seeded, 2, "Perbaikan."))
    v1 = repos.documents.find(seeded.instance_id, "nota_dinas", 1, "pdf", signed=False)
    v2 = repos.documents.find(seeded.instance_id, "nota_dinas", 2, "pdf", signed=False)
    assert v1 and v2 and v1.nomor == v2.nomor and v1.sha256 != v2.sha256


def test_the_disposition_is_stored_once_with_its_agenda_number(reporter, repos, seeded) -> None:
    u = seeded.users
    written = DispositionWritten(
        seeded.instance_id, u["kasie"], u["pelaksana"], "proses_lebih_lanjut", "segera", "", NOW
    )
    _apply(reporter, repos, written, written)
    assert _docs(repos) == [("lembar_disposisi", 1, "pdf", False)]
    (lembar,) = repos.documents.documents  # type: ignore[attr-defined]
    assert lembar.nomor == "0001/Disp/Diskominfostandi/2026" and _queued(repos) == []
    text = _text(lembar.content)
    assert "Rina Oktaviani, A.Md." in text and "Sangat Segera" in text and "Proses lebih lanjut" in text


def test_a_paraf_is_a_signed_entry_over_the_exact_draft(reporter, repos, seeded, signer) -> None:
    _apply(reporter, repos, _draft(seeded), NotaInitialled(seeded.instance_id, 4, 1, seeded.users["kasie"], NOW))
    draft = repos.documents.find(seeded.instance_id, "nota_dinas", 1, "pdf", signed=False)
    (entry,) = repos.documents.paraf(seeded.instance_id, 1)
    assert draft is not None and (entry.doc_sha256, entry.document_id) == (draft.sha256, draft.id)
    assert signer.verify_statement(entry.statement.encode(), entry.signature)


def test_a_paraf_on_a_version_never_drafted_is_missing_data(reporter, repos, seeded) -> None:
    with pytest.raises(MissingDataError, match="v3"):
        _apply(reporter, repos, NotaInitialled(seeded.instance_id, 4, 3, seeded.users["kasie"], NOW))


def test_the_signed_nota_prints_the_drafts_results_and_paraf(reporter, repos, seeded) -> None:
    u, iid = seeded.users, seeded.instance_id
    _apply(reporter, repos, _draft(seeded), NotaInitialled(iid, 4, 1, u["kasie"], NOW))
    later = [
        dataclasses.replace(r, availability="aktif", reason=None, checked_at=NOW + timedelta(hours=1))
        for r in repos.sources.results
    ]  # type: ignore[attr-defined]
    repos.sources.results.extend(later)  # type: ignore[attr-defined]
    _apply(reporter, repos, SignatureRequested(iid, 1, u["kadis"], NOW))
    signed = repos.documents.find(iid, "nota_dinas", 1, "pdf", signed=True)
    assert signed is not None and signed.meta["verify_url"] == f"https://pantau.test/verifikasi/{signed.id}"
    text = _text(signed.content)
    assert "Tidak aktif" in text  # the draft's result, not the later one
    assert "Paraf hierarki" in text and "Andi Wijaya, S.T." in text
    announced = _queued(repos)[-1]
    assert isinstance(announced, NotaSigned) and announced.signer == "Dr. Ir. Budi Santoso, M.Kom."


def test_nota_signed_carries_the_nomor_the_nota_prints(reporter, repos, seeded) -> None:
    u, iid = seeded.users, seeded.instance_id
    _apply(reporter, repos, _draft(seeded), SignatureRequested(iid, 1, u["kadis"], NOW))
    signed = repos.documents.find(iid, "nota_dinas", 1, "pdf", signed=True)
    announced = _queued(repos)[-1]
    assert isinstance(announced, NotaSigned) and signed is not None
    assert announced.nomor == signed.nomor == "800.1.11.1/0001/Diskominfostandi/XI/2026"
    assert f"Nomor: {announced.nomor}" in _text(signed.content)


def test_the_draft_leaves_out_false_positives_and_reports_the_previous_cycle(reporter, repos, seeded) -> None:
    seed_register_memory(repos.sources, seeded)  # type: ignore[arg-type]
    _apply(reporter, repos, _draft(seeded))
    pdf = repos.documents.find(seeded.instance_id, "nota_dinas", 1, "pdf", signed=False)
    assert pdf is not None
    text = _text(pdf.content)
    assert "slot gacor" not in text  # the portal's finding was set aside
    assert "Sebanyak 1 temuan dinyatakan positif palsu oleh Pelaksana" in text
    assert "Tindak Lanjut Siklus Sebelumnya" in text and "Dari 5 tindak lanjut, 2 telah selesai diperbaiki" in text
    assert len(pdf.meta["snapshot"]["sebelumnya"]) == 5 and len(pdf.meta["snapshot"]["positif_palsu"]) == 2


def test_the_signed_nota_prints_the_register_as_the_draft_saw_it(reporter, repos, seeded) -> None:
    seed_register_memory(repos.sources, seeded)  # type: ignore[arg-type]
    iid = seeded.instance_id
    _apply(reporter, repos, _draft(seeded))
    repos.sources.register[:] = [  # type: ignore[attr-defined]
        dataclasses.replace(f, state="selesai", terlambat=False)
        for f in repos.sources.register  # type: ignore[attr-defined]
    ]
    repos.sources.set_aside.clear()  # type: ignore[attr-defined]
    _apply(reporter, repos, SignatureRequested(iid, 1, seeded.users["kadis"], NOW))
    signed = repos.documents.find(iid, "nota_dinas", 1, "pdf", signed=True)
    assert signed is not None
    text = _text(signed.content)
    assert "Dari 5 tindak lanjut, 2 telah selesai diperbaiki" in text and "slot gacor" not in text


def test_delivery_records_the_receipt_and_announces_it(reporter, repos, seeded, delivery) -> None:
    iid, kadis = seeded.instance_id, seeded.users["kadis"]
    _apply(
        reporter, repos, _draft(seeded), SignatureRequested(iid, 1, kadis, NOW), DeliveryRequested(iid, 1, kadis, NOW)
    )
    signed = repos.documents.find(iid, "nota_dinas", 1, "pdf", signed=True)
    (parcel,) = delivery.parcels
    assert signed is not None and parcel.pdf == signed.content
    delivered = _queued(repos)[-1]
    assert isinstance(delivered, NotaDelivered) and delivered.receipt == receipt_id(parcel)
    assert delivered.channel == "kotak_masuk"


def test_delivery_without_a_signed_nota_is_missing_data(reporter, repos, seeded, delivery) -> None:
    with pytest.raises(MissingDataError, match="no signed nota"):
        _apply(reporter, repos, DeliveryRequested(seeded.instance_id, 1, seeded.users["kadis"], NOW))
    assert delivery.parcels == []


def test_the_reporter_names_the_requests_it_acts_on(reporter) -> None:
    assert {"DraftRequested", "SignatureRequested", "DeliveryRequested"} <= set(reporter.requests)


def test_a_request_that_keeps_failing_is_announced_to_the_workflow(reporter, repos, seeded) -> None:
    orphan = envelope(SignatureRequested(seeded.instance_id, 7, 1, NOW), source="t", subject="x")
    assert reporter.announces_failure(orphan)
    reporter.give_up(repos, orphan, "tidak ada draf")
    (failed,) = _queued(repos)
    assert isinstance(failed, DocumentFailed) and (failed.request, failed.version, failed.reason) == (
        "signature",
        7,
        "tidak ada draf",
    )
    paraf = envelope(NotaInitialled(seeded.instance_id, 4, 1, 1, NOW), source="t", subject="x")
    assert not reporter.announces_failure(paraf)


def test_events_the_reporter_does_not_act_on_change_nothing(reporter, repos, seeded) -> None:
    _apply(reporter, repos, CycleStarted(seeded.instance_id, "x", 1, "", (), NOW))
    assert _docs(repos) == [] and _queued(repos) == []


def test_the_nota_follows_the_sop_file_the_deployment_names(tmp_path, repos, seeded, signer, delivery) -> None:
    packaged = resources.files("pantau_contracts").joinpath("monev.toml").read_text("utf-8")
    changed = packaged.replace(
        "legal_basis = [", 'legal_basis = [\n  "Peraturan Wali Kota Bekasi Nomor 99 Tahun 2030 tentang Uji SOP",', 1
    )
    sop_file = tmp_path / "sop.toml"
    sop_file.write_text(changed, "utf-8")
    config = reporter_config(Settings(data_dir=str(tmp_path), sop_file=str(sop_file)))
    _apply(Reporter(config, signer, delivery, clock=lambda: NOW), repos, _draft(seeded))
    pdf = repos.documents.find(seeded.instance_id, "nota_dinas", 1, "pdf", signed=False)
    assert pdf is not None and "Nomor 99 Tahun 2030 tentang Uji SOP" in _text(pdf.content)
