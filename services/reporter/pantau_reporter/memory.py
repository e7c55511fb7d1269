"""In-memory repositories: the same behaviour as the PostgreSQL adapters, for fast handler tests.

They pass the same repository suite as ``PostgresSources``/``PostgresDocuments``. They keep no
transactions: a test that needs a rollback uses the PostgreSQL adapters.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Collection, Iterable
from datetime import UTC, date, datetime
from itertools import count

from pantau_contracts import Envelope
from pantau_contracts.sop import NotaInitialled, SignatureRequested
from pantau_contracts.status import ApplicationChecked

from .core.advice import SetAside
from .core.awaiting import CycleState, Request, Visit
from .core.dashboard import StepVisit
from .core.followups import FollowUpRecord
from .core.nomor import NomorScheme
from .core.records import CycleInfo, MonitoredApp, Official
from .repository import DeliveryRecord, MissingDataError, NewDocument, ParafEntry, Repositories, StoredDocument

_Filter = Callable[[ApplicationChecked], bool]
_NEVER = datetime.min.replace(tzinfo=UTC)


@dataclasses.dataclass
class _Registered:
    app: MonitoredApp
    aktif: bool


class InMemorySources:
    """The cycle, the registry with its check results, the officials, the step history and the register."""

    def __init__(self) -> None:
        self.pd_names: dict[str, str] = {}
        self.apps: dict[str, _Registered] = {}
        self.results: list[ApplicationChecked] = []
        self.cycles: dict[str, CycleInfo] = {}
        self.scope: dict[str, list[str]] = {}
        self.officials: dict[int, tuple[Official, bool]] = {}
        self.visits: dict[str, list[StepVisit]] = {}
        self.register: list[FollowUpRecord] = []
        self.set_aside: set[SetAside] = set()
        self.states: dict[str, CycleState] = {}

    def add_app(self, app_id: str, pd_id: str, nama: str, url: str, *, aktif: bool = True) -> None:
        """Register an application of a Perangkat Daerah added before (``pd_names``)."""
        self.apps[app_id] = _Registered(MonitoredApp(app_id, nama, url, pd_id, self.pd_names[pd_id]), aktif)

    def add_official(self, official: Official, *, aktif: bool = True) -> int:
        """Add an official; return the id."""
        user_id = len(self.officials) + 1
        self.officials[user_id] = (official, aktif)
        return user_id

    def add_cycle(self, cycle: CycleInfo, scope: tuple[str, ...] = ()) -> None:
        """Add a cycle with its scope (empty: every aktif application)."""
        self.cycles[cycle.instance_id] = cycle
        self.scope[cycle.instance_id] = list(scope)

    def await_request(self, request: Request) -> None:
        """Record the cycle as the workflow does when it makes ``request`` (for signing, delivery, paraf)."""
        if isinstance(request, NotaInitialled):
            visits: tuple[Visit, ...] = (Visit(request.step, request.by, True, "selesai"),)
            step, phase = request.step + 1, "menunggu_paraf"
        else:
            step, phase = (6, "menandatangani") if isinstance(request, SignatureRequested) else (7, "menyampaikan")
            visits = (Visit(step, request.by, False),)
        self.states[request.instance_id] = CycleState(
            request.instance_id, step, phase, "berjalan", request.version, visits
        )

    def cycle_state(self, instance_id: str) -> CycleState | None:
        return self.states.get(instance_id)

    def cycle(self, instance_id: str) -> CycleInfo:
        if instance_id not in self.cycles:
            raise MissingDataError(f"SOP instance {instance_id} does not exist")
        return self.cycles[instance_id]

    def scoped_apps(self, instance_id: str) -> tuple[MonitoredApp, ...]:
        scope = self.scope.get(instance_id)
        chosen = [r.app for r in self.apps.values() if (r.app.app_id in scope if scope else r.aktif)]
        return self._with_results(chosen, lambda r: r.cycle_id == instance_id)

    def latest_apps(self, pd_id: str | None = None) -> tuple[MonitoredApp, ...]:
        chosen = [r.app for r in self.apps.values() if r.aktif and pd_id in (None, r.app.pd_id)]
        return self._with_results(chosen, lambda _: True)

    def _with_results(self, apps: list[MonitoredApp], keep: _Filter) -> tuple[MonitoredApp, ...]:
        ordered = sorted(apps, key=lambda a: (a.pd_nama, a.nama))
        return tuple(dataclasses.replace(a, result=self._latest(a.app_id, keep)) for a in ordered)

    def _latest(self, app_id: str, keep: _Filter) -> ApplicationChecked | None:
        mine = [r for r in self.results if r.app_id == app_id and keep(r)]
        return max(mine, key=lambda r: r.checked_at, default=None)

    def recent_cycles(
        self, *, limit: int = 12, since: datetime | None = None, until: datetime | None = None
    ) -> list[CycleInfo]:
        def within(c: CycleInfo) -> bool:
            at = c.started_at or datetime.min.replace(tzinfo=UTC)
            return (since is None or at >= since) and (until is None or at < until)

        newest = sorted(self.cycles.values(), key=lambda c: c.started_at or datetime.min.replace(tzinfo=UTC))
        return [c for c in reversed(newest) if within(c)][:limit]

    def step_visits(self, *, limit: int = 12) -> list[StepVisit]:
        recent = reversed(self.recent_cycles(limit=limit))
        return [v for c in recent for v in self.visits.get(c.instance_id, [])]

    def false_positives(self, app_ids: Collection[str]) -> frozenset[SetAside]:
        return frozenset(key for key in self.set_aside if key[0] in app_ids)

    def previous_follow_ups(self, instance_id: str) -> tuple[FollowUpRecord, ...]:
        this = self.cycle(instance_id).started_at or _NEVER
        having = {f.instance_id for f in self.register}
        earlier = [c for c in self.cycles.values() if c.instance_id in having and (c.started_at or _NEVER) < this]
        if not earlier:
            return ()
        previous = max(earlier, key=lambda c: c.started_at or _NEVER).instance_id
        return self._ordered(f for f in self.register if f.instance_id == previous)

    def follow_ups(self, pd_id: str | None = None) -> tuple[FollowUpRecord, ...]:
        return self._ordered(f for f in self.register if pd_id in (None, f.pd_id))

    @staticmethod
    def _ordered(items: Iterable[FollowUpRecord]) -> tuple[FollowUpRecord, ...]:
        return tuple(sorted(items, key=lambda f: (f.opened_at, f.pd_nama, f.app_nama, f.code)))

    def official_by_role(self, role: str) -> Official:
        for official, aktif in self.officials.values():
            if official.role == role and aktif:
                return official
        raise MissingDataError(f"no active user with role {role}")

    def official_by_id(self, user_id: int) -> Official:
        if user_id not in self.officials:
            raise MissingDataError(f"user {user_id} does not exist")
        return self.officials[user_id][0]


class InMemoryDocuments:
    """The documents, their nomor, the signed paraf and the delivery receipts."""

    def __init__(self) -> None:
        self.documents: list[StoredDocument] = []
        self.nomor: dict[tuple[str, str], str] = {}
        self.counters: dict[tuple[str, int], int] = {}
        self.paraf_entries: dict[tuple[str, int, int], ParafEntry] = {}
        self.deliveries: dict[tuple[str, int], DeliveryRecord] = {}
        self._ids = count(1)

    def issue_nomor(self, instance_id: str, series: str, scheme: NomorScheme, on: date) -> str:
        if (instance_id, series) not in self.nomor:
            seq = self.counters.get((series, on.year), 0) + 1
            self.counters[(series, on.year)] = seq
            self.nomor[(instance_id, series)] = scheme.format(seq, on)
        return self.nomor[(instance_id, series)]

    def reserve_id(self) -> int:
        return next(self._ids)

    def add(self, doc: NewDocument) -> StoredDocument:
        # As the unique constraint in PostgreSQL: documents of no instance never conflict.
        existing = self.find(doc.instance_id, doc.kind, doc.version, doc.format, signed=doc.signed)
        if existing is not None and doc.instance_id is not None:
            return existing
        fields = {f.name: getattr(doc, f.name) for f in dataclasses.fields(doc) if f.name != "id"}
        stored = StoredDocument(
            id=doc.id or self.reserve_id(), sha256=doc.sha256, created_at=datetime.now(UTC), **fields
        )
        self.documents.append(stored)
        return stored

    def find(
        self, instance_id: str | None, kind: str, version: int | None, fmt: str, *, signed: bool
    ) -> StoredDocument | None:
        found = [
            d
            for d in self.documents
            if (d.instance_id, d.kind, d.format, d.signed) == (instance_id, kind, fmt, signed)
            and version in (None, d.version)
        ]
        return max(found, key=lambda d: d.version, default=None)

    def by_id(self, doc_id: int) -> StoredDocument | None:
        return next((d for d in self.documents if d.id == doc_id), None)

    def by_sha256(self, digest: str) -> StoredDocument | None:
        return min((d for d in self.documents if d.sha256 == digest), key=lambda d: d.id, default=None)

    def next_version(self, kind: str, bulan: str) -> int:
        versions = [d.version for d in self.documents if d.kind == kind and d.meta.get("bulan") == bulan]
        return max(versions, default=0) + 1

    def add_paraf(self, entry: ParafEntry) -> None:
        self.paraf_entries.setdefault((entry.instance_id, entry.step, entry.version), entry)

    def paraf(self, instance_id: str, version: int) -> tuple[ParafEntry, ...]:
        mine = [e for e in self.paraf_entries.values() if (e.instance_id, e.version) == (instance_id, version)]
        return tuple(sorted(mine, key=lambda e: e.step))

    def add_delivery(self, record: DeliveryRecord) -> str:
        return self.deliveries.setdefault((record.instance_id, record.version), record).receipt


class InMemoryOutbox:
    """The queued messages, in order: (topic, key, envelope)."""

    def __init__(self) -> None:
        self.messages: list[tuple[str, str, Envelope]] = []

    def add(self, env: Envelope, topic: str, key: str) -> None:
        if all(queued.id != env.id for _, _, queued in self.messages):
            self.messages.append((topic, key, env))


def in_memory_repositories() -> Repositories:
    """Return a fresh set of in-memory repositories."""
    return Repositories(InMemorySources(), InMemoryDocuments(), InMemoryOutbox())
