"""The registry in the web: the list of Perangkat Daerah and applications, and the forms that add,
edit, deactivate and reactivate them.

A form is a flat registry row (the columns of a registry spreadsheet), validated by the same code
as the import (``pantau_common.registry``); every error is shown at its field and nothing is
saved while one stands. Every change is written with its history. The admin and the Kasie edit;
the other officials read; department accounts never reach these pages.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any

from flask import Blueprint, flash, g, redirect, render_template, request, url_for

from pantau_common.registry.flat import (
    APP_COLUMNS,
    PD_FLAT_COLUMNS,
    app_document,
    app_from_flat,
    flat_app,
    flat_pd,
    pd_document,
    pd_from_flat,
)
from pantau_common.registry.model import KLASIFIKASI, AppSpec, PerangkatDaerah, Registry
from pantau_common.registry.validation import JENIS
from pantau_contracts.vocabulary import JENIS_PD_LABELS, KLASIFIKASI_LABELS, REGISTRY_FIELD_LABELS

from . import app_queries as aq
from . import list_queries as lq
from . import lists, registry_edits
from .auth import login_required
from .db import get_db
from .registry_edits import may_edit, require_editor
from .registry_history import history_entries
from .snapshots import kept

bp = Blueprint("registry_admin", __name__)
bp.record_once(lambda state: state.app.jinja_env.globals.update(REGISTRY_FIELD_LABELS=REGISTRY_FIELD_LABELS))
CHECKBOXES = ("aktif", "internal")
MULTILINE = ("resolve", "maintenance", "kontak")
NEW_APP = {"aktif": "ya", "interval_s": 300, "max_age_days": 30}
NEW_PD = {"aktif": "ya", "jenis": "dinas"}


@bp.route("/registri")
@login_required
@kept("applications", "perangkat_daerah")
def index() -> Any:
    db = get_db()
    pd_id, search = request.args.get("pd") or None, lists.search_text(request.args)
    departments = lq.departments(db)
    # Without a search, the departments' own counts say how many applications the list holds.
    total = None if search else sum(d["aplikasi"] for d in departments if pd_id in (None, d["id"]))
    apps = lq.registry_page(db, pd_id, search, lists.page_request(request.args), total)
    html = render_template(
        "registry.html",
        apps=apps,
        departments=departments,
        pd_id=pd_id,
        may_edit=may_edit(g.user),
    )
    return html, lists.status(apps)


# --- applications ------------------------------------------------------------------------


@bp.route("/registri/aplikasi/baru", methods=("GET", "POST"))
@login_required
def new_app() -> Any:
    require_editor()
    if request.method == "GET":
        return _app_form(NEW_APP, {}, creating=True)
    row = posted(APP_COLUMNS)
    spec, errors = check_app(row, creating=True)
    return _save_app(spec) if spec else _app_form(row, errors, creating=True, status=400)


@bp.route("/registri/aplikasi/<app_id>", methods=("GET", "POST"))
@login_required
def edit_app(app_id: str) -> Any:
    require_editor()
    stored = registry_edits.stored_app(app_id)
    if request.method == "GET":
        return _app_form(flat_app(app_document(stored)), {}, creating=False)
    row = {**posted(APP_COLUMNS), "id": stored.id}
    spec, errors = check_app(row, creating=False)
    return _save_app(spec) if spec else _app_form(row, errors, creating=False, status=400)


@bp.route("/registri/aplikasi/<app_id>/status", methods=("POST",))
@login_required
def app_status(app_id: str) -> Any:
    """Deactivate an application (no longer checked) or bring it back."""
    require_editor()
    stored = registry_edits.stored_app(app_id)
    return _save_app(dataclasses.replace(stored, aktif=request.form.get("aktif") == "ya"))


def check_app(row: Mapping[str, Any], creating: bool) -> tuple[AppSpec | None, dict[str, list[str]]]:
    """Validate a posted application row as the import does; return the spec, or the errors by field."""
    spec, errors = registry_edits.check_app(app_from_flat(row)[0], creating)
    return spec, by_field(errors)


def _save_app(spec: AppSpec | None) -> Any:
    assert spec is not None
    _apply(Registry(applications=(spec,)))
    return redirect(url_for("apps.show", app_id=spec.id))


def _app_form(values: Mapping[str, Any], errors: dict[str, list[str]], creating: bool, status: int = 200) -> Any:
    db = get_db()
    pd_options = [(d["id"], d["nama"]) for d in lq.departments(db)]
    history = [] if creating else aq.registry_history(db, "aplikasi", str(values.get("id")))
    page = render_template(
        "app_form.html",
        v=shown_values(values),
        errors=errors,
        creating=creating,
        pd_options=pd_options,
        klasifikasi_options=[(k, KLASIFIKASI_LABELS[k]) for k in KLASIFIKASI],
        history=history_entries(history, dict(pd_options)),
    )
    return page, status


# --- Perangkat Daerah --------------------------------------------------------------------


@bp.route("/registri/pd/baru", methods=("GET", "POST"))
@login_required
def new_pd() -> Any:
    require_editor()
    if request.method == "GET":
        return _pd_form(NEW_PD, {}, creating=True)
    row = posted(PD_FLAT_COLUMNS)
    spec, errors = check_pd(row, creating=True)
    return _save_pd(spec) if spec else _pd_form(row, errors, creating=True, status=400)


@bp.route("/registri/pd/<pd_id>", methods=("GET", "POST"))
@login_required
def edit_pd(pd_id: str) -> Any:
    require_editor()
    stored = registry_edits.stored_pd(pd_id)
    if request.method == "GET":
        return _pd_form(flat_pd(pd_document(stored)), {}, creating=False)
    row = {**posted(PD_FLAT_COLUMNS), "id": stored.id}
    spec, errors = check_pd(row, creating=False)
    return _save_pd(spec) if spec else _pd_form(row, errors, creating=False, status=400)


@bp.route("/registri/pd/<pd_id>/status", methods=("POST",))
@login_required
def pd_status(pd_id: str) -> Any:
    """Deactivate a Perangkat Daerah or bring it back (its applications keep their own state)."""
    require_editor()
    return _save_pd(dataclasses.replace(registry_edits.stored_pd(pd_id), aktif=request.form.get("aktif") == "ya"))


def check_pd(row: Mapping[str, Any], creating: bool) -> tuple[PerangkatDaerah | None, dict[str, list[str]]]:
    """Validate a posted Perangkat Daerah row as the import does; return the spec, or the errors by field."""
    spec, errors = registry_edits.check_pd(pd_from_flat(row), creating)
    return spec, by_field(errors)


def _save_pd(spec: PerangkatDaerah | None) -> Any:
    assert spec is not None
    _apply(Registry(perangkat_daerah=(spec,)))
    return redirect(url_for("registry_admin.index", pd=spec.id))


def _pd_form(values: Mapping[str, Any], errors: dict[str, list[str]], creating: bool, status: int = 200) -> Any:
    history = [] if creating else aq.registry_history(get_db(), "perangkat_daerah", str(values.get("id")))
    page = render_template(
        "pd_form.html",
        v=shown_values(values),
        errors=errors,
        creating=creating,
        jenis_options=[(j, JENIS_PD_LABELS[j]) for j in JENIS],
        history=history_entries(history),
    )
    return page, status


# --- shared ------------------------------------------------------------------------------


def _apply(registry: Registry) -> None:
    """Write the change and its history in one transaction, and say so."""
    changes = registry_edits.save(registry, "web")
    flash("Perubahan disimpan." if changes else "Tidak ada yang berubah.", "ok" if changes else "info")


def posted(columns: tuple[str, ...]) -> dict[str, Any]:
    """Return the posted form as a flat registry row (an unticked box reads as 'tidak')."""
    row: dict[str, Any] = {c: request.form.get(c, "").strip() for c in columns if c in request.form}
    row.update({c: "ya" if request.form.get(c) == "ya" else "tidak" for c in CHECKBOXES if c in columns})
    if "kontak" in columns:
        row["kontak"] = request.form.get("kontak", "")
    return row


def by_field(errors: list[tuple[str, str]]) -> dict[str, list[str]]:
    """Group validation errors by the form field that shows them (``kontak[2].surel`` at ``kontak``)."""
    grouped: dict[str, list[str]] = {}
    for field, message in errors:
        grouped.setdefault(field.split("[", 1)[0] if field != "-" else "umum", []).append(message)
    return grouped


def shown_values(values: Mapping[str, Any]) -> dict[str, str]:
    """Return the form's values as text, multi-item cells one item per line."""
    shown = {k: "" if v is None else str(v) for k, v in values.items()}
    for name in MULTILINE:
        if name in shown:
            shown[name] = "\n".join(part.strip() for part in shown[name].replace("\n", ";").split(";") if part.strip())
    if "resolve" in shown:
        shown["resolve"] = "\n".join(shown["resolve"].split())
    return shown
