"""What the checker remembers about an application between checks (flap state, fingerprint)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime

from .flap import FlapState


@dataclass(frozen=True)
class AppMemory:
    flap: FlapState = field(default_factory=FlapState)
    fingerprint: str | None = None
    fingerprint_changed_at: datetime | None = None
    fingerprint_seen_since: datetime | None = None


def remember_fingerprint(memory: AppMemory, fingerprint: str | None, now: datetime) -> AppMemory:
    """Fold a new content fingerprint into the memory; a change is dated now."""
    if fingerprint is None:
        return memory
    if memory.fingerprint is None:
        return replace(memory, fingerprint=fingerprint, fingerprint_seen_since=now)
    if fingerprint != memory.fingerprint:
        return replace(memory, fingerprint=fingerprint, fingerprint_changed_at=now, fingerprint_seen_since=now)
    return memory
