"""A bot challenge or a firewall's block on the login only, through a whole check on 127.0.0.1.

The home page passes; a WAF rule or a challenge on ``/login``, on the posted form or on
``/admin`` answers in the application's place. The login is then ``tidak_dapat_diperiksa``, its
reason naming the vendor and what to allow, and the application stays aktif: the checker could not
see the login, which says nothing of it. No credentials are posted into a challenge. The
application's own refusals (a wrong password, nginx's own 403) stay a failed login.
"""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import blocked_pages as pages
import pytest
from blocked_pages import Shape
from checker_servers import FakeSite, Reply, Request, app_secret, make_checker
from login_apps import PASSWORD, LaravelApp, NativePhpApp
from vendor_pages import Site, department_page

from pantau_common.registry.model import AppSpec
from pantau_contracts.codec import to_jsonable
from pantau_contracts.status import ApplicationChecked

SIMPEG = "simpeg.bekasikota.go.id"
SIPAKAR = "sipakar.bekasikota.go.id"
ALLOW = "izinkan alamat IP dan user-agent pemeriksa Pantau"
# The portal in front of the Laravel app, behind Cloudflare, as BKPSDM's is.
HOME = Reply(
    200,
    department_page(Site(name="Badan Kepegawaian dan Pengembangan SDM Kota Bekasi")),
    {"Server": "cloudflare", "CF-RAY": "8e3f1b2c4d5a6970-CGK", "CF-Cache-Status": "DYNAMIC"},
)


def served(shape: Shape) -> Reply:
    return Reply(shape.status, shape.body, shape.headers)


def simpeg(site: FakeSite, login_get: Shape | None = None, login_post: Shape | None = None) -> None:
    """Install SIMPEG on Laravel behind the portal; a protection may answer the login's GET or POST."""
    app = LaravelApp()
    app.install(site)
    site.route(SIMPEG, "/", HOME)
    laravel = site.routes[("*", "/login")]

    def login(request: Request) -> Reply:
        shape = login_get if request.method == "GET" else login_post
        return served(shape) if shape is not None else laravel(request)

    site.route(SIMPEG, "/login", login)


def check(
    site: FakeSite,
    host: str,
    login_path: str,
    fields: tuple[str, str],
    password: str = "env:PANTAU_APP_SECRET_DEMO_PASS",
) -> ApplicationChecked:
    login = {
        "url": f"http://{host}:{site.port}{login_path}",
        "username_field": fields[0],
        "password_field": fields[1],
        "username_secret": "env:PANTAU_APP_SECRET_DEMO_USER",
        "password_secret": password,
    }
    app = AppSpec(
        id="aplikasi", pd_id="bkpsdm", nama="Aplikasi", url=f"http://{host}:{site.port}/", config={"login": login}
    )
    event: ApplicationChecked = asyncio.run(make_checker(site.port).check(app))
    return event


def check_simpeg(site: FakeSite, password: str = "env:PANTAU_APP_SECRET_DEMO_PASS") -> ApplicationChecked:
    return check(site, SIMPEG, "/login", ("username", "password"), password)


def assert_not_checkable(event: ApplicationChecked, where: str, shape: Shape) -> None:
    """Assert the app stays aktif and its login names the protection, its reference and what to allow."""
    assert (event.availability, event.reason, event.login.result) == ("aktif", None, "tidak_dapat_diperiksa")
    reason = event.login.reason or ""
    assert reason.startswith(f"{where} diblokir ") and shape.vendor is not None and shape.vendor in reason
    assert (shape.reference or "") in reason and ALLOW in reason
    assert PASSWORD not in json.dumps(to_jsonable(event))


@pytest.mark.parametrize(
    "shape",
    [
        pytest.param(s, id=s.id)
        for s in (
            pages.CLOUDFLARE_MANAGED,
            pages.CLOUDFLARE_BLOCKED,
            pages.SUCURI_CHALLENGE,
            pages.IMUNIFY360_CHALLENGE,
        )
    ],
)
def test_a_challenge_on_the_login_page_is_tidak_dapat_diperiksa_and_nothing_is_posted(
    site: FakeSite, shape: Shape
) -> None:
    simpeg(site, login_get=shape)
    event = check_simpeg(site)
    assert_not_checkable(event, "halaman login", shape)
    assert not [r for r in site.requests if r.method == "POST"]


@pytest.mark.parametrize(
    "shape",
    [
        pytest.param(s, id=s.id)
        for s in (pages.MODSECURITY_403, pages.MODSECURITY_406, pages.F5_ASM, pages.CLOUDFLARE_BLOCKED)
    ],
)
def test_a_firewalls_block_in_answer_to_the_posted_form_is_tidak_dapat_diperiksa(site: FakeSite, shape: Shape) -> None:
    simpeg(site, login_post=shape)
    assert_not_checkable(check_simpeg(site), "jawaban formulir login", shape)


def test_a_firewalls_block_where_the_login_sends_the_browser_is_tidak_dapat_diperiksa(site: FakeSite) -> None:
    # SIPAKAR's script answers "Login Berhasil!" and sends the browser to admin/, which a WAF rule refuses.
    NativePhpApp().install(site)
    site.route(SIPAKAR, "/admin/index.php", served(pages.IMUNIFY360_BLOCKED))
    event = check(site, SIPAKAR, "/index.php", ("user", "pass"))
    assert_not_checkable(event, "jawaban formulir login", pages.IMUNIFY360_BLOCKED)
    assert "/admin/index.php" in [r.path for r in site.requests]


# --- no false alarm: the application's own refusals stay a failed login ---------------------------


def test_a_wrong_password_behind_cloudflare_is_still_login_gagal(site: FakeSite, tmp_path: Path) -> None:
    simpeg(site)
    secret = app_secret("salah-sekali")
    event = check_simpeg(site, secret)
    assert (event.availability, event.reason, event.login.result) == ("tidak_aktif", "login_gagal", "gagal")
    assert event.login.reason == "pesan gagal login tampil: “identitas tersebut tidak cocok dengan data kami”"


def test_the_right_password_behind_cloudflare_still_logs_in(site: FakeSite) -> None:
    simpeg(site)
    event = check_simpeg(site)
    assert (event.availability, event.login.result, event.login.reason) == ("aktif", "berhasil", None)


def test_the_applications_own_403_to_the_posted_form_is_still_login_gagal(site: FakeSite) -> None:
    simpeg(site, login_post=pages.NGINX_403)
    event = check_simpeg(site)
    assert (event.availability, event.reason, event.login.result) == ("tidak_aktif", "login_gagal", "gagal")
    assert event.login.reason == "HTTP 403 setelah mengirim formulir"
