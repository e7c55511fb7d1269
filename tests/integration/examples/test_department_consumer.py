"""The department consumer example reads, with aiokafka and json alone, what Pantau publishes."""

from __future__ import annotations

import ast
import asyncio
import importlib.util
import json
import ssl
import sys
import uuid
from contextlib import aclosing
from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import trustme
from aiokafka import AIOKafkaConsumer
from pantau_testing import kafka_env, produce

from pantau_common.kafka import ensure_topics
from pantau_common.kafka_security import KafkaConnection
from pantau_contracts import Topics, decode, encode, envelope
from pantau_contracts.followup import FollowUpChanged
from pantau_contracts.status import ApplicationChecked, Finding, Timings

pytestmark = pytest.mark.integration
EXAMPLE = Path(__file__).resolve().parents[3] / "deploy" / "examples" / "department_consumer.py"
CHECKED_AT = datetime(2026, 11, 24, 3, 0, tzinfo=UTC)  # 10.00 WIB
PUSKESMAS_DOWN = ApplicationChecked(
    app_id="dinkes-puskesmas",
    pd_id="dinkes",
    url="http://puskesmas.bekasikota.go.id/",
    checked_at=CHECKED_AT,
    availability="tidak_aktif",
    timings=Timings(total_ms=12.5),
    reason="http_5xx",
    http_status=503,
    findings=(Finding("judi_online", "tinggi", "slot gacor"),),
    confirmed_availability="tidak_aktif",
    status_changed=True,
)


@pytest.fixture(scope="module")
def example() -> ModuleType:
    """Return the example, loaded from its path as a department would run it."""
    spec = importlib.util.spec_from_file_location("department_consumer", EXAMPLE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["department_consumer"] = module  # dataclasses look their module up while being defined
    spec.loader.exec_module(module)
    return module


async def first_event(example: ModuleType, settings: Any) -> dict[str, Any]:
    async with aclosing(example.events(settings)) as stream:
        return await asyncio.wait_for(anext(stream), 60)


def test_the_example_reads_back_a_status_event_from_its_departments_stream(
    example: ModuleType, kafka: KafkaConnection
) -> None:
    topics = Topics(prefix=f"t{uuid.uuid4().hex[:8]}.")
    asyncio.run(ensure_topics(kafka, [topics.department_status("dinkes")]))
    sent = envelope(PUSKESMAS_DOWN, source="/pantau/workflow", subject="dinkes-puskesmas", time=CHECKED_AT)
    produce(kafka, topics.department_status("dinkes"), (b"dinkes-puskesmas", encode(sent)))
    env = {
        **kafka_env(),  # how the tests authenticate: the example reads the same KAFKA_* variables
        "PANTAU_PD_ID": "dinkes",
        "KAFKA_BOOTSTRAP_SERVERS": kafka.bootstrap,
        "PANTAU_TOPIC_PREFIX": topics.prefix,
    }

    event = asyncio.run(first_event(example, example.Settings.from_env(env)))

    assert decode(json.dumps(event).encode()) == sent  # Pantau's own codec sees the very same event
    assert example.describe(event) == (
        "24-11-2026 10:00 WIB  dinkes-puskesmas (http://puskesmas.bekasikota.go.id/): TIDAK AKTIF; "
        "alasan http_5xx; HTTP 503; login tidak_dikonfigurasi; konten tidak_diketahui; temuan: judi_online (tinggi)"
    )


def test_the_example_reads_in_the_departments_own_consumer_group(example: ModuleType) -> None:
    settings = example.Settings.from_env({"PANTAU_PD_ID": "dinkes"})

    assert settings.topic == "pantau.pd.dinkes.status.v1"
    assert settings.group.startswith("pd-dinkes.")  # the prefix the department's KafkaUser may read as


def test_the_example_connects_with_tls_and_scram_with_the_password_from_a_file(
    example: ModuleType, tmp_path: Path, ca_bundle: str
) -> None:
    (tmp_path / "password").write_text("sandi-scram-dinkes\n")
    env = {
        "PANTAU_PD_ID": "dinkes",
        "KAFKA_BOOTSTRAP_SERVERS": "pantau-kafka-kafka-bootstrap:9094",
        "KAFKA_SECURITY_PROTOCOL": "SASL_SSL",
        "KAFKA_SASL_USERNAME": "pd-dinkes",
        "KAFKA_SASL_PASSWORD_FILE": str(tmp_path / "password"),
        "KAFKA_SSL_CAFILE": ca_bundle,
    }

    options = example.security_options(example.Settings.from_env(env))

    assert {k: v for k, v in options.items() if k != "ssl_context"} == {
        "security_protocol": "SASL_SSL",
        "sasl_mechanism": "SCRAM-SHA-512",
        "sasl_plain_username": "pd-dinkes",
        "sasl_plain_password": "sandi-scram-dinkes",
    }
    assert isinstance(options["ssl_context"], ssl.SSLContext)
    asyncio.run(accepted_by_aiokafka(options))


def test_the_example_connects_with_its_client_certificate_as_the_manifests_issue_it(
    example: ModuleType, tmp_path: Path, ca_bundle: str, test_ca: trustme.CA
) -> None:
    test_ca.issue_cert("pd-dinkes").private_key_and_cert_chain_pem.write_to_path(str(tmp_path / "user.pem"))
    env = {
        "PANTAU_PD_ID": "dinkes",
        "KAFKA_SECURITY_PROTOCOL": "SSL",
        "KAFKA_SSL_CAFILE": ca_bundle,
        "KAFKA_SSL_CERTFILE": str(tmp_path / "user.pem"),
        "KAFKA_SSL_KEYFILE": str(tmp_path / "user.pem"),
    }

    options = example.security_options(example.Settings.from_env(env))

    assert options.keys() == {"security_protocol", "ssl_context"} and options["security_protocol"] == "SSL"
    asyncio.run(accepted_by_aiokafka(options))


async def accepted_by_aiokafka(options: dict[str, Any]) -> None:
    consumer = AIOKafkaConsumer("pantau.pd.dinkes.status.v1", bootstrap_servers="127.0.0.1:9", **options)
    await consumer.stop()


def test_other_events_get_a_line_and_what_is_not_pantaus_is_skipped(example: ModuleType) -> None:
    changed = FollowUpChanged(
        "fu-1", "dinkes-puskesmas", "dinkes", "http_5xx", "selesai", "selesai", False, False, CHECKED_AT
    )
    event = json.loads(encode(envelope(changed, source="/pantau/workflow", subject="fu-1", time=CHECKED_AT)))

    assert (
        example.describe(event)
        == "24-11-2026 10:00 WIB  tindak lanjut http_5xx untuk dinkes-puskesmas: selesai, kini selesai"
    )
    assert example.decode(b"bukan json") is None
    assert example.decode(b'{"type": "org.example.lain", "data": {}}') is None


def test_the_example_needs_nothing_but_the_standard_library_and_aiokafka() -> None:
    tree = ast.parse(EXAMPLE.read_text("utf-8"))
    imported = {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
    imported |= {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.module}

    assert {name.split(".")[0] for name in imported} - set(sys.stdlib_module_names) == {"aiokafka"}
