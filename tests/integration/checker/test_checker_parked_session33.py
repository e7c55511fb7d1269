"""A registrar's, a hosting's and Apache's pages in the application's place, through a real HTTP server on 127.0.0.1
(session 33).

An Indonesian registrar's tiny page for a parked domain under the domain's name, an Indonesian hosting's page for a
site over its monthly bandwidth, and Apache's listing of a folder under the department's own header file (no
"Index of /" heading): each was read as the application, fresh by its Last-Modified. The department's own news of
parking, of its domain and of the city's bandwidth, and its portal's table of documents, stay the application.
"""

from __future__ import annotations

import pytest
from checker_servers import FakeSite, assert_stand_in_then_aktif
from vendor_pages import Site, department_page, news_since

REGISTRAR_PARKED = (
    '<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>Domain Parkir</title>'
    '<meta name="viewport" content="width=device-width, initial-scale=1"><style>body{font-family:Arial,sans-serif;'
    "text-align:center;background:#f7f7f7}.container{margin:120px auto;max-width:560px}</style></head>"
    '<body><div class="container"><h1>sipandu-bekasi.id</h1><h2>Domain Parkir</h2><p>Domain ini telah didaftarkan '
    "dan sedang diparkir oleh pemiliknya. Website belum tersedia.</p><p>Didaftarkan melalui "
    '<a href="https://www.rumahweb.com">Rumahweb Indonesia</a>.</p></div></body></html>'
)
HOSTING_OVER_BANDWIDTH = (
    '<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>Batas Bandwidth Terlampaui</title></head>'
    "<body><h1>Batas Bandwidth Terlampaui</h1><p>Website ini telah melebihi kuota bandwidth bulanan. Silakan coba "
    "kembali nanti atau hubungi pemilik website.</p></body></html>"
)
APACHE_UNDER_HEADER = (
    '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2 Final//EN">\n<html>\n <head>\n  <title>Index of /</title>\n </head>\n'
    ' <body>\n<div class="header"><img src="/logo-pemkot.png" alt="Pemkot Bekasi"><h2>Repositori Dokumen '
    "Bappelitbangda Kota Bekasi</h2><p>Silakan unduh dokumen perencanaan di bawah ini.</p></div>\n  <table>\n"
    '   <tr><th valign="top"><img src="/icons/blank.gif" alt="[ICO]"></th><th><a href="?C=N;O=D">Name</a></th>'
    '<th><a href="?C=M;O=A">Last modified</a></th><th><a href="?C=S;O=A">Size</a></th>'
    '<th><a href="?C=D;O=A">Description</a></th></tr>\n   <tr><th colspan="5"><hr></th></tr>\n'
    '<tr><td valign="top"><img src="/icons/back.gif" alt="[PARENTDIR]"></td><td><a href="/">Parent Directory</a>'
    '</td><td>&nbsp;</td><td align="right">  - </td><td>&nbsp;</td></tr>\n'
    '<tr><td valign="top"><img src="/icons/layout.gif" alt="[   ]"></td><td><a href="RKPD-2027.pdf">RKPD-2027.pdf</a>'
    '</td><td align="right">2026-12-03 10:00  </td><td align="right">4.2M</td><td>&nbsp;</td></tr>\n'
    '<tr><td valign="top"><img src="/icons/folder.gif" alt="[DIR]"></td><td><a href="renja/">renja/</a></td>'
    '<td align="right">2026-11-20 08:00  </td><td align="right">  - </td><td>&nbsp;</td></tr>\n'
    '   <tr><th colspan="5"><hr></th></tr>\n</table>\n'
    "<address>Apache/2.4.62 (Debian) Server at dokumen.bappelitbangda.bekasikota.go.id Port 443</address>\n"
    "</body></html>"
)

PARKING_NEWS = department_page(
    Site(
        news=news_since((1, 4, 9, 15, 22)),
        main_extra="<section><h2>Retribusi Parkir Kini Bisa Dibayar Daring</h2><p>Domain ini telah terdaftar di "
        "Kominfo sebagai kanal resmi pembayaran retribusi parkir tepi jalan umum. Parkir berlangganan menyusul "
        "pada Januari 2027.</p></section>",
    )
)
BANDWIDTH_NEWS = department_page(
    Site(
        news=news_since((1, 4, 9, 15, 22)),
        main_extra="<section><h2>Batas Bandwidth Terlampaui, Internet RW Dievaluasi</h2><p>Sejumlah titik internet RW "
        "melebihi kuota bandwidth bulanan; Diskominfo menambah kapasitas menjadi 50 Mbps.</p></section>",
    )
)
PPID_TABLE = department_page(
    Site(
        title="Index of Dokumen Publik - PPID Kota Bekasi",
        news=news_since((1, 4, 9)),
        main_extra='<h1>Index of Dokumen Publik</h1><table class="table"><thead><tr><th>Name</th><th>Last modified'
        '</th><th>Size</th></tr></thead><tbody><tr><td><a href="/ppid/dip-2026.pdf">Daftar Informasi Publik 2026</a>'
        "</td><td>2026-12-01</td><td>1.2M</td></tr></tbody></table>",
    )
)


@pytest.mark.parametrize(
    ("html", "reason", "quoted", "look_alike"),
    [
        pytest.param(REGISTRAR_PARKED, "domain_parkir", "Domain Parkir", PARKING_NEWS, id="registrar-parked"),
        pytest.param(
            HOSTING_OVER_BANDWIDTH, "halaman_bawaan", "Batas Bandwidth Terlampaui", BANDWIDTH_NEWS, id="over-bandwidth"
        ),
        pytest.param(APACHE_UNDER_HEADER, "daftar_direktori", "Index of /", PPID_TABLE, id="apache-under-header"),
    ],
)
def test_a_registrars_a_hostings_or_apaches_page_is_down_and_the_departments_page_in_its_words_is_not(
    html: str, reason: str, quoted: str, look_alike: str
) -> None:
    with FakeSite() as site:
        assert_stand_in_then_aktif(site, html, reason, quoted, look_alike)
