"""A database out of reach, as the code that failed to connect says it: a PHP application's die() in
Indonesian or as the tutorials write it in English ("Connection failed: …"), MySQL's client errors,
PHP's pg_connect(). As the whole page, or where the theme's content should be (its header, menu and
footer printed, the content replaced by the message), the page is the error (galat_aplikasi); printed
inside a page that still renders, it is a finding and the page stays the application.

The look-alikes: a question that a help page asks, a login page's help after its name, and news of a
database connected to another office's.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from page_kinds import assert_kind

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "integration" / "checker"))
from stand_in_pages_real_web import Portal, department, portal_page, small

from pantau_checker.core.page import parse_page
from pantau_checker.core.page_kind import PageKind, classify, printed_error

URL = "https://simpeg.bekasikota.go.id/"
MESSAGES = [
    "Gagal koneksi ke database: Access denied for user 'simpeg'@'localhost' (using password: YES)",
    "Database tidak terhubung",
    "Error koneksi database",
    "Maaf, terjadi kesalahan koneksi database.",
    "Connection failed: Connection refused",
    "Connection failed: Access denied for user 'root'@'localhost' (using password: NO)",
    "Could not connect to database",
    "ERROR: Could not connect. Too many connections",
    "Database connection failed",
    "Unable to connect to PostgreSQL server: could not connect to server: Connection refused",
    "Can't connect to MySQL server on 'localhost' (10061)",
]


@pytest.mark.parametrize("message", MESSAGES)
def test_a_database_out_of_reach_as_the_whole_page_is_galat_aplikasi(message: str) -> None:
    # MySQL's own words are quoted where the page has them: what the administrator searches for.
    quoted = "Access denied for user" if "Access denied" in message else message[:20]
    assert_kind(message, "galat_aplikasi", quoted)
    assert_kind(small("SIMPEG Kota Bekasi", f"<p>{message}</p>"), "galat_aplikasi", quoted)


@pytest.mark.parametrize("message", [*MESSAGES, "Error establishing a database connection"])
def test_a_database_out_of_reach_where_the_themes_content_should_be_is_galat_aplikasi(message: str) -> None:
    assert_kind(department(main=f"<p>{message}</p>"), "galat_aplikasi", message[:20])
    assert_kind(portal_page(Portal(main=f'<div class="content">{message}</div>')), "galat_aplikasi", message[:20])


@pytest.mark.parametrize(
    "message",
    [
        "Warning: pg_connect(): Unable to connect to PostgreSQL server: could not connect to server: Connection"
        " refused",
        "Can't connect to MySQL server on '10.10.1.5' (110)",
    ],
)
def test_a_database_error_printed_in_a_page_that_still_renders_is_a_finding(message: str) -> None:
    page = parse_page(department(main_extra=f"<div class='widget-agenda'>{message}</div>"), URL)
    assert classify(page, 200) == PageKind("aplikasi")
    error = printed_error(page)
    assert error is not None and not error.whole
    assert "connect to" in error.evidence


@pytest.mark.parametrize(
    "html",
    [
        pytest.param(
            department(
                main="<article><h1>Database tidak terhubung dengan Dukcapil? Begini caranya</h1><p>Buka menu"
                " Pengaturan, lalu pilih Sinkronisasi.</p></article>"
            ),
            id="a-help-pages-question",
        ),
        pytest.param(
            small(
                "Masuk – SIMPEG",
                '<h1>SIMPEG Kota Bekasi</h1><form action="/login" method="post"><input name="nip"><input'
                ' type="password" name="password"><button>Masuk</button></form><p>Bila muncul pesan "Koneksi database'
                ' gagal", hubungi Bidang Aplikasi Informatika.</p>',
            ),
            id="a-login-pages-help",
        ),
        pytest.param(
            department(
                main="<article><h1>Database Kependudukan Kini Terhubung dengan Puskesmas</h1><p>Disdukcapil dan"
                " Dinkes menghubungkan basis data kependudukan dengan 48 puskesmas.</p></article>"
            ),
            id="news-of-a-database-connected",
        ),
    ],
)
def test_a_page_that_speaks_of_a_database_connection_stays_the_application(html: str) -> None:
    assert classify(parse_page(html, URL), 200) == PageKind("aplikasi")
