"""Whole checks of logins no posted form can do: Livewire, a one-time code, another site's account, a SPA.

Real HTTP servers on 127.0.0.1 (``login_apps_javascript``). Such a login is "tidak_dapat_diperiksa":
the application stays judged by its pages (``aktif``), nothing is posted that would send a code or
count against the account, and the reason tells the Pelaksana why. A login the checker can post
(Jetstream's Blade form beside Livewire, the city's Keycloak form) is still checked, and a page
without a login is still a missing form.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from checker_servers import FakeSite, Reply, app_secret
from login_apps_javascript import (
    FilamentApp,
    JetstreamApp,
    KeycloakApp,
    OtpApp,
    SpaApp,
    SsoButtonApp,
    TwoFactorApp,
)
from login_apps_real_web import EMAIL, PASSWORD, USER
from test_checker_logins_real_web import WRONG, assert_logged_in, check, posts, refusal
from vendor_pages import Site, department_page

from pantau_contracts.codec import to_jsonable
from pantau_contracts.status import ApplicationChecked

MANUAL = "pemeriksa tidak dapat login otomatis, periksa login manual"


def unchecked(event: ApplicationChecked) -> str:
    """Return the reason of a login the checker left alone, having checked the app stays active."""
    assert (event.availability, event.reason, event.login.result) == ("aktif", None, "tidak_dapat_diperiksa")
    assert PASSWORD not in json.dumps(to_jsonable(event))
    return event.login.reason or ""


def stored(tmp_path: Path, value: str) -> str:
    """Return a secret reference to a file holding the value."""
    path = app_secret(value)
    return path


# --- Filament on Livewire ----------------------------------------------------------------------------

SIPD = "sipd-bapelitbangda.bekasikota.go.id"


@pytest.mark.parametrize("named", [False, True], ids=["wire-model-only", "named-inputs"])
@pytest.mark.parametrize("version", [3, 2])
def test_a_filament_login_through_livewire_is_not_attempted_and_the_app_stays_active(
    site: FakeSite, version: int, named: bool
) -> None:
    # Was "tidak ada formulir dengan kolom 'password'" (inputs without a name), or an HTTP 405 for
    # a post to /admin/login (named inputs): the app "tidak_aktif" for a login that works.
    app = FilamentApp(version=version, named=named)
    app.install(site)
    reason = unchecked(check(site, SIPD, "/admin/login", ("email", "password")))
    assert reason == f"formulir login Livewire (wire:submit) hanya terkirim lewat JavaScript: {MANUAL}"
    assert not posts(site) and app.livewire_posts == 0


def test_jetstream_with_livewire_on_its_pages_logs_in_by_its_plain_blade_form(site: FakeSite, tmp_path: Path) -> None:
    JetstreamApp().install(site)
    event = check(site, "simonev.bekasikota.go.id", "/login", ("email", "password"), user=stored(tmp_path, EMAIL))
    assert_logged_in(event)
    assert [p.path for p in posts(site)] == ["/login"]


# --- a one-time code ------------------------------------------------------------------------------------

LAYANAN = "layanan-mandiri.bekasikota.go.id"


@pytest.mark.parametrize(
    ("kind", "username_field"), [("whatsapp", "no_hp"), ("email", "email"), ("authenticator", "nip")]
)
def test_a_login_by_a_one_time_code_is_not_attempted_and_no_code_is_sent(
    site: FakeSite, kind: str, username_field: str
) -> None:
    # Was "gagal" after posting the first field as a two-step login's username, which sent the
    # account's owner a code by WhatsApp or e-mail on every check.
    app = OtpApp(kind=kind)
    app.install(site)
    reason = unchecked(check(site, LAYANAN, "/masuk", (username_field, "password")))
    assert reason == f"login meminta kode OTP atau verifikasi dua langkah: {MANUAL}"
    assert app.codes_sent == 0 and not posts(site)


def test_a_code_asked_after_a_nip_step_that_gave_no_hint_is_not_a_failure(site: FakeSite) -> None:
    # Was "halaman kata sandi tidak muncul setelah nama pengguna dikirim".
    app = OtpApp(kind="after_nip")
    app.install(site)
    reason = unchecked(check(site, LAYANAN, "/masuk", ("nip", "password")))
    assert reason == f"login meminta kode OTP atau verifikasi dua langkah: {MANUAL}"
    assert app.codes_sent == 1  # the first page could not tell


EARSIP = "earsip.bekasikota.go.id"


@pytest.mark.parametrize("rendered", [False, True], ids=["redirected", "rendered"])
def test_a_two_factor_challenge_after_the_password_is_not_judged_a_login(site: FakeSite, rendered: bool) -> None:
    # Was "berhasil" (redirected away from the login page) or "gagal" (rendered in the answer:
    # "tidak ada tanda login berhasil"), though the checker never got past the challenge.
    TwoFactorApp(rendered=rendered).install(site)
    reason = unchecked(check(site, EARSIP, "/login", ("username", "password")))
    assert reason == f"kata sandi diterima, lalu aplikasi meminta kode OTP atau verifikasi dua langkah: {MANUAL}"


def test_a_two_factor_apps_wrong_password_is_still_login_gagal(site: FakeSite, tmp_path: Path) -> None:
    TwoFactorApp().install(site)
    event = check(site, EARSIP, "/login", ("username", "password"), password=stored(tmp_path, WRONG))
    assert refusal(event) == "pesan gagal login tampil: “username atau password salah”"


# --- another site's account -------------------------------------------------------------------------------

EOFFICE = "eoffice.bekasikota.go.id"


@pytest.mark.parametrize(
    ("provider", "named"),
    [
        ("keycloak", "“Masuk dengan SSO Kota Bekasi”"),
        ("siasn", "“Login dengan akun SIASN”"),
        ("google", "“Masuk dengan Google”"),
        ("redirect", "sso.bekasikota.go.id"),
        ("gis", "Google"),
    ],
)
def test_a_login_page_with_only_another_sites_sign_in_is_not_attempted(
    site: FakeSite, provider: str, named: str
) -> None:
    # Was "tidak ada formulir dengan kolom 'password'".
    SsoButtonApp(provider=provider).install(site)
    reason = unchecked(check(site, EOFFICE, "/login", ("username", "password")))
    assert reason == f"login hanya lewat SSO ({named}), tanpa formulir kata sandi: {MANUAL}"
    assert {r.host for r in site.requests} == {EOFFICE} and not posts(site)  # no sign-in elsewhere is started


def test_the_city_keycloaks_own_form_at_the_redirect_target_is_posted_and_logs_in(site: FakeSite) -> None:
    KeycloakApp().install(site)
    assert_logged_in(check(site, EOFFICE, "/login", ("username", "password")))
    (post,) = posts(site)
    assert post.host == "sso.bekasikota.go.id" and post.path.startswith("/realms/pemkot-bekasi/login-actions/")
    assert post.form["login"] == ["Masuk"] and "AUTH_SESSION_ID" in post.cookies
    assert any(r.path == "/beranda" and "eoffice_session" in r.cookies for r in site.requests)


def test_the_city_keycloaks_refusal_is_login_gagal(site: FakeSite, tmp_path: Path) -> None:
    KeycloakApp().install(site)
    event = check(site, EOFFICE, "/login", ("username", "password"), password=stored(tmp_path, WRONG))
    assert refusal(event) == "pesan gagal login tampil: “invalid username or password”"


# --- single-page apps ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("framework", ["vue", "react", "angular", "inertia"])
def test_a_single_page_apps_login_built_by_javascript_is_not_attempted(site: FakeSite, framework: str) -> None:
    # Was "tidak ada formulir dengan kolom 'password'".
    app = SpaApp(framework=framework)
    app.install(site)
    reason = unchecked(check(site, "sipandu.bekasikota.go.id", "/login", ("email", "password")))
    assert reason == f"halaman login dibangun oleh JavaScript (aplikasi satu halaman, login lewat API): {MANUAL}"
    assert app.api_posts == 0


# --- no login at all: as before ----------------------------------------------------------------------------

DINKES = "dinkes.bekasikota.go.id"
MISSING = "tidak ada formulir dengan kolom 'password'"

_SSO_AND_OTP_NEWS = """<section class="announcement">
  <h3>Waspada Penipuan Kode OTP</h3>
  <p>Dinas Kesehatan tidak pernah meminta kode OTP atau kode verifikasi melalui WhatsApp. Jangan berikan kode
    yang dikirim ke ponsel Anda kepada siapa pun.</p>
  <p>Pegawai: <a href="https://sso.bekasikota.go.id/realms/pemkot-bekasi/account">Login SSO Pegawai</a>
    &middot; <a href="/auth/google/redirect">Masuk dengan Google</a> untuk forum diskusi.</p>
</section>"""


def test_a_department_page_without_a_login_is_still_a_missing_form(site: FakeSite) -> None:
    # Its news warns of OTP scams and links the staff's SSO: neither is this page's login.
    page = department_page(Site(main_extra=_SSO_AND_OTP_NEWS))
    site.route("*", "/", Reply(200, page))
    event = check(site, DINKES, "/", ("username", "password"))
    assert refusal(event) == MISSING


_IGNITION = """<!doctype html>
<html class="theme-light"><head><meta charset="UTF-8"><title>Server Error</title>
<link rel="stylesheet" href="/vendor/ignition/app.css"></head>
<body class="scrollbar-lg antialiased bg-center bg-dots-darker">
<noscript><pre>SQLSTATE[HY000] [2002] Connection refused</pre></noscript>
<div id="app"></div>
<script src="/vendor/ignition/ignition.js"></script>
</body></html>"""


@pytest.mark.parametrize(
    "reply",
    [
        Reply(500, _IGNITION),
        Reply(
            404,
            '<!DOCTYPE html><html><head><title>404</title><script src="/js/app.js"></script></head>'
            '<body><div id="app"><h1>404 | Not Found</h1></div></body></html>',
        ),
    ],
    ids=["ignition-500", "spa-404"],
)
def test_a_login_page_that_answers_an_error_is_still_a_missing_form(site: FakeSite, reply: Reply) -> None:
    site.route("*", "/", Reply(200, department_page()))
    site.route("*", "/login", reply)
    event = check(site, DINKES, "/login", ("username", "password"))
    assert refusal(event) == MISSING
    assert USER not in json.dumps(to_jsonable(event))
