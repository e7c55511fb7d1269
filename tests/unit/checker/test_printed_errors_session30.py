"""Errors printed into a page that still renders, of the thirtieth round: MySQL's "Too many connections", a die()'s
words in Indonesian that name the server ("Gagal terhubung ke server database: …", "Koneksi ke server MySQL gagal!
…"), ASP.NET's SqlException with its HRESULT, CodeIgniter 3's PHP error in its Indonesian language pack, Microsoft's
ODBC driver's, Hibernate's, Blade's, ADOdb's, Laravel's missing controller, Go's template, cURL's. The evidence is the
error's own block, not the news after it; and a die() where the content should be, then nothing, is the page's error
alone, with no finding beside it. And pages that only mention such words: errors listed in a helpdesk's table of
codes, a glossary, an API's documentation or a quiz's question, beside a data table an error was printed into.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from unit.checker.test_printed_errors_more import URL, page

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "integration" / "checker"))
import error_pages as pages

from pantau_checker.core.page import parse_page
from pantau_checker.core.page_kind import printed_error


@pytest.mark.parametrize(
    ("widget", "quoted"),
    [
        pytest.param("Error: Too many connections", "Error: Too many connections", id="mysql-1040"),
        pytest.param(
            "Failed to connect to MySQL: Too many connections",
            "Failed to connect to MySQL: Too many connections",
            id="w3-too-many",
        ),
        pytest.param(
            "<p class='text-danger'>Gagal terhubung ke server database: Connection refused</p>",
            "Gagal terhubung ke server database: Connection refused",
            id="die-server-database",
        ),
        pytest.param(
            "<div class='alert alert-danger'>Koneksi ke server MySQL gagal! No such file or directory</div>",
            "Koneksi ke server MySQL gagal! No such file or directory",
            id="die-server-mysql",
        ),
        pytest.param(
            '<span id="ContentPlaceHolder1_lblError" style="color:Red;">System.Data.SqlClient.SqlException '
            "(0x80131904): A network-related or instance-specific error occurred while establishing a connection to "
            "SQL Server.</span>",
            "System.Data.SqlClient.SqlException (0x80131904): A network-related",
            id="aspnet-label",
        ),
        pytest.param(
            '<div style="border:1px solid #990000;padding-left:20px;margin:0 0 10px 0;"><h4>Terjadi Kesalahan PHP</h4>'
            "<p>Tingkat: Warning</p><p>Pesan:  Undefined variable: slider</p><p>Nama file: views/template/header.php"
            "</p><p>Nomor Baris: 112</p></div>",
            "Terjadi Kesalahan PHP Tingkat: Warning",
            id="codeigniter-3-id",
        ),
        pytest.param(
            "<div class='alert alert-danger'>Terjadi kesalahan: [Microsoft][ODBC Driver 17 for SQL Server]Login "
            "timeout expired</div>",
            "[Microsoft][ODBC Driver 17 for SQL Server]Login timeout expired",
            id="odbc-driver",
        ),
        pytest.param(
            "<div class='widget'>org.hibernate.exception.JDBCConnectionException: Unable to acquire JDBC Connection"
            "</div>",
            "org.hibernate.exception.JDBCConnectionException: Unable to acquire JDBC Connection",
            id="hibernate",
        ),
        pytest.param(
            "<div class='widget'>ErrorException: Undefined variable $agendas (View: /var/www/portal/resources/views/"
            "partials/sidebar.blade.php)</div>",
            "ErrorException: Undefined variable $agendas",
            id="blade",
        ),
        pytest.param(
            'mysqli error: [2002: Connection refused] in EXECUTE("SELECT * FROM agenda WHERE tgl >= CURDATE()")',
            "mysqli error: [2002: Connection refused] in EXECUTE",
            id="adodb",
        ),
        pytest.param(
            "<p>Target class [App\\Http\\Controllers\\SliderController] does not exist.</p>",
            "Target class [App\\Http\\Controllers\\SliderController] does not exist.",
            id="laravel-target-class",
        ),
        pytest.param(
            'template: index.html:88:14: executing "index.html" at &lt;.Agenda.Items&gt;: can\'t evaluate field Items '
            "in type *model.Agenda",
            'template: index.html:88:14: executing "index.html" at <.Agenda.Items>',
            id="go-template",
        ),
        pytest.param(
            "<p>Galat: cURL error 28: Operation timed out after 10001 milliseconds with 0 bytes received</p>",
            "cURL error 28: Operation timed out after 10001 milliseconds with 0 bytes received",
            id="curl",
        ),
    ],
)
def test_an_error_printed_where_a_widget_should_be_is_a_printed_error(widget: str, quoted: str) -> None:
    error = printed_error(parse_page(page(widget), URL))
    assert error is not None and not error.whole
    assert quoted in error.evidence


@pytest.mark.parametrize(
    "widget",
    [
        "<p>Kode 1040 pada MySQL berarti Too many connections: naikkan max_connections di server.</p>",
        "<p>Jika muncul pesan [Microsoft][ODBC Driver 17 for SQL Server]Login timeout expired, hubungi Diskominfo.</p>",
        "<p>Contohnya org.hibernate.exception.JDBCConnectionException: Unable to acquire JDBC Connection.</p>",
        "<p>Template: Bootstrap 5, executing dengan tampilan baru untuk semua OPD.</p>",
        "<p>Misalnya cURL error 28: Operation timed out, artinya server API tidak menjawab.</p>",
        "<p>Server database dinas gagal diperbarui kemarin: jadwal pemeliharaan diundur.</p>",
    ],
)
def test_a_page_that_only_uses_such_words_has_no_printed_error(widget: str) -> None:
    assert printed_error(parse_page(page(widget), URL)) is None


def test_the_evidence_is_the_errors_own_block_not_the_news_after_it() -> None:
    html = pages.department(main_extra="", main=None).replace(
        "<main", "<div class='alert alert-danger'>SQLSTATE[HY000] [2002] Connection timed out</div><main", 1
    )
    error = printed_error(parse_page(html, URL))
    assert error is not None and not error.whole
    assert error.evidence == "SQLSTATE[HY000] [2002] Connection timed out"


@pytest.mark.parametrize("die", [pages.DIE_CONNECTION_REFUSED, "Error: Too many connections"])
def test_a_die_where_the_content_should_be_and_nothing_after_is_the_pages_error_without_a_finding(die: str) -> None:
    error = printed_error(parse_page(pages.stopped_in_content(die), URL))
    assert error is not None and error.whole


HELPDESK_CODES = (
    "<h2>Daftar Kode Kesalahan Aplikasi e-Office</h2><table class='table'><thead><tr><th>Kode</th><th>Pesan</th>"
    "<th>Penanganan</th></tr></thead><tbody><tr><td>E-101</td><td>Error: Too many connections</td><td>Tunggu beberapa"
    " menit lalu muat ulang halaman</td></tr><tr><td>E-102</td><td>SQLSTATE[HY000] [2002] Connection refused</td>"
    "<td>Laporkan ke helpdesk ext. 2231</td></tr><tr><td>E-104</td><td>ORA-12541: TNS:no listener</td><td>Server "
    "SIMPEG sedang dimuat ulang</td></tr></tbody></table>"
)
GLOSSARY = (
    "<h2>Kamus Pesan Galat Aplikasi SIPD</h2><dl><dt>SQLSTATE[23000]: Integrity constraint violation: 1062 Duplicate "
    "entry</dt><dd>Data sudah pernah diinput.</dd><dt>ORA-01017: invalid username/password; logon denied</dt><dd>Kata "
    "sandi SIMPEG salah.</dd></dl>"
)
API_DOCUMENTATION = (
    "<h2>Kode Respons API Satu Data</h2><table class='table'><tr><th>HTTP</th><th>Contoh Body</th></tr><tr><td>401"
    '</td><td>{"error": "Unauthorized", "message": "Token tidak valid"}</td></tr><tr><td>500</td><td>{"error": '
    '"Internal Server Error", "message": "SQLSTATE[HY000] [2002] Connection refused"}</td></tr></table>'
)
QUIZ = (
    "<h2>Latihan Soal Uji Kompetensi RPL 2026</h2><ol><li>Soal 3. Jelaskan arti SQLSTATE[42S02]: Base table or view "
    "not found!</li></ol>"
)


@pytest.mark.parametrize(
    "listing",
    [
        pytest.param(HELPDESK_CODES, id="helpdesk-table"),
        pytest.param(GLOSSARY, id="glossary"),
        pytest.param(API_DOCUMENTATION, id="api-documentation"),
        pytest.param(QUIZ, id="quiz-question"),
    ],
)
def test_errors_listed_in_a_reference_table_a_glossary_or_a_question_are_not_printed(listing: str) -> None:
    assert printed_error(parse_page(pages.department(main_extra=listing), URL)) is None


DATA_TABLE = (
    "<h2>Daftar Pengumuman</h2><table class='table'><thead><tr><th>No</th><th>Judul</th><th>Tanggal</th></tr>"
    "</thead><tbody>{rows}</tbody></table>"
)


@pytest.mark.parametrize(
    ("rows", "quoted"),
    [
        pytest.param(
            "<tr><td colspan='3'>SQLSTATE[HY000] [2002] Connection refused</td></tr>",
            "SQLSTATE[HY000] [2002] Connection refused",
            id="error-in-place-of-the-rows",
        ),
        pytest.param(
            '<tr><td>1</td><td><br />\n<b>Warning</b>:  Undefined array key "judul" in <b>/var/www/html/views/'
            "pengumuman.php</b> on line <b>14</b><br />\n</td><td>1 Desember 2026</td></tr>",
            'Warning: Undefined array key "judul"',
            id="php-warning-in-a-cell",
        ),
    ],
)
def test_an_error_printed_into_a_data_tables_cell_is_still_a_printed_error(rows: str, quoted: str) -> None:
    error = printed_error(parse_page(pages.department(main_extra=DATA_TABLE.format(rows=rows)), URL))
    assert error is not None and not error.whole
    assert quoted in error.evidence
