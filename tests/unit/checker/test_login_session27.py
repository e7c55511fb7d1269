"""Form login's pure core on the second round of department applications: logouts drawn as a power icon or a
script's link ("Log Off", "Keluar Aplikasi"), a menu's "Riwayat › Login" and e-Office's "Surat › Masuk", a logged-in
step's "Batal" and "Masuk dengan akun lain", a fiscal year's select whose prompt is the selected option, refusals
worded "Kata sandi untuk NIP … tidak cocok" and "Anda belum terdaftar", and an announcement after the login that
tells of employees whose NIP "belum terdaftar".
"""

from __future__ import annotations

import pytest
from login_cases import USER, login_spec

from pantau_checker.core import login

ORIGIN = "http://ekinerja.bekasikota.go.id"
LOGIN_URL = f"{ORIGIN}/login"
SPEC = login_spec(LOGIN_URL)
HELP = "<div class='callout'>Jika akun terkunci atau lupa kata sandi, hubungi admin BKPSDM di ext. 1204.</div>"


def page(body: str) -> str:
    return f"<!DOCTYPE html><html><head><title>e-Kinerja</title></head><body>{body}</body></html>"


def outcome(body: str, final_url: str = f"{ORIGIN}/dashboard", redirected: bool = True) -> tuple[str, str | None]:
    answer = login.Answer(200, final_url, page(body), redirected, (LOGIN_URL,), username=USER)
    result = login.decide(SPEC, answer)
    return result.result, result.reason


def dashboard(logout: str, menu: str = "") -> str:
    return (
        f"<nav class='main-header navbar'><span class='user'>{USER}</span>{logout}</nav>"
        f"<aside class='main-sidebar'><a href='/dashboard'>Dashboard</a><a href='/skp'>SKP</a>{menu}</aside>"
        f"<section class='content'><h1>Dashboard</h1><p>Capaian kinerja bulan ini: 92%</p>{HELP}</section>"
    )


@pytest.mark.parametrize(
    "logout",
    [
        pytest.param('<a href="#" onclick="keluar()"><i class="fa fa-power-off"></i></a>', id="power-off-icon"),
        pytest.param('<a href="#" onclick="keluar()"><i class="bx bx-log-out"></i></a>', id="boxicons"),
        pytest.param('<a href="javascript:void(0)" onclick="konfirmasiKeluar()">Log Off</a>', id="log-off"),
        pytest.param('<a href="#" class="nav-link">Keluar Aplikasi</a>', id="keluar-aplikasi"),
    ],
)
def test_a_logout_drawn_as_a_power_icon_or_a_scripts_link_is_a_logout(logout: str) -> None:
    assert outcome(dashboard(logout)) == ("berhasil", None)


@pytest.mark.parametrize(
    "menu",
    [
        pytest.param("<a href='/riwayat/login'>Login</a>", id="login-history"),
        pytest.param("<a href='/surat/masuk'>Masuk</a>", id="incoming-mail"),
    ],
)
def test_a_menus_login_history_or_incoming_mail_offers_no_login(menu: str) -> None:
    assert outcome(dashboard("", menu)) == ("berhasil", None)


@pytest.mark.parametrize(
    "link", ["<a href='/login'>Batal</a>", "Bukan Anda? <a href='/login'>Masuk dengan akun lain</a>"]
)
def test_a_logged_in_steps_cancel_or_another_account_offers_no_login(link: str) -> None:
    chooser = f"<h3>Pilih Tahun Anggaran</h3><p>Selamat datang, {USER}</p><form><select name='tahun'></select></form>"
    assert outcome(chooser + link, final_url=f"{ORIGIN}/pilih-tahun") == ("berhasil", None)


def test_an_announcement_of_unregistered_employees_after_the_login_is_no_refusal() -> None:
    notice = (
        f"<h3>Pengumuman</h3><p>Selamat datang, {USER}.</p><p>Pegawai yang NIP belum terdaftar pada e-Kinerja agar "
        "segera melapor ke BKPSDM.</p><a href='/dashboard'>Lanjut ke Dashboard</a>"
    )
    assert outcome(notice, final_url=f"{ORIGIN}/pengumuman") == ("berhasil", None)


@pytest.mark.parametrize(
    ("said", "quoted"),
    [
        ("Kata sandi untuk NIP 198503122010011002 tidak cocok.", "kata sandi untuk nip 198503122010011002 tidak cocok"),
        ("Maaf, Anda belum terdaftar sebagai pengguna.", "anda belum terdaftar"),
    ],
)
def test_refusals_in_other_words_are_refusals(said: str, quoted: str) -> None:
    result, reason = outcome(
        f"<div class='alert alert-danger'>{said}</div><a href='javascript:history.back()'>Kembali</a>"
    )
    assert result == "gagal" and quoted in (reason or "")


def test_a_fiscal_years_prompt_selected_and_disabled_is_not_what_is_sent() -> None:
    form = page(
        '<form method="post" action="/login"><input name="username"><input type="password" name="password">'
        '<select name="tahun" required><option value="" selected disabled>-- Pilih Tahun Anggaran --</option>'
        '<option value="2026">2026</option><option value="2025">2025</option></select>'
        "<button type=submit>Masuk</button></form>"
    )
    found = login.find_form(form, LOGIN_URL, SPEC)
    assert ("tahun", "2026") in found.fields
