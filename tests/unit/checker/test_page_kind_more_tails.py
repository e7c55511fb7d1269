"""The tails of soft 404s, maintenance notices and framework errors (``stand_in_pages_tails``), each beside a
department's page in its words.

Each stand-in here read as the application before: Newspaper's 404 written in <div>s above its latest posts,
Astra's "This page doesn't seem to exist.", a portal's "URL tidak valid", an application's root that is only
"Data tidak ditemukan", small notices "dalam proses pengembangan", "dalam tahap migrasi server", "akan segera
hadir", "Sedang dalam perbaikan, silakan kunjungi kembali nanti", Rails' development page and CakePHP's
"Missing Controller". The look-alikes stay the application.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from page_kinds import assert_kind, kind_of

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "integration" / "checker"))
import stand_in_pages_tails as tails

from pantau_checker.core.page import parse_page
from pantau_checker.core.page_kind import PageKind, printed_error


@pytest.mark.parametrize(
    ("html", "quoted", "look_alike"),
    [
        pytest.param(
            tails.NEWSPAPER_404,
            "Sorry, but the page you are looking for doesn't exist.",
            tails.ASN_404_NEWS,
            id="newspaper-ooops-error-404-in-divs",
        ),
        pytest.param(
            tails.ASTRA_404, "This page doesn't seem to exist.", tails.ASN_404_NEWS, id="astra-under-the-sites-title"
        ),
        pytest.param(
            tails.ASTRA_404_ID, "Halaman ini sepertinya tidak ada.", tails.ASN_404_NEWS, id="astra-in-indonesian"
        ),
        pytest.param(
            tails.PORTAL_URL_TIDAK_VALID,
            "URL tidak valid",
            tails.COMPLAINT_FORM_URL_INVALID,
            id="portal-url-tidak-valid",
        ),
        pytest.param(
            tails.DATA_TIDAK_DITEMUKAN,
            "Data tidak ditemukan!",
            tails.NIK_SEARCH_NO_DATA,
            id="root-with-nothing-but-data-tidak-ditemukan",
        ),
        pytest.param(
            tails.DATA_TIDAK_DITEMUKAN_JSON,
            '"message":"Data tidak ditemukan"',
            tails.NIK_SEARCH_NO_DATA,
            id="api-root-data-tidak-ditemukan",
        ),
    ],
)
def test_a_themes_or_an_applications_not_found_is_a_soft_404_and_a_page_in_its_words_is_the_application(
    html: str, quoted: str, look_alike: str
) -> None:
    assert_kind(html, "halaman_tidak_ditemukan", quoted)
    assert kind_of(look_alike) == PageKind("aplikasi")


@pytest.mark.parametrize(
    ("html", "quoted", "look_alike"),
    [
        pytest.param(
            tails.IN_DEVELOPMENT,
            "Mohon maaf, website sedang dalam proses pengembangan",
            tails.LOGIN_FEATURE_IN_DEVELOPMENT,
            id="website-in-development",
        ),
        pytest.param(
            tails.IN_DEVELOPMENT_IN_THEME,
            "website sedang dalam proses pengembangan",
            tails.LOGIN_FEATURE_IN_DEVELOPMENT,
            id="website-in-development-in-the-theme",
        ),
        pytest.param(
            tails.MIGRATING,
            "sedang dalam tahap migrasi server",
            tails.MIGRATION_NEWS,
            id="server-migration",
        ),
        pytest.param(
            tails.COMING,
            "Website Dinas Kesehatan Kota Bekasi akan segera hadir",
            tails.COMING_APP_NEWS,
            id="website-coming",
        ),
        pytest.param(
            tails.REPAIR_COME_BACK,
            "Sedang dalam perbaikan, silakan kunjungi kembali nanti",
            tails.BRIDGE_REPAIR,
            id="repair-come-back-later",
        ),
        pytest.param(
            tails.MIGRATING,
            "sedang dalam tahap migrasi server",
            tails.DUKCAPIL_REPAIR_NEWS,
            id="news-of-a-network-repair",
        ),
    ],
)
def test_a_small_notice_in_the_applications_place_is_dalam_pemeliharaan_and_news_in_its_words_is_the_application(
    html: str, quoted: str, look_alike: str
) -> None:
    assert_kind(html, "dalam_pemeliharaan", quoted)
    assert kind_of(look_alike) == PageKind("aplikasi")


@pytest.mark.parametrize(
    ("html", "quoted", "look_alike"),
    [
        pytest.param(
            tails.RAILS_CONNECTION_NOT_ESTABLISHED,
            "ActiveRecord::ConnectionNotEstablished",
            tails.MEMORY_GUIDE,
            id="rails-development-page",
        ),
        pytest.param(
            tails.CAKEPHP2_MISSING_CONTROLLER,
            "Error: PegawaiController could not be found.",
            tails.CAKEPHP_GUIDE,
            id="cakephp2-missing-controller",
        ),
        pytest.param(
            tails.CAKEPHP4_MISSING_CONTROLLER,
            "Cake\\Http\\Exception\\MissingControllerException",
            tails.CAKEPHP_GUIDE,
            id="cakephp4-missing-controller",
        ),
    ],
)
def test_a_frameworks_error_page_is_galat_aplikasi_and_a_guide_that_introduces_an_error_is_the_application(
    html: str, quoted: str, look_alike: str
) -> None:
    assert_kind(html, "galat_aplikasi", quoted)
    assert kind_of(look_alike) == PageKind("aplikasi")
    assert printed_error(parse_page(look_alike, "https://dinkes.bekasikota.go.id/")) is None
