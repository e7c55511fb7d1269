"""An error printed in one card of a queue display or a dashboard, the other cards going on (twelfth round of
December 2026), through a whole check: the application rendered, so the error is a finding (``galat_aplikasi_tampil``)
quoted up to the next card's heading, not the whole page's error. A page that is nothing but the error under
headings of its own (an error box's "Hubungi administrator") is still the error's page. Real HTTP servers on
127.0.0.1."""

from __future__ import annotations

import pytest
from checker_servers import assert_stand_in, served_yesterday
from vendor_pages import days_ago, tanggal

CODE = "galat_aplikasi_tampil"


def _queue_display(first_card: str) -> str:
    """A service office's queue display: the office's name, three counters' cards and a running text."""
    today = tanggal(days_ago(0), with_weekday=True)
    return f"""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8"><title>Antrean Disdukcapil Kota Bekasi</title>
<link rel="stylesheet" href="/assets/css/bootstrap.min.css"></head>
<body class="bg-dark">
<div class="container-fluid">
  <div class="header text-center"><img src="/assets/img/logo-bekasi.png" alt="Logo Kota Bekasi">
    <h1>Sistem Antrean Disdukcapil Kota Bekasi</h1><p class="tanggal">{today}</p></div>
  <div class="row">
    <div class="col-md-4"><div class="card"><h3>Antrean Loket 1</h3>{first_card}</div></div>
    <div class="col-md-4"><div class="card"><h3>Antrean Loket 2</h3><p class="nomor">A-012</p>
      <p>Perekaman KTP Elektronik</p></div></div>
    <div class="col-md-4"><div class="card"><h3>Antrean Loket 3</h3><p class="nomor">B-004</p>
      <p>Akta Kelahiran dan Kematian</p></div></div>
  </div>
  <marquee>Selamat datang di Dinas Kependudukan dan Pencatatan Sipil Kota Bekasi. Budayakan antre, siapkan
  berkas persyaratan sebelum dipanggil. Pelayanan tidak dipungut biaya.</marquee>
</div>
<script src="/assets/js/antrean.js"></script>
</body></html>"""


DASHBOARD = """<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8"><title>Dashboard Kinerja Bappelitbangda</title></head>
<body>
<nav class="navbar"><a href="/">Beranda</a> <a href="/kinerja">Kinerja</a> <a href="/anggaran">Anggaran</a></nav>
<div class="container"><h2>Dashboard Kinerja Bappelitbangda Kota Bekasi</h2>
<div class="row">
  <div class="card"><div class="card-header"><h3>Realisasi Anggaran 2026</h3></div><div class="card-body">
  Warning: pg_connect(): Unable to connect to PostgreSQL server: could not connect to server: Connection refused in
  /var/www/dashboard/inc/db.php on line 8
  </div></div>
  <div class="card"><div class="card-header"><h3>Capaian Indikator Kinerja</h3></div><div class="card-body">
  <table><tr><th>Indikator</th><th>Target</th><th>Realisasi</th></tr>
  <tr><td>Indeks Pembangunan Manusia</td><td>82,10</td><td>81,95</td></tr>
  <tr><td>Tingkat Pengangguran Terbuka</td><td>7,50%</td><td>7,62%</td></tr></table></div></div>
</div></div>
<footer>Bappelitbangda Kota Bekasi &copy; 2026</footer>
</body></html>"""


@pytest.mark.parametrize(
    ("html", "quoted"),
    [
        pytest.param(
            _queue_display(
                "<br />\n<b>Warning</b>:  mysqli_connect(): (HY000/2002): Connection refused in "
                "<b>/var/www/antrian/config.php</b> on line <b>12</b><br />\n<p class='nomor'>-</p>"
            ),
            "mysqli_connect(): (HY000/2002): Connection refused",
            id="queue-mysqli-connect-warning",
        ),
        pytest.param(
            _queue_display("SQLSTATE[HY000] [2002] Connection refused"),
            "SQLSTATE[HY000] [2002] Connection refused",
            id="queue-pdo-open-ended",
        ),
        pytest.param(
            _queue_display("<p>Koneksi database gagal: Connection refused</p>"),
            "Koneksi database gagal: Connection refused",
            id="queue-die",
        ),
        pytest.param(
            _queue_display("<div class='alert'>Error: Too many connections</div>"),
            "Too many connections",
            id="queue-too-many-connections",
        ),
        pytest.param(DASHBOARD, "pg_connect(): Unable to connect to PostgreSQL server", id="dashboard-pg-connect"),
    ],
)
def test_an_error_in_one_card_among_others_is_a_finding_quoted_to_the_next_card(site, html: str, quoted: str) -> None:  # type: ignore[no-untyped-def]
    event = served_yesterday(site, html)
    assert (event.availability, event.reason) == ("aktif", None)
    [finding] = [f for f in event.findings if f.code == CODE]
    assert quoted in finding.evidence
    # The quote stops where the next card starts: its heading is not part of the error.
    assert "Antrean Loket 2" not in finding.evidence
    assert "Capaian Indikator" not in finding.evidence


@pytest.mark.parametrize(
    ("html", "quoted"),
    [
        pytest.param(
            """<html><head><title>SIAP Antrean</title></head><body><h3>Sistem Informasi Antrean</h3>
<p>Koneksi database gagal: Connection refused</p><h4>Silakan hubungi Diskominfo Kota Bekasi</h4></body></html>""",
            "Koneksi database gagal",
            id="die-under-headings-of-its-own",
        ),
        pytest.param(
            """<html><head><title>SIAP Antrean</title></head><body><div class="box">
<h3>Terjadi Kesalahan Database</h3><p>SQLSTATE[HY000] [2002] Connection refused</p>
<h4>Hubungi administrator sistem</h4></div></body></html>""",
            "SQLSTATE[HY000] [2002] Connection refused",
            id="error-box-with-its-own-headings",
        ),
    ],
)
def test_a_page_of_nothing_but_the_error_under_its_own_headings_is_still_the_error(
    site, html: str, quoted: str
) -> None:  # type: ignore[no-untyped-def]
    assert_stand_in(served_yesterday(site, html), "galat_aplikasi", quoted)


def test_a_queue_display_whose_every_card_prints_the_error_is_the_error(site) -> None:  # type: ignore[no-untyped-def]
    failed = "<p>Koneksi database gagal: Connection refused</p>"
    html = (
        _queue_display(failed)
        .replace('<p class="nomor">A-012</p>', failed)
        .replace('<p class="nomor">B-004</p>', failed)
    )
    assert_stand_in(served_yesterday(site, html), "galat_aplikasi", "Koneksi database gagal")
