"""An article that explains a maintenance notice, dated as text under its headline, through a check
(``stand_in_pages_s35_notices``): it is the site's post, aktif and update; a notice in the same theme that prints a
date under its own heading, or today's, stays dalam_pemeliharaan.
"""

from __future__ import annotations

import pytest
import stand_in_pages_s35_notices as s35
from checker_servers import assert_application, assert_stand_in, served_yesterday


@pytest.mark.parametrize("html", [pytest.param(html, id=name) for html, name in s35.ARTICLES])
def test_an_article_explaining_a_maintenance_notice_stays_aktif_and_update(site, html: str) -> None:  # type: ignore[no-untyped-def]
    assert_application(served_yesterday(site, html))


@pytest.mark.parametrize(
    ("html", "quoted"), [pytest.param(html, quoted, id=name) for html, quoted, name in s35.NOTICES]
)
def test_a_notice_with_a_date_under_its_heading_stays_dalam_pemeliharaan(site, html: str, quoted: str) -> None:  # type: ignore[no-untyped-def]
    assert_stand_in(served_yesterday(site, html), "dalam_pemeliharaan", quoted)
