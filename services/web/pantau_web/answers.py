"""A department answers a follow-up: a note and, optionally, one attachment (PDF, PNG or JPEG).

The attachment is stored in the same transaction as the AnswerFollowUp command in the outbox:
both or neither. A replayed form finds its command id taken and rolls its attachment back.
"""

from __future__ import annotations

import uuid
from typing import Any

import psycopg
from flask import Blueprint, Response, abort, flash, g, redirect, request, url_for

from pantau_contracts.followup import AnswerFollowUp

from . import audit, forms
from . import followup_queries as fq
from .attachments import EXTENSIONS, MAX_BYTES, Attachment, AttachmentRefusedError, check_attachment
from .auth import login_required, open_to_departments, scope
from .db import get_db
from .followups import load_to_act, may_answer, render_page

bp = Blueprint("answers", __name__)


@bp.route("/tindak-lanjut/<uuid:followup_id>/tanggapi", methods=("POST",))
@login_required
@open_to_departments
def answer(followup_id: uuid.UUID) -> Any:
    follow_up = load_to_act(followup_id, may_answer)
    try:
        catatan = forms.required("catatan", "Catatan tanggapan")
        attachment = _attachment()
    except (forms.FormError, AttachmentRefusedError) as refused:
        return render_page(follow_up, error=str(refused), status=400)
    fid = str(follow_up["id"])
    command_id = forms.uuid_field("command_id")
    if not _store(fid, catatan, attachment, command_id):
        flash(forms.REPLAYED, "info")
    return redirect(url_for("followups.show", followup_id=fid, perintah=command_id))


def _attachment() -> Attachment | None:
    """Return the posted attachment, checked; None when no file was chosen."""
    upload = request.files.get("lampiran")
    if upload is None or not upload.filename:
        return None
    return check_attachment(upload.filename, upload.stream.read(MAX_BYTES + 1))


def _store(fid: str, catatan: str, attachment: Attachment | None, command_id: str) -> bool:
    """Store the attachment and queue the answer in one transaction; False (and nothing kept) if replayed."""
    db = get_db()
    me = g.user["id"]
    with db.transaction() as tx:
        attachment_id = fq.add_attachment(db, g.user["pd_id"], attachment, me) if attachment else None
        if not forms.queue(db, AnswerFollowUp(fid, me, catatan, attachment_id), fid, command_id):
            raise psycopg.Rollback(tx)
        return True
    return False


@bp.route("/tindak-lanjut/lampiran/<int:attachment_id>")
@login_required
@open_to_departments
def download(attachment_id: int) -> Any:
    """Serve an attachment to its department and the officials, never to be shown inline or sniffed."""
    stored = fq.attachment(get_db(), attachment_id, scope())
    if stored is None:
        abort(404)
    filename = f"lampiran-{stored['id']}.{EXTENSIONS[stored['media_type']]}"
    audit.record(get_db(), g.user["id"], "unduh_dokumen", f"Lampiran tindak lanjut {stored['id']}", stored["filename"])
    return Response(
        bytes(stored["content"]),
        mimetype=stored["media_type"],
        headers={
            "Content-Disposition": f'attachment; filename="{filename}"',
            "X-Content-Type-Options": "nosniff",
            "X-Content-SHA256": stored["sha256"],
            "Cache-Control": "private, no-store",
        },
    )
