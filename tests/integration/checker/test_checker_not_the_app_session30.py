"""The eleventh round's pages in an application's place, and the department's pages in their words, through a check.

Real HTTP servers on 127.0.0.1 serve, each as modified yesterday and with 200, what the round found read as the
application or for another reason (``stand_in_pages_s30``): Tomcat's whole first page, Angie's, a new site's page of
CloudPanel, DirectAdmin, Webuzo, ispmanager, CyberPanel and Hestia, Django's welcome in Indonesian, Strapi's first
page; a hosting's page for a site it switched off or whose term ran out; Exabytes' parking page, a parked domain's
refresh or script to its lander, ParkingCrew's lander; Cloudflare's older error layout; a letter of a network repair;
an application retired at its address. Each is tidak_aktif for its reason, and the department's page in the same words
after it aktif and update. So are the round's look-alikes (``LOOK_ALIKES``): news, a guide, a policy page, and login
pages announcing the day their application will be retired or a night of work to come.
"""

from __future__ import annotations

import pytest
import stand_in_pages_s30 as s30
from checker_servers import assert_application, assert_stand_in_then_aktif, served_yesterday


@pytest.mark.parametrize(
    ("html", "reason", "quoted", "look_alike"),
    [
        pytest.param(html, reason, quoted, look_alike, id=name)
        for html, reason, quoted, look_alike, name in s30.STAND_INS
    ],
)
def test_a_stand_in_is_tidak_aktif_for_its_reason_and_the_department_page_in_its_words_after_it_is_aktif(  # type: ignore[no-untyped-def]
    site, html: str, reason: str, quoted: str, look_alike: str
) -> None:
    assert_stand_in_then_aktif(site, html, reason, quoted, look_alike)


@pytest.mark.parametrize("html", s30.LOOK_ALIKES)
def test_news_a_guide_and_login_pages_in_a_stand_ins_words_stay_aktif_and_update_without_findings(  # type: ignore[no-untyped-def]
    site, html: str
) -> None:
    assert_application(served_yesterday(site, html))
