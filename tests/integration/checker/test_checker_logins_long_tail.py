"""Whole checks of the long tail of department logins (``login_apps_long_tail``).

Real HTTP servers on 127.0.0.1; no success or failure marker is configured unless a test says so,
so that the verdict is what the checker reads in the answers, as the Pelaksana would.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from checker_servers import FakeSite, make_checker
from login_apps_long_tail import (
    DISPLAY_NAME,
    VENDOR_SSO,
    CakeApp,
    MathCaptchaApp,
    NativePhpApp,
    NipApp,
    SessionApp,
    VendorKeycloakApp,
)
from test_checker_logins_javascript import MANUAL, stored, unchecked
from test_checker_logins_real_web import WRONG, assert_logged_in, check, posts, refusal

from pantau_common.registry.model import AppSpec
from pantau_contracts.status import ApplicationChecked

SIMPEG = "simpeg.dinkes.bekasikota.go.id"
FIELDS = ("username", "password")


def check_named(site: FakeSite, path: str, display_name: str) -> ApplicationChecked:
    """Return a check whose login names the account's display name, as the registry may."""
    login = {
        "url": f"http://{SIMPEG}:{site.port}{path}",
        "username_field": "username",
        "password_field": "password",
        "username_secret": "env:PANTAU_APP_SECRET_DEMO_USER",
        "password_secret": "env:PANTAU_APP_SECRET_DEMO_PASS",
        "display_name": display_name,
    }
    spec = AppSpec(
        id="aplikasi", pd_id="pd", nama="Aplikasi", url=f"http://{SIMPEG}:{site.port}/", config={"login": login}
    )
    return asyncio.run(make_checker(site.port).check(spec))


# --- a notice script sending the browser to the public portal ---------------------------------------


@pytest.mark.parametrize("notice", ["swal", "toastr"])
def test_a_refusal_said_by_a_notice_script_is_a_failure_not_a_trip_to_the_portal(
    site: FakeSite, tmp_path: Path, notice: str
) -> None:
    # Was "berhasil": the script's window.location to the public portal was followed, and a
    # redirect away from the login page to a page without the form counted as logged in.
    NativePhpApp(notice=notice).install(site)
    event = check(site, SIMPEG, "/login.php", FIELDS, password=stored(tmp_path, WRONG))
    assert refusal(event) == "pesan gagal login tampil: “username atau password salah”"
    assert all(r.path != "/index.php" for r in site.requests)  # the portal the script names is not visited


def test_a_welcome_notice_script_is_followed_to_the_admin_page(site: FakeSite) -> None:
    NativePhpApp().install(site)
    assert_logged_in(check(site, SIMPEG, "/login.php", FIELDS))
    assert any(r.path == "/admin/" and "PHPSESSID" in r.cookies for r in site.requests)


# --- a session lost between the login and the dashboard ---------------------------------------------


def test_a_dashboard_sending_a_lost_session_to_the_public_portal_is_a_failure(site: FakeSite) -> None:
    # Was "berhasil": redirected away from /login to a page without the password field, which
    # also names "pelaksana kegiatan", the username's word.
    SessionApp(bounce="/", forgetful=True).install(site)
    reason = refusal(check(site, SIMPEG, "/login", FIELDS))
    assert reason == "dialihkan ke halaman publik yang masih menawarkan login, bukan halaman pengguna"
    after = [r.path for r in site.requests[site.requests.index(posts(site)[0]) :]]
    assert after[:3] == ["/login", "/dashboard", "/"]


def test_a_dashboard_sending_a_lost_session_back_to_login_stays_a_failure(site: FakeSite) -> None:
    SessionApp(bounce="/login", forgetful=True).install(site)
    assert refusal(check(site, SIMPEG, "/login", FIELDS)) == "dialihkan kembali ke halaman login"


@pytest.mark.parametrize("json_answer", [False, True], ids=["redirect", "json"])
def test_a_dashboard_greeting_the_display_name_is_a_success(site: FakeSite, json_answer: bool) -> None:
    SessionApp(json_answer=json_answer).install(site)
    assert_logged_in(check_named(site, "/login", DISPLAY_NAME))
    assert any(r.path == "/dashboard" and "simpeg_session" in r.cookies for r in site.requests)


def test_a_json_answer_whose_dashboard_loses_the_session_stays_a_failure(site: FakeSite) -> None:
    SessionApp(bounce="/login", forgetful=True, json_answer=True).install(site)
    assert refusal(check(site, SIMPEG, "/login", FIELDS)) == "dialihkan kembali ke halaman login"


def test_an_account_not_yet_verified_is_named_as_the_accounts_state(site: FakeSite) -> None:
    # Was "dialihkan kembali ke halaman login": the Pelaksana must have the account verified, not retry.
    SessionApp(unverified=True).install(site)
    reason = refusal(check(site, SIMPEG, "/login", FIELDS))
    assert reason == "akun pemantauan terkunci atau diblokir: “akun anda belum diverifikasi”"


def test_a_wrong_password_flashed_back_at_login_stays_named(site: FakeSite, tmp_path: Path) -> None:
    SessionApp().install(site)
    event = check(site, SIMPEG, "/login", FIELDS, password=stored(tmp_path, WRONG))
    assert refusal(event) == "pesan gagal login tampil: “username atau password salah”"


# --- the username field in another case ---------------------------------------------------------------

ABSENSI = "eabsensi.bekasikota.go.id"


def test_a_nip_field_the_registry_wrote_in_capitals_is_posted_as_the_form_names_it(site: FakeSite) -> None:
    # Was "pesan gagal login tampil": "NIP" was posted beside an empty "nip", which PHP reads.
    NipApp().install(site)
    assert_logged_in(check(site, ABSENSI, "/login", ("NIP", "password")))
    (post,) = posts(site)
    assert post.form["nip"] == ["pelaksana"] and "NIP" not in post.form


def test_a_nip_field_named_as_the_registry_writes_it_logs_in_as_before(site: FakeSite) -> None:
    NipApp().install(site)
    assert_logged_in(check(site, ABSENSI, "/login", ("nip", "password")))


# --- a sum as a CAPTCHA ---------------------------------------------------------------------------------


@pytest.mark.parametrize("placeholder", [False, True], ids=["label", "placeholder"])
def test_a_sum_to_answer_beside_the_password_is_a_captcha_and_nothing_is_posted(
    site: FakeSite, placeholder: bool
) -> None:
    # Was "gagal" ("Jawaban hitungan salah"): the application's login counted as broken.
    app = MathCaptchaApp(placeholder=placeholder)
    app.install(site)
    reason = unchecked(check(site, "simpel.bekasikota.go.id", "/login", FIELDS))
    assert reason == f"formulir login memakai CAPTCHA (soal hitungan): {MANUAL}"
    assert app.posts == 0


# --- CakePHP's form protection -------------------------------------------------------------------------


def test_a_cakephp_form_gets_no_field_it_did_not_hold_under_a_meta_csrf_token(site: FakeSite) -> None:
    # Was "HTTP 400 setelah mengirim formulir": the meta token went as an extra "_token" field,
    # which FormProtection's _Token[fields] refuses.
    CakeApp().install(site)
    assert_logged_in(check(site, "simonev.bekasikota.go.id", "/users/login", ("email", "password")))
    (post,) = posts(site)
    assert "_token" not in post.form and post.form["_csrfToken"] == [post.cookies["csrfToken"]]


# --- a vendor's Keycloak ----------------------------------------------------------------------------------


def test_a_vendors_keycloak_on_another_domain_is_not_sent_the_credentials(site: FakeSite) -> None:
    # Was "berhasil", having posted the department's credentials to the vendor's realm.
    app = VendorKeycloakApp()
    app.install(site)
    reason = unchecked(check(site, SIMPEG, "/login", FIELDS))
    assert (
        reason
        == f"login dialihkan ke halaman SSO situs lain ({VENDOR_SSO}), kata sandi tidak dikirim ke sana: {MANUAL}"
    )
    assert app.posts == 0 and not posts(site)
