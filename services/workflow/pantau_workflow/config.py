"""Workflow settings from the PANTAU_WORKFLOW_* variables (already read into Settings)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from pantau_common.settings import Settings

from .domain.model import Policy

_SWITCH = {"on": True, "off": False}


class ConfigError(ValueError):
    """A PANTAU_WORKFLOW_* variable with an invalid value."""


@dataclass(frozen=True)
class WorkflowConfig:
    """How the workflow runs, beyond the SOP definition itself."""

    round_timeout: timedelta = timedelta(minutes=30)  # PANTAU_WORKFLOW_ROUND_TIMEOUT_MINUTES
    monthly_day: int | None = 1  # PANTAU_WORKFLOW_MONTHLY_DAY; 0 (None here) turns the schedule off
    tick_seconds: float = 5.0  # PANTAU_WORKFLOW_TICK_SECONDS: how often the SLA timers run
    run_relay: bool = True  # PANTAU_WORKFLOW_RELAY=off leaves the workflow's outbox rows to another relay
    recheck_every: timedelta = timedelta(minutes=1)  # PANTAU_WORKFLOW_RECHECK_SECONDS
    verify_for: timedelta = timedelta(minutes=30)  # PANTAU_WORKFLOW_VERIFY_MINUTES
    run_notifier: bool = True  # PANTAU_WORKFLOW_NOTIFIER=off leaves the notifications to another process
    session_timeout_s: float = 10.0  # PANTAU_WORKFLOW_SESSION_TIMEOUT_SECONDS: a dead worker's partitions move after it
    # PANTAU_WORKFLOW_INSTANCE_ID: this replica's static group membership (Kafka's group.instance.id),
    # unique per replica and kept across restarts: its replacement takes its partitions at once.
    instance_id: str | None = None
    batch_size: int = 500  # PANTAU_WORKFLOW_BATCH_SIZE: status events applied in one transaction, at most
    batch_wait_s: float = 0.05  # PANTAU_WORKFLOW_BATCH_WAIT_MS: how long a batch waits to fill
    metrics_every_s: float = 15.0  # PANTAU_WORKFLOW_METRICS_SECONDS: how often lag, outbox and steps are read

    @property
    def policy(self) -> Policy:
        """Return the state machine's tunables."""
        return Policy(
            round_timeout=self.round_timeout,
            monthly_day=self.monthly_day,
            recheck_every=self.recheck_every,
            verify_for=self.verify_for,
        )


def workflow_config(settings: Settings) -> WorkflowConfig:
    """Build the workflow configuration; raise ConfigError naming the bad variable."""
    return WorkflowConfig(
        round_timeout=timedelta(minutes=_positive(settings, "WORKFLOW_ROUND_TIMEOUT_MINUTES", 30.0)),
        monthly_day=_day_of_month(settings, "WORKFLOW_MONTHLY_DAY") or None,
        tick_seconds=_positive(settings, "WORKFLOW_TICK_SECONDS", 5.0),
        run_relay=_switch(settings, "WORKFLOW_RELAY", default="on"),
        recheck_every=timedelta(seconds=_positive(settings, "WORKFLOW_RECHECK_SECONDS", 60.0)),
        verify_for=timedelta(minutes=_positive(settings, "WORKFLOW_VERIFY_MINUTES", 30.0)),
        run_notifier=_switch(settings, "WORKFLOW_NOTIFIER", default="on"),
        session_timeout_s=_positive(settings, "WORKFLOW_SESSION_TIMEOUT_SECONDS", 10.0),
        instance_id=settings.get("WORKFLOW_INSTANCE_ID", "").strip() or None,
        batch_size=int(_positive(settings, "WORKFLOW_BATCH_SIZE", 500)),
        batch_wait_s=_positive(settings, "WORKFLOW_BATCH_WAIT_MS", 50.0) / 1000,
        metrics_every_s=_positive(settings, "WORKFLOW_METRICS_SECONDS", 15.0),
    )


def _positive(settings: Settings, name: str, default: float) -> float:
    raw = settings.get(name)
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        raise ConfigError(f"PANTAU_{name}={raw!r} harus bilangan") from None
    if not value > 0:
        raise ConfigError(f"PANTAU_{name} harus lebih besar dari 0")
    return value


def _day_of_month(settings: Settings, name: str) -> int:
    raw = settings.get(name) or "1"
    try:
        day = int(raw)
    except ValueError:
        raise ConfigError(f"PANTAU_{name}={raw!r} harus bilangan bulat 0 sampai 31") from None
    if not 0 <= day <= 31:
        raise ConfigError(f"PANTAU_{name}={raw!r} harus bilangan bulat 0 sampai 31")
    return day


def _switch(settings: Settings, name: str, *, default: str) -> bool:
    raw = settings.get(name, default).strip().lower()
    if raw not in _SWITCH:
        raise ConfigError(f"PANTAU_{name}={raw!r} harus 'on' atau 'off'")
    return _SWITCH[raw]
