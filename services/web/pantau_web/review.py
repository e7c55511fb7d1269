"""Step 3 review: the dispositioned Pelaksana marks a problem a false positive (with a reason) or
asks for one application to be checked again. The workflow decides; the web sends the command."""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from typing import Any

from flask import Blueprint, abort, g, redirect, request, url_for

from pantau_contracts import MalformedMessageError
from pantau_contracts.codec import from_jsonable
from pantau_contracts.followup import MarkFalsePositive, RequestRecheck
from pantau_contracts.problems import Problem, evidence_fingerprint, problems_of
from pantau_contracts.status import ApplicationChecked

from . import followup_queries as fq
from . import forms, queries
from .auth import login_required, sop
from .db import get_db

bp = Blueprint("review", __name__)
log = logging.getLogger(__name__)

# Where, within step 3, the results may be reviewed: while they come in and on the draft
# (not while the reporter is drafting, which would race the draft it is writing).
REVIEW_PHASES = frozenset({"memeriksa", "draf_siap", "draf_gagal"})


@dataclass(frozen=True)
class ReviewItem:
    """One problem of one application in this cycle's results, and its false positive if recorded."""

    app_id: str
    app_nama: str
    problem: Problem
    false_positive: dict[str, Any] | None


def may_review(instance: dict[str, Any], user: dict[str, Any]) -> bool:
    """Say whether the user is the dispositioned Pelaksana and the cycle is at its review."""
    return (
        instance["status"] == "berjalan"
        and instance["step"] == 3
        and instance["phase"] in REVIEW_PHASES
        and user["role"] == sop().step(3).role
        and instance["pelaksana_id"] == user["id"]
    )


def review_items(instance_id: str, apps: list[dict[str, Any]], marked: list[dict[str, Any]]) -> list[ReviewItem]:
    """Return every problem of the cycle's results, each with the false positive that covers it."""
    items = []
    for app in apps:
        for problem in _problems(app):
            covering = (
                m
                for m in marked
                if m["app_id"] == app["id"]
                and m["code"] == problem.code
                and (str(m["instance_id"]) == instance_id or m["evidence_sha256"] == evidence_fingerprint(problem))
            )
            items.append(ReviewItem(app["id"], app["nama"], problem, next(covering, None)))
    return items


def _problems(app: dict[str, Any]) -> tuple[Problem, ...]:
    if not app.get("payload"):
        return ()
    try:
        return problems_of(from_jsonable(ApplicationChecked, app["payload"]))
    except MalformedMessageError as exc:
        log.warning("check result of %s does not decode (%s); no review items", app["id"], exc.reason)
        return ()


def context(db: queries.Conn, instance: dict[str, Any], apps: list[dict[str, Any]]) -> dict[str, Any]:
    """Return what the cycle page shows of the review: the problems and whether the user may act."""
    iid = str(instance["id"])
    marked = fq.false_positives(db, [a["id"] for a in apps])
    return {"review": review_items(iid, apps, marked), "may_review": may_review(instance, g.user)}


def _reviewable(instance_id: uuid.UUID) -> tuple[str, list[dict[str, Any]]]:
    """Return the cycle's id and results if the user may review it now; 404 or 403 if not."""
    db = get_db()
    iid = str(instance_id)
    instance = queries.instance(db, iid)
    if instance is None:
        abort(404)
    if not may_review(instance, g.user):
        abort(403)
    return iid, queries.cycle_results(db, iid)


@bp.route("/siklus/<uuid:instance_id>/positif-palsu", methods=("POST",))
@login_required
def false_positive(instance_id: uuid.UUID) -> Any:
    iid, apps = _reviewable(instance_id)
    app_id, code = request.form.get("app_id", ""), request.form.get("code", "")
    if not any(i.app_id == app_id and i.problem.code == code for i in review_items(iid, apps, [])):
        abort(400, description="Temuan tersebut tidak ada dalam hasil pemeriksaan siklus ini.")
    try:
        alasan = forms.required("alasan", "Alasan positif palsu")
    except forms.FormError as refused:
        abort(400, description=str(refused))
    command = MarkFalsePositive(iid, g.user["id"], forms.expected_step(), app_id, code, alasan)
    return _sent(command, iid)


@bp.route("/siklus/<uuid:instance_id>/periksa-ulang", methods=("POST",))
@login_required
def recheck(instance_id: uuid.UUID) -> Any:
    iid, apps = _reviewable(instance_id)
    app_id = request.form.get("app_id", "")
    if app_id not in {a["id"] for a in apps}:
        abort(400, description="Aplikasi tersebut tidak termasuk dalam siklus ini.")
    return _sent(RequestRecheck(iid, g.user["id"], forms.expected_step(), app_id), iid)


def _sent(command: Any, iid: str) -> Any:
    command_id = forms.send(command, iid)
    return redirect(url_for("cycles.show", instance_id=iid, perintah=command_id))
