"""The SOP definition (``monev.toml``) as frozen dataclasses."""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import timedelta
from importlib import resources
from typing import Any

ROLES = ("kadis", "kabid", "kasie", "pelaksana", "admin", "operator_pd", "kepala_pd")
# Roles bound to one Perangkat Daerah: they see only that department's applications.
DEPARTMENT_ROLES = ("operator_pd", "kepala_pd")
ROLE_LABELS = {
    "kadis": "Kepala Dinas",
    "kabid": "Kepala Bidang E-Government",
    "kasie": "Kepala Seksi Tata Kelola E-Government",
    "pelaksana": "Pelaksana",
    "admin": "Administrator",
    "operator_pd": "Operator Perangkat Daerah",
    "kepala_pd": "Kepala Perangkat Daerah",
}


class InvalidDefinitionError(ValueError):
    """The SOP definition file is inconsistent."""


@dataclass(frozen=True)
class StepDefinition:
    number: int
    role: str
    actor: str
    text: str
    requirement: str
    output: str
    mutu_baku_minutes: int

    @property
    def mutu_baku(self) -> timedelta | None:
        return timedelta(minutes=self.mutu_baku_minutes) if self.mutu_baku_minutes else None


@dataclass(frozen=True)
class FollowUpPolicy:
    """How follow-ups are due, closed by evidence and reopened (``[tindak_lanjut]``)."""

    closing_checks: int = 2
    reopen_within_days: int = 30
    due_hours: Mapping[str, int] = field(default_factory=dict)
    due_hours_by_category: Mapping[str, int] = field(default_factory=dict)
    default_due_hours: int = 168

    def due_after(self, code: str, category: str) -> timedelta:
        """Return how long after opening a follow-up of this problem is due."""
        hours = self.due_hours.get(code) or self.due_hours_by_category.get(category) or self.default_due_hours
        return timedelta(hours=hours)

    @property
    def reopen_window(self) -> timedelta:
        return timedelta(days=self.reopen_within_days)


@dataclass(frozen=True)
class SopDefinition:
    code: str
    name: str
    unit: str
    warn_at: float
    legal_basis: tuple[str, ...]
    steps: tuple[StepDefinition, ...]
    superiors: Mapping[str, str] = field(default_factory=dict)
    followup: FollowUpPolicy = field(default_factory=FollowUpPolicy)

    def step(self, number: int) -> StepDefinition:
        """Return step ``number`` (1-based)."""
        return self.steps[number - 1]

    def superior(self, role: str) -> str | None:
        """Return the role told when an official of ``role`` runs past a mutu baku."""
        return self.superiors.get(role)


def parse_definition(doc: dict[str, Any]) -> SopDefinition:
    """Build and check a definition from the parsed TOML document."""
    steps = tuple(StepDefinition(**s) for s in doc["steps"])
    if [s.number for s in steps] != list(range(1, 8)):
        raise InvalidDefinitionError("the SOP must define steps 1 to 7, in order")
    superiors = dict(doc.get("atasan", {}))
    unknown = sorted(({s.role for s in steps} | set(superiors) | set(superiors.values())) - set(ROLES))
    if unknown:
        raise InvalidDefinitionError(f"unknown role(s) in SOP definition: {unknown}")
    return SopDefinition(
        code=doc["code"],
        name=doc["name"],
        unit=doc["unit"],
        warn_at=float(doc.get("warn_at", 0.8)),
        legal_basis=tuple(doc.get("legal_basis", ())),
        steps=steps,
        superiors=superiors,
        followup=_followup_policy(doc.get("tindak_lanjut", {})),
    )


def _followup_policy(doc: dict[str, Any]) -> FollowUpPolicy:
    hours = {**doc.get("batas_jam", {}), **doc.get("batas_jam_kategori", {})}
    bad = sorted(name for name, value in hours.items() if not isinstance(value, int) or value <= 0)
    if bad:
        raise InvalidDefinitionError(f"tindak_lanjut: due hours must be whole positive numbers: {bad}")
    policy = FollowUpPolicy(
        closing_checks=int(doc.get("closing_checks", 2)),
        reopen_within_days=int(doc.get("reopen_within_days", 30)),
        due_hours=dict(doc.get("batas_jam", {})),
        due_hours_by_category=dict(doc.get("batas_jam_kategori", {})),
    )
    if policy.closing_checks < 1:
        raise InvalidDefinitionError("tindak_lanjut.closing_checks must be 1 or more")
    return policy


def load_definition(text: str | None = None) -> SopDefinition:
    """Load the packaged SOP definition, or one given as TOML text."""
    if text is None:
        text = resources.files(__package__).joinpath("monev.toml").read_text("utf-8")
    return parse_definition(tomllib.loads(text))


def load_sop(path: str | None = None) -> SopDefinition:
    """Load the SOP definition every service runs on: the file at ``path`` (PANTAU_SOP_FILE), or the packaged one."""
    if not path:
        return load_definition()
    try:
        with open(path, encoding="utf-8") as f:
            text = f.read()
    except OSError as exc:
        raise InvalidDefinitionError(f"cannot read the SOP definition {path}: {exc.strerror}") from exc
    try:
        return load_definition(text)
    except (tomllib.TOMLDecodeError, KeyError, TypeError) as exc:
        raise InvalidDefinitionError(f"the SOP definition {path} is invalid: {exc}") from exc
