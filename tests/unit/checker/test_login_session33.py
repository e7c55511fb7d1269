"""Form login's pure core on the login pages a prober found misread: a sign-up form before the login form, a
"Tahun Anggaran" select, a submit button outside the form, a guest's button before the login's, and an answer
that says the login worked without showing the form or the user's name."""

from __future__ import annotations

from datetime import date

import pytest

from pantau_checker.core import login
from pantau_common.registry.model import LoginSpec

LOGIN_URL = "https://simonik.dinsos.bekasikota.go.id/login.php"
SPEC = LoginSpec(
    url=LOGIN_URL,
    username_field="username",
    password_field="password",
    username_secret="env:PANTAU_APP_SECRET_SIMONIK_USER",
    password_secret="env:PANTAU_APP_SECRET_SIMONIK_PASS",
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
# The same login form whose button has no name, so that only its words tell what it does.
UNNAMED = LOGIN_FORM.replace(' name="login"', "")
TODAY = date(2026, 12, 5)  # the check's day, which the year select is set by
THIS_YEAR = TODAY.year


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
        # Narrowed after a red team: a form without method is posted too (jQuery's $.post), a sign-up told by
        # its button and its fields whatever its route, and one whose button also says it signs in.
        _REGISTER_MODAL.format(confirm="password_confirmation").replace(' method="post"', ' id="formDaftar"'),
        _REGISTER_TAB.format(action="proses_daftar.php"),
        _REGISTER_TAB.format(action="/users").replace(">Daftar</button>", ">Buat Akun</button>"),
        _REGISTER_MODAL.format(confirm="password_confirmation").replace(
            ">Daftar</button>", ">Daftar &amp; Masuk</button>"
        ),
        # Narrowed after a second red team: a typeless "Batal" closing the modal, an icon's button, say nothing.
        _REGISTER_MODAL.format(confirm="password_confirmation").replace(
            '<button type="submit" name="daftar" class="btn btn-primary">Daftar</button>',
            '<button type="submit" class="btn btn-primary"><i class="fa fa-user-plus"></i></button>',
        ),
        _REGISTER_TAB.format(action="daftar.php").replace(
            "<button", '<button class="btn btn-light" data-dismiss="modal">Batal</button><button'
        ),
    ],
    ids=[
        "modal-password2",
        "confirmation-only",
        "tab-daftar-php",
        "laravel-register",
        "routed-registrasi",
        "no-method",
        "proses-daftar",
        "users-resource",
        "daftar-dan-masuk",
        "icon-button",
        "typeless-batal",
    ],
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
        # Narrowed after a red team: login forms the sign-up rule dropped ("tidak ada formulir dengan kolom").
        # A PIN named password2, a hidden honeypot, a form of two modes whose confirmation is hidden.
        (
            UNNAMED.replace(
                "</div><button", '</div><input type="password" name="password2" value="123456"><button'
            ).replace(">Masuk<", ">Sign In<"),
            "proses_login.php",
        ),
        (
            UNNAMED.replace(
                "</div><button",
                '</div><input type="password" name="confirm_password" style="display:none" tabindex="-1"><button',
            ).replace(">Masuk</button>", ">Log In</button>"),
            "proses_login.php",
        ),
        (
            UNNAMED.replace(
                "</div><button",
                '</div><div class="form-group d-none"><input type="password" name="password_confirmation"></div>'
                '<input type="hidden" name="mode" value="login"><button',
            ).replace(">Masuk</button>", ">Submit</button>"),
            "proses_login.php",
        ),
        # A PPDB's or an attendance app's login posting to a route named like a sign-up, its button any.
        (
            UNNAMED.replace("proses_login.php", "/pendaftaran").replace(
                ">Masuk</button>", '><i class="fas fa-sign-in-alt"></i> Sign In</button>'
            ),
            "/pendaftaran",
        ),
        (
            UNNAMED.replace("proses_login.php", "pendaftaran/").replace(
                '<button type="submit" class="btn btn-info btn-block">Masuk</button>',
                '<input type="image" src="img/btn-login.png" alt="Login">',
            ),
            "pendaftaran/",
        ),
        (UNNAMED.replace("proses_login.php", "hadir/daftar.php").replace(">Masuk<", ">Kirim<"), "hadir/daftar.php"),
        # Narrowed after a second red team: a PIN named password2 beside a "Proses" button and a typeless "Daftar
        # Akun" a script sends to daftar.php; an old login's hidden "nama" (the application's) beside "OK".
        (
            UNNAMED.replace(
                "</div><button",
                '</div><div class="form-group"><label>PIN</label><input type="password" name="password2"></div><button',
            ).replace(
                '<button type="submit" class="btn btn-info btn-block">Masuk</button>',
                '<button type="submit" name="proses" class="btn btn-info">Proses</button> <button class="btn btn-link"'
                " onclick=\"window.location='daftar.php';return false;\">Daftar Akun</button>",
            ),
            "proses_login.php",
        ),
        (
            UNNAMED.replace(
                '<button type="submit" class="btn btn-info btn-block">Masuk</button>',
                '<input type="hidden" name="nama" value="SIMONIK"><input type="submit" name="ok" value="OK">'
                ' <button class="btn btn-secondary"'
                " onclick=\"location.href='daftar.php';return false\">Daftar</button>",
            ),
            "proses_login.php",
        ),
        (
            UNNAMED.replace("proses_login.php", "hadir/daftar.php").replace(
                '<button type="submit" class="btn btn-info btn-block">Masuk</button>',
                '<input type="hidden" name="nama" value="E-ABSEN"><p class="small">Tekan Enter untuk masuk</p>',
            ),
            "hadir/daftar.php",
        ),
    ],
    ids=[
        "lupa-password-first",
        "ppdb-pendaftaran-path",
        "pin-field",
        "daftar-hadir-app",
        "pin-named-password2",
        "honeypot-confirm",
        "hidden-sign-up-mode",
        "pendaftaran-sign-in",
        "pendaftaran-image-button",
        "daftar-php-kirim",
        "pin-proses-typeless-daftar",
        "hidden-nama-ok",
        "hidden-nama-no-button",
    ],
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
        (_years(THIS_YEAR + 1, THIS_YEAR, THIS_YEAR - 1), str(THIS_YEAR)),
        # Narrowed after a second red team: without a prompt the browser posts the first option (e-Budgeting's
        # next year, in December), as the page meant.
        (_years(THIS_YEAR + 1, THIS_YEAR, THIS_YEAR - 1, prompt=False), str(THIS_YEAR + 1)),
        (_years(THIS_YEAR - 1, THIS_YEAR, prompt=False), str(THIS_YEAR - 1)),
        ('<option value="0">Pilih Tahun</option>' + _years(THIS_YEAR - 1, THIS_YEAR, prompt=False), str(THIS_YEAR)),
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
        # Narrowed after a red team: never a disabled option, which the Pelaksana cannot pick.
        (
            _years(THIS_YEAR + 1, prompt=False)
            + f'<option value="{THIS_YEAR}" disabled>{THIS_YEAR} (dikunci)</option>',
            str(THIS_YEAR + 1),
        ),
    ],
    ids=[
        "ascending",
        "newest-first",
        "no-prompt-newest-first",
        "no-prompt-ascending",
        "pilih-prompt-valued",
        "selected-wins",
        "this-year-missing",
        "not-only-years",
        "level",
        "disabled",
    ],
)
def test_a_year_select_posts_the_current_year_where_the_page_chose_none(options: str, posted: str) -> None:
    # Was the first year offered (last year's budget): the application refuses or opens the wrong year.
    form = login.find_form(page(_year_select(options)), LOGIN_URL, SPEC, today=TODAY)
    assert dict(form.fields)["tahun"] == posted


def test_the_year_posted_is_the_checks_not_the_machines() -> None:
    # Was the machine's clock, read inside the pure core: a test, or a check replayed for a day, could not choose it.
    options = _years(2030, 2031, 2032)
    form = login.find_form(page(_year_select(options)), LOGIN_URL, SPEC, today=date(2031, 1, 2))
    assert dict(form.fields)["tahun"] == "2031"
    # Without the check's day (a form read outside a check), the first year offered, as before the rule.
    assert dict(login.find_form(page(_year_select(options)), LOGIN_URL, SPEC).fields)["tahun"] == "2030"


@pytest.mark.parametrize(
    ("script", "posted"),
    [
        # Narrowed after a red team: e-Planning's next year, set by the page's script, stands.
        ("$('#tahun').val(new Date().getFullYear() + 1);", THIS_YEAR + 1),
        # A footer's copyright year is no choice of the select.
        ("document.getElementById('copy').textContent = new Date().getFullYear();", THIS_YEAR),
        # Narrowed after a second red team: any value the script gives the select, the year written out.
        (f'$(function(){{ $("#tahun").val("{THIS_YEAR - 1}"); }});', THIS_YEAR - 1),
        ("document.querySelector('select[name=tahun]').value = tahunAktif;", THIS_YEAR + 1),
        ("document.getElementById('tahun').value = new Date().getFullYear();", THIS_YEAR),
    ],
    ids=["next-year-by-script", "footer-year", "jquery-literal", "value-assigned", "this-year-by-script"],
)
def test_a_year_the_pages_script_sets_is_left_to_it(script: str, posted: int) -> None:
    options = _years(THIS_YEAR + 1, THIS_YEAR, THIS_YEAR - 1)
    body = _year_select(options) + f'<span id="copy"></span><script>{script}</script>'
    assert dict(login.find_form(page(body), LOGIN_URL, SPEC, today=TODAY).fields)["tahun"] == str(posted)


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


@pytest.mark.parametrize(
    ("own", "outside", "added"),
    [
        # Narrowed after a red team: the card footer's SSO button is not the form's own "Sign In".
        (
            '<button type="submit" class="btn btn-primary">Sign In</button>',
            '<button form="frmLogin" name="sso" value="1">Masuk dengan SSO Bekasi</button>',
            (),
        ),
        (
            '<button type="submit" class="btn btn-primary">Submit</button>',
            '<button type="submit" form="frmLogin" name="sso" value="1">Login SSO</button>',
            (),
        ),
        # An input without a type tied to the form is a field, not its button.
        (
            "",
            '<input form="frmLogin" name="kode_opd" value="12">'
            '<button type="submit" form="frmLogin" name="aksi" value="kirim">Kirim</button>',
            (("aksi", "kirim"),),
        ),
    ],
    ids=["sso-beside-sign-in", "sso-beside-submit", "typeless-input"],
)
def test_a_tied_button_is_not_sent_in_place_of_the_forms_own(
    own: str, outside: str, added: tuple[tuple[str, str], ...]
) -> None:
    body = (
        f'<form method="post" action="proses_login.php" id="frmLogin">{LOGIN_FIELDS}{own}</form></div>'
        f'<div class="card-footer"><a href="lupa.php">Lupa password</a>{outside}'
    )
    assert login.find_form(page(body), LOGIN_URL, SPEC).fields == added


@pytest.mark.parametrize(
    ("buttons", "posted"),
    [
        # Narrowed after a red team: the staff's own buttons naming the guests' application or desk.
        (
            '<button type="submit" name="aksi" value="admin">Login Admin e-Tamu</button>'
            '<button type="submit" name="aksi" value="sso">Login SSO Pemkot</button>',
            "admin",
        ),
        (
            '<button type="submit" name="aksi" value="petugas">Masuk Petugas Layanan Pengunjung</button>'
            '<button type="submit" name="aksi" value="anggota">Masuk Anggota</button>',
            "petugas",
        ),
        # A guest's button in other words still passed over.
        (
            '<input type="submit" name="aksi" value="Login as Guest"><input type="submit" name="aksi" value="Login">',
            "Login",
        ),
        (
            '<button type="submit" name="aksi" value="tamu">Tamu</button>'
            '<button type="submit" name="aksi" value="login">Masuk</button>',
            "login",
        ),
    ],
    ids=["e-tamu-admin", "petugas-pengunjung", "as-guest-input", "tamu-alone"],
)
def test_only_a_guests_own_button_is_passed_over(buttons: str, posted: str) -> None:
    body = LOGIN_FORM.replace(
        '<button type="submit" name="login" class="btn btn-info btn-block">Masuk</button>', buttons
    )
    assert login.find_form(page(body), LOGIN_URL, SPEC).fields == (("aksi", posted),)


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
        # A help page's question, a heading of many words.
        "<h4>Bagaimana jika login berhasil tetapi menu tidak tampil?</h4><p>Hubungi admin Dinas Sosial.</p>",
        # The words outside a heading or a box.
        "<p>Setelah login berhasil, pilih menu Data Penerima.</p>",
        # A red team's wrong passwords answered without the form: a portal's news headings, a refusal in
        # negated words, a help callout, an attendance count.
        '<h4 class="card-title"><a href="berita.php?id=12">Siswa SMPN 2 Bekasi Berhasil Masuk Final OSN</a></h4>',
        '<h2 class="entry-title"><a href="/2026/12/sidik">Login Berhasil, Ini Fitur Baru SIDIK</a></h2>',
        "<h3>Tidak Berhasil Login</h3><p>Periksa kembali username dan kata sandi Anda.</p>",
        '<div class="alert alert-danger" role="alert">Anda tidak berhasil masuk. Periksa kembali NIP Anda.</div>',
        '<div class="callout callout-info">Setelah login berhasil, pilih menu Data Siswa.</div>',
        "<h4>Absen Masuk Berhasil Dicatat Hari Ini: 0</h4>",
        # Even a card saying only that: the checker cannot tell it from a page a wrong password lands on.
        '<i class="fa fa-check-circle text-success"></i><h4 class="mt-3">Login berhasil</h4><p>Selamat bekerja.</p>',
    ],
    ids=[
        "faq-heading",
        "paragraph",
        "news-heading",
        "wordpress-headline",
        "tidak-berhasil-heading",
        "tidak-berhasil-alert",
        "help-callout",
        "attendance-count",
        "success-card",
    ],
)
def test_words_of_success_on_a_page_without_the_form_are_no_sign_of_a_login(said: str) -> None:
    # Was berhasil for a wrong password (the success card's rule, removed after a red team).
    assert login.decide(SPEC, _answer(_CARD.format(said=said))).result != "berhasil"
