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
from .domain.followups import Change, FollowUp
from .domain.model import Actor, Instance
from .domain.notices import AppInfo, Notice


class Instances(Protocol):
    """The SOP instances; ``received`` is derived from the check results of the cycle (while its round is open)."""

    def get(self, instance_id: str, *, lock: bool = True) -> Instance | None: ...
    def add(self, instance: Instance) -> None: ...
    def save(self, instance: Instance) -> None: ...
    def open_ids(self) -> list[str]: ...
    def count_in_month(self, at: datetime) -> int: ...
    def lock_schedule(self) -> None: ...


@dataclass(frozen=True)
class Recipient:
    """Where a notice goes: an e-mail address, or a webhook with the reference to its key."""

    channel: str  # email | webhook
    address: str
    secret_ref: str | None = None


class Directory(Protocol):
    """Who the users are, which applications are registered, who hears what (read only)."""

    def actor(self, user_id: int) -> Actor | None: ...
    def first_with_role(self, role: str) -> Actor | None: ...
    def active_apps(self) -> tuple[str, ...]: ...
    def app(self, app_id: str) -> AppInfo | None: ...
    def contacts(self, pd_id: str, app_id: str) -> list[Recipient]: ...
    def mailboxes(self, *, role: str | None = None, user_id: int | None = None) -> list[Recipient]: ...


class CheckResults(Protocol):
    """The checker's results as the workflow recorded them, one per event id."""

    def add(self, event_id: str, event: ApplicationChecked) -> None: ...
    def last_summary(self, app_id: str) -> Summary | None: ...
    def last(self, app_id: str) -> ApplicationChecked | None: ...
    def of_cycle(self, instance_id: str) -> list[ApplicationChecked]: ...


class FollowUps(Protocol):
    """The follow-up register and the history of every change; the workflow is its only writer."""

    def get(self, followup_id: str) -> FollowUp | None: ...
    def latest(self, app_id: str, code: str) -> FollowUp | None: ...
    def of_app(self, app_id: str, closed_since: datetime) -> list[FollowUp]: ...
    def add(self, follow_up: FollowUp) -> None: ...
    def save(self, follow_up: FollowUp) -> None: ...
    def record(self, followup_id: str, change: Change, message_id: str) -> None: ...
    def overdue(self, now: datetime) -> list[str]: ...
    def rechecks_due(self, now: datetime) -> list[str]: ...


@dataclass(frozen=True)
class FalsePositive:
    """A finding the Pelaksana set aside, remembered for the application until its evidence changes."""

    app_id: str
    code: str
    fingerprint: str
    reason: str
    instance_id: str
    actor_id: int
    message_id: str
    at: datetime


class FalsePositives(Protocol):
    def add(self, marked: FalsePositive) -> bool: ...
    def fingerprints(self, app_id: str) -> frozenset[tuple[str, str]]: ...


class Notifications(Protocol):
    """The notifications to send; one per dedup key, so a redelivered cause adds none."""

    def add(self, dedup_key: str, recipient: Recipient, notice: Notice) -> bool: ...


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
    followups: FollowUps
    false_positives: FalsePositives
    notifications: Notifications


Transaction = Callable[[], AbstractContextManager[Repositories]]
