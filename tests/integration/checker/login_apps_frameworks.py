"""Department applications on more vendors' frameworks, with the login as each really renders it.

Each installs its routes on a ``FakeSite`` and keeps its sessions as its framework does:

- ``WebFormsApp``: ASP.NET WebForms on a master page: one ``<form id="form1">`` around the whole
  page, ``__VIEWSTATE`` and ``__EVENTVALIDATION``, ``ctl00$MainContent$…`` field names, the
  header's search button first; the login button a ``LinkButton`` (``__doPostBack``) or a submit
  button. A post whose event is not the login's re-renders the page, as the search's would.
- ``SipdApp``: a SIPD-style CodeIgniter 3 login: "Tahun Anggaran" as a select whose first option is
  a prompt, a "Ingat saya" box; a login without a year is refused with the form again.
- ``NoticePageApp``: PHP whose ``cek_login.php`` redirects to a notice page of its own
  (``pesan.php``) that says why a login was refused, without the form.
- ``AjaxLoginApp``: CodeIgniter 3 with jQuery: the form posted by ``$.ajax`` to ``auth/cek_login``,
  which answers JSON; ``kind`` "ajax" (no action, a script sends it), "javascript" (``action=
  "javascript:void(0)"``) or "json" (the action is the endpoint, whose JSON names where to go).
- ``BaseHrefApp``: CodeIgniter 3 whose layout writes ``<base href="<?= base_url() ?>">`` and whose
  login page at /auth/login posts to the relative ``auth/proses``, from the site's root.
- ``ElsewhereApp``: a login page whose form posts to another site (a vendor's central server, or a
  page someone altered); it counts what reaches that site.
- ``DjangoApp``: Django's ``LoginView`` (``csrfmiddlewaretoken`` against the ``csrftoken`` cookie,
  the Referer checked), a look-alike that logged in before as after.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from html import escape
from urllib.parse import urlsplit

from checker_servers import FakeSite, Reply, Request, redirect
from login_apps_real_web import FULL_NAME, PASSWORD, USER, adminlte, login_page

_STATS = """<div class="row">
  <div class="col-lg-4"><div class="small-box bg-info"><div class="inner"><h3>214</h3>
    <p>Sub kegiatan</p></div><a href="/kegiatan" class="small-box-footer">Selengkapnya</a></div></div>
  <div class="col-lg-4"><div class="small-box bg-success"><div class="inner"><h3>87,4%</h3>
    <p>Realisasi anggaran</p></div><a href="/realisasi" class="small-box-footer">Selengkapnya</a></div></div>
</div>"""


@dataclass
class Sessions:
    cookie: str
    store: dict[str, dict[str, str]] = field(default_factory=dict)

    def get(self, request: Request) -> tuple[dict[str, str], tuple[str, ...]]:
        sid = request.cookies.get(self.cookie, "")
        if sid in self.store:
            return self.store[sid], ()
        sid = secrets.token_hex(16)
        self.store[sid] = {}
        return self.store[sid], (f"{self.cookie}={sid}; path=/; HttpOnly",)


def _home(app: str, sessions: Sessions, login: str, logout: str = "/logout") -> Callable[[Request], Reply]:
    def serve(request: Request) -> Reply:
        session, cookies = sessions.get(request)
        if "user" not in session:
            return redirect(request, login, cookies)
        link = f'<a href="{logout}" class="btn btn-default btn-flat float-right">Keluar</a>'
        return Reply(200, adminlte(app, session["user"], _STATS, link))

    return serve


# --- ASP.NET WebForms ------------------------------------------------------------------------------


@dataclass
class WebFormsApp:
    """SIMPEG of the BKPSDM, an ASP.NET 4.8 WebForms app on a master page."""

    button: str = "linkbutton"  # or "submit": <asp:Button> rendered as <input type="submit">
    sessions: Sessions = field(default_factory=lambda: Sessions("ASP.NET_SessionId"))
    searches: int = 0

    def install(self, site: FakeSite) -> None:
        site.route("*", "/", lambda r: redirect(r, "/Login.aspx"))
        site.route("*", "/Login.aspx", self._login)
        site.route("*", "/Default.aspx", _home("SIMPEG", self.sessions, "/Login.aspx", "/Logout.aspx"))

    def _page(self, session: dict[str, str], message: str = "") -> str:
        session["state"] = secrets.token_urlsafe(48)
        label = f'<span id="MainContent_lblPesan" class="text-danger">{message}</span>' if message else ""
        button = _WEBFORMS_BUTTONS[self.button]
        return _WEBFORMS.format(state=session["state"], message=label, button=button)

    def _login(self, request: Request) -> Reply:
        session, cookies = self.sessions.get(request)
        if request.method == "GET":
            return Reply(200, self._page(session), {"X-AspNet-Version": "4.0.30319"}, cookies)
        if request.value("__VIEWSTATE") != session.get("state") or not request.value("__EVENTVALIDATION"):
            return Reply(500, "<h1>Server Error in '/' Application.</h1><h2><i>Validation of viewstate MAC failed.</i>")
        if not self._login_event(request):
            self.searches += 1  # the header's search ran: the page again, nobody logged in
            return Reply(200, self._page(session))
        if (
            request.value("ctl00$MainContent$txtUsername") != USER
            or request.value("ctl00$MainContent$txtPassword") != PASSWORD
        ):
            return Reply(200, self._page(session, "Username atau password salah."))
        session["user"] = FULL_NAME
        return redirect(request, "/Default.aspx", (f".ASPXAUTH={secrets.token_hex(32)}; path=/; HttpOnly",))

    def _login_event(self, request: Request) -> bool:
        if self.button == "linkbutton":
            return request.value("__EVENTTARGET") == "ctl00$MainContent$lbMasuk"
        return "ctl00$MainContent$btnMasuk" in request.form and "ctl00$btnCari" not in request.form


_WEBFORMS_BUTTONS = {
    "linkbutton": """<a id="MainContent_lbMasuk" class="btn btn-primary btn-block"
          href="javascript:__doPostBack(&#39;ctl00$MainContent$lbMasuk&#39;,&#39;&#39;)">Masuk</a>""",
    "submit": """<input type="submit" name="ctl00$MainContent$btnMasuk" value="Masuk"
          onclick="javascript:WebForm_DoPostBackWithOptions(new WebForm_PostBackOptions(
            &quot;ctl00$MainContent$btnMasuk&quot;, &quot;&quot;, true, &quot;&quot;, &quot;&quot;, false, false))"
          id="MainContent_btnMasuk" class="btn btn-primary btn-block" />""",
}

_WEBFORMS = """
<!DOCTYPE html>
<html lang="id">
<head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1.0" /><title>
	Login - SIMPEG Kota Bekasi
</title><link href="/Content/bootstrap.min.css" rel="stylesheet"/>
<link href="/Content/Site.css" rel="stylesheet"/>
<link href="favicon.ico" rel="shortcut icon" type="image/x-icon" /></head>
<body>
    <form method="post" action="./Login.aspx" id="form1">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{state}" />
</div>

<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['form1'];
if (!theForm) {{
    theForm = document.form1;
}}
function __doPostBack(eventTarget, eventArgument) {{
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }}
}}
//]]>
</script>

<script src="/WebResource.axd?d=pynGkmcFUV13He1Qd6_TZAG0REM8qqEBAHCZinHs&amp;t=638285885964787378"
  type="text/javascript"></script>
<div class="aspNetHidden">
	<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="C2EE9ABB" />
	<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEdAAXm3a6r+Zk1dVq0y9yR" />
</div>
        <div class="navbar navbar-inverse navbar-fixed-top">
            <div class="container">
                <div class="navbar-header"><a class="navbar-brand" href="/">SIMPEG Kota Bekasi</a></div>
                <div class="navbar-collapse collapse">
                    <ul class="nav navbar-nav">
                        <li><a href="/">Beranda</a></li>
                        <li><a href="/Pengumuman.aspx">Pengumuman</a></li>
                    </ul>
                    <div class="navbar-form navbar-right">
                        <input name="ctl00$txtCari" type="text" id="txtCari" class="form-control"
                          placeholder="Cari pegawai" />
                        <input type="submit" name="ctl00$btnCari" value="Cari" id="btnCari" class="btn btn-default" />
                    </div>
                </div>
            </div>
        </div>
        <div class="container body-content">
    <div class="row"><div class="col-md-4 col-md-offset-4">
      <div class="panel panel-default" style="margin-top:80px">
        <div class="panel-heading"><h3 class="panel-title">Masuk ke SIMPEG</h3></div>
        <div class="panel-body">
          {message}
          <div class="form-group"><label for="MainContent_txtUsername">NIP / Username</label>
          <input name="ctl00$MainContent$txtUsername" type="text" id="MainContent_txtUsername"
            class="form-control" /></div>
          <div class="form-group"><label for="MainContent_txtPassword">Kata Sandi</label>
          <input name="ctl00$MainContent$txtPassword" type="password" id="MainContent_txtPassword"
            class="form-control" />
          </div>
          <div class="checkbox"><label><input id="MainContent_chkIngat" type="checkbox"
            name="ctl00$MainContent$chkIngat" />
          Ingat saya</label></div>
          {button}
        </div>
      </div>
    </div></div>
            <hr />
            <footer><p>&copy; 2024 - BKPSDM Kota Bekasi</p></footer>
        </div>
    </form>
<script src="/Scripts/jquery-3.4.1.min.js"></script>
<script src="/Scripts/bootstrap.min.js"></script>
</body>
</html>"""


# --- SIPD-style: a year to choose -------------------------------------------------------------------


@dataclass
class SipdApp:
    """E-Monev Anggaran of the Bapelitbangda: CodeIgniter 3, login by NIP with the budget year."""

    sessions: Sessions = field(default_factory=lambda: Sessions("ci_session"))

    def install(self, site: FakeSite) -> None:
        site.route("*", "/", lambda r: redirect(r, "/auth"))
        site.route("*", "/auth", self._page)
        site.route("*", "/auth/login", self._login)
        site.route("*", "/dashboard", _home("E-Monev Anggaran", self.sessions, "/auth"))

    def _page(self, request: Request) -> Reply:
        session, cookies = self.sessions.get(request)
        flash, session["flash"] = session.get("flash", ""), ""
        return Reply(200, login_page("E-Monev Anggaran", _SIPD_FORM, flash), cookies=cookies)

    def _login(self, request: Request) -> Reply:
        session, _ = self.sessions.get(request)
        if request.value("tahun") not in ("2025", "2026"):
            session["flash"] = "Tahun anggaran wajib dipilih."
            return redirect(request, "/auth")
        if request.value("nip") != USER or request.value("password") != PASSWORD:
            session["flash"] = "NIP atau password salah."
            return redirect(request, "/auth")
        session["user"] = FULL_NAME
        return redirect(request, "/dashboard")


_SIPD_FORM = """<form action="/auth/login" method="post" accept-charset="utf-8">
  <div class="input-group mb-3"><input type="text" name="nip" class="form-control" placeholder="NIP" maxlength="18">
    <div class="input-group-append"><div class="input-group-text"><span class="fas fa-id-card"></span></div></div>
  </div>
  <div class="input-group mb-3"><input type="password" name="password" class="form-control" placeholder="Password">
    <div class="input-group-append"><div class="input-group-text"><span class="fas fa-lock"></span></div></div>
  </div>
  <div class="input-group mb-3">
    <select name="tahun" class="form-control select2" required>
      <option value="">-- Pilih Tahun Anggaran --</option>
      <option value="2026">2026</option>
      <option value="2025">2025</option>
    </select>
  </div>
  <div class="row">
    <div class="col-8"><div class="icheck-primary"><input type="checkbox" id="remember" name="remember" value="1">
      <label for="remember">Ingat saya</label></div></div>
    <div class="col-4"><button type="submit" class="btn btn-primary btn-block">Masuk</button></div>
  </div>
</form>"""


# --- a notice page of its own ----------------------------------------------------------------------


@dataclass
class NoticePageApp:
    """SIMPEL of a kelurahan: ``cek_login.php`` redirects to ``pesan.php``, which says why."""

    refusal: str = "NIP tidak terdaftar"  # what pesan.php says of a refused login
    sessions: Sessions = field(default_factory=lambda: Sessions("PHPSESSID"))

    def install(self, site: FakeSite) -> None:
        site.route("*", "/", lambda r: Reply(200, login_page("SIMPEL Kelurahan", _NOTICE_FORM)))
        site.route("*", "/cek_login.php", self._login)
        site.route("*", "/pesan.php?p=gagal", lambda r: Reply(200, _NOTICE.format(message=escape(self.refusal))))
        site.route("*", "/admin/index.php", _home("SIMPEL Kelurahan", self.sessions, "/"))

    def _login(self, request: Request) -> Reply:
        session, cookies = self.sessions.get(request)
        if request.value("nip") != USER or request.value("password") != PASSWORD:
            return redirect(request, "/pesan.php?p=gagal", cookies)
        session["user"] = FULL_NAME
        return redirect(request, "/admin/index.php", cookies)


_NOTICE_FORM = """<form method="post" action="cek_login.php">
  <div class="input-group mb-3"><input type="text" name="nip" class="form-control" placeholder="NIP"></div>
  <div class="input-group mb-3"><input type="password" name="password" class="form-control" placeholder="Password">
  </div>
  <button type="submit" name="login" class="btn btn-primary btn-block">Login</button>
</form>"""

_NOTICE = """<!DOCTYPE html>
<html lang="id">
<head><meta charset="utf-8"><title>Pemberitahuan - SIMPEL Kelurahan</title>
<link rel="stylesheet" href="/dist/css/adminlte.min.css"></head>
<body class="hold-transition login-page">
<div class="login-box">
  <div class="login-logo"><b>SIMPEL</b> Kelurahan</div>
  <div class="card card-outline card-danger"><div class="card-body text-center">
    <h4><i class="fas fa-exclamation-triangle text-danger"></i> Pemberitahuan</h4>
    <p>Maaf, {message}. Silakan periksa kembali data Anda atau hubungi operator kelurahan.</p>
    <a href="/" class="btn btn-default">Kembali</a>
  </div></div>
  <p class="text-center text-muted small mt-3">&copy; 2024 Kelurahan Margahayu</p>
</div>
</body>
</html>"""


# --- CodeIgniter 3 with jQuery's $.ajax --------------------------------------------------------------


@dataclass
class AjaxLoginApp:
    """SI-ASET of the BPKAD: the login form sent by jQuery to ``auth/cek_login``, which answers JSON."""

    kind: str = "ajax"  # "ajax": no action; "javascript": action="javascript:void(0)"; "json": the endpoint
    sessions: Sessions = field(default_factory=lambda: Sessions("ci_session"))
    endpoint_posts: int = 0

    def install(self, site: FakeSite) -> None:
        site.route("*", "/", lambda r: redirect(r, "/auth"))
        site.route("*", "/auth", self._page)
        site.route("*", "/auth/cek_login", self._check)
        site.route("*", "/dashboard", _home("SI-ASET", self.sessions, "/auth"))

    def _page(self, request: Request) -> Reply:
        _session, cookies = self.sessions.get(request)
        return Reply(200, self._html(), cookies=cookies)  # a post here logs nobody in: the page again

    def _html(self) -> str:
        action = {"ajax": "", "javascript": ' action="javascript:void(0)"', "json": ' action="/auth/cek_login"'}
        form = _AJAX_FORM.format(action=action[self.kind])
        return login_page("SI-ASET", form).replace("</body>", _AJAX_SCRIPT + "\n</body>")

    def _check(self, request: Request) -> Reply:
        self.endpoint_posts += 1
        session, cookies = self.sessions.get(request)
        headers = {"Content-Type": "application/json"}
        if request.value("username") != USER or request.value("password") != PASSWORD:
            body = {"status": False, "message": "NIP tidak terdaftar atau password tidak sesuai"}
            return Reply(200, json.dumps(body), headers, cookies)
        session["user"] = FULL_NAME
        body = {"status": True, "message": "Login berhasil", "redirect": f"{request.origin()}/dashboard"}
        return Reply(200, json.dumps(body), headers, cookies)


_AJAX_FORM = """<form id="formLogin" method="post"{action} autocomplete="off">
  <div class="input-group mb-3"><input type="text" name="username" id="username" class="form-control"
    placeholder="Username"></div>
  <div class="input-group mb-3"><input type="password" name="password" id="password" class="form-control"
    placeholder="Password"></div>
  <button type="submit" id="btnLogin" class="btn btn-primary btn-block">Masuk</button>
</form>"""

_AJAX_SCRIPT = """<script src="/assets/plugins/sweetalert2/sweetalert2.min.js"></script>
<script>
  var base_url = '/';
  $(document).ready(function () {
    $('#formLogin').on('submit', function (e) {
      e.preventDefault();
      $('#btnLogin').prop('disabled', true).text('Memproses...');
      $.ajax({
        url: base_url + 'auth/cek_login',
        type: 'POST',
        data: $(this).serialize(),
        dataType: 'json',
        success: function (res) {
          if (res.status) {
            Swal.fire({icon: 'success', title: res.message, timer: 1200, showConfirmButton: false});
            setTimeout(function () { window.location.href = res.redirect; }, 1200);
          } else {
            Swal.fire('Gagal', res.message, 'error');
            $('#btnLogin').prop('disabled', false).text('Masuk');
          }
        }
      });
      return false;
    });
  });
</script>"""


# --- a <base href> the form's action starts from -----------------------------------------------------------


@dataclass
class BaseHrefApp:
    """SIMBADA of the BPKAD: CodeIgniter 3 with ``<base href>`` in its layout and relative URLs."""

    sessions: Sessions = field(default_factory=lambda: Sessions("ci_session"))

    def install(self, site: FakeSite) -> None:
        site.route("*", "/", lambda r: redirect(r, "/auth/login"))
        site.route("*", "/auth/login", self._page)
        site.route("*", "/auth/proses", self._login)
        site.route("*", "/dashboard", _home("SIMBADA", self.sessions, "/auth/login", "/auth/logout"))

    def _page(self, request: Request) -> Reply:
        session, cookies = self.sessions.get(request)
        flash, session["flash"] = session.get("flash", ""), ""
        head = f'<base href="{request.origin()}/">'
        return Reply(200, login_page("SIMBADA", _BASE_HREF_FORM, flash, head), cookies=cookies)

    def _login(self, request: Request) -> Reply:
        session, _ = self.sessions.get(request)
        if request.method != "POST":
            return redirect(request, "/auth/login")
        if request.value("username") != USER or request.value("password") != PASSWORD:
            session["flash"] = "Username atau password salah!"
            return redirect(request, "/auth/login")
        session["user"] = FULL_NAME
        return redirect(request, "/dashboard")


_BASE_HREF_FORM = """<form action="auth/proses" method="post" accept-charset="utf-8">
  <div class="input-group mb-3"><input type="text" name="username" class="form-control" placeholder="Username"></div>
  <div class="input-group mb-3">
    <input type="password" name="password" class="form-control" placeholder="Password"></div>
  <button type="submit" name="login" value="1" class="btn btn-primary btn-block">Masuk</button>
</form>"""


# --- a form posting to another site ----------------------------------------------------------------------


@dataclass
class ElsewhereApp:
    """SIMPATEN of a kecamatan, whose login form posts to the vendor's server on another host."""

    elsewhere: str = "login.vendor-apps.co.id"
    received: int = 0

    def install(self, site: FakeSite) -> None:
        site.route("*", "/", lambda r: redirect(r, "/login"))
        site.route("*", "/login", self._page)
        site.route(self.elsewhere, "/auth/bekasi", self._receive)

    def _page(self, request: Request) -> Reply:
        port = request.headers.get("Host", "").rsplit(":", 1)[-1]
        form = _ELSEWHERE_FORM.format(action=f"http://{self.elsewhere}:{port}/auth/bekasi")
        return Reply(200, login_page("SIMPATEN Kecamatan", form))

    def _receive(self, request: Request) -> Reply:
        self.received += 1
        return Reply(200, "<h1>OK</h1>")


_ELSEWHERE_FORM = """<form method="post" action="{action}">
  <input type="hidden" name="instansi" value="kec-bekasi-timur">
  <div class="input-group mb-3"><input type="text" name="username" class="form-control" placeholder="Username"></div>
  <div class="input-group mb-3">
    <input type="password" name="password" class="form-control" placeholder="Password"></div>
  <button type="submit" class="btn btn-primary btn-block">Masuk</button>
</form>"""


# --- Django's LoginView: a look-alike ----------------------------------------------------------------


@dataclass
class DjangoApp:
    """SIPANDAI of the Disdukcapil: Django 4.2's ``LoginView`` with its CSRF checks."""

    sessions: Sessions = field(default_factory=lambda: Sessions("sessionid"))

    def install(self, site: FakeSite) -> None:
        site.route("*", "/", lambda r: redirect(r, "/accounts/login/"))
        site.route("*", "/accounts/login/", self._login)
        site.route("*", "/dashboard/", _home("SIPANDAI", self.sessions, "/accounts/login/", "/accounts/logout/"))

    def _login(self, request: Request) -> Reply:
        token = request.cookies.get("csrftoken") or secrets.token_hex(16)
        cookie = () if "csrftoken" in request.cookies else (f"csrftoken={token}; Path=/; SameSite=Lax",)
        if request.method == "GET":
            return Reply(200, _DJANGO.format(token=token, error=""), cookies=cookie)
        referer = urlsplit(request.headers.get("Referer", ""))
        if request.value("csrfmiddlewaretoken") != token or referer.netloc != request.headers.get("Host"):
            return Reply(403, "<h1>Forbidden <span>(403)</span></h1><p>CSRF verification failed.</p>")
        if request.value("username") != USER or request.value("password") != PASSWORD:
            error = (
                '<ul class="errorlist nonfield"><li>Masukkan nama pengguna dan sandi yang benar. Perhatikan bahwa '
                "kedua kolom mungkin peka huruf besar/kecil.</li></ul>"
            )
            return Reply(200, _DJANGO.format(token=token, error=error))
        session, cookies = self.sessions.get(request)
        session["user"] = FULL_NAME
        return redirect(request, "/dashboard/", cookies)


_DJANGO = """<!DOCTYPE html>
<html lang="id">
<head><meta charset="utf-8"><title>Masuk | SIPANDAI</title>
<link rel="stylesheet" href="/static/css/bootstrap.min.css"></head>
<body class="bg-light">
<main class="container"><div class="row justify-content-center"><div class="col-md-4 mt-5">
<h1 class="h4 mb-3">SIPANDAI Disdukcapil</h1>
{error}
<form method="post" action="/accounts/login/">
  <input type="hidden" name="csrfmiddlewaretoken" value="{token}">
  <p><label for="id_username">Nama pengguna:</label>
  <input type="text" name="username" autofocus autocapitalize="none" autocomplete="username" maxlength="150"
    required id="id_username" class="form-control"></p>
  <p><label for="id_password">Sandi:</label>
  <input type="password" name="password" autocomplete="current-password" required id="id_password"
    class="form-control"></p>
  <input type="hidden" name="next" value="/dashboard/">
  <button type="submit" class="btn btn-primary w-100">Masuk</button>
</form>
<p class="mt-3"><a href="/accounts/password_reset/">Lupa sandi?</a></p>
</div></div></main>
<footer class="text-center text-muted small">&copy; 2024 Disdukcapil Kota Bekasi</footer>
</body>
</html>"""
