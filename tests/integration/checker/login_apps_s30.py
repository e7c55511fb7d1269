"""Department applications whose login the checker misread, as Indonesian government vendors build them.

Each installs its routes on a ``FakeSite`` and keeps its sessions as its framework does (the sessions of
``login_apps_real_web``), so that a whole check logs in, or is refused, as the Pelaksana is in a browser:

- ``WelcomeApp``: SIPELITA, plain PHP whose ``login.php`` posts to itself and answers the right password in
  place: a green box greeting the user above the form still there, a SweetAlert greeting whose ``.then`` goes to
  ``admin/index.php``, or the dashboard itself (PHP's ``include``) greeting the user by full name beside a menu
  of ``index.php?hal=…`` links, without a logout; a wrong password gets the form and a red box.
- ``ImageCodeApp``: SIMPEG's login asking the code of an image ``kode.php`` draws, its field "Kode Verifikasi":
  the markup never says "captcha"; ``cek_login.php`` refuses a wrong code whatever the password.
- ``LockScreenApp``: SIDATA, whose dashboard holds an idle lock screen (a password-only form, hidden until the
  session idles) and no logout link; a wrong password redirects to the login page with its flash, which may
  say the account is locked for its failed logins.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from html import escape

from checker_servers import FakeSite, Reply, Request, redirect
from login_apps_real_web import FULL_NAME, PASSWORD, USER, Sessions

__all__ = ["PASSWORD", "USER", "ImageCodeApp", "LockScreenApp", "WelcomeApp"]

_HEAD = (
    '<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">'
    '<title>{title}</title><link rel="stylesheet" href="assets/css/bootstrap.min.css"></head>'
)
_FOOTER = '<footer class="small text-muted text-center">&copy; 2026 Pemerintah Kota Bekasi</footer></body></html>'


def _ok(request: Request) -> bool:
    return request.value("username") == USER and request.value("password") == PASSWORD


@dataclass
class WelcomeApp:
    """SIPELITA of the Bappelitbangda: ``login.php`` answers its own post, the right password as ``answer`` says
    ("box", "swal" or "dashboard"), the wrong one with the form and a red box."""

    answer: str = "box"
    sessions: Sessions = field(default_factory=lambda: Sessions("PHPSESSID", flags="HttpOnly"))

    def install(self, site: FakeSite) -> None:
        site.route("*", "/", lambda r: redirect(r, "/login.php"))
        site.route("*", "/login.php", lambda r: self._form(r) if r.method == "GET" else self._login(r))
        site.route("*", "/admin/index.php", self._admin)

    def _form(self, request: Request, notice: str = "") -> Reply:
        page = (
            _HEAD.format(title="Login SIPELITA")
            + '<body><div class="container"><div class="col-md-4 offset-md-4"><img src="assets/img/logo.png" alt="">'
            f'<h3 class="text-center">SIPELITA</h3><p class="text-center">Sistem Perencanaan Pembangunan</p>{notice}'
            '<form method="post" action="login.php"><div class="form-group"><label>Username</label>'
            '<input type="text" name="username" class="form-control" required></div><div class="form-group">'
            '<label>Password</label><input type="password" name="password" class="form-control" required></div>'
            '<button type="submit" name="login" class="btn btn-primary btn-block">Login</button></form>'
            '<p class="small"><a href="lupa_password.php">Lupa password?</a></p></div></div>' + _FOOTER
        )
        return Reply(200, page, cookies=self.sessions.get(request)[2])

    def _login(self, request: Request) -> Reply:
        session = self.sessions.get(request)[1]
        if not _ok(request):
            return self._form(request, '<div class="alert alert-danger"><b>Username atau password salah!</b></div>')
        session["user"] = FULL_NAME
        if self.answer == "dashboard":
            return Reply(200, self._dashboard(f"<h3>Selamat Datang, {escape(FULL_NAME)}</h3>"))
        if self.answer == "swal":
            return self._form(
                request,
                "<script>Swal.fire({icon:'success',title:'Berhasil',text:'Selamat datang, "
                f"{escape(FULL_NAME)}',timer:1500,showConfirmButton:false}}).then(function(){{ window.location ="
                " 'admin/index.php'; });</script>",
            )
        return self._form(request, f'<div class="alert alert-success">Selamat datang, {escape(FULL_NAME)}</div>')

    def _admin(self, request: Request) -> Reply:
        session = self.sessions.get(request)[1]
        if "user" not in session:
            return redirect(request, "/login.php")
        return Reply(200, self._dashboard('<h3>Dashboard</h3><a href="../logout.php">Logout</a>'))

    @staticmethod
    def _dashboard(heading: str) -> str:
        return (
            _HEAD.format(title="SIPELITA")
            + '<body><div class="header"><img src="assets/img/logo.png" alt=""> SIPELITA</div><div class="sidebar">'
            '<ul><li><a href="?hal=beranda">Beranda</a></li><li><a href="?hal=usulan">Usulan Musrenbang</a></li>'
            '<li><a href="index.php?hal=laporan">Laporan</a></li></ul></div>'
            f'<div class="content">{heading}<p>Jabatan: Analis Kebijakan</p><table class="table">'
            "<tr><td>Usulan kelurahan</td><td>312</td></tr><tr><td>Usulan kecamatan</td><td>88</td></tr></table></div>"
            + _FOOTER
        )


@dataclass
class ImageCodeApp:
    """SIMPEG's login with the code of an image ``kode.php`` draws; ``cek_login.php`` checks the code first."""

    refused: str = "Kode verifikasi salah!"
    posted: int = 0
    sessions: Sessions = field(default_factory=lambda: Sessions("PHPSESSID", flags="HttpOnly"))

    def install(self, site: FakeSite) -> None:
        site.route("*", "/", lambda r: redirect(r, "/index.php"))
        site.route("*", "/index.php", self._form)
        site.route("*", "/kode.php", Reply(200, b"\x89PNG\r\n", {"Content-Type": "image/png"}))
        site.route("*", "/cek_login.php", self._login)

    def _form(self, request: Request) -> Reply:
        _sid, session, cookies = self.sessions.get(request)
        session["kode"] = str(secrets.randbelow(9000) + 1000)
        flash = session.pop("flash", "")
        alert = f'<div class="alert alert-danger">{escape(flash)}</div>' if flash else ""
        page = (
            _HEAD.format(title="SIMPEG Kota Bekasi")
            + '<body class="login-page"><div class="login-box"><div class="login-logo"><b>SIMPEG</b> Kota Bekasi</div>'
            f'<div class="login-box-body">{alert}<form action="cek_login.php" method="post"><div class="form-group">'
            '<input type="text" class="form-control" name="username" placeholder="Username" required></div>'
            '<div class="form-group"><input type="password" class="form-control" name="password"'
            ' placeholder="Password" required></div><div class="form-group">'
            f'<img src="kode.php?{secrets.token_hex(3)}" id="kode" alt="kode"> <a href="#" onclick="document.'
            "getElementById('kode').src='kode.php?'+Math.random();return false;\">Ganti</a></div>"
            '<div class="form-group"><input type="text" class="form-control" name="kode_verifikasi"'
            ' placeholder="Kode Verifikasi" maxlength="4" required></div>'
            '<button type="submit" class="btn btn-primary btn-block btn-flat">Masuk</button></form></div></div>'
            + _FOOTER
        )
        return Reply(200, page, cookies=cookies)

    def _login(self, request: Request) -> Reply:
        self.posted += 1
        session = self.sessions.get(request)[1]
        session["flash"] = self.refused
        return redirect(request, "/index.php")


@dataclass
class LockScreenApp:
    """SIDATA: ``/auth`` posts to itself; the right password redirects to ``/admin``, a dashboard with a hidden
    idle lock screen, a wrong one back to ``/auth`` with ``refused``."""

    refused: str = "Username atau password salah"
    sessions: Sessions = field(default_factory=lambda: Sessions("sidata_session"))

    def install(self, site: FakeSite) -> None:
        site.route("*", "/", lambda r: redirect(r, "/auth"))
        site.route("*", "/auth", lambda r: self._form(r) if r.method == "GET" else self._login(r))
        site.route("*", "/admin", self._admin)

    def _form(self, request: Request) -> Reply:
        _sid, session, cookies = self.sessions.get(request)
        flash = session.pop("flash", "")
        alert = f'<div class="alert alert-danger">{escape(flash)}</div>' if flash else ""
        page = (
            _HEAD.format(title="SIDATA") + f'<body><div class="card"><h4>SIDATA</h4><p>Satu Data Kota Bekasi</p>{alert}'
            '<div class="alert alert-info">Akun akan dikunci selama 30 menit setelah 3 kali salah kata sandi.</div>'
            '<form method="post" action="/auth"><input name="username" placeholder="Username">'
            '<input type="password" name="password" placeholder="Password"><button>Masuk</button></form></div>'
            + _FOOTER
        )
        return Reply(200, page, cookies=cookies)

    def _login(self, request: Request) -> Reply:
        sid, session, _cookies = self.sessions.get(request)
        if not _ok(request):
            session["flash"] = self.refused
            return redirect(request, "/auth")
        sid, session, cookies = self.sessions.regenerate(sid)
        session["user"] = FULL_NAME
        return redirect(request, "/admin", cookies)

    def _admin(self, request: Request) -> Reply:
        session = self.sessions.get(request)[1]
        if "user" not in session:
            return redirect(request, "/auth")
        page = (
            _HEAD.format(title="SIDATA | Admin")
            + f'<body><div class="user-info"><img src="/img/u.png"> <span>{escape(FULL_NAME)}</span></div>'
            '<div class="content"><h4>Rekap Data</h4><p>Dataset: 88</p><table class="table"><tr><td>Kesehatan</td>'
            "<td>21</td></tr><tr><td>Pendidikan</td><td>17</td></tr></table></div>"
            '<div id="lockscreen" style="display:none"><form method="post" action="/auth/unlock">'
            f'<p>{escape(FULL_NAME)}</p><input type="password" name="password" placeholder="Password">'
            "<button>Buka</button></form></div><script>var idle = setTimeout(function () {"
            " document.getElementById('lockscreen').style.display = 'block'; }, 600000);</script>" + _FOOTER
        )
        return Reply(200, page)
