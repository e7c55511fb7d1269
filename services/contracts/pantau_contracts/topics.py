"""Versioned topic names. A prefix namespaces a whole deployment (tests use one each)."""

from __future__ import annotations

import re
from dataclasses import dataclass

_PD_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,62}$")


@dataclass(frozen=True)
class Topics:
    prefix: str = ""

    @property
    def app_status(self) -> str:
        return f"{self.prefix}pantau.app.status.v1"

    @property
    def check_requests(self) -> str:
        return f"{self.prefix}pantau.check.requests.v1"

    @property
    def sop_commands(self) -> str:
        return f"{self.prefix}pantau.sop.commands.v1"

    @property
    def sop_events(self) -> str:
        return f"{self.prefix}pantau.sop.events.v1"

    @property
    def documents(self) -> str:
        return f"{self.prefix}pantau.documents.v1"

    @property
    def dead_letter(self) -> str:
        return f"{self.prefix}pantau.deadletter.v1"

    def department_status(self, pd_id: str) -> str:
        """Return the status stream a Perangkat Daerah subscribes to."""
        if not _PD_ID.match(pd_id):
            raise ValueError(f"invalid Perangkat Daerah id {pd_id!r}")
        return f"{self.prefix}pantau.pd.{pd_id}.status.v1"

    def all_fixed(self) -> tuple[str, ...]:
        return (
            self.app_status,
            self.check_requests,
            self.sop_commands,
            self.sop_events,
            self.documents,
            self.dead_letter,
        )


# The one service allowed to write each topic through the outbox (the Kafka ACLs say the same):
# each service relays only its own rows, with its own Kafka principal.
WEB = "web"
WORKFLOW = "workflow"
REPORTER = "reporter"
_WRITERS = {
    Topics().sop_commands: WEB,
    Topics().documents: REPORTER,
    Topics().sop_events: WORKFLOW,
    Topics().check_requests: WORKFLOW,
}
_DEPARTMENT_STATUS = re.compile(r"pantau\.pd\.[a-z0-9][a-z0-9-]{0,62}\.status\.v1$")


def writer_of(topic: str) -> str:
    """Return the service that writes ``topic`` (whatever the deployment's prefix)."""
    for name, writer in _WRITERS.items():
        if topic.endswith(name):
            return writer
    if _DEPARTMENT_STATUS.search(topic):
        return WORKFLOW
    raise ValueError(f"no service writes {topic!r} through the outbox")


# How long Kafka keeps each topic's records, in days: the ``retention.ms`` of the KafkaTopic
# resources in deploy/k8s/components/kafka-topics, which a unit test holds to these. While Kafka
# may still redeliver a record, the outbox row it came from and the inbox's mark of it are kept
# (pantau_common.retention_pg.prune_messages).
RETENTION_DAYS: dict[str, int] = {
    Topics().check_requests: 7,
    Topics().app_status: 30,
    Topics().sop_commands: 30,
    Topics().sop_events: 30,
    Topics().documents: 30,
    Topics().dead_letter: 90,  # read by operators, never through an inbox
}
DEPARTMENT_RETENTION_DAYS = 30  # pantau.pd.<pd>.status.v1


def redelivery_days() -> int:
    """Return the longest time Kafka keeps a record that an inbox consumes or an outbox relay wrote."""
    consumed = [days for topic, days in RETENTION_DAYS.items() if topic != Topics().dead_letter]
    return max(*consumed, DEPARTMENT_RETENTION_DAYS)
