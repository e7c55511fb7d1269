"""Pornography and other trades' spam (``negative_content_pages_s38``) on Bekasi's department sites, each checked whole
against a real HTTP server on 127.0.0.1 at a fixed time: the honest pages that warn of them, teach about them or report
on them are aktif, clean and fresh; the injected ones are found, with their code (session 38)."""

from __future__ import annotations

import pytest
from checker_servers import FakeSite, Reply, check, make_checker
from negative_content_pages_s38 import HONEST, INJECTED
from stamped_pages import NOW

from pantau_common.registry.model import AppSpec
from pantau_contracts.status import ApplicationChecked


def checked_at_now(site: FakeSite, html: str) -> ApplicationChecked:
    """Serve ``html`` at the site's root and return one whole check of it at ``NOW``."""
    site.route("*", "/", Reply(200, html))
    app = AppSpec(id="opd-web", pd_id="opd", nama="Website OPD", url=f"http://opd.bekasikota.go.id:{site.port}/")
    return check(make_checker(site.port, clock=lambda: NOW), app)


@pytest.mark.parametrize("html", HONEST.values(), ids=HONEST.keys())
def test_a_departments_page_that_warns_of_or_reports_on_negative_content_is_clean(
    shared_site: FakeSite, html: str
) -> None:
    event = checked_at_now(shared_site, html)
    assert (event.availability, event.content.result, [f.evidence for f in event.findings]) == ("aktif", "update", [])


@pytest.mark.parametrize(("html", "code"), INJECTED.values(), ids=INJECTED.keys())
def test_pornography_or_spam_injected_into_a_departments_page_is_found(
    shared_site: FakeSite, html: str, code: str
) -> None:
    event = checked_at_now(shared_site, html)
    assert code in {f.code for f in event.findings}
    assert event.availability == "aktif"
