"""The dashboards behind the web's login (the web asks the reporter, served for real, with the
internal token), each department held to its own; and the public status page."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace

import psycopg
import pytest
from flask import Flask
from flask.testing import FlaskClient
from pantau_testing import free_port
from werkzeug.serving import make_server

from pantau_common.settings import Settings
from pantau_reporter.web import create_app as create_reporter
from pantau_web import create_app

TOKEN_SETTINGS = {
    "PANTAU_REPORTER_INTERNAL_TOKEN_REF": "env:PANTAU_TEST_INTERNAL_TOKEN",
    "PANTAU_TEST_INTERNAL_TOKEN": "token-internal-uji-51c0",
}


@pytest.fixture
def reporter_url(settings: Settings) -> Iterator[str]:
    """Serve the reporter, holding its dashboards to the internal token, on a free port."""
    server = make_server("127.0.0.1", free_port(), create_reporter(_with(settings, **TOKEN_SETTINGS)), threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    thread.join()


def _with(settings: Settings, **extra: str) -> Settings:
    return replace(settings, extra={**settings.extra, **extra})


@contextmanager
def _web(settings: Settings, reporter: str, **extra: str) -> Iterator[FlaskClient]:
    app: Flask = create_app(replace(_with(settings, **extra), reporter_url=reporter))
    yield app.test_client()
    app.extensions["pantau_pool"].close()


@pytest.fixture
def web(settings: Settings, people: dict[str, int], reporter_url: str) -> Iterator[FlaskClient]:
    with _web(settings, reporter_url, **TOKEN_SETTINGS) as client:
        yield client


def _login(client: FlaskClient, username: str) -> None:
    page = client.get("/masuk").get_data(as_text=True)
    token = page.split('name="csrf_token" value="')[1].split('"')[0]
    answer = client.post(
        "/masuk", data={"username": username, "password": f"sandi-{username}-123", "csrf_token": token}
    )
    assert answer.status_code == 302


def test_an_official_sees_the_citywide_dashboard_inside_the_web(
    web: FlaskClient, put_check: Callable[..., None]
) -> None:
    put_check("app-0", "dinkes")
    _login(web, "kabid")
    page = web.get("/dasbor")
    text = page.get_data(as_text=True)
    assert page.status_code == 200
    assert "Dasbor Kota Bekasi" in text and "Dinas Kesehatan" in text
    assert "Keluar" in text and 'href="/dasbor/sop"' in text  # the web's own menu around it
    assert text.count("<html") == 1
    assert web.get("/dasbor/pd/bapenda").status_code == 200
    assert web.get("/dasbor/sop").status_code == 200


def test_the_monthly_report_comes_through_as_a_pdf(web: FlaskClient) -> None:
    _login(web, "kabid")
    report = web.get("/laporan/walikota?bulan=2026-01")
    assert report.status_code == 200 and report.mimetype == "application/pdf"
    assert report.data.startswith(b"%PDF")
    assert web.get("/laporan/walikota?bulan=januari").status_code == 400


def test_a_visitor_is_sent_to_the_login_first(web: FlaskClient) -> None:
    for path in ("/dasbor", "/dasbor/pd/dinkes", "/dasbor/sop", "/laporan/walikota"):
        answer = web.get(path)
        assert answer.status_code == 302 and "/masuk" in answer.headers["Location"], path


def test_a_department_sees_only_its_own_dashboard(web: FlaskClient, department_users: dict[str, int]) -> None:
    _login(web, "operator_dinkes")
    own = web.get("/dasbor/pd/dinkes")
    assert own.status_code == 200 and "Dinas Kesehatan" in own.get_data(as_text=True)
    assert "Badan Pendapatan Daerah" not in own.get_data(as_text=True)
    for path in ("/dasbor", "/dasbor/pd/bapenda", "/dasbor/pd/..", "/dasbor/sop", "/laporan/walikota"):
        assert web.get(path).status_code == 404, path


def test_the_reporter_answers_the_web_only_with_the_token(settings: Settings, people: dict, reporter_url: str) -> None:
    with _web(settings, reporter_url) as client:  # no token configured: the reporter refuses the web
        _login(client, "kabid")
        assert client.get("/dasbor").status_code == 404


def test_a_reporter_that_is_down_gives_an_indonesian_page(settings: Settings, people: dict[str, int]) -> None:
    with _web(settings, f"http://127.0.0.1:{free_port()}") as client:
        _login(client, "kabid")
        page = client.get("/dasbor")
    assert page.status_code == 503
    assert "Dasbor sedang tidak dapat dimuat" in page.get_data(as_text=True)


# --- the public status page ---------------------------------------------------------------


def test_the_status_page_is_public_cacheable_and_shows_no_evidence(
    client: FlaskClient, settings: Settings, put_check: Callable[..., None]
) -> None:
    put_check("app-0", "dinkes")
    put_check("app-1", "bapenda", availability="tidak_aktif", reason="http_error", http_status=503)
    with psycopg.connect(settings.database_url) as conn:
        conn.execute("UPDATE applications SET internal = true WHERE id = 'app-2'")
    page = client.get("/status")
    text = page.get_data(as_text=True)
    assert page.status_code == 200
    assert page.headers["Cache-Control"] == "public, max-age=60"
    for shown in ("Dinas Kesehatan", "Badan Pendapatan Daerah", "Aplikasi 0", "Aplikasi 1", "Aktif", "Tidak aktif"):
        assert shown in text, shown
    assert "100,0%" in text and "0,0%" in text  # 30 days: app-0 always up, app-1 never
    assert 'href="https://app0.bekasikota.go.id/"' in text
    assert "app2.bekasikota.go.id" not in text  # an internal application's address stays inside
    assert "503" not in text and "http_error" not in text  # no evidence, no codes


def test_the_status_page_reads_the_confirmed_availability(client: FlaskClient, put_check: Callable[..., None]) -> None:
    # Down once, not yet confirmed by the checker: citizens still read it as up.
    put_check("app-0", "dinkes", availability="tidak_aktif", confirmed_availability="aktif")
    text = client.get("/status").get_data(as_text=True)
    assert '<span class="badge aktif">Aktif</span>' in text


def test_the_status_page_shows_the_same_to_everyone(client: FlaskClient, auth: object) -> None:
    anonymous = client.get("/status").get_data(as_text=True)
    auth.login("kabid")  # type: ignore[attr-defined]
    signed_in = client.get("/status").get_data(as_text=True)
    assert "Pejabat kabid" not in signed_in and "csrf_token" not in signed_in
    assert anonymous.split("Data per")[0] == signed_in.split("Data per")[0]


def test_an_application_whose_firewall_refuses_the_checker_is_not_shown_down_to_citizens(
    client: FlaskClient, put_check: Callable[..., None]
) -> None:
    # Up on two checks; then Sucuri's firewall answered the checker twice: nobody knows whether it is up.
    put_check("app-0", "dinkes")
    put_check("app-0", "dinkes")
    for _ in range(2):
        put_check(
            "app-0",
            "dinkes",
            availability="tidak_aktif",
            reason="diblokir_pelindung",
            http_status=403,
            reason_detail="diblokir firewall aplikasi web (WAF) Sucuri Website Firewall (Block ID BNP005)",
        )
    put_check("app-1", "bapenda", availability="tidak_aktif", reason="http_5xx", http_status=503)
    text = client.get("/status").get_data(as_text=True)
    assert '<span class="badge tidak_dapat_diperiksa">Tidak dapat diperiksa</span>' in text
    assert '<span class="badge tidak_aktif">Tidak aktif</span>' in text  # a server error is down as before
    assert "100,0%" in text and "0,0%" in text  # app-0: both checks that saw it found it up
    assert "50,0%" not in text
    assert "Sucuri" not in text and "diblokir_pelindung" not in text  # no evidence, no codes
