"""PostgreSQL adapters for what a handler records besides the instances, and the transaction
that binds every repository to one connection."""

from __future__ import annotations

import json
import logging
import math
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

import orjson
import psycopg
from psycopg_pool import ConnectionPool

from pantau_common import outbox
from pantau_contracts import Envelope, MalformedMessageError
from pantau_contracts.codec import from_jsonable, to_jsonable
from pantau_contracts.status import ApplicationChecked

from .domain.announce import Summary
from .domain.model import parse_id
from .ports import Answer, Repositories
from .postgres_followups import PostgresFalsePositives, PostgresFollowUps, PostgresNotifications
from .repository import PostgresDirectory, PostgresInstances

log = logging.getLogger(__name__)
Conn = psycopg.Connection[Any]
_RESULT_COLUMNS = (
    "event_id, app_id, pd_id, cycle_id, checked_at, availability, reason, http_status, total_ms, login, freshness,"
    " payload"
)
# Results given as one JSON array of rows (``results_json``); an event id already stored is skipped.
INSERT_RESULTS = (
    f"INSERT INTO check_results ({_RESULT_COLUMNS}) SELECT {_RESULT_COLUMNS}"
    " FROM jsonb_populate_recordset(NULL::check_results, %s::jsonb) ON CONFLICT (event_id) DO NOTHING"
)


class PostgresCheckResults:
    """The ``check_results`` table."""

    def __init__(self, conn: Conn) -> None:
        self.conn = conn

    def add(self, event_id: str, event: ApplicationChecked) -> None:
        """Record a check result once per event id."""
        self.conn.execute(INSERT_RESULTS, (results_json([(event_id, event)]),))

    def last_summary(self, app_id: str) -> Summary | None:
        """Return the summary of the application's latest result, or None."""
        row = self.conn.execute(
            "SELECT COALESCE(payload->>'confirmed_availability', availability) AS availability, freshness, login"
            " FROM check_results WHERE app_id = %s ORDER BY checked_at DESC LIMIT 1",
            (app_id,),
        ).fetchone()
        return (row["availability"], row["freshness"], row["login"]) if row else None

    def last(self, app_id: str) -> ApplicationChecked | None:
        """Return the application's latest result, or None."""
        row = self.conn.execute(
            "SELECT payload FROM check_results WHERE app_id = %s ORDER BY checked_at DESC LIMIT 1", (app_id,)
        ).fetchone()
        return decoded_result(row["payload"]) if row else None

    def of_cycle(self, instance_id: str) -> list[ApplicationChecked]:
        """Return the latest result of each application in the cycle's scope, as its nota shows it."""
        rows = self.conn.execute(
            "SELECT DISTINCT ON (r.app_id) r.payload FROM check_results r JOIN sop_cycle_scope s"
            " ON s.instance_id = r.cycle_id AND s.app_id = r.app_id WHERE r.cycle_id = %s"
            " ORDER BY r.app_id, r.checked_at DESC",
            (instance_id,),
        )
        decoded = (decoded_result(r["payload"]) for r in rows)
        return [e for e in decoded if e is not None]


def decoded_result(payload: Any) -> ApplicationChecked | None:
    """Return a stored result; one that no longer decodes is logged and skipped, never fatal."""
    try:
        return from_jsonable(ApplicationChecked, payload)
    except MalformedMessageError as exc:
        log.warning("stored check result does not decode: %s", exc.reason)
        return None


def results_json(results: Iterable[tuple[str, ApplicationChecked]]) -> str:
    """Return results as the JSON array of rows INSERT_RESULTS reads."""
    rows = [_result_row(event_id, event) for event_id, event in results]
    # orjson writes the events as to_jsonable would have them, in one pass: times in UTC as the codec
    # does (a batch with another offset has its times written by to_jsonable, which turns them to
    # UTC); but a NaN as null, where PostgreSQL refuses what json writes: such a batch goes the long way.
    if all(_finite(row["payload"]) for row in rows):
        utc = all(_in_utc(row["payload"]) for row in rows)
        try:
            option = orjson.OPT_UTC_Z if utc else orjson.OPT_PASSTHROUGH_DATETIME
            return orjson.dumps(rows, default=to_jsonable, option=option).decode()
        except orjson.JSONEncodeError:  # an integer beyond 64 bits, say: json writes it
            pass
    return json.dumps([{**row, "payload": to_jsonable(row["payload"])} for row in rows], default=to_jsonable)


def _result_row(event_id: str, event: ApplicationChecked) -> dict[str, Any]:
    return {
        "event_id": event_id,
        "app_id": event.app_id,
        "pd_id": event.pd_id,
        "cycle_id": parse_id(event.cycle_id or ""),
        "checked_at": event.checked_at,
        "availability": event.availability,
        "reason": event.reason,
        "http_status": event.http_status,
        "total_ms": event.timings.total_ms,
        "login": event.login.result,
        "freshness": event.content.result,
        "payload": event,
    }


def _finite(event: ApplicationChecked) -> bool:
    """Return whether the event's measurements (its only floats) are finite numbers."""
    return all(v is None or math.isfinite(v) for v in vars(event.timings).values())


def _in_utc(event: ApplicationChecked) -> bool:
    """Return whether the event's times (these three are all it carries) are in UTC."""
    tls = event.tls
    return (
        event.checked_at.tzinfo is UTC
        and _utc_or_none(event.content.last_changed)
        and (tls is None or _utc_or_none(tls.not_after))
    )


def _utc_or_none(time: datetime | None) -> bool:
    return time is None or time.tzinfo is UTC


class PostgresAnswers:
    """The ``command_results`` table, which the web reads."""

    def __init__(self, conn: Conn) -> None:
        self.conn = conn

    def add(self, answer: Answer) -> None:
        """Record the answer to a command, unless it has one."""
        self.conn.execute(
            "INSERT INTO command_results (command_id, instance_id, accepted, reason) VALUES (%s, %s, %s, %s)"
            " ON CONFLICT (command_id) DO NOTHING",
            (answer.command_id, answer.instance_id, answer.accepted, answer.reason),
        )

    def get(self, command_id: str) -> Answer | None:
        """Return the answer to a command, or None."""
        row = self.conn.execute(
            "SELECT command_id, instance_id, accepted, reason FROM command_results WHERE command_id = %s",
            (command_id,),
        ).fetchone()
        if row is None:
            return None
        instance_id = str(row["instance_id"]) if row["instance_id"] else None
        return Answer(row["command_id"], instance_id, row["accepted"], row["reason"])


class PostgresOutbox:
    """The transactional outbox of ``pantau_common``; its relay publishes after the commit."""

    def __init__(self, conn: Conn) -> None:
        self.conn = conn

    def add(self, env: Envelope, topic: str, key: str) -> bool:
        """Queue a message; False if its id was queued already."""
        return outbox.add(self.conn, env, topic, key)


def postgres_repositories(conn: Conn) -> Repositories:
    """Return the repositories working in the transaction of ``conn``."""
    return Repositories(
        instances=PostgresInstances(conn),
        directory=PostgresDirectory(conn),
        results=PostgresCheckResults(conn),
        answers=PostgresAnswers(conn),
        outbox=PostgresOutbox(conn),
        followups=PostgresFollowUps(conn),
        false_positives=PostgresFalsePositives(conn),
        notifications=PostgresNotifications(conn),
    )


class PostgresTransaction:
    """Open one transaction on a pooled connection per call (a ``Transaction``)."""

    def __init__(self, pool: ConnectionPool[Any]) -> None:
        self.pool = pool

    @contextmanager
    def __call__(self) -> Iterator[Repositories]:
        with self.pool.connection() as conn, conn.transaction():
            yield postgres_repositories(conn)
