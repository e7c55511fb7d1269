"""A web face served as ``pantau_common.wsgi_server`` serves it, with one more route for the tests:
``/_environ`` answers the WSGI environ a Flask view sees (as strings). Only the tests add it.

    .venv/bin/python tests/integration/common/environ_server.py web|reporter --port PORT
"""

from __future__ import annotations

import argparse
from typing import Any

from flask import Flask, request

from pantau_common.wsgi_server import Serving, serve
from pantau_reporter.__main__ import _web_app
from pantau_web.__main__ import _app


def web() -> Flask:
    """Return the web's app as its workers build it, answering /_environ."""
    return _answering_environ(_app())


def reporter() -> Flask:
    """Return the reporter's app as its workers build it, answering /_environ."""
    return _answering_environ(_web_app())


def _answering_environ(app: Any) -> Flask:
    def environ() -> dict[str, str] | None:
        return {k: str(v) for k, v in request.environ.items()} if request.path == "/_environ" else None

    # First, before a login or a CSRF check could answer instead.
    app.before_request_funcs.setdefault(None, []).insert(0, environ)
    return app


def main(face: str, port: int) -> None:
    """Serve ``face`` (web, reporter) on 127.0.0.1:``port`` until SIGTERM."""
    build: dict[str, Any] = {"web": web, "reporter": reporter}
    serve(Serving(f"pantau-{face}", "127.0.0.1", port, workers=1, threads=2), build[face])


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("face", choices=("web", "reporter"))
    parser.add_argument("--port", type=int, required=True)
    args = parser.parse_args()
    main(args.face, args.port)
