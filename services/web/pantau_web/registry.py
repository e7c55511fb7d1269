"""The application registry and its status board."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, render_template

from . import queries
from .auth import login_required
from .db import get_db

bp = Blueprint("registry", __name__)


@bp.route("/aplikasi")
@login_required
def board() -> Any:
    apps = queries.applications(get_db())
    counts = {
        "total": len(apps),
        "aktif": sum(1 for a in apps if a["availability"] == "aktif"),
        "tidak_aktif": sum(1 for a in apps if a["availability"] == "tidak_aktif"),
        "belum": sum(1 for a in apps if a["availability"] is None),
    }
    return render_template("apps.html", apps=apps, counts=counts)


@bp.route("/api/aplikasi")
@login_required
def api_board() -> Any:
    """Return every registered application with its latest check, as JSON."""
    return {"aplikasi": queries.jsonable(queries.applications(get_db()))}


@bp.route("/kesehatan")
def health() -> Any:
    queries.ping(get_db())
    return {"status": "ok"}
