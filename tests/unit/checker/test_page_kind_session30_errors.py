"""Whole error pages of the thirtieth round, on the pure core: what was read as the application, or as a page not
found, and is the application's error (galat_aplikasi). The w3schools die() "Failed to connect to MySQL: …",
Joomla's "Error: Failed to start application" (under its "page not found" heading in Joomla 4), CakePHP 2's
"An Internal Error Has Occurred.", CodeIgniter 4's production page in Indonesian, Laravel's "Terjadi Kesalahan
Server"; and in the theme, after its header and menu and then nothing: WordPress's critical error without its
link, Spring's Whitelabel page, CodeIgniter 3's database error of a short message, an Oracle connection's warning
and the die() after it ("Koneksi gagal").

Beside each, the department's own page that uses the same words and stays the application.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from page_kinds import assert_kind, kind_of

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "integration" / "checker"))
import error_pages as pages
from stand_in_pages_real_web import small

from pantau_checker.core.page import parse_page
from pantau_checker.core.page_kind import PageKind, printed_error

URL = "https://dinkes.bekasikota.go.id/"
APPLICATION = PageKind("aplikasi")

JOOMLA_3 = small(
    "0 - Error: Failed to start application",
    '<div class="error"><div id="outline"><div id="errorboxoutline"><div id="errorboxheader">0 - Error: Failed to '
    'start application</div><div id="errorboxbody"><p><strong>You may not be able to visit this page because of:'
    "</strong></p><ol><li>an <strong>out-of-date bookmark/favourite</strong></li><li>a <strong>mistyped address"
    "</strong></li></ol></div></div></div></div>",
)
# Joomla 4's Cassiopeia heads every error "Halaman tidak dapat ditemukan.": its badge and message say what it is.
JOOMLA_4 = small(
    "Error: 0 Error",
    '<header class="header container-header full-width"><div class="grid-child"><div class="navbar-brand">'
    '<a class="brand-logo" href="/">Kecamatan Bekasi Utara</a></div></div></header><div class="site-grid">'
    '<div class="grid-child container-component"><h1 class="page-header">Halaman tidak dapat ditemukan.</h1>'
    '<div class="card"><div class="card-body"><p><strong>Anda mungkin tidak dapat mengunjungi halaman ini karena:'
    '</strong></p></div></div><blockquote><span class="badge bg-secondary">0</span> Error: Failed to start '
    "application</blockquote></div></div>",
    lang="id-id",
)
CAKE_2 = small(
    "SIM Aset: Error",
    '<div id="container"><div id="header"><h1><a href="/">SIM Aset BPKAD</a></h1></div><div id="content">'
    '<h2>An Internal Error Has Occurred.</h2><p class="error"><strong>Error: </strong>An Internal Error Has '
    'Occurred.</p></div><div id="footer"><a href="https://cakephp.org/"><img src="/img/cake.power.gif" '
    'alt="CakePHP"></a></div></div>',
)
CODEIGNITER_4_ID = small(
    "Upps!",
    '<div class="container text-center"><h1 class="headline">Upps!</h1><p class="lead">Kami menemukan adanya '
    "halangan, Silakan coba kembali nanti...</p></div>",
    lang="id",
)
LARAVEL_ID = small(
    "Terjadi Kesalahan Server",
    '<div class="flex items-center pt-8 sm:justify-start sm:pt-0"><div class="px-4 text-lg text-gray-500 '
    'border-r border-gray-400 tracking-wider">500</div><div class="ml-4 text-lg text-gray-500 uppercase '
    'tracking-wider">Terjadi Kesalahan Server</div></div>',
    lang="id",
)

# A theme's db-error.php, which WordPress shows in its own "Error establishing a database connection"'s place.
DATABASE_DROP_IN = small(
    "Dinas Kesehatan Kota Bekasi - Gangguan",
    '<img src="/wp-content/uploads/logo-dinkes.png" alt="Dinkes"><h1>Mohon Maaf</h1><p>Saat ini situs sedang '
    "mengalami gangguan koneksi ke database. Silakan coba beberapa saat lagi.</p>",
    lang="id",
)


@pytest.mark.parametrize(
    ("html", "quoted"),
    [
        pytest.param(
            small("", "Failed to connect to MySQL: Connection refused"), "Failed to connect to MySQL", id="w3"
        ),
        pytest.param(
            small("Dinas Pendidikan", "Failed to connect to MySQL: No such file or directory"),
            "Failed to connect to MySQL: No such file or directory",
            id="w3-socket",
        ),
        pytest.param(JOOMLA_3, "0 - Error: Failed to start application", id="joomla-3"),
        pytest.param(JOOMLA_4, "Error: Failed to start application", id="joomla-4"),
        pytest.param(CAKE_2, "An Internal Error Has Occurred", id="cakephp-2"),
        pytest.param(CODEIGNITER_4_ID, "Kami menemukan adanya halangan", id="codeigniter-4-id"),
        pytest.param(LARAVEL_ID, "Terjadi Kesalahan Server", id="laravel-id"),
        pytest.param(DATABASE_DROP_IN, "gangguan koneksi ke database", id="wordpress-db-error-drop-in"),
    ],
)
def test_a_page_that_is_only_an_applications_error_is_galat_aplikasi(html: str, quoted: str) -> None:
    assert_kind(html, "galat_aplikasi", quoted)


ORACLE_WARNING = (
    "<br />\n<b>Warning</b>:  oci_connect(): ORA-12154: TNS:could not resolve the connect identifier specified in "
    "<b>/var/www/simpeg/config.php</b> on line <b>6</b><br />\n"
)


@pytest.mark.parametrize(
    ("printed", "quoted"),
    [
        pytest.param("Failed to connect to MySQL: Connection refused", "Failed to connect to MySQL", id="w3"),
        pytest.param("<p>Terjadi galat kritis di situs web ini.</p>", "Terjadi galat kritis", id="wp-critical-id"),
        pytest.param(
            "<h1>Whitelabel Error Page</h1><p>This application has no explicit mapping for /error, so you are seeing "
            "this as a fallback.</p><div>There was an unexpected error (type=Internal Server Error, status=500).</div>",
            "Whitelabel Error Page",
            id="spring-whitelabel",
        ),
        pytest.param(
            '<div id="container"><h1>A Database Error Occurred</h1><p>Error Number: 2006</p><p>MySQL server has gone '
            "away</p><p>SELECT * FROM berita ORDER BY id DESC LIMIT 5</p><p>Filename: models/Berita_model.php</p>"
            "<p>Line Number: 18</p></div>",
            "A Database Error Occurred Error Number: 2006 MySQL server has gone away",
            id="codeigniter-3-gone-away",
        ),
        pytest.param(ORACLE_WARNING + "Koneksi ke Oracle gagal", "oci_connect(): ORA-12154", id="oracle-die-named"),
        pytest.param(ORACLE_WARNING + "Koneksi gagal", "oci_connect(): ORA-12154", id="oracle-die-bare"),
    ],
)
def test_an_error_where_the_themes_content_should_be_and_nothing_after_is_galat_aplikasi(
    printed: str, quoted: str
) -> None:
    html = pages.stopped_in_content(printed)
    assert_kind(html, "galat_aplikasi", quoted)
    error = printed_error(parse_page(html, URL))
    assert error is not None and error.whole  # the page is the error: no finding beside it


def test_the_oracle_warning_alone_before_a_bare_die_is_what_the_page_is_but_another_warning_is_not() -> None:
    # "Koneksi gagal" names nothing: it is a database's die() only after a warning that a connection failed.
    other = (
        "<br />\n<b>Warning</b>:  Undefined variable $menu in <b>/var/www/html/index.php</b> on line <b>3</b><br />\n"
    )
    html = pages.stopped_in_content(other + "Koneksi gagal")
    assert kind_of(html) == APPLICATION
    error = printed_error(parse_page(html, URL))
    assert error is not None and not error.whole


@pytest.mark.parametrize(
    "main",
    [
        pytest.param(
            "<article><h2>Tanya Jawab Operator</h2><p>Jika muncul pesan Failed to connect to MySQL: Connection "
            "refused, hubungi pengelola server di Diskominfo.</p></article>",
            id="guide-failed-to-connect",
        ),
        pytest.param(
            "<article><h2>Catatan Pemeliharaan Situs</h2><p>Kemarin situs kecamatan sempat menampilkan Error: Failed "
            "to start application selama pemindahan server.</p></article>",
            id="news-joomla",
        ),
        pytest.param(
            "<article><h2>Bimtek Aplikasi 2026</h2><p>Peserta mengganti halaman An Internal Error Has Occurred. "
            "bawaan CakePHP 2 dengan tampilan dinas.</p></article>",
            id="training-cakephp",
        ),
        pytest.param(
            "<article><h2>Terjadi Kesalahan Server, Layanan SIAK Dialihkan</h2><p>Layanan kependudukan dialihkan ke "
            "kantor kecamatan hingga server pulih.</p></article>",
            id="news-headline",
        ),
        pytest.param(
            "<article><h2>Bimtek Spring Boot</h2><p>Whitelabel Error Page muncul bila aplikasi tidak punya halaman "
            "galatnya sendiri; peserta belajar membuatnya.</p></article>",
            id="training-whitelabel",
        ),
        pytest.param(
            "<article><h2>SIAK Kembali Normal</h2><p>Kemarin situs sedang mengalami gangguan koneksi ke database "
            "selama dua jam; kini layanan sudah dapat digunakan kembali.</p></article>",
            id="news-database-outage",
        ),
    ],
)
def test_a_departments_page_with_the_same_words_stays_the_application(main: str) -> None:
    assert kind_of(pages.department(main=main)) == APPLICATION
