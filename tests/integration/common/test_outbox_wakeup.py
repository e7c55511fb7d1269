"""A relay wakes when its writer's rows are committed, and still finds the rows nobody announced to it.

The relays here poll only every minute, so a row relayed within seconds was announced by the
outbox's trigger (or found on a reconnect), never picked up by the fallback poll.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

import psycopg
import pytest
from pantau_testing import consume, eventually, query, send_command
from psycopg import sql

from pantau_common import outbox
from pantau_common.outbox import NOTIFY_CHANNEL, RelayThread, relay_lock
from pantau_common.settings import Settings
from pantau_contracts import decode, envelope
from pantau_contracts.sop import StartCycle
from pantau_contracts.topics import WEB

pytestmark = pytest.mark.integration

FALLBACK_POLL_S = 60.0
WELL_BELOW_FALLBACK_S = 20.0


@pytest.fixture
def relay(settings: Settings) -> Iterator[RelayThread]:
    """Relay the web's rows, polling only once a minute; wait until it has drained what it found."""
    relay = RelayThread(settings, WEB, fallback_poll=FALLBACK_POLL_S).start()
    first = send_command(settings, _start("yang pertama"))
    eventually(lambda: _sent(settings, first), what="the relay starting and sending the first command")
    yield relay
    relay.stop()


def test_a_row_committed_while_the_relay_waits_is_relayed_without_the_fallback_poll(settings, relay):
    command_id = send_command(settings, _start("dibangunkan"))
    eventually(lambda: _sent(settings, command_id), timeout=WELL_BELOW_FALLBACK_S, what="the command relayed")
    records = consume(settings.kafka, settings.topics.sop_commands, want=2)
    assert command_id in {decode(r.value).id for r in records}


def test_a_row_committed_while_the_relay_is_disconnected_is_relayed_when_it_reconnects(settings, relay, pg_admin_url):
    database = psycopg.connect(settings.database_url, autocommit=True)
    admin = psycopg.connect(pg_admin_url, autocommit=True)
    name = sql.Identifier(database.info.dbname)
    (listener,) = _lock_holders(database)
    try:  # keep the relay out while the row is committed, so that no notification can reach it
        admin.execute(sql.SQL("ALTER DATABASE {} WITH ALLOW_CONNECTIONS false").format(name))
        database.execute("SELECT pg_terminate_backend(%s, 10000)", (listener,))
        with database.transaction():
            command_id = _queue(database, settings, "ditulis saat relai terputus")
        assert not _lock_holders(database), "the relay came back before the row was committed"
    finally:
        admin.execute(sql.SQL("ALTER DATABASE {} WITH ALLOW_CONNECTIONS true").format(name))
        admin.close()
        database.close()
    eventually(lambda: _sent(settings, command_id), timeout=WELL_BELOW_FALLBACK_S, what="the command relayed")


def test_a_relay_waiting_for_its_rows_stops_when_asked(relay):
    relay.stop(timeout=WELL_BELOW_FALLBACK_S)
    assert not relay.running, "the relay went on waiting for a notification after it was asked to stop"


def test_a_transaction_announces_each_writer_once_when_it_commits(settings):
    with psycopg.connect(settings.database_url, autocommit=True) as listener:
        listener.execute(f"LISTEN {NOTIFY_CHANNEL}")
        with psycopg.connect(settings.database_url) as conn:
            for n in range(3):
                _queue(conn, settings, f"perintah {n}")
            env = envelope(StartCycle(str(uuid.uuid4()), 1, "x"), source="/test/workflow", subject="x")
            outbox.add(conn, env, settings.topics.sop_events, "x")
        notes = list(listener.notifies(timeout=WELL_BELOW_FALLBACK_S, stop_after=2))
    assert sorted(n.payload for n in notes) == ["web", "workflow"]


def _start(note: str) -> StartCycle:
    return StartCycle(str(uuid.uuid4()), 1, note)


def _queue(conn: psycopg.Connection[Any], settings: Settings, note: str) -> str:
    command = _start(note)
    env = envelope(command, source="/test/web", subject=command.instance_id)
    outbox.add(conn, env, settings.topics.sop_commands, command.instance_id)
    return env.id


def _sent(settings: Settings, message_id: str) -> bool:
    rows = query(settings.database_url, "SELECT sent_at FROM outbox WHERE message_id = %s", (message_id,))
    return rows[0]["sent_at"] is not None


def _lock_holders(conn: psycopg.Connection[Any]) -> list[int]:
    rows = conn.execute(
        "SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND classid = %s AND objid = %s AND objsubid = 2"
        " AND granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())",
        relay_lock(WEB),
    ).fetchall()
    return [row[0] for row in rows]
