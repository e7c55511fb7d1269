"""Composition root of the web service: ``pantau-web`` serves the UI with a WSGI server.

One Python process renders pages on one core at a time (the GIL), so the web runs ``--workers``
processes (PANTAU_WEB_WORKERS) that share one listening socket, each with ``--threads`` threads
(PANTAU_WEB_THREADS) and its own connection pool. The first process also serves /metrics and
relays the outbox; should any process end, all end, and the pod (or the launcher) starts them anew.
"""

from __future__ import annotations

import argparse
import logging
import os
import signal
import socket
from typing import Any

from waitress import serve

from pantau_common import metrics
from pantau_common.db import require_schema
from pantau_common.logs import configure
from pantau_common.outbox import RelayThread
from pantau_common.settings import Settings
from pantau_contracts.topics import WEB

from . import create_app


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
    listener = socket.create_server((args.host, args.port), backlog=1024)
    logging.getLogger(__name__).info("web listening on http://%s:%s (%d processes)", args.host, args.port, args.workers)
    children = [pid for _ in range(max(1, args.workers) - 1) if (pid := _fork_worker(settings, listener, args.threads))]
    signal.signal(signal.SIGTERM, _exit)  # waitress stops on SystemExit; then the relay ends its batch
    if children:  # a worker ended: end the rest too, to be started anew whole
        signal.signal(signal.SIGCHLD, _exit)
    # /metrics on its own port (PANTAU_METRICS_PORT), never on the public site the ingress serves.
    metrics.serve(metrics.MetricsConfig.from_settings(settings))
    # The web relays its own outbox rows (the officials' commands): it is their topic's only writer.
    relay = RelayThread(settings, WEB).start()
    try:
        _serve(settings, listener, args.threads)
    finally:
        signal.signal(signal.SIGCHLD, signal.SIG_DFL)
        relay.stop()
        _stop(children)


def _fork_worker(settings: Settings, listener: socket.socket, threads: int) -> int:
    """Start one more worker on the shared socket; return its pid (in the parent)."""
    pid = os.fork()
    if pid:
        return pid
    signal.signal(signal.SIGTERM, _exit)
    try:
        _serve(settings, listener, threads)
    finally:
        os._exit(0)


def _serve(settings: Settings, listener: socket.socket, threads: int) -> None:
    serve(create_app(settings), sockets=[listener], threads=threads, ident="pantau")


def _stop(children: list[int]) -> None:
    for pid in children:
        try:
            os.kill(pid, signal.SIGTERM)
            os.waitpid(pid, 0)
        except (ProcessLookupError, ChildProcessError):
            pass


def _exit(signum: int, frame: Any) -> None:
    raise SystemExit(0)


if __name__ == "__main__":
    main()
