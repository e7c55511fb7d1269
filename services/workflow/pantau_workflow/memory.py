"""In-memory adapters: the workflow's use cases without PostgreSQL, for fast tests.

They keep the PostgreSQL adapters' behaviour (one shared suite runs over both): an instance's
``received`` comes from the recorded results, its scope reads back sorted, and a transaction
that raises leaves nothing behind.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import datetime

from pantau_contracts import Envelope
from pantau_contracts.status import ApplicationChecked

from .domain.announce import Summary, summary
from .domain.model import WIB, Actor, Instance, parse_id
from .ports import Answer, Repositories


@dataclass(frozen=True)
class App:
    id: str
    pd_id: str
    aktif: bool = True


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

    def repositories(self) -> Repositories:
        """Return repositories that read and write this store."""
        return Repositories(
            instances=InMemoryInstances(self),
            directory=InMemoryDirectory(self),
            results=InMemoryCheckResults(self),
            answers=InMemoryAnswers(self),
            outbox=InMemoryOutbox(self),
        )

    @contextmanager
    def transaction(self) -> Iterator[Repositories]:
        """Yield the repositories; undo their writes if the block raises (a ``Transaction``)."""
        saved = {name: dict(table) for name, table in vars(self).items()}
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
        """Return the applications in use, by department."""
        return tuple(a.id for a in sorted(self.store.apps.values(), key=lambda a: (a.pd_id, a.id)) if a.aktif)


class InMemoryCheckResults:
    def __init__(self, store: InMemoryStore) -> None:
        self.store = store

    def add(self, event_id: str, event: ApplicationChecked) -> None:
        """Record a check result once per event id."""
        self.store.results.setdefault(event_id, event)

    def last_summary(self, app_id: str) -> Summary | None:
        """Return the summary of the application's latest result, or None."""
        mine = [e for e in self.store.results.values() if e.app_id == app_id]
        return summary(max(mine, key=lambda e: e.checked_at)) if mine else None


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
