"""Hosting panels', hostings' and registrars' pages in the application's place, through a whole check.

Real HTTP servers on 127.0.0.1 serve, each as modified yesterday and with 200, what the checker read as the
application before (``stand_in_pages_s23``): Virtualmin's page for a host name it does not serve, OpenPanel's for a
domain with nothing uploaded, IONOS', Porkbun's and Dewaweb's pages for a domain not pointed at a site, an Indonesian
hosting's pages for an account switched off or past its term, an old PHP application's deprecation warnings above the
fatal error that stopped it, Elementor's coming-soon page. A check that took one for the application would call it
aktif and update. When the vendor puts back a department's page in the same words, the next check says aktif and
update: news "Layanan SIAK Sedang Dalam Proses Migrasi Server" among them, read as a maintenance notice before.
"""

from __future__ import annotations

import pytest
import stand_in_pages_s23 as s23
from checker_servers import assert_stand_in, served_yesterday


@pytest.mark.parametrize(
    ("html", "reason", "quoted", "look_alike"),
    [
        *s23.STAND_INS,
        pytest.param(
            s23.MIGRASI_SERVER,
            "dalam_pemeliharaan",
            "proses migrasi server",
            s23.SIAK_MIGRATION_NEWS,
            id="migration-notice-and-news-of-one",
        ),
    ],
)
def test_a_stand_in_is_tidak_aktif_for_its_reason_and_the_department_page_in_its_words_after_it_is_aktif(  # type: ignore[no-untyped-def]
    site, html: str, reason: str, quoted: str, look_alike: str
) -> None:
    assert_stand_in(served_yesterday(site, html), reason, quoted)
    # The vendor puts the application back: a page of the department's in the stand-in's words.
    event = served_yesterday(site, look_alike)
    assert (event.availability, event.reason, event.content.result) == ("aktif", None, "update")
