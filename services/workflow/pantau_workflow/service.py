"""The workflow's use cases: load through the repositories, decide with the pure core, save, queue.

The message handlers run inside the transaction the consumer inbox opens (and which also marks
the message processed), so a redelivered message changes nothing and nothing is announced twice.
The timer's work (``tick``) opens its own transactions.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cached_property, partial
from typing import Any

from pantau_contracts import Envelope, Topics, envelope
from pantau_contracts import sop as c
from pantau_contracts.definition import SopDefinition
from pantau_contracts.sop import StepDeadlineReached
from pantau_contracts.status import ApplicationChecked

from .domain import transitions as t
from .domain.announce import department_hears
from .domain.deadlines import check_deadlines
from .domain.followups import Rechecks
from .domain.model import (
    Actor,
    CommandRejectedError,
    Decision,
    Instance,
    Policy,
    monthly_start_due,
    parse_id,
    scheduled_cycle_id,
)
from .ports import Answer, Repositories, Transaction
from .register import FOLLOWUP_COMMANDS, Register

log = logging.getLogger(__name__)
SOURCE = "/pantau/workflow"
SCHEDULED_NOTE = "Siklus monitoring bulanan, dimulai otomatis sesuai jadwal."

# The transitions an official's command asks for, once the instance is loaded.
_COMMANDS: dict[type, Callable[..., Decision]] = {
    c.ReviseNota: t.revise_nota,
    c.SubmitNota: t.submit_nota,
    c.InitialNota: t.initial_nota,
    c.ReturnNota: t.return_nota,
    c.SignNota: t.sign_nota,
    c.DeliverNota: t.deliver_nota,
}
# What the commands topic and the documents topic carry; anything else on them is refused.
COMMANDS: tuple[type, ...] = (c.StartCycle, c.WriteDisposition, *_COMMANDS, *FOLLOWUP_COMMANDS)
DOCUMENT_ANSWERS: tuple[type, ...] = (c.NotaDrafted, c.NotaSigned, c.NotaDelivered, c.DocumentFailed)


@dataclass(frozen=True)
class Workflow:
    """The workflow's use cases, given the SOP, the topic names and the policy."""

    sop: SopDefinition
    topics: Topics
    policy: Policy = field(default_factory=Policy)
    clock: Callable[[], datetime] = lambda: datetime.now(UTC)
    public_url: str = "http://127.0.0.1:8080"

    @cached_property  # made once: each status event asks for it
    def register(self) -> Register:
        """Return the follow-up register's use cases, on the same SOP, topics and clock."""
        rechecks = Rechecks(self.policy.recheck_every, self.policy.verify_for)
        return Register(self.sop, self.topics, self.public_url, rechecks, self.clock)

    def handle_command(self, repos: Repositories, env: Envelope) -> bool:
        """Apply one command from the web and record the answer; return whether it was accepted."""
        cmd = env.data
        if isinstance(cmd, FOLLOWUP_COMMANDS):
            return self.register.handle_command(repos, env)
        try:
            decision = self._decide(repos, cmd)
        except CommandRejectedError as exc:
            self._refuse(repos, env, exc.reason)
            return False
        self._store(repos, decision, created=isinstance(cmd, c.StartCycle))
        repos.answers.add(Answer(env.id, parse_id(cmd.instance_id), True, None))
        return True

    def _refuse(self, repos: Repositories, env: Envelope, reason: str) -> None:
        cmd = env.data
        repos.answers.add(Answer(env.id, parse_id(cmd.instance_id), False, reason))
        self._queue(repos, (c.CommandRejected(cmd.instance_id, env.id, env.type, reason, self.clock()),))
        log.info("rejected %s for %s: %s", env.type, cmd.instance_id, reason)

    def _decide(self, repos: Repositories, cmd: Any) -> Decision:
        actor = repos.directory.actor(cmd.actor_id)
        if actor is None:
            raise CommandRejectedError("Pengguna tidak dikenal.")
        if isinstance(cmd, c.StartCycle):
            return self._start(repos, cmd, actor)
        instance = _load(repos, cmd.instance_id)
        if instance is None:
            raise CommandRejectedError("Siklus monitoring tidak ditemukan.")
        return self._apply(repos, instance, cmd, actor)

    def _start(self, repos: Repositories, cmd: c.StartCycle, actor: Actor) -> Decision:
        if not parse_id(cmd.instance_id):
            raise CommandRejectedError("Nomor siklus tidak sah.")
        if repos.instances.get(cmd.instance_id, lock=False) is not None:
            raise CommandRejectedError("Siklus dengan nomor ini sudah ada.")
        now = self.clock()
        sequence = repos.instances.count_in_month(now) + 1
        apps = repos.directory.active_apps()
        return t.start_cycle(cmd, actor, self.sop, now, active_apps=apps, sequence=sequence)

    def _apply(self, repos: Repositories, instance: Instance, cmd: Any, actor: Actor) -> Decision:
        now = self.clock()
        if isinstance(cmd, c.WriteDisposition):
            pelaksana = repos.directory.actor(cmd.pelaksana_id)
            return t.write_disposition(instance, cmd, actor, self.sop, now, self.policy, pelaksana)
        transition = _COMMANDS.get(type(cmd))
        if transition is None:
            raise CommandRejectedError(f"Perintah tidak dikenal: {type(cmd).__name__}")
        return transition(instance, cmd, actor, self.sop, now)

    def handle_status(self, repos: Repositories, env: Envelope) -> None:
        """Record one check result; tell the department of a change; move the cycle's round on."""
        self.handle_statuses(repos, [env])

    def handle_statuses(self, repos: Repositories, envs: list[Envelope]) -> None:
        """Record check results in their order; each cycle they belong to is loaded and saved once."""
        now = self.clock()
        # Before the results are recorded: the instance counts the results already stored.
        for cycle_id, app_ids in _apps_by_cycle(envs).items():
            self._on_instance(repos, cycle_id, partial(t.record_results, app_ids=app_ids, now=now))
        for env in envs:
            self._record_status(repos, env)

    def _record_status(self, repos: Repositories, env: Envelope) -> None:
        event: ApplicationChecked = env.data
        if department_hears(repos.results.last_summary(event.app_id), event):
            dept = envelope(event, source=SOURCE, subject=event.app_id, id=f"{env.id}:pd")
            repos.outbox.add(dept, self.topics.department_status(event.pd_id), event.app_id)
        self.register.on_status(repos, env)  # before the result is recorded: it compares with the last one
        repos.results.add(env.id, event)

    def handle_document(self, repos: Repositories, env: Envelope) -> bool:
        """Apply a reporter event (draft ready, signed, delivered, failed); return whether it changed the cycle."""
        event = env.data
        now = self.clock()
        transitions: dict[type, Callable[[Instance], Decision]] = {
            c.NotaDrafted: lambda i: t.nota_drafted(i, event),
            c.NotaSigned: lambda i: t.nota_signed(i, event, self.sop, now),
            c.NotaDelivered: lambda i: t.nota_delivered(i, event, now),
            c.DocumentFailed: lambda i: t.document_failed(i, event),
        }
        transition = transitions.get(type(event))
        if transition is None or not self._on_instance(repos, event.instance_id, transition):
            # Only the answer to the request the instance records (that version, that phase) counts.
            log.warning("%s %s for %s not applied: the cycle awaits no such answer", env.type, env.id, env.subject)
            return False
        if isinstance(event, c.NotaSigned):
            opened = self.register.open_for_nota(repos, event.instance_id, event.nomor, env.id)
            log.info("nota %s signed: %d follow-ups opened", event.nomor or event.instance_id, opened)
        return True

    def tick(self, transaction: Transaction) -> int:
        """Start the monthly cycle, close overdue rounds, raise SLA warnings; return how many changed."""
        changed = self.start_monthly_cycle(transaction)
        with transaction() as repos:
            ids = repos.instances.open_ids()
        for instance_id in ids:
            changed += self._check_timers(transaction, instance_id)
        return changed + self.register.tick(transaction)

    def _check_timers(self, transaction: Transaction, instance_id: str) -> int:
        now = self.clock()
        with transaction() as repos:
            closed = self._on_instance(repos, instance_id, partial(t.round_deadline_passed, now=now))
            warned = self._on_instance(repos, instance_id, partial(check_deadlines, now=now, warn_at=self.sop.warn_at))
        return int(closed) + int(warned)

    def _escalate(self, repos: Repositories, decision: Decision) -> None:
        """Tell the officials of a step nearing or past its mutu baku (the timer's events)."""
        for message in decision.messages:
            if isinstance(message, StepDeadlineReached):
                cause = f"sla:{message.instance_id}:{message.step}:{message.level}:{message.due_at.isoformat()}"
                self.register.on_deadline(repos, decision.instance, message, cause)

    def start_monthly_cycle(self, transaction: Transaction) -> int:
        """Start this month's cycle in the Kabid's name if none was started yet (step 1 by schedule)."""
        now = self.clock()
        with transaction() as repos:
            repos.instances.lock_schedule()  # one replica decides
            if not monthly_start_due(now, self.policy, repos.instances.count_in_month(now)):
                return 0
            decision = self._scheduled_start(repos, now)
            if decision is None:
                return 0
            self._store(repos, decision, created=True)
        log.info("started the monthly cycle %s", decision.instance.cycle_no)
        return 1

    def _scheduled_start(self, repos: Repositories, now: datetime) -> Decision | None:
        role = self.sop.step(1).role
        kabid = repos.directory.first_with_role(role)
        if kabid is None:
            log.warning("monthly cycle not started: no active %s account", role)
            return None
        cmd = c.StartCycle(scheduled_cycle_id(now), kabid.id, SCHEDULED_NOTE)
        try:
            return t.start_cycle(cmd, kabid, self.sop, now, active_apps=repos.directory.active_apps(), sequence=1)
        except CommandRejectedError as exc:
            log.warning("monthly cycle not started: %s", exc.reason)
            return None

    def _on_instance(self, repos: Repositories, instance_id: str, decide: Callable[[Instance], Decision]) -> bool:
        instance = _load(repos, instance_id)
        if instance is None:
            log.warning("event for unknown instance %s ignored", instance_id)
            return False
        decision = decide(instance)
        if decision.changed:
            self._store(repos, decision, created=False)
        return decision.changed

    def _store(self, repos: Repositories, decision: Decision, *, created: bool) -> None:
        (repos.instances.add if created else repos.instances.save)(decision.instance)
        self._queue(repos, decision.messages)
        self._escalate(repos, decision)

    def _queue(self, repos: Repositories, messages: tuple[Any, ...]) -> None:
        register = self.register
        for message in messages:
            register.queue(repos, message)


def _apps_by_cycle(envs: list[Envelope]) -> dict[str, list[str]]:
    """Return the applications whose results arrived for each cycle, in their order."""
    apps: dict[str, list[str]] = {}
    for env in envs:
        cycle_id = parse_id(env.data.cycle_id or "")
        if cycle_id:
            apps.setdefault(cycle_id, []).append(env.data.app_id)
    return apps


def _load(repos: Repositories, instance_id: str) -> Instance | None:
    """Return the instance (locked for the transaction), or None if the id is no instance's."""
    return repos.instances.get(instance_id) if parse_id(instance_id) else None
