"""Fixtures of the reporter's integration tests."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

# pytest imports test modules without putting their folder on sys.path (importlib mode),
# so the shared helper module of these tests is made importable explicitly.
sys.path.insert(0, str(Path(__file__).parent))
# The world the reporter's tests share lives with the unit tests (which run without a database).
sys.path.insert(0, str(Path(__file__).parents[2] / "unit" / "reporter"))

from reporter_it import Seeded, seed


@pytest.fixture
def seeded(database_url: str) -> Seeded:
    """Return a database seeded with a registry, officials and one cycle."""
    return seed(database_url)
