"""Form login's pure core on logins no posted form can do, and on pages that only look like them."""

from __future__ import annotations

import pytest
from login_cases import MANUAL, USER, login_spec

from pantau_checker.core import login
from pantau_common.registry.model import LoginSpec

ORIGIN = "https://simpeg.bekasikota.go.id"
LOGIN_URL = f"{ORIGIN}/login"
SPEC = login_spec(LOGIN_URL, username_field="email")
LIVEWIRE = f"formulir login Livewire (wire:submit) hanya terkirim lewat JavaScript: {MANUAL}"
SCRIPTED = f"formulir login dikirim oleh JavaScript (kolomnya tanpa nama atau di luar formulir): {MANUAL}"
CODE = f"login meminta kode OTP atau verifikasi dua langkah: {MANUAL}"
CODE_AFTER_PASSWORD = f"kata sandi diterima, lalu aplikasi meminta kode OTP atau verifikasi dua langkah: {MANUAL}"
BUILT = f"halaman login dibangun oleh JavaScript (aplikasi satu halaman, login lewat API): {MANUAL}"
MISSING = "tidak ada formulir dengan kolom 'password'"


def page(body: str, head: str = "") -> str:
    """Return a login page as vendors lay one out: a logo, a card around the body, a footer."""
    return (
        f'<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>SIMPEG BKPSDM</title>{head}</head>'
        '<body class="login-page"><div class="login-box"><div class="login-logo"><img src="/img/logo.png" alt="">'
        "<b>SIMPEG</b> BKPSDM Kota Bekasi</div>"
        f'<div class="card"><div class="card-body">{body}</div></div>'
        '<p class="text-muted small">&copy; 2024 BKPSDM Kota Bekasi &middot; Versi 3.2</p></div>'
        '<script src="/plugins/jquery/jquery.min.js"></script></body></html>'
    )


def barrier(html: str, status: int = 200, spec: LoginSpec = SPEC) -> str:
    """Return what find_form says of the page: the reason no posted form can log in, or the missing form."""
    try:
        login.find_form(html, LOGIN_URL, spec, status=status)
    except login.LoginNotAutomatableError as exc:
        return str(exc)
    except login.LoginFormMissingError as exc:
        return f"missing: {exc}"
    return "a form to post"


def landing(body: str, final_url: str = f"{ORIGIN}/two-factor-challenge") -> tuple[str, str | None]:
    answer = login.Answer(200, final_url, body, True, (LOGIN_URL, LOGIN_URL), username=USER)
    result = login.decide(SPEC, answer)
    return result.result, result.reason


# --- forms only a script sends ------------------------------------------------------------------------

FILAMENT_3 = (
    '<div wire:snapshot="{&quot;memo&quot;:{&quot;name&quot;:&quot;filament.pages.auth.login&quot;}}" wire:id="Qm1b">'
    '<form method="post" x-data="{ isProcessing: false }" class="fi-form" id="form" wire:submit="authenticate">'
    '<label for="data.email">Alamat email</label><input class="fi-input" autocomplete="email" id="data.email"'
    ' type="email" wire:model="data.email"><label for="data.password">Kata sandi</label><input class="fi-input"'
    ' id="data.password" type="password" wire:model="data.password"><button type="submit">Masuk</button></form></div>'
)
LIVEWIRE_SCRIPT = '<script src="/livewire/livewire.min.js?id=cc800bf4" data-update-uri="/livewire/update"></script>'


@pytest.mark.parametrize(
    "body",
    [
        FILAMENT_3,
        FILAMENT_3.replace('wire:model="data.', 'wire:model.defer="').replace('wire:submit="', 'wire:submit.prevent="'),
        FILAMENT_3.replace('wire:model="data.', 'wire:model.live="'),
        # a Livewire component without a <form>: the button calls the component
        FILAMENT_3.replace("<form", "<div")
        .replace("</form>", "</div>")
        .replace('type="submit"', 'type="button" wire:click="authenticate"'),
    ],
    ids=["filament-3", "filament-2", "live", "wire-click"],
)
def test_a_livewire_login_is_not_posted(body: str) -> None:
    assert barrier(page(body + LIVEWIRE_SCRIPT)) == LIVEWIRE


def test_a_livewire_form_is_not_posted_though_the_vendor_named_its_inputs() -> None:
    named = FILAMENT_3.replace('id="data.email"', 'name="email" id="data.email"')
    named = named.replace('id="data.password"', 'name="password" id="data.password"')
    assert barrier(page(named)) == LIVEWIRE


def test_a_page_with_livewire_whose_login_is_a_plain_form_is_posted_as_before() -> None:
    # Jetstream's Livewire stack: Livewire on the page, Fortify's Blade form for the login.
    form = (
        '<form method="POST" action="/login"><input type="hidden" name="_token" value="t"><input name="email">'
        '<input type="password" name="password"><button type="submit">Masuk</button></form>'
        '<div wire:snapshot="{}" wire:id="nT4r"><form wire:submit="langganan"><input wire:model="surel">'
        "<button>Langganan</button></form></div>"
    )
    found = login.find_form(page(form + LIVEWIRE_SCRIPT), LOGIN_URL, SPEC)
    assert found.action == LOGIN_URL and found.fields == (("_token", "t"),)


@pytest.mark.parametrize(
    "form",
    [
        # Vue rendered on the server (v-model renders no name); Alpine's x-model
        '<form class="login"><input type="email" placeholder="Email"><input type="password" placeholder="Sandi">'
        "<button>Masuk</button></form>",
        '<form x-data="login()" @submit.prevent="kirim"><input x-model="email" type="email">'
        '<input x-model="password" type="password"><button type="submit">Masuk</button></form>',
        # named fields, but the form has no action and its submit handler prevents the post
        '<form @submit.prevent="login"><input name="email"><input type="password" name="password">'
        "<button>Masuk</button></form>",
        '<form (ngSubmit)="masuk()"><input name="email"><input type="password" name="password">'
        "<button>Masuk</button></form>",
        # no <form> at all: a script reads the fields
        '<div class="login"><input name="email"><input type="password" name="password">'
        '<button onclick="masuk()">Masuk</button></div>',
    ],
    ids=["unnamed", "alpine", "submit-prevent", "angular", "formless"],
)
def test_a_form_only_a_script_sends_is_not_posted(form: str) -> None:
    assert barrier(page(form)) == SCRIPTED


def test_a_prevented_submit_with_an_action_is_posted_to_its_action_as_before() -> None:
    form = (
        '<form method="post" action="/login" @submit.prevent="validasi() && $el.submit()"><input name="email">'
        '<input type="password" name="password"><button>Masuk</button></form>'
    )
    assert barrier(page(form)) == "a form to post"


@pytest.mark.parametrize(
    "html",
    [
        # the registry names fields the form calls otherwise: a mistake to fix, as before
        page(
            '<form method="post" action="/login"><input name="user"><input type="password" name="pass">'
            "<button>Masuk</button></form>"
        ),
        # a table layout whose fields the parser moves out of the form: not a formless page
        page(
            '<table><form method="post" action="cek_login.php"><tr><td><input name="user"></td></tr>'
            '<tr><td><input type="password" name="pass"></td></tr></form></table>'
        ),
    ],
    ids=["other-name", "table-layout"],
)
def test_a_password_field_of_another_name_is_still_a_missing_form(html: str) -> None:
    assert barrier(html) == f"missing: {MISSING}"


# --- a one-time code ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "username_field"),
    [
        (
            '<p>Kode OTP akan dikirim ke nomor WhatsApp Anda.</p><form method="post" action="/masuk/kirim-kode">'
            '<input type="tel" name="no_hp" placeholder="08xxxxxxxxxx"><button>Kirim Kode OTP</button></form>',
            "no_hp",
        ),
        (
            '<form method="post" action="/login"><input type="email" name="email" placeholder="Email dinas">'
            "<button>Kirim Kode Verifikasi</button></form>",
            "email",
        ),
        (
            '<form method="post" action="/login"><input name="nip"><input name="kode" autocomplete="one-time-code"'
            ' maxlength="6"><button>Masuk</button></form>',
            "nip",
        ),
        (
            '<form method="post" action="/login"><input name="nip"><label>Kode dari Google Authenticator</label>'
            '<input name="token" inputmode="numeric"><button>Masuk</button></form>',
            "nip",
        ),
        (
            '<form method="post" action="/login"><input name="username"><input name="otp_code"'
            ' placeholder="Kode"><button>Masuk</button></form>',
            "username",
        ),
    ],
    ids=["whatsapp", "email", "one-time-code", "authenticator", "otp-field"],
)
def test_a_first_step_that_asks_a_code_is_not_posted(body: str, username_field: str) -> None:
    # Posted as a two-step login's username, it would send the account's owner a code on every check.
    spec = LoginSpec(LOGIN_URL, username_field, "password", "env:PANTAU_APP_SECRET_U", "env:PANTAU_APP_SECRET_P")
    assert barrier(page(body), spec=spec) == CODE


def test_a_page_without_the_configured_fields_that_asks_a_code_cannot_be_checked() -> None:
    body = (
        "<h4>Verifikasi Dua Langkah</h4><p>Masukkan 6 digit kode yang dikirim ke email Anda.</p>"
        '<form method="post" action="/verifikasi"><input name="kode" maxlength="6"><button>Verifikasi</button></form>'
    )
    assert barrier(page(body)) == CODE


def test_a_two_step_logins_plain_first_step_is_still_posted() -> None:
    # Its link to another way in (a code by WhatsApp) is not what this form asks.
    first = page(
        '<form method="post" action="/masuk"><input type="hidden" name="_token" value="t1">'
        '<input name="email" autocomplete="username"><button>Lanjut</button>'
        '<a href="/masuk/otp" class="small">Masuk dengan kode OTP WhatsApp</a></form>'
        '<p><a href="/lupa-sandi">Lupa kata sandi?</a> Tautan atur ulang dikirim ke email Anda.</p>'
    )
    assert not login.find_form(first, LOGIN_URL, SPEC).asks_password


def test_a_password_form_beside_a_login_by_otp_is_posted() -> None:
    body = (
        '<form method="post" action="/login"><input name="email"><input type="password" name="password">'
        '<button>Masuk</button></form><p>atau</p><form method="post" action="/login/otp">'
        '<input name="no_hp"><button>Masuk dengan OTP WhatsApp</button></form>'
    )
    assert barrier(page(body)) == "a form to post"


FORTIFY_CHALLENGE = page(
    "<p>Harap konfirmasi akses ke akun Anda dengan memasukkan kode autentikasi dari aplikasi authenticator Anda.</p>"
    '<form method="POST" action="/two-factor-challenge"><input type="hidden" name="_token" value="t">'
    '<input id="code" type="text" inputmode="numeric" name="code" autocomplete="one-time-code">'
    '<button type="submit">Masuk</button></form>'
)


def test_a_code_asked_after_the_password_cannot_be_checked_further() -> None:
    assert landing(FORTIFY_CHALLENGE) == ("tidak_dapat_diperiksa", CODE_AFTER_PASSWORD)
    assert landing(FORTIFY_CHALLENGE, final_url=LOGIN_URL) == ("tidak_dapat_diperiksa", CODE_AFTER_PASSWORD)


def test_a_code_page_naming_the_account_it_wrote_to_is_no_logged_in_page() -> None:
    body = page(
        f"<p>Kode OTP telah dikirim ke {USER}.monev@bekasikota.go.id.</p>"
        '<form method="post" action="/verifikasi"><input name="kode" maxlength="6"><button>Verifikasi</button></form>'
    )
    assert landing(body) == ("tidak_dapat_diperiksa", CODE_AFTER_PASSWORD)


def test_a_refusal_beside_a_code_field_is_still_a_refusal() -> None:
    body = FORTIFY_CHALLENGE.replace("<p>", "<p>Username atau password salah.</p><p>", 1)
    assert landing(body) == ("gagal", "pesan gagal login tampil: “username atau password salah”")


def test_a_logged_in_page_that_offers_to_turn_on_two_factor_is_logged_in() -> None:
    body = page(
        '<nav><a href="/profil">Profil</a><a href="/logout">Keluar</a></nav><h2>Keamanan Akun</h2>'
        "<p>Aktifkan verifikasi dua langkah dengan Google Authenticator.</p>"
        '<form method="post" action="/user/two-factor-authentication"><input name="code"'
        ' autocomplete="one-time-code"><button>Aktifkan</button></form>'
    )
    assert landing(body, final_url=f"{ORIGIN}/profil") == ("berhasil", None)


# --- another site's account ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("control", "named"),
    [
        (
            '<a href="https://sso.bekasikota.go.id/realms/pemkot/protocol/openid-connect/auth?client_id=simpeg"'
            ' class="btn btn-primary btn-block"><i class="fas fa-key"></i> Masuk dengan SSO</a>',
            "“Masuk dengan SSO”",
        ),
        ('<a href="/sso/login" class="btn btn-primary">SSO Pemkot Bekasi</a>', "“SSO Pemkot Bekasi”"),
        (
            '<a href="/auth/siasn" class="btn btn-outline-primary">Login dengan akun SIASN</a>',
            "“Login dengan akun SIASN”",
        ),
        ('<a href="/oauth/myasn" class="btn btn-success">Masuk menggunakan MyASN</a>', "“Masuk menggunakan MyASN”"),
        ('<a href="/auth/google/redirect" class="btn btn-light">Masuk dengan Google</a>', "“Masuk dengan Google”"),
        (
            '<form method="post" action="/auth/sso"><input type="hidden" name="_token" value="t">'
            '<button type="submit" class="btn btn-primary">Lanjutkan ke SSO</button></form>',
            "“Lanjutkan ke SSO”",
        ),
        (
            '<a href="https://sso.bekasikota.go.id/realms/pemkot/protocol/openid-connect/auth?client_id=simpeg"'
            ' class="btn btn-primary btn-block"><img src="/img/kunci.svg" alt=""></a>',
            "sso.bekasikota.go.id",
        ),
        (
            '<div id="g_id_onload" data-client_id="51962.apps.googleusercontent.com" data-login_uri="/auth/google">'
            '</div><div class="g_id_signin" data-type="standard"></div>',
            "Google",
        ),
    ],
    ids=["keycloak", "sso-words", "siasn", "myasn", "socialite-google", "sso-form", "icon-only", "google-gis"],
)
def test_a_login_page_with_only_another_sites_sign_in_cannot_be_checked(control: str, named: str) -> None:
    body = f"<p>Gunakan akun Anda untuk masuk ke SIMPEG.</p>{control}<p><a href='/bantuan'>Bantuan</a></p>"
    assert barrier(page(body)) == f"login hanya lewat SSO ({named}), tanpa formulir kata sandi: {MANUAL}"


KEYCLOAK_AUTH = "https://sso.bekasikota.go.id/realms/pemkot/protocol/openid-connect/auth?client_id=simpeg"


@pytest.mark.parametrize(
    ("head", "body"),
    [
        (f'<meta http-equiv="refresh" content="0;url={KEYCLOAK_AUTH}">', "<p>Mengalihkan ke SSO Kota Bekasi…</p>"),
        ("", f"<p>Mengalihkan…</p><script>window.location.replace('{KEYCLOAK_AUTH}&response_type=code');</script>"),
    ],
    ids=["refresh", "script"],
)
def test_a_login_page_that_sends_the_browser_to_another_sites_sign_in_cannot_be_checked(head: str, body: str) -> None:
    # Not followed: only the server's own redirects lead the checker to a form it posts.
    html = f"<!DOCTYPE html><html><head><title>SIMPEG</title>{head}</head><body>{body}</body></html>"
    assert barrier(html) == f"login hanya lewat SSO (sso.bekasikota.go.id), tanpa formulir kata sandi: {MANUAL}"


@pytest.mark.parametrize(
    "body",
    [
        # a login page with fields the registry names otherwise, and an SSO button
        '<form method="post" action="/login"><input name="nip"><input type="password" name="sandi">'
        '<button>Masuk</button></form><a href="/sso/login">Masuk dengan SSO</a>',
        # links to Google that sign nobody in
        '<p>Unduh aplikasi di <a href="https://play.google.com/store/apps/details?id=id.go.bekasikota">Google Play'
        '</a></p><a href="https://www.google.com/maps/place/Bekasi">Lihat peta</a>',
    ],
    ids=["password-field", "google-play"],
)
def test_a_page_whose_sign_in_is_no_sso_is_still_a_missing_form(body: str) -> None:
    assert barrier(page(body)) == f"missing: {MISSING}"


# --- single-page apps -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "html",
    [
        '<!DOCTYPE html><html lang="id"><head><title>SIPANDU</title><script type="module" crossorigin'
        ' src="/assets/index-8f3a1c2d.js"></script></head><body><noscript><strong>Maaf, SIPANDU tidak dapat'
        ' berjalan tanpa JavaScript.</strong></noscript><div id="app"></div></body></html>',
        '<!doctype html><html lang="id"><head><title>SIPEMAS</title><script defer="defer"'
        ' src="/static/js/main.4e5f6a7b.js"></script></head><body><noscript>You need to enable JavaScript to run'
        ' this app.</noscript><div id="root"></div></body></html>',
        '<!doctype html><html><head><title>SIMRAL</title><base href="/"></head><body><app-root></app-root>'
        '<script src="runtime.2d4f.js" type="module"></script><script src="main.9f8e.js" type="module"></script>'
        "</body></html>",
        '<!DOCTYPE html><html><head><title>SIMPEL</title><script type="module" src="/build/assets/app-7a6b.js">'
        '</script></head><body><div id="app" data-page="{&quot;component&quot;:&quot;Auth/Login&quot;}"></div>'
        "</body></html>",
        '<!DOCTYPE html><html><head><title>SIKAP</title></head><body><div id="__nuxt"><div class="loading">'
        'Memuat…</div></div><script src="/_nuxt/entry.3c1f.js" type="module"></script></body></html>',
        '<!DOCTYPE html><html><head><title>SIDAK Mobile</title><script src="flutter_bootstrap.js" async>'
        "</script></head><body></body></html>",
    ],
    ids=["vue", "react", "angular", "inertia", "nuxt", "flutter"],
)
def test_a_single_page_apps_shell_cannot_be_checked(html: str) -> None:
    assert barrier(html) == BUILT


def test_a_blade_layout_wrapped_in_a_vue_mount_point_is_a_page_with_content() -> None:
    # Laravel's app.blade.php wraps the whole server-rendered page in <div id="app">.
    news = "".join(
        f"<article><h3>Pengumuman {i}: Jadwal pelayanan administrasi kepegawaian</h3><p>Pelayanan kenaikan pangkat"
        " dan pensiun dibuka setiap hari kerja pukul 08.00 sampai 15.00 WIB di loket BKPSDM.</p></article>"
        for i in range(1, 9)
    )
    html = f'<!DOCTYPE html><html><head><script src="/js/app.js" defer></script></head><body><div id="app">{news}</div>'
    assert barrier(html + "</body></html>") == f"missing: {MISSING}"


@pytest.mark.parametrize("status", [404, 500, 503])
def test_an_error_page_is_still_a_missing_form_whatever_it_is_built_with(status: int) -> None:
    ignition = (
        "<!doctype html><html><head><title>Server Error</title></head><body><noscript><pre>SQLSTATE[HY000] [2002]"
        '</pre></noscript><div id="app"></div><script src="/vendor/ignition/ignition.js"></script></body></html>'
    )
    assert barrier(ignition, status=status) == f"missing: {MISSING}"
    assert barrier(ignition) == BUILT
