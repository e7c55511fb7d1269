"""Excel both ways: upload a registry workbook (a dry run first, then all or nothing), download
the registry and the check results as XLSX or CSV.

An upload is read and validated by the same code as ``pantau-checker import``. A file with any
error changes nothing and lists every error with its sheet, row and column. A valid file is
kept and its changes are shown; "Terapkan" applies exactly that file, validated again against
the registry as it is then, in one transaction with the history of every change.
"""

from __future__ import annotations

import hashlib
import uuid
from typing import Any

from flask import Blueprint, Response, abort, flash, g, redirect, render_template, request, url_for

from pantau_common.registry import store_pg
from pantau_common.registry.files import (
    MAX_FILE_BYTES,
    read_registry,
    registry_csv,
    registry_workbook,
    table_csv,
    workbook,
)
from pantau_common.registry.model import Registry
from pantau_common.registry.validation import RegistryInvalidError
from pantau_contracts.times import WIB
from pantau_contracts.vocabulary import AVAILABILITY_LABELS, FRESHNESS_LABELS, LOGIN_LABELS, REASON_LABELS, label

from . import app_queries as aq
from .auth import login_required
from .db import get_db
from .registry_edits import require_editor
from .registry_history import field_diffs

bp = Blueprint("registry_excel", __name__)
MEDIA = {
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "csv": "text/csv; charset=utf-8",
}
RESULT_DAYS = (7, 30, 90, 365)
RESULT_COLUMNS = (
    "waktu_wib",
    "aplikasi",
    "nama_aplikasi",
    "perangkat_daerah",
    "nama_perangkat_daerah",
    "siklus",
    "status",
    "alasan",
    "http",
    "waktu_respons_ms",
    "login",
    "konten",
    "temuan",
)


@bp.route("/registri/impor", methods=("GET", "POST"))
@login_required
def upload() -> Any:
    require_editor()
    if request.method == "GET":
        return render_template("registry_import.html")
    file = request.files.get("berkas")
    if file is None or not file.filename:
        return render_template("registry_import.html", problem="Pilih berkas registri (.xlsx, .csv atau .yaml)."), 400
    data = file.stream.read(MAX_FILE_BYTES + 1)
    return _dry_run(file.filename, data)


def _dry_run(filename: str, data: bytes) -> Any:
    """Validate the file and show what applying it would change; keep it for "Terapkan"."""
    db = get_db()
    try:
        registry = _read(filename, data)
    except RegistryInvalidError as invalid:
        return render_template("registry_import.html", filename=filename, errors=invalid.errors), 400
    upload_id = str(uuid.uuid4())
    with db.transaction():
        aq.add_upload(db, upload_id, filename, data, hashlib.sha256(data).hexdigest(), g.user["id"])
    changes = store_pg.preview(db, registry)
    return render_template(
        "registry_import.html",
        filename=filename,
        upload_id=upload_id,
        changes=[c for c in changes if c.kind != "tetap"],
        unchanged=sum(1 for c in changes if c.kind == "tetap"),
        field_diffs=field_diffs,
    )


def _read(filename: str, data: bytes) -> Registry:
    known = {p.id for p in store_pg.load(get_db(), app_ids=[]).perangkat_daerah}
    return read_registry(filename, data, known)


@bp.route("/registri/impor/<uuid:upload_id>/terapkan", methods=("POST",))
@login_required
def apply(upload_id: uuid.UUID) -> Any:
    """Apply a previewed upload, all or nothing."""
    require_editor()
    db = get_db()
    with db.transaction():
        stored = aq.upload(db, str(upload_id))
        if stored is None:
            abort(404)
        try:
            registry = _read(stored["filename"], bytes(stored["content"]))
        except RegistryInvalidError as invalid:
            return render_template("registry_import.html", filename=stored["filename"], errors=invalid.errors), 400
        changes = store_pg.apply(db, registry, g.user["id"], "web")
        aq.mark_applied(db, str(upload_id))
    flash(f"Registri diimpor: {len(changes)} baris berubah.", "ok")
    return redirect(url_for("registry_admin.index"))


@bp.route("/registri/ekspor.<fmt>")
@login_required
def export(fmt: str) -> Any:
    """Download the whole registry (with contacts and settings) as a workbook or CSV that imports back."""
    registry = store_pg.load(get_db())
    if fmt == "xlsx":
        return _download(registry_workbook(registry), "registri-pantau.xlsx", fmt)
    if fmt == "csv":
        return _download(registry_csv(registry), "registri-pantau.csv", fmt)
    abort(404)


@bp.route("/aplikasi/hasil.<fmt>")
@login_required
def results(fmt: str) -> Any:
    """Download the check results of the last ``hari`` days (``pd``, ``aplikasi`` narrow them)."""
    if fmt not in MEDIA:
        abort(404)
    days = int(request.args.get("hari", "30")) if request.args.get("hari", "30").isdigit() else 30
    days = days if days in RESULT_DAYS else 30
    found = aq.check_results_export(
        get_db(), request.args.get("pd") or None, request.args.get("aplikasi") or None, days
    )
    rows = [_result_row(r) for r in found]
    if fmt == "xlsx":
        content = workbook({"hasil_pemeriksaan": (RESULT_COLUMNS, rows)})
    else:
        content = table_csv(RESULT_COLUMNS, rows)
    return _download(content, f"hasil-pemeriksaan-{days}-hari.{fmt}", fmt)


def _result_row(r: dict[str, Any]) -> dict[str, Any]:
    return {
        "waktu_wib": r["checked_at"].astimezone(WIB).strftime("%Y-%m-%d %H:%M:%S"),
        "aplikasi": r["app_id"],
        "nama_aplikasi": r["app_nama"],
        "perangkat_daerah": r["pd_id"],
        "nama_perangkat_daerah": r["pd_nama"],
        "siklus": str(r["cycle_id"] or ""),
        "status": AVAILABILITY_LABELS.get(r["availability"], "lain-lain"),
        "alasan": label(REASON_LABELS, r["reason"], "") if r["reason"] else "",
        "http": r["http_status"],
        "waktu_respons_ms": round(r["total_ms"]) if r["total_ms"] is not None else None,
        "login": label(LOGIN_LABELS, r["login"], ""),
        "konten": label(FRESHNESS_LABELS, r["freshness"], ""),
        "temuan": r["findings"],
    }


def _download(content: bytes, filename: str, fmt: str) -> Response:
    return Response(
        content,
        mimetype=MEDIA[fmt],
        headers={"Content-Disposition": f'attachment; filename="{filename}"', "Cache-Control": "private, no-store"},
    )
