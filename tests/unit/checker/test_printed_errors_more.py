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
        # Of the thirtieth round (test_printed_errors_session30.py).
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
        # Of the thirtieth round.
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
