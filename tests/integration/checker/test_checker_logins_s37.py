"""Whole checks logging into the login pages of the frameworks and platforms Bekasi's departments run, as their
vendors ship them (``login_apps_s37``): CodeIgniter 3 and 4, Yii2, Django, ASP.NET WebForms and Core Identity, JSF,
Moodle, OJS, SPSE, Laravel Breeze and Inertia, the city's CAS, plain PHP posting by GET, a portal's login modal.

A prober found these misread: an app whose login is its root greeting who signed in there (read as sent back to
the login), a page answered in place greeting "Halo, …" or "Selamat Datang …" without a comma, a NIP shown in its
groups as the only sign of the user, a form asking ``email`` where the registry wrote ``username`` (the right
password refused, blamed on the credentials), an image code labelled "Kode Keamanan" posted every cycle, and an
account no longer active or a 423 Locked read without its lock.

Real HTTP servers on 127.0.0.1, no marker configured; each app is checked with the right and a wrong password.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

import pytest
from checker_servers import FakeSite, make_checker
from login_apps_s37 import (
    EMAIL,
    FULL_NAME,
    LABELLED_CODE,
    NIP,
    PASSWORD,
    ROOT_GREETING,
    ROOT_NAME_ONLY,
    ROOT_USER_MENU,
    UNLABELLED_CODE,
    USER,
    WEBFORMS_FIELDS,
    CasApp,
    VendorApp,
    aspnet_identity,
    breeze,
    codeigniter3,
    django,
    email_form,
    get_form,
    greeting_in_place,
    image_code,
    inertia,
    jsf,
    locked,
    moodle,
    nip_greeting,
    nip_in_place,
    ojs,
    otp,
    portal,
    root_login,
    spse,
    webforms,
    yii2,
)
from login_checks import WRONG, Secret, assert_logged_in, posts, refusal

from pantau_common.registry.model import AppSpec
from pantau_contracts.codec import to_jsonable
from pantau_contracts.status import ApplicationChecked


class App(Protocol):
    posts: list

    def install(self, site: FakeSite) -> None: ...


@dataclass(frozen=True)
class Case:
    """An app, where its login is, the fields as the registry names them, the username, and the reason of a wrong
    password's gagal."""

    app: Callable[[], App]
    host: str
    path: str
    refused: str
    fields: tuple[str, str] = ("username", "password")
    username: str = USER


def said(message: str) -> str:
    return f"pesan gagal login tampil: “{message}”"


def lock(message: str) -> str:
    return f"akun pemantauan terkunci atau diblokir: “{message}”"


CASES = {
    "codeigniter3-flash": Case(codeigniter3, "sikadis.bekasikota.go.id", "/auth", said("username atau password salah")),
    "codeigniter4-nip-greeting": Case(
        nip_greeting, "simpeg.bekasikota.go.id", "/login", said("nip tidak terdaftar"), ("nip", "password"), NIP
    ),
    # The post answered in place: only the name and the NIP in its groups say who signed in.
    "codeigniter4-nip-in-its-groups": Case(
        nip_in_place, "sikep.bekasikota.go.id", "/login", said("nip atau password salah"), ("nip", "password"), NIP
    ),
    # The login is the root, and the root is the dashboard once signed in.
    "root-greets-by-name": Case(
        lambda: root_login(ROOT_GREETING), "siabsen.bekasikota.go.id", "/", said("username atau password salah")
    ),
    "root-shows-the-user-menu": Case(
        lambda: root_login(ROOT_USER_MENU), "siabsen.bekasikota.go.id", "/", said("username atau password salah")
    ),
    # Answered in place, the form gone, greeting who signed in in words other than "Selamat datang, …".
    "in-place-selamat-datang-without-comma": Case(
        lambda: greeting_in_place(f"Selamat Datang {FULL_NAME}"),
        "simas.bekasikota.go.id",
        "/login",
        said("username atau password salah"),
    ),
    "in-place-halo": Case(
        lambda: greeting_in_place(f"Halo, {FULL_NAME}"),
        "simas.bekasikota.go.id",
        "/login",
        said("username atau password salah"),
    ),
    "yii2-basic": Case(
        yii2,
        "sibansos.bekasikota.go.id",
        "/index.php?r=site/login",
        said("incorrect username or password"),
        ("LoginForm[username]", "LoginForm[password]"),
    ),
    "django-next": Case(
        django,
        "sipakar.bekasikota.go.id",
        "/accounts/login/?next=/dashboard/",
        said("masukkan nama pengguna dan sandi yang benar"),
    ),
    "aspnet-webforms": Case(
        webforms, "siremun.bekasikota.go.id", "/Login.aspx", said("username atau password salah"), WEBFORMS_FIELDS
    ),
    "aspnet-core-identity": Case(
        aspnet_identity,
        "sipp.bekasikota.go.id",
        "/Identity/Account/Login",
        said("invalid login"),
        ("Input.Email", "Input.Password"),
        EMAIL,
    ),
    "jsf-primefaces-in-place": Case(
        jsf,
        "simral.bekasikota.go.id",
        "/simral/login.xhtml",
        said("username atau password salah"),
        ("loginForm:username", "loginForm:password"),
    ),
    "moodle-testsession": Case(moodle, "elearning.bekasikota.go.id", "/login/index.php", said("login tidak valid")),
    "ojs": Case(
        ojs,
        "jurnal.bappelitbangda.bekasikota.go.id",
        "/index.php/jurnal/login",
        said("nama pengguna atau kata sandi tidak valid"),
    ),
    "spse": Case(spse, "lpse.bekasikota.go.id", "/eproc4/login", said("login gagal"), ("userid", "password")),
    "laravel-breeze-indonesian": Case(
        breeze,
        "sidakep.bekasikota.go.id",
        "/login",
        said("identitas tersebut tidak cocok dengan data kami"),
        ("email", "password"),
        EMAIL,
    ),
    "cas-of-the-city": Case(CasApp, "sipandu.bekasikota.go.id", "/login", said("kredensial tidak valid")),
    "get-form-redirected": Case(
        get_form, "sipadu.bekasikota.go.id", "/login.php", said("username atau password salah"), ("user", "pass")
    ),
    "get-form-in-place": Case(
        lambda: get_form(in_place=True),
        "sipadu.bekasikota.go.id",
        "/login.php",
        said("username atau password salah"),
        ("user", "pass"),
    ),
    # The registry wrote "username"; the form asks "email".
    "registry-username-form-email": Case(
        email_form, "siprada.bekasikota.go.id", "/login", said("email atau password salah"), username=EMAIL
    ),
    "portal-login-modal": Case(portal, "dpmptsp.bekasikota.go.id", "/", said("username atau password salah")),
    "lock-flashed": Case(
        lambda: locked("Akun Anda terkunci karena 5 kali gagal login. Hubungi admin BKPSDM.", in_place=False),
        "silk.bekasikota.go.id",
        "/login",
        lock("akun anda terkunci"),
    ),
    "lock-423": Case(
        lambda: locked("Akun Anda terkunci sementara. Coba lagi dalam 30 menit.", status=423),
        "silk.bekasikota.go.id",
        "/login",
        lock("akun anda terkunci"),
    ),
    "account-no-longer-active": Case(
        lambda: locked("Maaf, akun Anda sudah tidak aktif."),
        "silk.bekasikota.go.id",
        "/login",
        lock("akun anda sudah tidak aktif"),
    ),
    "credentials-tidak-sah": Case(
        lambda: locked("Username atau password tidak sah"),
        "silk.bekasikota.go.id",
        "/login",
        said("username atau password tidak sah"),
    ),
}


def check(
    site: FakeSite, secret: Secret, case: Case, password: str = PASSWORD, display_name: str | None = None
) -> ApplicationChecked:
    login = {
        "url": f"http://{case.host}:{site.port}{case.path}",
        "username_field": case.fields[0],
        "password_field": case.fields[1],
        "username_secret": secret(case.username),
        "password_secret": secret(password),
        "display_name": display_name,
    }
    url = f"http://{case.host}:{site.port}/"
    spec = AppSpec(id="aplikasi", pd_id="pd", nama="Aplikasi", url=url, config={"login": login})
    return asyncio.run(make_checker(site.port).check(spec))


@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_the_right_password_is_logged_in(site: FakeSite, secret: Secret, case: Case) -> None:
    app = case.app()
    app.install(site)
    assert_logged_in(check(site, secret, case))
    assert len(app.posts) == 1


@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_a_wrong_password_is_login_gagal_with_its_reason(site: FakeSite, secret: Secret, case: Case) -> None:
    app = case.app()
    app.install(site)
    assert refusal(check(site, secret, case, WRONG)) == case.refused
    assert len(app.posts) == 1


def test_the_nip_is_never_quoted_in_a_reason(site: FakeSite, secret: Secret) -> None:
    case = CASES["codeigniter4-nip-in-its-groups"]
    case.app().install(site)
    event = check(site, secret, case, WRONG)
    assert NIP not in json.dumps(to_jsonable(event))


def test_the_username_goes_in_the_forms_email_field_where_the_registry_wrote_username(
    site: FakeSite, secret: Secret
) -> None:
    case = CASES["registry-username-form-email"]
    case.app().install(site)
    assert_logged_in(check(site, secret, case))
    (post,) = posts(site)
    assert post.value("email") == EMAIL and "username" not in post.form


def test_a_form_posted_by_get_publishes_no_password(site: FakeSite, secret: Secret) -> None:
    case = CASES["get-form-in-place"]
    app = case.app()
    app.install(site)
    event = check(site, secret, case)
    assert_logged_in(event)
    (sent,) = app.posts
    assert sent.method == "GET" and f"pass={PASSWORD}" in sent.path  # as the browser sends it
    assert PASSWORD not in json.dumps(to_jsonable(event))


def test_a_root_showing_only_a_name_is_logged_in_by_its_configured_display_name(site: FakeSite, secret: Secret) -> None:
    case = Case(lambda: root_login(ROOT_NAME_ONLY), "siabsen.bekasikota.go.id", "/", "")
    case.app().install(site)
    assert_logged_in(check(site, secret, case, display_name=FULL_NAME))


def test_a_root_showing_only_a_name_not_configured_is_read_as_back_at_the_login(site: FakeSite, secret: Secret) -> None:
    # What the checker cannot tell: the name is no greeting, no menu, neither the username nor a configured name.
    case = Case(lambda: root_login(ROOT_NAME_ONLY), "siabsen.bekasikota.go.id", "/", "")
    case.app().install(site)
    assert refusal(check(site, secret, case)) == "dialihkan kembali ke halaman login"


# --- what the checker cannot log in to, and says so ---------------------------------------------------------------

MANUAL = "pemeriksa tidak dapat login otomatis, periksa login manual"


def assert_not_checkable(event: ApplicationChecked, reason: str) -> None:
    assert (event.availability, event.reason, event.login.result) == ("aktif", None, "tidak_dapat_diperiksa")
    assert event.login.reason == reason
    assert PASSWORD not in json.dumps(to_jsonable(event))


@pytest.mark.parametrize("password", [PASSWORD, WRONG], ids=["right-password", "wrong-password"])
def test_an_image_code_labelled_kode_keamanan_is_never_posted(site: FakeSite, secret: Secret, password: str) -> None:
    app = image_code(LABELLED_CODE, "Kode keamanan salah!")
    app.install(site)
    event = check(site, secret, Case(lambda: app, "sipkd.bekasikota.go.id", "/login", ""), password)
    assert_not_checkable(event, f"formulir login memakai CAPTCHA (gambar kode keamanan): {MANUAL}")
    assert not app.posts


def test_an_image_code_no_markup_names_is_known_by_its_refusal(site: FakeSite, secret: Secret) -> None:
    app = image_code(UNLABELLED_CODE, "Kode yang Anda ketik tidak sesuai dengan gambar")
    app.install(site)
    event = check(site, secret, Case(lambda: app, "sipkd.bekasikota.go.id", "/login", ""))
    words = "kode yang anda ketik tidak sesuai dengan gambar"
    assert_not_checkable(event, f"aplikasi menolak CAPTCHA yang tidak diisi (“{words}”): {MANUAL}")
    assert len(app.posts) == 1


def test_a_code_sent_by_whatsapp_after_the_password_cannot_be_checked(site: FakeSite, secret: Secret) -> None:
    app = otp()
    app.install(site)
    event = check(site, secret, Case(lambda: app, "simpeg.bekasikota.go.id", "/login", ""))
    reason = f"kata sandi diterima, lalu aplikasi meminta kode OTP atau verifikasi dua langkah: {MANUAL}"
    assert_not_checkable(event, reason)


def test_a_laravel_inertia_login_drawn_by_its_script_is_not_posted(site: FakeSite, secret: Secret) -> None:
    app: VendorApp = inertia()
    app.install(site)
    event = check(site, secret, Case(lambda: app, "simpel.bekasikota.go.id", "/login", "", ("email", "password")))
    reason = f"halaman login dibangun oleh JavaScript (aplikasi satu halaman, login lewat API): {MANUAL}"
    assert_not_checkable(event, reason)
    assert not app.posts
