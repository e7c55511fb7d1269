"""A bot challenge or a firewall's block in the login's place: the login is not tried, and says why.

The vendors' answers are ``blocked_pages``'s, as they serve them; the application's own refusals,
its login pages (one with a CAPTCHA under a security word in its title) and its answer to a wrong
password are not a protection.
"""

from __future__ import annotations

import sys
from pathlib import Path

import httpx
import pytest

from pantau_checker.core import login

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "integration" / "checker"))
import blocked_pages as pages
from blocked_pages import Shape

# A small PHP app's answer to a wrong password: 403 under a title a firewall's page might carry too.
WRONG_PASSWORD_ANSWER = """<!DOCTYPE html>
<html lang="id">
<head><meta charset="utf-8"><title>Access Denied - SIMPATIK Dinas Perhubungan Kota Bekasi</title>
<link href="assets/css/bootstrap.min.css" rel="stylesheet"></head>
<body class="bg-light">
<nav class="navbar navbar-dark bg-primary"><a class="navbar-brand" href="index.php">SIMPATIK</a>
<ul class="navbar-nav"><li><a href="index.php">Beranda</a></li><li><a href="panduan.php">Panduan</a></li></ul></nav>
<div class="container"><div class="alert alert-danger">Access denied: username atau password salah!</div>
<form action="cek_login.php" method="post"><input type="text" name="user" placeholder="Username">
<input type="password" name="pass" placeholder="Password"><button type="submit" name="login">Masuk</button></form>
<h5>Pengumuman</h5><ul><li>Perpanjangan izin trayek dibuka hingga 31 Desember</li>
<li>Jadwal uji KIR bulan Desember</li><li>Pemeliharaan server Sabtu malam</li></ul></div>
<footer class="text-center small">&copy; 2026 Dinas Perhubungan Kota Bekasi</footer>
</body>
</html>
"""


def refusal(shape: Shape, where: str = login.ON_LOGIN_PAGE) -> str | None:
    """Return the reason the login is not tried for the shape's answer, None when it is tried."""
    try:
        login.refuse_protection(where, shape.status, httpx.Headers(shape.headers), shape.body.encode())
    except login.LoginProtectedError as exc:
        return str(exc)
    return None


@pytest.mark.parametrize("shape", [pytest.param(s, id=s.id) for s in pages.BLOCKED])
def test_a_protection_on_the_login_page_names_the_vendor_its_reference_and_what_to_allow(shape: Shape) -> None:
    reason = refusal(shape) or ""
    assert reason.startswith("halaman login diblokir ") and shape.vendor is not None and shape.vendor in reason
    assert (shape.reference or "") in reason
    assert "izinkan alamat IP dan user-agent pemeriksa Pantau" in reason


def test_a_protection_in_answer_to_the_form_says_so() -> None:
    reason = refusal(pages.MODSECURITY_403, login.ON_ANSWER)
    assert reason is not None and reason.startswith(
        "jawaban formulir login diblokir firewall aplikasi web (WAF) ModSecurity"
    )


def test_a_protection_is_a_login_no_posted_form_can_do() -> None:
    # The shell reports every LoginNotAutomatableError as tidak_dapat_diperiksa, never as gagal.
    assert issubclass(login.LoginProtectedError, login.LoginNotAutomatableError)


@pytest.mark.parametrize(
    "shape", [pytest.param(s, id=s.id) for s in pages.OWN_REFUSALS + pages.OWN_MAINTENANCE + pages.APP_PAGES]
)
def test_the_applications_own_refusal_or_login_page_is_no_protection(shape: Shape) -> None:
    assert refusal(shape) is None


def test_the_answer_to_a_wrong_password_is_no_protection() -> None:
    wrong = Shape("wrong-password", 403, WRONG_PASSWORD_ANSWER, {"Server": "Apache/2.4.41 (Ubuntu)"})
    assert refusal(wrong, login.ON_ANSWER) is None
