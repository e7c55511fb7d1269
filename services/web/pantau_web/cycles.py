"""Monitoring cycles: the inbox per role, the instance page, and the step actions."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from flask import Blueprint, abort, current_app, flash, g, redirect, render_template, request, url_for

from pantau_contracts import sop as c

from . import confidential, forms, lists, queries, review, signature
from . import list_queries as lq
from .auth import allowed_actions, is_department, login_required, open_to_departments, require_role, sop
from .db import get_db
from .snapshots import fresh_id, kept

bp = Blueprint("cycles", __name__)


@bp.record_once
def _set_up(state: Any) -> None:
    state.app.extensions["pantau_scope_counts"] = queries.ScopeCounts()


def _counts() -> queries.ScopeCounts:
    return current_app.extensions["pantau_scope_counts"]  # type: ignore[no-any-return]


@bp.route("/")
@login_required
@open_to_departments
@kept("sop_instances", "sop_step_history", "sop_cycle_scope", "users")
def inbox() -> Any:
    if is_department(g.user):  # their landing is their own department's page
        return redirect(url_for("departments.home"))
    running, recent = queries.inbox_instances(get_db(), _counts(), RECENT_ON_INBOX)
    return render_template(
        "inbox.html",
        waiting=[i for i in running if allowed_actions(i, g.user)],
        instances=recent,
        sop=sop(),
        new_id=fresh_id(),
        command_id=fresh_id(),
    )


# The inbox shows the latest few; every cycle is one link away, on /siklus, page by page.
RECENT_ON_INBOX = 10


@bp.route("/siklus")
@login_required
def all_cycles() -> Any:
    """List every cycle, newest first: searched by number or note, filtered by status, page by page."""
    filters = lq.CycleFilters(lists.search_text(request.args), lists.choice(request.args, "status", CYCLE_STATUS))
    page = lists.read_page(lambda p: lq.cycles(get_db(), filters, p, _counts()), lists.page_request(request.args))
    return render_template("cycles.html", cycles=page, filters=filters, statuses=CYCLE_STATUS), lists.status(page)


CYCLE_STATUS = {"berjalan": "Berjalan", "selesai": "Selesai"}


@bp.route("/siklus/<uuid:instance_id>")
@login_required
def show(instance_id: uuid.UUID) -> Any:
    db = get_db()
    pending, result = queries.pending_command(db, request.args.get("perintah"))
    instance = queries.instance(db, str(instance_id))
    if instance is None:
        if pending:  # a new cycle not created yet, or refused: say which
            return render_template("pending.html", command_id=pending, result=result)
        abort(404)
    confidential.guard(instance, g.user, sop())
    return render_template("instance.html", pending=pending, result=result, **_instance_page(db, instance))


def _instance_page(db: queries.Conn, instance: dict[str, Any]) -> dict[str, Any]:
    """Return what the instance page shows besides the pending command."""
    iid = str(instance["id"])
    apps = queries.cycle_results(db, iid)
    return {
        "i": instance,
        "sop": sop(),
        "history": queries.history(db, iid),
        "documents": queries.documents(db, iid),
        "results": queries.round_results(db, iid),
        "apps": apps,
        **review.context(db, instance, apps),
        "actions": allowed_actions(instance, g.user),
        "passphrase_needed": bool(signature.door_url()),
        "pelaksana": queries.users_with_role(db, "pelaksana"),
        "command_id": str(uuid.uuid4()),
        "now": queries.now(db),
    }


@bp.route("/siklus/baru", methods=("POST",))
@login_required
def start() -> Any:
    require_role(sop().step(1).role)
    instance_id = forms.uuid_field("instance_id")
    note = request.form.get("note", "")
    return _send(c.StartCycle(instance_id, g.user["id"], note), instance_id)


@bp.route("/siklus/<uuid:instance_id>/<action>", methods=("POST",))
@login_required
def act(instance_id: uuid.UUID, action: str) -> Any:
    iid = str(instance_id)
    instance = queries.instance(get_db(), iid)
    if instance is None:
        abort(404)
    if action not in allowed_actions(instance, g.user):
        abort(403)
    if action == "tandatangani" and signature.door_url():
        refused = signature.sign_first(instance, g.user["id"], request.form.get("passphrase", ""))
        if refused:
            flash(refused, "error")
            return redirect(url_for("cycles.show", instance_id=iid))
    return _send(_command(action, iid, forms.expected_step()), iid)


def _command(action: str, iid: str, step: int) -> Any:
    """Build the command of ``action`` from the posted form."""
    me = g.user["id"]
    if action == "disposisi":
        return _disposition(iid, me, step)
    return _COMMANDS[action](iid, me, step, request.form.get("catatan", ""))


def _disposition(iid: str, me: int, step: int) -> c.WriteDisposition:
    return c.WriteDisposition(
        iid,
        me,
        step,
        forms.int_field("pelaksana_id"),
        forms.choice("instruksi", c.Instruksi),
        forms.choice("sifat", c.Sifat),
        request.form.get("catatan", ""),
    )


# The commands that carry nothing but (instance, official, step) and, for some, a note.
_COMMANDS: dict[str, Callable[[str, int, int, str], Any]] = {
    "kirim": lambda iid, me, step, _: c.SubmitNota(iid, me, step),
    "paraf": lambda iid, me, step, _: c.InitialNota(iid, me, step),
    "tandatangani": lambda iid, me, step, _: c.SignNota(iid, me, step),
    "sampaikan": lambda iid, me, step, _: c.DeliverNota(iid, me, step),
    "revisi": c.ReviseNota,
    "kembalikan": c.ReturnNota,
}


def _send(command: Any, instance_id: str) -> Any:
    """Send the form's command; show the cycle page, which follows the workflow's answer."""
    command_id = forms.send(command, instance_id)
    return redirect(url_for("cycles.show", instance_id=instance_id, perintah=command_id))


@bp.route("/api/siklus")
@login_required
def api_list() -> Any:
    """List recent cycles, and those waiting for the signed-in official."""
    db = get_db()
    waiting = [str(i["id"]) for i in queries.running_instances(db, _counts()) if allowed_actions(i, g.user)]
    recent = confidential.redacted(queries.recent_instances(db, _counts()), g.user, sop())
    return {"siklus": queries.jsonable(recent), "menunggu_saya": waiting}


@bp.route("/api/siklus/<uuid:instance_id>")
@login_required
def api_instance(instance_id: uuid.UUID) -> Any:
    db = get_db()
    instance = queries.instance(db, str(instance_id))
    if instance is None:
        abort(404)
    confidential.guard(instance, g.user, sop())
    history = queries.history(db, str(instance_id))
    return {
        "siklus": queries.jsonable(instance),
        "riwayat": queries.jsonable(history),
        "dokumen": queries.jsonable(queries.documents(db, str(instance_id))),
    }
