"""The reporter's unit tests share plain sample inputs (``reporter_samples``, ``reporter_world``)
and one demo signer."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

# pytest imports test modules without putting their folder on sys.path (importlib mode).
sys.path.insert(0, str(Path(__file__).parent))

from pantau_reporter.signing import LocalDemoSigner, create_demo_ca


@pytest.fixture(scope="session")
def signer(tmp_path_factory: pytest.TempPathFactory) -> LocalDemoSigner:
    """Return a signer of a demo CA made for this test session."""
    return LocalDemoSigner(create_demo_ca(tmp_path_factory.mktemp("ca")).root)
