"""The SOP definition (``monev.toml``) as frozen dataclasses."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from datetime import timedelta
from importlib import resources
from typing import Any

ROLES = ("kadis", "kabid", "kasie", "pelaksana", "admin")
ROLE_LABELS = {
    "kadis": "Kepala Dinas",
    "kabid": "Kepala Bidang E-Government",
    "kasie": "Kepala Seksi Tata Kelola E-Government",
    "pelaksana": "Pelaksana",
    "admin": "Administrator",
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
class SopDefinition:
    code: str
    name: str
    unit: str
    warn_at: float
    legal_basis: tuple[str, ...]
    steps: tuple[StepDefinition, ...]

    def step(self, number: int) -> StepDefinition:
        """Return step ``number`` (1-based)."""
        return self.steps[number - 1]


def parse_definition(doc: dict[str, Any]) -> SopDefinition:
    """Build and check a definition from the parsed TOML document."""
    steps = tuple(StepDefinition(**s) for s in doc["steps"])
    if [s.number for s in steps] != list(range(1, 8)):
        raise InvalidDefinitionError("the SOP must define steps 1 to 7, in order")
    unknown = sorted({s.role for s in steps} - set(ROLES))
    if unknown:
        raise InvalidDefinitionError(f"unknown role(s) in SOP definition: {unknown}")
    return SopDefinition(
        code=doc["code"],
        name=doc["name"],
        unit=doc["unit"],
        warn_at=float(doc.get("warn_at", 0.8)),
        legal_basis=tuple(doc.get("legal_basis", ())),
        steps=steps,
    )


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
