"""Honest department sites on the systems they run (``opd_pages_s37``: OpenSID, CMS Sekolahku, Balitbang's CMS, the
SPMB portal, RSUD, Puskesmas, BPBD, Damkar, Dishub, Satpol PP, DPRD, Inspektorat, Bappeda, BKPSDM, Disnaker, DPMPTSP,
Dinsos, a Kecamatan, Bapenda), each checked whole against a real HTTP server on 127.0.0.1 at a fixed time: a fresh
page is up to date by its newest post, a stale one out of date by its newest post whatever its system dates on its
own or ahead, and neither has a finding (session 37)."""

from __future__ import annotations

import pytest
from checker_servers import FakeSite, dated, served_at
from opd_pages_s37 import FRESH, NOW, STALE

from pantau_contracts.status import ApplicationChecked


def checked_at_now(site: FakeSite, html: str) -> ApplicationChecked:
    """Serve ``html`` at the site's root and return one whole check of it at ``NOW``."""
    return served_at(site, html, NOW, "web.bekasikota.go.id")


@pytest.mark.parametrize(("html", "newest"), FRESH.values(), ids=FRESH.keys())
def test_a_fresh_department_page_is_up_to_date_by_its_newest_post(
    shared_site: FakeSite, html: str, newest: str
) -> None:
    assert dated(checked_at_now(shared_site, html)) == ("aktif", None, "update", newest, ())


@pytest.mark.parametrize(("html", "newest"), STALE.values(), ids=STALE.keys())
def test_a_stale_department_page_is_out_of_date_by_its_newest_post(
    shared_site: FakeSite, html: str, newest: str
) -> None:
    assert dated(checked_at_now(shared_site, html)) == ("aktif", None, "tidak_update", newest, ())
