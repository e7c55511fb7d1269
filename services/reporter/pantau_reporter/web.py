"""The reporter's web face: verification page and API, document downloads, dashboards."""

from __future__ import annotations

import re
from typing import Any

from flask import Blueprint, Flask, Response, abort, current_app, jsonify, render_template, request

from pantau_common.settings import Settings
from pantau_contracts.vocabulary import DOCUMENT_KINDS

from .bootstrap import build_signer
from .config import ReporterConfig, reporter_config
from .dashboards import bp as dashboards_bp
from .repository import StoredDocument
from .request_db import close_db, repositories
from .signing import Signer
from .verification import verify_pdf

MAX_UPLOAD = 50 * 1024 * 1024
_SHA = re.compile(r"^[0-9a-f]{64}$")
bp = Blueprint("dokumen", __name__)


def create_app(settings: Settings, *, config: ReporterConfig | None = None, signer: Signer | None = None) -> Flask:
    """Return the reporter's Flask app."""
    config = config or reporter_config(settings)
    app = Flask(__name__)
    app.config.update(
        MAX_CONTENT_LENGTH=MAX_UPLOAD,
        PANTAU_SETTINGS=settings,
        PANTAU_REPORTER=config,
        PANTAU_SIGNER=signer or build_signer(config),
    )
    app.register_blueprint(bp)
    app.register_blueprint(dashboards_bp)
    app.teardown_appcontext(close_db)
    return app


@bp.get("/healthz")
def healthz() -> dict[str, str]:
    return {"status": "ok"}


@bp.get("/verifikasi")
@bp.get("/verifikasi/<ref>")
def verification_page(ref: str | None = None) -> str:
    """Show a stored document's verification, or the upload form."""
    verdict = None
    doc = _lookup(ref) if ref else None
    if ref and (doc is None or (ref.isdigit() and not doc.signed)):
        abort(404)  # ids are guessable: by id, only signed documents are public
    if doc is not None and doc.format == "pdf":
        verdict = verify_pdf(repositories().documents, doc.content, _roots()).as_json()
    return render_template("verifikasi.html", doc=doc, verdict=verdict, kinds=DOCUMENT_KINDS)


@bp.post("/verifikasi")
def verification_upload() -> str:
    """Verify a PDF uploaded through the page's form."""
    pdf = _uploaded_pdf()
    verdict = verify_pdf(repositories().documents, pdf, _roots()).as_json() if pdf else None
    error = None if pdf else "Pilih berkas PDF yang akan diperiksa."
    return render_template("verifikasi.html", doc=None, verdict=verdict, error=error, kinds=DOCUMENT_KINDS)


@bp.post("/api/verifikasi")
def verification_api() -> tuple[Response, int]:
    """Verify an uploaded PDF (multipart field ``file`` or an application/pdf body)."""
    pdf = _uploaded_pdf()
    if not pdf:
        return jsonify({"asli": False, "pesan": "Tidak ada berkas PDF yang dikirim."}), 400
    return jsonify(verify_pdf(repositories().documents, pdf, _roots()).as_json()), 200


@bp.get("/dokumen/<int:doc_id>")
def download(doc_id: int) -> Response:
    """Send a signed document: the electronic original the QR code leads to.

    Drafts are not public; officials open them through the web service after signing in.
    """
    doc = repositories().documents.by_id(doc_id)
    if doc is None or not doc.signed:
        abort(404)
    mime = (
        "application/pdf"
        if doc.format == "pdf"
        else ("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    )
    suffix = "-ttd" if doc.signed else ""
    name = f"{doc.kind.replace('_', '-')}-v{doc.version}{suffix}.{doc.format}"
    disposition = "inline" if doc.format == "pdf" and request.args.get("unduh") is None else "attachment"
    return Response(
        doc.content,
        mimetype=mime,
        headers={"Content-Disposition": f'{disposition}; filename="{name}"', "X-Content-SHA256": doc.sha256},
    )


def _lookup(ref: str) -> StoredDocument | None:
    documents = repositories().documents
    if ref.isdigit():
        return documents.by_id(int(ref))
    if _SHA.match(ref.lower()):
        return documents.by_sha256(ref.lower())
    return None


def _uploaded_pdf() -> bytes:
    upload = request.files.get("file")
    if upload is not None:
        return bytes(upload.read())
    if request.mimetype == "application/pdf":
        return request.get_data()
    return b""


def _roots() -> list[Any]:
    return list(current_app.config["PANTAU_SIGNER"].trust_roots())
