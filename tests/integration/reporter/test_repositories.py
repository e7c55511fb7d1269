"""The shared repository suite, run over the in-memory and the PostgreSQL adapters alike."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from reporter_it import seed, seed_register
from reporter_world import seed_memory, seed_register_memory
from repository_suite import RepositorySuite, World

from pantau_common.db import connect
from pantau_reporter.memory import in_memory_repositories
from pantau_reporter.store_pg import postgres_repositories


class TestRepositories(RepositorySuite):
    @pytest.fixture(params=["memory", pytest.param("postgres", marks=pytest.mark.integration)])
    def world(self, request: pytest.FixtureRequest) -> Iterator[World]:
        if request.param == "memory":
            repos = in_memory_repositories()
            seeded = seed_memory(repos.sources)  # type: ignore[arg-type]
            yield World(repos, seeded, lambda: seed_register_memory(repos.sources, seeded))  # type: ignore[arg-type]
            return
        url = request.getfixturevalue("database_url")
        seeded = seed(url)
        with connect(url, autocommit=True) as conn:
            yield World(postgres_repositories(conn), seeded, lambda: seed_register(url, seeded))
