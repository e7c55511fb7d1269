"""The local broker's SCRAM users and ACLs, derived from production's Strimzi KafkaUser resources.

``deploy/k8s/components/kafka-topics/users.yaml`` declares Pantau's service principals and
``department-dinkes.yaml`` the template of a department's principal (copied per department,
replacing "dinkes"). The local SASL broker (``KAFKA_AUTH=scram``, deploy/local/stack.sh: the
stacks of ``make up`` and ``make test``, and the ACL tests' own) gets the same principals and the
same ACLs, read from those files, so the two cannot drift; ``make up`` starts each service as its
principal (launcher.py). As in production, a user of ``authentication.type: scram-sha-512`` (the
services) gets a password and is the principal ``User:<name>``; a user of type ``tls`` (the
departments) gets a client certificate of the stack's CA instead and, as Strimzi names it, is the
principal of its certificate's subject, ``User:CN=<name>`` (Kafka's default SSL principal).

Usage:
  kafka_acls.py users                               print one SCRAM user's name a line
  kafka_acls.py tls-users                           print one TLS (client certificate) user's name a line
  kafka_acls.py apply BOOTSTRAP USERS_FILE          create every ACL, as the stack's admin
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.protocol.admin import CreateAclsRequest

ROOT = Path(__file__).resolve().parents[2]
COMPONENT = ROOT / "deploy" / "k8s" / "components" / "kafka-topics"
ADMIN = "admin"  # the stack's super user: the broker itself, the stack scripts and the test fixtures
DEPARTMENTS = ("dinkes", "bapenda")  # the local departments (KAFKA_DEPARTMENTS overrides)
TEMPLATE_DEPARTMENT = "dinkes"
SCRAM = "scram-sha-512"
# Strimzi's User Operator writes the ACLs of these users for the principal CN=<name>: the subject
# of the certificate it issues (tls) or the one the user brings (tls-external).
TLS = ("tls", "tls-external")

# The Kafka protocol's codes (org.apache.kafka.common.acl / resource).
RESOURCE_TYPES = {"topic": 2, "group": 3, "cluster": 4, "transactionalId": 5}
PATTERN_TYPES = {"literal": 3, "prefix": 4}
OPERATIONS = {
    "All": 2,
    "Read": 3,
    "Write": 4,
    "Create": 5,
    "Delete": 6,
    "Alter": 7,
    "Describe": 8,
    "ClusterAction": 9,
    "DescribeConfigs": 10,
    "AlterConfigs": 11,
    "IdempotentWrite": 12,
}
ALLOW = 3


@dataclass(frozen=True)
class Acl:
    """One allowed operation of one principal on one resource (name or prefix)."""

    user: str
    resource_type: str
    name: str
    pattern: str
    operation: str
    host: str = "*"
    authentication: str = SCRAM

    @property
    def principal(self) -> str:
        """Return the Kafka principal the ACL names: ``User:CN=<name>`` for a TLS user, as Strimzi's."""
        return f"User:CN={self.user}" if self.authentication in TLS else f"User:{self.user}"

    def request(self) -> CreateAclsRequest:
        return CreateAclsRequest(
            RESOURCE_TYPES[self.resource_type],
            self.name,
            PATTERN_TYPES[self.pattern],
            self.principal,
            self.host,
            OPERATIONS[self.operation],
            ALLOW,
        )


def kafka_users(departments: Iterable[str] = DEPARTMENTS) -> list[dict[str, Any]]:
    """Return the KafkaUser resources: Pantau's services, and the department template per department."""
    services = _kafka_users((COMPONENT / "users.yaml").read_text("utf-8"))
    template = (COMPONENT / f"department-{TEMPLATE_DEPARTMENT}.yaml").read_text("utf-8")
    return services + [u for d in departments for u in _kafka_users(template.replace(TEMPLATE_DEPARTMENT, d))]


def _kafka_users(text: str) -> list[dict[str, Any]]:
    return [doc for doc in yaml.safe_load_all(text) if doc and doc.get("kind") == "KafkaUser"]


def authentication(user: dict[str, Any]) -> str:
    """Return the KafkaUser's ``spec.authentication.type`` (scram-sha-512, tls or tls-external)."""
    return str(user["spec"].get("authentication", {}).get("type", ""))


def acls(users: Iterable[dict[str, Any]]) -> Iterator[Acl]:
    """Yield every ACL the users' ``spec.authorization.acls`` declare, one per operation."""
    for user in users:
        for rule in user["spec"].get("authorization", {}).get("acls", []):
            resource = rule["resource"]
            for operation in rule.get("operations") or [rule["operation"]]:
                yield Acl(
                    user["metadata"]["name"],
                    resource["type"],
                    resource.get("name", "kafka-cluster"),
                    resource.get("patternType", "literal"),
                    operation,
                    rule.get("host", "*"),
                    authentication(user),
                )


def departments() -> tuple[str, ...]:
    return tuple(os.environ.get("KAFKA_DEPARTMENTS", " ".join(DEPARTMENTS)).split())


async def apply(bootstrap: str, admin_password: str, wanted: Iterable[Acl]) -> int:
    """Create the ACLs (an existing one is left as it is); return how many were asked for."""
    admin = AIOKafkaAdminClient(
        bootstrap_servers=bootstrap,
        security_protocol="SASL_PLAINTEXT",
        sasl_mechanism="SCRAM-SHA-512",
        sasl_plain_username=ADMIN,
        sasl_plain_password=admin_password,
    )
    await admin.start()
    try:
        count = 0
        for acl in wanted:
            response = await admin._send_request(acl.request())
            for error_code, message in response.creation_responses:
                if error_code:
                    raise RuntimeError(f"ACL {acl} refused: {error_code} {message}")
            count += 1
        return count
    finally:
        await admin.close()


def read_passwords(path: Path) -> dict[str, str]:
    """Read the stack's ``name password`` lines."""
    return dict(line.split(maxsplit=1) for line in path.read_text("utf-8").splitlines() if line.strip())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("users")
    commands.add_parser("tls-users")
    applying = commands.add_parser("apply")
    applying.add_argument("bootstrap")
    applying.add_argument("users_file", type=Path)
    args = parser.parse_args(argv)
    users = kafka_users(departments())
    if args.command in ("users", "tls-users"):
        kinds = (SCRAM,) if args.command == "users" else TLS
        print("\n".join(u["metadata"]["name"] for u in users if authentication(u) in kinds))
        return 0
    count = asyncio.run(apply(args.bootstrap, read_passwords(args.users_file)[ADMIN], acls(users)))
    print(f"{count} ACLs for {len(users)} principals")
    return 0


if __name__ == "__main__":
    sys.exit(main())
