"""Milliseconds per phase of a fetch (DNS, connect, TLS, first byte), noted by the transport."""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from pantau_contracts.status import Timings


@dataclass
class PhaseClock:
    """Milliseconds per phase of the first connection of a fetch."""

    started: float = field(default_factory=time.perf_counter)
    dns_ms: float | None = None
    connect_ms: float | None = None
    tls_ms: float | None = None
    first_byte_ms: float | None = None
    _dns_pending: float | None = None

    def timings(self) -> Timings:
        return Timings(
            total_ms=round((time.perf_counter() - self.started) * 1000, 2),
            dns_ms=_r(self.dns_ms),
            connect_ms=_r(self.connect_ms),
            tls_ms=_r(self.tls_ms),
            first_byte_ms=_r(self.first_byte_ms),
        )

    def resolved(self, dns_ms: float) -> None:
        """Note a name resolution; it counts for the connection that follows it."""
        self._dns_pending = dns_ms

    def connected(self, connect_ms: float, tls_ms: float | None) -> None:
        """Note a connection's TCP and TLS times; only the first connection of a session counts."""
        if self.connect_ms is None:
            self.dns_ms = self._dns_pending or 0.0
            self.connect_ms, self.tls_ms = connect_ms, tls_ms
        self._dns_pending = None

    def answered(self) -> None:
        """Note that a response's headers arrived; the first one is the session's first byte."""
        if self.first_byte_ms is None:
            self.first_byte_ms = (time.perf_counter() - self.started) * 1000


def _r(value: float | None) -> float | None:
    return None if value is None else round(value, 2)
