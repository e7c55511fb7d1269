"""Fixtures shared by the integration tests: the seeded officials and a running workflow."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from subprocess import Popen

import pytest
import trustme
from pantau_testing import BIN, running, seed_people_and_apps, workflow_env

from pantau_common.outbox import RelayThread
from pantau_common.settings import Settings
from pantau_contracts.topics import WEB

SEEDED_APPS = 3  # app-0 .. app-2, owned by the seeded departments


@pytest.fixture(scope="session")
def test_ca() -> trustme.CA:
    """Return the test certificate authority (for HTTPS sites, SMTP relays and webhook receivers)."""
    return trustme.CA()


@pytest.fixture
def ca_bundle(test_ca: trustme.CA, tmp_path: Path) -> str:
    """Return the path of a PEM file holding the test CA, as a client's CA bundle."""
    path = tmp_path / "ca.pem"
    test_ca.cert_pem.write_to_path(str(path))
    return str(path)


@pytest.fixture
def people(settings: Settings) -> dict[str, int]:
    """Seed one official per role and three applications; return the officials' ids by username."""
    return seed_people_and_apps(settings.database_url, apps=SEEDED_APPS)


@pytest.fixture
def web_relay(settings: Settings) -> Iterator[RelayThread]:
    """Relay the web's outbox rows (``send_command``'s commands), as a running ``pantau-web`` does."""
    relay = RelayThread(settings, WEB).start()
    yield relay
    relay.stop()


@pytest.fixture
def workflow(settings: Settings, tmp_path: Path, web_relay: RelayThread) -> Iterator[Popen[bytes]]:
    """Run a real ``pantau-workflow`` process against the test's database and topics, beside the web's relay."""
    with running([str(BIN / "pantau-workflow")], workflow_env(settings), tmp_path / "workflow.log") as proc:
        yield proc
