"""Composition root of the web service: ``pantau-web`` serves the UI with granian.

``pantau_common.wsgi_server`` runs it: PANTAU_WEB_WORKERS processes (one per core by default) of
PANTAU_WEB_THREADS Python threads each (2 × cores + 1) on one port, each process with its own
connection pool. The supervising process serves /metrics and relays the outbox, once for the pod.
SIGTERM: the workers take no new connection and answer the requests they hold, then the relay ends
its batch. A setting the web cannot run with stops it before any worker starts, with one line that
names the variable (exit status 2).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys

from pantau_common import metrics
from pantau_common.config import ConfigError
from pantau_common.db import require_schema
from pantau_common.logs import configure
from pantau_common.outbox import RelayThread
from pantau_common.settings import Settings
from pantau_common.wsgi_server import Serving, WSGIApp, serve
from pantau_contracts.topics import WEB

from . import create_app, require_secret_key

EXIT_INVALID = 2


def main(argv: list[str] | None = None) -> None:
    """Serve the web UI until stopped."""
    parser = argparse.ArgumentParser(prog="pantau-web", description="Pantau web UI")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--workers", type=int, help="default PANTAU_WEB_WORKERS, else one per core")
    parser.add_argument("--threads", type=int, help="default PANTAU_WEB_THREADS, else 2 × cores + 1")
    args = parser.parse_args(argv)
    configure(env=os.environ)
    try:
        settings = Settings.from_env(os.environ)
        require_secret_key(settings)
        serving = Serving.from_settings(settings, "pantau-web", (args.host, args.port), args.workers, args.threads)
    except ConfigError as exc:
        print(f"pantau-web: konfigurasi tidak sah: {exc}", file=sys.stderr)
        sys.exit(EXIT_INVALID)
    require_schema(settings.database_url)
    # The web relays its own outbox rows (the officials' commands): it is their topic's only writer.
    relay = RelayThread(settings, WEB)
    # /metrics on its own port (PANTAU_METRICS_PORT), never on the public site the ingress serves.
    startup = [lambda: metrics.serve(metrics.MetricsConfig.from_settings(settings)), relay.start]
    serve(serving, _app, on_startup=startup, on_shutdown=[lambda: _stop_relay(relay)])


def _stop_relay(relay: RelayThread) -> None:
    """Let the relay end its batch, once SIGTERM has stopped the workers (they answered what they held)."""
    logging.getLogger(__name__).info("web stopped serving; the outbox relay ends its batch")
    relay.stop()


def _app() -> WSGIApp:
    """Build the WSGI app in a worker process, from the environment the supervisor passed down."""
    return create_app(Settings.from_env(os.environ))


if __name__ == "__main__":
    main()
