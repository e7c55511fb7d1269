"""Form login's pure core on the eleventh round of department applications: shells whose mount point has a name
of its own (Grafana, Portainer, Kibana), CAPTCHA images whose markup never says "captcha", forms only a page's
script file sends, a success told in place beside the form, a greeting by full name, an idle lock screen, a
locked account told with its cause, and refusals in other words; each beside the look-alikes that stay as they
were.
"""

from __future__ import annotations

import json

import pytest
from login_cases import MANUAL, USER, login_spec

from pantau_checker.core import login

ORIGIN = "http://simpeg.bekasikota.go.id"
LOGIN_URL = f"{ORIGIN}/login"
SPEC = login_spec(LOGIN_URL)
BUILT = f"halaman login dibangun oleh JavaScript (aplikasi satu halaman, login lewat API): {MANUAL}"
MISSING = "missing: tidak ada formulir dengan kolom 'password'"


def barrier(html: str) -> str:
    """Return what find_form says of the page: the reason no posted form can log in, or the missing form."""
    try:
        login.find_form(html, LOGIN_URL, SPEC, status=200)
    except login.LoginNotAutomatableError as exc:
        return str(exc)
    except login.LoginFormMissingError as exc:
        return f"missing: {exc}"
    return "a form to post"


# --- shells whose mount point has a name of its own ---------------------------------------------------------

_BOOT = json.dumps({"user": {"isSignedIn": False}, "settings": {"appSubUrl": "", "disableLoginForm": False}})
GRAFANA = f"""<!DOCTYPE html><html lang="id-ID"><head><meta charset="utf-8" /><title>Grafana</title><base href="/" />
<link rel="icon" type="image/png" href="public/img/fav32.png" />
<link rel="stylesheet" href="public/build/grafana.dark.css" />
<script nonce="">performance.mark('frontend_boot_css_time_seconds');</script></head>
<body class="theme-dark app-grafana"><style>.preloader {{ height: 100%; display: flex; }}</style>
<div class="preloader"><div class="preloader__enter"><div class="preloader__logo"></div></div>
<div class="preloader__text">Loading Grafana</div></div>
<div id="reactRoot"></div><script nonce="">window.grafanaBootData = {_BOOT};</script>
<script nonce="" src="public/build/runtime.a1b2.js"></script><script nonce="" src="public/build/app.c3d4.js"></script>
</body></html>"""
PORTAINER = """<!DOCTYPE html><html lang="en" ng-app="portainer" ng-strict-di data-edition="CE"><head>
<meta charset="utf-8" />
<title>Portainer</title><script defer src="runtime.0f2a.js"></script><script defer src="vendor.3a4b.js"></script>
<script defer src="main.9c8d.js"></script><link href="main.5e6f.css" rel="stylesheet"></head>
<body ng-controller="MainController"><div id="page-wrapper" ng-cloak>
<div id="loadingViewSpinner" ng-if="applicationState.loading"><div class="loader-container"><div class="loader"></div>
<span class="loader-text">Loading Portainer...</span></div></div>
<div ui-view="sidebar" ng-if="!applicationState.loading"></div><div id="content-wrapper"><div class="page-content">
<div ui-view="content" ng-if="!applicationState.loading"></div></div></div></div></body></html>"""
KIBANA = """<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><title>Elastic</title>
<link rel="stylesheet" type="text/css" href="/ui/legacy_light_theme.min.css"/>
<kbn-csp data="{&quot;strictCsp&quot;:true}"></kbn-csp>
<kbn-injected-metadata data="{&quot;version&quot;:&quot;8.11.1&quot;,&quot;basePath&quot;:&quot;&quot;}">
</kbn-injected-metadata>
</head><body><div class="kbnWelcomeView" id="kbn_loading_message" style="display:none">
<div class="kbnWelcomeText">Loading Elastic</div></div>
<div class="kbnWelcomeView" id="kbn_legacy_browser_error" style="display:none">
<h2>Please upgrade your browser</h2></div>
<script>var hideLoadingMessage = function() {};</script><script src="/bootstrap-anonymous.js"></script></body></html>"""


@pytest.mark.parametrize("html", [GRAFANA, PORTAINER, KIBANA], ids=["grafana", "portainer", "kibana"])
def test_a_shell_whose_mount_point_has_a_name_of_its_own_cannot_be_checked(html: str) -> None:
    assert barrier(html) == BUILT


@pytest.mark.parametrize(
    "html",
    [
        # A maintenance notice: words to read, beside the layout's jQuery.
        '<!DOCTYPE html><html><head><title>SIMPEG</title><script src="/js/jquery.min.js"></script></head>'
        "<body><h1>Sedang dalam perbaikan</h1></body></html>",
        # A page of links without a form, whose loader is done.
        '<!DOCTYPE html><html><head><title>Portal</title><script src="/js/app.js"></script></head><body>'
        '<nav><a href="/berita">Berita</a> <a href="/layanan">Layanan</a></nav><p>Portal Pegawai</p></body></html>',
        # A search form on a loading page: a field the server answers.
        '<!DOCTYPE html><html><head><title>Cari</title><script src="/js/app.js"></script></head><body>'
        '<p>Loading...</p><form action="/cari"><input name="q"></form></body></html>',
        # An AngularJS page of content: its words are the page.
        '<!DOCTYPE html><html ng-app="portal"><head><script src="/js/angular.min.js"></script></head><body>'
        + "<p>Pengumuman seleksi jabatan pimpinan tinggi pratama di lingkungan Pemerintah Kota Bekasi.</p>" * 5
        + "</body></html>",
    ],
    ids=["maintenance", "links", "search-form", "angularjs-content"],
)
def test_a_short_page_without_a_login_that_is_no_shell_is_still_a_missing_form(html: str) -> None:
    assert barrier(html) == MISSING


# --- a CAPTCHA image whose markup never says "captcha" ------------------------------------------------------

CAPTCHA = f"formulir login memakai CAPTCHA (gambar kode keamanan): {MANUAL}"


def login_box(fields: str) -> str:
    """Return AdminLTE's login box, as plain PHP vendors use it, around the form's fields."""
    return (
        '<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>SIMPEG Kota Bekasi</title>'
        '<link rel="stylesheet" href="dist/css/AdminLTE.min.css"></head><body class="hold-transition login-page">'
        '<div class="login-box"><div class="login-logo"><img src="dist/img/logo-bekasi.png" alt=""><b>SIMPEG</b>'
        ' Kota Bekasi</div><div class="login-box-body"><p class="login-box-msg">Silakan masuk</p>'
        '<form action="cek_login.php" method="post">'
        '<div class="form-group"><input type="text" class="form-control" name="username" placeholder="Username"></div>'
        '<div class="form-group"><input type="password" class="form-control" name="password" placeholder="Password">'
        f'</div>{fields}<button type="submit" class="btn btn-primary btn-block btn-flat">Masuk</button></form>'
        '<a href="lupa.php">Lupa password?</a></div></div><script src="plugins/jQuery/jquery.min.js"></script>'
        "</body></html>"
    )


@pytest.mark.parametrize(
    "fields",
    [
        '<div class="form-group"><img src="kode.php?8f3a21" id="kode" alt="kode"> <a href="#" onclick="document.'
        "getElementById('kode').src='kode.php?'+Math.random();return false;\">Ganti</a></div><div class=\"form-group\">"
        "<input"
        ' type="text" class="form-control" name="kode_verifikasi" placeholder="Kode Verifikasi" maxlength="4"></div>',
        '<p><img src="/SecurityImage.aspx" alt=""></p><p><input name="txtCode" placeholder="Security code"></p>',
        '<img src="lib/acak.php?r=7"><input type="text" name="kd" id="keamanan" placeholder="Ketik kode di gambar">',
    ],
    ids=["kode-verifikasi", "security-code", "kode-keamanan"],
)
def test_an_image_a_script_draws_beside_a_field_asking_its_code_is_a_captcha(fields: str) -> None:
    assert barrier(login_box(fields)) == CAPTCHA


@pytest.mark.parametrize(
    "fields",
    [
        # A department's code beside the layout's logo, and a photo a script serves beside no code.
        '<div class="form-group"><img src="dist/img/pemkot.png"><input type="text" name="kode_skpd"'
        ' placeholder="Kode SKPD"></div>',
        '<div class="form-group"><img src="foto.php?nip=1985" alt=""><select name="tahun"><option>2026</option>'
        "</select></div>",
        '<div class="form-group"><img src="thumb.php?id=3"><input type="text" name="kode_opd" placeholder="Kode OPD">'
        "</div>",
    ],
    ids=["kode-skpd-logo", "photo-no-code", "kode-opd"],
)
def test_a_form_with_a_picture_or_a_departments_code_is_still_posted(fields: str) -> None:
    assert barrier(login_box(fields)) == "a form to post"


def decided(body: str, redirected: bool = True, final_url: str = f"{ORIGIN}/index.php") -> tuple[str, str | None]:
    answer = login.Answer(200, final_url, body, redirected, (LOGIN_URL, f"{ORIGIN}/cek_login.php"), username=USER)
    result = login.decide(SPEC, answer)
    return result.result, result.reason


@pytest.mark.parametrize(
    ("said", "quoted"),
    [
        ("Kode verifikasi salah!", "kode verifikasi salah"),
        ("Kode verifikasi yang anda masukkan tidak sesuai!", "kode verifikasi yang anda masukkan tidak sesuai"),
        (
            "Maaf, kode yang Anda ketik tidak sesuai dengan gambar.",
            "kode yang anda ketik tidak sesuai dengan gambar",
        ),
        ("The security code entered was incorrect.", "security code entered was incorrect"),
    ],
    ids=["salah", "tidak-sesuai", "gambar", "english"],
)
def test_a_refusal_of_an_images_code_the_form_hid_cannot_be_checked(said: str, quoted: str) -> None:
    page = login_box("").replace('<p class="login-box-msg">', f'<div class="alert alert-danger">{said}</div><p>')
    reason = f"aplikasi menolak CAPTCHA yang tidak diisi (“{quoted}”): {MANUAL}"
    assert decided(page, final_url=LOGIN_URL) == ("tidak_dapat_diperiksa", reason)
    alerted = f"<script>alert('{said}');history.back();</script>"
    assert decided(alerted, redirected=False, final_url=f"{ORIGIN}/cek_login.php") == ("tidak_dapat_diperiksa", reason)


def test_a_login_page_telling_where_a_code_goes_is_still_refused_by_its_password() -> None:
    page = login_box("").replace(
        '<p class="login-box-msg">',
        '<div class="alert alert-danger">Username atau password salah</div><p class="small">Kode verifikasi tidak'
        " diperlukan untuk akun dinas.</p><p>",
    )
    assert decided(page, final_url=LOGIN_URL) == ("gagal", "pesan gagal login tampil: “username atau password salah”")


# --- a form only the page's script file sends ------------------------------------------------------------------

AJAX = f"formulir login dikirim lewat AJAX oleh JavaScript, jawabannya data untuk skrip: {MANUAL}"


def lapor_page(form: str, button: str, scripts: str) -> str:
    """Return LAPOR's admin login page: a card around the form, its scripts at the end of the body."""
    return (
        '<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>Masuk - Lapor Bekasi</title>'
        '<link rel="stylesheet" href="/assets/css/bootstrap.min.css"></head><body><div class="wrap">'
        f"{form}<h4>Masuk Admin</h4>"
        '<input class="form-control mb-2" type="text" name="username" id="username"'
        ' placeholder="Username"><input class="form-control mb-2" type="password" name="password" id="password"'
        f' placeholder="Password"><div id="msg" class="text-danger small"></div>{button}</form></div>'
        f'<footer class="small text-muted">&copy; 2026 Diskominfo Kota Bekasi</footer>{scripts}</body></html>'
    )


SUBMIT = '<button class="btn btn-success w-100" type="submit">Masuk</button>'
BUTTON = '<button class="btn btn-success w-100" type="button" id="btnLogin">Masuk</button>'
JQUERY = '<script src="/assets/js/jquery.min.js"></script>'


@pytest.mark.parametrize(
    ("form", "button", "scripts"),
    [
        ('<form id="formLogin" class="card p-4">', SUBMIT, '<script src="/assets/js/login.js?v=3"></script>'),
        ('<form id="f">', BUTTON, f'{JQUERY}<script src="/assets/js/app-login.min.js"></script>'),
        ('<form id="f" action="#">', BUTTON, f'{JQUERY}<script src="/assets/js/app.js"></script>'),
    ],
    ids=["login-js", "button-only", "button-only-app-js"],
)
def test_a_form_saying_neither_where_nor_how_it_goes_sent_by_a_script_file_cannot_be_checked(
    form: str, button: str, scripts: str
) -> None:
    assert barrier(lapor_page(form, button, scripts)) == AJAX


@pytest.mark.parametrize(
    ("form", "button", "scripts"),
    [
        # The layout's scripts only: the browser sends the form (to the page itself).
        ('<form id="formLogin">', SUBMIT, f'{JQUERY}<script src="/assets/js/app.js"></script>'),
        # A method or an action says how or where: the script checks the fields, the browser sends them.
        ('<form method="post" id="formLogin">', SUBMIT, '<script src="/assets/js/login.js"></script>'),
        ('<form action="cek_login.php" id="formLogin">', BUTTON, '<script src="/assets/js/login.js"></script>'),
    ],
    ids=["layout-scripts", "method-post", "action"],
)
def test_a_form_the_browser_sends_is_still_posted(form: str, button: str, scripts: str) -> None:
    assert barrier(lapor_page(form, button, scripts)) == "a form to post"


# --- a success told in place, beside the form ----------------------------------------------------------------

SIPELITA = "http://sipelita.bekasikota.go.id"
SIPELITA_LOGIN = f"{SIPELITA}/login.php"


def sipelita(notice: str) -> str:
    """Return SIPELITA's login page as its ``login.php`` answers its own post: the notice above the form."""
    return (
        '<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>Login SIPELITA</title>'
        '<link rel="stylesheet" href="assets/css/bootstrap.min.css"></head><body><div class="container">'
        f'<div class="col-md-4 offset-md-4"><h3 class="text-center">SIPELITA</h3>{notice}'
        '<form method="post" action="login.php"><div class="form-group"><label>Username</label>'
        '<input type="text" name="username" class="form-control"></div><div class="form-group"><label>Password'
        '</label><input type="password" name="password" class="form-control"></div>'
        '<button type="submit" name="login" class="btn btn-primary">Login</button></form>'
        '<p class="small text-muted">&copy; 2026 Bappelitbangda Kota Bekasi</p></div></div></body></html>'
    )


def in_place(body: str, url: str = SIPELITA_LOGIN) -> tuple[str, str | None]:
    answer = login.Answer(200, url, body, False, (url,), username=USER)
    result = login.decide(login_spec(url), answer)
    return result.result, result.reason


@pytest.mark.parametrize(
    "notice",
    [
        '<div class="alert alert-success">Selamat datang, Pelaksana Monev</div>',
        '<div class="alert alert-success">Berhasil masuk! Selamat datang Pelaksana Monev. <a href="admin/index.php">'
        "Lanjut ke Dashboard &raquo;</a></div>",
        '<div class="alert alert-info" role="alert">Login berhasil.</div>',
    ],
    ids=["greeting", "berhasil-masuk", "login-berhasil"],
)
def test_a_login_page_telling_in_place_that_the_login_succeeded_is_logged_in(notice: str) -> None:
    assert in_place(sipelita(notice)) == ("berhasil", None)


@pytest.mark.parametrize(
    "notice",
    [
        "",  # the form again, without a word
        '<div class="alert alert-info">Selamat datang, silakan masuk dengan akun SIPELITA Anda.</div>',
        '<div class="alert alert-success">Selamat datang di SIPELITA</div>',
        '<div class="alert alert-success">Pendaftaran berhasil, silakan login.</div>',
        '<div class="alert alert-info">Selamat datang, Bapak/Ibu Perencana.</div>',  # not a success box
        '<div class="alert alert-success">Selamat datang, Tamu</div>',
    ],
    ids=["nothing", "invitation", "greeting-of-the-app", "registered", "info-box", "guest"],
)
def test_a_login_page_again_without_a_word_of_success_is_a_failure(notice: str) -> None:
    assert in_place(sipelita(notice)) == ("gagal", "formulir login masih tampil setelah dikirim")


def test_a_success_notice_greeting_the_user_is_followed_where_its_script_goes() -> None:
    swal = (
        "<script>Swal.fire({icon:'success',title:'Berhasil',text:'Selamat datang, Pelaksana Monev',timer:1500,"
        "showConfirmButton:false}).then(function(){ window.location = 'admin/index.php'; });</script>"
    )
    assert login.script_redirect(sipelita(swal), SIPELITA_LOGIN) == f"{SIPELITA}/admin/index.php"
    refused = swal.replace("success", "error").replace("Selamat datang, Pelaksana Monev", "Password salah!")
    assert login.script_redirect(sipelita(refused), SIPELITA_LOGIN) is None
    invited = swal.replace("Selamat datang, Pelaksana Monev", "Selamat datang, silakan login")
    assert login.script_redirect(sipelita(invited), SIPELITA_LOGIN) is None


# --- a greeting by full name, answered in place ------------------------------------------------------------------

SIBANGDA = "http://sibangda.bekasikota.go.id/index.php"


def sibangda(content: str) -> str:
    """Return SIBANGDA's page as its ``index.php`` answers the right password: the dashboard, in place."""
    return (
        '<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>SIBANGDA</title></head><body>'
        '<div class="header"><img src="logo.png"> SIBANGDA</div><div class="sidebar"><ul>'
        '<li><a href="?hal=beranda">Beranda</a></li><li><a href="?hal=kegiatan">Kegiatan</a></li>'
        '<li><a href="index.php?hal=laporan">Laporan</a></li></ul></div>'
        f'<div class="content">{content}</div><div class="footer">&copy; 2026 Bappelitbangda</div></body></html>'
    )


def test_a_page_answered_in_place_greeting_the_user_by_full_name_is_logged_in() -> None:
    page = sibangda("<h3>Selamat Datang, Drs. H. Ahmad Fauzi, M.Si</h3><p>Jabatan: Analis Kebijakan</p>")
    assert in_place(page, SIBANGDA) == ("berhasil", None)


@pytest.mark.parametrize(
    "content",
    [
        "<h3>Selamat Datang, Pengunjung</h3><p>Sistem Informasi Pembangunan Daerah</p>",
        "<h3>Selamat Datang di SIBANGDA</h3><p>Sistem Informasi Pembangunan Daerah</p>",
        # A greeting beside the link to the login page: a public page.
        '<h3>Selamat Datang, Bapak/Ibu</h3><a class="btn" href="index.php">Login</a>',
        '<h3>Selamat Datang, Bapak/Ibu</h3><a class="btn" href="index.php?hal=login">Login</a>',
    ],
    ids=["visitor", "app", "login-link", "login-route"],
)
def test_a_public_page_answered_in_place_is_no_sign_of_a_login(content: str) -> None:
    reason = "tidak ada tanda login berhasil: nama pengguna tidak tampil dan tidak dialihkan"
    assert in_place(sibangda(content), SIBANGDA) == ("gagal", reason)


# --- a dashboard's idle lock screen ---------------------------------------------------------------------------

SIDATA = "http://sidata.bekasikota.go.id"


def sidata(extra: str) -> str:
    """Return SIDATA's dashboard, where the right password redirects: the user's box, the data, ``extra``."""
    return (
        '<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>SIDATA | Admin</title></head><body>'
        '<div class="user-info"><img src="/img/u.png"> <span>Drs. H. Ahmad Fauzi, M.Si</span></div>'
        '<div class="content"><h4>Rekap Data</h4><p>Dataset: 88</p><table class="table"><tr><td>Kesehatan</td>'
        f"<td>21</td></tr><tr><td>Pendidikan</td><td>17</td></tr></table></div>{extra}</body></html>"
    )


def redirected(body: str) -> tuple[str, str | None]:
    answer = login.Answer(200, f"{SIDATA}/admin", body, True, (f"{SIDATA}/auth",), username=USER)
    result = login.decide(login_spec(f"{SIDATA}/auth"), answer)
    return result.result, result.reason


def test_a_dashboard_with_a_hidden_idle_lock_screen_is_logged_in() -> None:
    lock = (
        '<div id="lockscreen" style="display: none"><form method="post" action="/auth/unlock">'
        '<p>Drs. H. Ahmad Fauzi, M.Si</p><input type="password" name="password" placeholder="Password">'
        "<button>Buka</button></form></div><script>var idle = setTimeout(function () {"
        " document.getElementById('lockscreen').style.display = 'block'; }, 600000);</script>"
    )
    assert redirected(sidata(lock)) == ("berhasil", None)
    assert redirected(sidata(lock.replace(' style="display: none"', " hidden"))) == ("berhasil", None)


@pytest.mark.parametrize(
    "form",
    [
        # The password asked again, shown.
        '<form method="post" action="/auth"><input type="password" name="password"><button>Masuk</button></form>',
        # A hidden login modal asks the username too: the login form back.
        '<div class="modal" style="display:none"><form method="post" action="/auth"><input name="username">'
        '<input type="password" name="password"><button>Masuk</button></form></div>',
    ],
    ids=["shown", "hidden-login-modal"],
)
def test_a_login_form_on_the_landing_page_is_still_the_form_back(form: str) -> None:
    assert redirected(sidata(form)) == ("gagal", "formulir login masih tampil setelah dikirim")


# --- a lock told with its cause -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("alert", "reason"),
    [
        (
            "Akun Anda terkunci sementara karena 3 kali gagal login. Coba lagi dalam 29 menit.",
            "akun pemantauan terkunci atau diblokir: “akun anda terkunci”",
        ),
        # A refusal, and a warning of a lock to come.
        (
            "Password salah. Akun Anda akan dikunci setelah 3 kali gagal login.",
            "pesan gagal login tampil: “password salah”",
        ),
        # The layout's question, before the refusal: another sentence.
        (
            "Akun terkunci? Hubungi admin BKPSDM. Username atau password salah.",
            "pesan gagal login tampil: “username atau password salah”",
        ),
    ],
    ids=["locked-for-failed-logins", "warning", "question"],
)
def test_a_lock_whose_sentence_gives_failed_logins_as_its_cause_is_a_locked_account(alert: str, reason: str) -> None:
    page = login_box("").replace('<p class="login-box-msg">', f'<div class="alert alert-danger">{alert}</div><p>')
    assert decided(page, final_url=LOGIN_URL) == ("gagal", reason)


# --- refusals in other words ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "quoted"),
    [
        ("Maaf, kombinasi username dan password tidak dikenali sistem.", "username dan password tidak dikenali"),
        ("Silakan ulangi, data yang dimasukkan belum benar.", "data yang dimasukkan belum benar"),
        (
            "The username or password you entered is not correct.",
            "username or password you entered is not correct",
        ),
    ],
    ids=["kombinasi", "belum-benar", "english"],
)
def test_a_notice_page_refusing_in_other_words_is_a_failure(said: str, quoted: str) -> None:
    notice = (
        '<!DOCTYPE html><html lang="id"><head><title>Informasi</title></head><body><center>'
        f'<h3>{said}</h3><a href="login.php">Coba lagi</a></center></body></html>'
    )
    # Its "Coba lagi" links the login page: only the words refusing the credentials tell.
    answer = login.Answer(200, f"{ORIGIN}/info.php?m=1", notice, True, (f"{ORIGIN}/login.php",), username=USER)
    result = login.decide(login_spec(f"{ORIGIN}/login.php"), answer)
    assert (result.result, result.reason) == ("gagal", f"pesan gagal login tampil: “{quoted}”")


def test_a_dashboards_help_naming_those_words_as_a_condition_is_logged_in() -> None:
    help_text = "<p>Jika username dan password tidak dikenali sistem, hubungi admin Diskominfo.</p>"
    assert redirected(sidata(help_text)) == ("berhasil", None)
