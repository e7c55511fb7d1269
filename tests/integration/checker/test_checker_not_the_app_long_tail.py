"""The long tail of pages in an application's place, through a whole check.

A real HTTP server on 127.0.0.1 serves, as modified yesterday and with 200, what the earlier rounds
missed (``stand_in_pages_long_tail``): OpenLiteSpeed's Example page, CyberPanel's page in a new site,
Laravel 11's welcome with its "Log in" and "Register", a Node API's root answering only "The server is
running successfully.". A check that took one for the application would call it aktif and update. Then the
same server serves a department's page in the same words, which stays aktif and update.
"""

from __future__ import annotations

import pytest
import stand_in_pages_long_tail as tail
from checker_servers import assert_stand_in, served_yesterday


@pytest.mark.parametrize(
    ("html", "content_type", "quoted", "look_alike"),
    [
        pytest.param(
            tail.OPENLITESPEED_EXAMPLE,
            None,
            "successfully installed the OpenLiteSpeed Web Server",
            tail.INSTALL_GUIDE,
            id="openlitespeed-example-page",
        ),
        pytest.param(
            tail.CYBERPANEL_INSTALLED,
            None,
            "successfully installed CyberPanel",
            tail.INSTALL_GUIDE,
            id="cyberpanel-installed",
        ),
        pytest.param(
            tail.LARAVEL_11_WELCOME,
            "text/html; charset=UTF-8",
            "Laravel has wonderful documentation",
            tail.LARAVEL_TRAINING,
            id="laravel-11-welcome",
        ),
        pytest.param(
            tail.API_RUNNING_PLAIN,
            "text/html; charset=utf-8",  # what Express' res.send() gives a string
            "The server is running successfully.",
            tail.STATUS_PAGE,
            id="api-root-running",
        ),
    ],
)
def test_a_stand_in_is_tidak_aktif_and_dates_nothing_and_a_page_in_its_words_stays_aktif_and_update(  # type: ignore[no-untyped-def]
    site, html: str, content_type: str | None, quoted: str, look_alike: str
) -> None:
    assert_stand_in(served_yesterday(site, html, content_type), "halaman_bawaan", quoted)
    event = served_yesterday(site, look_alike)
    assert (event.availability, event.reason, event.content.result) == ("aktif", None, "update")
