"""Form login: find the login form's fields and CSRF tokens, and decide the outcome.

A CSRF token comes as a hidden field of the form (CodeIgniter's ``csrf_test_name``, Django's
``csrfmiddlewaretoken``), as a ``<meta name="csrf-token">`` of the page (Laravel, Yii and Rails,
with ``csrf-param`` naming its field), or as a cookie that JavaScript copies into a header
(Laravel's and Angular's ``XSRF-TOKEN``, Django's ``csrftoken``). All that a page offers is sent.

The form goes as a browser sends it: with its default button's name and value (a PHP script that
logs in only ``if (isset($_POST['login']))``, ASP.NET's button event). An answer that is only a
script (``alert('Login berhasil'); window.location='admin/'``, as PHP without a framework
answers) is followed where the script sends the browser, unless it alerts a failure.

The outcome: configured markers decide first; then what the answer to the posted form shows. A
failure message (in the page, or alerted by a script-only answer), or the password field still
there, is a failure (a message outweighs the user's name: "Akun pelaksana diblokir"); the user's
name or configured display name on the page is a success, even where a configured success marker
is missing; a redirect back to the login page is a failure; and, when no success marker is
configured, a redirect away from it to a page without the password field (a SPA's shell) is a
success.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from urllib.parse import unquote, urljoin, urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from pantau_common.registry.model import LoginSpec
from pantau_contracts.status import LoginResult

from .page import parse_page

# What login pages say when the credentials are refused, in lower case; the first found is named.
FAILURE_MESSAGES = (
    "username atau password salah",
    "nama pengguna atau kata sandi salah",
    "email atau password salah",
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
)
# Cookies whose value the framework's JavaScript sends back in a header.
_CSRF_COOKIES = {"XSRF-TOKEN": "X-XSRF-TOKEN", "csrftoken": "X-CSRFToken"}
_LARAVEL_CSRF_FIELD = "_token"
_BACK_AT_LOGIN = "dialihkan kembali ke halaman login"
# An answer with fewer visible characters than this is a script's, not a page: its alert speaks.
_SCRIPT_ONLY = 300
_ALERT = re.compile(r"""\balert\s*\(\s*(["'`])(.{0,300}?)\1""", re.DOTALL)
_SCRIPT_REDIRECT = re.compile(
    r"""\blocation(?:\s*\.\s*href)?\s*=\s*(["'])([^"'\s]{1,500})\1|"""
    r"""\blocation\s*\.\s*(?:replace|assign)\s*\(\s*(["'])([^"'\s]{1,500})\3"""
)


@dataclass(frozen=True)
class LoginForm:
    action: str
    method: str
    fields: tuple[tuple[str, str], ...]  # every named field with its value, credentials excluded
    headers: tuple[tuple[str, str], ...] = ()  # the page's meta CSRF token, as JavaScript sends it


@dataclass(frozen=True)
class Answer:
    """The answer to the posted form, after its redirects."""

    status: int
    final_url: str
    body: str
    redirected: bool = False
    login_urls: tuple[str, ...] = ()  # the login page and the form's action: where a refusal leads back
    username: str = field(default="", repr=False)  # looked for on the landing page, never reported


class LoginFormMissingError(ValueError):
    """The login page has no form with the configured password field."""


def find_form(html: str, page_url: str, spec: LoginSpec) -> LoginForm:
    """Return the form holding the password field, with its other fields and the page's token."""
    tree = LexborHTMLParser(html)
    for form in tree.css("form"):
        if _field(form, spec.password_field) is not None:
            return _with_meta_token(_form(form, page_url, spec), tree)
    raise LoginFormMissingError(f"tidak ada formulir dengan kolom {spec.password_field!r}")


def script_redirect(body: str, url: str) -> str | None:
    """Return where a script-only answer sends the browser (``window.location = '…'``) on the same
    site, unless it alerts a failure first; None for a page (a form, or text to read), or a script
    that sends nowhere."""
    tree = LexborHTMLParser(body)
    if tree.css_first("form") is not None or _alerted_failure(body):
        return None
    if len(parse_page(body, url).visible_text) > _SCRIPT_ONLY:
        return None
    found = _SCRIPT_REDIRECT.search(body)
    if found is None:
        return None
    target = urljoin(url, found[2] or found[4])
    here, there = urlsplit(url), urlsplit(target)
    return target if (there.scheme, there.netloc) == (here.scheme, here.netloc) else None


def _alerted_failure(body: str) -> str | None:
    alerts = (m[2].lower() for m in _ALERT.finditer(body[:20_000]))
    return next((message for alert in alerts for message in FAILURE_MESSAGES if message in alert), None)


def submission(form: LoginForm, spec: LoginSpec, username: str, password: str) -> list[tuple[str, str]]:
    """Return the fields to post: the form's own fields plus the credentials."""
    return [*form.fields, (spec.username_field, username), (spec.password_field, password)]


def csrf_headers(form: LoginForm, cookies: Mapping[str, str]) -> dict[str, str]:
    """Return the CSRF headers to send: the page's meta token and the tokens of CSRF cookies."""
    headers = dict(form.headers)
    for cookie, header in _CSRF_COOKIES.items():
        if cookies.get(cookie):
            headers[header] = unquote(cookies[cookie])
    return headers


def decide(spec: LoginSpec, answer: Answer) -> LoginResult:
    """Decide the login outcome: configured markers first, then what the landing page shows."""
    if answer.status >= 400:
        return LoginResult("gagal", _http_reason(answer.status))
    body = answer.body.lower()
    if spec.failure_marker and spec.failure_marker.lower() in body:
        return LoginResult("gagal", "penanda gagal ditemukan")
    if spec.success_url and _same_path(spec.success_url, answer.final_url):
        return LoginResult("berhasil")
    if spec.success_marker and spec.success_marker.lower() in body:
        return LoginResult("berhasil")
    return _by_landing_page(spec, answer)


def _by_landing_page(spec: LoginSpec, answer: Answer) -> LoginResult:
    text = parse_page(answer.body, answer.final_url).visible_text.lower()
    refusal = _refusal(spec, answer, text)
    if refusal:
        return LoginResult("gagal", refusal)
    if _shows_user(text, (answer.username, spec.display_name or "")):
        return LoginResult("berhasil")
    return _by_redirect(spec, answer)


def _refusal(spec: LoginSpec, answer: Answer, text: str) -> str | None:
    message = next((m for m in FAILURE_MESSAGES if m in text), None)
    if message is None and len(text) <= _SCRIPT_ONLY:
        message = _alerted_failure(answer.body)
    if message:
        return f"pesan gagal login tampil: “{message}”"
    if _field(LexborHTMLParser(answer.body), spec.password_field) is not None:
        return _BACK_AT_LOGIN if _back_at_login(answer) else "formulir login masih tampil setelah dikirim"
    return None


def _by_redirect(spec: LoginSpec, answer: Answer) -> LoginResult:
    # Checked after the user's name: an app whose login page is its root lands there again.
    if _back_at_login(answer):
        return LoginResult("gagal", _BACK_AT_LOGIN)
    configured = bool(spec.success_marker or spec.success_url)
    if answer.redirected and not configured:
        return LoginResult("berhasil")
    if configured:
        return LoginResult("gagal", "penanda berhasil tidak ditemukan")
    return LoginResult("gagal", "tidak ada tanda login berhasil: nama pengguna tidak tampil dan tidak dialihkan")


def _back_at_login(answer: Answer) -> bool:
    return answer.redirected and any(_same_path(url, answer.final_url) for url in answer.login_urls)


def _shows_user(text: str, names: tuple[str, ...]) -> bool:
    return any(name.strip() and re.search(rf"(?<!\w){re.escape(name.strip().lower())}(?!\w)", text) for name in names)


def _http_reason(status: int) -> str:
    if status == 419:  # Laravel's "Page Expired": the CSRF token or the session was refused
        return "HTTP 419 setelah mengirim formulir (token CSRF atau sesi ditolak)"
    return f"HTTP {status} setelah mengirim formulir"


def _form(form: LexborNode, page_url: str, spec: LoginSpec) -> LoginForm:
    action = urljoin(page_url, form.attributes.get("action") or page_url)
    method = (form.attributes.get("method") or "post").lower()
    skip = {spec.username_field, spec.password_field}
    fields = []
    for node in form.css("input[name], select[name], textarea[name]"):
        name = node.attributes.get("name") or ""
        kind = (node.attributes.get("type") or "text").lower()
        if name in skip or kind in ("submit", "button", "image", "file", "reset"):
            continue
        if kind in ("checkbox", "radio") and "checked" not in node.attributes:
            continue
        fields.append((name, _value(node)))
    return LoginForm(action, method, tuple(fields) + _default_button(form))


def _default_button(form: LexborNode) -> tuple[tuple[str, str], ...]:
    """Return what the form's default button (its first submit button) adds when it submits the form."""
    for node in form.css("button, input[type]"):
        kind = (node.attributes.get("type") or "submit").strip().lower()
        if kind not in ("submit", "image"):
            continue
        name = node.attributes.get("name") or ""
        if not name:
            return ()
        if kind == "image":
            return ((f"{name}.x", "0"), (f"{name}.y", "0"))
        return ((name, node.attributes.get("value") or ""),)
    return ()


def _with_meta_token(form: LoginForm, tree: LexborHTMLParser) -> LoginForm:
    # Laravel's layout carries the token for its JavaScript; Yii and Rails name the field too.
    token = _meta(tree, "csrf-token")
    if not token:
        return form
    param = _meta(tree, "csrf-param") or _LARAVEL_CSRF_FIELD
    fields = form.fields if any(name == param for name, _ in form.fields) else (*form.fields, (param, token))
    return replace(form, fields=fields, headers=(("X-CSRF-TOKEN", token),))


def _meta(tree: LexborHTMLParser, name: str) -> str:
    node = tree.css_first(f'meta[name="{name}"][content]')
    return (node.attributes.get("content") or "").strip() if node is not None else ""


def _field(root: LexborNode | LexborHTMLParser, name: str) -> LexborNode | None:
    return root.css_first(f'input[name="{_css_escape(name)}"]')


def _value(node: LexborNode) -> str:
    if node.tag == "textarea":
        return node.text() or ""
    if node.tag == "select":
        chosen = node.css_first("option[selected]") or node.css_first("option")
        return (chosen.attributes.get("value") or chosen.text()) if chosen is not None else ""
    return node.attributes.get("value") or ""


def _same_path(expected: str, actual: str) -> bool:
    want, got = urlsplit(expected), urlsplit(actual)
    return want.path.rstrip("/") == got.path.rstrip("/") and (not want.netloc or want.netloc == got.netloc)


def _css_escape(name: str) -> str:
    return name.replace("\\", "\\\\").replace('"', '\\"')
