"""The repositories of one transaction that applies a batch of status events.

They behave as ``postgres_repositories`` do, with fewer round trips: what the batch reads per
application (its latest result, its registry row, its department's contacts, whether it has
follow-ups) is read once for all its applications, and the check results and outbox rows it
writes are kept in order and written together when the batch ends. A result written in the
batch is what the next one of the same application compares with, as if it had been stored.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import datetime
from typing import Any, NamedTuple

from pantau_common.outbox import INSERT_SQL, outbox_params
from pantau_contracts import Envelope
from pantau_contracts.status import ApplicationChecked

from .domain.announce import Summary, summary
from .domain.followups import FollowUp
from .domain.notices import AppInfo
from .ports import CheckResults, Directory, FollowUps, Recipient, Repositories
from .postgres import INSERT_RESULTS, Conn, decoded_result, postgres_repositories, results_json

# Each application's latest result as the trigger-kept ``latest_checks`` row has it: its summary,
# and the whole stored result only for the applications whose new results carry findings (the
# security notices compare them with the last one's); the other payloads are not read nor parsed.
_LATEST = (
    "SELECT l.app_id, l.checked_at, COALESCE(l.confirmed_availability, l.availability) AS availability,"
    " l.freshness, l.login, r.payload FROM latest_checks l"
    " LEFT JOIN check_results r ON r.event_id = l.event_id AND l.app_id = ANY(%(found)s)"
    " WHERE l.app_id = ANY(%(apps)s)"
)
_CONTACTS = "SELECT pd_id, app_id, channel, address, secret_ref FROM contacts WHERE aktif AND pd_id = ANY(%s)"
_FOLLOWED = "SELECT DISTINCT app_id FROM follow_ups WHERE app_id = ANY(%s)"
_APPS = (
    "SELECT a.id, a.nama, a.pd_id, pd.nama AS pd_nama, a.url FROM applications a"
    " JOIN perangkat_daerah pd ON pd.id = a.pd_id WHERE a.id = ANY(%s)"
)


@contextmanager
def status_batch(conn: Conn, events: list[ApplicationChecked]) -> Iterator[Repositories]:
    """Yield the repositories for a batch of ``events``; write what it queued when it ends."""
    repos = postgres_repositories(conn)
    apps = sorted({event.app_id for event in events})
    pd_ids = sorted({event.pd_id for event in events})
    results = BatchResults(repos.results, _latest(conn, apps, sorted({e.app_id for e in events if e.findings})))
    outbox = BatchOutbox()
    followed = {r["app_id"] for r in conn.execute(_FOLLOWED, (apps,))}
    yield replace(
        repos,
        results=results,
        outbox=outbox,
        directory=BatchDirectory(repos.directory, _apps(conn, apps), _contacts(conn, pd_ids)),
        followups=BatchFollowUps(repos.followups, followed),
    )
    outbox.write(conn)
    results.write(conn)


class Stored(NamedTuple):
    """An application's latest stored result: its summary, and its payload if it was read."""

    summary: Summary
    payload: Any


def _latest(conn: Conn, apps: list[str], found: list[str]) -> dict[str, tuple[datetime, Stored | ApplicationChecked]]:
    rows = conn.execute(_LATEST, {"apps": apps, "found": found})
    return {
        r["app_id"]: (r["checked_at"], Stored((r["availability"], r["freshness"], r["login"]), r["payload"]))
        for r in rows
    }


def _contacts(conn: Conn, pd_ids: list[str]) -> dict[str, list[tuple[str | None, Recipient]]]:
    """Return the active contacts of each department, with the application each is for (None: all)."""
    contacts: dict[str, list[tuple[str | None, Recipient]]] = {pd_id: [] for pd_id in pd_ids}
    for r in conn.execute(_CONTACTS, (pd_ids,)):
        contacts[r["pd_id"]].append((r["app_id"], Recipient(r["channel"], r["address"], r["secret_ref"])))
    return contacts


def _apps(conn: Conn, apps: list[str]) -> dict[str, AppInfo]:
    rows = conn.execute(_APPS, (apps,))
    return {r["id"]: AppInfo(r["id"], r["nama"], r["pd_id"], r["pd_nama"], r["url"]) for r in rows}


class BatchResults:
    """Check results written at the end of the batch; each application's latest known without a query."""

    def __init__(self, stored: CheckResults, latest: dict[str, tuple[datetime, Stored | ApplicationChecked]]) -> None:
        self._stored = stored
        self._latest = latest  # what was stored, or a result (of the batch, or decoded when asked for)
        self._added: dict[str, ApplicationChecked] = {}

    def add(self, event_id: str, event: ApplicationChecked) -> None:
        """Queue a result (once per event id); it is the application's latest if it is the newest."""
        self._added.setdefault(event_id, event)
        known = self._latest.get(event.app_id)
        if known is None or event.checked_at >= known[0]:
            self._latest[event.app_id] = (event.checked_at, event)

    def last_summary(self, app_id: str) -> Summary | None:
        """Return the summary of the application's latest result, or None."""
        known = self._latest.get(app_id)
        if known is None:
            return None
        return summary(known[1]) if isinstance(known[1], ApplicationChecked) else known[1].summary

    def last(self, app_id: str) -> ApplicationChecked | None:
        """Return the application's latest result, or None."""
        known = self._latest.get(app_id)
        if known is None:
            return None
        if isinstance(known[1], ApplicationChecked):
            return known[1]
        payload = known[1].payload  # or else read now: nothing of the batch is written yet, so the latest stored
        stored = decoded_result(payload) if payload is not None else self._stored.last(app_id)
        if stored is not None:
            self._latest[app_id] = (known[0], stored)
        return stored

    def of_cycle(self, instance_id: str) -> list[ApplicationChecked]:
        """Return the cycle's results as stored before the batch."""
        return self._stored.of_cycle(instance_id)

    def write(self, conn: Conn) -> None:
        """Insert the batch's results in one statement."""
        if self._added:
            conn.execute(INSERT_RESULTS, (results_json(self._added.items()),))


class BatchOutbox:
    """Outbox rows written at the end of the batch, in the order they were queued."""

    def __init__(self) -> None:
        self._rows: list[tuple[Any, ...]] = []

    def add(self, env: Envelope, topic: str, key: str) -> bool:
        """Queue a message; a repeated id is left out when written."""
        self._rows.append(outbox_params(env, topic, key))
        return True

    def write(self, conn: Conn) -> None:
        """Insert the queued rows, pipelined in one round trip."""
        if self._rows:
            with conn.cursor() as cur:
                cur.executemany(INSERT_SQL, self._rows)


class BatchDirectory:
    """The directory, with the batch's applications read at once."""

    def __init__(
        self, directory: Directory, apps: dict[str, AppInfo], contacts: dict[str, list[tuple[str | None, Recipient]]]
    ) -> None:
        self._directory = directory
        self._apps = apps
        self._contacts = contacts

    def app(self, app_id: str) -> AppInfo | None:
        """Return the application with its department's name, or None."""
        return self._apps.get(app_id)

    def contacts(self, pd_id: str, app_id: str) -> list[Recipient]:
        """Return the active contacts of the department and those of this one application."""
        if pd_id not in self._contacts:
            return self._directory.contacts(pd_id, app_id)
        mine = {r for for_app, r in self._contacts[pd_id] if for_app in (None, app_id)}
        return sorted(mine, key=lambda r: (r.channel, r.address))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._directory, name)


class BatchFollowUps:
    """The follow-ups, asked about only for the applications that have any."""

    def __init__(self, followups: FollowUps, followed: set[str]) -> None:
        self._followups = followups
        self._followed = followed

    def of_app(self, app_id: str, closed_since: datetime) -> list[FollowUp]:
        """Return the application's open follow-ups and those closed since ``closed_since``."""
        return self._followups.of_app(app_id, closed_since) if app_id in self._followed else []

    def add(self, follow_up: FollowUp) -> None:
        """Insert a new follow-up."""
        self._followed.add(follow_up.app_id)
        self._followups.add(follow_up)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._followups, name)
