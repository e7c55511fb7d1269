"""More protections in the application's place as their vendors serve them, and the application's look-alikes.

LiteSpeed Web Server's reCAPTCHA (``/.lsrecap/``), on the LiteSpeed servers of most Indonesian shared
hosts: 200 from LiteSpeed itself, 403 from Hostinger's CDN (``server: hcdn``), here through Cloudflare
too. The Nginx firewall of aaPanel/BT Panel (after ngx_lua_waf), on many a department's VPS, refusing
with its page in Chinese. The application's own pages that look like them keep their verdict:
LiteSpeed's own 403, a department's own "Akses Ditolak", its themed 404 listing articles that quote
Cloudflare's pages or the block list, a login page with Google's reCAPTCHA, and a hosting help page
quoting Imunify360's refusal. Shared by the unit tests of ``core.blocked`` and the
whole-check tests; ``Shape`` is ``blocked_pages``'.
"""

# ruff: noqa: E501
# (the pages are kept as their vendors print them, long lines and all)

from __future__ import annotations

from blocked_pages import CF_RAY, Shape
from stand_in_pages_real_web import department

# --- LiteSpeed Web Server's reCAPTCHA -------------------------------------------------------------

_LSRECAPTCHA = """<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="UTF-8">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <title>Bot Verification</title>
    <script>
        function onSubmit() {
            document.getElementById('lsrecaptcha-form').submit();
        }

        var onloadCallback = function() {
            var cont = grecaptcha.render('recaptchadiv', {
                'sitekey': '6LcT9q8pAAAAAGx1VdQe3hM0yR7aK2bN5sJ4wFzP',
                'callback': onSubmit,
                'size': 'invisible'
            });
            grecaptcha.execute(cont);
        };
    </script>
    <style>
        body { height: 100%; }
        .panel { padding: 30px; max-width: 425px; margin: 10% auto; box-shadow: 0 0 2px 2px rgba(0, 0, 0, 0.1); }
        .title { font-size: 1.5em; font-weight: 100; margin-top: 10px; text-align: center; }
        .recaptcha-center { margin-top: 35px; margin-bottom: 20px; margin-left: 13%; margin-right: 13%; display: block; }
    </style>
</head>
<body>
    <div class="panel">
        <h3 class="title">Verifying that you are not a robot...</h3>
        <form id="lsrecaptcha-form" method="POST" action="/.lsrecap/recaptcha?">
            <div id="recaptchadiv" class="recaptcha-center"></div>
        </form>
    </div>
    <script src="https://www.recaptcha.net/recaptcha/api.js?onload=onloadCallback&render=explicit" async defer></script>
</body>
</html>
"""

# On a LiteSpeed server of its own: 200, the page in the application's place.
LITESPEED_RECAPTCHA = Shape(
    "litespeed-recaptcha",
    200,
    _LSRECAPTCHA,
    {"Server": "LiteSpeed", "Cache-Control": "no-cache, no-store, private", "X-Frame-Options": "SAMEORIGIN"},
    "LiteSpeed",
    True,
)
# On Hostinger's shared hosting, behind its CDN (hcdn) and the department's Cloudflare: 403.
HOSTINGER_RECAPTCHA = Shape(
    "hostinger-recaptcha",
    403,
    _LSRECAPTCHA,
    {
        "Server": "cloudflare",
        "CF-RAY": f"{CF_RAY}-CGK",
        "CF-Cache-Status": "DYNAMIC",
        "Cache-Control": "no-cache,no-store,private",
        "X-Frame-Options": "SAMEORIGIN",
        "X-Turbo-Charged-By": "LiteSpeed",
    },
    "LiteSpeed",
    True,
)

# --- aaPanel/BT Panel's Nginx firewall (ngx_lua_waf's page) -----------------------------------------

BT_PANEL_WAF = Shape(
    "bt-panel-waf",
    403,
    """<!DOCTYPE html>
<html lang="zh">
<head>
    <meta charset="utf-8">
    <meta http-equiv="x-ua-compatible" content="IE=edge">
    <meta name="viewport" content="width=device-width, maximum-scale=1">
    <title>网站防火墙</title>
    <style>
        body{padding:0; margin:0; font:14px/1.5 Microsoft Yahei, 宋体,sans-serif; color:#555;}
        p{line-height:20px;margin:0px;text-indent:0px;}
        ul{list-style-type:none;margin: 0px 0px 12px;}
        li{list-style-type:none;margin: 0px; text-indent:0px;}
        .card{margin: 0 auto; width:600px; padding-top:70px; overflow:hidden;}
        .card .card-header{height:40px; line-height:40px; color:#fff; font-size:16px; overflow:hidden; background:#6bb3f6; padding-left:20px;}
        .card .card-body{border:1px dashed #cdcece; border-top:none; font-size:14px; background:#fff; color:#555; line-height:24px; height:220px; padding:20px 20px 0 20px; overflow-y:auto;background:#f3f7f9;}
        .card .card-body .title{font-weight:600; color:#fc4f03;}
    </style>
</head>

<body>
    <div class="card">
        <div class="card-header">
            网站防火墙
        </div>
        <div class="card-body">
            <p class="title">
                您的请求带有不合法参数，已被网站管理员设置拦截！
            </p>
            <p>可能原因：您提交的内容包含危险的攻击请求</p>

            <p style="margin:12px 0px;">如何解决：</p>
            <ul>
                <li>1) 检查提交内容</li>
                <li>2) 如网站托管，请联系空间提供商</li>
                <li>3) 普通网站访客，请联系网站管理员</li>
            </ul>
        </div>
    </div>
</body>
</html>
""",
    {"Server": "nginx", "Content-Type": "text/html; charset=utf-8"},
    "aaPanel/BT (ngx_lua_waf)",
    False,
)

BLOCKED = (LITESPEED_RECAPTCHA, HOSTINGER_RECAPTCHA, BT_PANEL_WAF)

# --- the application's own refusals: they keep their HTTP reason ----------------------------------

# LiteSpeed's own 403 (a denied directory, an .htaccess rule): the server, not its reCAPTCHA.
LITESPEED_403 = Shape(
    "litespeed-403",
    403,
    """<!DOCTYPE html>
<html style="height:100%">
<head>
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no" />
<title> 403 Forbidden
</title></head>
<body style="color: #444; margin:0;font: normal 14px/20px Arial, Helvetica, sans-serif; height:100%; background-color: #fff;">
<div style="height:auto; min-height:100%; ">     <div style="text-align: center; width:800px; margin-left: -400px; position:absolute; top: 30%; left:50%;">
        <h1 style="margin:0; font-size:150px; line-height:150px; font-weight:bold;">403</h1>
<h2 style="margin-top:20px;font-size: 30px;">Forbidden
</h2>
<p>Access to this resource on the server is denied!</p>
</div></div><div style="color:#f0f0f0; font-size:12px;margin:auto;padding:0px 30px 0px 30px;position:relative;clear:both;height:100px;margin-top:-101px;background-color:#474747;border-top: 1px solid rgba(0,0,0,0.15);box-shadow: 0 1px 0 rgba(255, 255, 255, 0.3) inset;">
<br>Proudly powered by  <a style="color:#fff;" href="http://www.litespeedtech.com/error-page">LiteSpeed Web Server</a><p>Please be advised that LiteSpeed Technologies Inc. is not a web hosting company and, as such, has no control over content found elsewhere on this site.</p></div></body></html>
""",
    {"Server": "LiteSpeed", "Content-Type": "text/html"},
)
# A department's own 403 for an address outside the city's network, naming its own firewall.
DEPARTMENT_403 = Shape(
    "department-403",
    403,
    """<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8"><title>403 - Akses Ditolak | SIMPEG Kota Bekasi</title>
<link rel="stylesheet" href="/assets/css/adminlte.min.css"></head>
<body class="hold-transition"><section class="content"><div class="error-page">
<h2 class="headline text-warning">403</h2><div class="error-content">
<h3><i class="fas fa-exclamation-triangle text-warning"></i> Akses ditolak.</h3>
<p>Aplikasi ini hanya dapat dibuka dari jaringan Pemerintah Kota Bekasi. Permintaan dari luar jaringan diblokir oleh
firewall. Hubungi Diskominfostandi bila Anda memerlukan akses.</p>
<a href="/" class="btn btn-primary">Kembali ke Beranda</a></div></div></section></body></html>
""",
    {"Server": "nginx"},
)
# The same, through the department's Cloudflare, as its origin printed it.
DEPARTMENT_403_THROUGH_CLOUDFLARE = Shape(
    "department-403-via-cloudflare",
    403,
    DEPARTMENT_403.body,
    {"Server": "cloudflare", "CF-RAY": f"{CF_RAY}-CGK", "CF-Cache-Status": "DYNAMIC"},
)

# --- the application's own pages that use a protection's words ------------------------------------

# A department's login page with Google's reCAPTCHA, rendered into a div of the same name as LiteSpeed's.
LOGIN_WITH_RECAPTCHA = Shape(
    "login-with-recaptcha",
    200,
    """<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<title>Masuk &ndash; SIMPEG Kota Bekasi</title>
<link rel="stylesheet" href="/assets/css/adminlte.min.css">
<script src="https://www.recaptcha.net/recaptcha/api.js?onload=onloadCallback&render=explicit" async defer></script>
<script>
var onloadCallback = function() {
    grecaptcha.render('recaptchadiv', {'sitekey': '6LdQ1x0qAAAAAKs3Zr8uT2vYb5nW4cE7fH9jL0mP'});
};
</script>
</head>
<body class="hold-transition login-page">
<nav><a href="/">Beranda</a> <a href="/panduan">Panduan</a> <a href="/kontak">Kontak</a></nav>
<div class="login-box">
<div class="login-logo"><a href="/"><b>SIMPEG</b> Kota Bekasi</a></div>
<div class="card"><div class="card-body login-card-body">
<p class="login-box-msg">Masuk untuk memulai sesi Anda</p>
<form action="/login" method="post">
<input type="text" class="form-control" name="nip" placeholder="NIP">
<input type="password" class="form-control" name="password" placeholder="Kata sandi">
<p>Centang &ldquo;I'm not a robot&rdquo; sebelum masuk.</p><div id="recaptchadiv"></div>
<button type="submit" class="btn btn-primary btn-block">Masuk</button>
</form>
</div></div>
</div>
<footer class="main-footer"><strong>&copy; 2026 BKPSDM Kota Bekasi.</strong> Sistem Informasi Manajemen Kepegawaian.</footer>
</body>
</html>
""",
    {"Server": "LiteSpeed", "Set-Cookie": "ci_session=9f2c1a; path=/; HttpOnly"},
)
# The hosting help page of Diskominfostandi, quoting Imunify360's refusal under a title with its words.
IMUNIFY360_HELP = Shape(
    "imunify360-help",
    200,
    department(
        name="Diskominfostandi Kota Bekasi",
        title="Muncul Access Denied saat Membuka Situs OPD? – Diskominfostandi Kota Bekasi",
        main_extra=(
            "<section class='panduan'><h2>Muncul &ldquo;Access denied&rdquo; saat membuka situs OPD?</h2><p>Bila peramban"
            " menampilkan &ldquo;Access denied by Imunify360 bot-protection. IPs used for automation should be"
            " whitelisted&rdquo;, alamat IP Anda tertahan oleh perlindungan server hosting Pemkot. Kirim alamat IP"
            " Anda ke helpdesk Diskominfostandi agar dibuka.</p></section>"
        ),
    ),
    {"Server": "nginx"},
)
APP_PAGES = (LOGIN_WITH_RECAPTCHA, IMUNIFY360_HELP)

# A department's own 404 in its theme, through Cloudflare, listing its latest news: two articles quote
# Cloudflare's challenge and block pages. Its HTTP reason stands.
THEMED_404_QUOTING_CLOUDFLARE = Shape(
    "themed-404-quoting-cloudflare",
    404,
    department(
        name="Diskominfostandi Kota Bekasi",
        title="Halaman tidak ditemukan – Diskominfostandi Kota Bekasi",
        main=(
            "<section class='error-404 not-found'><h1 class='page-title'>Halaman tidak ditemukan</h1><p>Maaf, halaman"
            " yang Anda cari tidak ada. Coba cari dengan kata kunci lain.</p></section><section class='widget'><h2"
            " class='widget-title'>Berita Terbaru</h2><ul><li><a href='/berita/sorry-you-have-been-blocked/'>Muncul"
            " &ldquo;Sorry, you have been blocked&rdquo; saat Membuka Situs Pemkot? Ini Penyebabnya</a></li><li><a"
            " href='/berita/checking-if-the-site-connection-is-secure/'>Arti Pesan &ldquo;Checking if the site"
            " connection is secure&rdquo; di Situs OPD</a></li></ul></section>"
        ),
    ),
    {"Server": "cloudflare", "CF-RAY": f"{CF_RAY}-CGK", "CF-Cache-Status": "DYNAMIC"},
)


# The same 404 of a department whose latest news is on the block list: its words, in its own theme.
THEMED_404_QUOTING_THE_BLOCK_LIST = Shape(
    "themed-404-quoting-the-block-list",
    404,
    department(
        name="Diskominfostandi Kota Bekasi",
        title="Halaman tidak ditemukan – Diskominfostandi Kota Bekasi",
        main=(
            "<section class='error-404 not-found'><h1 class='page-title'>Halaman tidak ditemukan</h1><p>Maaf, halaman"
            " yang Anda cari tidak ada. Coba cari dengan kata kunci lain.</p></section><section class='widget'><h2"
            " class='widget-title'>Berita Terbaru</h2><ul><li><a href='/berita/lapor-konten-negatif/'>Komdigi Blokir"
            " Ribuan Situs Judi Online, Warga Diajak Melapor ke aduankonten.id</a></li><li><a"
            " href='/berita/trust-positif/'>Situs yang Tercantum di TRUST+ Positif Tidak Dapat Diakses dari"
            " Indonesia</a></li></ul></section>"
        ),
    ),
    {"Server": "nginx"},
)

OWN_REFUSALS = (
    LITESPEED_403,
    DEPARTMENT_403,
    DEPARTMENT_403_THROUGH_CLOUDFLARE,
    THEMED_404_QUOTING_CLOUDFLARE,
    THEMED_404_QUOTING_THE_BLOCK_LIST,
)
