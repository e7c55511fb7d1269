"""Form login's pure core on what department applications really answer: vendors' forms and pages."""

from __future__ import annotations

import pytest
from login_cases import USER, login_spec

from pantau_checker.core import login

ORIGIN = "http://simadu.bekasikota.go.id"
LOGIN_URL = f"{ORIGIN}/login.php"
SPEC = login_spec(LOGIN_URL)
FORM = (
    '<form method="post" action="/login"><input name="username"><input type="password" name="password">'
    '<button type="submit">Masuk</button></form>'
)


def page(body: str, head: str = "") -> str:
    return f"<!DOCTYPE html><html><head><title>E-Kinerja</title>{head}</head><body>{body}</body></html>"


def outcome(body: str, final_url: str = f"{ORIGIN}/dashboard", redirected: bool = True) -> tuple[str, str | None]:
    answer = login.Answer(200, final_url, body, redirected, (LOGIN_URL, f"{ORIGIN}/login"), username=USER)
    result = login.decide(SPEC, answer)
    return result.result, result.reason


# --- finding the form as a browser does --------------------------------------------------------------


def test_a_form_in_a_table_layout_is_read_from_its_source_as_its_fields_belong_to_it() -> None:
    # The HTML parser moves the rows out of a <form> opened inside a <table>; a browser's form still owns them.
    html = page(
        '<table width="350" align="center"><form name="form1" method="post" action="proses_login.php">'
        '<tr><td>Username</td><td><input name="username" type="text"></td></tr>'
        '<tr><td>Password</td><td><input name="password" type="password"></td></tr>'
        '<tr><td><input type="hidden" name="level" value="petugas"><input type="submit" name="Submit" value="Login">'
        "</td></tr></form></table>"
    )
    form = login.find_form(html, LOGIN_URL, SPEC)
    assert form.action == f"{ORIGIN}/proses_login.php"
    assert form.fields == (("level", "petugas"), ("Submit", "Login"))


def test_the_form_holding_both_fields_wins_over_a_registration_form_before_it() -> None:
    register = (
        '<div class="modal" id="daftar"><form method="post" action="/register"><input name="nama">'
        '<input type="password" name="password"><input type="password" name="password_confirmation"></form></div>'
    )
    assert login.find_form(page(register + FORM), LOGIN_URL, SPEC).action == f"{ORIGIN}/login"


def test_disabled_fields_are_left_out_as_a_browser_leaves_them() -> None:
    extra = (
        '<input type="text" name="tahun_tampil" value="2026" disabled><input type="hidden" name="tahun" value="2026">'
        '<fieldset disabled><input name="opd" value="semua"></fieldset>'
        '<select name="peran"><option value="admin">Admin</option><option value="operator" selected>Operator'
        "</option></select>"
    )
    form = login.find_form(page(FORM.replace("<button", extra + "<button")), LOGIN_URL, SPEC)
    assert form.fields == (("tahun", "2026"), ("peran", "operator"))


def test_a_page_with_the_username_field_alone_is_a_two_step_logins_first_step() -> None:
    first = page(
        '<form method="post" action="/masuk"><input type="hidden" name="_token" value="t1">'
        '<input name="username"><button>Lanjut</button></form>'
    )
    form = login.find_form(first, LOGIN_URL, SPEC)
    assert not form.asks_password
    assert login.submission(form, SPEC, USER, "rahasia") == [("_token", "t1"), ("username", USER)]
    with pytest.raises(login.LoginFormMissingError):
        login.find_form(first, LOGIN_URL, SPEC, password_only=True)


@pytest.mark.parametrize(
    "other",
    [
        '<form method="post" action="/newsletter/daftar"><input name="username"><button>Berlangganan</button></form>',
        '<form method="get" action="/cari"><input name="username"><button>Masuk</button></form>',
    ],
)
def test_a_newsletter_or_search_form_with_the_username_field_is_no_login_step(other: str) -> None:
    with pytest.raises(login.LoginFormMissingError):
        login.find_form(page(other), LOGIN_URL, SPEC)


# --- a CAPTCHA: never sent, never solved -------------------------------------------------------------


@pytest.mark.parametrize(
    ("widget", "head", "named"),
    [
        ('<div class="g-recaptcha" data-sitekey="6LcQ3x"></div>', "", "reCAPTCHA"),
        ('<div class="h-captcha" data-sitekey="10000000-ffff"></div>', "", "hCaptcha"),
        ('<div class="cf-turnstile" data-sitekey="0x4AAA"></div>', "", "Cloudflare Turnstile"),
        (  # reCAPTCHA v3: no widget, a script that adds a token to the form
            '<input type="hidden" name="recaptcha_token" id="recaptcha_token">',
            '<script src="https://www.google.com/recaptcha/api.js?render=6LcQ3x"></script>',
            "reCAPTCHA",
        ),
        ('<img src="/captcha/flat?Xk3d" alt=""><input name="kode">', "", "gambar kode keamanan"),
        ('<img src="/securimage/securimage_show.php" alt="kode"><input name="ct_kode">', "", "gambar kode keamanan"),
        ('<img src="/gambar.php" alt=""><input name="captcha_code">', "", "gambar kode keamanan"),
    ],
)
def test_a_login_form_with_a_captcha_is_not_sent(widget: str, head: str, named: str) -> None:
    html = page(FORM.replace("<button", widget + "<button"), head)
    with pytest.raises(login.CaptchaError, match=rf"CAPTCHA \({named}\)"):
        login.find_form(html, LOGIN_URL, SPEC)


def test_a_captcha_asked_when_the_form_comes_back_means_the_check_cannot_log_in() -> None:
    back = page(FORM.replace("<button", '<div class="g-recaptcha" data-sitekey="6LcQ3x"></div><button'))
    result, reason = outcome(back, final_url=f"{ORIGIN}/login")
    assert result == "tidak_dapat_diperiksa" and reason is not None and "CAPTCHA (reCAPTCHA)" in reason


# --- refusals in vendors' own words ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("message", "quoted"),
    [
        ("Username atau Password Anda salah!", "username atau password anda salah"),
        ("Maaf, username dan password tidak sesuai.", "username dan password tidak sesuai"),
        ("NIP atau kata sandi yang anda masukkan keliru", "nip atau kata sandi yang anda masukkan keliru"),
        ("Email atau kata sandi salah.", "email atau kata sandi salah"),
        ("Password yang anda masukkan salah", "password yang anda masukkan salah"),
        ("Username tidak ditemukan", "username tidak ditemukan"),
        (
            f"Error: The password you entered for the username {USER} is incorrect. Lost your password?",
            "the password you entered for the username … is incorrect",
        ),
        (
            f"Galat: Kata sandi yang Anda masukkan untuk nama pengguna {USER} salah. Lupa kata sandi?",
            "kata sandi yang anda masukkan untuk nama pengguna … salah",
        ),
        (f"Error: The username {USER} is not registered on this site.", "the username … is not registered"),
        (f"Galat: Nama pengguna {USER} tidak terdaftar di situs ini.", "nama pengguna … tidak terdaftar"),
    ],
)
def test_a_refusal_in_the_vendors_words_is_quoted_without_the_username(message: str, quoted: str) -> None:
    body = page(f'<div id="login_error" class="alert alert-danger">{message}</div>{FORM}')
    assert outcome(body, final_url=f"{ORIGIN}/login") == ("gagal", f"pesan gagal login tampil: “{quoted}”")


@pytest.mark.parametrize(
    ("message", "quoted"),
    [
        ("Akun Anda terkunci. Hubungi administrator.", "akun anda terkunci"),
        (f"Akun {USER} diblokir sementara.", "akun … diblokir"),
        ("Akun Anda telah dinonaktifkan oleh admin.", "akun anda telah dinonaktifkan"),
        ("Too many login attempts. Please try again in 60 seconds.", "too many login attempts"),
        ("Terlalu banyak percobaan login. Silakan coba lagi dalam 60 detik.", "terlalu banyak percobaan login"),
    ],
)
def test_a_locked_account_is_a_failure_that_says_the_account_is_locked(message: str, quoted: str) -> None:
    body = page(f'<div class="alert alert-danger">{message}</div>{FORM}')
    assert outcome(body, final_url=f"{ORIGIN}/login") == (
        "gagal",
        f"akun pemantauan terkunci atau diblokir: “{quoted}”",
    )


def test_a_login_page_warning_that_accounts_will_be_locked_is_no_locked_account() -> None:
    body = page(f"<p>Akun akan dikunci setelah 3 kali gagal masuk.</p>{FORM}")
    assert outcome(body, final_url=f"{ORIGIN}/login") == ("gagal", "dialihkan kembali ke halaman login")


# --- the session that did not survive the login ---------------------------------------------------------


def test_a_session_expired_page_after_the_redirect_is_a_failure_not_a_redirect_success() -> None:
    body = page(
        "<h3>Sesi Anda telah berakhir</h3><p>Silakan login kembali untuk melanjutkan.</p>"
        '<p><a href="login.php">Login</a></p>'
    )
    assert outcome(body, final_url=f"{ORIGIN}/home.php") == (
        "gagal",
        "sesi berakhir setelah login: “sesi anda telah berakhir”",
    )


def test_the_login_form_back_with_session_expired_names_the_session() -> None:
    body = page(f'<div class="alert alert-warning">Your session has expired. Please log in again.</div>{FORM}')
    assert outcome(body, final_url=f"{ORIGIN}/login") == (
        "gagal",
        "sesi berakhir setelah login: “your session has expired”",
    )


# --- a logged-in page, whatever else it says -------------------------------------------------------------

LOGGED_IN = page(
    '<nav><a href="/">Beranda</a><a href="#" data-toggle="modal" data-target="#login">Login</a>'
    f'<div class="modal fade" id="login">{FORM}</div><span>Drs. H. Ahmad Fauzi</span>'
    '<a href="/index.php/auth/logout">Keluar</a></nav>'
    '<aside><a href="/log/login-gagal">Login Gagal</a><a href="/surat_keluar">Surat Keluar</a></aside>'
    "<main><h1>Dashboard</h1><p>Percobaan login gagal 24 jam terakhir: 3</p></main>"
)


def test_a_logged_in_page_with_a_login_modal_and_an_audit_of_failed_logins_is_a_success() -> None:
    assert outcome(LOGGED_IN) == ("berhasil", None)


@pytest.mark.parametrize(
    "logout",
    [
        '<a href="logout.php" onclick="return confirm(\'Yakin?\')">Logout</a>',
        '<a href="/wp-login.php?action=logout&amp;_wpnonce=3f9c">Log Out</a>',
        '<form method="post" action="/site/logout"><button type="submit">Logout (admin)</button></form>',
        '<a href="#" onclick="document.getElementById(\'f\').submit()">Keluar</a>',
    ],
)
def test_a_logout_link_shows_a_logged_in_page_answered_without_a_redirect(logout: str) -> None:
    # CodeIgniter controllers render the dashboard in the POST's answer, greeting the full name only.
    body = page(f"<header><span>Drs. H. Ahmad Fauzi</span>{logout}</header><main><h1>Dashboard</h1></main>")
    assert outcome(body, final_url=f"{ORIGIN}/login", redirected=False) == ("berhasil", None)


def test_an_outgoing_letters_menu_is_no_logout_link() -> None:
    body = page('<aside><a href="/surat_keluar">Surat Keluar</a></aside><main><h1>Arsip</h1></main>')
    assert outcome(body, final_url=f"{ORIGIN}/login", redirected=False)[0] == "gagal"


# --- answers that are a script or a refresh ------------------------------------------------------------


def test_a_script_that_only_goes_back_is_a_failure_whatever_its_alert_says() -> None:
    body = "<script>alert('Maaf, data tidak ditemukan');history.back();</script>"
    assert login.script_redirect(body, f"{ORIGIN}/proses_login.php") is None
    assert outcome(body, final_url=f"{ORIGIN}/proses_login.php", redirected=False) == (
        "gagal",
        "jawaban formulir hanya skrip yang kembali ke halaman login (history.back)",
    )


def test_a_failure_alert_before_window_history_go_back_is_quoted() -> None:
    body = "<script>alert('Username atau Password Anda salah');window.history.go(-1);</script>"
    assert outcome(body, final_url=f"{ORIGIN}/proses_login.php", redirected=False) == (
        "gagal",
        "pesan gagal login tampil: “username atau password anda salah”",
    )


def test_a_meta_refresh_or_refresh_header_answer_is_followed_where_it_sends_the_browser() -> None:
    refresh = page(
        "<center><p>Login berhasil. Mohon tunggu, Anda sedang dialihkan ke halaman utama...</p></center>",
        '<meta http-equiv="refresh" content="1;url=home.php">',
    )
    posted = f"{ORIGIN}/proses_login.php"
    assert login.script_redirect(refresh, posted) == f"{ORIGIN}/home.php"
    assert login.script_redirect("", posted, refresh_header="0; url=admin/index.php") == f"{ORIGIN}/admin/index.php"


def test_a_logged_in_pages_idle_timeout_refresh_to_logout_is_not_followed() -> None:
    body = page(
        '<header><span>Drs. H. Ahmad Fauzi</span><a href="logout.php">Logout</a></header><main>Dashboard</main>',
        '<meta http-equiv="refresh" content="900;url=logout.php">',
    )
    assert login.script_redirect(body, f"{ORIGIN}/proses_login.php") is None


def test_a_refresh_after_a_refusal_is_not_followed_so_that_the_refusal_is_read() -> None:
    body = page(
        "<p>Login gagal! Anda akan dikembalikan ke halaman login.</p>",
        '<meta http-equiv="refresh" content="2;url=login.php">',
    )
    assert login.script_redirect(body, f"{ORIGIN}/proses_login.php") is None
    assert outcome(body, final_url=f"{ORIGIN}/proses_login.php", redirected=False) == (
        "gagal",
        "pesan gagal login tampil: “login gagal”",
    )


# --- status codes and the two-step login's first answer ------------------------------------------------


def test_codeigniters_403_names_its_refused_csrf_token() -> None:
    body = "<h1>An Error Was Encountered</h1><p>The action you have requested is not allowed.</p>"
    result = login.decide(SPEC, login.Answer(403, f"{ORIGIN}/index.php/auth/proses", body))
    assert result.reason == "HTTP 403 setelah mengirim formulir (token CSRF CodeIgniter ditolak)"


def test_a_username_step_answered_without_a_password_form_says_what_refused_it() -> None:
    refused = login.Answer(200, f"{ORIGIN}/masuk", page(f"<p>Pengguna {USER} tidak ditemukan.</p>"), username=USER)
    assert login.decide_username_step(refused).reason == "halaman kata sandi tidak muncul setelah nama pengguna dikirim"
    refused = login.Answer(200, f"{ORIGIN}/masuk", page("<p>Pengguna tidak ditemukan.</p>"), username=USER)
    assert login.decide_username_step(refused).reason == "pesan gagal login tampil: “pengguna tidak ditemukan”"
