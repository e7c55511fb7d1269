"""The reporter's handlers: one SOP event in, documents and document events out.

Each handler is a pipeline: load every input once (``inputs``), build the document model (the pure
``core``), render it (``render``), store it and queue the event that announces it. The caller runs
a handler inside one transaction that also marks the message processed (``pantau_common.inbox``),
so a redelivered message changes nothing.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from typing import Any, Literal

from pantau_contracts import Envelope, envelope
from pantau_contracts.sop import (
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

from .config import ReporterConfig
from .core.awaiting import NotAwaitedError, refusal, signing_refusal
from .core.dates import WIB
from .core.disposisi import build_disposisi
from .core.model import NotaDinas, NotaInputs, build_nota
from .core.snapshot import dump_apps, dump_follow_ups, dump_set_aside
from .delivery import Delivery, Parcel
from .inputs import load_disposition, load_draft, load_signed
from .monthly import MonthlyReporter
from .pdfsig import signature_box
from .render.docx import nota_docx
from .render.html import render
from .render.pdf import html_to_pdf
from .render.typeset import nota_pdf
from .repository import DeliveryRecord, MissingDataError, NewDocument, ParafEntry, Repositories, StoredDocument
from .signing import Signer, SignRequest

log = logging.getLogger(__name__)
SOURCE = "pantau-reporter"
NOTA = "nota_dinas"
DISPOSISI = "lembar_disposisi"
# Requests whose failure the workflow hears of, so the official can try again.
_FAILABLE: dict[type, Literal["draft", "signature", "delivery"]] = {
    DraftRequested: "draft",
    SignatureRequested: "signature",
    DeliveryRequested: "delivery",
}
# Requests that sign or send something: acted on only when the cycle's stored state awaits them.
_GUARDED = (SignatureRequested, DeliveryRequested, NotaInitialled)


class Reporter:
    """Apply SOP events to the document store."""

    def __init__(
        self,
        config: ReporterConfig,
        signer: Signer,
        delivery: Delivery,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self._config = config
        self._signer = signer
        self._delivery = delivery
        self._clock = clock
        # The monthly Wali Kota report is signed and delivered by the same signer and channel.
        self.monthly = MonthlyReporter(config, signer, delivery, clock)
        self._handlers: dict[type[Any], Callable[[Repositories, Any], None]] = {
            DraftRequested: self.draft,
            DispositionWritten: self.disposition,
            NotaInitialled: self.initialled,
            SignatureRequested: self.sign,
            DeliveryRequested: self.deliver,
        }

    @property
    def requests(self) -> tuple[str, ...]:
        """Return the names of the messages it acts on."""
        return tuple(kind.__name__ for kind in self._handlers)

    def handle(self, repos: Repositories, env: Envelope) -> str | None:
        """Apply one message; return why it was refused (SOP events the reporter does not act on change nothing)."""
        data = env.data
        if isinstance(data, _GUARDED):
            why = refusal(repos.sources.cycle_state(data.instance_id), data)
            if why is not None:
                log.warning("refused %s %s for %s: %s; nothing signed or sent", env.type, env.id, env.subject, why)
                return why
        handler = self._handlers.get(type(data))
        if handler is not None:
            handler(repos, data)
        return None

    def announces_failure(self, env: Envelope) -> bool:
        """Return whether the workflow waits for the outcome of this message."""
        return type(env.data) in _FAILABLE

    def give_up(self, repos: Repositories, env: Envelope, reason: str) -> None:
        """Tell the workflow that a request keeps failing, so the official can try again."""
        data = env.data
        failed = DocumentFailed(data.instance_id, _FAILABLE[type(data)], data.version, reason, self._clock())
        self._emit(repos, data.instance_id, failed)

    # --- nota dinas -----------------------------------------------------------------

    def draft(self, repos: Repositories, ev: DraftRequested) -> None:
        """Render, number and store version ``ev.version`` of the nota dinas (PDF and DOCX)."""
        draft = repos.documents.find(ev.instance_id, NOTA, ev.version, "pdf", signed=False)
        if draft is None:
            draft = self._store_draft(repos, ev)
        drafted = NotaDrafted(ev.instance_id, ev.version, draft.id, draft.sha256, self._clock())
        self._emit(repos, ev.instance_id, drafted)

    def _store_draft(self, repos: Repositories, ev: DraftRequested) -> StoredDocument:
        on = ev.at.astimezone(WIB).date()
        nomor = repos.documents.issue_nomor(ev.instance_id, NOTA, self._config.nomor, on)
        inputs = load_draft(repos.sources, ev, nomor, self._config)
        pdf_bytes, docx_bytes = _pdf_and_docx(build_nota(inputs))
        pdf = repos.documents.add(_nota_document(inputs, pdf_bytes, "pdf", meta=_draft_meta(inputs, ev)))
        repos.documents.add(_nota_document(inputs, docx_bytes, "docx", meta={"pdf_id": pdf.id}))
        return pdf

    def initialled(self, repos: Repositories, ev: NotaInitialled) -> None:
        """Record the paraf as an entry signed over the exact draft it was given to."""
        draft = _draft(repos, ev.instance_id, ev.version)
        statement = paraf_statement(
            ev.instance_id, ev.step, version=ev.version, by=ev.by, sha256=draft.sha256, at=ev.at
        )
        signature, algorithm = self._signer.sign_statement(statement.encode())
        repos.documents.add_paraf(
            ParafEntry(
                ev.instance_id,
                ev.step,
                ev.version,
                ev.by,
                draft.id,
                draft.sha256,
                ev.at,
                statement,
                signature,
                algorithm,
            )
        )

    def sign(self, repos: Repositories, ev: SignatureRequested) -> None:
        """Render the final nota with the paraf and QR code, sign it (PAdES) and store it."""
        signed = repos.documents.find(ev.instance_id, NOTA, ev.version, "pdf", signed=True)
        if signed is None:
            signed = self._store_signed(repos, ev)
        sources = repos.sources
        signer = sources.official_by_id(ev.by) if ev.by else sources.official_by_role("kadis")
        announced = NotaSigned(
            ev.instance_id, ev.version, signed.id, signed.sha256, signer.nama, self._clock(), nomor=signed.nomor or ""
        )
        self._emit(repos, ev.instance_id, announced)

    def presign(self, repos: Repositories, instance_id: str, version: int, by: int, passphrase: str) -> StoredDocument:
        """Sign ``version`` at the moment the Kepala Dinas submits the sign form, with the passphrase
        typed there (a certified signer needs it; it is passed to one request and never kept).

        The web calls this before it sends ``SignNota``; ``sign`` then finds the stored document
        and announces it. Refused unless the stored cycle waits for this official's signature.
        """
        state = repos.sources.cycle_state(instance_id)
        official = repos.sources.official_by_id(by)
        why = signing_refusal(state, version, official.role, self._config.sop.step(6).role)
        if why is not None:
            raise NotAwaitedError(why)
        signed = repos.documents.find(instance_id, NOTA, version, "pdf", signed=True)
        if signed is not None:
            return signed
        return self._store_signed(repos, SignatureRequested(instance_id, version, by, self._clock()), passphrase)

    def _store_signed(
        self, repos: Repositories, ev: SignatureRequested, passphrase: str | None = None
    ) -> StoredDocument:
        draft = _draft(repos, ev.instance_id, ev.version)
        doc_id = repos.documents.reserve_id()
        verify_url = f"{self._config.verify_base}/verifikasi/{doc_id}"
        inputs = load_signed(
            repos, ev, draft, verify_url=verify_url, certified=self._signer.certified, config=self._config
        )
        nota = build_nota(inputs)
        content = self._signed_pdf(nota, verify_url, passphrase)
        meta = {
            "signer": nota.signer.nama,
            "signer_kind": self._signer.name,
            "verify_url": verify_url,
            "draft_id": draft.id,
            "draft_sha256": draft.sha256,
            "signed_at": self._clock().isoformat(),
        }
        return repos.documents.add(_nota_document(inputs, content, "pdf", meta=meta, signed=True, doc_id=doc_id))

    def _signed_pdf(self, nota: NotaDinas, verify_url: str, passphrase: str | None) -> bytes:
        pdf = nota_pdf(nota)
        box = signature_box(pdf, nota.signer.nama)
        reason = f"Menandatangani Nota Dinas {nota.nomor}"
        return self._signer.sign_pdf(SignRequest(pdf, nota.signer.nama, reason, verify_url, box, passphrase=passphrase))

    def deliver(self, repos: Repositories, ev: DeliveryRequested) -> None:
        """Deliver the signed nota to the Wali Kota and record the receipt."""
        signed = repos.documents.find(ev.instance_id, NOTA, ev.version, "pdf", signed=True)
        if signed is None:
            raise MissingDataError(f"no signed nota v{ev.version} for {ev.instance_id}")
        name = f"nota-dinas-v{ev.version}.pdf"
        parcel = Parcel(ev.instance_id, ev.version, signed.nomor or "", name, signed.content, signed.sha256, ev.at)
        channel = self._delivery.channel
        record = DeliveryRecord(ev.instance_id, ev.version, channel, self._delivery.deliver(parcel), signed.id)
        receipt = repos.documents.add_delivery(record)
        self._emit(repos, ev.instance_id, NotaDelivered(ev.instance_id, ev.version, channel, receipt, self._clock()))

    # --- lembar disposisi -----------------------------------------------------------

    def disposition(self, repos: Repositories, ev: DispositionWritten) -> None:
        """Render and store the Lembar Disposisi of step 2."""
        if repos.documents.find(ev.instance_id, DISPOSISI, 1, "pdf", signed=False):
            return
        on = ev.at.astimezone(WIB).date()
        agenda = repos.documents.issue_nomor(ev.instance_id, DISPOSISI, self._config.agenda, on)
        lembar = build_disposisi(load_disposition(repos.sources, ev, agenda, self._config))
        pdf = html_to_pdf(render("lembar_disposisi.html", d=lembar, kop=lembar.kop))
        meta = {"pelaksana_id": ev.pelaksana_id}
        repos.documents.add(NewDocument(ev.instance_id, DISPOSISI, 1, "pdf", pdf, nomor=agenda, meta=meta))

    def _emit(self, repos: Repositories, instance_id: str, payload: Any) -> None:
        env = envelope(payload, source=SOURCE, subject=instance_id)
        repos.outbox.add(env, self._config.topics.documents, instance_id)


def _pdf_and_docx(nota: NotaDinas) -> tuple[bytes, bytes]:
    """Return the nota as PDF and as DOCX: Typst typesets (in its child process) while the DOCX is written."""
    with ThreadPoolExecutor(1, thread_name_prefix="typeset") as typesetting:
        pdf = typesetting.submit(nota_pdf, nota)
        docx = nota_docx(nota)
        return pdf.result(), docx


def _draft(repos: Repositories, instance_id: str, version: int) -> StoredDocument:
    draft = repos.documents.find(instance_id, NOTA, version, "pdf", signed=False)
    if draft is None:
        raise MissingDataError(f"no draft nota v{version} for {instance_id}")
    return draft


def _nota_document(
    inputs: NotaInputs,
    content: bytes,
    fmt: str,
    *,
    meta: dict[str, Any],
    signed: bool = False,
    doc_id: int | None = None,
) -> NewDocument:
    return NewDocument(inputs.cycle.instance_id, NOTA, inputs.version, fmt, content, inputs.nomor, signed, meta, doc_id)


def _draft_meta(inputs: NotaInputs, ev: DraftRequested) -> dict[str, Any]:
    """Return the draft's meta: the snapshot its signed version is rendered from."""
    snapshot = {
        "apps": dump_apps(inputs.apps),
        "on": inputs.on.isoformat(),
        "catatan": inputs.catatan,
        "positif_palsu": dump_set_aside(inputs.set_aside),
        "sebelumnya": dump_follow_ups(inputs.sebelumnya),
    }
    return {"snapshot": snapshot, "aplikasi": len(inputs.apps), "draft_requested_at": ev.at.isoformat()}


def paraf_statement(instance_id: str, step: int, *, version: int, by: int, sha256: str, at: datetime) -> str:
    """Return the canonical text a paraf signature covers."""
    return json.dumps(
        {
            "instance_id": instance_id,
            "step": step,
            "version": version,
            "by": by,
            "document_sha256": sha256,
            "at": at.astimezone(UTC).isoformat(),
        },
        sort_keys=True,
        separators=(",", ":"),
    )
