"""The workflow's use cases on in-memory repositories: commands, results, documents and timers."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from importlib import resources

import pytest

from pantau_common.settings import Settings
from pantau_contracts import Envelope, Topics, envelope
from pantau_contracts.definition import load_definition
from pantau_contracts.sop import (
    CycleStarted,
    DeliverNota,
    DocumentFailed,
    InitialNota,
    NotaDelivered,
    NotaDrafted,
    NotaSigned,
    ReviseNota,
    SignNota,
    StartCycle,
    SubmitNota,
    WriteDisposition,
)
from pantau_contracts.status import ApplicationChecked, Timings
from pantau_workflow.__main__ import use_cases
from pantau_workflow.config import workflow_config
from pantau_workflow.domain.model import Actor, Instance, Policy, scheduled_cycle_id
from pantau_workflow.memory import App, InMemoryStore
from pantau_workflow.ports import Answer
from pantau_workflow.service import SCHEDULED_NOTE, Workflow

SOP = load_definition()
TOPICS = Topics()
T0 = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)
KADIS, KABID, KASIE, PELAKSANA = Actor(1, "kadis"), Actor(2, "kabid"), Actor(3, "kasie"), Actor(4, "pelaksana")
APPS = {"app-0": "dinkes", "app-1": "bapenda", "app-2": "dinkes"}
IID = "6f0e7c1e-0000-4000-8000-000000000001"


class Clock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> datetime:
        return self.now

    def advance(self, minutes: float) -> None:
        self.now += timedelta(minutes=minutes)


@pytest.fixture
def store() -> InMemoryStore:
    seeded = InMemoryStore()
    seeded.users.update({a.id: a for a in (KADIS, KABID, KASIE, PELAKSANA)})
    seeded.apps.update({app: App(app, pd) for app, pd in APPS.items()})
    return seeded


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def service(clock: Clock) -> Workflow:
    return Workflow(SOP, TOPICS, Policy(monthly_day=None), clock=clock)


def command(service: Workflow, store: InMemoryStore, cmd) -> Answer:
    env = envelope(cmd, source="/test/web", subject=cmd.instance_id)
    with store.transaction() as repos:
        service.handle_command(repos, env)
    return store.answers[env.id]


def checked(app_id: str, cycle_id: str | None, at: datetime, availability="aktif", **changes) -> Envelope:
    event = ApplicationChecked(
        app_id, APPS[app_id], f"https://{app_id}.bekasikota.go.id/", at, availability, Timings(1)
    )
    return envelope(replace(event, cycle_id=cycle_id, **changes), source="/test/checker", subject=app_id)


def status(service: Workflow, store: InMemoryStore, env: Envelope) -> None:
    with store.transaction() as repos:
        service.handle_status(repos, env)


def document(service: Workflow, store: InMemoryStore, event) -> bool:
    with store.transaction() as repos:
        return service.handle_document(repos, envelope(event, source="/test/reporter", subject=event.instance_id))


def instance(store: InMemoryStore, iid: str = IID) -> Instance:
    found = store.repositories().instances.get(iid)
    assert found is not None
    return found


def sop_events(store: InMemoryStore) -> list[str]:
    return [type(env.data).__name__ for env in store.messages(TOPICS.sop_events)]


def started_and_dispositioned(service: Workflow, store: InMemoryStore) -> Instance:
    assert command(service, store, StartCycle(IID, KABID.id, "Monev uji")).accepted
    disposition = WriteDisposition(IID, KASIE.id, 2, PELAKSANA.id, "proses_lebih_lanjut", "segera")
    assert command(service, store, disposition).accepted
    return instance(store)


def test_a_started_cycle_is_stored_answered_and_announced(service, store):
    answer = command(service, store, StartCycle(IID, KABID.id, "Monev November"))

    assert answer == Answer(answer.command_id, IID, True, None)
    cycle = instance(store)
    assert (cycle.step, cycle.phase, cycle.cycle_no) == (2, "menunggu_disposisi", "MONEV-2026-11-001")
    assert cycle.scope == ("app-0", "app-1", "app-2")
    (started,) = store.messages(TOPICS.sop_events)
    assert isinstance(started.data, CycleStarted) and started.subject == IID


def test_cycle_numbers_count_the_cycles_of_the_month(service, store):
    second = "6f0e7c1e-0000-4000-8000-000000000002"
    command(service, store, StartCycle(IID, KABID.id, ""))
    command(service, store, StartCycle(second, KABID.id, ""))
    assert instance(store, second).cycle_no == "MONEV-2026-11-002"


@pytest.mark.parametrize(
    ("cmd", "reason"),
    [
        (StartCycle(IID, 99, ""), "Pengguna tidak dikenal."),
        (StartCycle("bukan-uuid", KABID.id, ""), "Nomor siklus tidak sah."),
        (SubmitNota(IID, PELAKSANA.id, 3), "Siklus monitoring tidak ditemukan."),
        (StartCycle(IID, KASIE.id, ""), "Langkah 1 hanya dapat dilakukan oleh Kepala Bidang E-Government."),
    ],
)
def test_a_refused_command_is_answered_with_its_reason_and_changes_nothing(service, store, cmd, reason):
    answer = command(service, store, cmd)

    assert (answer.accepted, answer.reason) == (False, reason)
    assert store.instances == {}
    assert sop_events(store) == ["CommandRejected"]


def test_a_second_cycle_with_the_same_id_is_refused(service, store):
    command(service, store, StartCycle(IID, KABID.id, "pertama"))
    answer = command(service, store, StartCycle(IID, KABID.id, "kedua"))
    assert answer.reason == "Siklus dengan nomor ini sudah ada."
    assert instance(store).note == "pertama"


def test_the_disposition_asks_the_checker_for_every_app_in_scope(service, store):
    started_and_dispositioned(service, store)

    queued = [q for q in store.outbox.values() if q.topic == TOPICS.check_requests]
    assert sorted(q.key for q in queued) == ["app-0", "app-1", "app-2"]
    assert {q.env.data.cycle_id for q in queued} == {IID}
    assert instance(store).phase == "memeriksa"


def test_results_of_every_app_in_scope_complete_the_round_and_ask_for_the_draft(service, store, clock):
    started_and_dispositioned(service, store)
    for app in APPS:
        assert instance(store).phase == "memeriksa"
        status(service, store, checked(app, IID, clock()))

    cycle = instance(store)
    assert (cycle.phase, cycle.requested_version, cycle.received) == ("menyusun_draf", 1, frozenset(APPS))
    assert sop_events(store)[-2:] == ["ChecksCompleted", "DraftRequested"]


def test_a_result_delivered_twice_is_recorded_and_announced_once(service, store, clock):
    started_and_dispositioned(service, store)
    env = checked("app-0", IID, clock())
    status(service, store, env)
    revision = instance(store).revision
    status(service, store, env)

    assert list(store.results) == [env.id]
    assert instance(store).revision == revision
    assert len(store.messages(TOPICS.department_status("dinkes"))) == 1


def test_a_department_hears_only_of_confirmed_changes_outside_maintenance(service, store, clock):
    results = [
        checked("app-0", None, clock()),  # first result: announced
        checked("app-0", None, clock() + timedelta(minutes=1)),  # unchanged
        checked("app-0", None, clock() + timedelta(minutes=2), "tidak_aktif", confirmed_availability="aktif"),
        checked("app-0", None, clock() + timedelta(minutes=3), "tidak_aktif", confirmed_availability="tidak_aktif"),
        checked("app-0", None, clock() + timedelta(minutes=4), "aktif", in_maintenance=True),
    ]
    for env in results:
        status(service, store, env)

    announced = store.messages(TOPICS.department_status("dinkes"))
    assert [env.id for env in announced] == [f"{results[0].id}:pd", f"{results[3].id}:pd"]
    assert store.messages(TOPICS.department_status("bapenda")) == []
    assert len(store.results) == len(results)


def test_a_result_of_an_unknown_cycle_is_still_recorded(service, store, clock):
    env = checked("app-1", "6f0e7c1e-0000-4000-8000-0000000000ff", clock())
    status(service, store, env)
    assert list(store.results) == [env.id]


def test_the_whole_sop_runs_through_the_handlers(service, store, clock):
    started_and_dispositioned(service, store)
    for app in APPS:
        status(service, store, checked(app, IID, clock()))
    assert document(service, store, DocumentFailed(IID, "draft", 1, "render gagal", clock()))
    assert command(service, store, ReviseNota(IID, PELAKSANA.id, 3, "")).accepted
    assert document(service, store, NotaDrafted(IID, 2, 7, "a" * 64, clock()))
    for cmd in (SubmitNota(IID, PELAKSANA.id, 3), InitialNota(IID, KASIE.id, 4), InitialNota(IID, KABID.id, 5)):
        assert command(service, store, cmd).accepted, cmd
    assert command(service, store, SignNota(IID, KADIS.id, 6)).accepted
    assert document(service, store, NotaSigned(IID, 2, 8, "b" * 64, "Kepala Dinas", clock()))
    assert command(service, store, DeliverNota(IID, KADIS.id, 7)).accepted
    assert document(service, store, NotaDelivered(IID, 2, "email", "TT-1", clock()))

    cycle = instance(store)
    assert (cycle.status, cycle.phase, cycle.nota_version) == ("selesai", "selesai", 2)
    assert [v.step for v in cycle.history] == [1, 2, 3, 4, 5, 6, 7]
    assert sop_events(store)[-1] == "CycleCompleted"
    assert store.repositories().instances.open_ids() == []


def test_a_document_event_of_another_version_or_kind_changes_nothing(service, store, clock):
    started_and_dispositioned(service, store)
    assert not document(service, store, NotaDrafted(IID, 5, 7, "a" * 64, clock()))
    assert not document(service, store, CycleStarted(IID, "MONEV-X", KABID.id, "", (), clock()))
    assert instance(store).phase == "memeriksa"


def test_the_tick_closes_an_overdue_round_naming_the_missing_apps(service, store, clock):
    started_and_dispositioned(service, store)
    status(service, store, checked("app-0", IID, clock()))
    clock.advance(29)
    service.tick(store.transaction)
    assert instance(store).phase == "memeriksa"

    clock.advance(2)
    assert service.tick(store.transaction) >= 1

    assert instance(store).phase == "menyusun_draf"
    (completed,) = [e.data for e in store.messages(TOPICS.sop_events) if type(e.data).__name__ == "ChecksCompleted"]
    assert completed.missing == ("app-1", "app-2")


def test_the_tick_warns_before_the_mutu_baku_and_escalates_after_once_each(service, store, clock):
    command(service, store, StartCycle(IID, KABID.id, ""))  # step 2: 15 minutes, warned at 80 %
    for minutes in (11, 1, 1, 2, 1, 5):
        clock.advance(minutes)
        service.tick(store.transaction)

    levels = [e.data.level for e in store.messages(TOPICS.sop_events) if type(e.data).__name__ == "StepDeadlineReached"]
    assert levels == ["peringatan", "terlambat"]


def test_the_monthly_cycle_starts_once_in_the_kabid_name(store, clock):
    service = Workflow(SOP, TOPICS, Policy(monthly_day=1), clock=clock)
    assert service.tick(store.transaction) == 1
    assert service.tick(store.transaction) == 0

    (cycle,) = (instance(store, iid) for iid in store.repositories().instances.open_ids())
    assert (cycle.id, cycle.started_by, cycle.note) == (scheduled_cycle_id(T0), KABID.id, SCHEDULED_NOTE)
    assert cycle.history[0].actor_id == KABID.id


def test_no_monthly_cycle_when_one_was_started_by_hand_this_month(store, clock):
    service = Workflow(SOP, TOPICS, Policy(monthly_day=1), clock=clock)
    command(service, store, StartCycle(IID, KABID.id, "manual"))
    assert service.start_monthly_cycle(store.transaction) == 0
    assert list(store.instances) == [IID]


def test_no_monthly_cycle_before_its_day_or_when_turned_off(store, clock):
    assert Workflow(SOP, TOPICS, Policy(monthly_day=24), clock=clock).start_monthly_cycle(store.transaction) == 0
    assert Workflow(SOP, TOPICS, Policy(monthly_day=None), clock=clock).start_monthly_cycle(store.transaction) == 0
    assert store.instances == {}


@pytest.mark.parametrize("missing", ["kabid", "apps"])
def test_no_monthly_cycle_without_an_active_kabid_or_an_active_app(store, clock, missing):
    if missing == "kabid":
        store.users[KABID.id] = replace(KABID, aktif=False)
    else:
        store.apps.update({app.id: replace(app, aktif=False) for app in store.apps.values()})
    service = Workflow(SOP, TOPICS, Policy(monthly_day=1), clock=clock)
    assert service.start_monthly_cycle(store.transaction) == 0
    assert store.instances == {} and store.outbox == {}


# --- the city's own SOP file (PANTAU_SOP_FILE) ----------------------------------------


@pytest.fixture
def city_service(tmp_path, clock: Clock) -> Workflow:
    """The use cases as the composition root builds them on a city SOP: step 4 for the Kabid, step 2 in 45 min."""
    steps = resources.files("pantau_contracts").joinpath("monev.toml").read_text("utf-8").split("[[steps]]")
    steps[4] = steps[4].replace('role = "kasie"', 'role = "kabid"')
    steps[2] = steps[2].replace("mutu_baku_minutes = 15", "mutu_baku_minutes = 45")
    path = tmp_path / "sop-kota.toml"
    path.write_text("[[steps]]".join(steps), "utf-8")
    settings = Settings.from_env({"PANTAU_SOP_FILE": str(path), "PANTAU_WORKFLOW_MONTHLY_DAY": "0"})
    return replace(use_cases(settings, workflow_config(settings)), clock=clock)


def submitted(service: Workflow, store: InMemoryStore) -> Instance:
    started_and_dispositioned(service, store)
    for app in APPS:
        status(service, store, checked(app, IID, T0))
    document(service, store, NotaDrafted(IID, 1, 7, "a" * 64, T0))
    assert command(service, store, SubmitNota(IID, PELAKSANA.id, 3)).accepted
    return instance(store)


def test_step_4_is_initialled_by_the_official_the_city_sop_names(city_service, store):
    assert submitted(city_service, store).step == 4

    refused = command(city_service, store, InitialNota(IID, KASIE.id, 4))
    assert refused.reason == "Langkah 4 hanya dapat dilakukan oleh Kepala Bidang E-Government."
    assert command(city_service, store, InitialNota(IID, KABID.id, 4)).accepted
    assert instance(store).history[-2].role == "kabid"


def test_step_2_runs_on_the_mutu_baku_of_the_city_sop(city_service, store, clock):
    command(city_service, store, StartCycle(IID, KABID.id, ""))
    assert instance(store).open_visit.mutu_baku_s == 45 * 60
    clock.advance(20)  # past the packaged 15 minutes, not near the city's 45
    city_service.tick(store.transaction)
    assert sop_events(store) == ["CycleStarted"]

    clock.advance(16)  # 36 minutes: 80 % of 45
    city_service.tick(store.transaction)
    (warning,) = [e.data for e in store.messages(TOPICS.sop_events) if type(e.data).__name__ == "StepDeadlineReached"]
    assert (warning.step, warning.level, warning.due_at) == (2, "peringatan", T0 + timedelta(minutes=45))
