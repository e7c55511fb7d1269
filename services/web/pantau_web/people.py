"""The people: the admin creates, edits, deactivates accounts and resets passwords; every
account changes its own password (first, when the admin has reset it).

A reset password is temporary: shown to the admin once, it must be replaced at the next login.
There is always one active admin left: nobody can lock the city out of its own accounts.
"""

from __future__ import annotations

from typing import Any

from flask import Blueprint, abort, flash, g, redirect, render_template, request, url_for

from pantau_common.passwords import generate_password, hash_password, verify_password
from pantau_contracts.definition import DEPARTMENT_ROLES, ROLE_LABELS

from . import account_form, audit
from . import people_queries as pq
from .auth import (
    claim_password_attempt,
    clear_password_attempts,
    login_required,
    open_to_departments,
    require_role,
    start_session,
)
from .db import get_db

bp = Blueprint("people", __name__)
TOO_MANY_GUESSES = "Terlalu banyak percobaan kata sandi yang salah. Coba lagi dalam 15 menit."
LAST_ADMIN = "Harus tetap ada paling sedikit satu Administrator aktif; perubahan ini tidak disimpan."


@bp.route("/pengguna")
@login_required
def index() -> Any:
    require_role("admin")
    return render_template("people.html", accounts=pq.accounts(get_db()))


@bp.route("/pengguna/baru", methods=("GET", "POST"))
@login_required
def create() -> Any:
    require_role("admin")
    if request.method == "GET":
        return _form(None, {}, {})
    db = get_db()
    values, errors = account_form.read_account(request.form, _department_ids(), new=True)
    if not errors and pq.username_taken(db, values["username"]):
        errors["username"] = "Nama pengguna ini sudah dipakai."
    if errors:
        return _form(None, request.form, errors, 400)
    password = generate_password()
    with db.transaction():
        user_id = pq.create_account(db, values, hash_password(password))
        audit.record(
            db, g.user["id"], "pengguna", values["username"], f"Akun dibuat dengan peran {ROLE_LABELS[values['role']]}."
        )
    return _password_shown(user_id, values["username"], password, "Akun dibuat.")


@bp.route("/pengguna/<int:user_id>", methods=("GET", "POST"))
@login_required
def edit(user_id: int) -> Any:
    require_role("admin")
    db = get_db()
    before = _account(user_id)
    if request.method == "GET":
        return _form(before, before, {})
    values, errors = account_form.read_account(request.form, _department_ids(), new=False)
    if errors:
        return _form(before, request.form, errors, 400)
    with db.transaction():
        if _drops_admin(before, values["role"], before["aktif"]) and pq.other_active_admins(db, user_id) == 0:
            return _form(before, request.form, {"role": LAST_ADMIN}, 409)
        pq.update_account(db, user_id, values)
        audit.record(db, g.user["id"], "pengguna", before["username"], _changes(before, values))
    flash("Perubahan akun disimpan.", "ok")
    return redirect(url_for("people.index"))


@bp.route("/pengguna/<int:user_id>/aktif", methods=("POST",))
@login_required
def set_active(user_id: int) -> Any:
    require_role("admin")
    db = get_db()
    account, active = _account(user_id), request.form.get("aktif") == "1"
    with db.transaction():
        if _drops_admin(account, account["role"], active) and pq.other_active_admins(db, user_id) == 0:
            return render_template("people.html", accounts=pq.accounts(db), error=LAST_ADMIN), 409
        pq.set_active(db, user_id, active)
        what = (
            "Akun diaktifkan kembali." if active else "Akun dinonaktifkan; sesi dan token API-nya tidak berlaku lagi."
        )
        audit.record(db, g.user["id"], "pengguna", account["username"], what)
    flash(what, "ok")
    return redirect(url_for("people.index"))


@bp.route("/pengguna/<int:user_id>/setel-ulang-sandi", methods=("POST",))
@login_required
def reset_password(user_id: int) -> Any:
    require_role("admin")
    db = get_db()
    account, password = _account(user_id), generate_password()
    with db.transaction():
        pq.set_password(db, user_id, hash_password(password), must_change=True)
        detail = "Kata sandi disetel ulang; wajib diganti saat masuk berikutnya."
        audit.record(db, g.user["id"], "pengguna", account["username"], detail)
    return _password_shown(user_id, account["username"], password, "Kata sandi disetel ulang.")


@bp.route("/kata-sandi", methods=("GET", "POST"))
@login_required
@open_to_departments
def change_password() -> Any:
    """Let the signed-in account choose a new password (first thing, after a reset)."""
    if request.method == "GET":
        return render_template("password.html", errors={})
    db, me = get_db(), g.user["id"]
    username, remote = g.user["username"], request.remote_addr or "-"
    if not claim_password_attempt(username, remote):  # a taken session guessing the password, to keep the account
        return render_template("password.html", errors={"current": TOO_MANY_GUESSES}), 429
    current, new = request.form.get("current", ""), request.form.get("new", "")
    current_ok = verify_password(pq.password_hash(db, me), current)
    if current_ok:
        clear_password_attempts(username, remote)
    errors = account_form.password_errors(current_ok, current, new, request.form.get("repeated", ""))
    if errors:
        return render_template("password.html", errors=errors), 400
    with db.transaction():
        version = pq.set_password(db, me, hash_password(new), must_change=False)
        audit.record(db, me, "pengguna", g.user["username"], "Kata sandi diganti oleh pemilik akun.")
    start_session(me, version)  # the new password ended every other session of the account
    flash("Kata sandi baru tersimpan.", "ok")
    return redirect(url_for("cycles.inbox"))


def _account(user_id: int) -> dict[str, Any]:
    account = pq.account(get_db(), user_id)
    if account is None:
        abort(404)
    return account


def _department_ids() -> set[str]:
    return {d["id"] for d in pq.departments(get_db())}


def _drops_admin(account: dict[str, Any], role: str, active: bool) -> bool:
    """Say whether a change takes an active admin out of the admins."""
    return account["role"] == "admin" and account["aktif"] and (role != "admin" or not active)


def _changes(before: dict[str, Any], after: dict[str, Any]) -> str:
    """Describe an account's change in one sentence: the fields that changed, by their labels."""
    changed = [account_form.FIELD_LABELS[f] for f in pq.ACCOUNT_FIELDS if f in after and before[f] != after[f]]
    return f"Akun diubah: {', '.join(changed)}." if changed else "Akun disimpan tanpa perubahan."


def _form(account: dict[str, Any] | None, values: Any, errors: dict[str, str], status: int = 200) -> Any:
    page = render_template(
        "person.html",
        account=account,
        values=values,
        errors=errors,
        departments=pq.departments(get_db()),
        roles=ROLE_LABELS,
        department_roles=DEPARTMENT_ROLES,
        labels=account_form.FIELD_LABELS,
    )
    return page, status


def _password_shown(user_id: int, username: str, password: str, what: str) -> Any:
    """Show a temporary password this once; it is never stored or shown again."""
    page = render_template("password_made.html", user_id=user_id, username=username, password=password, what=what)
    return page, 200, {"Cache-Control": "no-store"}
