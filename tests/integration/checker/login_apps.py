"""Department applications with a login, as their vendors build them, for the checker's login tests.

Each installs its routes on a ``FakeSite`` and keeps its sessions as the framework does: a
session cookie, a CSRF token where the framework puts it, a refusal as the framework answers it.

- ``LaravelApp``: a Laravel 10 app with laravel/ui's Blade layout; the token in
  ``<meta name="csrf-token">`` and in the encrypted ``XSRF-TOKEN`` cookie, 419 "Page Expired"
  without a valid one, a redirect back to /login with the error flashed on a wrong password, a
  redirect to /dashboard greeting the user in the navbar on success.
- ``CodeIgniterApp``: a CodeIgniter 3 admin panel on AdminLTE; ``csrf_test_name`` hidden field
  checked against the ``csrf_cookie_name`` cookie, the dashboard rendered in the POST's answer.
- ``DjangoAdmin``: Django's admin in Indonesian over HTTPS; ``csrfmiddlewaretoken`` (masked)
  against the ``csrftoken`` cookie, a Referer of the same origin required.
- ``SpaApp``: a single-page app whose login answers 302 to /app, a bare shell with no text.
- ``NativePhpApp``: a PHP app without a framework, as many a department's is: the script logs in
  only when the submit button's name is posted (``isset($_POST['login'])``), and answers with a
  ``<script>`` that alerts and sets ``window.location``, on success and on failure alike.
"""

from __future__ import annotations

import base64
import json
import secrets
import string
from dataclasses import dataclass, field
from html import escape
from typing import Any
from urllib.parse import quote

from checker_servers import FakeSite, Reply, Request

USER, PASSWORD = "pelaksana", "rahasia-benar"
_MAX_AGE = "expires=Sat, 20-Dec-2031 10:00:00 GMT; Max-Age=7200; path=/"


# --- Laravel 10 -----------------------------------------------------------------------------------


@dataclass
class _LaravelSession:
    token: str = field(default_factory=lambda: secrets.token_urlsafe(30)[:40])
    user: str | None = None
    flash: dict[str, Any] = field(default_factory=dict)


@dataclass
class LaravelApp:
    """SIMPEG BKPSDM on Laravel 10; the knobs are what vendors' layouts and configs differ in."""

    meta_token: bool = True  # the layout's <meta name="csrf-token">
    xsrf_cookie: bool = True  # VerifyCsrfToken::$addHttpCookie
    form_token: bool = False  # @csrf in the form; this one posts through axios, which sends the header
    sessions: dict[str, _LaravelSession] = field(default_factory=dict)

    def install(self, site: FakeSite) -> None:
        site.route("*", "/", lambda r: self._guarded(r, lambda s: self.redirect(r, s, "/dashboard")))
        site.route("*", "/login", lambda r: self._login_page(r) if r.method == "GET" else self._login(r))
        site.route("*", "/dashboard", lambda r: self._guarded(r, lambda s: self._reply(s, self._dashboard(s))))

    def _session(self, request: Request) -> tuple[str, _LaravelSession]:
        sid = request.cookies.get("laravel_session", "")
        return (sid, self.sessions[sid]) if sid in self.sessions else self._start()

    def _start(self) -> tuple[str, _LaravelSession]:
        sid = secrets.token_hex(20)
        self.sessions[sid] = _LaravelSession()
        return sid, self.sessions[sid]

    def _cookies(self, sid: str) -> tuple[str, ...]:
        session = f"laravel_session={sid}; {_MAX_AGE}; httponly; samesite=lax"
        if not self.xsrf_cookie:
            return (session,)
        xsrf = quote(_laravel_encrypt(self.sessions[sid].token), safe="")
        return (f"XSRF-TOKEN={xsrf}; {_MAX_AGE}; samesite=lax", session)

    def _reply(self, sid: str, html: str, status: int = 200) -> Reply:
        return Reply(status, html, cookies=self._cookies(sid))

    def redirect(self, request: Request, sid: str, path: str) -> Reply:
        # Laravel's redirects are absolute, built from the request's host.
        return Reply(302, "", {"Location": request.origin() + path}, self._cookies(sid))

    def _guarded(self, request: Request, then: Any) -> Reply:
        sid, session = self._session(request)
        return then(sid) if session.user else self.redirect(request, sid, "/login")

    def _login_page(self, request: Request) -> Reply:
        sid, session = self._session(request)
        if session.user:
            return self.redirect(request, sid, "/dashboard")
        flash, session.flash = session.flash, {}
        return self._reply(sid, self._layout(session, self._login_form(session, flash)))

    def _login(self, request: Request) -> Reply:
        sid, session = self._session(request)
        if not self._token_matches(request, session):
            return Reply(419, _PAGE_EXPIRED)
        if request.value("username") != USER or request.value("password") != PASSWORD:
            session.flash = {
                "error": "Identitas tersebut tidak cocok dengan data kami.",
                "old": request.value("username"),
            }
            return self.redirect(request, sid, "/login")
        del self.sessions[sid]  # the session id and the token are regenerated on login
        sid, session = self._start()
        session.user = USER
        return self.redirect(request, sid, "/dashboard")

    def _token_matches(self, request: Request, session: _LaravelSession) -> bool:
        # VerifyCsrfToken::getTokenFromRequest: _token, X-CSRF-TOKEN, then the decrypted X-XSRF-TOKEN.
        token = request.value("_token") or request.headers.get("X-CSRF-TOKEN", "")
        if not token and request.headers.get("X-XSRF-TOKEN"):
            token = _laravel_decrypt(request.headers["X-XSRF-TOKEN"])
        return bool(token) and secrets.compare_digest(token, session.token)

    def _layout(self, session: _LaravelSession, content: str) -> str:
        meta = f'<meta name="csrf-token" content="{session.token}">' if self.meta_token else ""
        return _LARAVEL_LAYOUT.format(meta=meta, nav=self._nav(session), content=content)

    def _nav(self, session: _LaravelSession) -> str:
        if not session.user:
            return '<li class="nav-item"><a class="nav-link" href="/login">Masuk</a></li>'
        return _LARAVEL_USER_MENU.format(user=escape(session.user), token=session.token)

    def _login_form(self, session: _LaravelSession, flash: dict[str, Any]) -> str:
        error = flash.get("error")
        feedback = f'<span class="invalid-feedback" role="alert"><strong>{error}</strong></span>' if error else ""
        return _LARAVEL_LOGIN.format(
            csrf=f'<input type="hidden" name="_token" value="{session.token}" autocomplete="off">'
            if self.form_token
            else "",
            invalid=" is-invalid" if error else "",
            old=escape(flash.get("old", "")),
            feedback=feedback,
        )

    def _dashboard(self, sid: str) -> str:
        return self._layout(self.sessions[sid], _LARAVEL_DASHBOARD)


def _laravel_encrypt(value: str) -> str:
    """Return ``value`` as Laravel's Encrypter prints it: base64 of a JSON payload, padded."""
    iv = base64.b64encode(secrets.token_bytes(16)).decode()
    payload = {"iv": iv, "value": value, "mac": secrets.token_hex(32), "tag": ""}
    text = json.dumps(payload, separators=(",", ":"))
    text += " " * ((1 - len(text)) % 3)  # a payload whose base64 ends in "==", as real ones often do
    return base64.b64encode(text.encode()).decode()


def _laravel_decrypt(header: str) -> str:
    try:
        payload = json.loads(base64.b64decode(header, validate=True))
    except ValueError:
        return ""
    return str(payload.get("value", "")) if isinstance(payload, dict) else ""


_LARAVEL_LAYOUT = """<!doctype html>
<html lang="id">
<head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <!-- CSRF Token -->
    {meta}
    <title>SIMPEG - BKPSDM Kota Bekasi</title>
    <link rel="dns-prefetch" href="//fonts.bunny.net">
    <link href="https://fonts.bunny.net/css?family=Nunito" rel="stylesheet">
    <link rel="preload" as="style" href="/build/assets/app-8c2f1a4e.css" />
    <link rel="modulepreload" href="/build/assets/app-4ed993c7.js" />
    <link rel="stylesheet" href="/build/assets/app-8c2f1a4e.css" />
    <script type="module" src="/build/assets/app-4ed993c7.js"></script>
</head>
<body>
    <div id="app">
        <nav class="navbar navbar-expand-md navbar-light bg-white shadow-sm">
            <div class="container">
                <a class="navbar-brand" href="/">
                    <img src="/img/logo-bekasi.png" alt="" height="28"> SIMPEG
                </a>
                <button class="navbar-toggler" type="button" data-bs-toggle="collapse"
                        data-bs-target="#navbarSupportedContent" aria-label="Toggle navigation">
                    <span class="navbar-toggler-icon"></span>
                </button>
                <div class="collapse navbar-collapse" id="navbarSupportedContent">
                    <ul class="navbar-nav me-auto"></ul>
                    <ul class="navbar-nav ms-auto">
                        {nav}
                    </ul>
                </div>
            </div>
        </nav>
        <main class="py-4">
            {content}
        </main>
        <footer class="text-center text-muted small py-3">
            &copy; 2024 Badan Kepegawaian dan Pengembangan SDM Kota Bekasi &middot; v2.3.1
        </footer>
    </div>
</body>
</html>"""

_LARAVEL_USER_MENU = """<li class="nav-item dropdown">
    <a id="navbarDropdown" class="nav-link dropdown-toggle" href="#" role="button"
       data-bs-toggle="dropdown" aria-haspopup="true" aria-expanded="false" v-pre>
        Selamat datang, {user}
    </a>
    <div class="dropdown-menu dropdown-menu-end" aria-labelledby="navbarDropdown">
        <a class="dropdown-item" href="/profil">Profil</a>
        <a class="dropdown-item" href="/logout"
           onclick="event.preventDefault(); document.getElementById('logout-form').submit();">Keluar</a>
        <form id="logout-form" action="/logout" method="POST" class="d-none">
            <input type="hidden" name="_token" value="{token}" autocomplete="off">
        </form>
    </div>
</li>"""

_LARAVEL_LOGIN = """<div class="container">
    <div class="row justify-content-center">
        <div class="col-md-8">
            <div class="card">
                <div class="card-header">Masuk SIMPEG</div>
                <div class="card-body">
                    <form id="login-form" method="POST" action="/login">
                        {csrf}
                        <div class="row mb-3">
                            <label for="username" class="col-md-4 col-form-label text-md-end">NIP / Username</label>
                            <div class="col-md-6">
                                <input id="username" type="text" class="form-control{invalid}" name="username"
                                       value="{old}" required autocomplete="username" autofocus>
                                {feedback}
                            </div>
                        </div>
                        <div class="row mb-3">
                            <label for="password" class="col-md-4 col-form-label text-md-end">Kata Sandi</label>
                            <div class="col-md-6">
                                <input id="password" type="password" class="form-control" name="password"
                                       required autocomplete="current-password">
                            </div>
                        </div>
                        <div class="row mb-3">
                            <div class="col-md-6 offset-md-4">
                                <div class="form-check">
                                    <input class="form-check-input" type="checkbox" name="remember" id="remember">
                                    <label class="form-check-label" for="remember">Ingat Saya</label>
                                </div>
                            </div>
                        </div>
                        <div class="row mb-0">
                            <div class="col-md-8 offset-md-4">
                                <button type="submit" class="btn btn-primary">Masuk</button>
                                <a class="btn btn-link" href="/password/reset">Lupa kata sandi?</a>
                            </div>
                        </div>
                    </form>
                    <script>
                        document.getElementById('login-form').addEventListener('submit', function (e) {{
                            e.preventDefault();
                            window.axios.post(this.action, new FormData(this))
                                .then(function () {{ window.location = '/dashboard'; }})
                                .catch(function () {{ window.location.reload(); }});
                        }});
                    </script>
                </div>
            </div>
        </div>
    </div>
</div>"""

_LARAVEL_DASHBOARD = """<div class="container">
    <div class="row">
        <div class="col-md-3"><div class="list-group">
            <a href="/dashboard" class="list-group-item active">Dasbor</a>
            <a href="/pegawai" class="list-group-item">Data Pegawai</a>
            <a href="/cuti" class="list-group-item">Pengajuan Cuti</a>
            <a href="/laporan" class="list-group-item">Laporan</a>
        </div></div>
        <div class="col-md-9"><div class="card">
            <div class="card-header">Dasbor</div>
            <div class="card-body">
                <div class="row text-center">
                    <div class="col"><h3>4.812</h3><small>Pegawai aktif</small></div>
                    <div class="col"><h3>37</h3><small>Cuti menunggu</small></div>
                    <div class="col"><h3>12</h3><small>Kenaikan pangkat bulan ini</small></div>
                </div>
            </div>
        </div></div>
    </div>
</div>"""

_PAGE_EXPIRED = """<!DOCTYPE html>
<html lang="en">
    <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Page Expired</title>
        <style>body { font-family: ui-sans-serif, system-ui, sans-serif; }</style>
    </head>
    <body class="antialiased">
        <div class="relative flex items-top justify-center min-h-screen bg-gray-100 sm:items-center sm:pt-0">
            <div class="max-w-xl mx-auto sm:px-6 lg:px-8">
                <div class="flex items-center pt-8 sm:justify-start sm:pt-0">
                    <div class="px-4 text-lg text-gray-500 border-r border-gray-400 tracking-wider">419</div>
                    <div class="ml-4 text-lg text-gray-500 uppercase tracking-wider">Page Expired</div>
                </div>
            </div>
        </div>
    </body>
</html>"""


# --- CodeIgniter 3 on AdminLTE --------------------------------------------------------------------


@dataclass
class CodeIgniterApp:
    """E-Arsip of the Dinas Perpustakaan dan Kearsipan: CodeIgniter 3 with AdminLTE 2."""

    users: dict[str, str] = field(default_factory=dict)  # ci_session -> user

    def install(self, site: FakeSite) -> None:
        site.route("*", "/", lambda r: Reply(302, "", {"Location": r.origin() + "/index.php/auth/login"}))
        site.route("*", "/index.php/auth/login", lambda r: self._page(r) if r.method == "GET" else self._login(r))

    def _page(self, request: Request, error: str = "") -> Reply:
        session = request.cookies.get("ci_session") or secrets.token_hex(20)
        csrf = secrets.token_hex(16)  # csrf_regenerate: a new hash on every page
        alert = f'<div class="alert alert-danger alert-dismissible">{error}</div>' if error else ""
        html = _ADMINLTE_LOGIN.format(action=request.origin() + "/index.php/auth/login", csrf=csrf, alert=alert)
        return Reply(200, html, cookies=self._cookies(session, csrf))

    def _login(self, request: Request) -> Reply:
        if not request.cookies.get("csrf_cookie_name") or request.value("csrf_test_name") != request.cookies.get(
            "csrf_cookie_name"
        ):
            return Reply(403, _CI_ERROR)
        if request.value("identity") != USER or request.value("password") != PASSWORD:
            return self._page(request, "Username atau password salah!")
        session = secrets.token_hex(20)
        self.users[session] = USER
        # The controller loads the dashboard view in the POST's answer; no redirect.
        return Reply(200, _ADMINLTE_DASHBOARD.format(user=USER), cookies=self._cookies(session, secrets.token_hex(16)))

    def _cookies(self, session: str, csrf: str) -> tuple[str, ...]:
        return (f"ci_session={session}; {_MAX_AGE}; HttpOnly", f"csrf_cookie_name={csrf}; {_MAX_AGE}")


_ADMINLTE_HEAD = """<!DOCTYPE html>
<html>
<head>
  <meta charset="utf-8">
  <meta http-equiv="X-UA-Compatible" content="IE=edge">
  <title>E-Arsip | Dinas Perpustakaan dan Kearsipan Kota Bekasi</title>
  <meta content="width=device-width, initial-scale=1, maximum-scale=1, user-scalable=no" name="viewport">
  <link rel="stylesheet" href="http://arsip.bekasikota.go.id/assets/bower_components/bootstrap/dist/css/bootstrap.min.css">
  <link rel="stylesheet" href="http://arsip.bekasikota.go.id/assets/bower_components/font-awesome/css/font-awesome.min.css">
  <link rel="stylesheet" href="http://arsip.bekasikota.go.id/assets/dist/css/AdminLTE.min.css">
  <link rel="stylesheet" href="http://arsip.bekasikota.go.id/assets/plugins/iCheck/square/blue.css">
</head>"""

_ADMINLTE_LOGIN = (
    _ADMINLTE_HEAD
    + """
<body class="hold-transition login-page">
<div class="login-box">
  <div class="login-logo">
    <a href="#"><b>E-</b>Arsip</a>
  </div>
  <div class="login-box-body">
    <p class="login-box-msg">Silakan masuk untuk memulai sesi Anda</p>
    {alert}
    <form action="{action}" method="post" accept-charset="utf-8">
<input type="hidden" name="csrf_test_name" value="{csrf}" />
      <div class="form-group has-feedback">
        <input type="text" name="identity" value="" id="identity" class="form-control" placeholder="Username" />
        <span class="glyphicon glyphicon-user form-control-feedback"></span>
      </div>
      <div class="form-group has-feedback">
        <input type="password" name="password" value="" id="password" class="form-control" placeholder="Password" />
        <span class="glyphicon glyphicon-lock form-control-feedback"></span>
      </div>
      <div class="row">
        <div class="col-xs-8">
          <div class="checkbox icheck">
            <label><input type="checkbox" name="remember" value="1" id="remember" /> Ingat saya</label>
          </div>
        </div>
        <div class="col-xs-4">
          <button type="submit" class="btn btn-primary btn-block btn-flat">Masuk</button>
        </div>
      </div>
    </form>
    <a href="forgot_password">Lupa password?</a><br>
  </div>
</div>
<script src="http://arsip.bekasikota.go.id/assets/bower_components/jquery/dist/jquery.min.js"></script>
<script src="http://arsip.bekasikota.go.id/assets/plugins/iCheck/icheck.min.js"></script>
<script>$(function () {{ $('input').iCheck({{ checkboxClass: 'icheckbox_square-blue' }}); }});</script>
</body>
</html>"""
)

_ADMINLTE_DASHBOARD = (
    _ADMINLTE_HEAD
    + """
<body class="hold-transition skin-blue sidebar-mini">
<div class="wrapper">
  <header class="main-header">
    <a href="#" class="logo"><span class="logo-mini"><b>E</b>A</span><span class="logo-lg"><b>E-</b>Arsip</span></a>
    <nav class="navbar navbar-static-top">
      <a href="#" class="sidebar-toggle" data-toggle="push-menu" role="button"><span class="sr-only">Toggle</span></a>
      <div class="navbar-custom-menu">
        <ul class="nav navbar-nav">
          <li class="dropdown user user-menu">
            <a href="#" class="dropdown-toggle" data-toggle="dropdown">
              <img src="/assets/dist/img/avatar5.png" class="user-image" alt="User Image">
              <span class="hidden-xs">{user}</span>
            </a>
            <ul class="dropdown-menu">
              <li class="user-footer">
                <div class="pull-left"><a href="/index.php/profil" class="btn btn-default btn-flat">Profil</a></div>
                <div class="pull-right">
                  <a href="/index.php/auth/logout" class="btn btn-default btn-flat">Keluar</a>
                </div>
              </li>
            </ul>
          </li>
        </ul>
      </div>
    </nav>
  </header>
  <aside class="main-sidebar">
    <section class="sidebar">
      <div class="user-panel">
        <div class="pull-left image"><img src="/assets/dist/img/avatar5.png" class="img-circle" alt="User Image"></div>
        <div class="pull-left info"><p>{user}</p><a href="#"><i class="fa fa-circle text-success"></i> Online</a></div>
      </div>
      <ul class="sidebar-menu" data-widget="tree">
        <li class="header">MENU UTAMA</li>
        <li class="active">
          <a href="/index.php/dashboard"><i class="fa fa-dashboard"></i> <span>Dashboard</span></a>
        </li>
        <li><a href="/index.php/surat_masuk"><i class="fa fa-inbox"></i> <span>Surat Masuk</span></a></li>
        <li><a href="/index.php/surat_keluar"><i class="fa fa-send"></i> <span>Surat Keluar</span></a></li>
        <li><a href="/index.php/disposisi"><i class="fa fa-share"></i> <span>Disposisi</span></a></li>
      </ul>
    </section>
  </aside>
  <div class="content-wrapper">
    <section class="content-header"><h1>Dashboard <small>Control panel</small></h1></section>
    <section class="content">
      <div class="row">
        <div class="col-lg-3 col-xs-6"><div class="small-box bg-aqua"><div class="inner"><h3>1.204</h3>
          <p>Surat Masuk</p></div></div></div>
        <div class="col-lg-3 col-xs-6"><div class="small-box bg-green"><div class="inner"><h3>988</h3>
          <p>Surat Keluar</p></div></div></div>
      </div>
    </section>
  </div>
  <footer class="main-footer"><strong>Copyright &copy; 2019 Dispusip Kota Bekasi.</strong></footer>
</div>
<script src="/assets/bower_components/jquery/dist/jquery.min.js"></script>
<script src="/assets/dist/js/adminlte.min.js"></script>
</body>
</html>"""
)

_CI_ERROR = """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Error</title></head>
<body>
	<div id="container">
		<h1>An Error Was Encountered</h1>
		<p>The action you have requested is not allowed.</p>
	</div>
</body>
</html>"""


# --- Django admin, in Indonesian, over HTTPS ------------------------------------------------------

_CSRF_CHARS = string.ascii_letters + string.digits


def _django_mask(secret: str) -> str:
    mask = "".join(secrets.choice(_CSRF_CHARS) for _ in secret)
    cipher = "".join(
        _CSRF_CHARS[(_CSRF_CHARS.index(s) + _CSRF_CHARS.index(m)) % 62] for s, m in zip(secret, mask, strict=True)
    )
    return mask + cipher


def _django_unmask(token: str) -> str:
    mask, cipher = token[:32], token[32:]
    return "".join(
        _CSRF_CHARS[(_CSRF_CHARS.index(c) - _CSRF_CHARS.index(m)) % 62] for c, m in zip(cipher, mask, strict=False)
    )


@dataclass
class DjangoAdmin:
    """SiKaDes' back office: Django 4.2's admin, LANGUAGE_CODE "id", CSRF_COOKIE_SECURE."""

    sessions: dict[str, str] = field(default_factory=dict)  # sessionid -> user

    def install(self, site: FakeSite) -> None:
        site.route("*", "/", Reply(200, "<h1>SiKaDes Kota Bekasi</h1><p>Sistem Informasi Kelurahan</p>"))
        site.route("*", "/admin/", self._index)
        site.route("*", "/admin/login/?next=/admin/", lambda r: self._page(r) if r.method == "GET" else self._login(r))

    def _index(self, request: Request) -> Reply:
        user = self.sessions.get(request.cookies.get("sessionid", ""))
        if not user:
            return Reply(302, "", {"Location": "/admin/login/?next=/admin/"})
        secret = request.cookies.get("csrftoken", "")
        return Reply(200, _DJANGO_INDEX.format(user=escape(user), token=_django_mask(secret)))

    def _page(self, request: Request, error: str = "") -> Reply:
        secret = request.cookies.get("csrftoken") or "".join(secrets.choice(_CSRF_CHARS) for _ in range(32))
        html = _DJANGO_LOGIN.format(token=_django_mask(secret), error=error)
        return Reply(200, html, cookies=(f"csrftoken={secret}; {_MAX_AGE}; SameSite=Lax; Secure",))

    def _login(self, request: Request) -> Reply:
        refusal = self._csrf_refusal(request)
        if refusal:
            return Reply(403, f"<h1>Forbidden <span>(403)</span></h1><p>CSRF verification failed.</p><p>{refusal}</p>")
        if request.value("username") != USER or request.value("password") != PASSWORD:
            return self._page(request, _DJANGO_ERROR)
        session = secrets.token_hex(16)
        self.sessions[session] = USER
        cookies = (f"sessionid={session}; {_MAX_AGE}; HttpOnly; SameSite=Lax; Secure",)
        return Reply(302, "", {"Location": request.value("next") or "/admin/"}, cookies)

    def _csrf_refusal(self, request: Request) -> str:
        referer = request.headers.get("Referer", "")
        if not referer:
            return "Referer checking failed - no Referer."
        if not referer.startswith(request.origin("https") + "/"):
            return f"Referer checking failed - {escape(referer)} does not match any trusted origins."
        secret = request.cookies.get("csrftoken", "")
        token = request.value("csrfmiddlewaretoken")
        if not secret:
            return "CSRF cookie not set."
        return "" if len(token) == 64 and _django_unmask(token) == secret else "CSRF token incorrect."


_DJANGO_ERROR = (
    '<p class="errornote">Masukkan nama pengguna dan sandi yang benar untuk akun staf. '
    "Perhatikan bahwa kedua kolom mungkin peka huruf besar/kecil.</p>"
)

_DJANGO_HEAD = """<!DOCTYPE html>
<html lang="id" dir="ltr">
<head>
<title>{title} | Situs administrasi Django</title>
<link rel="stylesheet" href="/static/admin/css/base.css">
<link rel="stylesheet" href="/static/admin/css/dark_mode.css">
<script src="/static/admin/js/theme.js" defer></script>
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="/static/admin/css/responsive.css">
<meta name="robots" content="NONE,NOARCHIVE">
</head>"""

_DJANGO_LOGIN = (
    _DJANGO_HEAD.format(title="Masuk")
    + """
<body class=" login" data-admin-utc-offset="25200">
<a href="#content-start" class="skip-to-content-link">Lewati ke isi</a>
<div id="container">
    <div id="header">
        <div id="branding"><div id="site-name"><a href="/admin/">Administrasi SiKaDes</a></div></div>
    </div>
    <div class="main" id="main">
        <main id="content-start" class="content" tabindex="-1">
            <div id="content" class="colM">
{error}
<div id="content-main">
<form action="/admin/login/?next=/admin/" method="post" id="login-form">"""
    + '<input type="hidden" name="csrfmiddlewaretoken" value="{token}">'
    + """
  <div class="form-row">
    <label class="required" for="id_username">Nama pengguna:</label> <input type="text" name="username" autofocus
      autocapitalize="none" autocomplete="username" maxlength="150" required id="id_username">
  </div>
  <div class="form-row">
    <label class="required" for="id_password">Sandi:</label> <input type="password" name="password"
      autocomplete="current-password" required id="id_password">
    <input type="hidden" name="next" value="/admin/">
  </div>
  <div class="submit-row">
    <input type="submit" value="Masuk">
  </div>
</form>
</div>
                <br class="clear">
            </div>
        </main>
    </div>
    <footer id="footer"></footer>
</div>
</body>
</html>"""
)

_DJANGO_INDEX = (
    _DJANGO_HEAD.format(title="Administrasi situs")
    + """
<body class=" dashboard" data-admin-utc-offset="25200">
<div id="container">
    <div id="header">
        <div id="branding"><div id="site-name"><a href="/admin/">Administrasi SiKaDes</a></div></div>
        <div id="user-tools">
            Selamat datang,
            <strong>{user}</strong>.
            <a href="/">Lihat situs</a> /
            <a href="/admin/password_change/">Ubah sandi</a> /
            <form id="logout-form" method="post" action="/admin/logout/">
                <input type="hidden" name="csrfmiddlewaretoken" value="{token}">
                <button type="submit">Keluar</button>
            </form>
        </div>
    </div>
    <div class="main" id="main">
        <main id="content-start" class="content" tabindex="-1">
            <div id="content" class="colMS">
                <h1>Administrasi situs</h1>
                <div id="content-main">
                    <div class="app-kelurahan module">
                        <table><caption><a href="/admin/kelurahan/" class="section">Kelurahan</a></caption>
                        <tr class="model-penduduk">
                        <th scope="row"><a href="/admin/kelurahan/penduduk/">Penduduk</a></th>
                        <td><a href="/admin/kelurahan/penduduk/add/" class="addlink">Tambah</a></td></tr>
                        <tr class="model-surat">
                        <th scope="row"><a href="/admin/kelurahan/surat/">Surat pengantar</a></th>
                        <td><a href="/admin/kelurahan/surat/add/" class="addlink">Tambah</a></td></tr>
                        </table>
                    </div>
                </div>
                <div id="content-related"><div class="module" id="recent-actions-module">
                    <h2>Tindakan Terakhir</h2><h3>Tindakan Saya</h3><p>Tidak ada yang tersedia</p>
                </div></div>
            </div>
        </main>
    </div>
</div>
</body>
</html>"""
)


# --- A single-page app ------------------------------------------------------------------------------


@dataclass
class SpaApp:
    """Lapor Bekasi's back office: a Vue build behind a Go API; only the login is server-rendered."""

    sessions: set[str] = field(default_factory=set)

    def install(self, site: FakeSite) -> None:
        site.route("*", "/", Reply(302, "", {"Location": "/app"}))
        site.route("*", "/app", self._shell)
        site.route("*", "/login", Reply(200, _SPA_LOGIN))
        site.route("*", "/login?gagal=1", Reply(200, _SPA_LOGIN))
        site.route("*", "/auth/masuk", self._login)

    def _shell(self, request: Request) -> Reply:
        if request.cookies.get("lb_sid") not in self.sessions:
            return Reply(302, "", {"Location": "/login"})
        return Reply(200, _SPA_SHELL, {"Cache-Control": "no-store"})

    def _login(self, request: Request) -> Reply:
        if request.method != "POST":
            return Reply(405, "method not allowed", {"Content-Type": "text/plain"})
        if request.value("nip") != USER or request.value("kata_sandi") != PASSWORD:
            return Reply(302, "", {"Location": "/login?gagal=1"})  # the shell's script shows the message
        sid = secrets.token_urlsafe(24)
        self.sessions.add(sid)
        return Reply(302, "", {"Location": "/app"}, (f"lb_sid={sid}; Path=/; HttpOnly; SameSite=Strict",))


_SPA_LOGIN = """<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Masuk - Lapor Bekasi</title>
<link rel="stylesheet" href="/assets/login-2b7e.css">
</head>
<body>
<main class="login">
  <img src="/assets/logo.svg" alt="Lapor Bekasi" width="160">
  <form method="post" action="/auth/masuk" class="card">
    <label>NIP <input name="nip" inputmode="numeric" autocomplete="username" required></label>
    <label>Kata sandi <input type="password" name="kata_sandi" autocomplete="current-password" required></label>
    <p class="error" id="pesan" role="alert"></p>
    <button type="submit">Masuk</button>
  </form>
</main>
<script>
  if (new URLSearchParams(location.search).has('gagal')) {
    document.getElementById('pesan').textContent = 'NIP atau kata sandi tidak sesuai';
  }
</script>
</body>
</html>"""

_SPA_SHELL = """<!DOCTYPE html>
<html lang="id">
  <head>
    <meta charset="UTF-8" />
    <link rel="icon" href="/favicon.ico" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <title>Lapor Bekasi</title>
    <script type="module" crossorigin src="/assets/index-4f1c2a9e.js"></script>
    <link rel="stylesheet" href="/assets/index-9b3d51c0.css">
  </head>
  <body>
    <noscript>Aplikasi ini memerlukan JavaScript.</noscript>
    <div id="app"></div>
  </body>
</html>"""


# --- PHP without a framework ------------------------------------------------------------------------


@dataclass
class NativePhpApp:
    """SIPAKAR of the Dinas Tenaga Kerja: PHP 7 and mysqli, a Bootstrap 4 template, PHPSESSID."""

    sessions: dict[str, str | None] = field(default_factory=dict)  # PHPSESSID -> the user, once logged in

    def install(self, site: FakeSite) -> None:
        site.route("*", "/", self._index)
        site.route("*", "/index.php", self._index)
        site.route("*", "/cek_login.php", self._check)
        site.route("*", "/admin/index.php", self._admin)

    def _session(self, request: Request) -> tuple[str, tuple[str, ...]]:
        sid = request.cookies.get("PHPSESSID", "")
        if sid in self.sessions:
            return sid, ()
        sid = secrets.token_hex(13)
        self.sessions[sid] = None
        return sid, (f"PHPSESSID={sid}; path=/",)

    def _index(self, request: Request) -> Reply:
        _, cookies = self._session(request)
        return Reply(200, _PHP_LOGIN, cookies=cookies)

    def _check(self, request: Request) -> Reply:
        sid, cookies = self._session(request)
        if request.method != "POST" or "login" not in request.form:
            return Reply(200, "", cookies=cookies)  # if (isset($_POST['login'])) { ... }: nothing else
        if request.value("user") != USER or request.value("pass") != PASSWORD:
            return Reply(
                200, _PHP_ALERT.format(message="Username atau Password Salah!", to="index.php"), cookies=cookies
            )
        self.sessions[sid] = USER
        return Reply(200, _PHP_ALERT.format(message="Login Berhasil!", to="admin/index.php"), cookies=cookies)

    def _admin(self, request: Request) -> Reply:
        user = self.sessions.get(request.cookies.get("PHPSESSID", ""))
        if user is None:
            return Reply(302, "", {"Location": "../index.php"})
        return Reply(200, _PHP_ADMIN.format(user=escape(user)))


_PHP_ALERT = "<script>alert('{message}');window.location='{to}';</script>"

_PHP_LOGIN = """<!DOCTYPE html>
<html lang="id">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
  <title>Login - SIPAKAR Disnaker Kota Bekasi</title>
  <link href="vendor/fontawesome-free/css/all.min.css" rel="stylesheet" type="text/css">
  <link href="css/sb-admin-2.min.css" rel="stylesheet">
</head>
<body class="bg-gradient-primary">
  <div class="container">
    <div class="row justify-content-center">
      <div class="col-xl-6 col-lg-6 col-md-9">
        <div class="card o-hidden border-0 shadow-lg my-5">
          <div class="card-body p-0">
            <div class="p-5">
              <div class="text-center">
                <img src="img/logo-bekasi.png" width="80" alt="Logo Kota Bekasi">
                <h1 class="h4 text-gray-900 mb-4">SIPAKAR<br><small>Sistem Informasi Pencari Kerja</small></h1>
              </div>
              <form class="user" action="cek_login.php" method="post">
                <div class="form-group">
                  <input type="text" class="form-control form-control-user" name="user" placeholder="Username" required>
                </div>
                <div class="form-group">
                  <input type="password" class="form-control form-control-user" name="pass"
                    placeholder="Password" required>
                </div>
                <button type="submit" name="login" class="btn btn-primary btn-user btn-block">Login</button>
                <button type="reset" name="batal" class="btn btn-secondary btn-user btn-block">Batal</button>
              </form>
              <hr>
              <div class="text-center"><a class="small" href="lupa.php">Lupa Password?</a></div>
            </div>
          </div>
        </div>
      </div>
    </div>
  </div>
  <script src="vendor/jquery/jquery.min.js"></script>
  <script src="js/sb-admin-2.min.js"></script>
</body>
</html>"""

_PHP_ADMIN = """<!DOCTYPE html>
<html lang="id">
<head><meta charset="utf-8"><title>Dashboard - SIPAKAR</title>
<link href="../css/sb-admin-2.min.css" rel="stylesheet"></head>
<body id="page-top">
<div id="wrapper">
  <ul class="navbar-nav bg-gradient-primary sidebar sidebar-dark accordion" id="accordionSidebar">
    <li class="nav-item active"><a class="nav-link" href="index.php"><span>Dashboard</span></a></li>
    <li class="nav-item"><a class="nav-link" href="pencaker.php"><span>Data Pencari Kerja</span></a></li>
    <li class="nav-item"><a class="nav-link" href="lowongan.php"><span>Lowongan</span></a></li>
    <li class="nav-item"><a class="nav-link" href="../logout.php"><span>Keluar</span></a></li>
  </ul>
  <div id="content-wrapper" class="d-flex flex-column">
    <nav class="navbar navbar-expand navbar-light bg-white topbar mb-4 static-top shadow">
      <span class="mr-2 d-none d-lg-inline text-gray-600 small">{user}</span>
    </nav>
    <div class="container-fluid">
      <h1 class="h3 mb-4 text-gray-800">Dashboard</h1>
      <div class="card"><div class="card-body">Pencari kerja terdaftar bulan ini: 312</div></div>
    </div>
  </div>
</div>
</body>
</html>"""
