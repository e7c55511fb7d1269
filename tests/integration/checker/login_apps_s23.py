"""Department applications whose login the checker misread, as their vendors really build them.

Each installs its routes on a ``FakeSite`` and keeps its sessions as its framework does:

- ``FooterCaptchaApp``: a CodeIgniter 4 department site whose layout loads reCAPTCHA on every page
  for the "Kontak Kami" form in its footer; the login form has no CAPTCHA (``csrf_test_name``
  against its cookie), or, for the look-alike, a widget of its own.
- ``DisabledAccountApp``: CodeIgniter 3 that logs any right password in and lets the dashboard
  say the account is disabled, with only a logout button; or an admin's dashboard listing the
  locked accounts of others.
- ``HiddenCaptchaApp``: PHP without a framework, whose CAPTCHA image (``gambar.php``) names no
  CAPTCHA; ``cek_login.php`` alerts "Kode captcha salah!" and sends the browser back.
- ``SpringApp``: Spring Boot 3 with Spring Security 6 and ``CookieCsrfTokenRepository``: the
  raw token in the ``XSRF-TOKEN`` cookie, the masked one in the form's ``_csrf``; the header,
  read first, must hold a masked token: a cookie's raw one is refused with a 403.
- ``ProxiedLaravelApp``: Laravel behind the city's TLS proxy without ``TrustProxies``: the page
  is served over HTTPS, its form posts to ``http://`` on the same host, the session cookie is
  ``Secure``.
- ``CityHostApp``: e-Office whose login form posts to the city's SSO on another host of
  ``bekasikota.go.id``, which sends the browser back with a ticket that opens the app's session.
"""

from __future__ import annotations

import base64
import secrets
from dataclasses import dataclass, field

from checker_servers import FakeSite, Reply, Request, redirect
from login_apps_real_web import FULL_NAME, PASSWORD, USER, Sessions, adminlte, login_page

_STATS = """<div class="row">
  <div class="col-lg-4"><div class="small-box bg-info"><div class="inner"><h3>1.482</h3>
    <p>Pegawai aktif</p></div><a href="/pegawai" class="small-box-footer">Selengkapnya</a></div></div>
  <div class="col-lg-4"><div class="small-box bg-warning"><div class="inner"><h3>37</h3>
    <p>Usulan kenaikan pangkat</p></div><a href="/usulan" class="small-box-footer">Selengkapnya</a></div></div>
</div>"""
_LOGOUT = '<a href="/auth/logout" class="btn btn-default btn-flat float-right">Keluar</a>'


# --- a department site whose layout loads reCAPTCHA for its footer --------------------------------------


@dataclass
class FooterCaptchaApp:
    """The Dinkes website's back office on CodeIgniter 4, its login inside the public layout."""

    captcha_on_login: bool = False  # the look-alike: the login form holds a widget of its own
    sessions: Sessions = field(default_factory=lambda: Sessions("ci_session"))
    posted: int = 0

    def install(self, site: FakeSite) -> None:
        site.route("*", "/", lambda r: Reply(200, _site_page(_HOME, "")))
        site.route("*", "/auth/login", lambda r: self._page(r) if r.method == "GET" else self._login(r))
        site.route("*", "/admin/dashboard", self._dashboard)

    def _page(self, request: Request) -> Reply:
        _sid, session, cookies = self.sessions.get(request)
        flash, session["flash"] = session.get("flash", ""), ""
        widget = _WIDGET if self.captcha_on_login else ""
        form = _CI4_FORM.format(token=session["token"], widget=widget)
        alert = f'<div class="alert alert-danger">{flash}</div>' if flash else ""
        csrf = f"csrf_cookie_name={session['token']}; Max-Age=7200; path=/; SameSite=Lax"
        return Reply(200, _site_page(alert + form, "Masuk"), cookies=(*cookies, csrf))

    def _login(self, request: Request) -> Reply:
        self.posted += 1
        sid, session, _cookies = self.sessions.get(request)
        if request.value("csrf_test_name") != request.cookies.get("csrf_cookie_name") != session["token"]:
            return Reply(403, "<h1>403</h1><p>The action you requested is not allowed.</p>")
        if request.value("username") != USER or request.value("password") != PASSWORD:
            session["flash"] = "Username atau password salah!"
            return redirect(request, "/auth/login")
        sid, session, cookies = self.sessions.regenerate(sid)
        session["user"] = FULL_NAME
        return redirect(request, "/admin/dashboard", cookies)

    def _dashboard(self, request: Request) -> Reply:
        _sid, session, cookies = self.sessions.get(request)
        if "user" not in session:
            return redirect(request, "/auth/login", cookies)
        return Reply(200, adminlte("Dinkes Kota Bekasi", session["user"], _STATS, _LOGOUT), cookies=cookies)


def _site_page(content: str, title: str) -> str:
    return _SITE.format(content=content, title=f"{title} | " if title else "")


_WIDGET = '<div class="g-recaptcha mb-3" data-sitekey="6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI"></div>'
_HOME = "<h2>Selamat Datang di Website Dinas Kesehatan Kota Bekasi</h2><p>Informasi layanan kesehatan warga.</p>"
_CI4_FORM = """<div class="card"><div class="card-body"><h4 class="card-title">Masuk Admin</h4>
<form action="/auth/login" method="post" accept-charset="utf-8">
  <input type="hidden" name="csrf_test_name" value="{token}">
  <div class="mb-3"><label for="username">Username</label>
    <input type="text" name="username" id="username" class="form-control" required></div>
  <div class="mb-3"><label for="password">Password</label>
    <input type="password" name="password" id="password" class="form-control" required></div>
  {widget}
  <button type="submit" class="btn btn-success w-100">Masuk</button>
</form></div></div>"""
_SITE = """<!DOCTYPE html>
<html lang="id">
<head>
  <meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{title}Dinas Kesehatan Kota Bekasi</title>
  <link rel="stylesheet" href="/assets/css/bootstrap.min.css"><link rel="stylesheet" href="/assets/css/style.css">
  <script src="https://www.google.com/recaptcha/api.js" async defer></script>
</head>
<body>
<header class="navbar navbar-expand-lg navbar-dark bg-success">
  <a class="navbar-brand" href="/"><img src="/assets/img/logo-bekasi.png" height="40" alt=""> Dinkes Kota Bekasi</a>
  <ul class="navbar-nav ms-auto">
    <li class="nav-item"><a class="nav-link" href="/">Beranda</a></li>
    <li class="nav-item"><a class="nav-link" href="/profil">Profil</a></li>
    <li class="nav-item"><a class="nav-link" href="/berita">Berita</a></li>
    <li class="nav-item"><a class="nav-link" href="/layanan">Layanan</a></li>
    <li class="nav-item"><a class="nav-link" href="/ppid">PPID</a></li>
  </ul>
</header>
<main class="container my-4"><div class="row">
  <div class="col-md-5">{content}</div>
  <div class="col-md-7"><h4>Berita Terkini</h4>
    <article><h5><a href="/berita/posyandu-serentak">Posyandu serentak di 12 kecamatan</a></h5>
      <small class="text-muted">3 Desember 2026</small><p>Kegiatan penimbangan balita serentak.</p></article>
    <article><h5><a href="/berita/bulan-imunisasi">Bulan Imunisasi Anak Nasional</a></h5>
      <small class="text-muted">28 November 2026</small><p>Imunisasi kejar bagi anak usia sekolah.</p></article>
    <article><h5><a href="/berita/waspada-dbd">Waspada DBD di musim hujan</a></h5>
      <small class="text-muted">21 November 2026</small><p>Gerakan 3M Plus di lingkungan RW.</p></article>
  </div>
</div></main>
<footer class="bg-dark text-white py-4"><div class="container"><div class="row">
  <div class="col-md-6"><h5>Dinas Kesehatan Kota Bekasi</h5>
    <p>Jl. Pramuka No. 1, Bekasi Selatan<br>Telp. (021) 8841234</p></div>
  <div class="col-md-6"><h5>Kontak Kami</h5>
    <form action="/kontak/kirim" method="post">
      <input type="text" name="nama" class="form-control mb-2" placeholder="Nama">
      <input type="email" name="email" class="form-control mb-2" placeholder="Email">
      <textarea name="pesan" class="form-control mb-2" placeholder="Pesan"></textarea>
      <div class="g-recaptcha mb-2" data-sitekey="6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI"></div>
      <button type="submit" class="btn btn-light">Kirim</button>
    </form></div>
</div><p class="text-center small mt-3">&copy; 2026 Dinas Kesehatan Kota Bekasi</p></div></footer>
<script src="/assets/js/jquery.min.js"></script>
<script src="/assets/js/bootstrap.bundle.min.js"></script>
</body>
</html>"""


# --- CodeIgniter 3: a right password, a disabled account ------------------------------------------------


@dataclass
class DisabledAccountApp:
    """SIMPEG of the BKPSDM on CodeIgniter 3: ``Auth::login`` checks the password only; the
    dashboard's controller reads the account's status."""

    disabled: bool = True  # the admin disabled the monitoring account
    admin: bool = False  # the look-alike: an admin's dashboard, listing others' locked accounts
    sessions: Sessions = field(default_factory=lambda: Sessions("ci_session"))

    def install(self, site: FakeSite) -> None:
        site.route("*", "/", lambda r: redirect(r, "/auth"))
        site.route("*", "/auth", lambda r: Reply(200, login_page("SIMPEG", _CI3_FORM)))
        site.route("*", "/auth/login", self._login)
        site.route("*", "/dashboard", self._dashboard)

    def _login(self, request: Request) -> Reply:
        sid, _session, _cookies = self.sessions.get(request)
        if request.value("username") != USER or request.value("password") != PASSWORD:
            return Reply(200, login_page("SIMPEG", _CI3_FORM, "Username atau password salah!"))
        _sid, session, cookies = self.sessions.regenerate(sid)
        session["user"] = FULL_NAME
        return redirect(request, "/dashboard", cookies)

    def _dashboard(self, request: Request) -> Reply:
        _sid, session, cookies = self.sessions.get(request)
        if "user" not in session:
            return redirect(request, "/auth", cookies)
        if self.admin:
            return Reply(200, adminlte("SIMPEG", session["user"], _ADMIN_LIST, _LOGOUT, _ADMIN_MENU), cookies=cookies)
        if self.disabled:
            return Reply(200, _DISABLED.format(user=session["user"]), cookies=cookies)
        return Reply(200, adminlte("SIMPEG", session["user"], _STATS, _LOGOUT), cookies=cookies)


_CI3_FORM = """<form action="/auth/login" method="post">
  <div class="input-group mb-3">
    <input type="text" name="username" class="form-control" placeholder="NIP / Username"></div>
  <div class="input-group mb-3">
    <input type="password" name="password" class="form-control" placeholder="Password"></div>
  <button type="submit" name="login" value="1" class="btn btn-primary btn-block">Masuk</button>
</form>"""
_DISABLED = """<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8"><title>SIMPEG | Akun</title>
<link rel="stylesheet" href="/dist/css/adminlte.min.css"></head>
<body class="hold-transition layout-top-nav"><div class="wrapper">
<nav class="main-header navbar navbar-expand-md navbar-light navbar-white"><div class="container">
  <a href="/" class="navbar-brand"><img src="/img/logo-bekasi.png" class="brand-image" alt="">
    <span class="brand-text">SIMPEG Kota Bekasi</span></a>
  <ul class="navbar-nav ml-auto"><li class="nav-item"><span class="nav-link">{user}</span></li>
    <li class="nav-item"><a class="nav-link" href="/auth/logout"><i class="fas fa-sign-out-alt"></i> Keluar</a>
    </li></ul>
</div></nav>
<div class="content-wrapper"><div class="content"><div class="container">
  <div class="callout callout-danger mt-4"><h5><i class="fas fa-ban"></i> Akses ditolak</h5>
    <p>Akun Anda telah dinonaktifkan oleh administrator. Silakan hubungi Bidang Aplikasi Informatika
    BKPSDM untuk mengaktifkan kembali.</p></div>
</div></div></div>
<footer class="main-footer"><strong>&copy; 2026 BKPSDM Kota Bekasi</strong></footer>
</div><script src="/plugins/jquery/jquery.min.js"></script><script src="/dist/js/adminlte.min.js"></script>
</body></html>"""
_ADMIN_MENU = """<li class="nav-header">PENGATURAN</li>
          <li class="nav-item"><a href="/admin/pengguna" class="nav-link"><p>Pengguna</p></a></li>
          <li class="nav-item"><a href="/admin/akun-terkunci" class="nav-link"><p>Akun Terkunci</p></a></li>
          <li class="nav-item"><a href="/admin/log-login" class="nav-link"><p>Riwayat Login Gagal</p></a></li>"""
_ADMIN_LIST = """<div class="card"><div class="card-header"><h3 class="card-title">Status Akun Pegawai</h3></div>
<div class="card-body p-0"><table class="table table-striped">
  <thead><tr><th>NIP</th><th>Nama</th><th>Status</th></tr></thead>
  <tbody>
    <tr><td>198703122010011002</td><td>Budi Santoso, S.Kom</td>
      <td><span class="badge bg-danger">Akun diblokir</span></td></tr>
    <tr><td>199001052015032001</td><td>Siti Aminah, S.E.</td>
      <td><span class="badge bg-warning">Akun belum diverifikasi</span></td></tr>
    <tr><td>198511202009011003</td><td>Agus Wibowo</td>
      <td><span class="badge bg-secondary">Akun dinonaktifkan</span></td></tr>
  </tbody></table></div></div>"""


# --- PHP without a framework: a CAPTCHA whose image names none ---------------------------------------------


@dataclass
class HiddenCaptchaApp:
    """SI-Arsip of a kecamatan: ``index.php``'s form with a code drawn by ``gambar.php``."""

    posted: int = 0

    def install(self, site: FakeSite) -> None:
        site.route("*", "/", lambda r: Reply(200, _PHP_LOGIN))
        site.route("*", "/index.php", lambda r: Reply(200, _PHP_LOGIN))
        site.route("*", "/gambar.php", Reply(200, b"\x89PNG\r\n", {"Content-Type": "image/png"}))
        site.route("*", "/cek_login.php", self._check)

    def _check(self, request: Request) -> Reply:
        self.posted += 1
        if not request.value("kode"):
            return Reply(200, "<script>alert('Kode captcha salah!');window.location='index.php';</script>")
        return Reply(200, "<script>alert('Username atau password salah!');history.back();</script>")


_PHP_LOGIN = """<html>
<head><title>SI-ARSIP Kecamatan Bekasi Timur</title>
<link href="css/style.css" rel="stylesheet" type="text/css"></head>
<body bgcolor="#f0f0f0">
<div id="header"><img src="images/logo.png" alt=""> <b>SISTEM INFORMASI ARSIP</b><br>Kecamatan Bekasi Timur</div>
<div id="menu"><a href="index.php">Home</a> | <a href="panduan.php">Panduan</a> | <a href="kontak.php">Kontak</a></div>
<table width="380" align="center" cellpadding="4" class="kotak">
<form name="form1" method="post" action="cek_login.php">
  <tr><td colspan="2" align="center"><b>LOGIN PETUGAS</b></td></tr>
  <tr><td>Username</td><td><input type="text" name="username" size="25"></td></tr>
  <tr><td>Password</td><td><input type="password" name="password" size="25"></td></tr>
  <tr><td></td><td><img src="gambar.php" alt="" border="0"></td></tr>
  <tr><td>Kode</td><td><input type="text" name="kode" size="8" placeholder="Ketik kode di atas"></td></tr>
  <tr><td></td><td><input type="submit" name="Submit" value="Login"> <input type="reset" value="Batal"></td></tr>
</form>
</table>
<div id="footer">Copyright &copy; 2019 Kecamatan Bekasi Timur. All rights reserved.</div>
</body>
</html>"""


# --- Spring Boot 3, Spring Security 6, the token in a cookie -----------------------------------------------


@dataclass
class SpringApp:
    """SIMONEV of the Bappelitbangda: Spring Boot 3 with Thymeleaf and
    ``CookieCsrfTokenRepository.withHttpOnlyFalse()`` beside Spring Security 6's default
    ``XorCsrfTokenRequestAttributeHandler``."""

    sessions: Sessions = field(default_factory=lambda: Sessions("JSESSIONID", "Path=/; HttpOnly"))
    refused: list[str] = field(default_factory=list)

    def install(self, site: FakeSite) -> None:
        site.route("*", "/", self._home)
        site.route("*", "/login", lambda r: self._page(r) if r.method == "GET" else self._login(r))
        site.route("*", "/login?error", self._page)

    def _token(self, request: Request) -> tuple[str, tuple[str, ...]]:
        token = request.cookies.get("XSRF-TOKEN")
        return (token, ()) if token else ((token := str(_uuid())), (f"XSRF-TOKEN={token}; Path=/",))

    def _page(self, request: Request) -> Reply:
        _sid, _session, cookies = self.sessions.get(request)
        token, set_token = self._token(request)
        error = _SPRING_ERROR if request.path.endswith("?error") else ""
        return Reply(200, _SPRING.format(csrf=_xor_mask(token), error=error), cookies=(*cookies, *set_token))

    def _login(self, request: Request) -> Reply:
        token = request.cookies.get("XSRF-TOKEN", "")
        # CsrfTokenRequestAttributeHandler: the header first, the parameter only without it.
        sent = request.headers.get("X-XSRF-TOKEN") or request.value("_csrf")
        if not token or _xor_unmask(sent) != token:
            self.refused.append(sent)
            return Reply(403, _WHITELABEL)
        if request.value("username") != USER or request.value("password") != PASSWORD:
            return redirect(request, "/login?error")
        sid, _session, _cookies = self.sessions.get(request)
        _sid, session, cookies = self.sessions.regenerate(sid)
        session["user"] = FULL_NAME
        fresh = str(_uuid())  # the token is replaced on login (CsrfAuthenticationStrategy)
        return redirect(request, "/", (*cookies, f"XSRF-TOKEN={fresh}; Path=/"))

    def _home(self, request: Request) -> Reply:
        _sid, session, cookies = self.sessions.get(request)
        if "user" not in session:
            return redirect(request, "/login", cookies)
        logout = (
            '<form action="/logout" method="post" class="d-inline">'
            f'<input type="hidden" name="_csrf" value="{_xor_mask(request.cookies.get("XSRF-TOKEN", ""))}">'
            '<button type="submit" class="btn btn-default btn-flat">Keluar</button></form>'
        )
        return Reply(200, adminlte("SIMONEV", session["user"], _STATS, logout), cookies=cookies)


def _uuid() -> str:
    raw = secrets.token_hex(16)
    return f"{raw[:8]}-{raw[8:12]}-{raw[12:16]}-{raw[16:20]}-{raw[20:]}"


def _xor_mask(token: str) -> str:
    raw = token.encode()
    key = secrets.token_bytes(len(raw))
    return base64.urlsafe_b64encode(key + bytes(a ^ b for a, b in zip(raw, key, strict=True))).decode()


def _xor_unmask(masked: str) -> str | None:
    """Return the token a masked value holds, or None for one that is not masked (Spring's getTokenValue)."""
    try:
        data = base64.urlsafe_b64decode(masked + "=" * (-len(masked) % 4))
    except ValueError:
        return None
    half = len(data) // 2
    if half != 36 or len(data) != 72:
        return None
    return bytes(a ^ b for a, b in zip(data[half:], data[:half], strict=True)).decode("latin-1")


_SPRING_ERROR = '<div class="alert alert-danger">Username atau password salah.</div>'
_SPRING = """<!DOCTYPE html>
<html lang="id">
<head><meta charset="utf-8"><title>Masuk - SIMONEV Bappelitbangda</title>
<link rel="stylesheet" href="/webjars/bootstrap/5.3.2/css/bootstrap.min.css"></head>
<body class="bg-light">
<nav class="navbar navbar-dark bg-primary"><div class="container">
  <a class="navbar-brand" href="/">SIMONEV Bappelitbangda Kota Bekasi</a></div></nav>
<main class="container"><div class="row justify-content-center"><div class="col-md-4 mt-5">
  <div class="card shadow-sm"><div class="card-body">
  <h1 class="h5 mb-3">Masuk ke SIMONEV</h1>
  {error}
  <form action="/login" method="post">
    <div class="mb-3"><label for="username" class="form-label">Username</label>
      <input type="text" id="username" name="username" class="form-control" autofocus></div>
    <div class="mb-3"><label for="password" class="form-label">Password</label>
      <input type="password" id="password" name="password" class="form-control"></div>
    <button type="submit" class="btn btn-primary w-100">Masuk</button>
  <input type="hidden" name="_csrf" value="{csrf}"/></form>
  </div></div>
  <p class="text-center text-muted small mt-3">Pemantauan dan evaluasi pembangunan daerah.</p>
</div></div></main>
<footer class="text-center text-muted small py-3">&copy; 2026 Bappelitbangda Kota Bekasi</footer>
<script src="/webjars/bootstrap/5.3.2/js/bootstrap.bundle.min.js"></script>
</body>
</html>"""
_WHITELABEL = """<html><body><h1>Whitelabel Error Page</h1>
<p>This application has no explicit mapping for /error, so you are seeing this as a fallback.</p>
<div id='created'>Wed Dec 03 10:12:44 WIB 2026</div>
<div>There was an unexpected error (type=Forbidden, status=403).</div></body></html>"""


# --- Laravel behind the city's TLS proxy ---------------------------------------------------------------------


@dataclass
class ProxiedLaravelApp:
    """SIPKD of the BPKAD: Laravel 10 on laravel/ui behind a TLS-terminating proxy, without
    ``TrustProxies``: ``route('login')`` is written ``http://``; ``SESSION_SECURE_COOKIE=true``."""

    sessions: Sessions = field(default_factory=lambda: Sessions("sipkd_session", "HttpOnly; Secure; SameSite=Lax"))

    def install(self, site: FakeSite) -> None:
        site.route("*", "/", lambda r: _proxied("/login"))
        site.route("*", "/login", lambda r: self._page(r) if r.method == "GET" else self._login(r))
        site.route("*", "/home", self._home)

    def _page(self, request: Request) -> Reply:
        _sid, session, cookies = self.sessions.get(request)
        action = f"http://{request.headers.get('Host', '')}/login"  # the proxy's scheme, not the browser's
        form = _LARAVEL_FORM.format(action=action, token=session["token"])
        head = f'<meta name="csrf-token" content="{session["token"]}">'
        return Reply(200, login_page("SIPKD BPKAD", form, "", head), cookies=cookies)

    def _login(self, request: Request) -> Reply:
        sid, session, cookies = self.sessions.get(request)
        if cookies or request.value("_token") != session["token"]:
            return Reply(419, "<title>Page Expired</title><div>419 | Page Expired</div>")
        if request.value("email") != USER or request.value("password") != PASSWORD:
            return _proxied("/login")
        _sid, session, cookies = self.sessions.regenerate(sid)
        session["user"] = FULL_NAME
        return _proxied("/home", cookies)

    def _home(self, request: Request) -> Reply:
        _sid, session, cookies = self.sessions.get(request)
        if "user" not in session:
            return _proxied("/login", cookies)
        return Reply(200, adminlte("SIPKD BPKAD", session["user"], _STATS, _LOGOUT), cookies=cookies)


def _proxied(path: str, cookies: tuple[str, ...] = ()) -> Reply:
    """Return Laravel's redirect as the proxy rewrites it (nginx's ``proxy_redirect``): on the browser's origin."""
    return Reply(302, "", {"Location": path}, cookies)


_LARAVEL_FORM = """<form method="POST" action="{action}">
  <input type="hidden" name="_token" value="{token}" autocomplete="off">
  <div class="input-group mb-3"><input id="email" type="text" class="form-control" name="email" required
    autocomplete="email" autofocus placeholder="Username"></div>
  <div class="input-group mb-3"><input id="password" type="password" class="form-control" name="password" required
    autocomplete="current-password" placeholder="Password"></div>
  <div class="row"><div class="col-8"><div class="icheck-primary">
    <input type="checkbox" name="remember" id="remember"><label for="remember">Ingat saya</label></div></div>
  <div class="col-4"><button type="submit" class="btn btn-primary btn-block">Masuk</button></div></div>
</form>"""


# --- e-Office posting to the city's SSO ----------------------------------------------------------------------


@dataclass
class CityHostApp:
    """e-Office of the Setda, whose login form posts to ``sso.bekasikota.go.id``; the SSO sends
    the browser back to the app's callback with a ticket, which opens the app's session."""

    app: str = "eoffice.bekasikota.go.id"
    sso: str = "sso.bekasikota.go.id"
    sessions: Sessions = field(default_factory=lambda: Sessions("eoffice_session"))
    tickets: dict[str, str] = field(default_factory=dict)

    def install(self, site: FakeSite) -> None:
        site.route(self.app, "/", lambda r: redirect(r, "/login"))
        site.route(self.app, "/login", self._page)
        site.route(self.sso, "/login?app=eoffice", self._sso)
        site.route(self.app, "/sso/callback", self._callback)
        site.route(self.app, "/dashboard", self._dashboard)

    def _page(self, request: Request) -> Reply:
        form = _SSO_FORM.format(action=f"http://{self.sso}:{_port(request)}/login?app=eoffice")
        return Reply(200, login_page("e-Office Setda", form))

    def _sso(self, request: Request) -> Reply:
        back = f"http://{self.app}:{_port(request)}"
        if request.value("username") != USER or request.value("password") != PASSWORD:
            return redirect(request, f"{back}/login")
        ticket = secrets.token_hex(8)
        self.tickets[ticket] = FULL_NAME
        # The city's ticket, for every app of the city: a cookie of the whole domain.
        return redirect(request, f"{back}/sso/callback", (f"sso_ticket={ticket}; Domain=.bekasikota.go.id; Path=/",))

    def _callback(self, request: Request) -> Reply:
        ticket = request.cookies.get("sso_ticket", "")
        if ticket not in self.tickets:
            return redirect(request, "/login")
        _sid, session, cookies = self.sessions.start()
        session["user"] = self.tickets.pop(ticket)
        return redirect(request, "/dashboard", cookies)

    def _dashboard(self, request: Request) -> Reply:
        _sid, session, cookies = self.sessions.get(request)
        if "user" not in session:
            return redirect(request, "/login", cookies)
        return Reply(200, adminlte("e-Office Setda", session["user"], _STATS, _LOGOUT), cookies=cookies)


def _port(request: Request) -> str:
    return request.headers.get("Host", "").rsplit(":", 1)[-1]


_SSO_FORM = """<form method="post" action="{action}">
  <input type="hidden" name="service" value="eoffice">
  <div class="input-group mb-3"><input type="text" name="username" class="form-control" placeholder="NIP"></div>
  <div class="input-group mb-3">
    <input type="password" name="password" class="form-control" placeholder="Password"></div>
  <button type="submit" class="btn btn-primary btn-block">Masuk dengan Akun Pemkot</button>
</form>"""
