"""Whole checks logging into department applications whose login the checker misread (``login_apps_s28``).

Real HTTP servers on 127.0.0.1; no success or failure marker is configured, so the verdict is what the
checker reads in the answers, as the Pelaksana would: the right password logs in (berhasil), a wrong one
is refused (gagal) with the reason the app gave.
"""

from __future__ import annotations

import pytest
from checker_servers import FakeSite
from login_apps_s28 import ErrorPageApp, NoticeLoginApp
from login_checks import WRONG, Secret, assert_logged_in, posts, refusal
from test_checker_logins_session27 import FIELDS, check

# --- a wrong password on an error page of its own, without the form ------------------------------------------

SIMPEG = "simpeg.bekasikota.go.id"
REFUSED = "pesan gagal login tampil"
LOCKED = "akun pemantauan terkunci atau diblokir"
MESSAGES = {
    "tidak-benar": ("Username atau password tidak benar", f"{REFUSED}: “username atau password tidak benar”"),
    "kata-sandi-tidak-benar": (
        "Kata sandi yang Anda masukkan tidak benar.",
        f"{REFUSED}: “kata sandi yang anda masukkan tidak benar”",
    ),
    "nip-slash-password": ("NIP/Password tidak sesuai", f"{REFUSED}: “nip/password tidak sesuai”"),
    "english-is-incorrect": ("Username or password is incorrect.", f"{REFUSED}: “username or password is incorrect”"),
    "invalid-username-slash-password": ("Invalid username/password", f"{REFUSED}: “invalid username/password”"),
    "login-tidak-valid": ("Maaf, login tidak valid.", f"{REFUSED}: “login tidak valid”"),
    "ion-auth-indonesian": ("Log In Gagal", f"{REFUSED}: “log in gagal”"),
    "laravel-key-untranslated": ("auth.failed", f"{REFUSED}: “auth.failed”"),
    "login-failed": ("Login failed! Please check your username and password.", f"{REFUSED}: “login failed”"),
    "authentication-failed": ("Authentication failed.", f"{REFUSED}: “authentication failed”"),
    "nip-tidak-valid": ("NIP tidak valid", f"{REFUSED}: “nip tidak valid”"),
    "kata-sandi-tidak-tepat": (
        "Password yang Anda masukkan tidak tepat.",
        f"{REFUSED}: “password yang anda masukkan tidak tepat”",
    ),
    "anda-gagal-masuk": ("Maaf, Anda gagal masuk. Periksa kembali NIP dan password.", f"{REFUSED}: “anda gagal masuk”"),
    "ion-auth-locked-for-a-while": (
        "Akun Anda untuk sementara dikunci. Coba lagi nanti.",
        f"{LOCKED}: “akun anda untuk sementara dikunci”",
    ),
    "tries-counted": (
        "Anda sudah 3 kali salah memasukkan password. Silakan coba lagi setelah 15 menit.",
        f"{LOCKED}: “anda sudah 3 kali salah memasukkan password”",
    ),
}


def test_the_right_password_of_the_app_with_an_error_page_is_logged_in(site: FakeSite) -> None:
    ErrorPageApp().install(site)  # its dashboard tells how accounts get locked: no refusal there
    assert_logged_in(check(site, SIMPEG, "/auth/login", FIELDS))
    assert len(posts(site)) == 1


@pytest.mark.parametrize(("message", "reason"), MESSAGES.values(), ids=MESSAGES.keys())
def test_a_wrong_password_on_an_error_page_without_the_form_is_login_gagal(
    site: FakeSite, secret: Secret, message: str, reason: str
) -> None:
    ErrorPageApp(message=message).install(site)
    assert refusal(check(site, SIMPEG, "/auth/login", FIELDS, secret(WRONG))) == reason
    assert len(posts(site)) == 1


# --- a login page answering its own post with a notice -----------------------------------------------------------

PPDB = "ppdb-sd.bekasikota.go.id"


@pytest.mark.parametrize("notice", ["swal", "toastr", "alert-refresh", "alert-timer"])
def test_a_success_notice_on_the_login_page_is_followed_to_the_dashboard(site: FakeSite, notice: str) -> None:
    NoticeLoginApp(notice=notice).install(site)
    assert_logged_in(check(site, PPDB, "/login.php", FIELDS))
    (post,) = posts(site)
    assert site.requests[site.requests.index(post) + 1].path == "/dashboard.php"


@pytest.mark.parametrize("notice", ["swal", "toastr", "alert-refresh", "alert-timer"])
def test_a_refusal_notice_on_the_login_page_is_login_gagal(site: FakeSite, secret: Secret, notice: str) -> None:
    NoticeLoginApp(notice=notice).install(site)
    reason = refusal(check(site, PPDB, "/login.php", FIELDS, secret(WRONG)))
    assert reason.startswith(REFUSED)
    assert len(posts(site)) == 1 and "/dashboard.php" not in [r.path for r in site.requests]


def test_a_success_notice_whose_dashboard_sends_back_to_the_login_is_login_gagal(site: FakeSite) -> None:
    NoticeLoginApp(saves_session=False).install(site)
    assert refusal(check(site, PPDB, "/login.php", FIELDS)) == "dialihkan kembali ke halaman login"


def test_a_silent_refusal_beside_the_help_texts_login_berhasil_and_a_buttons_script_is_not_followed(
    site: FakeSite, secret: Secret
) -> None:
    NoticeLoginApp(notice="silent").install(site)
    reason = refusal(check(site, PPDB, "/login.php", FIELDS, secret(WRONG)))
    assert reason == "formulir login masih tampil setelah dikirim"
    assert not {"/daftar.php", "/dashboard.php"} & {r.path for r in site.requests}
