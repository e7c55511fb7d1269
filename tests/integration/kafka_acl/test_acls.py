"""Production's ACLs on a real SASL/SCRAM broker: each principal gets what it needs, nobody more.

The principals and ACLs are those of deploy/k8s/components/kafka-topics (see the conftest). Each
refusal is the broker's answer to a real client; each test also shows that nothing was written.
"""

from __future__ import annotations

import asyncio
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from aiokafka import AIOKafkaProducer, TopicPartition
from aiokafka.errors import (
    ClusterAuthorizationFailedError,
    GroupAuthorizationFailedError,
    KafkaConnectionError,
    KafkaError,
    TopicAuthorizationFailedError,
)
from pantau_testing import BIN, eventually, running, service_env

from pantau_checker.registry_pg import PostgresRegistry
from pantau_common.kafka import make_admin, make_consumer, make_producer
from pantau_common.kafka_security import KafkaConnection
from pantau_common.registry.model import AppSpec, PerangkatDaerah, Registry
from pantau_common.settings import Settings
from pantau_contracts import Topics
from pantau_contracts.codec import decode, encode, envelope
from pantau_contracts.status import CheckRequested

sys.path.insert(0, str(Path(__file__).parents[1] / "checker"))  # the checker tests' local sites
from checker_servers import FakeSite as Site
from checker_servers import Reply, html_page

pytestmark = [
    pytest.mark.integration,
    # After a refusal aiokafka 0.14 leaves the refused client's connections to the garbage collector
    # (ResourceWarning: unclosed AIOKafkaConnection): its leak, not a failure of what is tested here.
    pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning"),
]
TOPICS = Topics()
REFUSED = (TopicAuthorizationFailedError, ClusterAuthorizationFailedError)
PATIENCE_S = 120  # an upper bound only
TEST_MESSAGE = b"pesan uji"


async def _write(kafka: KafkaConnection, topic: str, value: bytes) -> None:
    producer = make_producer(kafka, request_timeout_ms=10_000)
    await producer.start()
    try:
        await asyncio.wait_for(producer.send_and_wait(topic, value), PATIENCE_S)
    finally:
        await producer.stop()


def write(kafka: KafkaConnection, topic: str, value: bytes = TEST_MESSAGE) -> None:
    """Publish one message as ``kafka``'s principal, with the producer the services use."""
    asyncio.run(_write(kafka, topic, value))


async def _read(kafka: KafkaConnection, topic: str, group: str, want: int) -> list[Any]:
    consumer = make_consumer(kafka, topic, group_id=group, auto_offset_reset="earliest", enable_auto_commit=False)
    await consumer.start()
    try:
        records: list[Any] = []
        deadline = asyncio.get_running_loop().time() + PATIENCE_S
        while len(records) < want and asyncio.get_running_loop().time() < deadline:
            for batch in (await consumer.getmany(timeout_ms=1000)).values():
                records.extend(batch)
        return records
    finally:
        await consumer.stop()


def read(kafka: KafkaConnection, topic: str, group: str, want: int = 1) -> list[Any]:
    """Read up to ``want`` records from the start of ``topic`` in consumer group ``group``."""
    return asyncio.run(_read(kafka, topic, group, want))


def size(broker: Any, topic: str) -> int:
    """Return how many records ``topic`` holds, as the stack's admin sees it."""

    async def count() -> int:
        admin, consumer = make_admin(broker.as_user("admin")), make_consumer(broker.as_user("admin"))
        await admin.start()
        await consumer.start()
        try:
            (described,) = await admin.describe_topics([topic])
            partitions = [TopicPartition(topic, p["partition"]) for p in described["partitions"]]
            assert partitions, f"{topic} has no partitions"
            starts, ends = await consumer.beginning_offsets(partitions), await consumer.end_offsets(partitions)
            return sum(ends[p] - starts[p] for p in partitions)
        finally:
            await consumer.stop()
            await admin.close()

    return asyncio.run(count())


def refused(broker: Any, user: str, topic: str, tls: bool = False) -> None:
    """Assert that the broker refuses ``user``'s write to ``topic`` and that nothing was written."""
    before = size(broker, topic)
    kafka = Settings.from_env(broker.tls_env(user)).kafka if tls else broker.as_user(user)
    with pytest.raises(REFUSED):
        write(kafka, topic)
    assert size(broker, topic) == before


def test_a_department_reads_its_own_topic_with_its_own_group(sasl_broker: Any) -> None:
    for department in ("dinkes", "bapenda"):
        write(sasl_broker.as_user("svc-workflow"), TOPICS.department_status(department))
    own = read(sasl_broker.as_user("pd-dinkes"), TOPICS.department_status("dinkes"), "pd-dinkes.dasbor")
    assert len(own) == 1


def test_department_a_cannot_read_department_bs_topic(sasl_broker: Any) -> None:
    write(sasl_broker.as_user("svc-workflow"), TOPICS.department_status("bapenda"))
    with pytest.raises(TopicAuthorizationFailedError):
        read(sasl_broker.as_user("pd-dinkes"), TOPICS.department_status("bapenda"), "pd-dinkes.intip")


def test_a_department_cannot_use_another_departments_group(sasl_broker: Any) -> None:
    write(sasl_broker.as_user("svc-workflow"), TOPICS.department_status("dinkes"))
    with pytest.raises(GroupAuthorizationFailedError):
        read(sasl_broker.as_user("pd-dinkes"), TOPICS.department_status("dinkes"), "pd-bapenda.dasbor")


def test_a_department_cannot_read_pantaus_internal_topics(sasl_broker: Any) -> None:
    for topic in (TOPICS.sop_commands, TOPICS.sop_events, TOPICS.app_status):
        with pytest.raises(TopicAuthorizationFailedError):
            read(sasl_broker.as_user("pd-dinkes"), topic, "pd-dinkes.intip")


def test_a_department_cannot_write_commands(sasl_broker: Any) -> None:
    refused(sasl_broker, "pd-dinkes", TOPICS.sop_commands)


def test_only_the_web_writes_commands(sasl_broker: Any) -> None:
    write(sasl_broker.as_user("svc-web"), TOPICS.sop_commands)
    for user in ("svc-checker-scheduler", "svc-checker-worker", "svc-reporter-worker", "svc-workflow", "svc-keda"):
        refused(sasl_broker, user, TOPICS.sop_commands)


def test_only_the_checker_writes_status_events(sasl_broker: Any) -> None:
    write(sasl_broker.as_user("svc-checker-worker"), TOPICS.app_status)
    for user in ("pd-dinkes", "svc-web", "svc-checker-scheduler", "svc-reporter-worker", "svc-workflow"):
        refused(sasl_broker, user, TOPICS.app_status)


def test_only_the_reporter_writes_document_answers(sasl_broker: Any) -> None:
    write(sasl_broker.as_user("svc-reporter-worker"), TOPICS.documents)
    for user in ("pd-dinkes", "svc-web", "svc-checker-worker", "svc-workflow"):
        refused(sasl_broker, user, TOPICS.documents)


def test_a_service_authenticates_over_tls_verifying_the_brokers_certificate(sasl_broker: Any) -> None:
    tls = Settings.from_env(sasl_broker.tls_env("svc-web")).kafka
    before = size(sasl_broker, TOPICS.sop_commands)
    write(tls, TOPICS.sop_commands)
    assert size(sasl_broker, TOPICS.sop_commands) == before + 1
    refused(sasl_broker, "pd-dinkes", TOPICS.sop_commands, tls=True)


def test_a_client_that_does_not_trust_the_brokers_certificate_gets_nothing(sasl_broker: Any) -> None:
    system_cas = {**sasl_broker.tls_env("svc-web"), "KAFKA_SSL_CAFILE": ""}
    with pytest.raises(KafkaConnectionError):
        write(Settings.from_env(system_cas).kafka, TOPICS.sop_commands)


def test_an_unauthenticated_client_gets_nothing(sasl_broker: Any) -> None:
    async def plaintext() -> None:
        producer = AIOKafkaProducer(bootstrap_servers=sasl_broker.bootstrap, request_timeout_ms=5_000)
        try:
            await producer.start()
        finally:
            await producer.stop()

    with pytest.raises(KafkaConnectionError):
        asyncio.run(plaintext())


def test_a_wrong_password_gets_nothing(sasl_broker: Any) -> None:
    before = size(sasl_broker, TOPICS.sop_commands)
    with pytest.raises(KafkaError):
        write(sasl_broker.as_user("svc-web", password="salah"), TOPICS.sop_commands)
    assert size(sasl_broker, TOPICS.sop_commands) == before


def test_the_checker_authenticates_with_scram_from_its_settings_and_works(
    sasl_broker: Any, settings: Any, tmp_path: Path
) -> None:
    """A ``pantau-checker worker`` process, as svc-checker-worker, answers a request with a status."""
    password = tmp_path / "password"
    password.write_text(sasl_broker.password("svc-checker-worker"))
    env = service_env(
        settings,
        **{
            **sasl_broker.env("svc-checker-worker"),
            "KAFKA_SASL_PASSWORD": "",
            "KAFKA_SASL_PASSWORD_FILE": str(password),
        },
        PANTAU_TOPIC_PREFIX="",  # production's topic names: the ACLs name them
        PANTAU_CHECKER_RESOLVE="*.bekasikota.go.id:*:127.0.0.1",
        PANTAU_CHECKER_ALLOW_ADDRESSES="127.0.0.1/32",
    )
    with Site() as site:
        site.route("*", "/", Reply(200, html_page("Dinkes", "<p>Layanan kesehatan</p>")))
        url = f"http://dinkes-web.bekasikota.go.id:{site.port}/"
        apps = (AppSpec(id="dinkes-web", pd_id="dinkes", nama="Aplikasi Dinkes", url=url),)
        PostgresRegistry(settings.database_url).apply(
            Registry((PerangkatDaerah("dinkes", "Dinas Kesehatan", "Dinkes"),), apps)
        )
        before = size(sasl_broker, TOPICS.app_status)  # other tests' writes, read past below
        with running([str(BIN / "pantau-checker"), "worker"], env, tmp_path / "worker.log"):
            request = CheckRequested(app_id="dinkes-web", requested_at=datetime.now(UTC), cycle_id=None)
            write(
                sasl_broker.as_user("svc-checker-scheduler"),
                TOPICS.check_requests,
                encode(envelope(request, source="/uji", subject="dinkes-web")),
            )
            records = read(sasl_broker.as_user("svc-workflow"), TOPICS.app_status, "pantau-workflow", want=before + 1)
    (status,) = [decode(r.value).data for r in records if r.value != TEST_MESSAGE]
    assert status.app_id == "dinkes-web"


def test_the_workflow_joins_its_group_as_its_scram_user(sasl_broker: Any, settings: Any, tmp_path: Path) -> None:
    """``pantau-workflow`` (faust, its admin client and its producers) authenticates as svc-workflow."""
    env = service_env(settings, **sasl_broker.env("svc-workflow"), PANTAU_TOPIC_PREFIX="")

    async def members() -> int:
        admin = make_admin(sasl_broker.as_user("admin"))
        await admin.start()
        try:
            (group,) = await admin.describe_consumer_groups(["pantau-workflow"])
            return len(group.groups[0][5]) if group.groups[0][2] == "Stable" else 0
        finally:
            await admin.close()

    with running([str(BIN / "pantau-workflow")], env, tmp_path / "workflow.log"):
        eventually(lambda: asyncio.run(members()), timeout=PATIENCE_S, what="the workflow in its consumer group")
    assert "Authoriz" not in (tmp_path / "workflow.log").read_text("utf-8")
