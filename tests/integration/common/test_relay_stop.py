"""A relay asked to stop while the broker is out of reach stops at once.

The web stops its relay thread on SIGTERM. With Kafka unreachable the relay used to go on trying
to start its producer (tens of seconds of retries), so the pod outlived its grace period.
"""

from __future__ import annotations

import dataclasses
import socket
import threading
from collections.abc import Iterator

import pytest
from pantau_testing import eventually

from pantau_common.outbox import RelayThread
from pantau_common.settings import Settings
from pantau_contracts.topics import WEB

START_UP_RETRIES_S = 30  # at least what the producer's start-up retries take before giving up


class SilentBroker:
    """A TCP server on 127.0.0.1 that accepts connections and never answers: a hung broker."""

    def __init__(self) -> None:
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.accepted: list[socket.socket] = []
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.accepted.append(conn)

    def close(self) -> None:
        self.sock.close()
        for conn in self.accepted:
            conn.close()


@pytest.fixture
def silent_broker() -> Iterator[SilentBroker]:
    broker = SilentBroker()
    try:
        yield broker
    finally:
        broker.close()


def test_a_relay_waiting_for_a_broker_that_does_not_answer_stops_when_asked(
    settings: Settings, silent_broker: SilentBroker
) -> None:
    hung = dataclasses.replace(settings, kafka_bootstrap=f"127.0.0.1:{silent_broker.port}")
    relay = RelayThread(hung, WEB).start()
    eventually(lambda: silent_broker.accepted, timeout=START_UP_RETRIES_S, what="the relay reaching the broker")
    relay.stop(timeout=START_UP_RETRIES_S / 3)
    assert not relay.running, "the relay went on waiting for the broker after it was asked to stop"
