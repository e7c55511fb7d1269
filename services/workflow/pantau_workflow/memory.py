"""In-memory adapters: the workflow's use cases without PostgreSQL, for fast tests.

They keep the PostgreSQL adapters' behaviour (one shared suite runs over both): an instance's
``received`` comes from the recorded results, its scope reads back sorted, and a transaction
that raises leaves nothing behind.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import datetime

from pantau_contracts import Envelope
from pantau_contracts.status import ApplicationChecked

from .domain.announce import Summary, summary
from .domain.followups import OPEN_STATES, Change, FollowUp
from .domain.model import WIB, Actor, Instance, parse_id
from .domain.notices import AppInfo, Notice
from .ports import Answer, FalsePositive, Recipient, Repositories


@dataclass(frozen=True)
class App:
    id: str
    pd_id: str
    aktif: bool = True
    nama: str = ""
    url: str = ""


@dataclass(frozen=True)
class Contact:
    pd_id: str
    recipient: Recipient
    app_id: str | None = None


@dataclass(frozen=True)
class History:
    followup_id: str
    change: Change
    message_id: str


@dataclass(frozen=True)
class QueuedNotice:
    recipient: Recipient
    notice: Notice


@dataclass(frozen=True)
class Queued:
    """A message waiting in the outbox."""

    topic: str
    key: str
    env: Envelope


@dataclass
class InMemoryStore:
    """Everything the workflow stores, in dictionaries."""

    instances: dict[str, Instance] = field(default_factory=dict)
    users: dict[int, Actor] = field(default_factory=dict)
    apps: dict[str, App] = field(default_factory=dict)
    results: dict[str, ApplicationChecked] = field(default_factory=dict)
    answers: dict[str, Answer] = field(default_factory=dict)
    outbox: dict[str, Queued] = field(default_factory=dict)
    pd_names: dict[str, str] = field(default_factory=dict)
    inactive_pds: set[str] = field(default_factory=set)  # departments no longer in use: none of their apps is
    emails: dict[int, str] = field(default_factory=dict)
    contacts: list[Contact] = field(default_factory=list)
    followups: dict[str, FollowUp] = field(default_factory=dict)
    history: list[History] = field(default_factory=list)
    false_positives: dict[tuple[str, str, str], FalsePositive] = field(default_factory=dict)
    notifications: dict[str, QueuedNotice] = field(default_factory=dict)

    def repositories(self) -> Repositories:
        """Return repositories that read and write this store."""
        return Repositories(
            instances=InMemoryInstances(self),
            directory=InMemoryDirectory(self),
            results=InMemoryCheckResults(self),
            answers=InMemoryAnswers(self),
            outbox=InMemoryOutbox(self),
            followups=InMemoryFollowUps(self),
            false_positives=InMemoryFalsePositives(self),
            notifications=InMemoryNotifications(self),
        )

    @contextmanager
    def transaction(self) -> Iterator[Repositories]:
        """Yield the repositories; undo their writes if the block raises (a ``Transaction``)."""
        saved = {name: copy.copy(table) for name, table in vars(self).items()}
        try:
            yield self.repositories()
        except BaseException:
            vars(self).update(saved)
            raise

    def messages(self, topic: str) -> list[Envelope]:
        """Return the envelopes queued for ``topic``, oldest first."""
        return [q.env for q in self.outbox.values() if q.topic == topic]


class InMemoryInstances:
    def __init__(self, store: InMemoryStore) -> None:
        self.store = store

    def get(self, instance_id: str, *, lock: bool = True) -> Instance | None:
        """Return the instance with the cycle's results counted in, or None."""
        stored = self.store.instances.get(_key(instance_id))
        if stored is None:
            return None
        received = frozenset(e.app_id for e in self.store.results.values() if _counts(e, stored))
        return replace(stored, scope=tuple(sorted(stored.scope)), received=received)

    def add(self, instance: Instance) -> None:
        """Insert a new instance."""
        if _key(instance.id) in self.store.instances:
            raise KeyError(f"instance {instance.id} exists")
        self.save(instance)

    def save(self, instance: Instance) -> None:
        """Write the instance; what it received is derived, not stored."""
        key = _key(instance.id)
        self.store.instances[key] = replace(instance, id=key, received=frozenset())

    def open_ids(self) -> list[str]:
        """Return the ids of the instances still running, oldest first."""
        running = [i for i in self.store.instances.values() if i.status == "berjalan"]
        return [i.id for i in sorted(running, key=lambda i: i.created_at)]

    def count_in_month(self, at: datetime) -> int:
        """Return how many cycles were started in the month (WIB) of ``at``."""
        month = _month(at)
        return sum(1 for i in self.store.instances.values() if _month(i.created_at) == month)

    def lock_schedule(self) -> None:
        """Nothing to lock: one process holds the store."""


def _key(instance_id: str) -> str:
    return parse_id(instance_id) or instance_id


def _counts(event: ApplicationChecked, instance: Instance) -> bool:
    return parse_id(event.cycle_id or "") == instance.id and event.app_id in instance.scope


def _month(at: datetime) -> str:
    return f"{at.astimezone(WIB):%Y-%m}"


class InMemoryDirectory:
    def __init__(self, store: InMemoryStore) -> None:
        self.store = store

    def actor(self, user_id: int) -> Actor | None:
        """Return the user ``user_id``, or None."""
        return self.store.users.get(user_id)

    def first_with_role(self, role: str) -> Actor | None:
        """Return the longest-serving active user holding ``role``."""
        holders = sorted(a.id for a in self.store.users.values() if a.role == role and a.aktif)
        return self.store.users[holders[0]] if holders else None

    def active_apps(self) -> tuple[str, ...]:
        """Return the applications in use (of departments in use), by department."""
        apps = sorted(self.store.apps.values(), key=lambda a: (a.pd_id, a.id))
        return tuple(a.id for a in apps if a.aktif and a.pd_id not in self.store.inactive_pds)

    def app(self, app_id: str) -> AppInfo | None:
        """Return the application with its department's name, or None."""
        a = self.store.apps.get(app_id)
        return AppInfo(a.id, a.nama or a.id, a.pd_id, self.store.pd_names.get(a.pd_id, a.pd_id), a.url) if a else None

    def contacts(self, pd_id: str, app_id: str) -> list[Recipient]:
        """Return the contacts of the department and those of this one application."""
        mine = {c.recipient for c in self.store.contacts if c.pd_id == pd_id and c.app_id in (None, app_id)}
        return sorted(mine, key=lambda r: (r.channel, r.address))

    def mailboxes(self, *, role: str | None = None, user_id: int | None = None) -> list[Recipient]:
        """Return the e-mail addresses of the active officials holding ``role``, or of one user."""
        users = sorted(u.id for u in self.store.users.values() if u.aktif and (u.role == role or u.id == user_id))
        return [Recipient("email", self.store.emails[u]) for u in users if self.store.emails.get(u)]


class InMemoryCheckResults:
    def __init__(self, store: InMemoryStore) -> None:
        self.store = store

    def add(self, event_id: str, event: ApplicationChecked) -> None:
        """Record a check result once per event id."""
        self.store.results.setdefault(event_id, event)

    def last_summary(self, app_id: str) -> Summary | None:
        """Return the summary of the application's latest result, or None."""
        last = self.last(app_id)
        return summary(last) if last else None

    def last(self, app_id: str) -> ApplicationChecked | None:
        """Return the application's latest result, or None."""
        mine = [e for e in self.store.results.values() if e.app_id == app_id]
        return max(mine, key=lambda e: e.checked_at) if mine else None

    def of_cycle(self, instance_id: str) -> list[ApplicationChecked]:
        """Return the latest result of each application in the cycle's scope."""
        instance = self.store.instances.get(_key(instance_id))
        if instance is None:
            return []
        latest: dict[str, ApplicationChecked] = {}
        for e in self.store.results.values():
            if _counts(e, instance) and (e.app_id not in latest or e.checked_at > latest[e.app_id].checked_at):
                latest[e.app_id] = e
        return [latest[a] for a in sorted(latest)]


class InMemoryAnswers:
    def __init__(self, store: InMemoryStore) -> None:
        self.store = store

    def add(self, answer: Answer) -> None:
        """Record the answer to a command, unless it has one."""
        self.store.answers.setdefault(answer.command_id, answer)

    def get(self, command_id: str) -> Answer | None:
        """Return the answer to a command, or None."""
        return self.store.answers.get(command_id)


class InMemoryOutbox:
    def __init__(self, store: InMemoryStore) -> None:
        self.store = store

    def add(self, env: Envelope, topic: str, key: str) -> bool:
        """Queue a message; False if its id was queued already."""
        if env.id in self.store.outbox:
            return False
        self.store.outbox[env.id] = Queued(topic, key, env)
        return True


class InMemoryFollowUps:
    def __init__(self, store: InMemoryStore) -> None:
        self.store = store

    def get(self, followup_id: str) -> FollowUp | None:
        """Return the follow-up, or None."""
        return self.store.followups.get(followup_id)

    def latest(self, app_id: str, code: str) -> FollowUp | None:
        """Return the most recent follow-up of a problem of an application, or None."""
        mine = [f for f in self.store.followups.values() if f.app_id == app_id and f.code == code]
        return max(mine, key=lambda f: (f.opened_at, f.id)) if mine else None

    def of_app(self, app_id: str, closed_since: datetime) -> list[FollowUp]:
        """Return the application's open follow-ups and those closed since ``closed_since``."""
        mine = [
            f
            for f in self.store.followups.values()
            if f.app_id == app_id and (f.state in OPEN_STATES or (f.closed_at and f.closed_at >= closed_since))
        ]
        return sorted(mine, key=lambda f: (f.opened_at, f.id))

    def add(self, follow_up: FollowUp) -> None:
        """Insert a new follow-up (a redelivered opening inserts nothing)."""
        self.store.followups.setdefault(follow_up.id, follow_up)

    def save(self, follow_up: FollowUp) -> None:
        """Write the follow-up's state."""
        self.store.followups[follow_up.id] = follow_up

    def record(self, followup_id: str, change: Change, message_id: str) -> None:
        """Add one line to the follow-up's history."""
        self.store.history.append(History(followup_id, change, message_id))

    def overdue(self, now: datetime) -> list[str]:
        """Return the ids of open follow-ups past due and not yet flagged late."""
        late = [f for f in self.store.followups.values() if f.is_open and not f.terlambat and f.due_at <= now]
        return [f.id for f in sorted(late, key=lambda f: f.due_at)]

    def rechecks_due(self, now: datetime) -> list[str]:
        """Return the ids of answered follow-ups whose next verifying check is due."""
        return [
            f.id
            for f in self.store.followups.values()
            if f.state == "ditanggapi"
            and f.verify_until
            and f.verify_until > now
            and f.next_recheck_at
            and f.next_recheck_at <= now
        ]

    def changes(self, followup_id: str) -> list[Change]:
        """Return the follow-up's history, oldest first (for tests)."""
        return [h.change for h in self.store.history if h.followup_id == followup_id]


class InMemoryFalsePositives:
    def __init__(self, store: InMemoryStore) -> None:
        self.store = store

    def add(self, marked: FalsePositive) -> bool:
        """Remember a false positive; False if the same evidence was set aside before."""
        key = (marked.app_id, marked.code, marked.fingerprint)
        if key in self.store.false_positives:
            return False
        self.store.false_positives[key] = marked
        return True

    def fingerprints(self, app_id: str) -> frozenset[tuple[str, str]]:
        """Return the (code, evidence fingerprint) pairs set aside for the application."""
        return frozenset((code, sha) for (app, code, sha) in self.store.false_positives if app == app_id)


class InMemoryNotifications:
    def __init__(self, store: InMemoryStore) -> None:
        self.store = store

    def add(self, dedup_key: str, recipient: Recipient, notice: Notice) -> bool:
        """Queue one notice to one recipient; False if this dedup key was queued already."""
        if dedup_key in self.store.notifications:
            return False
        self.store.notifications[dedup_key] = QueuedNotice(recipient, notice)
        return True
