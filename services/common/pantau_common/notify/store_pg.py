"""The ``notifications`` table in PostgreSQL: claim the due rows, record what each try did.

A claim takes due rows with ``FOR UPDATE SKIP LOCKED`` and, in the same statement, counts the
try and moves ``next_attempt_at`` past a lease: another relay skips the rows while they are
locked and leaves them alone afterwards, until the lease runs out (only a crashed relay lets it).
A failure is recorded only if the row still holds the try it was claimed with.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import psycopg
from psycopg.rows import dict_row

from .core import Notification

CONSUMER = "notifier"
TOPIC = "notifications"
_CLAIM = """
WITH due AS (
    SELECT id FROM notifications
    WHERE sent_at IS NULL AND dead_at IS NULL AND next_attempt_at <= now() AND channel = ANY(%(channels)s)
    ORDER BY next_attempt_at, id
    LIMIT %(batch)s
    FOR UPDATE SKIP LOCKED
)
UPDATE notifications AS n
SET attempts = n.attempts + 1, next_attempt_at = now() + make_interval(secs => %(lease)s)
FROM due WHERE n.id = due.id
RETURNING n.id, n.channel, n.address, n.secret_ref, n.subject, n.body, n.payload, n.attempts
"""
_SENT = "UPDATE notifications SET sent_at = now(), receipt = %s WHERE id = %s AND sent_at IS NULL"
_FAILED = (
    "UPDATE notifications SET next_attempt_at = now() + make_interval(secs => %s), last_error = %s"
    " WHERE id = %s AND attempts = %s AND sent_at IS NULL AND dead_at IS NULL"
)
_DEAD = (
    "UPDATE notifications SET dead_at = now(), last_error = %s"
    " WHERE id = %s AND attempts = %s AND sent_at IS NULL AND dead_at IS NULL"
)
_DEAD_LETTER = 'INSERT INTO dead_letters (consumer, topic, "offset", reason) VALUES (%s, %s, %s, %s)'


class PostgresNotifications:
    """The notifications to send, on one autocommit connection."""

    def __init__(self, conn: psycopg.AsyncConnection[Any]) -> None:
        self._conn = conn

    async def claim_due(self, channels: Sequence[str], batch: int, lease_s: float) -> list[Notification]:
        """Take up to ``batch`` due rows of these channels for one try each; return them, oldest first."""
        params = {"channels": list(channels), "batch": batch, "lease": float(lease_s)}
        async with self._conn.cursor(row_factory=dict_row) as cur:
            await cur.execute(_CLAIM, params)
            rows = await cur.fetchall()
        return sorted((Notification(**row) for row in rows), key=lambda n: n.id)

    async def mark_sent(self, notification_id: int, receipt: str) -> None:
        """Record a delivery and the receiver's receipt."""
        await self._conn.execute(_SENT, (receipt, notification_id))

    async def mark_failed(self, notification: Notification, error: str, retry_in_s: float) -> None:
        """Record a failed try and when to try again."""
        params = (float(retry_in_s), error, notification.id, notification.attempts)
        await self._conn.execute(_FAILED, params)

    async def mark_dead(self, notification: Notification, error: str) -> None:
        """Give up on a notification and keep a dead letter saying why."""
        reason = (
            f"notifikasi {notification.id} ({notification.channel}) gagal setelah {notification.attempts} kali: {error}"
        )
        async with self._conn.transaction():
            cur = await self._conn.execute(_DEAD, (error, notification.id, notification.attempts))
            if cur.rowcount == 1:
                await self._conn.execute(_DEAD_LETTER, (CONSUMER, TOPIC, notification.id, reason[:2000]))
