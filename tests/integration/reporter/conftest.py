"""Fixtures of the reporter's integration tests."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

# pytest imports test modules without putting their folder on sys.path (importlib mode),
# so the shared helper module of these tests is made importable explicitly.
sys.path.insert(0, str(Path(__file__).parent))
# The world the reporter's tests share lives with the unit tests (which run without a database).
sys.path.insert(0, str(Path(__file__).parents[2] / "unit" / "reporter"))

from bsre_stand_in import BsreStandIn, Signer, start
from reporter_it import Seeded, seed
from signing_it import NIK, PASSPHRASE


@pytest.fixture
def seeded(database_url: str) -> Seeded:
    """Return a database seeded with a registry, officials and one cycle."""
    return seed(database_url)


@pytest.fixture
def bsre(tmp_path: Path) -> Iterator[BsreStandIn]:
    """Return a running stand-in of BSrE's eSign Client that knows the Kepala Dinas's NIK."""
    state, server = start(tmp_path / "bsre-ca")
    state.signers[NIK] = Signer(PASSPHRASE)
    yield state
    server.shutdown()
    server.server_close()
