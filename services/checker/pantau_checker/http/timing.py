"""Milliseconds per phase of a fetch (DNS, connect, TLS, first byte), from httpcore's trace events."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

from pantau_contracts.status import Timings


@dataclass
class PhaseClock:
    """Milliseconds per phase of the first connection of a fetch."""

    started: float = field(default_factory=time.perf_counter)
    dns_ms: float | None = None
    connect_ms: float | None = None
    tls_ms: float | None = None
    first_byte_ms: float | None = None
    _marks: dict[str, float] = field(default_factory=dict)

    def timings(self) -> Timings:
        return Timings(
            total_ms=round((time.perf_counter() - self.started) * 1000, 2),
            dns_ms=_r(self.dns_ms),
            connect_ms=_r(self.connect_ms),
            tls_ms=_r(self.tls_ms),
            first_byte_ms=_r(self.first_byte_ms),
        )

    async def trace(self, name: str, info: dict[str, Any]) -> None:
        """Record phase times from httpcore's trace events."""
        now = time.perf_counter()
        if name.endswith(".started"):
            self._marks[name[:-8]] = now
            return
        begun = self._marks.get(name.rsplit(".", 1)[0])
        if begun is None or not name.endswith(".complete"):
            return
        if name == "connection.start_tls.complete" and self.tls_ms is None:
            self.tls_ms = (now - begun) * 1000
        elif name == "http11.receive_response_headers.complete" and self.first_byte_ms is None:
            self.first_byte_ms = (now - self.started) * 1000


def _r(value: float | None) -> float | None:
    return None if value is None else round(value, 2)
