"""Registry edits shared by the web's forms and the JSON API: who may edit, the stored row, the
check (the import's validation, plus a new code that must be free) and the save with its history.

Both doors hand in *document* rows (the forms flatten theirs first), so a row is judged the same
way whichever door it came through.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from flask import abort, g

from pantau_common.registry import store_pg
from pantau_common.registry.diff import Change
from pantau_common.registry.model import AppSpec, PerangkatDaerah, Registry
from pantau_common.registry.validation import validate_app, validate_pd

from . import list_queries as lq
from .auth import sop
from .db import get_db

FieldErrors = list[tuple[str, str]]


def may_edit(user: Mapping[str, Any] | None) -> bool:
    """Say whether the user edits the registry: the admin, or the Kasie (who runs the monev's step 2)."""
    return user is not None and user["role"] in ("admin", sop().step(2).role)


def require_editor() -> None:
    if not may_edit(g.user):
        abort(403)


def stored_app(app_id: str) -> AppSpec:
    """Return the stored application; answer 404 when there is none."""
    found = store_pg.load(get_db(), pd_ids=[], app_ids=[app_id]).applications
    if not found:
        abort(404)
    return found[0]


def stored_pd(pd_id: str) -> PerangkatDaerah:
    """Return the stored Perangkat Daerah; answer 404 when there is none."""
    found = store_pg.load(get_db(), pd_ids=[pd_id], app_ids=[]).perangkat_daerah
    if not found:
        abort(404)
    return found[0]


def check_app(document: Mapping[str, Any], creating: bool) -> tuple[AppSpec | None, FieldErrors]:
    """Validate an application's document row as the import does; return the spec, or the errors."""
    errors: FieldErrors = []
    db = get_db()
    spec = validate_app(document, errors, {d["id"] for d in lq.departments(db)})
    if creating and spec and store_pg.load(db, pd_ids=[], app_ids=[spec.id]).applications:
        errors.append(("id", "kode ini sudah dipakai aplikasi lain"))
    return (None if errors else spec), errors


def check_pd(document: Mapping[str, Any], creating: bool) -> tuple[PerangkatDaerah | None, FieldErrors]:
    """Validate a Perangkat Daerah's document row as the import does; return the spec, or the errors."""
    errors: FieldErrors = []
    spec = validate_pd(document, errors)
    if creating and spec and store_pg.load(get_db(), pd_ids=[spec.id], app_ids=[]).perangkat_daerah:
        errors.append(("id", "kode ini sudah dipakai Perangkat Daerah lain"))
    return (None if errors else spec), errors


def save(registry: Registry, source: store_pg.Source) -> list[Change]:
    """Write the change and its history, by the signed-in account, in one transaction."""
    db = get_db()
    with db.transaction():
        return store_pg.apply(db, registry, g.user["id"], source)
