"""Login with hashed passwords, and the guards: each role to its actions, each department to its own data."""

from __future__ import annotations

import functools
import secrets
from collections.abc import Callable
from typing import Any

from flask import Blueprint, abort, current_app, flash, g, redirect, render_template, request, session, url_for

from pantau_common.passwords import hash_password, verify_password
from pantau_contracts.definition import DEPARTMENT_ROLES, SopDefinition
from pantau_contracts.phases import open_actions

from . import api_tokens, audit, queries
from .db import get_db

bp = Blueprint("auth", __name__)


@functools.cache
def _dummy_hash() -> str:
    """A hash checked when the username is unknown, so a login takes as long either way."""
    return hash_password(secrets.token_urlsafe(16))


@bp.before_app_request
def load_user() -> Any:
    g.user, g.api_token = None, None
    if api_tokens.presented():
        g.user, g.api_token = api_tokens.authenticate(get_db())
    else:
        _load_session_user()
        if g.user is not None or not request.path.startswith("/api/"):
            _check_csrf()
    _keep_departments_in()
    return _password_change_first()


def _load_session_user() -> None:
    user_id = session.get("user_id")
    if user_id is not None:
        g.user = queries.active_user(get_db(), user_id)
        if g.user is None:
            session.clear()


def _check_csrf() -> None:
    """Check the CSRF token of a browser request (the app turns off Flask-WTF's own check).

    A request with an API token is not checked: a browser never sends one by itself, so no other
    site can make it send one, and the token works on the JSON API only. Nor is an anonymous
    request to the API: it carries no session to abuse, and is answered 401.
    """
    if current_app.config.get("WTF_CSRF_ENABLED", True):
        current_app.extensions["csrf"].protect(apply_exemptions=True)


# What an account whose password was reset may still do before it chooses a new one.
PASSWORD_CHANGE_ENDPOINTS = ("people.change_password", "auth.logout", "static")


def _password_change_first() -> Any:
    """Send an account whose password the admin reset to choose a new one before anything else."""
    if g.user is None or g.api_token is not None or not g.user["must_change_password"]:
        return None
    if request.endpoint in PASSWORD_CHANGE_ENDPOINTS:
        return None
    return redirect(url_for("people.change_password"))


def open_to_departments(view: Callable[..., Any]) -> Callable[..., Any]:
    """Let department accounts reach this view; it must show them their own department only."""
    view.open_to_departments = True  # type: ignore[attr-defined]
    return view


def _keep_departments_in() -> None:
    """Answer 404 to a department account on any view not opened to departments.

    Closed by default: a new view is for the officials until it is marked, and 404 (not 403)
    confirms nothing about the ids in the address.
    """
    if not is_department(g.user) or request.endpoint == "static":
        return
    view = current_app.view_functions.get(request.endpoint or "")
    if not getattr(view, "open_to_departments", False):
        abort(404)


def is_department(user: dict[str, Any] | None) -> bool:
    """Say whether the account is bound to one Perangkat Daerah."""
    return user is not None and user["role"] in DEPARTMENT_ROLES


def scope() -> str | None:
    """Return the Perangkat Daerah the signed-in account may see, or None for an official (all)."""
    if not is_department(g.user):
        return None
    pd_id: str = g.user["pd_id"]
    if not pd_id:  # the schema forbids it; never widen a department account to the whole city
        abort(404)
    return pd_id


# Password guessing: after this many failures for one account from one address within the
# window, further attempts are refused without checking the password.
MAX_FAILURES = 5
FAILURE_WINDOW = "15 minutes"


@bp.route("/masuk", methods=("GET", "POST"))
@open_to_departments
def login() -> Any:
    if request.method == "POST":
        username = request.form.get("username", "").strip()[:100]
        remote = request.remote_addr or "-"
        if queries.recent_login_failures(get_db(), username, remote, FAILURE_WINDOW) >= MAX_FAILURES:
            _record_failure(username, "Ditolak sementara: terlalu banyak percobaan yang gagal.")
            flash("Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam 15 menit.", "error")
            return render_template("login.html"), 429
        user_id = _check_password(username, request.form.get("password", ""))
        if user_id is not None:
            return _sign_in(user_id, username, remote)
        _in_transaction(queries.record_login_failure, username, remote)
        _record_failure(username, "Nama pengguna atau kata sandi salah.")
        flash("Nama pengguna atau kata sandi salah.", "error")
    return render_template("login.html")


def _check_password(username: str, password: str) -> int | None:
    """Return the account's id if the password is right; take as long when the account is unknown."""
    row = queries.credentials(get_db(), username)
    valid = verify_password(row["password_hash"] if row else _dummy_hash(), password)
    return int(row["id"]) if row and valid else None


def _sign_in(user_id: int, username: str, remote: str) -> Any:
    """Start a fresh session and go where the official was headed (on this site only)."""
    _in_transaction(queries.clear_login_failures, username, remote)
    audit.record(get_db(), user_id, "masuk", username, "Masuk ke Pantau.")
    session.clear()
    session["user_id"] = user_id
    target = request.args.get("next", "")
    safe = target.startswith("/") and not target.startswith("//")
    return redirect(target if safe else url_for("cycles.inbox"))


def _record_failure(username: str, detail: str) -> None:
    """Record a failed login under the username as typed; the password is never kept."""
    audit.record(get_db(), None, "masuk_gagal", username, detail, actor_name=username)


def _in_transaction(write: Callable[[Any, str, str], None], username: str, remote: str) -> None:
    db = get_db()
    with db.transaction():
        write(db, username, remote)


@bp.route("/keluar", methods=("POST",))
@open_to_departments
def logout() -> Any:
    session.clear()
    return redirect(url_for("auth.login"))


def login_required(view: Callable[..., Any]) -> Callable[..., Any]:
    """Send anonymous visitors to the login page."""

    @functools.wraps(view)
    def wrapped(**kwargs: Any) -> Any:
        if g.user is None and request.path.startswith("/api/"):
            abort(401)
        if g.user is None:
            return redirect(url_for("auth.login", next=request.path))
        return view(**kwargs)

    return wrapped


def require_role(*roles: str) -> None:
    """Abort with 403 unless the signed-in user holds one of ``roles``."""
    if g.user is None or g.user["role"] not in roles:
        abort(403)


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
