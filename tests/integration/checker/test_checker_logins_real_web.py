"""Whole checks logging into department applications as Indonesian government vendors build them.

Real HTTP servers on 127.0.0.1 (``login_apps_real_web``); no success or failure marker is
configured, so the verdict is what the checker reads in the answers, as the Pelaksana would.
"""

from __future__ import annotations

import asyncio
import json

import pytest
from checker_servers import FakeSite, make_checker
from login_apps_real_web import (
    EMAIL,
    PASSWORD,
    BreezeApp,
    CaptchaApp,
    ChainApp,
    CodeIgniterApp,
    PlainPhpApp,
    PortalApp,
    TwoStepApp,
    WordPressApp,
    YiiApp,
)
from login_checks import WRONG, Secret, assert_logged_in, posts, refusal

from pantau_common.registry.model import AppSpec
from pantau_contracts.codec import to_jsonable
from pantau_contracts.status import ApplicationChecked


def check(site: FakeSite, host: str, path: str, fields: tuple[str, str], **secrets: str) -> ApplicationChecked:
    login = {
        "url": f"http://{host}:{site.port}{path}",
        "username_field": fields[0],
        "password_field": fields[1],
        "username_secret": secrets.get("user", "env:PANTAU_APP_SECRET_DEMO_USER"),
        "password_secret": secrets.get("password", "env:PANTAU_APP_SECRET_DEMO_PASS"),
    }
    spec = AppSpec(
        id="aplikasi", pd_id="pd", nama="Aplikasi", url=f"http://{host}:{site.port}/", config={"login": login}
    )
    return asyncio.run(make_checker(site.port).check(spec))


# --- Laravel Breeze and Jetstream on AdminLTE ---------------------------------------------------------

PERIZINAN = "perizinan.bekasikota.go.id"
EMAIL_FIELDS = ("email", "password")


@pytest.mark.parametrize("home", ["/dashboard", "/home"])
def test_breeze_login_by_an_email_field_with_its_token_lands_logged_in(
    site: FakeSite, secret: Secret, home: str
) -> None:
    BreezeApp(home=home).install(site)
    assert_logged_in(check(site, PERIZINAN, "/login", EMAIL_FIELDS, user=secret(EMAIL)))
    (post,) = posts(site)
    assert post.form["email"] == [EMAIL] and "remember" not in post.form  # the box is not ticked
    assert post.form["_token"] == [post.headers["X-CSRF-TOKEN"]] and "laravel_session" in post.cookies
    assert any(r.path == home and "laravel_session" in r.cookies for r in site.requests)


@pytest.mark.parametrize(
    ("locale", "message"),
    [("en", "these credentials do not match our records"), ("id", "email atau kata sandi salah")],
)
def test_breeze_wrong_password_names_the_flashed_error(
    site: FakeSite, secret: Secret, locale: str, message: str
) -> None:
    BreezeApp(locale=locale).install(site)
    event = check(site, PERIZINAN, "/login", EMAIL_FIELDS, user=secret(EMAIL), password=secret(WRONG))
    assert refusal(event) == f"pesan gagal login tampil: “{message}”"


def test_breeze_locked_account_says_the_account_is_locked(site: FakeSite, secret: Secret) -> None:
    # Was "dialihkan kembali ke halaman login": the Pelaksana must have the account unlocked, not retry.
    BreezeApp(locked=True).install(site)
    event = check(site, PERIZINAN, "/login", EMAIL_FIELDS, user=secret(EMAIL))
    assert refusal(event) == "akun pemantauan terkunci atau diblokir: “akun anda terkunci”"


def test_breeze_secure_session_cookie_on_plain_http_is_a_419_though_the_token_went_right(
    site: FakeSite, secret: Secret
) -> None:
    # SESSION_SECURE_COOKIE=true on an http:// site: a browser drops the cookie too, every login expires.
    BreezeApp(secure_cookie=True).install(site)
    event = check(site, PERIZINAN, "/login", EMAIL_FIELDS, user=secret(EMAIL))
    assert refusal(event) == "HTTP 419 setelah mengirim formulir (token CSRF atau sesi ditolak)"
    (post,) = posts(site)
    assert post.form["_token"][0] and post.headers["X-CSRF-TOKEN"] == post.form["_token"][0]


# --- CodeIgniter 3 and 4 ----------------------------------------------------------------------------

EKINERJA = "ekinerja.bekasikota.go.id"
CI_FIELDS = ("username", "password")


@pytest.mark.parametrize("version", [3, 4])
def test_codeigniter_login_posts_the_csrf_hash_of_its_cookie_and_lands_on_the_dashboard(
    site: FakeSite, version: int
) -> None:
    app = CodeIgniterApp(version=version)
    app.install(site)
    assert_logged_in(check(site, EKINERJA, app.paths[0], CI_FIELDS))
    (post,) = posts(site)
    field, cookie = app.csrf
    assert post.path == app.paths[1] and post.form[field] == [post.cookies[cookie]]
    assert any(r.path == app.paths[2] and "ci_session" in r.cookies for r in site.requests)


@pytest.mark.parametrize("version", [3, 4])
def test_codeigniter_wrong_password_flashed_after_the_redirect_is_login_gagal(
    site: FakeSite, secret: Secret, version: int
) -> None:
    app = CodeIgniterApp(version=version)
    app.install(site)
    event = check(site, EKINERJA, app.paths[0], CI_FIELDS, password=secret(WRONG))
    assert refusal(event) == "pesan gagal login tampil: “username atau password salah”"


def test_codeigniter_account_locked_after_three_failures_says_so(site: FakeSite) -> None:
    app = CodeIgniterApp(failures=3)
    app.install(site)
    event = check(site, EKINERJA, app.paths[0], CI_FIELDS)
    assert refusal(event) == "akun pemantauan terkunci atau diblokir: “akun anda terkunci”"


# --- Yii2 --------------------------------------------------------------------------------------------

SIPKD = "sipkd.bekasikota.go.id"
YII_FIELDS = ("LoginForm[username]", "LoginForm[password]")


def test_yii_backend_login_posts_its_masked_token_and_remember_me_as_a_browser(site: FakeSite) -> None:
    YiiApp().install(site)
    assert_logged_in(check(site, SIPKD, "/site/login", YII_FIELDS))
    (post,) = posts(site)
    assert post.form["LoginForm[rememberMe]"] == ["0", "1"] and post.form["login-button"] == [""]
    assert len(post.form["_csrf-backend"]) == 1 and "_csrf-backend" in post.cookies


def test_yii_wrong_password_rendered_again_is_login_gagal(site: FakeSite, secret: Secret) -> None:
    YiiApp().install(site)
    event = check(site, SIPKD, "/site/login", YII_FIELDS, password=secret(WRONG))
    assert refusal(event) == "pesan gagal login tampil: “incorrect username or password”"


# --- PHP without a framework --------------------------------------------------------------------------

SIMADU = "simadu.bekasikota.go.id"
PHP_FIELDS = ("user", "pass")


@pytest.mark.parametrize("success", ["alert", "refresh"])
def test_plain_php_form_in_a_table_answered_by_a_script_or_a_refresh_is_logged_in(site: FakeSite, success: str) -> None:
    # Was "tidak ada formulir": the parser moves a <table>'s form fields out of the form; and a
    # meta refresh answer was read as the landing page.
    PlainPhpApp(success=success).install(site)
    assert_logged_in(check(site, SIMADU, "/login.php", PHP_FIELDS))
    (post,) = posts(site)
    assert post.path == "/proses_login.php" and post.form["Submit"] == ["Login"] and "Reset" not in post.form
    assert any(r.path == "/home.php" and "PHPSESSID" in r.cookies for r in site.requests)


@pytest.mark.parametrize(
    ("alert", "reason"),
    [
        ("Login gagal", "pesan gagal login tampil: “login gagal”"),
        ("Username atau Password Anda salah", "pesan gagal login tampil: “username atau password anda salah”"),
        ("Maaf, data tidak ditemukan", "jawaban formulir hanya skrip yang kembali ke halaman login (history.back)"),
    ],
)
def test_plain_php_failure_alerted_before_history_back_is_login_gagal_with_its_reason(
    site: FakeSite, secret: Secret, alert: str, reason: str
) -> None:
    PlainPhpApp(failure_alert=alert).install(site)
    assert refusal(check(site, SIMADU, "/login.php", PHP_FIELDS, password=secret(WRONG))) == reason


def test_plain_php_session_lost_after_login_is_a_session_expired_failure(site: FakeSite) -> None:
    # session.cookie_secure=1 on http://: the "Login berhasil" alert leads to "Sesi Anda telah
    # berakhir", which a redirect alone took for a success.
    PlainPhpApp(cookie_secure=True).install(site)
    event = check(site, SIMADU, "/login.php", PHP_FIELDS)
    assert refusal(event) == "sesi berakhir setelah login: “sesi anda telah berakhir”"


# --- WordPress ----------------------------------------------------------------------------------------

PPID = "ppid-dinkes.bekasikota.go.id"
WP_FIELDS = ("log", "pwd")


@pytest.mark.parametrize("locale", ["en_US", "id_ID"])
def test_wordpress_login_with_its_test_cookie_lands_in_wp_admin(site: FakeSite, locale: str) -> None:
    WordPressApp(locale=locale).install(site)
    assert_logged_in(check(site, PPID, "/wp-login.php", WP_FIELDS))
    (post,) = posts(site)
    assert post.form["testcookie"] == ["1"] and post.form["wp-submit"] and "rememberme" not in post.form
    assert "wordpress_test_cookie" in post.cookies
    assert any(r.path == "/wp-admin/" and "wordpress_5c1e8a" in r.cookies for r in site.requests)


@pytest.mark.parametrize(
    ("locale", "message"),
    [
        ("en_US", "the password you entered for the username … is incorrect"),
        ("id_ID", "kata sandi yang anda masukkan untuk nama pengguna … salah"),
    ],
)
def test_wordpress_wrong_password_names_its_error_without_the_username(
    site: FakeSite, secret: Secret, locale: str, message: str
) -> None:
    # Was "formulir login masih tampil setelah dikirim": WordPress's message was not read.
    WordPressApp(locale=locale).install(site)
    event = check(site, PPID, "/wp-login.php", WP_FIELDS, password=secret(WRONG))
    assert refusal(event) == f"pesan gagal login tampil: “{message}”"


# --- CAPTCHA --------------------------------------------------------------------------------------------

SIMPATDA = "simpatda.bekasikota.go.id"


@pytest.mark.parametrize(("kind", "named"), [("recaptcha", "reCAPTCHA"), ("image", "gambar kode keamanan")])
def test_a_captcha_on_the_login_form_is_not_posted_and_the_app_is_not_judged_by_it(
    site: FakeSite, kind: str, named: str
) -> None:
    # Was "gagal" (the app refused a post without the CAPTCHA) and the app "tidak_aktif".
    app = CaptchaApp(kind=kind)
    app.install(site)
    event = check(site, SIMPATDA, "/login", ("username", "password"))
    assert (event.availability, event.reason, event.login.result) == ("aktif", None, "tidak_dapat_diperiksa")
    assert event.login.reason is not None and f"CAPTCHA ({named})" in event.login.reason
    assert app.posts == 0 and not posts(site)
    assert PASSWORD not in json.dumps(to_jsonable(event))


# --- a two-step login -------------------------------------------------------------------------------------

SSO = "sso.bekasikota.go.id"


def test_two_step_login_sends_the_username_then_the_password_with_each_pages_token(site: FakeSite) -> None:
    # Was "tidak ada formulir dengan kolom 'password'": the first page asks the username only.
    TwoStepApp().install(site)
    assert_logged_in(check(site, SSO, "/masuk", ("username", "password")))
    first, second = posts(site)
    assert (first.path, second.path) == ("/masuk", "/masuk/sandi")
    assert "password" not in first.form and first.form["_token"] != second.form["_token"]


def test_two_step_wrong_password_is_login_gagal(site: FakeSite, secret: Secret) -> None:
    TwoStepApp().install(site)
    event = check(site, SSO, "/masuk", ("username", "password"), password=secret(WRONG))
    assert refusal(event) == "pesan gagal login tampil: “kata sandi salah”"


def test_two_step_unknown_username_is_login_gagal_before_any_password_is_sent(site: FakeSite, secret: Secret) -> None:
    TwoStepApp().install(site)
    event = check(site, SSO, "/masuk", ("username", "password"), user=secret("bukan-pelaksana"))
    assert refusal(event) == "pesan gagal login tampil: “pengguna tidak ditemukan”"
    assert [p.path for p in posts(site)] == ["/masuk"]


# --- a 302 chain through an SSO callback ----------------------------------------------------------------

SIAK = "siak.bekasikota.go.id"


def test_a_post_to_another_path_answered_by_a_302_chain_setting_the_cookie_is_logged_in(site: FakeSite) -> None:
    app = ChainApp()
    app.install(site)
    assert_logged_in(check(site, SIAK, "/login", ("nip", "sandi")))
    (post,) = posts(site)
    callback, landing = site.requests[site.requests.index(post) + 1 :][:2]
    assert (post.path, callback.path) == ("/auth/verifikasi", f"/sso/callback?ticket={app.ticket}&next=/app/beranda")
    assert landing.path == "/app/beranda" and "SIAKSESSID" in landing.cookies


def test_a_302_chain_back_to_the_login_page_is_login_gagal(site: FakeSite, secret: Secret) -> None:
    ChainApp().install(site)
    event = check(site, SIAK, "/login", ("nip", "sandi"), password=secret(WRONG))
    assert refusal(event) == "dialihkan kembali ke halaman login"


# --- a logged-in page that still says "Login" --------------------------------------------------------------

SATUDATA = "satudata.bekasikota.go.id"


def test_a_logged_in_page_with_a_login_menu_modal_and_failed_logins_log_is_logged_in(site: FakeSite) -> None:
    # Was "gagal": "Login Gagal" in the audit menu read as a refusal, and the template's login
    # modal as the form shown again.
    PortalApp().install(site)
    assert_logged_in(check(site, SATUDATA, "/login", ("username", "password")))


def test_the_portals_wrong_password_is_named_in_its_own_words(site: FakeSite, secret: Secret) -> None:
    PortalApp().install(site)
    event = check(site, SATUDATA, "/login", ("username", "password"), password=secret(WRONG))
    assert refusal(event) == "pesan gagal login tampil: “username atau password yang anda masukkan tidak sesuai”"
