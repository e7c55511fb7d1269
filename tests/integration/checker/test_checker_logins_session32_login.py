"""Whole checks logging into SIMPEG and SI-ASET whose right password lands on a page that still says no in other
words: a new password asked ("… masih menggunakan password default", "The password for your account has expired"),
by a form showing the account's name read-only or in a modal the page opens and cannot close; no rights for the
account's role or level; "Otorisasi gagal"; Breeze's page asking to verify the e-mail address; an account waiting
for the admin's approval; an AJAX answer refusing only in its own keys (``"valid": false``, BPJS's ``metaData``).

Real HTTP servers on 127.0.0.1, no marker configured. Beside them, the dashboards that say these words of others or
of later (an admin's list of accounts waiting, a reminder of an expiry to come, a module card, a closable modal, a
profile page's change form), which must stay ``berhasil``: a ``gagal`` makes the whole application ``tidak_aktif``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from checker_servers import FakeSite, Reply, Request, redirect
from login_apps_frameworks import AjaxLoginApp
from login_apps_real_web import FULL_NAME, PASSWORD, USER
from login_checks import assert_logged_in, refusal
from test_checker_logins_javascript import MANUAL, stored
from test_checker_logins_real_web import WRONG
from test_checker_logins_session27 import FIELDS, check
from test_checker_logins_session31_logins2 import _STATS, DashboardApp

SIMPEG = "simpeg.bekasikota.go.id"
SIASET = "siaset.bekasikota.go.id"
EXPIRED = "kata sandi akun pemantauan kedaluwarsa, aplikasi meminta kata sandi baru: “{}”"
NO_RIGHTS = "akun pemantauan tidak berhak mengakses aplikasi: “{}”"
LOCKED = "akun pemantauan terkunci atau diblokir: “{}”"
UNVERIFIED = "alamat email akun pemantauan belum diverifikasi: “{}”"
JSON_REFUSED = "jawaban JSON formulir login menyatakan login gagal"


@dataclass
class LandingApp(DashboardApp):
    """SIMPEG whose right password lands on ``page`` alone where one is given (a notice page, Breeze's), else on the
    AdminLTE layout with ``content``."""

    page: str = ""

    def _dashboard(self, request: Request) -> Reply:
        if not self.page:
            return super()._dashboard(request)
        session = self.sessions.get(request)[1]
        if "user" not in session:
            return redirect(request, "/auth/login")
        return Reply(200, self.page.replace("{token}", session["token"]))


def _check(site: FakeSite, app: DashboardApp, password: str = "") -> object:
    app.install(site)
    return check(site, SIMPEG, "/auth/login", FIELDS, password)


_NEW_PASSWORD = """<div class="card card-warning"><div class="card-header"><h3 class="card-title">Ganti Password</h3>
</div><div class="card-body"><div class="alert alert-warning"><i class="fas fa-exclamation-triangle"></i> {said}</div>
<form action="/auth/ganti_password" method="post"><input type="hidden" name="csrf_test_name" value="{{token}}">{user}
<div class="form-group"><label>Password baru</label><input type="password" name="password_baru" class="form-control"
autocomplete="new-password"></div><div class="form-group"><label>Ulangi password baru</label>
<input type="password" name="konfirmasi_password" class="form-control" autocomplete="new-password"></div>
<button type="submit" class="btn btn-primary">Simpan Password</button></form></div></div>"""


def _new_password(said: str, user: str = "") -> str:
    return _NEW_PASSWORD.format(said=said, user=user)


@pytest.mark.parametrize(
    ("said", "quoted"),
    [
        (
            "Anda masih menggunakan password default. Silakan ganti password untuk melanjutkan.",
            "anda masih menggunakan password default",
        ),
        ("Password Anda sudah tidak berlaku. Silakan buat password baru.", "password anda sudah tidak berlaku"),
        (
            "Demi keamanan data pegawai, Anda diharuskan mengganti kata sandi sebelum melanjutkan.",
            "anda diharuskan mengganti kata sandi",
        ),
        (
            "The password for your account has expired. Please choose a new password.",
            "the password for your account has expired",
        ),
    ],
    ids=["password-default", "tidak-berlaku", "diharuskan", "english"],
)
def test_a_page_asking_a_new_password_in_other_words_is_gagal(site: FakeSite, said: str, quoted: str) -> None:
    # Was berhasil: the layout's logout, the words unread.
    event = _check(site, LandingApp(content=_new_password(said)))
    assert refusal(event) == EXPIRED.format(quoted)


@pytest.mark.parametrize(
    "user",
    [
        f'<div class="form-group"><label>Username</label><input type="text" name="username" value="{USER}"'
        ' class="form-control" readonly></div>',
        f'<input type="hidden" name="username" value="{USER}">',
    ],
    ids=["read-only", "hidden"],
)
def test_a_change_form_holding_the_username_it_is_for_still_asks_a_new_password(site: FakeSite, user: str) -> None:
    # Was berhasil: a form with the username field was taken for a login form, not the page barring the account.
    content = _new_password("Password Anda telah kedaluwarsa. Silakan buat password baru.", user)
    event = _check(site, LandingApp(content=content))
    assert refusal(event) == EXPIRED.format("password anda telah kedaluwarsa")


_MODAL = """<div class="modal fade{shown}" id="modalGantiPassword" data-backdrop="static" data-keyboard="false"
tabindex="-1"><div class="modal-dialog"><div class="modal-content"><div class="modal-header"><h5 class="modal-title">
Ganti Password</h5>{close}</div><div class="modal-body"><p>{said}</p><form action="/profil/password" method="post">
<input type="password" name="password_baru" class="form-control" placeholder="Password baru">
<input type="password" name="konfirmasi" class="form-control" placeholder="Ulangi password baru">
<button type="submit" class="btn btn-primary">Simpan</button></form></div></div></div></div>"""
_OPENS_JQUERY = "<script>$(document).ready(function () { $('#modalGantiPassword').modal('show'); });</script>"
_OPENS_BOOTSTRAP5 = (
    "<script>document.addEventListener('DOMContentLoaded', function () {"
    " new bootstrap.Modal(document.getElementById('modalGantiPassword')).show(); });</script>"
)
_CLOSE = '<button type="button" class="close" data-dismiss="modal">&times;</button>'


def _modal(said: str, opens: str, close: str = "", shown: str = "") -> str:
    return _STATS + _MODAL.format(said=said, close=close, shown=shown) + opens


@pytest.mark.parametrize(
    ("opens", "shown"),
    [(_OPENS_JQUERY, ""), (_OPENS_BOOTSTRAP5, ""), ("", " show")],
    ids=["jquery", "bootstrap-5", "shown-by-markup"],
)
def test_a_change_form_in_a_modal_the_page_opens_and_cannot_close_is_gagal(
    site: FakeSite, opens: str, shown: str
) -> None:
    # Was berhasil: a form in a modal read as one kept for later, whatever opened it.
    content = _modal("Anda wajib mengganti password bawaan sebelum menggunakan aplikasi.", opens, shown=shown)
    event = _check(site, LandingApp(content=content))
    assert refusal(event) == EXPIRED.format("anda wajib mengganti password")


_NOTICE = """<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>SIMPEG | {heading}</title>
<link rel="stylesheet" href="/assets/adminlte/css/adminlte.min.css"></head><body class="hold-transition">
<section class="content"><div class="error-page"><h2 class="headline text-warning">403</h2><div class="error-content">
<h3><i class="fas fa-exclamation-triangle text-warning"></i> {heading}</h3><p>{said}</p>
<a href="/auth/logout" class="btn btn-default">Kembali ke halaman login</a></div></div></section>
<footer class="main-footer small">&copy; 2026 BKPSDM Kota Bekasi</footer></body></html>"""


@pytest.mark.parametrize(
    ("said", "quoted"),
    [
        ("Hak akses Anda belum diatur. Hubungi administrator BKPSDM.", "hak akses anda belum diatur"),
        ("User does not have the right roles.", "user does not have the right roles"),
        ("Akun Anda belum diberi hak akses. Hubungi administrator BKPSDM.", "akun anda belum diberi hak akses"),
        ("Anda tidak memiliki hak akses ke modul ini.", "anda tidak memiliki hak akses"),
        ("You are not allowed to perform this action.", "you are not allowed to perform this action"),
        (
            "Akses ke aplikasi ini tidak diizinkan untuk level pengguna Anda.",
            "akses ke aplikasi ini tidak diizinkan untuk level pengguna anda",
        ),
    ],
    ids=["belum-diatur", "spatie-roles", "belum-diberi", "modul-ini", "yii-rbac", "level"],
)
def test_a_no_rights_notice_naming_a_role_or_a_level_is_gagal(site: FakeSite, said: str, quoted: str) -> None:
    # Was berhasil: a redirect away from the login page, to a short page with a way out.
    event = _check(site, LandingApp(page=_NOTICE.format(heading="Akses Ditolak", said=said)))
    assert refusal(event) == NO_RIGHTS.format(quoted)


@pytest.mark.parametrize(
    ("said", "quoted"),
    [
        (
            "Akses halaman ini tidak diizinkan untuk level pengguna Anda. Hubungi admin BKPSDM.",
            "akses halaman ini tidak diizinkan untuk level pengguna anda",
        ),
        (
            "Maaf, akun Anda tidak terdaftar sebagai pengguna SIMPEG. Silakan hubungi admin kepegawaian OPD.",
            "akun anda tidak terdaftar sebagai pengguna",
        ),
    ],
    ids=["level", "not-a-user"],
)
def test_a_no_rights_notice_in_the_layout_is_gagal(site: FakeSite, said: str, quoted: str) -> None:
    content = f'<div class="callout callout-danger"><h5>Akses ditolak</h5><p>{said}</p></div>'
    assert refusal(_check(site, LandingApp(content=content))) == NO_RIGHTS.format(quoted)


def test_an_otorisasi_gagal_notice_is_a_refusal(site: FakeSite) -> None:
    # Was berhasil: a redirect away from the login page, to a notice page of the app's own.
    said = "Otorisasi gagal. Silakan coba lagi atau hubungi admin BKPSDM."
    page = _NOTICE.format(heading="Maaf!", said=said).replace('href="/auth/logout"', 'href="/"')
    assert refusal(_check(site, LandingApp(page=page))) == "pesan gagal login tampil: “otorisasi gagal”"


_BREEZE_VERIFY = """<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><meta name="csrf-token"
content="{{token}}"><title>SI-Perizinan</title><link rel="stylesheet" href="/build/assets/app-4ed993c7.css"></head>
<body class="font-sans text-gray-900 antialiased"><div class="min-h-screen flex flex-col sm:justify-center items-center
pt-6 sm:pt-0 bg-gray-100"><div><a href="/"><img src="/img/logo-dpmptsp.png" class="w-20 h-20"></a></div>
<div class="w-full sm:max-w-md mt-6 px-6 py-4 bg-white shadow-md overflow-hidden sm:rounded-lg">
<div class="mb-4 text-sm text-gray-600">{said}</div><div class="mt-4 flex items-center justify-between">
<form method="POST" action="/email/verification-notification"><input type="hidden" name="_token" value="{{token}}">
<button type="submit" class="inline-flex items-center px-4 py-2 bg-gray-800 rounded-md">{resend}</button></form>
<form method="POST" action="/logout"><input type="hidden" name="_token" value="{{token}}">
<button type="submit" class="underline text-sm text-gray-600">{logout}</button></form></div></div></div>
</body></html>"""
_BREEZE_SAYS = {
    "en": (
        "Thanks for signing up! Before getting started, could you verify your email address by clicking on the link"
        " we just emailed to you? If you didn't receive the email, we will gladly send you another.",
        "Resend Verification Email",
        "Log Out",
    ),
    "id": (
        "Terima kasih telah mendaftar! Sebelum memulai, bisakah Anda memverifikasi alamat email Anda dengan mengklik"
        " tautan yang baru saja kami kirimkan melalui email kepada Anda? Jika Anda tidak menerima email tersebut, kami"
        " dengan senang hati akan mengirimkan email lainnya.",
        "Kirim Ulang Email Verifikasi",
        "Keluar",
    ),
}


@pytest.mark.parametrize(
    ("lang", "quoted"),
    [
        ("en", "before getting started, could you verify your email address"),
        ("id", "sebelum memulai, bisakah anda memverifikasi alamat email anda"),
    ],
    ids=["en", "id"],
)
def test_breezes_page_asking_to_verify_the_email_address_is_gagal(site: FakeSite, lang: str, quoted: str) -> None:
    # Was berhasil: the page's logout button. The Pelaksana cannot go further until the link is clicked.
    said, resend, logout = _BREEZE_SAYS[lang]
    page = _BREEZE_VERIFY.format(lang=lang, said=said, resend=resend, logout=logout)
    assert refusal(_check(site, LandingApp(page=page))) == UNVERIFIED.format(quoted)


@pytest.mark.parametrize("in_layout", [False, True], ids=["notice-page", "in-the-layout"])
def test_an_account_waiting_for_the_admins_approval_is_gagal(site: FakeSite, in_layout: bool) -> None:
    # Was berhasil: a redirect away from the login page, or the layout's logout.
    said = "Akun Anda sedang menunggu persetujuan admin BKPSDM. Silakan hubungi admin untuk aktivasi."
    app = (
        LandingApp(content=f'<div class="callout callout-warning"><p>{said}</p></div>')
        if in_layout
        else LandingApp(page=_NOTICE.format(heading="Menunggu Persetujuan", said=said))
    )
    assert refusal(_check(site, app)) == LOCKED.format("akun anda sedang menunggu persetujuan")


# What a working dashboard says of others' accounts, of a later expiry, of one module, or of a form kept for later.
DASHBOARDS = {
    "accounts-waiting": """<div class="card"><div class="card-header"><h3 class="card-title">Pendaftaran Akun OPD</h3>
</div><table class="table table-sm"><tr><th>Nama</th><th>OPD</th><th>Status</th></tr><tr><td>Rina Marlina</td>
<td>Dinas Kesehatan</td><td><span class="badge badge-warning">Menunggu Persetujuan</span></td></tr><tr>
<td>Agus Salim</td>
<td>Disdik</td><td>Akun menunggu persetujuan admin</td></tr></table></div>"""
    + _STATS,
    "expiry-reminder": '<div class="alert alert-warning">Password Anda akan kedaluwarsa dalam 7 hari.'
    ' <a href="/profil">Ganti sekarang</a></div>' + _STATS,
    "module-card": _STATS + '<div class="row"><div class="col-md-4"><div class="card"><div class="card-body">'
    '<h5>Keuangan</h5><p>Anda tidak memiliki akses ke modul Keuangan.</p></div></div></div><div class="col-md-4">'
    '<div class="card"><div class="card-body"><h5>Aset</h5><p>Anda tidak memiliki hak akses ke modul ini.</p></div>'
    '</div></div><div class="col-md-4">'
    '<div class="card"><div class="card-body"><h5>Kepegawaian</h5><p>12 usulan menunggu persetujuan.</p></div></div>'
    "</div></div>",
    "closable-modal": _modal(
        "Anda masih menggunakan password default. Segera ganti password Anda.", _OPENS_JQUERY, close=_CLOSE
    ),
    "profile-form": _STATS
    + f"""<div class="card"><div class="card-header">Profil</div><form action="/profil/password" method="post">
<input type="text" name="username" value="{USER}" class="form-control" readonly><input type="password"
name="password_lama" class="form-control"><input type="password" name="password_baru" class="form-control">
<button class="btn btn-primary">Simpan</button></form><p class="text-muted">Password yang sudah tidak berlaku? Pegawai
wajib mengganti password setiap 90 hari.</p></div>""",
    "help-conditions": '<p class="text-muted">Jika hak akses Anda belum diatur, atau jika akun Anda masih menunggu'
    " persetujuan, hubungi admin BKPSDM.</p>" + _STATS,
    "own-request-waiting": '<div class="card"><div class="card-body">Pengajuan cuti Anda sedang menunggu persetujuan'
    " atasan.</div></div>" + _STATS,
}


@pytest.mark.parametrize("dashboard", list(DASHBOARDS))
def test_a_dashboard_saying_these_words_of_others_or_of_later_is_logged_in(site: FakeSite, dashboard: str) -> None:
    assert_logged_in(_check(site, LandingApp(content=DASHBOARDS[dashboard])))


@dataclass
class KeyedJsonApp(AjaxLoginApp):
    """SI-ASET whose endpoint says the login's outcome in its own keys: ``refused`` for a wrong password, and
    ``succeeded`` (the dashboard's address put where it has ``"redirect": ""``) for the right one."""

    refused: dict[str, object] = field(default_factory=dict)
    succeeded: dict[str, object] = field(default_factory=lambda: {"valid": True, "redirect": ""})

    def __post_init__(self) -> None:
        self.kind = "json"

    def _check(self, request: Request) -> Reply:
        session, cookies = self.sessions.get(request)
        headers = {"Content-Type": "application/json"}
        if request.value("username") != USER or request.value("password") != PASSWORD:
            return Reply(200, json.dumps(self.refused), headers, cookies)
        session["user"] = FULL_NAME
        body = json.dumps(self.succeeded).replace('"redirect": ""', f'"redirect": "{request.origin()}/dashboard"')
        return Reply(200, body, headers, cookies)


REFUSED_JSON = {
    "valid": {"valid": False, "msg": "Data tidak ditemukan"},
    "bpjs": {"metaData": {"code": 201, "message": "Gagal"}, "response": None},
    "bpjs-string": {"metaData": {"code": "201", "message": "Gagal"}, "response": None},
}


@pytest.mark.parametrize("refused", list(REFUSED_JSON))
def test_a_json_answer_refusing_in_its_own_keys_is_gagal(site: FakeSite, tmp_path: Path, refused: str) -> None:
    # Was tidak_dapat_diperiksa: JSON whose refusal no known flag said.
    KeyedJsonApp(refused=REFUSED_JSON[refused]).install(site)
    event = check(site, SIASET, "/auth", FIELDS, password=stored(tmp_path, WRONG))
    assert refusal(event) == JSON_REFUSED


@pytest.mark.parametrize(
    "succeeded",
    [{"valid": True, "redirect": ""}, {"metaData": {"code": 200, "message": "OK"}, "response": {"redirect": ""}}],
    ids=["valid", "bpjs"],
)
def test_a_json_answer_saying_its_success_in_its_own_keys_is_followed_to_the_dashboard(
    site: FakeSite, succeeded: dict[str, object]
) -> None:
    KeyedJsonApp(succeeded=succeeded).install(site)
    assert_logged_in(check(site, SIASET, "/auth", FIELDS))
    assert any(r.path == "/dashboard" for r in site.requests)


# Narrowed after a red team: what working dashboards say in these words of one feature, of something of the account's,
# in a banner or a help, and change forms or modals the user may leave; each was read as the account barred.
_NEWS = """<div class="card"><div class="card-header"><h3 class="card-title">Pengumuman BKPSDM</h3></div>
<div class="card-body"><h5><a href="/pengumuman/412">Jadwal Uji Kompetensi JF Tahun 2026</a></h5><p>Uji kompetensi
jabatan fungsional dilaksanakan tanggal 14-16 Desember 2026 di Gedung Pusdiklat.</p><h5><a href="/pengumuman/411">
Pemutakhiran Data Mandiri Tahap II</a></h5><p>Batas akhir pemutakhiran data mandiri adalah 20 Desember 2026.</p></div>
</div>"""
_KEPT_USER = f'<input type="text" name="username" value="{USER}" class="form-control" readonly>'
_CARD_FORM = """<div class="card"><div class="card-header"><h3 class="card-title">Ganti Password</h3></div>
<div class="card-body"><form method="post" action="/profil/password">{user}<input type="password" name="password_baru"
class="form-control" placeholder="Password baru"><input type="password" name="password_ulang" class="form-control"
placeholder="Ulangi password baru"><button type="submit" class="btn btn-primary">Simpan</button></form></div></div>"""


def _card(heading: str, said: str) -> str:
    return (
        f'<div class="card"><div class="card-header"><h3 class="card-title">{heading}</h3></div><div class="card-body">'
        f"<p>{said}</p></div></div>"
    )


def _lookalike_modal(buttons: str, opens: str, user: str = _KEPT_USER) -> str:
    return (
        '<div class="modal fade" id="modalGantiPassword" data-backdrop="static" data-keyboard="false" tabindex="-1">'
        '<div class="modal-dialog"><div class="modal-content"><div class="modal-header"><h5 class="modal-title">Ganti'
        ' Password</h5></div><div class="modal-body"><p>Anda masih menggunakan password default. Silakan ganti password'
        f' Anda.</p><form method="post" action="/profil/password">{user}<input type="password" name="password_baru"'
        ' class="form-control"><button type="submit" class="btn btn-primary">Simpan</button>'
        f"{buttons}</form></div></div></div></div>{opens}"
    )


_HIDE = (
    '<button type="button" class="btn btn-secondary" onclick="$(\'#modalGantiPassword\').modal(\'hide\')">'
    "Nanti</button>"
)
_IDLE_LOCK = (
    "<script>var idle = 0; setInterval(function () { if (++idle > 15) { $('#modalGantiPassword').modal('show'); } },"
    " 60000);</script>"
)
LOOKALIKES = {
    "level-of-a-feature": _STATS
    + _card(
        "Verifikasi Arsip", "Akses ke fitur verifikasi tidak diizinkan untuk level pengguna Anda (Operator Bidang)."
    ),
    "rights-of-one-module": _STATS
    + _card("Modul TPP", "Hak akses Anda belum diatur untuk modul TPP. Ajukan melalui admin OPD."),
    "yii-flash-of-one-action": '<div class="alert alert-warning">Hapus arsip: You are not allowed to perform this'
    " action.</div>" + _STATS,
    "another-apps-tile": _STATS
    + _card("Aplikasi Lain (SSO)", "Akun Anda tidak terdaftar sebagai pengguna aplikasi SIPD; gunakan akun terpisah."),
    "module-card-alone": _STATS + _card("Laporan Keuangan", "Anda tidak memiliki akses ke modul ini."),
    "change-request-waiting": '<div class="alert alert-info">Pengajuan perubahan data akun Anda sedang menunggu'
    " persetujuan admin BKPSDM.</div>" + _STATS + _NEWS,
    "photo-not-approved": _STATS
    + _card("Profil", "Foto profil akun Anda belum disetujui admin, foto lama tetap dipakai."),
    "role-not-approved": _STATS
    + _card("Akun", "Level pengguna: Operator. Status akun: Aktif. Akun Anda belum disetujui sebagai Verifikator."),
    "verify-email-banner": '<div class="alert alert-warning alert-dismissible"><button type="button" class="close"'
    ' data-dismiss="alert">&times;</button>Before proceeding, please check your email for a verification link.'
    ' <a href="/email/resend">Resend</a></div>' + _STATS,
    "verify-email-faq": _STATS
    + _card(
        "FAQ",
        "Muncul tulisan “Sebelum melanjutkan, silakan periksa email Anda untuk tautan verifikasi”? Klik tautan pada"
        " email dari noreply@bekasikota.go.id.",
    ),
    "modal-hidden-by-a-button": _STATS + _NEWS + _lookalike_modal(_HIDE, _OPENS_JQUERY),
    "modal-left-by-a-link": _STATS
    + _NEWS
    + _lookalike_modal('<a href="/dashboard?lewati=1" class="btn btn-link">Lewati untuk sekarang</a>', _OPENS_JQUERY),
    "modal-shut-by-options": _STATS
    + _NEWS
    + _lookalike_modal("", "<script>$('#modalGantiPassword').modal({backdrop: 'static', show: false});</script>"),
    "modal-of-an-idle-timer": _STATS
    + _NEWS
    + _lookalike_modal("", _IDLE_LOCK, f'<input type="hidden" name="username" value="{USER}">'),
    "card-with-the-username-beside-news": '<div class="callout callout-warning"><p>Password Anda sudah tidak berlaku'
    " sejak 01-12-2026. Mohon segera perbarui.</p></div>" + _STATS + _CARD_FORM.format(user=_KEPT_USER) + _NEWS,
    "policy-every-90-days": '<div class="callout callout-info"><p>Anda perlu mengganti password secara berkala'
    " setiap 90 hari.</p></div>" + _STATS + _CARD_FORM.format(user="") + _NEWS,
    "expiry-in-days": '<div class="callout callout-warning"><p>Password Anda sudah tidak berlaku dalam 5 hari lagi.</p>'
    "</div>" + _STATS + _CARD_FORM.format(user="") + _NEWS,
}


@pytest.mark.parametrize("dashboard", list(LOOKALIKES))
def test_a_dashboard_saying_these_words_of_a_part_or_for_later_is_logged_in(site: FakeSite, dashboard: str) -> None:
    assert_logged_in(_check(site, LandingApp(content=LOOKALIKES[dashboard])))


@pytest.mark.parametrize(
    "succeeded",
    [
        {"metaData": {"code": "00", "message": "Sukses"}, "response": {"redirect": ""}},
        {"metadata": {"code": 1, "message": "Login berhasil"}, "response": {"redirect": ""}},
        {"status": "success", "redirect": "", "valid": False, "captcha": "not_required"},
    ],
    ids=["code-00", "code-1", "valid-of-a-captcha"],
)
def test_a_json_success_beside_other_codes_or_flags_is_followed_to_the_dashboard(
    site: FakeSite, succeeded: dict[str, object]
) -> None:
    KeyedJsonApp(succeeded=succeeded).install(site)
    assert_logged_in(check(site, SIASET, "/auth", FIELDS))


# Narrowed after a second red team: a JSON answer to a wrong password whose flags disagree. After a third, such
# flags leave it unread (it was gagal): beside a success flag ``"valid": false`` may say a password policy's warning.
@pytest.mark.parametrize(
    ("refused", "succeeded"),
    [
        ({"status": True, "valid": False}, {"status": True, "valid": True, "redirect": ""}),
        ({"login": True, "valid": False, "pesan": ""}, {"login": True, "valid": True, "redirect": ""}),
        ({"status": 1, "valid": "0"}, {"status": 1, "valid": "1", "redirect": ""}),
        ({"status": 1, "valid": "FALSE"}, {"status": 1, "valid": "TRUE", "redirect": ""}),
        ({"success": True, "valid": "no"}, {"success": True, "valid": "yes", "redirect": ""}),
    ],
    ids=["status-processed", "login-processed", "php-string-0", "upper-case", "no"],
)
def test_a_json_answer_processed_but_not_valid_is_not_logged_in(
    site: FakeSite, tmp_path: Path, refused: dict[str, object], succeeded: dict[str, object]
) -> None:
    # Was berhasil: ``"valid"`` was read only where no other flag was, and ``"status": true`` said success.
    KeyedJsonApp(refused=refused, succeeded=succeeded).install(site)
    event = check(site, SIASET, "/auth", FIELDS, password=stored(tmp_path, WRONG))
    assert (event.availability, event.login.result, event.login.reason) == (
        "aktif",
        "tidak_dapat_diperiksa",
        f"jawaban formulir login berupa data JSON untuk JavaScript, bukan halaman: {MANUAL}",
    )


# Narrowed after a third red team: ``"valid": false`` beside a success flag, ``"code": 200`` or "Login berhasil",
# with the dashboard's address under other keys or none (the page's script sends the browser on).
VALID_FALSE_SUCCEEDED = {
    "password-policy": {
        "status": True,
        "valid": False,
        "message": "Login berhasil. Password Anda belum memenuhi kebijakan keamanan, silakan ganti.",
    },
    "level": {"success": True, "valid": False, "level": "operator", "message": "Login berhasil"},
    "code-200": {
        "code": 200,
        "valid": False,
        "message": "Login berhasil",
        "data": {"token": "9f2c41e0", "nama": "Budi"},
    },
    "link": {"status": "success", "valid": False, "link": "", "message": "Selamat datang"},
    "goto": {"sukses": True, "valid": False, "goto": ""},
    "result": {"status": True, "valid": False, "result": {"redirect": "", "level": "admin"}},
    "redirectTo": {"success": True, "valid": False, "redirectTo": "", "target": "_self"},
    "target": {"status": True, "valid": False, "target": ""},
}


@pytest.mark.parametrize("succeeded", list(VALID_FALSE_SUCCEEDED))
def test_a_json_success_beside_valid_false_is_logged_in(site: FakeSite, succeeded: str) -> None:
    # Was gagal: ``"valid": false`` refused beside any flag where no redirect was read.
    body = json.dumps(VALID_FALSE_SUCCEEDED[succeeded])
    KeyedJsonApp(succeeded=json.loads(body.replace('""', '"/dashboard"'))).install(site)
    assert_logged_in(check(site, SIASET, "/auth", FIELDS))


def test_a_bare_valid_false_still_refuses(site: FakeSite, tmp_path: Path) -> None:
    KeyedJsonApp(refused={"valid": "0", "pesan": ""}, succeeded={"valid": "1", "redirect": ""}).install(site)
    event = check(site, SIASET, "/auth", FIELDS, password=stored(tmp_path, WRONG))
    assert refusal(event) == JSON_REFUSED


_PORTAL = """<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>{title}</title></head><body>
<nav class="navbar"><a href="/">{title}</a> <span>{name}</span> <a href="/auth/logout">Keluar</a></nav>
<div class="container"><div class="row">{tiles}</div></div></body></html>"""


def _tile(heading: str, said: str) -> str:
    return f'<div class="col-md-4"><div class="card"><div class="card-body"><h5>{heading}</h5>{said}</div></div></div>'


def _timeline(*steps: str) -> str:
    items = "".join(
        f'<div><i class="fas fa-user bg-blue"></i><div class="timeline-item"><span class="time">{when}</span>'
        f'<div class="timeline-body">{said}</div></div></div>'
        for when, said in steps
    )
    return (
        '<div class="card"><div class="card-header"><h3 class="card-title">Riwayat Akun</h3></div>'
        f'<div class="card-body"><div class="timeline">{items}</div></div></div>'
    )


_BREEZE_DASHBOARD = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>SI-Pangan</title></head>
<body class="font-sans antialiased"><div class="min-h-screen bg-gray-100"><nav class="bg-white border-b">
<a href="/dashboard">Dashboard</a><form method="POST" action="/logout"><input type="hidden" name="_token"
value="{token}"><button type="submit">Log Out</button></form></nav><header class="bg-white shadow"><h2
class="font-semibold text-xl">Dashboard</h2></header><main><div class="py-12"><div class="max-w-7xl mx-auto">
<div class="mb-4 p-4 bg-yellow-50 text-sm text-yellow-800">Thanks for signing up! Before getting started, could you
verify your email address by clicking on the link we just emailed to you?
<form method="POST" action="/email/verification-notification"><input type="hidden" name="_token" value="{token}">
<button type="submit" class="underline">Resend Verification Email</button></form></div>
<div class="bg-white shadow-sm sm:rounded-lg"><div class="p-6 text-gray-900">You're logged in!</div></div></div></div>
</main></div></body></html>"""
SAID_ELSEWHERE = {
    "timeline": _STATS
    + _timeline(
        ("2 Des 2026", "Akun Anda telah diverifikasi oleh Admin BKPSDM."),
        ("28 Nov 2026", "Akun Anda menunggu verifikasi admin."),
    )
    + _NEWS,
    "status-legend": _STATS
    + '<div class="card"><div class="card-header"><h3 class="card-title">Keterangan Status Akun Pemohon</h3></div>'
    '<table class="table"><tr><td><span class="badge badge-warning">Menunggu</span></td><td>Akun Anda menunggu'
    ' verifikasi operator.</td></tr><tr><td><span class="badge badge-success">Aktif</span></td><td>Akun Anda dapat'
    " mengajukan layanan.</td></tr></table></div>" + _NEWS,
    "faq-heading": _STATS
    + '<div class="card"><div class="card-header"><h3 class="card-title">Bantuan</h3></div><div class="card-body">'
    '<div id="faq"><a data-toggle="collapse" href="#faq1"><strong>Akun Anda menunggu aktivasi</strong></a>'
    '<div id="faq1" class="collapse"><p>Aktivasi dilakukan admin BKPSDM paling lambat 2 hari kerja setelah'
    " pendaftaran.</p></div></div></div></div>" + _NEWS,
    "template-quoted": _STATS
    + _card("Template Pesan WhatsApp", "Pesan yang dikirim ke pendaftar baru:")
    + "<blockquote><p>Akun Anda sedang menunggu persetujuan admin.</p></blockquote>"
    + _NEWS,
    "expiry-on-a-date-to-come": '<div class="callout callout-info"><p>Kata sandi Anda kedaluwarsa pada 31-12-2026 (26'
    " hari lagi).</p></div>" + _STATS + _CARD_FORM.format(user="") + _NEWS,
    "expired-asked": "<p>Password expires on 31 December 2026. Your password expired? Change it below.</p>"
    + _STATS
    + _CARD_FORM.format(user="")
    + _NEWS,
    "rule-first-login": _card(
        "Ketentuan Penggunaan",
        "Data kepegawaian bersifat rahasia. Anda wajib mengganti password default pada login pertama.",
    )
    + _STATS
    + _CARD_FORM.format(user="")
    + _NEWS,
    "rule-months": _card("Kebijakan Kata Sandi", "Anda harus mengganti kata sandi minimal tiga bulan satu kali.")
    + _STATS
    + _CARD_FORM.format(user="")
    + _NEWS,
    "rule-public-computer": _card(
        "Tips Keamanan", "Anda perlu mengganti kata sandi apabila pernah login di komputer umum."
    )
    + _STATS
    + _CARD_FORM.format(user="")
    + _NEWS,
}
SHORT_PAGES = {
    "portal-tile-of-a-module": _PORTAL.format(
        title="Portal ASN Kota Bekasi",
        name=FULL_NAME,
        tiles=_tile("SIMPEG", '<a href="/simpeg" class="btn btn-primary">Buka</a>')
        + _tile("e-Kinerja", '<a href="/ekinerja" class="btn btn-primary">Buka</a>')
        + _tile("SIPD", "<p>Anda tidak memiliki hak akses ke modul ini.</p>")
        + "<p>Mohon maaf, e-Cuti sedang pemeliharaan.</p>",
    ),
    "stat-card-403": _PORTAL.format(
        title="e-Surat | Beranda",
        name=FULL_NAME,
        tiles='<div class="col-md-4"><div class="small-box"><h5>403</h5><p>Surat Keluar 2026</p></div></div>'
        + _tile("Disposisi", "<p>Hak akses Anda belum diatur oleh administrator.</p>")
        + _tile("Surat Masuk", '<a href="/surat-masuk">Buka</a>'),
    ),
    "breeze-dashboard-with-a-verify-box": _BREEZE_DASHBOARD,
}


@pytest.mark.parametrize("dashboard", list(SAID_ELSEWHERE))
def test_a_dashboard_saying_these_words_of_the_past_a_rule_or_others_is_logged_in(
    site: FakeSite, dashboard: str
) -> None:
    assert_logged_in(_check(site, LandingApp(content=SAID_ELSEWHERE[dashboard])))


@pytest.mark.parametrize("page", list(SHORT_PAGES))
def test_a_short_page_with_a_tile_refusing_beside_others_is_logged_in(site: FakeSite, page: str) -> None:
    assert_logged_in(_check(site, LandingApp(page=SHORT_PAGES[page])))


def test_laravel_uis_verify_page_in_its_indonesian_translation_is_gagal(site: FakeSite) -> None:
    said = "Sebelum melanjutkan, periksa email Anda untuk tautan verifikasi. Jika Anda tidak menerima email tersebut,"
    page = _BREEZE_VERIFY.format(lang="id", said=said, resend="klik di sini untuk meminta lagi", logout="Keluar")
    quoted = "sebelum melanjutkan, periksa email anda untuk tautan verifikasi"
    assert refusal(_check(site, LandingApp(page=page))) == UNVERIFIED.format(quoted)


def test_a_no_rights_page_headed_only_by_its_title_is_gagal(site: FakeSite) -> None:
    page = _PORTAL.format(title="403 Forbidden", name=FULL_NAME, tiles="<h3>Hak akses Anda belum diatur.</h3>")
    assert refusal(_check(site, LandingApp(page=page))) == NO_RIGHTS.format("hak akses anda belum diatur")
