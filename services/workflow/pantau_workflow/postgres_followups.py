"""PostgreSQL adapters for the follow-up register, the false positives and the notifications."""

from __future__ import annotations

import json
from dataclasses import fields
from datetime import datetime
from typing import Any

import psycopg

from .domain.followups import Change, FollowUp
from .domain.notices import Notice
from .ports import FalsePositive, Recipient

Conn = psycopg.Connection[Any]
_COLUMNS = tuple(f.name for f in fields(FollowUp))
_SELECT = f"SELECT {', '.join(_COLUMNS)} FROM follow_ups"
_INSERT = (
    f"INSERT INTO follow_ups ({', '.join(_COLUMNS)}) VALUES ({', '.join(['%s'] * len(_COLUMNS))})"
    " ON CONFLICT (id) DO NOTHING"
)
_UPDATE = "UPDATE follow_ups SET " + ", ".join(f"{c} = %s" for c in _COLUMNS if c != "id") + " WHERE id = %s"
_HISTORY = (
    "INSERT INTO follow_up_history (follow_up_id, change, state, actor_id, note, attachment_id, message_id, at,"
    " evidence_event_id) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s)"
)
_OPEN = "state IN ('terbuka', 'ditanggapi')"


class PostgresFollowUps:
    """The ``follow_ups`` and ``follow_up_history`` tables; the caller owns the transaction."""

    def __init__(self, conn: Conn) -> None:
        self.conn = conn

    def get(self, followup_id: str) -> FollowUp | None:
        """Return the follow-up, row-locked for the transaction, or None."""
        row = self.conn.execute(_SELECT + " WHERE id = %s FOR UPDATE", (followup_id,)).fetchone()
        return _follow_up(row) if row else None

    def latest(self, app_id: str, code: str) -> FollowUp | None:
        """Return the most recent follow-up of a problem of an application, or None."""
        sql = _SELECT + " WHERE app_id = %s AND code = %s ORDER BY opened_at DESC, id LIMIT 1 FOR UPDATE"
        row = self.conn.execute(sql, (app_id, code)).fetchone()
        return _follow_up(row) if row else None

    def of_app(self, app_id: str, closed_since: datetime) -> list[FollowUp]:
        """Return the application's open follow-ups and those closed since ``closed_since``."""
        sql = _SELECT + f" WHERE app_id = %s AND ({_OPEN} OR closed_at >= %s) ORDER BY opened_at, id FOR UPDATE"
        return [_follow_up(r) for r in self.conn.execute(sql, (app_id, closed_since))]

    def add(self, follow_up: FollowUp) -> None:
        """Insert a new follow-up (a redelivered opening inserts nothing)."""
        self.conn.execute(_INSERT, _row(follow_up))

    def save(self, follow_up: FollowUp) -> None:
        """Write the follow-up's state."""
        row = _row(follow_up)
        self.conn.execute(_UPDATE, (*row[1:], row[0]))

    def record(self, followup_id: str, change: Change, message_id: str) -> None:
        """Add one line to the follow-up's history."""
        c = change
        params = (followup_id, c.change, c.state, c.actor_id, c.note, c.attachment_id, message_id, c.at)
        self.conn.execute(_HISTORY, (*params, c.evidence_event_id))

    def overdue(self, now: datetime) -> list[str]:
        """Return the ids of open follow-ups past due and not yet flagged late."""
        sql = f"SELECT id FROM follow_ups WHERE {_OPEN} AND NOT terlambat AND due_at <= %s ORDER BY due_at"
        return [str(r["id"]) for r in self.conn.execute(sql, (now,))]

    def rechecks_due(self, now: datetime) -> list[str]:
        """Return the ids of answered follow-ups whose next verifying check is due."""
        sql = (
            "SELECT id FROM follow_ups WHERE state = 'ditanggapi' AND verify_until > %s AND next_recheck_at <= %s"
            " ORDER BY next_recheck_at"
        )
        return [str(r["id"]) for r in self.conn.execute(sql, (now, now))]


def _row(f: FollowUp) -> tuple[Any, ...]:
    return tuple(getattr(f, c) for c in _COLUMNS)


def _follow_up(row: dict[str, Any]) -> FollowUp:
    values = {c: row[c] for c in _COLUMNS}
    return FollowUp(**{**values, "id": str(row["id"]), "instance_id": str(row["instance_id"])})


class PostgresFalsePositives:
    """The ``false_positives`` table."""

    def __init__(self, conn: Conn) -> None:
        self.conn = conn

    def add(self, marked: FalsePositive) -> bool:
        """Remember a false positive; False if the same evidence was set aside before."""
        m = marked
        cur = self.conn.execute(
            "INSERT INTO false_positives (app_id, code, evidence_sha256, reason, instance_id, actor_id, message_id, at)"
            " VALUES (%s, %s, %s, %s, %s, %s, %s, %s) ON CONFLICT (app_id, code, evidence_sha256) DO NOTHING",
            (m.app_id, m.code, m.fingerprint, m.reason, m.instance_id, m.actor_id, m.message_id, m.at),
        )
        return cur.rowcount == 1

    def fingerprints(self, app_id: str) -> frozenset[tuple[str, str]]:
        """Return the (code, evidence fingerprint) pairs set aside for the application."""
        rows = self.conn.execute("SELECT code, evidence_sha256 FROM false_positives WHERE app_id = %s", (app_id,))
        return frozenset((r["code"], r["evidence_sha256"]) for r in rows)


class PostgresNotifications:
    """The ``notifications`` table, which the notifier's relay sends from."""

    def __init__(self, conn: Conn) -> None:
        self.conn = conn

    def add(self, dedup_key: str, recipient: Recipient, notice: Notice) -> bool:
        """Queue one notice to one recipient; False if this dedup key was queued already."""
        r = recipient
        cur = self.conn.execute(
            "INSERT INTO notifications (dedup_key, channel, address, secret_ref, subject, body, payload)"
            " VALUES (%s, %s, %s, %s, %s, %s, %s) ON CONFLICT (dedup_key) DO NOTHING",
            (dedup_key, r.channel, r.address, r.secret_ref, notice.subject, notice.body, _payload(notice)),
        )
        return cur.rowcount == 1


def _payload(notice: Notice) -> str:
    return json.dumps({"jenis": notice.kind, **notice.payload}, ensure_ascii=False, default=str)
