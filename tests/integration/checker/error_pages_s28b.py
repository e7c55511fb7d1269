"""Pages of the twenty-eighth round's second part: the whole error pages of frameworks and platforms the checker
had not read (Slim's, Yii 2's debug page, Laravel's in Indonesian, WordPress's for Redis and for a PHP without
mysqli, Moodle's database error in its theme, ColdFusion's, a Go server's panic), PHP's fatal errors where the
content should be that were read as a finding only (a message with "on line" inside it, "Deprecated" warnings above
it, a stack trace longer than a message), a connection warning and the die() after it there, and warnings a
theme's minifier printed without their newline. Beside them, the department's pages that use the same words.
"""

# ruff: noqa: E501

from __future__ import annotations

import re

from error_pages import department
from stand_in_pages_real_web import small
from vendor_pages import days_ago, tanggal

# --- whole pages of frameworks and platforms ---------------------------------------------------------------

# Slim 4's error handler with displayErrorDetails off: its own title and heading, one sentence.
SLIM_ERROR = small(
    "Slim Application Error",
    "<h1>Slim Application Error</h1>\n<p>A website error has occurred. Sorry for the temporary inconvenience.</p>",
    head="<style>body{margin:0;padding:30px;font:12px/1.5 Helvetica,Arial,Verdana,sans-serif}"
    "h1{margin:0;font-size:48px;font-weight:normal;line-height:48px}</style>\n",
)
# Yii 2 with YII_DEBUG left on: a PHP warning becomes its exception page, titled by the name and the class.
YII2_DEBUG = small(
    "PHP Warning &ndash; yii\\base\\ErrorException",
    '<div class="header"><img src="data:image/png;base64,iVBORw0KGgo=" alt="Gear"><h1><span>PHP Warning</span> &ndash; '
    '<a href="http://www.yiiframework.com/doc-2.0/yii-base-errorexception.html" target="_blank">yii\\base\\ErrorException'
    "</a></h1><h2>Undefined variable $model</h2></div>\n"
    '<div class="call-stack"><ul><li class="application call-stack-item"><div class="element-wrap"><div class="element">'
    '<span class="item-number">1.</span><span class="text">in /var/www/ekinerja/views/site/index.php</span>'
    '<span class="at">at line <span class="line">14</span></span></div></div></li>'
    '<li class="call-stack-item"><div class="element-wrap"><div class="element"><span class="item-number">2.</span>'
    '<span class="text">in /var/www/ekinerja/vendor/yiisoft/yii2/base/View.php</span><span class="at">at line '
    '<span class="line">348</span></span></div></div></li></ul></div>\n'
    f'<div class="footer"><p class="timestamp">{days_ago(0):%Y-%m-%d, %H:%M:%S}</p><p>Apache/2.4.62 (Debian) '
    '<a href="http://yiiframework.com/">Yii Framework</a>/2.0.51</p></div>',
)
# Laravel's minimal error view with the application's locale set to Indonesian ("Server Error" translated).
LARAVEL_500_ID = small(
    "Kesalahan Server",
    '<div class="relative flex items-top justify-center min-h-screen bg-gray-100 sm:items-center sm:pt-0">'
    '<div class="max-w-xl mx-auto sm:px-6 lg:px-8"><div class="flex items-center pt-8 sm:justify-start sm:pt-0">'
    '<div class="px-4 text-lg text-gray-500 border-r border-gray-400 tracking-wider">500</div>'
    '<div class="ml-4 text-lg text-gray-500 uppercase tracking-wider">Kesalahan Server</div></div></div></div>',
    lang="id",
)
# Object Cache Pro's drop-in when its Redis server is down: WordPress stops before the theme.
WP_REDIS = small(
    "Error establishing a Redis connection",
    '<div class="wp-die-message"><h1>Error establishing a Redis connection</h1><p>WordPress is unable to establish a '
    "connection to Redis. This means that the connection information in your <code>wp-config.php</code> are "
    "incorrect, or that the Redis server is not reachable.</p><ul><li>Is the correct Redis host and port set?</li>"
    "<li>Is the Redis server running?</li></ul><p>If you need help, please read the "
    '<a href="https://objectcache.pro/docs/installation">installation instructions</a>.</p></div>',
    lang="en-US",
)
# WordPress on a PHP the hosting upgraded without mysqli.
WP_NO_MYSQL = small(
    "WordPress &rsaquo; Requirements Not Met",
    '<div class="wp-die-message"><p>Your PHP installation appears to be missing the MySQL extension which is '
    "required by WordPress.</p><p>Please check that the <code>mysqli</code> PHP extension is installed and "
    "enabled.</p></div>",
    lang="en-US",
)
# Moodle's box for an error of its database, in its Boost theme: the navigation bar, the box, the footer.
MOODLE_READ_ERROR = small(
    "E-Learning Disdik Kota Bekasi: Error",
    '<nav class="navbar fixed-top navbar-light bg-white navbar-expand"><a href="/" class="navbar-brand">E-Learning '
    'Disdik</a><ul class="navbar-nav"><li><a class="nav-link" href="/">Beranda</a></li><li><a class="nav-link" '
    'href="/my/">Dasbor</a></li><li><a class="nav-link" href="/my/courses.php">Kursus Saya</a></li><li><a '
    'class="nav-link" href="/course/">Semua Kursus</a></li></ul><a href="/login/index.php">Masuk</a></nav>\n'
    '<div id="page" class="container-fluid"><div role="main"><span id="maincontent"></span>'
    '<div class="box errorbox alert alert-danger"><p class="errormessage">Error reading from database</p>'
    '<p class="errorcode"><a href="https://docs.moodle.org/405/en/error/moodle/dmlreadexception">More information '
    'about this error</a></p></div><div class="continuebutton"><a href="/">Continue</a></div></div></div>\n'
    '<footer id="page-footer"><div class="logininfo">You are not logged in. (<a href="/login/index.php">Log in</a>)'
    '</div><div class="homelink"><a href="/">Home</a></div><a href="https://download.moodle.org/mobile">Get the '
    "mobile app</a></footer>",
    lang="id",
)
# ColdFusion's error page for a failed query, as a department's old application still shows it.
COLDFUSION_ERROR = small(
    "Error Occurred While Processing Request",
    '<font style="COLOR: black; FONT: 16pt/18pt verdana">The web site you are accessing has experienced an unexpected '
    "error.<br>Please contact the website administrator.</font><br><br>\n"
    '<table border="1" cellpadding="3" bordercolor="#000808" bgcolor="#e7e7e7"><tr><td bgcolor="#000066">'
    '<font style="COLOR: white; FONT: 11pt/13pt verdana" color="white">The following information is meant for the '
    'website developer for debugging purposes.</font></td></tr><tr><td bgcolor="#4646EE"><font style="COLOR: white; '
    'FONT: 11pt/13pt verdana" color="white">Error Occurred While Processing Request</font></td></tr><tr><td>'
    '<font style="COLOR: black; FONT: 8pt/11pt verdana">Error Executing Database Query.</font></td></tr></table>',
)
# A Go server whose handler writes its panic and stack to the response.
_GO_STACK = """http: panic serving 10.0.0.4:51234: runtime error: invalid memory address or nil pointer dereference
goroutine 37 [running]:
net/http.(*conn).serve.func1()
	/usr/local/go/src/net/http/server.go:1898 +0xbe
panic({0x8a3c60?, 0xd2f0b0?})
	/usr/local/go/src/runtime/panic.go:770 +0x132
main.(*Server).handleBerita(0xc0000a6000, {0x9d1e48, 0xc0001c41c0}, 0xc0001b6000)
	/app/handlers/berita.go:54 +0x2f
"""
GO_PANIC = _GO_STACK
GO_PANIC_WIDGET = f"<pre>{_GO_STACK}</pre>"

# --- the department's pages with the same words ------------------------------------------------------------

# A guide for the department's Go programmers, quoting a panic in its code.
GO_PANIC_GUIDE = department(
    main=f"""<article class="post"><h1 class="entry-title">Menangani Panic pada Layanan API Satu Data</h1>
<div class="entry-content"><p>Tanpa middleware recover, satu permintaan yang gagal mencatat panic seperti ini di log:</p>
<pre><code>{_GO_STACK}</code></pre>
<p>Pasang <code>recover()</code> di middleware agar pengguna menerima pesan galat yang ramah.</p></div></article>"""
)
# A Moodle front page whose news forum tells of yesterday's outage in its own words.
MOODLE_NEWS = small(
    "E-Learning Disdik Kota Bekasi",
    '<nav class="navbar"><a href="/" class="navbar-brand">E-Learning Disdik</a><a href="/my/">Dasbor</a>'
    '<a href="/course/">Semua Kursus</a><a href="/login/index.php">Masuk</a></nav>\n'
    '<div role="main"><h2>Berita Situs</h2><div class="forumpost"><h3>Gangguan Ujian Daring Sudah Teratasi</h3>'
    f"<p>{tanggal(days_ago(1))} oleh Admin E-Learning</p><p>Kemarin sebagian siswa mendapat pesan Error reading from "
    "database saat membuka kuis. Server basis data sudah diperbaiki dan ujian susulan dijadwalkan ulang.</p>"
    '<a href="/mod/forum/discuss.php?d=41">Baca selengkapnya</a></div>'
    '<h2>Kursus Tersedia</h2><ul><li><a href="/course/view.php?id=12">Matematika Kelas 9</a></li>'
    '<li><a href="/course/view.php?id=13">Bahasa Indonesia Kelas 9</a></li>'
    '<li><a href="/course/view.php?id=14">IPA Kelas 9</a></li></ul></div>\n'
    '<footer id="page-footer"><a href="https://download.moodle.org/mobile">Get the mobile app</a></footer>',
    lang="id",
)
# The PPDB's small application whose announcement heads a server's error it had, with the words after it.
PPDB_SERVER_NEWS = small(
    "PPDB Online Kota Bekasi",
    '<nav class="navbar"><a class="brand" href="/">PPDB Online Kota Bekasi</a><a href="/jadwal">Jadwal</a>'
    '<a href="/login">Masuk</a><a href="/daftar">Daftar</a></nav>\n'
    '<div class="container"><h1>Selamat Datang di PPDB Online Kota Bekasi</h1>'
    "<h4>Kesalahan Server Saat Pendaftaran Hari Pertama</h4>"
    f"<p>Kesalahan server pada {tanggal(days_ago(2))} sudah diperbaiki. Pendaftar yang gagal dapat mengulang "
    "pendaftaran melalui menu Daftar.</p></div>\n<footer>&copy; Dinas Pendidikan Kota Bekasi</footer>",
    lang="id",
)

# --- PHP's fatal errors where the content should be ----------------------------------------------------------

# PHP 8's message of a call with too few arguments names the caller's line inside it ("… on line 31 and exactly 1
# expected"), before the stack trace and the line it was thrown at.
FATAL_ARGUMENT_COUNT = (
    "<br />\n<b>Fatal error</b>:  Uncaught ArgumentCountError: Too few arguments to function tgl_indo(), 0 passed in "
    "/home/dispora/public_html/berita.php on line 31 and exactly 1 expected in "
    "/home/dispora/public_html/inc/tanggal.php:3\nStack trace:\n#0 /home/dispora/public_html/berita.php(31): "
    "tgl_indo()\n#1 /home/dispora/public_html/index.php(44): include('/home/dispora/p...')\n#2 {main}\n"
    "  thrown in <b>/home/dispora/public_html/inc/tanggal.php</b> on line <b>3</b><br />\n"
)
# CodeIgniter 3 on PHP 8.2: its "Deprecated" warnings first, then the fatal error that stopped the page.
_DEPRECATED = (
    "<br />\n<b>Deprecated</b>:  Creation of dynamic property CI_URI::$config is deprecated in "
    "<b>/var/www/html/system/core/URI.php</b> on line <b>102</b><br />\n"
    "<br />\n<b>Deprecated</b>:  Creation of dynamic property CI_Router::$uri is deprecated in "
    "<b>/var/www/html/system/core/Router.php</b> on line <b>127</b><br />\n"
)
_FATAL_TYPE = (
    "<br />\n<b>Fatal error</b>:  Uncaught TypeError: Unsupported operand types: string + int in "
    "/var/www/html/application/views/widget/counter.php:15\nStack trace:\n#0 /var/www/html/system/core/Loader.php(957): "
    "include()\n#1 {main}\n  thrown in <b>/var/www/html/application/views/widget/counter.php</b> on line <b>15</b>"
    "<br />\n"
)
DEPRECATED_THEN_FATAL = _DEPRECATED + _FATAL_TYPE
DEPRECATED_ONLY = _DEPRECATED
# A native application without the PDO driver, called through its framework's layers: a trace of many frames.
PDO_LONG_TRACE = (
    "<br />\n<b>Fatal error</b>:  Uncaught PDOException: could not find driver in /var/www/html/config/database.php:8\n"
    "Stack trace:\n#0 /var/www/html/config/database.php(8): PDO->__construct('mysql:host=loca...', 'sipd', Object(SensitiveParameterValue))\n"
    + "".join(
        f"#{i + 1} /var/www/html/app/core/{layer}.php({20 + 7 * i}): {call}\n"
        for i, (layer, call) in enumerate(
            (
                ("Database", "Database::connect()"),
                ("Model", "Database::getInstance()"),
                ("BeritaModel", "Model->__construct()"),
                ("Controller", "BeritaModel->__construct()"),
                ("BerandaController", "Controller->model('BeritaModel')"),
                ("Router", "BerandaController->__construct()"),
                ("App", "Router->dispatch(Object(Request))"),
                ("Kernel", "App->run(Object(Request))"),
                ("Bootstrap", "Kernel->handle(Object(Request))"),
                ("Front", "Bootstrap->start()"),
                ("Index", "Front->serve()"),
            )
        )
    )
    + "#12 {main}\n  thrown in <b>/var/www/html/config/database.php</b> on line <b>8</b><br />\n"
)

# --- a database out of reach, its warning and the die() after it --------------------------------------------

MYSQLI_SOCKET_WARNING = (
    "<br />\n<b>Warning</b>:  mysqli::__construct(): (HY000/2002): No such file or directory in "
    "<b>/home/dispar/public_html/inc/db.php</b> on line <b>5</b><br />\n"
)
MYSQLI_DENIED_AND_DIE = (
    "<br />\n<b>Warning</b>:  mysqli_connect(): (HY000/1045): Access denied for user 'root'@'localhost' (using "
    "password: YES) in <b>/var/www/html/koneksi.php</b> on line <b>7</b><br />\nGagal koneksi database"
)

# --- a theme's minifier ------------------------------------------------------------------------------------


def minified(html: str) -> str:
    """Return ``html`` as a theme's output buffer minifies it: no white space between tags, lines joined."""
    return re.sub(r">\s+<", "><", html).replace("\n", " ")


UNDEFINED_WARNING = (
    "<br />\n<b>Warning</b>:  Undefined variable $agenda in <b>/var/www/html/application/views/sidebar.php</b> on "
    "line <b>33</b><br />\n"
)
# A training write-up, minified too, that quotes PHP's message inside its sentence: PHP starts its own on a line.
TRAINING_QUOTES_WARNING = minified(
    department(
        main="""<article class="post"><h1 class="entry-title">Pelatihan PHP untuk Programmer OPD</h1>
<div class="entry-content"><p>Jika tampil <b>Warning</b>: Undefined variable $nama in <b>/var/www/html/index.php</b>
on line <b>5</b>, buat variabelnya lebih dulu.</p><p>Peserta juga berlatih memakai PDO.</p></div></article>"""
    )
)
CANT_CONNECT = "<p>Can't connect to MySQL server on 'localhost' (10061)</p>"
