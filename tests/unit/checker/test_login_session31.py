"""Form login's pure core on the twelfth round: a lock told right after the refusal, a login page's standing rule
on locking, and a 429 in answer to the form saying the login is locked; each beside the look-alikes that stay as
they were.
"""

from __future__ import annotations

import pytest
from login_cases import USER, login_spec

from pantau_checker.core import login

ORIGIN = "http://simpeg.bekasikota.go.id"
LOGIN_URL = f"{ORIGIN}/auth/login"
SPEC = login_spec(LOGIN_URL)
FORM = """<form action="/auth/login" method="post"><input type="hidden" name="csrf_test_name" value="a1b2c3">
<input type="text" name="username" class="form-control"><input type="password" name="password" class="form-control">
<button type="submit" class="btn btn-primary btn-block">Masuk</button></form>"""


def login_page(*boxes: str) -> str:
    shown = "".join(f'<div class="alert alert-info">{box}</div>' for box in boxes)
    return f"""<!DOCTYPE html><html lang="id"><head><title>SIMPEG | Log in</title></head><body class="login-page">
<div class="login-box"><div class="login-logo"><b>SIMPEG</b> BKPSDM</div><div class="card"><div class="card-body">
<p class="login-box-msg">Silakan masuk untuk memulai sesi</p>{shown}{FORM}
<p class="mb-1"><a href="/auth/lupa_password">Lupa password</a></p></div></div></div></body></html>"""


def decided(*boxes: str) -> tuple[str, str | None]:
    answer = login.Answer(200, LOGIN_URL, login_page(*boxes), True, (LOGIN_URL,), username=USER)
    result = login.decide(SPEC, answer)
    return result.result, result.reason


@pytest.mark.parametrize(
    ("flash", "locked"),
    [
        ("Password salah. Akun Anda terkunci.", "akun anda terkunci"),
        ("Username atau password salah, akun Anda diblokir", "akun anda diblokir"),
        ("Password salah! Akun Anda telah dikunci selama 15 menit.", "akun anda telah dikunci"),
    ],
)
def test_a_lock_told_right_after_the_refusal_is_the_accounts_lock(flash: str, locked: str) -> None:
    assert decided(flash) == ("gagal", f"akun pemantauan terkunci atau diblokir: “{locked}”")


@pytest.mark.parametrize(
    ("flash", "refused"),
    [
        ("Password salah. Sisa 2 kali percobaan sebelum akun Anda dikunci.", "password salah"),
        ("Username atau password salah. Akun terkunci? Hubungi admin BKPSDM.", "username atau password salah"),
        ("Anda sudah 3 kali gagal login. Periksa kembali password Anda.", "anda sudah 3 kali gagal login"),
    ],
)
def test_a_lock_to_come_a_question_and_a_count_told_to_the_user_stay_the_refusal(flash: str, refused: str) -> None:
    assert decided(flash) == ("gagal", f"pesan gagal login tampil: “{refused}”")


@pytest.mark.parametrize(
    "rule", ["Akun akan dikunci setelah 3 kali gagal login.", "Akun akan diblokir setelah 5 kali login gagal."]
)
def test_a_standing_rule_on_locking_is_no_refusal(rule: str) -> None:
    assert decided(rule, "Username atau password salah") == (
        "gagal",
        "pesan gagal login tampil: “username atau password salah”",
    )
    assert decided(rule) == ("gagal", "dialihkan kembali ke halaman login")


LOCKOUT = b"""<!DOCTYPE html><html lang="id"><head><title>Terlalu Banyak Percobaan</title></head><body>
<div class="container"><h1>429</h1><p>Terlalu banyak percobaan login. Coba lagi dalam 15 menit.</p>
<a href="/auth/login">Kembali</a></div></body></html>"""
LIMITED = b"""<!DOCTYPE html><html lang="en"><head><title>Too Many Requests</title></head><body>
<div class="flex-center position-ref full-height"><div class="code">429</div>
<div class="message">Too Many Requests</div></div></body></html>"""


def test_a_429_saying_the_login_is_locked_is_left_to_the_answers_judgement() -> None:
    login.refuse_protection(login.ON_ANSWER, 429, {"retry-after": "900"}, LOCKOUT)
    answer = login.Answer(429, LOGIN_URL, LOCKOUT.decode(), False, (LOGIN_URL,), username=USER)
    assert (
        login.decide(SPEC, answer).reason == "akun pemantauan terkunci atau diblokir: “terlalu banyak percobaan login”"
    )


@pytest.mark.parametrize(("where", "body"), [(login.ON_ANSWER, LIMITED), (login.ON_LOGIN_PAGE, LOCKOUT)])
def test_a_bare_429_or_one_on_the_login_page_is_still_a_rate_limit(where: str, body: bytes) -> None:
    with pytest.raises(login.LoginProtectedError, match="rate limit"):
        login.refuse_protection(where, 429, {"retry-after": "60"}, body)
