"""Frameworks', proxies' and platforms' own pages in an application's place, and the application's look-alikes.

The stand-ins (``stand_in_pages_frameworks``) are the ones the earlier rounds missed: Tomcat's,
Joomla 4's, Vercel's, GitHub Pages', ingress-nginx's and Heroku's "not found", an API's JSON error,
Laravel's "Page Expired", Drupal's, Joomla's, Yii 2's, Next.js', Moodle's and WordPress's (in
Indonesian) errors, HAProxy's, IIS's, Varnish's and Jetty's pages for an application that does not
answer, ASP.NET Core's start failure, WildFly's and JBoss' first pages, a starter's "Hello World!"
and a hosting's notice of a suspended site. Each is recognised for what it is, with its words
quoted; the look-alikes use the same words and stay the application.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from page_kinds import kind_of

from pantau_checker.core.page_kind import PageKind

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "integration" / "checker"))
from stand_in_pages_frameworks import LOOK_ALIKES, STAND_INS, StandIn, laravel_error


@pytest.mark.parametrize("page", [pytest.param(p, id=p.id) for p in STAND_INS])
def test_a_frameworks_or_proxys_page_in_the_applications_place_is_recognised_with_its_words(page: StandIn) -> None:
    found = kind_of(page.html)
    assert found.kind == page.kind, found
    assert page.quoted in found.detail, found


@pytest.mark.parametrize(("html"), [pytest.param(html, id=name) for name, html in LOOK_ALIKES])
def test_an_application_page_with_a_stand_ins_words_stays_the_application(html: str) -> None:
    assert kind_of(html) == PageKind("aplikasi")


def test_laravels_503_under_its_own_title_stays_a_maintenance_notice() -> None:
    # "php artisan down" says only "503 Service Unavailable": a server's own words make a 503 an error.
    assert kind_of(laravel_error("Service Unavailable", 503)).kind == "dalam_pemeliharaan"
