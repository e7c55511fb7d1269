"""The follow-up register's use cases: load through the repositories, decide with the pure core
(``domain.followups``), save with the history line, announce, re-check and notify.

Like the cycle's handlers, these run inside the transaction of the message that caused them, so
a redelivered message opens, closes and notifies nothing twice. The notification dedup keys are
made of the cause's message id and the recipient, for the same reason.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime

from pantau_contracts import Envelope, Topics, envelope
from pantau_contracts.definition import SopDefinition
from pantau_contracts.followup import (
    AnswerFollowUp,
    CheckNow,
    CloseFollowUp,
    FollowUpChanged,
    FollowUpOpened,
    MarkFalsePositive,
    RequestRecheck,
)
from pantau_contracts.problems import Problem, evidence_fingerprint, problems_of
from pantau_contracts.sop import StepDeadlineReached
from pantau_contracts.status import ApplicationChecked, CheckRequested

from .domain import followups as f
from .domain import notices
from .domain.model import Actor, CommandRejectedError, Instance, parse_id
from .domain.review import ReviewDecision, mark_false_positive, request_recheck
from .ports import Answer, FalsePositive, Recipient, Repositories, Transaction

log = logging.getLogger(__name__)
SOURCE = "/pantau/workflow"
FOLLOWUP_COMMANDS = (AnswerFollowUp, CloseFollowUp, MarkFalsePositive, RequestRecheck, CheckNow)
# Who may have an application checked at once ("periksa sekarang"): the officials, and the
# operator of the department that owns it.
CHECK_NOW_ROLES = frozenset({"admin", "kadis", "kabid", "kasie", "pelaksana"})


@dataclass(frozen=True)
class Register:
    """The follow-up register, given the SOP (its policy), the topics and the web's address."""

    sop: SopDefinition
    topics: Topics
    public_url: str
    rechecks: f.Rechecks
    clock: Callable[[], datetime]

    # --- commands ---------------------------------------------------------------------

    def handle_command(self, repos: Repositories, env: Envelope) -> bool:
        """Apply a follow-up or review command and record the answer the web waits for."""
        cmd = env.data
        try:
            instance_id = self._apply(repos, env)
        except (f.FollowUpRefusedError, CommandRejectedError) as exc:
            repos.answers.add(Answer(env.id, _instance_of(cmd), False, exc.reason))
            log.info("refused %s: %s", env.type, exc.reason)
            return False
        repos.answers.add(Answer(env.id, instance_id, True, None))
        return True

    def _apply(self, repos: Repositories, env: Envelope) -> str | None:
        cmd = env.data
        actor = repos.directory.actor(cmd.actor_id)
        if actor is None:
            raise f.FollowUpRefusedError("Pengguna tidak dikenal.")
        if isinstance(cmd, MarkFalsePositive | RequestRecheck):
            return self._review(repos, env, actor)
        if isinstance(cmd, CheckNow):
            self._check_now(repos, env, actor)
            return None
        follow_up = repos.followups.get(cmd.followup_id) if parse_id(cmd.followup_id) else None
        if follow_up is None:
            raise f.FollowUpRefusedError("Tindak lanjut tidak ditemukan.")
        now = self.clock()
        if isinstance(cmd, AnswerFollowUp):
            policy = self.sop.followup
            step = f.answer(follow_up, actor, cmd.catatan, cmd.attachment_id, policy, self.rechecks, now)
        else:
            step = f.close_by_hand(follow_up, actor, cmd.alasan, self.sop, now)
        self._store(repos, step, env.id, announce_to=repos.directory.app(follow_up.app_id))
        if step.recheck:
            self._recheck(repos, follow_up.app_id, now, f"{env.id}:periksa-ulang")
        return None

    def _check_now(self, repos: Repositories, env: Envelope, actor: Actor) -> None:
        cmd: CheckNow = env.data
        app = repos.directory.app(cmd.app_id)
        if app is None or cmd.app_id not in repos.directory.active_apps():
            raise f.FollowUpRefusedError("Aplikasi tidak terdaftar atau tidak aktif.")
        allowed = actor.role in CHECK_NOW_ROLES or (actor.role == "operator_pd" and actor.pd_id == app.pd_id)
        if not actor.aktif or not allowed:
            raise f.FollowUpRefusedError("Anda tidak berwenang meminta pemeriksaan aplikasi ini.")
        self._recheck(repos, cmd.app_id, self.clock(), f"{env.id}:periksa-sekarang")

    def _review(self, repos: Repositories, env: Envelope, actor: Actor) -> str:
        cmd = env.data
        instance = repos.instances.get(cmd.instance_id) if parse_id(cmd.instance_id) else None
        if instance is None:
            raise CommandRejectedError("Siklus monitoring tidak ditemukan.")
        now = self.clock()
        if isinstance(cmd, RequestRecheck):
            decision = request_recheck(instance, cmd, actor, self.sop, now)
        else:
            problem = _problem_in_cycle(repos, instance, cmd.app_id, cmd.code)
            decision = mark_false_positive(instance, cmd, actor, self.sop, now, problem)
            assert problem is not None  # mark_false_positive refuses a problem not in the results
            repos.false_positives.add(_false_positive(cmd, problem, env.id, now))
        self._apply_review(repos, decision)
        return instance.id

    def _apply_review(self, repos: Repositories, decision: ReviewDecision) -> None:
        if decision.instance is not None:
            repos.instances.save(decision.instance)
        for message in decision.messages:
            self.queue(repos, message)

    # --- the nota signed: open the follow-ups -----------------------------------------

    def open_for_nota(self, repos: Repositories, instance_id: str, nota_nomor: str, cause_id: str) -> int:
        """Open one follow-up per problem of the signed nota (false positives left out); return how many."""
        now = self.clock()
        opened: dict[str, list[tuple[f.FollowUp, notices.AppInfo]]] = defaultdict(list)
        for result in repos.results.of_cycle(instance_id):
            app = repos.directory.app(result.app_id)
            if app is None:
                continue
            for step in self._nota_steps(repos, instance_id, nota_nomor, result, now):
                self._store(repos, step, cause_id, announce_to=app)
                if step.change is not None and step.change.change == "dibuka":
                    opened[app.pd_id].append((step.follow_up, app))
        for items in opened.values():
            self._tell_department(repos, items, nota_nomor, cause_id)
        return sum(len(items) for items in opened.values())

    def _nota_steps(
        self, repos: Repositories, instance_id: str, nomor: str, result: ApplicationChecked, now: datetime
    ) -> Iterable[f.Step]:
        set_aside = repos.false_positives.fingerprints(result.app_id)
        for problem in problems_of(result):
            if (problem.code, evidence_fingerprint(problem)) in set_aside:
                continue
            latest = repos.followups.latest(result.app_id, problem.code)
            policy = self.sop.followup
            step = f.for_nota(instance_id, nomor, result.app_id, result.pd_id, problem, latest, policy, now)
            if step is not None:
                yield step

    def _tell_department(
        self, repos: Repositories, items: list[tuple[f.FollowUp, notices.AppInfo]], nomor: str, cause_id: str
    ) -> None:
        """Send each contact of the department the new follow-ups that concern it, in one message."""
        pd_nama, pd_id = items[0][1].pd_nama, items[0][1].pd_id
        per_recipient: dict[Recipient, list[tuple[f.FollowUp, notices.AppInfo]]] = defaultdict(list)
        for fu, app in items:
            for recipient in repos.directory.contacts(pd_id, app.id):
                per_recipient[recipient].append((fu, app))
        for recipient, mine in per_recipient.items():
            notice = notices.new_follow_ups(pd_nama, mine, nomor, self._link("/tindak-lanjut"))
            self._notify(repos, f"{cause_id}:{pd_id}", [recipient], notice)

    # --- a check result ---------------------------------------------------------------

    def on_status(self, repos: Repositories, env: Envelope) -> None:
        """Fold a check result into the application's follow-ups; tell its department what changed.

        Runs before the result is recorded, so that the application's last result is the one before.
        """
        result: ApplicationChecked = env.data
        now = self.clock()
        recheck = False
        app = repos.directory.app(result.app_id)
        for follow_up in repos.followups.of_app(result.app_id, now - self.sop.followup.reopen_window):
            step = f.observe(follow_up, result, env.id, self.sop.followup, now)
            if step.changed:
                self._store(repos, step, env.id, announce_to=app)
            recheck = recheck or step.recheck
        if recheck:
            self._recheck(repos, result.app_id, now, f"{env.id}:periksa-ulang")
        if app is not None and not result.in_maintenance:
            self._status_notices(repos, app, result, env.id)

    def _status_notices(
        self, repos: Repositories, app: notices.AppInfo, result: ApplicationChecked, cause_id: str
    ) -> None:
        link = self._link("/perangkat-daerah")
        if result.status_changed:
            recipients = repos.directory.contacts(app.pd_id, app.id)
            self._notify(repos, f"{cause_id}:status", recipients, notices.status_changed(app, result, link))
        fresh = _new_security_problems(result, repos) if _has_security_problem(result) else []
        if fresh:
            recipients = repos.directory.contacts(app.pd_id, app.id)
            notice = notices.security_findings(app, fresh, result, link)
            self._notify(repos, f"{cause_id}:keamanan", recipients, notice)

    # --- the timer ----------------------------------------------------------------------

    def tick(self, transaction: Transaction) -> int:
        """Flag follow-ups past due and ask for the checks that verify answers; return how many changed."""
        now = self.clock()
        with transaction() as repos:
            late, due = repos.followups.overdue(now), repos.followups.rechecks_due(now)
        changed = 0
        for followup_id in late:
            changed += self._on_follow_up(transaction, followup_id, lambda fu: f.mark_late(fu, now))
        policy = self.sop.followup
        for followup_id in due:
            changed += self._on_follow_up(
                transaction, followup_id, lambda fu: f.recheck_due(fu, policy, self.rechecks, now)
            )
        return changed

    def _on_follow_up(self, transaction: Transaction, followup_id: str, decide: Callable[[f.FollowUp], f.Step]) -> int:
        with transaction() as repos:
            follow_up = repos.followups.get(followup_id)
            if follow_up is None:
                return 0
            step = decide(follow_up)
            if not step.changed:
                return 0
            cause = f"timer:{followup_id}:{step.follow_up.revision}"
            self._store(repos, step, cause, announce_to=repos.directory.app(follow_up.app_id))
            if step.recheck:
                self._recheck(repos, follow_up.app_id, self.clock(), f"{cause}:periksa-ulang")
        return 1

    # --- SLA escalation -----------------------------------------------------------------

    def on_deadline(self, repos: Repositories, instance: Instance, event: StepDeadlineReached, cause_id: str) -> None:
        """Tell the step's official that its mutu baku nears or passed; past it, their superior too."""
        role = self.sop.step(event.step).role
        link = self._link(f"/siklus/{instance.id}")
        own = instance.pelaksana_id if event.step == 3 else None
        officials = repos.directory.mailboxes(user_id=own) if own else repos.directory.mailboxes(role=role)
        notice = notices.step_deadline(event, instance.cycle_no, role, link, to_superior=False)
        self._notify(repos, f"{cause_id}:pejabat", officials, notice)
        superior = self.sop.superior(role)
        if event.level == "terlambat" and superior:
            notice = notices.step_deadline(event, instance.cycle_no, role, link, to_superior=True)
            self._notify(repos, f"{cause_id}:atasan", repos.directory.mailboxes(role=superior), notice)

    # --- the shell's shared steps -------------------------------------------------------

    def _store(
        self, repos: Repositories, step: f.Step, cause_id: str, *, announce_to: notices.AppInfo | None = None
    ) -> None:
        """Save the follow-up, its history line and its event; tell the department of a closing or a return."""
        follow_up, change = step.follow_up, step.change
        if change is not None and change.change == "dibuka":
            repos.followups.add(follow_up)
        else:
            repos.followups.save(follow_up)
        if change is None:
            return
        repos.followups.record(follow_up.id, change, cause_id)
        self.queue(repos, _event(follow_up, change), key=follow_up.app_id, env_id=f"{cause_id}:{follow_up.id}")
        if change.change in {"selesai", "terlambat", "dibuka_kembali"} and announce_to is not None:
            notice = notices.follow_up_changed(
                follow_up, change, announce_to, self._link(f"/tindak-lanjut/{follow_up.id}")
            )
            recipients = repos.directory.contacts(follow_up.pd_id, follow_up.app_id)
            self._notify(repos, f"{cause_id}:{follow_up.id}", recipients, notice)

    def _recheck(self, repos: Repositories, app_id: str, now: datetime, env_id: str) -> None:
        self.queue(repos, CheckRequested(app_id, now), key=app_id, env_id=env_id)

    def queue(self, repos: Repositories, message: object, *, key: str | None = None, env_id: str | None = None) -> None:
        """Put a message in the outbox: check requests to the checker, follow-up events to the department."""
        if isinstance(message, CheckRequested):
            env = envelope(message, source=SOURCE, subject=message.app_id, id=env_id)
            repos.outbox.add(env, self.topics.check_requests, message.app_id)
        elif isinstance(message, FollowUpOpened | FollowUpChanged):
            env = envelope(message, source=SOURCE, subject=message.followup_id, id=env_id)
            repos.outbox.add(env, self.topics.department_status(message.pd_id), key or message.app_id)
        else:
            instance_id = message.instance_id  # type: ignore[attr-defined]
            env = envelope(message, source=SOURCE, subject=instance_id, id=env_id)
            repos.outbox.add(env, self.topics.sop_events, instance_id)

    def _notify(self, repos: Repositories, cause: str, recipients: Iterable[Recipient], notice: notices.Notice) -> None:
        for r in recipients:
            repos.notifications.add(f"{cause}:{notice.kind}:{r.channel}:{r.address}", r, notice)

    def _link(self, path: str) -> str:
        return f"{self.public_url}{path}"


def _event(follow_up: f.FollowUp, change: f.Change) -> FollowUpOpened | FollowUpChanged:
    fu = follow_up
    if change.change == "dibuka":
        return FollowUpOpened(
            *(fu.id, fu.instance_id, fu.app_id, fu.pd_id, fu.code, fu.category, fu.severity),  # type: ignore[arg-type]
            *(fu.evidence, fu.nota_nomor, fu.due_at, change.at),
        )
    return FollowUpChanged(
        *(fu.id, fu.app_id, fu.pd_id, fu.code, change.change, fu.state, fu.terlambat, fu.dibuka_kembali, change.at),
        by=change.actor_id,
        note=change.note,
        evidence_event_id=change.evidence_event_id,
    )


def _problem_in_cycle(repos: Repositories, instance: Instance, app_id: str, code: str) -> Problem | None:
    """Return the problem ``code`` of the application's latest result in the cycle, or None."""
    for result in repos.results.of_cycle(instance.id):
        if result.app_id == app_id:
            return next((p for p in problems_of(result) if p.code == code), None)
    return None


def _false_positive(cmd: MarkFalsePositive, problem: Problem, message_id: str, now: datetime) -> FalsePositive:
    fingerprint = evidence_fingerprint(problem)
    return FalsePositive(
        cmd.app_id, cmd.code, fingerprint, cmd.alasan.strip(), cmd.instance_id, cmd.actor_id, message_id, now
    )


def _has_security_problem(result: ApplicationChecked) -> bool:
    return any(p.category == "keamanan" for p in problems_of(result))


def _new_security_problems(result: ApplicationChecked, repos: Repositories) -> list[Problem]:
    """Return the security problems of this result that the application's last result did not show."""
    previous = repos.results.last(result.app_id)
    before = {p.code for p in problems_of(previous)} if previous is not None else set()
    return [p for p in problems_of(result) if p.category == "keamanan" and p.code not in before]


def _instance_of(cmd: object) -> str | None:
    return parse_id(getattr(cmd, "instance_id", "") or "")
