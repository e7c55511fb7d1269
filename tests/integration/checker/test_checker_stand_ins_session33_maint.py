"""The fourteenth round's notices and 404s left before, an article about 404s, and the department's pages, through a
check.

Real HTTP servers on 127.0.0.1 serve, each as modified yesterday and with 200 (``stand_in_pages_s33_maint``): theme
404s translated or drawn in <div>s and icons, a portal's alert "Error 404", an official letter closing the site for a
few days, an application named as being upgraded or developed under "Mohon Maaf", a backup under way, Yii2's
maintenance mode. Each is tidak_aktif for its reason, dating nothing; the article headlined "404 Halaman Tidak
Ditemukan? Ini Cara …" and the look-alikes (news of an upgrade, a beta's banner and a sync note over a login, an
announcement among news, a guide to the error) are aktif and update.
"""

from __future__ import annotations

import pytest
import stand_in_pages_s33_maint as s33
from checker_servers import assert_application, assert_stand_in, served_yesterday


@pytest.mark.parametrize(
    ("html", "reason", "quoted"),
    [pytest.param(html, reason, quoted, id=name) for html, reason, quoted, name in s33.STAND_INS],
)
def test_a_notice_or_404_left_before_is_tidak_aktif_for_its_reason(  # type: ignore[no-untyped-def]
    site, html: str, reason: str, quoted: str
) -> None:
    assert_stand_in(served_yesterday(site, html), reason, quoted)


@pytest.mark.parametrize("html", s33.LOOK_ALIKES)
def test_an_article_about_404s_news_of_an_upgrade_and_a_login_with_a_banner_stay_aktif_and_update(  # type: ignore[no-untyped-def]
    site, html: str
) -> None:
    assert_application(served_yesterday(site, html))


@pytest.mark.parametrize("html", [pytest.param(html, id=name) for html, name in s33.RED_TEAM_LOOK_ALIKES])
def test_the_red_teams_home_boxes_logins_syncs_and_articles_stay_aktif_and_update(  # type: ignore[no-untyped-def]
    site, html: str
) -> None:
    assert_application(served_yesterday(site, html))


@pytest.mark.parametrize(
    ("html", "reason", "quoted"),
    [pytest.param(html, reason, quoted, id=name) for html, reason, quoted, name in s33.RED_TEAM_STAND_INS],
)
def test_the_red_teams_gone_404s_and_work_today_are_tidak_aktif(  # type: ignore[no-untyped-def]
    site, html: str, reason: str, quoted: str
) -> None:
    assert_stand_in(served_yesterday(site, html), reason, quoted)


@pytest.mark.parametrize("html", [pytest.param(html, id=name) for html, name in s33.H3_LOOK_ALIKES])
def test_the_second_red_teams_working_pages_stay_aktif_and_update(site, html: str) -> None:  # type: ignore[no-untyped-def]
    assert_application(served_yesterday(site, html))


@pytest.mark.parametrize(
    ("html", "quoted"), [pytest.param(html, quoted, id=name) for html, quoted, name in s33.H3_STAND_INS]
)
def test_the_second_red_teams_work_under_way_is_tidak_aktif(site, html: str, quoted: str) -> None:  # type: ignore[no-untyped-def]
    assert_stand_in(served_yesterday(site, html), "dalam_pemeliharaan", quoted)
