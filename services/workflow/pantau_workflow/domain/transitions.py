"""The transitions of the SOP state machine (see ``Instance`` for the states)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import datetime

from pantau_contracts.definition import SopDefinition
from pantau_contracts.phases import Phase
from pantau_contracts.sop import (
    ChecksCompleted,
    CycleCompleted,
    CycleStarted,
    DeliverNota,
    DeliveryRequested,
    DispositionWritten,
    DocumentFailed,
    DraftRequested,
    InitialNota,
    NotaDelivered,
    NotaDrafted,
    NotaInitialled,
    NotaReturned,
    NotaSigned,
    NotaSubmitted,
    ReturnNota,
    ReviseNota,
    SignatureRequested,
    SignNota,
    StartCycle,
    SubmitNota,
    WriteDisposition,
)
from pantau_contracts.status import CheckRequested
from pantau_contracts.vocabulary import DELIVERY_CHANNEL_LABELS, label

from .model import (
    Actor,
    CommandRejectedError,
    Decision,
    Disposition,
    Instance,
    Policy,
    ReturnNote,
    advance,
    bump,
    close_open,
    cycle_number,
    open_step,
    require_role,
    require_step,
)

MAX_NOTE = 4000


def start_cycle(
    cmd: StartCycle,
    actor: Actor,
    sop: SopDefinition,
    now: datetime,
    *,
    active_apps: tuple[str, ...],
    sequence: int,
) -> Decision:
    """Step 1: the Kabid orders a monitoring cycle over ``cmd.scope`` (or every active app)."""
    require_role(sop, 1, actor)
    scope = cmd.scope or active_apps
    unknown = sorted(set(scope) - set(active_apps))
    if unknown:
        raise CommandRejectedError(f"Aplikasi tidak terdaftar atau tidak aktif: {', '.join(unknown)}")
    if not scope:
        raise CommandRejectedError("Belum ada aplikasi aktif di register untuk diperiksa.")
    note = clean_note(cmd.note, required=False)
    step1 = replace(open_step(sop, 1, now), completed_at=now, actor_id=actor.id, outcome="selesai", note=note)
    instance = Instance(
        id=cmd.instance_id,
        cycle_no=cycle_number(now, sequence),
        step=2,
        phase="menunggu_disposisi",
        status="berjalan",
        started_by=actor.id,
        created_at=now,
        note=note,
        scope=tuple(dict.fromkeys(scope)),
        history=(step1, open_step(sop, 2, now)),
    )
    started = CycleStarted(instance.id, instance.cycle_no, actor.id, note, instance.scope, now)
    return Decision(instance, (started,))


def write_disposition(
    instance: Instance,
    cmd: WriteDisposition,
    actor: Actor,
    sop: SopDefinition,
    now: datetime,
    policy: Policy,
    pelaksana: Actor | None,
) -> Decision:
    """Step 2: the Kasie dispositions the cycle to a Pelaksana; the check round starts."""
    require_step(instance, cmd.expected_step, "menunggu_disposisi")
    require_role(sop, 2, actor)
    if pelaksana is None or pelaksana.role != sop.step(3).role or not pelaksana.aktif:
        raise CommandRejectedError("Disposisi harus ditujukan kepada Pelaksana yang aktif.")
    catatan = clean_note(cmd.catatan, required=False)
    disposition = Disposition(cmd.pelaksana_id, cmd.instruksi, cmd.sifat, catatan, actor.id, now)
    deadline = now + policy.round_timeout
    new = advance(
        instance,
        sop,
        now,
        actor.id,
        to_step=3,
        phase="memeriksa",
        note=catatan,
        pelaksana_id=pelaksana.id,
        disposition=disposition,
        round_deadline=deadline,
    )
    written = DispositionWritten(instance.id, actor.id, pelaksana.id, cmd.instruksi, cmd.sifat, catatan, now)
    requests = tuple(CheckRequested(app, now, instance.id, deadline) for app in instance.scope)
    return _maybe_complete_round(new, now, (written, *requests))


# After the round: a result of the cycle (a recheck the Pelaksana asked for, or one that came in
# late) makes the draft again, so the nota carries it; an answer to an earlier request is then stale.
REDRAFT_PHASES: tuple[Phase, ...] = ("menyusun_draf", "draf_siap", "draf_gagal")


def record_result(instance: Instance, app_id: str, now: datetime) -> Decision:
    """Step 3: one application's result of this cycle has arrived."""
    return record_results(instance, (app_id,), now)


def record_results(instance: Instance, app_ids: Iterable[str], now: datetime) -> Decision:
    """Step 3: several results of this cycle's round have arrived, in this order.

    The same as ``record_result`` once for each (a revision per application newly received), with
    the scope looked up as a set: a batch may carry hundreds of results for a scope of thousands.
    """
    if instance.phase in REDRAFT_PHASES:
        return _redraft_with_results(instance, app_ids, now)
    if instance.phase != "memeriksa":
        return Decision(instance, (), changed=False)
    scope = frozenset(instance.scope)
    new = {app_id for app_id in app_ids if app_id in scope} - instance.received
    if not new:
        return Decision(instance, (), changed=False)
    counted = replace(instance, received=instance.received | new, revision=instance.revision + len(new))
    return _maybe_complete_round(counted, now, ())


def _redraft_with_results(instance: Instance, app_ids: Iterable[str], now: datetime) -> Decision:
    scope = frozenset(instance.scope)
    rechecked = sorted({app_id for app_id in app_ids if app_id in scope})
    if not rechecked:
        return Decision(instance, (), changed=False)
    version = instance.requested_version + 1
    new = bump(instance, phase="menyusun_draf", requested_version=version, last_error=None)
    shown = ", ".join(rechecked[:5]) + (f" dan {len(rechecked) - 5} aplikasi lain" if len(rechecked) > 5 else "")
    why = f"Hasil pemeriksaan ulang {shown} dimuat dalam draf ini."
    return Decision(new, (DraftRequested(instance.id, version, why, now),))


def round_deadline_passed(instance: Instance, now: datetime) -> Decision:
    """Step 3: close the round when its deadline has passed, reporting what is missing."""
    due = instance.round_deadline
    if instance.phase != "memeriksa" or due is None or now < due:
        return Decision(instance, (), changed=False)
    return _complete_round(instance, now, ())


def _maybe_complete_round(instance: Instance, now: datetime, messages: tuple[object, ...]) -> Decision:
    if instance.missing:
        return Decision(instance, messages)
    return _complete_round(instance, now, messages)


def _complete_round(instance: Instance, now: datetime, messages: tuple[object, ...]) -> Decision:
    version = instance.requested_version + 1
    new = bump(instance, phase="menyusun_draf", requested_version=version)
    completed = ChecksCompleted(instance.id, len(instance.received), instance.missing, now)
    return Decision(new, (*messages, completed, DraftRequested(instance.id, version, "", now)))


def nota_drafted(instance: Instance, event: NotaDrafted) -> Decision:
    """Step 3: the reporter delivered the draft version the workflow asked for."""
    if instance.phase != "menyusun_draf" or event.version != instance.requested_version:
        return Decision(instance, (), changed=False)
    return Decision(bump(instance, phase="draf_siap", nota_version=event.version, last_error=None))


# The phase a failed request returns to, so that its official can try again.
_RETRY_PHASE: dict[str, tuple[Phase, Phase]] = {
    "draft": ("menyusun_draf", "draf_gagal"),
    "signature": ("menandatangani", "menunggu_tanda_tangan"),
    "delivery": ("menyampaikan", "menunggu_penyampaian"),
}


def document_failed(instance: Instance, event: DocumentFailed) -> Decision:
    """The reporter gave up: go back to where the official can try again, with the reason."""
    waiting, retry = _RETRY_PHASE[event.request]
    current = instance.requested_version if event.request == "draft" else instance.nota_version
    if instance.phase != waiting or event.version != current:
        return Decision(instance, (), changed=False)
    return Decision(bump(instance, phase=retry, last_error=event.reason[:1000]))


def revise_nota(instance: Instance, cmd: ReviseNota, actor: Actor, sop: SopDefinition, now: datetime) -> Decision:
    """Step 3: the Pelaksana revises the draft with notes (or retries a failed one)."""
    require_step(instance, cmd.expected_step, "draf_siap", "draf_gagal")
    _require_pelaksana(instance, actor, sop)
    catatan = clean_note(cmd.catatan, required=instance.phase == "draf_siap")
    version = instance.requested_version + 1
    new = bump(instance, phase="menyusun_draf", requested_version=version, last_error=None)
    return Decision(new, (DraftRequested(instance.id, version, catatan, now),))


def submit_nota(instance: Instance, cmd: SubmitNota, actor: Actor, sop: SopDefinition, now: datetime) -> Decision:
    """Step 3 done: the Pelaksana submits the draft for the Kasie's paraf."""
    require_step(instance, cmd.expected_step, "draf_siap")
    _require_pelaksana(instance, actor, sop)
    new = advance(instance, sop, now, actor.id, to_step=4, phase="menunggu_paraf", last_return=None)
    return Decision(new, (NotaSubmitted(instance.id, instance.nota_version, actor.id, now),))


def initial_nota(instance: Instance, cmd: InitialNota, actor: Actor, sop: SopDefinition, now: datetime) -> Decision:
    """Steps 4 and 5: the Kasie, then the Kabid, give their paraf."""
    require_step(instance, cmd.expected_step, "menunggu_paraf")
    require_role(sop, instance.step, actor)
    if instance.step == 4:
        new = advance(instance, sop, now, actor.id, to_step=5, phase="menunggu_paraf")
    else:
        new = advance(instance, sop, now, actor.id, to_step=6, phase="menunggu_tanda_tangan")
    event = NotaInitialled(instance.id, instance.step, instance.nota_version, actor.id, now)
    return Decision(new, (event,))


def return_nota(instance: Instance, cmd: ReturnNota, actor: Actor, sop: SopDefinition, now: datetime) -> Decision:
    """Steps 4 to 6: the official returns the nota to the Pelaksana with a note."""
    require_step(instance, cmd.expected_step, "menunggu_paraf", "menunggu_tanda_tangan")
    require_role(sop, instance.step, actor)
    catatan = clean_note(cmd.catatan, required=True)
    note = ReturnNote(instance.step, actor.id, catatan, now)
    new = advance(
        instance,
        sop,
        now,
        actor.id,
        to_step=3,
        phase="draf_siap",
        outcome="dikembalikan",
        note=catatan,
        last_return=note,
    )
    return Decision(new, (NotaReturned(instance.id, instance.step, actor.id, catatan, now),))


def sign_nota(instance: Instance, cmd: SignNota, actor: Actor, sop: SopDefinition, now: datetime) -> Decision:
    """Step 6: the Kepala Dinas signs; the reporter applies the electronic signature."""
    require_step(instance, cmd.expected_step, "menunggu_tanda_tangan")
    require_role(sop, 6, actor)
    new = _claim(bump(instance, phase="menandatangani", last_error=None), actor.id)
    return Decision(new, (SignatureRequested(instance.id, instance.nota_version, actor.id, now),))


def nota_signed(instance: Instance, event: NotaSigned, sop: SopDefinition, now: datetime) -> Decision:
    """Step 6 done once the signed PDF exists."""
    if instance.phase != "menandatangani" or event.version != instance.nota_version:
        return Decision(instance, (), changed=False)
    signer = instance.open_visit.actor_id if instance.open_visit else None
    new = advance(instance, sop, now, signer, to_step=7, phase="menunggu_penyampaian", last_error=None)
    return Decision(new)


def deliver_nota(instance: Instance, cmd: DeliverNota, actor: Actor, sop: SopDefinition, now: datetime) -> Decision:
    """Step 7: the nota dinas is sent to the Wali Kota."""
    require_step(instance, cmd.expected_step, "menunggu_penyampaian")
    require_role(sop, 7, actor)
    new = _claim(bump(instance, phase="menyampaikan", last_error=None), actor.id)
    return Decision(new, (DeliveryRequested(instance.id, instance.nota_version, actor.id, now),))


def nota_delivered(instance: Instance, event: NotaDelivered, now: datetime) -> Decision:
    """The cycle ends when the delivery of the version it asked for has a receipt."""
    if instance.phase != "menyampaikan" or event.version != instance.nota_version:
        return Decision(instance, (), changed=False)
    actor = instance.open_visit.actor_id if instance.open_visit else None
    channel = label(DELIVERY_CHANNEL_LABELS, event.channel, "melalui saluran lain")
    history = close_open(instance, now, actor, note=f"Tanda terima {event.receipt} ({channel})")
    new = bump(instance, phase="selesai", status="selesai", history=history, last_error=None)
    return Decision(new, (CycleCompleted(instance.id, now),))


def _claim(instance: Instance, actor_id: int) -> Instance:
    """Record who acted on the open visit while the reporter finishes the step."""
    visit = instance.open_visit
    if visit is None:
        return instance
    return replace(instance, history=(*instance.history[:-1], replace(visit, actor_id=actor_id)))


def _require_pelaksana(instance: Instance, actor: Actor, sop: SopDefinition) -> None:
    require_role(sop, 3, actor)
    if actor.id != instance.pelaksana_id:
        raise CommandRejectedError("Hanya Pelaksana yang menerima disposisi yang dapat melakukan langkah ini.")


def clean_note(text: str, *, required: bool) -> str:
    """Return a note stripped; refuse it empty (when required) or too long."""
    cleaned = text.strip()
    if required and not cleaned:
        raise CommandRejectedError("Catatan wajib diisi.")
    if len(cleaned) > MAX_NOTE:
        raise CommandRejectedError(f"Catatan terlalu panjang (maksimal {MAX_NOTE} karakter).")
    return cleaned
