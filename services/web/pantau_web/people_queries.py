"""PostgreSQL access for the admin's pages: accounts, their passwords, and the API tokens.

The admin's writes run in the caller's transaction, so an account change and its audit row
commit together.
"""

from __future__ import annotations

from typing import Any

from .queries import USER_COLUMNS, USER_KEYS, Conn

ACCOUNT_FIELDS = ("username", "nama", "role", "pd_id", "jabatan", "nip", "pangkat", "email")
_EDITABLE = tuple(f for f in ACCOUNT_FIELDS if f != "username")


def accounts(db: Conn) -> list[dict[str, Any]]:
    """Return every account with its Perangkat Daerah, the active ones first."""
    return db.execute(
        "SELECT u.id, u.username, u.nama, u.role, u.pd_id, u.jabatan, u.aktif, u.must_change_password,"
        " p.singkatan AS pd_singkatan FROM users u LEFT JOIN perangkat_daerah p ON p.id = u.pd_id"
        " ORDER BY u.aktif DESC, u.nama"
    ).fetchall()


def account(db: Conn, user_id: int) -> dict[str, Any] | None:
    """Return one account's editable fields, without its password hash."""
    return db.execute(
        "SELECT id, username, nama, role, pd_id, jabatan, nip, pangkat, email, aktif, must_change_password"
        " FROM users WHERE id = %s",
        (user_id,),
    ).fetchone()


def departments(db: Conn) -> list[dict[str, Any]]:
    """Return the Perangkat Daerah an account may be bound to."""
    return db.execute("SELECT id, nama, singkatan FROM perangkat_daerah ORDER BY nama").fetchall()


def username_taken(db: Conn, username: str, other_than: int | None = None) -> bool:
    row = db.execute(
        "SELECT 1 FROM users WHERE lower(username) = lower(%s) AND id IS DISTINCT FROM %s", (username, other_than)
    ).fetchone()
    return row is not None


def create_account(db: Conn, values: dict[str, Any], password_hash: str) -> int:
    """Insert an account whose first password must be changed at its first login; return its id."""
    row = db.execute(
        "INSERT INTO users (username, nama, role, pd_id, jabatan, nip, pangkat, email, password_hash,"
        " must_change_password) VALUES (%(username)s, %(nama)s, %(role)s, %(pd_id)s, %(jabatan)s, %(nip)s,"
        " %(pangkat)s, %(email)s, %(hash)s, true) RETURNING id",
        {**values, "hash": password_hash},
    ).fetchone()
    return int(row["id"])  # type: ignore[index]


def update_account(db: Conn, user_id: int, values: dict[str, Any]) -> None:
    sets = ", ".join(f"{field} = %({field})s" for field in _EDITABLE)
    db.execute(f"UPDATE users SET {sets} WHERE id = %(id)s", {**values, "id": user_id})


def set_active(db: Conn, user_id: int, active: bool) -> None:
    db.execute("UPDATE users SET aktif = %s WHERE id = %s", (active, user_id))


def set_password(db: Conn, user_id: int, password_hash: str, must_change: bool) -> int:
    """Store a new password and end the account's sessions; return the new session version."""
    row = db.execute(
        "UPDATE users SET password_hash = %s, must_change_password = %s, session_version = session_version + 1"
        " WHERE id = %s RETURNING session_version",
        (password_hash, must_change, user_id),
    ).fetchone()
    return int(row["session_version"]) if row else 0


def password_hash(db: Conn, user_id: int) -> str:
    row = db.execute("SELECT password_hash FROM users WHERE id = %s", (user_id,)).fetchone()
    return str(row["password_hash"]) if row else ""


def other_active_admins(db: Conn, user_id: int) -> int:
    """Count the active admins other than ``user_id``, locking them until the transaction ends."""
    rows = db.execute(
        "SELECT id FROM users WHERE role = 'admin' AND aktif AND id <> %s FOR UPDATE", (user_id,)
    ).fetchall()
    return len(rows)


# --- API tokens ----------------------------------------------------------------------------


def tokens(db: Conn) -> list[dict[str, Any]]:
    """Return every token (never its hash) with its account, the live ones first."""
    return db.execute(
        "SELECT t.id, t.prefix, t.name, t.scopes, t.created_at, t.last_used_at, t.revoked_at,"
        " u.username, u.nama, u.role FROM api_tokens t JOIN users u ON u.id = t.user_id"
        " ORDER BY t.revoked_at IS NOT NULL, t.created_at DESC"
    ).fetchall()


def create_token(db: Conn, row: dict[str, Any]) -> int:
    """Store a token's hash; ``row`` has prefix, token_hash, user_id, name, scopes and created_by."""
    found = db.execute(
        "INSERT INTO api_tokens (prefix, token_hash, user_id, name, scopes, created_by)"
        " VALUES (%(prefix)s, %(token_hash)s, %(user_id)s, %(name)s, %(scopes)s, %(created_by)s) RETURNING id",
        row,
    ).fetchone()
    return int(found["id"])  # type: ignore[index]


def revoke_token(db: Conn, token_id: int) -> dict[str, Any] | None:
    """Revoke a live token; return it, or None if there is no such live token."""
    return db.execute(
        "UPDATE api_tokens SET revoked_at = now() WHERE id = %s AND revoked_at IS NULL RETURNING id, prefix, name",
        (token_id,),
    ).fetchone()


# How often a token's last use is written: its page shows the minute, and a busy client spares the table.
USE_NOTED_EVERY = "1 minute"


def live_token(db: Conn, prefix: str) -> tuple[dict[str, Any], dict[str, Any]] | None:
    """Return the live token of ``prefix`` whose account is active, with its hash to compare and
    whether this use is to be noted (``stale``: its last use noted is older than USE_NOTED_EVERY),
    and its account as ``queries.active_user`` returns it: one statement for both."""
    row = db.execute(
        "SELECT t.id AS token_id, t.token_hash, t.scopes,"
        f" (t.last_used_at IS NULL OR t.last_used_at < now() - interval '{USE_NOTED_EVERY}') AS stale, {USER_COLUMNS}"
        " FROM api_tokens t JOIN users u ON u.id = t.user_id LEFT JOIN perangkat_daerah p ON p.id = u.pd_id"
        " WHERE t.prefix = %s AND t.revoked_at IS NULL AND u.aktif",
        (prefix,),
    ).fetchone()
    if row is None:
        return None
    token = {"id": row["token_id"], "token_hash": row["token_hash"], "user_id": row["id"]}
    token.update(scopes=row["scopes"], stale=row["stale"])
    return token, {key: row[key] for key in USER_KEYS}


def token_used(db: Conn, token_id: int) -> None:
    """Note when a token was last used (at most once a minute, to spare the table)."""
    db.execute(
        "UPDATE api_tokens SET last_used_at = now() WHERE id = %s"
        f" AND (last_used_at IS NULL OR last_used_at < now() - interval '{USE_NOTED_EVERY}')",
        (token_id,),
    )
