"""The web's PostgreSQL access for the long lists: the status board, the registry and the cycles,
each searched, filtered and read one page at a time with its total. Views call these, never SQL.

The board reads each application's latest result from ``latest_checks`` (one row per application,
kept by triggers on ``check_results``): one join, whatever the number of results kept.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .lists import PageRequest, like_pattern
from .queries import Conn, ScopeCounts

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


_BOARD = (
    "SELECT a.id, a.nama, a.url, a.aktif, a.pd_id, p.nama AS pd_nama, p.singkatan, r.availability, r.reason,"
    " r.http_status, r.total_ms, r.freshness, r.login, r.checked_at,"
    " COALESCE(jsonb_array_length(r.findings), 0) AS findings, count(*) OVER () AS total"
    " FROM applications a JOIN perangkat_daerah p ON p.id = a.pd_id LEFT JOIN latest_checks r ON r.app_id = a.id"
    " WHERE (%(pd)s::text IS NULL OR a.pd_id = %(pd)s)"
    " AND (%(q)s::text IS NULL OR a.nama ILIKE %(q)s OR a.url ILIKE %(q)s OR a.id ILIKE %(q)s OR p.nama ILIKE %(q)s"
    "  OR p.singkatan ILIKE %(q)s)"
    " AND (%(status)s::text IS NULL OR r.availability = %(status)s OR (%(status)s = 'belum' AND r.app_id IS NULL))"
)


def board(db: Conn, filters: BoardFilters, page: PageRequest) -> list[dict[str, Any]]:
    """Return one page of applications with their latest check, each row carrying the ``total``."""
    sql = _BOARD + _finding_clause(filters.finding) + " ORDER BY p.nama, a.nama, a.id LIMIT %(limit)s OFFSET %(offset)s"
    return db.execute(sql, {**_board_params(filters), "limit": page.limit, "offset": page.offset}).fetchall()


def board_counts(db: Conn, pd_id: str | None) -> dict[str, int]:
    """Count the applications (of one department, or all) by their latest availability."""
    row = db.execute(
        "SELECT count(*) AS total, count(*) FILTER (WHERE r.availability = 'aktif') AS aktif,"
        " count(*) FILTER (WHERE r.availability = 'tidak_aktif') AS tidak_aktif,"
        " count(*) FILTER (WHERE r.availability IS NULL) AS belum"
        " FROM applications a LEFT JOIN latest_checks r ON r.app_id = a.id"
        " WHERE %(pd)s::text IS NULL OR a.pd_id = %(pd)s",
        {"pd": pd_id},
    ).fetchone()
    return dict(row or {})


def _board_params(filters: BoardFilters) -> dict[str, Any]:
    return {
        "pd": filters.pd_id,
        "q": like_pattern(filters.search),
        "status": filters.status,
        "code": filters.finding,
    }


def _finding_clause(finding: str | None) -> str:
    if finding is None:
        return ""
    if finding == ANY_FINDING:
        return " AND jsonb_array_length(r.findings) > 0"
    if finding in PROBLEM_FILTERS:
        return " AND " + PROBLEM_FILTERS[finding]
    return " AND r.findings @> jsonb_build_array(jsonb_build_object('code', %(code)s::text))"


def registry_page(db: Conn, pd_id: str | None, search: str | None, page: PageRequest) -> list[dict[str, Any]]:
    """Return one page of the registered applications with their registry facts and the ``total``."""
    return db.execute(
        "SELECT a.id, a.nama, a.url, a.aktif, a.pd_id, a.klasifikasi, a.unit_pengembang, a.tahun_operasi,"
        " a.penanggung_jawab, a.updated_at, p.nama AS pd_nama, p.singkatan, count(*) OVER () AS total"
        " FROM applications a JOIN perangkat_daerah p ON p.id = a.pd_id"
        " WHERE (%(pd)s::text IS NULL OR a.pd_id = %(pd)s)"
        " AND (%(q)s::text IS NULL OR a.nama ILIKE %(q)s OR a.url ILIKE %(q)s OR a.id ILIKE %(q)s)"
        " ORDER BY p.nama, a.nama, a.id LIMIT %(limit)s OFFSET %(offset)s",
        {"pd": pd_id, "q": like_pattern(search), "limit": page.limit, "offset": page.offset},
    ).fetchall()


def departments(db: Conn) -> list[dict[str, Any]]:
    """Return every Perangkat Daerah with its number of applications."""
    return db.execute(
        "SELECT p.id, p.nama, p.singkatan, p.jenis, p.aktif, count(a.id) AS aplikasi"
        " FROM perangkat_daerah p LEFT JOIN applications a ON a.pd_id = p.id GROUP BY p.id ORDER BY p.nama"
    ).fetchall()


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
