"""One application's page: its registry facts, uptime, response-time chart, checks page by page,
open findings and follow-ups, registry history, and the "Periksa sekarang" button.

A department account sees its own department's applications only; any other id answers 404.
"""

from __future__ import annotations

import logging
from typing import Any

from flask import Blueprint, abort, flash, g, redirect, render_template, request, url_for

from pantau_contracts import MalformedMessageError
from pantau_contracts.codec import from_jsonable
from pantau_contracts.followup import CheckNow
from pantau_contracts.problems import Problem, kinds_of
from pantau_contracts.status import Finding

from . import app_queries as aq
from . import followup_queries as fq
from . import forms, lists, queries
from . import list_queries as lq
from .auth import is_department, login_required, open_to_departments, scope
from .charts import Point, response_chart
from .db import get_db
from .registry_edits import may_edit
from .registry_history import history_entries

bp = Blueprint("apps", __name__)
log = logging.getLogger(__name__)


def may_check_now(app: dict[str, Any], user: dict[str, Any]) -> bool:
    """Say whether the user may ask for a check now: an official, or the owning department's operator."""
    if not app["aktif"]:
        return False
    return not is_department(user) or (user["role"] == "operator_pd" and user["pd_id"] == app["pd_id"])


def load(app_id: str) -> dict[str, Any]:
    """Return the application the account may see, or answer 404."""
    app = aq.application(get_db(), app_id, scope())
    if app is None:
        abort(404)
    return app


@bp.route("/aplikasi/<app_id>")
@login_required
@open_to_departments
def show(app_id: str) -> Any:
    db = get_db()
    pending, result = queries.pending_command(db, request.args.get("perintah"))
    app = load(app_id)
    checks = lists.read_page(lambda page: aq.checks(db, app_id, page), lists.page_request(request.args))
    return render_template(
        "app.html",
        a=app,
        uptime=aq.uptime(db, app_id),
        chart=_chart(db, app),
        checks=checks,
        findings=finding_rows(app["id"], app["payload"]),
        follow_ups=fq.follow_ups(db, fq.Filters(pd_id=scope(), app_id=app_id)),
        history=history_entries(aq.registry_history(db, "aplikasi", app_id), lq.department_names(db)),
        may_check=may_check_now(app, g.user),
        may_edit=may_edit(g.user),
        pending=pending,
        result=result,
    )


def finding_rows(app_id: str, payload: dict[str, Any] | None) -> tuple[Problem, ...]:
    """Return the latest result's findings one row per kind, its places together: the problems as the
    nota lists them, then the info-level notes."""
    try:
        findings = [from_jsonable(Finding, f) for f in (payload or {}).get("findings", [])]
    except MalformedMessageError as exc:
        log.warning("findings of %s do not decode (%s); none shown", app_id, exc.reason)
        return ()
    notes = [f for f in findings if f.severity == "info"]
    return kinds_of(f for f in findings if f.severity != "info") + kinds_of(notes)


def _chart(db: queries.Conn, app: dict[str, Any]) -> Any:
    points = [
        Point(r["checked_at"], r["total_ms"] if r["availability"] == "aktif" else None)
        for r in aq.response_times(db, app["id"])
    ]
    return response_chart(points, f"Waktu respons {app['nama']}, 7 hari terakhir")


@bp.route("/aplikasi/<app_id>/periksa", methods=("POST",))
@login_required
@open_to_departments
def check_now(app_id: str) -> Any:
    """Send CheckNow through the outbox; the page then follows the workflow's answer."""
    app = load(app_id)
    if not may_check_now(app, g.user):
        abort(403)
    db = get_db()
    with db.transaction():
        claimed = queries.claim_check_now(db, app["id"], CHECK_NOW_EVERY)
    if not claimed:
        flash(CHECKED_LATELY, "info")
        return redirect(url_for("apps.show", app_id=app["id"]))
    command_id = forms.send(CheckNow(app["id"], g.user["id"]), app["id"])
    return redirect(url_for("apps.show", app_id=app["id"], perintah=command_id))


# Each "Periksa sekarang" is a full check (logins included): a script posting the form over and
# over would have the checker hammer the application (and lock its monitoring account out).
CHECK_NOW_EVERY = 60
CHECKED_LATELY = "Pemeriksaan aplikasi ini baru saja diminta; hasilnya segera tampil. Coba lagi dalam satu menit."
