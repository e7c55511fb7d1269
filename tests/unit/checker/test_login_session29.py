"""Form login's pure core on the tenth round of department applications: a wrong password's notice page in
looser words ("Login Tidak Berhasil", "Akses Ditolak", ASP.NET's "Your login attempt was not successful"),
beside landing pages of a right one that say such words of something else.
"""

from __future__ import annotations

import pytest
from login_cases import MANUAL, USER, login_spec

from pantau_checker.core import login

ORIGIN = "http://simpati.bekasikota.go.id"
LOGIN_URL = f"{ORIGIN}/login.php"
SPEC = login_spec(LOGIN_URL)


def page(body: str) -> str:
    return (
        '<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>SIMPATI</title></head>'
        f'<body><div class="container">{body}</div>'
        "<footer><p>&copy; 2026 Dinas Perhubungan Kota Bekasi</p></footer></body></html>"
    )


def outcome(body: str, final_url: str = f"{ORIGIN}/index.php") -> tuple[str, str | None]:
    answer = login.Answer(200, final_url, page(body), True, (LOGIN_URL,), username=USER)
    result = login.decide(SPEC, answer)
    return result.result, result.reason


MENU = (
    '<nav class="navbar"><a href="index.php">Dashboard</a><a href="angkutan.php">Data Angkutan</a>'
    '<a href="laporan.php">Laporan</a></nav>'
)


@pytest.mark.parametrize(
    "body",
    [
        # A welcome after the login, with its help text's condition.
        f"{MENU}<h3>Selamat datang di SIMPATI</h3><p>Jika login tidak berhasil di perangkat lain, hubungi admin.</p>",
        f"{MENU}<h3>Dashboard</h3><div class='card'>Permohonan akses ditolak: 4</div>",  # a count
        f"{MENU}<h3>Dashboard</h3><div class='card'>Login gagal: 12</div>",  # another count
        f"{MENU}<h3>Dashboard</h3><p>Login tidak berhasil? Gunakan menu Bantuan.</p>",  # a question
        # A long page: a dashboard's announcement, not a notice.
        f"{MENU}<h3>Pengumuman</h3>"
        + "<p>Rapat koordinasi angkutan umum Senin pukul 09.00 di aula.</p>" * 12
        + "<p>Akses ditolak bagi kendaraan tanpa uji KIR di terminal.</p>",
        # The log and the menu of an audit page, outside the notice's words.
        f"{MENU}<table class='table'><tr><td>07:41</td><td>Otentikasi gagal dari 10.4.2.17</td></tr></table>",
        f"<ul class='nav'><li><a href='audit.php'>Akses ditolak</a></li></ul>{MENU}<h3>Dashboard</h3>",
    ],
    ids=["condition", "count", "login-gagal-count", "question", "long-page", "log-table", "menu"],
)
def test_a_landing_page_naming_a_failure_of_something_else_is_a_success(body: str) -> None:
    assert outcome(body) == ("berhasil", None)


@pytest.mark.parametrize(
    ("body", "said"),
    [
        ("<h4>Login Tidak Berhasil</h4><a href='index.php' class='btn'>Kembali</a>", "login tidak berhasil"),
        ("<div class='alert alert-danger'>Gagal masuk. Periksa kembali data Anda.</div>", "gagal masuk"),
        # Drawn by the page's script: its words, whatever the page around them.
        (f"{MENU}<script>toastr.error('Login ditolak');</script>", "login ditolak"),
    ],
    ids=["heading", "alert", "toastr"],
)
def test_a_notice_page_refusing_the_login_in_looser_words_is_a_failure(body: str, said: str) -> None:
    assert outcome(body, f"{ORIGIN}/gagal.php") == ("gagal", f"pesan gagal login tampil: “{said}”")


# --- an AJAX endpoint's answer for its page's script ---------------------------------------------------------


def script_data(body: str) -> tuple[str, str | None]:
    answer = login.Answer(200, f"{ORIGIN}/proses_login.php", body, False, (LOGIN_URL,), username=USER)
    result = login.decide(SPEC, answer)
    return result.result, result.reason


@pytest.mark.parametrize(
    "body",
    [
        "sukses",
        "1",
        "berhasil\n",
        "success",
        " OK ",
        '"sukses"',
        '{"status": "success", "message": "Login berhasil"}',  # was not judged: no address to follow
        '{"status": 1}',
        '{"success": true, "data": {"nama": "Pelaksana Monev"}}',
    ],
)
def test_a_word_or_json_of_success_from_an_ajax_endpoint_is_a_success(body: str) -> None:
    assert script_data(body) == ("berhasil", None)


@pytest.mark.parametrize(("body", "word"), [("gagal", "gagal"), ("0", "0"), ("error\n", "error"), ("FALSE", "false")])
def test_a_word_of_refusal_from_an_ajax_endpoint_is_a_failure(body: str, word: str) -> None:
    assert script_data(body) == ("gagal", f"jawaban teks formulir login menyatakan login gagal: “{word}”")


@pytest.mark.parametrize("body", ["pending", "2", "nip_kosong"])
def test_another_word_from_an_ajax_endpoint_is_not_judged(body: str) -> None:
    reason = f"jawaban formulir login berupa teks singkat untuk JavaScript, bukan halaman: {MANUAL}"
    assert script_data(body) == ("tidak_dapat_diperiksa", reason)


@pytest.mark.parametrize(
    "body",
    [
        "",  # nothing said
        "Halaman ini sedang dalam perbaikan, silakan kembali beberapa saat lagi.",  # a sentence, not a word
        "<p>ok</p>",  # markup: a page
    ],
)
def test_an_empty_answer_a_sentence_or_markup_is_no_word(body: str) -> None:
    assert script_data(body)[0] == "gagal"


# --- a sum asked as a question -----------------------------------------------------------------------------------

CREDENTIALS = (
    '<input type="text" name="username" class="form-control">'
    '<input type="password" name="password" class="form-control">'
)


def login_form(beside: str) -> str:
    return (f'<form method="post" action="login.php">{CREDENTIALS}<div class="form-group">{beside}</div>'
            '<button type="submit" name="login">Login</button></form>')  # fmt: skip


@pytest.mark.parametrize(
    "asked",
    [
        '<label>Berapa hasil dari 7 + 5 ?</label><input type="number" name="hasil">',
        '<label>Berapa 7+5?</label><input name="jwb">',
        '<label for="cek">Hitung: 6 + 2</label><input id="cek" name="cek">',
        '<span class="input-group-text">Verifikasi: 14 + 9</span><input name="verifikasi">',
        '<label>What is 3 + 4?</label><input name="math">',
        '<label>Keamanan: 9 x 2</label><input name="jawab">',
    ],
)
def test_a_sum_asked_as_a_question_is_a_captcha(asked: str) -> None:
    with pytest.raises(login.CaptchaError, match="soal hitungan"):
        login.find_form(page(login_form(asked)), LOGIN_URL, SPEC)


@pytest.mark.parametrize(
    "beside",
    [
        '<label>Tahun Anggaran 2025 - 2026</label><select name="ta"><option>2026</option></select>',
        "<label>Verifikasi 2 langkah aktif untuk akun admin</label>",
        '<p class="small">Berapa lama sesi berlaku? 8 jam.</p>',
        "<label>Hasil survei 2024 - 25</label>",
        '<p class="small">Layanan 7 x 24 jam, hubungi 021-88 95 12 34.</p>',
    ],
)
def test_numbers_beside_the_credentials_asking_no_sum_are_no_captcha(beside: str) -> None:
    assert login.find_form(page(login_form(beside)), LOGIN_URL, SPEC).asks_password


@pytest.mark.parametrize(
    "said",
    [
        "Verifikasi gagal: username atau password salah",  # the credentials refused, not a sum
        "Password salah. Jawaban pertanyaan keamanan tidak diperiksa.",
    ],
)
def test_a_refusal_of_the_credentials_beside_a_sums_words_is_the_credentials(said: str) -> None:
    body = f'<div class="alert alert-danger">{said}</div>{login_form("")}'
    result, reason = outcome(body, LOGIN_URL)
    assert result == "gagal" and reason is not None and reason.startswith("pesan gagal login tampil")


# --- a page answered in place with the user's menu ---------------------------------------------------------------

STATS = "<h1>Dashboard</h1><div class='card'><div class='card-body'>Usulan masuk: 1.284</div></div>"


def in_place(body: str) -> tuple[str, str | None]:
    answer = login.Answer(200, LOGIN_URL, page(body), False, (LOGIN_URL,), username=USER)
    result = login.decide(SPEC, answer)
    return result.result, result.reason


@pytest.mark.parametrize(
    "menu",
    [
        '<a class="nav-link dropdown-toggle" id="userDropdown" href="#"><span>Drs. H. Ahmad Fauzi, M.Si</span></a>',
        '<div class="user-panel"><div class="info"><a href="#" class="d-block">Siti Rahmawati, S.Kom</a></div></div>',
        '<li class="dropdown"><a href="#" class="nav-link nav-link-user"><div>Hi, Budi Santoso</div></a></li>',
    ],
    ids=["sb-admin", "adminlte", "stisla"],
)
def test_a_dashboard_answered_in_place_with_the_users_menu_is_a_success(menu: str) -> None:
    assert in_place(f"<nav>{menu}</nav>{STATS}") == ("berhasil", None)


NO_SIGN = "tidak ada tanda login berhasil: nama pengguna tidak tampil dan tidak dialihkan"


@pytest.mark.parametrize(
    "body",
    [
        f'<nav><a class="nav-link" id="userDropdown" href="#"><img class="img-profile" src="u.svg"></a></nav>{STATS}',
        '<nav><li class="user-menu"><a href="/login.php">Login</a></li></nav><h1>Portal Layanan</h1>',
        f'<nav><a id="userDropdown" href="#">Tamu</a><a href="/login.php" class="btn">Masuk</a></nav>{STATS}',
        f'<nav><li class="dropdown-user"><a href="#">Tamu</a></li></nav>{STATS}',
        "<div id='app'>Memuat…</div>",
    ],
    ids=["no-name", "a-login-button", "offers-the-login", "a-guest", "nothing"],
)
def test_a_page_answered_in_place_without_a_named_user_stays_unproven(body: str) -> None:
    assert in_place(body) == ("gagal", NO_SIGN)


def test_a_notice_answered_in_place_with_a_users_menu_and_a_refusal_is_a_failure() -> None:
    body = '<nav><a id="userDropdown" href="#">Operator</a></nav><h4>Login Tidak Berhasil</h4>'
    assert in_place(body) == ("gagal", "pesan gagal login tampil: “login tidak berhasil”")
