"""A worker stopping while PostgreSQL is away leaves its messages at once: after one try found the
database away, the next batches are not tried again (each try would wait out the pool's timeout,
and faust's stop waits for every batch in hand), and their offsets stay uncommitted."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from pantau_testing import free_port, status_event

from pantau_common.db import make_pool
from pantau_common.inbox import Inbox, Outcome, Received
from pantau_contracts import encode

pytestmark = pytest.mark.integration


async def _no_dead_letters(*args: Any) -> None:
    raise AssertionError("nothing here is a dead letter")


def _batch(first_offset: int) -> list[Received]:
    return [
        Received("status", 0, first_offset + n, app.encode(), encode(status_event(app, "c-1")))
        for n, app in enumerate(("app-0", "app-1"))
    ]


def test_once_the_database_was_away_a_stopping_worker_leaves_the_next_batches_untried() -> None:
    away = f"postgresql://postgres@127.0.0.1:{free_port()}/postgres?connect_timeout=1"  # nothing listens there
    pool = make_pool(away, "test-away", timeout=0.5)
    try:
        inbox = Inbox("test.stopping", pool, _no_dead_letters, retry_seconds=0.1)
        stop = asyncio.Event()
        stop.set()  # faust is stopping

        async def two_batches() -> tuple[list[Any], list[Any], int, int]:
            first = await inbox.receive_batch(_batch(0), lambda conn, envs: None, stop)
            tried = pool.get_stats()["requests_num"]
            second = await inbox.receive_batch(_batch(2), lambda conn, envs: None, stop)
            return first, second, tried, pool.get_stats()["requests_num"]

        first, second, tried, tried_after = asyncio.run(asyncio.wait_for(two_batches(), timeout=30))
    finally:
        pool.close()
    assert tried == 1  # the first batch was tried once, and found the database away
    assert [r.outcome for r in first] == [Outcome.STOPPED, Outcome.STOPPED]
    assert [r.outcome for r in second] == [Outcome.STOPPED, Outcome.STOPPED]
    assert tried_after == tried  # the second was left untried
