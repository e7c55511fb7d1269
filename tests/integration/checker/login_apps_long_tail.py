"""The long tail of department logins: what vendors' PHP, CakePHP and a vendor's Keycloak answer.

Each installs its routes on a ``FakeSite`` and keeps its sessions by cookie, as its stack does:

- ``NativePhpApp``: SIMPEG in PHP without a framework; ``cek_login.php`` answers with a script
  only, a SweetAlert or toastr notice then ``window.location``: back to the public portal
  ("Selamat Datang di SIMPEG", a "Login" button) on a refusal, to ``admin/`` on success.
- ``SessionApp``: a Laravel-like app whose login redirects to /dashboard; a session store that
  keeps nothing sends the dashboard's visitor on to the public portal or to /login; an account not
  yet verified is flashed back at /login; the answer may be an AJAX endpoint's JSON
  ``{"success": true, "redirect": "/dashboard"}``; the dashboard greets the display name.
- ``NipApp``: the login by ``nip`` (lower case) that the registry names ``NIP``.
- ``MathCaptchaApp``: a sum to answer as text beside the password ("Berapa hasil 3 + 4 = ?").
- ``CakeApp``: CakePHP 5's ``_csrfToken`` and FormProtection's ``_Token[fields]``, which refuses
  any field the form did not hold, under a layout with ``<meta name="csrf-token">`` for jQuery.
- ``VendorKeycloakApp``: /login sends the browser to the vendor's Keycloak on another domain.
"""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass, field
from html import escape
from typing import Any

from checker_servers import FakeSite, Reply, Request, redirect
from login_apps_real_web import FULL_NAME, PASSWORD, USER, adminlte, login_page

DISPLAY_NAME = "Pelaksana Dinkes"  # the account's name as the app greets it


@dataclass
class _Store:
    """Server-side sessions by cookie value; ``forgetful``: a store that keeps nothing (a full disk)."""

    cookie: str
    forgetful: bool = False
    sessions: dict[str, dict[str, Any]] = field(default_factory=dict)

    def get(self, request: Request) -> tuple[dict[str, Any], tuple[str, ...]]:
        sid = request.cookies.get(self.cookie, "")
        if sid in self.sessions and not self.forgetful:
            return self.sessions[sid], ()
        sid = secrets.token_hex(16)
        self.sessions[sid] = {"token": secrets.token_hex(20)}
        return self.sessions[sid], (f"{self.cookie}={sid}; path=/; HttpOnly",)


_PORTAL = """<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8"><title>SIMPEG Dinas Kesehatan Kota Bekasi</title>
<link rel="stylesheet" href="/assets/css/bootstrap.min.css"></head>
<body><nav class="navbar navbar-expand-lg navbar-dark bg-primary"><div class="container">
<a class="navbar-brand" href="/">SIMPEG</a><ul class="navbar-nav ml-auto">
<li class="nav-item"><a class="nav-link" href="/">Beranda</a></li>
<li class="nav-item"><a class="nav-link" href="/pengumuman">Pengumuman</a></li>
<li class="nav-item"><a class="btn btn-light" href="{login}">Login</a></li></ul></div></nav>
<div class="jumbotron"><div class="container"><h1>Selamat Datang di SIMPEG</h1>
<p>Sistem Informasi Manajemen Kepegawaian Dinas Kesehatan Kota Bekasi: data pegawai, cuti, kenaikan
pangkat dan penilaian kinerja, untuk pegawai dan pelaksana kegiatan di lingkungan Dinas Kesehatan.</p>
</div></div>
<div class="container"><h3>Pengumuman</h3><ul><li>Pengisian SKP periode Januari-Juni 2024 diperpanjang.</li>
<li>Jadwal pemutakhiran data pegawai tahun 2024.</li></ul></div>
<footer class="text-center">&copy; 2024 Dinas Kesehatan Kota Bekasi</footer>
<script src="/assets/js/jquery.min.js"></script></body></html>"""

_SIMPLE_FORM = """<form method="post" action="{action}">
  <div class="input-group mb-3"><input type="text" name="{user}" class="form-control" placeholder="{label}"></div>
  <div class="input-group mb-3"><input type="password" name="password" class="form-control" placeholder="Password">
  </div>{extra}
  <button type="submit" name="login" class="btn btn-primary btn-block">Masuk</button>
</form>"""


def _dashboard(app: str, user: str) -> str:
    logout = '<a href="/logout" class="btn btn-default btn-flat">Keluar</a>'
    return adminlte(app, user, f"<h3>Selamat Datang, {escape(user)}</h3>", logout)


# --- PHP without a framework, its notices drawn by SweetAlert or toastr -------------------------------


@dataclass
class NativePhpApp:
    """SIMPEG of the Dinkes: ``cek_login.php`` answers with a notice script and ``window.location``."""

    notice: str = "swal"  # "swal": SweetAlert2; "toastr": a toastr message
    store: _Store = field(default_factory=lambda: _Store("PHPSESSID"))

    def install(self, site: FakeSite) -> None:
        site.route("*", "/", lambda r: Reply(200, _PORTAL.format(login="login.php")))
        site.route("*", "/index.php", lambda r: Reply(200, _PORTAL.format(login="login.php")))
        site.route("*", "/login.php", self._page)
        site.route("*", "/cek_login.php", self._check)
        site.route("*", "/admin/", self._admin)

    def _page(self, request: Request) -> Reply:
        form = _SIMPLE_FORM.format(action="cek_login.php", user="username", label="Username", extra="")
        return Reply(200, login_page("SIMPEG", form), cookies=self.store.get(request)[1])

    def _check(self, request: Request) -> Reply:
        session, cookies = self.store.get(request)
        if request.value("username") != USER or request.value("password") != PASSWORD:
            return Reply(200, _NOTICES[self.notice].format(target="index.php"), cookies=cookies)
        session["user"] = FULL_NAME
        return Reply(200, _WELCOMED.format(target="admin/"), cookies=cookies)

    def _admin(self, request: Request) -> Reply:
        session, cookies = self.store.get(request)
        if "user" not in session:
            return redirect(request, "/login.php", cookies)
        return Reply(200, _dashboard("SIMPEG", session["user"]), cookies=cookies)


_NOTICES = {
    "swal": """<script src="assets/sweetalert2/sweetalert2.all.min.js"></script>
<script>
  Swal.fire('Gagal', 'Username atau password salah', 'error').then(function () {{
    window.location = '{target}';
  }});
</script>""",
    "toastr": """<link rel="stylesheet" href="assets/toastr/toastr.min.css">
<script src="assets/jquery/jquery.min.js"></script><script src="assets/toastr/toastr.min.js"></script>
<script>
  toastr.error("Username atau password salah!", "Login Gagal");
  setTimeout(function () {{ window.location.href = "{target}"; }}, 1500);
</script>""",
}

_WELCOMED = """<script src="assets/sweetalert2/sweetalert2.all.min.js"></script>
<script>
  Swal.fire({{icon: 'success', title: 'Berhasil', text: 'Login berhasil', timer: 1200}}).then(function () {{
    window.location = '{target}';
  }});
</script>"""


# --- a Laravel-like app: its session, its flash, its JSON answer ---------------------------------------


@dataclass
class SessionApp:
    """SIMPEG on Laravel: POST /login, 302 to /dashboard, which sends a visitor without a session on."""

    bounce: str = "/"  # where the dashboard sends a visitor without a session: the portal or /login
    forgetful: bool = False  # the session store keeps nothing (storage/framework/sessions not writable)
    unverified: bool = False  # the account is not verified yet
    json_answer: bool = False  # the form is answered as an AJAX endpoint answers
    store: _Store = field(default_factory=lambda: _Store("simpeg_session"))

    def install(self, site: FakeSite) -> None:
        self.store.forgetful = self.forgetful
        site.route("*", "/", lambda r: Reply(200, _PORTAL.format(login="/login")))
        site.route("*", "/login", lambda r: self._page(r) if r.method == "GET" else self._login(r))
        site.route("*", "/dashboard", self._dashboard)

    def _page(self, request: Request) -> Reply:
        session, cookies = self.store.get(request)
        flash, session["flash"] = session.get("flash", ""), ""
        token = f'<input type="hidden" name="_token" value="{session["token"]}">'
        form = _SIMPLE_FORM.format(action="/login", user="username", label="Username", extra=token)
        return Reply(200, login_page("SIMPEG", form, flash), cookies=cookies)

    def _login(self, request: Request) -> Reply:
        session, cookies = self.store.get(request)
        if request.value("username") != USER or request.value("password") != PASSWORD:
            session["flash"] = "Username atau password salah."
            return redirect(request, "/login", cookies)
        if self.unverified:
            session["flash"] = "Akun Anda belum diverifikasi. Silakan hubungi admin BKPSDM."
            return redirect(request, "/login", cookies)
        session["user"] = DISPLAY_NAME
        if self.json_answer:
            body = json.dumps({"success": True, "redirect": "/dashboard"})
            return Reply(200, body, {"Content-Type": "application/json"}, cookies)
        return redirect(request, "/dashboard", cookies)

    def _dashboard(self, request: Request) -> Reply:
        session, cookies = self.store.get(request)
        if "user" not in session:
            return redirect(request, self.bounce, cookies)
        return Reply(200, _dashboard("SIMPEG", session["user"]), cookies=cookies)


# --- a login by NIP ----------------------------------------------------------------------------------


@dataclass
class NipApp:
    """E-Absensi of the BKPSDM: PHP reads ``$_POST['nip']``, which the registry wrote ``NIP``."""

    store: _Store = field(default_factory=lambda: _Store("PHPSESSID"))

    def install(self, site: FakeSite) -> None:
        site.route("*", "/", lambda r: redirect(r, "/login"))
        site.route("*", "/login", lambda r: self._page(r) if r.method == "GET" else self._login(r))
        site.route("*", "/beranda", self._home)

    def _page(self, request: Request, flash: str = "") -> Reply:
        form = _SIMPLE_FORM.format(action="/login", user="nip", label="NIP (18 digit)", extra="")
        return Reply(200, login_page("E-Absensi", form, flash), cookies=self.store.get(request)[1])

    def _login(self, request: Request) -> Reply:
        session, cookies = self.store.get(request)
        if request.value("nip") != USER or request.value("password") != PASSWORD:
            return self._page(request, "NIP atau password salah.")
        session["user"] = FULL_NAME
        return redirect(request, "/beranda", cookies)

    def _home(self, request: Request) -> Reply:
        session, cookies = self.store.get(request)
        if "user" not in session:
            return redirect(request, "/login", cookies)
        return Reply(200, _dashboard("E-Absensi", session["user"]), cookies=cookies)


# --- a sum as a CAPTCHA ------------------------------------------------------------------------------


@dataclass
class MathCaptchaApp:
    """SIMPEL of a kecamatan: a sum beside the password, checked against the session's answer."""

    placeholder: bool = False  # the sum written as the field's placeholder, not as its label
    posts: int = 0

    def install(self, site: FakeSite) -> None:
        site.route("*", "/", lambda r: redirect(r, "/login"))
        site.route("*", "/login", lambda r: self._page() if r.method == "GET" else self._login(r))

    def _page(self, flash: str = "") -> Reply:
        question = (
            '<input type="number" name="jawaban" class="form-control" placeholder="3 + 4 = ?" required>'
            if self.placeholder
            else '<label for="hasil">Berapa hasil 3 + 4 = ?</label>'
            '<input type="text" id="hasil" name="hasil" class="form-control" required>'
        )
        form = _SIMPLE_FORM.format(action="/login", user="username", label="Username", extra=question)
        return Reply(200, login_page("SIMPEL", form, flash))

    def _login(self, request: Request) -> Reply:
        self.posts += 1
        if (request.value("hasil") or request.value("jawaban")) != "7":
            return self._page("Jawaban hitungan salah.")
        return Reply(200, _dashboard("SIMPEL", FULL_NAME))


# --- CakePHP 5 with FormProtection -------------------------------------------------------------------


@dataclass
class CakeApp:
    """SIMONEV on CakePHP 5: its CSRF middleware and FormProtection, under a jQuery layout's meta token."""

    store: _Store = field(default_factory=lambda: _Store("CAKEPHP"))

    def install(self, site: FakeSite) -> None:
        site.route("*", "/", lambda r: redirect(r, "/users/login"))
        site.route("*", "/users/login", lambda r: self._page(r) if r.method == "GET" else self._login(r))
        site.route("*", "/dashboard", self._dashboard)

    def _page(self, request: Request) -> Reply:
        _session, cookies = self.store.get(request)
        token = request.cookies.get("csrfToken") or secrets.token_hex(32)
        head = f'<meta name="csrf-token" content="{token}">'
        html = login_page("SIMONEV", _CAKE_FORM.format(token=token), head=head)
        return Reply(200, html, cookies=(*cookies, f"csrfToken={token}; path=/; samesite=lax"))

    def _login(self, request: Request) -> Reply:
        session, cookies = self.store.get(request)
        if request.value("_csrfToken") != request.cookies.get("csrfToken"):
            return Reply(403, "<h1>CSRF token from either the request body or request headers did not match</h1>")
        unexpected = sorted(set(request.form) - _CAKE_FIELDS)
        if unexpected:  # what FormProtectionComponent says, in debug mode, before a 400
            message = f"Form tampering protection token validation failed. Unexpected field '{unexpected[0]}'"
            return Reply(400, f"<h1>Bad Request</h1><p>{escape(message)}</p>")
        if request.value("email") != USER or request.value("password") != PASSWORD:
            return Reply(200, login_page("SIMONEV", _CAKE_FORM.format(token=request.value("_csrfToken"))))
        session["user"] = FULL_NAME
        return redirect(request, "/dashboard", cookies)

    def _dashboard(self, request: Request) -> Reply:
        session, cookies = self.store.get(request)
        if "user" not in session:
            return redirect(request, "/users/login", cookies)
        return Reply(200, _dashboard("SIMONEV", session["user"]), cookies=cookies)


_CAKE_FIELDS = {"_method", "_csrfToken", "email", "password", "_Token[fields]", "_Token[unlocked]"}

_CAKE_FORM = """<form method="post" accept-charset="utf-8" action="/users/login">
<div style="display:none;"><input type="hidden" name="_method" value="POST">
<input type="hidden" name="_csrfToken" autocomplete="off" value="{token}"></div>
<div class="input email required"><label for="email">Email</label>
<input type="email" name="email" required="required" id="email"></div>
<div class="input password required"><label for="password">Password</label>
<input type="password" name="password" required="required" id="password"></div>
<button type="submit">Masuk</button>
<div style="display:none;"><input type="hidden" name="_Token[fields]" autocomplete="off"
value="5b1a9c0e7d%3A"><input type="hidden" name="_Token[unlocked]" autocomplete="off" value=""></div>
</form>"""


# --- a vendor's Keycloak on another domain -----------------------------------------------------------

VENDOR_SSO = "sso.sipd-vendor.web.id"
_KC_AUTH = "/realms/simpeg/protocol/openid-connect/auth?client_id=simpeg&response_type=code&scope=openid"
_KC_ACTION = "/realms/simpeg/login-actions/authenticate?client_id=simpeg&tab_id=Xy1"


@dataclass
class VendorKeycloakApp:
    """SIMPEG hosted by its vendor: /login sends the browser to the vendor's Keycloak realm."""

    posts: int = 0

    def install(self, site: FakeSite) -> None:
        site.route("*", "/", lambda r: redirect(r, "/beranda"))
        site.route("*", "/login", lambda r: redirect(r, f"http://{VENDOR_SSO}:{_port(r)}{_KC_AUTH}"))
        site.route(VENDOR_SSO, _KC_AUTH, lambda r: Reply(200, _KC_LOGIN.format(port=_port(r), action=_KC_ACTION)))
        site.route(VENDOR_SSO, _KC_ACTION, self._authenticate)
        site.route("*", "/beranda", lambda r: Reply(200, _dashboard("SIMPEG", FULL_NAME)))

    def _authenticate(self, request: Request) -> Reply:
        self.posts += 1
        return redirect(request, f"http://simpeg.bekasikota.go.id:{_port(request)}/beranda")


def _port(request: Request) -> str:
    return request.headers.get("Host", "").rsplit(":", 1)[-1]


_KC_LOGIN = """<!DOCTYPE html>
<html class="login-pf"><head><meta charset="utf-8"><title>Masuk ke SIMPEG</title>
<link href="/resources/x1y2z/login/keycloak/css/login.css" rel="stylesheet"></head>
<body class=""><div class="login-pf-page"><div id="kc-header" class="login-pf-page-header">
<div id="kc-header-wrapper">SIPD Vendor SSO</div></div>
<div class="card-pf"><header class="login-pf-header"><h1 id="kc-page-title">Masuk ke akun Anda</h1></header>
<div id="kc-content"><div id="kc-content-wrapper"><div id="kc-form"><div id="kc-form-wrapper">
<form id="kc-form-login" onsubmit="login.disabled = true; return true;"
  action="http://sso.sipd-vendor.web.id:{port}{action}" method="post">
  <div class="form-group"><label for="username" class="pf-c-form__label pf-c-form__label-text">Nama pengguna</label>
    <input tabindex="1" id="username" class="pf-c-form-control" name="username" value="" type="text" autofocus
      autocomplete="off"></div>
  <div class="form-group"><label for="password" class="pf-c-form__label pf-c-form__label-text">Kata sandi</label>
    <input tabindex="2" id="password" class="pf-c-form-control" name="password" type="password"
      autocomplete="off"></div>
  <div class="form-group login-pf-settings"><div id="kc-form-options"><div class="checkbox"><label>
    <input tabindex="3" id="rememberMe" name="rememberMe" type="checkbox"> Ingat saya</label></div></div>
    <div class="kc-form-options-wrapper"><span><a tabindex="5"
      href="/realms/simpeg/login-actions/reset-credentials?client_id=simpeg">Lupa kata sandi?</a></span></div></div>
  <div id="kc-form-buttons" class="form-group"><input type="hidden" id="id-hidden-input" name="credentialId">
    <input tabindex="4" class="pf-c-button pf-m-primary pf-m-block btn-lg" name="login" id="kc-login" type="submit"
      value="Masuk"></div>
</form></div></div></div></div></div></div></body></html>"""
