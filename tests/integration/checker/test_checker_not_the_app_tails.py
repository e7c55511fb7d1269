"""The tails of pages in an application's place, through a whole check.

Real HTTP servers on 127.0.0.1 serve, each as modified yesterday and with 200, what the earlier rounds missed
(``stand_in_pages_tails``): Newspaper's 404 in <div>s under the site's own title, Astra's "This page doesn't
seem to exist.", an application's root that is only "Data tidak ditemukan", small notices "sedang dalam tahap
migrasi server" and "Sedang dalam perbaikan, silakan kunjungi kembali nanti", Rails' development page, CakePHP
2's "Missing Controller"; and (``stand_in_pages_s23``) Virtualmin's page for a host name it does not serve,
OpenPanel's, registrars' pages for a domain not pointed at a site, a hosting's account switched off or past its
term, deprecation warnings above a PHP fatal error, Elementor's coming-soon page; and (``stand_in_pages_s26``) a
hosting's term or service ended "untuk" the site, a registrar's name never pointed at a hosting, a PHP application
that printed only its database's warning, notices of an update or a server move, Laravel's maintenance page in
Indonesian, a notice under a bare "503", a hosting's "technical difficulties", Afternic's sale page; and
(``stand_in_pages_s27``) Laravel's Ignition page titled by its exception, Django's debug page, a theme's "500 |
Terjadi Kesalahan Pada Server" and a notice under "Mohon Maaf" in the whole portal, WordPress's empty index in
Indonesian, "tautan yang Anda ikuti mungkin rusak", Niagahoster's "Website Anda Sudah Online", nginx's fancyindex. A
check that took one for the application would call it aktif and update. When the vendor puts back a department's
page in the same words (an article "404 ASN Belum Lapor SPT", news of a server migration or a network repair, "Layanan
SIAK Sedang Dalam Proses Migrasi Server", a guide quoting an error, a login page under a PHP warning, a Laravel
training quoting SQLSTATE), the next check says aktif and update; so does an application left under "Welcome to
CodeIgniter" over its own content.
"""

from __future__ import annotations

import pytest
import stand_in_pages_s23 as s23
import stand_in_pages_s26 as s26
import stand_in_pages_s27 as s27
import stand_in_pages_tails as tails
from checker_servers import assert_stand_in_then_aktif, served_yesterday


@pytest.mark.parametrize(
    ("html", "reason", "quoted", "look_alike"),
    [
        pytest.param(
            tails.NEWSPAPER_404,
            "halaman_tidak_ditemukan",
            "the page you are looking for",
            tails.ASN_404_NEWS,
            id="newspaper-404",
        ),
        pytest.param(
            tails.ASTRA_404, "halaman_tidak_ditemukan", "doesn't seem to exist", tails.ASN_404_NEWS, id="astra-404"
        ),
        pytest.param(
            tails.DATA_TIDAK_DITEMUKAN,
            "halaman_tidak_ditemukan",
            "Data tidak ditemukan",
            tails.NIK_SEARCH_NO_DATA,
            id="data-tidak-ditemukan",
        ),
        pytest.param(
            tails.MIGRATING, "dalam_pemeliharaan", "tahap migrasi server", tails.MIGRATION_NEWS, id="server-migration"
        ),
        pytest.param(
            tails.REPAIR_COME_BACK,
            "dalam_pemeliharaan",
            "silakan kunjungi kembali",
            tails.DUKCAPIL_REPAIR_NEWS,
            id="repair-come-back-later",
        ),
        pytest.param(
            tails.RAILS_CONNECTION_NOT_ESTABLISHED,
            "galat_aplikasi",
            "ActiveRecord::ConnectionNotEstablished",
            tails.MEMORY_GUIDE,
            id="rails-development-page",
        ),
        pytest.param(
            tails.CAKEPHP2_MISSING_CONTROLLER,
            "galat_aplikasi",
            "could not be found",
            tails.CAKEPHP_GUIDE,
            id="cakephp2-missing-controller",
        ),
        *s23.STAND_INS,
        *s26.STAND_INS,
        *s27.STAND_INS,
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
    assert_stand_in_then_aktif(site, html, reason, quoted, look_alike)


@pytest.mark.parametrize("html", s26.LOOK_ALIKES)
def test_news_of_work_that_leaves_the_service_running_or_is_over_stays_aktif_and_update(site, html: str) -> None:  # type: ignore[no-untyped-def]
    event = served_yesterday(site, html)
    assert (event.availability, event.reason, event.content.result) == ("aktif", None, "update")


@pytest.mark.parametrize("html", s27.LOOK_ALIKES)
def test_an_application_under_a_frameworks_title_or_news_of_errors_and_maintenance_stays_aktif_and_update(  # type: ignore[no-untyped-def]
    site, html: str
) -> None:
    event = served_yesterday(site, html)
    assert (event.availability, event.reason, event.content.result) == ("aktif", None, "update")
