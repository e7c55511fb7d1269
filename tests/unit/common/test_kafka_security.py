"""The KAFKA_* security settings: read once, a combination that cannot work fails at start-up."""

from __future__ import annotations

import asyncio
import ssl
import subprocess
from pathlib import Path
from typing import Any

import faust
import pytest

from pantau_common.config import ConfigError
from pantau_common.kafka import make_admin, make_consumer, make_producer
from pantau_common.kafka_security import KafkaConnection, KafkaSecurity
from pantau_common.settings import Settings

SCRAM = {
    "KAFKA_SECURITY_PROTOCOL": "SASL_PLAINTEXT",
    "KAFKA_SASL_USERNAME": "svc-workflow",
    "KAFKA_SASL_PASSWORD": "rahasia-sekali",
}


@pytest.fixture(scope="module")
def tls_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """Make a self-signed certificate and key (a CA file and a client pair in one)."""
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "client.crt", folder / "client.key"
    request = ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=pd-dinkes"]
    subprocess.run(
        [*request, "-keyout", str(key), "-out", str(cert)],
        check=True,
        capture_output=True,
    )
    return {"KAFKA_SSL_CAFILE": str(cert), "KAFKA_SSL_CERTFILE": str(cert), "KAFKA_SSL_KEYFILE": str(key)}


def test_without_settings_clients_connect_in_plaintext() -> None:
    settings = Settings.from_env({"KAFKA_BOOTSTRAP_SERVERS": "kafka:9092"})
    assert settings.kafka.client_options() == {"bootstrap_servers": "kafka:9092", "security_protocol": "PLAINTEXT"}
    assert settings.kafka.faust_credentials() is None


def test_scram_defaults_to_sha_512_and_passes_the_account_to_aiokafka() -> None:
    options = KafkaConnection("kafka:9094", KafkaSecurity.from_env(SCRAM)).client_options()
    assert options == {
        "bootstrap_servers": "kafka:9094",
        "security_protocol": "SASL_PLAINTEXT",
        "sasl_mechanism": "SCRAM-SHA-512",
        "sasl_plain_username": "svc-workflow",
        "sasl_plain_password": "rahasia-sekali",
    }


def test_the_password_is_read_from_a_file_and_never_shown(tmp_path: Path) -> None:
    (tmp_path / "password").write_text("dari-berkas\n")
    env = {**SCRAM, "KAFKA_SASL_PASSWORD": "", "KAFKA_SASL_PASSWORD_FILE": str(tmp_path / "password")}
    settings = Settings.from_env(env)
    assert settings.kafka_security.password == "dari-berkas"
    assert "dari-berkas" not in repr(settings) + repr(settings.kafka) + str(settings.kafka)
    assert "dari-berkas" not in repr(settings.kafka.faust_credentials())


def test_every_client_factory_authenticates_as_the_settings_say() -> None:
    kafka = Settings.from_env({**SCRAM, "KAFKA_SASL_MECHANISM": "scram-sha-256"}).kafka

    async def connections() -> list[Any]:  # aiokafka clients are made inside a running loop
        clients = [make_producer(kafka), make_consumer(kafka, "t"), make_admin(kafka)]
        for client in clients:
            await client.close() if hasattr(client, "close") else await client.stop()
        return [getattr(client, "client", None) or client._client for client in clients]

    for conn in asyncio.run(connections()):
        assert (conn._security_protocol, conn._sasl_mechanism) == ("SASL_PLAINTEXT", "SCRAM-SHA-256")
        assert conn._sasl_plain_username == "svc-workflow"


def test_faust_gets_scram_credentials_over_tls(tls_files: dict[str, str]) -> None:
    env = {**SCRAM, "KAFKA_SECURITY_PROTOCOL": "sasl_ssl", "KAFKA_SSL_CAFILE": tls_files["KAFKA_SSL_CAFILE"]}
    credentials = Settings.from_env(env).kafka.faust_credentials()
    assert isinstance(credentials, faust.SASLCredentials)
    assert (credentials.protocol.value, credentials.mechanism.value) == ("SASL_SSL", "SCRAM-SHA-512")
    assert credentials.ssl_context.verify_mode == ssl.CERT_REQUIRED


def test_mutual_tls_presents_the_client_certificate(tls_files: dict[str, str]) -> None:
    security = KafkaSecurity.from_env({"KAFKA_SECURITY_PROTOCOL": "SSL", **tls_files})
    options = security.client_options()
    assert options["security_protocol"] == "SSL"
    assert options["ssl_context"].check_hostname
    assert isinstance(KafkaConnection("kafka:9093", security).faust_credentials(), faust.SSLCredentials)


@pytest.mark.parametrize(
    ("env", "names"),
    [
        ({"KAFKA_SECURITY_PROTOCOL": "SASL"}, "KAFKA_SECURITY_PROTOCOL"),
        ({**SCRAM, "KAFKA_SASL_MECHANISM": "PLAIN"}, "KAFKA_SASL_MECHANISM"),
        ({**SCRAM, "KAFKA_SASL_USERNAME": ""}, "KAFKA_SASL_USERNAME"),
        ({**SCRAM, "KAFKA_SASL_PASSWORD": ""}, "KAFKA_SASL_PASSWORD"),
        ({**SCRAM, "KAFKA_SASL_PASSWORD_FILE": "/etc/pantau/kafka/password"}, "KAFKA_SASL_PASSWORD_FILE"),
        ({**SCRAM, "KAFKA_SASL_PASSWORD": "", "KAFKA_SASL_PASSWORD_FILE": "/tidak/ada"}, "/tidak/ada"),
        ({"KAFKA_SASL_USERNAME": "svc-web", "KAFKA_SASL_PASSWORD": "x"}, "KAFKA_SASL_USERNAME"),
        ({"KAFKA_SASL_MECHANISM": "SCRAM-SHA-512"}, "KAFKA_SASL_MECHANISM"),
        ({**SCRAM, "KAFKA_SSL_CAFILE": "/etc/ssl/ca.crt"}, "KAFKA_SSL_CAFILE"),
        ({"KAFKA_SECURITY_PROTOCOL": "SSL", "KAFKA_SSL_CAFILE": "/tidak/ada.crt"}, "KAFKA_SSL_CAFILE"),
        ({"KAFKA_SECURITY_PROTOCOL": "SSL", "KAFKA_SSL_CERTFILE": "/etc/ssl/c.crt"}, "KAFKA_SSL_KEYFILE"),
    ],
)
def test_a_combination_that_cannot_work_fails_at_start_up_naming_the_variable(env: dict[str, str], names: str) -> None:
    with pytest.raises(ConfigError, match=names) as failure:
        Settings.from_env(env)
    assert "rahasia-sekali" not in str(failure.value)
