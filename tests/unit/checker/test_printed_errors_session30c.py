"""Errors and notices of the thirtieth round's third look, on the pure core.

A data table without a header whose one row holds the error of its query ("Unknown column 'p.nik_kk' in 'field
list'") between rows of data prints it: the application went on to the next rows, and the page is still the
application's. A status page's past incidents drawn as dated blocks ("<h4>3 Des 2026 – SIPD tidak dapat
diakses</h4><p>Penyebab: SQLSTATE[HY000] …</p>") and a quiz's "Apa yang dimaksud dengan …?" only mention theirs.
A notice of maintenance under an application's navbar that labels its server "Active" and a footer that labels the
account "Aktif" is the notice: those labels are the site's chrome, not rows of a status list.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from page_kinds import assert_kind, kind_of

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "integration" / "checker"))
import error_pages as pages
from vendor_pages import days_ago, tanggal

from pantau_checker.core.page import parse_page
from pantau_checker.core.page_kind import PageKind, printed_error

URL = "https://sibansos.bekasikota.go.id/"

RECIPIENTS = (
    ("Siti Aminah", "Kel. Margahayu", "BPNT", "Disalurkan"),
    ("Ahmad Fauzi", "Kel. Margahayu", "BPNT", "Disalurkan"),
    ("Dewi Lestari", "Kel. Kayuringin Jaya", "PKH", "Disalurkan"),
    ("Rudi Hartono", "Kel. Marga Jaya", "BPNT", "Diproses"),
    ("Nur Hasanah", "Kel. Margahayu", "PKH", "Disalurkan"),
)


def recipients(failed_row: str, at: int = 3) -> str:
    """Return a small data application's list of recipients as its vendor wrote it, ``failed_row`` after row ``at``."""
    rows = [
        f"<tr><td>{n}</td><td>{name}</td><td>{where}</td><td>{kind}</td><td>{state}</td></tr>"
        for n, (name, where, kind, state) in enumerate(RECIPIENTS, 1)
    ]
    rows.insert(at, failed_row)
    return f"""<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">
<title>Data Penerima Bansos - Dinsos Kota Bekasi</title><link rel="stylesheet" href="/assets/css/bootstrap.min.css">
</head><body><nav class="navbar"><a class="navbar-brand" href="/">SIBANSOS</a><a href="/data">Data</a>
<a href="/rekap">Rekap</a> <a href="/logout">Keluar</a></nav>
<div class="container"><h2>Data Penerima Bantuan Sosial Tahun {days_ago(0).year}</h2>
<table class="table table-striped"><tbody>{"".join(rows)}</tbody></table>
<p class="text-muted">Menampilkan 1 sampai 5 dari 1.204 data</p></div>
<script src="/assets/js/jquery.min.js"></script></body></html>"""


@pytest.mark.parametrize(
    ("failed_row", "quoted"),
    [
        pytest.param(
            "<tr><td>4</td><td colspan=4>Error Number: 1054<br>Unknown column 'p.nik_kk' in 'field list'<br>"
            "SELECT p.nama, p.nik_kk FROM penerima p</td></tr>",
            "Unknown column 'p.nik_kk' in 'field list'",
            id="codeigniter-lines-in-a-cell",
        ),
        pytest.param(
            "<tr><td>4</td><td colspan=4>Unknown column 'p.nik_kk' in 'field list'</td></tr>",
            "Unknown column 'p.nik_kk' in 'field list'",
            id="mysql-message-in-a-cell",
        ),
        pytest.param(
            "<tr><td colspan=5>SQLSTATE[HY000] [2002] Connection refused (SQL: select * from `penerima` where "
            "`kelurahan_id` = 12 limit 10 offset 5)</td></tr>",
            "SQLSTATE[HY000] [2002] Connection refused",
            id="laravel-query-in-a-row",
        ),
    ],
)
def test_one_rows_error_between_rows_of_data_is_printed_on_the_application(failed_row: str, quoted: str) -> None:
    page = parse_page(recipients(failed_row), URL)
    error = printed_error(page)
    assert error is not None and not error.whole
    assert quoted in error.evidence
    assert kind_of(recipients(failed_row)) == PageKind("aplikasi")


def test_an_error_as_the_last_row_of_a_data_table_is_still_the_whole_page() -> None:
    # The query of the last rows failed and the application stopped there: nothing after it says it went on.
    failed = "<tr><td colspan=5>SQLSTATE[HY000] [2002] Connection refused</td></tr>"
    error = printed_error(parse_page(recipients(failed, at=5), URL))
    assert error is not None and error.whole


def incidents(*entries: tuple[int, str, str]) -> str:
    """Return a status section of past incidents, each a block headed by its date."""
    return "<h2>Riwayat Insiden</h2>" + "".join(
        f'<div class="incident"><h4>{tanggal(days_ago(ago))} – {title}</h4><p>{said}</p></div>'
        for ago, title, said in entries
    )


INCIDENTS = incidents(
    (2, "SIPD tidak dapat diakses", "Penyebab: SQLSTATE[HY000] [1040] Too many connections. Status: Resolved."),
    (7, "E-KINERJA lambat", "Penyebab: 504 Gateway Time-out dari server BKN. Status: Resolved."),
)
QUIZ = (
    '<h2>Latihan Soal TIK Kelas 9</h2><ol><li>Jelaskan arti pesan "404 Not Found" pada peramban!</li>'
    "<li>Apa yang dimaksud dengan \"Access denied for user 'root'@'localhost'\"?</li></ol>"
)


@pytest.mark.parametrize(
    "mention",
    [pytest.param(INCIDENTS, id="dated-incident-blocks"), pytest.param(QUIZ, id="quiz-apa-yang-dimaksud")],
)
def test_a_status_pages_dated_incidents_and_a_quizs_question_only_mention_errors(mention: str) -> None:
    assert printed_error(parse_page(pages.department(main_extra=mention), URL)) is None


def test_an_error_in_undated_blocks_of_the_same_class_is_still_printed() -> None:
    # A dashboard's panels, each headed by what it shows: one of them printed its query's error.
    panels = (
        '<div class="panel"><h4>Jumlah Pegawai</h4><p>4.812 orang</p></div><div class="panel"><h4>Pengajuan Cuti'
        "</h4><p>SQLSTATE[42S02]: Base table or view not found: 1146 Table 'simpeg.cuti' doesn't exist</p></div>"
    )
    error = printed_error(parse_page(pages.in_sidebar(panels), URL))
    assert error is not None and "SQLSTATE[42S02]" in error.evidence


ADMINLTE_NOTICE = """<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">
<title>SIMPEG - BKPSDM Kota Bekasi</title><link rel="stylesheet" href="/assets/css/adminlte.min.css"></head>
<body class="hold-transition layout-top-nav"><nav class="main-header navbar">
<a href="/" class="brand-link">SIMPEG BKPSDM</a>
<span class="ml-auto">Server: <span class="badge badge-success">Active</span> | Versi 3.2.1</span></nav>
<div class="content-wrapper"><div class="container"><div class="card card-warning"><div class="card-header">
<h3 class="card-title">Pemberitahuan</h3></div><div class="card-body"><h4>Sistem Sedang Dalam Pemeliharaan</h4>
<p>Mohon maaf, SIMPEG sedang dalam pemeliharaan (maintenance) untuk peningkatan kapasitas server. Layanan akan kembali
normal pukul 16.00 WIB. Terima kasih atas pengertiannya.</p></div></div></div></div>
<footer class="main-footer">Status akun: <span class="badge badge-success">Aktif</span> &copy; {year} BKPSDM Kota Bekasi
</footer></body></html>"""
HEADER_STATUSES_NOTICE = """<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">
<title>E-Aset - BPKAD Kota Bekasi</title></head>
<body><header><h1>E-Aset BPKAD</h1><ul class="status"><li>Database: <b>Active</b></li><li>API: <b>Resolved</b>
</li></ul></header><main><h2>Under Maintenance</h2><p>We are currently performing scheduled maintenance. The
application will be back shortly.</p></main><footer>&copy; {year} BPKAD Kota Bekasi</footer></body></html>"""


@pytest.mark.parametrize(
    ("html", "quoted"),
    [
        pytest.param(ADMINLTE_NOTICE, "Sedang Dalam Pemeliharaan", id="badges-in-navbar-and-footer"),
        pytest.param(HEADER_STATUSES_NOTICE, "Under Maintenance", id="statuses-in-the-header"),
    ],
)
def test_a_notice_under_status_labels_in_the_sites_chrome_stays_a_notice(html: str, quoted: str) -> None:
    assert_kind(html.format(year=days_ago(0).year), "dalam_pemeliharaan", quoted)
