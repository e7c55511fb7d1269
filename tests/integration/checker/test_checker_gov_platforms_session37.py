"""The standard platforms of Indonesian government (``gov_platform_pages_s37``: JDIH, PPID, LPSE on SPSE 4.5, Satu
Data on CKAN, SIRUP, OJS, Moodle, a dashboard's embed, the city's portal, SIMPUS, e-Kinerja, Dukcapil's queue), each
checked whole against a real HTTP server on 127.0.0.1 at a fixed time: fresh, stale, undated, and the platforms' own
maintenance, error, default and not-found pages (session 37)."""

from __future__ import annotations

import pytest
from checker_servers import FakeSite, dated, served_at
from gov_platform_pages_s37 import BROKEN, FRESH, NOW, STALE, UNDATED

from pantau_contracts.status import ApplicationChecked


def checked_at_now(site: FakeSite, html: str, status: int = 200) -> ApplicationChecked:
    """Serve ``html`` with ``status`` at the site's root and return one whole check of it at ``NOW``."""
    return served_at(site, html, NOW, "app.bekasikota.go.id", status)


@pytest.mark.parametrize(("html", "newest"), FRESH.values(), ids=FRESH.keys())
def test_a_fresh_platform_page_is_aktif_and_up_to_date(shared_site: FakeSite, html: str, newest: str) -> None:
    assert dated(checked_at_now(shared_site, html)) == ("aktif", None, "update", newest, ())


@pytest.mark.parametrize(("html", "newest"), STALE.values(), ids=STALE.keys())
def test_a_stale_platform_page_is_aktif_and_dated_by_its_newest_entry(
    shared_site: FakeSite, html: str, newest: str
) -> None:
    assert dated(checked_at_now(shared_site, html)) == ("aktif", None, "tidak_update", newest, ())


@pytest.mark.parametrize("html", UNDATED.values(), ids=UNDATED.keys())
def test_an_undated_platform_page_is_aktif_and_dates_nothing(shared_site: FakeSite, html: str) -> None:
    assert dated(checked_at_now(shared_site, html)) == ("aktif", None, "tidak_diketahui", None, ())


@pytest.mark.parametrize(("status", "html", "reason"), BROKEN.values(), ids=BROKEN.keys())
def test_a_platforms_own_broken_page_is_its_reason(shared_site: FakeSite, status: int, html: str, reason: str) -> None:
    event = checked_at_now(shared_site, html, status)
    assert dated(event) == ("tidak_aktif", reason, "tidak_diketahui", None, ())
    assert event.http_status == status
