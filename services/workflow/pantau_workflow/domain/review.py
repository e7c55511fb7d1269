"""Step 3 review: the dispositioned Pelaksana sets a finding aside as a false positive, or asks
for one application to be checked again, while the results come in or on the draft."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from pantau_contracts.definition import SopDefinition
from pantau_contracts.followup import MarkFalsePositive, RequestRecheck
from pantau_contracts.phases import Phase
from pantau_contracts.problems import Problem
from pantau_contracts.sop import DraftRequested
from pantau_contracts.status import CheckRequested
from pantau_contracts.vocabulary import finding_label

from .model import Actor, CommandRejectedError, Instance, bump, require_role, require_step
from .transitions import clean_note

# Not while the reporter drafts: the draft it is writing could miss the change.
REVIEW_PHASES: tuple[Phase, ...] = ("memeriksa", "draf_siap", "draf_gagal")


@dataclass(frozen=True)
class ReviewDecision:
    """The instance if the review changed it (a new draft), and the messages to send."""

    instance: Instance | None
    messages: tuple[Any, ...] = ()


def mark_false_positive(
    instance: Instance,
    cmd: MarkFalsePositive,
    actor: Actor,
    sop: SopDefinition,
    now: datetime,
    problem: Problem | None,
) -> ReviewDecision:
    """Set a finding of this cycle's results aside; a draft that lists it is drafted again without it."""
    _require_review(instance, cmd.expected_step, actor, sop)
    if problem is None or cmd.app_id not in instance.scope:
        raise CommandRejectedError("Temuan tersebut tidak ada dalam hasil pemeriksaan siklus ini.")
    alasan = clean_note(cmd.alasan, required=True)
    if instance.phase != "draf_siap":
        return ReviewDecision(None)
    version = instance.requested_version + 1
    new = bump(instance, phase="menyusun_draf", requested_version=version, last_error=None)
    why = f"Temuan {finding_label(problem.code)} pada {cmd.app_id} dinyatakan positif palsu: {alasan}"
    return ReviewDecision(new, (DraftRequested(instance.id, version, why, now),))


def request_recheck(
    instance: Instance, cmd: RequestRecheck, actor: Actor, sop: SopDefinition, now: datetime
) -> ReviewDecision:
    """Ask the checker for one application of the cycle again; its result counts for the cycle."""
    _require_review(instance, cmd.expected_step, actor, sop)
    if cmd.app_id not in instance.scope:
        raise CommandRejectedError("Aplikasi tersebut tidak termasuk dalam siklus ini.")
    deadline = instance.round_deadline if instance.phase == "memeriksa" else None
    return ReviewDecision(None, (CheckRequested(cmd.app_id, now, instance.id, deadline),))


def _require_review(instance: Instance, expected_step: int, actor: Actor, sop: SopDefinition) -> None:
    require_step(instance, expected_step, *REVIEW_PHASES)
    require_role(sop, 3, actor)
    if actor.id != instance.pelaksana_id:
        raise CommandRejectedError("Hanya Pelaksana yang menerima disposisi yang dapat melakukan langkah ini.")
