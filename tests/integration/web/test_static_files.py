"""A static file is the same for anyone: a signed-in browser's request for one (every page's style
sheet, revalidated) is answered without asking the database who is signed in."""

from __future__ import annotations

import pytest
from flask import Flask

pytestmark = pytest.mark.integration


def connections_taken(app: Flask) -> int:
    return int(app.extensions["pantau_pool"].get_stats().get("requests_num", 0))


def test_a_signed_in_request_for_a_static_file_takes_no_database_connection(app, client, auth):
    auth.login("kasie")
    assert client.get("/").status_code == 200
    before = connections_taken(app)
    with client.get("/static/pantau.css") as answer:
        assert answer.status_code == 200 and answer.mimetype == "text/css"
    assert connections_taken(app) == before
    assert client.get("/").status_code == 200 and connections_taken(app) == before + 1


def test_a_static_file_keeps_its_headers_and_stays_cacheable(client, auth):
    auth.login("kasie")
    with client.get("/static/pantau.css") as answer:
        assert answer.headers["X-Content-Type-Options"] == "nosniff"
        assert "no-store" not in answer.headers.get("Cache-Control", "")
