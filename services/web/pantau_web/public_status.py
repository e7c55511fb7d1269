"""The public status page (``/status``, no login): availability per application and per department.

Citizens see whether a service is up and how it fared over 30 days; never evidence, findings or
an address other than the application's public one. An application whose last check a firewall or
bot challenge answered (``pantau_contracts.status.unseen``) is "tidak dapat diperiksa", not down: it may well work
for them; such checks are not in its uptime either. The figures are read and the page rendered
at most once a minute (``FRESH_S``), so the page stays cheap however often it is opened.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

from flask import Blueprint, current_app, render_template

from pantau_common.retention import Uptime
from pantau_contracts.status import unseen
from pantau_contracts.vocabulary import AVAILABILITY_LABELS

from . import status_queries as sq
from .auth import open_to_departments
from .db import get_db

bp = Blueprint("public_status", __name__)
FRESH_S = 60
WIB = ZoneInfo("Asia/Jakarta")
UNSEEN = "tidak_dapat_diperiksa"
STATE_LABELS: dict[str | None, str] = {**AVAILABILITY_LABELS, UNSEEN: "Tidak dapat diperiksa"}


@dataclass(frozen=True)
class AppStatus:
    nama: str
    url: str | None
    availability: str | None
    checked_at: datetime | None
    uptime: Uptime
    reason: str | None = None  # why the last check found it not aktif

    @property
    def state(self) -> str | None:
        """What a citizen is told: aktif, tidak aktif, tidak dapat diperiksa, or None (not checked yet)."""
        return UNSEEN if unseen(self.availability, self.reason) else self.availability


@dataclass(frozen=True)
class DepartmentStatus:
    nama: str
    apps: tuple[AppStatus, ...]

    @property
    def aktif(self) -> int:
        return sum(a.availability == "aktif" for a in self.apps)

    @property
    def uptime(self) -> Uptime:
        return sum((a.uptime for a in self.apps), Uptime())


@dataclass(frozen=True)
class StatusPage:
    departments: tuple[DepartmentStatus, ...]
    read_at: datetime


def by_department(rows: list[dict[str, Any]], uptimes: dict[str, Uptime], read_at: datetime) -> StatusPage:
    """Group the applications (ordered by department) under their departments."""
    groups: dict[str, tuple[str, list[AppStatus]]] = {}
    for row in rows:
        app = AppStatus(
            row["nama"], row["url"], row["availability"], row["checked_at"], uptimes[row["id"]], row.get("reason")
        )
        groups.setdefault(row["pd_id"], (row["pd_nama"], []))[1].append(app)
    return StatusPage(tuple(DepartmentStatus(nama, tuple(apps)) for nama, apps in groups.values()), read_at)


def percent(uptime: Uptime) -> str:
    """Return the share of the checks that saw it that found it up, as a citizen reads it ("–" without any)."""
    return "–" if uptime.ratio is None else f"{uptime.ratio * 100:.1f}".replace(".", ",") + "%"


class Fresh:
    """A value computed at most once per ``seconds``; the threads of one process share it."""

    def __init__(self, seconds: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.seconds, self.clock = seconds, clock
        self._lock = threading.Lock()
        self._value: Any = None
        self._until = 0.0

    def get(self, compute: Callable[[], Any]) -> Any:
        with self._lock:
            if self._value is None or self.clock() >= self._until:
                self._value, self._until = compute(), self.clock() + self.seconds
            return self._value


def _read() -> StatusPage:
    db = get_db()
    now = datetime.now(UTC)
    today = now.astimezone(WIB).date()
    rows = sq.applications(db)
    return by_department(rows, {r["id"]: sq.uptime(db, r["id"], today) for r in rows}, now)


@bp.record_once
def _set_up(state: Any) -> None:
    state.app.extensions["pantau_status"] = Fresh(FRESH_S)


@bp.get("/status")
@open_to_departments
def page() -> Any:
    """Show every application's availability; the same page for everyone, so caches may keep it."""
    html = current_app.extensions["pantau_status"].get(_render)
    return html, 200, {"Cache-Control": f"public, max-age={FRESH_S}"}


def _render() -> str:
    # Kept rendered: at 1,000 applications the template cost more than the figures' cached read.
    return render_template("status.html", status=_read(), percent=percent, state_label=STATE_LABELS.get)
