"""RFC 9457 problem details: how every error of the JSON API is answered, in Indonesian."""

from __future__ import annotations

from typing import Any

from flask import Response, json

MEDIA_TYPE = "application/problem+json"


def problem(status: int, title: str, detail: str, **extensions: Any) -> Response:
    """Return a problem+json response; ``type`` stays about:blank, so ``title`` names the HTTP status."""
    body = {"type": "about:blank", "title": title, "status": status, "detail": detail, **extensions}
    response = Response(json.dumps(body), status=status, mimetype=MEDIA_TYPE)
    if status == 401:
        response.headers["WWW-Authenticate"] = 'Bearer realm="pantau"'
    return response
