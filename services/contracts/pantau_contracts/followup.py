"""Follow-up (tindak lanjut) commands and events. Commands are keyed by the follow-up id (or
the instance id at step 3); the workflow owns the register and announces every change."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from .codec import message_type
from .status import Severity
from .vocabulary import Category

FollowUpState = Literal["terbuka", "ditanggapi", "selesai", "ditutup"]
FollowUpChange = Literal["dibuka", "ditanggapi", "selesai", "ditutup", "terlambat", "dibuka_kembali"]

# --- commands -------------------------------------------------------------------------


@message_type("followup.command.answer.v1")
@dataclass(frozen=True)
class AnswerFollowUp:
    """A department answers a follow-up ("sudah diperbaiki"); its application is checked again."""

    followup_id: str
    actor_id: int
    catatan: str
    attachment_id: int | None = None


@message_type("followup.command.close.v1")
@dataclass(frozen=True)
class CloseFollowUp:
    """The Kasie closes a follow-up by hand, with the reason."""

    followup_id: str
    actor_id: int
    alasan: str


@message_type("sop.command.mark_false_positive.v1")
@dataclass(frozen=True)
class MarkFalsePositive:
    """At step 3 the Pelaksana marks a finding a false positive, with the reason."""

    instance_id: str
    actor_id: int
    expected_step: int
    app_id: str
    code: str
    alasan: str


@message_type("sop.command.request_recheck.v1")
@dataclass(frozen=True)
class RequestRecheck:
    """At step 3 the Pelaksana asks for one application to be checked again."""

    instance_id: str
    actor_id: int
    expected_step: int
    app_id: str


@message_type("app.command.check_now.v1")
@dataclass(frozen=True)
class CheckNow:
    """An official (or the department's operator) asks for one application to be checked now."""

    app_id: str
    actor_id: int


# --- events from the workflow ---------------------------------------------------------


@message_type("followup.opened.v1")
@dataclass(frozen=True)
class FollowUpOpened:
    followup_id: str
    instance_id: str
    app_id: str
    pd_id: str
    code: str
    category: Category
    severity: Severity
    evidence: str
    nota_nomor: str
    due_at: datetime
    at: datetime


@message_type("followup.changed.v1")
@dataclass(frozen=True)
class FollowUpChanged:
    """A follow-up changed: answered, closed by evidence or by hand, late, or reopened."""

    followup_id: str
    app_id: str
    pd_id: str
    code: str
    change: FollowUpChange
    state: FollowUpState
    terlambat: bool
    dibuka_kembali: bool
    at: datetime
    by: int | None = None
    note: str = ""
    evidence_event_id: str | None = None
