"""The twelfth round's pages in an application's place, and the department's pages in their words, through a check.

Real HTTP servers on 127.0.0.1 serve, each as modified yesterday and with 200, what the round found read as the
application (``stand_in_pages_session31_soft``): PHP's file listers, ASP.NET's development server's listing and a
storage bucket's XML list, WordPress's 404 template (``<body class="error404">``) and themes' 404s in the portal's
whole layout, small notices of an update, a repair, a service closed until further notice and a launch to come, and
Azure Front Door's error. Each is tidak_aktif for its reason, and the department's page in the same words after it
aktif and update; so are the look-alikes (``LOOK_ALIKES``).
"""

from __future__ import annotations

import pytest
import stand_in_pages_session31_soft as s31
from checker_servers import assert_application, assert_stand_in, assert_stand_in_then_aktif, served_yesterday


@pytest.mark.parametrize(
    ("html", "reason", "quoted", "look_alike"),
    [
        pytest.param(html, reason, quoted, look_alike, id=name)
        for html, reason, quoted, look_alike, name in s31.STAND_INS
    ],
)
def test_a_stand_in_is_tidak_aktif_for_its_reason_and_the_department_page_in_its_words_after_it_is_aktif(  # type: ignore[no-untyped-def]
    site, html: str, reason: str, quoted: str, look_alike: str
) -> None:
    assert_stand_in_then_aktif(site, html, reason, quoted, look_alike)


def test_a_bucket_listing_sent_as_xml_is_daftar_direktori(site) -> None:  # type: ignore[no-untyped-def]
    event = served_yesterday(site, s31.BUCKET_LISTING, "application/xml")
    assert_stand_in(event, "daftar_direktori", "ListBucketResult")


@pytest.mark.parametrize("html", s31.LOOK_ALIKES)
def test_news_a_search_and_small_pages_in_a_stand_ins_words_stay_aktif_and_update_without_findings(  # type: ignore[no-untyped-def]
    site, html: str
) -> None:
    assert_application(served_yesterday(site, html))
