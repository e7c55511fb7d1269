"""Frameworks' and proxies' own pages in an application's place, through a whole check.

Real HTTP servers on 127.0.0.1 serve, each as modified yesterday, with 200 and the content type
its software gives it, what the earlier rounds missed (``stand_in_pages_frameworks``): Tomcat's
"not found" under the vendor's title, Joomla 4's inside the site's template and menu, Yii 2's
error under the application's whole menu, Drupal's plain error, HAProxy's and IIS's pages for an
application that does not answer, Varnish's "Backend fetch failed", WildFly's first page. A check
that took one for the application would call it aktif and update. Two of a department's own pages
quoting the same messages stay aktif and update.
"""

from __future__ import annotations

import pytest
import stand_in_pages_frameworks as frameworks
from checker_servers import assert_stand_in, served_yesterday
from stand_in_pages_frameworks import StandIn

SERVED = {
    p.id: p
    for p in frameworks.STAND_INS
    if p.id
    in {
        "tomcat-404-under-the-vendors-title",
        "joomla-4-404-in-the-sites-template",
        "yii-2-error-under-the-whole-menu",
        "drupal-unexpected-error",
        "haproxy-no-server",
        "iis-application-pool-stopped",
        "varnish-backend-fetch-failed",
        "wildfly-welcome",
    }
}


@pytest.mark.parametrize("page", [pytest.param(p, id=i) for i, p in SERVED.items()])
def test_a_frameworks_or_proxys_page_is_tidak_aktif_for_its_reason_and_dates_nothing(site, page: StandIn) -> None:  # type: ignore[no-untyped-def]
    assert_stand_in(served_yesterday(site, page.html, page.content_type), page.kind, page.quoted)


@pytest.mark.parametrize(
    "html",
    [
        pytest.param(frameworks.SERVER_ERRORS_TUTORIAL, id="server-errors-tutorial"),
        pytest.param(frameworks.ERROR_MESSAGES_FAQ, id="error-messages-faq"),
    ],
)
def test_a_department_page_quoting_the_same_messages_stays_aktif_and_update(site, html: str) -> None:  # type: ignore[no-untyped-def]
    event = served_yesterday(site, html)
    assert (event.availability, event.reason, event.content.result) == ("aktif", None, "update")
