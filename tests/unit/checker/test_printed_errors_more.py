"""Errors printed into a page that still renders, as more stacks print them: a failed MySQL query's
own message (mysqli_error), CodeIgniter's database error above the layout, an Express app's stack
trace in development mode, classic ASP's OLE DB and ADODB errors, Twig's. And pages that only mention such words,
a PHP message quoted inside a sentence among them."""

from __future__ import annotations

import pytest

from pantau_checker.core.page import parse_page
from pantau_checker.core.page_kind import printed_error

URL = "https://dinkes.bekasikota.go.id/"
MENU = "".join(f'<li><a href="/{m.lower()}/">{m}</a></li>' for m in ("Beranda", "Profil", "Berita", "Layanan", "PPID"))
NEWS = "".join(
    f'<div class="berita"><h3><a href="/berita/{i}">Posyandu Kelurahan {i} melayani imunisasi</a></h3>'
    f"<p>Kegiatan rutin di wilayah Bekasi Timur.</p></div>"
    for i in range(8)
)


def page(widget: str) -> str:
    """Return a department's page with ``widget`` where a sidebar's list of announcements should be."""
    return (
        "<html><head><title>Dinas Kesehatan Kota Bekasi</title></head><body>"
        f'<nav><ul class="menu">{MENU}</ul></nav><main>{NEWS}</main>'
        f'<aside class="sidebar"><h3>Pengumuman</h3>{widget}</aside>'
        "<footer><p>&copy; 2026 Dinas Kesehatan Kota Bekasi</p></footer></body></html>"
    )


@pytest.mark.parametrize(
    ("widget", "quoted"),
    [
        pytest.param(
            "You have an error in your SQL syntax; check the manual that corresponds to your MariaDB server version "
            "for the right syntax to use near 'ORDER BY tanggal DESC LIMIT 5' at line 1",
            "You have an error in your SQL syntax",
            id="mysql-syntax",
        ),
        pytest.param(
            "Error: Unknown column 'tgl_posting' in 'order clause'", "Unknown column 'tgl_posting'", id="unknown-column"
        ),
        pytest.param(
            "Query gagal: Table 'db_dinkes.pengumuman' doesn't exist",
            "Table 'db_dinkes.pengumuman' doesn't exist",
            id="missing-table",
        ),
        pytest.param(
            '<div id="container"><h1>A Database Error Occurred</h1><p>Error Number: 1054</p>'
            "<p>Unknown column 'aktif' in 'where clause'</p><p>SELECT * FROM pengumuman WHERE aktif = 1</p>"
            "<p>Filename: models/Pengumuman_model.php</p><p>Line Number: 21</p></div>",
            "A Database Error Occurred",
            id="codeigniter-database-error",
        ),
        pytest.param(
            "<pre>TypeError: Cannot read properties of undefined (reading 'map')\n"
            "    at /srv/app/routes/pengumuman.js:18:27\n"
            "    at Layer.handle [as handle_request] (/srv/app/node_modules/express/lib/router/layer.js:95:5)</pre>",
            "TypeError: Cannot read properties of undefined",
            id="express-stack-trace",
        ),
        pytest.param(
            "<font face='Arial' size=2><p>Microsoft OLE DB Provider for ODBC Drivers</font> <font face='Arial' size=2>"
            "error '80004005'</font><p><font face='Arial' size=2>[Microsoft][ODBC SQL Server Driver][DBNETLIB]"
            "SQL Server does not exist or access denied.</font><p><font face='Arial' size=2>/pengumuman/default.asp"
            "</font><font face='Arial' size=2>, line 12</font>",
            "Microsoft OLE DB Provider for ODBC Drivers error '80004005'",
            id="classic-asp-ole-db",
        ),
        pytest.param(
            "<font face='Arial' size=2><p>ADODB.Recordset</font> <font face='Arial' size=2>error '800a0e78'</font>"
            "<p><font face='Arial' size=2>Operation is not allowed when the object is closed.</font>",
            "ADODB.Recordset error '800a0e78'",
            id="classic-asp-adodb",
        ),
        pytest.param(
            '<p>Twig\\Error\\RuntimeError: Variable "pengumuman" does not exist in "sidebar.html.twig" at line 12.</p>',
            "Twig\\Error\\RuntimeError",
            id="twig-runtime-error",
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
        "<p>Pelatihan SQL untuk operator: memperbaiki kesalahan sintaks pada kueri basis data.</p>",
        "<p>Error: formulir belum lengkap, silakan isi kolom NIK.</p>",
        "<p>Tabel rekap imunisasi belum tersedia untuk bulan ini.</p>",
        "<p>Unknown column? Lihat panduan migrasi data di halaman PPID.</p>",
        "<pre>Error: data tidak ditemukan di /berita/arsip</pre>",
        "<p>Kode galat error '8' pada formulir berarti NIK kurang dari 16 digit.</p>",
        "<p>Templat Twig dan Blade dibahas pada pelatihan programmer OPD.</p>",
        # A training's write-up that quotes PHP's message inside its sentence: PHP starts each on a line.
        "<p>Pesan Warning: Undefined variable $nama in /var/www/html/index.php on line 5 muncul karena variabel "
        "belum dibuat.</p>",
        "<p>Jika tampil <b>Notice</b>: Undefined index: id in <b>/var/www/html/berita.php</b> on line <b>7</b>, "
        "periksa parameter alamatnya.</p>",
    ],
)
def test_a_page_that_only_uses_such_words_has_no_printed_error(widget: str) -> None:
    assert printed_error(parse_page(page(widget), URL)) is None
