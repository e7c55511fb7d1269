"""A hosting's, an installer's or a stack's own page in the application's place, through a whole check.

A real HTTP server on 127.0.0.1 serves each (``stand_in_pages_hosting``) with 200, as modified
yesterday: a site its hosting suspended (Hestia's under the title "Access Denied", which read as the
server's error), a CMS's installer (Drupal's behind the redirect its site's address answers), a
framework's or a stack's first page, a CMS with nothing published. A check that took one for the
application would call it aktif and update; the department's own pages in the same words stay so.
"""

from __future__ import annotations

import pytest
import stand_in_pages_hosting as hosting
from checker_servers import FakeSite, Reply, assert_stand_in, checked, redirect, served_yesterday


@pytest.mark.parametrize(
    ("html", "quoted"),
    [
        pytest.param(hosting.HESTIA_SUSPENDED, "This site is currently suspended", id="hestia-suspended"),
        pytest.param(hosting.AKUN_HOSTING_DI_SUSPEND, "Akun hosting ini telah di-suspend", id="akun-di-suspend"),
        pytest.param(hosting.JOOMLA_INSTALLER, "Joomla Installer", id="joomla-installer"),
        pytest.param(hosting.MEDIAWIKI_NOT_SET_UP, "LocalSettings.php not found", id="mediawiki-not-set-up"),
        pytest.param(hosting.RAILS_8_WELCOME, "Rails version: 8.0.1", id="rails-8-welcome"),
        pytest.param(hosting.ASPNET_MVC_TEMPLATE, "ASP.NET is a free web framework", id="aspnet-mvc-template"),
        pytest.param(hosting.WAMPSERVER_HOMEPAGE, "WAMPSERVER Homepage", id="wampserver"),
        pytest.param(hosting.DRUPAL_NOTHING_PUBLISHED, "No front page content", id="drupal-nothing-published"),
    ],
)
def test_a_hostings_an_installers_or_a_stacks_page_is_tidak_aktif_and_dates_nothing(  # type: ignore[no-untyped-def]
    site, html: str, quoted: str
) -> None:
    assert_stand_in(served_yesterday(site, html), "halaman_bawaan", quoted)


def test_drupals_installer_behind_the_redirect_of_the_sites_address_is_tidak_aktif(site: FakeSite) -> None:
    site.route("*", "/", lambda request: redirect(request, "/core/install.php"))
    site.route("*", "/core/install.php", Reply(200, hosting.DRUPAL_INSTALLER))
    event = checked(site)
    assert (event.availability, event.reason) == ("tidak_aktif", "halaman_bawaan")
    assert "Choose language | Drupal" in (event.content.detail or "")


@pytest.mark.parametrize(
    ("stand_in", "look_alike"),
    [
        pytest.param(hosting.HESTIA_SUSPENDED, hosting.SUSPENDED_HEADLINE_NEWS, id="news-of-a-suspended-site"),
        pytest.param(hosting.RAILS_8_WELCOME, hosting.RAILS_APP_ABOUT, id="a-rails-applications-about-page"),
        pytest.param(hosting.ASPNET_MVC_TEMPLATE, hosting.ASPNET_APP_KEPT_THE_SENTENCE, id="aspnet-app-kept-its-line"),
    ],
)
def test_an_application_page_in_the_same_words_stays_aktif_and_update(  # type: ignore[no-untyped-def]
    site, stand_in: str, look_alike: str
) -> None:
    assert served_yesterday(site, stand_in).availability == "tidak_aktif"
    event = served_yesterday(site, look_alike)
    assert (event.availability, event.reason, event.content.result) == ("aktif", None, "update")
