#!/usr/bin/env python3
"""Demo fleet: one local HTTP server that plays many Kota Bekasi Perangkat Daerah applications.

Each application is chosen by the Host header (``<sub>.bekasikota.go.id``). Behaviours:
healthy (fresh news), down (503/500/404), slow, stale content, login-protected (form with a
CSRF token), a hidden "slot gacor" injection, a visible defacement, Googlebot-only cloaking and
news about fighting judi online (which must not raise an alarm). A presenter can switch any
application to one more: the web server's default page, a maintenance notice, a PHP error printed
into the page, an AMP version hijacked to a gambling site, gambling written in by a script, a
web application firewall that blocks the checker (the site may work in a browser), or a rate
limiter that turns the checker away (HTTP 429, Laravel's page, with a Retry-After).
Dates are relative to now, so the fleet is deterministic from day to day. Listens on 127.0.0.1 only; run it with the
project's Python (it uses Babel for the Indonesian dates).

    .venv/bin/python deploy/demo/fleet.py --port 18090

A presenter or a test repairs or breaks an application at runtime through the control, which
answers only on the loopback host name (never on an application's host):

    GET  http://127.0.0.1:18090/__fleet/apps              -> {"puskesmas": "down503", ...}
    POST http://127.0.0.1:18090/__fleet/apps/puskesmas    {"behaviour": "healthy"}
    .venv/bin/python deploy/demo/fleet.py set puskesmas healthy --port 18090
    .venv/bin/python deploy/demo/fleet.py list --port 18090

With PANTAU_DEMO_FLEET_TOKEN set, the control wants the same value in the X-Fleet-Token header
(the CLI sends it from the same variable).

Demo login: PANTAU_APP_SECRET_DEMO_LOGIN_USER / PANTAU_APP_SECRET_DEMO_LOGIN_PASSWORD (``make up`` makes
them per machine; the registry names them, as a row may name only ``PANTAU_APP_SECRET_*`` variables).
"""

from __future__ import annotations

import argparse
import hmac
import html
import json
import os
import secrets
import sys
import threading
import time
import urllib.error
import urllib.request
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from http import cookies
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, cast
from urllib.parse import parse_qs, quote, unquote

from babel.dates import format_date

DOMAIN = "bekasikota.go.id"
DEMO_USER = os.environ.get("PANTAU_APP_SECRET_DEMO_LOGIN_USER", "pelaksana.demo")
# No password lives in the repo: without the variable the login apps accept nobody.
DEMO_PASSWORD = os.environ.get("PANTAU_APP_SECRET_DEMO_LOGIN_PASSWORD") or secrets.token_urlsafe(18)

# sub-domain -> (name, behaviour): the behaviour each application plays when the fleet starts
APPS: dict[str, tuple[str, str]] = {
    "www": ("Portal Resmi Pemerintah Kota Bekasi", "healthy"),
    "diskominfo": ("Diskominfostandi Kota Bekasi", "feed"),
    "sso": ("Single Sign-On Pemkot Bekasi", "login"),
    "eofficev2": ("e-Office Kota Bekasi", "login"),
    "sipdah": ("Sistem Informasi Pemerintahan Daerah", "login_locked"),
    "dinkes": ("Dinas Kesehatan Kota Bekasi", "healthy"),
    "puskesmas": ("Sistem Informasi Puskesmas", "down503"),
    "disdukcapil": ("Disdukcapil Kota Bekasi", "sitemap"),
    "antrian-disdukcapil": ("Antrian Online Disdukcapil", "slow"),
    "bapenda": ("Badan Pendapatan Daerah Kota Bekasi", "stale"),
    "ebphtb": ("e-BPHTB Bapenda", "down500"),
    "dpmptsp": ("DPMPTSP Kota Bekasi", "healthy"),
    "mpp": ("Mal Pelayanan Publik Kota Bekasi", "last_modified"),
    "disdik": ("Dinas Pendidikan Kota Bekasi", "hidden_gambling"),
    "ppdb": ("PPDB Kota Bekasi", "healthy"),
    "bpbd": ("BPBD Kota Bekasi", "healthy"),
    "satpolpp": ("Satpol PP Kota Bekasi", "news_judi"),
    "dinsos": ("Dinas Sosial Kota Bekasi", "cloaking"),
    "sikesos": ("Sistem Informasi Kesejahteraan Sosial", "stale"),
    "dbmsda": ("Dinas Bina Marga dan Sumber Daya Air", "healthy"),
    "jdih": ("JDIH Kota Bekasi", "healthy"),
    "lpse": ("LPSE Kota Bekasi", "down404"),
    "bekasibarat": ("Kecamatan Bekasi Barat", "stale"),
    "jatiasih": ("Kecamatan Jatiasih", "healthy"),
    "rawalumbu": ("Kecamatan Rawalumbu", "defaced"),
    "digitaru": ("Dinas Tata Ruang Kota Bekasi", "healthy"),
    "inspektorat": ("Inspektorat Kota Bekasi", "redirect"),
}
OTHER_HOSTS = {"kotacerdas-bekasi.web.id": ("Web Kota Cerdas Bekasi", "healthy")}
# Every behaviour is a Handler method of the same name with a leading underscore.
BEHAVIOURS = (
    "healthy",
    "feed",
    "sitemap",
    "last_modified",
    "slow",
    "stale",
    "down503",
    "down500",
    "down404",
    "redirect",
    "login",
    "login_locked",
    "hidden_gambling",
    "defaced",
    "cloaking",
    "news_judi",
    # Not played at start; a presenter switches an application to them (``fleet.py set``).
    "default_page",
    "maintenance",
    "php_error",
    "amp_hijack",
    "script_gambling",
    "firewall",
    "rate_limited",
    "php_source",
    "soft404",
    "starter_page",
    "block_list",
    "hidden_pinjol",
)
CONTROL_PATH = "/__fleet/apps"
# Only these Host names reach the control: an application host never does, and a web page on
# another name that resolves to 127.0.0.1 (DNS rebinding) cannot either.
CONTROL_HOSTS = frozenset({"127.0.0.1", "localhost"})
CONTROL_HEADER = "X-Fleet-Token"
_SESSIONS: dict[str, str] = {}  # session id -> CSRF token
_AUTHED: set[str] = set()
_LOCK = threading.Lock()


def tanggal(days_ago: int, numeric: bool = False) -> str:
    """Return a date ``days_ago`` in an Indonesian format."""
    day = datetime.now(UTC) + timedelta(hours=7) - timedelta(days=days_ago)
    if numeric:
        return day.strftime("%d/%m/%Y")
    return format_date(day, "EEEE, d MMMM y", locale="id")


def news(items: list[tuple[int, str]]) -> str:
    rows = "".join(
        f'<li class="berita"><span class="tanggal-berita">{tanggal(d, i % 2 == 1)}</span> '
        f'<a href="/berita/{i}">{html.escape(t)}</a></li>'
        for i, (d, t) in enumerate(items)
    )
    return f"<h2>Berita Terkini</h2><ul>{rows}</ul>"


FRESH = [
    (1, "Wali Kota Bekasi resmikan taman kota baru"),
    (4, "Layanan jemput bola perekaman KTP-el"),
    (9, "Rapat koordinasi SPBE tingkat kota"),
]
STALE = [
    (150, "Peringatan Hari Jadi Kota Bekasi"),
    (190, "Sosialisasi layanan administrasi"),
    (260, "Kegiatan kerja bakti warga"),
]


def page(name: str, body: str, head: str = "", title: str | None = None) -> str:
    now = datetime.now(UTC) + timedelta(hours=7)
    return (
        f"<!doctype html><html lang=id><head><meta charset=utf-8><title>{html.escape(title or name)}"
        f'</title><meta name=description content="{html.escape(name)} - Pemerintah Kota Bekasi">{head}'
        f"</head><body><header><h1>{html.escape(name)}</h1>"
        f'<div class="tanggal-hari-ini">{tanggal(0)} {now:%H:%M:%S}</div></header>'
        f"<main>{body}</main>"
        f'<footer><div class="visitor-counter">Pengunjung: {int(time.time()) % 100000}</div>'
        f"<p>&copy; Pemerintah Kota Bekasi</p></footer></body></html>"
    )


HIDDEN_SPAM = (
    '<div style="position:absolute;left:-9999px;top:-9999px">'
    '<a href="https://slot-gacor-maxwin.example/daftar-slot">SLOT GACOR MAXWIN HARI INI</a> '
    "situs slot gacor gampang menang, rtp live tertinggi</div>"
)
# A web application firewall's refusal (Sucuri's, as it blocks a bot), in the application's place.
FIREWALL_BLOCK = (
    '<!DOCTYPE html><html lang="en"><head><title>Sucuri WebSite Firewall - Access Denied</title>'
    '<link rel="stylesheet" href="https://cdn.sucuri.net/sucuri-firewall-block.css" /></head><body>'
    '<div id="main-container"><h1>Access Denied - Sucuri Website Firewall</h1><p>If you are the site owner'
    " (or you manage this site), please whitelist your IP or if you think this block is an error please open a"
    " support ticket and make sure to include the block details (displayed in the box below).</p>"
    "<table><tr><td>Block ID:</td><td><span>BNP005</span></td></tr><tr><td>Block reason:</td>"
    "<td><span>Bad bot access attempt.</span></td></tr></table></div></body></html>"
)
FIREWALL_HEADERS = {"Server": "Sucuri/Cloudproxy", "X-Sucuri-ID": "14013", "X-Sucuri-Block": "BNP005"}
# Laravel's throttle middleware answering too many requests: its own minimal error view.
RATE_LIMITED = (
    '<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><meta name="viewport" '
    'content="width=device-width, initial-scale=1"><title>Too Many Requests</title></head>'
    '<body class="antialiased"><div class="relative flex items-top justify-center min-h-screen">'
    '<div class="max-w-xl mx-auto sm:px-6 lg:px-8"><div class="flex items-center pt-8 sm:justify-start sm:pt-0">'
    '<div class="px-4 text-lg text-gray-500 border-r border-gray-400 tracking-wider">429</div>'
    '<div class="ml-4 text-lg text-gray-500 uppercase tracking-wider">Too Many Requests</div>'
    "</div></div></div></body></html>"
)
RATE_LIMITED_HEADERS = {"Retry-After": "60", "X-RateLimit-Limit": "60", "X-RateLimit-Remaining": "0"}
NGINX_WELCOME = (
    "<!DOCTYPE html><html><head><title>Welcome to nginx!</title><style>html { color-scheme: light dark; }"
    " body { width: 35em; margin: 0 auto; font-family: Tahoma, Verdana, Arial, sans-serif; }</style></head>"
    "<body><h1>Welcome to nginx!</h1><p>If you see this page, the nginx web server is successfully installed"
    " and working. Further configuration is required.</p><p>For online documentation and support please refer"
    ' to <a href="http://nginx.org/">nginx.org</a>.<br/>Commercial support is available at'
    ' <a href="http://nginx.com/">nginx.com</a>.</p><p><em>Thank you for using nginx.</em></p></body></html>'
)
# The theme's "not found" in the portal's header and footer, served with 200 at the application's address.
SOFT_404 = (
    '<div class="alert alert-warning"><h3>Konten tidak ditemukan</h3><p>Konten yang Anda minta mungkin telah'
    ' dihapus atau dipindahkan.</p><a href="/">Kembali ke Beranda</a></div>'
)
# Laravel's welcome page: the framework deployed, the application not (a redeploy that lost its routes).
LARAVEL_WELCOME = (
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Laravel</title></head><body class="antialiased">'
    '<div class="relative sm:flex sm:justify-center sm:items-center min-h-screen"><div class="max-w-7xl mx-auto p-6">'
    '<div class="grid grid-cols-1 md:grid-cols-2 gap-6"><a href="https://laravel.com/docs"><div><h2>Documentation</h2>'
    "<p>Laravel has wonderful documentation covering every aspect of the framework. Whether you are a newcomer or"
    " have prior experience with Laravel, we recommend reading our documentation from beginning to end.</p></div></a>"
    '<a href="https://laracasts.com"><div><h2>Laracasts</h2><p>Laracasts offers thousands of video tutorials on'
    " Laravel, PHP, and JavaScript development.</p></div></a></div>"
    '<div class="ml-4 text-center text-sm">Laravel v10.48.4 (PHP v8.2.12)</div></div></div></body></html>'
)
# An Internet provider's landing page for a site on the country's block list (TRUST+ Positif), in its place.
BLOCK_LIST_LANDING = (
    '<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>Internet Positif</title></head><body>'
    '<div class="container"><img src="/assets/img/logo-internet-positif.png" alt="Internet Positif">'
    "<h1>Mohon Maaf</h1><p>Situs yang Anda tuju tidak dapat diakses karena terindikasi memuat konten negatif yang"
    " melanggar peraturan perundang-undangan.</p><p>Ajukan permohonan normalisasi melalui"
    ' <a href="https://aduankonten.id">aduankonten.id</a>.</p></div></body></html>'
)
# Warnings printed above a page that still renders (display_errors left on in production).
PHP_WARNING = (
    "<br />\n<b>Warning</b>:  mysqli_connect(): (HY000/2002): Connection refused in"
    " <b>/var/www/html/config/koneksi.php</b> on line <b>12</b><br />\n"
    '<br />\n<b>Warning</b>:  Undefined array key "halaman" in <b>/var/www/html/index.php</b>'
    " on line <b>27</b><br />\n"
)
# index.php served as a file: the server was moved and lost its PHP handler. Its (demo) password is
# there for anyone to read; the checker says so without repeating it.
PHP_SOURCE = """<?php
session_start();
require_once __DIR__ . '/config/koneksi.php';
$db = mysqli_connect('10.10.5.21', 'dinkes_web', 'contoh-sandi-demo', 'db_dinkes');
$berita = mysqli_query($db, "SELECT judul, slug, tanggal FROM berita ORDER BY tanggal DESC LIMIT 10");
?>
<!DOCTYPE html>
<html lang="id">
<head><meta charset="utf-8"><title><?= $judul ?></title></head>
<body>
<?php while ($row = mysqli_fetch_assoc($berita)) : ?>
  <article><h3><a href="berita.php?slug=<?= $row['slug'] ?>"><?= htmlspecialchars($row['judul']) ?></a></h3></article>
<?php endwhile; ?>
</body>
</html>
"""
# An attacker's AMP version: the page stays as it was, search engines show the attacker's.
AMP_HIJACK = '<link rel="amphtml" href="https://amp.slot-gacor-maxwin.example/bekasikota/">'
SCRIPT_SPAM = (
    "<script>document.getElementById('pengumuman').innerHTML = '<a href=\"https://situs-toto88.example/\">"
    "Situs toto togel online terpercaya, slot gacor maxwin hari ini</a>';</script>"
)
# Illegal online loans' and pharma's ads planted after the footer, off-screen (as gambling's link farms are).
PINJOL_SPAM = (
    '<div style="position:absolute;left:-9999px;top:-9999px" aria-hidden="true">'
    '<a href="https://dana-kilat.example/pinjaman">Pinjaman online cepat cair tanpa BI checking</a> '
    '<a href="https://dana-kilat.example/ktp">Pinjol langsung cair hanya modal KTP, bunga rendah</a> '
    '<a href="https://obat-pria.example/">Jual obat kuat asli, viagra original kirim cepat</a></div>'
)
BOT_SPAM = (
    "<h2>SLOT GACOR HARI INI</h2><p>Daftar situs slot gacor maxwin terpercaya, bocoran rtp live, "
    'link alternatif <a href="https://slot88.example/">slot88</a>.</p>'
)


class UnknownAppError(LookupError):
    """A control request for an application the fleet does not play."""


class UnknownBehaviourError(ValueError):
    """A control request for a behaviour the fleet does not know."""


class Fleet:
    """Which behaviour each application plays, changed at runtime by the control (thread-safe).

    Applications are keyed by their sub-domain of bekasikota.go.id, other hosts by their name.
    """

    def __init__(self, apps: dict[str, tuple[str, str]]) -> None:
        self._apps = dict(apps)
        self._lock = threading.Lock()

    def app(self, key: str) -> tuple[str, str] | None:
        """Return (name, behaviour) of one application, or None."""
        with self._lock:
            return self._apps.get(key)

    def behaviours(self) -> dict[str, str]:
        """Return the behaviour of every application."""
        with self._lock:
            return {key: behaviour for key, (_, behaviour) in sorted(self._apps.items())}

    def play(self, key: str, behaviour: str) -> None:
        """Make one application play ``behaviour`` from its next request on."""
        with self._lock:
            if key not in self._apps:
                raise UnknownAppError(f"aplikasi {key!r} tidak dikenal armada demo")
            if behaviour not in BEHAVIOURS:
                raise UnknownBehaviourError(f"perilaku {behaviour!r} tidak dikenal; pilih: {', '.join(BEHAVIOURS)}")
            self._apps[key] = (self._apps[key][0], behaviour)


class FleetServer(ThreadingHTTPServer):
    """The fleet's HTTP server: the applications, their behaviours and the control's token."""

    daemon_threads = True
    request_queue_size = 256  # the default backlog of 5 makes clients wait for SYN retries

    def __init__(self, address: tuple[str, int], fleet: Fleet, token: str = "") -> None:
        super().__init__(address, Handler)
        self.fleet = fleet
        self.token = token


def app_key(host: str) -> str | None:
    """Return the fleet key of a Host name: the sub-domain, or the whole name of another host."""
    if host.endswith("." + DOMAIN):
        return host[: -len(DOMAIN) - 1]
    return host if host in OTHER_HOSTS else None


class Handler(BaseHTTPRequestHandler):
    server_version = "Apache"
    sys_version = ""

    def log_message(self, fmt: str, *args: object) -> None:
        if os.environ.get("FLEET_VERBOSE"):
            super().log_message(fmt, *args)

    def do_GET(self) -> None:
        self._dispatch("GET")

    def do_POST(self) -> None:
        self._dispatch("POST")

    @property
    def fleet_server(self) -> FleetServer:
        return cast(FleetServer, self.server)

    def _dispatch(self, method: str) -> None:
        host = (self.headers.get("Host") or "").split(":")[0].lower()
        key = app_key(host)
        app = self.fleet_server.fleet.app(key) if key else None
        if app is not None:
            name, behaviour = app
            getattr(self, f"_{behaviour}")(name, method)
        elif host in CONTROL_HOSTS and self.path.startswith("/__fleet/"):
            self._control(method)
        else:
            self._send(404, "<h1>Host tidak dikenal</h1>")

    # --- control ----------------------------------------------------------------------------
    def _control(self, method: str) -> None:
        if not self._token_ok():
            self._send_json(403, {"error": f"kendali armada menolak: header {CONTROL_HEADER} salah atau tidak ada"})
        elif method == "GET" and self.path == CONTROL_PATH:
            self._send_json(200, self.fleet_server.fleet.behaviours())
        elif method == "POST" and self.path.startswith(CONTROL_PATH + "/"):
            self._control_play(unquote(self.path.removeprefix(CONTROL_PATH + "/")))
        else:
            self._send_json(404, {"error": f"kendali armada: GET {CONTROL_PATH} atau POST {CONTROL_PATH}/<sub>"})

    def _token_ok(self) -> bool:
        expected = self.fleet_server.token
        given = self.headers.get(CONTROL_HEADER) or ""
        return not expected or hmac.compare_digest(given.encode(), expected.encode())

    def _control_play(self, key: str) -> None:
        behaviour = self._json_body().get("behaviour")
        if not isinstance(behaviour, str):
            self._send_json(400, {"error": 'badan permintaan harus JSON {"behaviour": "<perilaku>"}'})
            return
        try:
            self.fleet_server.fleet.play(key, behaviour)
        except UnknownAppError as exc:
            self._send_json(404, {"error": str(exc)})
        except UnknownBehaviourError as exc:
            self._send_json(400, {"error": str(exc)})
        else:
            self._send_json(200, {"sub": key, "behaviour": behaviour})

    def _json_body(self) -> dict[str, Any]:
        length = min(int(self.headers.get("Content-Length") or 0), 10000)
        try:
            body = json.loads(self.rfile.read(length) or b"{}")
        except ValueError:
            return {}
        return body if isinstance(body, dict) else {}

    # --- behaviours -------------------------------------------------------------------------
    def _healthy(self, name: str, method: str) -> None:
        if self.path.startswith("/berita/"):
            self._send(200, page(name, f"<article><p>{tanggal(1)}</p><p>Isi berita.</p></article>"))
        elif self.path == "/":
            self._send(200, page(name, news(FRESH)))
        else:
            self._send(404, page(name, "<p>Halaman tidak ditemukan</p>"))

    def _stale(self, name: str, method: str) -> None:
        self._send(
            200,
            page(name, news(STALE)) if self.path == "/" else page(name, "tidak ada"),
            status_if_missing=self.path != "/",
        )

    def _feed(self, name: str, method: str) -> None:
        if self.path == "/feed.xml":
            items = "".join(
                f"<item><title>{html.escape(t)}</title><link>http://diskominfo.{DOMAIN}/b/{i}</link>"
                f"<pubDate>{format_datetime(datetime.now(UTC) - timedelta(days=d))}</pubDate></item>"
                for i, (d, t) in enumerate(FRESH)
            )
            self._send(
                200,
                f"<?xml version='1.0'?><rss version='2.0'><channel><title>{name}</title>{items}</channel></rss>",
                "application/rss+xml",
            )
            return
        head = '<link rel="alternate" type="application/rss+xml" href="/feed.xml">'
        self._send(200, page(name, "<p>Selamat datang di portal layanan informasi.</p>", head))

    def _sitemap(self, name: str, method: str) -> None:
        if self.path == "/sitemap.xml":
            when = (datetime.now(UTC) - timedelta(days=2)).strftime("%Y-%m-%d")
            self._send(
                200,
                "<?xml version='1.0'?><urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>"
                f"<url><loc>http://disdukcapil.{DOMAIN}/</loc><lastmod>{when}</lastmod></url>"
                "</urlset>",
                "application/xml",
            )
            return
        self._send(200, page(name, "<p>Layanan administrasi kependudukan.</p>"))

    def _last_modified(self, name: str, method: str) -> None:
        modified = format_datetime(datetime.now(UTC) - timedelta(days=3), usegmt=True)
        self._send(
            200,
            page(name, "<p>Informasi layanan perizinan terpadu.</p>"),
            headers={"Last-Modified": modified},
        )

    def _slow(self, name: str, method: str) -> None:
        time.sleep(3)
        self._healthy(name, method)

    def _down503(self, name: str, method: str) -> None:
        self._send(503, "<h1>503 Service Unavailable</h1>")

    def _down500(self, name: str, method: str) -> None:
        self._send(500, "<h1>500 Internal Server Error</h1><p>Database connection failed</p>")

    def _down404(self, name: str, method: str) -> None:
        self._send(404, "<h1>404 Not Found</h1>")

    def _redirect(self, name: str, method: str) -> None:
        if self.path == "/":
            self._send(302, "", headers={"Location": "/beranda"})
        else:
            self._send(200, page(name, news(FRESH)))

    def _hidden_gambling(self, name: str, method: str) -> None:
        self._send(200, page(name, news(FRESH) + HIDDEN_SPAM))

    def _defaced(self, name: str, method: str) -> None:
        self._send(
            200,
            "<html><head><title>Hacked by Anonymous</title></head><body style=background:#000>"
            "<h1>HACKED BY ./GhostSec</h1><p>Your security is low. Greetz to all crew.</p>"
            "</body></html>",
        )

    def _cloaking(self, name: str, method: str) -> None:
        if "googlebot" in (self.headers.get("User-Agent") or "").lower():
            self._send(200, page(name, BOT_SPAM, title="SLOT GACOR MAXWIN - Situs Slot Terpercaya"))
        else:
            self._send(200, page(name, news(FRESH)))

    def _news_judi(self, name: str, method: str) -> None:
        items = [
            (2, "Satpol PP dan Polres Metro Bekasi Kota razia warung yang jadi tempat judi online"),
            (5, "Pemkot Bekasi berantas judi online, warga diimbau waspada"),
        ]
        body = news(items) + (
            "<article><p>Satpol PP bersama kepolisian terus memberantas praktik judi online "
            "dan togel di wilayah Kota Bekasi.</p></article>"
        )
        self._send(200, page(name, body))

    def _default_page(self, name: str, method: str) -> None:
        self._send(200, NGINX_WELCOME)

    def _maintenance(self, name: str, method: str) -> None:
        until = format_date(datetime.now(UTC) + timedelta(days=2), "d MMMM y", locale="id")
        notice = (
            "<h2>Mohon maaf, situs sedang dalam perbaikan</h2><p>Kami sedang melakukan pemeliharaan sistem"
            f" untuk meningkatkan layanan. Situs akan kembali dapat diakses pada {until}.</p>"
        )
        self._send(200, page(name, notice, title=f"Sedang Dalam Perbaikan - {name}"))

    def _php_error(self, name: str, method: str) -> None:
        self._send(200, PHP_WARNING + page(name, news(FRESH)))

    def _amp_hijack(self, name: str, method: str) -> None:
        self._send(200, page(name, news(FRESH), head=AMP_HIJACK))

    def _script_gambling(self, name: str, method: str) -> None:
        self._send(200, page(name, news(FRESH) + '<div id="pengumuman"></div>' + SCRIPT_SPAM))

    def _hidden_pinjol(self, name: str, method: str) -> None:
        self._send(200, page(name, news(FRESH) + PINJOL_SPAM))

    def _firewall(self, name: str, method: str) -> None:
        self._send(403, FIREWALL_BLOCK, headers=FIREWALL_HEADERS)

    def _rate_limited(self, name: str, method: str) -> None:
        self._send(429, RATE_LIMITED, headers=RATE_LIMITED_HEADERS)

    def _php_source(self, name: str, method: str) -> None:
        self._send(200, PHP_SOURCE, "text/plain; charset=utf-8")

    def _soft404(self, name: str, method: str) -> None:
        self._send(200, page(name, SOFT_404))

    def _starter_page(self, name: str, method: str) -> None:
        self._send(200, LARAVEL_WELCOME)

    def _block_list(self, name: str, method: str) -> None:
        self._send(200, BLOCK_LIST_LANDING)

    def _login(self, name: str, method: str, locked: bool = False) -> None:
        jar = cookies.SimpleCookie(self.headers.get("Cookie") or "")
        sid = jar["sid"].value if "sid" in jar else ""
        if self.path == "/login" and method == "GET":
            self._login_form(name)
        elif self.path == "/login" and method == "POST":
            self._login_post(name, sid, locked)
        elif self.path == "/dashboard":
            with _LOCK:
                ok = sid in _AUTHED
            if ok:
                self._send(
                    200,
                    page(name, f"<p>Selamat datang, {html.escape(DEMO_USER)}</p><a href=/logout>Keluar</a>"),
                )
            else:
                self._send(302, "", headers={"Location": "/login"})
        elif self.path == "/":
            self._send(200, page(name, '<p>Silakan <a href="/login">masuk</a>.</p>'))
        else:
            self._send(404, page(name, "tidak ditemukan"))

    def _login_locked(self, name: str, method: str) -> None:
        self._login(name, method, locked=True)

    def _login_form(self, name: str) -> None:
        sid, token = secrets.token_hex(16), secrets.token_hex(16)
        with _LOCK:
            if len(_SESSIONS) > 10000:
                _SESSIONS.clear()
            _SESSIONS[sid] = token
        form = (
            '<form method="post" action="/login">'
            f'<input type="hidden" name="_token" value="{token}">'
            '<input type="hidden" name="remember" value="0">'
            '<label>Nama pengguna <input name="username"></label>'
            '<label>Kata sandi <input type="password" name="password"></label>'
            '<button type="submit">Masuk</button></form>'
        )
        self._send(200, page(name, form), headers={"Set-Cookie": f"sid={sid}; Path=/; HttpOnly"})

    def _login_post(self, name: str, sid: str, locked: bool) -> None:
        length = min(int(self.headers.get("Content-Length") or 0), 10000)
        form = parse_qs(self.rfile.read(length).decode("utf-8", "replace"))
        with _LOCK:
            token_ok = bool(sid) and _SESSIONS.pop(sid, None) == (form.get("_token") or [""])[0]
        if not token_ok:
            self._send(419, page(name, "<p>Sesi kedaluwarsa (token CSRF tidak sah)</p>"))
            return
        good = (form.get("username") or [""])[0] == DEMO_USER and (form.get("password") or [""])[0] == DEMO_PASSWORD
        if locked:
            self._send(200, page(name, "<p class=alert>Akun terkunci. Username atau password salah.</p>"))
        elif good:
            with _LOCK:
                _AUTHED.add(sid)
            self._send(302, "", headers={"Location": "/dashboard"})
        else:
            self._send(200, page(name, "<p class=alert>Username atau password salah.</p>"))

    # --- plumbing ---------------------------------------------------------------------------
    def _send_json(self, status: int, doc: object) -> None:
        self._send(status, json.dumps(doc, ensure_ascii=False), "application/json; charset=utf-8")

    def _send(
        self,
        status: int,
        body: str,
        content_type: str = "text/html; charset=utf-8",
        headers: dict[str, str] | None = None,
        status_if_missing: bool = False,
    ) -> None:
        if status_if_missing:
            status = 404
        data = body.encode()
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)


def serve(port: int, token: str = "") -> None:
    """Serve the fleet on 127.0.0.1:``port`` until interrupted."""
    server = FleetServer(("127.0.0.1", port), Fleet({**APPS, **OTHER_HOSTS}), token)
    print(f"demo fleet: {len(APPS) + len(OTHER_HOSTS)} aplikasi di http://127.0.0.1:{port}", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


def control(port: int, token: str, path: str, body: dict[str, str] | None = None) -> int:
    """Call a running fleet's control; print its answer and return a process exit code."""
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}{path}",
        data=None if body is None else json.dumps(body).encode(),
        headers={"Content-Type": "application/json", **({CONTROL_HEADER: token} if token else {})},
    )
    try:
        with urllib.request.urlopen(request, timeout=10) as answer:  # noqa: S310 - loopback
            print(answer.read().decode())
            return 0
    except urllib.error.HTTPError as exc:
        with exc:
            print(json.loads(exc.read() or b"{}").get("error", exc.reason), file=sys.stderr)
        return 1
    except urllib.error.URLError as exc:
        print(f"armada demo tidak menjawab di 127.0.0.1:{port} ({exc.reason})", file=sys.stderr)
        return 1


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--port", type=int, default=18090, help="on 127.0.0.1 only")
    commands = parser.add_subparsers(dest="command", help="without a command: serve the fleet")
    setter = commands.add_parser("set", help="make one application play a behaviour")
    setter.add_argument("sub", help="the application's sub-domain, e.g. puskesmas")
    setter.add_argument("behaviour", help=", ".join(BEHAVIOURS))
    lister = commands.add_parser("list", help="print every application's behaviour")
    for command in (setter, lister):  # --port after the command too; SUPPRESS keeps one given before it
        command.add_argument("--port", type=int, default=argparse.SUPPRESS)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    token = os.environ.get("PANTAU_DEMO_FLEET_TOKEN", "")
    if args.command == "set":
        return control(args.port, token, f"{CONTROL_PATH}/{quote(args.sub, safe='')}", {"behaviour": args.behaviour})
    if args.command == "list":
        return control(args.port, token, CONTROL_PATH)
    serve(args.port, token)
    return 0


if __name__ == "__main__":
    sys.exit(main())
