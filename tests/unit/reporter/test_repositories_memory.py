"""The shared repository suite over the in-memory adapters (no database needed)."""

from __future__ import annotations

import pytest
from reporter_world import seed_memory, seed_register_memory
from repository_suite import RepositorySuite, World

from pantau_reporter.memory import in_memory_repositories


class TestInMemoryRepositories(RepositorySuite):
    @pytest.fixture
    def world(self) -> World:
        repos = in_memory_repositories()
        seeded = seed_memory(repos.sources)  # type: ignore[arg-type]
        return World(repos, seeded, lambda: seed_register_memory(repos.sources, seeded))  # type: ignore[arg-type]
