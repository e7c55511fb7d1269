"""Errors of the thirtieth round's second look, on the pure core.

A small application that dies under its own heading ("ANTRIAN PELAYANAN", then "Koneksi database gagal" and
nothing else), or a queue display whose panels each say it in a heading, is the application's error
(galat_aplikasi). PHP's messages printed without its tags (``html_errors`` off) at the start of their block ("<pre>Parse
error: …", "<div class='card-body'>Deprecated: …") are PHP's, as they are at the start of a line.

And pages that only list such words: a helpdesk's FAQ whose questions are the errors themselves, as headings with
their answers, and a status page's log of past incidents in a table without a header.
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

URL = "https://antrian.bekasikota.go.id/"
APPLICATION = PageKind("aplikasi")


def queue(said: str) -> str:
    """Return a queue application's page as its vendor wrote it, its die() where the numbers should be."""
    return small(
        "Antrian Online - Disdukcapil Kota Bekasi",
        f'<div class="wrap"><h2>ANTRIAN PELAYANAN</h2>{said}</div>',
        lang="id",
        head='<link rel="stylesheet" href="/css/antrian.css">\n',
    )


QUEUE_DISPLAY = small(
    "Display Antrian Poli - RSUD Kota Bekasi",
    '<div class="header"><h2>RSUD KOTA BEKASI</h2><span id="jam"></span></div><div class="row"><div class="col-4">'
    '<h4>POLI ANAK</h4><h1>Gagal koneksi ke database</h1></div><div class="col-4"><h4>POLI GIGI</h4><h1>Gagal koneksi '
    "ke database</h1></div></div><marquee>Jagalah kebersihan dan ikuti nomor antrean Anda.</marquee>"
    '<script src="/assets/js/jquery.min.js"></script>',
    lang="id",
)


@pytest.mark.parametrize(
    ("html", "quoted"),
    [
        pytest.param(queue("Koneksi database gagal"), "Koneksi database gagal", id="die-bare"),
        pytest.param(queue("Gagal terhubung ke database!"), "Gagal terhubung ke database!", id="die-exclaimed"),
        pytest.param(
            queue("Tidak dapat terhubung ke server database. Silakan hubungi administrator."),
            "Tidak dapat terhubung ke server database",
            id="die-with-advice",
        ),
        pytest.param(
            queue("Connection failed: php_network_getaddresses: getaddrinfo failed: Name or service not known"),
            "Connection failed: php_network_getaddresses",
            id="w3-die-dns",
        ),
        pytest.param(QUEUE_DISPLAY, "Gagal koneksi ke database", id="queue-display-headings"),
    ],
)
def test_a_small_applications_die_under_its_own_heading_is_galat_aplikasi(html: str, quoted: str) -> None:
    assert_kind(html, "galat_aplikasi", quoted)


@pytest.mark.parametrize(
    "html",
    [
        pytest.param(
            queue("Nomor antrean saat ini: A-012. Loket 3. Bila koneksi database gagal, nomor dicetak manual."),
            id="queue-with-a-note",
        ),
        pytest.param(
            small(
                "Bantuan SIMPEG",
                '<p class="site-title">Bantuan SIMPEG BKPSDM</p><h2>Gagal Koneksi ke Database: Penyebab dan Solusi'
                "</h2><p>Periksa berkas konfigurasi, lalu pastikan layanan MySQL berjalan di server aplikasi.</p>",
                lang="id",
            ),
            id="guide-heading",
        ),
        pytest.param(
            queue("Gagal terhubung ke database? Muat ulang halaman ini, lalu ambil nomor antrean Anda."),
            id="queue-question",
        ),
    ],
)
def test_a_small_page_that_uses_the_same_words_stays_the_application(html: str) -> None:
    assert kind_of(html) == APPLICATION


def plain_php(title: str, body: str) -> str:
    """Return a dashboard as a vendor's template writes it, PHP's message printed without its tags."""
    return small(
        title,
        body + '<script src="/assets/js/jquery.min.js"></script>',
        lang="id",
        head='<link rel="stylesheet" href="/assets/bootstrap/css/bootstrap.min.css">\n',
    )


PARSE_ERROR = "Parse error: syntax error, unexpected '}' in /var/www/html/index.php on line 54"


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(f'<div id="app"></div><pre>{PARSE_ERROR}</pre>', id="pre"),
        pytest.param(PARSE_ERROR, id="body"),
    ],
)
def test_a_parse_error_without_phps_tags_as_the_whole_page_is_galat_aplikasi(body: str) -> None:
    html = plain_php("Dashboard", body).replace("<body>\n", '<body class="">')  # the template's, on one line
    assert_kind(html, "galat_aplikasi", "Parse error: syntax error")


ADMIN_MENU = "".join(
    f'<li class="nav-item"><a href="/{m.lower()}" class="nav-link"><p>{m}</p></a></li>'
    for m in ("Dashboard", "Arsip", "Laporan", "Statistik", "Pengguna")
)


def admin(content: str) -> str:
    """Return an AdminLTE dashboard with ``content`` in its content wrapper."""
    return plain_php(
        "e-Arsip Dinas Arsip dan Perpustakaan",
        '<div class="wrapper"><nav class="main-header navbar"><a href="/" class="nav-link">Beranda</a></nav>'
        f'<aside class="main-sidebar"><nav class="mt-2"><ul class="nav nav-sidebar">{ADMIN_MENU}</ul></nav></aside>'
        f'<div class="content-wrapper"><section class="content">{content}</section></div>'
        '<footer class="main-footer"><strong>Copyright &copy; 2026 Pemerintah Kota Bekasi.</strong></footer></div>',
    )


@pytest.mark.parametrize(
    ("content", "quoted"),
    [
        pytest.param(
            '<div class="container-fluid">Warning: Undefined variable $total in /var/www/earsip/app/views/'
            "dashboard.php on line 31<h4>Selamat datang, Admin</h4><p>Arsip masuk bulan ini: 214 berkas.</p></div>",
            "Warning: Undefined variable $total",
            id="warning",
        ),
        pytest.param(
            '<div class="card"><div class="card-body">Deprecated: Function create_function() is deprecated in '
            "/var/www/earsip/system/helpers/x.php on line 12<h4>Selamat datang, Admin</h4><p>Arsip masuk bulan ini: "
            "214 berkas.</p></div></div>",
            "Deprecated: Function create_function() is deprecated",
            id="deprecated",
        ),
    ],
)
def test_a_php_warning_without_its_tags_at_the_start_of_its_block_is_a_printed_error(content: str, quoted: str) -> None:
    error = printed_error(parse_page(admin(content), URL))
    assert error is not None and not error.whole
    assert quoted in error.evidence


def test_a_guides_paragraph_that_quotes_a_php_warning_is_no_printed_error() -> None:
    guide = (
        "<article><h2>Catatan Migrasi ke PHP 8</h2><p>Warning: Undefined variable $total in /var/www/html/"
        "laporan.php on line 31</p><p>Pesan ini hilang setelah variabel diberi nilai awal di baris sebelumnya.</p>"
        "</article>"
    )
    assert printed_error(parse_page(pages.department(main=guide), URL)) is None


FAQ = (
    "<h2>FAQ Helpdesk SIMPEG</h2><h3>cURL error 28: Operation timed out</h3><p>Koneksi ke server BKN lambat; coba "
    "lagi beberapa saat lagi.</p><h3>SQLSTATE[HY000] [1040] Too many connections</h3><p>Server sedang ramai pada jam "
    "sibuk. Coba login di luar jam 08.00–09.00.</p><h3>Target class [PegawaiController] does not exist</h3><p>Sudah "
    "diperbaiki pada versi 2.4.1.</p><h3>Bagaimana mengganti kata sandi?</h3><p>Gunakan menu Profil.</p>"
)
STATUS_LOG = (
    "<h2>Status Layanan</h2><table class='status'><tr><td>01/12/2026 14.33</td><td>e-Retribusi</td><td>SQLSTATE[HY000]"
    " [1040] Too many connections</td><td>Selesai</td></tr><tr><td>28/11/2026 09.05</td><td>SIPD</td><td>cURL error 28:"
    " Connection timed out</td><td>Selesai</td></tr></table><p>Seluruh layanan saat ini berjalan normal.</p>"
)

STATUS_ROWS = "<h2>Status Layanan</h2>" + "".join(
    f'<div class="incident"><span class="tgl">{when}</span> <span class="svc">{service}</span> <span class="msg">'
    f'{said}</span> <span class="badge bg-success">Selesai</span></div>'
    for when, service, said in (
        ("28/11/2026 09.05", "SIPD", "cURL error 28: Connection timed out after 10000 milliseconds"),
        ("25/11/2026 22.40", "PPID", "SQLSTATE[HY000] [2002] Connection refused"),
    )
)


@pytest.mark.parametrize(
    "listing",
    [
        pytest.param(FAQ, id="faq-headings"),
        pytest.param(STATUS_LOG, id="status-log-without-header"),
        pytest.param(STATUS_ROWS, id="status-log-of-spans"),
    ],
)
def test_errors_a_faq_heads_or_a_status_log_lists_are_not_printed(listing: str) -> None:
    assert printed_error(parse_page(pages.department(main_extra=listing), URL)) is None


@pytest.mark.parametrize(
    ("printed", "quoted"),
    [
        pytest.param(
            "<div class='alert alert-danger'><h4>SQLSTATE[HY000] [2002] Connection refused</h4><p>Silakan hubungi "
            "admin aplikasi.</p></div>",
            "SQLSTATE[HY000] [2002] Connection refused",
            id="one-heading-in-an-alert",
        ),
        pytest.param(
            "<table class='table'><tr><td>1</td><td>Rapat koordinasi</td><td>1 Desember 2026</td></tr><tr>"
            "<td colspan='3'>SQLSTATE[HY000] [2002] Connection refused</td></tr></table>",
            "SQLSTATE[HY000] [2002] Connection refused",
            id="row-of-one-cell-in-a-table-without-header",
        ),
        pytest.param(
            "<div class='alert alert-danger'><span class='icon'>!</span> <span class='label'>Gagal memuat agenda:"
            "</span> <span class='msg'>SQLSTATE[HY000] [2002] Connection refused</span></div>",
            "SQLSTATE[HY000] [2002] Connection refused",
            id="one-row-of-spans",
        ),
    ],
)
def test_an_error_in_a_heading_of_its_own_or_a_row_of_its_own_is_still_printed(printed: str, quoted: str) -> None:
    error = printed_error(parse_page(pages.in_sidebar(printed), URL))
    assert error is not None and not error.whole
    assert quoted in error.evidence
