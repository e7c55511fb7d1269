"""Fixtures for the checker's integration tests: local HTTP and HTTPS sites on 127.0.0.1."""

from __future__ import annotations

import ssl
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import trustme

# pytest here imports test modules without putting their folder on sys.path (importlib mode),
# so the shared helper module of these tests is made importable explicitly.
sys.path.insert(0, str(Path(__file__).parent))


def _servers() -> Any:
    import checker_servers

    return checker_servers


@pytest.fixture
def site() -> Iterator[Any]:
    """Return a running plain-HTTP site."""
    with _servers().FakeSite() as running:
        yield running


@pytest.fixture
def secret() -> Callable[[str], str]:
    """Return a function that stores a value as an application's secret and returns its reference."""
    return _servers().app_secret  # type: ignore[no-any-return]


@pytest.fixture(scope="module")
def shared_site() -> Iterator[Any]:
    """Return one plain-HTTP site for a module's checks, each serving its own page in turn."""
    with _servers().FakeSite() as running:
        yield running


def tls_context(cert: trustme.LeafCert) -> ssl.SSLContext:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    cert.configure_cert(context)
    return context


@pytest.fixture
def tls_site_factory(test_ca: trustme.CA) -> Iterator[Any]:
    """Return a function that starts an HTTPS site for a certificate of the given host names."""
    started: list[Any] = []

    def start(*hosts: str, not_after: Any = None) -> Any:
        kwargs = {"not_after": not_after} if not_after is not None else {}
        cert = test_ca.issue_cert(*hosts, **kwargs)
        running = _servers().FakeSite(tls_context(cert)).__enter__()
        started.append(running)
        return running

    yield start
    for running in started:
        running.__exit__(None, None, None)
