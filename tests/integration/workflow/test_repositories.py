"""One suite, two adapters: the in-memory and the PostgreSQL repositories behave alike.

Every test takes the ``backend`` fixture, which runs it once in memory and once against a
fresh PostgreSQL database.
"""

from __future__ import annotations

import itertools
import uuid
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from pantau_contracts import envelope
from pantau_contracts.definition import load_definition
from pantau_contracts.sop import StartCycle, WriteDisposition
from pantau_contracts.status import ApplicationChecked, ContentFreshness, Timings
from pantau_workflow.domain import transitions as t
from pantau_workflow.domain.model import Actor, Instance, Policy, ReturnNote
from pantau_workflow.ports import Answer

pytestmark = pytest.mark.integration
SOP = load_definition()
T0 = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)
_sequence = itertools.count(1)


def started(backend, at: datetime = T0, scope: tuple[str, ...] = ()) -> Instance:
    kabid = Actor(backend.people["kabid"], "kabid")
    cmd = StartCycle(str(uuid.uuid4()), kabid.id, "Monev uji", scope)
    apps = ("app-1", "app-0", "app-2")  # by department, as the directory lists them
    return t.start_cycle(cmd, kabid, SOP, at, active_apps=apps, sequence=next(_sequence)).instance


def added(backend, instance: Instance) -> Instance:
    with backend.transaction() as repos:
        repos.instances.add(instance)
    return instance


def loaded(backend, instance_id: str) -> Instance | None:
    with backend.transaction() as repos:
        return repos.instances.get(instance_id)


def result(app_id: str, cycle_id: str | None, at: datetime = T0, **changes) -> ApplicationChecked:
    event = ApplicationChecked(app_id, "dinkes", f"https://{app_id}.bekasikota.go.id/", at, "aktif", Timings(12.5))
    return replace(event, cycle_id=cycle_id, **changes)


def recorded(backend, *events: tuple[str, ApplicationChecked]) -> None:
    with backend.transaction() as repos:
        for event_id, event in events:
            repos.results.add(event_id, event)


def test_an_added_instance_reads_back_as_it_was_with_its_scope_sorted(backend):
    instance = added(backend, started(backend))
    assert loaded(backend, instance.id) == replace(instance, scope=("app-0", "app-1", "app-2"))


def test_a_saved_instance_reads_back_with_its_disposition_return_and_timeline(backend):
    instance = added(backend, started(backend))
    kasie, pelaksana = Actor(backend.people["kasie"], "kasie"), Actor(backend.people["pelaksana"], "pelaksana")
    cmd = WriteDisposition(instance.id, kasie.id, 2, pelaksana.id, "proses_lebih_lanjut", "segera", "Mohon segera")
    moved = t.write_disposition(loaded(backend, instance.id), cmd, kasie, SOP, T0, Policy(), pelaksana).instance
    visit = replace(moved.history[-1], warned_at=T0 + timedelta(hours=2))
    moved = replace(
        moved,
        history=(*moved.history[:-1], visit),
        last_return=ReturnNote(4, kasie.id, "Lengkapi tabel", T0),
        last_error="render gagal",
        nota_version=2,
        requested_version=3,
    )
    with backend.transaction() as repos:
        repos.instances.save(moved)
    assert loaded(backend, instance.id) == moved


def test_an_unknown_instance_is_none(backend):
    assert loaded(backend, str(uuid.uuid4())) is None


def test_the_running_instances_are_listed_oldest_first(backend):
    late, early, middle = (added(backend, started(backend, T0 + timedelta(hours=h))) for h in (2, 0, 1))
    done = added(backend, started(backend, T0 - timedelta(hours=1)))
    with backend.transaction() as repos:
        repos.instances.save(replace(done, status="selesai", phase="selesai"))
        assert repos.instances.open_ids() == [early.id, middle.id, late.id]


def test_cycles_are_counted_by_the_month_in_bekasi(backend):
    added(backend, started(backend, datetime(2026, 10, 31, 18, 0, tzinfo=UTC)))  # 1 November 01:00 WIB
    added(backend, started(backend, datetime(2026, 10, 31, 16, 0, tzinfo=UTC)))  # 31 October 23:00 WIB
    with backend.transaction() as repos:
        repos.instances.lock_schedule()
        assert repos.instances.count_in_month(T0) == 1
        assert repos.instances.count_in_month(datetime(2026, 10, 5, tzinfo=UTC)) == 1
        assert repos.instances.count_in_month(datetime(2026, 12, 5, tzinfo=UTC)) == 0


def test_an_instance_has_received_the_results_of_its_scope_in_its_cycle(backend):
    instance = added(backend, started(backend, scope=("app-0", "app-1")))
    with backend.transaction() as repos:
        repos.instances.save(replace(instance, step=3, phase="memeriksa"))  # what it received counts at step 3
    recorded(
        backend,
        ("e1", result("app-0", instance.id)),
        ("e2", result("app-0", instance.id, T0 + timedelta(minutes=1))),
        ("e3", result("app-1", str(uuid.uuid4()))),  # another cycle's
        ("e4", result("app-2", instance.id)),  # outside the scope
        ("e5", result("app-1", None)),  # a scheduled check
    )
    assert loaded(backend, instance.id).received == frozenset({"app-0"})


def test_the_last_summary_is_of_the_latest_check_with_the_confirmed_availability(backend):
    with backend.transaction() as repos:
        assert repos.results.last_summary("app-0") is None
    recorded(
        backend,
        ("late", result("app-0", None, T0 + timedelta(minutes=5), availability="tidak_aktif",
                        confirmed_availability="aktif", content=ContentFreshness("update"))),
        ("early", result("app-0", None, T0)),
        ("other", result("app-1", None, T0 + timedelta(minutes=9), availability="tidak_aktif")),
    )  # fmt: skip
    with backend.transaction() as repos:
        assert repos.results.last_summary("app-0") == ("aktif", "update", "tidak_dikonfigurasi")


def test_a_check_result_is_recorded_once_per_event_id(backend):
    recorded(backend, ("same", result("app-0", None)))
    recorded(backend, ("same", result("app-0", None, T0 + timedelta(minutes=1), availability="tidak_aktif")))
    with backend.transaction() as repos:
        assert repos.results.last_summary("app-0") == ("aktif", "tidak_diketahui", "tidak_dikonfigurasi")


def test_the_first_answer_to_a_command_is_kept(backend):
    instance_id = str(uuid.uuid4())
    with backend.transaction() as repos:
        repos.answers.add(Answer("cmd-1", instance_id, True, None))
        repos.answers.add(Answer("cmd-1", instance_id, False, "terlambat"))
        repos.answers.add(Answer("cmd-2", None, False, "Nomor siklus tidak sah."))
    with backend.transaction() as repos:
        assert repos.answers.get("cmd-1") == Answer("cmd-1", instance_id, True, None)
        assert repos.answers.get("cmd-2") == Answer("cmd-2", None, False, "Nomor siklus tidak sah.")
        assert repos.answers.get("cmd-3") is None


def test_the_outbox_queues_a_message_id_once(backend):
    env = envelope(result("app-0", None), source="/test", subject="app-0")
    with backend.transaction() as repos:
        assert repos.outbox.add(env, "pantau.sop.events.v1", "app-0")
    with backend.transaction() as repos:
        assert not repos.outbox.add(env, "pantau.sop.events.v1", "app-0")


def test_the_directory_knows_the_active_officials_and_apps_by_department(backend):
    people = backend.people
    with backend.transaction() as repos:
        assert repos.directory.actor(people["kasie"]) == Actor(people["kasie"], "kasie", True)
        assert repos.directory.actor(9999) is None
        assert repos.directory.first_with_role("kabid") == Actor(people["kabid"], "kabid", True)
        assert repos.directory.active_apps() == ("app-1", "app-0", "app-2")
    backend.deactivate_user(people["kabid"])
    backend.deactivate_app("app-0")
    with backend.transaction() as repos:
        assert repos.directory.first_with_role("kabid") is None
        assert repos.directory.actor(people["kabid"]) == Actor(people["kabid"], "kabid", False)
        assert repos.directory.active_apps() == ("app-1", "app-2")


def test_the_apps_of_a_department_no_longer_in_use_are_out_of_the_next_cycles_scope(backend):
    backend.deactivate_pd("dinkes")  # its apps are still marked in use, each on its own
    with backend.transaction() as repos:
        assert repos.directory.active_apps() == ("app-1",)


def test_a_transaction_that_raises_leaves_nothing_behind(backend):
    instance = started(backend)
    with pytest.raises(RuntimeError), backend.transaction() as repos:
        repos.instances.add(instance)
        repos.results.add("e1", result("app-0", instance.id))
        repos.answers.add(Answer("cmd-1", instance.id, True, None))
        raise RuntimeError("the handler failed")
    assert loaded(backend, instance.id) is None
    with backend.transaction() as repos:
        assert repos.results.last_summary("app-0") is None
        assert repos.answers.get("cmd-1") is None
