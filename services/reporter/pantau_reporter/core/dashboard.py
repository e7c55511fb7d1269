"""Dashboard and monthly-report figures, computed from plain results with no I/O."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from pantau_contracts.problems import Problem
from pantau_contracts.vocabulary import (
    AVAILABILITY_LABELS,
    FRESHNESS_LABELS,
    SEVERITY_LABELS,
    SEVERITY_RANK,
    finding_label,
    label,
)

from .advice import findings_of, problems
from .evidence import excerpt
from .followups import RegisterFigures
from .records import MonitoredApp


@dataclass(frozen=True)
class Share:
    """How many of ``total`` applications are aktif and update."""

    total: int
    aktif: int
    update: int

    @property
    def pct_aktif(self) -> float:
        return 100.0 * self.aktif / self.total if self.total else 0.0

    @property
    def pct_update(self) -> float:
        return 100.0 * self.update / self.total if self.total else 0.0


@dataclass(frozen=True)
class PdRow:
    pd_id: str
    pd_nama: str
    share: Share
    open_findings: int


@dataclass(frozen=True)
class OpenFinding:
    """One kind of finding on one application, at every place it was seen."""

    pd_nama: str
    app_nama: str
    finding: Problem
    since: datetime | None

    @property
    def label(self) -> str:
        return finding_label(self.finding.code)

    @property
    def tingkat(self) -> str:
        return label(SEVERITY_LABELS, self.finding.severity)

    @property
    def bukti(self) -> str:
        """Return the short excerpt of the evidence that proves the finding, each place's once."""
        return "; ".join(dict.fromkeys(excerpt(place.evidence) for place in self.finding.seen_at))


@dataclass(frozen=True)
class CycleSnapshot:
    """The latest result of each scoped application in one cycle."""

    instance_id: str
    cycle_no: str
    started_at: datetime
    apps: tuple[MonitoredApp, ...]


@dataclass(frozen=True)
class TrendPoint:
    cycle_no: str
    share: Share


@dataclass(frozen=True)
class StepVisit:
    cycle_no: str
    step: int
    started_at: datetime
    completed_at: datetime | None
    mutu_baku_s: int | None
    outcome: str | None = None


@dataclass(frozen=True)
class StepTime:
    cycle_no: str
    step: int
    minutes: float
    mutu_baku_minutes: float | None
    outcome: str | None

    @property
    def within(self) -> bool | None:
        return None if self.mutu_baku_minutes is None else self.minutes <= self.mutu_baku_minutes


@dataclass(frozen=True)
class Change:
    pd_nama: str
    app_nama: str
    aspect: str
    before: str
    after: str
    better: bool


@dataclass(frozen=True)
class WorstApp:
    pd_nama: str
    app_nama: str
    problems: int
    down_checks: int
    summary: str


@dataclass(frozen=True)
class MonthlyReport:
    month_label: str
    share: Share
    previous_share: Share | None
    changes: tuple[Change, ...]
    worst: tuple[WorstApp, ...]
    tindak_lanjut: RegisterFigures
    trend: tuple[TrendPoint, ...]
    by_pd: tuple[PdRow, ...]


def share(apps: Iterable[MonitoredApp]) -> Share:
    """Count aktif and update among ``apps``."""
    items = list(apps)
    return Share(len(items), sum(a.availability == "aktif" for a in items), sum(a.freshness == "update" for a in items))


def by_pd(apps: Sequence[MonitoredApp]) -> tuple[PdRow, ...]:
    """Return the share and open findings per Perangkat Daerah, worst first."""
    groups: dict[str, list[MonitoredApp]] = {}
    for app in apps:
        groups.setdefault(app.pd_id, []).append(app)
    rows = [
        PdRow(pd_id, members[0].pd_nama, share(members), sum(len(findings_of(a)) for a in members))
        for pd_id, members in groups.items()
    ]
    return tuple(sorted(rows, key=lambda r: (r.share.pct_aktif, r.share.pct_update, r.pd_nama)))


def open_findings(apps: Iterable[MonitoredApp]) -> tuple[OpenFinding, ...]:
    """Return the findings of the latest results, one per application and kind, most severe first."""
    found = [OpenFinding(a.pd_nama, a.nama, f, a.checked_at) for a in apps for f in findings_of(a)]
    return tuple(sorted(found, key=lambda o: (-SEVERITY_RANK.get(o.finding.severity, 0), o.pd_nama, o.app_nama)))


def trend(cycles: Sequence[CycleSnapshot]) -> tuple[TrendPoint, ...]:
    """Return the share of each cycle, oldest first."""
    ordered = sorted(cycles, key=lambda c: c.started_at)
    return tuple(TrendPoint(c.cycle_no, share(a for a in c.apps if a.has_result)) for c in ordered)


def step_times(visits: Iterable[StepVisit]) -> tuple[StepTime, ...]:
    """Return each finished step visit's real time against its mutu baku."""
    out = []
    for v in visits:
        if v.completed_at is None:
            continue
        minutes = (v.completed_at - v.started_at).total_seconds() / 60
        baku = v.mutu_baku_s / 60 if v.mutu_baku_s else None
        out.append(StepTime(v.cycle_no, v.step, round(minutes, 1), baku, v.outcome))
    return tuple(out)


def changes(before: Sequence[MonitoredApp], after: Sequence[MonitoredApp]) -> tuple[Change, ...]:
    """Return what changed per application between two cycles (availability and freshness)."""
    old = {a.app_id: a for a in before}
    found: list[Change] = []
    for app in after:
        prev = old.get(app.app_id)
        if prev is not None and prev.has_result and app.has_result:
            found.extend(_changes_of(prev, app))
    return tuple(sorted(found, key=lambda c: (c.better, c.pd_nama, c.app_nama)))


def _changes_of(prev: MonitoredApp, app: MonitoredApp) -> list[Change]:
    found = []
    if prev.availability != app.availability:
        before, after = (AVAILABILITY_LABELS.get(a.availability, "?") for a in (prev, app))
        found.append(Change(app.pd_nama, app.nama, "ketersediaan", before, after, app.availability == "aktif"))
    if prev.freshness != app.freshness and "tidak_diketahui" not in (prev.freshness, app.freshness):
        before, after = (label(FRESHNESS_LABELS, a.freshness, "-") for a in (prev, app))
        found.append(Change(app.pd_nama, app.nama, "konten", before, after, app.freshness == "update"))
    return found


def worst_apps(cycles: Sequence[CycleSnapshot], limit: int = 10) -> tuple[WorstApp, ...]:
    """Return the applications with the most problems over ``cycles``."""
    tally: dict[str, tuple[MonitoredApp, int, int]] = {}
    for cycle in cycles:
        for app in cycle.apps:
            _, count, down = tally.get(app.app_id, (app, 0, 0))
            tally[app.app_id] = (app, count + len(problems(app)), down + (app.availability == "tidak_aktif"))
    ranked = sorted((v for v in tally.values() if v[1]), key=lambda v: (-v[1], -v[2], v[0].nama))[:limit]
    return tuple(
        WorstApp(a.pd_nama, a.nama, n, down, "; ".join(p.masalah.rstrip(".") for p in problems(a)) or "-")
        for a, n, down in ranked
    )


def monthly_report(
    month_label: str,
    month: Sequence[CycleSnapshot],
    previous: CycleSnapshot | None,
    history: Sequence[CycleSnapshot],
    register: RegisterFigures,
) -> MonthlyReport:
    """Build the Wali Kota's monthly report from the month's cycles and the follow-up register."""
    ordered = sorted(month, key=lambda c: c.started_at)
    latest = ordered[-1].apps if ordered else ()
    done = [a for a in latest if a.has_result]
    return MonthlyReport(
        month_label=month_label,
        share=share(done),
        previous_share=share(a for a in previous.apps if a.has_result) if previous else None,
        changes=changes(previous.apps, latest) if previous else (),
        worst=worst_apps(ordered),
        tindak_lanjut=register,
        trend=trend(history),
        by_pd=by_pd(done),
    )
