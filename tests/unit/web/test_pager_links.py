"""The pager's links, filled in from one address per page, are what ``url_for`` writes for each
page number, with the page's filters kept in their order and escaped as ``url_for`` escapes them."""

from __future__ import annotations

import pytest
from flask import Flask, url_for

from pantau_web import views

ARGS = [
    {},
    {"status": "belum"},
    {"q": "Dinas & <Kesehatan> 100%", "pd": "pd-06"},
    {"q": "halaman=3&x", "status": "aktif"},
    {"q": "slot"},
    {"app_id": "app-0005", "q": "ü é"},
]


@pytest.fixture
def app() -> Flask:
    app = Flask(__name__)
    views.init_app(app)
    app.add_url_rule("/aplikasi", "board", lambda: "")
    app.add_url_rule("/aplikasi/<app_id>", "show", lambda app_id: "")
    return app


@pytest.mark.parametrize("args", ARGS, ids=repr)
@pytest.mark.parametrize("script_root", ["", "/pantau"])
def test_a_page_link_is_what_url_for_writes(app: Flask, args: dict[str, str], script_root: str) -> None:
    endpoint = "show" if "app_id" in args else "board"
    with app.test_request_context("/", base_url=f"http://localhost{script_root}/"):
        page_url = views.url_pattern(endpoint, "halaman", **args)
        for number in (1, 2, 17, 999):
            assert page_url(number) == url_for(endpoint, halaman=number, **args)


def test_an_address_without_values_is_built_once_per_mount_point(app: Flask) -> None:
    with app.test_request_context("/"):
        first = views.url_pattern("show", "app_id")
        assert views.url_pattern("show", "app_id") is first and first("a b") == url_for("show", app_id="a b")
    with app.test_request_context("/", base_url="http://localhost/pantau/"):
        assert views.url_pattern("show", "app_id")("x") == "/pantau/aplikasi/x"
