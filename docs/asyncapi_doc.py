"""Write docs/asyncapi.yaml, the AsyncAPI 3 description of the departments' event streams.

Run `make asyncapi` after changing a contract; tests/unit/contracts/test_asyncapi.py fails while
the committed document differs from what the contracts say.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import yaml

from pantau_contracts.followup import FollowUpChanged, FollowUpOpened
from pantau_contracts.schema import cloudevent_schema
from pantau_contracts.status import ApplicationChecked

HERE = Path(__file__).resolve().parent
TARGET = HERE / "asyncapi.yaml"


def document() -> dict[str, Any]:
    """Return the AsyncAPI 3.0 document of the per-department status streams."""
    return {
        "asyncapi": "3.0.0",
        "info": {
            "title": "Pantau: aliran status aplikasi per Perangkat Daerah",
            "version": "1.0.0",
            "description": (
                "Each Perangkat Daerah reads its own topic, with its own Kafka principal (mutual TLS: a "
                "client certificate, User:CN=pd-<id>) and its own consumer groups, pd-<id>.<anything>. The topic "
                "carries confirmed changes only: an application going down or coming back, login or "
                "content changes (nothing inside a maintenance window), and the changes of the "
                "department's follow-ups. Messages are CloudEvents 1.0 in JSON, keyed by the application id."
            ),
        },
        "servers": {
            "production": {
                "host": "pantau-kafka-kafka-bootstrap:9093",
                "protocol": "kafka-secure",
                "description": (
                    "Strimzi listener 'tls': TLS with the cluster CA, and a client certificate of the "
                    "department's KafkaUser pd-<id> (authentication tls)."
                ),
            }
        },
        "channels": {
            "departmentStatus": {
                "address": "pantau.pd.{pd}.status.v1",
                "parameters": {"pd": {"description": "The Perangkat Daerah id, e.g. dinkes."}},
                "messages": {
                    name: {"$ref": f"#/components/messages/{name}"}
                    for name in ("applicationChecked", "followUpOpened", "followUpChanged")
                },
            }
        },
        "operations": {
            "receiveDepartmentStatus": {
                "action": "receive",
                "channel": {"$ref": "#/channels/departmentStatus"},
                "summary": "A confirmed change of one of the department's applications, or of its follow-ups.",
            }
        },
        "components": {
            "messages": {
                "applicationChecked": _message(ApplicationChecked),
                "followUpOpened": _message(FollowUpOpened),
                "followUpChanged": _message(FollowUpChanged),
            }
        },
    }


def _message(contract: type) -> dict[str, Any]:
    return {
        "name": contract.TYPE,  # type: ignore[attr-defined]
        "contentType": "application/cloudevents+json",
        "bindings": {"kafka": {"key": {"type": "string", "description": "application id"}}},
        "payload": cloudevent_schema(contract),
    }


def render() -> str:
    """Return the document as the YAML text kept in the repository."""
    return yaml.safe_dump(document(), sort_keys=False, allow_unicode=True, width=100)


if __name__ == "__main__":
    TARGET.write_text(render(), "utf-8")
    sys.stdout.write(f"wrote {TARGET}\n")
