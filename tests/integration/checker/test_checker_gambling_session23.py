"""The judi online vocabulary of 2025-2026, through a whole check of a department page served on 127.0.0.1:
spam of providers, brands of a lucky number, togel tip sheets, sportsbooks and casino tables is found;
the department pages that use the same words innocently (a sale's jackpot, Imlek's shio, a chilli, a
perfume, a password lesson, police news) have no finding. No Kafka, no PostgreSQL.
"""

from __future__ import annotations

import pytest
from checker_servers import Reply, check, make_checker
from gambling_vocabulary_pages_s23 import INNOCENT, SPAM
from vendor_pages import Site, department_page

from pantau_common.registry.model import AppSpec
from pantau_contracts.status import ApplicationChecked

HOST = "disperindag.bekasikota.go.id"
FOUND = {
    "provider-menu-hidden": {("judi_online", "hidden"): "kritis"},
    "brand-title-and-mirror": {("judi_online", "title"): "kritis"},
    "togel-tip-sheet": {("judi_online", "hidden"): "kritis"},
    "live-casino-tables": {("judi_online", "hidden"): "kritis"},
}


def app(port: int) -> AppSpec:
    return AppSpec(id="disperindag-web", pd_id="disperindag", nama="Website Disperindag", url=f"http://{HOST}:{port}/")


def security(event: ApplicationChecked) -> dict[tuple[str, str | None], str]:
    return {(f.code, f.location): f.severity for f in event.findings if f.category == "keamanan"}


def checked_page(site, html: str) -> ApplicationChecked:  # type: ignore[no-untyped-def]
    """Return the whole check of ``html`` served at the site's root."""
    site.route("*", "/", Reply(200, html))
    return check(make_checker(site.port), app(site.port))


def assert_clean(site, html: str) -> None:  # type: ignore[no-untyped-def]
    """Assert a department's page in gambling's words: aktif, no security finding."""
    event = checked_page(site, html)
    assert security(event) == {}
    assert event.availability == "aktif"


def assert_gambling_found(site, html: str) -> None:  # type: ignore[no-untyped-def]
    """Assert a kit's page: judi online found, wherever it is."""
    assert any(code == "judi_online" for code, _ in security(checked_page(site, html)))


@pytest.mark.parametrize("name", FOUND, ids=FOUND)
def test_the_newer_vocabulary_injected_into_a_department_site_is_found(shared_site, name: str) -> None:  # type: ignore[no-untyped-def]
    shared_site.route("*", "/", Reply(200, department_page(Site(**SPAM[name]))))
    event = check(make_checker(shared_site.port), app(shared_site.port))
    assert security(event) == FOUND[name]
    assert event.availability == "aktif"


@pytest.mark.parametrize("name", INNOCENT, ids=INNOCENT)
def test_a_department_site_using_the_words_innocently_has_no_finding(shared_site, name: str) -> None:  # type: ignore[no-untyped-def]
    shared_site.route("*", "/", Reply(200, department_page(Site(main_extra=INNOCENT[name]))))
    assert security(check(make_checker(shared_site.port), app(shared_site.port))) == {}
