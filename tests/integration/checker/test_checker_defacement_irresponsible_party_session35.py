"""A defacer's banner that calls the government "pihak yang tidak bertanggung jawab" beside its "Hacked by" is still a
defacement; a department's notice of its site defaced "oleh" or "akibat ulah pihak yang tidak bertanggung jawab"
stays clean; through a whole check against a real HTTP server on 127.0.0.1 (session 35, the red team's)."""

from __future__ import annotations

import pytest
from checker_servers import FakeSite, served_yesterday
from test_checker_gambling_session23 import security
from vendor_pages import Site, department_page

BANNERS = {
    "a-manifesto-on-the-government": department_page(
        Site(
            body_top='<center style="background:#000;color:#0f0"><h2>Hacked by Ghost Squad</h2><p>Pemerintah adalah'
            " pihak yang tidak bertanggung jawab atas nasib rakyat kecil! We are Anonymous.</p></center>"
        )
    ),
    "a-manifesto-on-the-officials": department_page(
        Site(
            body_top='<div class="hacked"><h1>Hacked By Bekasi Black Hat</h1><p>Kalian pejabat adalah pihak tidak'
            " bertanggung jawab, website dibiarkan bolong.</p></div>"
        )
    ),
}
NOTICES = {
    "a-notice-after-ulah": department_page(
        Site(
            main_extra='<div class="alert alert-warning"><h4>Pemberitahuan</h4><p>Website ini sempat di-deface akibat'
            " ulah pihak yang tidak bertanggung jawab. Seluruh data telah dipulihkan oleh Diskominfo Kota Bekasi."
            "</p></div>"
        )
    ),
}


@pytest.mark.parametrize("html", BANNERS.values(), ids=BANNERS.keys())
def test_a_defacers_banner_naming_an_irresponsible_party_is_found(shared_site: FakeSite, html: str) -> None:
    assert "defacement" in {code for code, _ in security(served_yesterday(shared_site, html))}


@pytest.mark.parametrize("html", NOTICES.values(), ids=NOTICES.keys())
def test_a_notice_of_the_sites_defacement_by_such_a_party_is_clean(shared_site: FakeSite, html: str) -> None:
    event = served_yesterday(shared_site, html)
    assert security(event) == {}
    assert (event.availability, event.content.result) == ("aktif", "update")
