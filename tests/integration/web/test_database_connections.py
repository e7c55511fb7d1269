"""The web's PostgreSQL connections: a page that only reads runs without BEGIN and COMMIT, a form
runs in one transaction, and a connection the server ended is replaced before a page uses it."""

from __future__ import annotations

import psycopg
import pytest
from flask import Flask
from pantau_testing import eventually, query
from psycopg.pq import TransactionStatus

from pantau_common.db import check_socket, make_pool
from pantau_web.db import get_db


def status_after_a_read(app: Flask, method: str) -> TransactionStatus:
    with app.test_request_context("/", method=method):
        db = get_db()
        db.execute("SELECT 1").fetchone()
        return db.info.transaction_status


def test_a_get_reads_outside_a_transaction_and_a_post_inside_one(app):
    assert status_after_a_read(app, "GET") == TransactionStatus.IDLE
    assert status_after_a_read(app, "HEAD") == TransactionStatus.IDLE
    assert status_after_a_read(app, "POST") == TransactionStatus.INTRANS


def test_what_a_post_wrote_is_undone_when_it_fails(app, settings):
    """The transaction of a form is committed at the end of the request, or not at all."""
    with pytest.raises(RuntimeError), app.test_request_context("/", method="POST"):
        get_db().execute("INSERT INTO login_failures (username, remote) VALUES ('gagal', '-')")
        raise RuntimeError("the view failed after its write")
    assert query(settings.database_url, "SELECT 1 FROM login_failures WHERE username = 'gagal'") == []


def end_connections(url: str) -> None:
    """End every other connection to the database, as a restart of PostgreSQL does; return once
    their backends are gone (and so their sockets closed)."""
    others = "FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()"
    query(url, f"SELECT pg_terminate_backend(pid) {others}")
    eventually(lambda: not query(url, f"SELECT pid {others}"), timeout=10, what="the backends to end")


def test_the_socket_check_passes_a_live_connection_and_fails_one_the_server_ended(settings):
    with psycopg.connect(settings.database_url, autocommit=True) as conn:
        conn.execute("SELECT 1")
        check_socket(conn)  # quiet: nothing to read
        end_connections(settings.database_url)
        with pytest.raises(psycopg.OperationalError):
            check_socket(conn)


def test_the_pool_replaces_a_connection_the_server_ended_before_handing_it_out(settings):
    with make_pool(settings.database_url, "test", max_size=1, check=check_socket) as pool:
        with pool.connection() as conn:
            first = conn.info.backend_pid
        end_connections(settings.database_url)
        with pool.connection() as conn:
            assert conn.execute("SELECT pg_backend_pid() AS pid").fetchone()["pid"] != first


def test_pages_are_served_after_the_database_ended_the_webs_connections(app, client, auth, settings):
    auth.login("kasie")
    for path in ("/", "/aplikasi", "/registri"):
        assert client.get(path).status_code == 200
    end_connections(settings.database_url)
    for path in ("/", "/aplikasi", "/registri", "/"):
        assert client.get(path).status_code == 200, path
