"""The reporter's handlers: one SOP event in, documents and document events out, in one transaction.

``Reporter.handle`` runs inside the caller's transaction: it marks the message processed, reads
what the document needs, renders, stores the documents and queues the reporter's own events in
the outbox. A redelivered message is a no-op because its id is already marked.
"""

from __future__ import annotations

import dataclasses
import json
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any, Literal

from pantau_common import outbox
from pantau_contracts import Envelope, Topics, envelope
from pantau_contracts.definition import load_definition
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

from . import store
from .core.dates import WIB
from .core.disposisi import DisposisiInputs, build_disposisi
from .core.model import AppResult, FindingItem, Letterhead, NotaDinas, NotaInputs, Official, build_nota
from .core.nomor import NomorScheme
from .delivery import Delivery, Parcel
from .pdfsig import signature_box
from .render.docx import nota_docx
from .render.html import nota_html, render
from .render.pdf import html_to_pdf
from .signing import Signer, SignRequest

log = logging.getLogger(__name__)
SOURCE = "pantau-reporter"
NOTA = "nota_dinas"
ROLE_JABATAN = "Kepala Dinas Komunikasi, Informatika, Statistik dan Persandian"
DISPOSISI = "lembar_disposisi"


@dataclass(frozen=True)
class ReporterConfig:
    """What the documents need from the deployment."""

    topics: Topics
    public_url: str
    nomor: NomorScheme = field(default_factory=NomorScheme)
    agenda: NomorScheme = field(default_factory=lambda: NomorScheme(pattern="{seq}/Disp/{unit}/{tahun}"))
    kop: Letterhead = field(default_factory=Letterhead)


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
        self._handlers: dict[type[Any], Callable[[store.Conn, Any], None]] = {
            DraftRequested: self.draft,
            DispositionWritten: self.disposition,
            NotaInitialled: self.initialled,
            SignatureRequested: self.sign,
            DeliveryRequested: self.deliver,
        }

    def handle(self, conn: store.Conn, env: Envelope) -> bool:
        """Apply one message in the caller's transaction; False if it was applied before."""
        if not store.mark_processed(conn, env.id):
            return False
        handler = self._handlers.get(type(env.data))
        if handler is not None:
            handler(conn, env.data)
        return True

    def give_up(self, conn: store.Conn, env: Envelope, reason: str) -> bool:
        """Mark a request that keeps failing as handled and tell the workflow; False if seen before."""
        request = _FAILABLE.get(type(env.data))
        if request is None or not store.mark_processed(conn, env.id):
            return False
        data = env.data
        failed = DocumentFailed(data.instance_id, request, data.version, reason, self._clock())
        self._emit(conn, data.instance_id, failed)
        return True

    # --- nota dinas -----------------------------------------------------------------

    def draft(self, conn: store.Conn, ev: DraftRequested) -> None:
        """Render, number and store version ``ev.version`` of the nota dinas (PDF and DOCX)."""
        existing = store.find_document(conn, ev.instance_id, NOTA, ev.version, "pdf", signed=False)
        if existing is None:
            existing = self._store_draft(conn, ev)
        self._emit(
            conn,
            ev.instance_id,
            NotaDrafted(ev.instance_id, ev.version, existing.id, existing.sha256, self._clock()),
        )

    def _store_draft(self, conn: store.Conn, ev: DraftRequested) -> store.StoredDocument:
        on = ev.at.astimezone(WIB).date()
        apps = store.load_apps(conn, ev.instance_id)
        nomor = store.issue_nomor(conn, ev.instance_id, NOTA, self._config.nomor, on)
        snapshot = {"apps": [_app_json(a) for a in apps], "on": on.isoformat(), "catatan": ev.catatan}
        nota = self._nota(conn, ev.instance_id, version=ev.version, nomor=nomor, on=on, apps=apps, catatan=ev.catatan)
        pdf = html_to_pdf(nota_html(nota))
        meta = {"snapshot": snapshot, "aplikasi": len(apps), "draft_requested_at": ev.at.isoformat()}
        doc_id, _ = store.insert_document(
            conn,
            instance_id=ev.instance_id,
            kind=NOTA,
            version=ev.version,
            fmt="pdf",
            content=pdf,
            nomor=nomor,
            meta=meta,
        )
        store.insert_document(
            conn,
            instance_id=ev.instance_id,
            kind=NOTA,
            version=ev.version,
            fmt="docx",
            content=nota_docx(nota),
            nomor=nomor,
            meta={"pdf_id": doc_id},
        )
        found = store.document_by_id(conn, doc_id)
        assert found is not None
        return found

    def _nota(
        self,
        conn: store.Conn,
        instance_id: str,
        *,
        version: int,
        nomor: str,
        on: date,
        apps: tuple[AppResult, ...],
        catatan: str,
        paraf: bool = False,
        verify_url: str = "",
    ) -> NotaDinas:
        cycle, _ = store.load_cycle(conn, instance_id)
        return build_nota(
            NotaInputs(
                cycle=cycle,
                version=version,
                nomor=nomor,
                on=on,
                apps=apps,
                signer=_signer_or_placeholder(conn),
                dasar=load_definition().legal_basis,
                kop=self._config.kop,
                catatan=catatan,
                paraf=store.load_paraf(conn, instance_id, version) if paraf else (),
                certified_footer=self._signer.certified and bool(verify_url),
                verify_url=verify_url,
            )
        )

    def initialled(self, conn: store.Conn, ev: NotaInitialled) -> None:
        """Record the paraf as an entry signed over the exact draft it was given to."""
        draft = self._draft(conn, ev.instance_id, ev.version)
        statement = paraf_statement(
            ev.instance_id, ev.step, version=ev.version, by=ev.by, sha256=draft.sha256, at=ev.at
        )
        signature, algorithm = self._signer.sign_statement(statement.encode())
        store.insert_paraf(
            conn,
            instance_id=ev.instance_id,
            step=ev.step,
            version=ev.version,
            user_id=ev.by,
            document_id=draft.id,
            doc_sha256=draft.sha256,
            at=ev.at,
            statement=statement,
            signature=signature,
            algorithm=algorithm,
        )

    def sign(self, conn: store.Conn, ev: SignatureRequested) -> None:
        """Render the final nota with the paraf and QR code, sign it (PAdES) and store it."""
        signed = store.find_document(conn, ev.instance_id, NOTA, ev.version, "pdf", signed=True)
        if signed is None:
            signed = self._store_signed(conn, ev)
        signer = store.official_by_id(conn, ev.by) if ev.by else store.official_by_role(conn, "kadis")
        self._emit(
            conn,
            ev.instance_id,
            NotaSigned(ev.instance_id, ev.version, signed.id, signed.sha256, signer.nama, self._clock()),
        )

    def _store_signed(self, conn: store.Conn, ev: SignatureRequested) -> store.StoredDocument:
        draft = self._draft(conn, ev.instance_id, ev.version)
        snap = draft.meta.get("snapshot") or {}
        apps = tuple(_app_from_json(a) for a in snap.get("apps", ()))
        on = date.fromisoformat(snap["on"]) if snap.get("on") else ev.at.astimezone(WIB).date()
        doc_id = store.reserve_document_id(conn)
        verify_url = f"{self._config.public_url}/verifikasi/{doc_id}"
        nota = self._nota(
            conn,
            ev.instance_id,
            version=ev.version,
            nomor=draft.nomor or "",
            on=on,
            apps=apps,
            catatan=str(snap.get("catatan", "")),
            paraf=True,
            verify_url=verify_url,
        )
        pdf = html_to_pdf(nota_html(nota))
        request = SignRequest(
            pdf,
            nota.signer.nama,
            f"Menandatangani Nota Dinas {nota.nomor}",
            verify_url,
            signature_box(pdf, nota.signer.nama),
        )
        content = self._signer.sign_pdf(request)
        meta = {
            "signer": nota.signer.nama,
            "signer_kind": self._signer.name,
            "verify_url": verify_url,
            "draft_id": draft.id,
            "draft_sha256": draft.sha256,
            "signed_at": self._clock().isoformat(),
        }
        new_id, _ = store.insert_document(
            conn,
            instance_id=ev.instance_id,
            kind=NOTA,
            version=ev.version,
            fmt="pdf",
            content=content,
            nomor=draft.nomor,
            signed=True,
            meta=meta,
            doc_id=doc_id,
        )
        found = store.document_by_id(conn, new_id)
        assert found is not None
        return found

    def deliver(self, conn: store.Conn, ev: DeliveryRequested) -> None:
        """Deliver the signed nota to the Wali Kota and record the receipt."""
        signed = store.find_document(conn, ev.instance_id, NOTA, ev.version, "pdf", signed=True)
        if signed is None:
            raise store.MissingDataError(f"no signed nota v{ev.version} for {ev.instance_id}")
        parcel = Parcel(
            ev.instance_id,
            ev.version,
            signed.nomor or "",
            f"nota-dinas-v{ev.version}.pdf",
            signed.content,
            signed.sha256,
            ev.at,
        )
        receipt = store.insert_delivery(
            conn,
            instance_id=ev.instance_id,
            version=ev.version,
            channel=self._delivery.channel,
            receipt=self._delivery.deliver(parcel),
            document_id=signed.id,
        )
        self._emit(
            conn,
            ev.instance_id,
            NotaDelivered(ev.instance_id, ev.version, self._delivery.channel, receipt, self._clock()),
        )

    def _draft(self, conn: store.Conn, instance_id: str, version: int) -> store.StoredDocument:
        draft = store.find_document(conn, instance_id, NOTA, version, "pdf", signed=False)
        if draft is None:
            raise store.MissingDataError(f"no draft nota v{version} for {instance_id}")
        return draft

    # --- lembar disposisi -----------------------------------------------------------

    def disposition(self, conn: store.Conn, ev: DispositionWritten) -> None:
        """Render and store the Lembar Disposisi of step 2."""
        if store.find_document(conn, ev.instance_id, DISPOSISI, 1, "pdf", signed=False):
            return
        cycle, row = store.load_cycle(conn, ev.instance_id)
        on = ev.at.astimezone(WIB).date()
        agenda = store.issue_nomor(conn, ev.instance_id, DISPOSISI, self._config.agenda, on)
        lembar = build_disposisi(
            DisposisiInputs(
                cycle_no=cycle.cycle_no,
                ordered_by=store.official_by_id(conn, row["started_by"]),
                ordered_at=row["created_at"],
                written_at=ev.at,
                nomor_agenda=agenda,
                sifat=ev.sifat,
                instruksi=ev.instruksi,
                catatan=ev.catatan,
                pelaksana=store.official_by_id(conn, ev.pelaksana_id),
                kasie=store.official_by_id(conn, ev.by),
                order_note=cycle.note,
                kop=self._config.kop,
            )
        )
        pdf = html_to_pdf(render("lembar_disposisi.html", d=lembar, kop=lembar.kop))
        store.insert_document(
            conn,
            instance_id=ev.instance_id,
            kind=DISPOSISI,
            version=1,
            fmt="pdf",
            content=pdf,
            nomor=agenda,
            meta={"pelaksana_id": ev.pelaksana_id},
        )

    def _emit(self, conn: store.Conn, instance_id: str, payload: Any) -> None:
        env = envelope(payload, source=SOURCE, subject=instance_id)
        outbox.add(conn, env, self._config.topics.documents, instance_id)


# Requests whose failure the workflow hears of, so the official can try again.
_FAILABLE: dict[type, Literal["draft", "signature", "delivery"]] = {
    DraftRequested: "draft",
    SignatureRequested: "signature",
    DeliveryRequested: "delivery",
}


def _signer_or_placeholder(conn: store.Conn) -> Official:
    """Return the Kepala Dinas; a draft still renders when no such account exists yet."""
    try:
        return store.official_by_role(conn, "kadis")
    except store.MissingDataError:
        log.warning("no active Kepala Dinas account; the draft names no signer")
        return Official("kadis", "(nama Kepala Dinas)", ROLE_JABATAN)


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


def _app_json(app: AppResult) -> dict[str, Any]:
    data = dataclasses.asdict(app)
    for key in ("last_changed", "checked_at"):
        data[key] = data[key].isoformat() if data[key] else None
    return data


def _app_from_json(data: dict[str, Any]) -> AppResult:
    values = dict(data)
    for key in ("last_changed", "checked_at"):
        values[key] = datetime.fromisoformat(values[key]) if values.get(key) else None
    values["findings"] = tuple(FindingItem(**f) for f in values.get("findings") or ())
    return AppResult(**values)
