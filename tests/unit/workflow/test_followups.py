"""The follow-up register's pure core: every transition, the refused ones, and the due-date policy."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from pantau_contracts.definition import load_definition
from pantau_contracts.problems import Problem
from pantau_contracts.status import ApplicationChecked, ContentFreshness, Finding, LoginResult, Timings
from pantau_workflow.domain import followups as f
from pantau_workflow.domain.model import Actor

SOP = load_definition()
POLICY = SOP.followup
RECHECKS = f.Rechecks(every=timedelta(minutes=1), window=timedelta(minutes=30))
T0 = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)
IID = "6f0e7c1e-0000-4000-8000-000000000001"
OPERATOR = Actor(11, "operator_pd", pd_id="dinkes")
OTHER_OPERATOR = Actor(12, "operator_pd", pd_id="bapenda")
KEPALA_PD = Actor(13, "kepala_pd", pd_id="dinkes")
KASIE = Actor(3, "kasie")
PELAKSANA = Actor(4, "pelaksana")
DOWN = Problem("tidak_aktif", "ketersediaan", "tinggi", "http_5xx")
GAMBLING = Problem("judi_online", "keamanan", "kritis", "slot gacor maxwin")


def opened(problem: Problem = DOWN, at: datetime = T0) -> f.FollowUp:
    return f.open_follow_up(IID, "500/123/Diskominfostandi", "puskesmas", "dinkes", problem, POLICY, at).follow_up


def result(at: datetime, availability="aktif", **changes) -> ApplicationChecked:
    event = ApplicationChecked(
        "puskesmas", "dinkes", "https://puskesmas.bekasikota.go.id/", at, availability, Timings(9)
    )
    return replace(event, **changes)


def up(at: datetime) -> ApplicationChecked:
    return result(at, confirmed_availability="aktif")


def down(at: datetime) -> ApplicationChecked:
    return result(at, "tidak_aktif", reason="http_5xx", confirmed_availability="tidak_aktif")


# --- opening and the due-date policy -------------------------------------------------------


def test_a_follow_up_opens_with_the_problem_the_nota_and_a_due_date_from_the_policy():
    step = f.open_follow_up(IID, "500/123/Diskominfostandi", "puskesmas", "dinkes", DOWN, POLICY, T0)
    fu = step.follow_up
    assert (fu.state, fu.code, fu.severity, fu.evidence, fu.nota_nomor) == (
        "terbuka",
        "tidak_aktif",
        "tinggi",
        "http_5xx",
        "500/123/Diskominfostandi",
    )
    assert fu.due_at == T0 + timedelta(hours=24)
    assert step.change == f.Change("dibuka", "terbuka", T0, note="500/123/Diskominfostandi")


def test_the_due_date_follows_the_policy_beside_the_sop():  # the policy itself: tests/unit/contracts
    assert opened(GAMBLING).due_at - T0 == SOP.followup.due_after("judi_online", "keamanan") == timedelta(hours=48)


def test_the_same_problem_of_the_same_nota_always_gets_the_same_id():
    assert opened().id == opened().id == f.follow_up_id(IID, "puskesmas", "tidak_aktif")
    assert opened(GAMBLING).id != opened().id


def test_a_nota_does_not_open_a_second_follow_up_while_one_is_open():
    assert f.for_nota("other", "501/1", "puskesmas", "dinkes", DOWN, opened(), POLICY, T0) is None


def test_a_nota_reopens_a_follow_up_fixed_within_the_window_and_opens_anew_after_it():
    fixed = replace(opened(), state="selesai", closed_at=T0 + timedelta(days=1))
    again = f.for_nota("other", "501/1", "puskesmas", "dinkes", DOWN, fixed, POLICY, T0 + timedelta(days=10))
    assert again is not None and again.follow_up.id == fixed.id and again.follow_up.dibuka_kembali
    later = f.for_nota("other", "501/1", "puskesmas", "dinkes", DOWN, fixed, POLICY, T0 + timedelta(days=40))
    assert later is not None and later.follow_up.id == f.follow_up_id("other", "puskesmas", "tidak_aktif")
    assert later.change is not None and later.change.change == "dibuka"


def test_a_nota_opens_a_new_follow_up_after_one_closed_by_hand():
    closed = replace(opened(), state="ditutup", closed_at=T0 + timedelta(days=1))
    step = f.for_nota("other", "501/1", "puskesmas", "dinkes", DOWN, closed, POLICY, T0 + timedelta(days=2))
    assert step is not None and step.change is not None and step.change.change == "dibuka"


# --- the department's answer ---------------------------------------------------------------


def test_the_department_answers_and_its_application_is_checked_again_at_once():
    step = f.answer(opened(), OPERATOR, "  Sudah diperbaiki, server dinyalakan ulang. ", 7, POLICY, RECHECKS, T0)
    assert step.follow_up.state == "ditanggapi" and step.recheck
    assert step.change == f.Change("ditanggapi", "ditanggapi", T0, 11, "Sudah diperbaiki, server dinyalakan ulang.", 7)
    assert step.follow_up.verify_until == T0 + timedelta(minutes=30)
    assert step.follow_up.next_recheck_at == T0 + timedelta(minutes=1)


def test_a_department_may_answer_again_while_the_follow_up_is_open():
    answered = f.answer(opened(), OPERATOR, "Sudah", None, POLICY, RECHECKS, T0).follow_up
    again = f.answer(answered, OPERATOR, "Sudah, dengan bukti", None, POLICY, RECHECKS, T0 + timedelta(hours=1))
    assert again.follow_up.state == "ditanggapi" and again.change is not None


@pytest.mark.parametrize(
    ("actor", "reason"),
    [
        (OTHER_OPERATOR, "bukan milik Perangkat Daerah Anda"),
        (KEPALA_PD, "Operator Perangkat Daerah"),
        (KASIE, "Operator Perangkat Daerah"),
        (replace(OPERATOR, aktif=False), "Operator Perangkat Daerah"),
    ],
)
def test_only_an_active_operator_of_the_owning_department_may_answer(actor, reason):
    with pytest.raises(f.FollowUpRefusedError, match=reason):
        f.answer(opened(), actor, "Sudah", None, POLICY, RECHECKS, T0)


@pytest.mark.parametrize("state", ["selesai", "ditutup"])
def test_a_closed_follow_up_cannot_be_answered(state):
    with pytest.raises(f.FollowUpRefusedError, match="sudah selesai atau ditutup"):
        f.answer(replace(opened(), state=state), OPERATOR, "Sudah", None, POLICY, RECHECKS, T0)


@pytest.mark.parametrize(("text", "reason"), [("   ", "wajib diisi"), ("x" * 4001, "terlalu panjang")])
def test_an_answer_needs_a_note_of_sensible_length(text, reason):
    with pytest.raises(f.FollowUpRefusedError, match=reason):
        f.answer(opened(), OPERATOR, text, None, POLICY, RECHECKS, T0)


# --- closing by evidence -------------------------------------------------------------------


def test_the_configured_number_of_clean_confirmed_checks_closes_it_and_keeps_the_proving_event():
    first = f.observe(opened(), up(T0), "ev-1", POLICY, T0)
    assert first.follow_up.state == "terbuka" and first.follow_up.clean_checks == 1 and first.change is None
    second = f.observe(first.follow_up, up(T0), "ev-2", POLICY, T0 + timedelta(minutes=5))
    fu = second.follow_up
    assert (fu.state, fu.closed_by_event, fu.closed_at) == ("selesai", "ev-2", T0 + timedelta(minutes=5))
    assert second.change is not None and second.change.change == "selesai" and second.change.evidence_event_id == "ev-2"


def test_the_problem_seen_again_resets_the_count():
    once = f.observe(opened(), up(T0), "ev-1", POLICY, T0).follow_up
    reset = f.observe(once, down(T0), "ev-2", POLICY, T0).follow_up
    assert reset.clean_checks == 0 and reset.state == "terbuka"
    assert f.observe(reset, up(T0), "ev-3", POLICY, T0).follow_up.state == "terbuka"


def test_an_unconfirmed_or_maintenance_result_proves_nothing():
    pending = result(T0, confirmed_availability="tidak_aktif")  # up once, not yet confirmed
    assert not f.observe(opened(), pending, "ev-1", POLICY, T0).changed
    assert not f.observe(opened(), result(T0, in_maintenance=True), "ev-2", POLICY, T0).changed


def test_a_down_site_proves_nothing_about_its_content_login_or_pages():
    stale = opened(Problem("tidak_update", "konten", "sedang", ""))
    login = opened(Problem("login_gagal", "ketersediaan", "sedang", ""))
    gambling = opened(GAMBLING)
    for fu in (stale, login, gambling):
        assert not f.observe(fu, down(T0), "ev-1", POLICY, T0).changed


def test_content_login_and_findings_close_only_when_the_check_looked_and_saw_them_fixed():
    stale = opened(Problem("tidak_update", "konten", "sedang", ""))
    fresh = up(T0)
    fresh = replace(fresh, content=ContentFreshness("update"), login=LoginResult("berhasil"))
    assert f.observe(stale, fresh, "e", POLICY, T0).follow_up.clean_checks == 1
    unknown = replace(fresh, content=ContentFreshness("tidak_diketahui"))
    assert f.observe(stale, unknown, "e", POLICY, T0).follow_up.clean_checks == 0
    gambling = opened(GAMBLING)
    infected = replace(fresh, findings=(Finding("judi_online", "kritis", "slot gacor"),))
    assert not f.observe(gambling, infected, "e", POLICY, T0).follow_up.clean_checks
    assert f.observe(gambling, fresh, "e", POLICY, T0).follow_up.clean_checks == 1


def test_after_an_answer_each_result_that_brings_the_proof_closer_asks_for_another_check():
    answered = f.answer(opened(), OPERATOR, "Sudah", None, POLICY, RECHECKS, T0).follow_up
    pending = f.observe(answered, result(T0, confirmed_availability="tidak_aktif"), "e1", POLICY, T0)
    assert pending.recheck and pending.follow_up.rechecks_left == answered.rechecks_left - 1
    clean = f.observe(pending.follow_up, up(T0), "e2", POLICY, T0)
    assert clean.recheck and clean.follow_up.clean_checks == 1
    done = f.observe(clean.follow_up, up(T0), "e3", POLICY, T0)
    assert done.follow_up.state == "selesai" and not done.recheck
    assert done.follow_up.verify_until is None and done.follow_up.rechecks_left == 0


def test_after_an_answer_a_still_broken_site_waits_for_the_periodic_check_which_stops_at_the_window():
    answered = f.answer(opened(), OPERATOR, "Sudah", None, POLICY, RECHECKS, T0).follow_up
    broken = f.observe(answered, down(T0), "e1", POLICY, T0)
    assert not broken.recheck
    assert not f.recheck_due(broken.follow_up, POLICY, RECHECKS, T0 + timedelta(seconds=30)).changed
    due = f.recheck_due(broken.follow_up, POLICY, RECHECKS, T0 + timedelta(minutes=1))
    assert due.recheck and due.follow_up.next_recheck_at == T0 + timedelta(minutes=2)
    assert due.change is None  # a re-check is no change of the follow-up's history
    assert not f.recheck_due(due.follow_up, POLICY, RECHECKS, T0 + timedelta(minutes=31)).changed


def test_an_unanswered_follow_up_is_not_chased():
    assert not f.observe(opened(), result(T0, confirmed_availability="tidak_aktif"), "e", POLICY, T0).recheck
    assert not f.recheck_due(opened(), POLICY, RECHECKS, T0 + timedelta(hours=1)).changed


# --- closing by hand -----------------------------------------------------------------------


def test_the_kasie_closes_a_follow_up_with_the_reason_kept():
    step = f.close_by_hand(opened(), KASIE, "Aplikasi dihentikan sesuai surat Kepala Dinas.", SOP, T0)
    assert (step.follow_up.state, step.follow_up.closed_at) == ("ditutup", T0)
    assert step.change == f.Change("ditutup", "ditutup", T0, KASIE.id, "Aplikasi dihentikan sesuai surat Kepala Dinas.")


@pytest.mark.parametrize("actor", [PELAKSANA, OPERATOR, Actor(2, "kabid"), replace(KASIE, aktif=False)])
def test_only_an_active_kasie_may_close_by_hand(actor):
    with pytest.raises(f.FollowUpRefusedError, match="hanya dapat ditutup oleh Kepala Seksi"):
        f.close_by_hand(opened(), actor, "alasan", SOP, T0)


def test_closing_by_hand_needs_a_reason_and_an_open_follow_up():
    with pytest.raises(f.FollowUpRefusedError, match="wajib diisi"):
        f.close_by_hand(opened(), KASIE, " ", SOP, T0)
    with pytest.raises(f.FollowUpRefusedError, match="sudah selesai atau ditutup"):
        f.close_by_hand(replace(opened(), state="selesai"), KASIE, "alasan", SOP, T0)


# --- flags: late, reopened -----------------------------------------------------------------


def test_an_open_follow_up_past_due_is_flagged_late_once():
    fu = opened()
    assert not f.mark_late(fu, fu.due_at - timedelta(seconds=1)).changed
    late = f.mark_late(fu, fu.due_at)
    assert late.follow_up.terlambat and late.change == f.Change("terlambat", "terbuka", fu.due_at)
    assert not f.mark_late(late.follow_up, fu.due_at + timedelta(days=1)).changed


def test_a_closed_follow_up_is_never_flagged_late():
    assert not f.mark_late(replace(opened(), state="selesai"), T0 + timedelta(days=9)).changed


def test_a_problem_back_within_thirty_days_reopens_a_fixed_follow_up_with_a_new_due_date():
    fixed = replace(opened(), state="selesai", closed_at=T0, closed_by_event="ev-2", clean_checks=2, terlambat=True)
    back = f.observe(fixed, down(T0 + timedelta(days=29)), "ev-9", POLICY, T0 + timedelta(days=29))
    fu = back.follow_up
    assert (fu.state, fu.dibuka_kembali, fu.terlambat, fu.closed_at, fu.clean_checks) == (
        "terbuka",
        True,
        False,
        None,
        0,
    )
    assert fu.due_at == T0 + timedelta(days=29, hours=24)
    assert (
        back.change is not None and back.change.change == "dibuka_kembali" and back.change.evidence_event_id == "ev-9"
    )


def test_a_problem_back_after_the_window_or_after_closing_by_hand_reopens_nothing():
    fixed = replace(opened(), state="selesai", closed_at=T0)
    assert not f.observe(fixed, down(T0 + timedelta(days=31)), "e", POLICY, T0 + timedelta(days=31)).changed
    closed = replace(opened(), state="ditutup", closed_at=T0)
    assert not f.observe(closed, down(T0 + timedelta(days=1)), "e", POLICY, T0 + timedelta(days=1)).changed


def test_a_clean_result_leaves_a_fixed_follow_up_alone():
    fixed = replace(opened(), state="selesai", closed_at=T0)
    assert not f.observe(fixed, up(T0), "e", POLICY, T0).changed
