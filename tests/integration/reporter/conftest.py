"""Fixtures of the reporter's integration tests."""

from __future__ import annotations

import pytest
from reporter_it import Seeded, seed


@pytest.fixture
def seeded(database_url: str) -> Seeded:
    """Return a database seeded with a registry, officials and one cycle."""
    return seed(database_url)
