"""PostgreSQL adapters of ``Documents``, ``MonthlyReports`` and ``Outbox``: the reporter's own tables.

Every adapter works on the caller's connection, so a handler's reads and writes, the outbox rows
and the processed-message mark share one transaction.
"""

from __future__ import annotations

import dataclasses
from datetime import date, datetime
from typing import Any

import psycopg
from psycopg.types.json import Jsonb

from pantau_common import outbox
from pantau_contracts import Envelope

from .core.nomor import NomorScheme
from .repository import DeliveryRecord, MonthlyReport, NewDocument, ParafEntry, Repositories, StoredDocument
from .sources_pg import PostgresSources

Conn = psycopg.Connection[Any]
_NEXT_ID = "nextval(pg_get_serial_sequence('documents', 'id'))"
_INSERT_DOCUMENT = (
    "INSERT INTO documents (id, instance_id, kind, version, format, nomor, signed, sha256, content, meta)"
    f" VALUES (COALESCE(%(id)s, {_NEXT_ID}), %(instance_id)s, %(kind)s, %(version)s, %(format)s, %(nomor)s,"
    " %(signed)s, %(sha256)s, %(content)s, %(meta)s)"
    " ON CONFLICT (instance_id, kind, version, format, signed) DO NOTHING RETURNING *"
)
_PARAF_COLUMNS = "instance_id, step, version, user_id, document_id, doc_sha256, at, statement, signature, algorithm"
_PARAF_VALUES = ", ".join(f"%({name.strip()})s" for name in _PARAF_COLUMNS.split(","))


class PostgresDocuments:
    """The documents, their nomor, the signed paraf and the delivery receipts."""

    def __init__(self, conn: Conn) -> None:
        self._conn = conn

    def issue_nomor(self, instance_id: str, series: str, scheme: NomorScheme, on: date) -> str:
        """Return the instance's nomor, issuing the next one of the year if it has none yet."""
        row = self._conn.execute(
            "SELECT nomor FROM reporter_nomor WHERE instance_id = %s AND series = %s", (instance_id, series)
        ).fetchone()
        if row:
            return str(row["nomor"])
        seq = self._next_seq(series, on.year)
        nomor = scheme.format(seq, on)
        self._conn.execute(
            "INSERT INTO reporter_nomor (instance_id, series, tahun, seq, nomor) VALUES (%s,%s,%s,%s,%s)",
            (instance_id, series, on.year, seq, nomor),
        )
        return nomor

    def _next_seq(self, series: str, tahun: int) -> int:
        """Take the next sequence number of the year; the counter row stays locked until commit."""
        self._conn.execute(
            "INSERT INTO reporter_nomor_counters (series, tahun) VALUES (%s, %s) ON CONFLICT DO NOTHING",
            (series, tahun),
        )
        row = self._conn.execute(
            "UPDATE reporter_nomor_counters SET last_seq = last_seq + 1 WHERE series = %s AND tahun = %s"
            " RETURNING last_seq",
            (series, tahun),
        ).fetchone()
        assert row is not None
        return int(row["last_seq"])

    def reserve_id(self) -> int:
        """Return a fresh document id (so a QR code can point at a document before it is stored)."""
        row = self._conn.execute(f"SELECT {_NEXT_ID} AS id").fetchone()
        assert row is not None
        return int(row["id"])

    def add(self, doc: NewDocument) -> StoredDocument:
        """Store a document unless that version exists; return the stored one."""
        row = self._conn.execute(
            _INSERT_DOCUMENT, {**_fields(doc), "sha256": doc.sha256, "meta": Jsonb(doc.meta)}
        ).fetchone()
        if row is not None:
            return _document(row)
        existing = self.find(doc.instance_id, doc.kind, doc.version, doc.format, signed=doc.signed)
        assert existing is not None
        return existing

    def find(
        self, instance_id: str | None, kind: str, version: int | None, fmt: str, *, signed: bool
    ) -> StoredDocument | None:
        """Return one stored version (the latest when ``version`` is None)."""
        row = self._conn.execute(
            "SELECT * FROM documents WHERE instance_id = %s AND kind = %s AND format = %s AND signed = %s"
            " AND (%s::int IS NULL OR version = %s::int) ORDER BY version DESC LIMIT 1",
            (instance_id, kind, fmt, signed, version, version),
        ).fetchone()
        return _document(row) if row else None

    def by_id(self, doc_id: int) -> StoredDocument | None:
        row = self._conn.execute("SELECT * FROM documents WHERE id = %s", (doc_id,)).fetchone()
        return _document(row) if row else None

    def by_sha256(self, digest: str) -> StoredDocument | None:
        row = self._conn.execute("SELECT * FROM documents WHERE sha256 = %s ORDER BY id LIMIT 1", (digest,)).fetchone()
        return _document(row) if row else None

    def next_version(self, kind: str, bulan: str) -> int:
        """Return the next version of the monthly document ``kind`` of ``bulan``."""
        row = self._conn.execute(
            "SELECT COALESCE(MAX(version), 0) + 1 AS v FROM documents WHERE kind = %s AND meta->>'bulan' = %s",
            (kind, bulan),
        ).fetchone()
        return int(row["v"]) if row else 1

    def add_paraf(self, entry: ParafEntry) -> None:
        """Record a signed paraf entry (once per step and version)."""
        self._conn.execute(
            f"INSERT INTO reporter_paraf ({_PARAF_COLUMNS}) VALUES ({_PARAF_VALUES}) ON CONFLICT DO NOTHING",
            _fields(entry),
        )

    def paraf(self, instance_id: str, version: int) -> tuple[ParafEntry, ...]:
        """Return the paraf given to one version, in step order."""
        rows = self._conn.execute(
            f"SELECT {_PARAF_COLUMNS} FROM reporter_paraf WHERE instance_id = %s AND version = %s ORDER BY step",
            (instance_id, version),
        ).fetchall()
        return tuple(ParafEntry(**{**r, "instance_id": str(r["instance_id"])}) for r in rows)

    def add_delivery(self, record: DeliveryRecord) -> str:
        """Record a delivery once; return the receipt on record."""
        self._conn.execute(
            "INSERT INTO reporter_deliveries (instance_id, version, channel, receipt, document_id)"
            " VALUES (%s,%s,%s,%s,%s) ON CONFLICT DO NOTHING",
            (record.instance_id, record.version, record.channel, record.receipt, record.document_id),
        )
        row = self._conn.execute(
            "SELECT receipt FROM reporter_deliveries WHERE instance_id = %s AND version = %s",
            (record.instance_id, record.version),
        ).fetchone()
        assert row is not None
        return str(row["receipt"])


class PostgresOutbox:
    """Queue the reporter's events in the shared transactional outbox."""

    def __init__(self, conn: Conn) -> None:
        self._conn = conn

    def add(self, env: Envelope, topic: str, key: str) -> None:
        outbox.add(self._conn, env, topic, key)


def postgres_repositories(conn: Conn) -> Repositories:
    """Return the reporter's repositories on one connection (one transaction)."""
    return Repositories(PostgresSources(conn), PostgresDocuments(conn), PostgresOutbox(conn))


def _fields(record: Any) -> dict[str, Any]:
    """Return a dataclass's fields as query parameters (shallow: bytes stay bytes)."""
    return {f.name: getattr(record, f.name) for f in dataclasses.fields(record)}


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


class PostgresMonthlyReports:
    """The monthly reports' rows (``monthly_reports``): one per month, its primary key."""

    def __init__(self, conn: Conn) -> None:
        self._conn = conn

    def hold(self, bulan: str) -> None:
        self._conn.execute("SELECT pg_advisory_xact_lock(hashtext(%s))", (f"monthly_reports:{bulan}",))

    def get(self, bulan: str, *, lock: bool = False) -> MonthlyReport | None:
        locking = " FOR UPDATE" if lock else ""
        row = self._conn.execute(f"{_MONTHLY_SELECT} WHERE bulan = %s{locking}", (bulan,)).fetchone()
        return MonthlyReport(**row) if row else None

    def add(self, report: MonthlyReport, at: datetime) -> None:
        self._conn.execute(
            "INSERT INTO monthly_reports (bulan, state, draft_id, signed_id, made_at) VALUES (%s, %s, %s, %s, %s)"
            " ON CONFLICT (bulan) DO NOTHING",
            (report.bulan, report.state, report.draft_id, report.signed_id, at),
        )

    def awaiting_signature(self) -> list[str]:
        rows = self._conn.execute(
            "SELECT bulan FROM monthly_reports WHERE state = 'menunggu_tanda_tangan' ORDER BY bulan"
        ).fetchall()
        return [str(r["bulan"]) for r in rows]

    def undelivered(self) -> list[str]:
        rows = self._conn.execute("SELECT bulan FROM monthly_reports WHERE state = 'gagal_kirim' ORDER BY bulan")
        return [str(r["bulan"]) for r in rows]

    def signed(self, bulan: str, by: int | None, at: datetime) -> None:
        self._conn.execute(
            "UPDATE monthly_reports SET state = 'ditandatangani', signed_by = %s, signed_at = %s"
            " WHERE bulan = %s AND state = 'menunggu_tanda_tangan'",
            (by, at, bulan),
        )

    def next_delivery(self, now: datetime) -> MonthlyReport | None:
        row = self._conn.execute(
            f"{_MONTHLY_SELECT} WHERE state = 'ditandatangani' AND (retry_at IS NULL OR retry_at <= %s)"
            " ORDER BY bulan LIMIT 1 FOR UPDATE SKIP LOCKED",
            (now,),
        ).fetchone()
        return MonthlyReport(**row) if row else None

    def delivered(self, bulan: str, channel: str, receipt: str, at: datetime) -> None:
        self._conn.execute(
            "UPDATE monthly_reports SET state = 'terkirim', channel = %s, receipt = %s, delivered_at = %s,"
            " retry_at = NULL, reason = NULL WHERE bulan = %s",
            (channel, receipt, at, bulan),
        )

    def failed(self, bulan: str, reason: str, retry_at: datetime | None) -> None:
        self._conn.execute(
            "UPDATE monthly_reports SET attempts = attempts + 1, reason = %s, retry_at = %s,"
            " state = CASE WHEN %s::timestamptz IS NULL THEN 'gagal_kirim' ELSE state END WHERE bulan = %s",
            (reason, retry_at, retry_at, bulan),
        )


_MONTHLY_SELECT = "SELECT bulan, state, draft_id, signed_id, attempts, reason, receipt FROM monthly_reports"
