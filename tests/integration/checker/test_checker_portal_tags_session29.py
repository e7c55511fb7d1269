"""A busy portal's own navigation in gambling's words (``portal_tags_pages_s29``), through a whole check against a
real HTTP server on 127.0.0.1: its tags, categories and headlines linked to their own slugs are no finding; brands
linked to their sites, a parasite page among its uploads and brands as its tags are still found."""

from __future__ import annotations

import pytest
from checker_servers import Reply, check, make_checker
from portal_tags_pages_s29 import OWN_NAVIGATION, SELLING_LINKS
from test_checker_gambling_session23 import app, security


@pytest.mark.parametrize("html", OWN_NAVIGATION.values(), ids=OWN_NAVIGATION.keys())
def test_a_portals_tags_categories_and_headlines_linked_to_their_slugs_are_no_finding(shared_site, html: str) -> None:  # type: ignore[no-untyped-def]
    shared_site.route("*", "/", Reply(200, html))
    event = check(make_checker(shared_site.port), app(shared_site.port))
    assert security(event) == {}
    assert (event.availability, event.content.result) == ("aktif", "update")


@pytest.mark.parametrize("html", SELLING_LINKS.values(), ids=SELLING_LINKS.keys())
def test_links_that_sell_beside_that_navigation_are_still_found(shared_site, html: str) -> None:  # type: ignore[no-untyped-def]
    shared_site.route("*", "/", Reply(200, html))
    assert security(check(make_checker(shared_site.port), app(shared_site.port))) == {("judi_online", "link"): "tinggi"}
