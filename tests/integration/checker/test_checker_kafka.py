"""The check worker against the real Kafka and PostgreSQL: request in, status event out."""

from __future__ import annotations

import asyncio
import uuid
from datetime import UTC, datetime

import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from checker_servers import FakeSite, Reply, html_page, make_checker

from pantau_checker.core.registry import AppSpec, PerangkatDaerah, Registry
from pantau_checker.kafka_worker import CheckWorker
from pantau_checker.registry_pg import PostgresRegistry
from pantau_contracts.codec import decode, encode, envelope
from pantau_contracts.status import ApplicationChecked, CheckRequested

pytestmark = pytest.mark.integration


def register(database_url: str, port: int, app_ids: list[str]) -> None:
    apps = tuple(
        AppSpec(id=a, pd_id="dinkes", nama=f"Aplikasi {a}", url=f"http://{a}.bekasikota.go.id:{port}/")
        for a in app_ids
    )
    PostgresRegistry(database_url).apply(
        Registry((PerangkatDaerah("dinkes", "Dinas Kesehatan", "Dinkes"),), apps)
    )


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
        await send_requests(
            settings.kafka_bootstrap, settings.topics.check_requests, [request("dinkes-web", cycle)]
        )
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
