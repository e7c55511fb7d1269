"""The application registry and its status board."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, render_template

from . import queries
from .auth import login_required, open_to_departments, scope
from .db import get_db

bp = Blueprint("registry", __name__)


@bp.route("/aplikasi")
@login_required
def board() -> Any:
    apps = queries.applications(get_db())
    return render_template("apps.html", apps=apps, counts=availability_counts(apps))


def availability_counts(apps: list[dict[str, Any]]) -> dict[str, int]:
    """Count the applications by their latest availability."""
    return {
        "total": len(apps),
        "aktif": sum(1 for a in apps if a["availability"] == "aktif"),
        "tidak_aktif": sum(1 for a in apps if a["availability"] == "tidak_aktif"),
        "belum": sum(1 for a in apps if a["availability"] is None),
    }


@bp.route("/api/aplikasi")
@login_required
@open_to_departments
def api_board() -> Any:
    """Return the applications the account may see (its department's, or all) with their latest check."""
    return {"aplikasi": queries.jsonable(queries.applications(get_db(), scope()))}


@bp.route("/kesehatan")
@open_to_departments
def health() -> Any:
    queries.ping(get_db())
    return {"status": "ok"}
