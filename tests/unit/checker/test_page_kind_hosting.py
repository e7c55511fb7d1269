"""A hosting's, an installer's or a stack's own page in the application's place (``stand_in_pages_hosting``).

Each stand-in here read as the application before, or, for Hestia's suspended site under its title
"Access Denied", as the server's error: a site switched off by its hosting, a CMS's installer open
to the first visitor, a framework's or a stack's first page. Each comes with a department's page in
the same words, which stays the application; news headed in a notice's words, read as the hosting's
page before, is the application now.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from page_kinds import assert_kind, kind_of

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "integration" / "checker"))
import stand_in_pages_hosting as hosting

from pantau_checker.core.page_kind import PageKind


@pytest.mark.parametrize(
    ("html", "quoted", "look_alike"),
    [
        pytest.param(
            hosting.HESTIA_SUSPENDED,
            "This site is currently suspended",
            hosting.LOGIN_HELP_SUSPENDED,
            id="hestia-under-access-denied",
        ),
        pytest.param(
            hosting.WEBSITE_TEMPORARILY_SUSPENDED,
            "Your Website has been temporarily suspended",
            hosting.SUSPENDED_SITE_NEWS,
            id="website-temporarily-suspended",
        ),
        pytest.param(
            hosting.AKUN_HOSTING_DI_SUSPEND,
            "Akun hosting ini telah di-suspend",
            hosting.SUSPENDED_SITE_NEWS,
            id="akun-hosting-di-suspend",
        ),
    ],
)
def test_a_hostings_page_for_a_suspended_site_is_halaman_bawaan_and_news_of_it_is_the_application(
    html: str, quoted: str, look_alike: str
) -> None:
    assert_kind(html, "halaman_bawaan", quoted)
    assert kind_of(look_alike) == PageKind("aplikasi")


@pytest.mark.parametrize(
    "html",
    [
        pytest.param(hosting.SUSPENDED_HEADLINE_NEWS, id="headline-website-ini-telah-ditangguhkan"),
        pytest.param(hosting.SUSPENDED_SITE_NEWS_DITANGGUHKAN, id="headline-asking-if-it-was-ditangguhkan"),
    ],
)
def test_news_headed_in_a_suspension_notices_words_in_the_portals_frame_is_the_application(html: str) -> None:
    assert kind_of(html) == PageKind("aplikasi")


@pytest.mark.parametrize(
    ("html", "quoted", "look_alike"),
    [
        pytest.param(hosting.DRUPAL_INSTALLER, "Choose language | Drupal", hosting.INSTALL_TUTORIAL, id="drupal"),
        pytest.param(
            hosting.DRUPAL_7_INSTALLER,
            "Select an installation profile | Drupal",
            hosting.INSTALL_TUTORIAL_SMALL,
            id="drupal-7",
        ),
        pytest.param(hosting.JOOMLA_INSTALLER, "Joomla Installer", hosting.INSTALL_TUTORIAL, id="joomla"),
        pytest.param(
            hosting.JOOMLA_3_INSTALLER, "Joomla! Web Installer", hosting.INSTALL_TUTORIAL_SMALL, id="joomla-3"
        ),
        pytest.param(
            hosting.MEDIAWIKI_NOT_SET_UP, "LocalSettings.php not found", hosting.INSTALL_TUTORIAL, id="mediawiki"
        ),
    ],
)
def test_a_cms_installer_in_the_applications_place_is_halaman_bawaan_and_a_tutorial_on_it_is_the_application(
    html: str, quoted: str, look_alike: str
) -> None:
    assert_kind(html, "halaman_bawaan", quoted)
    assert kind_of(look_alike) == PageKind("aplikasi")


@pytest.mark.parametrize(
    ("html", "quoted", "look_alike"),
    [
        pytest.param(hosting.RAILS_8_WELCOME, "Rails version: 8.0.1", hosting.RAILS_APP_ABOUT, id="rails-8"),
        pytest.param(
            hosting.ASPNET_MVC_TEMPLATE,
            "ASP.NET is a free web framework",
            hosting.ASPNET_APP_KEPT_THE_SENTENCE,
            id="aspnet-mvc",
        ),
        pytest.param(hosting.BLAZOR_TEMPLATE, "Welcome to your new app", hosting.BLAZOR_TUTORIAL, id="blazor"),
        pytest.param(hosting.BLAZOR_TEMPLATE, "Hello, world!", hosting.SPA_SHELL, id="blazor-and-a-spa-shell"),
        pytest.param(hosting.LUMEN_FIRST_ROUTE, "Laravel Components ^10.0", hosting.API_DOCS_NAMING_LUMEN, id="lumen"),
        pytest.param(hosting.FASTAPI_FIRST_APP, '"Hello World"', hosting.API_OWN_ANSWER, id="fastapi"),
        pytest.param(hosting.FIBER_FIRST_APP, "Hello, World", hosting.API_OWN_ANSWER, id="fiber"),
        pytest.param(
            hosting.DRUPAL_NOTHING_PUBLISHED,
            "No front page content has been created yet",
            hosting.DRUPAL_EMPTY_LISTING_IN_THE_THEME,
            id="drupal-nothing-published",
        ),
        pytest.param(hosting.WAMPSERVER_HOMEPAGE, "WAMPSERVER Homepage", hosting.INSTALL_TUTORIAL_SMALL, id="wamp"),
        pytest.param(hosting.APPSERV_HOMEPAGE, "The AppServ Open Project", hosting.INSTALL_TUTORIAL, id="appserv"),
    ],
)
def test_a_frameworks_or_a_stacks_first_page_is_halaman_bawaan_and_an_applications_page_naming_it_is_not(
    html: str, quoted: str, look_alike: str
) -> None:
    assert_kind(html, "halaman_bawaan", quoted)
    assert kind_of(look_alike) == PageKind("aplikasi")
