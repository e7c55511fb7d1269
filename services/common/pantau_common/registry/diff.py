"""What applying a registry would change: each row compared with what is stored (pure)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any, Literal

from .flat import app_document, pd_document
from .model import AppSpec, PerangkatDaerah, Registry

Entity = Literal["perangkat_daerah", "aplikasi"]
ChangeKind = Literal["baru", "diubah", "dinonaktifkan", "diaktifkan", "tetap"]


@dataclass(frozen=True)
class Change:
    """One row's change: its document before (None when new) and after."""

    entity: Entity
    id: str
    pd_id: str
    kind: ChangeKind
    before: Mapping[str, Any] | None
    after: Mapping[str, Any]

    @property
    def fields(self) -> tuple[str, ...]:
        """Return the names of the fields that differ."""
        before = self.before or {}
        return tuple(sorted(k for k in set(before) | set(self.after) if before.get(k) != self.after.get(k)))


def plan(stored: Registry, incoming: Registry) -> list[Change]:
    """Compare every incoming row with the stored one; a row silent on contacts keeps the stored ones."""
    pds = {p.id: p for p in stored.perangkat_daerah}
    apps = {a.id: a for a in stored.applications}
    changes = [_pd_change(pds.get(p.id), p) for p in incoming.perangkat_daerah]
    return changes + [_app_change(apps.get(a.id), a) for a in incoming.applications]


def _pd_change(before: PerangkatDaerah | None, after: PerangkatDaerah) -> Change:
    if after.kontak is None and before is not None:
        after = replace(after, kontak=before.kontak)
    old = pd_document(before) if before else None
    return Change("perangkat_daerah", after.id, after.id, kind(old, pd_document(after)), old, pd_document(after))


def _app_change(before: AppSpec | None, after: AppSpec) -> Change:
    if after.kontak is None and before is not None:
        after = replace(after, kontak=before.kontak)
    old = app_document(before) if before else None
    return Change("aplikasi", after.id, after.pd_id, kind(old, app_document(after)), old, app_document(after))


def kind(before: Mapping[str, Any] | None, after: Mapping[str, Any]) -> ChangeKind:
    """Name a change: new, unchanged, (de)activated, or changed otherwise."""
    if before is None:
        return "baru"
    if before == after:
        return "tetap"
    if before.get("aktif") != after.get("aktif"):
        return "diaktifkan" if after.get("aktif") else "dinonaktifkan"
    return "diubah"
