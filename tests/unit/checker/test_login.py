"""Form login's pure core: the form and its CSRF tokens, and the outcome read from the answer."""

from __future__ import annotations

from dataclasses import replace

import pytest

from pantau_checker.core import login
from pantau_common.registry.model import LoginSpec
from pantau_common.registry.validation import validate_registry

LOGIN_URL = "https://simpeg.bekasikota.go.id/login"
SPEC = LoginSpec(
    url=LOGIN_URL,
    username_field="email",
    password_field="password",
    username_secret="env:PANTAU_APP_SECRET_SIMPEG_USER",
    password_secret="env:PANTAU_APP_SECRET_SIMPEG_PASS",
)
USER = "pelaksana"
LOGIN_FORM = (
    '<form method="POST" action="/login"><label>Email</label><input name="email" value="pelaksana">'
    '<input type="password" name="password"><button type="submit">Masuk</button></form>'
)


def page(body: str, head: str = "") -> str:
    return f"<!DOCTYPE html><html><head><title>SIMPEG</title>{head}</head><body>{body}</body></html>"


def answer(body: str, final_url: str = "https://simpeg.bekasikota.go.id/dashboard", **extra: object) -> login.Answer:
    fields: dict[str, object] = {"login_urls": (LOGIN_URL, LOGIN_URL), "username": USER, **extra}
    return login.Answer(200, final_url, body, **fields)  # type: ignore[arg-type]


def outcome(body: str, spec: LoginSpec = SPEC, **extra: object) -> tuple[str, str | None]:
    result = login.decide(spec, answer(body, **extra))
    return result.result, result.reason


DASHBOARD = page(
    '<nav class="navbar"><a class="navbar-brand" href="/">SIMPEG</a><ul class="navbar-nav">'
    '<li class="dropdown"><a class="dropdown-toggle" href="#">Selamat datang, pelaksana</a>'
    '<div class="dropdown-menu"><a href="/profile">Profil</a><form method="POST" action="/logout">'
    '<input type="hidden" name="_token" value="t"><button>Keluar</button></form></div></li></ul></nav>'
    "<main><h1>Dashboard</h1><p>Ringkasan pegawai</p></main>"
)
SPA_SHELL = page('<div id="app"></div><script src="/assets/app.3f9c.js"></script>')


# --- the form and its CSRF tokens ---------------------------------------------------------------


def test_a_laravel_meta_token_goes_as_header_and_as_the_token_field_the_form_lacks() -> None:
    html = page(LOGIN_FORM, '<meta name="csrf-token" content="Kx9fT2">')
    form = login.find_form(html, LOGIN_URL, SPEC)
    assert form.fields == (("_token", "Kx9fT2"),)
    assert login.csrf_headers(form, {}) == {"X-CSRF-TOKEN": "Kx9fT2"}


def test_a_form_with_its_own_token_field_keeps_it_and_the_meta_token_goes_as_header() -> None:
    html = LOGIN_FORM.replace("<label>", '<input type="hidden" name="_token" value="dari-form"><label>')
    form = login.find_form(page(html, '<meta name="csrf-token" content="dari-meta">'), LOGIN_URL, SPEC)
    assert form.fields == (("_token", "dari-form"),)
    assert form.headers == (("X-CSRF-TOKEN", "dari-meta"),)


def test_yii_names_the_field_of_its_meta_token_with_csrf_param() -> None:
    head = '<meta name="csrf-param" content="_csrf-backend"><meta name="csrf-token" content="yW3q==">'
    form = login.find_form(page(LOGIN_FORM, head), LOGIN_URL, SPEC)
    assert form.fields == (("_csrf-backend", "yW3q=="),)


@pytest.mark.parametrize("token_field", ["csrf_test_name", "csrfmiddlewaretoken"])
def test_codeigniter_and_django_hidden_tokens_are_posted_as_the_form_has_them(token_field: str) -> None:
    html = page(LOGIN_FORM.replace("<label>", f'<input type="hidden" name="{token_field}" value="a1b2"><label>'))
    form = login.find_form(html, LOGIN_URL, SPEC)
    assert login.submission(form, SPEC, "u", "p") == [(token_field, "a1b2"), ("email", "u"), ("password", "p")]
    assert login.csrf_headers(form, {"ci_session": "x", "sessionid": "y"}) == {}


def test_the_xsrf_cookie_goes_url_decoded_as_x_xsrf_token() -> None:
    form = login.find_form(page(LOGIN_FORM), LOGIN_URL, SPEC)
    headers = login.csrf_headers(form, {"XSRF-TOKEN": "eyJpdiI6IjEifQ%3D%3D", "laravel_session": "s"})
    assert headers == {"X-XSRF-TOKEN": "eyJpdiI6IjEifQ=="}


def test_djangos_csrftoken_cookie_goes_as_x_csrftoken() -> None:
    form = login.find_form(page(LOGIN_FORM), LOGIN_URL, SPEC)
    assert login.csrf_headers(form, {"csrftoken": "Zq81"}) == {"X-CSRFToken": "Zq81"}


# --- the user's name on the landing page --------------------------------------------------------


def test_the_users_name_on_the_landing_page_is_a_success_without_markers() -> None:
    assert outcome(DASHBOARD) == ("berhasil", None)


def test_the_users_name_counts_without_a_redirect_too() -> None:
    assert outcome(DASHBOARD, final_url=LOGIN_URL, redirected=False) == ("berhasil", None)


def test_a_configured_display_name_counts_as_the_users_name() -> None:
    # No logout link: that alone shows a logged-in page (test_login_real_web).
    body = page("<header>Budi Santoso, S.Kom <a href='/profil'>Profil</a></header><main>Beranda</main>")
    assert outcome(body)[0] == "gagal"
    assert outcome(body, replace(SPEC, display_name="Budi Santoso")) == ("berhasil", None)


def test_the_username_inside_a_longer_word_is_not_the_users_name() -> None:
    assert outcome(page("<main>Laporan pelaksanaan kegiatan</main>"))[0] == "gagal"


def test_the_users_name_counts_in_addition_to_a_success_marker_that_is_missing() -> None:
    assert outcome(DASHBOARD, replace(SPEC, success_marker="Beranda")) == ("berhasil", None)


def test_the_login_form_again_is_a_failure_though_it_holds_the_username() -> None:
    body = page(f"<p>Silakan masuk, {USER}</p>{LOGIN_FORM}")
    assert outcome(body, final_url=LOGIN_URL) == ("gagal", "formulir login masih tampil setelah dikirim")


@pytest.mark.parametrize(
    "message",
    [
        "Username atau password salah!",
        "These credentials do not match our records.",
        "Kata sandi salah, coba lagi.",
        "Login gagal.",
        "Invalid credentials",
        "Please enter the correct username and password for a staff account.",
    ],
)
def test_a_typical_failure_message_is_a_failure_even_beside_the_users_name(message: str) -> None:
    body = page(f'<div class="alert alert-danger">{message}</div><p>Halo {USER}</p>')
    result, reason = outcome(body)
    assert result == "gagal" and reason is not None and reason.startswith("pesan gagal login tampil")


def test_a_failure_message_in_a_script_or_a_hidden_element_does_not_count() -> None:
    hidden = (
        "<script>window.messages = {'auth.failed': 'These credentials do not match our records.'};</script>"
        '<div class="alert" style="display:none">Login gagal</div><template><p>Password salah</p></template>'
    )
    assert outcome(DASHBOARD.replace("<main>", hidden + "<main>")) == ("berhasil", None)


# --- redirects ----------------------------------------------------------------------------------


def test_a_redirect_away_from_the_login_page_to_a_bare_shell_is_a_success() -> None:
    assert outcome(SPA_SHELL, final_url="https://simpeg.bekasikota.go.id/app", redirected=True) == ("berhasil", None)


def test_a_shell_answered_without_a_redirect_is_a_failure() -> None:
    result, reason = outcome(SPA_SHELL, final_url=LOGIN_URL, redirected=False)
    assert result == "gagal" and reason is not None and "tidak dialihkan" in reason


def test_a_redirect_back_to_the_login_page_is_a_failure() -> None:
    back = "https://simpeg.bekasikota.go.id/login?error=1"
    assert outcome(SPA_SHELL, final_url=back, redirected=True) == ("gagal", "dialihkan kembali ke halaman login")
    assert outcome(page(LOGIN_FORM), final_url=back, redirected=True) == ("gagal", "dialihkan kembali ke halaman login")


def test_an_app_whose_login_page_is_its_root_lands_there_again_with_the_users_name() -> None:
    root = "https://simpeg.bekasikota.go.id/"
    spec = replace(SPEC, url=root)
    result = login.decide(spec, answer(DASHBOARD, final_url=root, redirected=True, login_urls=(root, root + "auth")))
    assert result.result == "berhasil"


def test_a_redirect_alone_is_no_success_when_a_success_marker_is_configured() -> None:
    spec = replace(SPEC, success_marker="Keluar")
    assert outcome(SPA_SHELL, spec, redirected=True) == ("gagal", "penanda berhasil tidak ditemukan")


# --- configured markers and status --------------------------------------------------------------


def test_configured_markers_still_decide_first() -> None:
    assert outcome(DASHBOARD, replace(SPEC, failure_marker="Ringkasan"))[1] == "penanda gagal ditemukan"
    assert outcome(page("<p>Login gagal 2 kali. Keluar</p>"), replace(SPEC, success_marker="Keluar"))[0] == "berhasil"
    assert outcome(SPA_SHELL, replace(SPEC, success_url="/dashboard")) == ("berhasil", None)


def test_a_419_names_the_refused_csrf_token() -> None:
    result = login.decide(SPEC, login.Answer(419, LOGIN_URL, "<h1>Page Expired</h1>"))
    assert (result.result, result.reason) == (
        "gagal",
        "HTTP 419 setelah mengirim formulir (token CSRF atau sesi ditolak)",
    )


def test_no_reason_names_the_username() -> None:
    bodies = [page(f"<p>Akun {USER}: password salah</p>"), page(f"<p>{USER}</p>{LOGIN_FORM}"), SPA_SHELL]
    reasons = [outcome(body, redirected=redirected)[1] or "" for body in bodies for redirected in (True, False)]
    assert all(USER not in reason for reason in reasons)
    assert USER not in repr(answer(SPA_SHELL))


def test_a_login_without_success_marker_or_url_is_valid_and_may_name_the_display_name() -> None:
    row = {
        "id": "simpeg",
        "pd": "bkpsdm",
        "nama": "SIMPEG",
        "url": "https://simpeg.bekasikota.go.id/",
        "login": {
            "url": LOGIN_URL,
            "username_field": "email",
            "password_field": "password",
            "username_secret": "env:PANTAU_APP_SECRET_SIMPEG_USER",
            "password_secret": "env:PANTAU_APP_SECRET_SIMPEG_PASS",
            "display_name": "Budi Santoso",
        },
    }
    pd = {"id": "bkpsdm", "nama": "BKPSDM", "singkatan": "BKPSDM", "jenis": "badan"}
    app = validate_registry({"perangkat_daerah": [pd], "applications": [row]}).applications[0]
    assert app.login is not None and app.login.display_name == "Budi Santoso"


# --- the default button, and answers that are only a script ---------------------------------------


@pytest.mark.parametrize(
    ("buttons", "added"),
    [
        ('<button type="submit" name="login">Login</button>', (("login", ""),)),
        ('<button name="masuk" value="1">Masuk</button>', (("masuk", "1"),)),  # a button is a submit button
        ('<input type="submit" name="btnLogin" value="Masuk">', (("btnLogin", "Masuk"),)),
        ('<input type="IMAGE" name="go" src="/masuk.png">', (("go.x", "0"), ("go.y", "0"))),
        ('<button type="button" name="lihat">Lihat</button><button name="login">Login</button>', (("login", ""),)),
        ('<button type="submit">Masuk</button><button type="submit" name="daftar">Daftar</button>', ()),
        ('<input type="reset" name="batal">', ()),
    ],
)
def test_the_form_goes_with_its_default_buttons_name_and_value_as_a_browser_sends_it(
    buttons: str, added: tuple[tuple[str, str], ...]
) -> None:
    form = login.find_form(
        page(f'<form method="post"><input name="email"><input type="password" name="password">{buttons}</form>'),
        LOGIN_URL,
        SPEC,
    )
    assert form.fields == added


@pytest.mark.parametrize(
    ("body", "target"),
    [
        ("<script>alert('Login Berhasil!');window.location='admin/index.php';</script>", "admin/index.php"),
        ('<script type="text/javascript">document.location.href = "/dashboard";</script>', "/dashboard"),
        ("<script>window.location.replace('beranda.php?id=7')</script>", "beranda.php?id=7"),
        ("<meta charset='utf-8'><script>top.location = '/app/'</script>", "/app/"),
    ],
)
def test_a_script_only_answer_is_followed_where_it_sends_the_browser(body: str, target: str) -> None:
    posted_to = "https://simpeg.bekasikota.go.id/cek_login.php"
    assert login.script_redirect(body, posted_to) == f"https://simpeg.bekasikota.go.id/{target.lstrip('/')}"


@pytest.mark.parametrize(
    "body",
    [
        "<script>alert('Username atau Password Salah!');window.location='index.php';</script>",
        "<script>window.location='https://other.example/'</script>",  # another site: not followed
        page(LOGIN_FORM + "<script>axios.post('/login').then(() => { window.location = '/dashboard' })</script>"),
        page(
            "<h1>Dashboard</h1>" + "<p>Rekapitulasi kepegawaian bulan ini.</p>" * 10 + "<script>location='/x'</script>"
        ),
        "<script>console.log('no redirect')</script>",
    ],
)
def test_a_page_a_failure_alert_or_another_site_is_not_followed(body: str) -> None:
    assert login.script_redirect(body, "https://simpeg.bekasikota.go.id/cek_login.php") is None


def test_a_failure_alerted_by_a_script_only_answer_is_the_reason() -> None:
    body = "<script>alert('Username atau Password Salah!');window.location='index.php';</script>"
    assert outcome(body) == ("gagal", "pesan gagal login tampil: “username atau password salah”")
