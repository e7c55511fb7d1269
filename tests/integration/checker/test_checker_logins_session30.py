"""Whole checks logging into department applications whose login the checker misread (``login_apps_s30``).

Real HTTP servers on 127.0.0.1; no success or failure marker is configured, so the verdict is what the
checker reads in the answers, as the Pelaksana would: the right password logs in (berhasil), a wrong one
is refused (gagal) with the reason the app gave, and a login no posted form can do is not attempted.
"""

from __future__ import annotations

import pytest
from checker_servers import FakeSite
from login_apps_s30 import ImageCodeApp, LockScreenApp, WelcomeApp
from login_checks import WRONG, Secret, assert_logged_in, posts, refusal
from test_checker_logins_javascript import MANUAL
from test_checker_logins_session27 import FIELDS, check

SIPELITA = "sipelita.bekasikota.go.id"
SIMPEG = "simpeg.bekasikota.go.id"
SIDATA = "sidata.bekasikota.go.id"
SAID = "pesan gagal login tampil: “username atau password salah”"


@pytest.mark.parametrize("answer", ["box", "swal", "dashboard"])
def test_the_right_password_answered_in_place_with_a_greeting_is_logged_in(site: FakeSite, answer: str) -> None:
    # Was "formulir login masih tampil setelah dikirim" (a box, a SweetAlert), or "tidak ada tanda login berhasil"
    # (the dashboard in place, greeting by full name): a working app marked down.
    WelcomeApp(answer=answer).install(site)
    assert_logged_in(check(site, SIPELITA, "/login.php", FIELDS))
    assert [r.path for r in posts(site)] == ["/login.php"]


@pytest.mark.parametrize("answer", ["box", "swal", "dashboard"])
def test_a_wrong_password_answered_in_place_is_login_gagal(site: FakeSite, secret: Secret, answer: str) -> None:
    WelcomeApp(answer=answer).install(site)
    assert refusal(check(site, SIPELITA, "/login.php", FIELDS, secret(WRONG))) == SAID


@pytest.mark.parametrize(
    "refused",
    [
        "Kode verifikasi salah!",
        "Maaf, kode yang Anda ketik tidak sesuai dengan gambar.",
        "The security code entered was incorrect.",
    ],
    ids=["salah", "gambar", "english"],
)
def test_an_image_code_never_called_captcha_is_a_captcha_and_nothing_is_posted(site: FakeSite, refused: str) -> None:
    # Was "dialihkan kembali ke halaman login": the code missing, the app refused the right password.
    app = ImageCodeApp(refused=refused)
    app.install(site)
    event = check(site, SIMPEG, "/index.php", FIELDS)
    assert (event.availability, event.login.result) == ("aktif", "tidak_dapat_diperiksa")
    assert event.login.reason == f"formulir login memakai CAPTCHA (gambar kode keamanan): {MANUAL}"
    assert app.posted == 0


def test_a_dashboard_with_a_hidden_idle_lock_screen_is_logged_in(site: FakeSite) -> None:
    # Was "formulir login masih tampil setelah dikirim": the lock screen's password field read as the login's.
    LockScreenApp().install(site)
    assert_logged_in(check(site, SIDATA, "/auth", FIELDS))


def test_a_wrong_password_beside_the_lock_screen_app_is_login_gagal(site: FakeSite, secret: Secret) -> None:
    LockScreenApp().install(site)
    assert (
        refusal(check(site, SIDATA, "/auth", FIELDS, secret(WRONG)))
        == "pesan gagal login tampil: “username atau password salah”"
    )


def test_an_account_locked_for_its_failed_logins_is_a_locked_account(site: FakeSite, secret: Secret) -> None:
    # Was "pesan gagal login tampil: “gagal login”": the lock's cause read as the refusal.
    LockScreenApp(refused="Akun Anda terkunci sementara karena 3 kali gagal login. Coba lagi dalam 29 menit.").install(
        site
    )
    reason = refusal(check(site, SIDATA, "/auth", FIELDS, secret(WRONG)))
    assert reason == "akun pemantauan terkunci atau diblokir: “akun anda terkunci”"
