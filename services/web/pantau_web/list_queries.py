"""The web's PostgreSQL access for the long lists: the status board, the registry and the cycles,
each searched, filtered and read one page at a time with its total. Views call these, never SQL.

The board reads each application's latest result from ``latest_checks`` (one row per application,
kept by triggers on ``check_results``): one join, whatever the number of results kept.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .lists import Page, PageRequest, like_pattern
from .queries import Conn, ScopeCounts, where

# Filters on the latest result: the problems that are not findings read their own columns.
PROBLEM_FILTERS = {"login_gagal": "r.login = 'gagal'", "tidak_update": "r.freshness = 'tidak_update'"}
ANY_FINDING = "ada"


@dataclass(frozen=True)
class BoardFilters:
    """What the status board is narrowed to; None is no narrowing."""

    pd_id: str | None = None
    search: str | None = None
    status: str | None = None  # aktif, tidak_aktif, belum (not checked yet)
    finding: str | None = None  # a finding code, a problem of PROBLEM_FILTERS, or ANY_FINDING


_BOARD_FROM = (
    " FROM applications a JOIN perangkat_daerah p ON p.id = a.pd_id LEFT JOIN latest_checks r ON r.app_id = a.id"
)
_BOARD = (
    "SELECT a.id, a.nama, a.url, a.aktif, a.pd_id, p.nama AS pd_nama, p.singkatan, r.availability, r.reason,"
    " r.http_status, r.total_ms, r.freshness, r.login, r.checked_at,"
    " COALESCE(jsonb_array_length(r.findings), 0) AS findings" + _BOARD_FROM
)
_SEARCH = "(a.nama ILIKE %(q)s OR a.url ILIKE %(q)s OR a.id ILIKE %(q)s)"
_BOARD_SEARCH = (
    "(a.nama ILIKE %(q)s OR a.url ILIKE %(q)s OR a.id ILIKE %(q)s OR p.nama ILIKE %(q)s OR p.singkatan ILIKE %(q)s)"
)
_BY_NAME = " ORDER BY p.nama, a.nama, a.id"
# The counts need the department only for a search by its name: every application has exactly one
# (pd_id is NOT NULL and a foreign key), so the join changes no count; without it, a third less work.
_COUNTS_FROM = " FROM applications a LEFT JOIN latest_checks r ON r.app_id = a.id"


def board(db: Conn, filters: BoardFilters, page: PageRequest) -> tuple[Page, dict[str, int], list[dict[str, Any]]]:
    """Return one page of applications with their latest check, the board's counts and the departments."""
    params = _board_params(filters)
    rows = db.execute(_BOARD + where(*_board_conditions(filters)) + _BY_NAME + _slice(page), params).fetchall()
    counts, departments = board_counts(db, filters)
    return Page(rows, page, counts["cocok"]), counts, departments


def _slice(page: PageRequest) -> str:
    """Return the LIMIT and OFFSET of a page, written in the SQL.

    As parameters, PostgreSQL planned the query again on every request (its cached plan, costed
    for no known limit, never won over a fresh one): most of a first page's time.
    """
    return f" LIMIT {int(page.limit)} OFFSET {int(page.offset)}"


def board_counts(db: Conn, filters: BoardFilters) -> tuple[dict[str, int], list[dict[str, Any]]]:
    """Count every application by its latest availability, and (``cocok``) those the filters match;
    return the counts and the departments (id, nama) in name order, for the filter.

    Apart from the page, so that the page reads no more rows than it shows (in name order, by
    index); a window ``count(*) OVER ()`` made every page read and sort them all. The departments
    come in the same statement: one round trip less.
    """
    matching = " AND ".join(c for c in _board_conditions(filters) if c) or "true"
    row = db.execute(
        "SELECT count(*) AS total, count(*) FILTER (WHERE r.availability = 'aktif') AS aktif,"
        " count(*) FILTER (WHERE r.availability = 'tidak_aktif') AS tidak_aktif,"
        f" count(*) FILTER (WHERE r.availability IS NULL) AS belum, count(*) FILTER (WHERE {matching}) AS cocok,"
        " (SELECT json_agg(json_build_object('id', d.id, 'nama', d.nama) ORDER BY d.nama)"
        "  FROM perangkat_daerah d) AS departments" + (_BOARD_FROM if filters.search else _COUNTS_FROM),
        _board_params(filters),
    ).fetchone()
    counts = dict(row or {})
    return counts, counts.pop("departments", None) or []


def _board_conditions(filters: BoardFilters) -> list[str | None]:
    return [
        filters.pd_id and "a.pd_id = %(pd)s",
        filters.search and _BOARD_SEARCH,
        filters.status and ("r.app_id IS NULL" if filters.status == "belum" else "r.availability = %(status)s"),
        _finding_clause(filters.finding),
    ]


def _board_params(filters: BoardFilters) -> dict[str, Any]:
    return {
        "pd": filters.pd_id,
        "q": like_pattern(filters.search),
        "status": filters.status,
        "code": filters.finding,
    }


def _finding_clause(finding: str | None) -> str | None:
    if finding is None:
        return None
    if finding == ANY_FINDING:
        return "jsonb_array_length(r.findings) > 0"
    if finding in PROBLEM_FILTERS:
        return PROBLEM_FILTERS[finding]
    return "r.findings @> jsonb_build_array(jsonb_build_object('code', %(code)s::text))"


_REGISTRY_FROM = " FROM applications a JOIN perangkat_daerah p ON p.id = a.pd_id"


def registry_page(
    db: Conn, pd_id: str | None, search: str | None, page: PageRequest, known_total: int | None = None
) -> Page:
    """Return one page of the registered applications with their registry facts, and how many match
    (``known_total``, when the caller has counted them already)."""
    sql = where(pd_id and "a.pd_id = %(pd)s", search and _SEARCH)
    params = {"pd": pd_id, "q": like_pattern(search)}
    rows = db.execute(
        "SELECT a.id, a.nama, a.url, a.aktif, a.pd_id, a.klasifikasi, a.unit_pengembang, a.tahun_operasi,"
        " a.penanggung_jawab, a.updated_at, p.nama AS pd_nama, p.singkatan"
        + _REGISTRY_FROM
        + sql
        + _BY_NAME
        + _slice(page),
        params,
    ).fetchall()
    if known_total is not None:
        return Page(rows, page, known_total)
    # Counted apart, as the board's (board_counts); the search reads the application's own columns
    # only, so the count needs no department.
    total = db.execute("SELECT count(*) AS n FROM applications a" + sql, params).fetchone()
    return Page(rows, page, int(total["n"]) if total else 0)


def departments(db: Conn) -> list[dict[str, Any]]:
    """Return every Perangkat Daerah with its number of applications."""
    # Counted per department by index (applications_pd), not by grouping the whole registry.
    return db.execute(
        "SELECT p.id, p.nama, p.singkatan, p.jenis, p.aktif,"
        " (SELECT count(*) FROM applications a WHERE a.pd_id = p.id) AS aplikasi"
        " FROM perangkat_daerah p ORDER BY p.nama"
    ).fetchall()


def department_names(db: Conn) -> dict[str, str]:
    """Return the name of every Perangkat Daerah by its id."""
    return {row["id"]: row["nama"] for row in db.execute("SELECT id, nama FROM perangkat_daerah").fetchall()}


@dataclass(frozen=True)
class CycleFilters:
    search: str | None = None
    status: str | None = None  # berjalan, selesai


def cycles(db: Conn, filters: CycleFilters, page: PageRequest, counts: ScopeCounts) -> list[dict[str, Any]]:
    """Return one page of the cycles, newest first, each row carrying its scope count and the ``total``."""
    rows = db.execute(
        "SELECT i.id, i.cycle_no, i.step, i.phase, i.status, i.created_at, s.nama AS started_by_nama,"
        " count(*) OVER () AS total"
        " FROM sop_instances i JOIN users s ON s.id = i.started_by"
        " WHERE (%(status)s::text IS NULL OR i.status = %(status)s)"
        " AND (%(q)s::text IS NULL OR i.cycle_no ILIKE %(q)s OR i.note ILIKE %(q)s)"
        " ORDER BY i.created_at DESC, i.id LIMIT %(limit)s OFFSET %(offset)s",
        {"status": filters.status, "q": like_pattern(filters.search), "limit": page.limit, "offset": page.offset},
    ).fetchall()
    return counts.fill(db, rows)
