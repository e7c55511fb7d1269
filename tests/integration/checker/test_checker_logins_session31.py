"""Whole checks logging into SIMPEG (``login_apps_s31``), whose lockouts, expired passwords and missing rights the
checker misread.

Real HTTP servers on 127.0.0.1; no success or failure marker is configured, so the verdict is what the checker
reads in the answers, as the Pelaksana would: a lock the answer tells is the account's lock, not a wrong password;
a right password that lands on a page asking a new one, or saying the account has no rights to the application,
is no login that lets the Pelaksana in; a login page's standing rule on locking refuses nothing.
"""

from __future__ import annotations

import pytest
from checker_servers import FakeSite
from login_apps_s31 import SimpegApp
from login_checks import WRONG, Secret, assert_logged_in, posts, refusal
from test_checker_logins_session27 import FIELDS, check

SIMPEG = "simpeg.bekasikota.go.id"
SAID = "pesan gagal login tampil: “username atau password salah”"
LOCKED = "akun pemantauan terkunci atau diblokir: “{}”"
EXPIRED = "kata sandi akun pemantauan kedaluwarsa, aplikasi meminta kata sandi baru: “{}”"
NO_RIGHTS = "akun pemantauan tidak berhak mengakses aplikasi: “{}”"


def _check(site: FakeSite, app: SimpegApp, password: str = "") -> object:
    app.install(site)
    return check(site, SIMPEG, "/auth/login", FIELDS, password)


@pytest.mark.parametrize(
    ("flash", "locked"),
    [
        ("Password salah. Akun Anda terkunci.", "akun anda terkunci"),
        ("Password salah! Akun Anda telah diblokir selama 15 menit.", "akun anda telah diblokir"),
        ("Akun Anda dikunci sementara karena 5 kali gagal login", "akun anda dikunci"),
    ],
    ids=["after-the-refusal", "blocked-for-minutes", "for-failed-logins"],
)
def test_a_lock_told_with_the_refusal_is_the_accounts_lock(
    site: FakeSite, secret: Secret, flash: str, locked: str
) -> None:
    # Was "pesan gagal login tampil: “password salah”": the password blamed, the lock (someone must lift it) unsaid.
    event = _check(site, SimpegApp(refused=flash), secret(WRONG))
    assert refusal(event) == LOCKED.format(locked)


def test_a_warning_of_a_lock_to_come_is_still_the_refusal(site: FakeSite, secret: Secret) -> None:
    event = _check(
        site, SimpegApp(refused="Password salah. Sisa 2 kali percobaan sebelum akun Anda dikunci."), secret(WRONG)
    )
    assert refusal(event) == "pesan gagal login tampil: “password salah”"


NOTICES = ["Akun akan dikunci setelah 3 kali gagal login.", "Akun Anda akan diblokir setelah 5 kali gagal masuk."]


@pytest.mark.parametrize("notice", NOTICES, ids=["gagal-login", "gagal-masuk"])
def test_a_login_pages_rule_on_locking_refuses_nothing(site: FakeSite, notice: str) -> None:
    # Was "pesan gagal login tampil: “gagal login”": the right password answered in place with a success box,
    # above the login page's standing rule, read as refused.
    assert_logged_in(_check(site, SimpegApp(notice=notice, in_place=True)))
    assert len(posts(site)) == 1


@pytest.mark.parametrize("notice", NOTICES, ids=["gagal-login", "gagal-masuk"])
def test_a_wrong_password_under_a_rule_on_locking_quotes_the_refusal(
    site: FakeSite, secret: Secret, notice: str
) -> None:
    # Was "pesan gagal login tampil: “gagal login”": the rule quoted, not what the app said of the password.
    assert refusal(_check(site, SimpegApp(notice=notice), secret(WRONG))) == SAID


@pytest.mark.parametrize(
    ("page", "locked"),
    [("lockout", "terlalu banyak percobaan login"), ("locked-account", "akun anda terkunci")],
)
def test_a_lockout_answered_with_429_is_the_accounts_lock(
    site: FakeSite, secret: Secret, page: str, locked: str
) -> None:
    # Was tidak_dapat_diperiksa, "diblokir pembatas laju permintaan (rate limit) … izinkan alamat IP": the account's
    # lockout read as a limiter counting the checker's requests.
    event = _check(site, SimpegApp(too_many=page), secret(WRONG))
    assert refusal(event) == LOCKED.format(locked)


def test_a_plain_429_to_the_form_is_still_a_rate_limit(site: FakeSite, secret: Secret) -> None:
    event = _check(site, SimpegApp(too_many="limiter"), secret(WRONG))
    assert (event.availability, event.login.result) == ("aktif", "tidak_dapat_diperiksa")
    assert "pembatas laju permintaan (rate limit)" in (event.login.reason or "")


@pytest.mark.parametrize(
    ("landing", "in_layout", "said"),
    [
        ("expired-one-field", False, "kata sandi anda telah kedaluwarsa"),
        ("expired-two-fields", False, "password expired"),
        ("expired-two-fields", True, "password expired"),
        ("first-login", False, "anda wajib mengganti password"),
    ],
    ids=["one-field", "two-fields", "two-fields-in-the-layout", "default-password"],
)
def test_a_page_asking_a_new_password_after_the_right_one_is_gagal(
    site: FakeSite, landing: str, in_layout: bool, said: str
) -> None:
    # Was "formulir login masih tampil setelah dikirim" (one field) or berhasil (two): the Pelaksana cannot get past
    # the page until someone sets a new password and stores it as the check's secret.
    event = _check(site, SimpegApp(landing=landing, in_layout=in_layout))
    assert refusal(event) == EXPIRED.format(said)


@pytest.mark.parametrize(
    ("landing", "in_layout", "said"),
    [
        ("no-rights", False, "anda tidak berhak"),
        ("no-rights", True, "anda tidak berhak"),
        ("no-role", True, "anda tidak memiliki hak akses"),
    ],
    ids=["notice-page", "in-the-layout", "no-role"],
)
def test_a_right_password_without_rights_to_the_application_is_gagal(
    site: FakeSite, landing: str, in_layout: bool, said: str
) -> None:
    # Was berhasil: a redirect away from the login page, or the layout's logout.
    event = _check(site, SimpegApp(landing=landing, in_layout=in_layout))
    assert refusal(event) == NO_RIGHTS.format(said)


@pytest.mark.parametrize("landing", ["dashboard", "expiry-reminder", "rights-help", "menu-help"])
def test_dashboards_reminding_of_passwords_and_rights_are_logged_in(site: FakeSite, landing: str) -> None:
    assert_logged_in(_check(site, SimpegApp(landing=landing)))
