"""Each outbox topic has one writer, and it is the principal the Kafka ACLs let write it."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from pantau_contracts import Topics
from pantau_contracts.topics import REPORTER, WEB, WORKFLOW, writer_of

USERS = Path(__file__).resolve().parents[3] / "deploy/k8s/components/kafka-topics/users.yaml"
PRINCIPALS = {WEB: "svc-web", WORKFLOW: "svc-workflow", REPORTER: "svc-reporter-worker"}
TOPICS = Topics()
QUEUED = {
    TOPICS.sop_commands: WEB,
    TOPICS.documents: REPORTER,
    TOPICS.sop_events: WORKFLOW,
    TOPICS.check_requests: WORKFLOW,
    TOPICS.department_status("dinkes"): WORKFLOW,
}


def _writable_by(principal: str, topic: str) -> bool:
    for user in yaml.safe_load_all(USERS.read_text("utf-8")):
        if user and user["metadata"]["name"] == principal:
            for acl in user["spec"]["authorization"]["acls"]:
                resource = acl["resource"]
                matches = (
                    topic == resource["name"]
                    if resource["patternType"] == "literal"
                    else topic.startswith(resource["name"])
                )
                if resource["type"] == "topic" and matches and "Write" in acl["operations"]:
                    return True
    return False


@pytest.mark.parametrize("topic", sorted(QUEUED))
def test_the_writer_of_a_topic_is_the_principal_allowed_to_write_it(topic: str) -> None:
    assert writer_of(topic) == QUEUED[topic]
    assert _writable_by(PRINCIPALS[writer_of(topic)], topic)


def test_a_deployments_prefix_does_not_change_the_writer() -> None:
    prefixed = Topics(prefix="t1a2b3c4.")
    assert writer_of(prefixed.sop_commands) == WEB
    assert writer_of(prefixed.documents) == REPORTER
    assert writer_of(prefixed.department_status("bapenda")) == WORKFLOW


@pytest.mark.parametrize("topic", [TOPICS.app_status, TOPICS.dead_letter, "pantau.unknown.v1"])
def test_a_topic_no_service_queues_in_the_outbox_has_no_writer(topic: str) -> None:
    with pytest.raises(ValueError, match="no service writes"):
        writer_of(topic)
