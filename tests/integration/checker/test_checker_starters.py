"""Starter pages, a theme's 404, a site "dalam pengembangan", a file server's listing, through a whole check.

A real HTTP server on 127.0.0.1 serves each (``stand_in_pages_starters``) with 200, as modified
yesterday. A check that took one for the application would call it aktif and update; the
application's own pages with the same words stay so.
"""

from __future__ import annotations

import pytest
import stand_in_pages_starters as starters
from checker_servers import assert_stand_in, served_yesterday


@pytest.mark.parametrize(
    ("html", "reason", "quoted"),
    [
        pytest.param(starters.YII2_CONGRATULATIONS, "halaman_bawaan", "Yii-powered application", id="yii-2"),
        pytest.param(starters.NEXTJS_STARTER, "halaman_bawaan", "app/page.tsx", id="nextjs"),
        pytest.param(starters.RAILS_YAY, "halaman_bawaan", "on Rails", id="rails"),
        pytest.param(
            starters.KONTEN_TIDAK_DITEMUKAN, "halaman_tidak_ditemukan", "Konten tidak ditemukan", id="konten-in-an-h3"
        ),
        pytest.param(starters.MAAF_ALAMAT_SALAH, "halaman_tidak_ditemukan", "Alamat yang Anda tuju salah", id="maaf"),
        pytest.param(starters.DALAM_PENGEMBANGAN, "dalam_pemeliharaan", "dalam pengembangan", id="dalam-pengembangan"),
        pytest.param(starters.GO_FILE_SERVER, "daftar_direktori", "config.php.bak", id="go-file-server-listing"),
        pytest.param(starters.MIGRASI_SERVER, "dalam_pemeliharaan", "migrasi server", id="migrasi-server"),
        pytest.param(starters.JOOMLA_OFFLINE_ID, "dalam_pemeliharaan", "ditutup untuk perawatan", id="joomla-offline"),
        pytest.param(starters.HOSTING_TERM_ENDED, "halaman_bawaan", "Masa Aktif Hosting", id="hosting-term-ended"),
        pytest.param(starters.CADDY_BROWSE, "daftar_direktori", "daftar isi direktori", id="caddy-browse"),
    ],
)
def test_a_starter_page_a_themes_404_or_a_site_in_development_is_tidak_aktif_and_dates_nothing(  # type: ignore[no-untyped-def]
    site, html: str, reason: str, quoted: str
) -> None:
    assert_stand_in(served_yesterday(site, html), reason, quoted)


@pytest.mark.parametrize(
    "html",
    [
        pytest.param(starters.NO_NEW_DENGUE_CASES, id="news-tidak-ditemukan-kasus-dbd"),
        pytest.param(starters.SEARCH_WITHOUT_RESULT_MAAF, id="search-without-result-under-maaf"),
        pytest.param(starters.SITE_IN_DEVELOPMENT_NEWS, id="news-of-a-site-in-development"),
    ],
)
def test_an_application_page_with_the_same_words_stays_aktif_and_update(site, html: str) -> None:  # type: ignore[no-untyped-def]
    event = served_yesterday(site, html)
    assert (event.availability, event.reason, event.content.result) == ("aktif", None, "update")
