"""Documents rendered by the reporter, served to signed-in officials."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, Response, abort, g

from pantau_contracts.vocabulary import DOCUMENT_KINDS, label

from . import audit, confidential, queries
from .auth import login_required, sop
from .db import get_db

bp = Blueprint("documents", __name__)
MIME = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}


@bp.route("/dokumen/<int:document_id>")
@login_required
def download(document_id: int) -> Any:
    doc = queries.document(get_db(), document_id)
    if doc is None:
        abort(404)
    instance = queries.instance(get_db(), str(doc["instance_id"])) if doc["instance_id"] else None
    if instance is not None:
        confidential.guard(instance, g.user, sop())
    signed = "-ttd" if doc["signed"] else ""
    filename = f"{doc['kind']}-v{doc['version']}{signed}.{doc['format']}"
    audit.record(get_db(), g.user["id"], "unduh_dokumen", _title(doc), f"Nomor {doc['nomor'] or '–'}.", id=document_id)
    disposition = "inline" if doc["format"] == "pdf" else "attachment"
    return Response(
        bytes(doc["content"]),
        mimetype=MIME[doc["format"]],
        headers={
            "Content-Disposition": f'{disposition}; filename="{filename}"',
            "X-Content-SHA256": doc["sha256"],
            "Cache-Control": "private, no-store",
        },
    )


def _title(doc: dict[str, Any]) -> str:
    """Name a document as the audit page shows it."""
    signed = ", ditandatangani" if doc["signed"] else ""
    return f"{label(DOCUMENT_KINDS, doc['kind'])} versi {doc['version']} ({doc['format'].upper()}{signed})"
