"""Pages of the twenty-eighth round: errors a department's page quotes, and errors its application printed.

A guide, a forum, an API's documentation, a quiz, a changelog or a commit message quotes an error: in its code
(``<pre><code>``, ``<code>``, ``<em>``), between a writer's quotation marks, or after words that introduce it
("dapat error ini:", "keluar tulisan", "disambut tulisan", "fix:", "Soal 1."). Small applications (a PPDB's
registration page, Gitea's list of repositories, an API's documentation) have few links: they must not be read
as an error page for it. Beside them, the messages of databases and runtimes the checker had not read yet.
"""

# ruff: noqa: E501

from __future__ import annotations

from error_pages import department, stopped_in_content
from stand_in_pages_real_web import small
from vendor_pages import days_ago, english, tanggal


def _day(n: float) -> str:
    return tanggal(days_ago(n))


def _article(title: str, body: str, days: float = 1) -> str:
    """Return a dated post of the site, as its theme prints one where the news list goes."""
    day = days_ago(days)
    return (
        f'<article class="post type-post status-publish"><h1 class="entry-title">{title}</h1>'
        f'<div class="entry-meta"><time class="entry-date published" datetime="{day:%Y-%m-%dT%H:%M:%S+07:00}">'
        f'{tanggal(day)}</time> oleh <a href="/author/admin/">Admin</a></div>'
        f'<div class="entry-content">{body}</div></article>'
    )


def ppdb(body: str) -> str:
    """Return the PPDB's small registration application: its bar of four links, its welcome, ``body``, its footer."""
    return small(
        "PPDB Online Kota Bekasi",
        '<nav class="navbar"><a class="brand" href="/">PPDB Online Kota Bekasi</a><a href="/jadwal">Jadwal</a>'
        '<a href="/login">Masuk</a><a href="/daftar">Daftar</a></nav>\n'
        '<div class="container"><div class="jumbotron"><h1>Selamat Datang di PPDB Online Kota Bekasi</h1>'
        f"<p>Pendaftaran jalur zonasi dibuka {_day(-1)} sampai {_day(-10)}.</p>"
        '<a class="btn btn-primary" href="/daftar">Daftar Sekarang</a></div>\n'
        f"{body}</div>\n<footer>&copy; {days_ago(0):%Y} Dinas Pendidikan Kota Bekasi</footer>",
        lang="id",
    )


# --- small applications that quote an error ----------------------------------------------------------------

PPDB_FAQ_QUESTION = ppdb(
    '<div class="faq"><h4>Pertanyaan Umum</h4><p><b>T:</b> Saat mendaftar keluar tulisan SQLSTATE[23000] Duplicate '
    "entry, kenapa?</p><p><b>J:</b> NIK Anda sudah terdaftar. Gunakan menu Masuk dengan NIK tersebut.</p></div>"
)
PPDB_HELP_QUOTED = ppdb(
    "<div class='faq'><h4>Bantuan</h4><p>Error “Access denied for user 'ppdb'@'localhost'” yang sempat muncul "
    f"sudah diperbaiki pada {_day(2)}.</p></div>"
)
PPDB_CHANGELOG = ppdb(
    f'<div class="changelog"><h4>Pembaruan v2.3 ({_day(2)})</h4><ul><li>Perbaikan galat Table '
    "'ppdb.tb_zonasi' doesn't exist pada menu peta zonasi</li><li>Tampilan baru halaman pengumuman</li></ul></div>"
)
GITEA_EXPLORE = f"""<!DOCTYPE html><html lang="id-ID"><head><meta charset="utf-8"><title>Jelajahi - Gitea: Git Diskominfostandi</title></head>
<body><div class="full height"><nav class="ui secondary menu"><a class="item" href="/">Beranda</a><a class="item" href="/explore/repos">Jelajahi</a><a class="item" href="/user/login">Masuk</a></nav>
<div class="page-content explore repositories"><div class="ui container"><div class="flex-list">
<div class="flex-item"><div class="flex-item-title"><a href="/diskominfo/sipandu">diskominfo/sipandu</a></div><div class="flex-item-body">fix: SQLSTATE[23000]: Integrity constraint violation: 1062 Duplicate entry di form pendaftaran</div><div class="flex-item-body">Diperbarui <span class="time-since" data-tooltip-content="{english(days_ago(1))}">1 hari yang lalu</span></div></div>
<div class="flex-item"><div class="flex-item-title"><a href="/diskominfo/ekinerja">diskominfo/ekinerja</a></div><div class="flex-item-body">tambah ekspor laporan kinerja bulanan ke PDF</div><div class="flex-item-body">Diperbarui <span class="time-since">2 hari yang lalu</span></div></div>
<div class="flex-item"><div class="flex-item-title"><a href="/diskominfo/portal">diskominfo/portal</a></div><div class="flex-item-body">hotfix Table 'portal.tb_slider' doesn't exist setelah migrasi</div></div>
</div></div></div><footer class="page-footer">Powered by Gitea Versi: 1.22.3 Halaman: 12ms</footer></div></body></html>"""
API_DOCS = f"""<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>Dokumentasi API Satu Data Kota Bekasi</title>
<link rel="stylesheet" href="/docs/css/docs.css"></head><body>
<header class="docs-header"><a href="/">Satu Data Kota Bekasi</a> <nav><a href="/docs">Dokumentasi</a> <a href="/dataset">Dataset</a> <a href="/login">Masuk</a></nav></header>
<div class="docs-layout"><aside class="docs-nav"><ul><li><a href="#auth">Autentikasi</a></li><li><a href="#dataset">GET /dataset</a></li><li><a href="#errors">Kode Galat</a></li></ul></aside>
<main class="docs-content"><h1>Dokumentasi API v2</h1><p class="meta">Diperbarui {_day(1)}</p>
<h2 id="auth">Autentikasi</h2><p>Setiap permintaan wajib menyertakan header <code>Authorization: Bearer &lt;token&gt;</code>.</p>
<h2 id="dataset">GET /api/v2/dataset</h2><pre><code class="language-bash">curl -H "Authorization: Bearer $TOKEN" https://data.bekasikota.go.id/api/v2/dataset?limit=10</code></pre>
<h2 id="errors">Kode Galat</h2><p>Respons ketika basis data sedang tidak tersedia:</p>
<pre><code class="language-json">HTTP/1.1 503 Service Unavailable
{{
  "status": 503,
  "error": "SQLSTATE[HY000] [2002] Connection refused",
  "message": "Layanan sementara tidak tersedia"
}}</code></pre>
<table><tr><th>Kode</th><th>Arti</th></tr><tr><td>401</td><td>Token tidak sah</td></tr><tr><td>503</td><td>Basis data tidak tersedia</td></tr></table>
</main></div><footer>&copy; {days_ago(0):%Y} Diskominfostandi Kota Bekasi</footer></body></html>"""
SDK_TROUBLESHOOTING = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>SIPD Connector SDK – Troubleshooting</title></head><body>
<header><a href="/">SIPD Connector SDK</a> <nav><a href="/docs/install">Install</a> <a href="/docs/config">Configuration</a> <a href="/docs/troubleshooting">Troubleshooting</a> <a href="/changelog">Changelog</a></nav></header>
<main><h1>Troubleshooting</h1><p>Last updated: {english(days_ago(2))}</p>
<h2>Database credentials</h2><p>If the connector cannot log in, you will get:</p><pre><code>SQLSTATE[HY000] [1045] Access denied for user 'sipd'@'10.0.0.5' (using password: YES)</code></pre><p>Check <code>DB_USERNAME</code> and <code>DB_PASSWORD</code>.</p>
<h2>Timeouts</h2><p>Increase <code>SIPD_TIMEOUT</code> to 60.</p></main><footer>&copy; {days_ago(0):%Y} Diskominfostandi Kota Bekasi</footer></body></html>"""

# --- a department's posts that quote an error -----------------------------------------------------------------

FORUM_QUESTION = department(
    main=_article(
        "Forum Pengembang: Koneksi Laravel ke MySQL Gagal",
        f'<div class="forum-post"><div class="author">andi_dev &middot; {_day(1)}</div><p>Halo, saya deploy '
        "aplikasi ke server baru, tapi dapat error ini:</p><pre>SQLSTATE[HY000] [1045] Access denied for user "
        "'laravel'@'localhost' (using password: YES)</pre><p>Ada yang bisa bantu?</p></div>"
        f'<div class="forum-post reply"><div class="author">admin_kominfo &middot; {_day(1)}</div><p>Cek isi '
        "DB_PASSWORD di .env, lalu jalankan <code>php artisan config:clear</code>.</p></div>",
    )
)
OUTAGE_NEWS = department(
    main=_article(
        "Situs Dinas Perhubungan Sempat Tidak Dapat Diakses",
        "<p>Pengunjung situs justru disambut tulisan SQLSTATE[HY000] [2002] Connection refused sejak pagi, sebelum "
        "tim teknis memulihkannya pukul 11.00 WIB.</p><p>Diskominfostandi mengimbau pengelola situs rutin "
        "mencadangkan data.</p>",
    )
)
ORACLE_QUIZ = department(
    main=_article(
        "Kuis Basis Data Oracle Pelatihan ASN",
        "<ol><li>Soal 1. ORA-12541: TNS:no listener. Jelaskan penyebabnya!</li><li>Soal 2. Sebutkan tiga jenis "
        "JOIN.</li></ol>",
    )
)
README_LABELS = department(
    main=_article(
        "README Aplikasi E-Arsip",
        "<h2>Troubleshooting</h2><p><strong>Error:</strong> <code>SQLSTATE[HY000] [2002] No such file or "
        "directory</code><br><strong>Solusi:</strong> ganti <code>DB_HOST=localhost</code> menjadi "
        "<code>127.0.0.1</code>.</p>",
    )
)
MIGRATION_NEWS = department(
    main=_article(
        "Migrasi Database ke MariaDB 11 Selesai",
        "<p>Setelah migrasi, beberapa aplikasi lama sempat mengeluarkan <em>Unknown column 'tgl_input' in 'field "
        "list'</em> karena struktur tabel berubah. Tim telah menyesuaikan skema.</p>",
    )
)
PENTEST_REPORT = department(
    main=_article(
        "Hasil Uji Penetrasi Aplikasi OPD",
        "<p>Temuan tingkat sedang: aplikasi menampilkan pesan galat lengkap, misalnya <code>Warning: pg_query(): "
        'Query failed: ERROR:  relation "tb_user" does not exist</code>, yang membocorkan struktur basis data. '
        "Rekomendasi: matikan display_errors.</p>",
    )
)
SQL_ELEARNING = department(
    main=_article(
        "Modul 4: Menangani Galat pada Query SQL",
        "<p>Pada modul ini peserta Pelatihan Analis Data ASN belajar membaca pesan galat MySQL.</p>"
        "<pre><code>mysql&gt; SELECT nama, nip FORM pegawai;\nERROR 1064 (42000): You have an error in your SQL "
        "syntax; check the manual that corresponds to your MySQL server version for the right syntax to use near "
        "'FORM pegawai' at line 1\nmysql&gt; SELECT * FROM pegawai_lama;\nERROR 1146 (42S02): Table "
        "'latihan.pegawai_lama' doesn't exist</code></pre><p><strong>Latihan:</strong> perbaiki kedua query di "
        f"atas, lalu kirim jawaban sebelum {_day(-6)}.</p>",
    )
)
JAVA_NOTES = department(
    main=_article(
        "Integrasi SIMDA dengan Java: Catatan Tim Pengembang",
        "<p>Jika koneksi JDBC gagal, log akan berisi:</p><pre>com.mysql.cj.jdbc.exceptions.CommunicationsException: "
        "Communications link failure\n\tat com.mysql.cj.jdbc.exceptions.SQLError.createCommunicationsException"
        "(SQLError.java:174)</pre><p>Pastikan port 3306 dibuka di firewall.</p>",
    )
)

# --- errors printed: the look-alikes' counterparts -------------------------------------------------------------

# The same messages, printed by the application: in a widget's box, where the content goes.
JAVA_PRINTED = stopped_in_content(
    "<div class='alert alert-danger'>com.mysql.cj.jdbc.exceptions.CommunicationsException: Communications link "
    "failure at com.mysql.cj.jdbc.exceptions.SQLError.createCommunicationsException(SQLError.java:174)</div>"
)

# --- messages of databases and runtimes, printed ------------------------------------------------------------

# What a widget's failed query or connection prints, each as the application prints it in the widget's box.
GONE_AWAY = "<p>Query gagal: MySQL server has gone away</p>"
LOST_CONNECTION = "<p>Lost connection to MySQL server during query</p>"
DEADLOCK = "<p>Deadlock found when trying to get lock; try restarting transaction</p>"
PG_PASSWORD = '<p>FATAL:  password authentication failed for user "sipd"</p>'
PSYCOPG = (
    "<p>psycopg2.OperationalError: FATAL:  remaining connection slots are reserved for non-replication superuser "
    "connections</p>"
)
GO_DIAL = "<p>dial tcp 127.0.0.1:5432: connect: connection refused</p>"
KOHANA = (
    '<div id="kohana_error"><h1><span class="type">Database_Exception [ 2002 ]:</span> <span class="message">'
    'Connection refused</span></h1><div class="content"><p><span class="file">MODPATH/database/classes/Kohana/'
    "Database/MySQLi.php [ 108 ]</span></p></div></div>"
)
ELASTICSEARCH = (
    "<p>Elasticsearch\\Common\\Exceptions\\NoNodesAvailableException: No alive nodes found in your cluster</p>"
)
SESSION_UNKNOWN = (
    "<br />\n<b>Warning</b>:  Unknown: open(/var/lib/php/sessions/sess_a8d7f6e5c4b3, O_RDWR) failed: No space left "
    "on device (28) in <b>Unknown</b> on line <b>0</b><br />\n"
)
SQLSRV_PRINT_R = (
    "Array ( [0] => Array ( [0] => 08001 [SQLSTATE] => 08001 [1] => 53 [code] => 53 [2] => [Microsoft][ODBC Driver 17 "
    "for SQL Server]Named Pipes Provider: Could not open a connection to SQL Server [53]. [message] => [Microsoft]"
    "[ODBC Driver 17 for SQL Server]Named Pipes Provider: Could not open a connection to SQL Server [53]. ) )"
)
# CodeIgniter 3's box for an uncaught exception (PHP 8 removed mysql_connect), with its backtrace.
CI3_UNCAUGHT = """<div style="border:1px solid #990000;padding-left:20px;margin:0 0 10px 0;">
<h4>An uncaught Exception was encountered</h4>
<p>Type: Error</p>
<p>Message: Call to undefined function mysql_connect()</p>
<p>Filename: /home/kelurahan/public_html/application/models/M_profil.php</p>
<p>Line Number: 12</p>
	<p>Backtrace:</p>
			<p style="margin-left:10px">
			File: /home/kelurahan/public_html/application/controllers/Home.php<br />
			Line: 21<br />
			Function: get_profil			</p>
			<p style="margin-left:10px">
			File: /home/kelurahan/public_html/index.php<br />
			Line: 315<br />
			Function: require_once			</p>
</div>"""
GO_DIAL_ALONE = (
    "failed to connect to `host=127.0.0.1 user=antrean database=antrean`: dial error (dial tcp 127.0.0.1:5432: "
    "connect: connection refused)"
)

# A post that names them: in its code, or after words that introduce them.
GO_TUTORIAL = department(
    main=_article(
        "Belajar Go: Koneksi ke PostgreSQL",
        "<p>Jika layanan PostgreSQL belum berjalan, program berhenti dengan pesan berikut:</p><pre><code>dial tcp "
        "127.0.0.1:5432: connect: connection refused</code></pre><p>Jalankan <code>systemctl start postgresql</code>"
        " lalu ulangi.</p>",
    )
)
GONE_AWAY_NEWS = department(
    main=_article(
        "Layanan SIMPEG Kembali Normal",
        "<p>Sejak pagi aplikasi sempat mengeluarkan <em>MySQL server has gone away</em> karena server basis data "
        "kehabisan memori. Layanan kini sudah normal kembali.</p>",
    )
)
