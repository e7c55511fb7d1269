"""Login pages of the frameworks and platforms Bekasi's departments run, as their vendors ship them.

One ``VendorApp`` serves a login page (``page``, with the session's CSRF token, the flashed error and the site's
origin filled in), checks the post as its framework does (``guard``: the token of the session in a field), and
answers the right credentials by a redirect to its dashboard (through a step of its own, as Moodle's
``testsession``) or in place, a wrong password by a redirect back with a flash or in place with the form and the
message. Sessions are server-side, by cookie, renewed at login. ``CasApp`` is an app signing in on the city's CAS.

The pages: CodeIgniter 3 and 4 (``csrf_test_name``, ``ci_session``), Yii2 (``_csrf``, ``LoginForm[username]``),
Django (``csrfmiddlewaretoken``, ``?next=``), ASP.NET WebForms and ASP.NET Core Identity, JSF with PrimeFaces,
Moodle (``logintoken``), OJS (``csrfToken``), SPSE (``authenticityToken``), Laravel Breeze in Indonesian, a
Laravel Inertia shell, plain PHP posting by GET, and native PHP apps whose login is their root.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from html import escape
from typing import Any
from urllib.parse import parse_qs, urlsplit

from checker_servers import FakeSite, Reply, Request, redirect
from login_apps_real_web import Sessions, adminlte

USER, PASSWORD = "pelaksana", "rahasia-benar"  # what make_checker's DEMO_USER and DEMO_PASS hold
EMAIL = "pelaksana.monev@bekasikota.go.id"
NIP = "199003152015031004"  # a civil servant's NIP as the username, which the apps write 8-6-1-3
NIP_GROUPED = "19900315 201503 1 004"
FULL_NAME = "Budi Santoso, S.Kom"
_AGE = "Max-Age=7200; path=/"


@dataclass
class VendorApp:
    """A department's app: ``page`` at ``login_path`` posting to ``action_path`` (by ``method``); the right
    ``credentials`` (under ``fields``) land on ``landing`` (at ``landing_path`` after a redirect, through ``through``
    where given, or in place when ``in_place``), a wrong one gets ``refusal`` (after a redirect back, or in place
    with ``refused_status`` when ``refused_in_place``). A post without the session's token in ``token_field`` is
    refused with ``expired_status``; ``token_cookie`` also sets the token as a cookie (Django's ``csrftoken``,
    Laravel's ``XSRF-TOKEN``). ``code_field``: a CAPTCHA's field, refused when empty with ``code_refusal``."""

    page: str
    landing: str
    refusal: str
    fields: tuple[str, str] = ("username", "password")
    credentials: tuple[str, str] = (USER, PASSWORD)
    login_path: str = "/login"
    action_path: str = "/login"
    landing_path: str = "/dashboard"
    through: str = ""
    token_field: str = ""
    token_cookie: str = ""
    session_cookie: str = "PHPSESSID"
    in_place: bool = False
    refused_in_place: bool = False
    refused_status: int = 200
    method: str = "POST"
    expired_status: int = 419
    code_field: str = ""
    code_refusal: str = ""
    posts: list[Request] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.sessions = Sessions(self.session_cookie, flags="HttpOnly")

    def install(self, site: FakeSite) -> None:
        if self.method == "GET":  # its action is asked with the fields in the query
            site.routes = _ByPath(site.routes)
        if self.login_path != "/":
            site.route("*", "/", lambda r: redirect(r, self.login_path))
        site.route("*", self.login_path, self._login_page)
        if self.action_path != self.login_path:
            site.route("*", self.action_path, self._login_page)
        if self.through:
            site.route("*", self.through, lambda r: Reply(303, "", {"Location": r.origin() + self.landing_path}))
        if self.landing_path != self.login_path:
            site.route("*", self.landing_path, self._landing)

    def _login_page(self, request: Request) -> Reply:
        query = parse_qs(urlsplit(request.path).query)
        if request.method == "POST" and request.path == self.action_path:
            return self._login(request, {name: request.value(name) for name in self.fields})
        if self.method == "GET" and self.fields[1] in query:
            return self._login(request, {name: values[0] for name, values in query.items()})
        _sid, session, cookies = self.sessions.get(request)
        if "user" in session and self.landing_path == self.login_path:  # the login's address is the dashboard's
            return Reply(200, self.landing)
        return Reply(
            200, self._form(request, session, session.pop("flash", "")), cookies=self._cookies(session, cookies)
        )

    def _login(self, request: Request, sent: dict[str, str]) -> Reply:
        self.posts.append(request)
        sid, session, cookies = self.sessions.get(request)
        if self.token_field and request.value(self.token_field) != session["token"]:
            return Reply(self.expired_status, "<h1>Page Expired</h1>", cookies=cookies)
        if self.code_field and not request.value(self.code_field):
            return self._refused(request, session, cookies, self.code_refusal)
        if (sent.get(self.fields[0]), sent.get(self.fields[1])) != self.credentials:
            return self._refused(request, session, cookies, self.refusal)
        sid, session, cookies = self.sessions.regenerate(sid)
        session["user"] = FULL_NAME
        if self.in_place:
            return Reply(200, self.landing, cookies=self._cookies(session, cookies))
        return redirect(request, self.through or self.landing_path, self._cookies(session, cookies))

    def _refused(self, request: Request, session: dict[str, Any], cookies: tuple[str, ...], refusal: str) -> Reply:
        if self.refused_in_place:
            body = self._form(request, session, refusal)
            return Reply(self.refused_status, body, cookies=self._cookies(session, cookies))
        session["flash"] = refusal
        return redirect(request, self.login_path, cookies)

    def _landing(self, request: Request) -> Reply:
        _sid, session, cookies = self.sessions.get(request)
        if "user" not in session:
            return redirect(request, self.login_path, cookies)
        return Reply(200, self.landing)

    def _form(self, request: Request, session: dict[str, Any], error: str) -> str:
        return self.page.format(token=session["token"], error=error, origin=request.origin())

    def _cookies(self, session: dict[str, Any], cookies: tuple[str, ...]) -> tuple[str, ...]:
        if self.token_cookie:
            return (*cookies, f"{self.token_cookie}={session['token']}; {_AGE}")
        return cookies


class _ByPath(dict[tuple[str, str], Any]):
    """A site's routes that answer an address with a query by its path, where no route has the query."""

    def get(self, key: tuple[str, str], default: Any = None) -> Any:
        host, path = key
        return super().get(key) or super().get((host, path.split("?", 1)[0]), default)


def error_box(message: str) -> str:
    return f'<div class="alert alert-danger" role="alert">{escape(message)}</div>'


# --- layouts -------------------------------------------------------------------------------------------------


def card(app: str, form: str, head: str = "") -> str:
    """Return a Bootstrap 4 login page around ``form``: a navbar with its search, a card, the footer. Its
    placeholders (``{error}`` and the form's own) stay for ``VendorApp`` to fill."""
    return _CARD.replace("{app}", app).replace("{head}", head).replace("{form}", form)


_CARD = """<!DOCTYPE html>
<html lang="id">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">{head}
<title>Login | {app}</title><link rel="stylesheet" href="/assets/css/bootstrap.min.css"></head>
<body class="bg-light">
<nav class="navbar navbar-dark bg-primary"><a class="navbar-brand" href="/">{app}</a>
  <form class="form-inline" method="get" action="/cari"><input class="form-control" type="search" name="q"
    placeholder="Cari"><button class="btn btn-light" type="submit">Cari</button></form></nav>
<div class="container"><div class="row justify-content-center"><div class="col-md-5"><div class="card mt-5">
<div class="card-body">
  <img src="/assets/img/logo-kota-bekasi.png" alt="Logo Kota Bekasi" height="72">
  <h4 class="text-center mb-3">{app}</h4>
  {error}{form}
  <p class="mt-3 small"><a href="/lupa-password">Lupa password?</a></p>
</div></div></div></div></div>
<footer class="text-center small text-muted mt-4">&copy; 2026 Pemerintah Kota Bekasi. Dikelola oleh Diskominfo.
</footer>
<script src="/assets/js/jquery.min.js"></script><script src="/assets/js/bootstrap.bundle.min.js"></script>
</body></html>"""

STATS = """<div class="row">
<div class="col-lg-3"><div class="small-box bg-info"><div class="inner"><h3>1.204</h3><p>Pegawai aktif</p></div>
</div></div>
<div class="col-lg-3"><div class="small-box bg-success"><div class="inner"><h3>87</h3>
<p>Usulan kenaikan pangkat</p></div></div></div></div>
<h5>Pengumuman</h5><ul><li>Batas unggah SKP tahunan 31 Januari</li><li>Pemutakhiran data keluarga pegawai dibuka</li>
<li>Jadwal apel pagi di halaman kantor</li></ul>"""
KELUAR = '<a href="/logout" class="btn btn-default btn-flat float-right">Keluar</a>'


def dashboard(app: str, logout: str = KELUAR, user: str = FULL_NAME) -> str:
    """Return an AdminLTE 3 dashboard of the signed-in user, with its logout."""
    return adminlte(app, user, STATS, logout)


def bare_dashboard(app: str, heading: str, content: str = STATS, nav: str = "") -> str:
    """Return a dashboard whose menu a script draws: no logout link in its markup."""
    return f"""<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>Beranda | {app}</title></head>
<body><header class="topbar"><span class="brand">{app}</span>{nav}</header>
<div class="container"><h3>{heading}</h3>{content}</div>
<footer class="small">&copy; 2026 Pemerintah Kota Bekasi</footer>
<script src="/assets/js/app.js"></script></body></html>"""


def fields(user: str = "username", password: str = "password", user_label: str = "Username") -> str:
    return f"""<div class="form-group"><label for="{user}">{user_label}</label>
<input type="text" class="form-control" id="{user}" name="{user}" placeholder="Masukkan {user_label.lower()}"
  required></div>
<div class="form-group"><label for="{password}">Password</label>
<input type="password" class="form-control" id="{password}" name="{password}" placeholder="Masukkan password"
  required></div>"""


def plain_form(action: str = "/login", method: str = "post", extra: str = "", token: str = "") -> str:
    hidden = f'<input type="hidden" name="{token}" value="{{token}}">' if token else ""
    return (
        f'<form action="{action}" method="{method}">{hidden}{fields()}{extra}'
        '<button type="submit" name="login" class="btn btn-primary btn-block">Masuk</button></form>'
    )


# --- CodeIgniter ---------------------------------------------------------------------------------------------


def codeigniter3() -> VendorApp:
    """SIKADIS: CodeIgniter 3, ``csrf_test_name`` against its ``csrf_cookie_name``, the flash after a redirect."""
    form = (
        '<form action="{origin}/auth/login" method="post" accept-charset="utf-8">'
        '<input type="hidden" name="csrf_test_name" value="{token}" />'
        + fields()
        + '<button type="submit" class="btn btn-primary btn-block">Masuk</button></form>'
    )
    return VendorApp(
        card("SIKADIS", form),
        dashboard("SIKADIS"),
        error_box("Username atau Password salah!"),
        login_path="/auth",
        action_path="/auth/login",
        token_field="csrf_test_name",
        token_cookie="csrf_cookie_name",
        session_cookie="ci_session",
        expired_status=403,
    )


def _nip_form() -> str:
    return (
        '<form action="/login" method="post"><input type="hidden" name="csrf_test_name" value="{token}">'
        + fields("nip", user_label="NIP")
        + '<button type="submit" class="btn btn-success btn-block">Login</button></form>'
    )


def nip_greeting() -> VendorApp:
    """SIMPEG: CodeIgniter 4 by NIP; "NIP tidak terdaftar" in place; a dashboard greeting by full name."""
    landing = bare_dashboard("SIMPEG", f"Selamat datang, {FULL_NAME}", f"{STATS}<p>NIP. {NIP_GROUPED}</p>")
    return VendorApp(
        card("SIMPEG", _nip_form()),
        landing,
        error_box("NIP tidak terdaftar"),
        fields=("nip", "password"),
        credentials=(NIP, PASSWORD),
        token_field="csrf_test_name",
        session_cookie="ci_session",
        refused_in_place=True,
    )


def nip_in_place() -> VendorApp:
    """SIKEP: CodeIgniter 4 by NIP, answering the post in place with a profile card: the name and the NIP in its
    groups, its menu drawn by a script."""
    profile = f'<div class="profile"><b>{FULL_NAME}</b><br>NIP. {NIP_GROUPED}</div>'
    return VendorApp(
        card("SIKEP", _nip_form()),
        bare_dashboard("SIKEP", "Beranda Pegawai", profile + STATS),
        error_box("NIP atau password salah"),
        fields=("nip", "password"),
        credentials=(NIP, PASSWORD),
        token_field="csrf_test_name",
        session_cookie="ci_session",
        in_place=True,
        refused_in_place=True,
    )


# --- native PHP whose login is its root -----------------------------------------------------------------------


def root_login(landing: str) -> VendorApp:
    """SIABSEN: ``/`` shows the login form, or the dashboard once signed in; ``proses_login.php`` redirects to ``/``
    both ways."""
    return VendorApp(
        card("SIABSEN", plain_form("/proses_login.php")),
        landing,
        error_box("Username atau password salah"),
        login_path="/",
        action_path="/proses_login.php",
        landing_path="/",
    )


ROOT_GREETING = bare_dashboard("SIABSEN", f"Selamat datang, {FULL_NAME}")
ROOT_USER_MENU = bare_dashboard(
    "SIABSEN", "Dashboard", nav=f'<a href="#" id="userDropdown" class="nav-link dropdown-toggle">{FULL_NAME}</a>'
)
ROOT_NAME_ONLY = bare_dashboard("SIABSEN", "Dashboard", nav=f'<span class="user">{FULL_NAME}</span>')


def greeting_in_place(greeting: str) -> VendorApp:
    """SIMAS: native PHP answering the post in place with a dashboard that only greets who signed in."""
    return VendorApp(
        card("SIMAS", plain_form()),
        bare_dashboard("SIMAS", greeting),
        error_box("Username atau password salah"),
        in_place=True,
        refused_in_place=True,
    )


# --- Yii2 ----------------------------------------------------------------------------------------------------

_YII_FORM = """<form id="login-form" action="/index.php?r=site/login" method="post">
<input type="hidden" name="_csrf" value="{token}">
<div class="form-group field-loginform-username required"><label class="control-label" for="loginform-username">
Username</label><input type="text" id="loginform-username" class="form-control" name="LoginForm[username]" autofocus
aria-required="true"></div>
<div class="form-group field-loginform-password required{error}"><label class="control-label"
for="loginform-password">Password</label><input type="password" id="loginform-password" class="form-control"
name="LoginForm[password]" aria-required="true"></div>
<div class="form-group field-loginform-rememberme"><input type="hidden" name="LoginForm[rememberMe]" value="0">
<label><input type="checkbox" id="loginform-rememberme" name="LoginForm[rememberMe]" value="1" checked>
Remember Me</label></div>
<button type="submit" class="btn btn-primary" name="login-button">Login</button></form>"""
_YII_LOGOUT = """<form action="/index.php?r=site/logout" method="post"><input type="hidden" name="_csrf" value="x">
<button type="submit" class="btn btn-link logout">Logout (pelaksana)</button></form>"""


def yii2() -> VendorApp:
    """SIBANSOS: Yii2 basic, routed by ``?r=``; the error under the field in place."""
    return VendorApp(
        card("SIBANSOS", _YII_FORM).replace("{error}", "", 1),
        dashboard("SIBANSOS", _YII_LOGOUT),
        ' has-error"><p class="help-block help-block-error">Incorrect username or password.</p><div class="',
        fields=("LoginForm[username]", "LoginForm[password]"),
        login_path="/index.php?r=site/login",
        action_path="/index.php?r=site/login",
        landing_path="/index.php?r=site/index",
        token_field="_csrf",
        refused_in_place=True,
        expired_status=400,
    )


# --- Django --------------------------------------------------------------------------------------------------

_DJANGO_FORM = """<form method="post" action=""><input type="hidden" name="csrfmiddlewaretoken" value="{token}">
{error}<p><label for="id_username">Nama pengguna:</label><input type="text" name="username" autofocus
autocapitalize="none" autocomplete="username" maxlength="150" required id="id_username"></p>
<p><label for="id_password">Kata sandi:</label><input type="password" name="password" autocomplete="current-password"
required id="id_password"></p><input type="hidden" name="next" value="/dashboard/">
<button type="submit" class="btn btn-primary">Masuk</button></form>"""
_DJANGO_LOGOUT = """<form method="post" action="/accounts/logout/">
<input type="hidden" name="csrfmiddlewaretoken" value="x"><button type="submit">Keluar</button></form>"""


def django() -> VendorApp:
    """SIPAKAR: Django's LoginView at ``/accounts/login/?next=/dashboard/``, posting to itself."""
    return VendorApp(
        card("SIPAKAR", _DJANGO_FORM).replace("{error}", "", 1),
        dashboard("SIPAKAR", _DJANGO_LOGOUT),
        '<ul class="errorlist nonfield"><li>Masukkan nama pengguna dan sandi yang benar. Perhatikan bahwa kedua '
        "kolom mungkin peka huruf besar-kecil.</li></ul>",
        login_path="/accounts/login/?next=/dashboard/",
        action_path="/accounts/login/?next=/dashboard/",
        landing_path="/dashboard/",
        token_field="csrfmiddlewaretoken",
        token_cookie="csrftoken",
        session_cookie="sessionid",
        refused_in_place=True,
        expired_status=403,
    )


# --- ASP.NET -------------------------------------------------------------------------------------------------

_WEBFORMS_FORM = """<form method="post" action="./Login.aspx" id="form1">
<div class="aspNetHidden"><input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1Mg9kFgJmD2QWAgIDD2QWAg==" />
</div><div class="aspNetHidden">
<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="C2EE9ABB" />
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="{token}" /></div>
<div class="header"><input name="ctl00$txtCari" type="text" id="txtCari" placeholder="Cari..." />
<input type="submit" name="ctl00$btnCari" value="Cari" id="btnCari" /></div>
<div class="login"><span id="ContentPlaceHolder1_lblPesan" class="text-danger">{error}</span>
<label>Username</label><input name="ctl00$ContentPlaceHolder1$txtUsername" type="text"
  id="ContentPlaceHolder1_txtUsername" class="form-control" />
<label>Password</label><input name="ctl00$ContentPlaceHolder1$txtPassword" type="password"
  id="ContentPlaceHolder1_txtPassword" class="form-control" />
<input type="submit" name="ctl00$ContentPlaceHolder1$btnLogin" value="Login" id="ContentPlaceHolder1_btnLogin"
  class="btn btn-primary" /></div></form>"""
WEBFORMS_FIELDS = ("ctl00$ContentPlaceHolder1$txtUsername", "ctl00$ContentPlaceHolder1$txtPassword")


@dataclass
class WebFormsApp(VendorApp):
    """SIREMUN: ASP.NET WebForms; the click is the login button's only (not the header's "Cari")."""

    def _login(self, request: Request, sent: dict[str, str]) -> Reply:
        if request.value("ctl00$ContentPlaceHolder1$btnLogin") != "Login":
            _sid, session, cookies = self.sessions.get(request)
            return Reply(200, self._form(request, session, ""), cookies=cookies)
        return super()._login(request, sent)


def webforms() -> VendorApp:
    logout = '<a id="lnkLogout" href="javascript:__doPostBack(&#39;ctl00$lnkLogout&#39;,&#39;&#39;)">Log Out</a>'
    return WebFormsApp(
        card("SIREMUN", _WEBFORMS_FORM).replace("{error}", "", 1),
        dashboard("SIREMUN", logout),
        "Username atau password salah",
        fields=WEBFORMS_FIELDS,
        login_path="/Login.aspx",
        action_path="/Login.aspx",
        landing_path="/Default.aspx",
        token_field="__EVENTVALIDATION",
        session_cookie="ASP.NET_SessionId",
        refused_in_place=True,
        expired_status=500,
    )


_IDENTITY_FORM = """<form id="account" method="post"><h2>Gunakan akun lokal untuk masuk.</h2><hr />
<div class="text-danger validation-summary-errors" role="alert"><ul>{error}</ul></div>
<div class="form-floating mb-3"><input class="form-control" autocomplete="username" aria-required="true"
  placeholder="name@example.com" type="email" data-val="true" data-val-required="The Email field is required."
  id="Input_Email" name="Input.Email" value="" /><label for="Input_Email" class="form-label">Email</label></div>
<div class="form-floating mb-3"><input class="form-control" autocomplete="current-password" aria-required="true"
  placeholder="password" type="password" data-val="true" id="Input_Password" name="Input.Password" />
  <label for="Input_Password" class="form-label">Password</label></div>
<div class="checkbox mb-3"><label class="form-label"><input class="form-check-input" type="checkbox" data-val="true"
  id="Input_RememberMe" name="Input.RememberMe" value="true" /> Remember me?</label></div>
<div><button id="login-submit" type="submit" class="w-100 btn btn-lg btn-primary">Log in</button></div>
<input name="__RequestVerificationToken" type="hidden" value="{token}" />
<input name="Input.RememberMe" type="hidden" value="false" /></form>"""
_IDENTITY_NAV = """<ul class="navbar-nav"><li class="nav-item"><a class="nav-link text-dark"
href="/Identity/Account/Manage" title="Manage">Hello pelaksana.monev@bekasikota.go.id!</a></li>
<li class="nav-item"><form class="form-inline" action="/Identity/Account/Logout?returnUrl=%2F" method="post">
<button type="submit" class="nav-link btn btn-link text-dark">Logout</button>
<input name="__RequestVerificationToken" type="hidden" value="x" /></form></li></ul>"""


def aspnet_identity() -> VendorApp:
    """SIPP: ASP.NET Core Identity's Razor page; "Invalid login attempt." in place."""
    return VendorApp(
        card("SIPP", _IDENTITY_FORM).replace("{error}", "", 1),
        bare_dashboard("SIPP", "Selamat datang di SIPP", nav=_IDENTITY_NAV),
        "<li>Invalid login attempt.</li>",
        fields=("Input.Email", "Input.Password"),
        credentials=(EMAIL, PASSWORD),
        login_path="/Identity/Account/Login",
        action_path="/Identity/Account/Login",
        landing_path="/Home/Index",
        token_field="__RequestVerificationToken",
        session_cookie=".AspNetCore.Identity.Application",
        refused_in_place=True,
        expired_status=400,
    )


# --- JSF with PrimeFaces ---------------------------------------------------------------------------------------

_JSF_FORM = """<form id="loginForm" name="loginForm" method="post" action="/simral/login.xhtml"
  enctype="application/x-www-form-urlencoded"><input type="hidden" name="loginForm" value="loginForm" />
<div id="loginForm:msgs" class="ui-messages ui-widget" aria-live="polite">{error}</div>
<label for="loginForm:username">Username</label><input id="loginForm:username" name="loginForm:username" type="text"
  class="ui-inputfield ui-inputtext ui-widget ui-state-default ui-corner-all" />
<label for="loginForm:password">Password</label><input id="loginForm:password" name="loginForm:password"
  type="password" class="ui-inputfield ui-password ui-widget ui-state-default ui-corner-all" />
<button id="loginForm:btnLogin" name="loginForm:btnLogin" class="ui-button ui-widget ui-state-default ui-corner-all"
  onclick="PrimeFaces.ab({{s:&quot;loginForm:btnLogin&quot;,f:&quot;loginForm&quot;}});return false;"
  type="submit"><span class="ui-button-text ui-c">Masuk</span></button>
<input type="hidden" name="javax.faces.ViewState" id="j_id1:javax.faces.ViewState:0" value="{token}"
  autocomplete="off" /></form>"""
_JSF_MENU = """<form id="menuForm" name="menuForm" method="post" action="/simral/dashboard.xhtml">
<input type="hidden" name="menuForm" value="menuForm" /><a id="menuForm:j_idt20" href="#"
class="ui-commandlink ui-widget" onclick="PrimeFaces.ab({s:&quot;menuForm:j_idt20&quot;});return false;">Keluar</a>
</form>"""
_JSF_ERROR = """<div class="ui-messages-error ui-corner-all"><span class="ui-messages-error-icon"></span><ul><li>
<span class="ui-messages-error-summary">Username atau Password salah</span></li></ul></div>"""


def jsf() -> VendorApp:
    """SIMRAL: JSF 2 with PrimeFaces, whose navigation answers the post in place, the URL still the login's."""
    return VendorApp(
        card("SIMRAL", _JSF_FORM).replace("{error}", "", 1),
        bare_dashboard("SIMRAL", f"Selamat datang, {FULL_NAME}", nav=_JSF_MENU),
        _JSF_ERROR,
        fields=("loginForm:username", "loginForm:password"),
        login_path="/simral/login.xhtml",
        action_path="/simral/login.xhtml",
        token_field="javax.faces.ViewState",
        session_cookie="JSESSIONID",
        in_place=True,
        refused_in_place=True,
        expired_status=500,
    )


# --- Moodle, OJS, SPSE ---------------------------------------------------------------------------------------

_MOODLE_LOGIN = """<!DOCTYPE html><html dir="ltr" lang="id" xml:lang="id"><head>
<title>E-Learning BKPSDM: Masuk ke situs</title></head>
<body id="page-login-index" class="format-site path-login"><div id="page-wrapper">
<div id="page" class="container-fluid">
<div class="login-wrapper"><div class="login-container"><div class="login-logo">
<img src="/pluginfile.php/1/core_admin/logo/0x200/1700000000/logo.png" class="img-fluid" alt="E-Learning BKPSDM"></div>
{error}
<form class="login-form" action="{origin}/login/index.php" method="post" id="login">
<input id="anchor" type="hidden" name="anchor" value="">
<script>document.getElementById('anchor').value = location.hash;</script>
<input type="hidden" name="logintoken" value="{token}">
<div class="login-form-username mb-3"><label for="username" class="visually-hidden">Nama pengguna</label>
<input type="text" name="username" id="username" class="form-control form-control-lg" value=""
  placeholder="Nama pengguna" autocomplete="username"></div>
<div class="login-form-password mb-3"><label for="password" class="visually-hidden">Kata sandi</label>
<input type="password" name="password" id="password" value="" class="form-control form-control-lg"
  placeholder="Kata sandi" autocomplete="current-password"></div>
<div class="login-form-submit mb-3"><button class="btn btn-primary btn-lg" type="submit" id="loginbtn">Masuk</button>
</div><div class="login-form-forgotpassword mb-3"><a href="{origin}/login/forgot_password.php">Lupa kata sandi?</a>
</div></form>
<div class="login-divider"></div><h2 class="login-heading">Beberapa kursus mungkin mengizinkan akses tamu</h2>
<form action="{origin}/login/index.php" method="post" id="guestlogin">
<input type="hidden" name="logintoken" value="{token}"><input type="hidden" name="username" value="guest" />
<input type="hidden" name="password" value="guest" />
<button class="btn btn-secondary" type="submit" id="loginguestbtn">Masuk sebagai tamu</button></form>
</div></div></div></div>
<footer id="page-footer"><div class="footer-section">Anda belum masuk.</div>
<div class="footer-section">Didukung oleh <a href="https://moodle.com">Moodle</a></div></footer></body></html>"""
_MOODLE_DASHBOARD = """<!DOCTYPE html><html lang="id"><head><title>Dasbor | E-Learning BKPSDM</title></head>
<body id="page-my-index"><nav class="navbar"><a href="/my/courses.php">Kursus saya</a><div class="usermenu">
<div class="dropdown"><a href="#" class="dropdown-toggle" aria-label="Menu pengguna">BS</a><div class="dropdown-menu">
<a class="dropdown-item" href="/user/profile.php">Profil</a>
<a class="dropdown-item" href="/login/logout.php?sesskey=Ab3dE5fG7h">Keluar</a></div></div></div></nav>
<div id="page"><h1>Hai, Budi!</h1><section class="block_timeline"><h5>Lini masa</h5>
<p>Tidak ada aktivitas yang akan datang</p></section></div>
<footer id="page-footer">Anda masuk sebagai Budi Santoso
(<a href="/login/logout.php?sesskey=Ab3dE5fG7h">Keluar</a>)</footer></body></html>"""


def moodle() -> VendorApp:
    """E-Learning BKPSDM: Moodle 4, ``logintoken``, a guest's form after the login's, success through
    ``?testsession=`` to /my/."""
    return VendorApp(
        _MOODLE_LOGIN,
        _MOODLE_DASHBOARD,
        '<div class="alert alert-danger" role="alert" data-aria-autofocus="true">Login tidak valid, silakan coba lagi'
        "</div>",
        login_path="/login/index.php",
        action_path="/login/index.php",
        landing_path="/my/",
        through="/login/index.php?testsession=2",
        token_field="logintoken",
        session_cookie="MoodleSession",
        refused_in_place=True,
    )


_OJS_LOGIN = """<!DOCTYPE html><html lang="id-ID"><head><title>Login | Jurnal Litbang Kota Bekasi</title></head>
<body class="pkp_page_login pkp_op_index"><header class="pkp_structure_head"><nav class="pkp_navigation_primary_row">
<ul id="navigationPrimary"><li><a href="/index.php/jurnal/about">Tentang</a></li>
<li><a href="/index.php/jurnal/issue/current">Terbitan Terkini</a></li>
<li><a href="/index.php/jurnal/issue/archive">Arsip</a></li></ul>
<ul id="navigationUser"><li><a href="/index.php/jurnal/user/register">Daftar</a></li>
<li><a href="/index.php/jurnal/login">Login</a></li></ul></nav></header>
<div class="pkp_structure_content"><div class="page page_login"><h1>Login</h1><p>* Wajib diisi</p>
<form class="cmp_form cmp_form login" id="login" method="post" action="{origin}/index.php/jurnal/login/signIn">
<input type="hidden" name="csrfToken" value="{token}">{error}<input type="hidden" name="source" value="" />
<fieldset class="fields"><div class="username"><label><span class="label">Nama Pengguna
<span class="required" aria-hidden="true">*</span></span><input type="text" name="username" id="username" value=""
  maxlength="32" required aria-required="true" autocomplete="username"></label></div>
<div class="password"><label><span class="label">Kata Sandi<span class="required">*</span></span>
<input type="password" name="password" id="password" value="" password="true" maxlength="32" required
  aria-required="true" autocomplete="current-password">
<a href="{origin}/index.php/jurnal/login/lostPassword">Lupa kata sandi?</a></label></div>
<div class="remember checkbox"><label><input type="checkbox" name="remember" id="remember" value="1">
<span class="label">Biarkan saya tetap login</span></label></div>
<div class="buttons"><button class="submit" type="submit">Login</button>
<a href="{origin}/index.php/jurnal/user/register?source=" class="register">Daftar</a></div></fieldset></form>
</div></div><div class="pkp_structure_footer">Jurnal Penelitian dan Pengembangan Kota Bekasi. ISSN 2745-1234</div>
</body></html>"""
_OJS_SUBMISSIONS = """<!DOCTYPE html><html lang="id-ID"><head><title>Naskah | Jurnal Litbang Kota Bekasi</title></head>
<body class="pkp_page_submissions"><header><ul id="navigationUser"><li class="profile">
<a href="/index.php/jurnal/user/profile">pelaksana</a><ul><li><a href="/index.php/jurnal/submissions">Dasbor</a></li>
<li><a href="/index.php/jurnal/login/signOut">Logout</a></li></ul></li></ul></header>
<div id="app"><h1>Naskah</h1><p>Antrean saya: 3 naskah menunggu tinjauan.</p></div></body></html>"""


def ojs() -> VendorApp:
    """The journal of the Bappelitbangda: OJS 3, ``csrfToken``, posting to ``login/signIn``."""
    return VendorApp(
        _OJS_LOGIN,
        _OJS_SUBMISSIONS,
        '<div class="pkp_form_error">Nama pengguna atau kata sandi tidak valid. Silakan coba lagi.</div>',
        login_path="/index.php/jurnal/login",
        action_path="/index.php/jurnal/login/signIn",
        landing_path="/index.php/jurnal/submissions",
        token_field="csrfToken",
        session_cookie="OJSSID",
        refused_in_place=True,
    )


_SPSE_FORM = """<form action="/eproc4/login" method="post" accept-charset="utf-8" id="formLogin">
<input type="hidden" name="authenticityToken" value="{token}"/>{error}
<div class="form-group"><label>User ID</label><input type="text" name="userid" class="form-control"
  placeholder="User ID" autocomplete="off"></div>
<div class="form-group"><label>Password</label><input type="password" name="password" class="form-control"
  placeholder="Password" autocomplete="off"></div>
<div class="form-group"><select name="roleUser" class="form-control"><option value="">-- Pilih Role --</option>
<option value="PANITIA">Pokja Pemilihan</option><option value="PPK">PPK</option>
<option value="ADMIN_AGENCY">Admin Agency</option></select></div>
<button type="submit" class="btn btn-primary btn-block">Login</button></form>"""


def spse() -> VendorApp:
    """LPSE Kota Bekasi: SPSE 4.5 (Play's ``authenticityToken``), login by User ID and a role."""
    return VendorApp(
        card("SPSE 4.5 LPSE Kota Bekasi", _SPSE_FORM).replace("{error}", "", 1),
        dashboard("SPSE", '<a href="/eproc4/logout" class="btn">Logout</a>', user="BUDI SANTOSO"),
        '<div class="alert alert-danger">Login gagal! User ID atau Password salah.</div>',
        fields=("userid", "password"),
        login_path="/eproc4/login",
        action_path="/eproc4/login",
        landing_path="/eproc4/dashboard",
        token_field="authenticityToken",
        session_cookie="SPSE_SESSION",
        refused_in_place=True,
        expired_status=403,
    )


# --- Laravel -------------------------------------------------------------------------------------------------

_BREEZE_FORM = """<form method="POST" action="{origin}/login"><input type="hidden" name="_token" value="{token}"
autocomplete="off"><div><label class="block font-medium text-sm text-gray-700" for="email">Email</label>
<input class="block mt-1 w-full" id="email" type="email" name="email" required autofocus autocomplete="username">
{error}</div><div class="mt-4"><label for="password">Kata Sandi</label><input class="block mt-1 w-full" id="password"
type="password" name="password" required autocomplete="current-password"></div>
<div class="block mt-4"><label for="remember_me" class="inline-flex items-center"><input id="remember_me"
type="checkbox" name="remember"><span>Ingat saya</span></label></div>
<div class="flex items-center justify-end mt-4"><a href="{origin}/forgot-password">Lupa kata sandi?</a>
<button type="submit" class="ms-3 inline-flex items-center">Masuk</button></div></form>"""
_BREEZE_LOGOUT = """<form method="POST" action="/logout"><input type="hidden" name="_token" value="x">
<a href="/logout" onclick="event.preventDefault(); this.closest('form').submit();">Keluar</a></form>"""


_CSRF_META = '<meta name="csrf-token" content="{token}">'


def breeze() -> VendorApp:
    """SIDAKEP: Laravel 11 with Breeze in Indonesian (lang-id): ``_token``, its meta and ``XSRF-TOKEN``."""
    return VendorApp(
        card("SIDAKEP", _BREEZE_FORM, head=_CSRF_META).replace("{error}", "", 1),
        dashboard("SIDAKEP", _BREEZE_LOGOUT),
        '<ul class="text-sm text-red-600 space-y-1 mt-2">'
        "<li>Identitas tersebut tidak cocok dengan data kami.</li></ul>",
        fields=("email", "password"),
        credentials=(EMAIL, PASSWORD),
        token_field="_token",
        token_cookie="XSRF-TOKEN",
        session_cookie="sidakep_session",
    )


INERTIA_SHELL = """<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title inertia>SIMPEL</title>
<link rel="preload" as="style" href="/build/assets/app-4ed993c7.css">
<script type="module" src="/build/assets/app-9f1c3d21.js"></script></head><body class="font-sans antialiased">
<div id="app" data-page="{{&quot;component&quot;:&quot;Auth/Login&quot;,&quot;props&quot;:
{{&quot;canResetPassword&quot;:true,&quot;status&quot;:null}},&quot;url&quot;:&quot;/login&quot;,&quot;version&quot;:&quot;207fd484b7c2&quot;}}">
</div></body></html>"""


def inertia() -> VendorApp:
    """SIMPEL: Laravel Breeze with Inertia and Vue: the login page is a shell its script draws."""
    return VendorApp(
        INERTIA_SHELL, dashboard("SIMPEL"), "", fields=("email", "password"), credentials=(EMAIL, PASSWORD)
    )


# --- plain PHP: a form posted by GET, a registry naming another field, a portal's modal --------------------------


def get_form(in_place: bool = False) -> VendorApp:
    """SIPADU: a PHP form posted by GET to ``cek_login.php`` (``user``, ``pass``)."""
    form = (
        '<form action="/cek_login.php" method="get">'
        + fields("user", "pass")
        + '<input type="submit" value="Login" class="btn btn-primary"></form>'
    )
    return VendorApp(
        card("SIPADU", form),
        dashboard("SIPADU"),
        error_box("Username atau password salah"),
        fields=("user", "pass"),
        login_path="/login.php",
        action_path="/cek_login.php",
        landing_path="/index.php",
        method="GET",
        in_place=in_place,
        refused_in_place=in_place,
    )


_EMAIL_FORM = """<form action="/login" method="post"><input type="hidden" name="_token" value="{token}">
<div class="form-group"><label for="inputEmail">Email</label>
<input type="email" class="form-control" id="inputEmail" name="email" required></div>
<div class="form-group"><label for="inputPassword">Password</label>
<input type="password" class="form-control" id="inputPassword" name="password" required></div>
<button type="submit" class="btn btn-primary btn-block">Masuk</button></form>"""


def email_form() -> VendorApp:
    """SIPRADA: its form asks ``email``, where the registry wrote ``username``."""
    return VendorApp(
        card("SIPRADA", _EMAIL_FORM),
        dashboard("SIPRADA"),
        error_box("Email atau password salah"),
        fields=("email", "password"),
        credentials=(EMAIL, PASSWORD),
        token_field="_token",
        refused_in_place=True,
    )


_PORTAL = """<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>DPMPTSP Kota Bekasi</title></head><body>
<nav class="navbar"><a class="navbar-brand" href="/">DPMPTSP</a><ul class="navbar-nav"><li><a href="/profil">Profil</a>
</li><li><a href="/layanan">Layanan Perizinan</a></li><li><a href="/berita">Berita</a></li>
<li><a href="#" data-toggle="modal" data-target="#modalLogin">Login</a></li></ul>
<form class="form-inline" action="/cari" method="get"><input name="q" placeholder="Cari"><button>Cari</button></form>
</nav><section class="hero"><h1>Selamat Datang di Layanan Perizinan Online</h1></section>
<section class="berita"><article><h3>Pelayanan perizinan tetap buka saat libur</h3>
<p>Mal Pelayanan Publik tetap melayani.</p></article><article><h3>Sosialisasi OSS RBA bagi pelaku usaha</h3>
<p>Bertempat di aula kantor.</p></article></section>
<div class="modal fade" id="modalLogin"><div class="modal-dialog"><div class="modal-content">
<div class="modal-header"><h5>Login Petugas</h5></div><form action="/auth/login" method="post">
<div class="modal-body">{error}<input type="hidden" name="_token" value="{token}">FIELDS</div>
<div class="modal-footer"><button type="button" data-dismiss="modal" class="btn btn-secondary">Tutup</button>
<button type="submit" class="btn btn-primary">Login</button></div></form></div></div></div>
<footer>&copy; 2026 DPMPTSP Kota Bekasi</footer></body></html>"""


def portal() -> VendorApp:
    """DPMPTSP: the public portal at ``/`` with a search form and the officers' login in a modal."""
    return VendorApp(
        _PORTAL.replace("FIELDS", fields()),
        dashboard("SIMPEL DPMPTSP"),
        error_box("Username atau password salah"),
        login_path="/",
        action_path="/auth/login",
        landing_path="/admin",
        token_field="_token",
    )


# --- CAPTCHA, a one-time code, an account's lock ---------------------------------------------------------------

LABELLED_CODE = """<div class="form-group"><label>Kode Keamanan</label><img src="/auth/gambar_kode?r=83721" alt="">
<input type="text" name="kode" class="form-control" placeholder="Ketik kode di atas"></div>"""
UNLABELLED_CODE = """<div class="form-group"><img src="/auth/gambar_kode?r=83721" alt="">
<input type="text" name="kode" class="form-control" placeholder="Ketik kode di atas"></div>"""


def image_code(code: str, refusal: str) -> VendorApp:
    """SIPKD: a security-code image a script draws, its field ``kode``; a post without it refused by ``refusal``."""
    return VendorApp(
        card("SIPKD", plain_form(extra=code)),
        dashboard("SIPKD"),
        error_box("Username atau password salah"),
        refused_in_place=True,
        code_field="kode",
        code_refusal=error_box(refusal),
    )


_OTP_FORM = """<form action="/login/otp" method="post"><p>Kode OTP telah dikirim ke WhatsApp 0812****4471.</p>
<div class="form-group"><label>Kode OTP</label><input type="text" name="kode" inputmode="numeric" maxlength="6"
  class="form-control"></div><button type="submit" class="btn btn-primary btn-block">Verifikasi</button></form>"""


def otp() -> VendorApp:
    """SIMPEG BKPSDM: the password, then a code sent by WhatsApp."""
    page = card("SIMPEG", _OTP_FORM).replace("{error}", "")
    return VendorApp(card("SIMPEG", plain_form()), page, error_box("Username atau password salah"), landing_path="/otp")


def locked(message: str, status: int = 200, in_place: bool = True) -> VendorApp:
    """SILK: a wrong password told ``message`` (in place with ``status``, or flashed after a redirect)."""
    return VendorApp(
        card("SILK", plain_form()),
        dashboard("SILK"),
        error_box(message),
        refused_in_place=in_place,
        refused_status=status,
    )


# --- the city's CAS --------------------------------------------------------------------------------------------

_CAS_LOGIN = """<!DOCTYPE html><html lang="id"><head><meta charset="UTF-8">
<title>CAS - Central Authentication Service</title></head><body><header>
<img src="/cas/images/logo-pemkot.png" alt="Pemkot Bekasi"><h1>Single Sign On Pemerintah Kota Bekasi</h1></header>
<main class="container"><section id="loginForm" class="login-section login-form"><div class="card">
<div class="card-body">
<form method="post" id="fm1" action="login?service={service}">{error}
<h3 class="text-center">Masukkan Nama Pengguna dan Kata Sandi</h3>
<section class="cas-field"><label for="username">Nama Pengguna:</label><input class="form-control" id="username"
  size="25" type="text" accesskey="u" autocomplete="off" name="username" value=""/></section>
<section class="cas-field"><label for="password">Kata Sandi:</label><input class="form-control pwd" type="password"
  id="password" size="25" accesskey="p" autocomplete="off" name="password" value=""/></section>
<section class="cas-field form-check"><input type="checkbox" name="rememberMe" id="rememberMe" value="true"/>
<label for="rememberMe">Ingat Saya</label></section>
<input type="hidden" name="execution" value="{execution}"/><input type="hidden" name="_eventId" value="submit"/>
<input type="hidden" name="geolocation"/>
<button class="btn btn-primary" name="submitBtn" accesskey="l" type="submit">MASUK</button>
</form></div></div></section></main><footer><p>Diskominfo Kota Bekasi &copy; 2026</p>
<p>Powered by Apereo CAS</p></footer></body></html>"""
_CAS_REFUSED = '<div class="banner banner-danger alert alert-danger"><span>Kredensial tidak valid.</span></div>'


@dataclass
class CasApp:
    """SIPANDU on the city's Apereo CAS: ``/login`` sends the browser to ``sso.bekasikota.go.id/cas/login``,
    whose form (its ``execution`` flow) answers a wrong password with a 401 and the form, the right one with a
    service ticket the app exchanges for its session."""

    flows: set[str] = field(default_factory=set)
    tickets: set[str] = field(default_factory=set)
    sessions: set[str] = field(default_factory=set)
    posts: list[Request] = field(default_factory=list)

    def install(self, site: FakeSite) -> None:
        self._site = site
        app, service = f"http://sipandu.bekasikota.go.id:{site.port}", "cas-callback"
        self._service = f"{app}/{service}"
        site.route("sipandu.bekasikota.go.id", "/", lambda r: redirect(r, "/login"))
        cas = f"http://sso.bekasikota.go.id:{site.port}/cas/login?service={self._service}"
        site.route("sipandu.bekasikota.go.id", "/login", lambda r: redirect(r, cas))
        # The client asks the service's address as its URL parser normalised it, unescaped.
        site.route("sso.bekasikota.go.id", f"/cas/login?service={self._service}", self._cas)
        site.route("sipandu.bekasikota.go.id", "/beranda", self._home)

    def _page(self, error: str = "") -> str:
        execution = secrets.token_hex(24)
        self.flows.add(execution)
        service = self._service.replace(":", "%3A").replace("/", "%2F")
        return _CAS_LOGIN.format(service=service, error=error, execution=execution)

    def _cas(self, request: Request) -> Reply:
        if request.method == "GET":
            return Reply(200, self._page())
        self.posts.append(request)
        if request.value("execution") not in self.flows or request.value("_eventId") != "submit":
            return Reply(500, "<h1>Webflow error</h1>")
        if (request.value("username"), request.value("password")) != (USER, PASSWORD):
            return Reply(401, self._page(_CAS_REFUSED))
        ticket = "ST-" + secrets.token_hex(10)
        self.tickets.add(ticket)
        self._site.route("sipandu.bekasikota.go.id", f"/cas-callback?ticket={ticket}", self._callback)
        location = f"{self._service}?ticket={ticket}"
        return Reply(302, "", {"Location": location}, ("TGC=TGT-1-ab12; Path=/cas/; HttpOnly",))

    def _callback(self, request: Request) -> Reply:
        if request.path.split("ticket=", 1)[1] not in self.tickets:
            return redirect(request, "/login")
        sid = secrets.token_hex(8)
        self.sessions.add(sid)
        return redirect(request, "/beranda", (f"sipandu_session={sid}; path=/; HttpOnly",))

    def _home(self, request: Request) -> Reply:
        if request.cookies.get("sipandu_session") not in self.sessions:
            return redirect(request, "/login")
        return Reply(200, dashboard("SIPANDU"))
