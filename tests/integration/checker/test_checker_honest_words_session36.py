"""A false-alarm sweep of Bekasi's department sites whose honest words sit near the checker's vocabularies
(``honest_words_pages_s36``), each checked whole against a real HTTP server on 127.0.0.1 at a fixed time, with and
without a Last-Modified header: aktif, nothing found, fresh. The kits that wear the same cover are still found
(session 36)."""

from __future__ import annotations

from datetime import timedelta
from email.utils import format_datetime

import pytest
from checker_servers import FakeSite, Reply, check, make_checker
from honest_words_pages_s36 import (
    DEFACEMENT_KITS,
    DEFAULT_KITS,
    ERROR_KITS,
    GAMBLING_KITS,
    HONEST,
    MAINTENANCE_KITS,
    NOT_FOUND_KITS,
)
from stamped_pages import NOW

from pantau_common.registry.model import AppSpec
from pantau_contracts.status import ApplicationChecked

YESTERDAY = {"Last-Modified": format_datetime(NOW - timedelta(days=1), usegmt=True)}


def checked_at_now(site: FakeSite, html: str, headers: dict[str, str] | None = None) -> ApplicationChecked:
    """Serve ``html`` (with ``headers``) at the site's root and return one whole check of it at ``NOW``."""
    site.route("*", "/", Reply(200, html, headers or {}))
    app = AppSpec(id="opd-web", pd_id="opd", nama="Website OPD", url=f"http://opd.bekasikota.go.id:{site.port}/")
    return check(make_checker(site.port, clock=lambda: NOW), app)


def verdict(event: ApplicationChecked) -> tuple[str | None, str | None, str, tuple[str, ...]]:
    return event.availability, event.reason, event.content.result, tuple(f.code for f in event.findings)


@pytest.mark.parametrize("headers", [None, YESTERDAY], ids=["no-last-modified", "last-modified"])
@pytest.mark.parametrize("html", HONEST.values(), ids=HONEST.keys())
def test_a_departments_page_in_honest_words_is_aktif_fresh_and_clean(
    shared_site: FakeSite, html: str, headers: dict[str, str] | None
) -> None:
    assert verdict(checked_at_now(shared_site, html, headers)) == ("aktif", None, "update", ())


@pytest.mark.parametrize("html", GAMBLING_KITS.values(), ids=GAMBLING_KITS.keys())
def test_a_gambling_kit_under_an_honest_cover_is_found(shared_site: FakeSite, html: str) -> None:
    assert "judi_online" in verdict(checked_at_now(shared_site, html))[3]


@pytest.mark.parametrize("html", DEFACEMENT_KITS.values(), ids=DEFACEMENT_KITS.keys())
def test_a_defacers_page_under_a_csirts_title_is_a_critical_defacement(shared_site: FakeSite, html: str) -> None:
    event = checked_at_now(shared_site, html)
    assert {(f.code, f.severity) for f in event.findings} == {("defacement", "kritis")}


@pytest.mark.parametrize(
    ("html", "reason"),
    [
        *(pytest.param(html, "galat_aplikasi", id=name) for name, html in ERROR_KITS.items()),
        *(pytest.param(html, "dalam_pemeliharaan", id=name) for name, html in MAINTENANCE_KITS.items()),
        *(pytest.param(html, "halaman_bawaan", id=name) for name, html in DEFAULT_KITS.items()),
        *(pytest.param(html, "halaman_tidak_ditemukan", id=name) for name, html in NOT_FOUND_KITS.items()),
    ],
)
def test_a_stand_in_in_the_same_words_is_still_not_the_application(
    shared_site: FakeSite, html: str, reason: str
) -> None:
    event = checked_at_now(shared_site, html)
    assert (event.availability, event.reason, event.content.result) == ("tidak_aktif", reason, "tidak_diketahui")
