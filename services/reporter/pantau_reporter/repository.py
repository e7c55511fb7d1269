"""The reporter's repositories: what its handlers, pages and reports read and write.

``Sources`` reads what other services own (the cycle, the registry and its results, the
officials, the step history, the follow-up register and the false positives); ``Documents`` is
the reporter's own store (documents, nomor, paraf, deliveries); ``Outbox`` queues the reporter's
events. ``PostgresSources``/``PostgresDocuments`` (``store_pg.py``, ``sources_pg.py``) and the
``InMemory…`` doubles (``memory.py``) implement them and pass one shared test suite.
"""

from __future__ import annotations

import hashlib
from collections.abc import Collection
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Protocol

from pantau_contracts import Envelope

from .core.advice import SetAside
from .core.awaiting import CycleState
from .core.dashboard import StepVisit
from .core.followups import FollowUpRecord
from .core.nomor import NomorScheme
from .core.records import CycleInfo, MonitoredApp, Official


class MissingDataError(LookupError):
    """The store lacks something a document needs (an instance, an official, a draft)."""


def sha256_hex(data: bytes) -> str:
    """Return the SHA-256 of ``data`` in hex."""
    return hashlib.sha256(data).hexdigest()


@dataclass(frozen=True)
class NewDocument:
    """A rendered document to store; ``id`` is set when it was reserved beforehand."""

    instance_id: str | None
    kind: str
    version: int
    format: str
    content: bytes
    nomor: str | None = None
    signed: bool = False
    meta: dict[str, Any] = field(default_factory=dict)
    id: int | None = None

    @property
    def sha256(self) -> str:
        return sha256_hex(self.content)


@dataclass(frozen=True)
class StoredDocument:
    id: int
    instance_id: str | None
    kind: str
    version: int
    format: str
    nomor: str | None
    signed: bool
    sha256: str
    content: bytes
    meta: dict[str, Any]
    created_at: datetime


@dataclass(frozen=True)
class ParafEntry:
    """A paraf as recorded: the statement and its signature over the exact draft initialled."""

    instance_id: str
    step: int
    version: int
    user_id: int
    document_id: int
    doc_sha256: str
    at: datetime
    statement: str
    signature: str
    algorithm: str


@dataclass(frozen=True)
class DeliveryRecord:
    instance_id: str
    version: int
    channel: str
    receipt: str
    document_id: int


class Sources(Protocol):
    def cycle(self, instance_id: str) -> CycleInfo:
        """Return the cycle; MissingDataError if there is none."""
        ...

    def cycle_state(self, instance_id: str) -> CycleState | None:
        """Return the cycle as the workflow stored it (step, phase, draft version, visits), or None."""
        ...

    def scoped_apps(self, instance_id: str) -> tuple[MonitoredApp, ...]:
        """Return the cycle's applications (its scope, else every aktif one) with their latest result in it."""
        ...

    def latest_apps(self, pd_id: str | None = None) -> tuple[MonitoredApp, ...]:
        """Return every aktif application (of one Perangkat Daerah) with its latest result of any cycle."""
        ...

    def recent_cycles(
        self, *, limit: int = 12, since: datetime | None = None, until: datetime | None = None
    ) -> list[CycleInfo]:
        """Return the cycles started in [since, until), newest first."""
        ...

    def step_visits(self, *, limit: int = 12) -> list[StepVisit]:
        """Return the step visits of the ``limit`` most recent cycles, oldest cycle first."""
        ...

    def official_by_role(self, role: str) -> Official:
        """Return the first active official of ``role``; MissingDataError if there is none."""
        ...

    def false_positives(self, app_ids: Collection[str]) -> frozenset[SetAside]:
        """Return the (app_id, code, evidence fingerprint) the Pelaksana set aside, of these applications."""
        ...

    def previous_follow_ups(self, instance_id: str) -> tuple[FollowUpRecord, ...]:
        """Return the follow-ups of the latest other cycle started before this one that opened any."""
        ...

    def follow_ups(self, pd_id: str | None = None) -> tuple[FollowUpRecord, ...]:
        """Return the follow-up register (of one Perangkat Daerah), oldest first."""
        ...

    def official_by_id(self, user_id: int) -> Official:
        """Return the official with id ``user_id``; MissingDataError if there is none."""
        ...


class Documents(Protocol):
    def issue_nomor(self, instance_id: str, series: str, scheme: NomorScheme, on: date) -> str:
        """Return the instance's nomor, issuing the next one of the year if it has none yet."""
        ...

    def reserve_id(self) -> int:
        """Return a fresh document id (so a QR code can point at a document before it is stored)."""
        ...

    def add(self, doc: NewDocument) -> StoredDocument:
        """Store a document unless that version of the instance's document exists; return the stored one."""
        ...

    def find(
        self, instance_id: str | None, kind: str, version: int | None, fmt: str, *, signed: bool
    ) -> StoredDocument | None:
        """Return one stored version (the latest when ``version`` is None)."""
        ...

    def by_id(self, doc_id: int) -> StoredDocument | None: ...

    def by_sha256(self, digest: str) -> StoredDocument | None: ...

    def next_version(self, kind: str, bulan: str) -> int:
        """Return the next version of the monthly document ``kind`` of ``bulan`` (YYYY-MM)."""
        ...

    def add_paraf(self, entry: ParafEntry) -> None:
        """Record a paraf once per (instance, step, version)."""
        ...

    def paraf(self, instance_id: str, version: int) -> tuple[ParafEntry, ...]:
        """Return the paraf given to one version, in step order."""
        ...

    def add_delivery(self, record: DeliveryRecord) -> str:
        """Record a delivery once per (instance, version); return the receipt on record."""
        ...


class Outbox(Protocol):
    def add(self, env: Envelope, topic: str, key: str) -> None:
        """Queue a message, sent after the transaction commits."""
        ...


@dataclass(frozen=True)
class Repositories:
    """What one handler works with, all in the same transaction."""

    sources: Sources
    documents: Documents
    outbox: Outbox


@dataclass(frozen=True)
class StoredRender:
    fingerprint: str
    content: bytes


class Renders(Protocol):
    def get(self, kind: str, period: str) -> StoredRender | None:
        """Return the stored render of ``kind`` for ``period``, if any."""
        ...

    def put(self, kind: str, period: str, fingerprint: str, content: bytes) -> None:
        """Store (or replace) the render of ``kind`` for ``period``."""
        ...

    def exclusive(self, kind: str, period: str, *, wait: bool) -> AbstractContextManager[bool]:
        """Hold the right to render ``kind`` for ``period``; yield False if busy and not ``wait``."""
        ...


@dataclass(frozen=True)
class MonthlyReport:
    """The monthly Wali Kota report of one month as an official document, and where it stands."""

    bulan: str  # YYYY-MM
    state: str  # menunggu_tanda_tangan, ditandatangani, terkirim, gagal_kirim
    draft_id: int
    signed_id: int  # reserved when it was rendered: its QR code points there
    attempts: int = 0
    reason: str | None = None
    receipt: str | None = None


class MonthlyReports(Protocol):
    def hold(self, bulan: str) -> None:
        """Hold the month until the transaction ends, so that one worker makes its report."""
        ...

    def get(self, bulan: str, *, lock: bool = False) -> MonthlyReport | None:
        """Return the report of ``bulan`` (its row locked until commit with ``lock``)."""
        ...

    def add(self, report: MonthlyReport, at: datetime) -> None:
        """Record a report just made (once per month)."""
        ...

    def awaiting_signature(self) -> list[str]:
        """Return the months whose report waits for its signature, oldest first."""
        ...

    def undelivered(self) -> list[str]:
        """Return the months whose report's delivery gave up (``gagal_kirim``), oldest first."""
        ...

    def signed(self, bulan: str, by: int | None, at: datetime) -> None:
        """Record the signature of the report of ``bulan``."""
        ...

    def next_delivery(self, now: datetime) -> MonthlyReport | None:
        """Return a signed report due for (another) delivery, locked until commit; None when none is."""
        ...

    def delivered(self, bulan: str, channel: str, receipt: str, at: datetime) -> None:
        """Record the receiving side's answer."""
        ...

    def failed(self, bulan: str, reason: str, retry_at: datetime | None) -> None:
        """Record a failed delivery: tried again at ``retry_at``, or given up when it is None."""
        ...
