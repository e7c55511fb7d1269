"""The SOP state machine: every legal transition, and the illegal ones refused."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from pantau_contracts.definition import load_definition
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
    StepDeadlineReached,
    SubmitNota,
    WriteDisposition,
)
from pantau_contracts.status import CheckRequested
from pantau_workflow.domain import transitions as t
from pantau_workflow.domain.deadlines import check_deadlines
from pantau_workflow.domain.model import (
    Actor,
    CommandRejectedError,
    Decision,
    Instance,
    Policy,
    monthly_start_due,
    scheduled_cycle_id,
)

SOP = load_definition()
T0 = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)
KADIS, KABID, KASIE, PELAKSANA = (
    Actor(1, "kadis"),
    Actor(2, "kabid"),
    Actor(3, "kasie"),
    Actor(4, "pelaksana"),
)
OTHER_PELAKSANA = Actor(5, "pelaksana")
APPS = ("dinkes-web", "disdukcapil-sipdah", "bapenda-ebphtb")
ID = "6f0e7c1e-0000-4000-8000-000000000001"


def at(minutes: float) -> datetime:
    return T0 + timedelta(minutes=minutes)


def started() -> Instance:
    return t.start_cycle(
        StartCycle(ID, KABID.id, "Monev November"), KABID, SOP, T0, active_apps=APPS, sequence=3
    ).instance


def dispositioned() -> Instance:
    cmd = WriteDisposition(ID, KASIE.id, 2, PELAKSANA.id, "proses_lebih_lanjut", "segera", "Segera")
    return t.write_disposition(started(), cmd, KASIE, SOP, at(5), Policy(), PELAKSANA).instance


def checked() -> Instance:
    instance = dispositioned()
    for app in APPS:
        instance = t.record_result(instance, app, at(20)).instance
    return instance


def drafted() -> Instance:
    return t.nota_drafted(checked(), NotaDrafted(ID, 1, 10, "a" * 64, at(21))).instance


def submitted() -> Instance:
    return t.submit_nota(drafted(), SubmitNota(ID, PELAKSANA.id, 3), PELAKSANA, SOP, at(30)).instance


def initialled_by_kasie() -> Instance:
    return t.initial_nota(submitted(), InitialNota(ID, KASIE.id, 4), KASIE, SOP, at(35)).instance


def initialled_by_kabid() -> Instance:
    return t.initial_nota(initialled_by_kasie(), InitialNota(ID, KABID.id, 5), KABID, SOP, at(40)).instance


def signing() -> Instance:
    return t.sign_nota(initialled_by_kabid(), SignNota(ID, KADIS.id, 6), KADIS, SOP, at(45)).instance


def signed() -> Instance:
    return t.nota_signed(signing(), NotaSigned(ID, 1, 11, "b" * 64, "Kepala Dinas", at(46)), SOP, at(46)).instance


def delivering() -> Instance:
    return t.deliver_nota(signed(), DeliverNota(ID, KADIS.id, 7), KADIS, SOP, at(50)).instance


# --- legal transitions --------------------------------------------------------------------


def test_starting_a_cycle_completes_step_1_and_waits_for_the_kasie_disposition():
    decision = t.start_cycle(StartCycle(ID, KABID.id, "Monev"), KABID, SOP, T0, active_apps=APPS, sequence=3)
    instance = decision.instance
    assert (instance.step, instance.phase, instance.status) == (2, "menunggu_disposisi", "berjalan")
    assert instance.cycle_no == "MONEV-2026-11-003"
    assert instance.scope == APPS
    assert [v.step for v in instance.history] == [1, 2]
    assert instance.history[0].completed_at == T0 and instance.history[0].actor_id == KABID.id
    assert instance.history[1].mutu_baku_s == 15 * 60
    assert isinstance(decision.messages[0], CycleStarted)


def test_a_cycle_may_cover_a_chosen_scope():
    cmd = StartCycle(ID, KABID.id, "", scope=("dinkes-web",))
    instance = t.start_cycle(cmd, KABID, SOP, T0, active_apps=APPS, sequence=1).instance
    assert instance.scope == ("dinkes-web",)


def test_disposition_moves_to_step_3_and_requests_a_check_of_every_app_in_scope():
    cmd = WriteDisposition(ID, KASIE.id, 2, PELAKSANA.id, "proses_lebih_lanjut", "segera", "Segera")
    decision = t.write_disposition(started(), cmd, KASIE, SOP, at(5), Policy(), PELAKSANA)
    instance = decision.instance
    assert (instance.step, instance.phase, instance.pelaksana_id) == (3, "memeriksa", PELAKSANA.id)
    assert instance.round_deadline == at(5) + Policy().round_timeout
    assert isinstance(decision.messages[0], DispositionWritten)
    requests = [m for m in decision.messages if isinstance(m, CheckRequested)]
    assert sorted(r.app_id for r in requests) == sorted(APPS)
    assert all(r.cycle_id == ID for r in requests)
    assert instance.history[1].completed_at == at(5) and instance.history[1].actor_id == KASIE.id


def test_the_round_completes_when_every_result_is_in_and_a_draft_is_requested():
    instance = dispositioned()
    for app in APPS[:-1]:
        decision = t.record_result(instance, app, at(10))
        instance = decision.instance
        assert instance.phase == "memeriksa" and not decision.messages
    decision = t.record_result(instance, APPS[-1], at(12))
    assert decision.instance.phase == "menyusun_draf"
    completed, draft = decision.messages
    assert isinstance(completed, ChecksCompleted) and completed.checked == 3 and completed.missing == ()
    assert isinstance(draft, DraftRequested) and draft.version == 1


def test_a_result_outside_the_scope_or_repeated_changes_nothing():
    instance = t.record_result(dispositioned(), "dinkes-web", at(10)).instance
    assert not t.record_result(instance, "dinkes-web", at(11)).changed
    assert not t.record_result(instance, "unknown-app", at(11)).changed


@pytest.mark.parametrize(
    "arrivals",
    [
        (),
        ("unknown-app", "dinkes-web", "dinkes-web"),
        (*APPS, "dinkes-web", "unknown-app"),
        ("bapenda-ebphtb", "bapenda-ebphtb", "disdukcapil-sipdah", "dinkes-web", "bapenda-ebphtb"),
    ],
)
@pytest.mark.parametrize("before", [(), ("disdukcapil-sipdah",), APPS])
def test_a_batch_of_results_decides_as_the_same_results_one_at_a_time(before, arrivals):
    instance = dispositioned()
    for app in before:
        instance = t.record_result(instance, app, at(8)).instance
    one_by_one = Decision(instance, (), changed=False)
    for app in arrivals:
        step = t.record_result(one_by_one.instance, app, at(10))
        if step.changed:
            one_by_one = Decision(step.instance, one_by_one.messages + step.messages)

    batch = t.record_results(instance, arrivals, at(10))
    assert (batch.instance.received, batch.instance.phase) == (one_by_one.instance.received, one_by_one.instance.phase)
    # While the round is open the two decide alike. A result after the round makes the draft
    # again: once for a batch, once for each result one at a time; either way the last draft
    # asked for is asked after every result is stored.
    if instance.phase == "memeriksa":
        assert batch.messages == one_by_one.messages[: len(batch.messages)]
    else:
        assert len(batch.messages) <= 1
    if batch.instance.phase == "memeriksa":
        assert batch == one_by_one


def test_a_result_after_the_round_asks_for_the_draft_again_and_only_for_the_cycles_apps():
    instance = drafted()
    assert not t.record_results(instance, ["unknown-app"], at(30)).changed
    decision = t.record_results(instance, ["bapenda-ebphtb", "dinkes-web", "bapenda-ebphtb"], at(30))
    (draft,) = decision.messages
    assert isinstance(draft, DraftRequested) and draft.version == instance.requested_version + 1
    assert "bapenda-ebphtb, dinkes-web" in draft.catatan
    assert decision.instance.phase == "menyusun_draf"
    stale = NotaDrafted(ID, instance.requested_version, 10, "b" * 64, at(31))
    assert not t.nota_drafted(decision.instance, stale).changed


def test_the_round_deadline_closes_the_round_and_names_the_missing_apps():
    instance = t.record_result(dispositioned(), "dinkes-web", at(10)).instance
    assert not t.round_deadline_passed(instance, at(10)).changed
    decision = t.round_deadline_passed(instance, instance.round_deadline or at(0))
    completed = decision.messages[0]
    assert isinstance(completed, ChecksCompleted)
    assert completed.missing == ("disdukcapil-sipdah", "bapenda-ebphtb")
    assert decision.instance.phase == "menyusun_draf"


def test_the_draft_arriving_lets_the_pelaksana_act():
    instance = drafted()
    assert (instance.phase, instance.nota_version) == ("draf_siap", 1)


def test_a_stale_draft_version_is_ignored():
    assert not t.nota_drafted(checked(), NotaDrafted(ID, 7, 10, "a" * 64, at(21))).changed


def test_only_the_version_asked_for_is_signed_or_delivered():
    assert not t.nota_signed(signing(), NotaSigned(ID, 9, 11, "b" * 64, "Kepala Dinas", at(46)), SOP, at(46)).changed
    assert not t.nota_delivered(delivering(), NotaDelivered(ID, 9, "berkas", "TT-9", at(51)), at(51)).changed


def test_revising_requests_a_new_version_with_the_pelaksana_notes():
    decision = t.revise_nota(drafted(), ReviseNota(ID, PELAKSANA.id, 3, "Tambah catatan"), PELAKSANA, SOP, at(25))
    assert decision.instance.phase == "menyusun_draf" and decision.instance.requested_version == 2
    (request,) = decision.messages
    assert isinstance(request, DraftRequested) and (request.version, request.catatan) == (2, "Tambah catatan")


def test_submitting_completes_step_3_and_waits_for_the_kasie_paraf():
    decision = t.submit_nota(drafted(), SubmitNota(ID, PELAKSANA.id, 3), PELAKSANA, SOP, at(30))
    assert (decision.instance.step, decision.instance.phase) == (4, "menunggu_paraf")
    assert isinstance(decision.messages[0], NotaSubmitted)


def test_kasie_then_kabid_paraf_bring_the_nota_to_the_kepala_dinas():
    after_kasie = initialled_by_kasie()
    assert (after_kasie.step, after_kasie.phase) == (5, "menunggu_paraf")
    decision = t.initial_nota(after_kasie, InitialNota(ID, KABID.id, 5), KABID, SOP, at(40))
    assert (decision.instance.step, decision.instance.phase) == (6, "menunggu_tanda_tangan")
    (event,) = decision.messages
    assert isinstance(event, NotaInitialled) and (event.step, event.by) == (5, KABID.id)


@pytest.mark.parametrize(
    ("make", "actor", "step"),
    [(submitted, KASIE, 4), (initialled_by_kasie, KABID, 5), (initialled_by_kabid, KADIS, 6)],
)
def test_an_official_at_steps_4_to_6_may_return_the_nota_to_step_3(make, actor, step):
    decision = t.return_nota(make(), ReturnNota(ID, actor.id, step, "Perbaiki ringkasan"), actor, SOP, at(60))
    instance = decision.instance
    assert (instance.step, instance.phase) == (3, "draf_siap")
    assert instance.last_return is not None and instance.last_return.step == step
    returned_visit = instance.history[-2]
    assert (returned_visit.step, returned_visit.outcome) == (step, "dikembalikan")
    assert isinstance(decision.messages[0], NotaReturned)


def test_after_a_return_the_cycle_goes_on_again_through_the_paraf():
    returned = t.return_nota(submitted(), ReturnNota(ID, KASIE.id, 4, "Perbaiki"), KASIE, SOP, at(36)).instance
    revised = t.revise_nota(returned, ReviseNota(ID, PELAKSANA.id, 3, "Sudah"), PELAKSANA, SOP, at(37)).instance
    redrafted = t.nota_drafted(revised, NotaDrafted(ID, 2, 12, "c" * 64, at(38))).instance
    resubmitted = t.submit_nota(redrafted, SubmitNota(ID, PELAKSANA.id, 3), PELAKSANA, SOP, at(39)).instance
    assert (resubmitted.step, resubmitted.nota_version, resubmitted.last_return) == (4, 2, None)
    assert [v.step for v in resubmitted.history] == [1, 2, 3, 4, 3, 4]


def test_signing_waits_for_the_signed_pdf_then_opens_step_7():
    instance = signing()
    assert (instance.step, instance.phase) == (6, "menandatangani")
    instance = signed()
    assert (instance.step, instance.phase) == (7, "menunggu_penyampaian")
    assert instance.history[-2].actor_id == KADIS.id


def test_sign_request_names_the_version_to_sign():
    decision = t.sign_nota(initialled_by_kabid(), SignNota(ID, KADIS.id, 6), KADIS, SOP, at(45))
    assert isinstance(decision.messages[0], SignatureRequested) and decision.messages[0].version == 1


def test_delivery_with_a_receipt_completes_the_cycle():
    decision = t.deliver_nota(signed(), DeliverNota(ID, KADIS.id, 7), KADIS, SOP, at(50))
    assert isinstance(decision.messages[0], DeliveryRequested)
    done = t.nota_delivered(decision.instance, NotaDelivered(ID, 1, "berkas", "TT-1", at(51)), at(51))
    assert (done.instance.status, done.instance.phase) == ("selesai", "selesai")
    assert all(not v.is_open for v in done.instance.history)
    assert isinstance(done.messages[0], CycleCompleted)


@pytest.mark.parametrize(
    ("channel", "note"),
    [
        ("kotak_masuk", "Tanda terima TT-1 (melalui kotak masuk Wali Kota)"),
        ("email", "Tanda terima TT-1 (melalui surel)"),
        ("eoffice_baru", "Tanda terima TT-1 (melalui saluran lain)"),
    ],
)
def test_the_timeline_names_the_delivery_channel_in_words(channel, note):
    decision = t.deliver_nota(signed(), DeliverNota(ID, KADIS.id, 7), KADIS, SOP, at(50))
    done = t.nota_delivered(decision.instance, NotaDelivered(ID, 1, channel, "TT-1", at(51)), at(51))
    assert done.instance.history[-1].note == note


# --- illegal transitions ------------------------------------------------------------------

WRONG_ROLE = [
    (lambda: t.start_cycle(StartCycle(ID, KASIE.id), KASIE, SOP, T0, active_apps=APPS, sequence=1)),
    (
        lambda: t.write_disposition(
            started(),
            WriteDisposition(ID, KABID.id, 2, PELAKSANA.id, "proses_lebih_lanjut", "biasa"),
            KABID,
            SOP,
            at(1),
            Policy(),
            PELAKSANA,
        )
    ),
    (lambda: t.submit_nota(drafted(), SubmitNota(ID, KASIE.id, 3), KASIE, SOP, at(30))),
    (lambda: t.initial_nota(submitted(), InitialNota(ID, KABID.id, 4), KABID, SOP, at(31))),
    (lambda: t.initial_nota(initialled_by_kasie(), InitialNota(ID, KASIE.id, 5), KASIE, SOP, at(36))),
    (lambda: t.sign_nota(initialled_by_kabid(), SignNota(ID, KABID.id, 6), KABID, SOP, at(41))),
    (lambda: t.return_nota(submitted(), ReturnNota(ID, PELAKSANA.id, 4, "x"), PELAKSANA, SOP, at(31))),
    (lambda: t.deliver_nota(signed(), DeliverNota(ID, PELAKSANA.id, 7), PELAKSANA, SOP, at(47))),
]


@pytest.mark.parametrize("attempt", WRONG_ROLE)
def test_a_command_from_the_wrong_role_is_refused(attempt):
    with pytest.raises(CommandRejectedError, match="hanya dapat dilakukan oleh"):
        attempt()


WRONG_STEP = [
    # a step skipped: paraf before the nota is submitted, signature before the paraf
    (lambda: t.initial_nota(drafted(), InitialNota(ID, KASIE.id, 3), KASIE, SOP, at(30))),
    (lambda: t.sign_nota(submitted(), SignNota(ID, KADIS.id, 4), KADIS, SOP, at(31))),
    (lambda: t.deliver_nota(initialled_by_kabid(), DeliverNota(ID, KADIS.id, 6), KADIS, SOP, at(41))),
    (lambda: t.submit_nota(dispositioned(), SubmitNota(ID, PELAKSANA.id, 3), PELAKSANA, SOP, at(6))),
    (lambda: t.sign_nota(signing(), SignNota(ID, KADIS.id, 6), KADIS, SOP, at(46))),
    (lambda: t.deliver_nota(delivering(), DeliverNota(ID, KADIS.id, 7), KADIS, SOP, at(51))),
]


@pytest.mark.parametrize("attempt", WRONG_STEP)
def test_a_command_for_a_step_not_yet_reached_or_busy_is_refused(attempt):
    with pytest.raises(CommandRejectedError):
        attempt()


def test_a_stale_form_for_an_earlier_step_is_refused():
    with pytest.raises(CommandRejectedError, match="sudah berada di langkah 5"):
        t.initial_nota(initialled_by_kasie(), InitialNota(ID, KASIE.id, 4), KASIE, SOP, at(36))


def test_only_the_dispositioned_pelaksana_may_submit():
    with pytest.raises(CommandRejectedError, match="menerima disposisi"):
        t.submit_nota(drafted(), SubmitNota(ID, OTHER_PELAKSANA.id, 3), OTHER_PELAKSANA, SOP, at(30))


def test_disposition_to_someone_who_is_not_a_pelaksana_is_refused():
    cmd = WriteDisposition(ID, KASIE.id, 2, KABID.id, "proses_lebih_lanjut", "biasa")
    with pytest.raises(CommandRejectedError, match="Pelaksana"):
        t.write_disposition(started(), cmd, KASIE, SOP, at(1), Policy(), KABID)


def test_a_return_without_a_note_is_refused():
    with pytest.raises(CommandRejectedError, match="Catatan wajib"):
        t.return_nota(submitted(), ReturnNota(ID, KASIE.id, 4, "   "), KASIE, SOP, at(31))


def test_an_inactive_account_is_refused():
    with pytest.raises(CommandRejectedError, match="tidak aktif"):
        t.initial_nota(submitted(), InitialNota(ID, KASIE.id, 4), Actor(3, "kasie", aktif=False), SOP, at(31))


def test_a_cycle_over_unregistered_apps_is_refused():
    with pytest.raises(CommandRejectedError, match="tidak terdaftar"):
        t.start_cycle(StartCycle(ID, KABID.id, "", ("ghost",)), KABID, SOP, T0, active_apps=APPS, sequence=1)


def test_nothing_can_be_done_after_the_cycle_is_complete():
    done = t.nota_delivered(delivering(), NotaDelivered(ID, 1, "berkas", "TT-1", at(51)), at(51)).instance
    with pytest.raises(CommandRejectedError, match="sudah selesai"):
        t.return_nota(done, ReturnNota(ID, KADIS.id, 7, "x"), KADIS, SOP, at(52))


# --- deadlines ----------------------------------------------------------------------------


def test_a_step_warns_before_its_mutu_baku_and_escalates_after_once_each():
    instance = started()  # step 2: 15 minutes from T0
    assert not check_deadlines(instance, at(11), SOP.warn_at).changed
    warned = check_deadlines(instance, at(12), SOP.warn_at)
    assert [m.level for m in warned.messages if isinstance(m, StepDeadlineReached)] == ["peringatan"]
    assert not check_deadlines(warned.instance, at(13), SOP.warn_at).changed
    overdue = check_deadlines(warned.instance, at(15), SOP.warn_at)
    assert overdue.messages[0].level == "terlambat" and overdue.messages[0].due_at == at(15)
    assert not check_deadlines(overdue.instance, at(30), SOP.warn_at).changed


# --- failed requests --------------------------------------------------------------------------


def test_a_failed_draft_lets_the_pelaksana_try_again_without_a_note():
    failed = t.document_failed(checked(), DocumentFailed(ID, "draft", 1, "font hilang", at(21)))
    assert (failed.instance.phase, failed.instance.last_error) == ("draf_gagal", "font hilang")
    retry = t.revise_nota(failed.instance, ReviseNota(ID, PELAKSANA.id, 3, ""), PELAKSANA, SOP, at(22))
    assert retry.instance.phase == "menyusun_draf" and retry.instance.requested_version == 2
    assert retry.instance.last_error is None


def test_a_failed_signature_returns_to_the_kepala_dinas_to_sign_again():
    failed = t.document_failed(signing(), DocumentFailed(ID, "signature", 1, "sertifikat kedaluwarsa", at(46)))
    assert (failed.instance.step, failed.instance.phase) == (6, "menunggu_tanda_tangan")
    again = t.sign_nota(failed.instance, SignNota(ID, KADIS.id, 6), KADIS, SOP, at(47))
    assert again.instance.phase == "menandatangani" and again.instance.last_error is None


def test_a_failed_delivery_returns_to_step_7_waiting():
    failed = t.document_failed(delivering(), DocumentFailed(ID, "delivery", 1, "SMTP menolak", at(51)))
    assert (failed.instance.step, failed.instance.phase) == (7, "menunggu_penyampaian")


def test_a_failure_of_another_version_or_phase_changes_nothing():
    assert not t.document_failed(checked(), DocumentFailed(ID, "draft", 9, "x", at(21))).changed
    assert not t.document_failed(drafted(), DocumentFailed(ID, "signature", 1, "x", at(21))).changed


# --- the monthly schedule -------------------------------------------------------------------


def test_the_monthly_cycle_is_due_from_its_day_in_bekasi_time_when_none_was_started():
    policy = Policy(monthly_day=1)
    first_of_month_wib = datetime(2026, 11, 30, 17, 30, tzinfo=UTC)  # 1 December, 00.30 WIB
    assert monthly_start_due(first_of_month_wib, policy, cycles_this_month=0)
    assert not monthly_start_due(first_of_month_wib, policy, cycles_this_month=1)
    assert not monthly_start_due(datetime(2026, 11, 3, tzinfo=UTC), Policy(monthly_day=5), 0)
    assert not monthly_start_due(first_of_month_wib, Policy(monthly_day=None), 0)


def test_the_scheduled_cycle_has_one_id_per_month_on_every_replica():
    assert scheduled_cycle_id(datetime(2026, 11, 2, tzinfo=UTC)) == scheduled_cycle_id(
        datetime(2026, 11, 29, tzinfo=UTC)
    )
    assert scheduled_cycle_id(datetime(2026, 11, 2, tzinfo=UTC)) != scheduled_cycle_id(
        datetime(2026, 12, 2, tzinfo=UTC)
    )


def test_the_cycle_number_counts_months_as_bekasi_does():
    started = t.start_cycle(
        StartCycle(ID, KABID.id), KABID, SOP, datetime(2026, 11, 30, 18, 0, tzinfo=UTC), active_apps=APPS, sequence=1
    ).instance
    assert started.cycle_no == "MONEV-2026-12-001"


# --- department streams -------------------------------------------------------------------


def checked_event(availability="aktif", **changes):
    from pantau_contracts.status import ApplicationChecked, Timings

    return ApplicationChecked(
        app_id="a",
        pd_id="dinkes",
        url="https://a.bekasikota.go.id/",
        checked_at=T0,
        availability=availability,
        timings=Timings(total_ms=1.0),
        **changes,
    )


def test_a_department_hears_of_the_first_result_and_of_confirmed_changes_only():
    from pantau_workflow.domain.announce import department_hears, summary

    first = checked_event()
    assert department_hears(None, first)
    assert not department_hears(summary(first), checked_event())
    blip = checked_event("tidak_aktif", confirmed_availability="aktif")
    assert not department_hears(summary(first), blip)
    confirmed = checked_event("tidak_aktif", confirmed_availability="tidak_aktif", status_changed=True)
    assert department_hears(summary(first), confirmed)
    assert not department_hears(summary(first), checked_event("tidak_aktif", in_maintenance=True))
