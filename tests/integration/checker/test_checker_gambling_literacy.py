"""A department's digital literacy on judi online (``gambling_literacy_pages``), through a whole check against a
real HTTP server on 127.0.0.1: the page that names the lures to warn of them has no finding, and stays aktif."""

from __future__ import annotations

import pytest
from checker_servers import Reply, check, make_checker
from gambling_literacy_pages import ARTICLES
from test_checker_gambling_session23 import app, security


@pytest.mark.parametrize("html", ARTICLES)
def test_a_departments_literacy_article_on_judi_online_has_no_finding(shared_site, html: str) -> None:  # type: ignore[no-untyped-def]
    shared_site.route("*", "/", Reply(200, html))
    event = check(make_checker(shared_site.port), app(shared_site.port))
    assert security(event) == {}
    assert event.availability == "aktif"
