"""Whole checks logging into department applications whose login the checker misread.

Real HTTP servers on 127.0.0.1 (``login_apps_s27``); no success or failure marker is configured, so the
verdict is what the checker reads in the answers, as the Pelaksana would: the right password logs in
(berhasil), a wrong one is refused (gagal) with the reason the app gave.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

import pytest
from checker_servers import FakeSite, make_checker
from login_apps_s27 import (
    PASSWORD,
    Ci3CookieTokenApp,
    Ci4MetaTokenApp,
    FirstLoginApp,
    GuestLogoutApp,
    HashedPasswordApp,
    JsonLoginApp,
    LockNoticeApp,
    PageRoutedApp,
    PasswordModalApp,
    RenderedDashboardApp,
    YiiBackendApp,
    YiiBasicApp,
)
from login_checks import WRONG, Secret, assert_logged_in, posts, refusal

from pantau_checker.probe import now_utc
from pantau_common.registry.model import AppSpec
from pantau_contracts.codec import to_jsonable
from pantau_contracts.status import ApplicationChecked


class App(Protocol):
    def install(self, site: FakeSite) -> None: ...


def check(
    site: FakeSite,
    host: str,
    path: str,
    fields: tuple[str, str],
    password: str = "",
    clock: Callable[[], datetime] = now_utc,
) -> ApplicationChecked:
    login = {
        "url": f"http://{host}:{site.port}{path}",
        "username_field": fields[0],
        "password_field": fields[1],
        "username_secret": "env:PANTAU_APP_SECRET_DEMO_USER",
        "password_secret": password or "env:PANTAU_APP_SECRET_DEMO_PASS",
    }
    spec = AppSpec(
        id="aplikasi", pd_id="pd", nama="Aplikasi", url=f"http://{host}:{site.port}/", config={"login": login}
    )
    return asyncio.run(make_checker(site.port, clock=clock).check(spec))


FIELDS = ("username", "password")
YII_FIELDS = ("LoginForm[username]", "LoginForm[password]")
SAID = "pesan gagal login tampil: “username atau password salah”"
JSON_REFUSED = "jawaban JSON formulir login menyatakan login gagal"


@dataclass(frozen=True)
class Case:
    """An app, where its login is, and what the checker says of a wrong password there."""

    app: Callable[[], App]
    host: str
    path: str
    fields: tuple[str, str]
    refused: str  # the reason of the wrong password's gagal


CASES = {
    # A logout on the login page proves nothing: the refusal that follows wins.
    "logout-modal-on-login-page": Case(
        lambda: GuestLogoutApp(shown="modal"), "simas.bekasikota.go.id", "/login", FIELDS, SAID
    ),
    "logout-modal-on-login-page-silent": Case(
        lambda: GuestLogoutApp(shown="modal", failure="silent"),
        "simas.bekasikota.go.id",
        "/login",
        FIELDS,
        "formulir login masih tampil setelah dikirim",
    ),
    "keluar-in-the-guests-navbar": Case(
        lambda: GuestLogoutApp(shown="navbar"), "simas.bekasikota.go.id", "/login", FIELDS, SAID
    ),
    # Yii2 and plain PHP routed by the query: the route is the page, not /index.php.
    "yii-basic-lands-on-index-php": Case(
        YiiBasicApp, "sibansos.bekasikota.go.id", "/index.php?r=site%2Flogin", YII_FIELDS, SAID
    ),
    "yii-backend-lands-on-site-index": Case(
        YiiBackendApp, "siaset.bekasikota.go.id", "/index.php?r=site%2Flogin", YII_FIELDS, SAID
    ),
    "php-page-param": Case(PageRoutedApp, "sirup-perkimtan.bekasikota.go.id", "/index.php?page=login", FIELDS, SAID),
    # The dashboard in the answer to the post, a "#" link beside the username.
    "dashboard-rendered-in-the-post-answer": Case(
        RenderedDashboardApp, "eabsensi.bekasikota.go.id", "/login.php", FIELDS, SAID
    ),
    # Logged-in pages asking passwords, an icon-only logout, a help card on locking.
    "ubah-password-modal-and-logout-icon": Case(
        PasswordModalApp, "simda-keuangan.bekasikota.go.id", "/login", FIELDS, SAID
    ),
    "first-login-changes-the-default-password": Case(
        FirstLoginApp, "eretribusi.bekasikota.go.id", "/login", FIELDS, SAID
    ),
    "lock-notice-on-the-dashboard": Case(LockNoticeApp, "simak-bmd.bekasikota.go.id", "/login", FIELDS, SAID),
    # CodeIgniter's tokens given to the page's scripts.
    "ci4-csrf-meta-header": Case(
        Ci4MetaTokenApp,
        "simpel-dlh.bekasikota.go.id",
        "/login",
        FIELDS,
        "pesan gagal login tampil: “password yang anda masukkan salah”",
    ),
    "ci3-csrf-cookie-only": Case(Ci3CookieTokenApp, "simperda.bekasikota.go.id", "/auth/login", FIELDS, SAID),
    # JSON answers: a relative address, and refusals without a message or under HTTP 200.
    "json-login-flag-relative-redirect": Case(
        lambda: JsonLoginApp(shape="flag"), "siperlin.bekasikota.go.id", "/login", FIELDS, JSON_REFUSED
    ),
    "json-code-401-under-http-200": Case(
        lambda: JsonLoginApp(shape="code"), "siperlin.bekasikota.go.id", "/login", FIELDS, JSON_REFUSED
    ),
}


@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_the_right_password_is_logged_in(site: FakeSite, case: Case) -> None:
    case.app().install(site)
    assert_logged_in(check(site, case.host, case.path, case.fields))
    assert len(posts(site)) == 1


@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_a_wrong_password_is_login_gagal_with_its_reason(site: FakeSite, secret: Secret, case: Case) -> None:
    case.app().install(site)
    assert refusal(check(site, case.host, case.path, case.fields, secret(WRONG))) == case.refused
    assert len(posts(site)) == 1


# --- what the posts carry --------------------------------------------------------------------------------


def test_codeigniter_4s_meta_token_is_sent_as_its_header_and_field(site: FakeSite) -> None:
    Ci4MetaTokenApp().install(site)
    assert_logged_in(check(site, "simpel-dlh.bekasikota.go.id", "/login", FIELDS))
    (post,) = posts(site)
    assert post.headers["X-CSRF-TOKEN"] and post.form["csrf_test_name"] == [post.headers["X-CSRF-TOKEN"]]
    assert "_token" not in post.form


def test_codeigniter_3s_cookie_token_is_copied_into_its_field(site: FakeSite) -> None:
    Ci3CookieTokenApp().install(site)
    assert_logged_in(check(site, "simperda.bekasikota.go.id", "/auth/login", FIELDS))
    (post,) = posts(site)
    assert post.form["csrf_test_name"] == [post.cookies["csrf_cookie_name"]]


def test_a_json_answers_relative_address_is_the_login_pages_not_the_endpoints(site: FakeSite) -> None:
    JsonLoginApp(shape="flag").install(site)
    assert_logged_in(check(site, "siperlin.bekasikota.go.id", "/login", FIELDS))
    (post,) = posts(site)
    after = [r.path for r in site.requests[site.requests.index(post) + 1 :]]
    assert after[0] == "/home" and "/login/home" not in after


# --- a password hashed by the page's script ---------------------------------------------------------------


@pytest.mark.parametrize("wrong", [False, True], ids=["right-password", "wrong-password"])
def test_a_password_md5_hashed_on_submit_is_not_checked_and_not_posted(
    site: FakeSite, secret: Secret, wrong: bool
) -> None:
    app = HashedPasswordApp()
    app.install(site)
    event = check(site, "simpas.bekasikota.go.id", "/login", FIELDS, secret(WRONG) if wrong else "")
    assert (event.availability, event.reason, event.login.result) == ("aktif", None, "tidak_dapat_diperiksa")
    assert event.login.reason is not None and "hash" in event.login.reason
    assert app.posts == 0 and not posts(site)
    assert PASSWORD not in json.dumps(to_jsonable(event))
