"""Confirmed-change suppression: a status change counts only after N checks in a row agree."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class FlapState:
    confirmed: str | None = None  # the last confirmed availability; None before the first check
    candidate: str | None = None
    streak: int = 0


@dataclass(frozen=True)
class Observation:
    state: FlapState
    confirmed: str
    changed: bool  # the confirmed availability changed with this check: alert-worthy


def observe(state: FlapState, availability: str, confirm_after: int) -> Observation:
    """Fold one check into the state; the first check confirms at once."""
    if state.confirmed is None:
        return Observation(FlapState(availability), availability, False)
    if availability == state.confirmed:
        return Observation(FlapState(state.confirmed), state.confirmed, False)
    streak = state.streak + 1 if state.candidate == availability else 1
    if streak >= confirm_after:
        return Observation(FlapState(availability), availability, True)
    return Observation(FlapState(state.confirmed, availability, streak), state.confirmed, False)
