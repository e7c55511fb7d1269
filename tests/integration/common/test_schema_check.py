"""Every service refuses to start on a database schema older than its release needs."""

from __future__ import annotations

import subprocess
from pathlib import Path

import psycopg
import pytest
from pantau_testing import BIN, free_port, query, service_env

from pantau_common.db import migration_files, missing_migrations, require_schema

pytestmark = pytest.mark.integration

STARTS = {
    "web": ["pantau-web", "--port", "{port}"],
    "workflow": ["pantau-workflow"],
    "reporter-worker": ["pantau-reporter", "worker"],
    "reporter-web": ["pantau-reporter", "serve", "--port", "{port}"],
    "checker-worker": ["pantau-checker", "worker"],
    "checker-scheduler": ["pantau-checker", "scheduler"],
}


def _newest() -> tuple[int, str]:
    version, name, _sql = migration_files()[-1]
    return version, name


def _forget_newest(url: str) -> str:
    """Make the database look one release older: the newest migration not recorded as applied."""
    version, name = _newest()
    query(url, "DELETE FROM schema_migrations WHERE version = %s RETURNING version", (version,))
    return name


def test_a_migrated_database_lacks_nothing(database_url: str):
    assert missing_migrations(database_url) == []
    require_schema(database_url)  # returns: the service starts


def test_an_older_database_is_refused_with_what_to_do(database_url: str):
    name = _forget_newest(database_url)
    assert missing_migrations(database_url) == [name]
    with pytest.raises(SystemExit, match=f"{name} not applied; run 'pantau-admin migrate' first"):
        require_schema(database_url)


def test_a_database_never_migrated_lacks_every_migration(database_url: str):
    with psycopg.connect(database_url) as conn:
        conn.execute("DROP TABLE schema_migrations")
    assert missing_migrations(database_url) == [name for _v, name, _sql in migration_files()]


@pytest.mark.parametrize("service", sorted(STARTS))
def test_the_service_refuses_to_start_on_an_older_schema(settings, service: str, tmp_path: Path):
    name = _forget_newest(settings.database_url)
    program, *args = (part.format(port=free_port()) for part in STARTS[service])
    done = subprocess.run(
        [str(BIN / program), *args],
        env=service_env(settings),
        cwd=tmp_path,
        capture_output=True,
        check=False,
        text=True,
        timeout=120,  # a bound only: the refusal comes before any Kafka connection
    )
    assert done.returncode != 0
    assert f"{name} not applied; run 'pantau-admin migrate' first" in done.stderr
