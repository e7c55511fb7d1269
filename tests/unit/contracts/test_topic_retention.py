"""The topics' retention in the contracts is the one the KafkaTopic manifests give Kafka."""

from __future__ import annotations

from pathlib import Path

import yaml

from pantau_contracts.topics import DEPARTMENT_RETENTION_DAYS, RETENTION_DAYS, redelivery_days

TOPICS = Path(__file__).resolve().parents[3] / "deploy" / "k8s" / "components" / "kafka-topics"
DAY_MS = 86_400_000


def _manifest_days() -> dict[str, int]:
    found = {}
    for path in TOPICS.glob("*.yaml"):
        for doc in yaml.safe_load_all(path.read_text("utf-8")):
            if isinstance(doc, dict) and doc.get("kind") == "KafkaTopic":
                found[doc["spec"]["topicName"]] = int(doc["spec"]["config"]["retention.ms"]) // DAY_MS
    return found


def test_every_fixed_topic_is_kept_as_long_as_the_contracts_say() -> None:
    manifests = _manifest_days()
    assert {topic: manifests.get(topic) for topic in RETENTION_DAYS} == RETENTION_DAYS


def test_department_topics_are_kept_as_long_as_the_contracts_say() -> None:
    departments = {t: d for t, d in _manifest_days().items() if t.startswith("pantau.pd.")}
    assert departments and set(departments.values()) == {DEPARTMENT_RETENTION_DAYS}


def test_the_redelivery_window_is_the_longest_of_the_topics_read_through_an_inbox() -> None:
    assert redelivery_days() == 30  # the dead-letter topic's 90 days is read by operators only
