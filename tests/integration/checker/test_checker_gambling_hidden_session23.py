"""Gambling spam where hacked department sites hide it from visitors, through a whole check.

One real HTTP server on 127.0.0.1 serves, for each hiding place of ``gambling_pages_s23`` (the titles of links
in a hidden menu, a script in an iframe's own document, the ``content`` of a stylesheet of the theme, a pixel
sized by its style, the alt of images hidden, the hosts the head's ``<link>``s name, a ``<noscript>`` of the
head, lines of no height in a box that clips them), a hacked department's home page and the stylesheets it
links, and another department's page that uses the place itself, with its news on judi online, which stays
clean. No Kafka, no PostgreSQL.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest
from checker_servers import FakeSite, Reply, make_checker
from gambling_pages_s23 import PLACES

from pantau_common.registry.model import AppSpec

HACKED = "dinkes.bekasikota.go.id"
OWN = "dinsos.bekasikota.go.id"
CSS = {"Content-Type": "text/css"}


@pytest.fixture(scope="module")
def department_sites() -> Iterator[FakeSite]:
    with FakeSite() as running:
        for name, place in PLACES.items():
            running.route(HACKED, f"/{name}/", Reply(200, place.hacked))
            running.route(OWN, f"/{name}/", Reply(200, place.own))
            for path, css in place.sheets.items():
                running.route(HACKED, path, Reply(200, css, CSS))
            for path, css in place.own_sheets.items():
                running.route(OWN, path, Reply(200, css, CSS))
        yield running


def security_findings(site: FakeSite, host: str, path: str) -> dict[tuple[str, str], str]:
    spec = AppSpec(id="web", pd_id=host.partition(".")[0], nama="Website", url=f"http://{host}:{site.port}{path}")
    event = asyncio.run(make_checker(site.port).check(spec, None))
    assert event.availability == "aktif"
    return {(f.code, f.location or ""): f.severity for f in event.findings if f.category == "keamanan"}


@pytest.mark.parametrize("place", PLACES)
def test_spam_hidden_as_kits_hide_it_is_found_and_the_departments_own_use_is_not(
    department_sites: FakeSite, place: str
) -> None:
    assert security_findings(department_sites, HACKED, f"/{place}/") == PLACES[place].found
    assert security_findings(department_sites, OWN, f"/{place}/") == {}
