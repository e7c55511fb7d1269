"""Form login: find the login form's fields and CSRF tokens, and decide the outcome.

A CSRF token comes as a hidden field of the form (CodeIgniter's ``csrf_test_name``, Django's
``csrfmiddlewaretoken``), as a ``<meta name="csrf-token">`` of the page (Laravel, Yii and Rails,
with ``csrf-param`` naming its field; Spring Security's ``<meta name="_csrf">``, with ``_csrf_header``
naming its header), or as a cookie that JavaScript copies into a header
(Laravel's and Angular's ``XSRF-TOKEN``, Django's ``csrftoken``). All that a page offers is sent,
but the ``XSRF-TOKEN`` header beside a form's own token (Spring Security 6 reads that header first,
and a browser's post never sends it).

The form is the one holding both the configured fields (a page may also hold a search or a
registration form), else the one holding the password field; a page with only the username field
is the first step of a two-step login, whose answer holds the password form. A form an old PHP
template puts inside a ``<table>``, whose fields the HTML parser moves out of it, is read from the
source as a browser reads it. The form goes as the Pelaksana sends it: without its disabled fields,
with the name and value of the button that signs in, else of its default button (a PHP script that
logs in only ``if (isset($_POST['login']))``, ASP.NET's button event, not the search button a
WebForms page's one form holds first), with the event of a WebForms ``LinkButton``
(``__doPostBack``), a year chosen where a select's first option is a prompt ("-- Pilih Tahun
Anggaran --"), and a box ticked that the browser requires; to its action read from the page's
``<base href>``, over HTTPS where an HTTPS page posts to its own host over HTTP (as a browser
upgrades it: a Laravel behind a proxy writes ``http://`` actions, and its ``Secure`` session cookie
would not go, a 419), and only on the site that served the form: a form posting to another
organisation's host is not sent, nor the form of another organisation's sign-in page (a vendor's
Keycloak) the login page sent the browser to; the city's own hosts (its SSO, the app's other name
on ``bekasikota.go.id``) are the city's, and are sent. The credentials go under the names the form
spells them (``nip`` where the registry wrote ``NIP``); where the form has no field of the registry's name, the
username goes in the one field it asks to type beside the password (``email`` where the registry wrote
``username``), as the Pelaksana types it there.
A meta token goes as a field only where the form does not hold it already: CakePHP's form
protection refuses a field its ``_Token[fields]`` does not list. A form with a CAPTCHA is not
sent (an image, one a script draws beside a field "Kode Verifikasi", by its name or its label, whose markup never
says "captcha",
a widget, reCAPTCHA v3's hidden response field, a sum to answer, "3 + 4 = ?"): the
check cannot log in, and says so (``CaptchaError``), rather than count the app's login as broken.
It is the login form's: a layout loading reCAPTCHA on every page for its footer's contact form,
whose widget is drawn there, asks none of the login. An answer refusing a CAPTCHA the page hid
("Kode captcha salah") says the same.
Nor is a login that no posted form can do (``LoginNotAutomatableError``): a form only a script
sends (Livewire's ``wire:submit``, fields without a name, a ``@submit.prevent`` without an action,
a ``javascript:`` action, jQuery's ``$.ajax`` or ``fetch`` posting a form that has no action, a form
with neither an action nor a method and no submit button or a script file of its login, ``login.js``),
a one-time code (an OTP by SMS, WhatsApp or e-mail, an authenticator's), another site's account
only (a "Masuk dengan SSO" or Google button, a Keycloak link), a single-page app's empty shell (its
mount point, Grafana's ``#reactRoot``, AngularJS's ``ng-app``, or no field and only a loader's words).
Nor is a login where a bot challenge or a web application firewall's block answers in the
application's place (``LoginProtectedError``), on the login page or in answer to the form: a WAF rule on
``/login`` or ``/wp-login.php`` says nothing of the application's login, and no credentials are
posted into a challenge. An error page, like an ordinary page without a login, is read as a missing
form, as before.
An answer that is only a script (``alert('Login berhasil'); window.location='admin/'``, as PHP
without a framework answers, or a SweetAlert or toastr notice before it), or that refreshes
(``<meta http-equiv="refresh">``, a ``Refresh`` header), or that is an AJAX endpoint's JSON
naming where to go (``"redirect": "/dashboard"``), is followed where it sends the browser on the
same site, unless it says the login was refused; so is a login page answering its own post with the
form and a notice or an alert that the login succeeded ("Login berhasil", "Selamat datang, <name>"), whose
script or refresh then leaves; where none leaves, a success box above the form is a success. Other
JSON, data for a script, cannot be judged, unless it says the login failed (``"status": false``).

The outcome: configured markers decide first; then what the answer to the posted form shows. A
message that the credentials were refused (in the page, in a notice its script draws with
SweetAlert, toastr, Notyf or iziToast, or alerted by a script-only answer), that the account is
locked or not yet verified, or that the session ended, or the password field still there, is a
failure (a message outweighs the user's name: "Akun pelaksana diblokir"; an answer of 400, 401, 422 or 423, as
Devise under Turbo, JSON APIs and a lockout refuse, is named by its message); the user's name (a NIP or a NIK
used as the username also written in its groups, "19900315 201503 1 004"), the configured display name or a
logout link on the page is a success, even where a configured success marker is missing. A logged-in page (one
with a logout link) may still name a failed login (an audit menu, "Riwayat Login Gagal"), locked accounts (its
admin's list of them, "Akun Terkunci") or carry a login modal: none is a refusal there; but a lock it tells the
account itself ("Akun Anda telah dinonaktifkan", a notice with only a logout button) is one, as on any page:
someone must unlock it.
A redirect back to the login page, or a script that only goes back (``history.back()``), is a
failure, unless the page there, the form gone, greets who signed in or shows the user's menu (an app whose login
page is its root lands there again); a page asking a one-time code after the password cannot be checked further;
and, when no success marker is configured, a redirect away from the login page to a page without the
password field (a SPA's shell) is a success, unless that page still offers the login (a public
page's "Login" button: the dashboard sent a browser without a session on); there the username,
an ordinary word of the page maybe ("dinkes"), is no sign either. A page answered in place, without the form,
greeting the user by name ("Selamat Datang, Drs. H. Ahmad Fauzi, M.Si", "Halo, Budi Santoso", "Selamat Datang Budi
Santoso") is past the login too; a dashboard's
idle lock screen, a password-only form hidden until the session idles, is no login form back. A lock whose
sentence gives failed logins as its cause ("terkunci karena 3 kali gagal login"), or that the refusal's next
words tell ("Password salah. Akun Anda terkunci."), is a locked account; a login page's standing rule ("Akun akan
dikunci setelah 3 kali gagal login") refuses nothing. A 429 in answer to the form whose page says the login is
locked ("Terlalu banyak percobaan login. Coba lagi dalam 15 menit.") is the account's lockout, not a limiter's. A
right password that lands on a page asking a new one ("Kata sandi Anda telah kedaluwarsa", "Anda wajib mengganti
password bawaan", with no "Nanti saja"), or saying the account has no rights to the application ("Anda tidak
berhak mengakses halaman ini", "Hak akses Anda belum diatur"), or asking to verify its e-mail address first
(Breeze's page), is gagal too: the Pelaksana cannot get in until someone acts. No reason quotes the username.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from html import unescape
from itertools import islice
from urllib.parse import parse_qsl, unquote, urljoin, urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from pantau_common.registry.model import LoginSpec
from pantau_contracts.status import LoginResult

from . import blocked
from .domain import registered_domain
from .markup import parse_html
from .page import APP_ROOTS, parse_page, with_refresh_header

# What login pages say when the credentials are refused, in lower case; the first in the answer is named.
FAILURE_MESSAGES = (
    "username atau password salah",
    "nama pengguna atau kata sandi salah",
    "email atau password salah",
    "email atau kata sandi salah",
    "password salah",
    "kata sandi salah",
    "login gagal",
    "gagal login",
    "these credentials do not match our records",
    "identitas tersebut tidak cocok dengan data kami",  # Laravel's auth.failed in Indonesian
    "masukkan nama pengguna dan sandi yang benar",  # Django admin in Indonesian
    "please enter the correct username and password",
    "incorrect username or password",
    "invalid username or password",
    "invalid credentials",
    "invalid login",
    "incorrect login",
    "wrong username or password",  # SLiMS's, alerted before history.back()
    "kredensial salah",  # Symfony's "Invalid credentials." in Indonesian
)
_LOGGED_EVENTS = ("login gagal", "gagal login")  # also the words of a log's line
_SENTENCE_END = re.compile(r"[.!?]")
_BETWEEN_SENTENCES = " .!,;:-"
# The same said in the words vendors vary ("Username atau Password Anda salah"), and WordPress's
# messages, which name the account: what matched is quoted with the username left out.
_CREDENTIALS_REFUSED = (
    *(re.escape(message) for message in FAILURE_MESSAGES if message not in _LOGGED_EVENTS),
    # Not a dashboard's log of attempts ("Login gagal dari IP 10.4.2.17", "Login gagal: 3"), nor a login page's
    # standing rule ("Akun akan dikunci setelah 3 kali gagal login"), shown whatever the password.
    *(rf"(?<!kali ){re.escape(message)}(?!\s+(?:dari|from|pada|oleh)\b|\s*:?\s*\d)" for message in _LOGGED_EVENTS),
    r"\banda (?:sudah|telah) \d{1,2} kali gagal (?:log ?in|masuk)\b",
    r"(?:username|nama pengguna|user|e-?mail|nip|nik)(?: anda)?(?: (?:atau|dan|&) | ?/ ?)(?:password|kata sandi|sandi)"
    r"(?: anda| yang anda masukk?an)? (?:salah|tidak sesuai|tidak cocok|keliru|tidak valid|tidak benar|tidak tepat"
    r"|tidak ditemukan|tidak terdaftar|tidak sah)",
    # "Maaf, kombinasi username dan password tidak dikenali sistem"; not a help text's condition.
    r"(?<!jika )(?<!apabila )(?<!bila )(?<!kalau )(?:username|nama pengguna|user|e-?mail|nip|nik)"
    r"(?: (?:atau|dan|&) | ?/ ?)(?:password|kata sandi|sandi)(?: anda)? tidak dikenali?\b",
    # "Username or password is incorrect", "Invalid username/password", "The username or password you entered
    # is not correct".
    r"(?:username|user|e-?mail)(?: or | ?/ ?)password(?: you (?:have )?entered)? (?:is |was )?"
    r"(?:incorrect|wrong|invalid|not correct)",
    # "Silakan ulangi, data yang dimasukkan belum benar".
    r"\bdata yang (?:anda )?(?:di)?masukk?an (?:belum|tidak) (?:benar|tepat)",
    # An error page of its own after a redirect: "Login tidak valid", Ion Auth's Indonesian "Log In Gagal",
    # Laravel's ``auth.failed`` shown as its key where the vendor's language file lacks it.
    r"\blog ?in tidak valid|\blog in gagal|\bauth\.failed\b|\blog ?in failed\b(?! attempts)|\bauthentication failed\b",
    # "Maaf, Anda gagal masuk", not a login page's warning "Jika Anda gagal masuk 3 kali …".
    r"(?<!jika )(?<!apabila )(?<!bila )(?<!kalau )\banda gagal masuk\b",
    r"the password you entered for the (?:username|email address) [^.!?]{1,80}? is incorrect",
    r"kata sandi yang anda masukkan untuk (?:nama pengguna|alamat email) [^.!?]{1,80}? salah",
    r"the username [^.!?]{1,80}? is not registered",
    r"nama pengguna [^.!?]{1,80}? tidak terdaftar",
    r"(?:password|kata sandi)(?: anda| yang (?:anda )?(?:di)?masukk?an) salah",
    # An error page of its own after a redirect ("NIP tidak terdaftar", "NIP tidak valid"); not
    # a login page's invitation ("NIP belum terdaftar? Daftar di sini").
    r"(?<!yang )(?:username|nama pengguna|pengguna|user|akun|e-?mail|nip|nik)(?: anda| yang anda masukk?an)?"
    r" (?:(?:tidak|belum) (?:ditemukan|terdaftar|dikenal)|tidak valid)(?!\s*\?)",
    # "Kata sandi untuk NIP 1985… tidak cocok"; "Anda belum terdaftar" (not the invitation "Belum terdaftar?").
    r"(?:password|kata sandi|sandi) untuk (?:nip|nik|username|nama pengguna|pengguna|akun) \S{1,40} "
    r"(?:tidak cocok|tidak sesuai|salah|keliru)",
    r"\banda belum terdaftar(?!\s*\?)",
    r"(?:password|kata sandi|sandi)(?: anda| yang anda masukk?an)? (?:tidak sesuai|tidak cocok|keliru|tidak valid"
    r"|tidak benar|tidak tepat)",
    r"please enter (?:a|the) correct [^.!?]{1,40}? and password",  # Django's AuthenticationForm
    r"invalid (?:e-?mail|login|nip|username)(?: address)?(?: or | ?/ ?)password",  # Devise's
    r"bad credentials",  # Spring Security's
    r"unable to log you in|tidak dapat login\. silakan periksa",  # CodeIgniter Shield's
    r"\blogin anda gagal",  # not "gagal masuk", which a login page's warning says ("3 kali gagal masuk")
    # "Kredensial tidak valid", Laravel Sanctum's "The provided credentials are incorrect." and its Indonesian,
    # "Invalid username and/or password.", a bank-like "User ID atau PIN salah", a bare "Sandi salah!"; not a
    # help's question ("Sandi salah? Atur ulang di sini"), its condition, nor a rule ("memasukkan sandi salah 3 kali").
    r"(?<!jika )(?<!bila )(?<!kalau )(?<!apabila )(?:\bkredensial(?: anda| yang (?:anda )?(?:diberikan|di ?masukk?an"
    r"|masukk?an))? (?:tidak valid|salah|tidak sesuai|keliru)|the provided credentials are incorrect"
    r"|invalid (?:username|user id|e-?mail) and/or password|\b(?:user ?id|username|nip|nik) (?:atau|dan|/) ?pin salah"
    r"|(?<!kata )(?<!memasukkan )(?<!memasukan )\bsandi salah\b(?!\s+(?:sebanyak|\d)))(?!\s*\?)",
)
# The monitoring account itself is refused: someone must unlock it.
_ACCOUNT_LOCKED = (
    # Not a help notice's condition: "Jika akun terkunci atau lupa kata sandi, hubungi admin".
    r"(?<!jika )(?<!apabila )(?<!bila )(?<!kalau )"
    r"akun(?: anda| ini| tersebut| (?!akan\b|yang\b)\S+)?(?: telah| sudah| sedang)?"
    r" (?:terkunci|dikunci|diblokir|dinonaktifkan|ditangguhkan|dibekukan|di-?suspend)",
    # Ion Auth's Indonesian "Akun Anda untuk sementara dikunci"; "Anda sudah 3 kali salah memasukkan
    # password", told to the account, not a help card's "Akun yang 3 kali salah … akan dikunci".
    r"akun anda (?:untuk )?sementara (?:terkunci|dikunci|diblokir|dinonaktifkan|ditangguhkan|dibekukan)",
    r"anda (?:sudah|telah) \d{1,2} kali salah memasukk?an (?:password|kata sandi|sandi)",
    # Not "pengguna tidak aktif", a dashboard's count of users, nor a role not held ("Akun Anda belum aktif sebagai
    # Pejabat Penilai").
    # "Maaf, akun Anda sudah tidak aktif", "Akun belum diaktivasi".
    r"akun(?: anda)?(?: sudah| telah)? (?:belum|tidak) (?:aktif|diaktifkan|diaktivasi)(?! sebagai\b)"
    r"|user anda (?:belum|tidak) aktif",
    r"user anda (?:telah |sudah )?(?:terkunci|dikunci|diblokir|dinonaktifkan|ditangguhkan|dibekukan)",
    r"account (?:is |has been )?(?:locked|disabled|suspended|blocked)",
    # An account an admin or an e-mail link must still confirm: the monitoring one cannot sign in either.
    r"akun(?: anda)? belum (?:diverifikasi|terverifikasi|dikonfirmasi)",
    r"your account is (?:pending|awaiting) (?:approval|activation)",
    r"(?:your )?(?:account|e-?mail(?: address)?) (?:is |has )?not (?:yet )?(?:been )?verified",
    r"too many login attempts",
    r"terlalu banyak (?:percobaan|upaya|usaha) (?:login|masuk)",
)
# The session did not survive the login: the landing page asks to log in again.
_SESSION_ENDED = (
    r"sesi(?: anda)? (?:telah |sudah )?(?:berakhir|habis|kedaluwarsa|kadaluarsa|kadaluwarsa)",
    r"(?:your )?session (?:has )?expired",
)
# A refusal in the looser words vendors write on a notice page of their own, where a wrong password
# lands ("Login Tidak Berhasil" as its only heading, "Akses Ditolak", "Otentikasi gagal", ASP.NET's "Your
# login attempt was not successful"): read only on a short page without the form, the user's name or a
# logout, not on a dashboard whose table may say "Login gagal dari IP …" or a card "Akses ditolak: 3".
# Not a condition ("Jika login tidak berhasil, hubungi admin"), a question, or a count.
_NOTICE_REFUSED = re.compile(
    r"(?<!jika )(?<!bila )(?<!kalau )(?<!if )(?:"
    r"\b(?:log ?in|autentikasi|otentikasi|otorisasi|authentication)(?: anda)? (?:tidak berhasil|ditolak|gagal)"
    # Not what failed to get in elsewhere: "Data gagal masuk ke SIPD", "Surat gagal masuk".
    r"|(?<!data )(?<!surat )(?<!berkas )(?<!dokumen )(?<!pesan )(?<!file )(?<!kali )"
    r"\bgagal (?:masuk|otentikasi|autentikasi|otorisasi)\b"
    r"(?!\s+(?:ke|dalam)\b)|\b(?:akses|access) (?:ditolak|denied)\b"
    r"|\bwrong credentials\b|\b(?:incorrect|wrong|bad) password\b|\bunknown user(?:name)?\b"
    r"|\blog ?in attempt (?:was )?(?:not successful|unsuccessful)|\bupaya masuk tidak valid\b"
    r"|(?:username|nama pengguna|pengguna|user|nip|nik|e-?mail)(?: anda)?(?: (?:atau|dan|&) | ?/ ?)"
    r"(?:password|kata sandi|sandi|kata kunci)(?: anda)? (?:tidak dikenali?|keliru|salah|tidak sesuai|tidak cocok)"
    r"|\bkata kunci(?: anda| yang (?:anda )?(?:di)?masukk?an)? (?:salah|keliru|tidak sesuai|tidak cocok)"
    r"|\b(?:data|identitas)(?: login| anda| yang anda masukk?an)? tidak (?:dikenali|dikenal|cocok|sesuai)"
    r"|\bperiksa kembali (?:nip|nik|username|nama pengguna|e-?mail|user)(?: anda)? (?:dan|atau|&) "
    r"(?:kata sandi|password|sandi)|\bsesi login tidak dapat dibuat"
    r")(?!\s*\?)(?!\s*[:=(]?\s*\d)"
)
# The password is right, but the account must first set a new one: expired, or the default one of a first login.
# Not a dashboard's reminder ("Password Anda akan kedaluwarsa dalam 5 hari", "Masa berlaku password Anda habis dalam
# 3 hari", "… berakhir pada 02-03-2027"), a rule ("Pegawai wajib mengganti password setiap 90 hari"), an admin's list
# of others' ("Pegawai dengan Password Kedaluwarsa"), nor an expiry a notification's history says was renewed.
_EXPIRED = re.compile(
    r"(?<!dengan )(?<!yang )(?:password|kata sandi|sandi)(?: anda| akun anda)?(?: telah| sudah)? (?:kedaluwarsa"
    r"|kadaluarsa|kadaluwarsa|kedaluarsa|expired|habis masa berlakunya)(?! dan (?:telah |sudah )?(?:diperbarui"
    r"|diperbaharui|diganti|diubah))(?!\s*\?)"
    # Not an expiry to come: "… kedaluwarsa pada 31-12-2026 (26 hari lagi)", "… dalam 5 hari".
    r"(?! (?:pada|dalam)\b[^.!?]{0,40}?\b(?:lagi|mendatang)\b| dalam \d)"
    r"|masa berlaku (?:password|kata sandi|sandi)(?: anda)? (?:(?:telah |sudah )(?:habis|berakhir)"
    r"|(?:habis|berakhir)(?! (?:dalam|pada)\b))"
    r"|(?<!jika )(?<!bila )(?<!kalau )\banda (?:wajib|harus|diwajibkan|diharuskan|perlu)(?: untuk)? (?:mengganti"
    r"|mengubah|ganti|ubah|memperbarui|memperbaharui) (?:password|kata sandi|sandi)"
    # "Anda masih menggunakan password default", "Password Anda sudah tidak berlaku"; not a question's.
    r"|(?<!jika )(?<!bila )(?<!kalau )\banda masih menggunakan (?:password|kata sandi|sandi) (?:default|bawaan|awal)"
    r"|(?<!jika )(?<!bila )(?<!kalau )(?:password|kata sandi|sandi)(?: anda| akun anda) (?:sudah |telah )?tidak"
    r" berlaku(?!\s*\?)(?! (?:dalam|pada|mulai|per)\b)"
    r"|your password (?:has )?expired(?!\s*\?)|you must change your password"
    r"|the password for your account has expired"
)
# A rule's words after the sentence asking a new password ("… mengganti password setiap 90 hari", "… every 90
# days"): on a dashboard, a policy beside its profile card; only a page of its own (``_asking_page``) asks it now.
_RULE_AFTER = re.compile(
    r"[^.!?]{0,60}?\b(?:setiap|tiap|berkala|sekali|satu kali|every|periodically|pada login pertama|apabila|jika|bila"
    r"|kalau)\b"
)
_SKIPS = re.compile(r"nanti saja|lewati|lain kali|ingatkan (?:saya )?nanti|skip|remind me later")
# The password is right, but the account has no rights to the application (its role lacks them).
# Of the page or the application itself ("… ke modul ini" on a page of its own), or of nothing named: not of a card's
# report ("Anda tidak memiliki akses ke laporan keuangan"), of others' data, or of a right to a benefit ("Anda tidak
# berhak menerima TPP bulan ini").
_NO_RIGHTS = re.compile(
    # Not a help text's condition, nor what it says of a menu ("Menu yang tidak tampil berarti Anda tidak memiliki
    # akses ke menu tersebut").
    r"(?<!jika )(?<!bila )(?<!kalau )(?<!apabila )(?<!berarti )\b(?:anda|akun anda|user anda) (?:tidak|belum) (?:berhak"
    r"|memiliki (?:hak )?akses|mempunyai (?:hak )?akses|punya (?:hak )?akses|diizinkan mengakses)"
    r"(?![^.!?]{0,30}\b(?:menu|fitur|modul|tombol)\b)"
    r"(?=(?: untuk)?(?: mengakses| membuka| menggunakan| masuk)?(?: ke| pada)? (?:halaman|aplikasi|sistem|situs"
    r"|laman)\b|\s*(?:[.!]|$))"
    r"|(?<!if )\byou (?:do not|don't) have (?:permission|access|the rights?) to"
    r"(?= (?:access |view |open |use )?(?:this|the) (?:page|application|app|system|site|resource)\b)"
    r"|\byou are not (?:authori[sz]ed|allowed) to (?:access|view)"
    r"(?= (?:this|the) (?:page|application|app|system|site|resource)\b)"
)
# The account's role or level holds no rights: "Hak akses Anda belum diatur", "Akun Anda belum diberi hak akses",
# "… tidak terdaftar sebagai pengguna SIMPEG", Spatie's "User does not have the right roles.", Yii's RBAC error
# shown with a 200, "Akses ke aplikasi ini tidak diizinkan untuk level pengguna Anda", "… ke modul ini". A sentence
# ending there, on a page headed by a refusal (``_REFUSAL_HEADING``): not what a card or a help says of one feature,
# menu or module ("Hak akses Anda belum diatur untuk modul TPP", "Akses ke fitur verifikasi tidak diizinkan …").
_NO_RIGHTS_ROLE = re.compile(
    r"(?<!jika )(?<!bila )(?<!kalau )(?<!apabila )(?<!berarti )(?:"
    r"\bhak akses (?:anda|akun anda|user anda) (?:belum|tidak) (?:diatur|ditentukan|diberikan|tersedia)"
    r"|\b(?:akun anda|user anda) belum diberi(?:kan)? hak akses"
    r"|\buser does not have the right (?:roles|permissions)|\byou are not allowed to perform this action"
    r"|\bakses\b(?:(?!akses)[^.!?]){0,60}? tidak diizinkan untuk (?:level|peran|role|grup|group)"
    r" (?:pengguna |user )?anda"
    r")(?=(?: oleh (?:admin|administrator|operator|pengelola)\b[^.!?,;]{0,30})?\s*(?:[.!]|$))"
    r"|(?<!jika )(?<!bila )(?<!kalau )(?<!apabila )(?:"
    r"\bakun anda (?:tidak|belum) terdaftar sebagai pengguna(?=(?: aplikasi)?(?: [\w-]+)?\s*(?:[.!]|$))"
    r"|\banda (?:tidak|belum) (?:memiliki|mempunyai|punya) (?:hak )?akses"
    r"(?= (?:ke|pada|untuk) modul ini\s*(?:[.!]|$)))"
)
_REFUSAL_HEADING = re.compile(
    r"\b(?:akses ditolak|akses dibatasi|access denied|403|forbidden|unauthori[sz]ed|akses tidak diizinkan"
    r"|tidak ada akses|maaf|oops)\b"
)
# An account an admin must still approve: "Akun Anda sedang menunggu persetujuan admin", a block's sentence of its own
# (``_awaiting``); not a help's condition ("Jika akun Anda masih menunggu persetujuan, …"), an admin's list of others
# ("Akun menunggu persetujuan"), or a role not yet approved ("… belum disetujui sebagai Verifikator").
_AWAITING = re.compile(
    r"(?:maaf,? )?(?:(?:pendaftaran|registrasi) )?(akun anda (?:masih |sedang |belum )?(?:menunggu (?:persetujuan"
    r"|verifikasi|aktivasi)"
    r"|belum disetujui))(?=(?: oleh)?(?: (?:admin|administrator|operator|pengelola)\b[^.!?,;]{0,40})?\s*(?:[.!]|$))"
)
# Breeze's dashboard, open to an account not verified where the app's routes ask no ``verified``: a box beside it
# asking to verify bars nothing.
_BREEZE_DASHBOARD = re.compile(r"\byou(?:'|’| a)re logged in\b")
_HEADINGS = "title, h1, h2, h3, h4, h5, .card-title"
_NOTICE_BLOCKS = "p, div, span, li, h1, h2, h3, h4, h5, h6, strong, b, small, td"
# The page Laravel Breeze, Jetstream and laravel/ui show an account whose e-mail address is not verified yet, in
# English and in the Indonesian of their language packs: it has a logout, and nothing else.
_EMAIL_UNVERIFIED = re.compile(
    r"before (?:getting started|continuing), could you verify your email address"
    r"|before proceeding, please check your email for a verification link"
    r"|sebelum (?:memulai|melanjutkan), (?:bisakah|dapatkah|maukah) anda memverifikasi alamat email anda"
    r"|sebelum melanjutkan, (?:(?:silakan|harap|mohon) )?periksa email anda untuk (?:tautan|link) verifikasi"
)
# Words of a notice page outside the sentence that bars the account, at most: its heading ("Akses Ditolak", "403
# Maaf!") and a line to contact the admin, not the cards of a dashboard.
_NOTICE_REST = 150
_NOTICE_HEADING = 60
_NOTICE_PAGE = 600  # visible characters of a notice page, outside its menus and tables
_NOT_NOTICE = ["nav", "header", "footer", "aside", "table", "ul", "ol", "select", "form", "script", "style", "template"]
# The app refused a CAPTCHA the login page hid from the check (an image whose address names none,
# "Masukkan kode di atas"): no credential was judged, and the check cannot log in. Also in the words of an
# image's code ("Kode verifikasi salah!", "kode yang Anda ketik tidak sesuai dengan gambar").
_CAPTCHA_REFUSED = re.compile(
    r"(?:kode )?(?:captcha|kode keamanan|kode verifikasi)(?: yang anda (?:masukk?an|ketik(?:kan)?))?"
    r" (?:salah|tidak sesuai|tidak valid|tidak cocok|keliru|harus diisi|wajib diisi)"
    r"|(?:invalid|incorrect|wrong) captcha|captcha (?:is |field is )?(?:invalid|incorrect|wrong|required)"
    r"|kode yang anda (?:ketik(?:kan)?|masukk?an) tidak (?:sesuai|cocok) dengan gambar"
    r"|security code (?:you )?(?:entered )?(?:was |is )?(?:incorrect|invalid|wrong)"
)
_CAPTCHA_REFUSAL_WORDS = ("captcha", "kode ", "security code")  # a cheap test before the search
# The same of a sum asked as a CAPTCHA ("Jawaban perhitungan salah"), unless the answer refuses the
# credentials too ("Verifikasi gagal: username atau password salah").
_SUM_REFUSED = re.compile(
    r"jawaban(?: (?:perhitungan|penjumlahan|hitungan|soal|keamanan))?(?: anda)? salah"
    r"|hasil (?:perhitungan|penjumlahan|hitungan)(?: anda)? salah|\bverifikasi gagal\b"
    r"|(?:incorrect|wrong) answer to the security question"
)
_SUM_WORDS = ("jawab", "hasil", "verifikasi", "answer")  # a cheap test before the search
_REFUSED, _LOCKED, _ENDED = (
    re.compile("|".join(f"(?:{p})" for p in group) + after)
    for group, after in (
        (_CREDENTIALS_REFUSED, ""),
        # Not a question: a login page's help "Akun terkunci? Hubungi admin", a dashboard's "Akun Anda terkunci?".
        ((f"(?:{'|'.join(f'(?:{p})' for p in _ACCOUNT_LOCKED)})",), r"(?!\s*\?)"),
        (_SESSION_ENDED, ""),
    )
)
# A lock's sentence that is a rule or a condition, not the account's state: "Akun Anda terkunci otomatis setelah 3
# kali salah …", "… dinonaktifkan otomatis jika tidak login selama 90 hari", "If your account is locked, …".
_LOCK_RULE = re.compile(r"\b(?:otomatis|automatically|jika|apabila|bila|kalau|if|when|whenever)\b")
_LOCK_STATE = re.compile(r"\b(?:telah|sudah|sedang|has been)\b")  # said of the account now, whatever follows
_LOCK_IF = re.compile(r"\b(?:if|when|jika|apabila|bila|kalau)(?: your| akun)?\s*$")
_COUNTED = re.compile(r"\d\s*$")  # "4 Akun Pelaksana Dinonaktifkan": a stat card's count of accounts
_DISMISS = "[data-dismiss=alert], [data-bs-dismiss=alert]"  # the close button of a banner beside the page
_CLOSES_MODAL = "[data-dismiss=modal], [data-bs-dismiss=modal]"
# What opens a modal later, not on load, when written before its opening in the script: a timer (an idle lock
# screen), a click's handler, a named function called from elsewhere.
_OPENS_LATER = re.compile(
    r"""settimeout|setinterval|click|\.on\(\s*["'](?!load)|addeventlistener\(\s*["'](?!domcontentloaded|load)"""
    r"|function\s+[\w$]"
)
# Laravel's routes resending the verification link: the form its verify page shows (Breeze, Jetstream, laravel/ui).
_RESEND_ACTIONS = ("verification-notification", "email/resend", "email/verification")
# A modal a script opens: jQuery's ``$('#id').modal('show')``, Bootstrap 5's
# ``new bootstrap.Modal(document.getElementById('id')).show()``; not by options (``{show: false}`` keeps it shut).
_MODAL_SHOWN = re.compile(
    r"""#([\w-]{1,100})["']\s*\)\s*\.\s*modal\s*\(\s*["']show["']"""
    r"""|Modal\s*\(\s*document\s*\.\s*getElementById\s*\(\s*["']([\w-]{1,100})["']\s*\)[^;]{0,40}?\)\s*\.\s*show\s*\("""
)
# Cookies whose value the framework's JavaScript sends back in a header. Angular's ``XSRF-TOKEN``
# goes only for a form without a token of its own: Spring Security 6 reads the header before the
# form's ``_csrf``, and refuses the cookie's raw token where it expects the masked one.
_CSRF_COOKIES = {"XSRF-TOKEN": "X-XSRF-TOKEN", "csrftoken": "X-CSRFToken"}
_SCRIPTS_ONLY_COOKIE = "XSRF-TOKEN"
_TOKEN_FIELD = re.compile(r"csrf|token", re.IGNORECASE)
_LARAVEL_CSRF_FIELD = "_token"
_CODEIGNITER_CSRF_FIELD, _CODEIGNITER_CSRF_COOKIE = "csrf_test_name", "csrf_cookie_name"  # their defaults
_META_CSRF_HEADER = "X-CSRF-TOKEN"
_BACK_AT_LOGIN = "dialihkan kembali ke halaman login"
_TOO_MANY_REQUESTS = 429
# Refusals named by their message: Devise under Turbo (422), JSON APIs (400, 401), a lockout's 423 Locked.
_SAYS_WHY = (400, 401, 422, 423)
_LOCKOUT_PAGE = 65_536  # bytes of a 429's page read for a lockout's words: a notice, not a site
# An answer with fewer visible characters than this is a script's, not a page: its alert speaks.
_SCRIPT_ONLY = 300
_ALERT = re.compile(r"""\balert\s*\(\s*(["'`])(.{0,300}?)\1""", re.DOTALL)
_SCRIPT_REDIRECT = re.compile(
    r"""\blocation(?:\s*\.\s*href)?\s*=\s*(["'])([^"'\s]{1,500})\1|"""
    r"""\blocation\s*\.\s*(?:replace|assign)\s*\(\s*(["'])([^"'\s]{1,500})\3"""
)
# A flashed message a CodeIgniter tutorial's page keeps in an attribute for its SweetAlert:
# ``<div class="flash-data" data-flashdata="Username atau password salah">``.
_FLASH_DATA_ATTRIBUTE = "data-flashdata"
_FLASH_DATA = re.compile(r"""data-flashdata\s*=\s*(["'])([^"'<>]{1,300})\1""")
# A notice drawn by SweetAlert, toastr, Notyf or iziToast: the page says it as a browser shows it.
_NOTICE = re.compile(
    r"\b(?:Swal\s*\.\s*fire|swal|sweetAlert|toastr\s*\.\s*\w+|notyf\s*\.\s*\w+|iziToast\s*\.\s*\w+|\$\s*\.\s*notify)\s*\("
)
_NOTICE_REACH = 600  # characters after a notice's call read for its words, and for the script leaving after it
# A notice saying the login succeeded ("Login berhasil", "Berhasil masuk"), as a login page's own answer draws it.
_SUCCEEDED = re.compile(r"\b(?:log ?in|masuk) (?:berhasil|sukses)\b|\bberhasil (?:log ?in|masuk)\b|\blogin success")
# A greeting naming who signed in ("Selamat datang, Pelaksana Monev"), not a login page's invitation ("Selamat
# datang, silakan masuk") or its visitor's ("Selamat datang, Tamu").
_WELCOMED = re.compile(
    r"\bselamat datang(?: kembali)?,\s*(?!(?:di|ke|silakan|silahkan|mohon|harap|tamu|pengunjung|guest)\b)\w"
)
# The greetings of a page past the form, without it: also "Halo, Budi Santoso", "Selamat pagi, …", "Welcome, …",
# and "Selamat Datang Budi Santoso" without its comma; not "Halo, selamat datang di SIMPEG", "Hai, Sobat ASN".
_GREETED = re.compile(
    r"\b(?:(?:selamat (?:datang(?: kembali)?|pagi|siang|sore|malam)|hal+o|hai|hi|hello|welcome(?: back)?),\s*"
    r"|selamat datang\s+)(?!(?:di|ke|pada|dalam|silakan|silahkan|mohon|harap|tamu|pengunjung|guest|selamat|sobat"
    r"|semua|kembali|to|at|in|back|bapak|ibu|user|pengguna|admin)\b)\w"
)
# A script binding a handler to a click or a key: where it sends the browser is a button's, not the page's.
_BINDS_EVENT = re.compile(r"\bon[a-z]+\s*=|addEventListener\s*\(|\.(?:on|click|change|submit|keyup)\s*\(")
_ALERTS = ".alert, [role=alert], .callout"  # Bootstrap's and AdminLTE's boxes a flashed message is shown in
_STRING = re.compile(r"""(["'`])((?:\\.|(?!\1)[^\\\n]){0,300})\1""")
_GOES_BACK = re.compile(r"\bhistory\s*\.\s*(?:back\s*\(\s*\)|go\s*\(\s*-\s*1\s*\))")
# A link or form that ends the session: the page is a logged-in one. A whole path segment, not
# "surat_keluar" (the outgoing letters of an archive app).
# "proses_logout.php", Yii's "index.php?r=site%2Flogout".
_LOGOUT = re.compile(
    r"(?:^|[/=?&]|%2f)(?:(?:[a-z]+_)?(?:log-?_?out|sign-?_?out|log-?off)|keluar)(?:\.\w{2,5})?(?:$|[/?&#])", re.I
)
_LOGOUT_CONTROLS = "a[data-target], a[data-bs-target], button[data-target], button[data-bs-target], a[href], button"
_LOGOUT_MODAL = re.compile(r"log-?_?out|log-?_?off|sign-?_?out|sign-?_?off|keluar", re.IGNORECASE)
_LOGOUT_ICONS = (
    ".fa-sign-out, .fa-sign-out-alt, .fa-right-from-bracket, .fa-power-off, .bi-box-arrow-right, .bi-power, "
    ".mdi-logout, .mdi-power, .bx-log-out, .bx-log-out-circle, .ti-power-off, .fe-log-out, .ri-logout-box-line, "
    '.ri-logout-box-r-line, [data-feather="log-out"], [data-feather="power"]'
)
_LOGOUT_TEXTS = {
    "logout",
    "log out",
    "log off",
    "logoff",
    "keluar",
    "sign out",
    "log keluar",
    "keluar aplikasi",
    "log off aplikasi",
    "logout aplikasi",
}
# An admin template's menu of the signed-in user: SB Admin's, AdminLTE's, Stisla's, and their avatar's box.
_USER_MENUS = "#userDropdown, .user-panel, .user-menu > a, a.nav-link-user, .dropdown-user > a"
_USER_NAME = 80  # characters of a user's name, a title and a degree with it
_GROUPED_NUMBER = 16  # digits of a NIK, a NIP has 18: numbers a page writes in groups
_NO_ONE = {"tamu", "guest", "pengunjung", "anonymous", "halo, tamu", "hi, guest"}  # a public page's visitor
_LOGIN_TEXTS = {"login", "log in", "masuk", "sign in", "masuk aplikasi", "login aplikasi"}
# A path segment naming a login ("/auth/masuk", "/login.php"), not "/surat-masuk".
# A link of a logged-in page back to the login: to cancel a step after it, or to sign in as someone else.
_ANOTHER_ACCOUNT = re.compile(r"^batal$|akun lain|ganti (?:akun|pengguna)|bukan anda|switch account|another account")
# A menu's item of a login's or an inbox's name: "Riwayat › Login" (/riwayat/login), e-Office's "Surat › Masuk".
_MENU_OF = re.compile(r"/(?:surat|riwayat|history|logs?|laporan|rekap|arsip|agenda|disposisi|data)/", re.IGNORECASE)
# A query's value routing to the login page (``r=site/login``, ``page=login``, ``module=auth``).
_LOGIN_ROUTE = re.compile(r"log-?_?in|masuk|sign-?_?in|auth", re.IGNORECASE)
_LOGIN_PATH = re.compile(r"(?:^|/)(?:log-?_?in|masuk|sign-?_?in|auth)(?:\.\w{2,5})?(?:/|$)", re.IGNORECASE)
_DO_POSTBACK = re.compile(r"""__doPostBack\(\s*['"]([^'"]{1,200})['"]\s*,\s*['"]([^'"]{0,200})['"]""")
_SIGN_IN = re.compile(
    r"log-?in|\blog in\b|masuk|sign-?in|\bsign in\b|auth|sso|lanjut|berikutnya|next|continue", re.IGNORECASE
)
# A sign-up form's marks: an action ending in its route ("daftar.php", "/register", "?page=registrasi"), a
# second password field repeating the first ("password2", "password_confirmation", "konfirmasi_password").
_REGISTER_ACTION = re.compile(
    r"(?:^|[/=])(?:daftar|register|registrasi|registration|signup|sign-up|pendaftaran|buat-akun)(?:\.\w{2,5})?/?(?:[?#&]|$)",
    re.IGNORECASE,
)
_REPEATED_PASSWORD = re.compile(r"confirm|konfirmasi|ulang|retype|repeat|^re_?pass|pass(?:word)?_?2$", re.IGNORECASE)
# A sign-up form's button ("Daftar Sekarang", "Register", "Buat Akun", "Simpan Pendaftaran"), and the fields of
# who signs up, which a login form never asks.
_REGISTER_BUTTON = re.compile(r"daftar|regist|sign[- ]?up|buat akun", re.IGNORECASE)
_IDENTITY_FIELD = re.compile(r"nama(?:_?lengkap)?|full_?name|nik|no_?ktp", re.IGNORECASE)
# A form's button that sends nothing, beside a sign-up's "Daftar": a modal's "Batal", a "Reset".
_CLOSE_BUTTON = re.compile(r"^(?:batal|tutup|close|cancel|kembali|reset|×)$", re.IGNORECASE)
_HIDING_CLASSES = {"d-none", "hidden", "hide", "invisible"}  # Bootstrap's and others' classes hiding a field
# A button letting a visitor in without an account ("Masuk sebagai Tamu"): not the Pelaksana's login.
# Only the button's whole words: "Login Admin e-Tamu" and "Masuk Petugas Layanan Pengunjung" are the staff's.
_AS_GUEST = re.compile(
    r"\bsebagai tamu\b|\bas (?:a )?guest\b|^(?:masuk |login |log in )?tamu$|^guest(?: login)?$", re.IGNORECASE
)
# A script setting a select's value (``$('#tahun').val(…)``, ``getElementById('tahun').value = …``), what follows
# it; a year written out, the current year.
_SETS_VALUE = r"""['"\]]*\s*\)?\s*\.(?:val\(|value\s*=(?!=))\s*([^;]{1,60})"""
_SET_LITERAL = re.compile(r"""['"]?((?:19|20)\d\d)['"]?\s*\)?\s*(?:$|[;}])""")
_SET_THIS_YEAR = re.compile(r"\(?new Date\(?\)?\)?\.getFullYear\(\)(?!\s*[-+])")
# A year select's prompt ("-- Pilih Tahun Anggaran --", "Pilih Tahun"), its value empty or not.
_PROMPT = re.compile(r"^\W*pilih|^--", re.IGNORECASE)
_YEAR = re.compile(r"(?:19|20)\d\d")
# A form the parser emptied (in a <table>): its source up to </form>, as the browser's form owner reads it.
# Up to the next form tag only, so that a page of unclosed forms is read once, not once per form.
_FORM_SOURCE = re.compile(r"<form\b[^<>]{0,5000}>(?:[^<]++|<(?!/?form\b))*+</form\s*>", re.IGNORECASE)
_MAX_FORMS = 100  # forms looked at: a login page has a few, a hostile one thousands
_MAX_FIELDS = 500  # fields of a form read, likewise
_CAPTCHA_SCRIPTS = (("recaptcha", "reCAPTCHA"), ("hcaptcha", "hCaptcha"), ("turnstile", "Cloudflare Turnstile"))
_CAPTCHA_WIDGETS = (
    (".g-recaptcha", "reCAPTCHA"),
    (".h-captcha", "hCaptcha"),
    (".cf-turnstile", "Cloudflare Turnstile"),
    # reCAPTCHA v3 draws nothing: its script fills this field when the form is sent.
    ('[name="g-recaptcha-response"]', "reCAPTCHA"),
    ('[name="h-captcha-response"]', "hCaptcha"),
)
_ANY_CAPTCHA_WIDGET = ", ".join([*(selector for selector, _ in _CAPTCHA_WIDGETS), "[data-sitekey]"])
_CAPTCHA_WORDS = ("captcha", "securimage")
# A CAPTCHA whose markup never says so: an image a script draws (``kode.php?8f3a``, not a logo's file) beside
# the field asking what it shows ("Kode Verifikasi", "Security code"); not a department's code (``kode_skpd``).
_PICTURE_FILE = (".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp", ".ico", ".bmp")
_ASKS_PICTURE = re.compile(r"verifi|keamanan|security")
# A sum to answer as text ("Berapa hasil 3 + 4 = ?"): a CAPTCHA a script-free bot could read but
# that a check must not solve; not a year range or a date, which have no "=".
_SUM_ASKED = re.compile(r"(?<![\w.,/:-])\d{1,3}\s*[-+x×*:]\s*\d{1,3}\s*=(?!\s*\d)")
# The same asked as a question, a label's whole words: "Berapa hasil dari 7 + 5 ?", "Hitung: 6 + 2",
# "Verifikasi: 14 + 9", "What is 3 + 4?".
_SUM_QUESTION = re.compile(
    r"(?:berapa|hitung(?:lah)?|what is|how much is|verifikasi|keamanan|security|jumlahkan|hasil)\b[^\d]{0,25}?"
    r"(?<![\w.,/:-])\d{1,2}\s*[-+x×*]\s*\d{1,2}\s*\??"
)
_SUM_LABELS = "label, span, p, b, strong, div, td"
_SUM_LABEL = 60  # characters of a label asking a sum, at most

# Logins no posted form can do: the app stays judged by its pages, the reason says why.
_MANUAL = "pemeriksa tidak dapat login otomatis, periksa login manual"
_LIVEWIRE = f"formulir login Livewire (wire:submit) hanya terkirim lewat JavaScript: {_MANUAL}"
_SCRIPTED_FORM = f"formulir login dikirim oleh JavaScript (kolomnya tanpa nama atau di luar formulir): {_MANUAL}"
_CODE_ASKED = f"login meminta kode OTP atau verifikasi dua langkah: {_MANUAL}"
_CODE_AFTER_PASSWORD = f"kata sandi diterima, lalu aplikasi meminta kode OTP atau verifikasi dua langkah: {_MANUAL}"
_BUILT_BY_SCRIPT = f"halaman login dibangun oleh JavaScript (aplikasi satu halaman, login lewat API): {_MANUAL}"
_AJAX_FORM = f"formulir login dikirim lewat AJAX oleh JavaScript, jawabannya data untuk skrip: {_MANUAL}"
_HASHED = f"kata sandi diubah menjadi hash atau disandikan oleh JavaScript sebelum dikirim: {_MANUAL}"
_HASH_CALL = re.compile(
    r"\b(?:CryptoJS\s*\.\s*(?:MD5|SHA\d*|AES|HmacSHA\d+)|(?:hex_|b64_)?(?:md5|sha1|sha256|sha512)|btoa"
    r"|JSEncrypt|encrypt)\s*\(|\.encrypt\s*\(",
    re.IGNORECASE,
)
_HASH_REACH = 300  # characters either side of a hash call where the password field's name is looked for
_JSON_ANSWER = f"jawaban formulir login berupa data JSON untuk JavaScript, bukan halaman: {_MANUAL}"
# A form a script posts itself (jQuery's $.ajax, fetch, axios) after cancelling the browser's post:
# both in one inline script, which names the form or its password field.
_AJAX_CALL = re.compile(r"\$\.(?:ajax|post)\s*\(|\bfetch\s*\(|\baxios\b|\bXMLHttpRequest\b")
_CANCELS_SUBMIT = re.compile(r"\bpreventDefault\s*\(|\breturn\s+false\b")
# A page's own script file named for its login (``/assets/js/login.js``, ``app-login.min.js``): the one sending a
# form that says neither where nor how it goes.
_LOGIN_SCRIPT = re.compile(r"(?:log-?_?in|sign-?_?in|auth|masuk)[^/]*\.js$", re.IGNORECASE)
_MAX_SCRIPTS = 50
_SCRIPT_CHARS = 200_000
# The keys a JSON answer sends the browser on with (at its top or under the scopes), and those saying whether it
# logged in.
_JSON_TARGETS = (
    *("redirect", "redirect_url", "redirectUrl", "redirect_to", "redirectTo", "url", "location", "next"),
    *("target", "goto", "link"),
)
_JSON_TARGET_SCOPES = ("data", "response", "result")
_JSON_FLAGS = ("success", "status", "sukses", "berhasil", "result", "login")
# Read as a flag only where none of the flags above is. Beside one saying success (or a message saying it) it
# disagrees: a captcha's check, a password policy's warning, or the credentials refused; the answer is then followed
# where it names a redirect, a success where its message says so, and unread otherwise.
_JSON_VALID = "valid"
_JSON_NOT_VALID = {False, "false", "0", "no"}
_JSON_SUCCESS_MESSAGE = {"berhasil", "sukses", "success"}
_JSON_CODES = ("code", "status", "status_code", "statusCode")  # an HTTP status written in the answer
_BPJS_OK = "200"
_JSON_REFUSED = {False, "false", "error", "failed", "fail", "gagal", "0"}
_JSON_SUCCEEDED = {True, "true", "success", "sukses", "berhasil", "ok", "1"}
# An AJAX login endpoint answering a word for its page's script (PHP's ``echo "sukses";``): the word says
# whether it logged in. Longer text, or markup, is a page.
_PLAIN_ANSWER = 40
_PLAIN_SUCCEEDED = {"sukses", "berhasil", "success", "ok", "1", "true", "login berhasil", "login sukses"}
_PLAIN_REFUSED = {
    *("gagal", "0", "error", "false", "failed", "fail", "login gagal", "salah", "password salah", "wrong_password"),
    *("wrong password", "invalid_credentials", "invalid credentials"),
}
_PLAIN_UNREAD = f"jawaban formulir login berupa teks singkat untuk JavaScript, bukan halaman: {_MANUAL}"
# A login page's visible text is short; a portal's news pages, which may name an OTP scam or an
# SSO link in their menu, are longer.
_LOGIN_PAGE = 2000
# Submit handlers that keep the browser from posting the form: Livewire's always (its endpoint is
# never the form's action); Alpine's, Vue's and Angular's on a form without an action.
_LIVEWIRE_SUBMIT = "wire:submit"
_SCRIPT_SUBMIT = re.compile(r"(?:@|x-on:|v-on:)submit\.prevent|\(ngsubmit\)|ng-submit")
# A one-time code, sent by SMS, WhatsApp or e-mail or shown by an authenticator: in the words of a
# form or a short page (lower case), or in the name or id of its field.
_CODE_WORDS = re.compile(
    r"\botp\b|one[- ]time|kode verifikasi|verification code|authenticat(?:or|ion code)|two[- ]factor|\b2fa\b"
    r"|(?:verifikasi|autentikasi|otentikasi) dua (?:langkah|faktor)"
    r"|kirim(?:kan)? kode|kode (?:akan |telah |sudah )?dikirim"
)
_CODE_FIELD = re.compile(
    r"(?<![a-z])otp|otp(?![a-z])|2fa|one_?time|two_?factor|kode_?verifikasi|verification_?code|auth(?:entication)?_?code"
)
_TYPED = "input:not([type]), input[type=text], input[type=tel], input[type=number], input[type=email]"
# Signing in with another site's account: the control's words, or where it leads.
_SSO_WORDS = re.compile(r"\bsso\b|single sign[- ]on")
_IDP_WORDS = re.compile(r"google|microsoft|siasn|myasn|keycloak")
_SIGN_IN_WORDS = re.compile(r"masuk|log ?in|sign ?in|lanjut")
_IDP_ADDRESS = re.compile(
    r"/protocol/openid-connect/auth|//accounts\.google\.com/|//login\.microsoftonline\.com/|/oauth2?/authori[sz]e"
    r"|/cas/login|/saml2?/|/(?:auth|login|oauth|socialite)/(?:google|sso|keycloak|siasn|myasn)(?:[/?]|$)|/sso(?:[/?]|$)",
    re.IGNORECASE,
)
# Where Keycloak's own login form posts its credentials.
_IDP_FORM = re.compile(r"/realms/[^/?#]+/login-actions/", re.IGNORECASE)
_NOT_SENT = ("amphtml", "canonical", "base")  # pointers for search engines, and links' base; the others send
_GOOGLE_SIGN_IN = "#g_id_onload, .g_id_signin"  # Google Identity Services draws its button by script
_MAX_CONTROLS = 200  # links and buttons looked at, so that a hostile page stays cheap
# An empty mount point for Vue, React, Angular, Nuxt, Next, Quasar or Svelte; Flutter's bootstrap script.
_FLUTTER = 'script[src*="flutter"], script[src*="main.dart.js"]'
# A shell whose mount point has a name of its own: Grafana's ``#reactRoot``, AngularJS's ``ng-app`` and
# ``ui-view`` (Portainer), Kibana's ``<kbn-injected-metadata>``.
_OTHER_ROOTS = "#reactRoot, #react-root, [ng-app], [data-ng-app], [ng-view], [ui-view], kbn-injected-metadata"
_SHELL_TEXT = 40  # characters a shell shows while its scripts load, at most: "Loading Grafana", "Memuat…"
# What a shell says while its scripts load: its loader's words and the app's name, nothing to read.
_LOADING = re.compile(r"(?:loading|memuat|please wait|mohon tunggu|harap tunggu)\b[^.!?]{0,30}\W*")


@dataclass(frozen=True)
class LoginForm:
    action: str
    method: str
    fields: tuple[tuple[str, str], ...]  # every named field with its value, credentials excluded
    headers: tuple[tuple[str, str], ...] = ()  # the page's meta CSRF token, as JavaScript sends it
    asks_password: bool = True  # False: the first step of a two-step login, the username alone
    names: tuple[str, str] | None = None  # the credentials' fields as the form spells them ("nip" for "NIP")


@dataclass(frozen=True)
class Answer:
    """The answer to the posted form, after its redirects."""

    status: int
    final_url: str
    body: str
    redirected: bool = False
    login_urls: tuple[str, ...] = ()  # the login page and the form's action: where a refusal leads back
    username: str = field(default="", repr=False)  # looked for on the landing page, never reported
    # The logout links and buttons the login page showed already (``logouts``): a vendor's layout that
    # puts its logout modal on every page, the login page too, says nothing of the login there.
    logouts_before: frozenset[str] = frozenset()


class LoginFormMissingError(ValueError):
    """The login page has no form with the configured password field."""


class LoginNotAutomatableError(ValueError):
    """The login needs what no posted form gives: a script, a one-time code, another site's account."""


class CaptchaError(LoginNotAutomatableError):
    """The login form asks for a CAPTCHA: no check can log in by itself."""


class LoginProtectedError(LoginNotAutomatableError):
    """A bot challenge or a firewall's block answered in the login's place: its reason names the vendor."""


# Where a protection answered, as its reason says it.
ON_LOGIN_PAGE = "halaman login"
ON_ANSWER = "jawaban formulir login"


def refuse_protection(where: str, status: int, headers: Mapping[str, str], body: bytes) -> None:
    """Raise ``LoginProtectedError`` when a bot challenge or a firewall's block answered ``where``; not for a 429
    to the form that says the login is locked (``_locked_out``): the application's answer, judged as one."""
    protection = blocked.recognise(status, headers, body)
    if protection is None or (where == ON_ANSWER and protection.limited and _locked_out(body)):
        return
    raise LoginProtectedError(f"{where} {protection.detail}")


def _locked_out(body: bytes) -> bool:
    """Tell whether a 429 in answer to the form says the login is locked ("Terlalu banyak percobaan login. Coba
    lagi dalam 15 menit.", "Akun Anda terkunci"): the application's own lockout of the account, not a limiter
    counting the checker's requests (nginx's or Laravel's bare "Too Many Requests")."""
    return _LOCKED.search(_landing_words(body[:_LOCKOUT_PAGE].decode("utf-8", "replace"), "")) is not None


def find_form(
    html: str,
    page_url: str,
    spec: LoginSpec,
    *,
    password_only: bool = False,
    status: int = 200,
    today: date | None = None,
) -> LoginForm:
    """Return the login form with its other fields and the page's token: the form holding both
    fields, else the password field, else (unless ``password_only``) a two-step login's username.
    ``today`` is the check's day in Bekasi: the year a select of years is set to (``_this_year``); None (not
    known) posts the select as the browser does without its script.
    Raise ``LoginNotAutomatableError`` for a login no posted form can do, on a page served (``status``)
    without the form or with one that only a script sends."""
    tree = parse_html(html)
    found = _login_form(tree, html, spec, password_only)
    if found is None:
        barrier = _barrier(tree, html, page_url) if status < 400 else ""
        if barrier:
            raise LoginNotAutomatableError(barrier)
        raise LoginFormMissingError(f"tidak ada formulir dengan kolom {spec.password_field!r}")
    node, asks_password = found
    captcha = _captcha(node, tree)
    if captcha:
        raise CaptchaError(f"formulir login memakai CAPTCHA ({captcha}): {_MANUAL}")
    barrier = _form_barrier(node, tree, asks_password)
    if barrier:
        raise LoginNotAutomatableError(barrier)
    names = (
        _spelled(node, spec.username_field) or ("" if password_only else _only_typed(node)) or spec.username_field,
        _spelled(node, spec.password_field) or spec.password_field,
    )
    named = replace(spec, username_field=names[0], password_field=names[1])
    form = _form(node, page_url, named, _base(tree, page_url), _tied_buttons(node, tree), html, today)
    form = replace(form, action=_upgraded(form.action, page_url))
    elsewhere = urlsplit(form.action).hostname or ""
    if not _same_site(elsewhere, urlsplit(page_url).hostname or ""):  # the credentials stay with who asks them
        raise LoginNotAutomatableError(
            f"formulir login dikirim ke situs lain ({elsewhere or 'tanpa alamat'}): {_MANUAL}"
        )
    provider = _provider_elsewhere(spec.url, page_url, form.action)
    if provider:
        raise LoginNotAutomatableError(
            f"login dialihkan ke halaman SSO situs lain ({provider}), kata sandi tidak dikirim ke sana: {_MANUAL}"
        )
    return replace(_with_meta_token(form, tree), asks_password=asks_password, names=names)


def _upgraded(action: str, page_url: str) -> str:
    """Return the action over HTTPS where a page served so posts to its own host over HTTP: a
    Laravel behind a proxy writes ``http://`` actions, which a browser upgrades (the site's HSTS,
    ``upgrade-insecure-requests``) and whose ``Secure`` session cookie plain HTTP would not carry."""
    sent, page = urlsplit(action), urlsplit(page_url)
    if (page.scheme, sent.scheme) != ("https", "http") or sent.hostname != page.hostname:
        return action
    netloc = sent.netloc.removesuffix(":80") if sent.port == 80 else sent.netloc
    return sent._replace(scheme="https", netloc=netloc).geturl()


def _same_site(there: str, here: str) -> bool:
    """Tell whether a form's action is on the site that served it: its host, or another of its
    organisation's (the city's ``sso.bekasikota.go.id`` for ``simpeg.bekasikota.go.id``)."""
    return there == here or (bool(there) and registered_domain(there) == registered_domain(here))


def _provider_elsewhere(login_url: str, page_url: str, action: str) -> str:
    """Return the host of another organisation's sign-in page (a vendor's Keycloak, a CAS) the
    login page sent the browser to: the credentials are not posted there, as to any other site.
    The city's own SSO (``sso.bekasikota.go.id`` for ``eoffice.bekasikota.go.id``) is the city's."""
    here, there = urlsplit(login_url).hostname or "", urlsplit(page_url).hostname or ""
    if registered_domain(there) == registered_domain(here):
        return ""
    return there if any(_IDP_ADDRESS.search(url) or _IDP_FORM.search(url) for url in (page_url, action)) else ""


def _login_form(
    tree: LexborHTMLParser, html: str, spec: LoginSpec, password_only: bool
) -> tuple[LexborNode, bool] | None:
    forms = [*tree.css("form")[:_MAX_FORMS], *_reparsed_forms(html)]
    # A sign-up form before the login (a "Daftar Akun" modal, a tab) holds the same fields: posting it every
    # cycle would register accounts on the department's application.
    forms = [form for form in forms if not _registers(form, spec)]
    user = [_field(form, spec.username_field) is not None for form in forms]
    password = [_field(form, spec.password_field) is not None for form in forms]
    choices = [(i, True) for i in range(len(forms)) if password[i] and user[i]]
    choices += [(i, True) for i in range(len(forms)) if password[i]]
    choices += [] if password_only else [(i, False) for i in range(len(forms)) if user[i] and _signs_in(forms[i])]
    return (forms[choices[0][0]], choices[0][1]) if choices else None


def _registers(form: LexborNode, spec: LoginSpec) -> bool:
    """Tell whether a form signs a visitor up: a button or an action saying so ("Daftar", ``daftar.php``), and a
    shown second password field or a field of who signs up (nama lengkap, NIK); not where a button says it signs
    in only. A login form posting to a PPDB's ``/pendaftaran`` or asking a PIN named ``password2`` asks neither."""
    # A form without method is posted as the login form is (a sign-up modal sent by jQuery's $.post).
    if (form.attributes.get("method") or "post").strip().lower() != "post":
        return False
    said = [_button_words(node) for node in _submit_buttons(form)]
    # Any other button ("Proses", "OK", "Masuk") is the form's own: a typeless "Daftar Akun" beside it is a link.
    # An icon's button says nothing either way.
    if any(
        words.strip() and not _REGISTER_BUTTON.search(words) and not _CLOSE_BUTTON.match(words.strip())
        for words in said
    ):
        return False
    action = (form.attributes.get("action") or "").strip()
    if not any(_REGISTER_BUTTON.search(words) for words in said) and not _REGISTER_ACTION.search(action):
        return False
    passwords = form.css("input[type=password]")[:_MAX_CONTROLS]
    if any(
        _name(node) != spec.password_field and _REPEATED_PASSWORD.search(_name(node)) and _shown(node)
        for node in passwords
    ):
        return True
    # A hidden input ("nama" = the application's name) is nothing the visitor fills in.
    named = form.css("input[name]:not([type=hidden])")[:_MAX_FIELDS]
    return any(
        _name(node) != spec.username_field and _IDENTITY_FIELD.fullmatch(_name(node)) and _shown(node) for node in named
    )


def _button_words(node: LexborNode) -> str:
    attrs = node.attributes
    said = [node.text(separator=" "), attrs.get("value") or "", attrs.get("name") or "", attrs.get("id") or ""]
    return " ".join([*said, attrs.get("alt") or ""])


def _shown(node: LexborNode) -> bool:
    """Tell whether a field of a form is shown in it: not a honeypot hidden by its style or class, nor a field of
    a form's other mode hidden in a ``d-none`` wrapper. Up to its form only: a sign-up modal is hidden until opened."""
    held: LexborNode | None = node
    while held is not None and held.tag != "form":
        style = (held.attributes.get("style") or "").replace(" ", "").lower()
        classes = set((held.attributes.get("class") or "").split())
        if "hidden" in held.attributes or "display:none" in style or classes & _HIDING_CLASSES:
            return False
        held = held.parent
    return True


def _signs_in(form: LexborNode) -> bool:
    """Tell whether a form without a password field is a login's first step, not a newsletter's or a search's."""
    attrs = form.attributes
    if (attrs.get("method") or "get").strip().lower() != "post":
        return False
    controls = form.css("button, input[type]")[:_MAX_CONTROLS]
    buttons = " ".join(node.text() + (node.attributes.get("value") or "") for node in controls)
    return bool(_SIGN_IN.search(" ".join([attrs.get("action") or "", attrs.get("id") or "", buttons])))


def _reparsed_forms(html: str) -> Iterator[LexborNode]:
    for source in islice(_FORM_SOURCE.finditer(html[:500_000]), _MAX_FORMS):
        form = parse_html(source[0]).css_first("form")
        if form is not None:
            yield form


def _captcha(form: LexborNode, tree: LexborHTMLParser) -> str:
    """Return the CAPTCHA the login form asks: its widget, or a script of the page that draws none
    elsewhere (reCAPTCHA v3's); not the script a layout loads for its footer's contact form."""
    for selector, name in _CAPTCHA_WIDGETS:
        if form.css_first(selector) is not None:
            return name
    scripts = " ".join((node.attributes.get("src") or "").lower() for node in tree.css("script[src]"))
    found = next((name for word, name in _CAPTCHA_SCRIPTS if word in scripts), "")
    if form.css_first("[data-sitekey]") is not None:
        return found or "CAPTCHA"
    if found and tree.css_first(_ANY_CAPTCHA_WIDGET) is None:
        return found
    nodes = form.css("img, input, div, span")[:_MAX_FIELDS]
    if any(map(_mentions_captcha, nodes)) or _drawn_code(form):
        return "gambar kode keamanan"
    return "soal hitungan" if _asks_sum(form) else ""


def _asks_sum(form: LexborNode) -> bool:
    said = [_form_words(form), *(node.attributes.get("placeholder") or "" for node in form.css("input")[:_MAX_FIELDS])]
    return any(_SUM_ASKED.search(" ".join(words.split())) for words in said) or any(
        map(_asks_sum_question, form.css(_SUM_LABELS)[:_MAX_FIELDS])
    )


def _asks_sum_question(node: LexborNode) -> bool:
    """Tell whether a label's whole words ask a sum as a question ("Berapa 7+5?")."""
    words = " ".join(node.text(separator=" ")[: _SUM_LABEL * 4].split()).lower()
    return len(words) <= _SUM_LABEL and _SUM_QUESTION.fullmatch(words) is not None


def _drawn_code(form: LexborNode) -> bool:
    """Tell whether the form shows an image a script draws and asks its code in a field of its own."""
    sources = [urlsplit((node.attributes.get("src") or "").strip()) for node in form.css("img[src]")[:_MAX_CONTROLS]]
    if not any(src.scheme != "data" and not src.path.lower().endswith(_PICTURE_FILE) for src in sources if src.path):
        return False
    for node in form.css(_TYPED)[:_MAX_FIELDS]:
        attrs = node.attributes
        said = [attrs.get("name") or "", attrs.get("id") or "", " ".join((attrs.get("placeholder") or "").split())]
        if any(_ASKS_PICTURE.search(words.lower()) for words in [*said, *_labels(node, form)]):
            return True
    return False


def _labels(node: LexborNode, form: LexborNode) -> Iterator[str]:
    """Yield the words of a field's labels: the one naming its id, and those beside it in its group ("Kode
    Keamanan" over a field ``kode``)."""
    own = (node.attributes.get("id") or "").strip()
    labels = form.css(f'label[for="{_css_escape(own)}"]')[:_MAX_CONTROLS] if own else []
    group = node.parent
    if group is not None and group.mem_id != form.mem_id:
        labels += [label for label in group.css("label")[:_MAX_CONTROLS] if not label.attributes.get("for")]
    for label in labels:
        yield " ".join(label.text(separator=" ")[:_SUM_LABEL].split())


def _mentions_captcha(node: LexborNode) -> bool:
    attrs = node.attributes
    said = " ".join(attrs.get(name) or "" for name in ("src", "name", "id", "class", "placeholder")).lower()
    return any(word in said for word in _CAPTCHA_WORDS)


def _form_barrier(form: LexborNode, tree: LexborHTMLParser, asks_password: bool) -> str:
    """Return why the login form found cannot be posted: a script sends it, or its first step asks a code."""
    if _livewire_submit(form):
        return _LIVEWIRE
    action = (form.attributes.get("action") or "").strip()
    if not action and any(_SCRIPT_SUBMIT.match(name) for name in form.attributes):
        return _SCRIPTED_FORM
    if action.lower().startswith("javascript:") or (action in ("", "#") and _sent_by_ajax(form, tree)):
        return _AJAX_FORM
    if action in ("", "#") and "method" not in form.attributes and _sent_by_script_file(form, tree):
        return _AJAX_FORM
    if asks_password and _hashes_password(form, tree):
        return _HASHED
    return _CODE_ASKED if not asks_password and _asks_code(form) else ""


def _hashes_password(form: LexborNode, tree: LexborHTMLParser) -> bool:
    """Tell whether a script turns the password into its hash before the post (``onsubmit="password.value =
    CryptoJS.MD5(password.value)"``, a ``hex_md5`` of the field in the page's script): the server expects
    what the Pelaksana's browser sends, which the plain password is not."""
    names = {(node.attributes.get(a) or "") for node in form.css("input[type=password]")[:5] for a in ("id", "name")}
    names.discard("")
    handlers = [form.attributes.get("onsubmit") or ""]
    handlers += [node.attributes.get("onclick") or "" for node in form.css("button, input[type]")[:_MAX_CONTROLS]]
    scripts = [node.text()[:_SCRIPT_CHARS] for node in tree.css("script:not([src])")[:_MAX_SCRIPTS]]
    for code in [*handlers, *scripts]:
        for call in islice(_HASH_CALL.finditer(code), _MAX_FORMS):
            near = code[max(0, call.start() - _HASH_REACH) : call.end() + _HASH_REACH]
            if any(name in near for name in names):
                return True
    return False


def _sent_by_ajax(form: LexborNode, tree: LexborHTMLParser) -> bool:
    """Tell whether an inline script cancels the form's post and sends its fields itself."""
    names = [form.attributes.get("id") or ""]
    names += [(node.attributes.get(a) or "") for node in form.css("input[type=password]")[:5] for a in ("id", "name")]
    names = [name for name in names if name]
    seen = 0
    for script in tree.css("script:not([src])")[:_MAX_SCRIPTS]:
        code = script.text()[: _SCRIPT_CHARS - seen]
        seen += len(code)
        if _AJAX_CALL.search(code) and _CANCELS_SUBMIT.search(code) and any(name in code for name in names):
            return True
        if seen >= _SCRIPT_CHARS:
            return False
    return False


def _sent_by_script_file(form: LexborNode, tree: LexborHTMLParser) -> bool:
    """Tell whether a form without an action or a method is sent by a script: it has no button that submits
    it (only ``type="button"``), or the page loads a script file of its login. A browser would send its
    fields, the password too, in the address of a GET."""
    if not _submit_buttons(form):
        return True
    sources = (urlsplit(node.attributes.get("src") or "").path for node in tree.css("script[src]")[:_MAX_SCRIPTS])
    return any(_LOGIN_SCRIPT.search(path) for path in sources)


def _barrier(tree: LexborHTMLParser, html: str, page_url: str) -> str:
    """Return why a page without the login form still logs in, by means no posted form has:
    a script-sent form, a one-time code, another site's account, a page a script builds."""
    scripted = _scripted_form(tree, html)
    if scripted:
        return scripted
    page = parse_page(html, page_url)
    text = page.visible_text.lower()
    if _code_page(tree, text):
        return _CODE_ASKED
    sent = next((p.href for p in page.pointers if p.kind not in _NOT_SENT and _IDP_ADDRESS.search(p.href)), "")
    if sent:  # a refresh or a script sends the browser to the sign-in of another site
        return _sso_reason(urlsplit(sent).hostname or "SSO")
    return _sso_only(tree, text) or (_BUILT_BY_SCRIPT if _built_by_script(tree, text) else "")


def _scripted_form(tree: LexborHTMLParser, html: str) -> str:
    """Return the reason for a password field no browser posts: one without a name, one on a page
    without a form, or one in a Livewire form."""
    formless = _FORM_SOURCE.search(html[:500_000]) is None
    fields = [node for node in tree.css("input[type=password]") if formless or not node.attributes.get("name")]
    if any(name.startswith("wire:") for node in fields for name in node.attributes):
        return _LIVEWIRE
    forms = tree.css("form")[:_MAX_FORMS]
    if any(_livewire_submit(form) and form.css_first("input[type=password]") for form in forms):
        return _LIVEWIRE
    return _SCRIPTED_FORM if fields else ""


def _livewire_submit(form: LexborNode) -> bool:
    return any(name.startswith(_LIVEWIRE_SUBMIT) for name in form.attributes)


def _asks_code(form: LexborNode) -> bool:
    """Tell whether a form asks a one-time code: its field's name, id or autocomplete, or its words."""
    fields = [node.attributes for node in form.css("input")]
    if any((attrs.get("autocomplete") or "").strip().lower() == "one-time-code" for attrs in fields):
        return True
    named = " ".join(f"{attrs.get('name') or ''} {attrs.get('id') or ''}" for attrs in fields).lower()
    said = [_form_words(form), *(attrs.get("placeholder") or "" for attrs in fields)]
    said += [node.attributes.get("value") or "" for node in form.css("input[type=submit], input[type=button]")]
    return bool(_CODE_FIELD.search(named) or _CODE_WORDS.search(" ".join(said).lower()))


def _form_words(form: LexborNode) -> str:
    """Return what a form says, without its links: another way in ("Masuk dengan kode OTP") is not what it asks."""
    if form.css_first("a") is None:
        return form.text(separator=" ")
    copy = LexborHTMLParser(form.html or "")
    copy.strip_tags(["a"])
    return copy.text(separator=" ")


def _code_page(tree: LexborHTMLParser, text: str) -> bool:
    """Tell whether a login page asks a one-time code: in a form, or in its words beside a field."""
    if any(_asks_code(form) for form in tree.css("form")[:_MAX_FORMS]):
        return True
    return len(text) <= _LOGIN_PAGE and _CODE_WORDS.search(text) is not None and tree.css_first(_TYPED) is not None


def _sso_only(tree: LexborHTMLParser, text: str) -> str:
    """Return the reason for a login page that signs in only with another site's account (SSO, Google)."""
    if len(text) > _LOGIN_PAGE or tree.css_first("input[type=password]") is not None:
        return ""
    if tree.css_first(_GOOGLE_SIGN_IN) is not None:
        return _sso_reason("Google")
    for node in tree.css("a, button, input[type=submit]")[:_MAX_CONTROLS]:
        said = " ".join((node.text(separator=" ") + " " + (node.attributes.get("value") or "")).split())
        words = said.lower()
        href = node.attributes.get("href") or ""
        if _SSO_WORDS.search(words) or (_IDP_WORDS.search(words) and _SIGN_IN_WORDS.search(words)):
            return _sso_reason(f"“{said[:60]}”")
        if _IDP_ADDRESS.search(href):
            return _sso_reason(f"“{said[:60]}”" if said else urlsplit(href).hostname or "SSO")
    return ""


def _sso_reason(named: str) -> str:
    return f"login hanya lewat SSO ({named}), tanpa formulir kata sandi: {_MANUAL}"


def _built_by_script(tree: LexborHTMLParser, text: str) -> bool:
    """Tell whether the page is a single-page app's shell: an empty mount point and its scripts, or a page
    with no field at all whose only words are its loader's ("Loading Grafana"): the scripts draw it all."""
    if len(text) > _SCRIPT_ONLY or tree.css_first("script[src]") is None:
        return False
    if tree.css_first(APP_ROOTS) is not None or tree.css_first(_FLUTTER) is not None:
        return True
    if tree.css_first("form, input") is not None:
        return False
    loading = len(text) <= _SHELL_TEXT and (not text or _LOADING.fullmatch(text) is not None)
    return loading or tree.css_first(_OTHER_ROOTS) is not None


def script_redirect(body: str, url: str, refresh_header: str = "", page_url: str | None = None) -> str | None:
    """Return where an answer that is not the page to read sends the browser on the same site: a
    script-only answer's ``window.location = '…'``, a ``<meta http-equiv="refresh">`` or a
    ``Refresh`` header; None for a page with a form or text to read, an answer that says the login
    was refused, or one that sends nowhere. A JSON answer's address is relative to ``page_url``, the page
    whose script asked it, where given."""
    tree = parse_html(body)
    # A logged-in page is the landing page already: its refresh may be an idle timeout's logout.
    if _has_logout(tree):
        return None
    if tree.css_first("form") is not None:  # a login page's form, as most are: only its word of success sends on
        target = _after_success(tree, body, url, refresh_header)
    else:
        target = _sent_on(body, url, refresh_header, page_url)
    if target is None:
        return None
    here, there = urlsplit(url), urlsplit(target)
    return target if (there.scheme, there.netloc) == (here.scheme, here.netloc) else None


def _sent_on(body: str, url: str, refresh_header: str, page_url: str | None) -> str | None:
    """Return where an answer without a form sends the browser: its refresh, a script-only answer's
    script, a JSON answer's address; None where it says the login was refused."""
    page = parse_page(body, url)
    if _refusal_said(page.visible_text.lower(), body):
        return None
    if refresh_header:
        page = with_refresh_header(page, refresh_header, url)
    refresh = next((p.href for p in page.pointers if p.kind in ("refresh", "refresh_header") and p.href != url), None)
    found = _SCRIPT_REDIRECT.search(body) if len(page.visible_text) <= _SCRIPT_ONLY else None
    return refresh or (urljoin(url, found[2] or found[4]) if found else None) or _json_target(body, page_url or url)


def _after_success(tree: LexborHTMLParser, body: str, url: str, refresh_header: str) -> str | None:
    """Return where a login page answering its own post with the form and word that the login succeeded
    sends the browser: PHP echoing ``Swal.fire('Berhasil', 'Login berhasil').then(…)`` or ``toastr.success(…)``
    then ``window.location``, or an alert "Login berhasil" above a refresh or a script's timer; None for a
    page without that word (a wrong password's, a login page's help text outside its alerts)."""
    for call in islice(_NOTICE.finditer(body[:_SCRIPT_CHARS]), _MAX_SCRIPTS):
        if _says_success(_notice_words(body, call.end())):
            # SweetAlert's ``.then(function () { window.location = … })`` after its options.
            found = _SCRIPT_REDIRECT.search(body, call.end(), call.end() + _NOTICE_REACH)
            return urljoin(url, found[2] or found[4]) if found else None
    alerts = " ".join(node.text(separator=" ") for node in tree.css(_ALERTS)[:_MAX_CONTROLS])
    if not _says_success(" ".join(alerts.lower().split())):
        return None
    page = parse_page(body, url)
    if refresh_header:
        page = with_refresh_header(page, refresh_header, url)
    refresh = next((p.href for p in page.pointers if p.kind in ("refresh", "refresh_header") and p.href != url), None)
    if refresh:
        return refresh
    for node in tree.css("script:not([src])")[:_MAX_SCRIPTS]:
        script: str = node.text()[:_SCRIPT_CHARS]
        found = _SCRIPT_REDIRECT.search(script)
        if found and not _BINDS_EVENT.search(script):  # not a button's ("Daftar" to daftar.php)
            target: str = urljoin(url, found[2] or found[4])
            return target
    return None


def _says_success(words: str) -> bool:
    return _SUCCEEDED.search(words) is not None or _WELCOMED.search(words) is not None


def _told_success(tree: LexborHTMLParser) -> bool:
    """Tell whether a flashed box says the login succeeded: "Login berhasil", or a success box greeting who
    signed in, as a login page answering its own post in place shows it above the form."""
    for node in tree.css(_ALERTS)[:_MAX_CONTROLS]:
        words = " ".join(node.text(separator=" ").lower().split())
        success = "success" in (node.attributes.get("class") or "")
        if _SUCCEEDED.search(words) or (success and _WELCOMED.search(words)):
            return True
    return False


def _json_object(body: str) -> dict[str, object] | None:
    """Return the answer as a JSON object (an AJAX login endpoint's), or None for a page."""
    if not body.lstrip().startswith("{") or len(body) > _SCRIPT_CHARS:
        return None
    try:
        data = json.loads(body)
    except ValueError:
        return None
    return data if isinstance(data, dict) else None


def _json_target(body: str, url: str) -> str | None:
    """Return where a JSON answer that did not refuse sends the browser ("redirect": "/dashboard")."""
    data = _json_object(body)
    if data is None or _json_refused(data):
        return None
    target = _json_redirect(data)
    return urljoin(url, target) if target else None


def _json_redirect(data: Mapping[str, object]) -> str | None:
    """Return the address a JSON answer names for the browser to go on to, whatever its flags say."""
    for scope in (data, *(data.get(key) for key in _JSON_TARGET_SCOPES)):
        if isinstance(scope, dict):
            target = next((v for k in _JSON_TARGETS if isinstance(v := scope.get(k), str) and _an_address(v)), None)
            if target:
                return target.strip()
    return None


def _an_address(value: str) -> bool:
    """Tell whether a target key's value is an address: not a link's ``"target": "_blank"`` nor a sentence."""
    value = value.strip()
    return bool(value) and not value.startswith("_") and " " not in value


def _json_refused(data: Mapping[str, object]) -> bool:
    if data.get("error") in (True, 1, "true"):
        return True
    # ``{"code": 401, "message": "Unauthorized"}`` under HTTP 200, as some APIs answer.
    written = [data.get(key) for key in _JSON_CODES]
    # BPJS's ``{"metaData": {"code": 201, "message": "…"}}``: an HTTP status but 200 is a refusal; not a payment
    # gateway's "00" or a plain 1, which say success.
    meta = data.get("metaData", data.get("metadata"))
    code = str(meta.get("code", "")).strip() if isinstance(meta, dict) else ""
    if len(code) == len(_BPJS_OK) and code.isdigit() and code != _BPJS_OK:
        return True
    if any(isinstance(v, int) and not isinstance(v, bool) and 400 <= v < 600 for v in written):
        return True
    # ``{"valid": false}`` alone refuses; beside a flag or a message saying success it disagrees (see _JSON_VALID).
    if _json_not_valid(data) and _json_redirect(data) is None and not _json_vouched(data):
        return True
    return any(_json_says(v, _JSON_REFUSED) for v in _json_flags(data))


def _json_not_valid(data: Mapping[str, object]) -> bool:
    return _json_says(data.get(_JSON_VALID), _JSON_NOT_VALID)


def _json_vouched(data: Mapping[str, object]) -> bool:
    """Tell whether a JSON answer says success beside its ``"valid"``: a flag, ``"code": 200``, or its message."""
    flagged = any(_json_says(data.get(key), _JSON_SUCCEEDED) for key in _JSON_FLAGS)
    coded = any(_json_says(data.get(key), {200, "200"}) for key in _JSON_CODES)
    return flagged or coded or _json_message_succeeded(data)


def _json_message_succeeded(data: Mapping[str, object]) -> bool:
    """Tell whether a JSON answer's message (any text but its flags) says the login succeeded ("Login berhasil")."""
    for key, value in data.items():
        if key in _JSON_FLAGS or not isinstance(value, str):
            continue
        said = value.lower()
        if _SUCCEEDED.search(said) or said.strip(" .!") in _JSON_SUCCESS_MESSAGE:
            return True
    return False


def _json_says(value: object, words: set[object]) -> bool:
    return isinstance(value, (bool, int, str)) and (value.lower() if isinstance(value, str) else value) in words


def _json_flags(data: Mapping[str, object]) -> list[object]:
    """Return the values of the keys saying whether the login succeeded: ``"valid"`` only where no other says it
    (nor ``"code": 200`` or a message saying success, with which it disagrees)."""
    flags = [data[key] for key in _JSON_FLAGS if key in data]
    if flags or _JSON_VALID not in data or (_json_not_valid(data) and _json_vouched(data)):
        return flags
    return [data[_JSON_VALID]]


def _json_succeeded(data: Mapping[str, object], body: str) -> bool:
    """Tell whether a JSON answer says the login succeeded (``"status": "success"``), and asks no code after it."""
    if _json_not_valid(data):
        said = _json_message_succeeded(data)  # flags that disagree say nothing; the page's script redirects
    else:
        said = any(_json_says(v, _JSON_SUCCEEDED) for v in _json_flags(data))
    return said and _CODE_WORDS.search(body.lower()) is None


def _plain_word(body: str) -> str | None:
    """Return the word an AJAX endpoint answered in plain text ("sukses", "1"), lower case; None for a page."""
    word = " ".join(body.split()).strip("\"'").lower()
    return word if word and len(word) <= _PLAIN_ANSWER and "<" not in word and "{" not in word else None


def _by_script_data(body: str, configured: bool) -> LoginResult | None:
    """Decide an answer that is data for the login page's script: JSON, or a word in plain text, unless
    a success marker is configured, whose absence says the login failed."""
    data = _json_object(body)
    if data is not None:
        if _json_refused(data):
            return LoginResult("gagal", "jawaban JSON formulir login menyatakan login gagal")
        if _json_succeeded(data, body):
            return LoginResult("berhasil")
        return LoginResult("tidak_dapat_diperiksa", _JSON_ANSWER)
    word = None if configured else _plain_word(body)
    return _by_word(word) if word is not None else None


def _by_word(word: str) -> LoginResult:
    if word in _PLAIN_SUCCEEDED:
        return LoginResult("berhasil")
    if word in _PLAIN_REFUSED:
        return LoginResult("gagal", f"jawaban teks formulir login menyatakan login gagal: “{word}”")
    return LoginResult("tidak_dapat_diperiksa", _PLAIN_UNREAD)


def _landing_words(body: str, url: str) -> str:
    return _said(parse_page(body, url).visible_text.lower(), body)


def _refusal_said(text: str, body: str) -> bool:
    said = _said(text, body)
    return any(pattern.search(said) for pattern in (_REFUSED, _LOCKED, _ENDED)) or _captcha_refused(said) is not None


def _captcha_refused(said: str) -> str | None:
    """Return the words refusing the CAPTCHA ("Kode captcha salah"), or None."""
    found = _CAPTCHA_REFUSED.search(said) if any(word in said for word in _CAPTCHA_REFUSAL_WORDS) else None
    if found is None and any(word in said for word in _SUM_WORDS):
        found = _SUM_REFUSED.search(said)
        found = None if found and _REFUSED.search(said) else found
    return found[0] if found else None


def _said(text: str, body: str) -> str:
    """Return what the answer says: its text and its notices (SweetAlert, toastr), and for a
    script-only answer its alerts too."""
    said = [text, *_notices(body), *_flash_data(body)]
    if len(text) <= _SCRIPT_ONLY:
        said += (" ".join(m[2].lower().split()) for m in _ALERT.finditer(body[:20_000]))
    return " ".join(said)


def _flash_data(body: str) -> Iterator[str]:
    """Yield the flashed messages a CodeIgniter page keeps in ``data-flashdata`` for its SweetAlert to show."""
    if _FLASH_DATA_ATTRIBUTE in body:
        for found in islice(_FLASH_DATA.finditer(body[:_SCRIPT_CHARS]), _MAX_SCRIPTS):
            yield " ".join(unescape(found[2]).lower().split())


def _notices(body: str) -> Iterator[str]:
    """Yield the words of the notices a page's scripts show (``Swal.fire('Gagal', 'Username atau
    password salah', 'error')``, ``toastr.error(…)``): their strings up to the call's end."""
    for call in islice(_NOTICE.finditer(body[:_SCRIPT_CHARS]), _MAX_SCRIPTS):
        yield _notice_words(body, call.end())


def _notice_words(body: str, start: int) -> str:
    """Return the words of the notice whose call's arguments begin at ``start``: its strings up to the call's end."""
    window = body[start : start + _NOTICE_REACH]
    words, gap = [], 0
    for found in _STRING.finditer(window):
        if ")" in window[gap : found.start()]:
            break
        words.append(found[2])
        gap = found.end()
    return " ".join(" ".join(words).lower().split())


def submission(form: LoginForm, spec: LoginSpec, username: str, password: str) -> list[tuple[str, str]]:
    """Return the fields to post: the form's own fields plus the credentials it asks for."""
    user_field, password_field = form.names or (spec.username_field, spec.password_field)
    if not form.asks_password:
        return [*form.fields, (user_field, username)]
    return [*form.fields, (user_field, username), (password_field, password)]


def csrf_fields(form: LoginForm, cookies: Mapping[str, str]) -> list[tuple[str, str]]:
    """Return the token fields the page's script adds from a cookie: CodeIgniter's ``csrf_cookie_name``
    (its ``csrf_protection`` by cookie) copied into ``csrf_test_name``, for a form without a token field."""
    if any(_TOKEN_FIELD.search(name) for name, _ in form.fields):
        return []
    token = next((value for name, value in cookies.items() if name.endswith(_CODEIGNITER_CSRF_COOKIE)), "")
    return [(_CODEIGNITER_CSRF_FIELD, unquote(token))] if token else []


def csrf_headers(form: LoginForm, cookies: Mapping[str, str]) -> dict[str, str]:
    """Return the CSRF headers to send: the page's meta token and the tokens of CSRF cookies
    (``XSRF-TOKEN``'s only for a form without a token field)."""
    headers = dict(form.headers)
    tokened = any(_TOKEN_FIELD.search(name) for name, _ in form.fields)
    for cookie, header in _CSRF_COOKIES.items():
        if cookies.get(cookie) and not (tokened and cookie == _SCRIPTS_ONLY_COOKIE):
            headers[header] = unquote(cookies[cookie])
    return headers


def decide(spec: LoginSpec, answer: Answer) -> LoginResult:
    """Decide the login outcome: configured markers first, then what the landing page shows."""
    if answer.status >= 400:
        return LoginResult("gagal", _refused_by_status(answer) or _http_reason(answer.status, answer.body))
    body = answer.body.lower()
    if spec.failure_marker and spec.failure_marker.lower() in body:
        return LoginResult("gagal", "penanda gagal ditemukan")
    if spec.success_url and _same_path(spec.success_url, answer.final_url):
        return LoginResult("berhasil")
    if spec.success_marker and spec.success_marker.lower() in body:
        return LoginResult("berhasil")
    return _by_landing_page(spec, answer)


def _refused_by_status(answer: Answer) -> str | None:
    """Return the refusal an answer of 400, 401, 422 or 423 says (Devise under Turbo, a JSON API's 422), or the lock a
    429 says (``_locked_out``)."""
    if answer.status == _TOO_MANY_REQUESTS:
        locked = _LOCKED.search(_landing_words(answer.body, answer.final_url))
        return _lock_reason(locked, answer.username) if locked else None
    if answer.status not in _SAYS_WHY:
        return None
    return _message(_landing_words(answer.body, answer.final_url), answer.username, logged_in=False)


def decide_username_step(answer: Answer) -> LoginResult:
    """Decide a two-step login whose username step led to no password form: what refused it."""
    if answer.status >= 400:
        return LoginResult("gagal", _http_reason(answer.status, answer.body))
    reason = _message(_landing_words(answer.body, answer.final_url), answer.username, logged_in=False)
    return LoginResult("gagal", reason or "halaman kata sandi tidak muncul setelah nama pengguna dikirim")


@dataclass(frozen=True)
class _Landing:
    said: str  # the visible text, lower case, with a script-only answer's alerts
    tree: LexborHTMLParser
    logged_in: bool  # a logout link or form
    form_back: bool  # the password field, on a page that is not a logged-in one


def _landing(spec: LoginSpec, answer: Answer) -> _Landing:
    tree = parse_html(answer.body)
    text = parse_page(answer.body, answer.final_url).visible_text.lower()
    logged_in = bool(logouts(tree) - answer.logouts_before)
    form_back = not logged_in and _asks_login(tree, spec)
    return _Landing(_said(text, answer.body), tree, logged_in, form_back)


def _by_landing_page(spec: LoginSpec, answer: Answer) -> LoginResult:
    landing = _landing(spec, answer)
    captcha = None if landing.logged_in else _captcha_refused(landing.said)
    if captcha:
        reason = f"aplikasi menolak CAPTCHA yang tidak diisi (“{_quoted(captcha, answer.username)}”): {_MANUAL}"
        return LoginResult("tidak_dapat_diperiksa", reason)
    refusal = _message(landing.said, answer.username, landing.logged_in, landing.tree) or _barred(spec, landing, answer)
    if refusal:
        return LoginResult("gagal", refusal)
    said = _by_script_data(answer.body, configured=bool(spec.success_marker or spec.success_url))
    if said is not None:
        return said
    if landing.form_back:
        return _form_back(spec, landing, answer)
    return _past_the_form(spec, landing, answer) or _by_redirect(spec, landing, answer)


def _past_the_form(spec: LoginSpec, landing: _Landing, answer: Answer) -> LoginResult | None:
    """Decide a landing page without the form by what it shows: logged in, a code asked, the
    session ended, a script gone back; None where only the redirect can tell."""
    if landing.logged_in:
        return LoginResult("berhasil")
    # Before the user's name: a code page may name the account it sent the code to.
    if _code_page(landing.tree, landing.said):
        return LoginResult("tidak_dapat_diperiksa", _CODE_AFTER_PASSWORD)
    # An account named as its department ("dinkes") is named by the public page too: there, one
    # offering the login, only the configured display name counts.
    username = "" if _offers_login(landing.tree, answer) else answer.username
    if _shows_user(landing.said, (username, spec.display_name or "")):
        return LoginResult("berhasil")
    ended = _ENDED.search(landing.said)
    if ended:
        return LoginResult("gagal", f"sesi berakhir setelah login: “{_quoted(ended[0], answer.username)}”")
    if len(landing.said) <= _SCRIPT_ONLY and _GOES_BACK.search(answer.body[:20_000]):
        return LoginResult("gagal", "jawaban formulir hanya skrip yang kembali ke halaman login (history.back)")
    return None


def _message(said: str, username: str, logged_in: bool, tree: LexborHTMLParser | None = None) -> str | None:
    """Return the reason a message of the answer gives: refused credentials or a locked account.
    On a logged-in page (``tree``), whose audit menu may name a failed login and whose admin lists locked
    accounts, only a lock told to the account itself ("Akun Anda dinonaktifkan")."""
    refused = None if logged_in else _REFUSED.search(said)
    locked = _own_lock(said, username, tree) if logged_in else _LOCKED.search(said)
    if refused and not (locked and (_cause_of(locked, refused, said) or _result_of(locked, refused, said))):
        return f"pesan gagal login tampil: “{_quoted(refused[0], username)}”"
    return _lock_reason(locked, username) if locked else None


def _lock_reason(locked: re.Match[str], username: str) -> str:
    return f"akun pemantauan terkunci atau diblokir: “{_quoted(locked[0], username)}”"


def _barred(spec: LoginSpec, landing: _Landing, answer: Answer) -> str | None:
    """Return why a page past the password still bars the account from the application: its password expired
    and the page asks a new one before anything else ("Kata sandi Anda telah kedaluwarsa", "Anda wajib mengganti
    password bawaan"), or the account has no rights to it ("Anda tidak berhak mengakses halaman ini", said by
    the page, not by a menu's script or a help text's condition), or its e-mail address is not verified yet
    (Breeze's page, which only lets it resend the link or log out)."""
    unverified = _EMAIL_UNVERIFIED.search(landing.said)
    if unverified and not _BREEZE_DASHBOARD.search(landing.said) and _verify_page(landing.tree, answer.body):
        return f"alamat email akun pemantauan belum diverifikasi: “{_quoted(unverified[0], answer.username)}”"
    expired = _EXPIRED.search(landing.said)
    if (
        expired
        and _asks_new_password(landing.tree, spec, answer.body)
        and not _in_banner(landing.tree, expired[0])
        and (not _RULE_AFTER.match(landing.said, expired.end()) or _asking_page(answer.body))
    ):
        said = _quoted(expired[0], answer.username)
        return f"kata sandi akun pemantauan kedaluwarsa, aplikasi meminta kata sandi baru: “{said}”"
    awaiting = _awaiting(landing, answer.body)
    if awaiting:
        return f"akun pemantauan terkunci atau diblokir: “{_quoted(awaiting, answer.username)}”"
    if landing.form_back or (_NO_RIGHTS.search(landing.said) or _NO_RIGHTS_ROLE.search(landing.said)) is None:
        return None
    notice = _notice_text(answer.body)
    barred = _NO_RIGHTS.search(notice)
    barred = barred if barred and len(_outside_sentence(notice, barred)) <= _NOTICE_REST else None
    if barred is None:
        role = _NO_RIGHTS_ROLE.search(notice)
        rest = _outside_sentence(notice, role) if role else ""
        headed = role and _refusal_headed(landing.tree, role[0])
        barred = role if role and headed and len(rest) <= _NOTICE_REST else None
    return (
        f"akun pemantauan tidak berhak mengakses aplikasi: “{_quoted(barred[0], answer.username)}”" if barred else None
    )


def _refusal_headed(tree: LexborHTMLParser, sentence: str) -> bool:
    """Tell whether the page is headed by a refusal ("Akses Ditolak", "403 Forbidden"): a heading or the title, not
    a "maaf" of a card's line or a stat card's number; a bare "403" heads only the title or a first-rank heading."""
    for node in tree.css(_HEADINGS)[:_MAX_CONTROLS]:
        words = " ".join(node.text(separator=" ").lower().split())
        if sentence in words or not _REFUSAL_HEADING.search(words):
            continue
        if words.strip(" !.-") != "403" or node.tag in ("title", "h1", "h2"):
            return True
    return False


def _awaiting(landing: _Landing, body: str) -> str | None:
    """Return where the page tells the account itself it waits for an admin's approval: a notice's sentence of its own
    ("Akun Anda sedang menunggu persetujuan admin BKPSDM."), not one of something of the account's ("Pengajuan
    perubahan data akun Anda sedang menunggu persetujuan", "Foto profil akun Anda belum disetujui")."""
    if "akun anda" not in landing.said:
        return None
    for node in landing.tree.css(_NOTICE_BLOCKS)[:_MAX_CONTROLS]:
        found = _AWAITING.match(" ".join(node.text(separator=" ").lower().split()))
        if found:
            # Only on a notice page, as a role's refusal: not a timeline's old step, a table's legend, a help's
            # heading, a notification in the menu or a template an admin's card quotes.
            notice = _notice_text(body)
            said = notice.find(found[1])
            rest = (notice[:said] + notice[said + len(found[1]) :]).strip() if said >= 0 else ""
            return found[1] if said >= 0 and len(rest) <= _NOTICE_REST + _NOTICE_HEADING else None
    return None


def _verify_page(tree: LexborHTMLParser, body: str) -> bool:
    """Tell whether the page is Laravel's own page asking to verify the e-mail address: its sentence is the page's text,
    beside the form resending the link (not a banner's or a help's sentence on a dashboard)."""
    resends = any(
        any(route in (form.attributes.get("action") or "") for route in _RESEND_ACTIONS) and not _in_alert(form)
        for form in tree.css("form")[:_MAX_FORMS]
    )
    return resends and _EMAIL_UNVERIFIED.search(_notice_text(body)) is not None


def _in_alert(node: LexborNode | None) -> bool:
    """Tell whether the node is in a Bootstrap ``.alert``: a banner beside the page."""
    while node is not None:
        if "alert" in (node.attributes.get("class") or "").split():
            return True
        node = node.parent
    return False


def _outside_sentence(text: str, found: re.Match[str]) -> str:
    """Return the text outside the sentence holding what was found, and its heading: a dashboard's cards run together
    without a full stop, so the sentence reaches back a heading's length at most."""
    start = max((end.end() for end in _SENTENCE_END.finditer(text, 0, found.start())), default=0)
    start = max(start, found.start() - _NOTICE_HEADING)
    end = _SENTENCE_END.search(text, found.end())
    return (text[:start] + " " + (text[end.end() :] if end else "")).strip()


def _in_banner(tree: LexborHTMLParser, words: str) -> bool:
    """Tell whether the words are said in a banner the user may close (Bootstrap's ``.alert`` with its close
    button) beside the page: a reminder, not a page barring the account."""
    for button in tree.css(_DISMISS)[:_MAX_CONTROLS]:
        node = button.parent
        while node is not None and "alert" not in (node.attributes.get("class") or "").split():
            node = node.parent
        if node is not None and words in " ".join(node.text(separator=" ").lower().split()):
            return True
    return False


def _asks_new_password(tree: LexborHTMLParser, spec: LoginSpec, body: str) -> bool:
    """Tell whether the page shows a form asking a password and no username to type (one it shows read-only or
    keeps hidden names the account the new password is for, on a page of its own, not a dashboard's profile card):
    a new password, not a login form nor a change-password modal or closed panel kept for later (a modal the page
    opens on load with no way to close it is the page), nor an admin's form resetting the password of the employee
    it selects, nor one the page lets the user skip ("Nanti saja")."""
    own_page: bool | None = None
    for form in tree.css("form")[:_MAX_FORMS]:
        if form.css_first("input[type=password]") is None or _asks_username(form, spec.username_field):
            continue
        if _field(form, spec.username_field) is not None and not _opened_on_load(form, tree):
            own_page = _asking_page(body) if own_page is None else own_page
            if not own_page:
                continue
        if form.css_first("select") is not None:
            continue
        if not _hidden(form) and (not _in_modal(form) or _opened_on_load(form, tree)):
            return not any(
                _SKIPS.fullmatch(" ".join(node.text().split()).lower())
                for node in tree.css("a, button")[:_MAX_CONTROLS]
            )
    return False


def _asking_page(body: str) -> bool:
    """Tell whether the page is one of its own asking a new password: outside its forms and menus, the sentence asking
    it and a heading or a line at most, not a dashboard's cards and news beside a profile card."""
    notice = _notice_text(body)
    found = _EXPIRED.search(notice)
    return bool(notice) and len(_outside_sentence(notice, found) if found else notice) <= _NOTICE_REST


def _asks_username(form: LexborNode, name: str) -> bool:
    """Tell whether the form has the username field for the user to type: not read-only, disabled or hidden."""
    found = _field(form, name)
    if found is None or (found.attributes.get("type") or "").lower() == "hidden":
        return False
    return not ({"readonly", "disabled"} & found.attributes.keys())


def _opened_on_load(form: LexborNode, tree: LexborHTMLParser) -> bool:
    """Tell whether the Bootstrap modal holding the form is open when the page loads (shown by its markup, or by
    the page's script, ``$('#modalPassword').modal('show')``) and has no button closing it: the user can do nothing
    else first."""
    modal = form.parent
    while modal is not None and "modal" not in (modal.attributes.get("class") or "").split():
        modal = modal.parent
    if modal is None or not _cannot_close(modal):
        return False
    if "show" in (modal.attributes.get("class") or "").split():
        return True
    name = modal.attributes.get("id")
    scripts = (node.text() for node in tree.css("script")[:_MAX_SCRIPTS])
    return bool(name) and any(
        name in found.groups() and not _OPENS_LATER.search(script[: found.start()].lower())
        for script in scripts
        for found in _MODAL_SHOWN.finditer(script)
    )


def _cannot_close(modal: LexborNode) -> bool:
    """Tell whether the modal keeps the user in: a static backdrop, no Escape key, and no control but the form's
    submit (a "Nanti" or "×" a script handles, a link "Abaikan" or "Lewati" close it as well as Bootstrap's own)."""
    attributes = modal.attributes
    static = "static" in (attributes.get("data-backdrop"), attributes.get("data-bs-backdrop"))
    no_escape = "false" in (attributes.get("data-keyboard"), attributes.get("data-bs-keyboard"))
    if not (static and no_escape) or modal.css_first(_CLOSES_MODAL) is not None or modal.css_first("a[href]"):
        return False
    return all(
        (button.attributes.get("type") or "submit").lower() == "submit" and _in_form(button)
        for button in modal.css("button, input[type=button]")[:_MAX_CONTROLS]
    )


def _in_form(node: LexborNode | None) -> bool:
    while node is not None and node.tag != "form":
        node = node.parent
    return node is not None


def _in_modal(node: LexborNode | None) -> bool:
    """Tell whether the node is in a Bootstrap modal or a closed collapse, shown only when a button opens it."""
    while node is not None:
        classes = (node.attributes.get("class") or "").split()
        if "modal" in classes or ("collapse" in classes and "show" not in classes):
            return True
        node = node.parent
    return False


def _cause_of(locked: re.Match[str], refused: re.Match[str], said: str) -> bool:
    """Tell whether the refused logins are the cause the lock's sentence gives ("Akun Anda terkunci sementara
    karena 3 kali gagal login"): the account is locked, whatever the password."""
    return locked.start() < refused.start() and _SENTENCE_END.search(said, locked.end(), refused.start()) is None


def _result_of(locked: re.Match[str], refused: re.Match[str], said: str) -> bool:
    """Tell whether the lock is what the refusal led to, said right after it ("Password salah. Akun Anda
    terkunci."): the account is locked now. Not a warning further on ("… sisa 2 kali sebelum akun Anda
    dikunci"), nor a question ("Akun terkunci? Hubungi admin")."""
    between = said[refused.end() : locked.start()]
    return (
        locked.start() >= refused.end()
        and not between.strip(_BETWEEN_SENTENCES)
        and not said[locked.end() :].lstrip().startswith("?")
    )


def _own_lock(said: str, username: str, tree: LexborHTMLParser | None) -> re.Match[str] | None:
    """Return a lock the page tells the account itself: "Akun Anda …", "Your account …", "Akun
    pelaksana …"; not an admin's "Akun Terkunci" menu or its count of accounts not yet verified
    ("4 Akun Pelaksana Dinonaktifkan", the role named as the account is), a rule or a condition
    ("… terkunci otomatis setelah 3 kali salah", "If your account is locked"), nor a banner the
    user may close beside the dashboard ("Akun Anda belum diverifikasi oleh atasan langsung")."""
    if "akun" not in said and "account" not in said:
        return None
    name = username.strip().lower()
    own = ("akun anda", "your ", f"akun {name} " if name else "akun anda")
    for found in islice(_LOCKED.finditer(said), _MAX_FORMS):
        if not (found[0].startswith(own) or said[max(0, found.start() - 5) : found.start()] == "your "):
            continue
        start = max(
            (end.end() for end in _SENTENCE_END.finditer(said, max(0, found.start() - 200), found.start())),
            default=max(0, found.start() - 200),
        )
        end = _SENTENCE_END.search(said, found.end())
        before, after = said[start : found.start()], said[found.end() : end.start() if end else len(said)]
        rule = _LOCK_RULE.search(after) and not _LOCK_STATE.search(found[0])
        if rule or _LOCK_IF.search(before) or _COUNTED.search(before):
            continue
        if tree is not None and _in_banner(tree, found[0]):
            continue
        return found
    return None


def _form_back(spec: LoginSpec, landing: _Landing, answer: Answer) -> LoginResult:
    """Decide an answer that shows the login form again: the session ended, a CAPTCHA, or refused."""
    ended = _ENDED.search(landing.said)
    if ended:
        return LoginResult("gagal", f"sesi berakhir setelah login: “{_quoted(ended[0], answer.username)}”")
    # The login form's CAPTCHA, not the footer's contact form's.
    found = _login_form(landing.tree, answer.body, spec, password_only=True)
    captcha = _captcha(found[0], landing.tree) if found is not None else ""
    if captcha:
        reason = f"formulir login meminta CAPTCHA ({captcha}) setelah dikirim: pemeriksa tidak dapat login otomatis"
        return LoginResult("tidak_dapat_diperiksa", reason)
    if not spec.success_marker and not spec.success_url and _told_success(landing.tree):
        return LoginResult("berhasil")
    return LoginResult(
        "gagal", _BACK_AT_LOGIN if _back_at_login(answer) else "formulir login masih tampil setelah dikirim"
    )


def _quoted(message: str, username: str) -> str:
    """Return the message as quoted in a reason: squashed, the username (which it may echo) left out."""
    name = username.strip().lower()
    return " ".join((message.replace(name, "…") if name else message).split())


def _has_logout(tree: LexborHTMLParser) -> bool:
    return bool(logouts(tree))


def logouts(page: LexborHTMLParser | str) -> frozenset[str]:
    """Return the page's logout links and buttons, each as its address or its words."""
    tree = parse_html(page) if isinstance(page, str) else page
    found = set()
    for node in tree.css("a[href], form[action]")[:_MAX_CONTROLS]:
        address = node.attributes.get("href") or node.attributes.get("action") or ""
        if _LOGOUT.search(address):
            found.add(address.strip())
    for node in tree.css("a, button")[:_MAX_CONTROLS]:
        said = " ".join(node.text().split()).lower()
        if said in _LOGOUT_TEXTS:
            found.add(said)
    # SB Admin's and AdminLTE's logout: an icon opening the "Yakin ingin keluar?" modal, or a script's (onclick).
    for node in tree.css(_LOGOUT_CONTROLS)[:_MAX_CONTROLS]:
        attrs = node.attributes
        target = attrs.get("data-target") or attrs.get("data-bs-target") or attrs.get("onclick") or ""
        if _LOGOUT_MODAL.search(target) or node.css_first(_LOGOUT_ICONS) is not None:
            found.add(target or "logout-icon")
    return frozenset(found)


def _asks_login(tree: LexborHTMLParser, spec: LoginSpec) -> bool:
    """Tell whether the page shows a login form: the password field, in a form asking one password.
    A logged-in page's "Ubah Password" modal, a first login's "ganti password bawaan", ask the old and
    the new one, or the new one twice, and no username."""
    field = _field(tree, spec.password_field)
    if field is None:
        return False
    form = field.parent
    while form is not None and form.tag != "form":
        form = form.parent
    if form is None or _field(form, spec.username_field) is not None:
        return True
    # A dashboard's idle lock screen, hidden until the session idles, asks the password of who signed in.
    return len(form.css("input[type=password]")[:3]) == 1 and not _hidden(form)


def _hidden(node: LexborNode | None) -> bool:
    """Tell whether the markup hides the node or what holds it (``style="display:none"``, ``hidden``)."""
    while node is not None:
        style = (node.attributes.get("style") or "").replace(" ", "").lower()
        if "hidden" in node.attributes or "display:none" in style:
            return True
        node = node.parent
    return False


def _by_redirect(spec: LoginSpec, landing: _Landing, answer: Answer) -> LoginResult:
    greeted = _user_menu(landing.tree) or _GREETED.search(landing.said) is not None
    # Checked after the user's name: an app whose login page is its root lands there again, the form gone, and
    # greets who signed in ("Selamat datang, Budi Santoso") or shows the user's menu.
    if _back_at_login(answer) and not greeted:
        return LoginResult("gagal", _BACK_AT_LOGIN)
    if spec.success_marker or spec.success_url:
        return LoginResult("gagal", "penanda berhasil tidak ditemukan")
    # A public page still offering the login ("Selamat Datang di SIMPEG", a "Login" button): the
    # dashboard sent a browser without a session on, as it sends anyone.
    if answer.redirected and _offers_login(landing.tree, answer):
        return LoginResult("gagal", "dialihkan ke halaman publik yang masih menawarkan login, bukan halaman pengguna")
    # Past the login: sent away from its page, or answered in place with the user's menu or a greeting by name
    # ("Selamat Datang, Drs. H. Ahmad Fauzi, M.Si"), the form gone.
    past = answer.redirected or (greeted and not _offers_login(landing.tree, answer))
    if not past:
        return LoginResult("gagal", "tidak ada tanda login berhasil: nama pengguna tidak tampil dan tidak dialihkan")
    refused = _notice_refusal(landing, answer.body)
    if refused:
        return LoginResult("gagal", f"pesan gagal login tampil: “{_quoted(refused, answer.username)}”")
    return LoginResult("berhasil")


def _user_menu(tree: LexborHTMLParser) -> bool:
    """Tell whether the page shows an admin template's menu of the signed-in user with a name in it (SB Admin's
    ``#userDropdown``, AdminLTE's ``.user-panel``): a page a login answers in place, with the user's full name
    ("Drs. H. Ahmad Fauzi, M.Si") rather than the username, and its logout drawn by a script."""
    for node in tree.css(_USER_MENUS)[:_MAX_FORMS]:
        said = " ".join(node.text(separator=" ").split())
        if 2 < len(said) <= _USER_NAME and said.lower() not in _LOGIN_TEXTS | _NO_ONE:
            return True
    return False


def _notice_refusal(landing: _Landing, body: str) -> str | None:
    """Return the refusal a notice page says in looser words (``_NOTICE_REFUSED``): its text outside
    menus, tables and forms, short as a notice is, or a notice its script draws."""
    found = next(filter(None, map(_NOTICE_REFUSED.search, _notices(body))), None)
    if found is None and len(landing.said) <= _LOGIN_PAGE:
        found = _NOTICE_REFUSED.search(_notice_text(body))
    return found[0] if found else None


def _notice_text(body: str) -> str:
    """Return a notice page's text outside its menus, tables and forms, lower case; "" where it is longer than
    a notice's."""
    notice = LexborHTMLParser(body)
    notice.strip_tags(_NOT_NOTICE)
    text = " ".join((notice.body.text(separator=" ") if notice.body is not None else "").lower().split())
    return text if len(text) <= _NOTICE_PAGE else ""


def _offers_login(tree: LexborHTMLParser, answer: Answer) -> bool:
    """Tell whether a page links to the login page: by its address, or by a link saying "Login"
    whose address names a login (not the site's root, where an app's login may be). A link to the
    page itself (``href="#"``, a dropdown's toggle) offers nothing."""
    for node in tree.css("a[href]")[:_MAX_CONTROLS]:
        written = (node.attributes.get("href") or "").strip()
        if not written or written.startswith(("#", "javascript:")):
            continue
        href = urljoin(answer.final_url, written)
        path = urlsplit(href).path.rstrip("/")
        if urlsplit(href).netloc != urlsplit(answer.final_url).netloc or not path:
            continue
        said = " ".join(node.text(separator=" ").split()).lower()
        if _ANOTHER_ACCOUNT.search(said):
            continue  # "Batal", "Masuk dengan akun lain": a choice of a logged-in page
        if any(
            _same_path(url, href) and not _routes_elsewhere(url, href)
            for url in answer.login_urls
            if urlsplit(url).path.rstrip("/")
        ):
            return True
        if said in _LOGIN_TEXTS and _LOGIN_PATH.search(path) and not _MENU_OF.search(path):
            return True
    return False


def _routes_elsewhere(login_url: str, href: str) -> bool:
    """Tell whether a link to the login page's script routes to another page of it by its query (a menu's
    ``index.php?hal=kegiatan`` where ``index.php`` is the login), not to the login (``?page=login``)."""
    held = dict(parse_qsl(urlsplit(login_url).query))
    asked = parse_qsl(urlsplit(href).query)
    return any(held.get(name) != value for name, value in asked) and not any(
        _LOGIN_ROUTE.search(value) for _, value in asked
    )


def _back_at_login(answer: Answer) -> bool:
    return answer.redirected and any(_same_path(url, answer.final_url) for url in answer.login_urls)


def _shows_user(text: str, names: tuple[str, ...]) -> bool:
    return any(name.strip() and re.search(_written(name.strip().lower()), text) for name in names)


def _written(name: str) -> str:
    """Return the pattern of a name as a page writes it: a NIP or a NIK used as the username also in its groups
    ("NIP. 19900315 201503 1 004", "19900315.201503.1.004")."""
    if name.isdigit() and len(name) >= _GROUPED_NUMBER:
        return r"(?<!\d)" + r"[\s.]?".join(name) + r"(?!\d)"
    return rf"(?<!\w){re.escape(name)}(?!\w)"


def _http_reason(status: int, body: str) -> str:
    if status == 419:  # Laravel's "Page Expired": the CSRF token or the session was refused
        return "HTTP 419 setelah mengirim formulir (token CSRF atau sesi ditolak)"
    if status == 403 and "the action you have requested is not allowed" in body.lower():  # CodeIgniter's CSRF check
        return "HTTP 403 setelah mengirim formulir (token CSRF CodeIgniter ditolak)"
    return f"HTTP {status} setelah mengirim formulir"


def _form(
    form: LexborNode, page_url: str, spec: LoginSpec, base: str, tied: list[LexborNode], html: str, today: date | None
) -> LoginForm:
    written = (form.attributes.get("action") or "").strip()
    action = urljoin(base, written) if written else page_url  # no action: the page itself, whatever its base
    method = (form.attributes.get("method") or "post").lower()
    skip = {spec.username_field, spec.password_field}
    fields = []
    for node in form.css("input[name], select[name], textarea[name]")[:_MAX_FIELDS]:
        name = node.attributes.get("name") or ""
        kind = (node.attributes.get("type") or "text").lower()
        if name in skip or kind in ("submit", "button", "image", "file", "reset") or _disabled(node, form):
            continue
        # A box the browser insists on ("Saya setuju") is ticked, as the Pelaksana ticks it.
        if kind in ("checkbox", "radio") and "checked" not in node.attributes and "required" not in node.attributes:
            continue
        value = _value(node)
        if node.tag == "select":
            value = _this_year(node, html, today) or value
        fields.append((name, value or ("on" if kind in ("checkbox", "radio") else "")))
    own = _submit_buttons(form)
    # A card's "Masuk dengan SSO" tied to the form is not what the Pelaksana presses where the form has its button.
    buttons = own + [node for node in tied if not own or not _SSO_WORDS.search(_button_words(node).lower())]
    postback = _postback(form, dict(fields), buttons)
    if postback:
        fields = [(name, postback.get(name, value)) for name, value in fields]
    return LoginForm(action, method, tuple(fields) + (() if postback else _default_button(buttons)))


def _postback(form: LexborNode, fields: Mapping[str, str], buttons: list[LexborNode]) -> dict[str, str]:
    """Return the event fields of an ASP.NET WebForms login button drawn as a link (a LinkButton),
    which its ``__doPostBack('ctl00$…$lbLogin', '')`` sends; empty for a form without one."""
    if "__EVENTTARGET" not in fields or any(map(_signs_in_button, buttons)):
        return {}
    for node in form.css("a[href], button, input[type=button]")[:_MAX_CONTROLS]:
        script = (node.attributes.get("href") or "") + " " + (node.attributes.get("onclick") or "")
        call = _DO_POSTBACK.search(script)
        said = node.text(separator=" ") + " " + (node.attributes.get("value") or "")
        if call and _SIGN_IN.search(said + " " + call[1]):
            return {"__EVENTTARGET": call[1], "__EVENTARGUMENT": call[2]}
    return {}


def _base(tree: LexborHTMLParser, page_url: str) -> str:
    """Return the address the page's relative links start from: its ``<base href>`` (CodeIgniter's
    ``base_url()``), else its own."""
    node = tree.css_first("base[href]")
    return urljoin(page_url, (node.attributes.get("href") or "").strip()) if node is not None else page_url


def _disabled(node: LexborNode, form: LexborNode) -> bool:
    """Tell whether a browser leaves the field out: disabled itself or in a disabled fieldset."""
    if "disabled" in node.attributes:
        return True
    parent = node.parent
    while parent is not None and parent.mem_id != form.mem_id:
        if parent.tag == "fieldset" and "disabled" in parent.attributes:
            return True
        parent = parent.parent
    return False


def _default_button(buttons: list[LexborNode]) -> tuple[tuple[str, str], ...]:
    """Return what the button the Pelaksana presses adds when it submits the form: the first submit
    button saying it signs in, not as a guest ("Masuk sebagai Tamu"), else the form's default (its first).
    An ASP.NET page is one form, whose first button may be the header's search ("Cari")."""
    signing = [node for node in buttons if _signs_in_button(node)]
    own = [node for node in signing if not _guests(node)]
    for node in (own or signing or buttons)[:1]:
        kind = (node.attributes.get("type") or "submit").strip().lower()
        name = node.attributes.get("name") or ""
        if not name:
            return ()
        if kind == "image":
            return ((f"{name}.x", "0"), (f"{name}.y", "0"))
        return ((name, node.attributes.get("value") or ""),)
    return ()


def _guests(node: LexborNode) -> bool:
    """Tell whether a button lets a visitor in as a guest by its words ("Masuk sebagai Tamu", "Tamu")."""
    return any(_AS_GUEST.search(" ".join(said.split())) for said in (node.text(separator=" "), _value(node)))


def _tied_buttons(form: LexborNode, tree: LexborHTMLParser) -> list[LexborNode]:
    """Return the submit buttons outside the form tied to it by ``form="id"`` (a modal's or a card's footer),
    which the browser sends with the form as its own."""
    own = (form.attributes.get("id") or "").strip()
    if not own:
        return []
    tied = tree.css(f'button[form="{_css_escape(own)}"], input[form="{_css_escape(own)}"]')[:_MAX_CONTROLS]
    # An input without a type is a text field, a button without one a submit button.
    kinds = [(node.attributes.get("type") or ("submit" if node.tag == "button" else "text")) for node in tied]
    return [node for node, kind in zip(tied, kinds, strict=True) if kind.strip().lower() in ("submit", "image")]


def _submit_buttons(form: LexborNode) -> list[LexborNode]:
    return [
        node
        for node in form.css("button, input[type]")[:_MAX_CONTROLS]
        if (node.attributes.get("type") or "submit").strip().lower() in ("submit", "image")
    ]


def _signs_in_button(node: LexborNode) -> bool:
    attrs = node.attributes
    said = [node.text(separator=" "), attrs.get("value") or "", attrs.get("name") or "", attrs.get("id") or ""]
    return _SIGN_IN.search(" ".join(said)) is not None


def _with_meta_token(form: LoginForm, tree: LexborHTMLParser) -> LoginForm:
    # Laravel's layout carries the token for its JavaScript; Yii and Rails name the field too.
    # CodeIgniter 4's ``csrf_meta()`` names the meta after its header, its field is ``csrf_test_name``.
    token, param = _meta(tree, "csrf-token"), _meta(tree, "csrf-param") or _LARAVEL_CSRF_FIELD
    if not token:
        token, param = _meta(tree, "X-CSRF-TOKEN"), _CODEIGNITER_CSRF_FIELD
    if not token:
        return _with_spring_token(form, tree)
    # A form holding the token under its own name (CakePHP's ``_csrfToken``) gets no other field:
    # CakePHP's form protection refuses a field its ``_Token[fields]`` does not list.
    held = any(name == param or value == token for name, value in form.fields)
    fields = form.fields if held else (*form.fields, (param, token))
    return replace(form, fields=fields, headers=((_META_CSRF_HEADER, token),))


def _with_spring_token(form: LoginForm, tree: LexborHTMLParser) -> LoginForm:
    """Return ``form`` with the token of Spring Security's layout (``<meta name="_csrf">``) in the header its
    ``<meta name="_csrf_header">`` names, as its script sends it, where the form holds no token of its own: Spring
    reads that header before the ``_csrf`` field. An ``XSRF-TOKEN`` cookie's raw token still wins the header
    (``csrf_headers``)."""
    token = _meta(tree, "_csrf")
    if not token or any(_TOKEN_FIELD.search(name) for name, _ in form.fields):
        return form
    return replace(form, headers=((_meta(tree, "_csrf_header") or _META_CSRF_HEADER, token),))


def _meta(tree: LexborHTMLParser, name: str) -> str:
    node = tree.css_first(f'meta[name="{name}"][content]')
    return (node.attributes.get("content") or "").strip() if node is not None else ""


def _field(root: LexborNode | LexborHTMLParser, name: str) -> LexborNode | None:
    """Return the field named ``name``, else one named so in another case ("nip" for a configured "NIP"),
    else the named field whose id it is: the registry may hold an ASP.NET field's id (``MainContent_txtUserName``),
    which the browser's inspector shows, for its name (``ctl00$MainContent$txtUserName``)."""
    found = root.css_first(f'input[name="{_css_escape(name)}"]')
    if found is not None:
        return found
    wanted = name.lower()
    named = root.css("input[name]")[:_MAX_FIELDS]
    return next((node for node in named if _name(node).lower() == wanted), None) or next(
        (node for node in named if node.attributes.get("id") == name and _name(node)), None
    )


def _spelled(form: LexborNode, name: str) -> str:
    """Return the name of the form's field ``name`` as the form spells it, for the server to read it; "" where the
    form has none."""
    node = _field(form, name)
    return _name(node) if node is not None else ""


def _only_typed(form: LexborNode) -> str:
    """Return the name of the one field a login form asks to type beside its password, where the registry names
    another ("username" for a form asking ``email``): the Pelaksana types the username there; "" where there are
    several or none. Not on a two-step login's password page: its one other field asks something else."""
    typed = [node for node in form.css(_TYPED)[:_MAX_FIELDS] if _name(node) and _shown(node)]
    return _name(typed[0]) if len(typed) == 1 else ""


def _name(node: LexborNode) -> str:
    return node.attributes.get("name") or ""


def _value(node: LexborNode) -> str:
    if node.tag == "textarea":
        return node.text() or ""
    if node.tag == "select":
        # A first option of no value is a prompt ("-- Pilih Tahun Anggaran --"): the Pelaksana picks one.
        options = node.css("option")[:_MAX_CONTROLS]
        # A prompt may be the selected one too ("<option value='' selected disabled>"): the Pelaksana picks one.
        picked = [o for o in node.css("option[selected]")[:_MAX_CONTROLS] if _option_value(o)]
        chosen = next(iter(picked), None) or next(filter(_option_value, options), None)
        return _option_value(chosen) if chosen is not None else ""
    return node.attributes.get("value") or ""


def _this_year(select: LexborNode, html: str, today: date | None) -> str:
    """Return the year to post where a select offers years only ("Tahun Anggaran" of SIPD, SIMDA) and none is
    selected, as the browser does: the year the page's script gives it (``.value = new Date().getFullYear()``,
    ``$("#tahun").val("2025")``); else, under a prompt ("-- Pilih Tahun Anggaran --"), the check's year (``today``,
    Bekasi's), the one worked in. Empty for the list's first, which the browser posts without a prompt
    (e-Budgeting's next year, in December), for a script's choice not read here (``getFullYear() + 1``) and without
    ``today``. Never a disabled option ("2026 (dikunci)"), which the Pelaksana cannot pick."""
    options = select.css("option")[:_MAX_CONTROLS]
    if not options or any(_option_value(option) for option in options if "selected" in option.attributes):
        return ""
    prompted = _prompts(options[0])
    values = [value for value in map(_option_value, options[1 if prompted else 0 :]) if value]
    if not values or not all(_YEAR.fullmatch(value) for value in values):
        return ""
    this_year = str(today.year) if today is not None else ""
    shown = [_option_value(option) for option in options if "disabled" not in option.attributes]
    scripted = _scripted_year(select, html, this_year)
    if scripted is not None:
        return scripted if scripted in shown else ""
    return this_year if prompted and this_year in shown else ""


def _prompts(option: LexborNode) -> bool:
    """Tell whether a select's first option asks to choose: an empty value, or "Pilih …"/"-- … --" as its text."""
    return not _option_value(option) or _PROMPT.search(" ".join(option.text().split())) is not None


def _scripted_year(select: LexborNode, html: str, this_year: str) -> str | None:
    """Return the year the page's script sets the select to (``….value = new Date().getFullYear()``,
    ``$('#tahun').val('2025')``), empty for one not read here (``getFullYear() + 1``, a variable), None where no
    script sets it. Read only for a select of years none of which is selected, a few per login page."""
    keys = [select.attributes.get(name) or "" for name in ("id", "name")]
    for key in filter(None, keys):
        found = re.search(re.escape(key) + _SETS_VALUE, html)
        if found is not None:
            literal = _SET_LITERAL.match(found[1])
            if literal:
                return literal[1]
            return this_year if _SET_THIS_YEAR.match(found[1]) else ""
    return None


def _option_value(option: LexborNode) -> str:
    value = option.attributes.get("value")
    return " ".join(option.text().split()) if value is None else value


def _same_path(expected: str, actual: str) -> bool:
    """Tell whether ``actual`` is the page ``expected``: its path, and where ``expected`` routes by
    its query (Yii's ``index.php?r=site/login``, ``index.php?page=login``), the same route."""
    want, got = urlsplit(expected), urlsplit(actual)
    if want.path.rstrip("/") != got.path.rstrip("/") or (want.netloc and want.netloc != got.netloc):
        return False
    asked = dict(parse_qsl(got.query))
    return all(asked.get(name) == value for name, value in parse_qsl(want.query) if _LOGIN_ROUTE.search(value))


def _css_escape(name: str) -> str:
    return name.replace("\\", "\\\\").replace('"', '\\"')
