"""The audit page: the log shown to the admin and the Kabid, filtered, one page at a time (by
position: ``sebelum``/``sesudah``, see ``lists.Position``), and exported as CSV (with labels, never codes)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator, Mapping
from datetime import date
from typing import Any

from flask import Blueprint, Response, g, render_template, request

from pantau_contracts.vocabulary import AUDIT_KIND_LABELS, REGISTRY_CHANGE_LABELS, REGISTRY_ENTITY_LABELS, label

from . import audit_queries as aq
from .audit import record
from .auth import login_required, require_role
from .db import get_db
from .lists import Position, choice, page_request, search_text
from .views import wib

bp = Blueprint("audit", __name__)
READERS = ("admin", "kabid")
KIND_CHOICES = tuple(AUDIT_KIND_LABELS.items())  # the kind filter's choices
EXPORT_LIMIT = 100_000


def filters_from(args: Mapping[str, str]) -> aq.AuditFilters:
    """Read the audit page's filters from the query string; anything odd is no filter."""
    return aq.AuditFilters(
        kind=choice(args, "jenis", AUDIT_KIND_LABELS),
        username=search_text(args, "pengguna"),
        since=_day(args.get("dari")),
        until=_day(args.get("sampai")),
        text=search_text(args),
    )


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value or "")
    except ValueError:
        return None


def shown(row: Mapping[str, Any]) -> dict[str, Any]:
    """Return an event as the page and the export show it: labels, never codes."""
    event = dict(row)
    event["jenis"] = label(AUDIT_KIND_LABELS, row["kind"])
    if row["entity"]:  # a registry change: what changed, and which entry
        event["target"] = f"{label(REGISTRY_ENTITY_LABELS, row['entity'], 'Registri')} {row['target']}"
        event["detail"] = label(REGISTRY_CHANGE_LABELS, row["change"])
    event["actor"] = row["actor"] or ("Impor registri" if row["entity"] else "–")
    return event


@bp.route("/audit")
@login_required
def log() -> Any:
    require_role(*READERS)
    db, filters = get_db(), filters_from(request.args)
    before, after = Position.parse(request.args.get("sebelum")), Position.parse(request.args.get("sesudah"))
    page = aq.page(db, filters, page_request(request.args).size, before, after)
    return render_template(
        "audit.html",
        page=page,
        events=[shown(r) for r in page.rows],
        filters=filters,
        kinds=KIND_CHOICES,
        actors=aq.actors(db),
    )


CSV_COLUMNS = ("Waktu", "Jenis", "Pelaku", "Nama pengguna", "Sasaran", "Keterangan", "Alamat asal")


@bp.route("/audit.csv")
@login_required
def export() -> Any:
    require_role(*READERS)
    rows = aq.events(get_db(), filters_from(request.args), EXPORT_LIMIT)
    record(get_db(), g.user["id"], "unduh_dokumen", "Log audit (CSV)", f"{len(rows)} baris diekspor.")
    return Response(
        _csv(shown(r) for r in rows),
        mimetype="text/csv",
        headers={"Content-Disposition": 'attachment; filename="log-audit.csv"', "Cache-Control": "no-store"},
    )


def _csv(events: Iterator[dict[str, Any]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for e in events:
        cells = (wib(e["at"]), e["jenis"], e["actor"], e["username"] or "", e["target"], e["detail"], e["remote"])
        writer.writerow([_safe(str(c)) for c in cells])
    return "\ufeff" + out.getvalue()  # a BOM, so that Excel reads the Indonesian text as UTF-8


def _safe(cell: str) -> str:
    """Keep a spreadsheet from reading a cell as a formula (CSV injection)."""
    return "'" + cell if cell[:1] in ("=", "+", "-", "@", "\t", "\r") else cell
