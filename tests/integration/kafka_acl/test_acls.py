"""Production's ACLs on a real broker: each principal gets what it needs, nobody more.

The principals and ACLs are those of deploy/k8s/components/kafka-topics (see the conftest). The
services authenticate with SASL/SCRAM, the departments with a client certificate over mutual TLS
(principal ``User:CN=pd-<id>``, as Strimzi's). Each refusal is the broker's answer to a real
client; each test also shows that nothing was written.
"""

from __future__ import annotations

import asyncio
import os
import sys
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import trustme
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
from pantau_common.kafka_security import KafkaConnection, KafkaSecurity
from pantau_common.registry.model import AppSpec, PerangkatDaerah, Registry
from pantau_common.settings import Settings
from pantau_contracts import Topics
from pantau_contracts.codec import decode, encode, envelope
from pantau_contracts.status import ApplicationChecked, CheckRequested, Timings

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
EXAMPLE = Path(__file__).resolve().parents[3] / "deploy" / "examples" / "department_consumer.py"
REFUSED = (TopicAuthorizationFailedError, ClusterAuthorizationFailedError)
PATIENCE_S = 120  # an upper bound only
TEST_MESSAGE = b"pesan uji"


async def _write(kafka: KafkaConnection, topic: str, value: bytes) -> None:
    producer = make_producer(kafka, request_timeout_ms=10_000)
    try:  # stopped even when it never started (a refused handshake), so that nothing is left open
        await producer.start()
        await asyncio.wait_for(producer.send_and_wait(topic, value), PATIENCE_S)
    finally:
        await producer.stop()


def write(kafka: KafkaConnection, topic: str, value: bytes = TEST_MESSAGE) -> None:
    """Publish one message as ``kafka``'s principal, with the producer the services use."""
    asyncio.run(_write(kafka, topic, value))


async def _read(kafka: KafkaConnection, topic: str, group: str, want: int) -> list[Any]:
    consumer = make_consumer(kafka, topic, group_id=group, auto_offset_reset="earliest", enable_auto_commit=False)
    try:
        await consumer.start()
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
    kafka = Settings.from_env(broker.tls_env(user)).kafka if tls else broker.connect(user)
    with pytest.raises(REFUSED):
        write(kafka, topic)
    assert size(broker, topic) == before


def test_a_department_reads_its_own_topic_with_its_client_certificate_and_own_group(sasl_broker: Any) -> None:
    topic, mine = TOPICS.department_status("dinkes"), f"untuk dinkes {uuid.uuid4()}".encode()
    write(sasl_broker.as_user("svc-workflow"), TOPICS.department_status("bapenda"))
    write(sasl_broker.as_user("svc-workflow"), topic, mine)
    dinkes = sasl_broker.with_certificate("pd-dinkes")
    assert dinkes.security.protocol == "SSL" and not dinkes.security.sasl  # the certificate alone
    own = read(dinkes, topic, "pd-dinkes.dasbor", want=size(sasl_broker, topic))
    assert mine in [r.value for r in own]


def test_department_a_cannot_read_department_bs_topic(sasl_broker: Any) -> None:
    write(sasl_broker.as_user("svc-workflow"), TOPICS.department_status("bapenda"))
    with pytest.raises(TopicAuthorizationFailedError):
        read(sasl_broker.with_certificate("pd-dinkes"), TOPICS.department_status("bapenda"), "pd-dinkes.intip")


def test_a_department_cannot_use_another_departments_group(sasl_broker: Any) -> None:
    write(sasl_broker.as_user("svc-workflow"), TOPICS.department_status("dinkes"))
    with pytest.raises(GroupAuthorizationFailedError):
        read(sasl_broker.with_certificate("pd-dinkes"), TOPICS.department_status("dinkes"), "pd-bapenda.dasbor")


def test_a_department_cannot_read_pantaus_internal_topics(sasl_broker: Any) -> None:
    for topic in (TOPICS.sop_commands, TOPICS.sop_events, TOPICS.app_status):
        with pytest.raises(TopicAuthorizationFailedError):
            read(sasl_broker.with_certificate("pd-dinkes"), topic, "pd-dinkes.intip")


def test_a_department_cannot_write_commands_nor_its_own_topic(sasl_broker: Any) -> None:
    refused(sasl_broker, "pd-dinkes", TOPICS.sop_commands)
    refused(sasl_broker, "pd-dinkes", TOPICS.department_status("dinkes"))


def without_certificate(broker: Any, **files: str) -> KafkaConnection:
    """Return a department's connection to the mutual TLS listener with other TLS files (or none)."""
    env = {**broker.mtls_env("pd-dinkes"), "KAFKA_SSL_CERTFILE": "", "KAFKA_SSL_KEYFILE": "", **files}
    return KafkaConnection(broker.mtls_bootstrap, KafkaSecurity.from_env(env))


def test_a_client_without_a_certificate_cannot_connect_to_the_departments_listener(sasl_broker: Any) -> None:
    with pytest.raises(KafkaConnectionError):  # the broker ends the TLS handshake
        read(without_certificate(sasl_broker), TOPICS.department_status("dinkes"), "pd-dinkes.tanpa-sertifikat")


def test_a_certificate_of_another_ca_is_refused(sasl_broker: Any, test_ca: trustme.CA, tmp_path: Path) -> None:
    forged = tmp_path / "pd-dinkes.pem"  # the department's name, signed by a CA the broker does not trust
    test_ca.issue_cert("pd-dinkes", common_name="pd-dinkes").private_key_and_cert_chain_pem.write_to_path(str(forged))
    kafka = without_certificate(sasl_broker, KAFKA_SSL_CERTFILE=str(forged), KAFKA_SSL_KEYFILE=str(forged))
    with pytest.raises(KafkaConnectionError):
        read(kafka, TOPICS.department_status("dinkes"), "pd-dinkes.sertifikat-lain")


def test_the_department_consumer_example_reads_over_mutual_tls(sasl_broker: Any, tmp_path: Path) -> None:
    """deploy/examples/department_consumer.py, run with the variables its README gives, prints the event."""
    checked = ApplicationChecked(
        app_id="dinkes-mtls",
        pd_id="dinkes",
        url="http://mtls.bekasikota.go.id/",
        checked_at=datetime(2026, 11, 24, 3, 0, tzinfo=UTC),
        availability="tidak_aktif",
        timings=Timings(total_ms=1.0),
        reason="timeout",
    )
    event = envelope(checked, source="/pantau/workflow", subject="dinkes-mtls")
    write(sasl_broker.as_user("svc-workflow"), TOPICS.department_status("dinkes"), encode(event))
    env = {**os.environ, **sasl_broker.mtls_env("pd-dinkes"), "PANTAU_PD_ID": "dinkes", "PANTAU_TOPIC_PREFIX": ""}
    log = tmp_path / "example.log"
    with running([sys.executable, str(EXAMPLE)], env, log):
        eventually(
            lambda: "dinkes-mtls (http://mtls.bekasikota.go.id/): TIDAK AKTIF" in log.read_text("utf-8"),
            timeout=PATIENCE_S,
            what="the example's line about the event",
        )


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
    refused(sasl_broker, "svc-checker-worker", TOPICS.sop_commands, tls=True)


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
