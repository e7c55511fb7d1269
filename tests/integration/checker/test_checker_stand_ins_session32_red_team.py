"""The thirteenth round's stand-ins after a red team, through a check.

Real HTTP servers on 127.0.0.1 serve, each as modified yesterday and with 200 (``stand_in_pages_s32_red_team``): the
department's pages the round's rules took for stand-ins (searches for nothing, an empty category, a home whose first
list is empty, a gallery's poster, a "403" over a sentence that goes on, documents under the file manager's columns)
are aktif and update; an application named for searching that shows its 404, a pictured 404 with "Oops!", and admin
templates' 403 in other words are tidak_aktif for their reason.
"""

from __future__ import annotations

import pytest
import stand_in_pages_s32_red_team as red
from checker_servers import assert_application, assert_stand_in, served_yesterday


@pytest.mark.parametrize("html", [pytest.param(html, id=name) for html, name in red.LOOK_ALIKES])
def test_a_department_page_the_rounds_rules_took_for_a_stand_in_is_aktif_and_update(  # type: ignore[no-untyped-def]
    site, html: str
) -> None:
    assert_application(served_yesterday(site, html))


@pytest.mark.parametrize(
    ("html", "reason", "quoted"),
    [pytest.param(html, reason, quoted, id=name) for html, reason, quoted, name in red.STAND_INS],
)
def test_a_stand_in_the_rounds_rules_missed_is_tidak_aktif_for_its_reason(  # type: ignore[no-untyped-def]
    site, html: str, reason: str, quoted: str
) -> None:
    assert_stand_in(served_yesterday(site, html), reason, quoted)
