"""Fixtures of the notifier's tests: a test CA, SMTP servers and a webhook receiver on 127.0.0.1."""

from __future__ import annotations

import ssl
import sys
import threading
from collections.abc import Iterator
from http.server import ThreadingHTTPServer
from pathlib import Path

import pytest
import trustme
from aiosmtpd.controller import Controller

# pytest imports test modules without putting their folder on sys.path (importlib mode), so the
# shared helper module of these tests is made importable explicitly.
sys.path.insert(0, str(Path(__file__).parent))

from notify_parts import MailBox, Receiver, authenticate, receiver_handler
from pantau_testing import free_port


@pytest.fixture
def smtp_server(test_ca: trustme.CA) -> Iterator[tuple[Controller, MailBox]]:
    """Run an SMTP server on 127.0.0.1 that requires STARTTLS and AUTH."""
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    test_ca.issue_cert("127.0.0.1").configure_cert(context)
    box = MailBox()
    controller = Controller(
        box,
        hostname="127.0.0.1",
        port=free_port(),
        tls_context=context,
        require_starttls=True,
        auth_required=True,
        authenticator=authenticate,
    )
    controller.start()
    yield controller, box
    controller.stop()


@pytest.fixture
def plain_smtp_server() -> Iterator[tuple[Controller, MailBox]]:
    """Run an SMTP server on 127.0.0.1 that offers no STARTTLS."""
    box = MailBox()
    controller = Controller(box, hostname="127.0.0.1", port=free_port())
    controller.start()
    yield controller, box
    controller.stop()


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    """Run a webhook receiver on 127.0.0.1; the test sets its script."""
    yield from _running_receiver()


@pytest.fixture
def internal_service() -> Iterator[Receiver]:
    """Run a second receiver on 127.0.0.1, standing for a service beside Pantau that must get nothing."""
    yield from _running_receiver()


def _running_receiver() -> Iterator[Receiver]:
    running = Receiver()
    server = ThreadingHTTPServer(("127.0.0.1", 0), receiver_handler(running))
    server.daemon_threads = True
    running.url = f"http://127.0.0.1:{server.server_address[1]}/hook"
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield running
    server.shutdown()
    server.server_close()
    thread.join()
