"""Form login's pure core on more of the real web: a layout's CAPTCHA for another form, a lock told
to the account on a logged-in page, a CAPTCHA the login page hid, actions written by a proxied app."""

from __future__ import annotations

import pytest
from login_cases import MANUAL, USER, login_spec

from pantau_checker.core import login

ORIGIN = "https://dinkes.bekasikota.go.id"
LOGIN_URL = f"{ORIGIN}/auth/login"
SPEC = login_spec(LOGIN_URL)
FORM = """<form method="post" action="{action}" class="form-signin">
  <input type="hidden" name="csrf_test_name" value="5f0e8c2a9b1d">
  <div class="form-group"><label for="username">Username / NIP</label>
    <input type="text" name="username" id="username" class="form-control" required></div>
  <div class="form-group"><label for="password">Password</label>
    <input type="password" name="password" id="password" class="form-control" required></div>
  {extra}
  <button type="submit" class="btn btn-success btn-block">Masuk</button>
</form>"""
CONTACT = """<section id="kontak"><h3>Kontak Kami</h3>
  <form method="post" action="/kontak/kirim">
    <input type="hidden" name="csrf_test_name" value="5f0e8c2a9b1d">
    <input type="text" name="nama" placeholder="Nama"><input type="email" name="email" placeholder="Email">
    <textarea name="pesan" placeholder="Pesan"></textarea>
    <div class="g-recaptcha" data-sitekey="6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI"></div>
    <button type="submit" class="btn btn-primary">Kirim Pesan</button>
  </form></section>"""


RECAPTCHA = '<script src="https://www.google.com/recaptcha/api.js" async defer></script>'


def layout(content: str, footer: str = CONTACT, alert: str = "", head: str | None = None) -> str:
    """Return a department site's page: its header, menu, news, the content and a footer with its
    contact form, whose reCAPTCHA the head loads on every page."""
    head = (RECAPTCHA if footer == CONTACT else "") if head is None else head
    box = f'<div class="alert alert-danger">{alert}</div>' if alert else ""
    return f"""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8"><title>Masuk | Dinas Kesehatan Kota Bekasi</title>
<link rel="stylesheet" href="/assets/css/bootstrap.min.css">
{head}
</head><body>
<header class="navbar navbar-expand-lg"><a class="navbar-brand" href="/">Dinkes Kota Bekasi</a>
  <ul class="navbar-nav"><li><a href="/">Beranda</a></li><li><a href="/profil">Profil</a></li>
  <li><a href="/berita">Berita</a></li><li><a href="/layanan">Layanan</a></li></ul></header>
<main class="container"><div class="row"><div class="col-md-5">{box}{content}</div>
<div class="col-md-7"><h4>Berita Terkini</h4><ul>
  <li><a href="/berita/posyandu-serentak">Posyandu serentak di 12 kecamatan</a> <small>3 Desember 2026</small></li>
  <li><a href="/berita/imunisasi">Bulan imunisasi anak nasional</a> <small>28 November 2026</small></li>
  <li><a href="/berita/dbd">Waspada DBD di musim hujan</a> <small>21 November 2026</small></li>
</ul></div></div></main>
<footer class="bg-dark text-white">{footer}
  <p>&copy; 2026 Dinas Kesehatan Kota Bekasi. Jl. Pramuka No. 1, Bekasi.</p></footer>
<script src="/assets/js/jquery.min.js"></script><script src="/assets/js/bootstrap.bundle.min.js"></script>
</body></html>"""


def login_page(
    extra: str = "", action: str = "/auth/login", footer: str = CONTACT, alert: str = "", head: str | None = None
) -> str:
    return layout(FORM.format(action=action, extra=extra), footer, alert, head)


def outcome(body: str, final_url: str = f"{ORIGIN}/dashboard", redirected: bool = True) -> tuple[str, str | None]:
    answer = login.Answer(200, final_url, body, redirected, (LOGIN_URL,), username=USER)
    result = login.decide(SPEC, answer)
    return result.result, result.reason


# --- the CAPTCHA is the login form's, not the layout's -----------------------------------------------------


def test_a_layouts_recaptcha_for_its_footers_contact_form_is_no_captcha_of_the_login() -> None:
    found = login.find_form(login_page(), LOGIN_URL, SPEC)
    assert found.action == LOGIN_URL and found.fields == (("csrf_test_name", "5f0e8c2a9b1d"),)


def test_the_login_form_back_beside_the_footers_captcha_is_a_refusal_not_a_captcha() -> None:
    body = login_page(alert="Username atau password salah!")
    assert outcome(body, final_url=LOGIN_URL) == ("gagal", "pesan gagal login tampil: “username atau password salah”")


def test_the_login_form_back_without_a_message_beside_the_footers_captcha_is_back_at_login() -> None:
    assert outcome(login_page(), final_url=LOGIN_URL) == ("gagal", "dialihkan kembali ke halaman login")


def test_a_recaptcha_widget_in_the_login_form_is_still_a_captcha_beside_the_footers() -> None:
    widget = '<div class="g-recaptcha" data-sitekey="6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI"></div>'
    with pytest.raises(login.CaptchaError, match=r"\(reCAPTCHA\)"):
        login.find_form(login_page(widget), LOGIN_URL, SPEC)


def test_recaptcha_v3_loaded_with_no_widget_drawn_anywhere_is_still_a_captcha_of_the_login() -> None:
    plain_footer = "<p>Hubungi kami: dinkes@bekasikota.go.id</p>"
    html = login_page(footer=plain_footer, head=RECAPTCHA.replace("api.js", "api.js?render=6LcV3"))
    with pytest.raises(login.CaptchaError, match=r"\(reCAPTCHA\)"):
        login.find_form(html, LOGIN_URL, SPEC)


def test_the_login_form_back_with_its_own_captcha_after_a_post_still_cannot_be_checked() -> None:
    widget = '<div class="g-recaptcha" data-sitekey="6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI"></div>'
    result, reason = outcome(login_page(widget), final_url=LOGIN_URL)
    assert result == "tidak_dapat_diperiksa" and (reason or "").startswith("formulir login meminta CAPTCHA (reCAPTCHA)")


# --- a CAPTCHA the login page hid, refused in the answer ----------------------------------------------------


HIDDEN_CAPTCHA = '<img src="/auth/gambar" alt=""><input type="text" name="kode" placeholder="Ketik kode di atas">'


@pytest.mark.parametrize(
    ("said", "quoted"),
    [
        ("Kode captcha salah!", "kode captcha salah"),
        ("Captcha tidak sesuai, silakan ulangi.", "captcha tidak sesuai"),
        ("Kode keamanan yang Anda masukkan salah.", "kode keamanan yang anda masukkan salah"),
    ],
)
def test_the_form_back_refusing_a_captcha_cannot_be_checked(said: str, quoted: str) -> None:
    body = login_page(HIDDEN_CAPTCHA, alert=said, footer="")
    reason = f"aplikasi menolak CAPTCHA yang tidak diisi (“{quoted}”): {MANUAL}"
    assert outcome(body, final_url=LOGIN_URL) == ("tidak_dapat_diperiksa", reason)


def test_a_script_only_answer_alerting_a_wrong_captcha_is_not_followed_and_cannot_be_checked() -> None:
    body = "<script>alert('Kode captcha salah!');window.location='../index.php';</script>"
    posted = f"{ORIGIN}/auth/cek_login.php"
    assert login.script_redirect(body, posted) is None
    reason = f"aplikasi menolak CAPTCHA yang tidak diisi (“kode captcha salah”): {MANUAL}"
    assert outcome(body, final_url=posted, redirected=False) == ("tidak_dapat_diperiksa", reason)


def test_a_dashboard_with_a_captcha_setting_is_logged_in() -> None:
    body = layout(
        '<nav><a href="/profil">Profil</a><a href="/auth/logout">Keluar</a></nav><h2>Pengaturan</h2>'
        "<p>Captcha wajib diisi pada formulir pengaduan: aktif</p>",
        footer="",
    )
    assert outcome(body) == ("berhasil", None)


# --- refusals in the vendors' words --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "quoted"),
    [
        ("Username atau Password tidak terdaftar!", "username atau password tidak terdaftar"),
        ("Maaf, password yang dimasukkan salah.", "password yang dimasukkan salah"),
    ],
)
def test_a_refusal_in_more_vendors_words_is_named(said: str, quoted: str) -> None:
    body = login_page(alert=said, footer="")
    assert outcome(body, final_url=LOGIN_URL) == ("gagal", f"pesan gagal login tampil: “{quoted}”")


def test_a_login_page_inviting_to_register_is_no_refusal() -> None:
    body = login_page(footer="<p>Username belum terdaftar? <a href='/daftar'>Daftar di sini</a></p>")
    assert outcome(body, final_url=LOGIN_URL) == ("gagal", "dialihkan kembali ke halaman login")


# --- a lock told to the account on a logged-in page -----------------------------------------------------------

SIGNED_IN = """<!DOCTYPE html><html lang="id"><head><title>SIMPEG | Beranda</title></head><body>
<nav class="main-header navbar"><a href="/" class="brand-link">SIMPEG Kota Bekasi</a>
  <span class="user">Drs. H. Ahmad Fauzi</span>
  <form method="post" action="/auth/logout"><input type="hidden" name="csrf_test_name" value="5f0e">
  <button type="submit" class="btn btn-default">Keluar</button></form></nav>
<aside><a href="/pegawai">Data Pegawai</a><a href="/cuti">Cuti</a>{menu}</aside>
<div class="content-wrapper">{content}</div>
<footer class="main-footer">&copy; 2026 BKPSDM Kota Bekasi</footer>
<script src="/plugins/jquery/jquery.min.js"></script></body></html>"""


@pytest.mark.parametrize(
    ("notice", "quoted"),
    [
        (
            "Akun Anda telah dinonaktifkan oleh administrator. Silakan hubungi Bidang Aptika.",
            "akun anda telah dinonaktifkan",
        ),
        ("Akun Anda belum diverifikasi oleh admin BKPSDM.", "akun anda belum diverifikasi"),
        ("Your account has been suspended. Contact the administrator.", "account has been suspended"),
        (f"Akun {USER} diblokir sejak 01-12-2026.", "akun … diblokir"),
    ],
)
def test_a_lock_told_to_the_account_on_a_logged_in_page_is_a_failure(notice: str, quoted: str) -> None:
    content = f'<div class="callout callout-danger"><h5>Perhatian</h5><p>{notice}</p></div>'
    body = SIGNED_IN.format(menu="", content=content)
    assert outcome(body) == ("gagal", f"akun pemantauan terkunci atau diblokir: “{quoted}”")


def test_an_admins_list_of_locked_accounts_on_a_logged_in_page_is_logged_in() -> None:
    menu = '<a href="/admin/akun-terkunci">Akun Terkunci</a><a href="/admin/log">Riwayat Login Gagal</a>'
    content = (
        "<h1>Manajemen Pengguna</h1><table><tr><th>NIP</th><th>Status</th></tr>"
        "<tr><td>198703122010011002</td><td>Akun diblokir</td></tr>"
        "<tr><td>199001052015032001</td><td>Akun belum diverifikasi</td></tr></table>"
        "<p>3 akun dinonaktifkan bulan ini; 12 akun belum diverifikasi.</p>"
    )
    assert outcome(SIGNED_IN.format(menu=menu, content=content)) == ("berhasil", None)


def test_a_logged_in_page_warning_that_an_idle_account_will_be_locked_is_logged_in() -> None:
    content = "<p>Akun Anda akan dikunci otomatis bila tidak dipakai 90 hari.</p><h1>Beranda</h1>"
    assert outcome(SIGNED_IN.format(menu="", content=content)) == ("berhasil", None)


# --- where the form goes ---------------------------------------------------------------------------------------


def test_an_https_page_posting_to_its_own_host_over_http_posts_over_https() -> None:
    # Laravel behind the city's TLS proxy without TrustProxies: route('login') is written http://.
    html = login_page(action="http://dinkes.bekasikota.go.id/auth/login", footer="")
    assert login.find_form(html, LOGIN_URL, SPEC).action == LOGIN_URL


def test_an_https_page_on_another_port_keeps_its_port_when_its_http_action_is_upgraded() -> None:
    html = login_page(action="http://dinkes.bekasikota.go.id:8443/auth/login", footer="")
    found = login.find_form(html, "https://dinkes.bekasikota.go.id:8443/auth/login", SPEC)
    assert found.action == "https://dinkes.bekasikota.go.id:8443/auth/login"


def test_an_http_page_keeps_its_http_action_and_an_https_action_stays_https() -> None:
    plain = "http://dinkes.bekasikota.go.id/auth/login"
    assert login.find_form(login_page(action=plain, footer=""), plain, SPEC).action == plain
    secure = login_page(action=LOGIN_URL, footer="")
    assert login.find_form(secure, plain, SPEC).action == LOGIN_URL


def test_a_form_posting_to_another_host_of_the_city_is_sent() -> None:
    html = login_page(action="https://sso.bekasikota.go.id/login?app=dinkes", footer="")
    assert login.find_form(html, LOGIN_URL, SPEC).action == "https://sso.bekasikota.go.id/login?app=dinkes"


def test_a_form_posting_to_a_vendors_host_is_still_not_sent() -> None:
    html = login_page(action="https://login.vendor-apps.co.id/auth/bekasi", footer="")
    with pytest.raises(login.LoginNotAutomatableError, match=r"dikirim ke situs lain \(login\.vendor-apps\.co\.id\)"):
        login.find_form(html, LOGIN_URL, SPEC)


def test_a_form_posting_to_a_look_alike_domain_is_still_not_sent() -> None:
    html = login_page(action="https://bekasikota-go.id/auth/login", footer="")
    with pytest.raises(login.LoginNotAutomatableError, match=r"dikirim ke situs lain"):
        login.find_form(html, LOGIN_URL, SPEC)


# --- the XSRF-TOKEN cookie beside a form's own token ------------------------------------------------------------

SPRING = """<!DOCTYPE html><html lang="id"><head><title>Masuk - SIMONEV</title>
<meta name="_csrf" content="Wk9xTmRm"><meta name="_csrf_header" content="X-XSRF-TOKEN"></head><body>
<form action="/login" method="post"><input type="text" name="username"><input type="password" name="password">
<input type="hidden" name="_csrf" value="Wk9xTmRmZ2hp"><button type="submit">Masuk</button></form></body></html>"""


def test_a_form_with_its_own_token_gets_no_xsrf_header_from_the_cookie() -> None:
    found = login.find_form(SPRING, LOGIN_URL, SPEC)
    assert login.csrf_headers(found, {"XSRF-TOKEN": "0c6f7e2a-1d3b-4f5e", "JSESSIONID": "s"}) == {}


def test_a_form_without_a_token_still_gets_the_xsrf_header_from_the_cookie() -> None:
    without = SPRING.replace('<input type="hidden" name="_csrf" value="Wk9xTmRmZ2hp">', "")
    found = login.find_form(without, LOGIN_URL, SPEC)
    assert login.csrf_headers(found, {"XSRF-TOKEN": "0c6f7e2a-1d3b-4f5e"}) == {"X-XSRF-TOKEN": "0c6f7e2a-1d3b-4f5e"}
