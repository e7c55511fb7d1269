"""Hosting panels', hostings' and registrars' pages in the application's place (``stand_in_pages_s23``).

Each stand-in here read as the application before: Virtualmin's page for a host name it does not serve, OpenPanel's
for a domain with nothing uploaded, a registrar's for a domain not pointed at a site (IONOS', Porkbun's, Dewaweb's),
an Indonesian hosting's for an account switched off or past its term, an old PHP application's deprecation warnings
above the fatal error that stopped it, an Elementor coming-soon page. Each comes with a department's page in the same
words, which stays the application; news "Layanan SIAK Sedang Dalam Proses Migrasi Server", read as a maintenance
notice before, is the application now, while the small notice of a migration stays one.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from page_kinds import assert_kind, kind_of

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "integration" / "checker"))
import stand_in_pages_s23 as s23

from pantau_checker.core.page_kind import PageKind


@pytest.mark.parametrize(
    ("html", "kind", "quoted", "look_alike"),
    s23.STAND_INS,
)
def test_a_stand_in_is_read_for_what_it_is_and_the_department_page_in_its_words_is_the_application(
    html: str, kind: str, quoted: str, look_alike: str
) -> None:
    assert_kind(html, kind, quoted)
    assert kind_of(look_alike) == PageKind("aplikasi")


@pytest.mark.parametrize(
    "html",
    [
        pytest.param(s23.SIAK_MIGRATION_NEWS, id="news-in-the-department-theme"),
        pytest.param(s23.SIAK_MIGRATION_PORTAL_NEWS, id="news-in-the-portal-theme"),
    ],
)
def test_news_of_a_service_moving_to_another_server_is_the_application(html: str) -> None:
    assert kind_of(html) == PageKind("aplikasi")


def test_a_small_notice_of_a_server_migration_is_still_dalam_pemeliharaan() -> None:
    assert_kind(s23.MIGRASI_SERVER, "dalam_pemeliharaan", "sedang dalam proses migrasi server")


def test_the_printed_error_of_an_old_php_application_quotes_the_fatal_error_not_its_first_warning() -> None:
    found = kind_of(s23.PHP_DEPRECATED_THEN_FATAL)
    assert "Fatal error: Uncaught Error" in found.detail
    assert "Deprecated" not in found.detail
