"""The reporter's dashboards answer the web's internal token only (or, with none set, this host);
the verification page stays public for the QR code on every nota."""

from __future__ import annotations

from dataclasses import replace

import pytest
from flask.testing import FlaskClient

from pantau_common.internal import EMBED_HEADER, TOKEN_HEADER
from pantau_common.settings import Settings
from pantau_reporter.web import create_app

TOKEN = "token-internal-uji-7f3a"
INTERNAL_PAGES = ("/", "/dasbor", "/dasbor/sop", "/laporan/walikota")


def _client(settings: Settings, **extra: str) -> FlaskClient:
    return create_app(replace(settings, extra={**settings.extra, **extra})).test_client()


@pytest.fixture
def guarded(settings: Settings) -> FlaskClient:
    return _client(
        settings, PANTAU_REPORTER_INTERNAL_TOKEN_REF="env:PANTAU_TEST_INTERNAL_TOKEN", PANTAU_TEST_INTERNAL_TOKEN=TOKEN
    )


def test_without_the_token_the_dashboards_are_not_found(guarded: FlaskClient) -> None:
    for path in INTERNAL_PAGES:
        assert guarded.get(path).status_code == 404, path
        assert guarded.get(path, headers={TOKEN_HEADER: "salah"}).status_code == 404, path


def test_with_the_token_the_dashboards_answer(guarded: FlaskClient, seeded: object) -> None:
    page = guarded.get("/dasbor", headers={TOKEN_HEADER: TOKEN}, environ_base={"REMOTE_ADDR": "10.0.0.7"})
    assert page.status_code == 200 and "Dasbor Kota Bekasi" in page.get_data(as_text=True)


def test_the_web_gets_the_content_only_to_show_inside_its_page(guarded: FlaskClient, seeded: object) -> None:
    page = guarded.get("/dasbor", headers={TOKEN_HEADER: TOKEN, EMBED_HEADER: "1"}).get_data(as_text=True)
    assert "<h1>Dasbor Kota Bekasi</h1>" in page
    assert "<html" not in page and "<header" not in page


def test_without_a_token_set_only_this_host_sees_them(settings: Settings, seeded: object) -> None:
    client = _client(settings)
    assert client.get("/dasbor", environ_base={"REMOTE_ADDR": "127.0.0.1"}).status_code == 200
    assert client.get("/dasbor", environ_base={"REMOTE_ADDR": "10.0.0.7"}).status_code == 404


def test_an_unreadable_token_refuses_everyone(settings: Settings) -> None:
    client = _client(settings, PANTAU_REPORTER_INTERNAL_TOKEN_REF="file:/nonexistent/pantau/token")
    assert client.get("/dasbor", headers={TOKEN_HEADER: ""}).status_code == 404


def test_verification_stays_public(guarded: FlaskClient) -> None:
    assert guarded.get("/verifikasi", environ_base={"REMOTE_ADDR": "203.0.113.9"}).status_code == 200
