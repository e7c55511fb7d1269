"""Department applications whose login the checker misread, as Indonesian government vendors build them.

Each installs its routes on a ``FakeSite`` and keeps its sessions as its framework does (the sessions of
``login_apps_real_web``), so that a whole check logs in, or is refused, as the Pelaksana is in a browser:

- ``ErrorPageApp``: CodeIgniter 3 on AdminLTE whose wrong password lands on an error page of its own
  (``/auth/gagal``, no form, a "Kembali" button to the site's root), in the words its vendor chose.
- ``NoticeLoginApp``: PHP without a framework, ``login.php`` answering its own post with the login page
  again and a notice: SweetAlert's or toastr's "Login berhasil", or a Bootstrap alert saying it, then
  the script or refresh leaving for ``dashboard.php``; or the notice of the refusal. Its help text says
  "Setelah login berhasil …" and "Jika Anda gagal masuk 3 kali …", and a script sends its "Daftar" button
  to ``daftar.php``, on every answer.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html import escape

from checker_servers import FakeSite, Reply, Request, redirect
from login_apps_real_web import PASSWORD, USER, Sessions, adminlte, login_page

__all__ = ["PASSWORD", "USER", "ErrorPageApp", "NoticeLoginApp"]

_LOGOUT = '<a href="/auth/logout" class="dropdown-item"><i class="fas fa-sign-out-alt mr-2"></i>Keluar</a>'

_CI_FORM = """<form action="/auth/login" method="post">
  <input type="hidden" name="csrf_test_name" value="{token}">
  <div class="input-group mb-3"><input type="text" name="username" class="form-control" placeholder="NIP / Username"
    required><div class="input-group-append"><div class="input-group-text"><span class="fas fa-user"></span></div>
    </div></div>
  <div class="input-group mb-3"><input type="password" name="password" class="form-control" placeholder="Password"
    required><div class="input-group-append"><div class="input-group-text"><span class="fas fa-lock"></span></div>
    </div></div>
  <div class="row">
    <div class="col-8"><div class="icheck-primary"><input type="checkbox" id="remember" name="remember">
      <label for="remember">Ingat Saya</label></div></div>
    <div class="col-4">
      <button type="submit" name="login" value="1" class="btn btn-primary btn-block">Masuk</button></div>
  </div>
</form>"""

_PEGAWAI = """<div class="content-header"><h1 class="m-0">Dashboard</h1></div>
<section class="content"><div class="container-fluid"><div class="row">
  <div class="col-lg-3 col-6"><div class="small-box bg-info"><div class="inner"><h3>4.218</h3>
    <p>Pegawai aktif</p></div><a href="/pegawai" class="small-box-footer">Selengkapnya</a></div></div>
  <div class="col-lg-3 col-6"><div class="small-box bg-warning"><div class="inner"><h3>37</h3>
    <p>Usulan kenaikan pangkat</p></div><a href="/usulan" class="small-box-footer">Selengkapnya</a></div></div>
  <div class="col-lg-3 col-6"><div class="small-box bg-success"><div class="inner"><h3>112</h3>
    <p>Pensiun tahun ini</p></div><a href="/pensiun" class="small-box-footer">Selengkapnya</a></div></div>
</div>
<div class="card"><div class="card-header"><h3 class="card-title">Informasi</h3></div><div class="card-body"><ul>
  <li>Akun yang 3 kali salah memasukkan password akan dikunci sementara selama 15 menit.</li>
  <li>Periode usulan kenaikan pangkat April 2027 dibuka sampai akhir Januari.</li></ul></div></div>
</div></section>"""

_ERROR_PAGE = """<!DOCTYPE html>
<html lang="id">
<head><meta charset="utf-8"><title>SIMPEG | Login Gagal</title>
  <link rel="stylesheet" href="/dist/css/adminlte.min.css"></head>
<body class="hold-transition login-page">
<div class="login-box">
  <div class="login-logo"><img src="/img/logo-bekasi.png" height="64" alt=""><br><b>SIMPEG</b></div>
  <div class="card"><div class="card-body login-card-body text-center">
    <i class="fas fa-exclamation-triangle fa-3x text-danger mb-3"></i>
    <h4>Gagal!</h4>
    <p class="text-danger">{message}</p>
    <a href="/" class="btn btn-primary btn-block">Kembali</a>
  </div></div>
  <p class="text-center text-muted small mt-3">&copy; 2026 BKPSDM Kota Bekasi</p>
</div>
</body>
</html>"""


@dataclass
class ErrorPageApp:
    """SIMPEG of the BKPSDM on CodeIgniter 3: a wrong password redirects to /auth/gagal, which shows the
    session's flashed ``message`` without the form; the right one to the AdminLTE dashboard."""

    message: str = "Username atau password tidak benar"
    sessions: Sessions = field(default_factory=lambda: Sessions("ci_session"))

    def install(self, site: FakeSite) -> None:
        site.route("*", "/", lambda r: redirect(r, "/auth/login"))
        site.route("*", "/auth/login", lambda r: self._page(r) if r.method == "GET" else self._login(r))
        site.route("*", "/auth/gagal", self._failed)
        site.route("*", "/dashboard", self._dashboard)

    def _page(self, request: Request) -> Reply:
        _sid, session, cookies = self.sessions.get(request)
        return Reply(200, login_page("SIMPEG", _CI_FORM.format(token=session["token"])), cookies=cookies)

    def _login(self, request: Request) -> Reply:
        sid, session, _cookies = self.sessions.get(request)
        if request.value("csrf_test_name") != session["token"]:
            return Reply(403, "<h1>An Error Was Encountered</h1><p>The action you have requested is not allowed.</p>")
        if request.value("username") != USER or request.value("password") != PASSWORD:
            session["flash"] = self.message
            return redirect(request, "/auth/gagal")
        sid, session, cookies = self.sessions.regenerate(sid)
        session["user"] = USER
        return redirect(request, "/dashboard", cookies)

    def _failed(self, request: Request) -> Reply:
        _sid, session, cookies = self.sessions.get(request)
        message = session.pop("flash", "") or "Silakan login terlebih dahulu"
        return Reply(200, _ERROR_PAGE.format(message=escape(message)), cookies=cookies)

    def _dashboard(self, request: Request) -> Reply:
        _sid, session, cookies = self.sessions.get(request)
        if "user" not in session:
            return redirect(request, "/auth/login", cookies)
        return Reply(200, adminlte("SIMPEG", session["user"], _PEGAWAI, _LOGOUT), cookies=cookies)


_PHP_FORM = """<form method="post" action="">
  <div class="form-group"><label for="username">Username</label>
    <input type="text" class="form-control" id="username" name="username" required></div>
  <div class="form-group"><label for="password">Password</label>
    <input type="password" class="form-control" id="password" name="password" required></div>
  <button type="submit" name="login" class="btn btn-success btn-block">Login</button>
  <button type="button" id="daftar" class="btn btn-outline-success btn-block">Daftar Sekolah Baru</button>
</form>
<p class="small text-muted mt-3">Setelah login berhasil, operator diarahkan ke dashboard sekolah. Jika Anda gagal
  masuk 3 kali, hubungi operator Dinas Pendidikan.</p>"""

_PHP_LOGIN = """<!DOCTYPE html>
<html lang="id">
<head><meta charset="utf-8"><title>PPDB SD Kota Bekasi - Login Operator</title>
  <link rel="stylesheet" href="assets/css/bootstrap.min.css">
  <link rel="stylesheet" href="assets/plugins/sweetalert2/sweetalert2.min.css">
  <link rel="stylesheet" href="assets/plugins/toastr/toastr.min.css"></head>
<body class="bg-light">
<nav class="navbar navbar-dark bg-success"><a class="navbar-brand" href="index.php">PPDB SD Kota Bekasi</a>
  <ul class="navbar-nav flex-row"><li class="nav-item mr-3"><a class="nav-link" href="index.php">Beranda</a></li>
  <li class="nav-item mr-3"><a class="nav-link" href="jadwal.php">Jadwal</a></li>
  <li class="nav-item"><a class="nav-link" href="pengumuman.php">Pengumuman</a></li></ul></nav>
<div class="container"><div class="row justify-content-center"><div class="col-md-4 mt-5">
  <div class="card shadow"><div class="card-body">
    <h5 class="text-center mb-4">Login Operator Sekolah</h5>
    {alert}
    {form}
  </div></div>
  <p class="text-center small text-muted mt-3">Dinas Pendidikan Kota Bekasi &copy; 2026</p>
</div></div></div>
<script src="assets/js/jquery.min.js"></script>
<script src="assets/plugins/sweetalert2/sweetalert2.all.min.js"></script>
<script src="assets/plugins/toastr/toastr.min.js"></script>
<script>document.getElementById('daftar').onclick = function () {{ location.href = 'daftar.php'; }};</script>
{script}
</body>
</html>"""

# What ``login.php`` echoes, by the vendor's choice: the success's, the refusal's; a script after its form,
# or an alert above it (``alert-refresh``: a refresh echoed before the page; ``alert-timer``: a script's timer).
_SUCCESS_ALERT = '<div class="alert alert-success" role="alert">Login berhasil! Mengalihkan ke dashboard...</div>'
_REFUSAL_ALERT = '<div class="alert alert-danger" role="alert">Username atau password salah!</div>'
_NOTICES = {
    "swal": (
        """<script>Swal.fire({icon: 'success', title: 'Berhasil', text: 'Login berhasil, selamat datang!',
  showConfirmButton: false, timer: 1500}).then(function () { window.location.href = 'dashboard.php'; });</script>""",
        """<script>Swal.fire({icon: 'error', title: 'Gagal', text: 'Username atau Password Salah!'})
  .then(function () { window.location.href = 'login.php'; });</script>""",
    ),
    "toastr": (
        """<script>$(function () { toastr.success('Berhasil login sebagai operator');
  setTimeout(function () { window.location = 'dashboard.php'; }, 1000); });</script>""",
        """<script>$(function () { toastr.error('Login gagal, periksa kembali username dan password'); });</script>""",
    ),
    "alert-refresh": ('<meta http-equiv="refresh" content="2;url=dashboard.php">', ""),
    "alert-timer": ("<script>setTimeout(function () { window.location.href = 'dashboard.php'; }, 1500);</script>", ""),
    "silent": ("<script>window.location = 'dashboard.php';</script>", ""),  # a refusal without a word
}
_ALERTS = {"alert-refresh": (_SUCCESS_ALERT, _REFUSAL_ALERT), "alert-timer": (_SUCCESS_ALERT, _REFUSAL_ALERT)}

_OPERATOR = """<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8"><title>PPDB SD Kota Bekasi - Operator</title></head>
<body><nav class="navbar navbar-dark bg-success"><a class="navbar-brand" href="dashboard.php">PPDB Operator</a>
  <span class="navbar-text">{user}</span> <a class="btn btn-sm btn-light" href="logout.php">Logout</a></nav>
<div class="container mt-4"><h4>Rekap Pendaftar</h4><table class="table table-bordered">
  <tr><th>Jalur</th><th>Pendaftar</th><th>Diverifikasi</th></tr>
  <tr><td>Zonasi</td><td>214</td><td>198</td></tr><tr><td>Afirmasi</td><td>37</td><td>35</td></tr>
  <tr><td>Perpindahan tugas orang tua</td><td>9</td><td>9</td></tr></table></div></body></html>"""


@dataclass
class NoticeLoginApp:
    """PPDB SD of the Dinas Pendidikan: ``login.php`` is its page and its handler (``if
    (isset($_POST['login']))`` at its top), answering the post with the page again and the ``notice``
    (``_NOTICES``): SweetAlert's or toastr's, an alert with a refresh or a timer, or ``silent``: a wrong
    password without a word, the right one with a bare script that leaves. ``saves_session=False``: a
    vendor's bug, the notice says "berhasil" but the session is not kept, and ``dashboard.php`` sends the
    browser back to ``login.php``."""

    notice: str = "swal"
    saves_session: bool = True
    sessions: Sessions = field(default_factory=lambda: Sessions("PHPSESSID"))

    def install(self, site: FakeSite) -> None:
        site.route("*", "/", lambda r: redirect(r, "/login.php"))
        site.route("*", "/login.php", self._login)
        site.route("*", "/dashboard.php", self._dashboard)

    def _login(self, request: Request) -> Reply:
        _sid, session, cookies = self.sessions.get(request)
        script = alert = ""
        if request.method == "POST" and "login" in request.form:
            right = request.value("username") == USER and request.value("password") == PASSWORD
            if right and self.saves_session:
                session["user"] = USER
            script = _NOTICES[self.notice][0 if right else 1]
            alert = _ALERTS.get(self.notice, ("", ""))[0 if right else 1]
        echoed = script.startswith("<meta")  # echoed before the page, as PHP's handler at its top does
        page = _PHP_LOGIN.format(form=_PHP_FORM, script="" if echoed else script, alert=alert)
        return Reply(200, script + page if echoed else page, cookies=cookies)

    def _dashboard(self, request: Request) -> Reply:
        _sid, session, cookies = self.sessions.get(request)
        user = session.get("user")
        if not user:
            return redirect(request, "/login.php", cookies)  # header("location:login.php")
        return Reply(200, _OPERATOR.format(user=escape(user)), cookies=cookies)
