"""The departments' door: a Perangkat Daerah's own page, with its applications' latest results,
its follow-ups and the notas that address it. Officials have the citywide pages instead."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, g, redirect, render_template, url_for

from . import followup_queries as fq
from . import queries
from .auth import is_department, login_required, open_to_departments, scope
from .db import get_db
from .registry import availability_counts

bp = Blueprint("departments", __name__)


@bp.route("/perangkat-daerah")
@login_required
@open_to_departments
def home() -> Any:
    if not is_department(g.user):
        return redirect(url_for("registry.board"))
    db = get_db()
    pd_id = scope()
    apps = queries.applications(db, pd_id)
    return render_template(
        "department.html",
        apps=apps,
        counts=availability_counts(apps),
        followup_counts=fq.counts(db, pd_id),
        open_rows=fq.follow_ups(db, fq.Filters(pd_id=pd_id, open_only=True)),
        notas=fq.notas(db, pd_id),
    )
