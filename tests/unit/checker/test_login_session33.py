"""Form login's pure core on the login pages a prober found misread: a sign-up form before the login form, a
"Tahun Anggaran" select, a submit button outside the form, a guest's button before the login's, and an answer
that says the login worked without showing the form or the user's name."""

from __future__ import annotations

from datetime import datetime

import pytest

from pantau_checker.core import login
from pantau_checker.core.dates import WIB
from pantau_common.registry.model import LoginSpec

LOGIN_URL = "https://simonik.dinsos.bekasikota.go.id/login.php"
SPEC = LoginSpec(
    url=LOGIN_URL,
    username_field="username",
    password_field="password",
    username_secret="env:SIMONIK_USER",
    password_secret="env:SIMONIK_PASS",
)
LOGIN_FIELDS = (
    '<div class="form-group"><label>Username</label><input type="text" name="username" class="form-control"></div>'
    '<div class="form-group"><label>Password</label><input type="password" name="password" class="form-control">'
    "</div>"
)
LOGIN_FORM = (
    f'<form method="post" action="proses_login.php">{LOGIN_FIELDS}'
    '<button type="submit" name="login" class="btn btn-info btn-block">Masuk</button></form>'
)
THIS_YEAR = datetime.now(WIB).year


def page(body: str) -> str:
    return f"""<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>Login | SIMONIK Dinas Sosial</title>
</head><body class="bg-light"><div class="container"><div class="row justify-content-center"><div class="col-md-5">
<div class="card mt-5"><div class="card-body"><h4 class="text-center mb-4">Login Pengguna</h4>{body}</div></div>
</div></div></div><footer class="text-center small">&copy; 2026 Dinas Sosial Kota Bekasi</footer></body></html>"""


_REGISTER_MODAL = """<div class="modal fade" id="modalDaftar" tabindex="-1"><div class="modal-dialog">
<div class="modal-content">
<form method="post" action="daftar.php"><div class="modal-header"><h5 class="modal-title">Daftar Akun Pendamping</h5>
</div><div class="modal-body"><div class="form-group"><label>Nama Lengkap</label><input type="text" name="nama"></div>
<div class="form-group"><label>NIK</label><input type="text" name="nik"></div>
<div class="form-group"><label>Username</label><input type="text" name="username"></div>
<div class="form-group"><label>Password</label><input type="password" name="password"></div>
<div class="form-group"><label>Ulangi Password</label><input type="password" name="{confirm}"></div></div>
<div class="modal-footer"><button type="button" class="btn btn-secondary" data-dismiss="modal">Batal</button>
<button type="submit" name="daftar" class="btn btn-primary">Daftar</button></div></form></div></div></div>"""
_REGISTER_TAB = """<div class="tab-pane fade" id="daftar"><form method="post" action="{action}">
<div class="form-group"><label>Nama Lengkap</label><input type="text" name="nama"></div>
<div class="form-group"><label>Username</label><input type="text" name="username"></div>
<div class="form-group"><label>Password</label><input type="password" name="password"></div>
<button type="submit" class="btn btn-success btn-block">Daftar</button></form></div>"""


@pytest.mark.parametrize(
    "before",
    [
        _REGISTER_MODAL.format(confirm="password2"),
        _REGISTER_MODAL.format(confirm="konfirmasi_password").replace('action="daftar.php"', 'action="simpan.php"'),
        _REGISTER_TAB.format(action="daftar.php"),
        _REGISTER_TAB.format(action="https://simonik.dinsos.bekasikota.go.id/register"),
        _REGISTER_TAB.format(action="index.php?page=registrasi"),
    ],
    ids=["modal-password2", "confirmation-only", "tab-daftar-php", "laravel-register", "routed-registrasi"],
)
def test_a_sign_up_form_before_the_login_form_is_never_the_one_posted(before: str) -> None:
    # Was the sign-up form, the first with both fields: every check would register an account on the application.
    form = login.find_form(page(before + LOGIN_FORM), LOGIN_URL, SPEC)
    assert (form.action, form.fields) == ("https://simonik.dinsos.bekasikota.go.id/proses_login.php", (("login", ""),))


@pytest.mark.parametrize(
    ("body", "action"),
    [
        # A "Lupa password" form (the username alone) before the login form: the login's is the one with both.
        (
            '<form method="post" action="lupa.php"><input type="text" name="username">'
            '<button type="submit">Kirim Tautan Reset</button></form>' + LOGIN_FORM,
            "proses_login.php",
        ),
        # PPDB's login lives under its registration's path, its button says it signs in.
        (LOGIN_FORM.replace("proses_login.php", "/pendaftaran/"), "/pendaftaran/"),
        # A login form asking a PIN beside the password is no sign-up.
        (LOGIN_FORM.replace("</div><button", '</div><input type="password" name="pin"><button'), "proses_login.php"),
        # A login form whose only button is outside it, posting to a route named after the application.
        (
            f'<form method="post" action="/daftar-hadir/login" id="f">{LOGIN_FIELDS}</form>'
            '<button type="submit" form="f" class="btn btn-primary">Masuk</button>',
            "/daftar-hadir/login",
        ),
    ],
    ids=["lupa-password-first", "ppdb-pendaftaran-path", "pin-field", "daftar-hadir-app"],
)
def test_a_login_form_beside_or_named_like_a_sign_up_is_still_the_login(body: str, action: str) -> None:
    form = login.find_form(page(body), LOGIN_URL, SPEC)
    assert form.action == "https://simonik.dinsos.bekasikota.go.id" + ("/" if action[0] != "/" else "") + action


def test_a_page_with_only_a_sign_up_form_gives_no_login_form() -> None:
    with pytest.raises(login.LoginFormMissingError):
        login.find_form(page(_REGISTER_MODAL.format(confirm="password_confirmation")), LOGIN_URL, SPEC)


def _year_select(options: str) -> str:
    return LOGIN_FORM.replace(
        "<button",
        f'<div class="form-group"><label>Tahun Anggaran</label><select name="tahun" required>{options}</select></div>'
        "<button",
    )


def _years(*years: int, selected: int = 0, prompt: bool = True) -> str:
    head = '<option value="">-- Pilih Tahun Anggaran --</option>' if prompt else ""
    return head + "".join(
        f'<option value="{year}"{" selected" if year == selected else ""}>{year}</option>' for year in years
    )


@pytest.mark.parametrize(
    ("options", "posted"),
    [
        (_years(THIS_YEAR - 1, THIS_YEAR, THIS_YEAR + 1), str(THIS_YEAR)),
        (_years(THIS_YEAR + 1, THIS_YEAR, THIS_YEAR - 1, prompt=False), str(THIS_YEAR)),
        # The page's own choice stands.
        (_years(THIS_YEAR - 1, THIS_YEAR, selected=THIS_YEAR - 1), str(THIS_YEAR - 1)),
        # Years without this one: the first, as before.
        (_years(THIS_YEAR - 3, THIS_YEAR - 2), str(THIS_YEAR - 3)),
        # Not a list of years only: the first, as before.
        (_years(THIS_YEAR - 1, THIS_YEAR) + '<option value="semua">Semua</option>', str(THIS_YEAR - 1)),
        (
            '<option value="">-- Pilih --</option><option value="2">Operator</option><option value="3">Admin</option>',
            "2",
        ),
    ],
    ids=["ascending", "newest-first", "selected-wins", "this-year-missing", "not-only-years", "level"],
)
def test_a_year_select_posts_the_current_year_where_the_page_chose_none(options: str, posted: str) -> None:
    # Was the first year offered (last year's budget): the application refuses or opens the wrong year.
    form = login.find_form(page(_year_select(options)), LOGIN_URL, SPEC)
    assert dict(form.fields)["tahun"] == posted


@pytest.mark.parametrize(
    ("outside", "added"),
    [
        ('<button type="submit" form="frmLogin" name="btn_login" value="1">Masuk</button>', ("btn_login", "1")),
        ('<input type="submit" form="frmLogin" name="submit" value="Login">', ("submit", "Login")),
    ],
    ids=["button", "input"],
)
def test_a_submit_button_tied_to_the_form_from_outside_is_sent_with_it(outside: str, added: tuple[str, str]) -> None:
    body = (
        f'<form method="post" action="proses_login.php" id="frmLogin">{LOGIN_FIELDS}</form></div>'
        f'<div class="card-footer"><a href="lupa.php">Lupa password</a>{outside}'
        '<button type="submit" form="formCari" name="cari">Cari</button>'
    )
    assert login.find_form(page(body), LOGIN_URL, SPEC).fields == (added,)


def test_the_login_button_is_sent_not_the_guests_before_it() -> None:
    body = LOGIN_FORM.replace(
        '<button type="submit" name="login" class="btn btn-info btn-block">Masuk</button>',
        '<button type="submit" name="aksi" value="tamu" formnovalidate>Masuk sebagai Tamu</button>'
        '<button type="submit" name="aksi" value="login">Masuk</button>',
    )
    assert login.find_form(page(body), LOGIN_URL, SPEC).fields == (("aksi", "login"),)


def _answer(body: str) -> login.Answer:
    return login.Answer(
        200,
        "https://simonik.dinsos.bekasikota.go.id/proses_login.php",
        body,
        login_urls=(LOGIN_URL, LOGIN_URL),
        username="pelaksana",
    )


_CARD = """<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>SIMONIK</title></head>
<body class="bg-light"><div class="container mt-5"><div class="card"><div class="card-body text-center">{said}
<a href="dashboard.php" class="btn btn-success">Lanjutkan ke Dashboard</a></div></div></div></body></html>"""


@pytest.mark.parametrize(
    "said",
    [
        '<i class="fa fa-check-circle text-success"></i><h4 class="mt-3">Login berhasil</h4><p>Selamat bekerja.</p>',
        "<center><h3>Berhasil Login!</h3><p>Klik di sini jika tidak dialihkan otomatis.</p></center>",
        '<div class="alert alert-success">Login Sukses</div><h4>Menu Utama</h4>',
    ],
    ids=["heading-card", "klik-di-sini", "alert-box"],
)
def test_an_answer_without_the_form_saying_the_login_worked_is_berhasil(said: str) -> None:
    # Was "tidak ada tanda login berhasil": no name, no logout, no redirect.
    assert login.decide(SPEC, _answer(_CARD.format(said=said))).result == "berhasil"


@pytest.mark.parametrize(
    "said",
    [
        # A help page's question, a heading of many words.
        "<h4>Bagaimana jika login berhasil tetapi menu tidak tampil?</h4><p>Hubungi admin Dinas Sosial.</p>",
        # The words outside a heading or a box.
        "<p>Setelah login berhasil, pilih menu Data Penerima.</p>",
    ],
    ids=["faq-heading", "paragraph"],
)
def test_the_words_of_a_help_text_are_no_sign_of_a_login(said: str) -> None:
    assert login.decide(SPEC, _answer(_CARD.format(said=said))).result != "berhasil"
