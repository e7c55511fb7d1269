"""The check worker against the real Kafka and PostgreSQL: request in, status event out."""

from __future__ import annotations

import asyncio
import os
import signal
import threading
import uuid
from datetime import UTC, datetime

import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient
from checker_servers import FakeSite, Reply, html_page, make_checker
from pantau_testing import BIN, eventually, running, service_env

from pantau_checker.core.registry import AppSpec, PerangkatDaerah, Registry
from pantau_checker.kafka_worker import CheckWorker
from pantau_checker.registry_pg import PostgresRegistry
from pantau_contracts.codec import decode, encode, envelope
from pantau_contracts.status import ApplicationChecked, CheckRequested

pytestmark = pytest.mark.integration


def register(database_url: str, port: int, app_ids: list[str]) -> None:
    apps = tuple(
        AppSpec(id=a, pd_id="dinkes", nama=f"Aplikasi {a}", url=f"http://{a}.bekasikota.go.id:{port}/") for a in app_ids
    )
    PostgresRegistry(database_url).apply(Registry((PerangkatDaerah("dinkes", "Dinas Kesehatan", "Dinkes"),), apps))


def serve_fresh(site: FakeSite) -> None:
    today = datetime.now(UTC).strftime("%d/%m/%Y")
    site.route("*", "/", Reply(200, html_page("Dinkes", f"<p>Berita {today}</p>")))


async def send_requests(bootstrap: str, topic: str, items: list[tuple[bytes, bytes]]) -> None:
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap)
    await producer.start()
    try:
        for key, value in items:
            await producer.send_and_wait(topic, value=value, key=key)
    finally:
        await producer.stop()


def request(app_id: str, cycle_id: str | None) -> tuple[bytes, bytes]:
    payload = CheckRequested(app_id=app_id, requested_at=datetime.now(UTC), cycle_id=cycle_id)
    return app_id.encode(), encode(envelope(payload, source="/test", subject=app_id))


async def read(bootstrap: str, topic: str, count: int, timeout_s: float = 30.0) -> list:  # type: ignore[type-arg]
    consumer = AIOKafkaConsumer(
        topic,
        bootstrap_servers=bootstrap,
        auto_offset_reset="earliest",
        group_id=f"reader-{uuid.uuid4().hex[:6]}",
    )
    await consumer.start()
    found = []
    try:
        async with asyncio.timeout(timeout_s):
            while len(found) < count:
                batches = await consumer.getmany(timeout_ms=200)
                found.extend(r for part in batches.values() for r in part)
    finally:
        await consumer.stop()
    return found


async def run_worker(worker: CheckWorker, until: object) -> None:
    task = asyncio.create_task(worker.run())
    try:
        await until  # type: ignore[misc]
    finally:
        worker.stop()
        await asyncio.wait_for(task, 30)


def test_check_request_yields_status_event_tagged_with_the_cycle(settings, site):  # type: ignore[no-untyped-def]
    serve_fresh(site)
    register(settings.database_url, site.port, ["dinkes-web"])
    cycle = str(uuid.uuid4())
    worker = CheckWorker(
        settings.kafka_bootstrap,
        settings.topics,
        PostgresRegistry(settings.database_url),
        make_checker(site.port),
        concurrency=4,
    )

    async def scenario() -> list:  # type: ignore[type-arg]
        await send_requests(settings.kafka_bootstrap, settings.topics.check_requests, [request("dinkes-web", cycle)])
        records = await read(settings.kafka_bootstrap, settings.topics.app_status, 1)
        return records

    async def main() -> list:  # type: ignore[type-arg]
        job = asyncio.ensure_future(scenario())
        await run_worker(worker, job)
        return job.result()

    records = asyncio.run(main())
    event = decode(records[0].value).data
    assert isinstance(event, ApplicationChecked)
    assert records[0].key == b"dinkes-web"
    assert (event.app_id, event.pd_id, event.cycle_id) == ("dinkes-web", "dinkes", cycle)
    assert (event.availability, event.http_status, event.content.result) == ("aktif", 200, "update")


def test_malformed_request_goes_to_dead_letter_and_the_next_one_is_checked(settings, site):  # type: ignore[no-untyped-def]
    serve_fresh(site)
    register(settings.database_url, site.port, ["dinkes-web"])
    worker = CheckWorker(
        settings.kafka_bootstrap,
        settings.topics,
        PostgresRegistry(settings.database_url),
        make_checker(site.port),
        concurrency=1,
    )
    bad = (b"dinkes-web", b'{"specversion": "1.0", "oops": true')

    async def scenario() -> tuple[list, list]:  # type: ignore[type-arg]
        await send_requests(
            settings.kafka_bootstrap,
            settings.topics.check_requests,
            [bad, request("unknown-app", None), request("dinkes-web", None)],
        )
        statuses = await read(settings.kafka_bootstrap, settings.topics.app_status, 1)
        letters = await read(settings.kafka_bootstrap, settings.topics.dead_letter, 2)
        return statuses, letters

    async def main() -> tuple[list, list]:  # type: ignore[type-arg]
        job = asyncio.ensure_future(scenario())
        await run_worker(worker, job)
        return job.result()

    statuses, letters = asyncio.run(main())
    assert decode(statuses[0].value).data.app_id == "dinkes-web"
    reasons = {r.value: dict(r.headers)["pantau-reason"].decode() for r in letters}
    assert "JSON" in reasons[bad[1]]  # same key as the good request: same partition, it came first
    assert any("unknown-app" in reason for reason in reasons.values())


async def read_until(bootstrap: str, topic: str, done, timeout_s: float = 60.0) -> list:  # type: ignore[no-untyped-def, type-arg]
    consumer = AIOKafkaConsumer(
        topic,
        bootstrap_servers=bootstrap,
        auto_offset_reset="earliest",
        group_id=f"reader-{uuid.uuid4().hex[:6]}",
    )
    await consumer.start()
    found: list = []  # type: ignore[type-arg]
    try:
        async with asyncio.timeout(timeout_s):
            while not done(found):
                batches = await consumer.getmany(timeout_ms=200)
                found.extend(r for part in batches.values() for r in part)
    finally:
        await consumer.stop()
    return found


async def wait_for(condition, timeout_s: float = 60.0) -> None:  # type: ignore[no-untyped-def]
    async with asyncio.timeout(timeout_s):
        while not condition():
            await asyncio.sleep(0.1)


def cycle_ids(records: list, cycle: str) -> list[str]:  # type: ignore[type-arg]
    events = [decode(r.value).data for r in records]
    return [e.app_id for e in events if e.cycle_id == cycle]


def test_two_workers_split_the_work_and_the_survivor_takes_over_when_one_dies(settings, site):  # type: ignore[no-untyped-def]
    serve_fresh(site)
    apps = [f"app-{i:02d}" for i in range(24)]
    register(settings.database_url, site.port, apps)
    first_round, second_round = str(uuid.uuid4()), str(uuid.uuid4())

    def worker(name: str) -> CheckWorker:
        checker = make_checker(site.port, googlebot_check=False)
        return CheckWorker(
            settings.kafka_bootstrap,
            settings.topics,
            PostgresRegistry(settings.database_url),
            checker,
            concurrency=4,
            name=name,
        )

    async def scenario() -> tuple[list, list, CheckWorker, CheckWorker]:  # type: ignore[type-arg]
        a, b = worker("checker-a"), worker("checker-b")
        task_a, task_b = asyncio.create_task(a.run()), asyncio.create_task(b.run())
        try:
            await wait_for(lambda: a.assignment and b.assignment)
            await send_requests(
                settings.kafka_bootstrap,
                settings.topics.check_requests,
                [request(x, first_round) for x in apps],
            )
            first = await read_until(
                settings.kafka_bootstrap,
                settings.topics.app_status,
                lambda found: len(cycle_ids(found, first_round)) >= len(apps),
            )
            task_a.cancel()  # checker-a dies without a goodbye
            await asyncio.gather(task_a, return_exceptions=True)
            await send_requests(
                settings.kafka_bootstrap,
                settings.topics.check_requests,
                [request(x, second_round) for x in apps],
            )
            second = await read_until(
                settings.kafka_bootstrap,
                settings.topics.app_status,
                lambda found: set(cycle_ids(found, second_round)) >= set(apps),
            )
            return first, second, a, b
        finally:
            b.stop()
            await asyncio.wait_for(task_b, 30)

    first, second, a, b = asyncio.run(scenario())
    assert sorted(cycle_ids(first, first_round)) == apps  # each app checked exactly once
    assert a.processed and b.processed  # and the work was split
    assert set(cycle_ids(second, second_round)) == set(apps)  # nothing missed after checker-a died


def test_only_one_scheduler_publishes_and_the_other_takes_over(settings):  # type: ignore[no-untyped-def]
    from pantau_checker.scheduler import Scheduler

    register(settings.database_url, 80, ["dinkes-web", "dinkes-simpus", "dinkes-sikda"])

    def scheduler() -> Scheduler:
        return Scheduler(settings.kafka_bootstrap, settings.topics, settings.database_url, tick_s=0.1, jitter=0.0)

    async def scenario() -> tuple[list, Scheduler, Scheduler, list]:  # type: ignore[type-arg]
        one, two = scheduler(), scheduler()
        tasks = {one: asyncio.create_task(one.run()), two: asyncio.create_task(two.run())}
        await wait_for(lambda: one.is_leader or two.is_leader)
        leader, follower = (one, two) if one.is_leader else (two, one)
        await wait_for(lambda: len(leader.published) == 3)
        await asyncio.sleep(0.5)  # let several more ticks pass: nothing is due again within the hour
        leader.stop()
        await tasks[leader]
        await wait_for(lambda: follower.is_leader)
        register(settings.database_url, 80, ["dinkes-baru"])
        await wait_for(lambda: "dinkes-baru" in follower.published)
        follower.stop()
        await tasks[follower]
        records = await read(settings.kafka_bootstrap, settings.topics.check_requests, 4)
        return records, leader, follower, follower.published

    records, leader, _follower, taken_over = asyncio.run(scenario())
    assert sorted(leader.published) == ["dinkes-sikda", "dinkes-simpus", "dinkes-web"]
    assert taken_over == ["dinkes-baru"]  # the new leader does not repeat what was already requested
    assert sorted(r.key.decode() for r in records) == [
        "dinkes-baru",
        "dinkes-sikda",
        "dinkes-simpus",
        "dinkes-web",
    ]
    assert all(isinstance(decode(r.value).data, CheckRequested) for r in records)


def test_a_slow_application_does_not_hold_up_the_next_request(settings, site):  # type: ignore[no-untyped-def]
    release = threading.Event()
    site.route("lambat.bekasikota.go.id", "/", lambda _r: (release.wait(20), Reply(200, html_page("x", "ok")))[1])
    serve_fresh(site)
    register(settings.database_url, site.port, ["lambat", "cepat"])
    worker = CheckWorker(
        settings.kafka_bootstrap,
        settings.topics,
        PostgresRegistry(settings.database_url),
        make_checker(site.port, googlebot_check=False),
        concurrency=4,
    )

    async def scenario() -> list[str]:
        producer = AIOKafkaProducer(bootstrap_servers=settings.kafka_bootstrap)
        await producer.start()
        for app_id in ("lambat", "cepat"):  # same partition, the slow one first
            _key, value = request(app_id, None)
            await producer.send_and_wait(settings.topics.check_requests, value=value, key=app_id.encode(), partition=0)
        await producer.stop()
        await wait_for(lambda: "cepat" in worker.processed)
        order = list(worker.processed)
        release.set()
        await wait_for(lambda: "lambat" in worker.processed)
        return order

    async def main() -> list[str]:
        job = asyncio.ensure_future(scenario())
        await run_worker(worker, job)
        return job.result()

    assert asyncio.run(main()) == ["cepat"]
    assert worker.processed == ["cepat", "lambat"]


async def group_members(bootstrap: str, group: str) -> int:
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        (response,) = await admin.describe_consumer_groups([group])
        return len(response.groups[0][5])
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
        PANTAU_CHECKER_GOOGLEBOT="0",
    )
    argv = [str(BIN / "pantau-checker"), "worker"]
    group = f"{settings.topics.prefix}pantau-checker"
    rounds = str(uuid.uuid4()), str(uuid.uuid4())

    def check_round(cycle: str) -> list[str]:
        asyncio.run(
            send_requests(settings.kafka_bootstrap, settings.topics.check_requests, [request(a, cycle) for a in apps])
        )
        found = asyncio.run(
            read_until(
                settings.kafka_bootstrap,
                settings.topics.app_status,
                lambda got: set(cycle_ids(got, cycle)) >= set(apps),
                timeout_s=90,
            )
        )
        return sorted(cycle_ids(found, cycle))

    with running(argv, env, tmp_path / "a.log") as a, running(argv, env, tmp_path / "b.log"):
        eventually(lambda: asyncio.run(group_members(settings.kafka_bootstrap, group)) == 2, what="two members")
        assert check_round(rounds[0]) == apps  # both processes in the group; every app checked once
        os.kill(a.pid, signal.SIGKILL)  # no goodbye: the broker notices after the session timeout
        assert check_round(rounds[1]) == apps  # the survivor takes a's partitions: nothing missed
        assert asyncio.run(group_members(settings.kafka_bootstrap, group)) == 1
