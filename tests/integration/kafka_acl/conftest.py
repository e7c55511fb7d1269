"""A dedicated Kafka broker with SASL/SCRAM and the KRaft StandardAuthorizer, for the ACL tests.

``deploy/local/stack.sh kafka-start`` with ``KAFKA_AUTH=scram`` formats it with a SCRAM user for
the stack's admin and for each principal of production's KafkaUser resources, and applies the
ACLs those resources declare (``deploy/local/kafka_acls.py``). It listens with SASL over plain
TCP and, as production does, over TLS (a certificate of the stack's own CA). The broker is
started once per session on free ports, in a temporary directory, and stopped at the end.
"""

from __future__ import annotations

import asyncio
import os
import random
import socket
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from pantau_common.kafka import ensure_topics
from pantau_common.kafka_security import KafkaConnection, KafkaSecurity
from pantau_contracts import Topics

ROOT = Path(__file__).resolve().parents[3]
STACK = ROOT / "deploy" / "local" / "stack.sh"
DEPARTMENTS = ("dinkes", "bapenda")


@dataclass(frozen=True)
class SaslBroker:
    """The SASL broker's address, the passwords of its users, and its users' client settings."""

    bootstrap: str
    tls_bootstrap: str
    folder: Path

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
            "KAFKA_BOOTSTRAP_SERVERS": self.bootstrap,
            "KAFKA_SECURITY_PROTOCOL": "SASL_PLAINTEXT",
            "KAFKA_SASL_MECHANISM": "SCRAM-SHA-512",
            "KAFKA_SASL_USERNAME": user,
            "KAFKA_SASL_PASSWORD": self.password(user),
            **dict.fromkeys(
                ("KAFKA_SASL_PASSWORD_FILE", "KAFKA_SSL_CAFILE", "KAFKA_SSL_CERTFILE", "KAFKA_SSL_KEYFILE"), ""
            ),
        }

    def tls_env(self, user: str) -> dict[str, str]:
        """Return the KAFKA_* variables of ``user`` on the TLS listener, as production's services have."""
        return {
            **self.env(user),
            "KAFKA_BOOTSTRAP_SERVERS": self.tls_bootstrap,
            "KAFKA_SECURITY_PROTOCOL": "SASL_SSL",
            "KAFKA_SSL_CAFILE": str(self.folder / "tls" / "ca.crt"),
        }

    def as_user(self, user: str, password: str | None = None) -> KafkaConnection:
        """Return the connection of a client that authenticates as ``user``."""
        env = {**self.env(user), "KAFKA_SASL_PASSWORD": password or self.password(user)}
        return KafkaConnection(self.bootstrap, KafkaSecurity.from_env(env))


def _free_ports() -> int:
    """Return a free port whose two successors (the controller's, the TLS listener's) are free too.

    The ports lie below the kernel's ephemeral range, so that no client connection of the tests
    takes one of them between this choice and the broker's start.
    """
    while True:
        port = random.randrange(20_000, 32_000)
        if all(_free(port + n) for n in (0, 1, 2)):
            return port


def _free(port: int) -> bool:
    with socket.socket() as sock:
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


@pytest.fixture(scope="session")
def sasl_broker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SaslBroker]:
    """Start a SASL/SCRAM broker with production's ACLs and every fixed and department topic."""
    port = _free_ports()
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
        broker = SaslBroker(f"127.0.0.1:{port}", f"127.0.0.1:{port + 2}", Path(env["STACK_DIR"]) / "kafka")
        topics = Topics()
        names = [*topics.all_fixed(), *(topics.department_status(d) for d in DEPARTMENTS)]
        asyncio.run(ensure_topics(broker.as_user("admin"), names))
        yield broker
    finally:
        subprocess.run([str(STACK), "kafka-stop"], env=env, check=True, capture_output=True, timeout=120)
