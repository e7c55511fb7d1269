"""The tenth round's pages in an application's place, and the department's pages in their words, through a check.

Real HTTP servers on 127.0.0.1 serve, each as modified yesterday and with 200, what the round found read as the
application (``stand_in_pages_s29``): maintenance said of an application by its name or closed "mulai … sampai
dengan …", a "Migrasi Server" notice in the portal, English notices of an upgrade or of a site temporarily
unavailable, OpenSID's page "belum tersedia atau sedang dalam perbaikan", a theme's "503" over a notice; an
application's "halaman atau data yang Anda minta tidak ditemukan" and an alert "Error! Halaman yang diminta tidak
ditemukan."; Hostinger's, ISPConfig's and Bitnami's default pages; Express's serve-index and Apache's listing in the
department's frame; WordPress's database error in Indonesian; a domain held by PANDI, suspended, or not yet pointed.
Each is tidak_aktif for its reason, and the department's page in the same words after it aktif and update. So are the
round's false alarms (``LOOK_ALIKES``): news headlined with a default page's name, small articles quoting a parking
page, a server's welcome or a notice in a FAQ's question, an event's site and news under "Coming Soon", a login page
announcing work to come, a road's repair in capitals.
"""

from __future__ import annotations

import pytest
import stand_in_pages_s29 as s29
from checker_servers import assert_application, assert_stand_in_then_aktif, served_yesterday

STAND_INS = s29.STAND_INS


@pytest.mark.parametrize(
    ("html", "reason", "quoted", "look_alike"),
    [pytest.param(html, reason, quoted, look_alike, id=name) for html, reason, quoted, look_alike, name in STAND_INS],
)
def test_a_stand_in_is_tidak_aktif_for_its_reason_and_the_department_page_in_its_words_after_it_is_aktif(  # type: ignore[no-untyped-def]
    site, html: str, reason: str, quoted: str, look_alike: str
) -> None:
    assert_stand_in_then_aktif(site, html, reason, quoted, look_alike)


@pytest.mark.parametrize("html", s29.LOOK_ALIKES)
def test_news_and_small_articles_in_a_stand_ins_words_stay_aktif_and_update_without_findings(  # type: ignore[no-untyped-def]
    site, html: str
) -> None:
    assert_application(served_yesterday(site, html))
