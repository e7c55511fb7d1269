"""PostgreSQL adapter of the reporter: reads the cycle's inputs, numbers and stores documents.

Every function takes the caller's connection, so a handler's reads and writes, the outbox rows
and the processed-message mark share one transaction.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import psycopg
from psycopg.types.json import Jsonb

from pantau_contracts.definition import ROLE_LABELS

from .core.model import AppResult, CycleInfo, FindingItem, Official, Paraf
from .core.nomor import NomorScheme

CONSUMER = "reporter"
Conn = psycopg.Connection[Any]


class MissingDataError(LookupError):
    """The database lacks something a document needs (an instance, an official, a draft)."""


@dataclass(frozen=True)
class StoredDocument:
    id: int
    instance_id: str | None
    kind: str
    version: int
    format: str
    nomor: str | None
    signed: bool
    sha256: str
    content: bytes
    meta: dict[str, Any]
    created_at: datetime


def sha256_hex(data: bytes) -> str:
    """Return the SHA-256 of ``data`` in hex."""
    return hashlib.sha256(data).hexdigest()


def mark_processed(conn: Conn, message_id: str) -> bool:
    """Record a message as applied; False if it was applied before."""
    cur = conn.execute(
        "INSERT INTO processed_messages (consumer, message_id) VALUES (%s, %s) ON CONFLICT DO NOTHING",
        (CONSUMER, message_id),
    )
    return cur.rowcount == 1


def load_cycle(conn: Conn, instance_id: str) -> tuple[CycleInfo, dict[str, Any]]:
    """Return the cycle and its raw instance row."""
    row = conn.execute("SELECT * FROM sop_instances WHERE id = %s", (instance_id,)).fetchone()
    if row is None:
        raise MissingDataError(f"SOP instance {instance_id} does not exist")
    return CycleInfo(str(row["id"]), row["cycle_no"], row["note"], row["created_at"]), row


_APPS_SQL = """
SELECT a.id, a.nama, a.url, a.pd_id, pd.nama AS pd_nama, r.availability, r.reason, r.http_status,
       r.login, r.freshness, r.checked_at, r.payload
FROM applications a
JOIN perangkat_daerah pd ON pd.id = a.pd_id
LEFT JOIN LATERAL (
    SELECT * FROM check_results c WHERE c.app_id = a.id AND c.cycle_id = %(i)s
    ORDER BY c.checked_at DESC LIMIT 1) r ON true
WHERE a.id IN (SELECT app_id FROM sop_cycle_scope WHERE instance_id = %(i)s)
   OR (NOT EXISTS (SELECT 1 FROM sop_cycle_scope WHERE instance_id = %(i)s) AND a.aktif)
ORDER BY pd.nama, a.nama
"""


def load_apps(conn: Conn, instance_id: str) -> tuple[AppResult, ...]:
    """Return every scoped application with its latest result of this cycle."""
    return tuple(_app(row) for row in conn.execute(_APPS_SQL, {"i": instance_id}))


def _app(row: dict[str, Any]) -> AppResult:
    payload = row["payload"] or {}
    content = payload.get("content") or {}
    return AppResult(
        app_id=row["id"],
        nama=row["nama"],
        url=row["url"],
        pd_id=row["pd_id"],
        pd_nama=row["pd_nama"],
        availability=row["availability"],
        reason=row["reason"],
        http_status=row["http_status"],
        login=row["login"] or (payload.get("login") or {}).get("result"),
        freshness=row["freshness"] or content.get("result"),
        last_changed=_time(content.get("last_changed")),
        findings=tuple(_finding(f) for f in payload.get("findings") or () if isinstance(f, dict)),
        checked_at=row["checked_at"],
    )


def _finding(f: dict[str, Any]) -> FindingItem:
    return FindingItem(
        str(f.get("code", "?")), str(f.get("severity", "info")), str(f.get("evidence", "")), f.get("location")
    )


def _time(value: Any) -> datetime | None:
    if isinstance(value, datetime):
        return value
    if isinstance(value, str) and value:
        try:
            return datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return None
    return None


def official_by_role(conn: Conn, role: str) -> Official:
    """Return the first active official of ``role``."""
    row = conn.execute("SELECT * FROM users WHERE role = %s AND aktif ORDER BY id LIMIT 1", (role,)).fetchone()
    if row is None:
        raise MissingDataError(f"no active user with role {role}")
    return _official(row)


def official_by_id(conn: Conn, user_id: int) -> Official:
    """Return the official with id ``user_id``."""
    row = conn.execute("SELECT * FROM users WHERE id = %s", (user_id,)).fetchone()
    if row is None:
        raise MissingDataError(f"user {user_id} does not exist")
    return _official(row)


def _official(row: dict[str, Any]) -> Official:
    jabatan = row["jabatan"] or ROLE_LABELS.get(row["role"], row["role"])
    return Official(row["role"], row["nama"], jabatan, row["nip"], row["pangkat"])


def issue_nomor(conn: Conn, instance_id: str, series: str, scheme: NomorScheme, on: date) -> str:
    """Return the instance's nomor, issuing the next one of the year if it has none yet."""
    row = conn.execute(
        "SELECT nomor FROM reporter_nomor WHERE instance_id = %s AND series = %s", (instance_id, series)
    ).fetchone()
    if row:
        return str(row["nomor"])
    seq = next_seq(conn, series, on.year)
    nomor = scheme.format(seq, on)
    conn.execute(
        "INSERT INTO reporter_nomor (instance_id, series, tahun, seq, nomor) VALUES (%s,%s,%s,%s,%s)",
        (instance_id, series, on.year, seq, nomor),
    )
    return nomor


def next_seq(conn: Conn, series: str, tahun: int) -> int:
    """Take the next sequence number of the year; the counter row stays locked until commit."""
    conn.execute(
        "INSERT INTO reporter_nomor_counters (series, tahun) VALUES (%s, %s) ON CONFLICT DO NOTHING",
        (series, tahun),
    )
    row = conn.execute(
        "UPDATE reporter_nomor_counters SET last_seq = last_seq + 1 WHERE series = %s AND tahun = %s"
        " RETURNING last_seq",
        (series, tahun),
    ).fetchone()
    assert row is not None
    return int(row["last_seq"])


def reserve_document_id(conn: Conn) -> int:
    """Return a fresh document id (so a QR code can point at a document before it is stored)."""
    row = conn.execute("SELECT nextval(pg_get_serial_sequence('documents', 'id')) AS id").fetchone()
    assert row is not None
    return int(row["id"])


def insert_document(
    conn: Conn,
    *,
    instance_id: str | None,
    kind: str,
    version: int,
    fmt: str,
    content: bytes,
    nomor: str | None = None,
    signed: bool = False,
    meta: dict[str, Any] | None = None,
    doc_id: int | None = None,
) -> tuple[int, str]:
    """Store a document unless that version exists; return its id and SHA-256."""
    digest = sha256_hex(content)
    row = conn.execute(
        "INSERT INTO documents (id, instance_id, kind, version, format, nomor, signed, sha256, content, meta)"
        " VALUES (COALESCE(%s, nextval(pg_get_serial_sequence('documents', 'id'))),"
        " %s, %s, %s, %s, %s, %s, %s, %s, %s)"
        " ON CONFLICT (instance_id, kind, version, format, signed) DO NOTHING RETURNING id",
        (doc_id, instance_id, kind, version, fmt, nomor, signed, digest, content, Jsonb(meta or {})),
    ).fetchone()
    if row is not None:
        return int(row["id"]), digest
    existing = find_document(conn, instance_id, kind, version, fmt, signed=signed)
    assert existing is not None
    return existing.id, existing.sha256


def find_document(
    conn: Conn, instance_id: str | None, kind: str, version: int | None, fmt: str, *, signed: bool
) -> StoredDocument | None:
    """Return one stored version (the latest when ``version`` is None)."""
    row = conn.execute(
        "SELECT * FROM documents WHERE instance_id = %s AND kind = %s AND format = %s AND signed = %s"
        " AND (%s::int IS NULL OR version = %s::int) ORDER BY version DESC LIMIT 1",
        (instance_id, kind, fmt, signed, version, version),
    ).fetchone()
    return _document(row) if row else None


def document_by_id(conn: Conn, doc_id: int) -> StoredDocument | None:
    row = conn.execute("SELECT * FROM documents WHERE id = %s", (doc_id,)).fetchone()
    return _document(row) if row else None


def documents_by_sha(conn: Conn, digest: str) -> StoredDocument | None:
    row = conn.execute("SELECT * FROM documents WHERE sha256 = %s ORDER BY id LIMIT 1", (digest,)).fetchone()
    return _document(row) if row else None


def _document(row: dict[str, Any]) -> StoredDocument:
    return StoredDocument(
        id=row["id"],
        instance_id=str(row["instance_id"]) if row["instance_id"] else None,
        kind=row["kind"],
        version=row["version"],
        format=row["format"],
        nomor=row["nomor"],
        signed=row["signed"],
        sha256=row["sha256"],
        content=bytes(row["content"]),
        meta=row["meta"] or {},
        created_at=row["created_at"],
    )


def insert_paraf(
    conn: Conn,
    *,
    instance_id: str,
    step: int,
    version: int,
    user_id: int,
    document_id: int,
    doc_sha256: str,
    at: datetime,
    statement: str,
    signature: str,
    algorithm: str,
) -> None:
    """Record a signed paraf entry (once per step and version)."""
    conn.execute(
        "INSERT INTO reporter_paraf (instance_id, step, version, user_id, document_id, doc_sha256, at,"
        " statement, signature, algorithm) VALUES (%s,%s,%s,%s,%s,%s,%s,%s,%s,%s) ON CONFLICT DO NOTHING",
        (instance_id, step, version, user_id, document_id, doc_sha256, at, statement, signature, algorithm),
    )


def load_paraf(conn: Conn, instance_id: str, version: int) -> tuple[Paraf, ...]:
    """Return the paraf given to one version, in step order."""
    rows = conn.execute(
        "SELECT p.*, u.role, u.nama, u.jabatan, u.nip, u.pangkat FROM reporter_paraf p"
        " JOIN users u ON u.id = p.user_id WHERE p.instance_id = %s AND p.version = %s ORDER BY p.step",
        (instance_id, version),
    ).fetchall()
    return tuple(Paraf(r["step"], _official(r), r["at"], r["doc_sha256"]) for r in rows)


def paraf_entries(conn: Conn, instance_id: str) -> list[dict[str, Any]]:
    """Return the raw signed paraf entries of an instance, for verification."""
    return conn.execute(
        "SELECT * FROM reporter_paraf WHERE instance_id = %s ORDER BY version, step", (instance_id,)
    ).fetchall()


def insert_delivery(conn: Conn, *, instance_id: str, version: int, channel: str, receipt: str, document_id: int) -> str:
    """Record a delivery once; return the receipt on record."""
    conn.execute(
        "INSERT INTO reporter_deliveries (instance_id, version, channel, receipt, document_id)"
        " VALUES (%s,%s,%s,%s,%s) ON CONFLICT DO NOTHING",
        (instance_id, version, channel, receipt, document_id),
    )
    row = conn.execute(
        "SELECT receipt FROM reporter_deliveries WHERE instance_id = %s AND version = %s",
        (instance_id, version),
    ).fetchone()
    assert row is not None
    return str(row["receipt"])


_LATEST_SQL = """
SELECT a.id, a.nama, a.url, a.pd_id, pd.nama AS pd_nama, r.availability, r.reason, r.http_status,
       r.login, r.freshness, r.checked_at, r.payload
FROM applications a
JOIN perangkat_daerah pd ON pd.id = a.pd_id
LEFT JOIN LATERAL (
    SELECT * FROM check_results c WHERE c.app_id = a.id ORDER BY c.checked_at DESC LIMIT 1) r ON true
WHERE a.aktif AND (%(pd)s::text IS NULL OR a.pd_id = %(pd)s::text)
ORDER BY pd.nama, a.nama
"""


def latest_results(conn: Conn, pd_id: str | None = None) -> tuple[AppResult, ...]:
    """Return every registered application with its latest result (of any cycle)."""
    return tuple(_app(row) for row in conn.execute(_LATEST_SQL, {"pd": pd_id}))


def cycles(
    conn: Conn, *, limit: int = 12, since: datetime | None = None, until: datetime | None = None
) -> list[tuple[CycleInfo, tuple[AppResult, ...]]]:
    """Return the most recent cycles (newest first) with their results."""
    rows = conn.execute(
        "SELECT id FROM sop_instances WHERE (%s::timestamptz IS NULL OR created_at >= %s::timestamptz)"
        " AND (%s::timestamptz IS NULL OR created_at < %s::timestamptz) ORDER BY created_at DESC LIMIT %s",
        (since, since, until, until, limit),
    ).fetchall()
    return [(load_cycle(conn, str(r["id"]))[0], load_apps(conn, str(r["id"]))) for r in rows]


def step_history(conn: Conn, *, limit: int = 12) -> list[dict[str, Any]]:
    """Return the step visits of the most recent cycles, oldest cycle first."""
    return conn.execute(
        "SELECT i.cycle_no, i.created_at, h.step, h.started_at, h.completed_at, h.mutu_baku_s, h.outcome"
        " FROM sop_step_history h JOIN sop_instances i ON i.id = h.instance_id"
        " WHERE h.instance_id IN (SELECT id FROM sop_instances ORDER BY created_at DESC LIMIT %s)"
        " ORDER BY i.created_at, h.seq",
        (limit,),
    ).fetchall()


def perangkat_daerah(conn: Conn) -> list[dict[str, Any]]:
    return conn.execute("SELECT id, nama, singkatan FROM perangkat_daerah ORDER BY nama").fetchall()
