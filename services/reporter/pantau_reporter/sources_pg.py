"""PostgreSQL adapter of ``Sources``: the cycle, the registry with its check results, the officials,
the step history and the follow-up register, as the workflow and the web wrote them. Read-only."""

from __future__ import annotations

import logging
from collections.abc import Collection
from datetime import datetime
from typing import Any, cast

import psycopg

from pantau_contracts import MalformedMessageError
from pantau_contracts.codec import from_jsonable
from pantau_contracts.definition import ROLE_LABELS
from pantau_contracts.status import ApplicationChecked, Availability, ContentFreshness, LoginResult, Timings

from .core.advice import SetAside
from .core.awaiting import CycleState, Visit
from .core.dashboard import StepVisit
from .core.followups import FollowUpRecord
from .core.records import CycleInfo, MonitoredApp, Official
from .repository import MissingDataError

log = logging.getLogger(__name__)
Conn = psycopg.Connection[Any]

_APPS = """
SELECT a.id, a.nama, a.url, a.pd_id, pd.nama AS pd_nama, r.availability, r.reason, r.http_status,
       r.login, r.freshness, r.checked_at, r.payload
FROM applications a
JOIN perangkat_daerah pd ON pd.id = a.pd_id
LEFT JOIN LATERAL (
    SELECT * FROM check_results c WHERE c.app_id = a.id AND {result_filter}
    ORDER BY c.checked_at DESC LIMIT 1) r ON true
WHERE {app_filter}
ORDER BY pd.nama, a.nama
"""
_SCOPED_SQL = _APPS.format(
    result_filter="c.cycle_id = %(i)s",
    app_filter="a.id IN (SELECT app_id FROM sop_cycle_scope WHERE instance_id = %(i)s)"
    " OR (NOT EXISTS (SELECT 1 FROM sop_cycle_scope WHERE instance_id = %(i)s) AND a.aktif)",
)
_LATEST_SQL = _APPS.format(
    result_filter="true", app_filter="a.aktif AND (%(pd)s::text IS NULL OR a.pd_id = %(pd)s::text)"
)
_VISITS_SQL = (
    "SELECT i.cycle_no, h.step, h.started_at, h.completed_at, h.mutu_baku_s, h.outcome"
    " FROM sop_step_history h JOIN sop_instances i ON i.id = h.instance_id"
    " WHERE h.instance_id IN (SELECT id FROM sop_instances ORDER BY created_at DESC LIMIT %s)"
    " ORDER BY i.created_at, h.seq"
)

_FOLLOW_UPS = """
SELECT f.id::text, f.instance_id::text, i.cycle_no, f.nota_nomor, f.app_id, a.nama AS app_nama, f.pd_id,
       pd.nama AS pd_nama, f.code, f.category, f.severity, f.state, f.opened_at, f.due_at, f.terlambat,
       f.dibuka_kembali, f.closed_at
FROM follow_ups f
JOIN sop_instances i ON i.id = f.instance_id
JOIN applications a ON a.id = f.app_id
JOIN perangkat_daerah pd ON pd.id = f.pd_id
WHERE {where}
ORDER BY f.opened_at, pd.nama, a.nama, f.code
"""
_PREVIOUS_SQL = _FOLLOW_UPS.format(
    where="f.instance_id = (SELECT p.id FROM sop_instances p JOIN sop_instances c ON c.id = %(i)s::uuid"
    " WHERE p.id <> c.id AND p.created_at < c.created_at"
    " AND EXISTS (SELECT 1 FROM follow_ups x WHERE x.instance_id = p.id)"
    " ORDER BY p.created_at DESC LIMIT 1)"
)
_REGISTER_SQL = _FOLLOW_UPS.format(where="%(pd)s::text IS NULL OR f.pd_id = %(pd)s::text")


class PostgresSources:
    """Read the documents' inputs on the caller's connection (and so in its transaction)."""

    def __init__(self, conn: Conn) -> None:
        self._conn = conn

    def cycle(self, instance_id: str) -> CycleInfo:
        """Return the cycle; MissingDataError if there is none."""
        row = self._conn.execute("SELECT * FROM sop_instances WHERE id = %s", (instance_id,)).fetchone()
        if row is None:
            raise MissingDataError(f"SOP instance {instance_id} does not exist")
        return CycleInfo(str(row["id"]), row["cycle_no"], row["note"], row["created_at"], row["started_by"])

    def cycle_state(self, instance_id: str) -> CycleState | None:
        """Return the cycle as the workflow stored it, or None."""
        row = self._conn.execute(
            "SELECT id, step, phase, status, nota_version FROM sop_instances WHERE id = %s", (instance_id,)
        ).fetchone()
        if row is None:
            return None
        visits = self._conn.execute(
            "SELECT step, actor_id, completed_at IS NOT NULL AS completed, outcome FROM sop_step_history"
            " WHERE instance_id = %s ORDER BY seq",
            (instance_id,),
        )
        return CycleState(
            str(row["id"]),
            row["step"],
            row["phase"],
            row["status"],
            row["nota_version"],
            tuple(Visit(**v) for v in visits),
        )

    def scoped_apps(self, instance_id: str) -> tuple[MonitoredApp, ...]:
        """Return the cycle's applications with their latest result in it."""
        return tuple(_app(row) for row in self._conn.execute(_SCOPED_SQL, {"i": instance_id}))

    def latest_apps(self, pd_id: str | None = None) -> tuple[MonitoredApp, ...]:
        """Return every aktif application with its latest result of any cycle."""
        return tuple(_app(row) for row in self._conn.execute(_LATEST_SQL, {"pd": pd_id}))

    def recent_cycles(
        self, *, limit: int = 12, since: datetime | None = None, until: datetime | None = None
    ) -> list[CycleInfo]:
        """Return the cycles started in [since, until), newest first."""
        rows = self._conn.execute(
            "SELECT id FROM sop_instances WHERE (%s::timestamptz IS NULL OR created_at >= %s::timestamptz)"
            " AND (%s::timestamptz IS NULL OR created_at < %s::timestamptz) ORDER BY created_at DESC LIMIT %s",
            (since, since, until, until, limit),
        ).fetchall()
        return [self.cycle(str(r["id"])) for r in rows]

    def step_visits(self, *, limit: int = 12) -> list[StepVisit]:
        """Return the step visits of the most recent cycles, oldest cycle first."""
        return [StepVisit(**row) for row in self._conn.execute(_VISITS_SQL, (limit,))]

    def official_by_role(self, role: str) -> Official:
        """Return the first active official of ``role``."""
        row = self._conn.execute(
            "SELECT * FROM users WHERE role = %s AND aktif ORDER BY id LIMIT 1", (role,)
        ).fetchone()
        if row is None:
            raise MissingDataError(f"no active user with role {role}")
        return _official(row)

    def false_positives(self, app_ids: Collection[str]) -> frozenset[SetAside]:
        """Return the (app_id, code, evidence fingerprint) the Pelaksana set aside, of these applications."""
        rows = self._conn.execute(
            "SELECT app_id, code, evidence_sha256 FROM false_positives WHERE app_id = ANY(%s)", (list(app_ids),)
        )
        return frozenset((r["app_id"], r["code"], r["evidence_sha256"].strip()) for r in rows)

    def previous_follow_ups(self, instance_id: str) -> tuple[FollowUpRecord, ...]:
        """Return the follow-ups of the latest other cycle started before this one that opened any."""
        return tuple(FollowUpRecord(**row) for row in self._conn.execute(_PREVIOUS_SQL, {"i": instance_id}))

    def follow_ups(self, pd_id: str | None = None) -> tuple[FollowUpRecord, ...]:
        """Return the follow-up register (of one Perangkat Daerah), oldest first."""
        return tuple(FollowUpRecord(**row) for row in self._conn.execute(_REGISTER_SQL, {"pd": pd_id}))

    def official_by_id(self, user_id: int) -> Official:
        """Return the official with id ``user_id``."""
        row = self._conn.execute("SELECT * FROM users WHERE id = %s", (user_id,)).fetchone()
        if row is None:
            raise MissingDataError(f"user {user_id} does not exist")
        return _official(row)


def _official(row: dict[str, Any]) -> Official:
    jabatan = row["jabatan"] or ROLE_LABELS.get(row["role"], row["role"])
    return Official(row["role"], row["nama"], jabatan, row["nip"], row["pangkat"])


def _app(row: dict[str, Any]) -> MonitoredApp:
    return MonitoredApp(row["id"], row["nama"], row["url"], row["pd_id"], row["pd_nama"], _result(row))


def _result(row: dict[str, Any]) -> ApplicationChecked | None:
    """Decode the stored ApplicationChecked (``check_results.payload``) with the contracts' codec."""
    if row["checked_at"] is None:
        return None
    try:
        return from_jsonable(ApplicationChecked, row["payload"])
    except MalformedMessageError as exc:  # one odd row must not stop a nota: fall back to its columns
        log.warning("check result of %s does not decode (%s); using its columns", row["id"], exc.reason)
        return _from_columns(row)


def _from_columns(row: dict[str, Any]) -> ApplicationChecked:
    return ApplicationChecked(
        app_id=row["id"],
        pd_id=row["pd_id"],
        url=row["url"],
        checked_at=row["checked_at"],
        availability=cast(Availability, row["availability"]),
        timings=Timings(0.0),
        reason=row["reason"],
        http_status=row["http_status"],
        login=LoginResult(row["login"] or "tidak_dikonfigurasi"),
        content=ContentFreshness(row["freshness"] or "tidak_diketahui"),
    )
