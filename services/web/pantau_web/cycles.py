"""Monitoring cycles: the inbox per role, the instance page, and the step actions."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from flask import Blueprint, abort, current_app, flash, g, redirect, render_template, request, url_for

from pantau_common import outbox
from pantau_contracts import envelope
from pantau_contracts import sop as c
from pantau_contracts.definition import SopDefinition
from pantau_contracts.phases import open_actions

from . import queries
from .auth import login_required, require_role
from .db import get_db

bp = Blueprint("cycles", __name__)
SOURCE = "/pantau/web"


def sop() -> SopDefinition:
    """Return the SOP definition the app was started with."""
    return current_app.config["PANTAU_SOP"]  # type: ignore[no-any-return]


def allowed_actions(instance: dict[str, Any], user: dict[str, Any]) -> list[str]:
    """Return the actions the user may take on the instance now."""
    if instance["status"] != "berjalan" or user["role"] != sop().step(instance["step"]).role:
        return []
    if instance["step"] == 3 and instance["pelaksana_id"] != user["id"]:
        return []
    return open_actions(instance["step"], instance["phase"])


@bp.route("/")
@login_required
def inbox() -> Any:
    db = get_db()
    waiting = [i for i in queries.running_instances(db) if allowed_actions(i, g.user)]
    return render_template(
        "inbox.html",
        waiting=waiting,
        instances=queries.recent_instances(db),
        sop=sop(),
        new_id=str(uuid.uuid4()),
        command_id=str(uuid.uuid4()),
    )


@bp.route("/siklus/<uuid:instance_id>")
@login_required
def show(instance_id: uuid.UUID) -> Any:
    db = get_db()
    instance = queries.instance(db, str(instance_id))
    pending = request.args.get("perintah")
    result = queries.command_result(db, pending) if pending else None
    if instance is None:
        if pending:  # a new cycle not created yet, or refused: say which
            return render_template("pending.html", command_id=pending, result=result)
        abort(404)
    return render_template("instance.html", pending=pending, result=result, **_instance_page(db, instance))


def _instance_page(db: queries.Conn, instance: dict[str, Any]) -> dict[str, Any]:
    """Return what the instance page shows besides the pending command."""
    iid = str(instance["id"])
    return {
        "i": instance,
        "sop": sop(),
        "history": queries.history(db, iid),
        "documents": queries.documents(db, iid),
        "results": queries.round_results(db, iid),
        "apps": queries.cycle_results(db, iid),
        "actions": allowed_actions(instance, g.user),
        "pelaksana": queries.users_with_role(db, "pelaksana"),
        "command_id": str(uuid.uuid4()),
        "now": queries.now(db),
    }


@bp.route("/siklus/baru", methods=("POST",))
@login_required
def start() -> Any:
    require_role(sop().step(1).role)
    instance_id = _uuid_field("instance_id")
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
    return _send(_command(action, iid, _expected_step()), iid)


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
        _int_field("pelaksana_id"),
        _choice("instruksi", c.Instruksi),
        _choice("sifat", c.Sifat),
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
    """Write the command to the outbox; a replayed form (same command id) sends nothing."""
    command_id = _uuid_field("command_id")
    env = envelope(command, source=SOURCE, subject=instance_id, id=command_id)
    db = get_db()
    with db.transaction():
        fresh = outbox.add(db, env, current_app.config["PANTAU_SETTINGS"].topics.sop_commands, instance_id)
    if not fresh:
        flash("Formulir ini sudah pernah dikirim; tidak dikirim ulang.", "info")
    return redirect(url_for("cycles.show", instance_id=instance_id, perintah=command_id))


def _uuid_field(name: str) -> str:
    try:
        return str(uuid.UUID(request.form.get(name, "")))
    except ValueError:
        abort(400, description=f"Isian {name} tidak sah.")


def _int_field(name: str) -> int:
    try:
        return int(request.form.get(name, ""))
    except ValueError:
        abort(400, description=f"Isian {name} tidak sah.")


def _choice(name: str, literal: Any) -> Any:
    value = request.form.get(name, "")
    if value not in literal.__args__:
        abort(400, description=f"Pilihan {name} tidak sah.")
    return value


def _expected_step() -> int:
    step = _int_field("expected_step")
    if not 1 <= step <= 7:
        abort(400, description="Langkah tidak sah.")
    return step


@bp.route("/api/siklus")
@login_required
def api_list() -> Any:
    """List recent cycles, and those waiting for the signed-in official."""
    db = get_db()
    waiting = [str(i["id"]) for i in queries.running_instances(db) if allowed_actions(i, g.user)]
    return {"siklus": queries.jsonable(queries.recent_instances(db)), "menunggu_saya": waiting}


@bp.route("/api/siklus/<uuid:instance_id>")
@login_required
def api_instance(instance_id: uuid.UUID) -> Any:
    db = get_db()
    instance = queries.instance(db, str(instance_id))
    if instance is None:
        abort(404)
    history = queries.history(db, str(instance_id))
    return {
        "siklus": queries.jsonable(instance),
        "riwayat": queries.jsonable(history),
        "dokumen": queries.jsonable(queries.documents(db, str(instance_id))),
    }
