"""The follow-up register (tindak lanjut): one follow-up per problem of a signed nota dinas.

Pure code: no I/O, no clock read (the time comes in). Every transition takes a follow-up and
returns a ``Step``: the follow-up as it now is, the change to record in its history (if any) and
whether its application should be checked again.

States and flags:

- ``terbuka`` --the department answers (operator PD of its own department)--> ``ditanggapi``;
  a department may answer again while the follow-up is open.
- ``terbuka`` / ``ditanggapi`` --``closing_checks`` confirmed checks in a row prove the problem
  gone--> ``selesai`` (closed by evidence; the last proving status event is kept).
- ``terbuka`` / ``ditanggapi`` --the Kasie closes it, with a reason--> ``ditutup``.
- ``selesai`` --the problem is seen again within ``reopen_within_days`` of the closing-->
  ``terbuka`` with the flag ``dibuka_kembali`` and a new due date.
- flag ``terlambat``: raised once when an open follow-up passes its due date.

An answer starts a verification: the application is checked at once, again at once while a
result brings the proof closer (a change to confirm, clean checks to count), and every
``Rechecks.every`` until ``Rechecks.window`` has passed, so a fix made after the answer is seen too.

Nothing else moves: a closed follow-up cannot be answered or closed again (``FollowUpRefusedError``).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from pantau_contracts.definition import ROLE_LABELS, FollowUpPolicy, SopDefinition
from pantau_contracts.followup import FollowUpChange, FollowUpState
from pantau_contracts.problems import Problem, shows_fixed, shows_problem
from pantau_contracts.status import ApplicationChecked

from .model import Actor

OPEN_STATES: frozenset[FollowUpState] = frozenset({"terbuka", "ditanggapi"})
MAX_TEXT = 4000
# After an answer, the application is checked again until the fix is proven; the checker needs
# one check to confirm a change of availability, so a few more than ``closing_checks``.
RECHECK_SLACK = 2
_NOT_VERIFYING: dict[str, object] = {"rechecks_left": 0, "verify_until": None, "next_recheck_at": None}
_IDS = uuid.UUID("7e2b5c1a-0f43-4d6e-8a51-74696e646c6a")


@dataclass(frozen=True)
class Rechecks:
    """How an answered follow-up's application is checked again until the fix is proven."""

    every: timedelta = timedelta(minutes=1)
    window: timedelta = timedelta(minutes=30)


class FollowUpRefusedError(Exception):
    """A command the register does not allow now; ``reason`` is shown to whoever sent it."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class FollowUp:
    """One problem of one application, followed from the signed nota to its fix."""

    id: str
    instance_id: str
    app_id: str
    pd_id: str
    code: str
    category: str
    severity: str
    evidence: str
    nota_nomor: str
    state: FollowUpState
    opened_at: datetime
    due_at: datetime
    terlambat: bool = False
    dibuka_kembali: bool = False
    closed_at: datetime | None = None
    closed_by_event: str | None = None
    clean_checks: int = 0
    rechecks_left: int = 0  # immediate re-checks left while a result brings the proof closer
    verify_until: datetime | None = None  # after an answer: keep checking again until then
    next_recheck_at: datetime | None = None
    revision: int = 0

    @property
    def is_open(self) -> bool:
        return self.state in OPEN_STATES


@dataclass(frozen=True)
class Change:
    """One line of a follow-up's history: what changed, who did it and why."""

    change: FollowUpChange
    state: FollowUpState
    at: datetime
    actor_id: int | None = None
    note: str = ""
    attachment_id: int | None = None
    evidence_event_id: str | None = None


@dataclass(frozen=True)
class Step:
    """The outcome of one transition of one follow-up."""

    follow_up: FollowUp
    change: Change | None = None
    recheck: bool = False
    changed: bool = True


def unchanged(follow_up: FollowUp) -> Step:
    return Step(follow_up, changed=False)


def follow_up_id(instance_id: str, app_id: str, code: str) -> str:
    """Return the id of the follow-up a nota opens for a problem: the same on every redelivery."""
    return str(uuid.uuid5(_IDS, f"{instance_id}:{app_id}:{code}"))


def open_follow_up(
    instance_id: str,
    nota_nomor: str,
    app_id: str,
    pd_id: str,
    problem: Problem,
    policy: FollowUpPolicy,
    now: datetime,
) -> Step:
    """Open the follow-up of one problem of a signed nota, due by the policy."""
    opened = FollowUp(
        id=follow_up_id(instance_id, app_id, problem.code),
        instance_id=instance_id,
        app_id=app_id,
        pd_id=pd_id,
        code=problem.code,
        category=problem.category,
        severity=problem.severity,
        evidence=problem.evidence[:MAX_TEXT],
        nota_nomor=nota_nomor,
        state="terbuka",
        opened_at=now,
        due_at=now + policy.due_after(problem.code, problem.category),
    )
    return Step(opened, Change("dibuka", "terbuka", now, note=nota_nomor))


def for_nota(
    instance_id: str,
    nota_nomor: str,
    app_id: str,
    pd_id: str,
    problem: Problem,
    latest: FollowUp | None,
    policy: FollowUpPolicy,
    now: datetime,
) -> Step | None:
    """Decide what a problem of a signed nota does to the register, given its latest follow-up.

    Still followed: nothing (one open follow-up per problem). Fixed lately and back: reopened.
    Otherwise a new follow-up.
    """
    if latest is not None and latest.is_open:
        return None
    if latest is not None and _reopens(latest, policy, now):
        return reopen(latest, policy, now, note=f"Masih ditemukan pada nota {nota_nomor}.")
    return open_follow_up(instance_id, nota_nomor, app_id, pd_id, problem, policy, now)


def answer(
    follow_up: FollowUp,
    actor: Actor,
    catatan: str,
    attachment_id: int | None,
    policy: FollowUpPolicy,
    rechecks: Rechecks,
    now: datetime,
) -> Step:
    """The department answers ("sudah diperbaiki"): the application is checked again at once."""
    _require_department(follow_up, actor)
    _require_open(follow_up)
    note = _text(catatan, "Tanggapan")
    answered = _bump(
        follow_up,
        state="ditanggapi",
        rechecks_left=policy.closing_checks + RECHECK_SLACK,
        verify_until=now + rechecks.window,
        next_recheck_at=now + rechecks.every,
    )
    change = Change("ditanggapi", "ditanggapi", now, actor.id, note, attachment_id)
    return Step(answered, change, recheck=True)


def recheck_due(follow_up: FollowUp, policy: FollowUpPolicy, rechecks: Rechecks, now: datetime) -> Step:
    """While an answer is being verified, ask for the next periodic check when it is due."""
    due = follow_up.next_recheck_at
    until = follow_up.verify_until
    if follow_up.state != "ditanggapi" or due is None or until is None or now < due or now >= until:
        return unchanged(follow_up)
    waiting = _bump(
        follow_up, next_recheck_at=now + rechecks.every, rechecks_left=policy.closing_checks + RECHECK_SLACK
    )
    return Step(waiting, recheck=True)


def close_by_hand(follow_up: FollowUp, actor: Actor, alasan: str, sop: SopDefinition, now: datetime) -> Step:
    """The Kasie closes a follow-up, with the reason kept."""
    role = sop.step(2).role
    if not actor.aktif or actor.role != role:
        raise FollowUpRefusedError(f"Tindak lanjut hanya dapat ditutup oleh {ROLE_LABELS[role]}.")
    _require_open(follow_up)
    note = _text(alasan, "Alasan penutupan")
    closed = _bump(follow_up, state="ditutup", closed_at=now, **_NOT_VERIFYING)
    return Step(closed, Change("ditutup", "ditutup", now, actor.id, note))


def observe(
    follow_up: FollowUp, result: ApplicationChecked, event_id: str, policy: FollowUpPolicy, now: datetime
) -> Step:
    """Fold one check result of the follow-up's application into it."""
    if follow_up.is_open:
        return _evidence(follow_up, result, event_id, policy, now)
    if shows_problem(result, follow_up.code) and _reopens(follow_up, policy, now):
        return reopen(follow_up, policy, now, note="Masalah ditemukan kembali oleh pemeriksaan.", event_id=event_id)
    return unchanged(follow_up)


def _evidence(
    follow_up: FollowUp, result: ApplicationChecked, event_id: str, policy: FollowUpPolicy, now: datetime
) -> Step:
    if shows_problem(result, follow_up.code):
        if follow_up.clean_checks == 0 and follow_up.rechecks_left == 0:
            return unchanged(follow_up)
        return Step(_bump(follow_up, clean_checks=0, rechecks_left=0))
    if not shows_fixed(result, follow_up.code):  # not confirmed yet, or the check could not look
        return _chase(follow_up, clean_checks=follow_up.clean_checks)
    clean = follow_up.clean_checks + 1
    if clean < policy.closing_checks:
        return _chase(follow_up, clean_checks=clean)
    done = _bump(
        follow_up, state="selesai", closed_at=now, closed_by_event=event_id, clean_checks=clean, **_NOT_VERIFYING
    )
    note = f"Perbaikan terbukti oleh {clean} pemeriksaan berturut-turut."
    return Step(done, Change("selesai", "selesai", now, note=note, evidence_event_id=event_id))


def _chase(follow_up: FollowUp, *, clean_checks: int) -> Step:
    """Keep the count; after an answer, ask for one more check while the budget lasts."""
    recheck = follow_up.rechecks_left > 0
    if not recheck and clean_checks == follow_up.clean_checks:
        return unchanged(follow_up)
    left = follow_up.rechecks_left - 1 if recheck else 0
    return Step(_bump(follow_up, clean_checks=clean_checks, rechecks_left=left), recheck=recheck)


def reopen(
    follow_up: FollowUp, policy: FollowUpPolicy, now: datetime, *, note: str, event_id: str | None = None
) -> Step:
    """Reopen a follow-up whose problem came back, with a new due date."""
    reopened = _bump(
        follow_up,
        state="terbuka",
        dibuka_kembali=True,
        terlambat=False,
        closed_at=None,
        closed_by_event=None,
        clean_checks=0,
        **_NOT_VERIFYING,
        due_at=now + policy.due_after(follow_up.code, follow_up.category),
    )
    return Step(reopened, Change("dibuka_kembali", "terbuka", now, note=note, evidence_event_id=event_id))


def mark_late(follow_up: FollowUp, now: datetime) -> Step:
    """Raise the flag ``terlambat`` once an open follow-up is past its due date."""
    if not follow_up.is_open or follow_up.terlambat or now < follow_up.due_at:
        return unchanged(follow_up)
    return Step(_bump(follow_up, terlambat=True), Change("terlambat", follow_up.state, now))


def _reopens(follow_up: FollowUp, policy: FollowUpPolicy, now: datetime) -> bool:
    """Tell whether a follow-up closed by evidence is recent enough to reopen."""
    closed = follow_up.closed_at
    return follow_up.state == "selesai" and closed is not None and now - closed <= policy.reopen_window


def _require_department(follow_up: FollowUp, actor: Actor) -> None:
    if not actor.aktif or actor.role != "operator_pd":
        raise FollowUpRefusedError("Tanggapan hanya dapat dikirim oleh Operator Perangkat Daerah.")
    if actor.pd_id != follow_up.pd_id:
        raise FollowUpRefusedError("Tindak lanjut ini bukan milik Perangkat Daerah Anda.")


def _require_open(follow_up: FollowUp) -> None:
    if not follow_up.is_open:
        raise FollowUpRefusedError("Tindak lanjut ini sudah selesai atau ditutup.")


def _text(text: str, what: str) -> str:
    cleaned = text.strip()
    if not cleaned:
        raise FollowUpRefusedError(f"{what} wajib diisi.")
    if len(cleaned) > MAX_TEXT:
        raise FollowUpRefusedError(f"{what} terlalu panjang (paling banyak {MAX_TEXT} karakter).")
    return cleaned


def _bump(follow_up: FollowUp, **changes: object) -> FollowUp:
    return replace(follow_up, revision=follow_up.revision + 1, **changes)  # type: ignore[arg-type]
