"""The follow-up register's use cases on in-memory repositories: the signed nota opens follow-ups,
the departments answer, evidence closes, the timer flags, and the right people are told."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from pantau_contracts import Envelope, Topics, envelope
from pantau_contracts.definition import load_definition
from pantau_contracts.followup import (
    AnswerFollowUp,
    CheckNow,
    CloseFollowUp,
    FollowUpChanged,
    FollowUpOpened,
    MarkFalsePositive,
    RequestRecheck,
)
from pantau_contracts.problems import evidence_fingerprint, problems_of
from pantau_contracts.sop import (
    DraftRequested,
    InitialNota,
    NotaDrafted,
    NotaSigned,
    SignNota,
    StartCycle,
    SubmitNota,
    WriteDisposition,
)
from pantau_contracts.status import ApplicationChecked, CheckRequested, Finding, Timings
from pantau_workflow.domain.followups import FollowUp, follow_up_id
from pantau_workflow.domain.model import Actor, Policy
from pantau_workflow.memory import App, Contact, InMemoryStore
from pantau_workflow.ports import Recipient
from pantau_workflow.service import Workflow

SOP = load_definition()
TOPICS = Topics()
T0 = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)
IID = "6f0e7c1e-0000-4000-8000-000000000001"
KADIS, KABID, KASIE, PELAKSANA = Actor(1, "kadis"), Actor(2, "kabid"), Actor(3, "kasie"), Actor(4, "pelaksana")
OPERATOR = Actor(11, "operator_pd", pd_id="dinkes")
OPERATOR_BAPENDA = Actor(12, "operator_pd", pd_id="bapenda")
APPS = {"puskesmas": "dinkes", "dinkes-web": "dinkes", "bapenda-web": "bapenda"}
NOMOR = "500/123/Diskominfostandi"
DINKES_MAIL = Recipient("email", "it@dinkes.bekasikota.go.id")
PUSKESMAS_HOOK = Recipient(
    "webhook", "https://hooks.dinkes.bekasikota.go.id/pantau", "env:PANTAU_APP_SECRET_DINKES_HOOK_KEY"
)


class Clock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def service(clock: Clock) -> Workflow:
    return Workflow(SOP, TOPICS, Policy(monthly_day=None), clock=clock, public_url="https://pantau.bekasikota.go.id")


@pytest.fixture
def store() -> InMemoryStore:
    seeded = InMemoryStore()
    seeded.users.update({a.id: a for a in (KADIS, KABID, KASIE, PELAKSANA, OPERATOR, OPERATOR_BAPENDA)})
    seeded.emails.update({KASIE.id: "kasie@diskominfo.bekasikota.go.id", KABID.id: "kabid@diskominfo.bekasikota.go.id"})
    seeded.emails[PELAKSANA.id] = "pelaksana@diskominfo.bekasikota.go.id"
    seeded.apps.update(
        {a: App(a, pd, nama=f"Aplikasi {a}", url=f"https://{a}.bekasikota.go.id/") for a, pd in APPS.items()}
    )
    seeded.pd_names.update({"dinkes": "Dinas Kesehatan", "bapenda": "Badan Pendapatan Daerah"})
    seeded.contacts += [Contact("dinkes", DINKES_MAIL), Contact("dinkes", PUSKESMAS_HOOK, app_id="puskesmas")]
    return seeded


def checked(app_id: str, at: datetime, cycle_id: str | None = None, availability="aktif", **changes) -> Envelope:
    event = ApplicationChecked(
        app_id, APPS[app_id], f"https://{app_id}.bekasikota.go.id/", at, availability, Timings(5)
    )
    event = replace(event, cycle_id=cycle_id, **{"confirmed_availability": availability, **changes})
    return envelope(event, source="/test/checker", subject=app_id)


def down(app_id: str, at: datetime, cycle_id: str | None = None, **changes) -> Envelope:
    return checked(app_id, at, cycle_id, "tidak_aktif", reason="http_5xx", **changes)


GAMBLING = Finding("judi_online", "kritis", "<a href=/x>slot gacor maxwin</a>", "/berita")


def command(service: Workflow, store: InMemoryStore, cmd, key: str = IID):
    env = envelope(cmd, source="/test/web", subject=key)
    with store.transaction() as repos:
        service.handle_command(repos, env)
    return store.answers[env.id]


def status(service: Workflow, store: InMemoryStore, env: Envelope) -> None:
    with store.transaction() as repos:
        service.handle_status(repos, env)


def document(service: Workflow, store: InMemoryStore, event) -> bool:
    with store.transaction() as repos:
        return service.handle_document(repos, envelope(event, source="/test/reporter", subject=event.instance_id))


def checked_cycle(service: Workflow, store: InMemoryStore, clock: Clock) -> None:
    """Start, disposition and check a cycle: puskesmas down, dinkes-web serving gambling, bapenda fine."""
    assert command(service, store, StartCycle(IID, KABID.id, "Monev uji")).accepted
    cmd = WriteDisposition(IID, KASIE.id, 2, PELAKSANA.id, "proses_lebih_lanjut", "segera")
    assert command(service, store, cmd).accepted
    status(service, store, down("puskesmas", clock(), IID))
    status(service, store, checked("dinkes-web", clock(), IID, findings=(GAMBLING,)))
    status(service, store, checked("bapenda-web", clock(), IID))
    assert document(service, store, NotaDrafted(IID, 1, 7, "a" * 64, clock()))


def signed_cycle(service: Workflow, store: InMemoryStore, clock: Clock) -> None:
    checked_cycle(service, store, clock)
    for cmd in (SubmitNota(IID, PELAKSANA.id, 3), InitialNota(IID, KASIE.id, 4), InitialNota(IID, KABID.id, 5)):
        assert command(service, store, cmd).accepted
    assert command(service, store, SignNota(IID, KADIS.id, 6)).accepted
    assert document(service, store, NotaSigned(IID, 1, 8, "b" * 64, "Kepala Dinas", clock(), NOMOR))


def follow_up(store: InMemoryStore, app_id: str, code: str) -> FollowUp:
    return store.followups[follow_up_id(IID, app_id, code)]


def changes(store: InMemoryStore, fu_id: str) -> list[str]:
    return [h.change.change for h in store.history if h.followup_id == fu_id]


def mails_to(store: InMemoryStore, recipient: Recipient):
    return [q.notice for q in store.notifications.values() if q.recipient == recipient]


def check_requests(store: InMemoryStore) -> list[CheckRequested]:
    return [e.data for e in store.messages(TOPICS.check_requests)]


# --- opening ---------------------------------------------------------------------------------


def test_the_signed_nota_opens_one_follow_up_per_problem_with_its_nota_and_due_date(service, store, clock):
    signed_cycle(service, store, clock)

    assert sorted((f.app_id, f.code) for f in store.followups.values()) == [
        ("dinkes-web", "judi_online"),
        ("puskesmas", "tidak_aktif"),
    ]
    down_fu = follow_up(store, "puskesmas", "tidak_aktif")
    assert (down_fu.pd_id, down_fu.nota_nomor, down_fu.state, down_fu.severity) == (
        "dinkes",
        NOMOR,
        "terbuka",
        "tinggi",
    )
    assert down_fu.due_at == clock() + timedelta(hours=24)
    assert follow_up(store, "dinkes-web", "judi_online").due_at == clock() + timedelta(hours=48)
    assert changes(store, down_fu.id) == ["dibuka"]


def test_the_opened_follow_ups_are_announced_on_the_department_stream(service, store, clock):
    signed_cycle(service, store, clock)
    opened = [e.data for e in store.messages(TOPICS.department_status("dinkes")) if isinstance(e.data, FollowUpOpened)]
    assert sorted(o.code for o in opened) == ["judi_online", "tidak_aktif"]
    assert all(o.nota_nomor == NOMOR and o.pd_id == "dinkes" for o in opened)
    assert not [e for e in store.messages(TOPICS.department_status("bapenda")) if isinstance(e.data, FollowUpOpened)]


def test_each_department_contact_gets_one_message_with_the_follow_ups_that_concern_it(service, store, clock):
    signed_cycle(service, store, clock)

    (mail,) = [n for n in mails_to(store, DINKES_MAIL) if n.kind == "tindak_lanjut_baru"]
    assert mail.subject == "[Pantau] 2 tindak lanjut baru untuk Dinas Kesehatan"
    assert "Aplikasi puskesmas" in mail.body and "Aplikasi dinkes-web" in mail.body and NOMOR in mail.body
    assert "judi online" in mail.body.lower() and "judi_online" not in mail.body and "tidak_aktif" not in mail.body
    assert "https://pantau.bekasikota.go.id/tindak-lanjut" in mail.body
    (hook,) = [n for n in mails_to(store, PUSKESMAS_HOOK) if n.kind == "tindak_lanjut_baru"]
    assert "puskesmas" in hook.body and "dinkes-web" not in hook.body  # the app's own contact: its app only


def test_a_nota_signed_event_delivered_twice_opens_and_tells_nothing_twice(service, store, clock):
    signed_cycle(service, store, clock)
    before = (dict(store.followups), len(store.history), len(store.notifications))
    signed = NotaSigned(IID, 1, 8, "b" * 64, "Kepala Dinas", clock(), NOMOR)
    assert not document(service, store, signed)  # the cycle moved on: nothing to do
    assert (dict(store.followups), len(store.history), len(store.notifications)) == before


def test_a_problem_still_followed_from_an_earlier_nota_is_not_opened_twice(service, store, clock):
    earlier = FollowUp(
        "6f0e7c1e-0000-4000-8000-0000000000ff", IID, "puskesmas", "dinkes", "tidak_aktif", "ketersediaan",
        "tinggi", "http_5xx", "400/9/Diskominfostandi", "terbuka", T0 - timedelta(days=30), T0,
    )  # fmt: skip
    store.followups[earlier.id] = earlier
    signed_cycle(service, store, clock)
    assert sorted(f.code for f in store.followups.values() if f.app_id == "puskesmas") == ["tidak_aktif"]


# --- false positives and re-checks at step 3 ----------------------------------------------------


def test_a_false_positive_is_kept_left_out_of_the_follow_ups_and_the_draft_made_again(service, store, clock):
    checked_cycle(service, store, clock)
    cmd = MarkFalsePositive(IID, PELAKSANA.id, 3, "dinkes-web", "judi_online", "Berita razia judi online Satpol PP.")
    assert command(service, store, cmd).accepted

    (marked,) = store.false_positives.values()
    problem = next(p for p in problems_of(store.repositories().results.last("dinkes-web")) if p.code == "judi_online")
    assert (marked.reason, marked.fingerprint, marked.actor_id) == (cmd.alasan, evidence_fingerprint(problem), 4)
    draft = [e.data for e in store.messages(TOPICS.sop_events) if isinstance(e.data, DraftRequested)][-1]
    assert draft.version == 2 and "positif palsu" in draft.catatan
    assert document(service, store, NotaDrafted(IID, 2, 9, "c" * 64, clock()))
    for step in (SubmitNota(IID, PELAKSANA.id, 3), InitialNota(IID, KASIE.id, 4), InitialNota(IID, KABID.id, 5)):
        assert command(service, store, step).accepted
    assert command(service, store, SignNota(IID, KADIS.id, 6)).accepted
    assert document(service, store, NotaSigned(IID, 2, 10, "d" * 64, "Kepala Dinas", clock(), NOMOR))
    assert sorted(f.code for f in store.followups.values()) == ["tidak_aktif"]


def test_a_false_positive_is_remembered_until_the_evidence_changes(service, store, clock):
    checked_cycle(service, store, clock)
    cmd = MarkFalsePositive(IID, PELAKSANA.id, 3, "dinkes-web", "judi_online", "Berita razia.")
    assert command(service, store, cmd).accepted
    other = replace(GAMBLING, evidence="<a href=/y>togel hongkong</a>")
    status(service, store, checked("dinkes-web", clock() + timedelta(minutes=1), IID, findings=(other,)))
    assert document(service, store, NotaDrafted(IID, 3, 9, "c" * 64, clock()))  # drafted again with it
    for step in (SubmitNota(IID, PELAKSANA.id, 3), InitialNota(IID, KASIE.id, 4), InitialNota(IID, KABID.id, 5)):
        assert command(service, store, step).accepted
    assert command(service, store, SignNota(IID, KADIS.id, 6)).accepted
    assert document(service, store, NotaSigned(IID, 3, 10, "d" * 64, "Kepala Dinas", clock(), NOMOR))
    assert follow_up(store, "dinkes-web", "judi_online").evidence == other.evidence


@pytest.mark.parametrize(
    ("cmd", "reason"),
    [
        (MarkFalsePositive(IID, KASIE.id, 3, "dinkes-web", "judi_online", "x"), "Pelaksana"),
        (MarkFalsePositive(IID, PELAKSANA.id, 3, "dinkes-web", "tidak_aktif", "x"), "tidak ada dalam hasil"),
        (MarkFalsePositive(IID, PELAKSANA.id, 3, "dinkes-web", "judi_online", "  "), "wajib diisi"),
        (MarkFalsePositive(IID, PELAKSANA.id, 4, "dinkes-web", "judi_online", "x"), "langkah 3"),
        (RequestRecheck(IID, PELAKSANA.id, 3, "tidak-terdaftar"), "tidak termasuk"),
        (RequestRecheck(IID, OPERATOR.id, 3, "puskesmas"), "Pelaksana"),
    ],
)
def test_a_review_command_out_of_place_is_refused_with_its_reason(service, store, clock, cmd, reason):
    checked_cycle(service, store, clock)
    answer = command(service, store, cmd)
    assert not answer.accepted and reason in answer.reason
    assert not store.false_positives


def test_the_pelaksana_asks_for_one_application_to_be_checked_again_for_the_cycle(service, store, clock):
    checked_cycle(service, store, clock)
    assert command(service, store, RequestRecheck(IID, PELAKSANA.id, 3, "puskesmas")).accepted
    request = check_requests(store)[-1]
    assert (request.app_id, request.cycle_id) == ("puskesmas", IID)


def test_a_rechecked_result_on_the_draft_makes_the_draft_again_and_the_older_answer_is_stale(service, store, clock):
    checked_cycle(service, store, clock)  # draft 1 is ready, with puskesmas down
    assert command(service, store, RequestRecheck(IID, PELAKSANA.id, 3, "puskesmas")).accepted
    status(service, store, checked("puskesmas", clock(), IID))  # the department has fixed it
    draft = [e.data for e in store.messages(TOPICS.sop_events) if isinstance(e.data, DraftRequested)][-1]
    assert draft.version == 2 and "puskesmas" in draft.catatan
    assert store.instances[IID].phase == "menyusun_draf"
    assert not document(service, store, NotaDrafted(IID, 1, 7, "a" * 64, clock()))  # the old draft again
    assert document(service, store, NotaDrafted(IID, 2, 7, "e" * 64, clock()))
    assert (store.instances[IID].phase, store.instances[IID].nota_version) == ("draf_siap", 2)
    status(service, store, checked("bapenda-web", clock()))  # a periodic check, of no cycle: no new draft
    assert store.instances[IID].requested_version == 2


def test_a_result_after_the_draft_went_up_the_chain_changes_no_nota(service, store, clock):
    checked_cycle(service, store, clock)
    assert command(service, store, SubmitNota(IID, PELAKSANA.id, 3)).accepted
    status(service, store, checked("puskesmas", clock(), IID))  # late: the Kasie initials draft 1
    assert (store.instances[IID].phase, store.instances[IID].requested_version) == ("menunggu_paraf", 1)


# --- answers and closing ------------------------------------------------------------------------


def test_an_answer_is_kept_and_the_application_is_checked_again_at_once(service, store, clock):
    signed_cycle(service, store, clock)
    fu = follow_up(store, "puskesmas", "tidak_aktif")
    answer = command(service, store, AnswerFollowUp(fu.id, OPERATOR.id, "Sudah diperbaiki.", 5), fu.id)
    assert answer.accepted and answer.instance_id is None
    assert store.followups[fu.id].state == "ditanggapi"
    (line,) = [h.change for h in store.history if h.followup_id == fu.id and h.change.change == "ditanggapi"]
    assert (line.actor_id, line.note, line.attachment_id) == (OPERATOR.id, "Sudah diperbaiki.", 5)
    assert check_requests(store)[-1] == CheckRequested("puskesmas", clock())


def test_another_departments_answer_is_refused_and_changes_nothing(service, store, clock):
    signed_cycle(service, store, clock)
    fu = follow_up(store, "puskesmas", "tidak_aktif")
    answer = command(service, store, AnswerFollowUp(fu.id, OPERATOR_BAPENDA.id, "Sudah."), fu.id)
    assert not answer.accepted and "bukan milik" in answer.reason
    assert store.followups[fu.id].state == "terbuka"


def test_an_answer_to_an_unknown_follow_up_is_refused(service, store, clock):
    answer = command(service, store, AnswerFollowUp("bukan-uuid", OPERATOR.id, "Sudah."), "x")
    assert not answer.accepted and answer.reason == "Tindak lanjut tidak ditemukan."


def test_repaired_after_the_answer_the_rechecks_close_it_by_evidence_and_the_department_is_told(service, store, clock):
    signed_cycle(service, store, clock)
    fu = follow_up(store, "puskesmas", "tidak_aktif")
    command(service, store, AnswerFollowUp(fu.id, OPERATOR.id, "Sudah diperbaiki."), fu.id)
    status(service, store, down("puskesmas", clock()))  # not fixed yet: no immediate re-check
    requested = len(check_requests(store))
    clock.advance(minutes=1)
    service.tick(store.transaction)  # the periodic verifying check
    assert len(check_requests(store)) == requested + 1
    clock.advance(seconds=10)
    pending = checked("puskesmas", clock(), confirmed_availability="tidak_aktif")  # up, to be confirmed
    status(service, store, pending)
    assert len(check_requests(store)) == requested + 2
    for _ in range(2):
        clock.advance(seconds=10)
        status(service, store, checked("puskesmas", clock()))

    closed = store.followups[fu.id]
    assert closed.state == "selesai" and closed.closed_by_event is not None
    assert changes(store, fu.id) == ["dibuka", "ditanggapi", "selesai"]
    (done,) = [n for n in mails_to(store, DINKES_MAIL) if n.kind == "tindak_lanjut_selesai"]
    assert "Tindak lanjut selesai: Aplikasi puskesmas" in done.subject
    events = [e.data for e in store.messages(TOPICS.department_status("dinkes")) if isinstance(e.data, FollowUpChanged)]
    assert [e.change for e in events] == ["ditanggapi", "selesai"]
    assert events[-1].evidence_event_id == closed.closed_by_event


def test_the_kasie_closes_by_hand_with_the_reason_and_a_pelaksana_cannot(service, store, clock):
    signed_cycle(service, store, clock)
    fu = follow_up(store, "dinkes-web", "judi_online")
    refused = command(service, store, CloseFollowUp(fu.id, PELAKSANA.id, "Sudah bersih."), fu.id)
    assert not refused.accepted
    assert command(service, store, CloseFollowUp(fu.id, KASIE.id, "Situs ditutup permanen."), fu.id).accepted
    assert store.followups[fu.id].state == "ditutup"
    assert [h.change.note for h in store.history if h.followup_id == fu.id][-1] == "Situs ditutup permanen."


# --- the timer -------------------------------------------------------------------------------------


def test_the_timer_flags_late_follow_ups_once_and_tells_the_department(service, store, clock):
    signed_cycle(service, store, clock)
    clock.advance(hours=25)
    service.tick(store.transaction)
    service.tick(store.transaction)
    fu = follow_up(store, "puskesmas", "tidak_aktif")
    assert store.followups[fu.id].terlambat and changes(store, fu.id) == ["dibuka", "terlambat"]
    assert not store.followups[follow_up_id(IID, "dinkes-web", "judi_online")].terlambat  # due after 48 h
    late = [n for n in mails_to(store, DINKES_MAIL) if n.kind == "tindak_lanjut_terlambat"]
    assert len(late) == 1 and "melewati batas waktu" in late[0].subject


def test_a_fixed_problem_coming_back_reopens_its_follow_up_and_tells_the_department(service, store, clock):
    signed_cycle(service, store, clock)
    fu = follow_up(store, "puskesmas", "tidak_aktif")
    for _ in range(2):
        clock.advance(minutes=5)
        status(service, store, checked("puskesmas", clock()))
    assert store.followups[fu.id].state == "selesai"
    clock.advance(days=3)
    status(service, store, down("puskesmas", clock()))
    reopened = store.followups[fu.id]
    assert (reopened.state, reopened.dibuka_kembali) == ("terbuka", True)
    assert [n.kind for n in mails_to(store, DINKES_MAIL)][-1] == "tindak_lanjut_dibuka_kembali"


# --- what departments and officials are told ------------------------------------------------------


def test_a_confirmed_change_is_told_once_to_the_department_and_not_in_maintenance(service, store, clock):
    status(service, store, down("puskesmas", clock(), status_changed=True))
    status(service, store, down("puskesmas", clock(), status_changed=True, in_maintenance=True))
    status(service, store, checked("puskesmas", clock(), status_changed=False))
    told = [n for n in mails_to(store, DINKES_MAIL) if n.kind == "status_aplikasi"]
    assert [n.subject for n in told] == ["[Pantau] Aplikasi tidak aktif: Aplikasi puskesmas"]
    assert "http_5xx" not in told[0].body


def test_a_department_told_its_application_is_down_reads_the_checks_own_words_on_why(service, store, clock):
    why = "diblokir firewall aplikasi web (WAF) Sucuri (Block ID BNP005); izinkan alamat IP pemeriksa Pantau"
    status(service, store, down("puskesmas", clock(), status_changed=True, reason_detail=why))
    status(service, store, checked("puskesmas", clock(), status_changed=True))
    went_down, came_back = [n.body for n in mails_to(store, DINKES_MAIL) if n.kind == "status_aplikasi"]
    assert f"Keterangan: {why}" in went_down
    assert "Keterangan" not in came_back


def test_a_department_whose_firewall_turns_the_checker_away_is_asked_to_allow_it_not_told_it_is_down(
    service, store, clock
):
    why = "diblokir firewall aplikasi web (WAF) Sucuri (Block ID BNP005); izinkan alamat IP pemeriksa Pantau"
    blocked = checked(
        "puskesmas", clock(), None, "tidak_aktif", reason="diblokir_pelindung", reason_detail=why, status_changed=True
    )
    status(service, store, blocked)
    (told,) = [n for n in mails_to(store, DINKES_MAIL) if n.kind == "status_aplikasi"]
    assert told.subject == "[Pantau] Aplikasi tidak dapat diperiksa: Aplikasi puskesmas"
    assert "tidak dapat diperiksa Pantau sejak" in told.body and "mungkin tetap dapat diakses masyarakat" in told.body
    assert "tidak dapat diakses sejak" not in told.body and f"Keterangan: {why}" in told.body


def test_a_new_security_finding_is_told_even_if_the_site_stays_up_and_only_once(service, store, clock):
    status(service, store, checked("dinkes-web", clock()))
    for minutes in (1, 2):
        status(service, store, checked("dinkes-web", clock() + timedelta(minutes=minutes), findings=(GAMBLING,)))
    told = [n for n in mails_to(store, DINKES_MAIL) if n.kind == "temuan_keamanan"]
    assert len(told) == 1 and "Temuan keamanan baru: Aplikasi dinkes-web" in told[0].subject
    assert "slot gacor maxwin" in told[0].body and "<a href" in told[0].body  # the evidence, shortened


def test_a_step_near_its_mutu_baku_tells_its_official_and_past_it_their_superior_too(service, store, clock):
    assert command(service, store, StartCycle(IID, KABID.id, "Monev uji")).accepted
    baku = SOP.step(2).mutu_baku
    clock.advance(seconds=baku.total_seconds() * 0.9)
    service.tick(store.transaction)
    kasie, kabid = (
        Recipient("email", "kasie@diskominfo.bekasikota.go.id"),
        Recipient("email", "kabid@diskominfo.bekasikota.go.id"),
    )
    assert [n.kind for n in mails_to(store, kasie)] == ["sla_peringatan"] and not mails_to(store, kabid)
    clock.advance(seconds=baku.total_seconds() * 0.2)
    service.tick(store.transaction)
    service.tick(store.transaction)
    assert [n.kind for n in mails_to(store, kasie)] == ["sla_peringatan", "sla_terlambat"]
    (escalated,) = mails_to(store, kabid)
    assert escalated.kind == "sla_terlambat" and "Kepala Seksi" in escalated.body


def test_no_notice_ever_carries_a_raw_code(service, store, clock):
    signed_cycle(service, store, clock)
    clock.advance(hours=49)
    service.tick(store.transaction)
    for queued in store.notifications.values():
        text = queued.notice.subject + queued.notice.body
        for raw in ("judi_online", "tidak_aktif", "http_5xx", "_"):
            assert raw not in text, (raw, queued.notice.subject)


@pytest.mark.parametrize(
    ("actor", "app_id", "accepted"),
    [
        (KASIE, "bapenda-web", True),
        (OPERATOR, "puskesmas", True),
        (OPERATOR, "bapenda-web", False),
        (KASIE, "x", False),
    ],
)
def test_check_now_asks_the_checker_for_the_roles_allowed_to(service, store, actor, app_id, accepted):
    answer = command(service, store, CheckNow(app_id, actor.id), app_id)
    assert answer.accepted is accepted
    assert [r.app_id for r in check_requests(store)] == ([app_id] if accepted else [])
