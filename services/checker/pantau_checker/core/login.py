"""Form login: find the login form's fields (hidden ones and CSRF tokens included) and decide
the outcome from the configured success and failure markers."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from pantau_common.registry.model import LoginSpec
from pantau_contracts.status import LoginResult


@dataclass(frozen=True)
class LoginForm:
    action: str
    method: str
    fields: tuple[tuple[str, str], ...]  # every named field with its value, credentials excluded


class LoginFormMissingError(ValueError):
    """The login page has no form with the configured password field."""


def find_form(html: str, page_url: str, spec: LoginSpec) -> LoginForm:
    """Return the form holding the password field, with its other fields pre-filled."""
    tree = LexborHTMLParser(html)
    for form in tree.css("form"):
        if form.css_first(f'input[name="{_css_escape(spec.password_field)}"]') is not None:
            return _form(form, page_url, spec)
    raise LoginFormMissingError(f"tidak ada formulir dengan kolom {spec.password_field!r}")


def submission(form: LoginForm, spec: LoginSpec, username: str, password: str) -> list[tuple[str, str]]:
    """Return the fields to post: the form's own fields plus the credentials."""
    return [*form.fields, (spec.username_field, username), (spec.password_field, password)]


def decide(spec: LoginSpec, status: int, final_url: str, body: str) -> LoginResult:
    """Decide the login outcome from the response to the posted form."""
    if status >= 400:
        return LoginResult("gagal", f"HTTP {status} setelah mengirim formulir")
    if spec.failure_marker and spec.failure_marker.lower() in body.lower():
        return LoginResult("gagal", "penanda gagal ditemukan")
    if spec.success_url and _same_path(spec.success_url, final_url):
        return LoginResult("berhasil")
    if spec.success_marker and spec.success_marker.lower() in body.lower():
        return LoginResult("berhasil")
    return LoginResult("gagal", "penanda berhasil tidak ditemukan")


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
    return LoginForm(action, method, tuple(fields))


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
