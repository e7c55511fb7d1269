"""A PHP warning printed as plain text (``html_errors`` off: no ``<b>``, no ``<br />``) in one AdminLTE small-box of
a queue display, the other boxes showing their numbers (session 31, red team's cards): the application rendered, so
the warning is a finding (``galat_aplikasi_tampil``) as its ``<b>Warning</b>`` form already was, not the page's
error read from the "Access denied" within it. PHP's message starts the paragraph the application opened for the
box's number (``<p>Warning: …``). A page that is the error alone (a warning then the fatal error, and nothing of the
application) is still the error's.
Real HTTP servers on 127.0.0.1."""

from __future__ import annotations

import pytest
from checker_servers import assert_stand_in, served_yesterday
from vendor_pages import days_ago, tanggal

CODE = "galat_aplikasi_tampil"
ACCESS_DENIED = (
    "Warning: mysqli_connect(): (HY000/1045): Access denied for user 'antrian'@'localhost' (using password: YES) in "
    "/var/www/html/antrian/koneksi.php on line 4"
)
GONE_AWAY = "Warning: mysqli_query(): MySQL server has gone away in /var/www/html/antrian/display.php on line 41"


def _small_boxes(boxes: list[tuple[str, str]]) -> str:
    """An AdminLTE queue display for the waiting room's screen: the sidebar and header of the theme, a small-box per
    counter (no link to a detail: nobody clicks a screen), the footer."""
    today = tanggal(days_ago(0), with_weekday=True)
    cards = "".join(
        f'<div class="col-md-{12 // len(boxes)}"><div class="small-box bg-info"><div class="inner">'
        f'<h4>{counter}</h4><p>{number}</p></div><div class="icon"><i class="fas fa-users"></i></div></div></div>'
        for counter, number in boxes
    )
    return f"""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8"><title>Display Antrean - Disdukcapil Kota Bekasi</title>
<link rel="stylesheet" href="/assets/css/adminlte.min.css"></head>
<body class="hold-transition sidebar-mini"><div class="wrapper">
<nav class="main-header navbar"><a class="nav-link" href="/">Beranda</a><a class="nav-link" href="/antrean">Antrean</a>
<a class="nav-link" href="/laporan">Laporan</a></nav>
<aside class="main-sidebar"><a href="/dashboard">Dashboard</a><a href="/loket">Loket</a>
<a href="/statistik">Statistik</a><a href="/bantuan">Bantuan</a></aside>
<div class="content-wrapper"><section class="content"><div class="container-fluid">
<h1>Display Antrean</h1><p class="tanggal">{today}</p><div class="row">{cards}</div>
</div></section></div>
<footer class="main-footer">&copy; 2026 Disdukcapil Kota Bekasi. Versi 2.4.1</footer></div>
</body></html>"""


@pytest.mark.parametrize(
    ("boxes", "quoted"),
    [
        pytest.param(
            [("Loket 1", "A-023"), ("Loket 2", ACCESS_DENIED), ("Loket 3", "C-004")],
            "mysqli_connect(): (HY000/1045): Access denied",
            id="access-denied-between-two-boxes",
        ),
        pytest.param(
            [("Loket 1", "A-023"), ("Loket 2", ACCESS_DENIED)],
            "mysqli_connect(): (HY000/1045)",
            id="access-denied-last",
        ),
        pytest.param(
            [("Loket 1", "A-023"), ("Loket 2", GONE_AWAY)], "MySQL server has gone away", id="query-gone-away-last"
        ),
    ],
)
def test_a_plain_php_warning_in_one_small_box_is_a_finding(site, boxes: list[tuple[str, str]], quoted: str) -> None:  # type: ignore[no-untyped-def]
    event = served_yesterday(site, _small_boxes(boxes))
    assert (event.availability, event.reason) == ("aktif", None)
    [finding] = [f for f in event.findings if f.code == CODE]
    assert quoted in finding.evidence


def test_a_small_box_display_with_every_number_has_no_finding(site) -> None:  # type: ignore[no-untyped-def]
    event = served_yesterday(site, _small_boxes([("Loket 1", "A-023"), ("Loket 2", "B-011"), ("Loket 3", "C-004")]))
    assert (event.availability, event.reason, list(event.findings)) == ("aktif", None, [])


def test_a_page_of_a_plain_warning_then_the_fatal_error_alone_is_still_the_error(site) -> None:  # type: ignore[no-untyped-def]
    html = (
        "<!DOCTYPE html><html><head><title>Antrean</title></head><body>"
        f"<p>{ACCESS_DENIED}</p><p>Fatal error: Uncaught mysqli_sql_exception: Access denied for user "
        "'antrian'@'localhost' (using password: YES) in /var/www/html/antrian/koneksi.php:4 Stack trace: #0 {main} "
        "thrown in /var/www/html/antrian/koneksi.php on line 4</p></body></html>"
    )
    assert_stand_in(served_yesterday(site, html), "galat_aplikasi", "Access denied for user")
