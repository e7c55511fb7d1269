#!/usr/bin/env python3
"""The web as ``pantau-web`` served it before granian: one waitress process of ``--threads`` threads.

    .venv/bin/python tests/bench/web/waitress_web.py --port 8080 [--threads 8]

The baseline ``bench_web.py --servers pantau-web,waitress`` measures beside ``pantau-web``, on the
same database and pages. It serves the pages only (no relay, no /metrics); SIGTERM stops it.
"""

from __future__ import annotations

import argparse
import os
import signal
import socket
from typing import Any

from waitress import serve

from pantau_common.logs import configure
from pantau_common.settings import Settings
from pantau_web import create_app


def main() -> None:
    """Serve the web UI with waitress until SIGTERM."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--workers", type=int, default=1, choices=[1], help="one process only")
    parser.add_argument("--threads", type=int, default=8)
    args = parser.parse_args()
    configure(env=os.environ)
    listener = socket.create_server((args.host, args.port), backlog=1024)
    signal.signal(signal.SIGTERM, _exit)  # waitress stops on SystemExit
    app = create_app(Settings.from_env(os.environ))
    serve(app, sockets=[listener], threads=args.threads, ident="pantau")


def _exit(signum: int, frame: Any) -> None:
    raise SystemExit(0)


if __name__ == "__main__":
    main()
