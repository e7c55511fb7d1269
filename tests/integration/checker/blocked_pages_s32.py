"""Firewalls and challenges as a red team met them (December 2026), and the department pages that look like them.

The vendors' answers are written as they serve them: iFastNet's __test cookie script (InfinityFree), F5's bot
defence, Barracuda, Radware, NinjaFirewall, SafeLine,
Alibaba Cloud's WAF, Wordfence's other wordings, Imperva's "Pardon Our Interruption" and Cloudflare's challenge
through a department's own proxy that drops Cloudflare's headers. The look-alikes are small department pages whose
title an inlined critical stylesheet (Autoptimize, LiteSpeed Cache) pushes kilobytes down, quoting a vendor's
words: a helpdesk's FAQ on F5's rejection, news on sites put on TRUST+ Positif, a footer badge "Protected by
BitNinja", Diskominfo's tool page that checks the block list, and a site's own 404 whose sidebar quotes F5.
"""

# ruff: noqa: E501
# (the pages are kept as their vendors print them, long lines and all)

from __future__ import annotations

from blocked_pages import CLIENT_IP, Shape
from vendor_pages import days_ago, tanggal

# --- the vendors' answers ------------------------------------------------------------------------------

# iFastNet's free hosting (InfinityFree, byet.host): a first visit gets this script, which sets __test and reloads.
INFINITYFREE = Shape(
    "infinityfree",
    200,
    """<html><body><script type="text/javascript" src="/aes.js" ></script><script>function toNumbers(d){var e=[];d.replace(/(..)/g,function(d){e.push(parseInt(d,16))});return e}function toHex(){for(var d=[],d=1==arguments.length&&arguments[0].constructor==Array?arguments[0]:arguments,e="",f=0;f<d.length;f++)e+=(16>d[f]?"0":"")+d[f].toString(16);return e.toLowerCase()}var a=toNumbers("f655ba9d09a112d4968c63579db590b4"),b=toNumbers("98344c2eee86c3994890592585b49f80"),c=toNumbers("2d9f3c1fa7ebf0d5c1d3a0d6b5e9f0c1");document.cookie="__test="+toHex(slowAES.decrypt(c,2,a,b))+"; expires=Thu, 31-Dec-37 23:55:55 GMT; path=/"; location.href="/?i=1";</script><noscript>This site requires Javascript to work, please enable Javascript in your browser or use a browser with Javascript support</noscript></body></html>""",
    {"Server": "nginx", "Cache-Control": "no-cache", "Expires": "Thu, 01 Jan 1970 00:00:01 GMT"},
    "iFastNet/InfinityFree",
    True,
)

F5_BOT_SUPPORT_ID = "11826093842919483621"
# F5 BIG-IP ASM's bot defence: an untitled page whose script sets F5's TS01 cookie and reloads.
F5_BOT_DEFENCE = Shape(
    "f5-bot-defence",
    200,
    f"""<html><head><title></title><script type="text/javascript">window.rbzns={{"bereshit":"1"}};(function(){{var z="";var b="7472797b766172207868723b76617220743d6e6577204461746528292e67657454696d6528293b";for(var i=0;i<b.length;i+=2){{z+=String.fromCharCode(parseInt(b.substr(i,2),16));}}eval(z);}})();document.cookie="TS01a2b3c4_75=08f3a1b2c3d4e5f6; path=/";window.location.reload();</script></head><body><noscript>Please enable JavaScript to view the page content.<br/>Your support ID is: {F5_BOT_SUPPORT_ID}.</noscript></body></html>""",
    {"Set-Cookie": "TS01a2b3c4=01f3a1b2c3d4; Path=/", "Cache-Control": "no-cache"},
    "F5 BIG-IP ASM",
    True,
    f"support ID {F5_BOT_SUPPORT_ID}",
)

BARRACUDA = Shape(
    "barracuda",
    200,
    """<html>
<head><title>Request Rejected</title></head>
<body>
<h1>The request was rejected by the Barracuda Web Application Firewall</h1>
<p>The requested URL was rejected. Please contact the site administrator if you believe this is an error.</p>
<p>Event ID: 18cb3f8a9d2-4b7c0e1a</p>
</body></html>""",
    {"Set-Cookie": "barra_counter_session=98f3a1b2c3d4e5f6; path=/"},
    "Barracuda WAF",
    False,
    "Event ID 18cb3f8a9d2-4b7c0e1a",
)

RADWARE = Shape(
    "radware",
    403,
    """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Unauthorized Request Blocked</title></head><body style="font-family:verdana"><table width="100%" height="100%"><tr><td align="center"><h2>Unauthorized Activity Has Been Detected</h2><p>You are seeing this page because we have detected unauthorized activity.<br>If you believe that there has been some mistake, please contact us at helpdesk@bekasikota.go.id</p><p>Case Number: 1733120044-1087291-3</p></td></tr></table></body></html>""",
    {},
    "Radware",
    False,
    "Case Number 1733120044-1087291-3",
)

NINJAFIREWALL = Shape(
    "ninjafirewall",
    403,
    f"""<html><head><title>NinjaFirewall: 403 Forbidden</title><style>body{{font-family:sans-serif;font-size:13px;color:#000;}}</style><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body bgcolor="white"><br /><br /><br /><br /><br /><p style="text-align:center;color:#FFF;background-color:#000;padding:5px">NinjaFirewall: 403 Forbidden</p><br /><br /><p style="text-align:center;">Sorry <b>{CLIENT_IP}</b>, your request cannot be processed.<br />For security reasons, it was blocked and logged.<br /><br />If you believe this was an error please contact the<br />webmaster and enclose the following incident ID:<br /><br />[ <b>#8472615</b> ]</p></body></html>""",
    {"Server": "Apache"},
    "NinjaFirewall",
    False,
    "incident ID 8472615",
)

SAFELINE = Shape(
    "safeline",
    403,
    """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>Request Blocked</title><style>body{margin:0;font-family:system-ui}.box{max-width:560px;margin:15vh auto;text-align:center}</style></head><body><div class="box"><h1>403</h1><h3>Your request has been blocked</h3><p>The request you sent was identified as a potential attack and blocked by the web application firewall.</p><p class="event">Event ID: 7f2c1d0a9b8e4c3f</p><p class="footer">Protected by <a href="https://waf.chaitin.com/">SafeLine WAF</a></p></div></body></html>""",
    {"Server": "SafeLine"},
    "SafeLine WAF",
    False,
    "Event ID 7f2c1d0a9b8e4c3f",
)

ALIBABA = Shape(
    "alibaba",
    405,
    """<!DOCTYPE html><html><head><meta charset="utf-8"><title>405</title></head><body><div class="err"><img src="https://errors.aliyun.com/images/TB15QGaHpXXXXXXaXXXXXXXXXXX-80-80.png"><h3>Sorry, your request has been blocked as it may cause potential threats to the server's security.</h3><p>Your request ID is: <span>0b5e1a2c17331200448931122e</span></p></div></body></html>""",
    {"Server": "Tengine"},
    "Alibaba Cloud WAF",
)

_WORDFENCE_FOOT = """<p class="generated">Generated by Wordfence at Sat, 5 Dec 2026 7:40:12 GMT.<br>Your computer's time: <script>document.write(Date());</script>.</p>"""
# Wordfence's country block and its rate limit, in words other than its usual block page's.
WORDFENCE_COUNTRY = Shape(
    "wordfence-country",
    503,
    f"""<!DOCTYPE html><html><head><meta charset="UTF-8"><title>Access from your area has been temporarily limited for security reasons</title><link rel="stylesheet" href="/wp-content/plugins/wordfence/css/main.css?ver=7.11.7"></head><body><div class="container"><h1>Access from your area has been temporarily limited for security reasons.</h1><p>If you are a site owner, you can regain access by receiving a login link via email.</p>{_WORDFENCE_FOOT}</div></body></html>""",
    {"Server": "LiteSpeed"},
    "Wordfence",
)
WORDFENCE_RATE = Shape(
    "wordfence-rate",
    503,
    f"""<!DOCTYPE html>
<html><head><meta charset="UTF-8"><title>503 Service Unavailable</title>
<style>body{{font-family:sans-serif;padding:20px;}}</style></head>
<body><h1>503 Service Unavailable</h1>
<p>Your access to this service has been temporarily limited. Please try again in a few minutes. (HTTP response code 503)</p>
<p>Reason: Exceeded the maximum global requests per minute for crawlers or humans.</p>
<p style="font-size:11px;color:#999">Important note for site admins: If you are the administrator of this website note that your access has been limited because you broke one of the Wordfence advanced blocking rules.</p>
{_WORDFENCE_FOOT}
</body></html>""",
    {"Retry-After": "600"},
    "Wordfence",
)

# Imperva's bot challenge, with 200 and its X-Iinfo header.
IMPERVA_PARDON = Shape(
    "imperva-pardon",
    200,
    """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Pardon Our Interruption</title><meta name="viewport" content="width=device-width"><link rel="stylesheet" href="/_Incapsula_Resource?SWKMTFSR=1&e=0.123"><script src="/dinkes-bekasikota-go-id-Whose-Thy-Wast-Thee-Feare-Wher" async></script></head><body><div class="container"><h1>Pardon Our Interruption</h1><p>As you were browsing something about your browser made us think you were a bot. There are a few reasons this might happen:</p><ul><li>You've disabled JavaScript in your web browser.</li><li>You're a power user moving through this website with super-human speed.</li><li>You've disabled cookies in your web browser.</li><li>A third-party browser plugin, such as Ghostery or NoScript, is preventing JavaScript from running.</li></ul><p>To regain access, please make sure that cookies and JavaScript are enabled before reloading the page.</p></div></body></html>""",
    {"X-CDN": "Imperva", "X-Iinfo": "12-3456789-0 0NNN RT(1733120044 1) q(0 -1 -1 -1) r(0 -1)"},
    "Imperva",
    True,
)

# BitNinja's browser integrity check as a host localised it into Indonesian, with 503.
BITNINJA_INDONESIAN = Shape(
    "bitninja-indonesian",
    503,
    f"""<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>Pemeriksaan keamanan</title></head><body><div class="container"><h1>Pemeriksaan integritas peramban</h1><p>Mohon tunggu, kami sedang memeriksa peramban Anda. Anda akan diarahkan ke situs dalam beberapa detik.</p><p>Alamat IP Anda: {CLIENT_IP}</p><script src="/bitninja-browser-integrity-check.js"></script><footer>Dilindungi oleh BitNinja.io</footer></div></body></html>""",
    {"Cache-Control": "no-cache"},
    "BitNinja",
    True,
)

CF_RAY_PROXIED = "8e9a1b2c3d4e5f60"
# Cloudflare's managed challenge through the department's own nginx, which drops Server and CF-RAY.
CLOUDFLARE_PROXIED = Shape(
    "cloudflare-proxied",
    403,
    f"""<!DOCTYPE html><html lang="en-US"><head><title>Just a moment...</title><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><meta name="robots" content="noindex,nofollow"></head><body><div class="main-wrapper" role="main"><div class="main-content"><noscript><div class="h2"><span id="challenge-error-text">Enable JavaScript and cookies to continue</span></div></noscript></div></div><script>(function(){{window._cf_chl_opt={{cvId: '3',cZone: "dinkes.bekasikota.go.id",cType: 'managed',cRay: '{CF_RAY_PROXIED}',cH: 'abc'}};var cpo=document.createElement('script');cpo.src='/cdn-cgi/challenge-platform/h/g/orchestrate/chl_page/v1?ray={CF_RAY_PROXIED}';document.getElementsByTagName('head')[0].appendChild(cpo);}}());</script></body></html>""",
    {"Server": "nginx"},
    "Cloudflare",
    True,
    f"Ray ID {CF_RAY_PROXIED}",
)

BLOCKED = (
    INFINITYFREE,
    F5_BOT_DEFENCE,
    BARRACUDA,
    RADWARE,
    NINJAFIREWALL,
    SAFELINE,
    ALIBABA,
    WORDFENCE_COUNTRY,
    WORDFENCE_RATE,
    IMPERVA_PARDON,
    BITNINJA_INDONESIAN,
    CLOUDFLARE_PROXIED,
)

# --- the department's own pages ------------------------------------------------------------------------

# An inlined critical stylesheet first in the head, as Autoptimize or LiteSpeed Cache writes it: about 9 KB.
_CRITICAL_CSS = (
    "<style id='critical-css'>"
    + "".join(f".c{i}{{margin:{i % 7}px;padding:{i % 5}px;color:#{i % 9}{i % 9}{i % 9}}}" for i in range(260))
    + "</style>"
)
_MENU_ITEMS = (
    "Beranda", "Profil", "Layanan", "Berita", "Pengumuman", "PPID", "Kontak", "Helpdesk", "Unduhan", "Galeri", "FAQ", "Agenda",
)  # fmt: skip


def _day(n: float) -> str:
    return tanggal(days_ago(n))


def small_page(title: str, main: str, critical_css: bool = True) -> str:
    """Return a small department page (Diskominfostandi's theme) under its menu, its title after the critical CSS."""
    menu = "".join(f'<li><a href="/{item.lower()}">{item}</a></li>' for item in _MENU_ITEMS)
    return (
        "<!DOCTYPE html><html lang='id'><head><meta charset='utf-8'>"
        "<meta name='viewport' content='width=device-width, initial-scale=1'>"
        f"{_CRITICAL_CSS if critical_css else ''}<title>{title}</title><link rel='stylesheet' href='/assets/css/app.css'>"
        "</head><body><header><img src='/img/logo-bekasi.png' alt='Logo Kota Bekasi'>"
        f"<h1>Diskominfostandi Kota Bekasi</h1><nav><ul>{menu}</ul></nav></header><main>{main}</main>"
        "<footer><p>&copy; 2026 Dinas Komunikasi, Informatika, Statistik dan Persandian Kota Bekasi. "
        "Jl. Jend. Ahmad Yani No.1, Bekasi.</p></footer></body></html>"
    )


HELPDESK_FAQ = Shape(
    "helpdesk-faq-quoting-f5",
    200,
    small_page(
        "Helpdesk Layanan TIK - Diskominfostandi Kota Bekasi",
        f"""<h2>Helpdesk Layanan TIK</h2><p class="tanggal">Diperbarui {_day(2)}</p>
<p>Helpdesk melayani pengaduan gangguan aplikasi perangkat daerah setiap hari kerja pukul 08.00-16.00 WIB.</p>
<h3>Tanya jawab</h3>
<div class="faq"><h4>Muncul pesan "The requested URL was rejected. Please consult with your administrator." saat membuka aplikasi?</h4>
<p>Pesan tersebut berasal dari firewall aplikasi web (WAF) Pemerintah Kota Bekasi. Catat angka pada baris "Your support ID is: 1459382716" lalu kirimkan Support ID tersebut ke helpdesk melalui formulir di bawah agar tim jaringan dapat memeriksa.</p></div>
<div class="faq"><h4>Aplikasi meminta verifikasi "Just a moment..."?</h4><p>Tunggu beberapa detik; halaman akan terbuka otomatis.</p></div>
<form action="/tiket" method="post"><label>Nama</label><input name="nama"><label>OPD</label><input name="opd"><label>Support ID (jika ada)</label><input name="support_id"><label>Uraian</label><textarea name="uraian"></textarea><button>Kirim tiket</button></form>
<h3>Tiket terbaru</h3><ul class="tiket"><li>{_day(1)} - Aplikasi SIMPEG lambat diakses (selesai)</li><li>{_day(3)} - Email dinas tidak bisa login (selesai)</li><li>{_day(6)} - Support ID 1459382716 pada e-Office (diproses)</li></ul>""",
    ),
)
BLOCK_LIST_NEWS = Shape(
    "news-on-the-block-list",
    200,
    small_page(
        "Berita - Diskominfostandi Kota Bekasi",
        f"""<h2>Berita Terkini</h2>
<article><h3><a href="/berita/situs-judi-catut-nama-pemkot">Diskominfostandi Ajukan Pemblokiran Situs Judi yang Mencatut Nama Pemkot</a></h3><p class="tanggal">{_day(1)}</p>
<p>Diskominfostandi Kota Bekasi telah mengajukan 27 situs judi online yang mencatut nama Pemerintah Kota Bekasi ke Komdigi melalui aduankonten.id. Situs-situs tersebut kini telah diblokir dan masuk daftar TRUST+ Positif (Internet Positif), sehingga tidak dapat diakses dari jaringan internet di Indonesia.</p></article>
<article><h3><a href="/berita/literasi-digital">Literasi Digital untuk Pelajar SMP se-Kota Bekasi</a></h3><p class="tanggal">{_day(4)}</p><p>Kegiatan literasi digital diikuti 300 pelajar.</p></article>
<article><h3><a href="/berita/wifi-publik">Wifi Publik di 56 Kelurahan Kembali Normal</a></h3><p class="tanggal">{_day(8)}</p><p>Layanan wifi publik kembali normal setelah pemeliharaan.</p></article>""",
    ),
)
SECURITY_BADGES = Shape(
    "footer-badge-bitninja",
    200,
    small_page(
        "Dinas Perhubungan Kota Bekasi",
        f"""<h2>Selamat datang</h2><p class="tanggal">{_day(1)}</p><p>Informasi layanan uji KIR, parkir dan angkutan umum Kota Bekasi.</p>
<ul><li>{_day(1)} - Jadwal uji KIR keliling Desember</li><li>{_day(5)} - Rekayasa lalu lintas Jl. Ahmad Yani</li></ul>
<div class="badges">Protected by <a href="https://bitninja.io">BitNinja</a> &middot; <a href="https://www.sucuri.net">Sucuri</a> &middot; Captcha by reCAPTCHA &middot; Browser integrity check enabled</div>""",
    ),
)
# Diskominfo's tool that checks an address against the block list: its title says "Diblokir", early.
BLOCK_LIST_TOOL = Shape(
    "block-list-checking-tool",
    200,
    small_page(
        "Cek Situs Diblokir (TRUST+ Positif) - Diskominfostandi Kota Bekasi",
        f"""<h2>Cek Status Situs di TRUST+ Positif</h2><p class="tanggal">Diperbarui {_day(1)}</p>
<p>Masukkan alamat situs untuk memeriksa apakah situs tersebut diblokir melalui Internet Positif / TRUST+ Positif Komdigi. Situs yang diblokir tidak dapat diakses dari jaringan internet Indonesia. Pengajuan normalisasi dilakukan melalui aduankonten.id.</p>
<form action="/cek" method="get"><input name="url" placeholder="contoh: bekasikota.go.id"><button>Cek</button></form>
<h3>Riwayat pengecekan terbaru</h3><ul><li>{_day(1)} - situs-judi-contoh.com: diblokir</li><li>{_day(2)} - bekasikota.go.id: tidak diblokir</li></ul>""",
        critical_css=False,
    ),
)
LOOK_ALIKES = (HELPDESK_FAQ, BLOCK_LIST_NEWS, SECURITY_BADGES, BLOCK_LIST_TOOL)

# The site's own themed 404, its sidebar quoting F5's rejection: with 404, and as some themes serve it, with 200.
_OWN_404 = small_page(
    "Halaman tidak ditemukan - Diskominfostandi Kota Bekasi",
    """<h2>404 - Halaman tidak ditemukan</h2><p>Maaf, halaman yang Anda cari tidak tersedia. Kembali ke <a href="/">beranda</a>.</p>
<aside><h3>FAQ populer</h3><p>Muncul "The requested URL was rejected. Please consult with your administrator. Your support ID is: 1459382716"? Kirim Support ID ke helpdesk.</p></aside>""",
)
OWN_404_QUOTING_F5 = Shape("own-404-quoting-f5", 404, _OWN_404)
OWN_404_QUOTING_F5_200 = Shape("own-404-quoting-f5-200", 200, _OWN_404)
# The site's own 404 (with 404), its sidebar listing an article on Wordfence's country block, in its words.
OWN_404_QUOTING_WORDFENCE = Shape(
    "own-404-quoting-wordfence",
    404,
    small_page(
        "Halaman tidak ditemukan - Diskominfostandi Kota Bekasi",
        f"""<h2>404 - Halaman tidak ditemukan</h2><p>Maaf, halaman yang Anda cari tidak tersedia.</p>
<aside><h3>Artikel populer</h3><ul><li><a href="/berita/wordfence">Muncul "Access from your area has been temporarily limited for security reasons"? Ini penjelasan pemblokiran negara oleh Wordfence</a> ({_day(3)})</li>
<li><a href="/berita/akses-dibatasi">"Your access to this service has been temporarily limited": kenapa situs OPD membatasi akses?</a> ({_day(9)})</li></ul></aside>""",
    ),
)

# --- round 3: the application's own answers behind a vendor, and a vendor's answers since found ---------------

# Cloudflare's bot detection, which it adds to every HTML answer it passes: the origin's own errors included.
_CF_JSD = (
    "<script>(function(){function c(){var b=a.contentDocument||a.contentWindow.document;if(b){var d=b.createElement('script');"
    "d.innerHTML=\"window.__CF$cv$params={r:'8e9a1b2c3d4e5f61',t:'MTc2NDkyMjAwMA=='};var a=document.createElement('script');"
    "a.nonce='';a.src='/cdn-cgi/challenge-platform/h/b/scripts/jsd/13c98df4ef2d/maind41d.js';"
    "document.getElementsByTagName('head')[0].appendChild(a);\";b.getElementsByTagName('head')[0].appendChild(d)}}"
    "if(document.body){var a=document.createElement('iframe');a.height=1;a.width=1;a.style.position='absolute';a.style.top=0;"
    "a.style.left=0;a.style.border='none';a.style.visibility='hidden';document.body.appendChild(a);if('loading'!==document.readyState)c();"
    "else if(window.addEventListener)document.addEventListener('DOMContentLoaded',c);}})();</script>"
)
_CF = {"Server": "cloudflare", "CF-RAY": "8e9a1b2c3d4e5f61-CGK"}
_INCAPSULA = '<script type="text/javascript" src="/_Incapsula_Resource?SWJIYLWA=719d34d31c8e3a6e6fffd425f7e032f3&ns=1&cb=1184524157" async></script>'
_IINFO = {"X-Iinfo": "13-5207190-5207207 NNNN CT(0 0 0) RT(1733390000 0) q(0 0 0 -1) r(0 0) U18", "X-CDN": "Imperva"}
_F5_COOKIE = {"Set-Cookie": "TS01a2b3c4d5=01f3a1b2c3d4e5f6a7b8; Path=/; Domain=.bekasikota.go.id"}
# The badge of go.id sites, in their footers and on their small pages.
_ADUAN_BADGE = (
    '<div class="insan"><img src="/assets/img/insan.png" alt="Internet Sehat"> Laporkan konten negatif ke '
    '<a href="https://aduankonten.id" target="_blank">aduankonten.id</a></div>'
)


def _laravel_error(code: int, message: str, tail: str = "") -> str:
    """Return Laravel's own error view (resources/views/errors/minimal.blade.php) for ``code``."""
    return f"""<!DOCTYPE html>
<html lang="en">
    <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{message}</title>
        <style>/*! normalize.css v8.0.1 | MIT License | github.com/necolas/normalize.css */html{{line-height:1.15;-webkit-text-size-adjust:100%}}body{{margin:0}}a{{background-color:transparent}}</style>
        <style>body{{font-family:ui-sans-serif,system-ui,-apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}}</style>
    </head>
    <body class="antialiased">
        <div class="relative flex items-top justify-center min-h-screen bg-gray-100 sm:items-center sm:pt-0">
            <div class="max-w-xl mx-auto sm:px-6 lg:px-8">
                <div class="flex items-center pt-8 sm:justify-start sm:pt-0">
                    <div class="px-4 text-lg text-gray-500 border-r border-gray-400 tracking-wider">
                        {code}                    </div>
                    <div class="ml-4 text-lg text-gray-500 uppercase tracking-wider">
                        {message}                    </div>
                </div>
            </div>
        </div>
    {tail}</body>
</html>"""


def _maintenance(title: str = "Pemeliharaan Sistem - Dinkes Kota Bekasi", extra: str = "", tail: str = "") -> str:
    """Return a department's own maintenance notice: a bare page, its logo, the time it is back, a contact."""
    return f"""<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>{title}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{{background:#f4f6f9;font-family:Arial,sans-serif;color:#333;text-align:center}}.box{{max-width:640px;margin:10vh auto;background:#fff;padding:40px;border-radius:8px}}</style>
</head><body><div class="box"><img src="/assets/img/logo-pemkot.png" alt="Pemkot Bekasi" width="90">
<h1>Website Sedang Dalam Pemeliharaan</h1>
<p>Mohon maaf, website Dinas Kesehatan Kota Bekasi sedang dalam pemeliharaan sistem dan peningkatan keamanan server.
Layanan akan kembali normal pada {_day(-1)} pukul 16.00 WIB.</p>
<p>Informasi layanan darurat: <a href="https://wa.me/6281234567890">WhatsApp Pengaduan</a></p>
{extra}
<p class="small">&copy; 2026 Dinas Kesehatan Kota Bekasi</p></div>{tail}</body></html>"""


_SIMPUS_404 = """<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>404 - Halaman Tidak Ditemukan | SIMPUS</title>
<link rel="stylesheet" href="/assets/bootstrap/css/bootstrap.min.css"></head><body class="bg-light">
<div class="container text-center" style="margin-top:12vh"><h1 class="display-1">404</h1><h3>Halaman yang Anda cari tidak dapat diakses</h3>
<p>Alamat mungkin salah ketik atau halaman sudah dipindahkan.</p><a class="btn btn-primary" href="/">Kembali ke Beranda</a>
{extra}<p class="text-muted mt-4">SIMPUS Dinas Kesehatan Kota Bekasi &copy; 2026</p></div></body></html>"""
_SIMPEG_LOGIN = """<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title></title>
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" href="/assets/adminlte/css/adminlte.min.css"></head>
<body class="hold-transition login-page"><div class="login-box"><div class="login-logo"><img src="/assets/img/logo.png" width="70"><br><b>SIMPEG</b> Dinkes</div>
<div class="card"><div class="card-body login-card-body"><p class="login-box-msg">Silakan masuk untuk memulai sesi Anda</p>
<form action="/auth/login" method="post"><input type="hidden" name="csrf_token" value="a1b2c3d4">
<div class="input-group mb-3"><input type="text" name="username" class="form-control" placeholder="NIP / Username"></div>
<div class="input-group mb-3"><input type="password" name="password" class="form-control" placeholder="Kata Sandi"></div>
<div class="input-group mb-3"><img src="/auth/captcha?r=1733390000" alt="captcha"><input type="text" name="captcha" class="form-control" placeholder="Kode Captcha"></div>
<button type="submit" class="btn btn-primary btn-block">Masuk</button></form>
<p class="mb-1 mt-3"><a href="/auth/lupa-password">Lupa kata sandi?</a></p></div></div>
{extra}</div></body></html>"""
_SPLASH = """<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title></title>
<style>body{{background:url(/img/bg.jpg) center/cover;font-family:Poppins,sans-serif}}.apps a{{display:inline-block;margin:8px;padding:14px 22px;background:#fff;border-radius:6px}}</style></head>
<body><div class="splash"><img src="/img/logo-dinkes.png" width="110"><h1>Dinas Kesehatan Kota Bekasi</h1><p>Melayani dengan sepenuh hati</p>
<div class="apps"><a href="/portal">Website Utama</a><a href="https://simpus.dinkes.bekasikota.go.id">SIMPUS</a><a href="https://sikda.dinkes.bekasikota.go.id">SIKDA</a>
<a href="https://antrian.dinkes.bekasikota.go.id">Antrian Online</a><a href="/ppid">PPID</a></div>
{extra}<p>&copy; 2026 Dinkes Kota Bekasi</p></div></body></html>"""
_NEWS_ON_THE_PROGRAMME = (
    '<div class="mt-4 text-start"><h5>Berita terbaru</h5><ul><li><a href="/berita/sosialisasi-internet-positif">Diskominfo '
    'Sosialisasikan Internet Positif di SMPN 2 Bekasi</a></li><li><a href="/berita/posyandu">Posyandu Serentak</a></li>'
    '<li><a href="/berita/dbd">Waspada DBD</a></li></ul></div>'
)

# Diskominfo's tool that checks addresses against TRUST+ Positif: its menu a Bootstrap navbar, not a <nav>.
_BLOCK_LIST_TOOL = """<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>Cek Situs Diblokir</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" href="/css/bootstrap.min.css"></head>
<body><div class="navbar navbar-expand-lg navbar-dark bg-primary"><a class="navbar-brand" href="/">Diskominfostandi Kota Bekasi</a>
<a class="nav-link text-white" href="/panduan">Panduan</a><a class="nav-link text-white" href="/riwayat">Riwayat Cek</a></div>
<div class="container mt-4"><h3>Cek Status Situs di TRUST+ Positif</h3>
<p class="text-muted">Masukkan alamat situs untuk memeriksa apakah terdaftar dalam basis data TRUST+ Positif Komdigi.</p>
<form action="/cek" method="get" class="mb-3"><input name="url" class="form-control" placeholder="contoh: bekasikota.go.id">
<button class="btn btn-primary mt-2">Cek</button></form>
<div class="alert alert-danger"><b>slotbekasi88.xyz</b>: Situs ini diblokir (terdaftar di TRUST+ Positif).</div>
<div class="alert alert-success"><b>disdik.bekasikota.go.id</b>: tidak diblokir.</div>
<p class="small">Jika situs dinas Anda tidak dapat diakses, laporkan ke <a href="https://aduankonten.id">aduankonten.id</a>
atau hubungi Bidang Persandian.</p></div><footer class="text-center small py-3">&copy; 2026 Diskominfostandi Kota Bekasi</footer>
</body></html>"""
# The city's CSIRT warning of sites it blocks on the Pemkot network, titled "Peringatan", quoting the programme once.
_CSIRT_WARNING = """<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>Peringatan</title>
<style>body{font-family:Arial,sans-serif;background:#fff8e1}.container{max-width:720px;margin:8vh auto}</style></head>
<body><div class="container"><img src="/img/csirt-bekasi.png" alt="CSIRT Kota Bekasi" height="60"><h3>Peringatan Keamanan Informasi</h3>
<p>CSIRT Kota Bekasi: situs yang Anda tuju di bawah ini diblokir di jaringan Pemkot karena terdeteksi memuat judi online dan
terdaftar di Internet Positif. Jangan membuka tautan tersebut.</p><ul><li>bekasislot88.xyz</li><li>nagatoto.vip</li></ul>
<p>Laporan insiden: <a href="https://csirt.bekasikota.go.id">CSIRT Kota Bekasi</a></p></div></body></html>"""
# A help line in the application's own 404, quoting the provider's landing page in one sentence.
_HELP_ON_THE_PROGRAMME = (
    '<div class="mt-3 text-start small"><b>Tidak bisa membuka situs?</b> Jika muncul laman Internet Positif yang '
    'menyatakan situs ini diblokir, laporkan ke <a href="https://aduankonten.id">aduankonten.id</a>.</div>'
)
# The application's own answers behind a vendor, or bearing its badge, each with the reason it keeps.
OWN_ANSWERS_BEHIND_A_VENDOR = (
    (
        Shape("cf-detection-laravel-403", 403, _laravel_error(403, "This action is unauthorized.", _CF_JSD), _CF),
        "http_4xx",
    ),
    (
        Shape("cf-detection-maintenance-503", 503, _maintenance(tail=_CF_JSD), {**_CF, "Retry-After": "3600"}),
        "dalam_pemeliharaan",
    ),
    (
        Shape("cf-maintenance-titled-just-a-moment", 503, _maintenance(title="Just a moment..."), _CF),
        "dalam_pemeliharaan",
    ),
    (Shape("aduan-badge-maintenance-503", 503, _maintenance(extra=_ADUAN_BADGE)), "dalam_pemeliharaan"),
    (Shape("aduan-badge-own-404", 404, _SIMPUS_404.format(extra=_ADUAN_BADGE)), "http_4xx"),
    (Shape("own-404-news-on-internet-positif", 404, _SIMPUS_404.format(extra=_NEWS_ON_THE_PROGRAMME)), "http_4xx"),
    (Shape("aduan-badge-untitled-splash", 200, _SPLASH.format(extra=_ADUAN_BADGE)), None),
    (
        Shape(
            "bitninja-badge-maintenance-503",
            503,
            _maintenance(extra='<p class="badge">Protected by <a href="https://bitninja.io">BitNinja</a></p>'),
        ),
        "dalam_pemeliharaan",
    ),
    (
        Shape(
            "bitninja-badge-untitled-login",
            200,
            _SIMPEG_LOGIN.format(
                extra='<p class="text-center small">Protected by BitNinja &middot; Hosting by Jagoan Hosting</p>'
            ),
        ),
        None,
    ),
    (
        Shape(
            "imperva-maintenance-pardon-our-interruption",
            503,
            _maintenance(title="Pardon Our Interruption", tail=_INCAPSULA),
            _IINFO,
        ),
        "dalam_pemeliharaan",
    ),
    (Shape("ddos-guard-laravel-404", 404, _laravel_error(404, "Not Found"), {"Server": "ddos-guard"}), "http_4xx"),
    (
        Shape(
            "ddos-guard-check-image-own-404",
            404,
            _SIMPUS_404.format(
                extra='<img src="/.well-known/ddos-guard/check?context=free_splash" style="display:none">'
            ),
            {"Server": "ddos-guard"},
        ),
        "http_4xx",
    ),
    (Shape("cek-situs-diblokir-tool", 200, _BLOCK_LIST_TOOL), None),
    (Shape("csirt-warning-titled-peringatan", 200, _CSIRT_WARNING), None),
    (Shape("own-404-help-line-on-internet-positif", 404, _SIMPUS_404.format(extra=_HELP_ON_THE_PROGRAMME)), "http_4xx"),
    (Shape("safeline-maintenance-503", 503, _maintenance(), {"Server": "SafeLine"}), "dalam_pemeliharaan"),
    (
        Shape(
            "wordfence-named-in-maintenance-503",
            503,
            _maintenance(
                extra="<p>Kami sedang memasang Wordfence. Selama proses ini, your access to this site has been limited sementara bagi semua pengunjung.</p>"
            ),
        ),
        "dalam_pemeliharaan",
    ),
    (
        Shape(
            "f5-cookie-helpdesk-ticket-untitled",
            200,
            '<!DOCTYPE html><html><head><meta charset="utf-8"><title></title></head><body><div class="box"><img src="/img/logo.png"><h2>Helpdesk Diskominfo</h2><p>Tiket Anda telah kami terima. Your support ID is: 2026120500123. Simpan nomor ini untuk memantau status tiket.</p><a href="/tiket/baru">Buat tiket baru</a></div></body></html>',
            _F5_COOKIE,
        ),
        None,
    ),
)
# Laravel's own throttle behind Cloudflare: the site's own rate limit, not Cloudflare's challenge.
LARAVEL_429_THROUGH_CLOUDFLARE = Shape(
    "cf-detection-laravel-429",
    429,
    _laravel_error(429, "Too Many Requests", _CF_JSD),
    {**_CF, "Retry-After": "60", "X-RateLimit-Limit": "60", "X-RateLimit-Remaining": "0"},
    "",
    limited=True,
)

F5_TSPD_SUPPORT_ID = "14593827160012345678"
# F5 Advanced WAF's bot defence loading its /TSPD/ script, its cookie TSPD_101, its support ID in a noscript.
F5_TSPD = Shape(
    "f5-tspd",
    200,
    f"""<!DOCTYPE html><html><head><meta http-equiv="Pragma" content="no-cache"/><meta http-equiv="Expires" content="-1"/><meta http-equiv="CacheControl" content="no-cache"/><meta http-equiv="Content-Type" content="text/html; charset=utf-8"/><link rel="shortcut icon" href="data:;base64,iVBORw0KGgo="/><script type="text/javascript">(function(){{window["bobcmn"]="1111101010101020000000220000000520000000021e8f6b2a200000096300000000300000000300000006/TSPD/300000008TSPD_101300000005https200000000200000000";window.yZbc=!!window.yZbc;}}());</script><script type="text/javascript" src="/TSPD/08b1c2d3e4f5ab2000d1e9f0a8c7b6e5d4c3b2a1?type=9"></script><noscript>Please enable JavaScript to view the page content.<br/>Your support ID is: {F5_TSPD_SUPPORT_ID}.</noscript></head><body></body></html>""",
    {"Set-Cookie": "TSPD_101=08b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5:; Path=/"},
    "F5 BIG-IP ASM",
    True,
    f"support ID {F5_TSPD_SUPPORT_ID}",
)

# A provider's landing page titled "Peringatan", its name in its logo and its footer.
LANDING_TITLED_PERINGATAN = Shape(
    "landing-peringatan-indihome",
    200,
    """<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>Peringatan</title>
<style>body{font-family:Arial,sans-serif;text-align:center}</style></head>
<body><img src="/img/logo-indihome.png" alt="IndiHome" height="48"><h2>Situs yang Anda tuju diblokir</h2>
<p>Situs ini termasuk dalam daftar TRUST+ Positif Kementerian Komunikasi dan Digital.</p>
<p>Pengaduan: <a href="https://aduankonten.id">aduankonten.id</a></p><p class="small">IndiHome &middot; Telkom Indonesia</p>
</body></html>""",
    {"Cache-Control": "no-cache"},
    "Komdigi",
)
# A provider's landing page titled in its own words, not the programme's name.
LANDING_TITLED_IN_ITS_WORDS = Shape(
    "landing-situs-tidak-bisa-diakses",
    200,
    """<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Situs Tidak Bisa Diakses</title>
<style>body{font-family:Arial,sans-serif;background:#f5f5f5;text-align:center;color:#333}.card{max-width:640px;margin:10vh auto;background:#fff;padding:32px;border-top:6px solid #d32f2f}</style></head>
<body><div class="card"><img src="/img/logo-isp.png" alt="Logo" height="48"><h2>Mohon maaf, situs yang Anda tuju tidak bisa diakses</h2>
<p>Situs ini termasuk dalam database TRUST+ Positif Kementerian Komunikasi dan Digital karena memuat konten yang melanggar peraturan perundang-undangan.</p>
<p>Pengajuan normalisasi: <a href="https://aduankonten.id">aduankonten.id</a></p></div></body></html>""",
    {"Cache-Control": "no-cache"},
    "Komdigi",
)
