"""Behind the ingress: the web believes one proxy hop, so the login throttle counts real clients."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator

import pytest
from flask import Flask
from flask.testing import FlaskClient

from pantau_common.settings import Settings
from pantau_web import create_app

pytestmark = pytest.mark.integration

INGRESS = "10.42.0.7"  # the ingress-nginx pod: every request reaches the web from it


@pytest.fixture
def behind_ingress(settings: Settings, people: dict[str, int]) -> Iterator[Flask]:
    app = create_app(dataclasses.replace(settings, extra={"PANTAU_TRUSTED_PROXIES": "1"}))
    yield app
    app.extensions["pantau_pool"].close()


def attempt(client: FlaskClient, forwarded: str, password: str, peer: str = INGRESS) -> int:
    """Log in as the kadis through a proxy at ``peer`` that forwarded ``forwarded``; return the status."""
    environ = {"REMOTE_ADDR": peer}
    # Over https (as the ingress says), Flask-WTF also wants the same-origin Referer a browser sends.
    headers = {"X-Forwarded-For": forwarded, "X-Forwarded-Proto": "https", "Referer": "https://localhost/masuk"}
    page = client.get("/masuk", environ_base=environ, headers=headers).get_data(as_text=True)
    token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)  # type: ignore[union-attr]
    form = {"username": "kadis", "password": password, "csrf_token": token}
    return client.post("/masuk", data=form, environ_base=environ, headers=headers).status_code


def test_a_forged_forwarded_chain_does_not_dodge_the_login_throttle(behind_ingress):
    guesser = behind_ingress.test_client()
    # The ingress appends the address it saw; everything before it is the client's own invention.
    for n in range(5):
        assert attempt(guesser, f"198.51.100.{n}, 203.0.113.9", "tebakan-salah-123") == 200
    assert attempt(guesser, "192.0.2.77, 203.0.113.9", "sandi-kadis-123") == 429
    # Another client behind the same ingress is not locked out with the guesser.
    assert attempt(behind_ingress.test_client(), "203.0.113.10", "sandi-kadis-123") == 302


def test_without_trusted_proxies_a_forwarded_header_is_ignored(app):
    guesser = app.test_client()
    for n in range(5):
        assert attempt(guesser, f"198.51.100.{n}", "tebakan-salah-123", peer="192.0.2.1") == 200
    assert attempt(guesser, "198.51.100.99", "sandi-kadis-123", peer="192.0.2.1") == 429
