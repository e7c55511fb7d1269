"""Form login's pure core on the long tail of department logins: notices drawn by script, a sum as
CAPTCHA, a field named in another case, CakePHP's form protection, a vendor's Keycloak, a public
page still offering the login."""

from __future__ import annotations

from dataclasses import replace

import pytest
from login_cases import MANUAL, USER, login_spec

from pantau_checker.core import login
from pantau_common.registry.model import LoginSpec

ORIGIN = "http://simpeg.bekasikota.go.id"
LOGIN_URL = f"{ORIGIN}/login"
SPEC = login_spec(LOGIN_URL)
REFUSED = "pesan gagal login tampil: “username atau password salah”"


def page(body: str, head: str = "") -> str:
    return f"<!DOCTYPE html><html><head><title>SIMPEG</title>{head}</head><body>{body}</body></html>"


def form(extra: str = "", user: str = "username", password: str = "password") -> str:
    return page(
        f'<form method="post" action="/login"><input name="{user}"><input type="password" name="{password}">'
        f"{extra}<button type=submit>Masuk</button></form>"
    )


def outcome(
    body: str, final_url: str = f"{ORIGIN}/dashboard", redirected: bool = True, spec: LoginSpec = SPEC
) -> tuple[str, str | None]:
    answer = login.Answer(200, final_url, body, redirected, (LOGIN_URL,), username=USER)
    result = login.decide(spec, answer)
    return result.result, result.reason


PORTAL = page(
    '<nav><a href="/">Beranda</a><a href="/pengumuman">Pengumuman</a><a class="btn" href="/login">Login</a></nav>'
    "<h1>Selamat Datang di SIMPEG</h1><p>Sistem Informasi Manajemen Kepegawaian untuk pegawai dan pelaksana"
    " kegiatan Dinas Kesehatan Kota Bekasi.</p>"
)
DASHBOARD = page(
    '<nav><a href="/">SIMPEG</a><a href="/logout">Keluar</a></nav><h1>Dashboard</h1><p>1.204 pegawai aktif</p>'
)


# --- notices drawn by SweetAlert, toastr, Notyf -----------------------------------------------------------


@pytest.mark.parametrize(
    "script",
    [
        "Swal.fire('Gagal', 'Username atau password salah', 'error')"
        ".then(function(){ window.location = 'index.php'; });",
        "Swal.fire({icon: 'error', title: 'Gagal', text: 'Username atau password salah'});"
        " setTimeout(function () { window.location.href = 'index.php'; }, 1500);",
        'swal("Gagal!", "Username atau password salah", "error"); window.location = \'index.php\';',
        "toastr.error('Username atau password salah', 'Login Gagal'); window.location = 'index.php';",
    ],
)
def test_a_script_only_refusal_drawn_by_a_notice_is_not_followed_and_is_the_reason(script: str) -> None:
    body = f"<script>{script}</script>"
    assert login.script_redirect(body, f"{ORIGIN}/cek_login.php") is None
    assert outcome(body, final_url=f"{ORIGIN}/cek_login.php", redirected=False) == ("gagal", REFUSED)


def test_a_script_only_welcome_drawn_by_a_notice_is_still_followed() -> None:
    welcome = "Swal.fire('Berhasil', 'Selamat datang', 'success')"
    body = f"<script>{welcome}.then(() => {{ window.location = 'admin/'; }});</script>"
    assert login.script_redirect(body, f"{ORIGIN}/cek_login.php") == f"{ORIGIN}/admin/"


@pytest.mark.parametrize(
    "script",
    [
        "toastr.error('Username atau password salah');",
        "const notyf = new Notyf(); notyf.error('Username atau password salah');",
        "iziToast.error({title: 'Gagal', message: 'Username atau password salah'});",
    ],
)
def test_a_refusal_flashed_as_a_notice_on_the_page_landed_on_is_a_failure(script: str) -> None:
    body = page("<h1>Selamat Datang di SIMPEG</h1>", f"<script>{script}</script>")
    assert outcome(body, final_url=f"{ORIGIN}/") == ("gagal", REFUSED)


def test_a_logged_in_page_whose_script_holds_a_refusal_notice_is_still_logged_in() -> None:
    handler = "<script>$('#ganti').on('submit', () => Swal.fire('Gagal', 'Password salah', 'error'));</script>"
    assert outcome(DASHBOARD.replace("</body>", handler + "</body>")) == ("berhasil", None)


def test_a_notice_naming_its_message_by_a_variable_says_nothing() -> None:
    body = page("<div id=app></div>", "<script>Swal.fire('Info', pesan, 'info');</script><script src=/app.js></script>")
    assert outcome(body) == ("berhasil", None)


# --- vendors' words ----------------------------------------------------------------------------------------


def test_slims_english_refusal_alerted_before_going_back_is_named() -> None:
    body = (
        "<script type=\"text/javascript\">alert('Wrong Username or Password. ACCESS DENIED');history.back();</script>"
    )
    result = outcome(body, final_url=f"{ORIGIN}/index.php?p=login", redirected=False)
    assert result == ("gagal", "pesan gagal login tampil: “wrong username or password”")


def test_symfonys_indonesian_refusal_on_the_form_again_is_named() -> None:
    body = form().replace("<form", '<div class="alert alert-danger">Kredensial salah.</div><form')
    assert outcome(body, final_url=LOGIN_URL) == ("gagal", "pesan gagal login tampil: “kredensial salah”")


@pytest.mark.parametrize(
    ("message", "quoted"),
    [
        ("Akun Anda belum diverifikasi oleh admin BKPSDM.", "akun anda belum diverifikasi"),
        ("Your email address is not verified.", "your email address is not verified"),
    ],
)
def test_an_account_not_yet_verified_is_named_as_the_accounts_state(message: str, quoted: str) -> None:
    body = page(f'<div class="alert alert-warning">{message}</div>')
    assert outcome(body, final_url=f"{ORIGIN}/info") == ("gagal", f"akun pemantauan terkunci atau diblokir: “{quoted}”")


def test_an_admin_dashboard_counting_unverified_accounts_is_logged_in() -> None:
    counted = DASHBOARD.replace("<h1>", "<p>12 akun belum diverifikasi</p><h1>")
    assert outcome(counted) == ("berhasil", None)


# --- a field named in another case ----------------------------------------------------------------------------


def test_a_field_configured_in_another_case_is_posted_as_the_form_names_it() -> None:
    spec = replace(SPEC, username_field="NIP", password_field="password")
    found = login.find_form(form(user="nip", password="Password"), LOGIN_URL, spec)
    assert found.asks_password and found.fields == ()  # not a two-step login, no empty "nip" beside
    assert login.submission(found, spec, USER, "rahasia") == [("nip", USER), ("Password", "rahasia")]


def test_a_field_configured_as_the_form_names_it_is_posted_so() -> None:
    spec = replace(SPEC, username_field="nip")
    found = login.find_form(form(user="nip", extra='<input type="hidden" name="NIP_lama" value="">'), LOGIN_URL, spec)
    assert login.submission(found, spec, USER, "rahasia") == [("NIP_lama", ""), ("nip", USER), ("password", "rahasia")]


# --- CAPTCHAs: a sum, reCAPTCHA v3 ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        '<label for="hasil">Berapa hasil 3 + 4 = ?</label><input id="hasil" name="hasil">',
        '<input type="number" name="jawaban" placeholder="12 - 5 = ?">',
        "<span>7 x 2 =</span><input name=hasil_kali>",
        "<p>Hitung: 8 : 2 = ...</p><input name=hitung>",
    ],
)
def test_a_sum_to_answer_is_a_captcha(question: str) -> None:
    with pytest.raises(login.CaptchaError, match=r"\(soal hitungan\)"):
        login.find_form(form(question), LOGIN_URL, SPEC)


def test_a_sum_asked_as_a_label_is_named_a_sum() -> None:
    with pytest.raises(login.CaptchaError) as raised:
        login.find_form(form("<label>Berapa hasil 3 + 4 = ?</label><input name=hasil>"), LOGIN_URL, SPEC)
    assert str(raised.value) == f"formulir login memakai CAPTCHA (soal hitungan): {MANUAL}"


@pytest.mark.parametrize(
    "note",
    [
        "<p>Tahun Anggaran 2024 - 2025</p>",
        "<small>NIP 18 digit, tanpa spasi</small>",
        "<p>Jam layanan 08:00 - 16:00</p>",
        "<p>Contoh: 2 + 2 = 4</p>",
    ],
)
def test_numbers_that_ask_nothing_are_no_captcha(note: str) -> None:
    assert login.find_form(form(note), LOGIN_URL, SPEC).action == LOGIN_URL


def test_recaptcha_v3s_response_field_is_named_recaptcha_without_its_script_tag() -> None:
    # Its script loaded by a loader of the template's own; was "gambar kode keamanan".
    hidden = '<input type="hidden" name="g-recaptcha-response" id="g-recaptcha-response">'
    with pytest.raises(login.CaptchaError, match=r"\(reCAPTCHA\)"):
        login.find_form(form(hidden), LOGIN_URL, SPEC)


# --- CakePHP's form protection, a meta token -------------------------------------------------------------------


def test_a_form_holding_the_meta_token_under_its_own_name_gets_no_other_field() -> None:
    cake = form(
        '<input type="hidden" name="_csrfToken" value="t0k3n"><input type="hidden" name="_Token[fields]" value="f%3A">'
        '<input type="hidden" name="_Token[unlocked]" value="">'
    ).replace("<title>", '<meta name="csrf-token" content="t0k3n"><title>')
    found = login.find_form(cake, LOGIN_URL, SPEC)
    assert found.fields == (("_csrfToken", "t0k3n"), ("_Token[fields]", "f%3A"), ("_Token[unlocked]", ""))
    assert found.headers == (("X-CSRF-TOKEN", "t0k3n"),)


def test_a_form_without_the_meta_token_still_gets_it_as_laravels_field() -> None:
    laravel = form('<input type="hidden" name="remember_me" value="0">').replace(
        "<title>", '<meta name="csrf-token" content="t0k3n"><title>'
    )
    assert login.find_form(laravel, LOGIN_URL, SPEC).fields == (("remember_me", "0"), ("_token", "t0k3n"))


# --- another organisation's Keycloak ----------------------------------------------------------------------------

KEYCLOAK = page(
    '<div id="kc-header">SSO</div><form id="kc-form-login" onsubmit="login.disabled = true; return true;"'
    ' action="https://{host}/realms/simpeg/login-actions/authenticate?session_code=a&amp;client_id=simpeg"'
    ' method="post"><input id="username" name="username" type="text"><input id="password" name="password"'
    ' type="password"><input type="hidden" id="id-hidden-input" name="credentialId">'
    '<input name="login" id="kc-login" type="submit" value="Masuk"></form>'
)


def test_a_vendors_keycloak_the_login_sent_the_browser_to_is_not_sent_the_credentials() -> None:
    host = "auth.sipd-vendor.co.id"
    page_url = f"https://{host}/realms/simpeg/protocol/openid-connect/auth?client_id=simpeg&response_type=code"
    with pytest.raises(login.LoginNotAutomatableError) as raised:
        login.find_form(KEYCLOAK.replace("{host}", host), page_url, SPEC)
    assert (
        str(raised.value)
        == f"login dialihkan ke halaman SSO situs lain ({host}), kata sandi tidak dikirim ke sana: {MANUAL}"
    )


@pytest.mark.parametrize("host", ["sso.bekasikota.go.id", "www.simpeg.bekasikota.go.id"])
def test_the_citys_own_keycloak_is_sent_the_credentials(host: str) -> None:
    page_url = f"https://{host}/realms/simpeg/protocol/openid-connect/auth?client_id=simpeg"
    found = login.find_form(KEYCLOAK.replace("{host}", host), page_url, SPEC)
    assert found.action.startswith(f"https://{host}/realms/simpeg/login-actions/authenticate")


# --- a public page still offering the login ---------------------------------------------------------------------


def test_a_redirect_to_a_public_page_offering_the_login_is_a_failure() -> None:
    # Was "berhasil": redirected away from the login page, and "pelaksana kegiatan" names the username.
    reason = "dialihkan ke halaman publik yang masih menawarkan login, bukan halaman pengguna"
    assert outcome(PORTAL, final_url=f"{ORIGIN}/") == ("gagal", reason)


def test_a_login_button_to_another_login_path_counts_too() -> None:
    portal = PORTAL.replace('href="/login"', 'href="/auth/masuk"')
    assert outcome(portal, final_url=f"{ORIGIN}/")[0] == "gagal"


def test_a_public_page_greeting_the_display_name_is_a_success() -> None:
    spec = replace(SPEC, display_name="Pelaksana Dinkes")
    greeted = PORTAL.replace("<h1>Selamat Datang di SIMPEG</h1>", "<h1>Selamat Datang, Pelaksana Dinkes</h1>")
    assert outcome(greeted, spec=spec) == ("berhasil", None)


def test_a_page_naming_the_username_without_offering_the_login_is_a_success_as_before() -> None:
    named = PORTAL.replace('<a class="btn" href="/login">Login</a>', "")
    assert outcome(named, final_url=f"{ORIGIN}/") == ("berhasil", None)


def test_a_landing_page_linking_to_the_root_where_the_login_is_stays_a_success() -> None:
    spec = replace(SPEC, url=f"{ORIGIN}/")
    answer = login.Answer(
        200, f"{ORIGIN}/home", page('<a href="/">Beranda</a><h1>Dashboard</h1>'), True, (f"{ORIGIN}/",)
    )
    assert login.decide(spec, answer).result == "berhasil"


@pytest.mark.parametrize(("words", "href"), [("Masuk", "/surat-masuk"), ("Login", "/panduan/login-aplikasi")])
def test_a_link_saying_login_only_counts_toward_a_login_address(words: str, href: str) -> None:
    shell = page(f'<a href="{href}">{words}</a><div id="app"></div><script src="/app.js"></script>')
    assert outcome(shell) == ("berhasil", None)
