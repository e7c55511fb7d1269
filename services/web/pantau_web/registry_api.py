"""The registry on the JSON API: read, add, replace and patch Perangkat Daerah and applications.

A body is a *document* row, as a YAML registry holds it (nested ``login``, lists, ``kontak``
objects), judged by the import's own validation: every error comes back at its field in one
422 problem, and nothing is saved while one stands. Writing needs a token with the
``tulis_registri`` scope (or a browser session and its CSRF token) of an account that edits the
registry, the admin or the Kasie; department accounts never reach these routes (404). Each change
is kept in the registry history under the source ``api`` and the account of the token.

PUT replaces a row: a field left out takes its default, except ``kontak``, whose absence keeps
the stored contacts (as an import does). PATCH is a JSON merge patch (RFC 7396) over the stored
row: ``{"aktif": false}`` deactivates, ``{"aktif": true}`` brings it back.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypeVar

from flask import Blueprint, abort, request, url_for

from pantau_common.registry.flat import app_document, pd_document
from pantau_common.registry.model import AppSpec, PerangkatDaerah, Registry

from .auth import login_required
from .errors import TITLES
from .problems import problem
from .registry_edits import FieldErrors, check_app, check_pd, require_editor, save, stored_app, stored_pd

bp = Blueprint("registry_api", __name__)
Spec = TypeVar("Spec", AppSpec, PerangkatDaerah)


class RowInvalidError(ValueError):
    """A posted row with one or more field errors; ``errors`` lists them all."""

    def __init__(self, errors: Sequence[tuple[str, str]]) -> None:
        super().__init__(f"{len(errors)} isian tidak sah")
        self.errors = tuple(errors)


@bp.errorhandler(RowInvalidError)
def invalid(error: RowInvalidError) -> Any:
    """Answer every field error at once; ``-`` (the row as a whole) is the empty field name."""
    fields = [{"field": "" if f == "-" else f, "message": m} for f, m in error.errors]
    detail = f"{len(fields)} isian tidak sah; tidak ada yang disimpan."
    return problem(422, TITLES[422], detail, errors=fields)


# --- Perangkat Daerah --------------------------------------------------------------------


@bp.route("/api/perangkat-daerah/<pd_id>")
@login_required
def show_pd(pd_id: str) -> Any:
    return pd_document(stored_pd(pd_id))


@bp.route("/api/perangkat-daerah", methods=("POST",))
@login_required
def create_pd() -> Any:
    require_editor()
    spec = valid(check_pd(body(), creating=True))
    return _save_pd(spec, 201)


@bp.route("/api/perangkat-daerah/<pd_id>", methods=("PUT",))
@login_required
def replace_pd(pd_id: str) -> Any:
    require_editor()
    stored_pd(pd_id)
    return _save_pd(valid(check_pd(with_id(body(), pd_id), creating=False)))


@bp.route("/api/perangkat-daerah/<pd_id>", methods=("PATCH",))
@login_required
def patch_pd(pd_id: str) -> Any:
    require_editor()
    patched = merge_patch(pd_document(stored_pd(pd_id)), body())
    return _save_pd(valid(check_pd(with_id(patched, pd_id), creating=False)))


def _save_pd(spec: PerangkatDaerah, status: int = 200) -> Any:
    save(Registry(perangkat_daerah=(spec,)), "api")
    return answer(pd_document(stored_pd(spec.id)), status, url_for("registry_api.show_pd", pd_id=spec.id))


# --- applications ------------------------------------------------------------------------


@bp.route("/api/aplikasi/<app_id>")
@login_required
def show_app(app_id: str) -> Any:
    return app_document(stored_app(app_id))


@bp.route("/api/aplikasi", methods=("POST",))
@login_required
def create_app() -> Any:
    require_editor()
    spec = valid(check_app(body(), creating=True))
    return _save_app(spec, 201)


@bp.route("/api/aplikasi/<app_id>", methods=("PUT",))
@login_required
def replace_app(app_id: str) -> Any:
    require_editor()
    stored_app(app_id)
    return _save_app(valid(check_app(with_id(body(), app_id), creating=False)))


@bp.route("/api/aplikasi/<app_id>", methods=("PATCH",))
@login_required
def patch_app(app_id: str) -> Any:
    require_editor()
    patched = merge_patch(app_document(stored_app(app_id)), body())
    return _save_app(valid(check_app(with_id(patched, app_id), creating=False)))


def _save_app(spec: AppSpec, status: int = 200) -> Any:
    save(Registry(applications=(spec,)), "api")
    return answer(app_document(stored_app(spec.id)), status, url_for("registry_api.show_app", app_id=spec.id))


# --- shared ------------------------------------------------------------------------------


# No registry row nests deeper than a few levels (``kontak`` items, ``login`` fields); a deeper body
# is refused before the parser's and the merge patch's recursion can run out (a 500, not an answer).
MAX_NESTING = 16
TOO_DEEP = f"Badan permintaan bertingkat terlalu dalam (paling banyak {MAX_NESTING} tingkat)."


def body() -> dict[str, Any]:
    """Return the request's JSON object; 415 when it is not JSON, 400 when it does not parse, 422 otherwise."""
    if not request.is_json:
        abort(415, description="Kirim badan permintaan sebagai JSON (Content-Type: application/json).")
    try:
        document = request.get_json(silent=True)
    except RecursionError:
        abort(400, description=TOO_DEEP)
    if document is None:
        abort(400, description="Badan permintaan bukan JSON yang sah.")
    if nesting(document) > MAX_NESTING:
        abort(400, description=TOO_DEEP)
    if not isinstance(document, dict):
        raise RowInvalidError([("-", "badan permintaan harus objek JSON")])
    return document


def nesting(document: Any) -> int:
    """Return how many objects and arrays deep ``document`` goes (counted without recursion)."""
    deepest, level = 0, [(document, 0)]
    while level:
        value, depth = level.pop()
        children = value.values() if isinstance(value, dict) else value if isinstance(value, list) else None
        if children is not None:
            deepest = max(deepest, depth + 1)
            level.extend((child, depth + 1) for child in children)
    return deepest


def with_id(document: dict[str, Any], ident: str) -> dict[str, Any]:
    """Return the row under the code in the address; a different code in the body is an error."""
    if document.get("id", ident) != ident:
        raise RowInvalidError([("id", "kode tidak dapat diubah; harus sama dengan kode di alamat")])
    return {**document, "id": ident}


def valid(checked: tuple[Spec | None, FieldErrors]) -> Spec:
    """Return the validated spec, or raise every field error."""
    spec, errors = checked
    if errors or spec is None:
        raise RowInvalidError(errors)
    return spec


def merge_patch(target: Any, patch: Any) -> Any:
    """Apply a JSON merge patch (RFC 7396): objects merge key by key, ``null`` removes, the rest replaces."""
    if not isinstance(patch, dict):
        return patch
    merged = dict(target) if isinstance(target, dict) else {}
    for key, value in patch.items():
        if value is None:
            merged.pop(key, None)
        else:
            merged[key] = merge_patch(merged.get(key), value)
    return merged


def answer(document: dict[str, Any], status: int, location: str) -> Any:
    """Return the stored row; a new one with its address."""
    return document, status, ({"Location": location} if status == 201 else {})
