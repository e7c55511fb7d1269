"""Form login's pure core after the red team's run on the twelfth round's rules: refusals in words a notice page or
an AJAX answer says, a CodeIgniter page's flashed message, locks and rights that bar the account beside the
look-alikes that do not (a notice page in the layout, a working dashboard), and the logouts of Yii and of a native
PHP script.
"""

from __future__ import annotations

import pytest
from login_cases import USER, login_spec

from pantau_checker.core import login

ORIGIN = "http://simpeg.bekasikota.go.id"
LOGIN_URL = f"{ORIGIN}/auth/login"
SPEC = login_spec(LOGIN_URL)
KELUAR = '<a href="/auth/logout" class="dropdown-item">Keluar</a>'
STATS = """<div class="row"><div class="col-lg-3"><div class="small-box bg-info"><div class="inner"><h3>4.812</h3>
<p>Pegawai Aktif</p></div></div></div><div class="col-lg-3"><div class="small-box bg-success"><div class="inner">
<h3>37</h3><p>Usulan Cuti</p></div></div></div></div>"""


def layout(content: str, logout: str = KELUAR) -> str:
    return f"""<!DOCTYPE html><html lang="id"><head><title>SIMPEG | Dashboard</title></head><body class="sidebar-mini">
<nav class="main-header navbar"><ul class="navbar-nav ml-auto"><li class="nav-item dropdown">
<a class="nav-link" data-toggle="dropdown" href="#">Drs. H. Ahmad Fauzi, M.Si</a><div class="dropdown-menu">
<a href="/profil" class="dropdown-item">Profil</a>{logout}</div></li></ul></nav>
<aside class="main-sidebar"><ul class="nav"><li><a href="/dashboard">Dashboard</a></li><li><a href="/pegawai">Data
Pegawai</a></li><li><a href="/cuti">Cuti</a></li></ul></aside><div class="content-wrapper"><h1>Dashboard</h1>
{content}</div><footer class="main-footer">&copy; 2026 BKPSDM Kota Bekasi</footer></body></html>"""


def notice_page(said: str) -> str:
    return f"""<!DOCTYPE html><html lang="id"><head><title>SIMPEG</title></head><body><div class="container mt-5">
<div class="card"><div class="card-body text-center"><h4 class="text-danger">Perhatian</h4><p>{said}</p>
<a href="/" class="btn btn-secondary">Kembali ke Beranda</a></div></div></div></body></html>"""


def decided(body: str, url: str = f"{ORIGIN}/dashboard") -> tuple[str, str | None]:
    answer = login.Answer(200, url, body, True, (LOGIN_URL,), username=USER)
    result = login.decide(SPEC, answer)
    return result.result, result.reason


@pytest.mark.parametrize(
    ("said", "refused"),
    [
        ("Kredensial tidak valid.", "kredensial tidak valid"),
        ("Kredensial yang diberikan salah.", "kredensial yang diberikan salah"),
        ("The provided credentials are incorrect.", "the provided credentials are incorrect"),
        ("Invalid username and/or password.", "invalid username and/or password"),
        ("User ID atau PIN salah", "user id atau pin salah"),
        ("Sandi salah!", "sandi salah"),
    ],
)
def test_a_notice_page_refusing_in_other_words_is_a_refusal(said: str, refused: str) -> None:
    # Was berhasil: a redirect away from the login page, to a notice page of the app's own.
    assert decided(notice_page(said)) == ("gagal", f"pesan gagal login tampil: “{refused}”")


@pytest.mark.parametrize(
    "said",
    [
        "Sandi salah? Atur ulang di sini.",
        "Kredensial tidak valid? Hubungi admin.",
        "Perhatian: jangan memasukkan sandi salah lebih dari 3 kali.",
    ],
)
def test_a_question_or_rule_on_refusals_refuses_nothing(said: str) -> None:
    assert decided(notice_page(said))[0] == "berhasil"


def test_a_codeigniter_pages_flashed_refusal_is_a_refusal() -> None:
    # Was berhasil: the portal the wrong password was sent to keeps the message for its SweetAlert.
    portal = """<!DOCTYPE html><html lang="id"><head><title>e-Office Kota Bekasi</title></head><body>
<nav class="navbar"><a class="navbar-brand" href="/">e-Office</a><ul class="navbar-nav"><li><a href="/">Beranda</a></li>
<li><a href="/panduan">Panduan</a></li></ul></nav><section class="hero"><h1>Naskah Dinas Elektronik</h1>
<p>Surat masuk, surat keluar dan disposisi Pemerintah Kota Bekasi.</p></section>
<div class="flash-data" data-flashdata="Username atau password salah"></div>
<script>const flashData = $('.flash-data').data('flashdata');
if (flashData) { Swal.fire({ title: 'Gagal', text: flashData, icon: 'error' }); }</script></body></html>"""
    assert decided(portal, f"{ORIGIN}/") == ("gagal", "pesan gagal login tampil: “username atau password salah”")


@pytest.mark.parametrize("word", ["salah", "wrong_password", "Wrong password"])
def test_an_ajax_answer_of_a_refusing_word_is_a_refusal(word: str) -> None:
    # Was tidak_dapat_diperiksa: a short text for the page's script, unread.
    answer = login.Answer(200, f"{ORIGIN}/login/proses", word, False, (LOGIN_URL,), username=USER)
    assert login.decide(SPEC, answer).reason == f"jawaban teks formulir login menyatakan login gagal: “{word.lower()}”"


@pytest.mark.parametrize(
    ("content", "locked"),
    [
        (
            '<div class="callout callout-danger"><h5>Akun Dinonaktifkan</h5><p>Akun Anda telah dinonaktifkan otomatis'
            " karena tidak login selama 90 hari. Hubungi admin BKPSDM.</p></div>",
            "akun anda telah dinonaktifkan",
        ),
        (
            '<div class="alert alert-danger">Akun Anda ditangguhkan. Hubungi admin BKPSDM.</div>',
            "akun anda ditangguhkan",
        ),
    ],
)
def test_a_lock_a_logged_in_notice_tells_the_account_is_still_its_lock(content: str, locked: str) -> None:
    assert decided(layout(content)) == ("gagal", f"akun pemantauan terkunci atau diblokir: “{locked}”")


def test_a_no_rights_notice_in_the_layout_still_bars_and_a_dashboards_card_does_not() -> None:
    notice = (
        '<div class="callout callout-danger"><h5>Akses ditolak</h5><p>Anda tidak memiliki hak akses ke aplikasi ini.'
        " Hubungi admin BKPSDM.</p></div>"
    )
    assert decided(layout(notice)) == (
        "gagal",
        "akun pemantauan tidak berhak mengakses aplikasi: “anda tidak memiliki hak akses”",
    )
    cards = "".join(
        f'<div class="col-md-4"><div class="card"><div class="card-body"><h5>{title}</h5><p>{said}</p></div></div>'
        "</div>"
        for title, said in [
            (
                "Rekap Kehadiran Pegawai Bulan Desember 2026",
                "98,2% hadir tepat waktu, 1,1% izin, 0,7% tanpa keterangan",
            ),
            (
                "Usulan Kenaikan Gaji Berkala",
                "112 usulan menunggu verifikasi BKPSDM, 14 dikembalikan ke perangkat daerah",
            ),
            ("Modul Lama", "Anda tidak berhak mengakses halaman ini sejak migrasi ke SIMPEG versi 3."),
            ("Agenda", "Rapat koordinasi kepegawaian Senin, 7 Desember 2026 pukul 09.00 di Aula BKPSDM lantai 3."),
            ("Pensiun 2027", "9 pegawai memasuki batas usia pensiun, berkas diusulkan paling lambat 1 Maret 2027."),
        ]
    )
    assert decided(layout(f'<div class="row">{cards}</div>')) == ("berhasil", None)


@pytest.mark.parametrize(
    "logout",
    [
        '<form action="/index.php?r=site%2Flogout" method="post"><button type="submit">Logout (pelaksana)</button>'
        "</form>",
        '<a href="aksi_logout.php" class="btn btn-default">Log Out Sistem</a>',
    ],
)
def test_yiis_and_a_native_scripts_logouts_are_logouts(logout: str) -> None:
    assert login.logouts(layout(STATS, logout))


def test_an_archives_outgoing_letters_are_no_logout() -> None:
    assert not login.logouts('<a href="/surat_keluar">Surat Keluar</a><a href="/arsip/surat_keluar.php">Arsip</a>')
