"""SOP commands (imperative, from the web), SOP events (past tense, from the workflow) and
document events (from the reporter). Every one is keyed by the SOP instance id, which is
also the cycle id the checker tags its results with.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from .codec import message_type

Sifat = Literal["biasa", "segera", "sangat_segera", "rahasia"]
Instruksi = Literal["tanggapan_dan_saran", "proses_lebih_lanjut", "koordinasi_konfirmasikan"]

# --- commands -------------------------------------------------------------------------


@message_type("sop.command.start_cycle.v1")
@dataclass(frozen=True)
class StartCycle:
    instance_id: str
    actor_id: int
    note: str = ""
    scope: tuple[str, ...] = ()  # application ids; empty means every active application


@message_type("sop.command.write_disposition.v1")
@dataclass(frozen=True)
class WriteDisposition:
    instance_id: str
    actor_id: int
    expected_step: int
    pelaksana_id: int
    instruksi: Instruksi
    sifat: Sifat
    catatan: str = ""


@message_type("sop.command.revise_nota.v1")
@dataclass(frozen=True)
class ReviseNota:
    instance_id: str
    actor_id: int
    expected_step: int
    catatan: str


@message_type("sop.command.submit_nota.v1")
@dataclass(frozen=True)
class SubmitNota:
    instance_id: str
    actor_id: int
    expected_step: int


@message_type("sop.command.initial_nota.v1")
@dataclass(frozen=True)
class InitialNota:
    """Give the paraf (initials) of the current step's official."""

    instance_id: str
    actor_id: int
    expected_step: int


@message_type("sop.command.return_nota.v1")
@dataclass(frozen=True)
class ReturnNota:
    instance_id: str
    actor_id: int
    expected_step: int
    catatan: str


@message_type("sop.command.sign_nota.v1")
@dataclass(frozen=True)
class SignNota:
    instance_id: str
    actor_id: int
    expected_step: int


@message_type("sop.command.deliver_nota.v1")
@dataclass(frozen=True)
class DeliverNota:
    instance_id: str
    actor_id: int
    expected_step: int


SopCommand = StartCycle | WriteDisposition | ReviseNota | SubmitNota | InitialNota | ReturnNota | SignNota | DeliverNota

# --- events from the workflow ---------------------------------------------------------


@message_type("sop.cycle_started.v1")
@dataclass(frozen=True)
class CycleStarted:
    instance_id: str
    cycle_no: str
    started_by: int
    note: str
    scope: tuple[str, ...]
    at: datetime


@message_type("sop.disposition_written.v1")
@dataclass(frozen=True)
class DispositionWritten:
    instance_id: str
    by: int
    pelaksana_id: int
    instruksi: Instruksi
    sifat: Sifat
    catatan: str
    at: datetime


@message_type("sop.checks_completed.v1")
@dataclass(frozen=True)
class ChecksCompleted:
    instance_id: str
    checked: int
    missing: tuple[str, ...]
    at: datetime


@message_type("sop.draft_requested.v1")
@dataclass(frozen=True)
class DraftRequested:
    """The workflow asks the reporter for version ``version`` of the nota dinas."""

    instance_id: str
    version: int
    catatan: str
    at: datetime


@message_type("sop.nota_submitted.v1")
@dataclass(frozen=True)
class NotaSubmitted:
    instance_id: str
    version: int
    by: int
    at: datetime


@message_type("sop.nota_initialled.v1")
@dataclass(frozen=True)
class NotaInitialled:
    instance_id: str
    step: int
    version: int
    by: int
    at: datetime


@message_type("sop.nota_returned.v1")
@dataclass(frozen=True)
class NotaReturned:
    instance_id: str
    step: int
    by: int
    catatan: str
    at: datetime


@message_type("sop.signature_requested.v1")
@dataclass(frozen=True)
class SignatureRequested:
    instance_id: str
    version: int
    by: int
    at: datetime


@message_type("sop.delivery_requested.v1")
@dataclass(frozen=True)
class DeliveryRequested:
    instance_id: str
    version: int
    by: int
    at: datetime


@message_type("sop.cycle_completed.v1")
@dataclass(frozen=True)
class CycleCompleted:
    instance_id: str
    at: datetime


@message_type("sop.step_deadline.v1")
@dataclass(frozen=True)
class StepDeadlineReached:
    """A step is near (``level='peringatan'``) or past (``'terlambat'``) its mutu baku time."""

    instance_id: str
    step: int
    level: Literal["peringatan", "terlambat"]
    due_at: datetime
    at: datetime


@message_type("sop.command_rejected.v1")
@dataclass(frozen=True)
class CommandRejected:
    instance_id: str
    command_id: str
    command_type: str
    reason: str
    at: datetime


# --- events from the reporter ---------------------------------------------------------


@message_type("document.nota_drafted.v1")
@dataclass(frozen=True)
class NotaDrafted:
    instance_id: str
    version: int
    document_id: int
    sha256: str
    at: datetime


@message_type("document.nota_signed.v1")
@dataclass(frozen=True)
class NotaSigned:
    instance_id: str
    version: int
    document_id: int
    sha256: str
    signer: str
    at: datetime
    nomor: str = ""  # the nota's number, which every follow-up it opens records


@message_type("document.failed.v1")
@dataclass(frozen=True)
class DocumentFailed:
    """The reporter gave up on a request (a render, the signature or the delivery)."""

    instance_id: str
    request: Literal["draft", "signature", "delivery"]
    version: int
    reason: str
    at: datetime


@message_type("document.nota_delivered.v1")
@dataclass(frozen=True)
class NotaDelivered:
    instance_id: str
    version: int
    channel: str
    receipt: str
    at: datetime
