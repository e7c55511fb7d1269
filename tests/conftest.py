"""Fixtures for the real parts: Kafka and PostgreSQL.

They use KAFKA_BOOTSTRAP_SERVERS and DATABASE_URL when set (``make test`` starts a local
stack and sets them) and otherwise start containers with testcontainers. Kafka clients
authenticate as the KAFKA_SECURITY_PROTOCOL/KAFKA_SASL_* variables say (``make test`` gives
the SASL stack's admin account; unset means PLAINTEXT). Every test that
asks for ``database_url`` gets a fresh, migrated database (a copy of one migrated once per
session); every test that asks for
``topics`` gets its own topic namespace, so tests never see each other's messages.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
import os
import uuid
import warnings
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, TypeVar

import psycopg
import pytest
from pantau_testing import delete_topics, kafka_connection
from psycopg import sql

from pantau_common.db import migrate
from pantau_common.kafka import ensure_fixed_topics
from pantau_common.kafka_security import KafkaConnection
from pantau_common.settings import Settings
from pantau_contracts import Topics

T = TypeVar("T")


def pytest_xdist_make_scheduler(config: pytest.Config, log: Any) -> Any:
    """Keep each file's tests on one pytest-xdist worker, the browser tests all on one.

    A file's module-scoped servers then start once, and no two end-to-end stacks (seven services
    and a browser each) share the two cores at once. (``--dist loadgroup`` would say it with marks,
    but pytest-xdist 3.8 cannot rename pytest 9's node ids, so its groups are lost.)
    """
    from xdist.scheduler import LoadScopeScheduling

    class ByFile(LoadScopeScheduling):  # type: ignore[misc]
        def _split_scope(self, nodeid: str) -> str:
            path = nodeid.partition("::")[0]
            return "tests/e2e" if path.startswith("tests/e2e/") else path

    return ByFile(config, log)


@pytest.fixture(autouse=True)
def _root_logging_as_it_was() -> Iterator[None]:
    """Leave the root logger's own handlers as the test found them.

    A test that runs a service's ``main`` in this process configures logging as the service does:
    a handler on the standard error of that moment, pytest's capture of the test, closed after it.
    Every later record (a server thread's, in another test) would fail to be written there.
    """
    root = logging.getLogger()
    before, level = list(root.handlers), root.level
    yield
    for handler in [h for h in root.handlers if type(h) is logging.StreamHandler and h not in before]:
        root.removeHandler(handler)
    root.setLevel(level)


@pytest.fixture(scope="session")
def kafka_bootstrap() -> Iterator[str]:
    """Return the bootstrap servers of a real Kafka broker."""
    if os.environ.get("KAFKA_BOOTSTRAP_SERVERS"):
        yield os.environ["KAFKA_BOOTSTRAP_SERVERS"]
        return
    kafka = _started("KAFKA_BOOTSTRAP_SERVERS", _kafka_container)
    try:
        yield kafka.get_bootstrap_server()
    finally:
        kafka.stop()


@pytest.fixture(scope="session")
def kafka(kafka_bootstrap: str) -> KafkaConnection:
    """Return where the real broker is and how the tests authenticate there."""
    return kafka_connection(kafka_bootstrap)


@pytest.fixture(scope="session")
def pg_admin_url() -> Iterator[str]:
    """Return the URL of a real PostgreSQL server's maintenance database."""
    if os.environ.get("DATABASE_URL"):
        yield os.environ["DATABASE_URL"]
        return
    pg = _started("DATABASE_URL", _postgres_container)
    try:
        yield pg.get_connection_url()
    finally:
        pg.stop()


def _kafka_container() -> Any:
    from testcontainers.kafka import KafkaContainer

    return KafkaContainer("confluentinc/cp-kafka:7.7.1").with_kraft().start()


def _postgres_container() -> Any:
    from testcontainers.postgres import PostgresContainer

    return PostgresContainer("postgres:15", driver=None).start()


def _started(variable: str, start: Callable[[], T]) -> T:
    """Return a container started in place of the server ``variable`` names, or fail the tests that need it."""
    with warnings.catch_warnings():  # testcontainers' own deprecations are not the tests' errors
        warnings.simplefilter("ignore")
        try:
            return start()
        except Exception as exc:
            failure = f"{type(exc).__name__}: {exc}"
        # The failed attempt's Docker client leaves its socket open: collected here, with its warning,
        # not in whichever later test the collector happens to run in (where it fails that test).
        gc.collect()
    # Outside the handler: the message alone, not the container library's chain of causes.
    pytest.fail(
        f"{variable} is not set and no container could be started ({failure}). Run `make test`, "
        "which starts a local Kafka and PostgreSQL and sets it, or set it yourself.",
        pytrace=False,
    )


def create_database(admin_url: str, prefix: str = "pantau_t", template: str | None = None) -> str:
    """Create a database on the server of ``admin_url`` (empty, or a copy of ``template``); return its URL."""
    name = f"{prefix}_{uuid.uuid4().hex[:10]}"
    statement = sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name))
    if template is not None:
        # FILE_COPY (PostgreSQL 15+) copies the files and checkpoints: ~30 ms against WAL_LOG's ~90 ms
        # for the migrated schema, once per integration test.
        statement = sql.SQL("{} TEMPLATE {} STRATEGY FILE_COPY").format(statement, sql.Identifier(template))
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(statement)
    return psycopg.conninfo.make_conninfo(admin_url, dbname=name)


@pytest.fixture(scope="session")
def migrated_template(pg_admin_url: str) -> Iterator[str]:
    """Return the name of a database with every migration applied, made once per session (per xdist worker).

    Each test's database is a copy of it: ``CREATE DATABASE ... TEMPLATE`` copies the files in a
    fraction of the time the migrations take. Nobody may connect to it (PostgreSQL copies a
    template only while it has no connections), so no test can change what the next one gets.
    """
    url = create_database(pg_admin_url, prefix="pantau_tpl")
    name = psycopg.conninfo.conninfo_to_dict(url)["dbname"]
    try:
        migrate(url)
        with psycopg.connect(pg_admin_url, autocommit=True) as conn:
            conn.execute(sql.SQL("ALTER DATABASE {} WITH ALLOW_CONNECTIONS false").format(sql.Identifier(name)))
        yield name
    finally:
        drop_database(pg_admin_url, name)


class _Copies:
    """Copies of the migrated template, each made while the test before it runs.

    ``CREATE DATABASE ... TEMPLATE`` checkpoints the server: 0.1 s or more once the tests have
    written much, paid by every integration test. A thread makes the next copy while the current
    test runs and drops the finished ones, so a test starts with its database already there. A copy
    that failed (a fault test had stopped PostgreSQL) is made again when it is taken.
    """

    def __init__(self, admin_url: str, template: str) -> None:
        self._admin_url = admin_url
        self._template = template
        self._thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="test-databases")
        self._next = self._made()

    def _made(self) -> Future[str]:
        return self._thread.submit(create_database, self._admin_url, template=self._template)

    def take(self) -> str:
        """Return the URL of a fresh copy; start making the next."""
        made, self._next = self._next, None
        try:
            url = made.result() if made is not None else None
        except psycopg.Error:
            url = None
        if url is None:
            url = create_database(self._admin_url, template=self._template)
        self._next = self._made()
        return url

    def drop(self, url: str) -> None:
        """Drop a test's copy in the thread, after the test."""
        self._thread.submit(_dropped_quietly, self._admin_url, psycopg.conninfo.conninfo_to_dict(url)["dbname"])

    def close(self) -> None:
        """Drop the copy made for no test; wait for the thread to finish."""
        if self._next is not None:
            with contextlib.suppress(psycopg.Error):
                self.drop(self._next.result())
        self._thread.shutdown(wait=True)


def _dropped_quietly(admin_url: str, name: str) -> None:
    # Left behind if the server is down just then (a fault test): a test database, never read again.
    with contextlib.suppress(psycopg.Error):
        drop_database(admin_url, name)


@pytest.fixture(scope="session")
def _database_copies(pg_admin_url: str, migrated_template: str) -> Iterator[_Copies]:
    copies = _Copies(pg_admin_url, migrated_template)
    yield copies
    copies.close()


@pytest.fixture
def database_url(_database_copies: _Copies) -> Iterator[str]:
    """Return the URL of a fresh database with every migration applied; drop it afterwards."""
    url = _database_copies.take()
    yield url
    _database_copies.drop(url)


def drop_database(admin_url: str, name: str) -> None:
    """Drop a test's database, ending any connection a stopped service left behind."""
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))


@pytest.fixture
def topics(kafka: KafkaConnection) -> Iterator[Topics]:
    """Return a private topic namespace with the fixed topics created; delete its topics afterwards.

    A broker that keeps every test's topics holds tens of thousands of partitions (files) by the
    end of ``make test``; deleting them keeps the last test's broker like the first's.
    """
    namespaced = Topics(prefix=f"t{uuid.uuid4().hex[:8]}.")
    asyncio.run(ensure_fixed_topics(kafka, namespaced))
    yield namespaced
    asyncio.run(delete_topics(kafka, namespaced.prefix))


@pytest.fixture
def settings(kafka: KafkaConnection, database_url: str, topics: Topics, tmp_path) -> Settings:  # type: ignore[no-untyped-def]
    """Return settings pointing at the real Kafka, a fresh database and private topics."""
    return Settings(
        kafka_bootstrap=kafka.bootstrap,
        kafka_security=kafka.security,
        database_url=database_url,
        topics=topics,
        secret_key="test-" + uuid.uuid4().hex,
        data_dir=str(tmp_path / "data"),
    )
