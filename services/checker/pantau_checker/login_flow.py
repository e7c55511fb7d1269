"""Logging into an application as the Pelaksana does: read the form, fill it, submit, judge.

The session's cookie jar carries the framework's session and CSRF cookies from the login page
to the submission and through its redirects, as a browser's does. A two-step login (the username
on one page, the password on the next) is sent step by step. A login no posted form can do is not
attempted and is "tidak_dapat_diperiksa": a CAPTCHA, a form only a script sends (Livewire, a
single-page app, jQuery's ``$.ajax``), a one-time code, another site's account (SSO, Google), a form
posting to another host (no credentials leave the site that asks them), or a bot challenge or a
firewall's block in the application's place, on the login page or in answer to the form: nothing
is posted into a challenge, and a WAF rule on the login's path is not the application's refusal.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any
from urllib.parse import urlencode, urlsplit

import httpx

from pantau_common.registry.model import LoginSpec
from pantau_common.secrets import AppSecrets, SecretRefusedError, SecretUnavailableError
from pantau_contracts.status import LoginResult

from .core import login
from .http import FetchError, FetchResult, Session

_MAX_SENT_ON = 3  # a root's refresh to the application's folder, its controller's script to the login page


async def log_in(session: Session, spec: LoginSpec, secrets: AppSecrets, today: date) -> LoginResult:
    """Log in with the referenced credentials and return whether it worked; ``today`` is the check's day in Bekasi
    (the year a select of years is set to). Only an application's secrets are read: a reference to another is
    not attempted, nothing is fetched."""
    credentials = _credentials(spec, secrets)
    if isinstance(credentials, LoginResult):
        return credentials
    try:
        page = await _to_the_form(session, await session.fetch(spec.url))
    except FetchError as exc:
        return LoginResult("gagal", f"halaman login: {exc.explanation}")
    try:
        return await _through_the_forms(session, spec, page, credentials, today)
    except login.LoginFormMissingError as exc:
        return LoginResult("gagal", str(exc))
    except login.LoginNotAutomatableError as exc:
        return LoginResult("tidak_dapat_diperiksa", str(exc))
    except FetchError as exc:
        # Only the kind: the detail of a failed submission may quote the credentials.
        return LoginResult("gagal", f"mengirim formulir login gagal ({exc.kind})")


def _credentials(spec: LoginSpec, secrets: AppSecrets) -> tuple[str, str] | LoginResult:
    """Read the login's username and password, or say why the login cannot be tried."""
    try:
        return secrets.read(spec.username_secret), secrets.read(spec.password_secret)
    except SecretRefusedError:
        return LoginResult("tidak_dapat_diperiksa", "rujukan rahasia login berada di luar tempat rahasia aplikasi")
    except SecretUnavailableError as exc:
        return LoginResult("gagal", str(exc))


async def _to_the_form(session: Session, page: FetchResult) -> FetchResult:
    """Follow a login address that is a page sending the browser on, without a form (an old ``index.html``
    refreshing to the application's folder, a controller's script-only redirect), to the page it sends to on the
    same site: the registry has the address the department gave, the form may be a step or two further."""
    for _ in range(_MAX_SENT_ON):
        landing = await _followed(session, page)
        if landing is page:
            break
        page = landing
    return page


async def _through_the_forms(
    session: Session, spec: LoginSpec, page: FetchResult, credentials: tuple[str, str], today: date
) -> LoginResult:
    """Send the login form (first the username's, in a two-step login) and judge the answer."""
    username = credentials[0]
    _refuse_protection(login.ON_LOGIN_PAGE, page)
    form = login.find_form(page.text(), page.final_url, spec, status=page.status, today=today)
    login_urls: tuple[str, ...] = (page.final_url, form.action)
    shown = login.logouts(page.text())  # a layout's logout on the login page too
    if not form.asks_password:
        page = await _send(session, page, form, login.submission(form, spec, *credentials))
        try:
            form = login.find_form(
                page.text(), page.final_url, spec, password_only=True, status=page.status, today=today
            )
        except login.LoginFormMissingError:
            return login.decide_username_step(_answer(page, login_urls, username))
        login_urls = (*login_urls, page.final_url, form.action)
        shown |= login.logouts(page.text())
    answer = await _send(session, page, form, login.submission(form, spec, *credentials))
    return login.decide(spec, replace(_answer(answer, login_urls, username), logouts_before=shown))


async def _send(
    session: Session, page: FetchResult, form: login.LoginForm, pairs: list[tuple[str, str]]
) -> FetchResult:
    """Submit the form and follow where its answer sends the browser, unless a protection answered."""
    answer = await _submit(session, page, form, pairs)
    _refuse_protection(login.ON_ANSWER, answer)
    landing = await _followed(session, answer, page.final_url)
    if landing is not answer:
        _refuse_protection(login.ON_ANSWER, landing)
    return landing


def _refuse_protection(where: str, result: FetchResult) -> None:
    login.refuse_protection(where, result.status, result.headers, result.body)


async def _followed(session: Session, answer: FetchResult, page_url: str | None = None) -> FetchResult:
    """Follow an answer that is a script, refreshes or is JSON naming a page, where it sends the browser.
    A JSON answer's address is the form's page's script's to follow: relative to that page (``page_url``)."""
    if answer.status >= 400:
        return answer
    target = login.script_redirect(answer.text(), answer.final_url, answer.headers.get("refresh", ""), page_url)
    if target is None:
        return answer
    landing = await session.fetch(target)
    return replace(landing, redirects=(*answer.redirects, answer.final_url, *landing.redirects))


async def _submit(
    session: Session, page: FetchResult, form: login.LoginForm, pairs: list[tuple[str, str]]
) -> FetchResult:
    cookies = _cookies_for(session, form.action)
    fields = _as_form_data(pairs + login.csrf_fields(form, cookies))
    headers = {
        "Referer": page.final_url,
        "Origin": "{0.scheme}://{0.netloc}".format(urlsplit(page.final_url)),
        **login.csrf_headers(form, cookies),
    }
    if form.method == "get":
        return await session.fetch(form.action + "?" + urlencode(fields, doseq=True), headers=headers)
    return await session.fetch(form.action, method="POST", data=fields, headers=headers)


def _answer(result: FetchResult, login_urls: tuple[str, ...], username: str) -> login.Answer:
    return login.Answer(
        result.status, result.final_url, result.text(), bool(result.redirects), login_urls, username=username
    )


def _cookies_for(session: Session, url: str) -> dict[str, str]:
    """Return the cookies the session would send to ``url`` (its domain, path and scheme)."""
    probe = httpx.Request("POST", url)
    session.cookies.set_cookie_header(probe)
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
