"""PostgreSQL connections and the versioned migrations."""

from __future__ import annotations

import logging
import select
from collections.abc import Callable
from importlib import resources
from typing import Any

import psycopg
from psycopg.rows import dict_row
from psycopg_pool import ConnectionPool

from . import logs

log = logging.getLogger(__name__)
_LOCK_ID = 0x50414E54  # "PANT": serialises concurrent migrators


def connect(url: str, *, autocommit: bool = False) -> psycopg.Connection[dict[str, Any]]:
    """Open a connection whose rows are dicts."""
    return psycopg.connect(url, autocommit=autocommit, row_factory=dict_row)


def make_pool(
    url: str,
    name: str,
    *,
    max_size: int = 4,
    timeout: float = 30.0,
    check: Callable[[psycopg.Connection[Any]], None] = ConnectionPool.check_connection,
) -> ConnectionPool[Any]:
    """Open the service's connection pool: dict rows, connections checked before use (by ``check``)."""
    return ConnectionPool(
        url,
        kwargs={"row_factory": dict_row},
        min_size=1,
        max_size=max_size,
        open=True,
        name=name,
        timeout=timeout,
        check=check,
    )


def check_socket(conn: psycopg.Connection[Any]) -> None:
    """Fail if the server has ended the idle connection, without the round trip of the pool's own check.

    A server that ends a connection (a restart, ``pg_terminate_backend``, an idle timeout) first writes
    its reason to the socket, while an idle connection is sent nothing else that a pooled one expects:
    anything to read means the connection is to be replaced. (A peer that vanished without a word is
    not seen here; the statement then fails, as it would right after the pool's own check.)
    """
    if conn.closed or conn.broken:
        raise psycopg.OperationalError("the connection is closed")
    poller = select.poll()
    poller.register(conn.pgconn.socket, select.POLLIN)
    if poller.poll(0):
        conn.close()  # so that the pool discards it and opens another (a raise alone hands it back)
        raise psycopg.OperationalError("the server ended the connection, or sent it something while idle")


def migration_files() -> list[tuple[int, str, str]]:
    """Return (version, name, sql) for every packaged migration, in order."""
    folder = resources.files(__package__).joinpath("migrations")
    found = []
    for item in folder.iterdir():
        if item.name.endswith(".sql"):
            version = int(item.name.split("_", 1)[0])
            found.append((version, item.name, item.read_text("utf-8")))
    return sorted(found)


def migrate(url: str) -> list[str]:
    """Apply the migrations not applied yet; return their names."""
    applied_now = []
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("SELECT pg_advisory_lock(%s)", (_LOCK_ID,))
        conn.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations ("
            " version integer PRIMARY KEY, name text NOT NULL,"
            " applied_at timestamptz NOT NULL DEFAULT now())"
        )
        done = {row[0] for row in conn.execute("SELECT version FROM schema_migrations")}
        for version, name, sql in migration_files():
            if version in done:
                continue
            with conn.transaction():
                conn.execute(sql)
                conn.execute("INSERT INTO schema_migrations (version, name) VALUES (%s, %s)", (version, name))
            log.info("applied migration %s", name)
            applied_now.append(name)
        conn.execute("SELECT pg_advisory_unlock(%s)", (_LOCK_ID,))
    return applied_now


def missing_migrations(url: str) -> list[str]:
    """Return the names of the packaged migrations that the database has not applied."""
    with psycopg.connect(url) as conn:
        known = conn.execute("SELECT to_regclass('schema_migrations') IS NOT NULL").fetchone()
        rows = conn.execute("SELECT version FROM schema_migrations").fetchall() if known and known[0] else []
    applied = {row[0] for row in rows}
    return [name for version, name, _sql in migration_files() if version not in applied]


def require_schema(url: str) -> None:
    """Stop the process at start when the database is older than this release needs.

    A newer schema is fine (old pods run on during a rolling upgrade); an older one would fail
    later, on the first statement that uses what is missing.
    """
    try:
        missing = missing_migrations(url)
    except psycopg.ProgrammingError:  # its message quotes the URL, password and all
        raise SystemExit("DATABASE_URL is not a PostgreSQL URL (postgresql://user:password@host:port/db)") from None
    except psycopg.OperationalError as exc:
        reason = logs.redact(str(exc).strip().splitlines()[0])
        raise SystemExit(f"database {redact(url)} (DATABASE_URL) cannot be reached: {reason}") from None
    if missing:
        raise SystemExit(
            f"database {redact(url)} has an older schema than this release needs: migration(s) "
            f"{', '.join(missing)} not applied; run 'pantau-admin migrate' first"
        )


def redact(url: str) -> str:
    """Return a database URL fit for a log line (no password)."""
    info = psycopg.conninfo.conninfo_to_dict(url)
    return f"{info.get('host', '')}:{info.get('port', '')}/{info.get('dbname', '')}"
