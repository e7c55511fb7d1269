"""A dedicated Kafka broker with SASL/SCRAM and the KRaft StandardAuthorizer, for the ACL tests.

``deploy/local/stack.sh kafka-start`` with ``KAFKA_AUTH=scram`` formats it with a SCRAM user for
the stack's admin and for each principal of production's KafkaUser resources, and applies the
ACLs those resources declare (``deploy/local/kafka_acls.py``). It listens with SASL over plain
TCP and, as production does, over TLS (a certificate of the stack's own CA), and with mutual TLS
for the departments: each has a client certificate of the stack's CA (CN=pd-<id>), as Strimzi
issues one per TLS KafkaUser. The broker is started once per session on free ports, in a
temporary directory, and stopped at the end.
"""

from __future__ import annotations

import asyncio
import gc
import os
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from pantau_testing import free_port

from pantau_common import kafka_security
from pantau_common.kafka import ensure_topics
from pantau_common.kafka_security import KafkaConnection, KafkaSecurity
from pantau_contracts import Topics

ROOT = Path(__file__).resolve().parents[3]
STACK = ROOT / "deploy" / "local" / "stack.sh"
DEPARTMENTS = ("dinkes", "bapenda")
NO_SECURITY = kafka_security.VARIABLES[1:]  # all but the protocol, which each env sets


@dataclass(frozen=True)
class SaslBroker:
    """The SASL broker's address, the passwords of its users, and its users' client settings."""

    bootstrap: str
    tls_bootstrap: str
    mtls_bootstrap: str
    folder: Path

    @property
    def ca(self) -> Path:
        return self.folder / "tls" / "ca.crt"

    def password(self, user: str) -> str:
        for line in (self.folder / "users").read_text("utf-8").splitlines():
            name, password = line.split()
            if name == user:
                return password
        raise KeyError(user)

    def env(self, user: str) -> dict[str, str]:
        """Return the KAFKA_* variables that a service authenticating as ``user`` reads.

        They replace all of the caller's (``make test`` gives its own broker's admin account).
        """
        return {
            **dict.fromkeys(NO_SECURITY, ""),
            "KAFKA_BOOTSTRAP_SERVERS": self.bootstrap,
            "KAFKA_SECURITY_PROTOCOL": "SASL_PLAINTEXT",
            "KAFKA_SASL_MECHANISM": "SCRAM-SHA-512",
            "KAFKA_SASL_USERNAME": user,
            "KAFKA_SASL_PASSWORD": self.password(user),
        }

    def mtls_env(self, user: str) -> dict[str, str]:
        """Return the KAFKA_* variables of ``user``'s client on the mutual TLS listener, with its certificate."""
        client = self.folder / "tls" / "clients" / user
        return {
            **dict.fromkeys(NO_SECURITY, ""),
            "KAFKA_BOOTSTRAP_SERVERS": self.mtls_bootstrap,
            "KAFKA_SECURITY_PROTOCOL": "SSL",
            "KAFKA_SSL_CAFILE": str(self.ca),
            "KAFKA_SSL_CERTFILE": str(client / "user.crt"),
            "KAFKA_SSL_KEYFILE": str(client / "user.key"),
        }

    def with_certificate(self, user: str) -> KafkaConnection:
        """Return the connection of a department's client that authenticates with its certificate."""
        return KafkaConnection(self.mtls_bootstrap, KafkaSecurity.from_env(self.mtls_env(user)))

    def tls_env(self, user: str) -> dict[str, str]:
        """Return the KAFKA_* variables of ``user`` on the TLS listener, as production's services have."""
        return {
            **self.env(user),
            "KAFKA_BOOTSTRAP_SERVERS": self.tls_bootstrap,
            "KAFKA_SECURITY_PROTOCOL": "SASL_SSL",
            "KAFKA_SSL_CAFILE": str(self.ca),
        }

    def connect(self, user: str) -> KafkaConnection:
        """Return ``user``'s connection as production authenticates it: a department with its certificate."""
        return self.with_certificate(user) if (self.folder / "tls" / "clients" / user).is_dir() else self.as_user(user)

    def as_user(self, user: str, password: str | None = None) -> KafkaConnection:
        """Return the connection of a client that authenticates as ``user``."""
        env = {**self.env(user), "KAFKA_SASL_PASSWORD": password or self.password(user)}
        return KafkaConnection(self.bootstrap, KafkaSecurity.from_env(env))


@pytest.fixture(autouse=True)
def no_leaked_connections() -> Iterator[None]:
    """Collect after each test, so that a connection left open (a refused handshake is where one
    would be) fails the test that left it, not whichever later test the collector happens to run in."""
    yield
    gc.collect()


@pytest.fixture(scope="session")
def sasl_broker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SaslBroker]:
    """Start a SASL/SCRAM broker with production's ACLs and every fixed and department topic."""
    port = free_port(4)  # the controller's, the TLS and mutual TLS listeners' are the next three
    env = {
        **os.environ,
        "STACK_DIR": str(tmp_path_factory.mktemp("sasl-stack")),
        "KAFKA_AUTH": "scram",
        "KAFKA_PORT": str(port),
        "KAFKA_DEPARTMENTS": " ".join(DEPARTMENTS),
    }
    try:
        started = subprocess.run(
            [str(STACK), "kafka-start"], env=env, check=False, capture_output=True, timeout=300, text=True
        )
        assert started.returncode == 0, f"the SASL broker did not start:\n{started.stdout}{started.stderr}"
        sasl, tls, mtls = (f"127.0.0.1:{port + n}" for n in (0, 2, 3))
        broker = SaslBroker(sasl, tls, mtls, Path(env["STACK_DIR"]) / "kafka")
        topics = Topics()
        names = [*topics.all_fixed(), *(topics.department_status(d) for d in DEPARTMENTS)]
        asyncio.run(ensure_topics(broker.as_user("admin"), names))
        yield broker
    finally:
        subprocess.run([str(STACK), "kafka-stop"], env=env, check=True, capture_output=True, timeout=120)
