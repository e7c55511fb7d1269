"""The shared repository suite over the in-memory adapters (no database needed)."""

from __future__ import annotations

import pytest
from reporter_world import seed_memory
from repository_suite import RepositorySuite, World

from pantau_reporter.memory import in_memory_repositories


class TestInMemoryRepositories(RepositorySuite):
    @pytest.fixture
    def world(self) -> World:
        repos = in_memory_repositories()
        return World(repos, seed_memory(repos.sources))  # type: ignore[arg-type]
