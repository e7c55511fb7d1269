"""Whole checks logging into department applications whose login the checker misread (``login_apps_s29``).

Real HTTP servers on 127.0.0.1; no success or failure marker is configured, so the verdict is what the
checker reads in the answers, as the Pelaksana would: the right password logs in (berhasil), a wrong one
is refused (gagal) with the reason the app gave.
"""

from __future__ import annotations

import pytest
from checker_servers import FakeSite
from login_apps_frameworks import WebFormsApp
from login_apps_s29 import AJAX_ANSWERS, SUM_IMAGE, SUMS_ASKED, AjaxWordApp, InPlaceApp, NoticePageApp, SumCaptchaApp
from login_checks import WRONG, Secret, assert_logged_in, posts, refusal
from test_checker_logins_javascript import MANUAL
from test_checker_logins_session27 import FIELDS, check

# --- a wrong password on a notice page of its own, in looser words ----------------------------------------------

SIMPATI = "simpati.bekasikota.go.id"
REFUSED = "pesan gagal login tampil"
# (heading, message, the words the reason quotes)
NOTICES = {
    "only-heading": ("Login Tidak Berhasil", "", "login tidak berhasil"),
    "autentikasi-tidak-berhasil": ("Informasi", "Autentikasi tidak berhasil.", "autentikasi tidak berhasil"),
    "otentikasi-gagal": ("Otentikasi gagal", "Periksa kembali data Anda.", "otentikasi gagal"),
    "gagal-masuk": ("Informasi", "Gagal masuk.", "gagal masuk"),
    "login-ditolak": ("Informasi", "Login ditolak.", "login ditolak"),
    "akses-ditolak": ("Akses Ditolak", "Data yang Anda masukkan tidak dikenali oleh sistem.", "akses ditolak"),
    "access-denied": ("Access Denied", "You do not have permission. Wrong credentials.", "access denied"),
    "tidak-dikenal": ("Informasi", "Username/password tidak dikenal.", "username/password tidak dikenal"),
    "data-tidak-dikenali": (
        "Perhatian",
        "Data yang Anda masukkan tidak dikenali.",
        "data yang anda masukkan tidak dikenali",
    ),
    "kata-kunci-keliru": ("Perhatian", "Nama pengguna atau kata kunci keliru.", "nama pengguna atau kata kunci keliru"),
    "kata-kunci-salah": ("Informasi", "Kata kunci yang anda masukkan salah.", "kata kunci yang anda masukkan salah"),
    "identitas-tidak-cocok": ("Informasi", "Identitas tidak cocok.", "identitas tidak cocok"),
    "periksa-kembali": (
        "Oops!",
        "Silakan periksa kembali NIP dan kata sandi Anda.",
        "periksa kembali nip dan kata sandi",
    ),
    "sesi-tidak-dapat-dibuat": (
        "Informasi",
        "Sesi login tidak dapat dibuat. Periksa data login Anda.",
        "sesi login tidak dapat dibuat",
    ),
    "incorrect-password": ("Error", "Incorrect password.", "incorrect password"),
    "login-error": ("Informasi", "Login Error: wrong password.", "wrong password"),
    "unknown-user": ("Error", "Unknown user or bad password.", "unknown user"),
    "aspnet-login-control": (
        "Sign in",
        "Your login attempt was not successful. Please try again.",
        "login attempt was not successful",
    ),
    "aspnet-core-identity": ("Gagal", "Upaya masuk tidak valid.", "upaya masuk tidak valid"),
}  # fmt: skip


@pytest.mark.parametrize("back", ["index.php", "/", ""], ids=["back-to-index", "back-to-root", "no-button"])
def test_the_right_password_lands_on_a_dashboard_naming_failures_of_others_and_is_logged_in(
    site: FakeSite, back: str
) -> None:
    # Its cards say "Data gagal sinkron: 2" and "Akses ditolak: 3", its log "Login gagal dari IP …":
    # no refusal of this login, on a dashboard showing neither the user nor a logout.
    NoticePageApp(back=back).install(site)
    assert_logged_in(check(site, SIMPATI, "/login.php", FIELDS))
    assert len(posts(site)) == 1


@pytest.mark.parametrize(("heading", "message", "said"), NOTICES.values(), ids=NOTICES.keys())
def test_a_wrong_password_on_a_notice_page_in_looser_words_is_login_gagal(
    site: FakeSite, secret: Secret, heading: str, message: str, said: str
) -> None:
    # Was "berhasil": a redirect away from the login page to a page without the form.
    NoticePageApp(heading=heading, message=message).install(site)
    assert refusal(check(site, SIMPATI, "/login.php", FIELDS, secret(WRONG))) == f"{REFUSED}: “{said}”"
    assert len(posts(site)) == 1


@pytest.mark.parametrize("back", ["/", ""], ids=["back-to-root", "no-button"])
def test_a_notice_page_of_a_wrong_password_is_read_whatever_its_button(
    site: FakeSite, secret: Secret, back: str
) -> None:
    NoticePageApp(heading="Otentikasi gagal", message="Periksa kembali data Anda.", back=back).install(site)
    assert refusal(check(site, SIMPATI, "/login.php", FIELDS, secret(WRONG))) == f"{REFUSED}: “otentikasi gagal”"


# --- an AJAX endpoint answering a word for its page's script ---------------------------------------------------

SIPELITA = "sipelita.bekasikota.go.id"
SAID_IN_A_WORD = "jawaban teks formulir login menyatakan login gagal"
REFUSALS = {
    "sukses-gagal": f"{SAID_IN_A_WORD}: “gagal”",
    "1-0": f"{SAID_IN_A_WORD}: “0”",
    "berhasil-gagal": f"{SAID_IN_A_WORD}: “gagal”",
    "success-error": f"{SAID_IN_A_WORD}: “error”",
    "ok-message": f"{REFUSED}: “username atau password salah”",
    "json-without-address": f"{REFUSED}: “password salah”",
}


@pytest.mark.parametrize("answer", REFUSALS.keys())
def test_the_right_password_answered_by_a_word_of_success_is_logged_in(site: FakeSite, answer: str) -> None:
    # Was "tidak ada tanda login berhasil": a working app marked down.
    AjaxWordApp(answer=answer).install(site)
    assert_logged_in(check(site, SIPELITA, "/login.php", FIELDS))
    assert [r.path for r in posts(site)] == ["/proses_login.php"]


@pytest.mark.parametrize(("answer", "reason"), REFUSALS.items(), ids=REFUSALS.keys())
def test_a_wrong_password_answered_by_a_word_of_refusal_is_login_gagal(
    site: FakeSite, secret: Secret, answer: str, reason: str
) -> None:
    AjaxWordApp(answer=answer).install(site)
    assert refusal(check(site, SIPELITA, "/login.php", FIELDS, secret(WRONG))) == reason


def test_a_word_the_checker_cannot_read_is_not_judged(site: FakeSite) -> None:
    assert "unknown-word" in AJAX_ANSWERS
    AjaxWordApp(answer="unknown-word").install(site)
    event = check(site, SIPELITA, "/login.php", FIELDS)
    assert (event.availability, event.login.result) == ("aktif", "tidak_dapat_diperiksa")
    assert event.login.reason == f"jawaban formulir login berupa teks singkat untuk JavaScript, bukan halaman: {MANUAL}"


# --- a sum asked as a question, a CAPTCHA -----------------------------------------------------------------------


@pytest.mark.parametrize("asked", SUMS_ASKED.values(), ids=SUMS_ASKED.keys())
def test_a_sum_asked_as_a_question_is_a_captcha_and_nothing_is_posted(site: FakeSite, asked: str) -> None:
    # Was "dialihkan kembali ke halaman login": the answer missing, the app refused the right password.
    SumCaptchaApp(asked=asked).install(site)
    event = check(site, SIMPATI, "/login.php", FIELDS)
    assert (event.availability, event.login.result) == ("aktif", "tidak_dapat_diperiksa")
    assert event.login.reason == f"formulir login memakai CAPTCHA (soal hitungan): {MANUAL}"
    assert posts(site) == []


REFUSED_SUMS = {
    "Jawaban perhitungan salah": "jawaban perhitungan salah",
    "Hasil penjumlahan salah!": "hasil penjumlahan salah",
    "Jawaban salah": "jawaban salah",
    "Verifikasi gagal, silakan ulangi": "verifikasi gagal",
    "Incorrect answer to the security question": "incorrect answer to the security question",
}


@pytest.mark.parametrize(("refused", "quoted"), REFUSED_SUMS.items(), ids=REFUSED_SUMS.values())
def test_the_refusal_of_a_sum_drawn_as_an_image_is_a_captchas(site: FakeSite, refused: str, quoted: str) -> None:
    SumCaptchaApp(asked=SUM_IMAGE, refused=refused).install(site)
    event = check(site, SIMPATI, "/login.php", FIELDS)
    assert (event.availability, event.login.result) == ("aktif", "tidak_dapat_diperiksa")
    assert event.login.reason == f"aplikasi menolak CAPTCHA yang tidak diisi (“{quoted}”): {MANUAL}"


# --- an ASP.NET WebForms login registered by its fields' ids ----------------------------------------------------

SIMPEG = "simpeg.bekasikota.go.id"
WEBFORMS_IDS = ("MainContent_txtUsername", "MainContent_txtPassword")  # what the browser's inspector shows


def test_a_webforms_login_registered_by_its_fields_ids_posts_them_by_their_names(site: FakeSite) -> None:
    # Was "tidak ada formulir dengan kolom 'MainContent_txtPassword'".
    WebFormsApp().install(site)
    assert_logged_in(check(site, SIMPEG, "/Login.aspx", WEBFORMS_IDS))
    (post,) = posts(site)
    assert post.form["ctl00$MainContent$txtUsername"] and not set(WEBFORMS_IDS) & set(post.form)


def test_a_webforms_wrong_password_registered_by_ids_is_login_gagal(site: FakeSite, secret: Secret) -> None:
    WebFormsApp().install(site)
    reason = refusal(check(site, SIMPEG, "/Login.aspx", WEBFORMS_IDS, secret(WRONG)))
    assert reason == "pesan gagal login tampil: “username atau password salah”"


# --- a dashboard answered in place, greeting the user by full name ---------------------------------------------

SIBANGDA = "sibangda.bekasikota.go.id"


def test_the_dashboard_answered_in_place_with_the_users_menu_is_logged_in(site: FakeSite) -> None:
    # Was "tidak ada tanda login berhasil": no redirect, no username, no logout link.
    InPlaceApp().install(site)
    assert_logged_in(check(site, SIBANGDA, "/login.php", FIELDS))
    assert len(posts(site)) == 1


@pytest.mark.parametrize("refused", ["Password salah!", ""], ids=["alert", "silent"])
def test_a_wrong_password_answered_in_place_with_the_login_page_is_still_login_gagal(
    site: FakeSite, secret: Secret, refused: str
) -> None:
    InPlaceApp(refused=refused).install(site)
    reason = refusal(check(site, SIBANGDA, "/login.php", FIELDS, secret(WRONG)))
    assert reason == (
        "pesan gagal login tampil: “password salah”" if refused else "formulir login masih tampil setelah dikirim"
    )
