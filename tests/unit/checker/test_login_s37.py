"""Form login's pure core on the login pages a prober of Bekasi's frameworks found misread: an app whose login is
its root greeting who signed in there, a NIP used as the username written in its groups, a registry naming a field
the form spells otherwise, an image code labelled beside its field, and an account's state in words the rules lacked."""

from __future__ import annotations

import pytest

from pantau_checker.core import login
from pantau_common.registry.model import LoginSpec

ORIGIN = "https://siabsen.bekasikota.go.id"
NIP = "199003152015031004"
SPEC = LoginSpec(
    url=f"{ORIGIN}/",
    username_field="username",
    password_field="password",
    username_secret="env:PANTAU_APP_SECRET_SIABSEN_USER",
    password_secret="env:PANTAU_APP_SECRET_SIABSEN_PASS",
)
NIP_SPEC = LoginSpec(
    url=f"{ORIGIN}/login",
    username_field="nip",
    password_field="password",
    username_secret="env:PANTAU_APP_SECRET_SIKEP_NIP",
    password_secret="env:PANTAU_APP_SECRET_SIKEP_PASS",
)
STATS = """<div class="row"><div class="col-lg-3"><div class="small-box bg-info"><h3>1.204</h3><p>Pegawai aktif</p>
</div></div><div class="col-lg-3"><div class="small-box bg-success"><h3>87</h3><p>Usulan kenaikan pangkat</p></div>
</div></div><h5>Pengumuman</h5><ul><li>Batas unggah SKP tahunan 31 Januari</li>
<li>Pemutakhiran data keluarga pegawai dibuka</li></ul>"""


def dashboard(heading: str, content: str = STATS, nav: str = "") -> str:
    """Return a vendor's dashboard without a logout link (its menu drawn by a script)."""
    return f"""<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>Beranda | SIABSEN</title></head>
<body><header class="topbar"><span class="brand">SIABSEN</span>{nav}</header>
<div class="container"><h3>{heading}</h3>{content}</div>
<footer class="small">&copy; 2026 Pemerintah Kota Bekasi</footer>
<script src="/assets/js/app.js"></script></body></html>"""


def login_page(form: str, alert: str = "") -> str:
    return f"""<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>Login | SIABSEN</title></head>
<body class="bg-light"><div class="container"><div class="card mt-5"><div class="card-body">
<h4 class="text-center mb-3">SIABSEN</h4>{alert}{form}
<p class="mt-3 small"><a href="/lupa-password">Lupa password?</a></p>
</div></div></div><footer class="text-center small">&copy; 2026 Pemerintah Kota Bekasi</footer></body></html>"""


# --- an app whose login page is its root, greeting who signed in there ----------------------------------------


def back_at_root(body: str) -> login.Answer:
    """The answer to the post: a redirect back to the root, the login page's address, showing ``body``."""
    return login.Answer(
        200, f"{ORIGIN}/", body, True, (f"{ORIGIN}/", f"{ORIGIN}/proses_login.php"), username="pelaksana"
    )


@pytest.mark.parametrize(
    "body",
    [
        dashboard("Selamat datang, Budi Santoso, S.Kom"),
        dashboard("Dashboard", nav='<a href="#" id="userDropdown" class="nav-link">Budi Santoso, S.Kom</a>'),
    ],
    ids=["greeting", "user-menu"],
)
def test_the_root_the_form_gone_greeting_who_signed_in_is_logged_in(body: str) -> None:
    assert login.decide(SPEC, back_at_root(body)) == login.LoginResult("berhasil")


def test_the_root_the_form_gone_greeting_no_one_is_still_back_at_the_login() -> None:
    result = login.decide(SPEC, back_at_root(dashboard("Dashboard")))
    assert (result.result, result.reason) == ("gagal", "dialihkan kembali ke halaman login")


def test_the_root_a_public_page_greeting_visitors_and_offering_the_login_is_not_logged_in() -> None:
    body = dashboard("Selamat datang, Warga Kota Bekasi", nav='<a href="/login" class="btn">Login</a>')
    assert login.decide(SPEC, back_at_root(body)).result == "gagal"


# --- a NIP used as the username, written in its groups -------------------------------------------------------


def in_place(body: str, username: str = NIP) -> login.Answer:
    """The answer to the post, in place (no redirect), showing ``body``."""
    return login.Answer(200, f"{ORIGIN}/login", body, False, (f"{ORIGIN}/login",), username=username)


@pytest.mark.parametrize("written", ["NIP. 19900315 201503 1 004", "NIP: 19900315.201503.1.004", f"NIP {NIP}"])
def test_the_username_nip_written_in_its_groups_is_the_user_shown(written: str) -> None:
    body = dashboard("Beranda Pegawai", f'<div class="profile"><b>Budi Santoso</b><br>{written}</div>{STATS}')
    assert login.decide(NIP_SPEC, in_place(body)) == login.LoginResult("berhasil")


@pytest.mark.parametrize("written", ["NIP. 19900315 201503 1 005", "No. 1199003152015031004", "NIP 199003152015031"])
def test_another_number_is_not_the_user_shown(written: str) -> None:
    body = dashboard("Beranda Pegawai", f'<div class="profile">{written}</div>{STATS}')
    assert login.decide(NIP_SPEC, in_place(body)).result == "gagal"


def test_a_short_numeric_username_is_matched_whole_not_in_groups() -> None:
    body = dashboard("Beranda", f'<div class="profile">Kode 12 34</div>{STATS}')
    assert login.decide(NIP_SPEC, in_place(body, username="1234")).result == "gagal"


# --- a page answered in place, greeting who signed in -----------------------------------------------------------


@pytest.mark.parametrize(
    "greeting",
    [
        "Halo, Budi Santoso",
        "Hai, Budi Santoso!",
        "Selamat pagi, Budi Santoso",
        "Selamat Datang Budi Santoso",
        "Welcome, Budi Santoso",
    ],
)
def test_a_page_in_place_greeting_who_signed_in_is_logged_in(greeting: str) -> None:
    answer = in_place(dashboard(greeting), username="pelaksana")
    assert login.decide(SPEC, answer) == login.LoginResult("berhasil")


@pytest.mark.parametrize(
    "greeting",
    [
        "Halo, selamat datang di SIABSEN",
        "Hai, Sobat ASN!",
        "Selamat Datang di Sistem Absensi",
        "Selamat Datang Bapak/Ibu",
    ],
)
def test_a_page_in_place_greeting_no_one_is_no_sign(greeting: str) -> None:
    answer = in_place(dashboard(greeting), username="pelaksana")
    assert login.decide(SPEC, answer).result == "gagal"


# --- the registry names a field the form spells otherwise ----------------------------------------------------

_EMAIL_FORM = """<form action="/login" method="post"><input type="hidden" name="_token" value="t0k3n">
<div class="form-group"><label for="inputEmail">Email</label><input type="email" class="form-control" id="inputEmail"
name="email" required></div><div class="form-group"><label for="inputPassword">Password</label>
<input type="password" class="form-control" id="inputPassword" name="password" required></div>
{extra}<button type="submit" class="btn btn-primary btn-block">Masuk</button></form>"""


def test_the_one_field_beside_the_password_takes_the_username_the_registry_names_otherwise() -> None:
    form = login.find_form(login_page(_EMAIL_FORM.format(extra="")), f"{ORIGIN}/login", SPEC)
    assert form.names == ("email", "password")
    sent = login.submission(form, SPEC, "pelaksana@bekasikota.go.id", "rahasia")
    assert ("email", "pelaksana@bekasikota.go.id") in sent and all(name != "username" for name, _ in sent)


@pytest.mark.parametrize(
    "extra",
    [
        '<div class="form-group"><label>Instansi</label><input type="text" name="instansi"></div>',
        '<div class="form-group"><label>Tahun</label><input type="number" name="tahun"></div>',
    ],
    ids=["two-typed-fields", "a-year-typed"],
)
def test_several_fields_beside_the_password_keep_the_registrys_name(extra: str) -> None:
    form = login.find_form(login_page(_EMAIL_FORM.format(extra=extra)), f"{ORIGIN}/login", SPEC)
    assert form.names == ("username", "password")


def test_a_hidden_field_beside_the_one_typed_is_not_a_choice() -> None:
    extra = '<input type="text" name="website" class="d-none" tabindex="-1" autocomplete="off">'  # a honeypot
    form = login.find_form(login_page(_EMAIL_FORM.format(extra=extra)), f"{ORIGIN}/login", SPEC)
    assert form.names == ("email", "password")


def test_a_two_step_logins_password_page_keeps_the_registrys_name_for_its_other_field() -> None:
    # The username went on the first page; the one typed field here asks something else.
    form = """<form action="/login/password" method="post"><p>Masuk sebagai <b>pelaksana</b></p>
<div class="form-group"><label>Kode Unit Kerja</label><input type="text" name="kode_unit"></div>
<div class="form-group"><label>Password</label><input type="password" name="password"></div>
<button type="submit">Masuk</button></form>"""
    found = login.find_form(login_page(form), f"{ORIGIN}/login/password", SPEC, password_only=True)
    assert found.names == ("username", "password")


# --- an image code whose label says what it asks -------------------------------------------------------------

_FIELDS = """<div class="form-group"><label for="username">Username</label><input type="text" id="username"
name="username" class="form-control"></div><div class="form-group"><label for="password">Password</label>
<input type="password" id="password" name="password" class="form-control"></div>"""


@pytest.mark.parametrize(
    "code",
    [
        '<div class="form-group"><label>Kode Keamanan</label><img src="/auth/gambar_kode?r=83721" alt="">'
        '<input type="text" name="kode" class="form-control" placeholder="Ketik kode di atas"></div>',
        '<div class="row"><div class="col-6"><img src="/kode.php?8f3a" alt=""></div><div class="col-6">'
        '<label for="inputKode">Kode Verifikasi</label></div></div>'
        '<input type="text" id="inputKode" name="kode" class="form-control">',
    ],
    ids=["label-in-its-group", "label-for-its-id"],
)
def test_an_image_code_labelled_beside_its_field_is_a_captcha(code: str) -> None:
    form = f'<form action="/login" method="post">{_FIELDS}{code}<button type="submit">Masuk</button></form>'
    with pytest.raises(login.CaptchaError):
        login.find_form(login_page(form), f"{ORIGIN}/login", SPEC)


def test_a_department_code_beside_a_logo_is_no_captcha() -> None:
    code = (
        '<div class="form-group"><img src="/assets/img/logo-bekasi.png" alt="Logo"><label>Kode SKPD</label>'
        '<input type="text" name="kode_skpd" class="form-control"></div>'
    )
    form = f'<form action="/login" method="post">{_FIELDS}{code}<button type="submit">Masuk</button></form>'
    assert login.find_form(login_page(form), f"{ORIGIN}/login", SPEC).names == ("username", "password")


# --- an account's state, a refusal's words -------------------------------------------------------------------

_LOGIN_FORM = f'<form action="/login" method="post">{_FIELDS}<button type="submit">Masuk</button></form>'


def refused_in_place(message: str, status: int = 200) -> login.Answer:
    alert = f'<div class="alert alert-danger" role="alert">{message}</div>'
    body = login_page(_LOGIN_FORM, alert)
    return login.Answer(status, f"{ORIGIN}/login", body, False, (f"{ORIGIN}/login",), username="pelaksana")


@pytest.mark.parametrize(
    ("message", "said"),
    [
        ("Maaf, akun Anda sudah tidak aktif.", "akun anda sudah tidak aktif"),
        ("Akun belum diaktivasi. Hubungi admin BKPSDM.", "akun belum diaktivasi"),
        ("Akun Anda telah tidak aktif sejak 1 Desember.", "akun anda telah tidak aktif"),
    ],
)
def test_an_account_no_longer_active_is_a_locked_account(message: str, said: str) -> None:
    result = login.decide(SPEC, refused_in_place(message))
    assert (result.result, result.reason) == ("gagal", f"akun pemantauan terkunci atau diblokir: “{said}”")


def test_a_login_pages_question_on_activation_is_no_lock() -> None:
    result = login.decide(SPEC, refused_in_place("Akun belum diaktivasi? Hubungi admin BKPSDM."))
    assert (result.result, result.reason) == ("gagal", "formulir login masih tampil setelah dikirim")


@pytest.mark.parametrize(
    ("message", "said"),
    [
        ("Username atau password tidak sah", "username atau password tidak sah"),
        ("Nama pengguna atau kata sandi tidak sah.", "nama pengguna atau kata sandi tidak sah"),
    ],
)
def test_credentials_not_sah_are_refused(message: str, said: str) -> None:
    result = login.decide(SPEC, refused_in_place(message))
    assert (result.result, result.reason) == ("gagal", f"pesan gagal login tampil: “{said}”")


def test_a_423_locked_answer_names_its_lock() -> None:
    result = login.decide(SPEC, refused_in_place("Akun Anda terkunci sementara. Coba lagi dalam 30 menit.", 423))
    assert (result.result, result.reason) == ("gagal", "akun pemantauan terkunci atau diblokir: “akun anda terkunci”")
