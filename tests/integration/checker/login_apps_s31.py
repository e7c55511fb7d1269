"""A department application whose login the checker misread, as an Indonesian government vendor builds it.

``SimpegApp``: SIMPEG of the BKPSDM, CodeIgniter 3 with AdminLTE 3 and its ``csrf_test_name`` token. ``/auth/login``
posts to itself; the right password redirects to ``/dashboard`` (or answers in place with a success box above the
form), a wrong one back to the login page with its flash, or with a 429 page of its lockout. What the dashboard
shows is the test's: the dashboard, a page asking a new password (expired, or the default one of a first login),
a page saying the account has no rights to the application, or their look-alikes on a working dashboard.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html import escape

from checker_servers import FakeSite, Reply, Request, redirect
from login_apps_real_web import FULL_NAME, PASSWORD, USER, Sessions

__all__ = ["PASSWORD", "USER", "SimpegApp"]

_HEAD = (
    '<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">'
    '<title>{title}</title><link rel="stylesheet" href="/assets/adminlte/css/adminlte.min.css"></head>'
)
_FOOTER = '<footer class="main-footer small">&copy; 2026 BKPSDM Kota Bekasi</footer></body></html>'

_LOGIN = """<body class="hold-transition login-page"><div class="login-box">
<div class="login-logo"><img src="/assets/img/logo-bekasi.png" height="60"><br><b>SIMPEG</b> BKPSDM</div>
<div class="card"><div class="card-body login-card-body"><p class="login-box-msg">Silakan masuk untuk memulai sesi</p>
{above}<form action="/auth/login" method="post"><input type="hidden" name="csrf_test_name" value="{token}">
<div class="input-group mb-3"><input type="text" name="username" class="form-control" placeholder="Username"></div>
<div class="input-group mb-3"><input type="password" name="password" class="form-control" placeholder="Password"></div>
<div class="row"><div class="col-8"><div class="icheck-primary"><input type="checkbox" id="ingat" name="ingat">
<label for="ingat">Ingat saya</label></div></div><div class="col-4">
<button type="submit" class="btn btn-primary btn-block">Masuk</button></div></div></form>
<p class="mb-1 mt-3"><a href="/auth/lupa_password">Lupa password</a></p></div></div></div>"""

_STATS = """<div class="row"><div class="col-lg-3"><div class="small-box bg-info"><div class="inner"><h3>4.812</h3>
<p>Pegawai aktif</p></div></div></div><div class="col-lg-3"><div class="small-box bg-success"><div class="inner">
<h3>37</h3><p>Usulan cuti bulan ini</p></div></div></div><div class="col-lg-3"><div class="small-box bg-warning">
<div class="inner"><h3>112</h3><p>Kenaikan pangkat April</p></div></div></div></div>"""

_CHANGE_MODAL = """<div class="modal fade" id="modalPassword" tabindex="-1"><div class="modal-dialog">
<div class="modal-content"><div class="modal-header"><h5>Ganti Password</h5></div>
<div class="modal-body"><p>Password minimal 8 karakter.
Pegawai wajib mengganti password setiap 90 hari.</p><form method="post" action="/profil/password">
<input type="password" name="password_lama" class="form-control" placeholder="Password lama">
<input type="password" name="password_baru" class="form-control" placeholder="Password baru">
<input type="password" name="konfirmasi" class="form-control" placeholder="Ulangi password baru">
<button class="btn btn-primary">Simpan</button></form></div></div></div></div>"""

_NEW_PASSWORD = """<div class="card"><div class="card-body"><h4>{heading}</h4>
<div class="alert alert-warning">{said}</div><form action="/auth/ganti_password" method="post">
<input type="hidden" name="csrf_test_name" value="{token}">{fields}
<button type="submit" class="btn btn-primary btn-block">Simpan</button></form></div></div>"""
_ONE_FIELD = '<input type="password" name="password" class="form-control" placeholder="Kata sandi baru">'
_TWO_FIELDS = (
    '<input type="password" name="password_baru" class="form-control" autocomplete="new-password"'
    ' placeholder="Password baru"><input type="password" name="konfirmasi_password" class="form-control"'
    ' autocomplete="new-password" placeholder="Ulangi password baru">'
)

_NO_RIGHTS = """<section class="content"><div class="error-page"><h2 class="headline text-warning">403</h2>
<div class="error-content"><h3><i class="fas fa-exclamation-triangle text-warning"></i> Maaf!</h3>
<p>Anda tidak berhak mengakses halaman ini. Hubungi administrator BKPSDM untuk hak akses.</p></div></div></section>"""

# What the right password lands on: a title and the page's content, in the layout or alone.
LANDINGS = {
    "dashboard": ("Dashboard", _STATS),
    # A dashboard's reminder, and its change-password modal: the account works.
    "expiry-reminder": (
        "Dashboard",
        '<div class="alert alert-warning">Password Anda akan kedaluwarsa dalam 5 hari. Segera ganti password Anda.'
        "</div>" + _STATS + _CHANGE_MODAL,
    ),
    # A help text's condition, and a menu's notice drawn by a script only when clicked.
    "rights-help": (
        "Dashboard",
        '<p class="text-muted">Jika Anda tidak memiliki akses ke menu tertentu, hubungi admin BKPSDM.</p>'
        + _STATS
        + "<script>function cekAkses() { Swal.fire('Maaf', 'Anda tidak berhak mengakses menu ini', 'error'); }"
        "</script>",
    ),
    # What a dashboard says of the menus a role does not show.
    "menu-help": (
        "Dashboard",
        '<p class="text-muted">Menu yang tidak tampil berarti Anda tidak memiliki akses ke menu tersebut.</p>'
        '<div class="alert alert-info">Anda tidak memiliki hak akses untuk menu Verifikasi Cuti. Hubungi admin.'
        "</div>" + _STATS,
    ),
    "expired-one-field": (
        "Ganti Kata Sandi",
        _NEW_PASSWORD.format(
            heading="Ganti Kata Sandi",
            said="Kata sandi Anda telah kedaluwarsa. Anda wajib mengganti kata sandi sebelum melanjutkan.",
            fields=_ONE_FIELD,
            token="{token}",
        ),
    ),
    "expired-two-fields": (
        "Password Expired",
        _NEW_PASSWORD.format(
            heading="Password Expired",
            said="Password Anda sudah kadaluarsa (lebih dari 90 hari). Silakan buat password baru.",
            fields=_TWO_FIELDS,
            token="{token}",
        ),
    ),
    "first-login": (
        "Login Pertama",
        _NEW_PASSWORD.format(
            heading="Login Pertama",
            said="Demi keamanan, Anda wajib mengganti password bawaan sebelum menggunakan aplikasi.",
            fields='<input type="password" name="password_lama" class="form-control" placeholder="Password lama">'
            + _TWO_FIELDS,
            token="{token}",
        ),
    ),
    "no-rights": ("Akses Ditolak", _NO_RIGHTS),
    "no-role": (
        "Dashboard",
        '<div class="callout callout-danger"><h5>Akses ditolak</h5><p>Anda tidak memiliki hak akses ke aplikasi ini.'
        " Hubungi admin BKPSDM.</p></div>",
    ),
}

# The 429 pages of a lockout and of a plain limiter, in answer to a wrong password.
TOO_MANY = {
    "lockout": '<div class="container"><h1>429</h1><p>Terlalu banyak percobaan login. Coba lagi dalam 15 menit.</p>'
    '<a href="/auth/login">Kembali</a></div>',
    "locked-account": '<div class="container"><h3>Akun Anda terkunci</h3><p>Akun dikunci sementara karena terlalu'
    " banyak percobaan login yang gagal. Coba lagi dalam 15 menit.</p></div>",
    "limiter": '<div class="flex-center position-ref full-height"><div class="code">429</div>'
    '<div class="message">Too Many Requests</div></div>',
}


@dataclass
class SimpegApp:
    """SIMPEG: a wrong password flashes ``refused`` (or answers ``too_many``'s 429 page); the login page always
    shows ``notice``; the right password lands on ``landing`` (``LANDINGS``), alone or ``in_layout`` (AdminLTE's
    navbar with its logout and sidebar), or is answered ``in_place`` with a success box above the form."""

    refused: str = "Username atau password salah"
    notice: str = ""
    too_many: str = ""
    landing: str = "dashboard"
    in_layout: bool = True
    in_place: bool = False
    sessions: Sessions = field(default_factory=lambda: Sessions("ci_session"))

    def install(self, site: FakeSite) -> None:
        site.route("*", "/", lambda r: redirect(r, "/auth/login"))
        site.route("*", "/auth/login", lambda r: self._form(r) if r.method == "GET" else self._login(r))
        site.route("*", "/dashboard", self._dashboard)

    def _page(self, token: str, above: str = "") -> str:
        notice = f'<div class="alert alert-info"><i class="fas fa-info-circle"></i> {self.notice}</div>'
        above = (notice if self.notice else "") + above  # the rule stands first, the flash under it
        return _HEAD.format(title="SIMPEG | Log in") + _LOGIN.format(above=above, token=token) + _FOOTER

    def _form(self, request: Request) -> Reply:
        _sid, session, cookies = self.sessions.get(request)
        flash = session.pop("flash", "")
        alert = f'<div class="alert alert-danger alert-dismissible">{escape(flash)}</div>' if flash else ""
        return Reply(200, self._page(session["token"], alert), cookies=cookies)

    def _login(self, request: Request) -> Reply:
        sid, session, cookies = self.sessions.get(request)
        if request.value("csrf_test_name") != session["token"]:
            return Reply(403, "<h1>An Error Was Encountered</h1><p>The action you have requested is not allowed.</p>")
        if request.value("username") != USER or request.value("password") != PASSWORD:
            if self.too_many:
                page = _HEAD.format(title="Terlalu Banyak Percobaan") + "<body>" + TOO_MANY[self.too_many] + _FOOTER
                return Reply(429, page, {"Retry-After": "900"}, cookies)
            session["flash"] = self.refused
            return redirect(request, "/auth/login")
        sid, session, cookies = self.sessions.regenerate(sid)
        session["user"] = FULL_NAME
        if self.in_place:
            box = f'<div class="alert alert-success">Login berhasil. Selamat datang, {escape(FULL_NAME)}.</div>'
            return Reply(200, self._page(session["token"], box), cookies=cookies)
        return redirect(request, "/dashboard", cookies)

    def _dashboard(self, request: Request) -> Reply:
        session = self.sessions.get(request)[1]
        if "user" not in session:
            return redirect(request, "/auth/login")
        title, content = LANDINGS[self.landing]
        content = content.replace("{token}", session["token"])
        if self.in_layout:
            content = f"""<body class="sidebar-mini"><div class="wrapper"><nav class="main-header navbar navbar-expand">
<ul class="navbar-nav ml-auto"><li class="nav-item dropdown"><a class="nav-link" data-toggle="dropdown" href="#">
{escape(session["user"])}</a><div class="dropdown-menu"><a href="/profil" class="dropdown-item">Profil</a>
<a href="/auth/logout" class="dropdown-item">Keluar</a></div></li></ul></nav>
<aside class="main-sidebar"><ul class="nav nav-sidebar"><li><a href="/dashboard">Dashboard</a></li>
<li><a href="/pegawai">Data Pegawai</a></li><li><a href="/cuti">Cuti</a></li><li><a href="/pangkat">Kenaikan Pangkat</a>
</li></ul></aside><div class="content-wrapper"><h1>{title}</h1>{content}</div>"""
        else:
            content = f'<body class="hold-transition login-page">{content}'
        return Reply(200, _HEAD.format(title=f"SIMPEG | {title}") + content + _FOOTER)
