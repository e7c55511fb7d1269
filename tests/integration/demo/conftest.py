"""Fixtures of the demo's tests: a free loopback port and the demo's scripts loaded from their paths."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest
from pantau_testing import free_port

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture(name="free_port")
def free_port_fixture() -> int:
    """Return a TCP port on 127.0.0.1 that nothing listens on."""
    return free_port()


def load_script(relative: str, name: str) -> ModuleType:
    """Load one of the repository's scripts (not a package) as a module."""
    spec = importlib.util.spec_from_file_location(name, ROOT / relative)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up while being defined
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def launcher() -> ModuleType:
    """Return deploy/local/launcher.py, loaded as the e2e test loads it."""
    return load_script("deploy/local/launcher.py", "launcher")


@pytest.fixture(scope="session")
def fleet_script() -> ModuleType:
    """Return deploy/demo/fleet.py as a module."""
    return load_script("deploy/demo/fleet.py", "demo_fleet")
