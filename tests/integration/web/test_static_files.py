"""A static file is the same for anyone: a signed-in browser's request for one (every page's style
sheet, revalidated) is answered without asking the database who is signed in."""

from __future__ import annotations

import re

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


@pytest.mark.parametrize("signed_in", [False, True])
def test_every_page_names_its_icon_and_the_web_serves_it(client, auth, signed_in):
    # Without one named, a browser asks for /favicon.ico, which the web does not serve: a 404 in
    # the console of every official's first page.
    if signed_in:
        auth.login("kasie")
    page = client.get("/" if signed_in else "/masuk").get_data(as_text=True)
    icon = re.search(r'<link rel="icon" type="image/svg\+xml" href="([^"]+)">', page)
    assert icon is not None
    with client.get(icon[1]) as answer:
        assert answer.status_code == 200 and answer.mimetype == "image/svg+xml"
