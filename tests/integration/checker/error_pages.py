"""Errors printed into department pages as PHP, its debugger, frameworks and WordPress really print them,
maintenance notices as plugins and departments word them, and the department's own pages that use the
same words.

An error is printed where the code failed: inside a table cell, a sidebar's widget, a form's textarea, or
where the theme's content should be, after which PHP sends nothing more (a fatal error ends the page: no
sidebar, no footer). Each page is a whole department page (``vendor_pages.department_page``: its head, top
bar, menu, news, sidebar and footer), cut where the output stopped.
"""

# ruff: noqa: E501

from __future__ import annotations

from stand_in_pages_real_web import small
from vendor_pages import Site, department_page

_CUT = "<!--output stops here-->"


def department(**knobs: object) -> str:
    """Return a whole department page with the given ``Site`` knobs."""
    return department_page(Site(**knobs))  # type: ignore[arg-type]


def stopped_in_content(printed: str) -> str:
    """Return a department page whose output stopped where its content starts, with ``printed`` last."""
    html = department(main=_CUT)
    return html[: html.index(_CUT)] + printed


def stopped_in_sidebar(printed: str) -> str:
    """Return a department page whose news rendered and whose sidebar's first widget stopped the output."""
    html = department()
    at = html.index('<aside class="sidebar">')
    return html[:at] + '<aside class="sidebar">\n  <section class="widget"><h3>Agenda</h3>' + printed


def in_sidebar(printed: str) -> str:
    """Return a whole department page with ``printed`` in its sidebar, above the agenda's widget."""
    html = department()
    at = html.index('<aside class="sidebar">') + len('<aside class="sidebar">')
    return (
        html[:at] + f'\n  <section class="widget widget-pengumuman"><h3>Pengumuman</h3>{printed}</section>' + html[at:]
    )


# --- PHP 8 and xdebug --------------------------------------------------------------------------------

# xdebug 3 (xdebug.mode=develop, as a vendor's development server is set up, copied to production) prints
# its own table for every message: PHP's "\n<b>Warning</b>:" is not there, its message follows "( ! )".
XDEBUG_WARNING = """<br />
<font size='1'><table class='xdebug-error xe-warning' dir='ltr' border='1' cellspacing='0' cellpadding='1'>
<tr><th align='left' bgcolor='#f57900' colspan="5"><span style='background-color: #cc0000; color: #fce94f; font-size: x-large;'>( ! )</span> Warning: Undefined variable $pengumuman in /var/www/html/dinkes/views/sidebar.php on line <i>18</i></th></tr>
<tr><th align='left' bgcolor='#e9b96e' colspan='5'>Call Stack</th></tr>
<tr><th align='center' bgcolor='#eeeeec'>#</th><th align='left' bgcolor='#eeeeec'>Time</th><th align='left' bgcolor='#eeeeec'>Memory</th><th align='left' bgcolor='#eeeeec'>Function</th><th align='left' bgcolor='#eeeeec'>Location</th></tr>
<tr><td bgcolor='#eeeeec' align='center'>1</td><td bgcolor='#eeeeec' align='center'>0.0003</td><td bgcolor='#eeeeec' align='right'>362456</td><td bgcolor='#eeeeec'>{main}(  )</td><td title='/var/www/html/dinkes/index.php' bgcolor='#eeeeec'>.../index.php<b>:</b>0</td></tr>
<tr><td bgcolor='#eeeeec' align='center'>2</td><td bgcolor='#eeeeec' align='center'>0.0151</td><td bgcolor='#eeeeec' align='right'>1204880</td><td bgcolor='#eeeeec'>include( <font color='#00bb00'>'/var/www/html/dinkes/views/sidebar.php</font> )</td><td title='/var/www/html/dinkes/index.php' bgcolor='#eeeeec'>.../index.php<b>:</b>57</td></tr>
</table></font>
"""
XDEBUG_FATAL = """<br />
<font size='1'><table class='xdebug-error xe-uncaught-exception' dir='ltr' border='1' cellspacing='0' cellpadding='1'>
<tr><th align='left' bgcolor='#f57900' colspan="5"><span style='background-color: #cc0000; color: #fce94f; font-size: x-large;'>( ! )</span> Fatal error: Uncaught TypeError: count(): Argument #1 ($value) must be of type Countable|array, null given in /var/www/html/dinkes/views/berita.php on line <i>33</i></th></tr>
<tr><th align='left' bgcolor='#f57900' colspan="5"><span style='background-color: #cc0000; color: #fce94f; font-size: x-large;'>( ! )</span> TypeError: count(): Argument #1 ($value) must be of type Countable|array, null given in /var/www/html/dinkes/views/berita.php on line <i>33</i></th></tr>
<tr><th align='left' bgcolor='#e9b96e' colspan='5'>Call Stack</th></tr>
<tr><th align='center' bgcolor='#eeeeec'>#</th><th align='left' bgcolor='#eeeeec'>Time</th><th align='left' bgcolor='#eeeeec'>Memory</th><th align='left' bgcolor='#eeeeec'>Function</th><th align='left' bgcolor='#eeeeec'>Location</th></tr>
<tr><td bgcolor='#eeeeec' align='center'>1</td><td bgcolor='#eeeeec' align='center'>0.0002</td><td bgcolor='#eeeeec' align='right'>360720</td><td bgcolor='#eeeeec'>{main}(  )</td><td title='/var/www/html/dinkes/index.php' bgcolor='#eeeeec'>.../index.php<b>:</b>0</td></tr>
</table></font>
"""
# A guide for the department's programmers that shows the same table's words, each introduced as an example.
XDEBUG_GUIDE = department(
    main="""<article class="post"><h1 class="entry-title">Panduan Debugging Aplikasi untuk Programmer OPD</h1>
<p>Aktifkan xdebug hanya di server pengembangan. Bila variabel belum dibuat, xdebug menampilkan tabel
seperti berikut:</p><pre>( ! ) Warning: Undefined variable $pengumuman in /var/www/html/contoh/sidebar.php on line 18</pre>
<p>Pada koneksi yang gagal, PDO menampilkan pesan seperti berikut:</p><pre>SQLSTATE[HY000] [2002] Connection refused</pre>
<p>Jangan pernah mengaktifkan display_errors di server produksi.</p></article>"""
)

# PHP 8's own message, printed inside a <textarea> by `<textarea><?= $alamat ?></textarea>`: the browser shows
# its tags as text.
TEXTAREA_WARNING = department(
    main="""<h2 class="section-title">Formulir Pengaduan</h2>
<form method="post" action="/pengaduan/kirim" class="form-pengaduan">
<label for="nama">Nama</label><input id="nama" name="nama" class="form-control">
<label for="alamat">Alamat</label><textarea id="alamat" name="alamat" class="form-control" rows="3"><br />
<b>Warning</b>:  Undefined variable $alamat in <b>/var/www/html/pengaduan/views/form.php</b> on line <b>27</b><br />
</textarea>
<label for="isi">Isi Pengaduan</label><textarea id="isi" name="isi" class="form-control" rows="5"></textarea>
<button type="submit" class="btn btn-primary">Kirim</button></form>"""
)

# PHP 8's uncaught error, where the theme's content should be: the old mysql_* functions are gone.
PHP_FATAL = """
<br />
<b>Fatal error</b>:  Uncaught Error: Call to undefined function mysql_connect() in /var/www/html/inc/koneksi.php:4
Stack trace:
#0 /var/www/html/index.php(12): include()
#1 {main}
  thrown in <b>/var/www/html/inc/koneksi.php</b> on line <b>4</b><br />
"""
# A tutorial of the department's that quotes the same, in a short article of the theme.
PHP_FATAL_TUTORIAL = department(
    main="""<article class="post"><h1 class="entry-title">Migrasi Aplikasi ke PHP 8</h1>
<div class="entry-content"><p>Fungsi mysql_connect() sudah dihapus. Contoh galat yang muncul:</p>
<pre>Fatal error: Uncaught Error: Call to undefined function mysql_connect() in /var/www/html/inc/koneksi.php:4</pre>
<p>Ganti dengan mysqli atau PDO.</p></div></article>"""
)

# --- WordPress's fatal error handler -------------------------------------------------------------------

# What wp_die() prints after the theme has already sent part of the page (and its 200): a whole document of
# its own, on a site installed in English.
WP_CRITICAL = """
<!DOCTYPE html>
<html lang="en-US">
<head>
	<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
	<meta name="viewport" content="width=device-width">
		<meta name='robots' content='max-image-preview:large, noindex, follow' />
	<title>WordPress &rsaquo; Error</title>
	<style type="text/css">
		html { background: #f1f1f1; }
		body { background: #fff; border: 1px solid #ccd0d4; color: #444; margin: 2em auto; padding: 1em 2em; max-width: 700px; }
	</style>
</head>
<body id="error-page">
	<div class="wp-die-message"><p>There has been a critical error on this website.</p><p><a href="https://wordpress.org/documentation/article/faq-troubleshooting/">Learn more about troubleshooting WordPress.</a></p></div></body>
</html>
"""
# The department's news of the same message on another office's site, quoting it.
WP_CRITICAL_NEWS = department(
    main="""<article class="post"><h1 class="entry-title">Situs Kelurahan Sempat Menampilkan Galat Kritis</h1>
<p>Setelah pembaruan plugin, situs kelurahan sempat menampilkan pesan “There has been a critical error on this
website.” Tim Diskominfo memulihkannya dalam satu jam.</p></article>"""
)

# --- databases out of reach, as the code that failed says it -----------------------------------------

# A native PHP application's config.php: die("Koneksi database gagal: " . mysqli_connect_error()), in the
# widget whose query it serves.
DIE_CONNECTION_REFUSED = "Koneksi database gagal: Connection refused"
DIE_UNKNOWN_DATABASE = "Koneksi gagal: Unknown database 'db_agenda'"
# mysqli_connect("localhost", …) goes through MySQL's socket: a server that is down has none.
DIE_NO_SOCKET = "Koneksi gagal: No such file or directory"
# CodeIgniter 4's DatabaseException, its message printed by the controller that caught it.
CI4_DATABASE_MESSAGE = (
    "<p class='text-danger'>Unable to connect to the database.<br>\nMain connection [MySQLi]: Connection refused</p>"
)
# A FAQ that tells its readers what to do when they see such a message.
DATABASE_FAQ = department(
    main="""<article class="post"><h1 class="entry-title">Tanya Jawab Aplikasi SIMPEG</h1>
<h3>Muncul pesan 'Koneksi database gagal', apa yang harus dilakukan?</h3>
<p>Jika muncul pesan 'Koneksi database gagal', hubungi admin Diskominfo di ekstensi 214.</p>
<h3>Muncul tulisan Connection refused</h3><p>Tunggu lima menit lalu muat ulang halaman.</p></article>"""
)
DATABASE_DOWN_NEWS = department(
    main="""<article class="post"><h1 class="entry-title">Situs Pemkot Sempat Down karena Gangguan Database</h1>
<p>Situs resmi Pemerintah Kota Bekasi sempat tidak dapat diakses pada Senin pagi karena gangguan database.
Tim Diskominfo memulihkan layanan dalam dua jam.</p></article>"""
)

# --- a Python application's traceback in its layout --------------------------------------------------

PYTHON_TRACEBACK = """<pre class="traceback">Traceback (most recent call last):
  File "/srv/sipp/app/views/beranda.py", line 42, in index
    rows = db.session.execute(query).fetchall()
  File "/srv/sipp/venv/lib/python3.11/site-packages/sqlalchemy/orm/session.py", line 2262, in execute
    return self._execute_internal(
sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server at "10.10.1.7", port 5432 failed: Connection refused
</pre>"""
PYTHON_TUTORIAL = department(
    main="""<article class="post"><h1 class="entry-title">Belajar Python untuk Analis Data</h1>
<p>Setiap galat Python diawali baris Traceback (most recent call last): lalu daftar berkas dan barisnya.
Bacalah dari baris terakhir.</p></article>"""
)

# --- a form's validation message ---------------------------------------------------------------------

# The theme's card for what the visitor left out, above the form: no error of the application's.
FORM_VALIDATION = department(
    main="""<div class="card"><div class="card-body"><h3 class="text-danger">Terjadi Kesalahan</h3>
<p>NIK wajib diisi. Periksa kembali isian Anda.</p>
<form method="post" action="/pengaduan/kirim"><input name="nik" class="form-control" placeholder="NIK">
<button type="submit" class="btn btn-primary">Kirim</button></form></div></div>"""
)
# The same words as a server's error card: "Terjadi Kesalahan", nothing the visitor did.
THEME_ERROR_CARD = department(
    main="""<div class="card"><div class="card-body"><h3 class="text-danger">Terjadi Kesalahan</h3>
<p>Maaf, halaman tidak dapat ditampilkan saat ini. Silakan coba beberapa saat lagi.</p></div></div>"""
)

# --- maintenance -------------------------------------------------------------------------------------

# WebFactory's "Under Construction" plugin, its default texts, under the site's name.
UNDER_CONSTRUCTION_PLUGIN = small(
    "Dinas Kesehatan Kota Bekasi is under construction",
    """<div class="container">
<div class="row"><div class="col-xs-12 col-md-12 col-lg-12"><div id="hero-image"><img src="/wp-content/plugins/under-construction-page/themes/images/under_construction_text.png" alt="Site is Under Construction" title="Site is Under Construction"></div></div></div>
<div class="row"><div class="col-xs-12 col-md-8 col-md-offset-2 col-lg-offset-2 col-lg-8">
<h1>Sorry, we're doing some work on the site</h1></div></div>
<div class="row"><div class="col-xs-12 col-md-8 col-md-offset-2 col-lg-offset-2 col-lg-8">
<p class="content">Thank you for being patient. We are doing some work on the site and will be back shortly.</p></div></div>
<div class="row" id="social"><div class="col-xs-12 col-md-12 col-lg-12"><a title="Facebook" href="https://facebook.com/dinkeskotabekasi" target="_blank"><i class="fa fa-facebook-square fa-3x"></i></a>
<a title="Instagram" href="https://instagram.com/dinkeskotabekasi" target="_blank"><i class="fa fa-instagram fa-3x"></i></a></div></div>
</div>""",
)
# A department's own maintenance pages, as an application's "down" view or a notice in the theme.
MAINTENANCE_PERIOD = small(
    "SIMPEG – BKPSDM Kota Bekasi",
    """<div class="maintenance text-center"><img src="/assets/img/maintenance.svg" alt="">
<h2>Mohon maaf, aplikasi sedang dalam masa pemeliharaan</h2>
<p>Silakan kembali beberapa saat lagi. Terima kasih atas pengertian Anda.</p></div>""",
    lang="id",
)
UPGRADE_UNDER_WAY = small(
    "E-Perizinan Kota Bekasi",
    """<div class="container"><div class="alert alert-warning"><h3>Pemberitahuan</h3>
<p>Mohon maaf, sedang dilakukan upgrade sistem. Layanan akan kembali normal secepatnya.</p></div></div>""",
    lang="id",
)
UPDATE_IN_THE_THEME = department(
    main="""<div class="alert alert-warning"><h2>Informasi</h2>
<p>Kami sedang melakukan pembaruan sistem. Mohon maaf atas ketidaknyamanannya.</p></div>"""
)
# The department's own short pages about data brought up to date and repairs that are not the site's.
DATA_UPDATE_NEWS = department(
    main="""<article class="post"><h1 class="entry-title">Pemutakhiran Data Penduduk</h1>
<p>Saat ini sedang dilakukan pemutakhiran data penduduk di 56 kelurahan. Warga diminta membawa KK.</p></article>"""
)
ROAD_MAINTENANCE = department(
    main="""<article class="post"><h1 class="entry-title">Pemeliharaan Jalan Ahmad Yani</h1>
<p>Dinas Bina Marga sedang melakukan pemeliharaan jalan di ruas Ahmad Yani hingga 12 Desember.</p></article>"""
)
ASSET_MAINTENANCE = small(
    "Pemeliharaan Aset – BPKAD Kota Bekasi",
    "<h1>Pemeliharaan Aset</h1><p>Bidang Aset sedang melakukan pemeliharaan aset daerah setiap triwulan.</p>",
    lang="id",
)
PDAM_NOTICE_IN_NEWS = department(
    main_extra="""<article class="post-item"><div class="post-body"><h3 class="post-title"><a href="/pemeliharaan-jaringan-pdam/">Pemeliharaan Jaringan PDAM pada 5 Desember</a></h3>
<p>Distribusi air di Bekasi Timur terganggu sementara selama pemeliharaan jaringan.</p></div></article>"""
)
