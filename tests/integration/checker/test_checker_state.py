"""What the checker remembers per application, in this process and in PostgreSQL alike."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
from checker_servers import Reply, Request, make_checker
from vendor_pages import Site, department_page

from pantau_checker.core.flap import FlapState
from pantau_checker.core.state import AppMemory
from pantau_checker.core.structure import Structure
from pantau_checker.probe import InMemoryStateStore, StateStore
from pantau_checker.state_pg import PostgresStateStore
from pantau_common.db import connect
from pantau_common.registry.model import AppSpec
from pantau_contracts.status import Finding

NOW = datetime(2026, 11, 24, 3, 0, tzinfo=UTC)
MEMORY = AppMemory(
    FlapState("aktif", None, 0),
    "f1",
    NOW,
    NOW,
    structure=Structure("Dinas Kesehatan Kota Bekasi", 64, 27, (12, 3_000_000_000, 4_294_967_295)),
    views_at=NOW,
    views_taken=3,
    view_findings=(
        Finding("cloaking_seluler", "kritis", "hanya untuk ponsel iPhone dari pencarian Google: slot88", "seluler"),
    ),
)


@pytest.fixture(params=["memori", "postgres"])
def store(request: pytest.FixtureRequest) -> Iterator[StateStore]:
    if request.param == "memori":
        yield InMemoryStateStore()
    else:
        postgres = PostgresStateStore(request.getfixturevalue("database_url"))
        yield postgres
        postgres.close()


def test_a_stored_memory_comes_back_whole(store: StateStore) -> None:
    asyncio.run(store.save("dinkes-web", MEMORY))
    assert asyncio.run(store.load("dinkes-web")) == MEMORY
    assert asyncio.run(store.load("lain")) == AppMemory()


def test_the_store_keeps_its_connections_between_checks(database_url: str) -> None:
    store = PostgresStateStore(database_url, pool_size=2)
    try:
        asyncio.run(store.save("dinkes-web", MEMORY))
        before = _backends(database_url)
        for _ in range(10):
            asyncio.run(store.save("dinkes-web", asyncio.run(store.load("dinkes-web"))))
        after = _backends(database_url)
        # The first connection is kept; the pool may have opened its second meanwhile (a connection
        # still on its way back when the next is asked for), never more, and reopens none.
        assert before and before <= after and len(after) <= 2
    finally:
        store.close()
    assert asyncio.run(store.load("dinkes-web")) == MEMORY  # written before save returned
    store.close()


def _backends(database_url: str) -> set[tuple[int, datetime]]:
    """Return the other sessions on the test's database: (pid, start), each of an open connection."""
    with connect(database_url) as conn:
        rows = conn.execute(
            "SELECT pid, backend_start FROM pg_stat_activity"
            " WHERE datname = current_database() AND pid <> pg_backend_pid()"
        ).fetchall()
    return {(r["pid"], r["backend_start"]) for r in rows}


def test_a_broken_stored_structure_is_forgotten_not_fatal(database_url: str) -> None:
    store = PostgresStateStore(database_url)
    asyncio.run(store.save("dinkes-web", MEMORY))
    with connect(database_url) as conn:
        conn.execute("""UPDATE checker_app_state SET structure = '{"title": 1}', view_findings = '[{"x": 1}]'""")
    assert asyncio.run(store.load("dinkes-web")) == AppMemory(
        MEMORY.flap, "f1", NOW, NOW, structure=None, views_at=NOW, views_taken=3, view_findings=()
    )


def test_a_restarted_checker_keeps_the_views_interval_and_their_verdict(site: Any, database_url: str) -> None:
    spam, clean = department_page(Site(main_extra="<p>situs toto slot88 maxwin</p>")), department_page()

    def answer(request: Request) -> Reply:
        return Reply(200, spam if "Android" in request.headers.get("User-Agent", "") else clean)

    site.route("*", "/", answer)
    spec = AppSpec(
        id="dinkes-web", pd_id="dinkes", nama="Website Dinkes", url=f"http://dinkes.bekasikota.go.id:{site.port}/"
    )
    for _ in range(2):  # two processes, one after the other
        checker = make_checker(site.port)
        checker.state = PostgresStateStore(database_url)
        event = asyncio.run(checker.check(spec))
        assert ("cloaking_seluler", "seluler") in {(f.code, f.location) for f in event.findings}
    assert sum(1 for r in site.requests if "Android" in r.headers.get("User-Agent", "")) == 1
