"""PostgreSQL adapters for SOP instances (``PostgresInstances``) and the users and applications
they refer to (``PostgresDirectory``)."""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import datetime
from typing import Any

import psycopg

from pantau_contracts.codec import to_jsonable

from .domain.model import Actor, Disposition, Instance, ReturnNote, StepVisit
from .domain.notices import AppInfo
from .ports import Recipient

Conn = psycopg.Connection[Any]
_SCHEDULE_LOCK = 0x4D4F4E54  # "MONT"


class PostgresInstances:
    """Load and save SOP instances; the caller owns the transaction."""

    def __init__(self, conn: Conn) -> None:
        self.conn = conn

    def get(self, instance_id: str, *, lock: bool = True) -> Instance | None:
        """Return the instance (row-locked for the transaction) or None."""
        row = self.conn.execute(_SELECT_INSTANCE + (" FOR UPDATE" if lock else ""), (instance_id,)).fetchone()
        if row is None:
            return None
        scope = self._scope(str(row["id"]))
        # What the round received counts only while it is open (step 3's transitions read it then).
        round_open = row["phase"] == "memeriksa"
        rows = self.conn.execute(_SELECT_RECEIVED, (instance_id,)) if round_open else ()
        received = frozenset(r["app_id"] for r in rows)
        history = tuple(_visit(r) for r in self.conn.execute(_SELECT_HISTORY, (instance_id,)))
        return _instance(row, scope, received, history)

    def _scope(self, instance_id: str) -> tuple[str, ...]:
        """Return the cycle's scope: fixed when the cycle starts, so read once per process."""
        scope = _SCOPES.get(instance_id)
        if scope is None:
            scope = tuple(r["app_id"] for r in self.conn.execute(_SELECT_SCOPE, (instance_id,)))
            if len(_SCOPES) >= _SCOPES_KEPT:
                _SCOPES.clear()  # a few open cycles' worth: start again rather than track the oldest
            _SCOPES[instance_id] = scope
        return scope

    def add(self, instance: Instance) -> None:
        """Insert a new instance with its scope and history."""
        self.conn.execute(_INSERT_INSTANCE, _new_row(instance))
        with self.conn.cursor() as cur:
            cur.executemany(_INSERT_SCOPE, [(instance.id, app) for app in instance.scope])
        self.save(instance)

    def save(self, instance: Instance) -> None:
        """Write the instance's state and every visit of its history."""
        self.conn.execute(_UPDATE_INSTANCE, _state_row(instance))
        with self.conn.cursor() as cur:
            cur.executemany(
                _UPSERT_VISIT, [(instance.id, seq, *_visit_row(v)) for seq, v in enumerate(instance.history)]
            )

    def open_ids(self) -> list[str]:
        """Return the ids of the instances still running."""
        rows = self.conn.execute("SELECT id FROM sop_instances WHERE status = 'berjalan' ORDER BY created_at")
        return [str(r["id"]) for r in rows]

    def count_in_month(self, at: datetime) -> int:
        """Return how many cycles were started in the month (WIB) of ``at``."""
        row = self.conn.execute(
            "SELECT count(*) AS n FROM sop_instances WHERE date_trunc('month', created_at AT TIME ZONE 'Asia/Jakarta')"
            " = date_trunc('month', %s::timestamptz AT TIME ZONE 'Asia/Jakarta')",
            (at,),
        ).fetchone()
        return int(row["n"]) if row else 0

    def lock_schedule(self) -> None:
        """Hold the schedule lock until the transaction ends, so one replica decides the monthly start."""
        self.conn.execute("SELECT pg_advisory_xact_lock(%s)", (_SCHEDULE_LOCK,))


class PostgresDirectory:
    """Who the users are and which applications are registered."""

    def __init__(self, conn: Conn) -> None:
        self.conn = conn

    def actor(self, user_id: int) -> Actor | None:
        """Return the user ``user_id``, or None."""
        row = self.conn.execute("SELECT id, role, aktif, pd_id FROM users WHERE id = %s", (user_id,)).fetchone()
        return Actor(row["id"], row["role"], row["aktif"], row["pd_id"]) if row else None

    def first_with_role(self, role: str) -> Actor | None:
        """Return the longest-serving active user holding ``role``."""
        row = self.conn.execute(
            "SELECT id, role, aktif FROM users WHERE role = %s AND aktif ORDER BY id LIMIT 1", (role,)
        ).fetchone()
        return Actor(row["id"], row["role"], row["aktif"]) if row else None

    def active_apps(self) -> tuple[str, ...]:
        """Return the applications in use (of departments in use), by department."""
        rows = self.conn.execute(
            "SELECT id FROM applications WHERE aktif"
            " AND pd_id IN (SELECT id FROM perangkat_daerah WHERE aktif) ORDER BY pd_id, id"
        )
        return tuple(r["id"] for r in rows)

    def app(self, app_id: str) -> AppInfo | None:
        """Return the application with its department's name, or None."""
        row = self.conn.execute(
            "SELECT a.id, a.nama, a.pd_id, pd.nama AS pd_nama, a.url FROM applications a"
            " JOIN perangkat_daerah pd ON pd.id = a.pd_id WHERE a.id = %s",
            (app_id,),
        ).fetchone()
        return AppInfo(row["id"], row["nama"], row["pd_id"], row["pd_nama"], row["url"]) if row else None

    def contacts(self, pd_id: str, app_id: str) -> list[Recipient]:
        """Return the active contacts of the department and those of this one application."""
        rows = self.conn.execute(
            "SELECT DISTINCT channel, address, secret_ref FROM contacts WHERE aktif AND pd_id = %s"
            " AND (app_id IS NULL OR app_id = %s) ORDER BY channel, address",
            (pd_id, app_id),
        )
        return [Recipient(r["channel"], r["address"], r["secret_ref"]) for r in rows]

    def mailboxes(self, *, role: str | None = None, user_id: int | None = None) -> list[Recipient]:
        """Return the e-mail addresses of the active officials holding ``role``, or of one user."""
        rows = self.conn.execute(
            "SELECT email FROM users WHERE aktif AND email <> '' AND (role = %s OR id = %s) ORDER BY id",
            (role, user_id),
        )
        return [Recipient("email", r["email"]) for r in rows]


_SELECT_INSTANCE = "SELECT * FROM sop_instances WHERE id = %s"
_SELECT_SCOPE = "SELECT app_id FROM sop_cycle_scope WHERE instance_id = %s ORDER BY app_id"
# The scopes of the cycles read lately (a scope never changes once its cycle started); a few are
# enough, as status events come for the open cycles.
_SCOPES: dict[str, tuple[str, ...]] = {}
_SCOPES_KEPT = 8
# What a round received: the applications of its scope with a stored result, kept by a trigger on
# check_results in the transaction that stores them (migration 131); as many rows as the scope has
# at most, however many results (rechecks, redeliveries) the cycle holds.
_SELECT_RECEIVED = "SELECT app_id FROM sop_round_received WHERE instance_id = %s"
_SELECT_HISTORY = "SELECT * FROM sop_step_history WHERE instance_id = %s ORDER BY seq"
_INSERT_INSTANCE = (
    "INSERT INTO sop_instances (id, cycle_no, step, phase, status, started_by, note, created_at)"
    " VALUES (%s, %s, %s, %s, %s, %s, %s, %s)"
)
_INSERT_SCOPE = "INSERT INTO sop_cycle_scope (instance_id, app_id) VALUES (%s, %s)"
_UPDATE_INSTANCE = (
    "UPDATE sop_instances SET step=%s, phase=%s, status=%s, pelaksana_id=%s, disposition=%s,"
    " nota_version=%s, requested_version=%s, last_return=%s, round_deadline=%s, last_error=%s, revision=%s,"
    " updated_at=now() WHERE id=%s"
)
_UPSERT_VISIT = (
    "INSERT INTO sop_step_history (instance_id, seq, step, role, started_at, completed_at, actor_id,"
    " outcome, note, mutu_baku_s, warned_at, overdue_at) VALUES (%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s)"
    " ON CONFLICT (instance_id, seq) DO UPDATE SET completed_at=EXCLUDED.completed_at,"
    " actor_id=EXCLUDED.actor_id, outcome=EXCLUDED.outcome, note=EXCLUDED.note,"
    " warned_at=EXCLUDED.warned_at, overdue_at=EXCLUDED.overdue_at"
)


def _new_row(i: Instance) -> tuple[Any, ...]:
    return (i.id, i.cycle_no, i.step, i.phase, i.status, i.started_by, i.note, i.created_at)


def _state_row(i: Instance) -> tuple[Any, ...]:
    return (
        *(i.step, i.phase, i.status, i.pelaksana_id, _json(i.disposition), i.nota_version, i.requested_version),
        *(_json(i.last_return), i.round_deadline, i.last_error, i.revision, i.id),
    )


def _visit_row(v: StepVisit) -> tuple[Any, ...]:
    return (
        v.step,
        v.role,
        v.started_at,
        v.completed_at,
        v.actor_id,
        v.outcome,
        v.note,
        v.mutu_baku_s,
        v.warned_at,
        v.overdue_at,
    )


def _visit(r: dict[str, Any]) -> StepVisit:
    return StepVisit(
        step=r["step"],
        role=r["role"],
        started_at=r["started_at"],
        completed_at=r["completed_at"],
        actor_id=r["actor_id"],
        outcome=r["outcome"],
        note=r["note"],
        mutu_baku_s=r["mutu_baku_s"],
        warned_at=r["warned_at"],
        overdue_at=r["overdue_at"],
    )


def _json(value: Any) -> str | None:
    return None if value is None else json.dumps(to_jsonable(asdict(value)))


def _instance(
    row: dict[str, Any], scope: tuple[str, ...], received: frozenset[str], history: tuple[StepVisit, ...]
) -> Instance:
    disposition = row["disposition"]
    last_return = row["last_return"]
    return Instance(
        id=str(row["id"]),
        cycle_no=row["cycle_no"],
        step=row["step"],
        phase=row["phase"],
        status=row["status"],
        started_by=row["started_by"],
        created_at=row["created_at"],
        note=row["note"],
        scope=scope,
        received=received,
        pelaksana_id=row["pelaksana_id"],
        disposition=Disposition(**{**disposition, "at": _dt(disposition["at"])}) if disposition else None,
        nota_version=row["nota_version"],
        requested_version=row["requested_version"],
        last_return=ReturnNote(**{**last_return, "at": _dt(last_return["at"])}) if last_return else None,
        round_deadline=row["round_deadline"],
        last_error=row["last_error"],
        history=history,
        revision=row["revision"],
    )


def _dt(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))
