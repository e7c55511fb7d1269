"""Whole checks of the pages a blind sweep found misread (session 38, ``blind_pages_s38``).

Real HTTP servers on 127.0.0.1, no marker configured.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest
from blind_pages_s38 import (
    HOME,
    LOGIN_REGISTER,
    SAMPLE_POST,
    SPRING_REFUSAL,
    laravel_welcome_with_auth,
    spring_security,
    wordpress_sample_in_theme,
)
from checker_servers import FakeSite, Reply, make_checker
from login_apps_s37 import PASSWORD, USER
from login_checks import WRONG, Secret, assert_logged_in, refusal

from pantau_common.registry.model import AppSpec
from pantau_contracts.status import ApplicationChecked

HOST = "siparkir.dishub.bekasikota.go.id"


def check(site: FakeSite, secret: Secret, password: str = PASSWORD) -> ApplicationChecked:
    login = {
        "url": f"http://{HOST}:{site.port}/login",
        "username_field": "username",
        "password_field": "password",
        "username_secret": secret(USER),
        "password_secret": secret(password),
    }
    spec = AppSpec(
        id="siparkir", pd_id="dishub", nama="SI-PARKIR", url=f"http://{HOST}:{site.port}/", config={"login": login}
    )
    return asyncio.run(make_checker(site.port).check(spec))


@pytest.mark.parametrize("header", ["X-CSRF-TOKEN", "X-XSRF-TOKEN"])
def test_spring_securitys_token_in_its_metas_is_sent_and_the_right_password_logs_in(
    site: FakeSite, secret: Secret, header: str
) -> None:
    app = spring_security(header)
    app.install(site)
    assert_logged_in(check(site, secret))
    assert app.took == ["header"]


def test_spring_security_with_a_wrong_password_is_login_gagal_with_its_message(site: FakeSite, secret: Secret) -> None:
    app = spring_security()
    app.install(site)
    assert refusal(check(site, secret, WRONG)) == f"pesan gagal login tampil: \u201c{SPRING_REFUSAL.lower()[:-1]}\u201d"


@pytest.mark.parametrize("links", [LOGIN_REGISTER, HOME], ids=["login-register", "home"])
def test_laravels_welcome_with_the_auth_scaffoldings_links_is_halaman_bawaan(site: FakeSite, links: str) -> None:
    site.route("*", "/", Reply(200, laravel_welcome_with_auth(links)))
    spec = AppSpec(id="simbg", pd_id="dpupr", nama="SIMBG", url=f"http://simbg.bekasikota.go.id:{site.port}/")
    event = asyncio.run(make_checker(site.port).check(spec))
    assert (event.availability, event.reason, event.content.result) == (
        "tidak_aktif",
        "halaman_bawaan",
        "tidak_diketahui",
    )
    assert "Laravel Docs Laracasts" in (event.reason_detail or "")


def wib_now() -> datetime:
    return datetime.now(UTC) + timedelta(hours=7)


def check_home(site: FakeSite) -> ApplicationChecked:
    spec = AppSpec(
        id="dinkes-web", pd_id="dinkes", nama="Website Dinkes", url=f"http://dinkes.bekasikota.go.id:{site.port}/"
    )
    return asyncio.run(make_checker(site.port).check(spec))


@pytest.mark.parametrize("locale", ["id", "en"])
def test_wordpress_sample_post_alone_in_a_departments_theme_is_halaman_bawaan_not_update(
    site: FakeSite, locale: str
) -> None:
    site.route("*", "/", Reply(200, wordpress_sample_in_theme(wib_now(), locale)))
    event = check_home(site)
    assert (event.availability, event.reason, event.content.result) == (
        "tidak_aktif",
        "halaman_bawaan",
        "tidak_diketahui",
    )
    assert SAMPLE_POST[locale][1][:30] in (event.reason_detail or "")


def test_wordpress_sample_post_below_the_departments_news_is_the_site(site: FakeSite) -> None:
    site.route("*", "/", Reply(200, wordpress_sample_in_theme(wib_now(), news=True)))
    event = check_home(site)
    assert (event.availability, event.reason, event.content.result) == ("aktif", None, "update")
