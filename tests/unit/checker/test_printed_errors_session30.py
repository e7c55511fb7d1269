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
from unit.checker.test_printed_errors_more import URL

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "integration" / "checker"))
import error_pages as pages

from pantau_checker.core.page import parse_page
from pantau_checker.core.page_kind import printed_error


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
