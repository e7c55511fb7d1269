"""Composition root of the web service: ``pantau-web`` serves the UI with a WSGI server."""

from __future__ import annotations

import argparse
import logging
import os
import signal
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
    args = parser.parse_args(argv)
    configure(env=os.environ)
    settings = Settings.from_env(os.environ)
    require_schema(settings.database_url)
    app = create_app(settings)
    # /metrics on its own port (PANTAU_METRICS_PORT), never on the public site the ingress serves.
    metrics.serve(metrics.MetricsConfig.from_settings(settings))
    logging.getLogger(__name__).info("web listening on http://%s:%s", args.host, args.port)
    # The web relays its own outbox rows (the officials' commands): it is their topic's only writer.
    relay = RelayThread(settings, WEB).start()
    signal.signal(signal.SIGTERM, _exit)  # waitress stops on SystemExit; then the relay ends its batch
    try:
        serve(app, host=args.host, port=args.port, threads=8, ident="pantau")
    finally:
        relay.stop()


def _exit(signum: int, frame: Any) -> None:
    raise SystemExit(0)


if __name__ == "__main__":
    main()
