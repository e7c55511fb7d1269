"""Confidential (*rahasia*) dispositions: only the people on their route may read the cycle.

The route is the official who ordered the monitoring, the one who wrote the disposition, its
recipient, and the officials above the recipient who act on the cycle's later steps (initials,
signature, delivery), by the roles of the city's SOP. Anyone else (another Pelaksana, the admin,
a department) is answered 404, which confirms nothing about the cycle.
"""

from __future__ import annotations

from typing import Any

from flask import abort

from pantau_contracts.definition import SopDefinition

RECIPIENT_STEP = 3  # the step the disposition hands to its recipient


def is_confidential(instance: dict[str, Any]) -> bool:
    """Say whether the cycle's disposition is marked rahasia."""
    return (instance.get("disposition") or {}).get("sifat") == "rahasia"


def on_route(instance: dict[str, Any], user: dict[str, Any], sop: SopDefinition) -> bool:
    """Say whether the user is one of the people the cycle's disposition went through."""
    disposition = instance.get("disposition") or {}
    people = {instance["started_by"], instance["pelaksana_id"], disposition.get("by"), disposition.get("pelaksana_id")}
    superiors = {step.role for step in sop.steps} - {sop.step(RECIPIENT_STEP).role}
    return user["id"] in people or user["role"] in superiors


def may_read(instance: dict[str, Any], user: dict[str, Any], sop: SopDefinition) -> bool:
    """Say whether the user may read the cycle (always, unless its disposition is rahasia)."""
    return not is_confidential(instance) or on_route(instance, user, sop)


def guard(instance: dict[str, Any], user: dict[str, Any], sop: SopDefinition) -> None:
    """Answer 404 unless the user may read the cycle."""
    if not may_read(instance, user, sop):
        abort(404)


def redacted(rows: list[dict[str, Any]], user: dict[str, Any], sop: SopDefinition) -> list[dict[str, Any]]:
    """Return the cycles with the disposition of each the user may not read reduced to its marking."""
    return [row if may_read(row, user, sop) else {**row, "disposition": {"sifat": "rahasia"}} for row in rows]
