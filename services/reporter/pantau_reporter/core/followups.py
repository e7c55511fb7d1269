"""The follow-up register (tindak lanjut) as the documents and dashboards read it, with no I/O.

The workflow writes the register; the reporter only reads it: the previous cycle's follow-ups in
the next nota, and open, late and time-to-fix figures per Perangkat Daerah and kind of problem.
"""

from __future__ import annotations

import statistics
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from pantau_contracts.vocabulary import (
    CATEGORY_LABELS,
    FOLLOWUP_FLAG_LABELS,
    FOLLOWUP_STATE_LABELS,
    finding_label,
    label,
)

from .dates import durasi, tanggal

OPEN_STATES = frozenset({"terbuka", "ditanggapi"})


@dataclass(frozen=True)
class FollowUpRecord:
    """One follow-up of the register, with the registry's names of its application and owner."""

    id: str
    instance_id: str
    cycle_no: str
    nota_nomor: str
    app_id: str
    app_nama: str
    pd_id: str
    pd_nama: str
    code: str
    category: str
    severity: str
    state: str
    opened_at: datetime
    due_at: datetime
    terlambat: bool = False
    dibuka_kembali: bool = False
    closed_at: datetime | None = None

    @property
    def is_open(self) -> bool:
        return self.state in OPEN_STATES

    @property
    def masalah(self) -> str:
        """Return the problem as an official reads it (never its code)."""
        return finding_label(self.code)

    @property
    def kategori(self) -> str:
        return label(CATEGORY_LABELS, self.category)

    @property
    def status(self) -> str:
        return label(FOLLOWUP_STATE_LABELS, self.state)

    @property
    def keterangan(self) -> str:
        """Return the flags as printed: "Terlambat", "Dibuka kembali", both or "-"."""
        return _flags(late=self.terlambat, reopened=self.dibuka_kembali)

    def keterangan_pada(self, at: datetime) -> str:
        """Return the flags as they stood at ``at`` (late by the due date)."""
        return _flags(late=self.late_at(at), reopened=self.dibuka_kembali)

    @property
    def batas_waktu(self) -> str:
        return tanggal(self.due_at)

    @property
    def dibuka(self) -> str:
        return tanggal(self.opened_at)

    def open_at(self, at: datetime) -> bool:
        """Tell whether the follow-up was open at ``at`` (opened before, not closed by then)."""
        if self.opened_at > at:
            return False
        return self.is_open or (self.closed_at is not None and self.closed_at > at)

    def late_at(self, at: datetime) -> bool:
        """Tell whether the follow-up was open and past its due date at ``at``."""
        # By the dates, not the flag, so that a past month reads as it stood then.
        return self.open_at(at) and self.due_at < at

    @property
    def time_to_fix(self) -> timedelta | None:
        """Return opened → closed for a follow-up the evidence closed (selesai); else None."""
        if self.state != "selesai" or self.closed_at is None:
            return None
        return self.closed_at - self.opened_at


def _flags(*, late: bool, reopened: bool) -> str:
    flags = [FOLLOWUP_FLAG_LABELS[name] for name, on in (("terlambat", late), ("dibuka_kembali", reopened)) if on]
    return ", ".join(flags) or "-"


@dataclass(frozen=True)
class Recap:
    """How the follow-ups of one cycle stand."""

    total: int
    selesai: int
    ditutup: int
    terbuka: int
    terlambat: int
    dibuka_kembali: int

    @property
    def kalimat(self) -> str:
        """Return the one-sentence summary printed above the list."""
        if not self.total:
            return "Tidak terdapat tindak lanjut dari siklus sebelumnya."
        return (
            f"Dari {self.total} tindak lanjut, {self.selesai} telah selesai diperbaiki, "
            f"{self.ditutup} ditutup oleh Kepala Seksi, dan {self.terbuka} masih terbuka; "
            f"{self.terlambat} melewati batas waktu dan {self.dibuka_kembali} dibuka kembali "
            "karena masalahnya muncul lagi."
        )


def recap(items: Sequence[FollowUpRecord]) -> Recap:
    """Count how the follow-ups stand: fixed, closed by hand, open, late and reopened."""
    return Recap(
        total=len(items),
        selesai=sum(f.state == "selesai" for f in items),
        ditutup=sum(f.state == "ditutup" for f in items),
        terbuka=sum(f.is_open for f in items),
        terlambat=sum(f.terlambat for f in items),
        dibuka_kembali=sum(f.dibuka_kembali for f in items),
    )


@dataclass(frozen=True)
class PdFollowUps:
    """Open and late follow-ups of one Perangkat Daerah at one moment."""

    pd_id: str
    pd_nama: str
    terbuka: int
    terlambat: int


def open_by_pd(items: Iterable[FollowUpRecord], at: datetime) -> tuple[PdFollowUps, ...]:
    """Return the open and late follow-ups per Perangkat Daerah at ``at``, most late first."""
    groups: dict[str, list[FollowUpRecord]] = {}
    for f in items:
        if f.open_at(at):
            groups.setdefault(f.pd_id, []).append(f)
    rows = [
        PdFollowUps(pd_id, members[0].pd_nama, len(members), sum(f.late_at(at) for f in members))
        for pd_id, members in groups.items()
    ]
    return tuple(sorted(rows, key=lambda r: (-r.terlambat, -r.terbuka, r.pd_nama)))


def open_at(items: Iterable[FollowUpRecord], at: datetime) -> tuple[FollowUpRecord, ...]:
    """Return the follow-ups open at ``at``, late ones first, then by Perangkat Daerah."""
    found = [f for f in items if f.open_at(at)]
    return tuple(sorted(found, key=lambda f: (not f.late_at(at), f.pd_nama, f.app_nama, f.opened_at)))


@dataclass(frozen=True)
class FixTime:
    """The median time from opening to the proven fix, for one kind of problem."""

    jenis: str
    jumlah: int
    median: timedelta

    @property
    def median_label(self) -> str:
        return durasi(self.median)


def fix_times_by_category(items: Iterable[FollowUpRecord]) -> tuple[FixTime, ...]:
    """Return the median time to fix per category of problem (Ketersediaan, Konten, …)."""
    return _fix_times(items, lambda f: f.kategori)


def fix_times_by_problem(items: Iterable[FollowUpRecord]) -> tuple[FixTime, ...]:
    """Return the median time to fix per problem (its label)."""
    return _fix_times(items, lambda f: f.masalah)


def _fix_times(items: Iterable[FollowUpRecord], kind: Callable[[FollowUpRecord], str]) -> tuple[FixTime, ...]:
    groups: dict[str, list[timedelta]] = {}
    for f in items:
        took = f.time_to_fix
        if took is not None:
            groups.setdefault(kind(f), []).append(took)
    rows = [FixTime(name, len(times), _median(times)) for name, times in groups.items()]
    return tuple(sorted(rows, key=lambda r: (-r.median, r.jenis)))


def _median(times: list[timedelta]) -> timedelta:
    return timedelta(seconds=statistics.median(t.total_seconds() for t in times))


@dataclass(frozen=True)
class RegisterFigures:
    """The register at one moment: open follow-ups, per Perangkat Daerah, and median times to fix."""

    at: datetime
    terbuka: tuple[FollowUpRecord, ...]
    per_pd: tuple[PdFollowUps, ...]
    per_kategori: tuple[FixTime, ...]
    per_masalah: tuple[FixTime, ...]

    @property
    def terlambat(self) -> int:
        return sum(f.late_at(self.at) for f in self.terbuka)

    def of_pd(self, pd_id: str) -> PdFollowUps | None:
        """Return one Perangkat Daerah's open and late follow-ups, if it has any."""
        return next((r for r in self.per_pd if r.pd_id == pd_id), None)


def register_figures(
    items: Sequence[FollowUpRecord], at: datetime, fixed_since: datetime | None = None
) -> RegisterFigures:
    """Return the register's figures at ``at``; the times to fix of follow-ups fixed since ``fixed_since``."""
    fixed = [f for f in items if f.closed_at is not None and f.closed_at <= at]
    if fixed_since is not None:
        fixed = [f for f in fixed if f.closed_at is not None and f.closed_at >= fixed_since]
    return RegisterFigures(
        at=at,
        terbuka=open_at(items, at),
        per_pd=open_by_pd(items, at),
        per_kategori=fix_times_by_category(fixed),
        per_masalah=fix_times_by_problem(fixed),
    )
