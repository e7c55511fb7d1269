"""Logging into an application as the Pelaksana does: read the form, fill it, submit, judge.

The session's cookie jar carries the framework's session and CSRF cookies from the login page
to the submission and through its redirects, as a browser's does.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any
from urllib.parse import urlencode, urlsplit

import httpx

from pantau_common.registry.model import LoginSpec
from pantau_common.secrets import SecretUnavailableError, read_secret
from pantau_contracts.status import LoginResult

from .core import login
from .http import FetchError, FetchResult, Session


async def log_in(session: Session, spec: LoginSpec, secret_env: Mapping[str, str]) -> LoginResult:
    """Log in with the referenced credentials and return whether it worked."""
    try:
        username = read_secret(spec.username_secret, secret_env)
        password = read_secret(spec.password_secret, secret_env)
    except SecretUnavailableError as exc:
        return LoginResult("gagal", str(exc))
    try:
        page = await session.fetch(spec.url)
        form = login.find_form(page.text(), page.final_url, spec)
    except FetchError as exc:
        return LoginResult("gagal", f"halaman login: {exc.detail}")
    except login.LoginFormMissingError as exc:
        return LoginResult("gagal", str(exc))
    try:
        answer = await _submit(session, page, form, login.submission(form, spec, username, password))
        answer = await _followed_script(session, answer)
    except FetchError as exc:
        # Only the kind: the detail of a failed submission may quote the credentials.
        return LoginResult("gagal", f"mengirim formulir login gagal ({exc.kind})")
    return login.decide(spec, _answer(answer, (page.final_url, form.action), username))


async def _followed_script(session: Session, answer: FetchResult) -> FetchResult:
    """Follow a script-only answer where it sends the browser, as a redirect: the landing page."""
    target = login.script_redirect(answer.text(), answer.final_url) if answer.status < 400 else None
    if target is None:
        return answer
    landing = await session.fetch(target)
    return replace(landing, redirects=(*answer.redirects, answer.final_url, *landing.redirects))


async def _submit(
    session: Session, page: FetchResult, form: login.LoginForm, pairs: list[tuple[str, str]]
) -> FetchResult:
    fields = _as_form_data(pairs)
    headers = {
        "Referer": page.final_url,
        "Origin": "{0.scheme}://{0.netloc}".format(urlsplit(page.final_url)),
        **login.csrf_headers(form, _cookies_for(session, form.action)),
    }
    if form.method == "get":
        return await session.fetch(form.action + "?" + urlencode(fields, doseq=True), headers=headers)
    return await session.fetch(form.action, method="POST", data=fields, headers=headers)


def _answer(result: FetchResult, login_urls: tuple[str, str], username: str) -> login.Answer:
    return login.Answer(
        result.status, result.final_url, result.text(), bool(result.redirects), login_urls, username=username
    )


def _cookies_for(session: Session, url: str) -> dict[str, str]:
    """Return the cookies the session would send to ``url`` (its domain, path and scheme)."""
    probe = httpx.Request("POST", url)
    session.client.cookies.set_cookie_header(probe)
    pairs = (part.strip().split("=", 1) for part in probe.headers.get("cookie", "").split(";"))
    return {pair[0]: pair[1] for pair in pairs if len(pair) == 2}


def _as_form_data(pairs: list[tuple[str, str]]) -> dict[str, Any]:
    data: dict[str, Any] = {}
    for name, value in pairs:
        if name in data:
            data[name] = [*(data[name] if isinstance(data[name], list) else [data[name]]), value]
        else:
            data[name] = value
    return data
