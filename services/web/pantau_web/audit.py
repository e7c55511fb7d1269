"""The audit log's one way in: ``record``, called in the transaction of the change it records.

Registry changes need no call: the audit page reads ``registry_history``, which the registry's
store writes for the web and the import alike; refused commands are read from ``command_results``.
"""

from __future__ import annotations

from typing import Any

from flask import has_request_context, request

from pantau_contracts.vocabulary import AUDIT_KIND_LABELS

from . import audit_queries
from .queries import Conn


def record(db: Conn, actor_id: int | None, kind: str, target: str = "", detail: str = "", **data: Any) -> None:
    """Append an audit row in the caller's transaction; ``detail`` is one Indonesian sentence."""
    if kind not in AUDIT_KIND_LABELS:
        raise ValueError(f"unknown audit kind {kind!r}")
    actor_name = str(data.pop("actor_name", ""))
    remote = (request.remote_addr or "") if has_request_context() else ""
    row = {"kind": kind, "actor_id": actor_id, "actor_name": actor_name, "target": target, "detail": detail}
    audit_queries.insert(db, {**row, "data": data, "remote": remote})
