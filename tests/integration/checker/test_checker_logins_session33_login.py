"""Whole checks logging into SIMONIK, a Dinas Sosial's native-PHP application (Bootstrap 4), whose login page the
checker misread: a "Daftar Akun" form before the login form (posting it would register an account every cycle), a
"Tahun Anggaran" select as SIPD's and SIMDA's, a submit button outside the form, "Masuk sebagai Tamu" before
"Masuk". (A card saying "Login berhasil" with only a link onwards is no longer read as a login: news headings and
notices say those words on pages a wrong password lands on.)

Real HTTP servers on 127.0.0.1, no marker configured; each app is checked with the right and a wrong password.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from html import escape

import pytest
from checker_servers import FakeSite, Reply, Request, redirect
from login_apps_real_web import FULL_NAME, PASSWORD, USER, Sessions
from login_checks import WRONG, Secret, assert_logged_in, posts, refusal
from test_checker_logins_session27 import FIELDS, check

from pantau_checker.core.dates import WIB

SIMONIK = "simonik.dinsos.bekasikota.go.id"
SAID = "pesan gagal login tampil: “username atau password salah”"
# The checks' moment, pinned: 00:30 WIB on 1 January, when Bekasi's year is already the next and UTC's is not. The
# year select's options and the year the app wants are built from it, as the checker reads it.
AT = datetime(2026, 12, 31, 17, 30, tzinfo=UTC)
THIS_YEAR = str(AT.astimezone(WIB).year)

_FIELDS = """<div class="form-group"><label>Username</label>
<input type="text" name="username" class="form-control"></div>
<div class="form-group"><label>Password</label><input type="password" name="password" class="form-control"></div>"""
_BUTTON = '<button type="submit" name="login" class="btn btn-info btn-block">Masuk</button>'
_REGISTER_MODAL = """<div class="modal fade" id="modalDaftar" tabindex="-1"><div class="modal-dialog">
<div class="modal-content">
<form method="post" action="daftar.php"><div class="modal-header"><h5 class="modal-title">Daftar Akun Pendamping</h5>
</div><div class="modal-body"><div class="form-group"><label>Nama Lengkap</label><input type="text" name="nama"></div>
<div class="form-group"><label>NIK</label><input type="text" name="nik"></div>
<div class="form-group"><label>Username</label><input type="text" name="username"></div>
<div class="form-group"><label>Password</label><input type="password" name="password"></div>
<div class="form-group"><label>Ulangi Password</label><input type="password" name="password2"></div></div>
<div class="modal-footer"><button type="button" class="btn btn-secondary" data-dismiss="modal">Batal</button>
<button type="submit" name="daftar" class="btn btn-primary">Daftar</button></div></form></div></div></div>"""
_REGISTER_TAB = """<ul class="nav nav-tabs"><li class="nav-item">
<a class="nav-link" data-toggle="tab" href="#daftar">Daftar</a></li>
<li class="nav-item"><a class="nav-link active" data-toggle="tab" href="#masuk">Masuk</a></li></ul>
<div class="tab-content pt-3"><div class="tab-pane fade" id="daftar"><form method="post" action="daftar.php">
<div class="form-group"><label>Nama Lengkap</label><input type="text" name="nama" class="form-control"></div>
<div class="form-group"><label>Username</label><input type="text" name="username" class="form-control"></div>
<div class="form-group"><label>Password</label><input type="password" name="password" class="form-control"></div>
<button type="submit" class="btn btn-success btn-block">Daftar</button></form></div>"""
_YEARS = (
    '<div class="form-group"><label>Tahun Anggaran</label><select name="tahun" class="form-control" required>'
    '<option value="">-- Pilih Tahun Anggaran --</option>'
    + "".join(f'<option value="{int(THIS_YEAR) + n}">{int(THIS_YEAR) + n}</option>' for n in (-1, 0, 1))
    + "</select></div>"
)
_NEWS = """<h5 class="mt-4">Pengumuman</h5><ul><li>Jadwal verifikasi data penerima bantuan sosial tahap IV</li>
<li>Pemutakhiran DTKS bulan ini dibuka sampai akhir bulan</li><li>Rapat koordinasi pendamping PKH kecamatan</li></ul>"""


@dataclass
class SimonikApp:
    """SIMONIK: ``login.php`` shows ``before`` then the login form (its ``fields`` and ``buttons``, ``after`` it),
    posting to ``proses_login.php``, which wants the right credentials and the ``wanted`` fields; a wrong password
    goes back with a flash, the right one to the dashboard (or answered by ``landing``). ``daftar.php`` registers."""

    before: str = ""
    fields: str = ""
    buttons: str = _BUTTON
    after: str = ""
    form_id: str = ""
    wanted: dict[str, str] = field(default_factory=dict)
    landing: str = ""
    registered: list[str] = field(default_factory=list)
    sessions: Sessions = field(default_factory=lambda: Sessions("PHPSESSID"))

    def install(self, site: FakeSite) -> None:
        site.route("*", "/", lambda r: redirect(r, "/login.php"))
        site.route("*", "/login.php", self._form)
        site.route("*", "/proses_login.php", self._login)
        site.route("*", "/daftar.php", self._register)
        site.route("*", "/dashboard.php", self._dashboard)

    def _form(self, request: Request) -> Reply:
        _sid, session, cookies = self.sessions.get(request)
        flash = session.pop("flash", "")
        alert = f'<div class="alert alert-danger">{escape(flash)}</div>' if flash else ""
        own = f' id="{self.form_id}"' if self.form_id else ""
        return Reply(
            200,
            f"""<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>Login | SIMONIK Dinas Sosial</title>
<link rel="stylesheet" href="assets/css/bootstrap.min.css"></head><body class="bg-light"><div class="container">
<div class="row justify-content-center"><div class="col-md-5"><div class="card mt-5"><div class="card-body">
<h4 class="text-center mb-4">Login Pengguna</h4>{alert}{self.before}
<form method="post" action="proses_login.php"{own}>{_FIELDS}{self.fields}{self.buttons}</form>{self.after}
<p class="text-center mt-3">Belum punya akun? <a href="#" data-toggle="modal" data-target="#modalDaftar">Daftar</a></p>
</div></div></div></div></div><footer class="text-center small">&copy; 2026 Dinas Sosial Kota Bekasi</footer>
</body></html>""",
            cookies=cookies,
        )

    def _login(self, request: Request) -> Reply:
        sid, session, cookies = self.sessions.get(request)
        right = request.value("username") == USER and request.value("password") == PASSWORD
        if not right or any(request.value(name) != value for name, value in self.wanted.items()):
            session["flash"] = "Username atau password salah"
            return redirect(request, "/login.php", cookies)
        sid, session, cookies = self.sessions.regenerate(sid)
        session["user"] = FULL_NAME
        if self.landing:
            return Reply(200, self.landing, cookies=cookies)
        return redirect(request, "/dashboard.php", cookies)

    def _register(self, request: Request) -> Reply:
        self.registered.append(request.value("username"))
        return Reply(200, "<script>alert('Pendaftaran berhasil!');window.location='login.php';</script>")

    def _dashboard(self, request: Request) -> Reply:
        session = self.sessions.get(request)[1]
        if "user" not in session:
            return redirect(request, "/login.php")
        return Reply(
            200,
            f"""<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>Dashboard | SIMONIK</title></head>
<body><nav class="navbar"><a href="dashboard.php">SIMONIK</a><span>{escape(session["user"])}</span>
<a href="logout.php">Keluar</a></nav><div class="container"><h4>Dashboard</h4>{_NEWS}</div></body></html>""",
        )


def _check(site: FakeSite, app: SimonikApp, password: str = "") -> object:
    app.install(site)
    return check(site, SIMONIK, "/login.php", FIELDS, password, clock=lambda: AT)


APPS = {
    "register-modal-first": lambda: SimonikApp(before=_REGISTER_MODAL),
    "register-tab-first": lambda: SimonikApp(before=_REGISTER_TAB, after="</div>"),
    "register-modal-after": lambda: SimonikApp(after=_REGISTER_MODAL),
    "tahun-anggaran": lambda: SimonikApp(fields=_YEARS, wanted={"tahun": THIS_YEAR}),
    "button-outside-form": lambda: SimonikApp(
        form_id="frmLogin",
        buttons="",
        after='<div class="card-footer"><button type="submit" form="frmLogin" name="btn_login" value="1">Masuk</button>'
        "</div>",
        wanted={"btn_login": "1"},
    ),
    "guest-button-first": lambda: SimonikApp(
        buttons='<button type="submit" name="aksi" value="tamu" formnovalidate>Masuk sebagai Tamu</button>'
        '<button type="submit" name="aksi" value="login" class="btn btn-info">Masuk</button>',
        wanted={"aksi": "login"},
    ),
}


@pytest.mark.parametrize("name", list(APPS))
def test_the_login_form_is_posted_as_the_pelaksana_posts_it(site: FakeSite, name: str) -> None:
    app = APPS[name]()
    assert_logged_in(_check(site, app))
    assert app.registered == []
    assert [request.path for request in posts(site)] == ["/proses_login.php"]


@pytest.mark.parametrize("name", list(APPS))
def test_a_wrong_password_is_still_refused(site: FakeSite, secret: Secret, name: str) -> None:
    app = APPS[name]()
    assert refusal(_check(site, app, secret(WRONG))) == SAID
    assert app.registered == []
