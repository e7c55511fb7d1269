"""Department applications whose login the checker misread, as Indonesian government vendors build them.

Each installs its routes on a ``FakeSite`` and keeps its sessions as its framework does (the sessions of
``login_apps_real_web``), so that a whole check logs in, or is refused, as the Pelaksana is in a browser:

- ``NoticePageApp``: plain PHP on SB Admin 2, ``login.php`` posting to itself; a wrong password redirects
  to ``gagal.php``, a notice page of its own (no form, no user, a "Kembali" button to ``index.php`` or the
  root), in the words its vendor chose; the right one to ``index.php``, a dashboard without the user's name
  or a logout link (the vendor's layout keeps them in a script-drawn menu), whose cards and log name failed
  syncs, refused access requests and failed logins of others.
- ``AjaxWordApp``: SIPELITA, plain PHP whose login page's jQuery posts the form to ``proses_login.php``,
  which echoes a word for the script (``sukses``/``gagal``, ``1``/``0``) or a JSON object without an
  address (``{"status": "success", "message": "Login berhasil"}``); the script then goes to ``index.php``.
- ``SumCaptchaApp``: SIMPATI's login asking a sum beside the credentials ("Berapa hasil dari 7 + 5 ?"),
  as a question without "=", or drawn as an image, refused in the vendor's words ("Jawaban perhitungan
  salah") whatever the password.
- ``InPlaceApp``: SIBANGDA, plain PHP whose ``login.php`` includes the dashboard in answer to the right
  password (no redirect), its top bar greeting the user by full name ("Drs. H. Ahmad Fauzi, M.Si"), the
  logout in a menu its script draws; a wrong password gets the login page again with its alert.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from html import escape

from checker_servers import FakeSite, Reply, Request, redirect
from login_apps_real_web import FULL_NAME, PASSWORD, USER, Sessions

__all__ = ["PASSWORD", "USER", "AjaxWordApp", "InPlaceApp", "NoticePageApp", "SumCaptchaApp"]

_HEAD = """<!DOCTYPE html>
<html lang="id">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
  <title>{title}</title>
  <link href="vendor/fontawesome-free/css/all.min.css" rel="stylesheet" type="text/css">
  <link href="css/sb-admin-2.min.css" rel="stylesheet">
</head>"""

_SB_LOGIN = (
    _HEAD
    + """
<body class="bg-gradient-primary">
<div class="container"><div class="row justify-content-center"><div class="col-xl-5 col-lg-6 col-md-8">
  <div class="card o-hidden border-0 shadow-lg my-5"><div class="card-body p-0"><div class="p-5">
    <div class="text-center"><img src="img/logo-pemkot.png" width="80" alt="">
      <h1 class="h4 text-gray-900 mb-4">SIMPATI<br><small>Dinas Perhubungan Kota Bekasi</small></h1></div>
    <form class="user" method="post" action="">
      <div class="form-group"><input type="text" class="form-control form-control-user" name="username"
        placeholder="Username" required></div>
      <div class="form-group"><input type="password" class="form-control form-control-user" name="password"
        placeholder="Password" required></div>
      {more}
      <button type="submit" name="login" class="btn btn-primary btn-user btn-block">Login</button>
    </form>
    <hr><div class="text-center"><a class="small" href="lupa_password.php">Lupa Password?</a></div>
  </div></div></div>
  <p class="text-center text-white small">Copyright &copy; 2026 Dinas Perhubungan Kota Bekasi</p>
</div></div></div>
<script src="vendor/jquery/jquery.min.js"></script>
<script src="vendor/bootstrap/js/bootstrap.bundle.min.js"></script>
</body>
</html>"""
)

_NOTICE_PAGE = (
    _HEAD
    + """
<body class="bg-light">
<div class="container"><div class="row justify-content-center"><div class="col-md-5 mt-5 text-center">
  <img src="img/logo-pemkot.png" width="70" alt="">
  <div class="card mt-3"><div class="card-body">
    <h4 class="text-danger">{heading}</h4>
    <p>{message}</p>
    {back}
  </div></div>
  <p class="small text-muted mt-3">SIMPATI &copy; 2026 Dinas Perhubungan Kota Bekasi</p>
</div></div></div>
</body>
</html>"""
)

# The dashboard the right password lands on: the user's menu is drawn by the vendor's script, so that the
# page shows neither the user nor a logout; its cards and log speak of failures that are not the login's.
_SB_DASHBOARD = (
    _HEAD
    + """
<body id="page-top"><div id="wrapper">
<ul class="navbar-nav bg-gradient-primary sidebar sidebar-dark accordion" id="accordionSidebar">
  <a class="sidebar-brand d-flex align-items-center justify-content-center" href="index.php">
    <div class="sidebar-brand-text mx-3">SIMPATI</div></a>
  <li class="nav-item active"><a class="nav-link" href="index.php"><span>Dashboard</span></a></li>
  <li class="nav-item"><a class="nav-link" href="index.php?page=angkutan"><span>Data Angkutan</span></a></li>
  <li class="nav-item"><a class="nav-link" href="index.php?page=trayek"><span>Izin Trayek</span></a></li>
  <li class="nav-item"><a class="nav-link" href="index.php?page=laporan"><span>Laporan</span></a></li>
</ul>
<div id="content-wrapper" class="d-flex flex-column"><div id="content">
  <nav class="navbar navbar-expand navbar-light bg-white topbar mb-4 static-top shadow" id="topbar"></nav>
  <div class="container-fluid">
    <h1 class="h3 mb-4 text-gray-800">Dashboard</h1>
    <div class="row">
      <div class="col-xl-3 col-md-6 mb-4">
        <div class="card border-left-primary shadow h-100 py-2"><div class="card-body">
        <div class="text-xs font-weight-bold text-primary text-uppercase mb-1">Kendaraan terdaftar</div>
        <div class="h5 mb-0 font-weight-bold text-gray-800">2.318</div></div></div></div>
      <div class="col-xl-3 col-md-6 mb-4">
        <div class="card border-left-warning shadow h-100 py-2"><div class="card-body">
        <div class="text-xs font-weight-bold text-warning text-uppercase mb-1">Data gagal sinkron</div>
        <div class="h5 mb-0 font-weight-bold text-gray-800">Data gagal sinkron: 2</div></div></div></div>
      <div class="col-xl-3 col-md-6 mb-4">
        <div class="card border-left-danger shadow h-100 py-2"><div class="card-body">
        <div class="text-xs font-weight-bold text-danger text-uppercase mb-1">Permohonan izin</div>
        <div class="h5 mb-0 font-weight-bold text-gray-800">Akses ditolak: 3</div></div></div></div>
    </div>
    <div class="card shadow mb-4"><div class="card-header py-3"><h6 class="m-0 font-weight-bold text-primary">
      Riwayat akses</h6></div><div class="card-body"><table class="table table-bordered">
      <tr><th>Waktu</th><th>Kejadian</th></tr>
      <tr><td>04-12-2026 07:41</td><td>Login gagal dari IP 10.4.2.17</td></tr>
      <tr><td>04-12-2026 07:40</td><td>Login berhasil dari IP 10.4.2.17</td></tr>
    </table></div></div>
  </div>
</div>
<footer class="sticky-footer bg-white"><div class="container my-auto"><div class="copyright text-center my-auto">
  <span>Copyright &copy; Dinas Perhubungan Kota Bekasi 2026</span></div></div></footer>
</div></div>
<script src="vendor/jquery/jquery.min.js"></script>
<script src="js/sb-admin-2.min.js"></script>
<script src="js/menu-pengguna.js"></script>
</body>
</html>"""
)


@dataclass
class NoticePageApp:
    """SIMPATI of the Dinas Perhubungan: a wrong password redirects to ``gagal.php`` with the ``heading`` and
    the ``message``, and a "Kembali" button to ``back`` (none where empty); the right one to ``index.php``."""

    heading: str = "Login Tidak Berhasil"
    message: str = ""
    back: str = "index.php"
    sessions: Sessions = field(default_factory=lambda: Sessions("PHPSESSID", flags="HttpOnly"))

    def install(self, site: FakeSite) -> None:
        site.route("*", "/", self._index)
        site.route("*", "/index.php", self._index)
        site.route("*", "/login.php", lambda r: self._page(r) if r.method == "GET" else self._login(r))
        site.route("*", "/gagal.php", self._refused)

    def _page(self, request: Request) -> Reply:
        return Reply(200, _SB_LOGIN.format(title="SIMPATI - Login", more=""), cookies=self.sessions.get(request)[2])

    def _login(self, request: Request) -> Reply:
        sid, session, cookies = self.sessions.get(request)
        if request.value("username") != USER or request.value("password") != PASSWORD:
            session["refused"] = True
            return redirect(request, "/gagal.php", cookies)
        sid, session, cookies = self.sessions.regenerate(sid)
        session["user"] = USER
        return redirect(request, "/index.php", cookies)

    def _refused(self, request: Request) -> Reply:
        _sid, session, cookies = self.sessions.get(request)
        if not session.pop("refused", False):
            return redirect(request, "/login.php", cookies)
        back = f'<a href="{self.back}" class="btn btn-primary">Kembali</a>' if self.back else ""
        page = _NOTICE_PAGE.format(
            title="SIMPATI - Informasi", heading=escape(self.heading), message=escape(self.message), back=back
        )
        return Reply(200, page, cookies=cookies)

    def _index(self, request: Request) -> Reply:
        _sid, session, cookies = self.sessions.get(request)
        if "user" not in session:
            return redirect(request, "/login.php", cookies)
        return Reply(200, _SB_DASHBOARD.format(title="SIMPATI - Dashboard"), cookies=cookies)


_AJAX_LOGIN = (
    _HEAD
    + """
<body class="bg-gradient-primary">
<div class="container"><div class="row justify-content-center"><div class="col-xl-5 col-lg-6 col-md-8">
  <div class="card o-hidden border-0 shadow-lg my-5"><div class="card-body p-0"><div class="p-5">
    <div class="text-center"><img src="img/logo-pemkot.png" width="80" alt="">
      <h1 class="h4 text-gray-900 mb-4">SIPELITA<br><small>Pelayanan Izin Terpadu</small></h1></div>
    <div id="pesan"></div>
    <form class="user" id="frmLogin" method="post" action="proses_login.php">
      <div class="form-group"><input type="text" class="form-control form-control-user" name="username"
        placeholder="Username" required></div>
      <div class="form-group"><input type="password" class="form-control form-control-user" name="password"
        placeholder="Password" required></div>
      <button type="submit" name="login" class="btn btn-primary btn-user btn-block">Login</button>
    </form>
    <hr><div class="text-center"><a class="small" href="lupa_password.php">Lupa Password?</a></div>
  </div></div></div>
  <p class="text-center text-white small">Copyright &copy; 2026 DPMPTSP Kota Bekasi</p>
</div></div></div>
<script src="vendor/jquery/jquery.min.js"></script>
<script>
$("#frmLogin").submit(function (e) {{
  e.preventDefault();
  $.ajax({{ type: "POST", url: "proses_login.php", data: $(this).serialize(),
    success: function (data) {{
      if ($.trim(data) == "{yes}") {{ window.location = "index.php"; }}
      else {{ $("#pesan").html('<div class="alert alert-danger">Username atau password salah</div>'); }}
    }} }});
}});
</script>
</body>
</html>"""
)

_AJAX_HOME = (
    _HEAD
    + """
<body id="page-top"><nav class="navbar navbar-light bg-white shadow">
  <a class="navbar-brand" href="index.php">SIPELITA</a><span class="navbar-text small">Pelaksana Monev</span>
  <a class="btn btn-sm btn-outline-danger" href="logout.php">Logout</a>
</nav>
<div class="container-fluid"><h1 class="h3 mb-4 text-gray-800">Permohonan Izin</h1>
  <table class="table table-bordered"><tr><th>No. Registrasi</th><th>Jenis Izin</th><th>Status</th></tr>
  <tr><td>503/1187/DPMPTSP</td><td>Izin Usaha Mikro</td><td>Diproses</td></tr>
  <tr><td>503/1186/DPMPTSP</td><td>Persetujuan Bangunan Gedung</td><td>Selesai</td></tr></table></div>
</body>
</html>"""
)

# What ``proses_login.php`` echoes, by the vendor's choice: the right password's, a wrong one's.
AJAX_ANSWERS = {
    "sukses-gagal": ("sukses", "gagal"),
    "1-0": ("1", "0"),
    "berhasil-gagal": ("berhasil\n", "gagal\n"),
    "success-error": ("success", "error"),
    "ok-message": ("ok", "Username atau password salah"),
    "json-without-address": (
        json.dumps({"status": "success", "message": "Login berhasil"}),
        json.dumps({"status": "error", "message": "Password salah"}),
    ),
    "unknown-word": ("pending", "pending"),  # a word the script reads as the checker cannot
}


@dataclass
class AjaxWordApp:
    """SIPELITA of the DPMPTSP: ``proses_login.php`` answers the ``answer`` (a key of ``AJAX_ANSWERS``)."""

    answer: str = "sukses-gagal"
    sessions: Sessions = field(default_factory=lambda: Sessions("PHPSESSID", flags="HttpOnly"))

    def install(self, site: FakeSite) -> None:
        site.route("*", "/", lambda r: redirect(r, "/login.php"))
        site.route("*", "/login.php", self._page)
        site.route("*", "/proses_login.php", self._login)
        site.route("*", "/index.php", self._home)

    def _page(self, request: Request) -> Reply:
        yes = AJAX_ANSWERS[self.answer][0].strip()
        page = _AJAX_LOGIN.format(title="SIPELITA - Login", yes=yes if "{" not in yes else "")
        return Reply(200, page, cookies=self.sessions.get(request)[2])

    def _login(self, request: Request) -> Reply:
        _sid, session, cookies = self.sessions.get(request)
        right, wrong = AJAX_ANSWERS[self.answer]
        kind = {"Content-Type": "application/json"} if right.startswith("{") else {"Content-Type": "text/plain"}
        if request.value("username") != USER or request.value("password") != PASSWORD:
            return Reply(200, wrong, kind, cookies)
        session["user"] = USER
        return Reply(200, right, kind, cookies)

    def _home(self, request: Request) -> Reply:
        _sid, session, cookies = self.sessions.get(request)
        if "user" not in session:
            return redirect(request, "/login.php", cookies)
        return Reply(200, _AJAX_HOME.format(title="SIPELITA - Beranda"), cookies=cookies)


# The sum a login asks, by the vendor's choice: a label's question, the field's name its own.
SUMS_ASKED = {
    "berapa-hasil": '<label for="hasil">Berapa hasil dari 7 + 5 ?</label>'
    '<input type="number" id="hasil" name="hasil" class="form-control" required>',
    "berapa-tanpa-spasi": '<label>Berapa 7+5?</label><input type="text" name="jwb" class="form-control" required>',
    "hitung": '<label for="cek">Hitung: 6 + 2</label><input type="text" id="cek" name="cek" class="form-control">',
    "verifikasi": '<div class="input-group"><div class="input-group-prepend"><span class="input-group-text">'
    'Verifikasi: 14 + 9</span></div><input type="text" name="verifikasi" class="form-control" required></div>',
    "english": '<label>What is 3 + 4?</label><input type="text" name="math" class="form-control" required>',
}
# A sum drawn as an image the check cannot read, and the refusal of a missing answer.
SUM_IMAGE = (
    '<div class="form-group row"><div class="col-5"><img src="soal.php?r=8812" alt="" height="38"></div>'
    '<div class="col-7"><input type="text" name="jawaban" class="form-control" placeholder="Jawaban" required>'
    "</div></div>"
)


@dataclass
class SumCaptchaApp:
    """SIMPATI asking the sum ``asked`` (HTML beside the credentials); a post without its answer goes back to
    the login page with the ``refused`` message."""

    asked: str = SUMS_ASKED["berapa-hasil"]
    refused: str = "Jawaban perhitungan salah"
    sessions: Sessions = field(default_factory=lambda: Sessions("PHPSESSID", flags="HttpOnly"))

    def install(self, site: FakeSite) -> None:
        site.route("*", "/", lambda r: redirect(r, "/login.php"))
        site.route("*", "/login.php", lambda r: self._page(r) if r.method == "GET" else self._login(r))

    def _page(self, request: Request) -> Reply:
        _sid, session, cookies = self.sessions.get(request)
        alert = session.pop("flash", "")
        page = _SB_LOGIN.format(title="SIMPATI - Login", more=f'<div class="form-group">{self.asked}</div>')
        if alert:
            page = page.replace(
                '<form class="user"', f'<div class="alert alert-danger">{escape(alert)}</div><form class="user"'
            )
        return Reply(200, page, cookies=cookies)

    def _login(self, request: Request) -> Reply:
        _sid, session, cookies = self.sessions.get(request)
        session["flash"] = self.refused  # the answer the vendor's session holds is never the one posted
        return redirect(request, "/login.php", cookies)


_USER_TOPBAR = """<nav class="navbar navbar-expand navbar-light bg-white topbar mb-4 static-top shadow">
    <ul class="navbar-nav ml-auto"><li class="nav-item dropdown no-arrow">
      <a class="nav-link dropdown-toggle" href="#" id="userDropdown" role="button" data-toggle="dropdown">
        <span class="mr-2 d-none d-lg-inline text-gray-600 small">{name}</span>
        <img class="img-profile rounded-circle" src="img/undraw_profile.svg" alt=""></a>
      <div class="dropdown-menu dropdown-menu-right shadow" id="menuPengguna"></div>
    </li></ul></nav>"""


@dataclass
class InPlaceApp:
    """SIBANGDA of the Bappelitbangda: ``login.php`` answers the right password with the dashboard itself
    (PHP's ``include 'dashboard.php'``), the wrong one with the login page and ``refused``."""

    refused: str = "Password salah!"
    sessions: Sessions = field(default_factory=lambda: Sessions("PHPSESSID", flags="HttpOnly"))

    def install(self, site: FakeSite) -> None:
        site.route("*", "/", lambda r: redirect(r, "/login.php"))
        site.route("*", "/login.php", lambda r: self._page(r) if r.method == "GET" else self._login(r))

    def _page(self, request: Request, alert: str = "") -> Reply:
        cookies = self.sessions.get(request)[2]
        page = _SB_LOGIN.format(title="SIBANGDA - Login", more="").replace("SIMPATI", "SIBANGDA")
        if alert:
            box = f'<div class="alert alert-danger">{escape(alert)}</div><form class="user"'
            page = page.replace('<form class="user"', box)
        return Reply(200, page, cookies=cookies)

    def _login(self, request: Request) -> Reply:
        sid, session, _cookies = self.sessions.get(request)
        if request.value("username") != USER or request.value("password") != PASSWORD:
            return self._page(request, self.refused)
        sid, session, cookies = self.sessions.regenerate(sid)
        session["user"] = USER
        topbar = _USER_TOPBAR.format(name=escape(FULL_NAME))
        page = _SB_DASHBOARD.format(title="SIBANGDA - Dashboard").replace(
            '<nav class="navbar navbar-expand navbar-light bg-white topbar mb-4 static-top shadow" id="topbar"></nav>',
            topbar,
        )
        return Reply(200, page.replace("SIMPATI", "SIBANGDA"), cookies=cookies)
