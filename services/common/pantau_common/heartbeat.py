"""The workers' heartbeat: a file touched from the event loop, which the liveness probe reads.

``deploy/k8s/base/probes.yaml`` fails liveness when ``PANTAU_HEARTBEAT_FILE`` is older than
``PANTAU_HEARTBEAT_MAX_AGE_SECONDS``. The beat is an asyncio task of the worker's own loop, so a
loop that hangs (a blocking call, a deadlock) stops beating and the kubelet restarts the pod.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Coroutine
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from .config import ConfigError
from .metrics import MetricsConfig, serve
from .settings import Settings

log = logging.getLogger(__name__)
Side = Callable[[asyncio.Event], Coroutine[Any, Any, None]]


@dataclass(frozen=True)
class HeartbeatConfig:
    """The heartbeat file (empty: no heartbeat) and the age past which the worker counts as hung."""

    path: str = ""
    max_age_s: float = 60.0

    @classmethod
    def from_settings(cls, settings: Settings) -> HeartbeatConfig:
        """Read PANTAU_HEARTBEAT_FILE and PANTAU_HEARTBEAT_MAX_AGE_SECONDS."""
        raw = settings.get("HEARTBEAT_MAX_AGE_SECONDS") or str(cls.max_age_s)
        try:
            max_age = float(raw)
        except ValueError:
            raise ConfigError(f"PANTAU_HEARTBEAT_MAX_AGE_SECONDS={raw!r} harus bilangan") from None
        if max_age <= 0:
            raise ConfigError("PANTAU_HEARTBEAT_MAX_AGE_SECONDS harus lebih dari 0")
        return cls(settings.get("HEARTBEAT_FILE"), max_age)

    @property
    def every_s(self) -> float:
        """Beat often enough that one late beat never fails the probe."""
        return min(10.0, self.max_age_s / 4)


def beat(path: str) -> None:
    """Touch the heartbeat file."""
    Path(path).write_text(f"{time.time():.0f}\n", encoding="ascii")


def is_fresh(path: str, max_age_s: float, now: float | None = None) -> bool:
    """Return whether the heartbeat file was touched within ``max_age_s`` (the probe's rule)."""
    try:
        age = (time.time() if now is None else now) - Path(path).stat().st_mtime
    except OSError:
        return False
    return age <= max_age_s


async def keep_beating(config: HeartbeatConfig, stop: asyncio.Event) -> None:
    """Touch the heartbeat file until ``stop`` is set."""
    if not config.path:
        return
    while not stop.is_set():
        try:
            beat(config.path)
        except OSError as exc:  # a full or read-only /tmp shows up as a failing probe, not a crash
            log.warning("detak jantung tidak dapat ditulis ke %s: %s", config.path, exc)
        try:
            await asyncio.wait_for(stop.wait(), config.every_s)
        except TimeoutError:
            pass


async def run_beside(job: Awaitable[None], *sides: Side) -> None:
    """Run a worker's main job with side tasks (heartbeat, lag, retention) that stop when it ends."""
    stop = asyncio.Event()
    tasks = [asyncio.create_task(side(stop)) for side in sides]
    try:
        await job
    finally:
        stop.set()
        await asyncio.gather(*tasks, return_exceptions=True)


def worker_sides(settings: Settings, *extra: Side) -> list[Side]:
    """Start the worker's /metrics server; return its side tasks: the heartbeat, then ``extra``."""
    serve(MetricsConfig.from_settings(settings))
    return [partial(keep_beating, HeartbeatConfig.from_settings(settings)), *extra]
