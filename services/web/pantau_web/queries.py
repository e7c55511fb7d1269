"""The web's PostgreSQL access: read models over the tables the workflow and reporter write,
the officials' accounts and the login failures. Views call these functions, never SQL."""

from __future__ import annotations

import functools
import re
import threading
from datetime import date, datetime
from typing import Any

import psycopg

Conn = psycopg.Connection[Any]

# A list of cycles takes each cycle's scope count from ScopeCounts; one cycle counts its own.
_SCOPE_COUNT = "(SELECT count(*) FROM sop_cycle_scope sc WHERE sc.instance_id = i.id) AS scope_count"
_SLA = (
    "(SELECT CASE WHEN h.overdue_at IS NOT NULL THEN 'terlambat' WHEN h.warned_at IS NOT NULL THEN 'peringatan'"
    "  END FROM sop_step_history h WHERE h.instance_id = i.id AND h.completed_at IS NULL"
    "  ORDER BY h.seq DESC LIMIT 1) AS sla"
)
_INSTANCE = (
    "SELECT {} i.*, s.nama AS started_by_nama, p.nama AS pelaksana_nama, " + _SLA + " FROM sop_instances i"
    " JOIN users s ON s.id = i.started_by LEFT JOIN users p ON p.id = i.pelaksana_id"
)


# What the inbox's tables and ``allowed_actions`` read of a cycle, in a statement that also numbers
# its rows: not the whole row (its JSON and times, converted for every row, went unread).
_INBOX = (
    "i.id, i.cycle_no, i.step, i.phase, i.status, i.pelaksana_id, i.created_at, s.nama AS started_by_nama, "
    + _SLA
    + " FROM sop_instances i JOIN users s ON s.id = i.started_by"
)


def ping(db: Conn) -> None:
    """Fail unless the database answers."""
    db.execute("SELECT 1")


def now(db: Conn) -> datetime:
    return db.execute("SELECT now() AS now").fetchone()["now"]  # type: ignore[index,no-any-return]


def instance(db: Conn, instance_id: str) -> dict[str, Any] | None:
    sql = _INSTANCE.format(_SCOPE_COUNT + ",")
    return db.execute(sql + " WHERE i.id = %s", (instance_id,)).fetchone()


def running_instances(db: Conn, counts: ScopeCounts) -> list[dict[str, Any]]:
    rows = db.execute(_INSTANCE.format("") + " WHERE i.status = 'berjalan' ORDER BY i.created_at").fetchall()
    return counts.fill(db, rows)


def recent_instances(db: Conn, counts: ScopeCounts, limit: int = 50) -> list[dict[str, Any]]:
    rows = db.execute(_INSTANCE.format("") + " ORDER BY i.created_at DESC, i.id LIMIT %s", (limit,)).fetchall()
    return counts.fill(db, rows)


def inbox_instances(db: Conn, counts: ScopeCounts, limit: int) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Return the running cycles (as ``running_instances``) and the ``limit`` newest (as
    ``recent_instances``), read in one statement, with the columns the inbox shows."""
    rows = db.execute(
        f"SELECT * FROM ((SELECT 1 AS inbox_list, row_number() OVER (ORDER BY i.created_at) AS inbox_seq, {_INBOX}"
        " WHERE i.status = 'berjalan')"
        f" UNION ALL (SELECT 2, row_number() OVER (ORDER BY i.created_at DESC, i.id), {_INBOX}"
        f" ORDER BY i.created_at DESC, i.id LIMIT {int(limit)})) x ORDER BY inbox_list, inbox_seq"
    ).fetchall()
    lists: tuple[list[dict[str, Any]], list[dict[str, Any]]] = ([], [])
    for row in counts.fill(db, rows):
        lists[row.pop("inbox_list") - 1].append(row)
        del row["inbox_seq"]
    return lists


class ScopeCounts:
    """The number of applications in each cycle's scope, counted once per cycle and then remembered.

    The workflow writes a cycle's scope in the transaction that creates the cycle and never changes
    it, so a count is final; counting the scopes of a page of cycles (1,000 rows each) on every
    request was most of the inbox's database time. Shared by the threads of one process.
    """

    def __init__(self) -> None:
        self._known: dict[Any, int] = {}
        self._lock = threading.Lock()

    def fill(self, db: Conn, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Set ``scope_count`` on each cycle row, counting only the cycles not counted before."""
        missing = [row["id"] for row in rows if row["id"] not in self._known]
        if missing:
            counted = db.execute(
                "SELECT instance_id, count(*) AS n FROM sop_cycle_scope WHERE instance_id = ANY(%s)"
                " GROUP BY instance_id",
                (missing,),
            ).fetchall()
            with self._lock:
                self._known.update(dict.fromkeys(missing, 0))
                self._known.update({row["instance_id"]: row["n"] for row in counted})
        for row in rows:
            row["scope_count"] = self._known[row["id"]]
        return rows


def history(db: Conn, instance_id: str) -> list[dict[str, Any]]:
    return db.execute(
        "SELECT h.*, u.nama AS actor_nama FROM sop_step_history h LEFT JOIN users u ON u.id = h.actor_id"
        " WHERE h.instance_id = %s ORDER BY h.seq",
        (instance_id,),
    ).fetchall()


def documents(db: Conn, instance_id: str) -> list[dict[str, Any]]:
    return db.execute(
        "SELECT id, kind, version, format, nomor, signed, sha256, created_at, length(content) AS size"
        " FROM documents WHERE instance_id = %s ORDER BY kind, version DESC, signed DESC, format",
        (instance_id,),
    ).fetchall()


def document(db: Conn, document_id: int) -> dict[str, Any] | None:
    return db.execute("SELECT * FROM documents WHERE id = %s", (document_id,)).fetchone()


def round_results(db: Conn, instance_id: str) -> dict[str, Any]:
    """Return the counts of this cycle's check round."""
    row = db.execute(
        "SELECT count(*) FILTER (WHERE r.app_id IS NOT NULL) AS masuk,"
        " count(*) FILTER (WHERE r.availability = 'aktif') AS aktif,"
        " count(*) FILTER (WHERE r.availability = 'tidak_aktif') AS tidak_aktif,"
        " count(*) AS total"
        " FROM sop_cycle_scope s LEFT JOIN LATERAL (SELECT app_id, availability FROM check_results c"
        "  WHERE c.cycle_id = s.instance_id AND c.app_id = s.app_id"
        "  ORDER BY checked_at DESC LIMIT 1) r ON true"
        " WHERE s.instance_id = %s",
        (instance_id,),
    ).fetchone()
    return row or {}


def cycle_results(db: Conn, instance_id: str) -> list[dict[str, Any]]:
    """Return each application in the cycle's scope with its result of this round, if any."""
    return db.execute(
        "SELECT a.id, a.nama, a.url, p.singkatan, p.nama AS pd_nama, r.availability, r.reason, r.http_status,"
        " r.total_ms, r.login, r.freshness, r.checked_at, r.payload, r.payload->>'reason_detail' AS reason_detail,"
        " jsonb_array_length(COALESCE(r.payload->'findings', '[]'::jsonb)) AS findings"
        " FROM sop_cycle_scope s JOIN applications a ON a.id = s.app_id"
        " JOIN perangkat_daerah p ON p.id = a.pd_id"
        " LEFT JOIN LATERAL (SELECT * FROM check_results c WHERE c.cycle_id = s.instance_id"
        "  AND c.app_id = s.app_id ORDER BY checked_at DESC LIMIT 1) r ON true"
        " WHERE s.instance_id = %s ORDER BY p.nama, a.nama",
        (instance_id,),
    ).fetchall()


def command_result(db: Conn, command_id: str) -> dict[str, Any] | None:
    return db.execute("SELECT * FROM command_results WHERE command_id = %s", (command_id,)).fetchone()


def _command_state(db: Conn, command_id: str) -> tuple[bool, dict[str, Any] | None]:
    """Return whether a command was ever sent (its result, or its row in the outbox) and its result."""
    row = db.execute(
        "SELECT r.*, r.command_id IS NOT NULL OR EXISTS (SELECT 1 FROM outbox WHERE message_id = %(id)s) AS sent"
        " FROM (VALUES (1)) AS one LEFT JOIN command_results r ON r.command_id = %(id)s",
        {"id": command_id},
    ).fetchone()
    if row is None or not row.pop("sent"):
        return False, None
    return True, (row if row["command_id"] is not None else None)


def pending_command(db: Conn, command_id: str | None) -> tuple[str | None, dict[str, Any] | None]:
    """Return the command a page waits for (``?perintah=``) and its result, if the workflow gave one.

    A command never sent (an id made up, or edited in the address) is no command: the page would
    otherwise say "being processed" of it, and refresh itself, for ever.

    Call it before reading what the command changes. The workflow commits a command's result with
    its effect, and each statement of a GET sees its own snapshot: a result read first means the
    state read after it shows the effect. Read the other way round, a commit between the two reads
    would show "accepted" beside the state from before, and the page would stop refreshing on it.
    """
    if not command_id or not _UUID.fullmatch(command_id):  # the forms' ids are UUIDs; anything else was never sent
        return None, None
    sent, result = _command_state(db, command_id)
    return (command_id, result) if sent else (None, None)


_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def users_with_role(db: Conn, role: str) -> list[dict[str, Any]]:
    return db.execute("SELECT id, nama FROM users WHERE role = %s AND aktif ORDER BY nama", (role,)).fetchall()


# What the pages know of the signed-in account (``g.user``): ``u`` is users, ``p`` its Perangkat Daerah.
USER_COLUMNS = (
    "u.id, u.username, u.nama, u.role, u.jabatan, u.nip, u.pangkat, u.pd_id, u.must_change_password,"
    " u.session_version, p.nama AS pd_nama, p.singkatan AS pd_singkatan"
)
USER_KEYS = tuple(column.split(".")[-1].split(" AS ")[-1] for column in USER_COLUMNS.split(", "))


def active_user(db: Conn, user_id: int, tables: tuple[str, ...] = ()) -> dict[str, Any] | None:
    """Return the signed-in account (with its Perangkat Daerah, if bound to one), unless deactivated.

    With ``tables`` (a kept page's, see snapshots), the row's ``data_versions`` holds their versions
    (in the tables' name order; one missing, the list is short), read in the same statement: before
    anything the page reads.
    """
    if not tables:
        return db.execute(_ACTIVE_USER, (user_id,)).fetchone()
    return db.execute(_ACTIVE_USER_VERSIONS, (_names_array(tables), user_id)).fetchone()


@functools.cache
def _names_array(names: tuple[str, ...]) -> str:
    """Return PostgreSQL's text form of an array of table names: one string for psycopg to send, not a
    list it adapts element by element (~30 µs of CPU a kept page, ~3 %)."""
    if not all(re.fullmatch(r"[a-z_][a-z0-9_]*", name) for name in names):  # nothing to quote in them
        raise ValueError(f"not plain table names: {names!r}")
    return "{" + ",".join(names) + "}"


_ACTIVE_USER = (
    f"SELECT {USER_COLUMNS} FROM users u LEFT JOIN perangkat_daerah p ON p.id = u.pd_id WHERE u.id = %s AND u.aktif"
)
_ACTIVE_USER_VERSIONS = (
    f'SELECT {USER_COLUMNS}, (SELECT array_agg(version ORDER BY table_name COLLATE "C") FROM data_versions'
    " WHERE table_name = ANY(%s::text[])) AS data_versions"
    " FROM users u LEFT JOIN perangkat_daerah p ON p.id = u.pd_id WHERE u.id = %s AND u.aktif"
)


def credentials(db: Conn, username: str) -> dict[str, Any] | None:
    """Return the id, password hash and session version of an active account."""
    return db.execute(
        "SELECT id, password_hash, session_version FROM users WHERE username = %s AND aktif", (username,)
    ).fetchone()


def recent_login_failures(db: Conn, username: str, remote: str, window: str) -> int:
    """Count the failed logins for one account from one address within ``window`` (an interval)."""
    row = db.execute(
        "SELECT count(*) AS n FROM login_failures WHERE username = %s AND remote = %s AND at > now() - %s::interval",
        (username, remote, window),
    ).fetchone()
    return int(row["n"]) if row else 0


def record_login_failure(db: Conn, username: str, remote: str) -> None:
    db.execute("INSERT INTO login_failures (username, remote) VALUES (%s, %s)", (username, remote))


def clear_login_failures(db: Conn, username: str, remote: str) -> None:
    db.execute("DELETE FROM login_failures WHERE username = %s AND remote = %s", (username, remote))


def claim_check_now(db: Conn, app_id: str, seconds: int) -> bool:
    """Note that a check of the application is asked now; False if one was asked within ``seconds``.

    One statement: of two requests at once, the second waits for the first's row and is refused.
    """
    row = db.execute(
        "INSERT INTO check_now_asked (app_id, asked_at) VALUES (%(app)s, now()) ON CONFLICT (app_id) DO UPDATE"
        " SET asked_at = now() WHERE check_now_asked.asked_at <= now() - make_interval(secs => %(s)s)"
        " RETURNING app_id",
        {"app": app_id, "s": seconds},
    ).fetchone()
    return row is not None


def end_sessions(db: Conn, user_id: int) -> None:
    """End every web session of the account (its cookies carry the old session version)."""
    db.execute("UPDATE users SET session_version = session_version + 1 WHERE id = %s", (user_id,))


_APPLICATIONS = (
    "SELECT a.id, a.nama, a.url, a.aktif, a.pd_id, p.nama AS pd_nama, p.singkatan, r.availability, r.reason,"
    " r.http_status, r.total_ms, r.freshness, r.login, r.checked_at,"
    " COALESCE(jsonb_array_length(r.findings), 0) AS findings"
    " FROM applications a JOIN perangkat_daerah p ON p.id = a.pd_id LEFT JOIN latest_checks r ON r.app_id = a.id"
)


def applications(db: Conn, pd_id: str | None = None) -> list[dict[str, Any]]:
    """Return the registered applications (of one Perangkat Daerah, or all) with their latest check."""
    sql = _APPLICATIONS + where(pd_id and "a.pd_id = %(pd)s") + " ORDER BY p.nama, a.nama, a.id"
    return db.execute(sql, {"pd": pd_id}).fetchall()


def applications_after(db: Conn, pd_id: str | None, after: str | None, limit: int) -> list[dict[str, Any]]:
    """Return up to ``limit`` applications whose code comes after ``after``, in the order of their codes."""
    sql = _APPLICATIONS + where(pd_id and "a.pd_id = %(pd)s", after and "a.id > %(after)s")
    # The limit written in the SQL, so that PostgreSQL keeps one plan for it (see list_queries._slice).
    return db.execute(sql + f" ORDER BY a.id LIMIT {int(limit)}", {"pd": pd_id, "after": after}).fetchall()


def where(*conditions: str | None) -> str:
    """Return a WHERE clause of the conditions given (None: a filter not set), or nothing.

    Only the filters set reach the SQL: a clause like ``(%(pd)s IS NULL OR a.pd_id = %(pd)s)``
    leaves PostgreSQL's cached (generic) plan of a prepared statement guessing one row; it then
    joined the whole registry by nested loop (4 of the registry page's 5 ms).
    """
    chosen = [c for c in conditions if c]
    return " WHERE " + " AND ".join(chosen) if chosen else ""


# Values JSON takes as they are; jsonable looks at nothing else of them (a page of 100 rows holds ~1,600).
_AS_IS = frozenset((str, int, float, bool, type(None)))


def jsonable(value: Any) -> Any:
    """Make rows JSON-friendly (dates as ISO text, no bytes)."""
    kind = type(value)
    if kind in _AS_IS:
        return value
    if isinstance(value, list):
        return [jsonable(v) for v in value]
    if isinstance(value, dict):  # a row: most of its values are taken as they are, without a call
        return {
            k: v if type(v) in _AS_IS else jsonable(v)
            for k, v in value.items()
            if not isinstance(v, (bytes, memoryview))
        }
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if hasattr(value, "hex") and kind.__name__ == "UUID":
        return str(value)
    return value
