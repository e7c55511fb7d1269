"""SLA timers: warn before a step's mutu baku runs out, escalate when it has."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

from pantau_contracts.sop import StepDeadlineReached

from .model import Decision, Instance, bump


def check_deadlines(instance: Instance, now: datetime, warn_at: float) -> Decision:
    """Return the warning or overdue event now due for the open step, once each."""
    visit = instance.open_visit
    if instance.status != "berjalan" or visit is None or not visit.mutu_baku_s:
        return Decision(instance, (), changed=False)
    baku = timedelta(seconds=visit.mutu_baku_s)
    due = visit.started_at + baku
    if visit.overdue_at is None and now >= due:
        marked = replace(visit, overdue_at=now, warned_at=visit.warned_at or now)
        event = StepDeadlineReached(instance.id, visit.step, "terlambat", due, now)
    elif visit.warned_at is None and now >= visit.started_at + baku * warn_at:
        marked = replace(visit, warned_at=now)
        event = StepDeadlineReached(instance.id, visit.step, "peringatan", due, now)
    else:
        return Decision(instance, (), changed=False)
    return Decision(bump(instance, history=(*instance.history[:-1], marked)), (event,))
