"""Monitoring cycles: the inbox per role, the instance page, and the step actions."""

from __future__ import annotations

import uuid
from typing import Any

from flask import Blueprint, abort, current_app, flash, g, redirect, render_template, request, url_for

from pantau_common import outbox
from pantau_contracts import envelope
from pantau_contracts import sop as c
from pantau_contracts.definition import SopDefinition

from . import queries
from .auth import login_required, require_role
from .db import get_db

bp = Blueprint("cycles", __name__)
SOURCE = "/pantau/web"

# Which role acts in which step and phase, to show only the forms that can succeed.
# The workflow checks again: it is the authority.
ACTIONS: dict[str, tuple[tuple[int, str], ...]] = {
    "disposisi": ((2, "menunggu_disposisi"),),
    "revisi": ((3, "draf_siap"), (3, "draf_gagal")),
    "kirim": ((3, "draf_siap"),),
    "paraf": ((4, "menunggu_paraf"), (5, "menunggu_paraf")),
    "kembalikan": ((4, "menunggu_paraf"), (5, "menunggu_paraf"), (6, "menunggu_tanda_tangan")),
    "tandatangani": ((6, "menunggu_tanda_tangan"),),
    "sampaikan": ((7, "menunggu_penyampaian"),),
}


def sop() -> SopDefinition:
    return current_app.config["PANTAU_SOP"]  # type: ignore[no-any-return]


def allowed_actions(instance: dict[str, Any], user: dict[str, Any]) -> list[str]:
    """Return the actions the user may take on the instance now."""
    if instance["status"] != "berjalan" or user["role"] != sop().step(instance["step"]).role:
        return []
    if instance["step"] == 3 and instance["pelaksana_id"] != user["id"]:
        return []
    here = (instance["step"], instance["phase"])
    return [name for name, where in ACTIONS.items() if here in where]


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
    return render_template(
        "instance.html",
        i=instance,
        sop=sop(),
        history=queries.history(db, str(instance_id)),
        documents=queries.documents(db, str(instance_id)),
        results=queries.round_results(db, str(instance_id)),
        apps=queries.cycle_results(db, str(instance_id)),
        actions=allowed_actions(instance, g.user),
        pelaksana=queries.users_with_role(db, "pelaksana"),
        pending=pending,
        result=result,
        command_id=str(uuid.uuid4()),
        now=queries.now(db),
    )


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
    form = request.form
    me = g.user["id"]
    if action == "disposisi":
        return c.WriteDisposition(
            iid,
            me,
            step,
            _int_field("pelaksana_id"),
            _choice("instruksi", c.Instruksi),
            _choice("sifat", c.Sifat),
            form.get("catatan", ""),
        )
    simple: dict[str, Any] = {
        "kirim": lambda: c.SubmitNota(iid, me, step),
        "paraf": lambda: c.InitialNota(iid, me, step),
        "tandatangani": lambda: c.SignNota(iid, me, step),
        "sampaikan": lambda: c.DeliverNota(iid, me, step),
        "revisi": lambda: c.ReviseNota(iid, me, step, form.get("catatan", "")),
        "kembalikan": lambda: c.ReturnNota(iid, me, step, form.get("catatan", "")),
    }
    return simple[action]()


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
