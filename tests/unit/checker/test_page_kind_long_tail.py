"""The long tail of stand-in pages (``stand_in_pages_long_tail``), each with a department's page in its words.

Each stand-in here read as the application before: OpenLiteSpeed's Example page (a menu and twenty
links around "You have successfully installed the OpenLiteSpeed Web Server!", under its first heading
"Congratulations"), its "up and running" banner, CyberPanel's, Webuzo's and Vesta's pages for a new site,
Laravel 11's welcome with its "Log in" and "Register" (sixteen links, so its lead was not read), Next.js
16's starter, a Node API's root that says only that it runs. The look-alikes stay the application.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from page_kinds import assert_kind, kind_of

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "integration" / "checker"))
import stand_in_pages_long_tail as tail

from pantau_checker.core.page_kind import PageKind


@pytest.mark.parametrize(
    ("html", "quoted", "look_alike"),
    [
        pytest.param(
            tail.OPENLITESPEED_EXAMPLE,
            "You have successfully installed the OpenLiteSpeed Web Server!",
            tail.INSTALL_GUIDE,
            id="openlitespeed-example-page",
        ),
        pytest.param(
            tail.OPENLITESPEED_UP_AND_RUNNING,
            "Your OpenLiteSpeed Web Server is up and running!",
            tail.INSTALL_GUIDE,
            id="openlitespeed-up-and-running",
        ),
        pytest.param(
            tail.CYBERPANEL_INSTALLED,
            "You have successfully installed CyberPanel, please remove this page",
            tail.INSTALL_GUIDE,
            id="cyberpanel-installed",
        ),
        pytest.param(
            tail.WEBUZO_DOMAIN,
            "The domain sipd.bekasikota.go.id is working.",
            tail.CONGRATULATIONS_WINNERS,
            id="webuzo-domain-added",
        ),
        pytest.param(
            tail.VESTA_DOMAIN,
            "This is a default page of the web domain",
            tail.CONGRATULATIONS_WINNERS,
            id="vesta-domain-added",
        ),
        pytest.param(
            tail.LARAVEL_11_WELCOME,
            "Laravel has wonderful documentation covering every aspect of the framework.",
            tail.LARAVEL_TRAINING,
            id="laravel-11-welcome-with-auth-links",
        ),
        pytest.param(
            tail.NEXTJS_16_STARTER,
            "To get started, edit the page.tsx file.",
            tail.INSTALL_GUIDE,
            id="nextjs-16-starter",
        ),
    ],
)
def test_a_servers_panels_or_frameworks_first_page_is_halaman_bawaan_and_a_page_in_its_words_is_the_application(
    html: str, quoted: str, look_alike: str
) -> None:
    assert_kind(html, "halaman_bawaan", quoted)
    assert kind_of(look_alike) == PageKind("aplikasi")


@pytest.mark.parametrize(
    "html",
    [
        pytest.param(tail.API_RUNNING_PLAIN, id="plain-text"),
        pytest.param(tail.API_RUNNING_HTML, id="in-a-heading"),
        pytest.param("API is running...", id="api-is-running"),
        pytest.param('{"message":"Server is running"}', id="json-message"),
    ],
)
def test_an_apis_root_that_only_says_it_runs_is_halaman_bawaan_and_a_status_page_saying_so_is_the_application(
    html: str,
) -> None:
    assert kind_of(html).kind == "halaman_bawaan"
    assert kind_of(tail.STATUS_PAGE) == PageKind("aplikasi")


def test_a_sentence_under_the_first_heading_counts_only_where_said_not_where_a_guide_introduces_it() -> None:
    # The guide's first sentence quotes OpenLiteSpeed's words after "muncul halaman bertuliskan".
    assert "You have successfully installed the OpenLiteSpeed Web Server!" in tail.INSTALL_GUIDE
    assert kind_of(tail.INSTALL_GUIDE) == PageKind("aplikasi")
    assert_kind(tail.OPENLITESPEED_EXAMPLE, "halaman_bawaan", "OpenLiteSpeed Web Server!")
