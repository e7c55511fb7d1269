"""The reporter's web face: verification page and API, document downloads, dashboards."""

from __future__ import annotations

import re
from typing import Any

from flask import (
    Blueprint,
    Flask,
    Response,
    abort,
    current_app,
    jsonify,
    render_template,
    render_template_string,
    request,
)
from werkzeug.exceptions import HTTPException

from pantau_common import webguard
from pantau_common.settings import Settings
from pantau_contracts.vocabulary import DOCUMENT_KINDS

from .config import ReporterConfig, reporter_config
from .dashboards import bp as dashboards_bp
from .repository import StoredDocument
from .request_db import close_db, repositories
from .trust import CaCertificates, Trust
from .verification import BUSY, BoundedVerifier, VerifyLimits, verify_pdf

RATE_LIMITED = "Terlalu banyak berkas diperiksa dari alamat Anda. Silakan coba lagi dalam satu menit."
_SHA = re.compile(r"^[0-9a-f]{64}$")
_ID = re.compile(r"^[0-9]{1,9}$")  # a document id (PostgreSQL integer); Unicode digits are no id
# The pages carry their style inline and their charts as inline SVG; nothing else loads.
CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self';"
    " frame-ancestors 'none'; base-uri 'none'"
)
ERROR_PAGE = (
    '{% extends "layout.html" %}{% block title %}{{ title }}{% endblock %}'
    "{% block content %}<h1>{{ title }}</h1><p>{{ message }}</p>{% endblock %}"
)
ERRORS = {
    400: ("Permintaan tidak sah", "Permintaan tidak dapat diproses."),
    404: ("Halaman tidak ditemukan", "Halaman atau dokumen yang Anda cari tidak ada."),
    405: ("Cara permintaan tidak diizinkan", "Halaman ini tidak menerima cara permintaan tersebut."),
    413: ("Berkas terlalu besar", "Ukuran berkas melebihi batas 10 MB; sebuah nota dinas jauh lebih kecil."),
    429: ("Terlalu banyak permintaan", "Silakan coba lagi beberapa saat lagi."),
}
bp = Blueprint("dokumen", __name__)


def create_app(settings: Settings, *, config: ReporterConfig | None = None, trust: Trust | None = None) -> Flask:
    """Return the reporter's Flask app."""
    config = config or reporter_config(settings)
    limits = VerifyLimits.from_settings(settings)
    app = Flask(__name__)
    app.extensions["pantau_verifier"] = BoundedVerifier(limits)
    app.config.update(
        # The public upload; the ingress allows the same (proxy-body-size 10m).
        MAX_CONTENT_LENGTH=limits.max_bytes,
        PANTAU_SETTINGS=settings,
        PANTAU_REPORTER=config,
        PANTAU_TRUST=trust or CaCertificates(config.ca_dir),  # certificates only: this server never signs
    )
    webguard.trust_proxies(app, settings)
    webguard.init_app(app, error_answer, csp=CSP)
    app.register_error_handler(HTTPException, _http_error)
    app.register_blueprint(bp)
    app.register_blueprint(dashboards_bp)
    app.teardown_appcontext(close_db)
    return app


def error_answer(code: int, message: str) -> tuple[Any, int]:
    """Answer an error in Indonesian: JSON on the API, a page elsewhere."""
    title = ERRORS.get(code, ("Terjadi kesalahan", ""))[0]
    if request.path.startswith("/api/"):
        return jsonify({"asli": False, "pesan": message}), code
    return render_template_string(ERROR_PAGE, title=title, message=message), code


def _http_error(error: HTTPException) -> tuple[Any, int]:
    code = error.code or 500
    own = error.description if error.description != type(error).description else None
    return error_answer(code, own or ERRORS.get(code, ("", "Terjadi kesalahan."))[1])


@bp.get("/healthz")
def healthz() -> dict[str, str]:
    return {"status": "ok"}


@bp.get("/verifikasi")
@bp.get("/verifikasi/<ref>")
def verification_page(ref: str | None = None) -> str:
    """Show a stored document's verification, or the upload form."""
    verdict = None
    doc = _lookup(ref) if ref else None
    if ref and (doc is None or (_ID.match(ref) and not doc.signed)):
        abort(404)  # ids are guessable: by id, only signed documents are public
    if doc is not None and doc.format == "pdf":
        verdict = verify_pdf(repositories().documents, doc.content, _roots()).as_json()
    return render_template("verifikasi.html", doc=doc, verdict=verdict, kinds=DOCUMENT_KINDS)


@bp.post("/verifikasi")
def verification_upload() -> tuple[str, int]:
    """Verify a PDF uploaded through the page's form."""
    if not _verifier().admit(request.remote_addr or "-"):
        return _page(error=RATE_LIMITED), 429
    pdf = _uploaded_pdf()
    if not pdf:
        return _page(error="Pilih berkas PDF yang akan diperiksa."), 400
    verdict = _verify_upload(pdf)
    return _page(verdict=verdict), 503 if verdict["pesan"] == BUSY else 200


@bp.post("/api/verifikasi")
def verification_api() -> tuple[Response, int]:
    """Verify an uploaded PDF (multipart field ``file`` or an application/pdf body)."""
    if not _verifier().admit(request.remote_addr or "-"):
        return jsonify({"asli": False, "pesan": RATE_LIMITED}), 429
    pdf = _uploaded_pdf()
    if not pdf:
        return jsonify({"asli": False, "pesan": "Tidak ada berkas PDF yang dikirim."}), 400
    verdict = _verify_upload(pdf)
    return jsonify(verdict), 503 if verdict["pesan"] == BUSY else 200


def _verifier() -> BoundedVerifier:
    return current_app.extensions["pantau_verifier"]  # type: ignore[no-any-return]


def _verify_upload(pdf: bytes) -> dict[str, Any]:
    """Verify an upload with bounded work (a stored document, ours, is checked in-process)."""
    return verify_pdf(repositories().documents, pdf, _roots(), _verifier().check).as_json()


def _page(verdict: dict[str, Any] | None = None, error: str | None = None) -> str:
    return render_template("verifikasi.html", doc=None, verdict=verdict, error=error, kinds=DOCUMENT_KINDS)


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
    if _ID.match(ref):
        return documents.by_id(int(ref))
    if _SHA.match(ref.lower()):
        return documents.by_sha256(ref.lower())
    return None


def _uploaded_pdf() -> bytes:
    upload = request.files.get("file")
    if upload is not None:
        try:
            return bytes(upload.read())
        finally:
            upload.close()  # a large upload is spooled to a temporary file
    if request.mimetype == "application/pdf":
        return request.get_data()
    return b""


def _roots() -> list[Any]:
    return list(current_app.config["PANTAU_TRUST"].trust_roots())
