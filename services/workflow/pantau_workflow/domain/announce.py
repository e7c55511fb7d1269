"""Which check results a Perangkat Daerah hears of on its own stream."""

from __future__ import annotations

from pantau_contracts.status import ApplicationChecked

# (availability, freshness, login) of an application as last recorded
Summary = tuple[str, str, str]


def summary(event: ApplicationChecked) -> Summary:
    """Return the state a department cares about; availability after flap suppression."""
    return (event.confirmed_availability or event.availability, event.content.result, event.login.result)


def department_hears(previous: Summary | None, event: ApplicationChecked) -> bool:
    """Return whether the result is a confirmed change worth announcing.

    The checker's flap suppression decides availability; login and content changes count as
    they come; nothing is announced inside a maintenance window.
    """
    if event.in_maintenance:
        return False
    return previous is None or previous != summary(event)
