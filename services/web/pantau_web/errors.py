"""Error pages in Indonesian (and JSON errors for the API): no English default reaches an official."""

from __future__ import annotations

from typing import Any

from flask import Flask, render_template, request
from flask_wtf.csrf import CSRFError
from werkzeug.exceptions import HTTPException

from pantau_common import webguard

from .attachments import MAX_BYTES
from .problems import problem

_MB = 1024 * 1024
TITLES: dict[int, str] = {
    400: "Permintaan tidak sah",
    401: "Perlu autentikasi",
    403: "Akses ditolak",
    404: "Halaman tidak ditemukan",
    405: "Cara permintaan tidak diizinkan",
    413: "Kiriman terlalu besar",
    415: "Jenis isi tidak didukung",
    422: "Isian tidak sah",
    429: "Terlalu banyak permintaan",
    500: "Terjadi kesalahan",
    502: "Layanan lain bermasalah",
    503: "Layanan belum tersedia",
}
MESSAGES: dict[int, str] = {
    400: "Permintaan tidak dapat diproses.",
    401: "Sertakan token API yang sah (Authorization: Bearer <token>) atau masuk terlebih dahulu.",
    403: "Anda tidak berwenang melakukan tindakan ini.",
    404: "Halaman atau data yang Anda cari tidak ada, atau tidak dapat Anda akses.",
    405: "Halaman ini tidak menerima cara permintaan tersebut.",
    413: "Ukuran kiriman melebihi batas.",
    415: "Jenis isi kiriman tidak diterima di sini.",
    422: "Isian tidak dapat diproses; tidak ada yang disimpan.",
    429: "Silakan coba lagi beberapa saat lagi.",
    500: "Terjadi kesalahan pada server. Silakan coba lagi; bila berulang, hubungi operator Pantau.",
    502: "Layanan yang dibutuhkan halaman ini menjawab dengan galat. Coba lagi beberapa saat lagi.",
    503: "Layanan yang dibutuhkan halaman ini sedang tidak dapat dihubungi. Coba lagi beberapa saat lagi.",
}
# A request past MAX_CONTENT_LENGTH (attachments.MAX_REQUEST_BYTES), said of the file its route takes:
# what a department attaches to its answer, or the registry an editor imports.
TOO_LARGE: dict[str, str] = {
    "answers.answer": f"Ukuran kiriman melebihi batas. Lampiran paling besar {MAX_BYTES // _MB} MB.",
    "registry_excel.upload": f"Ukuran kiriman melebihi batas. Berkas registri paling besar {MAX_BYTES // _MB} MB.",
}
CSRF_MESSAGE = "Formulir kedaluwarsa atau tidak sah. Muat ulang halaman, lalu kirim kembali."


def _message(error: HTTPException) -> str:
    """Our own aborts carry an Indonesian description; werkzeug's defaults are English, so replace them."""
    code = error.code or 500
    own = error.description if error.description != type(error).description else None
    too_large = TOO_LARGE.get(request.endpoint or "") if code == 413 else None
    return own or too_large or MESSAGES.get(code, "Terjadi kesalahan.")


def _answer(code: int, message: str) -> Any:
    title = TITLES.get(code, "Terjadi kesalahan")
    if request.path.startswith("/api/"):
        return problem(code, title, message)
    return render_template("error.html", title=title, message=message), code


def handle_http(error: HTTPException) -> Any:
    return _answer(error.code or 500, _message(error))


def handle_csrf(_error: CSRFError) -> Any:
    return _answer(400, CSRF_MESSAGE)


def init_app(app: Flask) -> None:
    app.register_error_handler(CSRFError, handle_csrf)
    app.register_error_handler(HTTPException, handle_http)


def guard_input(app: Flask) -> None:
    """Refuse NUL bytes and out-of-range values with a 400 page (after auth.load_user, which the page needs)."""
    webguard.init_app(app, _answer)
