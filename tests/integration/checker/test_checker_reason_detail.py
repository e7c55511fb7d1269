"""A real check of a site that is down says why on its event, in plain Indonesian (127.0.0.1 only)."""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from checker_servers import FakeSite, Reply, app_secret, make_checker
from login_apps import PASSWORD, USER, LaravelApp
from stand_in_pages import NGINX
from vendor_pages import department_page, tanggal

from pantau_common.registry.model import AppSpec
from pantau_contracts.codec import to_jsonable
from pantau_contracts.status import ApplicationChecked

HOST = "disdik.bekasikota.go.id"


def check(site: FakeSite, scheme: str = "http", host: str = HOST, **config: Any) -> ApplicationChecked:
    spec = AppSpec(
        id="disdik-web", pd_id="disdik", nama="Website Disdik", url=f"{scheme}://{host}:{site.port}/", config=config
    )
    event: ApplicationChecked = asyncio.run(make_checker(site.port).check(spec))
    return event


def test_a_redirect_loop_says_where_it_turns(site: FakeSite) -> None:
    site.route("*", "/", Reply(302, "", {"Location": "/beranda"}))
    site.route("*", "/beranda", Reply(302, "", {"Location": "/id/beranda"}))
    site.route("*", "/id/beranda", Reply(302, "", {"Location": "/beranda"}))
    event = check(site)
    base = f"http://{HOST}:{site.port}"
    assert (event.reason, event.reason_detail) == (
        "terlalu_banyak_redirect",
        f"pengalihan berputar tanpa akhir: {base}/beranda → {base}/id/beranda → {base}/beranda",
    )


def test_a_server_error_says_its_status_and_the_json_line_carries_it(site: FakeSite) -> None:
    site.route("*", "/", Reply(503, department_page(), {"Retry-After": "120"}))
    event = check(site)
    assert (event.availability, event.reason, event.reason_detail) == ("tidak_aktif", "http_5xx", "HTTP 503")
    assert json.loads(json.dumps(to_jsonable(event)))["reason_detail"] == "HTTP 503"


def test_a_default_page_in_the_apps_place_quotes_its_title(site: FakeSite) -> None:
    site.route("*", "/", Reply(200, NGINX))
    event = check(site)
    assert event.reason == "halaman_bawaan"
    assert event.reason_detail is not None and event.reason_detail.endswith("“Welcome to nginx!”")


def test_an_up_site_carries_no_detail(site: FakeSite) -> None:
    site.route("*", "/", Reply(200, department_page()))
    event = check(site)
    assert (event.availability, event.reason_detail) == ("aktif", None)


def test_a_refused_login_says_what_the_page_said_and_never_who_tried(site: FakeSite, tmp_path: Path) -> None:
    LaravelApp().install(site)
    secret = app_secret("salah-sekali")
    login = {
        "url": f"http://{HOST}:{site.port}/login",
        "username_field": "username",
        "password_field": "password",
        "username_secret": "env:PANTAU_APP_SECRET_DEMO_USER",
        "password_secret": secret,
    }
    event = check(site, login=login)
    assert (event.reason, event.reason_detail) == ("login_gagal", event.login.reason)
    assert event.reason_detail == "pesan gagal login tampil: “identitas tersebut tidak cocok dengan data kami”"
    assert USER not in event.reason_detail and PASSWORD not in event.reason_detail


# --- TLS, in Indonesian ------------------------------------------------------------------------


def secure_site(tls_site_factory: Any, *hosts: str, days: int = 90) -> FakeSite:
    running: FakeSite = tls_site_factory(*hosts, not_after=datetime.now(UTC) + timedelta(days=days))
    running.route("*", "/", Reply(200, department_page()))
    return running


def test_an_expired_certificate_is_told_with_its_date_on_the_wib_calendar(
    tls_site_factory: Any, ca_bundle: str
) -> None:
    # It ended at 20:00 UTC two days ago: 03:00 WIB the day after, the date the officials read.
    ended = (datetime.now(UTC) - timedelta(days=2)).replace(hour=20, minute=0, second=0, microsecond=0)
    site: FakeSite = tls_site_factory(HOST, not_after=ended)
    site.route("*", "/", Reply(200, department_page()))
    event = check(site, "https", ca_bundle=ca_bundle)
    assert event.reason == "tls_gagal" and event.tls is not None and event.tls.not_after == ended
    assert event.reason_detail == f"sertifikat kedaluwarsa pada {tanggal(ended + timedelta(days=1))}"


def test_a_certificate_for_another_host_names_the_host(tls_site_factory: Any, ca_bundle: str) -> None:
    event = check(secure_site(tls_site_factory, "lain.example.org"), "https", ca_bundle=ca_bundle)
    assert (event.reason, event.reason_detail) == ("tls_gagal", f"sertifikat bukan untuk nama host {HOST}")


def test_an_untrusted_issuer_is_told_without_openssls_words(tls_site_factory: Any) -> None:
    event = check(secure_site(tls_site_factory, HOST), "https")
    assert event.reason == "tls_gagal" and event.reason_detail is not None
    assert event.reason_detail.startswith("rantai sertifikat tidak lengkap atau penerbitnya tidak dipercaya")
    assert "certificate" not in event.reason_detail
