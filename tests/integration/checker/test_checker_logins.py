"""Logging into department applications as their vendors build them, over real HTTP on 127.0.0.1.

Each framework's app must be judged logged in with the right password and ``login_gagal`` with a
wrong one, with no success marker configured: the checker reads what the answer shows.
"""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import pytest
from checker_servers import FakeSite, Request, app_secret, make_checker
from login_apps import PASSWORD, USER, CodeIgniterApp, DjangoAdmin, LaravelApp, NativePhpApp, SpaApp

from pantau_common.registry.model import AppSpec
from pantau_contracts.codec import to_jsonable
from pantau_contracts.status import ApplicationChecked

WRONG = "salah-sekali"


@pytest.fixture
def wrong_password(tmp_path: Path) -> str:
    """Return a secret reference to a wrong password."""
    secret = app_secret(WRONG)
    return secret


def check(site: FakeSite, host: str, login: dict[str, str], scheme: str = "http", **config: Any) -> ApplicationChecked:
    spec = AppSpec(
        id="aplikasi",
        pd_id="pd",
        nama="Aplikasi",
        url=address(site, host, "/", scheme),
        config={"login": login, **config},
    )
    return asyncio.run(make_checker(site.port).check(spec))


def address(site: FakeSite, host: str, path: str, scheme: str = "http") -> str:
    return f"{scheme}://{host}:{site.port}{path}"


def login_config(
    url: str, fields: tuple[str, str], password_secret: str = "env:PANTAU_APP_SECRET_DEMO_PASS"
) -> dict[str, str]:
    return {
        "url": url,
        "username_field": fields[0],
        "password_field": fields[1],
        "username_secret": "env:PANTAU_APP_SECRET_DEMO_USER",
        "password_secret": password_secret,
    }


def posted(site: FakeSite) -> Request:
    return next(r for r in site.requests if r.method == "POST")


def assert_logged_in(event: ApplicationChecked) -> None:
    assert (event.availability, event.login.result, event.login.reason) == ("aktif", "berhasil", None)


def assert_refused(event: ApplicationChecked) -> str:
    assert (event.availability, event.reason, event.login.result) == ("tidak_aktif", "login_gagal", "gagal")
    published = json.dumps(to_jsonable(event))
    assert WRONG not in published and PASSWORD not in published and USER not in (event.login.reason or "")
    return event.login.reason or ""


# --- Laravel 10 -------------------------------------------------------------------------------------

SIMPEG = "simpeg.bekasikota.go.id"
LARAVEL_FIELDS = ("username", "password")


@pytest.mark.parametrize(
    "app",
    [
        pytest.param(LaravelApp(meta_token=True, xsrf_cookie=False), id="meta-token-only"),
        pytest.param(LaravelApp(meta_token=False, xsrf_cookie=True), id="xsrf-cookie-only"),
        pytest.param(LaravelApp(form_token=True), id="form-token-meta-and-cookie"),
    ],
)
def test_laravel_login_succeeds_wherever_the_layout_puts_the_token(site: FakeSite, app: LaravelApp) -> None:
    app.install(site)
    event = check(site, SIMPEG, login_config(address(site, SIMPEG, "/login"), LARAVEL_FIELDS))
    assert_logged_in(event)
    post = posted(site)
    assert "laravel_session" in post.cookies and post.headers.get("Referer", "").endswith("/login")
    dashboard = [r for r in site.requests if r.path == "/dashboard"]
    assert dashboard and dashboard[0].cookies["laravel_session"] != post.cookies["laravel_session"]


def test_laravel_meta_token_goes_as_header_and_as_the_missing_token_field(site: FakeSite) -> None:
    LaravelApp(meta_token=True, xsrf_cookie=False).install(site)
    assert_logged_in(check(site, SIMPEG, login_config(address(site, SIMPEG, "/login"), LARAVEL_FIELDS)))
    post = posted(site)
    assert post.form["_token"] == [post.headers["X-CSRF-TOKEN"]]


def test_laravel_xsrf_cookie_goes_url_decoded_as_header(site: FakeSite) -> None:
    LaravelApp(meta_token=False, xsrf_cookie=True).install(site)
    assert_logged_in(check(site, SIMPEG, login_config(address(site, SIMPEG, "/login"), LARAVEL_FIELDS)))
    post = posted(site)
    assert "_token" not in post.form and "%3D" in post.cookies["XSRF-TOKEN"]
    assert post.headers["X-XSRF-TOKEN"].endswith("==")


def test_laravel_wrong_password_redirected_back_with_the_error_is_login_gagal(
    site: FakeSite, wrong_password: str
) -> None:
    LaravelApp().install(site)
    event = check(site, SIMPEG, login_config(address(site, SIMPEG, "/login"), LARAVEL_FIELDS, wrong_password))
    assert assert_refused(event) == "pesan gagal login tampil: “identitas tersebut tidak cocok dengan data kami”"
    assert [r.path for r in site.requests if r.method == "GET"][-1] == "/login"


def test_laravel_refusing_a_missing_token_with_419_is_login_gagal(site: FakeSite) -> None:
    LaravelApp(meta_token=False, xsrf_cookie=False).install(site)
    event = check(site, SIMPEG, login_config(address(site, SIMPEG, "/login"), LARAVEL_FIELDS))
    assert assert_refused(event) == "HTTP 419 setelah mengirim formulir (token CSRF atau sesi ditolak)"


# --- CodeIgniter 3 on AdminLTE ----------------------------------------------------------------------

ARSIP = "arsip.bekasikota.go.id"
CI_LOGIN = "/index.php/auth/login"


def test_codeigniter_dashboard_in_the_answer_showing_the_user_is_logged_in(site: FakeSite) -> None:
    CodeIgniterApp().install(site)
    event = check(site, ARSIP, login_config(address(site, ARSIP, CI_LOGIN), ("identity", "password")))
    assert_logged_in(event)
    post = posted(site)
    assert post.form["csrf_test_name"] == [post.cookies["csrf_cookie_name"]] and "ci_session" in post.cookies


def test_codeigniter_wrong_password_is_login_gagal(site: FakeSite, wrong_password: str) -> None:
    CodeIgniterApp().install(site)
    event = check(site, ARSIP, login_config(address(site, ARSIP, CI_LOGIN), ("identity", "password"), wrong_password))
    assert assert_refused(event) == "pesan gagal login tampil: “username atau password salah”"


# --- Django admin over HTTPS ------------------------------------------------------------------------

SIKADES = "sikades.bekasikota.go.id"


def django_check(tls_site_factory: Any, ca_bundle: str, password_secret: str) -> tuple[FakeSite, ApplicationChecked]:
    secure = tls_site_factory(SIKADES)
    DjangoAdmin().install(secure)
    url = address(secure, SIKADES, "/admin/login/?next=/admin/", "https")
    login = login_config(url, ("username", "password"), password_secret)
    return secure, check(secure, SIKADES, login, scheme="https", ca_bundle=ca_bundle)


def test_django_admin_over_https_is_logged_in_with_referer_and_masked_token(
    tls_site_factory: Any, ca_bundle: str
) -> None:
    secure, event = django_check(tls_site_factory, ca_bundle, "env:PANTAU_APP_SECRET_DEMO_PASS")
    assert_logged_in(event)
    post = posted(secure)
    assert post.headers["Referer"].startswith(f"https://{SIKADES}:") and post.form["next"] == ["/admin/"]
    assert len(post.form["csrfmiddlewaretoken"][0]) == 64 and "csrftoken" in post.cookies


def test_django_admin_wrong_password_is_login_gagal(tls_site_factory: Any, ca_bundle: str, wrong_password: str) -> None:
    _secure, event = django_check(tls_site_factory, ca_bundle, wrong_password)
    assert assert_refused(event) == "pesan gagal login tampil: “masukkan nama pengguna dan sandi yang benar”"


# --- A single-page app -----------------------------------------------------------------------------

LAPOR = "lapor.bekasikota.go.id"


def test_spa_login_redirecting_to_a_bare_shell_is_logged_in(site: FakeSite) -> None:
    SpaApp().install(site)
    assert_logged_in(check(site, LAPOR, login_config(address(site, LAPOR, "/login"), ("nip", "kata_sandi"))))
    assert any(r.path == "/app" and "lb_sid" in r.cookies for r in site.requests)


def test_spa_wrong_password_redirected_back_to_login_is_login_gagal(site: FakeSite, wrong_password: str) -> None:
    SpaApp().install(site)
    event = check(site, LAPOR, login_config(address(site, LAPOR, "/login"), ("nip", "kata_sandi"), wrong_password))
    assert assert_refused(event) == "dialihkan kembali ke halaman login"


# --- PHP without a framework ------------------------------------------------------------------------

SIPAKAR = "sipakar.bekasikota.go.id"
PHP_FIELDS = ("user", "pass")


def test_native_php_posting_the_buttons_name_and_following_the_scripts_redirect_is_logged_in(site: FakeSite) -> None:
    # The script logs in only when the submit button's name comes with the form, as a browser
    # sends it; its answer is a <script> that a browser follows to the dashboard.
    NativePhpApp().install(site)
    event = check(site, SIPAKAR, login_config(address(site, SIPAKAR, "/index.php"), PHP_FIELDS))
    assert_logged_in(event)
    assert posted(site).form["login"] == [""]  # the default button; not the reset button
    assert "batal" not in posted(site).form
    assert any(r.path == "/admin/index.php" and "PHPSESSID" in r.cookies for r in site.requests)


def test_native_php_wrong_password_alerted_before_the_scripts_redirect_is_login_gagal(
    site: FakeSite, wrong_password: str
) -> None:
    NativePhpApp().install(site)
    event = check(site, SIPAKAR, login_config(address(site, SIPAKAR, "/index.php"), PHP_FIELDS, wrong_password))
    assert assert_refused(event) == "pesan gagal login tampil: “username atau password salah”"
