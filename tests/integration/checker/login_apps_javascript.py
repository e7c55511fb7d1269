"""Department applications whose login no posted form can do, as their vendors build them.

Each installs its routes on a ``FakeSite`` and counts what a browser's script would send, so that a
test can tell the checker left the login alone (no credentials posted, no code sent):

- ``FilamentApp``: a Filament admin panel at /admin/login: v3 on Livewire 3 (``wire:snapshot``,
  ``wire:model="data.email"``, ``wire:submit="authenticate"``) or v2 on Livewire 2
  (``wire:model.defer``, ``wire:submit.prevent``), inputs without a name unless the vendor added
  one; the login goes as JSON to Livewire's endpoint, a POST to /admin/login is a 405.
- ``JetstreamApp``: Laravel Jetstream's Livewire stack: Livewire's scripts on every page, but the
  login is Fortify's Blade form, which logs in by a plain post.
- ``OtpApp``: a login by a code: sent to WhatsApp for a phone number, sent to an e-mail address,
  read from Google Authenticator beside the NIP, or sent to WhatsApp after a NIP step that gives
  no hint; it counts the codes it sends.
- ``TwoFactorApp``: Fortify's password login, then its two-factor challenge (redirected to, or
  rendered in the answer by a vendor's own controller).
- ``SsoButtonApp``: a login page with only a button to another site's account: the city's
  Keycloak, BKN's SIASN, Google through Socialite, Google Identity Services.
- ``KeycloakApp``: the app's /login redirects to the city's Keycloak, whose own form is posted;
  its callback sets the app's session.
- ``SpaApp``: a Vue (Vite), React (Create React App), Angular or Inertia shell whose login is a
  JSON POST to /api/auth/login.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from urllib.parse import unquote

from checker_servers import FakeSite, Reply, Request, redirect
from login_apps_real_web import EMAIL, FULL_NAME, PASSWORD, USER, adminlte, login_page

_STATS = """<div class="row">
  <div class="col-lg-4"><div class="small-box bg-info"><div class="inner"><h3>86</h3>
    <p>Surat masuk hari ini</p></div><a href="/surat-masuk" class="small-box-footer">Selengkapnya</a></div></div>
  <div class="col-lg-4"><div class="small-box bg-warning"><div class="inner"><h3>12</h3>
    <p>Menunggu disposisi</p></div><a href="/disposisi" class="small-box-footer">Selengkapnya</a></div></div>
</div>"""


def _port(request: Request) -> str:
    return request.headers.get("Host", "").rsplit(":", 1)[-1]


# --- Filament on Livewire ------------------------------------------------------------------------


@dataclass
class FilamentApp:
    """SIPD Bapelitbangda's admin panel: Filament at /admin/login, logged in through Livewire."""

    version: int = 3
    named: bool = False  # the vendor added name="email" / name="password" to the Livewire inputs
    livewire_posts: int = 0

    def install(self, site: FakeSite) -> None:
        site.route("*", "/", lambda r: redirect(r, "/admin"))
        site.route("*", "/admin", lambda r: redirect(r, "/admin/login"))
        site.route("*", "/admin/login", self._login_page)
        site.route("*", "/livewire/update", self._livewire)
        site.route("*", "/livewire/message/filament.http.livewire.auth.login", self._livewire)

    def _login_page(self, request: Request) -> Reply:
        if request.method != "GET":  # Route::get only: Laravel's MethodNotAllowedHttpException
            return Reply(
                405, "<h1>405 Method Not Allowed</h1><p>The POST method is not supported for route admin/login.</p>"
            )
        token = secrets.token_urlsafe(30)[:40]
        page = _FILAMENT_3 if self.version == 3 else _FILAMENT_2
        names = ('name="email" ', 'name="password" ') if self.named else ("", "")
        html = page.format(token=token, email_name=names[0], password_name=names[1])
        cookies = (
            f"XSRF-TOKEN={token}; path=/; samesite=lax",
            f"sipd_session={secrets.token_hex(20)}; path=/; httponly",
        )
        return Reply(200, html, cookies=cookies)

    def _livewire(self, request: Request) -> Reply:
        self.livewire_posts += 1  # a browser's script sends the snapshot and the call to authenticate
        return Reply(200, '{"components":[],"assets":[]}', {"Content-Type": "application/json"})


_FILAMENT_3 = """<!DOCTYPE html>
<html lang="id" dir="ltr" class="fi min-h-screen">
<head>
  <meta charset="utf-8">
  <meta name="csrf-token" content="{token}">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Masuk - SIPD Bapelitbangda</title>
  <style>[x-cloak=''],[x-cloak='x-cloak'],[x-cloak='1']{{display:none !important;}}</style>
  <link href="/css/filament/forms/forms.css?v=3.2.115.0" rel="stylesheet" data-navigate-track>
  <link href="/css/filament/filament/app.css?v=3.2.115.0" rel="stylesheet" data-navigate-track>
  <style>[wire\\:loading][wire\\:loading], [wire\\:loading\\.delay][wire\\:loading\\.delay] {{display: none;}}</style>
</head>
<body class="fi-body fi-panel-admin min-h-screen bg-gray-50 font-normal text-gray-950 antialiased">
<div class="fi-simple-layout flex min-h-screen flex-col items-center">
  <div class="fi-simple-main-ctn flex w-full flex-grow items-center justify-center">
    <main class="fi-simple-main my-16 w-full bg-white px-6 py-12 shadow-sm sm:max-w-lg sm:rounded-xl sm:px-12">
      <div wire:snapshot="{{&quot;data&quot;:{{&quot;data&quot;:[{{&quot;email&quot;:null,&quot;password&quot;:null,
        &quot;remember&quot;:false}},{{&quot;s&quot;:&quot;arr&quot;}}]}},&quot;memo&quot;:{{&quot;id&quot;:
        &quot;Qm1bq8kXr2&quot;,&quot;name&quot;:&quot;filament.pages.auth.login&quot;,&quot;path&quot;:&quot;admin\\/login&quot;,
        &quot;method&quot;:&quot;GET&quot;}},&quot;checksum&quot;:&quot;9c1f0d2e&quot;}}" wire:effects="[]"
        wire:id="Qm1bq8kXr2" class="fi-simple-page">
        <section class="grid auto-cols-fr gap-y-6">
          <header class="fi-simple-header flex flex-col items-center">
            <img src="/storage/logo-bapelitbangda.png" alt="SIPD Bapelitbangda" class="fi-logo mb-4 h-12">
            <h1 class="fi-simple-header-heading text-center text-2xl font-bold">Masuk ke akun Anda</h1>
          </header>
          <form method="post" x-data="{{ isProcessing: false }}" x-on:submit="if (isProcessing) $event.preventDefault()"
            x-on:form-processing-started="isProcessing = true" x-on:form-processing-finished="isProcessing = false"
            class="fi-form grid gap-y-6" id="form" wire:submit="authenticate">
            <div class="fi-fo-field-wrp">
              <label class="fi-fo-field-wrp-label inline-flex items-center gap-x-3" for="data.email">
                <span class="text-sm font-medium">Alamat email<sup class="text-danger-600">*</sup></span></label>
              <div class="fi-input-wrp flex rounded-lg shadow-sm ring-1"><div class="min-w-0 flex-1">
                <input class="fi-input block w-full border-none py-1.5" autocomplete="email" autofocus="autofocus"
                  id="data.email" {email_name}required="required" type="email" wire:model="data.email">
              </div></div>
            </div>
            <div class="fi-fo-field-wrp">
              <label class="fi-fo-field-wrp-label inline-flex items-center gap-x-3" for="data.password">
                <span class="text-sm font-medium">Kata sandi<sup class="text-danger-600">*</sup></span></label>
              <div class="fi-input-wrp flex rounded-lg shadow-sm ring-1" x-data="{{ isPasswordRevealed: false }}">
                <div class="min-w-0 flex-1">
                <input class="fi-input block w-full border-none py-1.5" autocomplete="current-password"
                  id="data.password" {password_name}required="required"
                  x-bind:type="isPasswordRevealed ? 'text' : 'password'" type="password" wire:model="data.password">
                </div>
                <button type="button" class="fi-icon-btn" x-on:click="isPasswordRevealed = true"
                  x-show="! isPasswordRevealed"><span class="sr-only">Tampilkan kata sandi</span></button>
              </div>
            </div>
            <label class="fi-fo-field-wrp-label inline-flex items-center gap-x-3" for="data.remember">
              <input type="checkbox" class="fi-checkbox-input rounded" id="data.remember"
                wire:loading.attr="disabled" wire:model="data.remember">
              <span class="text-sm font-medium">Ingat saya</span></label>
            <div class="fi-form-actions"><div class="fi-ac gap-3 grid grid-cols-[repeat(auto-fit,minmax(0,1fr))]">
              <button type="submit" class="fi-btn fi-btn-color-primary fi-size-md" wire:loading.attr="disabled"
                wire:target="authenticate"><span class="fi-btn-label">Masuk</span></button>
            </div></div>
          </form>
        </section>
      </div>
    </main>
  </div>
  <footer class="py-4 text-center text-sm text-gray-500">&copy; 2024 Bapelitbangda Kota Bekasi &middot;
    Dukungan teknis: <a href="mailto:sipd@bekasikota.go.id">sipd@bekasikota.go.id</a></footer>
</div>
<script src="/livewire/livewire.min.js?id=cc800bf4" data-csrf="{token}" data-update-uri="/livewire/update"
  data-navigate-once="true"></script>
<script src="/js/filament/filament/app.js?v=3.2.115.0"></script>
</body>
</html>"""

_FILAMENT_2 = """<!DOCTYPE html>
<html lang="id" dir="ltr" class="filament antialiased min-h-screen js-focus-visible">
<head>
  <meta charset="utf-8">
  <meta name="csrf-token" content="{token}">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Masuk &bull; SIMBADA Kota Bekasi</title>
  <style>[x-cloak=""], [x-cloak="x-cloak"], [x-cloak="1"] {{ display: none !important; }}</style>
  <style>[wire\\:loading], [wire\\:loading\\.delay] {{display: none;}}</style>
  <link rel="stylesheet" href="/filament/assets/app.css?id=8b7a3e2a">
</head>
<body class="filament-body bg-gray-100 text-gray-900">
<div class="filament-login-page flex items-center justify-center min-h-screen bg-gray-100 py-12">
  <div class="w-screen px-6 -mt-16 space-y-8 md:mt-0 md:px-2 max-w-md">
    <div wire:id="Xz8pLq3Rk1mN" wire:initial-data="{{&quot;fingerprint&quot;:{{&quot;id&quot;:&quot;Xz8pLq3Rk1mN&quot;,
      &quot;name&quot;:&quot;filament.core.auth.login&quot;,&quot;locale&quot;:&quot;id&quot;,&quot;path&quot;:
      &quot;admin\\/login&quot;,&quot;method&quot;:&quot;GET&quot;}},&quot;serverMemo&quot;:{{&quot;data&quot;:
      {{&quot;email&quot;:null,&quot;password&quot;:null,&quot;remember&quot;:false}}}}}}"
      class="p-8 space-y-4 bg-white/50 shadow-2xl rounded-2xl relative filament-breezy-auth-card">
      <div class="flex justify-center w-full"><div class="text-xl font-bold tracking-tight filament-brand">
        SIMBADA Kota Bekasi</div></div>
      <h2 class="font-bold tracking-tight text-center text-2xl">Masuk ke akun Anda</h2>
      <form wire:submit.prevent="authenticate" class="space-y-8">
        <div class="grid grid-cols-1 filament-forms-component-container gap-6">
          <div class="filament-forms-field-wrapper"><label class="inline-flex items-center space-x-3" for="email">
            <span class="text-sm font-medium leading-4 text-gray-700">Alamat Email<sup>*</sup></span></label>
            <input wire:model.defer="email" type="email" dusk="filament.forms.email" {email_name}id="email"
              required autocomplete="on" autofocus class="block w-full transition duration-75 rounded-lg shadow-sm">
          </div>
          <div class="filament-forms-field-wrapper"><label class="inline-flex items-center space-x-3" for="password">
            <span class="text-sm font-medium leading-4 text-gray-700">Kata Sandi<sup>*</sup></span></label>
            <input wire:model.defer="password" type="password" dusk="filament.forms.password" {password_name}
              id="password" required class="block w-full transition duration-75 rounded-lg shadow-sm">
          </div>
          <div class="filament-forms-field-wrapper"><label class="flex items-center space-x-3" for="remember">
            <input wire:loading.attr="disabled" id="remember" type="checkbox" wire:model.defer="remember"
              class="text-primary-600 rounded"><span class="text-sm font-medium">Ingat saya</span></label></div>
        </div>
        <button type="submit" wire:loading.attr="disabled" class="filament-button w-full">
          <span wire:loading.remove wire:target="authenticate">Masuk</span>
          <span wire:loading wire:target="authenticate">Memproses…</span></button>
      </form>
    </div>
    <p class="text-center text-sm text-gray-500">&copy; 2023 BPKAD Kota Bekasi &middot; Sistem Informasi Barang
      Milik Daerah</p>
  </div>
</div>
<script src="/livewire/livewire.js?id=90730a3b0e7144480175" data-turbo-eval="false"
  data-turbolinks-eval="false"></script>
<script data-turbo-eval="false" data-turbolinks-eval="false">
  if (window.livewire) {{ console.warn('Livewire: It looks like Livewire\\'s @livewireScripts JavaScript assets have '
    + 'already been loaded.'); }}
  window.livewire = new Livewire();
  window.Livewire = window.livewire;
  window.livewire_app_url = '';
  window.livewire_token = '{token}';
  window.deferLoadingAlpine = function (callback) {{ window.addEventListener('livewire:load', function () {{
    callback(); }}); }};
</script>
<script src="/filament/assets/app.js?id=a5b2c7e1"></script>
</body>
</html>"""


# --- Jetstream's Livewire stack: Livewire everywhere, a plain login form ---------------------------


@dataclass
class JetstreamApp:
    """SIMONEV of the Bappeda: Jetstream (Livewire stack), whose login is Fortify's Blade form."""

    sessions: dict[str, dict[str, str]] = field(default_factory=dict)

    def install(self, site: FakeSite) -> None:
        site.route("*", "/", lambda r: redirect(r, "/login"))
        site.route("*", "/login", lambda r: self._page(r) if r.method == "GET" else self._login(r))
        site.route("*", "/dashboard", self._dashboard)

    def _session(self, request: Request) -> tuple[dict[str, str], tuple[str, ...]]:
        sid = request.cookies.get("simonev_session", "")
        if sid in self.sessions:
            return self.sessions[sid], ()
        sid = secrets.token_hex(16)
        self.sessions[sid] = {"token": secrets.token_hex(20)}
        return self.sessions[sid], (f"simonev_session={sid}; path=/; httponly; samesite=lax",)

    def _page(self, request: Request) -> Reply:
        session, cookies = self._session(request)
        error, session["error"] = session.get("error", ""), ""
        return Reply(200, _JETSTREAM_LOGIN.format(token=session["token"], error=error), cookies=cookies)

    def _login(self, request: Request) -> Reply:
        session, cookies = self._session(request)
        if cookies or request.value("_token") != session["token"]:
            return Reply(419, "<h1>419</h1><p>Page Expired</p>")
        if request.value("email") != EMAIL or request.value("password") != PASSWORD:
            session["error"] = "Email atau kata sandi salah."
            return redirect(request, "/login")
        session["user"] = FULL_NAME
        return redirect(request, "/dashboard")

    def _dashboard(self, request: Request) -> Reply:
        session, _ = self._session(request)
        if "user" not in session:
            return redirect(request, "/login")
        logout = '<a href="/logout" class="btn btn-default btn-flat float-right">Keluar</a>'
        return Reply(200, adminlte("SIMONEV Bappeda", session["user"], _STATS, logout))


_JETSTREAM_LOGIN = """<!DOCTYPE html>
<html lang="id">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="csrf-token" content="{token}">
  <title>SIMONEV Bappeda</title>
  <link rel="preconnect" href="https://fonts.bunny.net">
  <link rel="stylesheet" href="/build/assets/app-4ed993c7.css">
  <script type="module" src="/build/assets/app-a8f2c1d3.js"></script>
  <style>[wire\\:loading][wire\\:loading], [wire\\:offline][wire\\:offline] {{display: none;}}</style>
</head>
<body>
<div class="font-sans text-gray-900 antialiased">
  <div class="min-h-screen flex flex-col sm:justify-center items-center pt-6 sm:pt-0 bg-gray-100">
    <div><a href="/"><img src="/img/logo-bappeda.png" alt="Bappeda Kota Bekasi" class="w-20 h-20"></a></div>
    <div class="w-full sm:max-w-md mt-6 px-6 py-4 bg-white shadow-md overflow-hidden sm:rounded-lg">
      <div class="mb-4 font-medium text-sm text-red-600">{error}</div>
      <form method="POST" action="/login">
        <input type="hidden" name="_token" value="{token}" autocomplete="off">
        <div><label class="block font-medium text-sm text-gray-700" for="email">Email</label>
          <input class="border-gray-300 rounded-md shadow-sm block mt-1 w-full" id="email" type="email" name="email"
            required="required" autofocus="autofocus" autocomplete="username"></div>
        <div class="mt-4"><label class="block font-medium text-sm text-gray-700" for="password">Kata Sandi</label>
          <input class="border-gray-300 rounded-md shadow-sm block mt-1 w-full" id="password" type="password"
            name="password" required="required" autocomplete="current-password"></div>
        <div class="block mt-4"><label for="remember_me" class="flex items-center">
          <input type="checkbox" id="remember_me" name="remember" class="rounded border-gray-300">
          <span class="ms-2 text-sm text-gray-600">Ingat saya</span></label></div>
        <div class="flex items-center justify-end mt-4">
          <a class="underline text-sm text-gray-600" href="/forgot-password">Lupa kata sandi?</a>
          <button type="submit" class="inline-flex items-center px-4 py-2 bg-gray-800 rounded-md ms-4">Masuk</button>
        </div>
      </form>
    </div>
  </div>
</div>
<div wire:snapshot="{{&quot;data&quot;:[],&quot;memo&quot;:{{&quot;id&quot;:&quot;nT4r0Pz&quot;,&quot;name&quot;:
  &quot;banner-pengumuman&quot;}}}}" wire:effects="[]" wire:id="nT4r0Pz"></div>
<script src="/livewire/livewire.min.js?id=cc800bf4" data-csrf="{token}" data-update-uri="/livewire/update"
  data-navigate-once="true"></script>
</body>
</html>"""


# --- a login by a one-time code --------------------------------------------------------------------


@dataclass
class OtpApp:
    """Layanan Mandiri Kelurahan and its kin: a code sent or shown in place of a password.

    ``kind``: "whatsapp" (a phone number, then a code by WhatsApp), "email" (a code by e-mail),
    "authenticator" (the NIP and Google Authenticator's code on one form), "after_nip" (a NIP step
    that gives no hint, then a code by WhatsApp).
    """

    kind: str = "whatsapp"
    codes_sent: int = 0

    def install(self, site: FakeSite) -> None:
        site.route("*", "/", lambda r: redirect(r, "/masuk"))
        site.route("*", "/masuk", lambda r: Reply(200, self._first_page()))
        site.route("*", "/masuk/kirim-kode", self._send_code)
        site.route("*", "/masuk/verifikasi", lambda r: Reply(200, login_page("Layanan Mandiri", _OTP_VERIFY)))

    def _first_page(self) -> str:
        form = _OTP_FIRST[self.kind]
        intro = _OTP_INTRO[self.kind]
        return login_page("Layanan Mandiri Kelurahan", f'<p class="text-muted small">{intro}</p>{form}')

    def _send_code(self, request: Request) -> Reply:
        if request.method != "POST":
            return redirect(request, "/masuk")
        self.codes_sent += 1  # a WhatsApp message or an e-mail to the account's owner, on every post
        return redirect(request, "/masuk/verifikasi")


_OTP_INTRO = {
    "whatsapp": "Masukkan nomor WhatsApp yang terdaftar. Kode OTP akan dikirim ke nomor tersebut.",
    "email": "Gunakan email dinas Anda. Tautan dan kode masuk dikirim ke kotak masuk email.",
    "authenticator": "Masukkan NIP dan 6 digit kode dari aplikasi Google Authenticator di ponsel Anda.",
    "after_nip": "Silakan masuk dengan NIP Anda.",
}
_OTP_FIRST = {
    "whatsapp": """<form method="post" action="/masuk/kirim-kode">
  <input type="hidden" name="_token" value="q8Xw2vBn">
  <div class="input-group mb-3"><input type="tel" name="no_hp" class="form-control" placeholder="08xxxxxxxxxx"
    inputmode="numeric" required></div>
  <button type="submit" class="btn btn-success btn-block">Kirim Kode OTP</button>
</form>""",
    "email": """<form method="post" action="/masuk/kirim-kode">
  <input type="hidden" name="_token" value="q8Xw2vBn">
  <div class="input-group mb-3"><input type="email" name="email" class="form-control"
    placeholder="nama@bekasikota.go.id" required></div>
  <button type="submit" class="btn btn-primary btn-block">Kirim Kode Verifikasi</button>
</form>""",
    "authenticator": """<form method="post" action="/masuk/kirim-kode">
  <input type="hidden" name="_token" value="q8Xw2vBn">
  <div class="input-group mb-3"><input type="text" name="nip" class="form-control" placeholder="NIP"></div>
  <div class="input-group mb-3"><input type="text" name="kode" class="form-control" placeholder="000000"
    inputmode="numeric" maxlength="6" autocomplete="one-time-code"></div>
  <button type="submit" class="btn btn-primary btn-block">Masuk</button>
</form>""",
    "after_nip": """<form method="post" action="/masuk/kirim-kode">
  <input type="hidden" name="_token" value="q8Xw2vBn">
  <div class="input-group mb-3"><input type="text" name="nip" class="form-control" placeholder="NIP"></div>
  <button type="submit" class="btn btn-primary btn-block">Lanjut</button>
</form>""",
}
_OTP_VERIFY = """<p>Kode OTP telah dikirim ke WhatsApp 0812****7890. Berlaku 5 menit.</p>
<form method="post" action="/masuk/verifikasi">
  <input type="hidden" name="_token" value="q8Xw2vBn">
  <div class="input-group mb-3"><input type="text" name="kode" class="form-control" placeholder="6 digit kode"
    inputmode="numeric" maxlength="6"></div>
  <button type="submit" class="btn btn-primary btn-block">Verifikasi</button>
  <p class="mt-2"><a href="/masuk/kirim-ulang">Kirim ulang</a></p>
</form>"""


# --- Fortify's two-factor challenge after the password -------------------------------------------


@dataclass
class TwoFactorApp:
    """E-Arsip of the Dispusip: Fortify with two-factor authentication on every account.

    ``rendered``: the vendor's controller renders the challenge in the answer to the post, instead
    of Fortify's redirect to /two-factor-challenge.
    """

    rendered: bool = False

    def install(self, site: FakeSite) -> None:
        site.route("*", "/", lambda r: redirect(r, "/login"))
        site.route("*", "/login", lambda r: self._page(r) if r.method == "GET" else self._login(r))
        site.route("*", "/two-factor-challenge", lambda r: Reply(200, self._challenge()))

    def _page(self, request: Request) -> Reply:
        cookie = f"earsip_session={secrets.token_hex(16)}; path=/; httponly"
        return Reply(200, login_page("E-Arsip", _TWO_FACTOR_LOGIN), cookies=(cookie,))

    def _login(self, request: Request) -> Reply:
        if request.value("username") != USER or request.value("password") != PASSWORD:
            return Reply(200, login_page("E-Arsip", _TWO_FACTOR_LOGIN, "Username atau password salah."))
        if self.rendered:
            return Reply(200, self._challenge())
        return redirect(request, "/two-factor-challenge")

    def _challenge(self) -> str:
        return login_page("E-Arsip", _TWO_FACTOR_CHALLENGE)


_TWO_FACTOR_LOGIN = """<form method="post" action="/login">
  <input type="hidden" name="_token" value="Hk2nQ9wX">
  <div class="input-group mb-3"><input type="text" name="username" class="form-control" placeholder="Username"></div>
  <div class="input-group mb-3">
    <input type="password" name="password" class="form-control" placeholder="Password"></div>
  <button type="submit" class="btn btn-primary btn-block">Masuk</button>
</form>"""

_TWO_FACTOR_CHALLENGE = """<p class="mb-3 text-sm text-gray-600">Harap konfirmasi akses ke akun Anda dengan
  memasukkan kode autentikasi yang diberikan oleh aplikasi authenticator Anda.</p>
<form method="POST" action="/two-factor-challenge">
  <input type="hidden" name="_token" value="Hk2nQ9wX">
  <div class="input-group mb-3"><label for="code" class="sr-only">Kode</label>
    <input id="code" class="form-control" type="text" inputmode="numeric" name="code" autofocus
      autocomplete="one-time-code"></div>
  <button type="button" class="btn btn-link">Gunakan kode pemulihan</button>
  <button type="submit" class="btn btn-primary btn-block">Masuk</button>
</form>"""


# --- another site's account only ------------------------------------------------------------------


@dataclass
class SsoButtonApp:
    """E-Office Kota Bekasi, whose login page only sends the user to another site's sign-in.

    ``provider``: "keycloak" (the city's SSO), "siasn" (BKN's), "google" (Socialite's redirect),
    "redirect" (a script that sends the browser to the city's SSO), "gis" (Google Identity
    Services' script-drawn button).
    """

    provider: str = "keycloak"

    def install(self, site: FakeSite) -> None:
        site.route("*", "/", lambda r: redirect(r, "/login"))
        site.route("*", "/login", self._page)

    def _page(self, request: Request) -> Reply:
        port = _port(request)
        head = '<script src="https://accounts.google.com/gsi/client" async></script>' if self.provider == "gis" else ""
        button = _SSO_BUTTONS[self.provider].format(port=port)
        box = f"""<p class="text-center">Gunakan akun Anda untuk masuk ke E-Office.</p>
{button}
<p class="mt-3 small text-muted">Belum punya akun? Ajukan melalui admin perangkat daerah Anda atau hubungi
  Diskominfo di (021) 88397963.</p>"""
        return Reply(200, login_page("E-Office Kota Bekasi", box, head=head))


_KEYCLOAK_AUTH = (
    "http://sso.bekasikota.go.id:{port}/realms/pemkot-bekasi/protocol/openid-connect/auth"
    "?client_id=e-office&amp;redirect_uri=http%3A%2F%2Feoffice.bekasikota.go.id%2Fsso%2Fcallback"
    "&amp;response_type=code&amp;scope=openid&amp;state=b1f0c9"
)
_SSO_BUTTONS = {
    "keycloak": f"""<a href="{_KEYCLOAK_AUTH}" class="btn btn-primary btn-block">
  <i class="fas fa-key mr-2"></i> Masuk dengan SSO Kota Bekasi</a>""",
    "siasn": """<a href="https://sso-siasn.bkn.go.id/auth/realms/public-siasn/protocol/openid-connect/auth?client_id=eoffice-bekasi&amp;response_type=code&amp;redirect_uri=http%3A%2F%2Feoffice.bekasikota.go.id%2Fauth%2Fsiasn%2Fcallback"
  class="btn btn-outline-primary btn-block"><img src="/img/logo-bkn.png" height="20" alt="">
  Login dengan akun SIASN</a>""",
    "google": """<a href="/auth/google/redirect" class="btn btn-light btn-block border">
  <img src="/img/google.svg" height="18" alt=""> Masuk dengan Google</a>""",
    "redirect": """<p class="text-center">Mengalihkan ke SSO Kota Bekasi…</p>
<script>window.location.replace("http://sso.bekasikota.go.id:{port}/realms/pemkot-bekasi/protocol/openid-connect/auth"
  + "?client_id=e-office&response_type=code&scope=openid&state=b1f0c9");</script>""",
    "gis": """<div id="g_id_onload" data-client_id="51962.apps.googleusercontent.com"
  data-login_uri="/auth/google/callback" data-auto_prompt="false"></div>
<div class="g_id_signin d-flex justify-content-center" data-type="standard" data-size="large"
  data-theme="outline" data-text="signin_with" data-shape="rectangular"></div>""",
}


# --- the city's Keycloak, whose own form is posted -------------------------------------------------


@dataclass
class KeycloakApp:
    """E-Office on the city's Keycloak: /login redirects to the realm's login form on sso.bekasikota.go.id."""

    codes: dict[str, str] = field(default_factory=dict)
    sessions: dict[str, str] = field(default_factory=dict)
    auth_sessions: set[str] = field(default_factory=set)

    def install(self, site: FakeSite) -> None:
        realm = "/realms/pemkot-bekasi"
        site.route("eoffice.bekasikota.go.id", "/", lambda r: redirect(r, "/beranda"))
        site.route("eoffice.bekasikota.go.id", "/login", lambda r: redirect(r, _keycloak_auth(r)))
        # The client sends the redirect_uri of the query as its URL parser normalised it.
        site.route("sso.bekasikota.go.id", unquote(_KEYCLOAK_AUTH_PATH), self._form)
        site.route("sso.bekasikota.go.id", f"{realm}/login-actions/authenticate?{_KC_QUERY}", self._authenticate)
        site.route("eoffice.bekasikota.go.id", "/beranda", self._home)
        self._site = site

    def _form(self, request: Request, error: str = "") -> Reply:
        session = secrets.token_hex(12)
        self.auth_sessions.add(session)
        html = _KEYCLOAK_LOGIN.format(port=_port(request), query=_KC_QUERY, error=error)
        return Reply(200, html, cookies=(f"AUTH_SESSION_ID={session}; Path=/realms/pemkot-bekasi/; HttpOnly",))

    def _authenticate(self, request: Request) -> Reply:
        if request.cookies.get("AUTH_SESSION_ID") not in self.auth_sessions:
            return Reply(400, "<h1>Cookie not found. Please make sure cookies are enabled in your browser.</h1>")
        if request.value("username") != USER or request.value("password") != PASSWORD:
            return self._form(request, _KEYCLOAK_ERROR)
        code = secrets.token_hex(16)
        self.codes[code] = USER
        self._site.route("eoffice.bekasikota.go.id", f"/sso/callback?state=b1f0c9&code={code}", self._callback)
        port = _port(request)
        return redirect(request, f"http://eoffice.bekasikota.go.id:{port}/sso/callback?state=b1f0c9&code={code}")

    def _callback(self, request: Request) -> Reply:
        code = request.path.rsplit("code=", 1)[-1]
        user = self.codes.pop(code, None)
        if user is None:
            return redirect(request, "/login")
        sid = secrets.token_hex(16)
        self.sessions[sid] = FULL_NAME
        return redirect(request, "/beranda", (f"eoffice_session={sid}; path=/; HttpOnly",))

    def _home(self, request: Request) -> Reply:
        user = self.sessions.get(request.cookies.get("eoffice_session", ""))
        if user is None:
            return redirect(request, "/login")
        logout = '<a href="/logout" class="btn btn-default btn-flat float-right">Keluar</a>'
        return Reply(200, adminlte("E-Office Kota Bekasi", user, _STATS, logout))


_KEYCLOAK_AUTH_PATH = (
    "/realms/pemkot-bekasi/protocol/openid-connect/auth?client_id=e-office"
    "&redirect_uri=http%3A%2F%2Feoffice.bekasikota.go.id%2Fsso%2Fcallback&response_type=code&scope=openid&state=b1f0c9"
)
_KEYCLOAK_ERROR = (
    '<span id="input-error" class="kc-feedback-text" aria-live="polite">Invalid username or password.</span>'
)
_KC_QUERY = "session_code=Tq4x9Lm2&execution=8a1e7c1f&client_id=e-office&tab_id=Vb3kQ1"


def _keycloak_auth(request: Request) -> str:
    return f"http://sso.bekasikota.go.id:{_port(request)}{_KEYCLOAK_AUTH_PATH}"


_KEYCLOAK_LOGIN = """<!DOCTYPE html>
<html class="login-pf" lang="id">
<head>
  <meta charset="utf-8">
  <meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
  <meta name="robots" content="noindex, nofollow">
  <meta name="viewport" content="width=device-width,initial-scale=1">
  <title>Masuk ke SSO Pemerintah Kota Bekasi</title>
  <link rel="icon" href="/resources/4m1q2/login/pemkot/img/favicon.ico">
  <link href="/resources/4m1q2/common/keycloak/web_modules/@patternfly/react-core/dist/styles/base.css"
    rel="stylesheet">
  <link href="/resources/4m1q2/login/pemkot/css/login.css" rel="stylesheet">
  <script src="/resources/4m1q2/login/pemkot/js/menu-button-links.js" type="module"></script>
</head>
<body class="">
<div class="login-pf-page">
  <div id="kc-header" class="login-pf-page-header">
    <div id="kc-header-wrapper" class="">SSO Pemerintah Kota Bekasi</div>
  </div>
  <div class="card-pf">
    <header class="login-pf-header"><h1 id="kc-page-title">Masuk ke akun Anda</h1></header>
    <div id="kc-content"><div id="kc-content-wrapper">
      <div id="kc-form"><div id="kc-form-wrapper">
        <form id="kc-form-login" onsubmit="login.disabled = true; return true;"
          action="http://sso.bekasikota.go.id:{port}/realms/pemkot-bekasi/login-actions/authenticate?{query}"
          method="post">
          <div class="form-group"><label for="username" class="pf-c-form__label">Nama pengguna atau email</label>
            <input tabindex="1" id="username" class="pf-c-form-control" name="username" value="" type="text"
              autofocus autocomplete="off" aria-invalid="">{error}</div>
          <div class="form-group"><label for="password" class="pf-c-form__label">Kata sandi</label>
            <input tabindex="2" id="password" class="pf-c-form-control" name="password" type="password"
              autocomplete="off" aria-invalid=""></div>
          <div class="form-group login-pf-settings"><div id="kc-form-options"></div>
            <div><span><a tabindex="5" href="/realms/pemkot-bekasi/login-actions/reset-credentials?client_id=e-office">
              Lupa kata sandi?</a></span></div></div>
          <div id="kc-form-buttons" class="form-group">
            <input type="hidden" id="id-hidden-input" name="credentialId">
            <input tabindex="4" class="pf-c-button pf-m-primary pf-m-block btn-lg" name="login" id="kc-login"
              type="submit" value="Masuk"></div>
        </form>
      </div></div>
      <div id="kc-social-providers" class=""><hr><h4>Atau masuk dengan</h4>
        <ul class="pf-c-login__main-footer-links kc-social-links">
          <li><a id="social-google" class="pf-c-button pf-m-control pf-m-block kc-social-item kc-social-gray"
            type="button" href="/realms/pemkot-bekasi/broker/google/login?client_id=e-office&amp;tab_id=Vb3kQ1">
            <span class="kc-social-provider-name">Google</span></a></li>
        </ul></div>
    </div></div>
  </div>
</div>
</body>
</html>"""


# --- single-page apps ------------------------------------------------------------------------------


@dataclass
class SpaApp:
    """A department app built as a single-page app; its login is a JSON POST to /api/auth/login."""

    framework: str = "vue"  # "vue" (Vite), "react" (Create React App), "angular", "inertia" (Laravel)
    api_posts: int = 0

    def install(self, site: FakeSite) -> None:
        site.route("*", "/", Reply(200, _SPA_SHELLS[self.framework]))
        site.route("*", "/login", Reply(200, _SPA_SHELLS[self.framework]))
        site.route("*", "/api/auth/login", self._api)

    def _api(self, request: Request) -> Reply:
        self.api_posts += 1
        return Reply(401, '{"message":"Unauthenticated."}', {"Content-Type": "application/json"})


_SPA_SHELLS = {
    "vue": """<!DOCTYPE html>
<html lang="id">
  <head>
    <meta charset="UTF-8">
    <link rel="icon" type="image/png" href="/favicon.png">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <title>SIPANDU - Sistem Informasi Pelayanan Terpadu</title>
    <script type="module" crossorigin src="/assets/index-8f3a1c2d.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/vendor-5b9e0f14.js">
    <link rel="stylesheet" crossorigin href="/assets/index-1b2c7d9e.css">
  </head>
  <body>
    <noscript><strong>Maaf, SIPANDU tidak dapat berjalan tanpa JavaScript. Aktifkan JavaScript untuk
      melanjutkan.</strong></noscript>
    <div id="app"></div>
  </body>
</html>""",
    "react": """<!doctype html><html lang="id"><head><meta charset="utf-8"/><link rel="icon" href="/favicon.ico"/>
<meta name="viewport" content="width=device-width,initial-scale=1"/><meta name="theme-color" content="#0b5394"/>
<meta name="description" content="Aplikasi Pengaduan Masyarakat Kota Bekasi"/>
<link rel="apple-touch-icon" href="/logo192.png"/><link rel="manifest" href="/manifest.json"/>
<title>SIPEMAS Kota Bekasi</title><script defer="defer" src="/static/js/main.4e5f6a7b.js"></script>
<link href="/static/css/main.9c0d1e2f.css" rel="stylesheet"></head><body>
<noscript>You need to enable JavaScript to run this app.</noscript><div id="root"></div></body></html>""",
    "angular": """<!doctype html>
<html lang="id" data-critters-container>
<head>
  <meta charset="utf-8">
  <title>SIMRAL Kota Bekasi</title>
  <base href="/">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="icon" type="image/x-icon" href="favicon.ico">
  <style>html,body{height:100%}body{margin:0;font-family:Roboto,"Helvetica Neue",sans-serif}</style>
  <link rel="stylesheet" href="styles.7b1c2a3e.css" media="print" onload="this.media='all'">
</head>
<body class="mat-typography">
  <app-root></app-root>
  <script src="runtime.2d4f6b8a.js" type="module"></script>
  <script src="polyfills.0c1e3a5b.js" type="module"></script>
  <script src="main.9f8e7d6c.js" type="module"></script>
</body>
</html>""",
    "inertia": """<!DOCTYPE html>
<html lang="id">
    <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title inertia>SIMPEL DPMPTSP</title>
        <link rel="preconnect" href="https://fonts.bunny.net">
        <link rel="stylesheet" href="/build/assets/app-3c9d2e1f.css" />
        <script type="module" src="/build/assets/app-7a6b5c4d.js"></script>
        <script type="module" src="/build/assets/Login-2f3e4d5c.js"></script>
    </head>
    <body class="font-sans antialiased">
        <div id="app" data-page="{&quot;component&quot;:&quot;Auth\\/Login&quot;,&quot;props&quot;:{&quot;errors&quot;:
        {},&quot;canResetPassword&quot;:true,&quot;status&quot;:null},&quot;url&quot;:&quot;\\/login&quot;,
        &quot;version&quot;:&quot;5e6f7a8b9c0d&quot;}"></div>
    </body>
</html>""",
}
