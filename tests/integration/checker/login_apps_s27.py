"""Department applications whose login the checker misread, as Indonesian government vendors build them.

Each installs its routes on a ``FakeSite`` and keeps its sessions as its framework does (the sessions of
``login_apps_real_web``), so that a whole check logs in, or is refused, as the Pelaksana is in a browser:

- ``GuestLogoutApp``: an SB Admin 2 base layout that wraps the login page too, with its logout modal,
  or a public navbar that shows "Keluar" to guests; a wrong password answered on the login page.
- ``PasswordModalApp``: a dashboard with an "Ubah Password" modal, its logout an icon opening a modal.
- ``FirstLoginApp``: the first login lands on "ganti password bawaan", a form asking the new one twice.
- ``LockNoticeApp``: a dashboard whose help card says how accounts get locked.
- ``JsonLoginApp``: the form posted by jQuery, answered by JSON: ``{"login": true, "redirect": "home"}``
  (an address relative to the page) or ``{"code": 401, "message": "Unauthorized"}`` under HTTP 200.
- ``YiiBasicApp`` and ``YiiBackendApp``: Yii2 without pretty URLs (``/index.php?r=site%2Flogin``),
  landing on ``/index.php`` or ``/index.php?r=site%2Findex``.
- ``PageRoutedApp``: PHP without a framework, routed by ``index.php?page=…``.
- ``Ci4MetaTokenApp``: CodeIgniter 4 with ``csrf_meta()`` only, its script sending the header and field.
- ``Ci3CookieTokenApp``: CodeIgniter 3 whose token is only in the ``csrf_cookie_name`` cookie.
- ``RenderedDashboardApp``: ``login.php`` rendering the dashboard in the answer to its post.
- ``HashedPasswordApp``: a form whose ``onsubmit`` replaces the password by its ``CryptoJS.MD5``.
"""

from __future__ import annotations

import hashlib
import json
import secrets
from dataclasses import dataclass, field
from html import escape
from typing import Any, ClassVar
from urllib.parse import unquote

from checker_servers import FakeSite, Reply, Request, Route, redirect
from login_apps_real_web import PASSWORD, USER, Sessions, adminlte, login_page

__all__ = [
    "PASSWORD",
    "USER",
    "Ci3CookieTokenApp",
    "Ci4MetaTokenApp",
    "FirstLoginApp",
    "GuestLogoutApp",
    "HashedPasswordApp",
    "JsonLoginApp",
    "LockNoticeApp",
    "PageRoutedApp",
    "PasswordModalApp",
    "RenderedDashboardApp",
    "YiiBackendApp",
    "YiiBasicApp",
]

_AGE = "Max-Age=7200; path=/"


def _route(site: FakeSite, path: str, reply: Route) -> None:
    """Route ``path`` as written and as a client sends it decoded (``r=site%2Flogin`` as ``r=site/login``)."""
    site.route("*", path, reply)
    site.route("*", unquote(path), reply)


# --- an SB Admin 2 layout, the other template vendors start from ------------------------------------------


def sb_admin(app: str, user: str, content: str, dropdown: str = "", extra: str = "", head: str = "") -> str:
    """Return an SB Admin 2 page of a logged-in user: sidebar, topbar with the user's dropdown, footer.

    ``dropdown`` holds the dropdown's items after "Profil"; ``extra`` the layout's modals.
    """
    return _SB_ADMIN.format(app=app, user=escape(user), content=content, dropdown=dropdown, extra=extra, head=head)


def sb_admin_login(app: str, form: str, alert: str = "", extra: str = "", head: str = "", navbar: str = "") -> str:
    """Return an SB Admin 2 login page around the form, with the flashed alert."""
    box = f'<div class="alert alert-danger alert-dismissible fade show" role="alert">{alert}</div>' if alert else ""
    return _SB_ADMIN_LOGIN.format(app=app, form=form, alert=box, extra=extra, head=head, navbar=navbar)


# The head of SB Admin 2's pages, the login's and the dashboard's.
_SB_HEAD = """<!DOCTYPE html>
<html lang="id">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
  {head}
  <title>{app} - %PAGE%</title>
  <link href="/vendor/fontawesome-free/css/all.min.css" rel="stylesheet" type="text/css">
  <link href="/css/sb-admin-2.min.css" rel="stylesheet">
</head>
"""

_SB_ADMIN = (
    _SB_HEAD.replace("%PAGE%", "Dashboard")
    + """<body id="page-top">
<div id="wrapper">
  <ul class="navbar-nav bg-gradient-primary sidebar sidebar-dark accordion" id="accordionSidebar">
    <a class="sidebar-brand d-flex align-items-center justify-content-center" href="/dashboard">
      <div class="sidebar-brand-icon"><img src="/img/logo-bekasi.png" height="36" alt=""></div>
      <div class="sidebar-brand-text mx-3">{app}</div></a>
    <hr class="sidebar-divider my-0">
    <li class="nav-item active"><a class="nav-link" href="/dashboard"><i class="fas fa-fw fa-tachometer-alt"></i>
      <span>Dashboard</span></a></li>
    <hr class="sidebar-divider">
    <div class="sidebar-heading">Data</div>
    <li class="nav-item"><a class="nav-link" href="/kegiatan"><i class="fas fa-fw fa-table"></i>
      <span>Kegiatan</span></a></li>
    <li class="nav-item"><a class="nav-link" href="/laporan"><i class="fas fa-fw fa-chart-area"></i>
      <span>Laporan</span></a></li>
  </ul>
  <div id="content-wrapper" class="d-flex flex-column">
    <div id="content">
      <nav class="navbar navbar-expand navbar-light bg-white topbar mb-4 static-top shadow">
        <button id="sidebarToggleTop" class="btn btn-link d-md-none rounded-circle mr-3">
          <i class="fa fa-bars"></i></button>
        <ul class="navbar-nav ml-auto">
          <li class="nav-item dropdown no-arrow">
            <a class="nav-link dropdown-toggle" href="#" id="userDropdown" role="button" data-toggle="dropdown">
              <span class="mr-2 d-none d-lg-inline text-gray-600 small">{user}</span>
              <img class="img-profile rounded-circle" src="/img/undraw_profile.svg" alt=""></a>
            <div class="dropdown-menu dropdown-menu-right shadow animated--grow-in" aria-labelledby="userDropdown">
              <a class="dropdown-item" href="/profil">
                <i class="fas fa-user fa-sm fa-fw mr-2 text-gray-400"></i>Profil</a>
              {dropdown}
            </div>
          </li>
        </ul>
      </nav>
      <div class="container-fluid">{content}</div>
    </div>
    <footer class="sticky-footer bg-white"><div class="container my-auto"><div class="copyright text-center my-auto">
      <span>Copyright &copy; Pemerintah Kota Bekasi 2026</span></div></div></footer>
  </div>
</div>
{extra}
<script src="/vendor/jquery/jquery.min.js"></script>
<script src="/vendor/bootstrap/js/bootstrap.bundle.min.js"></script>
<script src="/js/sb-admin-2.min.js"></script>
</body>
</html>"""
)

_SB_ADMIN_LOGIN = (
    _SB_HEAD.replace("%PAGE%", "Login")
    + """<body class="bg-gradient-primary">
{navbar}
<div class="container">
  <div class="row justify-content-center">
    <div class="col-xl-5 col-lg-6 col-md-8">
      <div class="card o-hidden border-0 shadow-lg my-5"><div class="card-body p-0"><div class="p-5">
        <div class="text-center">
          <img src="/img/logo-bekasi.png" height="70" alt="">
          <h1 class="h4 text-gray-900 mb-1">{app}</h1>
          <p class="text-muted mb-4">Pemerintah Kota Bekasi</p>
        </div>
        {alert}
        {form}
        <hr>
        <div class="text-center"><a class="small" href="/lupa-password">Lupa password?</a></div>
      </div></div></div>
    </div>
  </div>
</div>
{extra}
<script src="/vendor/jquery/jquery.min.js"></script>
<script src="/vendor/bootstrap/js/bootstrap.bundle.min.js"></script>
<script src="/js/sb-admin-2.min.js"></script>
</body>
</html>"""
)

_STATS = """<div class="d-sm-flex align-items-center justify-content-between mb-4">
  <h1 class="h3 mb-0 text-gray-800">Dashboard</h1></div>
<div class="row">
  <div class="col-xl-3 col-md-6 mb-4"><div class="card border-left-primary shadow h-100 py-2"><div class="card-body">
    <div class="text-xs font-weight-bold text-primary text-uppercase mb-1">Kegiatan tahun ini</div>
    <div class="h5 mb-0 font-weight-bold text-gray-800">1.284</div></div></div></div>
  <div class="col-xl-3 col-md-6 mb-4"><div class="card border-left-success shadow h-100 py-2"><div class="card-body">
    <div class="text-xs font-weight-bold text-success text-uppercase mb-1">Dokumen bulan ini</div>
    <div class="h5 mb-0 font-weight-bold text-gray-800">76</div></div></div></div>
  <div class="col-xl-3 col-md-6 mb-4"><div class="card border-left-warning shadow h-100 py-2"><div class="card-body">
    <div class="text-xs font-weight-bold text-warning text-uppercase mb-1">Menunggu verifikasi</div>
    <div class="h5 mb-0 font-weight-bold text-gray-800">12</div></div></div></div>
</div>
<div class="card shadow mb-4"><div class="card-header py-3">
  <h6 class="m-0 font-weight-bold text-primary">Aktivitas terbaru</h6></div>
  <div class="card-body"><table class="table table-sm">
    <tr><td>03-12-2026 14:02</td><td>Input data kegiatan Bidang Pelayanan</td></tr>
    <tr><td>02-12-2026 09:15</td><td>Verifikasi usulan Sub Bagian Umum</td></tr></table></div></div>"""

_LOGIN_FORM = """<form class="user" method="post" action="/login">
  <input type="hidden" name="_token" value="{token}">
  <div class="form-group"><input type="text" class="form-control form-control-user" name="username"
    placeholder="Username" required autofocus></div>
  <div class="form-group"><input type="password" class="form-control form-control-user" name="password"
    placeholder="Password" required></div>
  <div class="form-group"><div class="custom-control custom-checkbox small">
    <input type="checkbox" class="custom-control-input" id="remember" name="remember" checked>
    <label class="custom-control-label" for="remember">Ingat saya</label></div></div>
  <button type="submit" class="btn btn-primary btn-user btn-block">Masuk</button>
</form>"""

# SB Admin 2's logout modal, which its layout includes on every page.
_LOGOUT_MODAL = """<div class="modal fade" id="logoutModal" tabindex="-1" role="dialog" aria-hidden="true">
  <div class="modal-dialog" role="document"><div class="modal-content">
    <div class="modal-header"><h5 class="modal-title">Yakin ingin keluar?</h5>
      <button class="close" type="button" data-dismiss="modal" aria-label="Close">
        <span aria-hidden="true">&times;</span></button></div>
    <div class="modal-body">Pilih "Logout" di bawah jika Anda siap mengakhiri sesi ini.</div>
    <div class="modal-footer"><button class="btn btn-secondary" type="button" data-dismiss="modal">Batal</button>
      <a class="btn btn-primary" href="/logout">Logout</a></div>
  </div></div>
</div>"""

_LOGOUT_ITEM = """<div class="dropdown-divider"></div>
<a class="dropdown-item" href="#" data-toggle="modal" data-target="#logoutModal">
  <i class="fas fa-sign-out-alt fa-sm fa-fw mr-2 text-gray-400"></i>Logout</a>"""


@dataclass
class _SbAdminApp:
    """A Laravel-like app on SB Admin 2: ``_token`` in the form and the meta, 419 without it; a wrong
    password flashed after a redirect back to /login (or the form rendered again); success to /dashboard."""

    title: ClassVar[str] = "SIMDA"
    sessions: Sessions = field(default_factory=lambda: Sessions("app_session"))

    def install(self, site: FakeSite) -> None:
        site.route("*", "/", lambda r: redirect(r, "/login"))
        site.route("*", "/login", lambda r: self._page(r) if r.method == "GET" else self._login(r))
        site.route("*", "/dashboard", self._dashboard)

    def _login_page(self, form: str, alert: str, head: str) -> str:
        return sb_admin_login(self.title, form, alert, head=head)

    def _page(self, request: Request, error: str | None = None) -> Reply:
        _sid, session, cookies = self.sessions.get(request)
        if error is None:
            error, session["error"] = session.get("error", ""), ""
        form = _LOGIN_FORM.format(token=session["token"])
        head = f'<meta name="csrf-token" content="{session["token"]}">'
        return Reply(200, self._login_page(form, error, head), cookies=cookies)

    def _login(self, request: Request) -> Reply:
        sid, session, cookies = self.sessions.get(request)
        if cookies or request.value("_token") != session["token"]:
            return Reply(419, "<title>Page Expired</title><div>419 | Page Expired</div>")
        if request.value("username") != USER or request.value("password") != PASSWORD:
            rendered, message = self._refusal()
            if rendered:
                return self._page(request, message)
            session["error"] = message
            return redirect(request, "/login")
        sid, session, cookies = self.sessions.regenerate(sid)
        session["user"] = USER
        return redirect(request, "/dashboard", cookies)

    def _refusal(self) -> tuple[bool, str]:
        """Return whether a wrong password renders the form again (not a redirect), and its message."""
        return False, "Username atau password salah"

    def _dashboard(self, request: Request) -> Reply:
        _sid, session, cookies = self.sessions.get(request)
        if "user" not in session:
            return redirect(request, "/login", cookies)
        return Reply(200, self._dashboard_page(session), cookies=cookies)

    def _dashboard_page(self, session: dict[str, Any]) -> str:
        return sb_admin(self.title, session["user"], _STATS, _LOGOUT_ITEM, _LOGOUT_MODAL)


# --- a logout on the login page itself --------------------------------------------------------------------


@dataclass
class GuestLogoutApp(_SbAdminApp):
    """SIMAS of the Kesbangpol: the login page shows a logout to guests too.

    ``shown="modal"``: the vendor's SB Admin 2 base layout, its logout modal included, wraps the login
    page, which a wrong password renders again (``failure="message"`` with its alert, ``"silent"``
    without). ``shown="navbar"``: the public template's navbar keeps its "Keluar" link for guests (an
    ``@auth`` the vendor forgot), the wrong password flashed after a redirect back to /login.
    """

    title: ClassVar[str] = "SIMAS"
    shown: str = "modal"
    failure: str = "message"

    def _refusal(self) -> tuple[bool, str]:
        return self.shown == "modal", "" if self.failure == "silent" else "Username atau password salah"

    def _login_page(self, form: str, alert: str, head: str) -> str:
        if self.shown == "modal":
            return sb_admin_login(self.title, form, alert, extra=_LOGOUT_MODAL, head=head)
        return sb_admin_login(self.title, form, alert, head=head, navbar=_PUBLIC_NAVBAR)


_PUBLIC_NAVBAR = """<nav class="navbar navbar-expand navbar-dark bg-primary">
  <a class="navbar-brand" href="/">SIMAS Kesbangpol</a>
  <ul class="navbar-nav ml-auto">
    <li class="nav-item"><a class="nav-link" href="/">Beranda</a></li>
    <li class="nav-item"><a class="nav-link" href="/bantuan">Bantuan</a></li>
    <li class="nav-item"><a class="nav-link" href="/auth/logout">Keluar</a></li>
  </ul>
</nav>"""


# --- logged-in pages asking a password --------------------------------------------------------------------


@dataclass
class PasswordModalApp(_SbAdminApp):
    """SIMDA Keuangan of the BPKAD: the dashboard carries an "Ubah Password" modal (old password, new,
    again); its logout is only an icon in the user's dropdown, opening the "Keluar" modal."""

    title: ClassVar[str] = "SIMDA Keuangan"

    def _dashboard_page(self, session: dict[str, Any]) -> str:
        dropdown = """<a class="dropdown-item" href="#" data-toggle="modal" data-target="#modalPassword">
  <i class="fas fa-key fa-sm fa-fw mr-2 text-gray-400"></i>Ubah Password</a>
<div class="dropdown-divider"></div>
<a class="dropdown-item" href="#" data-toggle="modal" data-target="#modalKeluar" title="Keluar">
  <i class="fas fa-sign-out-alt fa-sm fa-fw mr-2 text-gray-400"></i></a>"""
        modals = _PASSWORD_MODAL.format(token=session["token"]) + _KELUAR_MODAL
        return sb_admin(self.title, session["user"], _STATS, dropdown, modals)


_PASSWORD_MODAL = """<div class="modal fade" id="modalPassword" tabindex="-1">
<div class="modal-dialog"><div class="modal-content">
  <div class="modal-header"><h5 class="modal-title">Ubah Password</h5></div>
  <form method="post" action="/profil/password"><div class="modal-body">
    <input type="hidden" name="_token" value="{token}">
    <div class="form-group"><label>Password Lama</label>
      <input type="password" name="password_lama" class="form-control"></div>
    <div class="form-group"><label>Password Baru</label>
      <input type="password" name="password" class="form-control"></div>
    <div class="form-group"><label>Ulangi Password Baru</label>
      <input type="password" name="password_confirmation" class="form-control"></div>
  </div>
  <div class="modal-footer"><button type="submit" class="btn btn-primary">Simpan</button></div></form>
</div></div></div>"""

# The confirmation's button leaves by a script, as the vendor wrote it.
_KELUAR_MODAL = """<div class="modal fade" id="modalKeluar" tabindex="-1">
<div class="modal-dialog"><div class="modal-content">
  <div class="modal-body">Akhiri sesi Anda sekarang?</div>
  <div class="modal-footer"><button class="btn btn-secondary" type="button" data-dismiss="modal">Batal</button>
    <button class="btn btn-danger" type="button" onclick="location.href='/auth/akhiri'">Ya</button></div>
</div></div></div>"""


@dataclass
class FirstLoginApp(_SbAdminApp):
    """e-Retribusi of the Bapenda: the first login lands on a page asking to change the default password
    (the new one, then again), with "Nanti saja" to skip it; no logout on that page."""

    title: ClassVar[str] = "e-Retribusi"

    def _dashboard_page(self, session: dict[str, Any]) -> str:
        content = f"""<div class="card shadow mb-4"><div class="card-header py-3">
  <h6 class="m-0 font-weight-bold text-primary">Ganti Password</h6></div><div class="card-body">
  <div class="alert alert-warning">Selamat datang, {escape(session["user"])}. Demi keamanan akun, silakan ganti
    password bawaan Anda.</div>
  <form method="post" action="/profil/password"><input type="hidden" name="_token" value="{session["token"]}">
    <div class="form-group"><label>Password baru</label>
      <input type="password" name="password" class="form-control"></div>
    <div class="form-group"><label>Konfirmasi password baru</label>
      <input type="password" name="password_confirmation" class="form-control"></div>
    <button class="btn btn-primary">Simpan</button> <a href="/dashboard?nanti=1">Nanti saja</a>
  </form></div></div>"""
        return sb_admin(self.title, session["user"], content)


@dataclass
class LockNoticeApp(_SbAdminApp):
    """SIMAK BMD of the BPKAD: the dashboard's information card says how accounts get locked."""

    title: ClassVar[str] = "SIMAK BMD"

    def _dashboard_page(self, session: dict[str, Any]) -> str:
        content = (
            _STATS
            + """<div class="card shadow mb-4"><div class="card-header py-3">
  <h6 class="m-0 font-weight-bold text-primary">Informasi</h6></div><div class="card-body"><ul>
  <li>Akun yang 3 kali salah memasukkan password akan dikunci otomatis. Hubungi admin BPKAD untuk membuka akun
    yang terkunci.</li>
  <li>Jangan berikan username dan password Anda kepada siapa pun.</li></ul></div></div>"""
        )
        return sb_admin(self.title, session["user"], content)


# --- a form posted by jQuery, answered by JSON ------------------------------------------------------------


@dataclass
class JsonLoginApp:
    """SIPERLIN of the Dinas Perhubungan: jQuery posts the form to /login/proses and reads its JSON.

    ``shape="flag"``: ``{"login": true, "redirect": "home"}``, an address the page's script resolves
    against the page (/home), and ``{"login": false}``. ``shape="code"``: ``{"code": 200, …,
    "redirect_url": "/home"}`` and ``{"code": 401, "message": "Unauthorized"}``, both under HTTP 200.
    """

    shape: str = "flag"
    sessions: Sessions = field(default_factory=lambda: Sessions("PHPSESSID"))

    _ANSWERS: ClassVar[dict[str, tuple[dict[str, object], dict[str, object]]]] = {
        "flag": ({"login": True, "redirect": "home"}, {"login": False}),
        "code": ({"code": 200, "message": "OK", "redirect_url": "/home"}, {"code": 401, "message": "Unauthorized"}),
    }

    def install(self, site: FakeSite) -> None:
        site.route("*", "/", lambda r: redirect(r, "/login"))
        site.route("*", "/login", self._page)
        site.route("*", "/login/proses", self._login)
        site.route("*", "/home", self._home)

    def _page(self, request: Request) -> Reply:
        _sid, _session, cookies = self.sessions.get(request)
        return Reply(200, sb_admin_login("SIPERLIN", _JSON_FORM + _JSON_SCRIPT), cookies=cookies)

    def _login(self, request: Request) -> Reply:
        _sid, session, cookies = self.sessions.get(request)
        good, bad = self._ANSWERS[self.shape]
        headers = {"Content-Type": "application/json"}
        if request.value("username") != USER or request.value("password") != PASSWORD:
            return Reply(200, json.dumps(bad), headers, cookies)
        session["user"] = USER
        return Reply(200, json.dumps(good), headers, cookies)

    def _home(self, request: Request) -> Reply:
        _sid, session, cookies = self.sessions.get(request)
        if "user" not in session:
            return redirect(request, "/login", cookies)
        return Reply(200, sb_admin("SIPERLIN", session["user"], _STATS, _LOGOUT_ITEM, _LOGOUT_MODAL), cookies=cookies)


_JSON_FORM = """<form class="user" id="form-login" method="post" action="/login/proses">
  <div class="form-group"><input type="text" class="form-control form-control-user" name="username"
    placeholder="Username"></div>
  <div class="form-group"><input type="password" class="form-control form-control-user" name="password"
    placeholder="Password"></div>
  <button type="submit" class="btn btn-primary btn-user btn-block">Masuk</button>
</form>"""

_JSON_SCRIPT = """<script>
$('#form-login').submit(function (e) {
  e.preventDefault();
  $.post($(this).attr('action'), $(this).serialize(), function (d) {
    if (d.login || d.code == 200) { window.location = d.redirect || d.redirect_url; }
    else { Swal.fire('Gagal', d.message || 'Username atau password salah', 'error'); }
  }, 'json');
});
</script>"""


# --- Yii2 without pretty URLs -----------------------------------------------------------------------------


@dataclass
class YiiBasicApp:
    """SI-BANSOS of the Dinas Sosial: Yii2's basic template without ``enablePrettyUrl``.

    The login is ``/index.php?r=site%2Flogin``, ``_csrf`` masked against its cookie; a wrong password
    renders the form again; success redirects to ``/index.php``, whose navbar says "Logout (user)" in a
    form posting to ``?r=site%2Flogout``.
    """

    sessions: Sessions = field(default_factory=lambda: Sessions("PHPSESSID"))

    def install(self, site: FakeSite) -> None:
        site.route("*", "/", self._home)
        site.route("*", "/index.php", self._home)
        _route(site, "/index.php?r=site%2Flogin", lambda r: self._page(r) if r.method == "GET" else self._login(r))

    def _csrf(self, request: Request) -> tuple[str, tuple[str, ...]]:
        key = request.cookies.get("_csrf")
        if key:
            return key, ()
        key = secrets.token_hex(12)
        return key, (f"_csrf={key}; path=/; HttpOnly; SameSite=Lax",)

    def _page(self, request: Request, error: str = "") -> Reply:
        _sid, _session, cookies = self.sessions.get(request)
        key, csrf_cookie = self._csrf(request)
        body = _YII_BASIC_LOGIN.format(
            token="m" + key,  # masked by the key of the cookie
            error_class=" has-error" if error else "",
            error=error,
            username=escape(request.value("LoginForm[username]")),
        )
        return Reply(200, body, cookies=(*cookies, *csrf_cookie))

    def _login(self, request: Request) -> Reply:
        sid, _session, _ = self.sessions.get(request)
        key, _ = self._csrf(request)
        if request.value("_csrf") != "m" + key:
            return Reply(400, "<h1>Bad Request (#400)</h1><p>Tidak dapat memverifikasi pengiriman data Anda.</p>")
        if request.value("LoginForm[username]") != USER or request.value("LoginForm[password]") != PASSWORD:
            return self._page(request, "Username atau password salah.")
        sid, session, cookies = self.sessions.regenerate(sid)
        session["user"] = USER
        return redirect(request, "/index.php", cookies)

    def _home(self, request: Request) -> Reply:
        _sid, session, cookies = self.sessions.get(request)
        if "user" in session:
            item = (
                '<li><form action="/index.php?r=site%2Flogout" method="post"><input type="hidden" name="_csrf" '
                f'value="{session["token"]}"><button type="submit" class="btn btn-link logout">'
                f"Logout ({escape(session['user'])})</button></form></li>"
            )
        else:
            item = '<li><a href="/index.php?r=site%2Flogin">Login</a></li>'
        return Reply(200, _YII_BASIC_HOME.format(item=item), cookies=cookies)


_YII_BASIC_NAV = """<nav id="w0" class="navbar-inverse navbar-fixed-top navbar"><div class="container">
  <div class="navbar-header"><a class="navbar-brand" href="/">SI-BANSOS Dinsos</a></div>
  <ul id="w1" class="navbar-nav navbar-right nav">
    <li><a href="/index.php?r=site%2Findex">Beranda</a></li>
    <li><a href="/index.php?r=site%2Fabout">Tentang</a></li>
    {item}
  </ul></div></nav>"""

_YII_BASIC_LOGIN = (
    """<!DOCTYPE html>
<html lang="id-ID">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="csrf-param" content="_csrf">
<meta name="csrf-token" content="{token}">
<title>Login</title>
<link href="/assets/9a8e2c1f/css/bootstrap.css" rel="stylesheet">
<link href="/css/site.css" rel="stylesheet">
</head>
<body>
<div class="wrap">
"""
    + _YII_BASIC_NAV.replace("{item}", '<li class="active"><a href="/index.php?r=site%2Flogin">Login</a></li>')
    + """
<div class="container">
<ul class="breadcrumb"><li><a href="/">Beranda</a></li><li class="active">Login</li></ul>
<div class="site-login"><h1>Login</h1><p>Silakan isi kolom berikut untuk masuk:</p>
<form id="login-form" class="form-horizontal" action="/index.php?r=site%2Flogin" method="post">
<input type="hidden" name="_csrf" value="{token}">
<div class="form-group field-loginform-username required{error_class}">
  <label class="col-lg-1 control-label" for="loginform-username">Username</label>
  <div class="col-lg-3"><input type="text" id="loginform-username" class="form-control" name="LoginForm[username]"
    value="{username}" autofocus aria-required="true"></div>
  <div class="col-lg-8"><p class="help-block help-block-error "></p></div></div>
<div class="form-group field-loginform-password required{error_class}">
  <label class="col-lg-1 control-label" for="loginform-password">Password</label>
  <div class="col-lg-3"><input type="password" id="loginform-password" class="form-control"
    name="LoginForm[password]" value="" aria-required="true"></div>
  <div class="col-lg-8"><p class="help-block help-block-error ">{error}</p></div></div>
<div class="form-group field-loginform-rememberme"><div class="col-lg-offset-1 col-lg-3">
  <input type="hidden" name="LoginForm[rememberMe]" value="0"><label><input type="checkbox" id="loginform-rememberme"
    name="LoginForm[rememberMe]" value="1" checked> Ingat Saya</label></div></div>
<div class="form-group"><div class="col-lg-offset-1 col-lg-11">
  <button type="submit" class="btn btn-primary" name="login-button">Login</button></div></div>
</form></div>
</div>
</div>
<footer class="footer"><div class="container"><p class="pull-left">&copy; Dinas Sosial Kota Bekasi 2026</p>
<p class="pull-right">Powered by <a href="https://www.yiiframework.com/" rel="external">Yii Framework</a></p>
</div></footer>
<script src="/assets/1c5e8a0b/jquery.js"></script>
<script src="/assets/d41f0c2a/yii.js"></script>
</body>
</html>"""
)

_YII_BASIC_HOME = (
    """<!DOCTYPE html>
<html lang="id-ID">
<head><meta charset="UTF-8"><title>SI-BANSOS</title>
<link href="/assets/9a8e2c1f/css/bootstrap.css" rel="stylesheet"><link href="/css/site.css" rel="stylesheet"></head>
<body>
<div class="wrap">
"""
    + _YII_BASIC_NAV
    + """
<div class="container"><div class="site-index">
  <div class="jumbotron"><h1>SI-BANSOS</h1>
    <p class="lead">Sistem Informasi Bantuan Sosial Dinas Sosial Kota Bekasi</p></div>
  <div class="body-content"><div class="row">
    <div class="col-lg-4"><h2>Penerima</h2><p>Data penerima bantuan sosial per kelurahan.</p></div>
    <div class="col-lg-4"><h2>Penyaluran</h2><p>Jadwal dan realisasi penyaluran bantuan tahun 2026.</p></div>
    <div class="col-lg-4"><h2>Pengaduan</h2><p>Pengaduan masyarakat tentang bantuan sosial.</p></div>
  </div></div>
</div></div>
</div>
<footer class="footer"><div class="container">
<p class="pull-left">&copy; Dinas Sosial Kota Bekasi 2026</p></div></footer>
</body>
</html>"""
)


@dataclass
class YiiBackendApp:
    """SI-ASET of the BPKAD: a Yii2 backend on AdminLTE without pretty URLs.

    The login is ``/index.php?r=site/login``, the token in ``<meta name="csrf-token">`` and the form; a
    wrong password renders the form again; success lands on ``/index.php?r=site%2Findex``, whose navbar
    shows the user's name (its logout is in the profile page).
    """

    sessions: Sessions = field(default_factory=lambda: Sessions("SIPDSESSID"))

    def install(self, site: FakeSite) -> None:
        site.route("*", "/", lambda r: redirect(r, "/index.php?r=site%2Findex"))
        _route(site, "/index.php?r=site%2Findex", self._home)
        _route(site, "/index.php?r=site%2Flogin", lambda r: self._page(r) if r.method == "GET" else self._login(r))

    def _page(self, request: Request, error: str = "") -> Reply:
        _sid, session, cookies = self.sessions.get(request)
        form = _YII_BACKEND_FORM.format(token=session["token"])
        head = f'<meta name="csrf-param" content="_csrf"><meta name="csrf-token" content="{session["token"]}">'
        return Reply(200, login_page("SI-ASET BPKAD", form, error, head), cookies=cookies)

    def _login(self, request: Request) -> Reply:
        sid, session, _ = self.sessions.get(request)
        if request.value("_csrf") != session["token"]:
            return Reply(400, "<h1>Bad Request (#400)</h1>")
        if request.value("LoginForm[username]") != USER or request.value("LoginForm[password]") != PASSWORD:
            return self._page(request, "Username atau password salah.")
        sid, session, cookies = self.sessions.regenerate(sid)
        session["user"] = USER
        return redirect(request, "/index.php?r=site%2Findex", cookies)

    def _home(self, request: Request) -> Reply:
        _sid, session, cookies = self.sessions.get(request)
        if "user" not in session:
            return redirect(request, "/index.php?r=site%2Flogin", cookies)
        html = adminlte("SI-ASET BPKAD", session["user"], _YII_BACKEND_CONTENT, "", _YII_BACKEND_MENU)
        return Reply(200, html, cookies=cookies)


_YII_BACKEND_FORM = """<form id="login-form" action="/index.php?r=site%2Flogin" method="post">
  <input type="hidden" name="_csrf" value="{token}">
  <div class="input-group mb-3"><input type="text" class="form-control" name="LoginForm[username]"
    placeholder="Username"></div>
  <div class="input-group mb-3"><input type="password" class="form-control" name="LoginForm[password]"
    placeholder="Password"></div>
  <div class="row">
    <div class="col-8"><div class="icheck-primary"><input type="hidden" name="LoginForm[rememberMe]" value="0">
      <input type="checkbox" id="remember" name="LoginForm[rememberMe]" value="1" checked>
      <label for="remember">Ingat saya</label></div></div>
    <div class="col-4"><button type="submit" class="btn btn-primary btn-block" name="login-button">Masuk</button></div>
  </div>
</form>"""

_YII_BACKEND_MENU = """<li class="nav-item">
  <a href="/index.php?r=aset%2Findex" class="nav-link"><p>Data Aset</p></a></li>
<li class="nav-item"><a href="/index.php?r=mutasi%2Findex" class="nav-link"><p>Mutasi</p></a></li>"""

_YII_BACKEND_CONTENT = """<div class="row">
  <div class="col-lg-3 col-6"><div class="small-box bg-info"><div class="inner"><h3>8.412</h3>
    <p>Aset tercatat</p></div><a href="/index.php?r=aset%2Findex" class="small-box-footer">Selengkapnya</a></div></div>
  <div class="col-lg-3 col-6"><div class="small-box bg-warning"><div class="inner"><h3>37</h3>
    <p>Mutasi menunggu</p></div>
    <a href="/index.php?r=mutasi%2Findex" class="small-box-footer">Selengkapnya</a></div></div>
</div>"""


# --- PHP routed by ?page= ---------------------------------------------------------------------------------


@dataclass
class PageRoutedApp:
    """SIRUP of the Dinas Perkimtan: PHP without a framework, every page ``index.php?page=…``.

    The form posts to ``index.php?page=proses_login``, which redirects to ``index.php?page=dashboard``
    or to ``index.php?page=login&msg=gagal``; the dashboard greets the user, no logout in sight.
    """

    sessions: Sessions = field(default_factory=lambda: Sessions("PHPSESSID"))

    def install(self, site: FakeSite) -> None:
        site.route("*", "/", lambda r: Reply(302, "", {"Location": "index.php?page=login"}))
        site.route("*", "/index.php?page=login", self._page)
        site.route("*", "/index.php?page=login&msg=gagal", lambda r: self._page(r, "Username atau password salah!"))
        site.route("*", "/index.php?page=proses_login", self._login)
        site.route("*", "/index.php?page=dashboard", self._dashboard)

    def _page(self, request: Request, error: str = "") -> Reply:
        _sid, _session, cookies = self.sessions.get(request)
        return Reply(200, sb_admin_login("SIRUP Dinas Perkimtan", _PAGE_ROUTED_FORM, error), cookies=cookies)

    def _login(self, request: Request) -> Reply:
        _sid, session, cookies = self.sessions.get(request)
        if request.method == "POST" and request.value("username") == USER and request.value("password") == PASSWORD:
            session["user"] = USER
            return Reply(302, "", {"Location": "index.php?page=dashboard"}, cookies)
        return Reply(302, "", {"Location": "index.php?page=login&msg=gagal"}, cookies)

    def _dashboard(self, request: Request) -> Reply:
        _sid, session, cookies = self.sessions.get(request)
        if "user" not in session:
            return Reply(302, "", {"Location": "index.php?page=login"}, cookies)
        content = f'<h1 class="h3 mb-4 text-gray-800">Selamat datang, {escape(session["user"])}</h1>' + _STATS
        return Reply(200, sb_admin("SIRUP", session["user"], content), cookies=cookies)


_PAGE_ROUTED_FORM = """<form class="user" method="post" action="index.php?page=proses_login">
  <div class="form-group"><input type="text" class="form-control form-control-user" name="username"
    placeholder="Masukkan Username..."></div>
  <div class="form-group"><input type="password" class="form-control form-control-user" name="password"
    placeholder="Password"></div>
  <div class="form-group"><div class="custom-control custom-checkbox small">
    <input type="checkbox" class="custom-control-input" id="customCheck" name="remember">
    <label class="custom-control-label" for="customCheck">Ingat Saya</label></div></div>
  <button type="submit" name="login" class="btn btn-primary btn-user btn-block">Login</button>
</form>"""


# --- CodeIgniter's CSRF tokens given to scripts ------------------------------------------------------------


@dataclass
class Ci4MetaTokenApp:
    """SIMPEL of the DLH: CodeIgniter 4 on the Stisla template, its token only in ``csrf_meta()``
    (``<meta name="X-CSRF-TOKEN">``); the page's script sends it as the header and adds the field
    ``csrf_test_name``. A post without it is 403; a wrong password is flashed after a redirect."""

    sessions: Sessions = field(default_factory=lambda: Sessions("ci_session"))

    def install(self, site: FakeSite) -> None:
        site.route("*", "/", lambda r: redirect(r, "/login"))
        site.route("*", "/login", lambda r: self._page(r) if r.method == "GET" else self._login(r))
        site.route("*", "/admin/dashboard", self._dashboard)

    def _page(self, request: Request) -> Reply:
        _sid, session, cookies = self.sessions.get(request)
        error, session["error"] = session.get("error", ""), ""
        alert = f'<div class="alert alert-danger">{error}</div>' if error else ""
        body = _STISLA_LOGIN.format(token=session["token"], alert=alert)
        return Reply(200, body, cookies=cookies)

    def _login(self, request: Request) -> Reply:
        _sid, session, cookies = self.sessions.get(request)
        token = request.headers.get("X-CSRF-TOKEN") or request.value("csrf_test_name")
        if cookies or token != session["token"]:
            return Reply(403, _CI_NOT_ALLOWED)
        if request.value("username") != USER or request.value("password") != PASSWORD:
            session["error"] = "Password yang Anda masukkan salah!"
            return redirect(request, "/login")
        session["user"] = USER
        return redirect(request, "/admin/dashboard")

    def _dashboard(self, request: Request) -> Reply:
        _sid, session, cookies = self.sessions.get(request)
        if "user" not in session:
            return redirect(request, "/login", cookies)
        return Reply(200, _STISLA_DASHBOARD.format(user=escape(session["user"])), cookies=cookies)


_CI_NOT_ALLOWED = """<!DOCTYPE html><html><head><title>403 Forbidden</title></head>
<body><h1>403 - Forbidden</h1><p>The action you requested is not allowed.</p></body></html>"""

_STISLA_LOGIN = """<!DOCTYPE html>
<html lang="id">
<head>
  <meta charset="UTF-8">
  <meta content="width=device-width, initial-scale=1, maximum-scale=1, shrink-to-fit=no" name="viewport">
  <meta name="X-CSRF-TOKEN" content="{token}">
  <title>Login &mdash; SIMPEL</title>
  <link rel="stylesheet" href="/assets/modules/bootstrap/css/bootstrap.min.css">
  <link rel="stylesheet" href="/assets/css/style.css">
</head>
<body>
<div id="app"><section class="section"><div class="container mt-5"><div class="row">
  <div class="col-12 col-sm-8 offset-sm-2 col-md-6 offset-md-3 col-lg-6 offset-lg-3 col-xl-4 offset-xl-4">
    <div class="login-brand"><img src="/assets/img/logo-dlh.png" alt="logo" width="100"></div>
    <div class="card card-primary"><div class="card-header"><h4>Login SIMPEL</h4></div><div class="card-body">
      {alert}
      <form method="POST" action="/login" class="needs-validation" novalidate="">
        <div class="form-group"><label for="username">Username</label>
          <input id="username" type="text" class="form-control" name="username" tabindex="1" required autofocus></div>
        <div class="form-group"><label for="password" class="control-label">Password</label>
          <input id="password" type="password" class="form-control" name="password" tabindex="2" required></div>
        <div class="form-group"><div class="custom-control custom-checkbox">
          <input type="checkbox" name="remember" class="custom-control-input" tabindex="3" id="remember-me">
          <label class="custom-control-label" for="remember-me">Ingat Saya</label></div></div>
        <div class="form-group"><button type="submit" class="btn btn-primary btn-lg btn-block" tabindex="4">Login
          </button></div>
      </form>
    </div></div>
    <div class="simple-footer">Copyright &copy; Dinas Lingkungan Hidup Kota Bekasi 2026</div>
  </div>
</div></div></section></div>
<script src="/assets/modules/jquery.min.js"></script>
<script>
$.ajaxSetup({{headers: {{'X-CSRF-TOKEN': $('meta[name="X-CSRF-TOKEN"]').attr('content')}}}});
document.querySelector('form').addEventListener('submit', function () {{
  var input = document.createElement('input');
  input.type = 'hidden'; input.name = 'csrf_test_name';
  input.value = document.querySelector('meta[name="X-CSRF-TOKEN"]').content;
  this.appendChild(input);
}});
</script>
</body>
</html>"""

_STISLA_DASHBOARD = """<!DOCTYPE html>
<html lang="id">
<head><meta charset="UTF-8"><title>Dashboard &mdash; SIMPEL</title>
<link rel="stylesheet" href="/assets/modules/bootstrap/css/bootstrap.min.css">
<link rel="stylesheet" href="/assets/css/style.css">
</head>
<body>
<div id="app"><div class="main-wrapper main-wrapper-1">
  <div class="navbar-bg"></div>
  <nav class="navbar navbar-expand-lg main-navbar"><ul class="navbar-nav navbar-right">
    <li class="dropdown"><a href="#" data-toggle="dropdown" class="nav-link dropdown-toggle nav-link-lg nav-link-user">
      <img alt="image" src="/assets/img/avatar/avatar-1.png" class="rounded-circle mr-1">
      <div class="d-sm-none d-lg-inline-block">Hi, {user}</div></a>
      <div class="dropdown-menu dropdown-menu-right"><div class="dropdown-title">Masuk 5 menit lalu</div>
        <a href="/profil" class="dropdown-item has-icon"><i class="far fa-user"></i> Profil</a>
        <div class="dropdown-divider"></div>
        <a href="/logout" class="dropdown-item has-icon text-danger"><i class="fas fa-sign-out-alt"></i> Logout</a>
      </div></li></ul></nav>
  <div class="main-sidebar sidebar-style-2"><aside id="sidebar-wrapper">
    <div class="sidebar-brand"><a href="/admin/dashboard">SIMPEL</a></div>
    <ul class="sidebar-menu"><li class="active"><a class="nav-link" href="/admin/dashboard">Dashboard</a></li>
      <li><a class="nav-link" href="/admin/izin-lingkungan">Izin Lingkungan</a></li>
      <li><a class="nav-link" href="/admin/pengaduan">Pengaduan</a></li></ul></aside></div>
  <div class="main-content"><section class="section"><div class="section-header"><h1>Dashboard</h1></div>
    <div class="row"><div class="col-lg-4"><div class="card card-statistic-1"><div class="card-wrap">
      <div class="card-header"><h4>Permohonan izin</h4></div><div class="card-body">214</div></div></div></div>
    <div class="col-lg-4"><div class="card card-statistic-1"><div class="card-wrap">
      <div class="card-header"><h4>Pengaduan baru</h4></div><div class="card-body">9</div></div></div></div></div>
  </section></div>
  <footer class="main-footer"><div class="footer-left">Copyright &copy; 2026 DLH Kota Bekasi</div></footer>
</div></div>
</body>
</html>"""


@dataclass
class Ci3CookieTokenApp:
    """SIMPERDA of the Bagian Hukum: CodeIgniter 3 with ``csrf_protection``, the token only in the
    ``csrf_cookie_name`` cookie, which the page's script (jquery.cookie) copies into ``csrf_test_name``.
    A post without it is CodeIgniter's "not allowed"; a wrong password is flashed after a redirect."""

    sessions: Sessions = field(default_factory=lambda: Sessions("ci_session"))

    def install(self, site: FakeSite) -> None:
        site.route("*", "/", lambda r: redirect(r, "/auth/login"))
        site.route("*", "/auth/login", lambda r: self._page(r) if r.method == "GET" else self._login(r))
        site.route("*", "/dashboard", self._dashboard)

    def _page(self, request: Request) -> Reply:
        _sid, session, cookies = self.sessions.get(request)
        token = request.cookies.get("csrf_cookie_name") or secrets.token_hex(16)
        error, session["error"] = session.get("error", ""), ""
        html = login_page("SIMPERDA", _CI3_FORM, error).replace("</body>", _CI3_SCRIPT + "\n</body>")
        return Reply(200, html, cookies=(*cookies, f"csrf_cookie_name={token}; {_AGE}"))

    def _login(self, request: Request) -> Reply:
        _sid, session, _ = self.sessions.get(request)
        token = request.value("csrf_test_name")
        if not token or token != request.cookies.get("csrf_cookie_name"):
            return Reply(403, _CI3_NOT_ALLOWED)
        if request.value("username") != USER or request.value("password") != PASSWORD:
            session["error"] = "Username atau password salah"
            return redirect(request, "/auth/login")
        session["user"] = USER
        return redirect(request, "/dashboard")

    def _dashboard(self, request: Request) -> Reply:
        _sid, session, cookies = self.sessions.get(request)
        if "user" not in session:
            return redirect(request, "/auth/login", cookies)
        logout = '<a href="/auth/logout" class="btn btn-default btn-flat float-right">Keluar</a>'
        return Reply(200, adminlte("SIMPERDA", session["user"], _CI3_CONTENT, logout), cookies=cookies)


_CI3_FORM = """<form id="form-login" method="post" action="/auth/login">
  <div class="input-group mb-3"><input type="text" name="username" class="form-control" placeholder="Username"></div>
  <div class="input-group mb-3"><input type="password" name="password" class="form-control" placeholder="Password">
  </div>
  <button type="submit" class="btn btn-primary btn-block">Login</button>
</form>"""

_CI3_SCRIPT = """<script src="/assets/js/jquery.cookie.js"></script>
<script>
$('#form-login').submit(function () {
  $(this).append($('<input type="hidden" name="csrf_test_name">').val($.cookie('csrf_cookie_name')));
});
</script>"""

_CI3_NOT_ALLOWED = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>403 Forbidden</title></head>
<body><div id="container"><h1>An Error Was Encountered</h1><p>The action you have requested is not allowed.</p>
</div></body></html>"""

_CI3_CONTENT = """<div class="row">
  <div class="col-lg-3 col-6"><div class="small-box bg-info"><div class="inner"><h3>146</h3>
    <p>Produk hukum 2026</p></div><a href="/produk-hukum" class="small-box-footer">Selengkapnya</a></div></div>
  <div class="col-lg-3 col-6"><div class="small-box bg-warning"><div class="inner"><h3>18</h3>
    <p>Rancangan dalam harmonisasi</p></div><a href="/rancangan" class="small-box-footer">Selengkapnya</a></div></div>
</div>"""


# --- the dashboard in the answer to the post --------------------------------------------------------------


@dataclass
class RenderedDashboardApp:
    """e-Absensi of the BKPSDM: ``login.php`` renders the dashboard in its answer to the post, the
    username in the sidebar's user panel beside an "Online" link to ``#``; a wrong password renders the
    login box again with its message."""

    sessions: Sessions = field(default_factory=lambda: Sessions("PHPSESSID"))

    def install(self, site: FakeSite) -> None:
        site.route("*", "/", lambda r: Reply(302, "", {"Location": "login.php"}))
        site.route("*", "/login.php", self._login)

    def _login(self, request: Request) -> Reply:
        _sid, _session, cookies = self.sessions.get(request)
        if request.method != "POST":
            return Reply(200, _ABSENSI.format(body=_ABSENSI_LOGIN.format(message=_ASK)), cookies=cookies)
        if request.value("username") != USER or request.value("password") != PASSWORD:
            return Reply(200, _ABSENSI.format(body=_ABSENSI_LOGIN.format(message=_REFUSED)), cookies=cookies)
        body = _ABSENSI_DASHBOARD.format(user=escape(request.value("username")))
        return Reply(200, _ABSENSI.format(body=body), cookies=cookies)


_ASK = '<p class="login-box-msg">Silakan login untuk memulai sesi</p>'
_REFUSED = '<p class="login-box-msg text-danger">Username atau password salah</p>'

_ABSENSI = """<!DOCTYPE html>
<html>
<head><meta charset="utf-8"><title>e-Absensi | BKPSDM Kota Bekasi</title>
<meta content="width=device-width, initial-scale=1, maximum-scale=1, user-scalable=no" name="viewport">
<link rel="stylesheet" href="bootstrap/css/bootstrap.min.css"><link rel="stylesheet" href="dist/css/AdminLTE.min.css">
</head>
{body}
<script src="plugins/jQuery/jquery-2.2.3.min.js"></script><script src="bootstrap/js/bootstrap.min.js"></script>
</html>"""

_ABSENSI_LOGIN = """<body class="hold-transition login-page"><div class="login-box">
  <div class="login-logo"><b>e-</b>Absensi</div>
  <div class="login-box-body">{message}
    <form action="login.php" method="post">
      <div class="form-group has-feedback"><input type="text" class="form-control" name="username"
        placeholder="Username"></div>
      <div class="form-group has-feedback"><input type="password" class="form-control" name="password"
        placeholder="Password"></div>
      <div class="row"><div class="col-xs-4">
        <button type="submit" name="btnLogin" class="btn btn-primary btn-block btn-flat">Sign In</button></div></div>
    </form>
  </div>
</div></body>"""

_ABSENSI_DASHBOARD = """<body class="hold-transition skin-blue sidebar-mini"><div class="wrapper">
  <header class="main-header"><a href="index.php" class="logo"><span class="logo-lg"><b>e-</b>Absensi</span></a>
    <nav class="navbar navbar-static-top"><a href="#" class="sidebar-toggle" data-toggle="offcanvas" role="button">
      <span class="sr-only">Toggle navigation</span></a></nav></header>
  <aside class="main-sidebar"><section class="sidebar">
    <div class="user-panel">
      <div class="pull-left image"><img src="dist/img/avatar5.png" class="img-circle" alt=""></div>
      <div class="pull-left info"><p>{user}</p><a href="#"><i class="fa fa-circle text-success"></i> Online</a></div>
    </div>
    <ul class="sidebar-menu"><li class="header">MENU UTAMA</li>
      <li><a href="rekap.php"><i class="fa fa-table"></i> <span>Rekap Absensi</span></a></li>
      <li><a href="izin.php"><i class="fa fa-envelope"></i> <span>Pengajuan Izin</span></a></li></ul>
  </section></aside>
  <div class="content-wrapper"><section class="content-header"><h1>Dashboard <small>Control panel</small></h1>
  </section><section class="content"><div class="row">
    <div class="col-lg-3 col-xs-6"><div class="small-box bg-aqua"><div class="inner"><h3>22</h3>
      <p>Hadir bulan ini</p></div></div></div>
    <div class="col-lg-3 col-xs-6"><div class="small-box bg-yellow"><div class="inner"><h3>1</h3>
      <p>Izin</p></div></div></div>
  </div></section></div>
  <footer class="main-footer"><strong>Copyright &copy; 2026 BKPSDM Kota Bekasi.</strong></footer>
</div></body>"""


# --- a password hashed by the page's script ---------------------------------------------------------------


@dataclass
class HashedPasswordApp:
    """SIMPAS of the Satpol PP: the form's ``onsubmit`` replaces the password by its ``CryptoJS.MD5``
    before the post; the server compares the hash, so the plain password never logs in."""

    posts: int = 0
    sessions: Sessions = field(default_factory=lambda: Sessions("PHPSESSID"))

    def install(self, site: FakeSite) -> None:
        site.route("*", "/", lambda r: redirect(r, "/login"))
        site.route("*", "/login", self._login)
        site.route("*", "/dashboard", self._dashboard)

    def _login(self, request: Request) -> Reply:
        _sid, session, cookies = self.sessions.get(request)
        error = ""
        if request.method == "POST":
            self.posts += 1
            digest = hashlib.md5(PASSWORD.encode(), usedforsecurity=False).hexdigest()
            if request.value("username") == USER and request.value("password") == digest:
                session["user"] = USER
                return redirect(request, "/dashboard")
            error = "Username atau password salah"
        html = sb_admin_login("SIMPAS", _MD5_FORM, error).replace("</body>", _MD5_SCRIPT + "\n</body>")
        return Reply(200, html, cookies=cookies)

    def _dashboard(self, request: Request) -> Reply:
        _sid, session, cookies = self.sessions.get(request)
        if "user" not in session:
            return redirect(request, "/login", cookies)
        return Reply(200, sb_admin("SIMPAS", session["user"], _STATS, _LOGOUT_ITEM, _LOGOUT_MODAL), cookies=cookies)


_MD5_FORM = """<form class="user" method="post" action="/login" onsubmit="var p = document.getElementById('password');
  p.value = CryptoJS.MD5(p.value).toString(); return true;">
  <div class="form-group"><input type="text" class="form-control form-control-user" name="username"
    placeholder="Username"></div>
  <div class="form-group"><input type="password" class="form-control form-control-user" id="password" name="password"
    placeholder="Password"></div>
  <button type="submit" class="btn btn-primary btn-user btn-block">Login</button>
</form>"""

_MD5_SCRIPT = '<script src="/assets/js/crypto-js.min.js"></script>'
