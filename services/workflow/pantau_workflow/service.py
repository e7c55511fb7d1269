"""Message handlers of the workflow: load, decide (pure core), save, queue, in one transaction.

Each handler records the id of the message that caused the change in
``processed_messages`` within the same transaction as the change and the outbox rows it
queues, so a redelivered message changes nothing and nothing is announced twice.
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import partial
from typing import Any

import psycopg
from psycopg_pool import ConnectionPool

from pantau_common import outbox
from pantau_contracts import Envelope, Topics, envelope
from pantau_contracts import sop as c
from pantau_contracts.codec import to_jsonable
from pantau_contracts.definition import SopDefinition
from pantau_contracts.status import ApplicationChecked, CheckRequested

from .domain import transitions as t
from .domain.announce import Summary, department_hears
from .domain.deadlines import check_deadlines
from .domain.model import (
    CommandRejectedError,
    Decision,
    Instance,
    Policy,
    monthly_start_due,
    scheduled_cycle_id,
)
from .repository import PostgresDirectory, PostgresInstances

log = logging.getLogger(__name__)
SOURCE = "/pantau/workflow"
SCHEDULED_NOTE = "Siklus monitoring bulanan, dimulai otomatis sesuai jadwal."
_MONTHLY_LOCK = 0x4D4F4E54  # "MONT"
Conn = psycopg.Connection[Any]


@dataclass(frozen=True)
class Workflow:
    """The workflow's use cases, wired to a PostgreSQL pool and the topic names."""

    pool: ConnectionPool[Any]
    sop: SopDefinition
    topics: Topics
    policy: Policy = field(default_factory=Policy)
    clock: Callable[[], datetime] = lambda: datetime.now(UTC)

    @contextmanager
    def _unit(self, consumer: str, message_id: str) -> Iterator[Conn | None]:
        """Open a transaction; yield None if this message was applied before."""
        with self.pool.connection() as conn, conn.transaction():
            cur = conn.execute(
                "INSERT INTO processed_messages (consumer, message_id) VALUES (%s, %s) ON CONFLICT DO NOTHING",
                (consumer, message_id),
            )
            yield conn if cur.rowcount == 1 else None

    def handle_command(self, env: Envelope) -> bool:
        """Apply one command from the web; record the answer. False if seen before."""
        with self._unit("workflow.commands", env.id) as conn:
            if conn is None:
                return False
            cmd = env.data
            try:
                decision = self._decide(conn, cmd)
            except CommandRejectedError as exc:
                self._answer(conn, env, cmd.instance_id, exc.reason)
                rejected = c.CommandRejected(cmd.instance_id, env.id, env.type, exc.reason, self.clock())
                self._queue(conn, (rejected,))
                log.info("rejected %s for %s: %s", env.type, cmd.instance_id, exc.reason)
                return True
            self._store(conn, decision, created=isinstance(cmd, c.StartCycle))
            self._answer(conn, env, cmd.instance_id, None)
            return True

    def _decide(self, conn: Conn, cmd: Any) -> Decision:
        directory = PostgresDirectory(conn)
        instances = PostgresInstances(conn)
        actor = directory.actor(cmd.actor_id)
        if actor is None:
            raise CommandRejectedError("Pengguna tidak dikenal.")
        now = self.clock()
        if isinstance(cmd, c.StartCycle):
            if not _uuid_or_none(cmd.instance_id):
                raise CommandRejectedError("Nomor siklus tidak sah.")
            if instances.get(cmd.instance_id, lock=False) is not None:
                raise CommandRejectedError("Siklus dengan nomor ini sudah ada.")
            sequence = instances.count_in_month(now) + 1
            return t.start_cycle(cmd, actor, self.sop, now, active_apps=directory.active_apps(), sequence=sequence)
        instance = instances.get(cmd.instance_id) if _uuid_or_none(cmd.instance_id) else None
        if instance is None:
            raise CommandRejectedError("Siklus monitoring tidak ditemukan.")
        return self._apply(instance, cmd, actor, directory, now)

    def _apply(self, instance: Instance, cmd: Any, actor: Any, directory: PostgresDirectory, now: datetime) -> Decision:
        if isinstance(cmd, c.WriteDisposition):
            pelaksana = directory.actor(cmd.pelaksana_id)
            return t.write_disposition(instance, cmd, actor, self.sop, now, self.policy, pelaksana)
        handlers: dict[type, Callable[..., Decision]] = {
            c.ReviseNota: t.revise_nota,
            c.SubmitNota: t.submit_nota,
            c.InitialNota: t.initial_nota,
            c.ReturnNota: t.return_nota,
            c.SignNota: t.sign_nota,
            c.DeliverNota: t.deliver_nota,
        }
        handler = handlers.get(type(cmd))
        if handler is None:
            raise CommandRejectedError(f"Perintah tidak dikenal: {type(cmd).__name__}")
        return handler(instance, cmd, actor, self.sop, now)

    def handle_status(self, env: Envelope) -> bool:
        """Record one check result; fan changes out; move the cycle's round on."""
        event: ApplicationChecked = env.data
        with self._unit("workflow.status", env.id) as conn:
            if conn is None:
                return False
            cycle_id = _uuid_or_none(event.cycle_id or "")
            if cycle_id:  # before the insert: the instance counts results already stored
                self._on_instance(conn, cycle_id, lambda i: t.record_result(i, event.app_id, self.clock()))
            if department_hears(_last_summary(conn, event.app_id), event):
                dept = envelope(event, source=SOURCE, subject=event.app_id, id=f"{env.id}:pd")
                outbox.add(conn, dept, self.topics.department_status(event.pd_id), event.app_id)
            _insert_result(conn, env.id, event)
            return True

    def handle_document(self, env: Envelope) -> bool:
        """Apply a reporter event (draft ready, signed, delivered) to its instance."""
        event = env.data
        now = self.clock()
        handlers: dict[type, Callable[[Instance], Decision]] = {
            c.NotaDrafted: lambda i: t.nota_drafted(i, event),
            c.NotaSigned: lambda i: t.nota_signed(i, event, self.sop, now),
            c.NotaDelivered: lambda i: t.nota_delivered(i, event, now),
            c.DocumentFailed: lambda i: t.document_failed(i, event),
        }
        handler = handlers.get(type(event))
        with self._unit("workflow.documents", env.id) as conn:
            if conn is None or handler is None:
                return False
            self._on_instance(conn, event.instance_id, handler)
            return True

    def tick(self) -> int:
        """Start the monthly cycle, close overdue rounds, raise SLA warnings; return how many changed."""
        changed = self.start_monthly_cycle()
        with self.pool.connection() as conn:
            ids = PostgresInstances(conn).open_ids()
        for instance_id in ids:
            now = self.clock()
            with self.pool.connection() as conn, conn.transaction():
                changed += self._on_instance(conn, instance_id, partial(t.round_deadline_passed, now=now))
                changed += self._on_instance(
                    conn, instance_id, partial(check_deadlines, now=now, warn_at=self.sop.warn_at)
                )
        return changed

    def start_monthly_cycle(self) -> int:
        """Start this month's cycle in the Kabid's name if none was started yet (step 1 by schedule)."""
        now = self.clock()
        with self.pool.connection() as conn, conn.transaction():
            conn.execute("SELECT pg_advisory_xact_lock(%s)", (_MONTHLY_LOCK,))  # one replica decides
            instances, directory = PostgresInstances(conn), PostgresDirectory(conn)
            if not monthly_start_due(now, self.policy, instances.count_in_month(now)):
                return 0
            kabid = directory.first_with_role(self.sop.step(1).role)
            if kabid is None:
                log.warning("monthly cycle not started: no active %s account", self.sop.step(1).role)
                return 0
            cmd = c.StartCycle(scheduled_cycle_id(now), kabid.id, SCHEDULED_NOTE)
            try:
                decision = t.start_cycle(cmd, kabid, self.sop, now, active_apps=directory.active_apps(), sequence=1)
            except CommandRejectedError as exc:
                log.warning("monthly cycle not started: %s", exc.reason)
                return 0
            self._store(conn, decision, created=True)
            log.info("started the monthly cycle %s", decision.instance.cycle_no)
            return 1

    def _on_instance(self, conn: Conn, instance_id: str, decide: Callable[[Instance], Decision]) -> int:
        instance = PostgresInstances(conn).get(instance_id) if _uuid_or_none(instance_id) else None
        if instance is None:
            log.warning("event for unknown instance %s ignored", instance_id)
            return 0
        decision = decide(instance)
        if decision.changed:
            self._store(conn, decision, created=False)
        return int(decision.changed)

    def _store(self, conn: Conn, decision: Decision, *, created: bool) -> None:
        instances = PostgresInstances(conn)
        (instances.add if created else instances.save)(decision.instance)
        self._queue(conn, decision.messages)

    def _queue(self, conn: Conn, messages: tuple[Any, ...]) -> None:
        for message in messages:
            if isinstance(message, CheckRequested):
                env = envelope(message, source=SOURCE, subject=message.app_id)
                outbox.add(conn, env, self.topics.check_requests, message.app_id)
            else:
                env = envelope(message, source=SOURCE, subject=message.instance_id)
                outbox.add(conn, env, self.topics.sop_events, message.instance_id)

    def _answer(self, conn: Conn, env: Envelope, instance_id: str, reason: str | None) -> None:
        conn.execute(
            "INSERT INTO command_results (command_id, instance_id, accepted, reason) VALUES (%s, %s, %s, %s)"
            " ON CONFLICT (command_id) DO NOTHING",
            (env.id, _uuid_or_none(instance_id), reason is None, reason),
        )


def _uuid_or_none(text: str) -> str | None:
    try:
        return str(uuid.UUID(text))
    except ValueError:
        return None


def _last_summary(conn: Conn, app_id: str) -> Summary | None:
    row = conn.execute(
        "SELECT COALESCE(payload->>'confirmed_availability', availability) AS availability, freshness, login"
        " FROM check_results WHERE app_id = %s ORDER BY checked_at DESC LIMIT 1",
        (app_id,),
    ).fetchone()
    return (row["availability"], row["freshness"], row["login"]) if row else None


def _insert_result(conn: Conn, event_id: str, event: ApplicationChecked) -> None:
    conn.execute(
        "INSERT INTO check_results (event_id, app_id, pd_id, cycle_id, checked_at, availability, reason,"
        " http_status, total_ms, login, freshness, payload) VALUES (%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s)"
        " ON CONFLICT (event_id) DO NOTHING",
        (
            event_id,
            event.app_id,
            event.pd_id,
            _uuid_or_none(event.cycle_id or ""),
            event.checked_at,
            event.availability,
            event.reason,
            event.http_status,
            event.timings.total_ms,
            event.login.result,
            event.content.result,
            json.dumps(to_jsonable(event)),
        ),
    )
