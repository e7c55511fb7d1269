"""The admin's page of API tokens: make one (shown this once), see them all, revoke one."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, abort, flash, g, redirect, render_template, request, url_for

from pantau_contracts.vocabulary import TOKEN_SCOPE_LABELS

from . import audit, people_queries
from .api_tokens import make_token
from .auth import login_required, require_role
from .db import get_db

bp = Blueprint("tokens", __name__)


@bp.route("/token-api")
@login_required
def index() -> Any:
    require_role("admin")
    return _page()


def _page(made: str | None = None, error: str | None = None, status: int = 200) -> Any:
    db = get_db()
    page = render_template(
        "tokens.html",
        tokens=people_queries.tokens(db),
        accounts=[a for a in people_queries.accounts(db) if a["aktif"]],
        scopes=TOKEN_SCOPE_LABELS,
        made=made,
        error=error,
    )
    return page, status


@bp.route("/token-api", methods=("POST",))
@login_required
def create() -> Any:
    require_role("admin")
    name = request.form.get("name", "").strip()
    scopes = [s for s in request.form.getlist("scopes") if s in TOKEN_SCOPE_LABELS]
    owner = people_queries.account(get_db(), _int(request.form.get("user_id")))
    if not name or len(name) > 100 or not scopes or owner is None or not owner["aktif"]:
        return _page(
            error="Isi nama token (paling banyak 100 karakter), pilih akun aktif dan satu cakupan.", status=400
        )
    return _page(made=_store(name, scopes, owner))


def _store(name: str, scopes: list[str], owner: dict[str, Any]) -> str:
    """Store a new token's hash and record it; return the token, to be shown this once."""
    token, db = make_token(), get_db()
    row = {"prefix": token.prefix, "token_hash": token.digest, "name": name, "scopes": scopes}
    with db.transaction():
        people_queries.create_token(db, {**row, "user_id": owner["id"], "created_by": g.user["id"]})
        shown = ", ".join(TOKEN_SCOPE_LABELS[s] for s in scopes)
        audit.record(
            db,
            g.user["id"],
            "token_api",
            f"{name} ({token.prefix})",
            f"Token dibuat untuk {owner['username']}; cakupan: {shown}.",
        )
    return token.text


@bp.route("/token-api/<int:token_id>/cabut", methods=("POST",))
@login_required
def revoke(token_id: int) -> Any:
    require_role("admin")
    db = get_db()
    with db.transaction():
        token = people_queries.revoke_token(db, token_id)
        if token is None:
            abort(404)
        audit.record(db, g.user["id"], "token_api", f"{token['name']} ({token['prefix']})", "Token dicabut.")
    flash("Token dicabut; token itu tidak lagi dapat dipakai.", "ok")
    return redirect(url_for("tokens.index"))


def _int(value: str | None) -> int:
    try:
        return int(value or "")
    except ValueError:
        return 0
