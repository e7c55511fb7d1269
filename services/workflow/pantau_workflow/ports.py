"""What the workflow's use cases need from storage, whatever stores it (PostgreSQL, memory).

A ``Transaction`` opens one unit of work and yields the ``Repositories`` bound to it: what is
written through them is committed together when the block ends, or not at all if it raises.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from pantau_contracts import Envelope
from pantau_contracts.status import ApplicationChecked

from .domain.announce import Summary
from .domain.model import Actor, Instance


class Instances(Protocol):
    """The SOP instances; ``received`` is derived from the check results of the cycle."""

    def get(self, instance_id: str, *, lock: bool = True) -> Instance | None: ...
    def add(self, instance: Instance) -> None: ...
    def save(self, instance: Instance) -> None: ...
    def open_ids(self) -> list[str]: ...
    def count_in_month(self, at: datetime) -> int: ...
    def lock_schedule(self) -> None: ...


class Directory(Protocol):
    """Who the users are and which applications are registered (read only)."""

    def actor(self, user_id: int) -> Actor | None: ...
    def first_with_role(self, role: str) -> Actor | None: ...
    def active_apps(self) -> tuple[str, ...]: ...


class CheckResults(Protocol):
    """The checker's results as the workflow recorded them, one per event id."""

    def add(self, event_id: str, event: ApplicationChecked) -> None: ...
    def last_summary(self, app_id: str) -> Summary | None: ...


@dataclass(frozen=True)
class Answer:
    """The workflow's answer to one command, which the web shows the official."""

    command_id: str
    instance_id: str | None
    accepted: bool
    reason: str | None


class Answers(Protocol):
    """The answers to commands; the first answer to a command id is kept."""

    def add(self, answer: Answer) -> None: ...
    def get(self, command_id: str) -> Answer | None: ...


class Outbox(Protocol):
    """Messages to publish once the transaction commits."""

    def add(self, env: Envelope, topic: str, key: str) -> bool: ...


@dataclass(frozen=True)
class Repositories:
    """The repositories of one transaction."""

    instances: Instances
    directory: Directory
    results: CheckResults
    answers: Answers
    outbox: Outbox


Transaction = Callable[[], AbstractContextManager[Repositories]]
