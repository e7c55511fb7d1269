"""Form login's pure core on more vendors' frameworks: WebForms, a year to choose, AJAX and JSON, messages."""

from __future__ import annotations

import json

import pytest
from login_cases import MANUAL, USER, login_spec
from pantau_testing import HOSTILE_BUDGET_S

from pantau_checker.core import login
from pantau_common.registry.model import LoginSpec

ORIGIN = "http://simpeg.bekasikota.go.id"
LOGIN_URL = f"{ORIGIN}/login"
SPEC = login_spec(LOGIN_URL)
FIELDS = '<input name="username"><input type="password" name="password">'
JSON_REFUSED = "jawaban JSON formulir login menyatakan login gagal"
AJAX = f"formulir login dikirim lewat AJAX oleh JavaScript, jawabannya data untuk skrip: {MANUAL}"


def page(body: str, head: str = "") -> str:
    return (
        f'<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>SIMPEG</title>{head}</head>'
        f'<body><div class="login-box">{body}</div><footer>&copy; 2024 Pemerintah Kota Bekasi</footer></body></html>'
    )


def outcome(
    body: str, status: int = 200, final_url: str = f"{ORIGIN}/pesan.php", redirected: bool = True
) -> tuple[str, str | None]:
    answer = login.Answer(status, final_url, body, redirected, (LOGIN_URL,), username=USER)
    result = login.decide(SPEC, answer)
    return result.result, result.reason


# --- refusals in the words vendors use ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "quoted"),
    [
        ("Maaf, NIP tidak terdaftar.", "nip tidak terdaftar"),
        ("Email tidak terdaftar di sistem.", "email tidak terdaftar"),
        ("Akun tidak ditemukan!", "akun tidak ditemukan"),
        ("Password yang Anda masukan tidak sesuai.", "password yang anda masukan tidak sesuai"),
        ("Kata sandi tidak cocok.", "kata sandi tidak cocok"),
        ("Kombinasi NIP dan password tidak ditemukan.", "nip dan password tidak ditemukan"),
        ("Maaf, login anda gagal.", "login anda gagal"),
        # Django's AuthenticationForm, Devise, Spring Security, CodeIgniter Shield
        ("Please enter a correct username and password. Note that both fields may be case-sensitive.",
         "please enter a correct username and password"),
        ("Invalid Email or password.", "invalid email or password"),
        ("Bad credentials", "bad credentials"),
        ("Unable to log you in. Please check your credentials.", "unable to log you in"),
    ],
)  # fmt: skip
def test_a_refusal_on_a_notice_page_after_a_redirect_is_a_failure_not_a_success(said: str, quoted: str) -> None:
    # Was "berhasil": redirected away from the login page to a page without the password field.
    body = page(f'<h4>Pemberitahuan</h4><p>{said}</p><a href="/" class="btn btn-default">Kembali</a>')
    assert outcome(body) == ("gagal", f"pesan gagal login tampil: “{quoted}”")


@pytest.mark.parametrize(
    ("said", "quoted"),
    [
        ("Terlalu banyak usaha masuk. Silahkan coba lagi dalam 60 detik.", "terlalu banyak usaha masuk"),
        ("Akun Anda belum diaktifkan oleh admin.", "akun anda belum diaktifkan"),
    ],
)
def test_a_held_account_on_a_notice_page_says_the_account_is_held(said: str, quoted: str) -> None:
    body = page(f"<p>{said}</p>")
    assert outcome(body) == ("gagal", f"akun pemantauan terkunci atau diblokir: “{quoted}”")


@pytest.mark.parametrize(
    "content",
    [
        '<p>NIP belum terdaftar? <a href="/daftar">Daftar di sini</a></p>',  # the login page's invitation
        "<h3>Pengguna</h3><p>Pengguna aktif: 212 &middot; Pengguna tidak aktif: 4</p>",
        "<h3>Surat</h3><p>Surat masuk gagal dikirim ke server arsip: 2. Data gagal masuk ke SIPD: 0.</p>",
    ],
    ids=["invitation", "users-count", "letters"],
)
def test_a_landing_page_naming_unregistered_or_inactive_users_is_not_a_refusal(content: str) -> None:
    body = page(f"<h1>Beranda</h1><p>Selamat datang di SIMPEG Kota Bekasi.</p>{content}")
    assert outcome(body, final_url=f"{ORIGIN}/beranda") == ("berhasil", None)


@pytest.mark.parametrize(
    "body",
    [
        page('<div class="alert alert-danger">Invalid Email or password.</div><form method="post">' + FIELDS),
        '{"message":"These credentials do not match our records.","errors":{"email":["These credentials do not '
        'match our records."]}}',
    ],
    ids=["devise-turbo", "laravel-json"],
)
def test_a_422_answer_names_the_refusal_it_says(body: str) -> None:
    # Was "HTTP 422 setelah mengirim formulir": Devise under Turbo, or a JSON API, refuses with a 422.
    result, reason = outcome(body, status=422, final_url=LOGIN_URL, redirected=False)
    assert result == "gagal" and reason is not None and reason.startswith("pesan gagal login tampil: “")


def test_a_422_without_a_message_is_still_named_by_its_status() -> None:
    assert outcome("<h1>Unprocessable Content</h1>", status=422) == ("gagal", "HTTP 422 setelah mengirim formulir")


# --- ASP.NET WebForms ------------------------------------------------------------------------------------

WEBFORMS = LoginSpec(
    url=f"{ORIGIN}/Login.aspx",
    username_field="ctl00$MainContent$txtUsername",
    password_field="ctl00$MainContent$txtPassword",
    username_secret="env:PANTAU_APP_SECRET_U",
    password_secret="env:PANTAU_APP_SECRET_P",
)
_WEBFORM = """<form method="post" action="./Login.aspx" id="form1">
<div class="aspNetHidden"><input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="">
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1MmRk"></div>
<div class="navbar-form"><input name="ctl00$txtCari" type="text" id="txtCari" placeholder="Cari pegawai">
<input type="submit" name="ctl00$btnCari" value="Cari" id="btnCari"></div>
<input name="ctl00$MainContent$txtUsername" type="text" id="MainContent_txtUsername">
<input name="ctl00$MainContent$txtPassword" type="password" id="MainContent_txtPassword">
{button}
<div class="aspNetHidden"><input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEdAAX"></div>
</form>"""


def webform(button: str) -> login.LoginForm:
    return login.find_form(page(_WEBFORM.format(button=button)), f"{ORIGIN}/Login.aspx", WEBFORMS)


def test_a_webforms_login_linkbutton_sets_the_postback_event_and_sends_no_search_button() -> None:
    form = webform(
        '<a id="MainContent_lbMasuk" class="btn btn-primary" '
        'href="javascript:__doPostBack(&#39;ctl00$MainContent$lbMasuk&#39;,&#39;&#39;)">Masuk</a>'
    )
    fields = dict(form.fields)
    assert fields["__EVENTTARGET"] == "ctl00$MainContent$lbMasuk" and fields["__EVENTARGUMENT"] == ""
    assert "ctl00$btnCari" not in fields and fields["__VIEWSTATE"] and fields["__EVENTVALIDATION"]


def test_a_webforms_login_submit_button_is_sent_in_place_of_the_header_search_before_it() -> None:
    form = webform('<input type="submit" name="ctl00$MainContent$btnLogin" value="Masuk" id="MainContent_btnLogin">')
    fields = dict(form.fields)
    assert fields["ctl00$MainContent$btnLogin"] == "Masuk" and "ctl00$btnCari" not in fields
    assert fields["__EVENTTARGET"] == ""


def test_a_webforms_page_whose_only_postback_link_is_not_the_login_keeps_its_default_button() -> None:
    form = webform(
        "<a href=\"javascript:__doPostBack('ctl00$MainContent$lbLupa','')\">Lupa kata sandi?</a>"
        '<input type="submit" name="ctl00$MainContent$btnKirim" value="Kirim">'
    )
    fields = dict(form.fields)
    assert fields["__EVENTTARGET"] == "" and fields["ctl00$btnCari"] == "Cari"


@pytest.mark.parametrize(
    ("buttons", "sent"),
    [
        ('<button type="submit" name="login" value="1">Masuk</button><button name="daftar" value="1">Daftar</button>',
         (("login", "1"),)),
        ('<input type="submit" name="aksi" value="Login"><input type="submit" name="aksi" value="Lupa Password">',
         (("aksi", "Login"),)),
        ('<button type="submit" class="btn btn-primary">Masuk</button>', ()),
    ],
    ids=["first-is-login", "same-name", "unnamed"],
)  # fmt: skip
def test_a_form_whose_first_button_signs_in_sends_it_as_before(buttons: str, sent: tuple[tuple[str, str], ...]) -> None:
    form = login.find_form(page(f'<form method="post" action="/login">{FIELDS}{buttons}</form>'), LOGIN_URL, SPEC)
    assert form.fields == sent


# --- a year to choose, a box to tick -----------------------------------------------------------------------


def test_a_select_whose_first_option_is_a_prompt_sends_the_first_real_choice() -> None:
    # Was the prompt's text ("-- Pilih Tahun Anggaran --") sent as the year: the app refused the login.
    select = (
        '<select name="tahun" class="form-control select2" required><option value="">-- Pilih Tahun Anggaran --'
        '</option><option value="2026">2026</option><option value="2025">2025</option></select>'
    )
    form = login.find_form(page(f'<form method="post" action="/auth/login">{FIELDS}{select}</form>'), LOGIN_URL, SPEC)
    assert form.fields == (("tahun", "2026"),)


@pytest.mark.parametrize(
    ("select", "sent"),
    [
        ('<option value="2025">2025</option><option value="2026" selected>2026</option>', "2026"),
        ("<option>2026</option><option>2025</option>", "2026"),
        ('<option value="">Semua</option>', ""),
    ],
    ids=["selected", "no-values", "only-empty"],
)
def test_a_select_with_a_chosen_or_only_option_sends_it(select: str, sent: str) -> None:
    form = login.find_form(
        page(f'<form method="post">{FIELDS}<select name="tahun">{select}</select></form>'), LOGIN_URL, SPEC
    )
    assert form.fields == (("tahun", sent),)


def test_a_required_agreement_box_is_ticked_and_an_optional_remember_box_is_not() -> None:
    boxes = (
        '<input type="checkbox" name="remember" value="1"> Ingat saya'
        '<input type="checkbox" name="setuju" required> Saya menyetujui ketentuan penggunaan'
    )
    form = login.find_form(page(f'<form method="post">{FIELDS}{boxes}</form>'), LOGIN_URL, SPEC)
    assert form.fields == (("setuju", "on"),)


# --- a form sent by a script's AJAX -------------------------------------------------------------------------

_JQUERY_LOGIN = """<script>
$('#formLogin').on('submit', function (e) {
  e.preventDefault();
  $.ajax({url: base_url + 'auth/cek_login', type: 'POST', data: $(this).serialize(), dataType: 'json',
    success: function (res) { if (res.status) { window.location.href = res.redirect; } else {
      Swal.fire('Gagal', res.message, 'error'); } }});
});
</script>"""
_FETCH_LOGIN = """<script>
document.querySelector('form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const body = {username: document.getElementById('username').value,
    password: document.getElementById('password').value};
  const res = await fetch('/api/login', {method: 'POST', headers: {'Content-Type': 'application/json'},
    body: JSON.stringify(body)});
  if (res.ok) { location.href = '/dashboard'; }
});
</script>"""
_AJAX_FIELDS = '<input name="username" id="username"><input type="password" name="password" id="password">'


@pytest.mark.parametrize(
    ("form", "script"),
    [
        (f'<form id="formLogin" method="post">{_AJAX_FIELDS}<button>Masuk</button></form>', _JQUERY_LOGIN),
        (f'<form id="formLogin" action="#">{_AJAX_FIELDS}<button>Masuk</button></form>', _JQUERY_LOGIN),
        (f"<form>{_AJAX_FIELDS}<button>Masuk</button></form>", _FETCH_LOGIN),
        (f'<form action="javascript:void(0)" onsubmit="login()">{_AJAX_FIELDS}<button>Masuk</button></form>', ""),
    ],
    ids=["jquery", "hash-action", "fetch", "javascript-action"],
)
def test_a_login_form_a_script_sends_by_ajax_is_not_automatable(form: str, script: str) -> None:
    # Was posted to the login page itself (the form again: "gagal"), or to "javascript:void(0)".
    with pytest.raises(login.LoginNotAutomatableError) as raised:
        login.find_form(page(form + script), LOGIN_URL, SPEC)
    assert str(raised.value) == AJAX


@pytest.mark.parametrize(
    ("form", "script"),
    [
        # The form has its action: the browser's post goes there, as the checker's.
        (f'<form id="formLogin" method="post" action="/auth/cek_login">{_AJAX_FIELDS}</form>', _JQUERY_LOGIN),
        # A script that only checks the fields before the browser posts them.
        (
            f'<form id="formLogin" method="post">{_AJAX_FIELDS}</form>',
            "<script>$('#formLogin').submit(function (e) { if (!$('#username').val()) { e.preventDefault();"
            " alert('Username wajib diisi'); } });</script>",
        ),
        # An AJAX call of the page's own (announcements), apart from the form's check.
        (
            f'<form method="post">{_AJAX_FIELDS}</form>',
            "<script>$.ajax({url: '/api/pengumuman', success: function (d) { $('#info').html(d); }});"
            " $('.nav-link').click(function (e) { e.preventDefault(); });</script>",
        ),
    ],
    ids=["with-action", "validation-only", "unrelated-ajax"],
)
def test_a_login_form_the_browser_posts_is_still_posted(form: str, script: str) -> None:
    assert login.find_form(page(form + script), LOGIN_URL, SPEC).method == "post"


# --- where the credentials go -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("action", "named"),
    [
        ("https://login.vendor-apps.co.id/auth/bekasi", "login.vendor-apps.co.id"),
        ("//simpeg.bekasikota.go.id.attacker.example/login", "simpeg.bekasikota.go.id.attacker.example"),
        ("mailto:admin@bekasikota.go.id", "tanpa alamat"),
    ],
)
def test_a_login_form_posting_to_another_site_is_not_automatable(action: str, named: str) -> None:
    with pytest.raises(login.LoginNotAutomatableError) as raised:
        login.find_form(page(f'<form method="post" action="{action}">{FIELDS}</form>'), LOGIN_URL, SPEC)
    assert str(raised.value) == f"formulir login dikirim ke situs lain ({named}): {MANUAL}"


@pytest.mark.parametrize(
    ("action", "posted"),
    [
        ("https://simpeg.bekasikota.go.id/login", "https://simpeg.bekasikota.go.id/login"),  # the same site on TLS
        ("proses_login.php", f"{ORIGIN}/proses_login.php"),
        ("", LOGIN_URL),
    ],
)
def test_a_login_form_posting_to_its_own_site_is_posted(action: str, posted: str) -> None:
    form = login.find_form(page(f'<form method="post" action="{action}">{FIELDS}</form>'), LOGIN_URL, SPEC)
    assert form.action == posted


@pytest.mark.parametrize(
    ("action", "posted"),
    [
        ("auth/proses", f"{ORIGIN}/auth/proses"),  # from the base, not from /index.php/auth/
        ("", f"{ORIGIN}/index.php/auth/login"),  # no action: the page itself, whatever the base
    ],
)
def test_a_relative_action_starts_from_the_pages_base_href(action: str, posted: str) -> None:
    html = page(f'<form method="post" action="{action}">{FIELDS}</form>', head=f'<base href="{ORIGIN}/">')
    assert login.find_form(html, f"{ORIGIN}/index.php/auth/login", SPEC).action == posted


# --- a JSON answer ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("answer", "target"),
    [
        ({"status": True, "message": "Login berhasil", "redirect": f"{ORIGIN}/dashboard"}, f"{ORIGIN}/dashboard"),
        ({"success": True, "data": {"url": "admin/beranda"}}, f"{ORIGIN}/auth/admin/beranda"),
    ],
)
def test_a_json_answer_naming_where_to_go_is_followed_there(answer: dict[str, object], target: str) -> None:
    assert login.script_redirect(json.dumps(answer), f"{ORIGIN}/auth/cek_login") == target


@pytest.mark.parametrize(
    "answer",
    [
        {"status": False, "message": "Akun belum terdaftar", "redirect": f"{ORIGIN}/auth"},
        {"status": "error", "url": f"{ORIGIN}/auth"},
        {"status": True, "redirect": "https://phishing.example/dashboard"},
        {"status": True, "message": "Login berhasil"},
    ],
    ids=["refused-message", "refused-flag", "another-site", "nowhere"],
)
def test_a_json_answer_that_refuses_or_leaves_the_site_or_names_nowhere_is_not_followed(
    answer: dict[str, object],
) -> None:
    assert login.script_redirect(json.dumps(answer), f"{ORIGIN}/auth/cek_login") is None


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ({"status": False, "message": "Periksa kembali isian Anda"}, JSON_REFUSED),
        ({"error": True, "msg": "Gagal"}, JSON_REFUSED),
        ({"success": False, "message": "NIP tidak terdaftar"}, "pesan gagal login tampil: “nip tidak terdaftar”"),
    ],
)  # fmt: skip
def test_a_json_answer_refusing_the_login_is_a_failure(answer: dict[str, object], expected: str) -> None:
    assert outcome(json.dumps(answer), final_url=f"{ORIGIN}/auth/cek_login", redirected=False) == ("gagal", expected)


@pytest.mark.parametrize(
    "answer",
    [
        {"access_token": "eyJhbGciOi.x.y", "token_type": "bearer"},
        {"status": "success", "message": "Kode OTP telah dikirim ke WhatsApp Anda"},  # a code still to give
    ],
)  # fmt: skip
def test_a_json_answer_the_checker_cannot_follow_is_not_judged(answer: dict[str, object]) -> None:
    # Was "tidak ada tanda login berhasil": data for a script, not a page, read as a page.
    reason = f"jawaban formulir login berupa data JSON untuk JavaScript, bukan halaman: {MANUAL}"
    assert outcome(json.dumps(answer), redirected=False) == ("tidak_dapat_diperiksa", reason)


# --- hostile pages stay cheap ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "html",
    [
        '<form><input type="password" name="p">' * 10_000,  # unclosed: each form read up to the next
        '<form method="post"><input name="q"></form>' * 10_000 + f'<form method="post">{FIELDS}</form>',
        '<form method="post" id="f">'
        + FIELDS
        + '<input type="hidden" name="__EVENTTARGET"><input type="submit" name="b" value="x">' * 7_000
        + "<a href=\"javascript:__doPostBack('a','')\">x</a>" * 3_000
        + '<select name="s">'
        + '<option value="">x</option>' * 10_000
        + "</select></form>",
    ],
    ids=["10000-unclosed-forms", "10000-forms", "1mb-of-controls"],
)
@pytest.mark.timeout(HOSTILE_BUDGET_S)
def test_a_hostile_login_page_is_read_quickly(html: str) -> None:
    try:
        login.find_form(html, LOGIN_URL, SPEC)
    except ValueError:
        pass  # a missing form, or one no post can do: either is an answer
