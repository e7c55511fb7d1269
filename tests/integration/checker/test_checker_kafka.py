"""The check worker and the scheduler against the real Kafka and PostgreSQL.

Workers and schedulers run on their own event loops in background threads, so that the tests
read and write Kafka with the shared helpers of ``pantau_testing``. Every wait is on the outcome
that matters (a status for every application, a member gone from the group), with bounds a
loaded machine does not reach; none is on a fixed sleep.
"""

from __future__ import annotations

import asyncio
import os
import signal
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from datetime import UTC, datetime
from typing import Any, Protocol

import pytest
from checker_servers import FakeSite, Reply, html_page, make_checker
from pantau_testing import BIN, consume, eventually, produce, query, running, service_env

from pantau_checker.config import SchedulerConfig
from pantau_checker.http import FetchLimits
from pantau_checker.kafka_worker import CheckWorker, group_id
from pantau_checker.registry_pg import PostgresRegistry
from pantau_checker.scheduler import Scheduler
from pantau_common.kafka import make_admin
from pantau_common.kafka_security import KafkaConnection
from pantau_common.registry.model import AppSpec, PerangkatDaerah, Registry
from pantau_contracts.codec import decode, encode, envelope
from pantau_contracts.status import ApplicationChecked, CheckRequested

pytestmark = pytest.mark.integration
PATIENCE_S = 240  # an upper bound only: every wait ends as soon as its condition holds


class Job(Protocol):
    async def run(self) -> None: ...
    def stop(self) -> None: ...


class Background:
    """A worker or scheduler running on its own event loop in a background thread."""

    def __init__(self, job: Job) -> None:
        self.job = job
        self.error: BaseException | None = None
        self._loop = asyncio.new_event_loop()
        self._task = self._loop.create_task(job.run())
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        try:
            with suppress(asyncio.CancelledError):
                self._loop.run_until_complete(self._task)
        except Exception as exc:
            self.error = exc
        finally:
            self._loop.close()

    def stop(self) -> None:
        """Ask the job to finish what it does and leave; wait for it."""
        self._end(self.job.stop)

    def kill(self) -> None:
        """Cancel the job where it stands, without its orderly stop."""
        self._end(self._task.cancel)

    def _end(self, how: Any) -> None:
        if self._thread.is_alive():
            self._loop.call_soon_threadsafe(how)
        self._thread.join(PATIENCE_S)
        assert not self._thread.is_alive(), "the job did not end"


@contextmanager
def in_background(*jobs: Job) -> Iterator[list[Background]]:
    """Run the jobs for the duration of the block; stop them after and report their errors."""
    started = [Background(job) for job in jobs]
    try:
        yield started
    finally:
        for job in started:
            job.stop()
    assert [j.error for j in started if j.error is not None] == []


def register(database_url: str, port: int, app_ids: list[str]) -> None:
    apps = tuple(
        AppSpec(id=a, pd_id="dinkes", nama=f"Aplikasi {a}", url=f"http://{a}.bekasikota.go.id:{port}/") for a in app_ids
    )
    PostgresRegistry(database_url).apply(Registry((PerangkatDaerah("dinkes", "Dinas Kesehatan", "Dinkes"),), apps))


def serve_fresh(site: FakeSite) -> None:
    today = datetime.now(UTC).strftime("%d/%m/%Y")
    site.route("*", "/", Reply(200, html_page("Dinkes", f"<p>Berita {today}</p>")))


def request(app_id: str, cycle_id: str | None, key: str | None = None) -> tuple[bytes, bytes]:
    payload = CheckRequested(app_id=app_id, requested_at=datetime.now(UTC), cycle_id=cycle_id)
    return (key or app_id).encode(), encode(envelope(payload, source="/test", subject=app_id))


def worker(settings: Any, port: int, name: str = "pantau-checker", **checker: Any) -> CheckWorker:
    return CheckWorker(
        settings.kafka,
        settings.topics,
        PostgresRegistry(settings.database_url),
        make_checker(port, off=("cloaking",), **checker),
        concurrency=4,
        name=name,
        database_url=settings.database_url,
    )


def cycle_ids(records: list[Any], cycle: str) -> list[str]:
    events = [decode(r.value).data for r in records]
    return [e.app_id for e in events if e.cycle_id == cycle]


def round_checked(settings: Any, cycle: str, apps: list[str]) -> list[str]:
    """Wait until every application has a status event of the round; return the round's app ids."""

    def complete() -> list[str] | None:
        records = consume(settings.kafka, settings.topics.app_status, want=10 * len(apps), timeout=3)
        found = cycle_ids(records, cycle)
        return found if set(found) >= set(apps) else None

    return eventually(complete, timeout=PATIENCE_S, what=f"a status for every application of round {cycle}")


def test_check_request_yields_status_event_tagged_with_the_cycle(settings, site):  # type: ignore[no-untyped-def]
    serve_fresh(site)
    register(settings.database_url, site.port, ["dinkes-web"])
    cycle = str(uuid.uuid4())
    with in_background(worker(settings, site.port)):
        produce(settings.kafka, settings.topics.check_requests, request("dinkes-web", cycle))
        records = consume(settings.kafka, settings.topics.app_status, want=1, timeout=PATIENCE_S)
    assert len(records) == 1
    event = decode(records[0].value).data
    assert isinstance(event, ApplicationChecked)
    assert records[0].key == b"dinkes-web"
    assert (event.app_id, event.pd_id, event.cycle_id) == ("dinkes-web", "dinkes", cycle)
    assert (event.availability, event.http_status, event.content.result) == ("aktif", 200, "update")


def test_malformed_request_goes_to_dead_letter_and_the_next_one_is_checked(settings, site):  # type: ignore[no-untyped-def]
    serve_fresh(site)
    register(settings.database_url, site.port, ["dinkes-web"])
    bad = (b"dinkes-web", b'{"specversion": "1.0", "oops": true')
    with in_background(worker(settings, site.port)):
        produce(
            settings.kafka,
            settings.topics.check_requests,
            bad,
            request("unknown-app", None),
            request("dinkes-web", None),
        )
        statuses = consume(settings.kafka, settings.topics.app_status, want=1, timeout=PATIENCE_S)
        letters = consume(settings.kafka, settings.topics.dead_letter, want=2, timeout=PATIENCE_S)
    assert [decode(r.value).data.app_id for r in statuses] == ["dinkes-web"]
    reasons = {r.value: dict(r.headers)["pantau-reason"].decode() for r in letters}
    assert "JSON" in reasons[bad[1]]  # same key as the good request: same partition, it came first
    assert any("unknown-app" in reason for reason in reasons.values())
    rows = query(settings.database_url, "SELECT reason FROM dead_letters WHERE consumer = 'pantau-checker'")
    assert sorted(r["reason"] for r in rows) == sorted(reasons.values())  # the table has them too


def test_two_workers_split_the_work_and_the_survivor_takes_over_when_one_dies(settings, site):  # type: ignore[no-untyped-def]
    serve_fresh(site)
    apps = [f"app-{i:02d}" for i in range(24)]
    register(settings.database_url, site.port, apps)
    first_round, second_round = str(uuid.uuid4()), str(uuid.uuid4())
    with in_background(worker(settings, site.port, "checker-a"), worker(settings, site.port, "checker-b")) as (a, b):
        eventually(lambda: a.job.assignment and b.job.assignment, timeout=PATIENCE_S, what="both workers assigned")
        produce(settings.kafka, settings.topics.check_requests, *[request(x, first_round) for x in apps])
        first = round_checked(settings, first_round, apps)
        a.kill()  # checker-a dies without a goodbye
        produce(settings.kafka, settings.topics.check_requests, *[request(x, second_round) for x in apps])
        second = round_checked(settings, second_round, apps)
    assert sorted(first) == apps  # each app checked exactly once
    assert a.job.processed and b.job.processed  # and the work was split
    assert set(second) == set(apps)  # nothing missed after checker-a died


def test_only_one_scheduler_publishes_and_the_other_takes_over(settings):  # type: ignore[no-untyped-def]
    register(settings.database_url, 80, ["dinkes-web", "dinkes-simpus", "dinkes-sikda"])

    def scheduler() -> Scheduler:
        config = SchedulerConfig(tick_s=0.1, jitter=0.0)
        return Scheduler(settings.kafka, settings.topics, settings.database_url, config)

    one, two = scheduler(), scheduler()
    with in_background(one, two) as jobs:
        eventually(lambda: one.is_leader or two.is_leader, timeout=PATIENCE_S, what="a leader")
        leader, follower = (one, two) if one.is_leader else (two, one)
        eventually(lambda: len(leader.published) == 3, timeout=PATIENCE_S, what="the first requests")
        seen = leader.ticks
        # Several more ticks: nothing is due again within the hour, so nothing more is published.
        eventually(lambda: leader.ticks >= seen + 3, timeout=PATIENCE_S, what="three more ticks")
        jobs[(one, two).index(leader)].stop()
        eventually(lambda: follower.is_leader, timeout=PATIENCE_S, what="the follower leading")
        register(settings.database_url, 80, ["dinkes-baru"])
        eventually(lambda: "dinkes-baru" in follower.published, timeout=PATIENCE_S, what="the new app requested")
    records = consume(settings.kafka, settings.topics.check_requests, want=4, timeout=PATIENCE_S)
    assert sorted(leader.published) == ["dinkes-sikda", "dinkes-simpus", "dinkes-web"]
    assert follower.published == ["dinkes-baru"]  # the new leader does not repeat what was already requested
    assert sorted(r.key.decode() for r in records) == [
        "dinkes-baru",
        "dinkes-sikda",
        "dinkes-simpus",
        "dinkes-web",
    ]
    assert all(isinstance(decode(r.value).data, CheckRequested) for r in records)


def test_a_slow_application_does_not_hold_up_the_next_request(settings, site):  # type: ignore[no-untyped-def]
    release = threading.Event()
    site.route(
        "lambat.bekasikota.go.id", "/", lambda _r: (release.wait(PATIENCE_S), Reply(200, html_page("x", "ok")))[1]
    )
    serve_fresh(site)
    register(settings.database_url, site.port, ["lambat", "cepat"])
    # No time limit of the checker ends the slow check: only the release does.
    patient = FetchLimits(total_timeout_s=PATIENCE_S, read_timeout_s=PATIENCE_S, check_budget_s=2 * PATIENCE_S)
    slow_first = worker(settings, site.port, limits=patient)
    try:
        with in_background(slow_first):
            # One key for both: one partition, the slow request first.
            produce(
                settings.kafka,
                settings.topics.check_requests,
                request("lambat", None, key="dinkes"),
                request("cepat", None, key="dinkes"),
            )
            eventually(lambda: "cepat" in slow_first.processed, timeout=PATIENCE_S, what="the quick check")
            order = list(slow_first.processed)
            release.set()
            eventually(lambda: "lambat" in slow_first.processed, timeout=PATIENCE_S, what="the slow check")
    finally:
        release.set()
    assert order == ["cepat"]
    assert slow_first.processed == ["cepat", "lambat"]


async def group_state(kafka: KafkaConnection, group: str) -> tuple[str, int]:
    """Return the group's state and how many of its members hold an assignment."""
    admin = make_admin(kafka)
    await admin.start()
    try:
        (response,) = await admin.describe_consumer_groups([group])
        _error, _group, state, _protocol_type, _protocol, members, *_ = response.groups[0]
        return state, sum(1 for member in members if member[4])  # member[4]: its assignment
    finally:
        await admin.close()


def test_two_checker_processes_share_the_work_and_a_killed_one_loses_nothing(settings, site, tmp_path):  # type: ignore[no-untyped-def]
    serve_fresh(site)
    apps = [f"proc-{i:02d}" for i in range(18)]
    register(settings.database_url, site.port, apps)
    env = service_env(
        settings,
        PANTAU_CHECKER_RESOLVE="*.bekasikota.go.id:*:127.0.0.1",
        PANTAU_CHECKER_ALLOW_ADDRESSES="127.0.0.1/32",
        PANTAU_CHECKER_CHECK_CLOAKING="0",
    )
    argv = [str(BIN / "pantau-checker"), "worker"]
    group = group_id(settings.topics)
    rounds = str(uuid.uuid4()), str(uuid.uuid4())

    def check_round(cycle: str) -> list[str]:
        produce(settings.kafka, settings.topics.check_requests, *[request(a, cycle) for a in apps])
        return sorted(round_checked(settings, cycle, apps))

    def settled_with(count: int) -> bool:
        # Listed members may still be mid-rebalance; a stable group with assignments is settled.
        return asyncio.run(group_state(settings.kafka, group)) == ("Stable", count)

    with running(argv, env, tmp_path / "a.log") as a, running(argv, env, tmp_path / "b.log"):
        eventually(lambda: settled_with(2), timeout=PATIENCE_S, what="two members holding partitions")
        assert check_round(rounds[0]) == apps  # both processes in the group; every app checked once
        os.kill(a.pid, signal.SIGKILL)  # no goodbye: the broker notices after the session timeout
        assert check_round(rounds[1]) == apps  # the survivor takes a's partitions: nothing missed
        # The group forgets a once its session has expired; when that is, is the broker's business.
        eventually(lambda: settled_with(1), timeout=PATIENCE_S, what="the killed member gone from the group")
