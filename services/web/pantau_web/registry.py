"""The status board: every application with its latest check, searched, filtered and paged."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, abort, render_template, request, url_for

from pantau_contracts.vocabulary import FINDING_LABELS, PROBLEM_LABELS

from . import list_queries as lq
from . import lists, queries
from .auth import login_required, open_to_departments, scope
from .db import get_db
from .snapshots import kept
from .views import sentence

bp = Blueprint("registry", __name__)


@bp.route("/aplikasi")
@login_required
@kept("applications", "perangkat_daerah", "latest_checks")
def board() -> Any:
    db = get_db()
    filters = board_filters(request.args)
    apps, counts, departments = lq.board(db, filters, lists.page_request(request.args))
    html = render_template(
        "apps.html",
        apps=apps,
        counts=counts,
        filters=filters,
        departments=departments,
        status_choices=STATUS_CHOICES,
        finding_choices=FINDING_CHOICES,
    )
    return html, lists.status(apps)


STATUS_OPTIONS = {"aktif": "Aktif", "tidak_aktif": "Tidak aktif", "belum": "Belum diperiksa"}
STATUS_CHOICES = tuple(STATUS_OPTIONS.items())


def board_filters(args: Any) -> lq.BoardFilters:
    """Read the board's search and filters from the query string; unknown values filter nothing."""
    return lq.BoardFilters(
        pd_id=args.get("pd") or None,
        search=lists.search_text(args),
        status=lists.choice(args, "status", STATUS_OPTIONS),
        finding=lists.choice(args, "temuan", FINDING_CODES),
    )


def finding_options() -> list[tuple[str, str]]:
    """Return the finding filter's choices: any finding, each finding, and the SOP's own problems."""
    problems = [(code, PROBLEM_LABELS[code]) for code in lq.PROBLEM_FILTERS]
    findings = [(code, text) for code, text in FINDING_LABELS.items()]
    return [(lq.ANY_FINDING, "Ada temuan apa pun"), *findings, *problems]


# Built from constants once: the filter's codes, and its choices as the page shows them.
FINDING_CODES = frozenset(code for code, _ in finding_options())
FINDING_CHOICES = tuple((code, sentence(text)) for code, text in finding_options())


def availability_counts(apps: list[dict[str, Any]]) -> dict[str, int]:
    """Count the applications by their latest availability."""
    return {
        "total": len(apps),
        "aktif": sum(1 for a in apps if a["availability"] == "aktif"),
        "tidak_aktif": sum(1 for a in apps if a["availability"] == "tidak_aktif"),
        "belum": sum(1 for a in apps if a["availability"] is None),
    }


@bp.route("/api/aplikasi")
@login_required
@open_to_departments
def api_board() -> Any:
    """Return the applications the account may see (its department's, or all) with their latest check.

    With ``batas``, one page of them in the order of their codes, and the address of the next page
    (``berikutnya``, also a ``Link: rel="next"`` header); without it, all of them (as before).
    """
    limit = api_limit(request.args.get("batas"))
    if limit is None:
        return {"aplikasi": queries.jsonable(queries.applications(get_db(), scope()))}
    rows = queries.applications_after(get_db(), scope(), request.args.get("setelah") or None, limit + 1)
    shown = rows[:limit]
    following = url_for("registry.api_board", batas=limit, setelah=shown[-1]["id"]) if len(rows) > limit else None
    headers = {"Link": f'<{following}>; rel="next"'} if following else {}
    return {"aplikasi": queries.jsonable(shown), "berikutnya": following}, 200, headers


API_MAX_LIMIT = 1000


def api_limit(value: str | None) -> int | None:
    """Read ``batas``: absent is no paging; otherwise a page of 1 to API_MAX_LIMIT (400 beyond)."""
    if value is None:
        return None
    if not value.isdigit() or not 1 <= int(value) <= API_MAX_LIMIT:
        abort(400, description=f"batas harus bilangan 1 sampai {API_MAX_LIMIT}.")
    return int(value)


@bp.route("/kesehatan")
@open_to_departments
def health() -> Any:
    queries.ping(get_db())
    return {"status": "ok"}
