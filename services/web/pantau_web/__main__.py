"""Composition root of the web service: ``pantau-web`` serves the UI with granian (a WSGI server in Rust).

Granian reads and writes HTTP on its own threads, outside the GIL, and hands each request to one of
``--threads`` Python threads (PANTAU_WEB_THREADS). One Python process renders pages on one core at a
time, so the web runs ``--workers`` processes (PANTAU_WEB_WORKERS) listening on one port, each with
its own connection pool. The supervising process serves /metrics and relays the outbox, once for
the pod; should a worker end, all end (exit status 1), and the pod (or the launcher) starts them anew.
SIGTERM: the workers take no new connection and answer the requests they hold, then the relay ends
its batch.
"""

from __future__ import annotations

import argparse
import ctypes
import functools
import logging
import multiprocessing
import os
import signal
import socket
from typing import Any

from granian.constants import HTTPModes, Interfaces
from granian.server.mp import MPServer

from pantau_common import metrics
from pantau_common.db import require_schema
from pantau_common.logs import configure, dict_config, secret_values
from pantau_common.outbox import RelayThread
from pantau_common.settings import Settings
from pantau_contracts.topics import WEB

from . import create_app

BACKLOG = 1024
PR_SET_PDEATHSIG = 1  # prctl(2)


def main(argv: list[str] | None = None) -> None:
    """Serve the web UI until stopped."""
    parser = argparse.ArgumentParser(prog="pantau-web", description="Pantau web UI")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--workers", type=int, default=int(os.environ.get("PANTAU_WEB_WORKERS", "1")))
    parser.add_argument("--threads", type=int, default=int(os.environ.get("PANTAU_WEB_THREADS", "8")))
    args = parser.parse_args(argv)
    configure(env=os.environ)
    settings = Settings.from_env(os.environ)
    require_schema(settings.database_url)
    _refuse_a_taken_port(args.host, args.port)
    server = _server(args.host, args.port, max(1, args.workers), max(1, args.threads))
    logging.getLogger(__name__).info("web listening on http://%s:%s (%d processes)", args.host, args.port, args.workers)
    # /metrics on its own port (PANTAU_METRICS_PORT), never on the public site the ingress serves.
    server.on_startup(lambda: metrics.serve(metrics.MetricsConfig.from_settings(settings)))
    # The web relays its own outbox rows (the officials' commands): it is their topic's only writer.
    relay = RelayThread(settings, WEB)
    server.on_startup(relay.start)
    server.on_shutdown(lambda: _stop_relay(relay))
    server.serve(target_loader=functools.partial(_app, supervisor=os.getpid()))


def _refuse_a_taken_port(host: str, port: int) -> None:
    """Fail when another server listens on the port: granian's workers bind with SO_REUSEPORT, so a
    second web (a stale one, say) would otherwise share the port with the first without a word."""
    socket.create_server((host, port)).close()


def _server(host: str, port: int, workers: int, threads: int) -> MPServer:
    # Workers start by spawn, not fork: the supervisor runs the relay's and the metrics' threads, and
    # a fork would copy whatever lock one of them held at that moment.
    multiprocessing.set_start_method("spawn", force=True)
    return MPServer(
        "pantau_web",
        address=host,
        port=port,
        interface=Interfaces.WSGI,
        http=HTTPModes.http1,
        websockets=False,
        workers=workers,
        blocking_threads=threads,
        backlog=BACKLOG,
        log_dictconfig=dict_config(secrets=secret_values(os.environ)),
    )


def _stop_relay(relay: RelayThread) -> None:
    """Let the relay end its batch, once SIGTERM has stopped the workers (they answered what they held)."""
    logging.getLogger(__name__).info("web stopped serving; the outbox relay ends its batch")
    relay.stop()


def _app(target: str, supervisor: int) -> Any:
    """Build the WSGI app in a worker process, from the environment the supervisor passed down."""
    _end_with(supervisor)
    return create_app(Settings.from_env(os.environ))


def _end_with(supervisor: int) -> None:
    """Have the kernel send this worker SIGTERM when the supervisor dies, even by SIGKILL: a worker
    left alone would go on serving the port with no relay and no one to restart it."""
    ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)
    if os.getppid() != supervisor:  # it died before the request reached the kernel
        os.kill(os.getpid(), signal.SIGTERM)


if __name__ == "__main__":
    main()
