"""The SOP instance: one monitoring cycle moving through the seven steps of the SOP.

Pure code: no I/O. Every transition takes the current instance and returns a ``Decision``
(the new instance and the messages to publish) or raises ``CommandRejectedError`` with a
reason in Indonesian, fit to show the official who tried.
"""

from __future__ import annotations

import functools
import uuid
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any, Literal
from zoneinfo import ZoneInfo

from pantau_contracts.definition import ROLE_LABELS, SopDefinition
from pantau_contracts.phases import Phase
from pantau_contracts.sop import Instruksi, Sifat

Status = Literal["berjalan", "selesai"]


class CommandRejectedError(Exception):
    """A command that the SOP does not allow now; ``reason`` is shown to the official."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class Actor:
    """The official who sends a command, as the registry of users knows them."""

    id: int
    role: str
    aktif: bool = True
    pd_id: str | None = None  # the Perangkat Daerah of a department account


@dataclass(frozen=True)
class Disposition:
    pelaksana_id: int
    instruksi: Instruksi
    sifat: Sifat
    catatan: str
    by: int
    at: datetime


@dataclass(frozen=True)
class ReturnNote:
    step: int
    by: int
    catatan: str
    at: datetime


@dataclass(frozen=True)
class StepVisit:
    """One visit of a step; a nota returned for revision visits step 3 again."""

    step: int
    role: str
    started_at: datetime
    completed_at: datetime | None = None
    actor_id: int | None = None
    outcome: Literal["selesai", "dikembalikan"] | None = None
    note: str = ""
    mutu_baku_s: int | None = None
    warned_at: datetime | None = None
    overdue_at: datetime | None = None

    @property
    def is_open(self) -> bool:
        return self.completed_at is None

    def duration(self, now: datetime) -> timedelta:
        """Return how long the step took (or has taken so far)."""
        return (self.completed_at or now) - self.started_at


@dataclass(frozen=True)
class Instance:
    """A monitoring cycle.

    States (``step`` / ``phase``), and the transitions between them:

    - 1 is done the moment the Kabid starts the cycle (``StartCycle``).
    - 2 ``menunggu_disposisi`` --WriteDisposition (Kasie)--> 3 ``memeriksa``, with a check
      request per application in scope and a round deadline.
    - 3 ``memeriksa`` --every result in, or the deadline passed--> ``menyusun_draf``
      (asks the reporter for nota version n) --NotaDrafted(n)--> ``draf_siap``.
    - 3 ``menyusun_draf`` --DocumentFailed--> ``draf_gagal`` --ReviseNota (Pelaksana)--> ``menyusun_draf``.
    - 3 ``draf_siap`` --ReviseNota (Pelaksana)--> ``menyusun_draf`` (version n+1);
      --SubmitNota (Pelaksana)--> 4 ``menunggu_paraf``.
    - 4 ``menunggu_paraf`` --InitialNota (Kasie)--> 5 ``menunggu_paraf`` --InitialNota
      (Kabid)--> 6 ``menunggu_tanda_tangan``.
    - 4, 5, 6 --ReturnNota (that step's official, with a note)--> 3 ``draf_siap``.
    - 6 ``menunggu_tanda_tangan`` --SignNota (Kepala Dinas)--> ``menandatangani``
      --NotaSigned--> 7 ``menunggu_penyampaian``; --DocumentFailed--> back to
      ``menunggu_tanda_tangan`` with the reason, to sign again.
    - 7 ``menunggu_penyampaian`` --DeliverNota (Kepala Dinas)--> ``menyampaikan``
      --NotaDelivered--> status ``selesai``; --DocumentFailed--> back to ``menunggu_penyampaian``.
    """

    id: str
    cycle_no: str
    step: int
    phase: Phase
    status: Status
    started_by: int
    created_at: datetime
    note: str = ""
    scope: tuple[str, ...] = ()
    received: frozenset[str] = frozenset()
    pelaksana_id: int | None = None
    disposition: Disposition | None = None
    nota_version: int = 0
    requested_version: int = 0
    last_return: ReturnNote | None = None
    round_deadline: datetime | None = None
    last_error: str | None = None
    history: tuple[StepVisit, ...] = ()
    revision: int = 0

    @property
    def open_visit(self) -> StepVisit | None:
        """Return the visit of the current step, if one is open."""
        return self.history[-1] if self.history and self.history[-1].is_open else None

    @property
    def missing(self) -> tuple[str, ...]:
        """Return the applications in scope with no result yet."""
        return tuple(a for a in self.scope if a not in self.received)


@dataclass(frozen=True)
class Decision:
    """The outcome of a transition: the new instance and the messages it announces."""

    instance: Instance
    messages: tuple[Any, ...] = ()
    changed: bool = True


@dataclass(frozen=True)
class Policy:
    """Tunables of the workflow that are not part of the SOP text."""

    round_timeout: timedelta = timedelta(minutes=30)
    monthly_day: int | None = 1  # a cycle starts by itself from this day of the month (WIB); None: never
    recheck_every: timedelta = timedelta(minutes=1)  # while an answered follow-up is being verified
    verify_for: timedelta = timedelta(minutes=30)  # how long after an answer its fix is looked for


WIB = ZoneInfo("Asia/Jakarta")
_SCHEDULED = uuid.UUID("5b1f0c2e-7d3a-4a52-9e0e-70616e746175")


@functools.lru_cache(maxsize=4096)  # asked again for each status event of a cycle
def parse_id(text: str) -> str | None:
    """Return ``text`` as a canonical UUID string, or None if it is not one."""
    try:
        return str(uuid.UUID(text))
    except ValueError:
        return None


def monthly_start_due(now: datetime, policy: Policy, cycles_this_month: int) -> bool:
    """Return whether the monthly cycle should start by itself now."""
    if policy.monthly_day is None or cycles_this_month:
        return False
    return now.astimezone(WIB).day >= policy.monthly_day


def scheduled_cycle_id(now: datetime) -> str:
    """Return the id of the scheduled cycle of this month: the same on every replica and restart."""
    return str(uuid.uuid5(_SCHEDULED, f"{now.astimezone(WIB):%Y-%m}"))


def cycle_number(started_at: datetime, sequence: int) -> str:
    """Return a human cycle number, e.g. ``MONEV-2026-11-003`` (the month as in Bekasi, WIB)."""
    return f"MONEV-{started_at.astimezone(WIB):%Y-%m}-{sequence:03d}"


def require_role(sop: SopDefinition, step: int, actor: Actor) -> None:
    """Refuse an actor who is inactive or does not hold the role of ``step``."""
    wanted = sop.step(step).role
    if not actor.aktif:
        raise CommandRejectedError("Akun Anda tidak aktif.")
    if actor.role != wanted:
        raise CommandRejectedError(f"Langkah {step} hanya dapat dilakukan oleh {ROLE_LABELS[wanted]}.")


def require_step(instance: Instance, expected_step: int, *phases: Phase) -> None:
    """Refuse a command sent for another step, or while the step is busy."""
    if instance.status == "selesai":
        raise CommandRejectedError("Siklus monitoring ini sudah selesai.")
    if instance.step != expected_step:
        raise CommandRejectedError(
            f"Siklus sudah berada di langkah {instance.step}, bukan langkah {expected_step}. Muat ulang halaman."
        )
    if phases and instance.phase not in phases:
        raise CommandRejectedError(f"Tindakan ini belum dapat dilakukan (tahap: {instance.phase}).")


def open_step(sop: SopDefinition, step: int, at: datetime) -> StepVisit:
    """Return a new open visit of ``step``, carrying its mutu baku."""
    definition = sop.step(step)
    baku = definition.mutu_baku
    return StepVisit(
        step=step,
        role=definition.role,
        started_at=at,
        mutu_baku_s=int(baku.total_seconds()) if baku else None,
    )


def close_open(
    instance: Instance,
    at: datetime,
    actor_id: int | None,
    outcome: Literal["selesai", "dikembalikan"] = "selesai",
    note: str = "",
) -> tuple[StepVisit, ...]:
    """Return the history with the open visit completed."""
    visit = instance.open_visit
    if visit is None:
        return instance.history
    done = replace(visit, completed_at=at, actor_id=actor_id, outcome=outcome, note=note)
    return (*instance.history[:-1], done)


def advance(
    instance: Instance,
    sop: SopDefinition,
    at: datetime,
    actor_id: int | None,
    *,
    to_step: int,
    phase: Phase,
    outcome: Literal["selesai", "dikembalikan"] = "selesai",
    note: str = "",
    **changes: Any,
) -> Instance:
    """Close the current visit and open ``to_step`` in ``phase``."""
    history = close_open(instance, at, actor_id, outcome, note)
    return replace(
        instance,
        step=to_step,
        phase=phase,
        history=(*history, open_step(sop, to_step, at)),
        revision=instance.revision + 1,
        **changes,
    )


def bump(instance: Instance, **changes: Any) -> Instance:
    """Return the instance with ``changes`` applied and its revision increased."""
    return replace(instance, revision=instance.revision + 1, **changes)
