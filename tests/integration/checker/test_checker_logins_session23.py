"""Whole checks logging into department applications the checker misread (``login_apps_s23``).

Real HTTP and HTTPS servers on 127.0.0.1; no success or failure marker is configured, so the verdict
is what the checker reads in the answers, as the Pelaksana would.
"""

from __future__ import annotations

from typing import Any

from checker_servers import FakeSite, app_secret
from login_apps_s23 import (
    CityHostApp,
    DisabledAccountApp,
    FooterCaptchaApp,
    HiddenCaptchaApp,
    ProxiedLaravelApp,
    SpringApp,
)
from test_checker_logins import address, login_config
from test_checker_logins import check as check_at
from test_checker_logins_javascript import MANUAL, unchecked
from test_checker_logins_real_web import assert_logged_in, check, posts, refusal

# --- a layout's reCAPTCHA for its footer's contact form ------------------------------------------------------

DINKES = "dinkes.bekasikota.go.id"


def test_a_login_inside_a_layout_loading_recaptcha_for_its_footer_logs_in(site: FakeSite) -> None:
    app = FooterCaptchaApp()
    app.install(site)
    assert_logged_in(check(site, DINKES, "/auth/login", ("username", "password")))
    (post,) = posts(site)
    assert post.form["csrf_test_name"] == [post.cookies["csrf_cookie_name"]] and "g-recaptcha-response" not in post.form


def test_a_wrong_password_beside_the_footers_recaptcha_is_a_refusal(site: FakeSite, tmp_path: Any) -> None:
    FooterCaptchaApp().install(site)
    wrong = app_secret("salah-sekali")
    event = check(site, DINKES, "/auth/login", ("username", "password"), password=wrong)
    assert refusal(event) == "pesan gagal login tampil: “username atau password salah”"


def test_a_login_form_with_its_own_recaptcha_in_that_layout_is_not_sent(site: FakeSite) -> None:
    app = FooterCaptchaApp(captcha_on_login=True)
    app.install(site)
    reason = unchecked(check(site, DINKES, "/auth/login", ("username", "password")))
    assert reason == f"formulir login memakai CAPTCHA (reCAPTCHA): {MANUAL}" and app.posted == 0


# --- a lock told to the account after the password went right --------------------------------------------------

SIMPEG = "simpeg.bekasikota.go.id"


def test_a_dashboard_telling_the_account_it_is_disabled_is_login_gagal(site: FakeSite) -> None:
    DisabledAccountApp().install(site)
    event = check(site, SIMPEG, "/auth", ("username", "password"))
    assert refusal(event) == "akun pemantauan terkunci atau diblokir: “akun anda telah dinonaktifkan”"


def test_an_admin_dashboard_listing_locked_accounts_is_logged_in(site: FakeSite) -> None:
    DisabledAccountApp(admin=True).install(site)
    assert_logged_in(check(site, SIMPEG, "/auth", ("username", "password")))


def test_the_dashboard_of_an_enabled_account_is_logged_in(site: FakeSite) -> None:
    DisabledAccountApp(disabled=False).install(site)
    assert_logged_in(check(site, SIMPEG, "/auth", ("username", "password")))


# --- a CAPTCHA the login page hid --------------------------------------------------------------------------------


def test_a_captcha_refused_by_a_script_answer_cannot_be_checked(site: FakeSite) -> None:
    app = HiddenCaptchaApp()
    app.install(site)
    reason = unchecked(check(site, "arsip-bekasitimur.bekasikota.go.id", "/index.php", ("username", "password")))
    assert reason == f"aplikasi menolak CAPTCHA yang tidak diisi (“kode captcha salah”): {MANUAL}"
    assert app.posted == 1


# --- Spring Security 6's token in a cookie ----------------------------------------------------------------------

SIMONEV = "simonev.bekasikota.go.id"


def test_spring_security_login_posts_the_forms_masked_token_without_the_cookies_header(site: FakeSite) -> None:
    app = SpringApp()
    app.install(site)
    assert_logged_in(check(site, SIMONEV, "/login", ("username", "password")))
    (post,) = posts(site)
    assert "X-XSRF-TOKEN" not in post.headers and post.form["_csrf"][0] and not app.refused


def test_spring_security_wrong_password_names_its_message(site: FakeSite, tmp_path: Any) -> None:
    SpringApp().install(site)
    wrong = app_secret("salah-sekali")
    event = check(site, SIMONEV, "/login", ("username", "password"), password=wrong)
    assert refusal(event) == "pesan gagal login tampil: “username atau password salah”"


# --- Laravel behind the city's TLS proxy -------------------------------------------------------------------------

SIPKD = "sipkd.bekasikota.go.id"


def test_laravel_writing_an_http_action_on_its_https_page_is_logged_in_over_https(
    tls_site_factory: Any, ca_bundle: str
) -> None:
    secure = tls_site_factory(SIPKD)
    ProxiedLaravelApp().install(secure)
    login = login_config(address(secure, SIPKD, "/login", "https"), ("email", "password"))
    assert_logged_in(check_at(secure, SIPKD, login, scheme="https", ca_bundle=ca_bundle))
    (post,) = posts(secure)
    assert post.form["_token"][0] and "sipkd_session" in post.cookies


# --- a form posting to the city's SSO -----------------------------------------------------------------------------


def test_a_form_posting_to_the_citys_sso_on_another_host_logs_in(site: FakeSite) -> None:
    app = CityHostApp()
    app.install(site)
    assert_logged_in(check(site, app.app, "/login", ("username", "password")))
    (post,) = posts(site)
    assert post.host == app.sso and post.form["service"] == ["eoffice"]


def test_a_wrong_password_at_the_citys_sso_is_sent_back_to_the_login(site: FakeSite, tmp_path: Any) -> None:
    app = CityHostApp()
    app.install(site)
    wrong = app_secret("salah-sekali")
    event = check(site, app.app, "/login", ("username", "password"), password=wrong)
    assert refusal(event) == "dialihkan kembali ke halaman login"
