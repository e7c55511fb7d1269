"""More department applications with a login, as Indonesian government vendors build them.

Each installs its routes on a ``FakeSite`` and keeps its sessions as its framework does, so that a
whole check logs in (or is refused) the way the Pelaksana is in a browser:

- ``BreezeApp``: Laravel 10 with Breeze (or Jetstream's /home) on an AdminLTE 3 layout; login by
  ``email`` (type=email), ``_token`` in the form and ``<meta name="csrf-token">``, 419 without it,
  the error flashed after a redirect back to /login; an account the admin locked; a session cookie
  that is ``Secure`` on a plain-HTTP site (``SESSION_SECURE_COOKIE=true``): 419 in any browser.
- ``CodeIgniterApp``: CodeIgniter 3 (``ci_csrf_token``, ``index.php/...``) or 4
  (``csrf_test_name``), login by ``username``, the flash "Username atau Password salah!", a lock
  after three failures, success redirected to the dashboard greeting the user by full name only.
- ``YiiApp``: a Yii2 advanced backend: ``_csrf-backend`` masked per page against its cookie,
  ``LoginForm[username]``, ``LoginForm[rememberMe]`` as hidden 0 and a checked box.
- ``PlainPhpApp``: PHP without a framework: a ``<table>`` layout around the form posting to
  ``proses_login.php`` (``user``/``pass``); success by ``alert`` and ``window.location`` or by a
  meta refresh; failure by ``alert`` and ``history.back()``; ``session.cookie_secure`` on HTTP.
- ``WordPressApp``: ``wp-login.php`` (``log``/``pwd``, ``testcookie``), in English or Indonesian.
- ``CaptchaApp``: a login form with reCAPTCHA or a security-code image; it counts the posts.
- ``TwoStepApp``: the username on one page, the password on the next.
- ``ChainApp``: the form posts to another path, answered by a chain of 302s through an SSO
  callback that sets the session cookie; the user's name shows only on the page at its end.
- ``PortalApp``: a logged-in page that keeps the public "Login" menu, a login modal and an audit
  menu "Login Gagal".
"""

from __future__ import annotations

import base64
import secrets
from dataclasses import dataclass, field
from html import escape
from typing import Any

from checker_servers import FakeSite, Reply, Request, redirect

USER, PASSWORD = "pelaksana", "rahasia-benar"  # what make_checker's DEMO_USER and DEMO_PASS hold
EMAIL = "pelaksana.monev@bekasikota.go.id"
FULL_NAME = "Drs. H. Ahmad Fauzi, M.Si"  # what the apps greet the Pelaksana with, not the username
_AGE = "Max-Age=7200; path=/"


@dataclass
class Sessions:
    """Server-side sessions by cookie value: a dict of what the app stores in each."""

    cookie: str
    flags: str = "HttpOnly; SameSite=Lax"
    store: dict[str, dict[str, Any]] = field(default_factory=dict)

    def get(self, request: Request) -> tuple[str, dict[str, Any], tuple[str, ...]]:
        sid = request.cookies.get(self.cookie, "")
        if sid in self.store:
            return sid, self.store[sid], ()
        return self.start()

    def start(self) -> tuple[str, dict[str, Any], tuple[str, ...]]:
        sid = secrets.token_hex(16)
        self.store[sid] = {"token": secrets.token_hex(20)}
        return sid, self.store[sid], (f"{self.cookie}={sid}; {_AGE}; {self.flags}",)

    def regenerate(self, sid: str) -> tuple[str, dict[str, Any], tuple[str, ...]]:
        del self.store[sid]  # a new id on login, against session fixation
        return self.start()


# --- an AdminLTE 3 layout, as most vendors' back offices ----------------------------------------------


def adminlte(app: str, user: str, content: str, logout: str, menu: str = "") -> str:
    """Return an AdminLTE 3 page of a logged-in user: navbar, sidebar, content and footer."""
    return _ADMINLTE.format(app=app, user=escape(user), content=content, logout=logout, menu=menu)


def login_page(app: str, form: str, alert: str = "", head: str = "") -> str:
    """Return an AdminLTE 3 login page around the form, with the flashed alert."""
    box = f'<div class="alert alert-danger alert-dismissible">{alert}</div>' if alert else ""
    return _ADMINLTE_LOGIN.format(app=app, form=form, alert=box, head=head)


_ADMINLTE = """<!DOCTYPE html>
<html lang="id">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{app} | Dashboard</title>
  <link rel="stylesheet" href="/plugins/fontawesome-free/css/all.min.css">
  <link rel="stylesheet" href="/dist/css/adminlte.min.css">
</head>
<body class="hold-transition sidebar-mini layout-fixed">
<div class="wrapper">
  <nav class="main-header navbar navbar-expand navbar-white navbar-light">
    <ul class="navbar-nav">
      <li class="nav-item"><a class="nav-link" data-widget="pushmenu" href="#" role="button">
        <i class="fas fa-bars"></i></a></li>
      <li class="nav-item d-none d-sm-inline-block"><a href="/" class="nav-link">Beranda</a></li>
    </ul>
    <ul class="navbar-nav ml-auto">
      <li class="nav-item dropdown user-menu">
        <a href="#" class="nav-link dropdown-toggle" data-toggle="dropdown">
          <img src="/dist/img/user2-160x160.jpg" class="user-image img-circle elevation-2" alt="User Image">
          <span class="d-none d-md-inline">{user}</span>
        </a>
        <ul class="dropdown-menu dropdown-menu-lg dropdown-menu-right">
          <li class="user-footer">
            <a href="/profil" class="btn btn-default btn-flat">Profil</a>
            {logout}
          </li>
        </ul>
      </li>
    </ul>
  </nav>
  <aside class="main-sidebar sidebar-dark-primary elevation-4">
    <a href="/" class="brand-link"><img src="/img/logo-bekasi.png" alt="Logo" class="brand-image">
      <span class="brand-text font-weight-light">{app}</span></a>
    <div class="sidebar">
      <nav class="mt-2">
        <ul class="nav nav-pills nav-sidebar flex-column" data-widget="treeview" role="menu">
          <li class="nav-item"><a href="#" class="nav-link active"><i class="nav-icon fas fa-tachometer-alt"></i>
            <p>Dashboard</p></a></li>
          <li class="nav-item"><a href="/surat_masuk" class="nav-link"><p>Surat Masuk</p></a></li>
          <li class="nav-item"><a href="/surat_keluar" class="nav-link"><p>Surat Keluar</p></a></li>
          {menu}
        </ul>
      </nav>
    </div>
  </aside>
  <div class="content-wrapper">
    <div class="content-header"><div class="container-fluid"><h1 class="m-0">Dashboard</h1></div></div>
    <section class="content"><div class="container-fluid">{content}</div></section>
  </div>
  <footer class="main-footer">
    <strong>Copyright &copy; 2024 <a href="https://bekasikota.go.id">Pemerintah Kota Bekasi</a>.</strong>
    <div class="float-right d-none d-sm-inline-block"><b>Versi</b> 2.1.0</div>
  </footer>
</div>
<script src="/plugins/jquery/jquery.min.js"></script>
<script src="/plugins/bootstrap/js/bootstrap.bundle.min.js"></script>
<script src="/dist/js/adminlte.min.js"></script>
</body>
</html>"""

_ADMINLTE_LOGIN = """<!DOCTYPE html>
<html lang="id">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  {head}
  <title>{app} | Log in</title>
  <link rel="stylesheet" href="https://fonts.googleapis.com/css?family=Source+Sans+Pro:300,400,400i,700">
  <link rel="stylesheet" href="/plugins/fontawesome-free/css/all.min.css">
  <link rel="stylesheet" href="/plugins/icheck-bootstrap/icheck-bootstrap.min.css">
  <link rel="stylesheet" href="/dist/css/adminlte.min.css">
</head>
<body class="hold-transition login-page">
<div class="login-box">
  <div class="login-logo"><img src="/img/logo-bekasi.png" height="64" alt=""><br><b>{app}</b></div>
  <div class="card">
    <div class="card-body login-card-body">
      <p class="login-box-msg">Silakan masuk untuk memulai sesi Anda</p>
      {alert}
      {form}
      <p class="mb-1"><a href="/lupa-password">Lupa kata sandi?</a></p>
    </div>
  </div>
  <p class="text-center text-muted small mt-3">&copy; 2024 Pemerintah Kota Bekasi</p>
</div>
<script src="/plugins/jquery/jquery.min.js"></script>
<script src="/plugins/bootstrap/js/bootstrap.bundle.min.js"></script>
<script src="/dist/js/adminlte.min.js"></script>
</body>
</html>"""

_STATS = """<div class="row">
  <div class="col-lg-3 col-6"><div class="small-box bg-info"><div class="inner"><h3>1.204</h3>
    <p>Permohonan masuk</p></div><a href="/permohonan" class="small-box-footer">Selengkapnya</a></div></div>
  <div class="col-lg-3 col-6"><div class="small-box bg-success"><div class="inner"><h3>988</h3>
    <p>Izin terbit</p></div><a href="/izin" class="small-box-footer">Selengkapnya</a></div></div>
</div>"""


# --- Laravel Breeze / Jetstream --------------------------------------------------------------------


@dataclass
class BreezeApp:
    """SI-Perizinan of the DPMPTSP: Laravel 10 with Breeze's auth on an AdminLTE 3 layout."""

    locale: str = "en"  # APP_LOCALE: "en" or "id", as the vendor left lang/ or translated it
    home: str = "/dashboard"  # RouteServiceProvider::HOME; Jetstream and laravel/ui say /home
    locked: bool = False  # the admin locked the account (a column the vendor added)
    secure_cookie: bool = False  # SESSION_SECURE_COOKIE=true on a site served over plain HTTP
    sessions: Sessions = field(default_factory=lambda: Sessions("laravel_session"))

    def __post_init__(self) -> None:
        if self.secure_cookie:
            self.sessions.flags += "; Secure"

    def install(self, site: FakeSite) -> None:
        site.route("*", "/", lambda r: redirect(r, "/login"))
        site.route("*", "/login", lambda r: self._page(r) if r.method == "GET" else self._login(r))
        site.route("*", self.home, self._dashboard)

    def _page(self, request: Request) -> Reply:
        _sid, session, cookies = self.sessions.get(request)
        error, session["error"] = session.get("error", ""), ""
        form = _BREEZE_FORM.format(token=session["token"], invalid=" is-invalid" if error else "")
        head = f'<meta name="csrf-token" content="{session["token"]}">'
        return Reply(200, login_page("SI-Perizinan", form, error, head), cookies=cookies)

    def _login(self, request: Request) -> Reply:
        sid, session, cookies = self.sessions.get(request)
        token = request.value("_token") or request.headers.get("X-CSRF-TOKEN", "")
        if cookies or not secrets.compare_digest(token, session["token"]):
            return Reply(419, _PAGE_EXPIRED)  # no session came back, or another token: TokenMismatchException
        if request.value("email") != EMAIL or request.value("password") != PASSWORD:
            session["error"] = _AUTH_FAILED[self.locale]
            return redirect(request, "/login")
        if self.locked:
            session["error"] = "Akun Anda terkunci. Silakan hubungi admin DPMPTSP untuk membukanya."
            return redirect(request, "/login")
        sid, session, cookies = self.sessions.regenerate(sid)
        session["user"] = FULL_NAME
        return redirect(request, self.home, cookies)

    def _dashboard(self, request: Request) -> Reply:
        _sid, session, cookies = self.sessions.get(request)
        if "user" not in session:
            return redirect(request, "/login", cookies)
        logout = _LARAVEL_LOGOUT.format(token=session["token"])
        return Reply(200, adminlte("SI-Perizinan", session["user"], _STATS, logout), cookies=cookies)


_AUTH_FAILED = {"en": "These credentials do not match our records.", "id": "Email atau kata sandi salah."}

_BREEZE_FORM = """<form method="POST" action="/login">
  <input type="hidden" name="_token" value="{token}" autocomplete="off">
  <div class="input-group mb-3">
    <input type="email" name="email" class="form-control{invalid}" placeholder="Email" required autofocus
      autocomplete="username">
    <div class="input-group-append"><div class="input-group-text"><span class="fas fa-envelope"></span></div></div>
  </div>
  <div class="input-group mb-3">
    <input type="password" name="password" class="form-control" placeholder="Kata sandi" required
      autocomplete="current-password">
  </div>
  <div class="row">
    <div class="col-8"><div class="icheck-primary">
      <input type="checkbox" id="remember" name="remember"><label for="remember">Ingat saya</label>
    </div></div>
    <div class="col-4"><button type="submit" class="btn btn-primary btn-block">Masuk</button></div>
  </div>
</form>"""

_LARAVEL_LOGOUT = """<form method="POST" action="/logout" class="d-inline">
  <input type="hidden" name="_token" value="{token}" autocomplete="off">
  <button type="submit" class="btn btn-default btn-flat float-right">Keluar</button>
</form>"""

_PAGE_EXPIRED = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Page Expired</title></head>
<body class="antialiased"><div class="flex items-center pt-8 sm:justify-start sm:pt-0">
<div class="px-4 text-lg text-gray-500 border-r border-gray-400 tracking-wider">419</div>
<div class="ml-4 text-lg text-gray-500 uppercase tracking-wider">Page Expired</div></div></body></html>"""


# --- CodeIgniter 3 and 4 ---------------------------------------------------------------------------


@dataclass
class CodeIgniterApp:
    """E-Kinerja of the BKPSDM: CodeIgniter 3 (``index.php`` URLs) or 4, with a lock after three failures."""

    version: int = 3
    failures: int = 0
    sessions: Sessions = field(default_factory=lambda: Sessions("ci_session"))

    @property
    def paths(self) -> tuple[str, str, str]:
        """Return the login page, the form's action and the dashboard."""
        if self.version == 3:
            return "/index.php/auth", "/index.php/auth/proses", "/index.php/dashboard"
        return "/login", "/login/auth", "/dashboard"

    @property
    def csrf(self) -> tuple[str, str]:
        """Return the CSRF field and cookie names of the version's default config."""
        return ("ci_csrf_token", "ci_csrf_cookie") if self.version == 3 else ("csrf_test_name", "csrf_cookie_name")

    def install(self, site: FakeSite) -> None:
        page, action, dashboard = self.paths
        site.route("*", "/", lambda r: redirect(r, page))
        site.route("*", page, self._page)
        site.route("*", action, self._login)
        site.route("*", dashboard, self._dashboard)

    def _page(self, request: Request) -> Reply:
        _sid, session, cookies = self.sessions.get(request)
        token = secrets.token_hex(16)  # csrf_regenerate: a new hash on every page
        flash, session["flash"] = session.get("flash", ""), ""
        form = _CI_FORM.format(action=request.origin() + self.paths[1], name=self.csrf[0], token=token)
        cookie = f"{self.csrf[1]}={token}; {_AGE}"
        return Reply(200, login_page("E-Kinerja", form, flash), cookies=(*cookies, cookie))

    def _login(self, request: Request) -> Reply:
        sid, session, _ = self.sessions.get(request)
        name, cookie = self.csrf
        if (
            request.method != "POST"
            or not request.cookies.get(cookie)
            or request.value(name) != request.cookies[cookie]
        ):
            return Reply(403, _CI_ERROR)
        if self.failures >= 3:
            session["flash"] = "Akun Anda terkunci karena 3 kali salah memasukkan password. Hubungi administrator."
            return redirect(request, self.paths[0])
        if request.value("username") != USER or request.value("password") != PASSWORD:
            self.failures += 1
            session["flash"] = "Username atau Password salah!"
            return redirect(request, self.paths[0])
        sid, session, cookies = self.sessions.regenerate(sid)
        session["user"] = FULL_NAME
        return redirect(request, self.paths[2], cookies)

    def _dashboard(self, request: Request) -> Reply:
        _sid, session, cookies = self.sessions.get(request)
        if "user" not in session:
            return redirect(request, self.paths[0], cookies)
        logout = f'<a href="{request.origin()}/index.php/auth/logout" class="btn btn-default btn-flat">Keluar</a>'
        return Reply(200, adminlte("E-Kinerja", session["user"], _STATS, logout), cookies=cookies)


_CI_FORM = """<form action="{action}" method="post" accept-charset="utf-8">
<input type="hidden" name="{name}" value="{token}" />
  <div class="input-group mb-3"><input type="text" name="username" class="form-control" placeholder="Username"></div>
  <div class="input-group mb-3">
    <input type="password" name="password" class="form-control" placeholder="Password"></div>
  <button type="submit" class="btn btn-primary btn-block">Masuk</button>
</form>"""

_CI_ERROR = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Error</title></head>
<body><div id="container"><h1>An Error Was Encountered</h1>
<p>The action you have requested is not allowed.</p></div></body></html>"""


# --- Yii2 advanced backend -------------------------------------------------------------------------


def _yii_mask(token: bytes) -> str:
    mask = secrets.token_bytes(len(token))
    return base64.urlsafe_b64encode(mask + bytes(a ^ b for a, b in zip(mask, token, strict=True))).decode()


def _yii_unmask(masked: str) -> bytes:
    try:
        raw = base64.urlsafe_b64decode(masked.encode())
    except ValueError:
        return b""
    half = len(raw) // 2
    return bytes(a ^ b for a, b in zip(raw[:half], raw[half:], strict=True))


@dataclass
class YiiApp:
    """SIPKD's back office: yii2-app-advanced, its backend's login as generated, in English."""

    sessions: Sessions = field(default_factory=lambda: Sessions("advanced-backend"))

    def install(self, site: FakeSite) -> None:
        site.route("*", "/", self._home)
        site.route("*", "/site/login", lambda r: self._page(r) if r.method == "GET" else self._login(r))

    def _token(self, request: Request) -> tuple[bytes, tuple[str, ...]]:
        known = request.cookies.get("_csrf-backend", "")
        if known:
            return bytes.fromhex(known), ()
        token = secrets.token_bytes(24)
        return token, (f"_csrf-backend={token.hex()}; path=/; HttpOnly; SameSite=Lax",)

    def _page(self, request: Request, error: str = "") -> Reply:
        _sid, _session, cookies = self.sessions.get(request)
        token, csrf_cookie = self._token(request)
        masked = _yii_mask(token)  # one masked token per request, in the meta and in the form alike
        feedback = f'<div class="invalid-feedback">{error}</div>' if error else ""
        html = _YII_LOGIN.format(token=masked, feedback=feedback, user=escape(request.value("LoginForm[username]")))
        return Reply(200, html, cookies=(*cookies, *csrf_cookie))

    def _login(self, request: Request) -> Reply:
        sid, _session, _ = self.sessions.get(request)
        token, _ = self._token(request)
        if _yii_unmask(request.value("_csrf-backend")) != token:
            return Reply(400, "<h1>Bad Request (#400)</h1><p>Unable to verify your data submission.</p>")
        if request.value("LoginForm[username]") != USER or request.value("LoginForm[password]") != PASSWORD:
            return self._page(request, "Incorrect username or password.")
        sid, session, cookies = self.sessions.regenerate(sid)
        session["user"] = USER
        return redirect(request, "/", cookies)

    def _home(self, request: Request) -> Reply:
        _sid, session, cookies = self.sessions.get(request)
        if "user" not in session:
            return redirect(request, "/site/login", cookies)
        return Reply(200, _YII_HOME.format(user=escape(session["user"]), token=_yii_mask(b"x" * 24)), cookies=cookies)


_YII_LOGIN = """<!DOCTYPE html>
<html lang="en-US" class="h-100">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<meta name="csrf-param" content="_csrf-backend">
<meta name="csrf-token" content="{token}">
<title>Login - SIPKD Kota Bekasi</title>
<link href="/assets/7d3b0c1a/css/bootstrap.css" rel="stylesheet">
<link href="/css/site.css" rel="stylesheet"></head>
<body class="d-flex flex-column h-100">
<main role="main" class="d-flex align-items-center h-100">
<div class="container">
<div class="site-login"><div class="mt-5 offset-lg-3 col-lg-6">
  <h1>Login</h1>
  <p>Please fill out the following fields to login:</p>
  <form id="login-form" action="/site/login" method="post">
  <input type="hidden" name="_csrf-backend" value="{token}">
  <div class="mb-3 field-loginform-username required">
    <label class="form-label" for="loginform-username">Username</label>
    <input type="text" id="loginform-username" class="form-control" name="LoginForm[username]" value="{user}"
      autofocus aria-required="true">
    {feedback}
  </div>
  <div class="mb-3 field-loginform-password required">
    <label class="form-label" for="loginform-password">Password</label>
    <input type="password" id="loginform-password" class="form-control" name="LoginForm[password]" value=""
      aria-required="true">
  </div>
  <div class="mb-3 field-loginform-rememberme">
    <div class="form-check">
      <input type="hidden" name="LoginForm[rememberMe]" value="0"><input type="checkbox" id="loginform-rememberme"
        class="form-check-input" name="LoginForm[rememberMe]" value="1" checked>
      <label class="form-check-label" for="loginform-rememberme">Remember Me</label>
    </div>
  </div>
  <div class="form-group">
    <button type="submit" class="btn btn-primary btn-block" name="login-button">Login</button></div>
  </form>
</div></div>
</div>
</main>
<script src="/assets/4f1c2a9e/jquery.js"></script>
<script src="/assets/2e6f9b51/yii.js"></script>
<script src="/assets/2e6f9b51/yii.activeForm.js"></script>
</body>
</html>"""

_YII_HOME = """<!DOCTYPE html>
<html lang="en-US" class="h-100">
<head><meta charset="UTF-8"><meta name="csrf-param" content="_csrf-backend"><meta name="csrf-token" content="{token}">
<title>SIPKD Kota Bekasi</title><link href="/css/site.css" rel="stylesheet"></head>
<body class="d-flex flex-column h-100">
<header><nav id="w0" class="navbar-expand-md navbar-dark bg-dark fixed-top navbar">
<div class="container"><a class="navbar-brand" href="/">SIPKD Kota Bekasi</a>
<div id="w0-collapse" class="collapse navbar-collapse"><ul id="w1" class="navbar-nav me-auto mb-2 mb-md-0 nav">
<li class="nav-item"><a class="nav-link" href="/site/index">Home</a></li>
<li class="nav-item"><a class="nav-link" href="/anggaran/index">Anggaran</a></li></ul>
<form class="d-flex" action="/site/logout" method="post"><input type="hidden" name="_csrf-backend" value="{token}">
<button type="submit" class="btn btn-link logout text-decoration-none">Logout ({user})</button></form>
</div></div></nav></header>
<main role="main" class="flex-shrink-0"><div class="container"><div class="site-index">
<div class="jumbotron text-center bg-transparent"><h1 class="display-4">Selamat datang di SIPKD</h1>
<p class="lead">Sistem Informasi Pengelolaan Keuangan Daerah.</p></div></div></div></main>
<footer class="footer mt-auto py-3 text-muted"><div class="container">
<p class="float-start">&copy; BPKAD Kota Bekasi 2024</p></div></footer>
</body>
</html>"""


# --- PHP without a framework -----------------------------------------------------------------------


@dataclass
class PlainPhpApp:
    """SIMADU of a kecamatan: PHP 5 style, a table layout, ``proses_login.php`` answering with a script."""

    success: str = "alert"  # "alert": alert and window.location; "refresh": a meta refresh page
    failure_alert: str = "Login gagal"  # what the alert says before history.back()
    cookie_secure: bool = False  # session.cookie_secure = 1 on a site served over plain HTTP
    sessions: Sessions = field(default_factory=lambda: Sessions("PHPSESSID", flags="HttpOnly"))

    def __post_init__(self) -> None:
        if self.cookie_secure:
            self.sessions.flags += "; Secure"

    def install(self, site: FakeSite) -> None:
        site.route("*", "/", lambda r: Reply(302, "", {"Location": "login.php"}))
        site.route("*", "/login.php", lambda r: Reply(200, _PHP_LOGIN, cookies=self.sessions.get(r)[2]))
        site.route("*", "/proses_login.php", self._check)
        site.route("*", "/home.php", self._home)

    def _check(self, request: Request) -> Reply:
        _sid, session, cookies = self.sessions.get(request)
        if request.value("user") != USER or request.value("pass") != PASSWORD:
            script = f"<script>alert('{self.failure_alert}');history.back();</script>"
            return Reply(200, script, cookies=cookies)
        session["user"] = FULL_NAME
        if self.success == "refresh":
            return Reply(200, _PHP_REFRESH, cookies=cookies)
        return Reply(200, "<script>alert('Login berhasil');window.location='home.php'</script>", cookies=cookies)

    def _home(self, request: Request) -> Reply:
        _sid, session, cookies = self.sessions.get(request)
        if "user" not in session:
            return Reply(200, _PHP_EXPIRED, cookies=cookies)
        return Reply(200, _PHP_HOME.format(user=escape(session["user"])), cookies=cookies)


_PHP_LOGIN = """<html>
<head>
<title>SIMADU - Kecamatan Bekasi Timur</title>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<link href="style.css" rel="stylesheet" type="text/css">
</head>
<body bgcolor="#FFFFFF">
<center><img src="images/header.jpg" width="760" height="120" alt="SIMADU"></center>
<br>
<table width="350" border="0" align="center" cellpadding="4" cellspacing="0" class="tabel_login">
<form name="form1" method="post" action="proses_login.php">
  <tr><td colspan="2" align="center" bgcolor="#006699"><font color="#FFFFFF"><b>LOGIN PETUGAS</b></font></td></tr>
  <tr><td width="100">Username</td><td><input name="user" type="text" id="user" size="25"></td></tr>
  <tr><td>Password</td><td><input name="pass" type="password" id="pass" size="25"></td></tr>
  <tr><td>&nbsp;</td><td><input type="submit" name="Submit" value="Login">
    <input type="reset" name="Reset" value="Batal"></td></tr>
</form>
</table>
<p align="center"><font size="1">Copyright &copy; 2015 Kecamatan Bekasi Timur. All Rights Reserved.</font></p>
</body>
</html>"""

_PHP_REFRESH = """<html><head><meta http-equiv="refresh" content="1;url=home.php">
<link href="style.css" rel="stylesheet" type="text/css"></head>
<body><center><img src="images/loading.gif" alt=""><p>Login berhasil. Mohon tunggu, Anda sedang dialihkan ke halaman
utama...</p><p>Jika halaman tidak berpindah, <a href="home.php">klik di sini</a>.</p></center></body></html>"""

_PHP_HOME = """<html>
<head><title>SIMADU - Halaman Utama</title><link href="style.css" rel="stylesheet" type="text/css"></head>
<body>
<center><img src="images/header.jpg" width="760" height="120" alt="SIMADU"></center>
<table width="760" border="0" align="center">
  <tr><td width="180" valign="top" class="menu">
    <a href="home.php">Beranda</a><br><a href="penduduk.php">Data Penduduk</a><br>
    <a href="surat.php">Surat Pengantar</a><br><a href="laporan.php">Laporan</a><br>
    <a href="logout.php" onclick="return confirm('Yakin ingin keluar?')">Logout</a>
  </td>
  <td valign="top"><h3>Selamat Datang, {user}</h3>
    <p>Anda login sebagai petugas pelayanan. Jumlah surat pengantar hari ini: 14.</p></td></tr>
</table>
</body>
</html>"""

_PHP_EXPIRED = """<html>
<head><title>SIMADU - Sesi Berakhir</title><link href="style.css" rel="stylesheet" type="text/css"></head>
<body>
<center><img src="images/header.jpg" width="760" height="120" alt="SIMADU">
<h3>Sesi Anda telah berakhir</h3>
<p>Sesi Anda telah berakhir atau Anda belum masuk. Silakan login kembali untuk melanjutkan.</p>
<p><a href="login.php" class="tombol">Login</a></p></center>
</body>
</html>"""


# --- WordPress --------------------------------------------------------------------------------------


@dataclass
class WordPressApp:
    """PPID of a dinas: WordPress 6.4, ``wp-login.php`` in English or Indonesian."""

    locale: str = "en_US"
    sessions: set[str] = field(default_factory=set)

    def install(self, site: FakeSite) -> None:
        site.route("*", "/", Reply(200, _WP_FRONT))
        site.route("*", "/wp-login.php", lambda r: self._page(r) if r.method == "GET" else self._login(r))
        site.route("*", "/wp-admin/", self._admin)

    def _page(self, request: Request, error: str = "") -> Reply:
        texts = _WP_TEXTS[self.locale]
        box = f'<div id="login_error" class="notice notice-error"><p>{error}</p></div>' if error else ""
        html = _WP_LOGIN.format(origin=request.origin(), error=box, **texts)
        return Reply(200, html, cookies=("wordpress_test_cookie=WP%20Cookie%20check; path=/",))

    def _login(self, request: Request) -> Reply:
        texts = _WP_TEXTS[self.locale]
        if "wordpress_test_cookie" not in request.cookies:
            return self._page(request, texts["cookies"])
        user = escape(request.value("log"))
        if request.value("log") != USER:
            return self._page(request, texts["unknown"].format(user=user))
        if request.value("pwd") != PASSWORD:
            return self._page(request, texts["wrong"].format(user=user))
        auth = secrets.token_hex(20)
        self.sessions.add(auth)
        cookies = (
            f"wordpress_5c1e8a={USER}%7C{auth}; path=/wp-admin; HttpOnly",
            f"wordpress_logged_in_5c1e8a={USER}%7C{auth}; path=/; HttpOnly",
        )
        return Reply(302, "", {"Location": request.value("redirect_to")}, cookies)

    def _admin(self, request: Request) -> Reply:
        auth = request.cookies.get("wordpress_5c1e8a", "").rpartition("%7C")[2]
        if auth not in self.sessions:
            return Reply(302, "", {"Location": request.origin() + "/wp-login.php?redirect_to=%2Fwp-admin%2F&reauth=1"})
        return Reply(200, _WP_ADMIN.format(**_WP_TEXTS[self.locale]))


_WP_TEXTS = {
    "en_US": {
        "lang": "en-US",
        "user_label": "Username or Email Address",
        "password_label": "Password",
        "remember": "Remember Me",
        "submit": "Log In",
        "lost": "Lost your password?",
        "howdy": "Howdy, Admin PPID",
        "logout": "Log Out",
        "cookies": "<strong>Error:</strong> Cookies are blocked or not supported by your browser.",
        "unknown": "<strong>Error:</strong> The username <strong>{user}</strong> is not registered on this site.",
        "wrong": "<strong>Error:</strong> The password you entered for the username <strong>{user}</strong> is "
        'incorrect. <a href="/wp-login.php?action=lostpassword">Lost your password?</a>',
    },
    "id_ID": {
        "lang": "id-ID",
        "user_label": "Nama Pengguna atau Alamat Email",
        "password_label": "Kata Sandi",
        "remember": "Ingat Saya",
        "submit": "Masuk",
        "lost": "Lupa kata sandi?",
        "howdy": "Halo, Admin PPID",
        "logout": "Keluar",
        "cookies": "<strong>Galat:</strong> Kuki diblokir atau tidak didukung oleh peramban Anda.",
        "unknown": "<strong>Galat:</strong> Nama pengguna <strong>{user}</strong> tidak terdaftar di situs ini.",
        "wrong": "<strong>Galat:</strong> Kata sandi yang Anda masukkan untuk nama pengguna <strong>{user}</strong> "
        'salah. <a href="/wp-login.php?action=lostpassword">Lupa kata sandi?</a>',
    },
}

_WP_LOGIN = """<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<title>Log In &lsaquo; PPID Dinas Kesehatan Kota Bekasi &#8212; WordPress</title>
<meta name='robots' content='max-image-preview:large, noindex, noarchive' />
<link rel='stylesheet' id='login-css' href='{origin}/wp-admin/css/login.min.css?ver=6.4.3' media='all' />
<meta name='referrer' content='strict-origin-when-cross-origin' />
<meta name="viewport" content="width=device-width" />
</head>
<body class="login no-js login-action-login wp-core-ui locale-{lang}">
<script type="text/javascript">document.body.className = document.body.className.replace('no-js','js');</script>
<div id="login">
<h1><a href="https://wordpress.org/">Powered by WordPress</a></h1>
{error}
<form name="loginform" id="loginform" action="{origin}/wp-login.php" method="post">
<p><label for="user_login">{user_label}</label>
<input type="text" name="log" id="user_login" class="input" value="" size="20" autocapitalize="off"
  autocomplete="username" required="required" /></p>
<div class="user-pass-wrap"><label for="user_pass">{password_label}</label>
<div class="wp-pwd"><input type="password" name="pwd" id="user_pass" class="input password-input" value="" size="20"
  autocomplete="current-password" spellcheck="false" required="required" />
<button type="button" class="button button-secondary wp-hide-pw hide-if-no-js" data-toggle="0"
  aria-label="Show password"><span class="dashicons dashicons-visibility" aria-hidden="true"></span></button>
</div></div>
<p class="forgetmenot"><input name="rememberme" type="checkbox" id="rememberme" value="forever" />
<label for="rememberme">{remember}</label></p>
<p class="submit"><input type="submit" name="wp-submit" id="wp-submit" class="button button-primary button-large"
  value="{submit}" />
<input type="hidden" name="redirect_to" value="{origin}/wp-admin/" />
<input type="hidden" name="testcookie" value="1" /></p>
</form>
<p id="nav"><a href="{origin}/wp-login.php?action=lostpassword">{lost}</a></p>
<p id="backtoblog"><a href="{origin}/">&larr; Go to PPID Dinas Kesehatan Kota Bekasi</a></p>
</div>
<script src='{origin}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1' id='jquery-core-js'></script>
</body>
</html>"""

_WP_FRONT = """<!DOCTYPE html>
<html lang="id-ID"><head><meta charset="UTF-8"><title>PPID Dinas Kesehatan Kota Bekasi</title>
<link rel="https://api.w.org/" href="/wp-json/"></head>
<body class="home blog"><header class="site-header"><p class="site-title"><a href="/">PPID Dinas Kesehatan</a></p>
<nav class="main-navigation"><ul><li><a href="/">Beranda</a></li><li><a href="/profil/">Profil</a></li>
<li><a href="/informasi-publik/">Informasi Publik</a></li><li><a href="/permohonan/">Permohonan Informasi</a></li>
</ul></nav></header>
<main class="site-main"><article class="post"><h2><a href="/2026/11/daftar-informasi-publik-2026/">Daftar Informasi
Publik 2026</a></h2><p>Daftar Informasi Publik (DIP) Dinas Kesehatan Kota Bekasi tahun 2026 telah ditetapkan dan
dapat diunduh pada halaman Informasi Publik.</p></article></main>
<footer class="site-footer"><p>&copy; 2026 Dinas Kesehatan Kota Bekasi</p></footer></body></html>"""

_WP_ADMIN = """<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="UTF-8"><title>Dashboard &lsaquo; PPID &#8212; WordPress</title></head>
<body class="wp-admin wp-core-ui index-php">
<div id="wpwrap"><div id="adminmenumain"><ul id="adminmenu">
<li><a href="index.php">Dashboard</a></li><li><a href="edit.php">Posts</a></li><li><a href="upload.php">Media</a></li>
</ul></div>
<div id="wpcontent"><div id="wpadminbar"><ul id="wp-admin-bar-top-secondary">
<li id="wp-admin-bar-my-account"><a class="ab-item" href="profile.php">{howdy}</a>
<ul><li id="wp-admin-bar-logout">
  <a class="ab-item" href="/wp-login.php?action=logout&amp;_wpnonce=3f9c1b2a7d">{logout}</a></li></ul>
</li></ul></div>
<div id="wpbody-content"><div class="wrap"><h1>Dashboard</h1>
<div id="dashboard-widgets"><div class="postbox"><h2>At a Glance</h2><p>42 Posts, 7 Pages</p></div></div></div></div>
</div></div>
</body></html>"""


# --- a login form with a CAPTCHA ---------------------------------------------------------------------


@dataclass
class CaptchaApp:
    """SIMPATDA of the Bapenda: a login guarded by reCAPTCHA v2 or by a security-code image."""

    kind: str = "recaptcha"  # or "image": mews/captcha's <img src="/captcha/flat?..."> and a ``captcha`` field
    posts: int = 0

    def install(self, site: FakeSite) -> None:
        site.route("*", "/", lambda r: redirect(r, "/login"))
        site.route("*", "/login", lambda r: Reply(200, self._page()) if r.method == "GET" else self._post())

    def _page(self) -> str:
        if self.kind == "recaptcha":
            widget = '<div class="g-recaptcha mb-3" data-sitekey="6LcQ3xYpAAAAAKv0c1dQ-7bX0pQfFz9mB2rS4eTt"></div>'
            head = '<script src="https://www.google.com/recaptcha/api.js" async defer></script>'
        else:
            widget = (
                '<div class="input-group mb-3"><img src="/captcha/flat?Xk3dP0Qa" alt="kode keamanan" class="mr-2">'
                '<input type="text" name="captcha" class="form-control" placeholder="Kode keamanan"></div>'
            )
            head = ""
        form = _CAPTCHA_FORM.format(widget=widget)
        return login_page("SIMPATDA", form, head=head)

    def _post(self) -> Reply:
        self.posts += 1  # every post is an attempt the app counts against the account
        return Reply(200, login_page("SIMPATDA", _CAPTCHA_FORM.format(widget=""), "Captcha wajib diisi."))


_CAPTCHA_FORM = """<form method="post" action="/login">
  <input type="hidden" name="_token" value="Lq0k3nJv8Yc5">
  <div class="input-group mb-3"><input type="text" name="username" class="form-control" placeholder="NPWPD"></div>
  <div class="input-group mb-3">
    <input type="password" name="password" class="form-control" placeholder="Password"></div>
  {widget}
  <button type="submit" class="btn btn-primary btn-block">Masuk</button>
</form>"""


# --- a two-step login --------------------------------------------------------------------------------


@dataclass
class TwoStepApp:
    """SSO Kota Bekasi: the username first, then a page that asks its password."""

    sessions: Sessions = field(default_factory=lambda: Sessions("sso_session"))

    def install(self, site: FakeSite) -> None:
        site.route("*", "/", lambda r: redirect(r, "/masuk"))
        site.route("*", "/masuk", lambda r: self._first(r) if r.method == "GET" else self._username(r))
        site.route("*", "/masuk/sandi", lambda r: self._second(r) if r.method == "GET" else self._password(r))
        site.route("*", "/beranda", self._home)

    def _first(self, request: Request) -> Reply:
        _sid, session, cookies = self.sessions.get(request)
        error, session["error"] = session.get("error", ""), ""
        form = _SSO_FIRST.format(token=session["token"])
        return Reply(200, login_page("SSO Kota Bekasi", form, error), cookies=cookies)

    def _username(self, request: Request) -> Reply:
        _sid, session, _ = self.sessions.get(request)
        if request.value("_token") != session["token"]:
            return Reply(419, _PAGE_EXPIRED)
        if request.value("username") != USER:
            session["error"] = "Pengguna tidak ditemukan."
            return redirect(request, "/masuk")
        session["who"] = USER
        return redirect(request, "/masuk/sandi")

    def _second(self, request: Request) -> Reply:
        _sid, session, cookies = self.sessions.get(request)
        if "who" not in session:
            return redirect(request, "/masuk", cookies)
        error, session["error"] = session.get("error", ""), ""
        session["token"] = secrets.token_hex(20)  # a new token for the second form
        form = _SSO_SECOND.format(token=session["token"], who=escape(session["who"]))
        return Reply(200, login_page("SSO Kota Bekasi", form, error), cookies=cookies)

    def _password(self, request: Request) -> Reply:
        sid, session, _ = self.sessions.get(request)
        if request.value("_token") != session["token"] or "who" not in session:
            return Reply(419, _PAGE_EXPIRED)
        if request.value("password") != PASSWORD:
            session["error"] = "Kata sandi salah."
            return redirect(request, "/masuk/sandi")
        sid, session, cookies = self.sessions.regenerate(sid)
        session["user"] = USER
        return redirect(request, "/beranda", cookies)

    def _home(self, request: Request) -> Reply:
        _sid, session, cookies = self.sessions.get(request)
        if "user" not in session:
            return redirect(request, "/masuk", cookies)
        logout = '<a href="/keluar" class="btn btn-default btn-flat float-right">Keluar</a>'
        return Reply(200, adminlte("SSO Kota Bekasi", session["user"], _STATS, logout), cookies=cookies)


_SSO_FIRST = """<form method="post" action="/masuk">
  <input type="hidden" name="_token" value="{token}">
  <div class="input-group mb-3"><input type="text" name="username" class="form-control" placeholder="NIP / Username"
    autocomplete="username"></div>
  <button type="submit" class="btn btn-primary btn-block">Lanjut</button>
</form>"""

_SSO_SECOND = """<p>Masuk sebagai <b>{who}</b> (<a href="/masuk">bukan Anda?</a>)</p>
<form method="post" action="/masuk/sandi">
  <input type="hidden" name="_token" value="{token}">
  <div class="input-group mb-3"><input type="password" name="password" class="form-control" placeholder="Kata sandi"
    autocomplete="current-password" autofocus></div>
  <button type="submit" class="btn btn-primary btn-block">Masuk</button>
</form>"""


# --- a chain of redirects through an SSO callback ---------------------------------------------------


@dataclass
class ChainApp:
    """SIAK Terpadu: the form posts to /auth/verifikasi, then 302s through /sso/callback to /app/beranda.

    The session cookie (``path=/app``) is set by the callback, on a redirect; only the last page
    shows the user.
    """

    ticket: str = field(default_factory=lambda: "ST-" + secrets.token_hex(12))  # the one this test's login gets
    sessions: dict[str, str] = field(default_factory=dict)

    def install(self, site: FakeSite) -> None:
        site.route("*", "/", lambda r: redirect(r, "/login"))
        site.route("*", "/login", lambda r: Reply(200, login_page("SIAK Terpadu", _CHAIN_FORM)))
        site.route("*", "/login?error=1", lambda r: Reply(200, login_page("SIAK Terpadu", _CHAIN_FORM)))
        site.route("*", "/auth/verifikasi", self._verify)
        site.route("*", f"/sso/callback?ticket={self.ticket}&next=/app/beranda", self._callback)
        site.route("*", "/app/beranda", self._home)

    def _verify(self, request: Request) -> Reply:
        if request.value("nip") != USER or request.value("sandi") != PASSWORD:
            return redirect(request, "/login?error=1")
        return redirect(request, f"/sso/callback?ticket={self.ticket}&next=/app/beranda")

    def _callback(self, request: Request) -> Reply:
        sid = secrets.token_hex(16)
        self.sessions[sid] = USER
        return redirect(request, "/app/beranda", (f"SIAKSESSID={sid}; path=/app; HttpOnly",))

    def _home(self, request: Request) -> Reply:
        user = self.sessions.get(request.cookies.get("SIAKSESSID", ""))
        if user is None:
            return redirect(request, "/login")
        logout = '<a href="/app/logout" class="btn btn-default btn-flat float-right">Keluar</a>'
        return Reply(200, adminlte("SIAK Terpadu", user, _STATS, logout))


_CHAIN_FORM = """<form method="post" action="/auth/verifikasi">
  <div class="input-group mb-3"><input type="text" name="nip" class="form-control" placeholder="NIP"></div>
  <div class="input-group mb-3"><input type="password" name="sandi" class="form-control" placeholder="Kata sandi"></div>
  <button type="submit" class="btn btn-primary btn-block">Masuk</button>
</form>"""


# --- a logged-in page that still says "Login" --------------------------------------------------------


@dataclass
class PortalApp:
    """Satu Data Bekasi's operator back office on the public portal's template.

    Logged in, its navbar keeps the public "Login" menu and the login modal of the template, the
    sidebar has an audit menu with "Login Gagal", and the user is greeted by full name.
    """

    sessions: dict[str, str] = field(default_factory=dict)

    def install(self, site: FakeSite) -> None:
        site.route("*", "/", lambda r: redirect(r, "/login"))
        site.route("*", "/login", lambda r: Reply(200, login_page("Satu Data Bekasi", _PORTAL_FORM)))
        site.route("*", "/login/proses", self._login)
        site.route("*", "/operator", self._home)

    def _login(self, request: Request) -> Reply:
        if request.value("username") != USER or request.value("password") != PASSWORD:
            alert = "Username atau password yang Anda masukkan tidak sesuai."
            return Reply(200, login_page("Satu Data Bekasi", _PORTAL_FORM, alert))
        sid = secrets.token_hex(16)
        self.sessions[sid] = FULL_NAME
        return redirect(request, "/operator", (f"sdb_session={sid}; path=/; HttpOnly",))

    def _home(self, request: Request) -> Reply:
        user = self.sessions.get(request.cookies.get("sdb_session", ""))
        if user is None:
            return redirect(request, "/login")
        logout = '<a href="/logout" class="btn btn-default btn-flat float-right">Keluar</a>'
        html = adminlte("Satu Data Bekasi", user, _PORTAL_CONTENT, logout, _PORTAL_MENU)
        return Reply(200, html.replace('<ul class="navbar-nav ml-auto">', _PORTAL_PUBLIC_NAV, 1))


_PORTAL_FORM = """<form method="post" action="/login/proses">
  <div class="input-group mb-3"><input type="text" name="username" class="form-control" placeholder="Username"></div>
  <div class="input-group mb-3">
    <input type="password" name="password" class="form-control" placeholder="Password"></div>
  <button type="submit" class="btn btn-primary btn-block">Login</button>
</form>"""

_PORTAL_PUBLIC_NAV = (
    """<ul class="navbar-nav">
  <li class="nav-item"><a href="/dataset" class="nav-link">Dataset</a></li>
  <li class="nav-item"><a href="#" class="nav-link" data-toggle="modal" data-target="#modal-login">Login</a></li>
</ul>
<div class="modal fade" id="modal-login" tabindex="-1"><div class="modal-dialog"><div class="modal-content">
  <div class="modal-header"><h4 class="modal-title">Login Operator</h4></div>
  <div class="modal-body">"""
    + _PORTAL_FORM
    + """</div>
</div></div></div>
<ul class="navbar-nav ml-auto">"""
)

_PORTAL_MENU = """<li class="nav-header">LOG AKTIVITAS</li>
<li class="nav-item"><a href="/log/login-berhasil" class="nav-link"><p>Login Berhasil</p></a></li>
<li class="nav-item"><a href="/log/login-gagal" class="nav-link"><p>Login Gagal</p></a></li>"""

_PORTAL_CONTENT = """<div class="row">
  <div class="col-lg-4"><div class="card"><div class="card-header"><h3 class="card-title">Dataset</h3></div>
    <div class="card-body"><p>312 dataset dari 48 perangkat daerah. 7 menunggu verifikasi.</p></div></div></div>
  <div class="col-lg-4"><div class="card"><div class="card-header"><h3 class="card-title">Keamanan</h3></div>
    <div class="card-body"><p>Percobaan login gagal 24 jam terakhir: 3</p></div></div></div>
</div>"""
