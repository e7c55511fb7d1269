"""The follow-up register's storage: the in-memory and the PostgreSQL adapters behave alike."""

from __future__ import annotations

import itertools
import uuid
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from pantau_contracts.definition import load_definition
from pantau_contracts.problems import Problem
from pantau_contracts.sop import StartCycle
from pantau_workflow.domain import followups as f
from pantau_workflow.domain import transitions as t
from pantau_workflow.domain.model import Actor
from pantau_workflow.domain.notices import AppInfo, Notice
from pantau_workflow.ports import FalsePositive, Recipient

pytestmark = pytest.mark.integration
SOP = load_definition()
T0 = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)
DOWN = Problem("tidak_aktif", "ketersediaan", "tinggi", "http_5xx")
STALE = Problem("tidak_update", "konten", "sedang", "konten terakhir 3 bulan lalu")


_sequence = itertools.count(1)


def cycle(backend) -> str:
    kabid = Actor(backend.people["kabid"], "kabid")
    cmd = StartCycle(str(uuid.uuid4()), kabid.id, "Monev uji")
    instance = t.start_cycle(
        cmd, kabid, SOP, T0, active_apps=("app-0", "app-1", "app-2"), sequence=next(_sequence)
    ).instance
    with backend.transaction() as repos:
        repos.instances.add(instance)
    return instance.id


def opened(instance_id: str, problem: Problem = DOWN, app_id: str = "app-0", at: datetime = T0) -> f.FollowUp:
    return f.open_follow_up(
        instance_id, "500/1/Diskominfostandi", app_id, "dinkes", problem, SOP.followup, at
    ).follow_up


def added(backend, *follow_ups: f.FollowUp) -> None:
    with backend.transaction() as repos:
        for fu in follow_ups:
            repos.followups.add(fu)


def test_a_follow_up_reads_back_as_it_was_added_and_saved(backend):
    fu = opened(cycle(backend))
    added(backend, fu, fu)  # a second add of the same id adds nothing
    changed = replace(
        fu,
        state="ditanggapi",
        terlambat=True,
        clean_checks=1,
        rechecks_left=3,
        verify_until=T0 + timedelta(minutes=30),
        next_recheck_at=T0 + timedelta(minutes=1),
        revision=2,
    )
    with backend.transaction() as repos:
        assert repos.followups.get(fu.id) == fu
        repos.followups.save(changed)
    with backend.transaction() as repos:
        assert repos.followups.get(fu.id) == changed
        assert repos.followups.get(str(uuid.uuid4())) is None


def test_the_latest_follow_up_of_a_problem_and_an_apps_open_and_recently_closed_ones(backend):
    first, second = cycle(backend), cycle(backend)
    old = replace(opened(first), state="selesai", closed_at=T0 + timedelta(days=1))
    new = opened(second, at=T0 + timedelta(days=40))
    stale = opened(first, STALE)
    added(backend, old, new, stale, opened(first, app_id="app-2"))
    with backend.transaction() as repos:
        assert repos.followups.latest("app-0", "tidak_aktif") == new
        assert repos.followups.latest("app-0", "judi_online") is None
        recent = repos.followups.of_app("app-0", T0)
        assert {x.id for x in recent} == {old.id, new.id, stale.id}
        assert {x.id for x in repos.followups.of_app("app-0", T0 + timedelta(days=2))} == {new.id, stale.id}


def test_overdue_and_due_rechecks_are_found_by_time(backend):
    iid = cycle(backend)
    down, stale = opened(iid), opened(iid, STALE)
    answered = replace(
        opened(iid, app_id="app-2"),
        state="ditanggapi",
        verify_until=T0 + timedelta(minutes=30),
        next_recheck_at=T0 + timedelta(minutes=1),
    )
    added(backend, down, stale, answered)
    with backend.transaction() as repos:
        assert repos.followups.overdue(T0 + timedelta(hours=25)) == [down.id, answered.id]
        assert repos.followups.overdue(T0 + timedelta(hours=1)) == []
        assert repos.followups.rechecks_due(T0 + timedelta(minutes=2)) == [answered.id]
        assert repos.followups.rechecks_due(T0 + timedelta(minutes=31)) == []
        repos.followups.save(replace(down, terlambat=True))
    with backend.transaction() as repos:
        assert repos.followups.overdue(T0 + timedelta(hours=25)) == [answered.id]


def test_history_lines_are_recorded(backend):
    fu = opened(cycle(backend))
    added(backend, fu)
    kasie = backend.people["kasie"]
    with backend.transaction() as repos:
        repos.followups.record(fu.id, f.Change("dibuka", "terbuka", T0, note="500/1"), "m-1")
        repos.followups.record(fu.id, f.Change("ditutup", "ditutup", T0, kasie, "Aplikasi dihentikan."), "m-2")


def test_a_false_positive_is_kept_once_per_evidence(backend):
    iid = cycle(backend)
    marked = FalsePositive("app-0", "judi_online", "a" * 64, "Berita razia.", iid, backend.people["pelaksana"], "m", T0)
    with backend.transaction() as repos:
        assert repos.false_positives.add(marked)
        assert not repos.false_positives.add(replace(marked, reason="lagi", message_id="m2"))
        assert repos.false_positives.add(replace(marked, fingerprint="b" * 64, message_id="m3"))
    with backend.transaction() as repos:
        assert repos.false_positives.fingerprints("app-0") == {("judi_online", "a" * 64), ("judi_online", "b" * 64)}
        assert repos.false_positives.fingerprints("app-1") == frozenset()


def test_a_notification_is_queued_once_per_dedup_key(backend):
    to = Recipient("email", "it@dinkes.bekasikota.go.id")
    notice = Notice("tindak_lanjut_baru", "[Pantau] 1 tindak lanjut baru", "Yth. Dinas Kesehatan", {"n": 1})
    with backend.transaction() as repos:
        assert repos.notifications.add("m-1:dinkes:email:it", to, notice)
        assert not repos.notifications.add("m-1:dinkes:email:it", to, notice)


def test_the_directory_names_apps_and_finds_contacts_and_mailboxes(backend):
    mail = Recipient("email", "it@dinkes.bekasikota.go.id")
    hook = Recipient("webhook", "https://hooks.dinkes.bekasikota.go.id/p", "env:PANTAU_APP_SECRET_DINKES_HOOK")
    backend.add_contact("dinkes", mail)
    backend.add_contact("dinkes", hook, app_id="app-2")
    backend.add_contact("dinkes", Recipient("email", "lama@dinkes.bekasikota.go.id"), aktif=False)
    backend.add_contact("bapenda", Recipient("email", "it@bapenda.bekasikota.go.id"))
    backend.set_email(backend.people["kasie"], "kasie@diskominfo.bekasikota.go.id")
    with backend.transaction() as repos:
        d = repos.directory
        assert d.app("app-0") == AppInfo(
            "app-0", "Aplikasi 0", "dinkes", "Dinas Kesehatan", "https://app0.bekasikota.go.id/"
        )
        assert d.app("tidak-ada") is None
        assert d.contacts("dinkes", "app-0") == [mail]
        assert d.contacts("dinkes", "app-2") == [mail, hook]
        assert d.mailboxes(role="kasie") == [Recipient("email", "kasie@diskominfo.bekasikota.go.id")]
        assert d.mailboxes(role="kabid") == []  # no address, no mail
        assert d.mailboxes(user_id=backend.people["kasie"]) == d.mailboxes(role="kasie")
