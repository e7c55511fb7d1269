"""Framework debug pages, themes' error views and tails of pages in the application's place (``stand_in_pages_s27``).

Each stand-in here read as the application before: Laravel's Ignition page (its title the exception's message over an
empty mount), Django's debug page with its title over two lines, a theme's "500 | Terjadi Kesalahan Pada Server" and
a maintenance notice under "Mohon Maaf" inside the whole portal with its sidebar of dated news, WordPress's empty index
in Indonesian, "tautan yang Anda ikuti mungkin rusak", "We could not find the page you requested", Niagahoster's
"Selamat! Website Anda Sudah Online" and nginx's fancyindex in a theme. Each comes with a department's page in the same
words, which stays the application. And the other way: an application left under "Welcome to CodeIgniter" over its own
content is the application, where CodeIgniter's own welcome page stays its default page.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from page_kinds import assert_kind, kind_of

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "integration" / "checker"))
import framework_pages
import stand_in_pages_s27 as s27
from stand_in_pages_real_web import small

from pantau_checker.core.page_kind import PageKind


@pytest.mark.parametrize(("html", "kind", "quoted", "look_alike"), s27.STAND_INS)
def test_a_stand_in_is_read_for_what_it_is_and_the_department_page_in_its_words_is_the_application(
    html: str, kind: str, quoted: str, look_alike: str
) -> None:
    assert_kind(html, kind, quoted)
    assert kind_of(look_alike) == PageKind("aplikasi")


@pytest.mark.parametrize("html", s27.LOOK_ALIKES)
def test_an_application_under_a_frameworks_title_and_news_of_errors_or_maintenance_are_the_application(
    html: str,
) -> None:
    assert kind_of(html) == PageKind("aplikasi")


@pytest.mark.parametrize(
    ("html", "quoted"),
    [
        pytest.param(framework_pages.CODEIGNITER_WELCOME, "Welcome to CodeIgniter", id="codeigniter-3"),
        pytest.param(framework_pages.CODEIGNITER4_WELCOME, "Welcome to CodeIgniter 4!", id="codeigniter-4"),
    ],
)
def test_codeigniters_own_welcome_page_is_still_its_default_page(html: str, quoted: str) -> None:
    assert_kind(html, "halaman_bawaan", quoted)


def test_djangos_debug_404_is_a_page_not_found_not_an_error() -> None:
    html = small(
        "Page not found at /",
        '<div id="summary"><h1>Page not found <span>(404)</span></h1><table class="meta"><tr><th>Request Method:</th>'
        "<td>GET</td></tr><tr><th>Request URL:</th><td>http://sipd.bekasikota.go.id/</td></tr></table></div>"
        '<div id="info"><p>Using the URLconf defined in <code>sipd.urls</code>, Django tried these URL patterns, in'
        " this order:</p><ol><li>admin/</li><li>api/</li></ol><p>The empty path didn’t match any of these.</p></div>"
        '<div id="explanation"><p>You’re seeing this error because you have <code>DEBUG = True</code> in your Django'
        " settings file. Change that to <code>False</code>, and Django will display a standard 404 page.</p></div>",
    )
    assert_kind(html, "halaman_tidak_ditemukan", "Page not found at /")
