"""The follow-up register (tindak lanjut): the list with its filters, one follow-up with its history,
the part of a nota addressed to a department, closing by the Kasie, and the JSON API.

The workflow writes the register; the web reads it and sends commands. A department account sees
its own department's follow-ups only: any other id answers 404, as if it did not exist.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from flask import Blueprint, abort, g, redirect, render_template, request, url_for

from pantau_contracts.followup import CloseFollowUp
from pantau_contracts.vocabulary import FOLLOWUP_STATE_LABELS

from . import followup_queries as fq
from . import forms, queries
from .auth import is_department, login_required, open_to_departments, scope, sop
from .db import get_db

bp = Blueprint("followups", __name__)


def may_answer(follow_up: dict[str, Any], user: dict[str, Any]) -> bool:
    """Say whether the user may answer: an operator of the owning department, while it is open."""
    return (
        user["role"] == "operator_pd" and user["pd_id"] == follow_up["pd_id"] and follow_up["state"] in fq.OPEN_STATES
    )


def may_close(follow_up: dict[str, Any], user: dict[str, Any]) -> bool:
    """Say whether the user may close it by hand: the Kasie (who dispositions, step 2), while it is open."""
    return user["role"] == sop().step(2).role and follow_up["state"] in fq.OPEN_STATES


def filters_from(args: Any) -> fq.Filters:
    """Read the register's filters from the query string; a department is always narrowed to itself."""
    state = args.get("status") or None
    department = scope()
    return fq.Filters(
        pd_id=department if department else (args.get("pd") or None),
        state=state if state in FOLLOWUP_STATE_LABELS else None,
        late_only=args.get("terlambat") == "1",
    )


def load(followup_id: uuid.UUID) -> dict[str, Any]:
    """Return the follow-up the account may see, or answer 404."""
    follow_up = fq.follow_up(get_db(), str(followup_id), scope())
    if follow_up is None:
        abort(404)
    return follow_up


def load_to_act(followup_id: uuid.UUID, may: Callable[[dict[str, Any], dict[str, Any]], bool]) -> dict[str, Any]:
    """Return the follow-up if the user may act on it now; 404 if they may not see it, 403 if not act."""
    follow_up = load(followup_id)
    if not may(follow_up, g.user):
        abort(403)
    return follow_up


@bp.route("/tindak-lanjut")
@login_required
@open_to_departments
def register() -> Any:
    db = get_db()
    filters = filters_from(request.args)
    return render_template(
        "followups.html",
        rows=fq.follow_ups(db, filters),
        filters=filters,
        departments=[] if is_department(g.user) else fq.departments(db),
        counts=fq.counts(db, scope()),
    )


@bp.route("/tindak-lanjut/<uuid:followup_id>")
@login_required
@open_to_departments
def show(followup_id: uuid.UUID) -> Any:
    waiting = queries.pending_command(get_db(), request.args.get("perintah"))  # before the follow-up
    return render_page(load(followup_id), waiting=waiting)


def render_page(
    follow_up: dict[str, Any],
    error: str | None = None,
    status: int = 200,
    waiting: tuple[str | None, dict[str, Any] | None] = (None, None),
) -> Any:
    """Render one follow-up with its history, the forms the user may use and the command it waits for."""
    db = get_db()
    pending, result = waiting
    page = render_template(
        "followup.html",
        f=follow_up,
        history=fq.history(db, str(follow_up["id"])),
        may_answer=may_answer(follow_up, g.user),
        may_close=may_close(follow_up, g.user),
        command_id=str(uuid.uuid4()),
        pending=pending,
        result=result,
        error=error,
        form=request.form if error else {},
    )
    return page, status


@bp.route("/tindak-lanjut/<uuid:followup_id>/tutup", methods=("POST",))
@login_required
def close(followup_id: uuid.UUID) -> Any:
    follow_up = load_to_act(followup_id, may_close)
    try:
        alasan = forms.required("alasan", "Alasan penutupan")
    except forms.FormError as refused:
        return render_page(follow_up, error=str(refused), status=400)
    fid = str(follow_up["id"])
    command_id = forms.send(CloseFollowUp(fid, g.user["id"], alasan), fid)
    return redirect(url_for("followups.show", followup_id=fid, perintah=command_id))


@bp.route("/tindak-lanjut/nota/<uuid:instance_id>")
@login_required
@open_to_departments
def nota(instance_id: uuid.UUID) -> Any:
    """Show the part of a signed nota addressed to the department: its follow-ups and the nota's number."""
    rows = fq.follow_ups(get_db(), fq.Filters(pd_id=scope(), instance_id=str(instance_id)))
    if not rows:
        abort(404)
    return render_template("nota_followups.html", rows=rows, first=rows[0])


@bp.route("/api/tindak-lanjut")
@login_required
@open_to_departments
def api_register() -> Any:
    """Return the follow-ups the account may see (``?status=``, ``?terlambat=1``, ``?pd=`` for officials)."""
    return {"tindak_lanjut": queries.jsonable(fq.follow_ups(get_db(), filters_from(request.args)))}


@bp.route("/api/tindak-lanjut/<uuid:followup_id>")
@login_required
@open_to_departments
def api_follow_up(followup_id: uuid.UUID) -> Any:
    """Return one follow-up with its history."""
    follow_up = load(followup_id)
    return {
        "tindak_lanjut": queries.jsonable(follow_up),
        "riwayat": queries.jsonable(fq.history(get_db(), str(follow_up["id"]))),
    }
