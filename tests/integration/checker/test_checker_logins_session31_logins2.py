"""Whole checks logging into SIMPEG whose working dashboards the checker read as a barred account, and logins it
misread otherwise, as a red team found them after the twelfth round's rules on locks, expiry and rights.

Real HTTP servers on 127.0.0.1, no marker configured. The right password lands on a dashboard that works: a help
card's question or rule on locking, a banner the user may close, a card saying one report is not the user's, a
reminder of an expiry to come, an admin's list of others' expired passwords; its logout a Yii form or a native PHP
script. Each must be ``berhasil``: a ``gagal`` makes the whole application ``tidak_aktif``.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

import pytest
from checker_servers import FakeSite, Reply, Request, redirect
from login_apps_real_web import USER
from login_apps_s31 import SimpegApp
from login_checks import WRONG, Secret, assert_logged_in, refusal
from test_checker_logins_session27 import FIELDS, check

SIMPEG = "simpeg.bekasikota.go.id"
LOCKED = "akun pemantauan terkunci atau diblokir: “{}”"
KELUAR = '<a href="/auth/logout" class="dropdown-item"><i class="fas fa-sign-out-alt mr-2"></i> Keluar</a>'

_STATS = """<div class="row"><div class="col-lg-3"><div class="small-box bg-info"><div class="inner"><h3>4.812</h3>
<p>Pegawai Aktif</p></div></div></div><div class="col-lg-3"><div class="small-box bg-success"><div class="inner">
<h3>37</h3><p>Usulan Cuti</p></div></div></div><div class="col-lg-3"><div class="small-box bg-warning">
<div class="inner"><h3>112</h3><p>KGB Bulan Ini</p></div></div></div><div class="col-lg-3">
<div class="small-box bg-danger">
<div class="inner"><h3>9</h3><p>Pensiun 2027</p></div></div></div></div>"""
_CLOSE = '<button type="button" class="close" data-dismiss="alert">&times;</button>'
_CHANGE_FORM = """<div class="card"><div class="card-header"><h3 class="card-title">Ganti Password</h3></div>
<form method="post" action="/profil/password"><div class="card-body"><input type="password" name="password_lama"
class="form-control" placeholder="Password lama"><input type="password" name="password_baru" class="form-control"
placeholder="Password baru"></div><div class="card-footer"><button class="btn btn-primary">Simpan</button></div></form>
</div>"""

# What a working dashboard shows beside its cards, which the checker read as the account barred.
DASHBOARDS = {
    "lock-question": _STATS + '<div class="card"><div class="card-header"><h3 class="card-title">Bantuan</h3></div>'
    '<div class="card-body"><p><b>Akun Anda terkunci?</b> Hubungi operator kepegawaian di perangkat daerah masing-'
    "masing atau helpdesk BKPSDM (ext. 214).</p><p><b>Lupa kata sandi?</b> Gunakan menu Lupa Kata Sandi pada halaman"
    " login.</p></div></div>",
    "lock-rule": _STATS + '<p class="text-muted small">Akun Anda terkunci otomatis setelah 3 kali salah memasukkan'
    " kata sandi.</p>",
    "idle-rule": _STATS + '<div class="card"><div class="card-header">Kebijakan Keamanan</div><div class="card-body">'
    "<ol><li>Ganti kata sandi secara berkala.</li></ol><p>Akun Anda dinonaktifkan otomatis jika tidak login selama 90"
    " hari.</p></div></div>",
    "english-condition": _STATS + '<div class="card"><div class="card-body"><h5>Help</h5><p>If your account is locked'
    " after several failed attempts, please contact the BKPSDM helpdesk.</p></div></div>",
    "not-verified-banner": f'<div class="alert alert-warning alert-dismissible">{_CLOSE}Akun Anda belum diverifikasi'
    " oleh atasan langsung. Anda tetap dapat mengisi SKP dan laporan harian.</div>" + _STATS,
    "role-not-held": _STATS + '<div class="alert alert-info">Akun Anda belum aktif sebagai Pejabat Penilai. Penilaian'
    " SKP bawahan dilakukan oleh atasan langsung.</div>",
    "role-count": '<div class="row"><div class="col-lg-3"><div class="small-box bg-info"><div class="inner"><h3>1.204'
    f'</h3><p>Akun {USER.title()} Aktif</p></div></div></div><div class="col-lg-3"><div class="small-box bg-danger">'
    f'<div class="inner"><h3>4</h3><p>Akun {USER.title()} Dinonaktifkan</p></div></div></div></div>',
    "report-card": '<div class="row"><div class="col-md-4"><div class="card"><div class="card-body"><h4>Rekap'
    ' Kehadiran</h4><p>98,2%</p></div></div></div><div class="col-md-4"><div class="card"><div class="card-body"><h4>'
    'Laporan Keuangan</h4><p class="text-muted"><i class="fas fa-lock"></i> Anda tidak memiliki akses ke laporan'
    " keuangan.</p></div></div></div></div>",
    "benefit-card": '<div class="row"><div class="col-md-4"><div class="card"><div class="card-body"><h5>Capaian SKP'
    '</h5><h3>87,5</h3></div></div></div><div class="col-md-4"><div class="card"><div class="card-body"><h5>TPP'
    ' November 2026</h5><p class="text-danger">Anda tidak berhak menerima TPP bulan ini karena laporan harian belum'
    " lengkap.</p></div></div></div></div>",
    "english-card": '<div class="row"><div class="col-md-6"><div class="card"><div class="card-body"><h5>Audit Log</h5>'
    '<p>You do not have permission to view the audit log.</p></div></div></div><div class="col-md-6"><div class="card">'
    '<div class="card-body"><h5>My Tasks</h5><p>3 pending</p></div></div></div></div>',
    "expiry-in-days": f'<div class="alert alert-warning alert-dismissible">{_CLOSE}Masa berlaku password Anda habis'
    " dalam 3 hari. Silakan ganti password melalui form di bawah.</div>" + _STATS + _CHANGE_FORM,
    "expiry-date": _STATS + '<div class="card"><p class="px-3">Masa berlaku kata sandi Anda berakhir pada 02-03-2027.'
    '</p></div><div class="card"><form method="post" action="/gaji/slip"><p>Masukkan kata sandi Anda untuk membuka slip'
    ' gaji.</p><input type="password" name="konfirmasi_password" class="form-control"><button class="btn">Buka Slip'
    "</button></form></div>",
    "expiry-renewed": _STATS
    + '<div class="card"><div class="card-header">Riwayat Notifikasi</div><div class="card-body">'
    '<div class="timeline"><div><span class="time">05-09-2026</span> Kata sandi Anda telah kedaluwarsa dan telah'
    ' diperbarui.</div><div><span class="time">12-11-2026</span> Usulan KGB disetujui.</div></div></div></div>'
    + _CHANGE_FORM,
    "others-expired": _STATS + '<div class="card"><div class="card-header"><h3 class="card-title">Pegawai dengan'
    ' Password Kedaluwarsa</h3></div><table class="table"><tr><th>NIP</th><th>Nama</th></tr><tr>'
    '<td>197912102005011003</td><td>Siti Aminah</td></tr></table></div><div class="card"><div class="card-header">Reset'
    ' Password Pegawai</div><form method="post" action="/pengguna/reset"><select name="nip" class="form-control">'
    '<option value="197912102005011003">Siti Aminah</option></select><input type="password" name="password_baru"'
    ' class="form-control"><button class="btn btn-warning">Reset</button></form></div>',
    "default-banner": f'<div class="alert alert-danger alert-dismissible">{_CLOSE}Anda wajib mengganti password'
    " default Anda demi keamanan data kepegawaian.</div>" + _STATS + _CHANGE_FORM,
    "default-collapse": '<div class="alert alert-info">Segera ganti password default Anda. <a data-toggle="collapse"'
    ' href="#gantiPw">Ganti sekarang</a></div><div class="collapse" id="gantiPw"><form method="post"'
    ' action="/profil/password"><p>Anda harus mengganti password bawaan.</p><input type="password" name="baru">'
    "<button>Simpan</button></form></div>" + _STATS,
}

# Logouts the checker did not know: Yii 2's form posting to its route, a native PHP script's.
LOGOUTS = {
    "yii": '<form action="/index.php?r=site%2Flogout" method="post"><input type="hidden" name="_csrf" value="abc">'
    '<button type="submit" class="btn btn-link logout">Logout (pelaksana)</button></form>',
    "native-php": '<a href="proses_logout.php" class="btn btn-default"><i class="fas fa-door-open"></i> Log Out'
    " Sistem</a>",
}
_ACTIVITY = """<div class="card"><div class="card-header"><h3 class="card-title">Aktivitas Login Terakhir</h3></div>
<table class="table table-sm"><tr><th>Waktu</th><th>Pengguna</th><th>Keterangan</th></tr><tr><td>05-12-2026 07:58</td>
<td>opd_dinkes</td><td>Password salah</td></tr><tr><td>05-12-2026 08:10</td><td>opd_disdik</td>
<td>Username atau password salah</td></tr></table></div>
<div class="card"><div class="card-header">Notifikasi</div><ul><li>Akun 198703122010011002 terkunci karena 5 kali gagal
login</li><li>Akun budi.santoso dinonaktifkan oleh admin</li></ul></div>"""


@dataclass
class DashboardApp(SimpegApp):
    """SIMPEG whose right password lands on the AdminLTE layout with ``content`` and the ``logout`` given."""

    content: str = _STATS
    logout: str = KELUAR

    def _dashboard(self, request: Request) -> Reply:
        session = self.sessions.get(request)[1]
        if "user" not in session:
            return redirect(request, "/auth/login")
        page = f"""<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>SIMPEG | Dashboard</title></head>
<body class="sidebar-mini"><div class="wrapper"><nav class="main-header navbar navbar-expand"><ul class="navbar-nav">
<li class="nav-item"><a href="/dashboard" class="nav-link">Beranda</a></li></ul><ul class="navbar-nav ml-auto">
<li class="nav-item dropdown user-menu"><a href="#" class="nav-link dropdown-toggle" data-toggle="dropdown">
{escape(session["user"])}</a><div class="dropdown-menu"><a href="/profil" class="dropdown-item">Profil</a>{self.logout}
</div></li></ul></nav><aside class="main-sidebar"><ul class="nav nav-sidebar"><li><a href="/dashboard">Dashboard</a>
</li><li><a href="/pegawai">Data Pegawai</a></li><li><a href="/cuti">Cuti</a></li><li><a href="/kgb">Kenaikan Gaji
Berkala</a></li></ul></aside><div class="content-wrapper"><div class="content-header"><h1>Dashboard</h1></div>
<section class="content">{self.content}</section></div><footer class="main-footer">&copy; 2026 BKPSDM Kota Bekasi
</footer></div></body></html>"""
        return Reply(200, page)


def _check(site: FakeSite, app: SimpegApp, password: str = "") -> object:
    app.install(site)
    return check(site, SIMPEG, "/auth/login", FIELDS, password)


@pytest.mark.parametrize("dashboard", list(DASHBOARDS))
def test_a_working_dashboard_saying_lock_expiry_or_rights_words_is_logged_in(site: FakeSite, dashboard: str) -> None:
    # Was gagal (locked, expired or without rights), the whole application tidak_aktif.
    assert_logged_in(_check(site, DashboardApp(content=DASHBOARDS[dashboard])))


@pytest.mark.parametrize("logout", list(LOGOUTS))
def test_a_dashboard_with_a_yii_or_native_php_logout_is_logged_in(site: FakeSite, logout: str) -> None:
    # Was "pesan gagal login tampil: “username atau password salah”": the logout unseen, the activity log read as
    # the answer's refusal.
    assert_logged_in(_check(site, DashboardApp(content=_STATS + _ACTIVITY, logout=LOGOUTS[logout])))


@pytest.mark.parametrize(
    ("flash", "locked"),
    [
        ("Password salah. Akun Anda ditangguhkan selama 30 menit.", "akun anda ditangguhkan"),
        ("Login gagal! Akun Anda dibekukan sementara.", "akun anda dibekukan"),
        ("Kredensial tidak valid. Akun Anda sedang di-suspend.", "akun anda sedang di-suspend"),
    ],
    ids=["ditangguhkan", "dibekukan", "di-suspend"],
)
def test_a_suspension_told_with_the_refusal_is_the_accounts_lock(
    site: FakeSite, secret: Secret, flash: str, locked: str
) -> None:
    # Was the refusal: a suspended account, which someone must lift, read as a wrong password.
    assert refusal(_check(site, SimpegApp(refused=flash), secret(WRONG))) == LOCKED.format(locked)


def test_a_login_pages_question_on_locks_is_no_lock(site: FakeSite, secret: Secret) -> None:
    # Was "akun pemantauan terkunci atau diblokir: “akun terkunci”": the login page's help read as the answer.
    app = SimpegApp(refused="Kredensial tidak valid", notice="Akun terkunci? Hubungi admin BKPSDM.")
    assert refusal(_check(site, app, secret(WRONG))) == "pesan gagal login tampil: “kredensial tidak valid”"
